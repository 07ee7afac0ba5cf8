"""The page, query strings, the static site and the schedule texts: pure functions, exact output."""

from __future__ import annotations

import datetime as dt
import html
import os
import re
from pathlib import Path
from urllib.parse import unquote

import pytest
from icalendar import Calendar

from conftest import TODAY, WEB_CATALOG, web_snapshot
from deadlines import catalog, deploy, site
from deadlines.choose import Filters
from deadlines.errors import UsageError
from deadlines.feeds import Selection
from deadlines.models import VenueKind
from deadlines.snapshot import Snapshot
from deadlines.templates import templates_from_config

# ---- query strings ----


def test_query_reads_every_filter():
    sel = site.parse_query(
        [
            ("months", "3"),
            ("window", "2"),
            ("tag", "ML"),
            ("tag", "cv"),
            ("tag", "cv"),
            ("kind", "workshop"),
            ("rank", "a*"),
            ("venue", "CVPR2027"),
            ("pick", "2"),
            ("template", "workshop"),
            ("alarm", "7d"),
            ("alarm", "12h"),
        ]
    )
    assert sel == Selection(
        filters=Filters(tags=("cv", "ml"), kind=VenueKind.WORKSHOP, rank="A*"),
        months=3,
        window_weeks=2,
        venues=("cvpr2027",),
        pick=2,
        template="workshop",
        alarms=(dt.timedelta(hours=12), dt.timedelta(days=7)),
    )


def test_no_query_is_the_default_selection():
    assert site.parse_query([]) == Selection()
    assert site.query_string(Selection()) == ""


@pytest.mark.parametrize(
    ("items", "message"),
    [
        ([("month", "3")], "unknown parameter 'month'; known: months, window, tag"),
        ([("months", "x")], "months='x': expected a whole number from 1 to 24"),
        ([("months", "0")], "months='0': expected a whole number from 1 to 24"),
        ([("months", "3"), ("months", "4")], "'months' is given twice; give it once"),
        ([("window", "-1")], "window='-1': expected a whole number from 0 to 26"),
        ([("kind", "journal")], "kind='journal': expected conference or workshop"),
        ([("rank", "Q1")], "rank='Q1': expected a CORE rank (A*, A, B, C) or ccf:A"),
        ([("tag", "c v")], "tag='c v': a tag is lowercase letters, digits and dashes"),
        ([("alarm", "soon")], "alarm='soon': write a duration such as 7d, 2w, 12h or 30m"),
        ([("pick", "99")], "pick='99': expected a whole number from 1 to 12"),
        ([("venue", "../etc")], "venue='../etc': expected a venue id such as cvpr2027"),
    ],
)
def test_bad_query_names_the_parameter(items, message):
    with pytest.raises(UsageError) as err:
        site.parse_query(items)
    assert str(err.value).startswith(message)


def test_plan_parameters_are_refused_on_the_deadlines_feed():
    with pytest.raises(UsageError, match=r"^'venue' chooses plans: use it on /plan.ics or /"):
        site.parse_query([("venue", "cvpr2027")], plan=False)


def test_query_string_reads_back_as_the_same_selection():
    sel = site.parse_query(
        [("months", "3"), ("tag", "cv"), ("kind", "workshop"), ("rank", "ccf:a"), ("alarm", "2w")]
    )
    text = site.query_string(sel)
    assert text == "?months=3&tag=cv&kind=workshop&rank=ccf:A&alarm=2w"
    pairs = [tuple(p.split("=")) for p in text[1:].split("&")]
    assert site.parse_query(pairs) == sel


def test_subscribe_urls():
    assert site.subscribe_urls("https://lab.example/dl/", "deadlines.ics?tag=cv") == (
        "https://lab.example/dl/deadlines.ics?tag=cv",
        "webcal://lab.example/dl/deadlines.ics?tag=cv",
        ("https://calendar.google.com/calendar/r?cid="
        "webcal%3A%2F%2Flab.example%2Fdl%2Fdeadlines.ics%3Ftag%3Dcv"),
    )
    assert site.subscribe_urls("", "deadlines.ics") == ("deadlines.ics", None, None)


# ---- the page ----


