/* The page's enhancements: instant filters reflected in the URL, the time-zone switch,
   live countdowns, subscribe links for the current view. The page works without it. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("page-data").textContent);
  var form = document.getElementById("filters");
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr.deadline"));
  var CORE = ["A*", "A", "B", "C"];
  var CCF = ["A", "B", "C"];
  var PAGE_ONLY = ["q", "status", "tz"];
  var FILTERS = ["tag", "kind", "rank", "months"];
  var localZone = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

  function $(id) { return document.getElementById(id); }

  function rankOk(row, want) {
    if (!want) { return true; }
    var ccf = want.indexOf("ccf:") === 0;
    var grade = ccf ? want.slice(4) : want;
    var order = ccf ? CCF : CORE;
    var have = row.getAttribute(ccf ? "data-ccf" : "data-core");
    return !!have && order.indexOf(have) >= 0 && order.indexOf(have) <= order.indexOf(grade);
  }

  function state() {
    var tags = Array.prototype.slice.call(form.querySelectorAll("input[name=tag]:checked"))
      .map(function (box) { return box.value; });
    return {
      q: $("q").value.trim().toLowerCase(),
      tags: tags,
      kind: $("kind").value,
      rank: $("rank").value,
      months: $("months").value,
      status: $("status").value,
      tz: zoneChoice()
    };
  }

  function matches(row, s) {
    if (s.kind && row.getAttribute("data-kind") !== s.kind) { return false; }
    if (s.status && row.getAttribute("data-status") !== s.status) { return false; }
    if (s.tags.length) {
      var have = (row.getAttribute("data-tags") || "").split(" ");
      if (!s.tags.some(function (t) { return have.indexOf(t) >= 0; })) { return false; }
    }
    if (!rankOk(row, s.rank)) { return false; }
    if (s.months) {
      var span = data.windows[s.months];
      var day = row.getAttribute("data-day");
      if (!span || day < span[0] || day > span[1]) { return false; }
    }
    if (s.q) {
      var text = row.getAttribute("data-search") || "";
      return s.q.split(/\s+/).every(function (word) { return text.indexOf(word) >= 0; });
    }
    return true;
  }

  /* The query of the feeds: the filters, and any other parameter the page was opened with
     (window, alarm, pick, template, venue) kept as it was. */
  function feedParams(s, plan) {
    var params = new URLSearchParams();
    if (s.months) { params.append("months", s.months); }
    new URLSearchParams(location.search).forEach(function (value, name) {
      if (PAGE_ONLY.indexOf(name) < 0 && FILTERS.indexOf(name) < 0 && name !== "months" &&
          (plan || ["venue", "pick", "template"].indexOf(name) < 0)) {
        params.append(name, value);
      }
    });
    s.tags.forEach(function (t) { params.append("tag", t); });
    if (s.kind) { params.append("kind", s.kind); }
    if (s.rank) { params.append("rank", s.rank); }
    return params;
  }

  function pageParams(s) {
    var params = new URLSearchParams();
    if (s.q) { params.append("q", $("q").value.trim()); }
    feedParams(s, true).forEach(function (value, name) { params.append(name, value); });
    if (s.status) { params.append("status", s.status); }
    if (s.tz) { params.append("tz", s.tz); }
    return params;
  }

  function canonical(params) {
    var pairs = [];
    params.forEach(function (value, name) { pairs.push(name + "=" + value); });
    return pairs.sort().join("&");
  }

  function withQuery(path, params) {
    var text = params.toString();
    return text ? path + "?" + text : path;
  }

  function setFeedLink(li, path) {
    var url = new URL(path, data.base || location.href);
    var webcal = "webcal://" + url.host + url.pathname + url.search;
    li.querySelector("a.webcal").href = webcal;
    li.querySelector("a.google").href =
      "https://calendar.google.com/calendar/r?cid=" + encodeURIComponent(webcal);
    var https = li.querySelector("a.https");
    https.href = url.href;
    https.textContent = path;
  }

  function updateFeeds(s) {
    document.querySelectorAll("li[data-feed]").forEach(function (li) {
      var path = li.getAttribute("data-feed");
      if (data.mode === "server") {
        var plan = li.getAttribute("data-role") === "plan";
        path = withQuery(plan ? "plan.ics" : "deadlines.ics", feedParams(s, plan));
      }
      setFeedLink(li, path);
    });
  }

  function apply(push) {
    var s = state();
    var shown = 0;
    rows.forEach(function (row) {
      var ok = matches(row, s);
      row.hidden = !ok;
      if (ok) { shown += 1; }
    });
    $("count").textContent = shown + " of " + rows.length + " upcoming deadlines shown";
    $("none").hidden = shown > 0;
    var query = pageParams(s);
    if (push) { history.replaceState(null, "", withQuery(location.pathname, query)); }
    updateFeeds(s);
    var stale = $("stale");
    if (stale && data.mode === "server") {
      stale.hidden = canonical(feedParams(s, true)) === data.planned;
      $("replan").href = withQuery(location.pathname, query);
    }
    showTimes(s.tz);
  }

  /* ---- time zones ---- */

  function zoneChoice() {
    var pick = $("tz").value;
    if (pick === "other") { return $("tz-other").value.trim(); }
    return pick;
  }

  function validZone(name) {
    try {
      new Intl.DateTimeFormat("en", {timeZone: name});
      return true;
    } catch (e) {
      return false;
    }
  }

  function showTimes(choice) {
    var zone = choice === "AoE" ? "Etc/GMT+12" : (choice && choice !== "venue" ? choice : localZone);
    var bad = choice && choice !== "venue" && choice !== "AoE" && !validZone(zone);
    $("tz-error").hidden = !bad;
    if (bad) { zone = localZone; }
    var fmt = new Intl.DateTimeFormat(undefined, {
      weekday: "short", year: "numeric", month: "short", day: "numeric",
      hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: zone
    });
    document.querySelectorAll("time.local").forEach(function (t) {
      t.textContent = choice === "venue" ? t.getAttribute("data-stated")
        : fmt.format(new Date(t.getAttribute("datetime")));
    });
    var label = choice === "venue" ? "each venue's own zone"
      : choice === "AoE" ? "AoE (UTC-12)" : (bad ? localZone : zone);
    document.querySelectorAll(".zone-name").forEach(function (el) { el.textContent = label; });
  }

  /* ---- countdowns ---- */

  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function tick() {
    var now = Date.now();
    rows.forEach(function (row) {
      var cell = row.querySelector("td.countdown");
      var s = Math.floor((Date.parse(cell.getAttribute("data-utc")) - now) / 1000);
      if (s <= 0) { cell.textContent = "closed"; return; }
      var d = Math.floor(s / 86400), h = Math.floor(s % 86400 / 3600);
      var m = Math.floor(s % 3600 / 60);
      cell.textContent = d + "d " + pad(h) + "h " + pad(m) + "m " + pad(s % 60) + "s";
      row.classList.toggle("soon", d < 14);
    });
  }

  /* ---- start: the URL's view, then listen ---- */

  function fromUrl() {
    var params = new URLSearchParams(location.search);
    $("q").value = params.get("q") || "";
    var tags = params.getAll("tag").map(function (t) { return t.toLowerCase(); });
    form.querySelectorAll("input[name=tag]").forEach(function (box) {
      box.checked = tags.indexOf(box.value) >= 0;
    });
    ["kind", "rank", "months", "status"].forEach(function (name) {
      var value = params.get(name) || "";
      var select = $(name);
      if (Array.prototype.some.call(select.options, function (o) { return o.value === value; })) {
        select.value = value;
      }
    });
    var tz = params.get("tz") || "";
    if (["", "AoE", "venue", "UTC"].indexOf(tz) >= 0) {
      $("tz").value = tz;
    } else {
      $("tz").value = "other";
      $("tz-other").value = tz;
    }
    $("tz-other-label").hidden = $("tz").value !== "other";
  }

  var list = $("zones");
  if (list && Intl.supportedValuesOf) {
    Intl.supportedValuesOf("timeZone").forEach(function (name) {
      var option = document.createElement("option");
      option.value = name;
      list.appendChild(option);
    });
  }
  $("tz-local").textContent = "Your zone (" + localZone + ")";
  fromUrl();
  form.addEventListener("submit", function (event) { event.preventDefault(); apply(true); });
  form.addEventListener("input", function () { apply(true); });
  form.addEventListener("change", function () {
    $("tz-other-label").hidden = $("tz").value !== "other";
    apply(true);
  });
  $("apply").hidden = true;
  $("clear").addEventListener("click", function (event) {
    event.preventDefault();
    history.replaceState(null, "", location.pathname);
    fromUrl();
    apply(false);
  });
  if (!data.base && ["localhost", "127.0.0.1", "[::1]", ""].indexOf(location.hostname) >= 0) {
    $("loopback").hidden = false;
  }
  apply(false);
  tick();
  setInterval(tick, 1000);
})();
