"""The web face of the feeds: query strings, the HTML page, the static site (all pure).

`parse_query` turns a feed URL's query into a `Selection` (or a `UsageError` naming the bad
parameter); `query_string` is its inverse. `render_page` draws the page from a snapshot, a
selection and the address it is served at; `site_files` is everything `deadlines build`
writes. No clock is read: "today" is the snapshot's, so the same input gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape
from urllib.parse import quote, urlencode, urljoin

from deadlines import feeds
from deadlines.errors import UsageError
from deadlines.feeds import Selection, Snapshot
from deadlines.models import Deadline, Venue, VenueKind
from deadlines.plan import Plan
from deadlines.planner import Filters
from deadlines.render import plan_status, venue_label

TAG_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
KEY_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._+-]{0,79}$")
RANK_PATTERN = re.compile(r"^(?:(?:core:)?(A\*|A|B|C)|ccf:(A|B|C))$", re.IGNORECASE)
DURATION_PATTERN = re.compile(r"^(\d{1,4})([dhmw])$", re.IGNORECASE)
MAX_MONTHS = 24
MAX_WINDOW_WEEKS = 26
MAX_PICK = 12
MAX_ALARMS = 4
PLAN_ONLY = ("venue", "pick", "template")
KNOWN = ("months", "window", "tag", "kind", "rank", "alarm", *PLAN_ONLY)
REPEATABLE = frozenset({"tag", "venue", "alarm"})
GOOGLE_ADD = "https://calendar.google.com/calendar/r?cid="


# ---- query strings ------------------------------------------------------------------------


def _int(name: str, text: str, low: int, high: int) -> int:
    if not text.isdigit() or not low <= int(text) <= high:
        raise UsageError(f"{name}={text!r}: expected a whole number from {low} to {high}")
    return int(text)


def _duration(text: str) -> dt.timedelta:
    m = DURATION_PATTERN.match(text)
    if not m:
        raise UsageError(f"alarm={text!r}: write a duration such as 7d, 2w, 12h or 30m")
    units = {"d": "days", "h": "hours", "m": "minutes", "w": "weeks"}
    return dt.timedelta(**{units[m.group(2).lower()]: int(m.group(1))})


def _rank(text: str) -> str:
    m = RANK_PATTERN.match(text)
    if not m:
        raise UsageError(
            f"rank={text!r}: expected a CORE rank (A*, A, B, C) or ccf:A, ccf:B, ccf:C"
        )
    return m.group(1).upper() if m.group(1) else f"ccf:{m.group(2).upper()}"


def parse_query(items: Iterable[tuple[str, str]], *, plan: bool = True) -> Selection:
    """Read a feed URL's query (``months=3&tag=cv&kind=workshop``) into a selection.

    Raises `UsageError` naming the first bad parameter. With ``plan=False`` (the deadlines
    feed) the parameters that only choose plans are refused rather than silently ignored.
    """
    values: dict[str, list[str]] = {}
    for name, value in items:
        if name not in KNOWN:
            raise UsageError(f"unknown parameter {name!r}; known: {', '.join(KNOWN)}")
        if not plan and name in PLAN_ONLY:
            raise UsageError(f"{name!r} chooses plans: use it on /plan.ics or /, not here")
        values.setdefault(name, []).append(value.strip())
        if name not in REPEATABLE and len(values[name]) > 1:
            raise UsageError(f"{name!r} is given twice; give it once")

    def one(name: str) -> str | None:
        return values[name][0] if values.get(name) else None

    tags = sorted({t.lower() for t in values.get("tag", []) if t})
    if bad := next((t for t in tags if not TAG_PATTERN.match(t)), None):
        raise UsageError(f"tag={bad!r}: a tag is lowercase letters, digits and dashes")
    kind = None
    if (text := one("kind")) is not None:
        try:
            kind = VenueKind(text.lower())
        except ValueError:
            raise UsageError(f"kind={text!r}: expected conference or workshop") from None
    venues = tuple(dict.fromkeys(v.lower() for v in values.get("venue", []) if v))
    if bad := next((v for v in venues if not KEY_PATTERN.match(v)), None):
        raise UsageError(f"venue={bad!r}: expected a venue id such as cvpr2027")
    template = one("template")
    if template is not None and not KEY_PATTERN.match(template):
        raise UsageError(f"template={template!r}: expected a template name such as workshop")
    alarms = tuple(sorted({_duration(a) for a in values.get("alarm", [])}))
    if len(alarms) > MAX_ALARMS:
        raise UsageError(f"at most {MAX_ALARMS} alarms")
    rank = one("rank")
    months = one("months")
    window = one("window")
    pick = one("pick")
    return Selection(
        filters=Filters(tags=tuple(tags), kind=kind, rank=_rank(rank) if rank else None),
        months=None if months is None else _int("months", months, 1, MAX_MONTHS),
        window_weeks=4 if window is None else _int("window", window, 0, MAX_WINDOW_WEEKS),
        venues=venues,
        pick=feeds.DEFAULT_PICK if pick is None else _int("pick", pick, 1, MAX_PICK),
        template=template or None,
        alarms=alarms,
    )


def _alarm_text(delta: dt.timedelta) -> str:
    minutes = int(delta.total_seconds()) // 60
    for size, unit in ((7 * 24 * 60, "w"), (24 * 60, "d"), (60, "h")):
        if minutes % size == 0:
            return f"{minutes // size}{unit}"
    return f"{minutes}m"


def query_pairs(selection: Selection, *, plan: bool = True) -> list[tuple[str, str]]:
    """The query parameters that `parse_query` reads back as `selection` (defaults left out)."""
    f = selection.filters
    pairs: list[tuple[str, str]] = []
    if selection.months is not None:
        pairs.append(("months", str(selection.months)))
    if selection.window_weeks != 4:
        pairs.append(("window", str(selection.window_weeks)))
    pairs += [("tag", t) for t in f.tags]
    if f.kind is not None:
        pairs.append(("kind", f.kind.value))
    if f.rank:
        pairs.append(("rank", f.rank))
    pairs += [("alarm", _alarm_text(a)) for a in selection.alarms]
    if plan:
        pairs += [("venue", v) for v in selection.venues]
        if selection.pick != feeds.DEFAULT_PICK:
            pairs.append(("pick", str(selection.pick)))
        if selection.template:
            pairs.append(("template", selection.template))
    return pairs


def query_string(selection: Selection, *, plan: bool = True) -> str:
    """``?months=3&tag=cv``, or the empty string for the default selection."""
    pairs = query_pairs(selection, plan=plan)
    return "?" + urlencode(pairs, safe="*:") if pairs else ""


# ---- subscribe links ----------------------------------------------------------------------


@dataclass(frozen=True)
class FeedLink:
    """A feed to subscribe to: its title and its path relative to the site's root."""

    title: str
    path: str