@pytest.fixture(scope="module")
def page() -> str:
    return site.render_page(web_snapshot(), Selection(), "http://127.0.0.1:8000/")


def venue_cells(page: str) -> list[str]:
    return re.findall(r'<span class="name">(.*?)</span>', page)


def shown_venues(page: str) -> list[str]:
    return re.findall(r'<tr class="deadline[^"]*" data-venue="([^"]+)"[^>]*(?<! hidden)>', page)


def test_rows_are_upcoming_submission_deadlines_soonest_first(page):
    cells = [re.sub(r"<[^>]+>", "", c) for c in venue_cells(page)]
    assert cells == [
        "LabConf 2027",
        "&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; 2027 @ LabConf 2027",
        "GuessWS 2027 @ LabConf 2027",
        "LabConf 2028",
        "&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; 2028 @ LabConf 2028",
    ]
    assert shown_venues(page) == ["labconf2027", "evil2027", "guess2027", "labconf2028", "evil2028"]


def test_catalog_text_is_escaped_and_only_http_urls_are_links(page):
    assert '<script>alert("pwned")' not in page
    assert "javascript:" not in page
    assert page.count("<script") == 2  # the page's own file, and its data
    assert '<script src="assets/page.js?v=' in page
    assert '<script type="application/json" id="page-data">' in page
    assert '<a href="https://labconf.example/2027">LabConf 2027</a>' in page


def test_no_inline_style_or_event_handler_for_a_strict_csp(page):
    assert "<style" not in page
    assert " style=" not in page
    assert re.findall(r"\son[a-z]+=", page) == []
    assert '<link rel="stylesheet" href="assets/page.css?v=' in page


def test_a_row_has_rank_utc_the_stated_zone_a_countdown_and_calendar_links(page):
    row = re.search(r'<tr [^>]*data-venue="labconf2027".*?</tr>', page)
    assert row is not None
    text = row.group(0)
    assert text.startswith(
        '<tr class="deadline" data-venue="labconf2027" data-kind="conference" '
        'data-tags="cv ml" data-core="A" data-ccf="" data-status="announced" '
        'data-day="2027-02-24" data-search="labconf 2027 labconf2027 conference cv ml">'
        '<td class="venue"><span class="name"><a href="https://labconf.example/2027">'
        'LabConf 2027</a></span> <span class="id">labconf2027</span>'
        '<div class="meta">CORE A</div></td><td class="what">paper</td>'
        '<td class="when"><time class="local" datetime="2027-02-24T11:59:00Z" '
        'data-stated="2027-02-23 23:59 AoE">2027-02-24 11:59 UTC</time>'
        '<div class="stated">as stated: 2027-02-23 23:59 AoE</div></td>'
        '<td class="countdown" data-utc="2027-02-24T11:59:00Z">in 93 days</td>'
        '<td class="add"><a class="ics" download="labconf2027-paper.ics" '
        'href="data:text/calendar;charset=utf-8,BEGIN:VCALENDAR%0D%0AVERSION:2.0%0D%0A'
    )
    ics = re.search(r'href="data:text/calendar;charset=utf-8,([^"]+)"', text)
    assert ics is not None
    event = Calendar.from_ical(unquote(ics.group(1)))
    (vevent,) = event.walk("VEVENT")
    assert str(vevent["uid"]) == "labconf2027-paper@deadlines"
    assert vevent.decoded("dtstart") == dt.datetime(2027, 2, 24, 11, 59, tzinfo=dt.UTC)
    google = re.search(r'<a class="gcal" href="([^"]+)"', text)
    assert google is not None
    assert google.group(1) == (
        "https://calendar.google.com/calendar/render?action=TEMPLATE"
        "&amp;text=LabConf%202027%20paper%20deadline%20%28AoE%29"
        "&amp;dates=20270224T115900Z%2F20270224T120000Z"
        "&amp;details=As%20stated%3A%202027-02-23%2023%3A59%20AoE%0A"
        "https%3A%2F%2Flabconf.example%2F2027"
    )


def test_estimates_show_their_basis_without_hovering(page):
    assert (
        '<span class="badge">estimated</span>'
        '<div class="basis">Estimate: GuessWS 2026 (2026-03-10) one year on</div>' in page
    )
    assert "3 of them estimated from past editions" in page