def subscribe_urls(base_url: str, path: str) -> tuple[str, str | None, str | None]:
    """The feed's https URL, its webcal:// URL and Google Calendar's add-by-URL link.

    Without a base URL (a static build that does not know where it will be hosted) the
    feed's URL is relative and the other two are left to the page's script.
    """
    if not base_url:
        return path, None, None
    url = urljoin(base_url if base_url.endswith("/") else base_url + "/", path)
    webcal = "webcal://" + url.split("://", 1)[1]
    return url, webcal, GOOGLE_ADD + quote(webcal, safe="")


def _subscribe(base_url: str, link: FeedLink) -> str:
    url, webcal, google = subscribe_urls(base_url, link.path)
    e = escape
    if webcal is None:
        # The script fills these in from the page's own address.
        webcal_a = f'<a class="webcal" data-feed="{e(url)}" href="{e(url)}">webcal</a>'
        google_a = f'<a class="google" data-feed="{e(url)}" href="{e(url)}">Google Calendar</a>'
    else:
        webcal_a = f'<a class="webcal" href="{e(webcal)}">webcal</a>'
        google_a = f'<a class="google" href="{e(google or "")}">Google Calendar</a>'
    return (
        f'<li><span class="feed-title">{e(link.title)}</span>: {webcal_a} · {google_a}'
        f' · <a class="https" href="{e(url)}">{e(link.path)}</a></li>'
    )


# ---- the page -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    venue: Venue
    parent: Venue | None
    deadline: Deadline


def rows(snap: Snapshot, selection: Selection) -> list[Row]:
    """The submission deadlines on the page: those of the feed's venues from today on."""
    today = dt.datetime.combine(snap.today, dt.time(), snap.tz)
    found = [
        Row(v, snap.venues.get(v.edition.parent or ""), d)
        for v in feeds.deadline_venues(snap, selection)
        for d in v.submission_deadlines()
        if d.utc >= today
    ]
    return sorted(
        found, key=lambda r: (r.deadline.utc, r.venue.kind is VenueKind.WORKSHOP, r.venue.id)
    )


def _href(url: str | None) -> str | None:
    """A catalog URL usable as a link: http(s) only, never ``javascript:``."""
    return url if url and url.lower().startswith(("https://", "http://")) else None


def _left(days: int) -> str:
    if days == 0:
        return "today"
    return "tomorrow" if days == 1 else f"in {days} days"


def _row_html(row: Row, today: dt.date, tz: dt.tzinfo) -> str:
    e = escape
    v, d = row.venue, row.deadline
    label = venue_label(v, row.parent) + (f" ({d.track})" if d.track else "")
    url = _href(v.url)
    name = f'<a href="{e(url)}">{e(label)}</a>' if url else e(label)
    what = d.kind.value + ("" if v.kind is VenueKind.CONFERENCE else ", workshop")
    utc = d.utc.astimezone(dt.UTC)
    days = (d.utc.astimezone(tz).date() - today).days
    estimated = (
        f' <span class="estimated" title="{e(d.basis or "estimated from past editions")}">'
        "estimated</span>"
        if d.estimated
        else ""
    )
    classes = "deadline estimated-row" if d.estimated else "deadline"
    return (
        f'<tr class="{classes}" data-kind="{e(v.kind.value)}" '
        f'data-tags="{e(" ".join(v.series.tags))}">'
        f'<td class="venue">{name}{estimated}</td>'
        f'<td class="what">{e(what)}</td>'
        f'<td class="when"><time class="local" datetime="{utc:%Y-%m-%dT%H:%M:%SZ}">'
        f"{utc:%Y-%m-%d %H:%M} UTC</time></td>"
        f'<td class="stated">{e(d.stated())}</td>'
        f'<td class="countdown" data-utc="{utc:%Y-%m-%dT%H:%M:%SZ}">{e(_left(days))}</td>'
        "</tr>"
    )


PHASE_COLOURS = ("#4e79a7", "#59a14f", "#f28e2b", "#e15759", "#b07aa1", "#76b7b2", "#edc948")
TIMELINE_WIDTH = 960
LABEL_WIDTH = 230
ROW_HEIGHT = 34
HEAD_HEIGHT = 28