def test_rank_place_and_conference_dates_are_shown():
    snap = web_snapshot()
    venue = snap.venues["labconf2027"]
    edition = venue.edition.model_copy(
        update={
            "location": "Vienna, Austria",
            "start": dt.date(2027, 7, 12),
            "end": dt.date(2027, 7, 16),
        }
    )
    rank = venue.series.rank.model_copy(update={"ccf": "B"})
    series = venue.series.model_copy(update={"rank": rank})
    assert site._facts(type(venue)(series, edition)) == [
        "CORE A",
        "CCF B",
        "Vienna, Austria",
        "12 Jul – 16 Jul 2027",
    ]


def test_the_filter_hides_rows_but_keeps_them_for_the_script():
    sel = site.parse_query([("tag", "cv"), ("kind", "workshop"), ("months", "3")])
    page = site.render_page(web_snapshot(), sel, "http://127.0.0.1:8000/")
    assert shown_venues(page) == ["evil2027"]  # the cv workshop, about 3 months out
    assert len(venue_cells(page)) == 5
    assert '<p class="count" id="count" aria-live="polite">1 of 5 upcoming' in page
    assert '<input type="checkbox" name="tag" value="cv" checked>' in page
    assert '<option value="workshop" selected>workshops</option>' in page
    assert '<option value="3" selected>about 3 months out</option>' in page


def test_subscribe_links_carry_the_current_filter():
    sel = site.parse_query([("tag", "cv"), ("kind", "workshop"), ("months", "3")])
    page = site.render_page(web_snapshot(), sel, "https://lab.example/")
    assert (
        '<a class="webcal" href="webcal://lab.example/deadlines.ics'
        '?months=3&amp;tag=cv&amp;kind=workshop">webcal</a>' in page
    )
    assert (
        '<a class="google" href="https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2F'
        "lab.example%2Fplan.ics%3Fmonths%3D3%26tag%3Dcv%26kind%3Dworkshop"
        '">Google Calendar</a>' in page
    )
    assert '<p class="warning" id="loopback" hidden>' in page


def test_a_loopback_feed_address_is_warned_about(page):
    assert '<p class="warning" id="loopback">These feeds are on a loopback address' in page
    assert site.is_loopback("http://localhost:8000/")
    assert site.is_loopback("http://[::1]:8000/")
    assert site.is_loopback("http://127.0.1.1/")
    assert not site.is_loopback("https://lab.example/dl/")
    assert not site.is_loopback("")


def test_the_page_parameters_are_left_to_the_script():
    sel = site.parse_query([("q", "vision"), ("status", "estimated"), ("tz", "AoE")], page=True)
    assert sel == Selection()
    with pytest.raises(UsageError, match="unknown parameter 'q'"):
        site.parse_query([("q", "vision")])


def test_the_timeline_draws_every_phase_of_every_pick_with_a_legend(snap):
    page = site.render_page(snap, Selection(), "http://h/")
    svg = re.search(r"<svg class=\"timeline\".*?</svg>", page)
    assert svg is not None
    groups = re.findall(r'<g class="plan" data-venue="([^"]+)" data-status="(\w+)">', svg.group(0))
    assert groups == [("labconf2027", "ok"), ("evil2027", "ok"), ("guess2027", "ok")]
    from deadlines import feeds

    chosen = feeds.plans(snap, Selection())
    phases = sum(len(p.phases) for p in chosen)
    assert len(re.findall(r'<rect class="phase ph\d"', svg.group(0))) == phases
    assert svg.group(0).count('class="deadline"') == 3
    assert svg.group(0).count('class="hard_stop"') == 1  # LabConf's abstract deadline
    assert "&lt;script&gt;alert" in svg.group(0)
    legend = re.search(r'<ul class="legend".*?</ul>', page)
    assert legend is not None
    swatch = r'<span class="swatch ph(\d)" aria-hidden="true"></span>([^<]+)</li>'
    names = {html.unescape(n) for _, n in re.findall(swatch, legend.group(0))}
    assert names == {m.name for p in chosen for m in p.phases}
    assert "submission deadline" in legend.group(0)
    # Near the top: the plans come before the table of deadlines.
    assert page.index('<svg class="timeline"') < page.index('<table class="deadlines"')


def test_a_second_timeline_group_draws_under_the_picks(snap):
    from deadlines import feeds

    plan = feeds.plans(snap, Selection(venues=("labconf2027",)))
    extra = site.TimelineGroup("Committed papers", plan, ["Our paper"])
    page = site.render_page(snap, Selection(), "http://h/", extra_timelines=[extra])
    assert page.count('<svg class="timeline"') == 2
    assert page.index("<h3>Best picks about 3 months out</h3>") < page.index(
        "<h3>Committed papers</h3>"
    )
    assert page.count('<ul class="legend"') == 1


def test_page_matches_golden_file(snap):
    """After a deliberate change to the page: UPDATE_GOLDEN=1 pytest tests/test_site.py."""
    page = site.render_page(snap, Selection(), "http://127.0.0.1:8000/").encode()
    path = Path(__file__).parent / "data" / "golden" / "page.html"
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_bytes(page)
    assert page == path.read_bytes()


def test_the_page_is_a_pure_function_of_its_input(snap):
    one = site.render_page(snap, Selection(), "http://h/")
    assert site.render_page(web_snapshot(), Selection(), "http://h/") == one


def test_a_filter_with_no_match_says_so(snap):
    page = site.render_page(snap, Selection(filters=Filters(tags=("speech",))), "http://h/")
    assert shown_venues(page) == []
    assert '<p class="muted" id="none">No upcoming deadline matches these filters.</p>' in page
    assert "No venue about that far out matches these filters." in page


# ---- the static site ----


def test_site_files_are_the_page_its_assets_and_its_feeds(snap):
    files = site.site_files(snap, "https://lab.example/dl/")
    assert sorted(files) == [
        "assets/page.css",
        "assets/page.js",
        "conferences.ics",
        "deadlines.ics",
        "index.html",
        "plan.ics",
        "tag-cv.ics",
        "tag-ml.ics",
        "tag-nlp.ics",
        "workshops.ics",
    ]
    for name, body in files.items():
        if name.endswith(".ics"):
            Calendar.from_ical(body)
    assert files["assets/page.js"] == site.asset("page.js")
    page = files["index.html"].decode()
    assert '<li data-feed="tag-nlp.ics"><span class="feed-title">Deadlines tagged nlp' in page
    assert '<a class="webcal" href="webcal://lab.example/dl/tag-nlp.ics">' in page
    # The same filters as the served page (the script runs them), two feeds in view.
    assert '<form class="filters" id="filters"' in page
    assert "<summary>More feeds: by kind and topic (5)</summary>" in page
    assert '"mode": "static"' in page
    nlp = files["tag-nlp.ics"].decode()
    assert "GuessWS 2027" in nlp
    assert "SUMMARY:LabConf 2027" not in nlp
    assert site.site_files(web_snapshot(), "https://lab.example/dl/") == files


def test_without_a_base_url_the_script_completes_the_links(snap):
    page = site.site_files(snap)["index.html"].decode()
    assert (
        '<li data-feed="deadlines.ics"><span class="feed-title">All deadlines</span>: '
        '<a class="webcal" href="deadlines.ics">webcal</a>' in page
    )


# ---- cron and systemd ----