def timeline_svg(plans: Sequence[Plan], today: dt.date, names: Sequence[str]) -> str:
    """An SVG picture of the plans' phases on one time axis, a row per plan."""
    if not plans:
        return ""
    e = escape
    first = min(min(p.work_start, p.start) for p in plans)
    last = max(p.due for p in plans) + dt.timedelta(days=1)
    span = max((last - first).days, 1)
    scale = (TIMELINE_WIDTH - LABEL_WIDTH - 10) / span

    def x(day: dt.date) -> float:
        return round(LABEL_WIDTH + (day - first).days * scale, 1)

    height = HEAD_HEIGHT + ROW_HEIGHT * len(plans) + 8
    out = [
        (
            f'<svg class="timeline" xmlns="http://www.w3.org/2000/svg" role="img" '
            f'viewBox="0 0 {TIMELINE_WIDTH} {height}" width="{TIMELINE_WIDTH}" height="{height}">'
        ),
        "<title>Back-planned phases of the picked venues</title>",
    ]
    month = dt.date(first.year, first.month, 1)
    while month <= last:
        if month >= first and x(month) + 50 <= TIMELINE_WIDTH:  # room for its label
            out.append(
                f'<line x1="{x(month)}" y1="{HEAD_HEIGHT - 6}" x2="{x(month)}" y2="{height}" '
                'stroke="#ddd"/>'
                f'<text x="{x(month) + 2}" y="{HEAD_HEIGHT - 10}" font-size="11" fill="#555">'
                f"{month:%b %Y}</text>"
            )
        month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
    if first <= today <= last:
        out.append(
            f'<line class="today" x1="{x(today)}" y1="{HEAD_HEIGHT - 6}" x2="{x(today)}" '
            f'y2="{height}" stroke="#000" stroke-dasharray="3 3"/>'
        )
    for i, (plan, name) in enumerate(zip(plans, names, strict=True)):
        y = HEAD_HEIGHT + i * ROW_HEIGHT
        out.append(
            f'<g class="plan" data-venue="{e(plan.venue)}" data-status="{e(plan.status)}">'
            f'<text x="4" y="{y + 15}" font-size="12" font-weight="bold">{e(name)}</text>'
            f'<text x="4" y="{y + 28}" font-size="10" fill="#555">'
            f"{e(plan.template)}: {e(plan_status(plan))}</text>"
        )
        for j, m in enumerate(plan.phases):
            x0, x1 = x(m.start), x(m.end + dt.timedelta(days=1))
            width = max(round(x1 - x0, 1), 1.0)
            out.append(
                f'<rect class="phase" x="{x0}" y="{y + 4}" width="{width}" height="22" '
                f'fill="{PHASE_COLOURS[j % len(PHASE_COLOURS)]}">'
                f"<title>{e(m.name)}: {m.start} to {m.end} ({m.days} days)</title></rect>"
            )
            if width > 7 * len(m.name) * 0.9:
                out.append(
                    f'<text x="{x0 + 3}" y="{y + 19}" font-size="10" fill="#fff">{e(m.name)}</text>'
                )
        for m in plan.milestones:
            if m.kind in ("deadline", "hard_stop"):
                xm = x(m.start)
                out.append(
                    f'<path class="{m.kind}" d="M{xm} {y + 2}l5 13l-5 13l-5 -13z" '
                    f'fill="{"#d00" if m.kind == "deadline" else "#333"}">'
                    f"<title>{e(m.name)}: {m.start}</title></path>"
                )
        out.append("</g>")
    out.append("</svg>")
    return "".join(out)


STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:1.5em auto;max-width:70em;padding:0 1em;color:#222}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3em .6em;
border-bottom:1px solid #eee;vertical-align:top}th{background:#f6f6f6}
.estimated{font-size:.8em;background:#fff3cd;border:1px solid #e0c060;border-radius:3px;
padding:0 .3em;margin-left:.3em}.estimated-row .when,.estimated-row .countdown{font-style:italic}
.countdown{font-variant-numeric:tabular-nums;white-space:nowrap}.stated{white-space:nowrap}
form.filters{margin:1em 0;padding:.6em;background:#f6f6f6}form.filters label{margin-right:.8em}
.timeline{max-width:100%;height:auto;border:1px solid #eee}.muted{color:#666}
"""

SCRIPT = """
(function () {
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "local time";
  var fmt = new Intl.DateTimeFormat(undefined, {year: "numeric", month: "short",
    day: "numeric", weekday: "short", hour: "2-digit", minute: "2-digit"});
  document.querySelectorAll("time.local").forEach(function (t) {
    t.textContent = fmt.format(new Date(t.getAttribute("datetime")));
  });
  var head = document.getElementById("zone");
  if (head) { head.textContent = zone; }
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function tick() {
    var now = Date.now();
    document.querySelectorAll("td.countdown").forEach(function (c) {
      var s = Math.floor((Date.parse(c.getAttribute("data-utc")) - now) / 1000);
      if (s <= 0) { c.textContent = "closed"; return; }
      var d = Math.floor(s / 86400), h = Math.floor(s % 86400 / 3600);
      var m = Math.floor(s % 3600 / 60);
      c.textContent = d + "d " + pad(h) + "h " + pad(m) + "m " + pad(s % 60) + "s";
    });
  }
  tick();
  setInterval(tick, 1000);
  document.querySelectorAll("a[data-feed]").forEach(function (a) {
    var url = new URL(a.getAttribute("data-feed"), location.href);
    var webcal = "webcal://" + url.host + url.pathname + url.search;
    a.href = a.classList.contains("google")
      ? "https://calendar.google.com/calendar/r?cid=" + encodeURIComponent(webcal) : webcal;
  });
})();
"""


# The page loads its style and script as files of the same origin, so a strict
# Content-Security-Policy (no inline script or style) holds; paths are relative to the page.
STYLE_PATH = "assets/deadlines.css"
SCRIPT_PATH = "assets/deadlines.js"
ASSETS = {
    STYLE_PATH: ("text/css; charset=utf-8", STYLE.lstrip().encode()),
    SCRIPT_PATH: ("text/javascript; charset=utf-8", SCRIPT.lstrip().encode()),
}


def _filters_form(snap: Snapshot, selection: Selection) -> str:
    e = escape
    tags = sorted({t for v in snap.venues.values() for t in v.series.tags})
    boxes = "".join(
        f'<label><input type="checkbox" name="tag" value="{e(t)}"'
        f"{' checked' if t in selection.filters.tags else ''}> {e(t)}</label>"
        for t in tags
    )
    kind = selection.filters.kind.value if selection.filters.kind else ""
    options = "".join(
        f'<option value="{value}"{" selected" if value == kind else ""}>{label}</option>'
        for value, label in (
            ("", "all kinds"),
            ("conference", "conferences"),
            ("workshop", "workshops"),
        )
    )
    months = "" if selection.months is None else str(selection.months)
    month_options = "".join(
        f'<option value="{m}"{" selected" if m == months else ""}>'
        f"{'any time' if not m else f'about {m} months out'}</option>"
        for m in ("", "1", "2", "3", "4", "6")
    )
    return (
        '<form class="filters" method="get" action="./">'
        f"<div>{boxes}</div>"
        f'<label>Kind <select name="kind">{options}</select></label>'
        f'<label>When <select name="months">{month_options}</select></label>'
        '<button type="submit">Filter</button> <a href="./">clear</a></form>'
    )


def render_page(
    snap: Snapshot,
    selection: Selection,
    base_url: str,
    *,
    feed_links: Sequence[FeedLink] | None = None,
    filter_form: bool = True,
) -> str:
    """The page: upcoming deadlines with countdowns, subscribe links and the plan timeline.

    `base_url` is where the site is served (``http://host:8000/``); empty means unknown (a
    static build), and the subscribe links are then completed by the script. `feed_links`
    defaults to the deadlines and plan feeds of the current selection.
    """
    e = escape
    found = rows(snap, selection)
    chosen = feeds.plans(snap, selection)
    names = [
        venue_label(
            snap.venues[p.venue], snap.venues.get(snap.venues[p.venue].edition.parent or "")
        )
        for p in chosen
    ]
    if feed_links is None:
        detail = selection.describe()
        suffix = f" ({detail})" if detail else ""
        feed_links = [
            FeedLink(f"Deadlines{suffix}", "deadlines.ics" + query_string(selection, plan=False)),
            FeedLink(f"Plans of the picks{suffix}", "plan.ics" + query_string(selection)),
        ]
    title = feeds.calendar_name(selection)
    body = "".join(_row_html(r, snap.today, snap.tz) for r in found)
    estimated = sum(r.deadline.estimated for r in found)
    plans_html = (
        timeline_svg(chosen, snap.today, names)
        + '<ul class="plans">'
        + "".join(
            f"<li>{e(n)}: start {p.work_start}, {e(plan_status(p))}"
            + (f" (shrunk: {e('; '.join(p.shrunk))})" if p.shrunk else "")
            + "</li>"
            for p, n in zip(chosen, names, strict=True)
        )
        + "</ul>"
        if chosen
        else '<p class="muted">No venue about that far out matches these filters.</p>'
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{e(title)}</title><link rel="stylesheet" href="{STYLE_PATH}"></head><body>'
        f"<h1>{e(title)}</h1>"
        f'<p class="muted">As of {snap.today}. {len(found)} upcoming submission deadlines'
        + (f", {estimated} of them estimated from past editions" if estimated else "")
        + ".</p>"
        + (_filters_form(snap, selection) if filter_form else "")
        + '<h2>Subscribe</h2><ul class="subscribe">'
        + "".join(_subscribe(base_url, link) for link in feed_links)
        + "</ul>"
        '<h2>Deadlines</h2><table class="deadlines"><thead><tr><th>Venue</th><th>What</th>'
        '<th>When (<span id="zone">UTC</span>)</th><th>As stated</th><th>Left</th></tr></thead>'
        f"<tbody>{body}</tbody></table>"
        + ("" if found else '<p class="muted">No upcoming deadline matches these filters.</p>')
        + "<h2>Plan timeline</h2>"
        + plans_html
        + '<p class="muted">Made by <a href="https://github.com/deadlines-tool/deadlines">'
        "deadlines</a>. Estimated dates are projections from past editions.</p>"
        f'<script src="{SCRIPT_PATH}"></script></body></html>\n'
    )


# ---- the static site ----------------------------------------------------------------------


def site_feeds(snap: Snapshot) -> list[tuple[FeedLink, Selection, bool]]:
    """The feeds a static build publishes: all deadlines, the plans of the picks, per kind
    and per tag. Each is (link, selection, is-a-plan-feed)."""
    conference, workshop = VenueKind.CONFERENCE, VenueKind.WORKSHOP
    tags = sorted({t for v in snap.venues.values() for t in v.series.tags if TAG_PATTERN.match(t)})
    out = [
        (FeedLink("All deadlines", "deadlines.ics"), Selection(), False),
        (FeedLink("Plans of the best picks, about 3 months out", "plan.ics"), Selection(), True),
        (
            FeedLink("Conference deadlines", "conferences.ics"),
            Selection(filters=Filters(kind=conference)),
            False,
        ),
        (
            FeedLink("Workshop deadlines", "workshops.ics"),
            Selection(filters=Filters(kind=workshop)),
            False,
        ),
    ]
    out += [
        (
            FeedLink(f"Deadlines tagged {t}", f"tag-{t}.ics"),
            Selection(filters=Filters(tags=(t,))),
            False,
        )
        for t in tags
    ]
    return out


def site_files(snap: Snapshot, base_url: str = "") -> dict[str, bytes]:
    """Every file of the static site, by name: ``index.html`` and the feeds it links."""
    published = site_feeds(snap)
    files: dict[str, bytes] = {}
    for link, selection, is_plan in published:
        files[link.path] = (
            feeds.plan_ics(snap, selection, with_deadlines=True)
            if is_plan
            else feeds.deadlines_ics(snap, selection)
        )
    page = render_page(
        snap,
        Selection(),
        base_url,
        feed_links=[link for link, _, _ in published],
        filter_form=False,
    )
    files["index.html"] = page.encode()
    files.update({path: body for path, (_, body) in ASSETS.items()})
    return files