def test_cron_text():
    job = deploy.Job(
        "/opt/dl/bin/deadlines",
        Path("/srv/www/dl"),
        catalogs=("/lab/venues.yaml",),
        config="/lab/deadlines.toml",
        log=Path("/var/log/dl/cron.log"),
    )
    text = deploy.format_cron(job)
    run = (
        "(/opt/dl/bin/deadlines refresh --catalog /lab/venues.yaml || test $? -eq 3) "
        "&& /opt/dl/bin/deadlines build --out /srv/www/dl --catalog /lab/venues.yaml"
    )
    script = f"mkdir -p /var/log/dl && exec >>/var/log/dl/cron.log 2>&1 && {run}"
    assert text.startswith(
        "# Refresh the sources and rebuild /srv/www/dl every 6 hours at :17 (UTC); "
        "output goes to /var/log/dl/cron.log.\n"
    )
    assert (
        "\nCRON_TZ=UTC\n"
        f"17 */6 * * * env DEADLINES_CONFIG=/lab/deadlines.toml sh -c '{script}'\n" in text
    )
    assert "Environment=DEADLINES_CONFIG=/lab/deadlines.toml\n" in text
    assert f"ExecStart=/bin/sh -c '{run}'\n" in text
    assert "StandardOutput=append:/var/log/dl/cron.log\n" in text
    assert "OnCalendar=*-*-* 00/6:17:00 UTC\n" in text
    assert "Persistent=true\n" in text
    nightly = deploy.Job("deadlines", Path("/x y"), at=(3, 5))
    assert deploy.crontab_line(nightly).startswith("5 3 * * * sh -c ")
    assert "--out '\"'\"'/x y'\"'\"'" in deploy.crontab_line(nightly)
    assert "OnCalendar=*-*-* 03:05:00 UTC\n" in deploy.format_cron(nightly)
    assert "nightly at 03:05 UTC" in deploy.format_cron(nightly)
    assert deploy.crontab_line(deploy.Job("d", Path("/a%b"), hours=1)).startswith("17 * * * * ")
    assert "/a\\%b" in deploy.crontab_line(deploy.Job("d", Path("/a%b")))  # cron's newline


def test_the_crontab_command_runs_refresh_then_build_and_logs(tmp_path):
    """Run the line's command in a shell, with a stand-in `deadlines` that records its calls."""
    import subprocess

    exe = tmp_path / "deadlines"
    calls = tmp_path / "calls"
    exe.write_text(
        "#!/bin/sh\n"
        f'echo "$DEADLINES_CONFIG $*" >> {calls}\n'
        'echo "ran $1"\n'
        'test "$1" = refresh && exit 3\n'  # some sources failed: the build still runs
        "exit 0\n",
        encoding="utf-8",
    )
    exe.chmod(0o755)
    log = tmp_path / "logs" / "cron.log"
    job = deploy.Job(str(exe), tmp_path / "site", catalogs=("/lab/v.yaml",), config="/c.toml",
                     log=log)
    command = deploy.crontab_line(job).split(" ", 5)[5]
    done = subprocess.run(["sh", "-c", command], check=False, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert calls.read_text(encoding="utf-8").splitlines() == [
        "/c.toml refresh --catalog /lab/v.yaml",
        f"/c.toml build --out {tmp_path / 'site'} --catalog /lab/v.yaml",
    ]
    assert log.read_text(encoding="utf-8") == "ran refresh\nran build\n"


def test_the_github_workflow_refreshes_builds_and_deploys_pages():
    import yaml

    job = deploy.Job("deadlines", Path("_site"), at=deploy.NIGHTLY, catalogs=("venues.yaml",))
    text = deploy.github_workflow(job)
    flow = yaml.safe_load(text)
    assert flow["on"]["schedule"] == [{"cron": "17 3 * * *"}]
    assert flow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    steps = flow["jobs"]["publish"]["steps"]
    runs = [s["run"] for s in steps if "run" in s]
    assert runs[1:] == [
        "deadlines refresh --catalog venues.yaml || test $? -eq 3",
        (
            "deadlines build --out _site --catalog venues.yaml --base-url "
            "https://${{ github.repository_owner }}.github.io/${{ github.event.repository.name }}/"
        ),
    ]
    uses = [s["uses"] for s in steps if "uses" in s]
    assert uses == [
        "actions/checkout@v4",
        "actions/setup-python@v5",
        "actions/cache@v4",
        "actions/upload-pages-artifact@v3",
        "actions/deploy-pages@v4",
    ]
    assert "publish them on GitHub Pages nightly at 03:17 UTC" in text


def test_estimate_shows_its_range_on_the_page():
    text = WEB_CATALOG.replace(
        "basis: GuessWS 2026 (2026-03-10) one year on",
        "basis: GuessWS 2026 (2026-03-10) one year on\n            spread: 6",
    )
    cat = catalog.merge([catalog.load_file("web.yaml", text)])
    snap = Snapshot.build(cat, TODAY, dt.UTC, templates_from_config({}))
    page = site.render_page(snap, Selection(), "http://127.0.0.1:8000/")
    assert '<span class="badge">estimated ± 6 d</span>' in page
