"""The page, query strings, the static site and the schedule texts: pure functions, exact output."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest
from icalendar import Calendar

from conftest import web_snapshot
from deadlines import deploy, site
from deadlines.errors import UsageError
from deadlines.feeds import Selection
from deadlines.models import VenueKind
from deadlines.planner import Filters

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
    return re.findall(r'<td class="venue">(.*?)</td>', page)


def test_rows_are_upcoming_submission_deadlines_soonest_first(page):
    cells = [re.sub(r"<[^>]+>", "", c) for c in venue_cells(page)]
    assert cells == [
        "LabConf 2027",
        "&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; 2027 @ LabConf 2027",
        "GuessWS 2027 @ LabConf 2027 estimated",
        "LabConf 2028 estimated",
        "&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; 2028 @ LabConf 2028 estimated",
    ]


def test_catalog_text_is_escaped_and_only_http_urls_are_links(page):
    assert '<script>alert("pwned")' not in page
    assert "javascript:" not in page
    assert page.count("<script") == 1  # the page's own, from a file (no inline script)
    assert '<script src="assets/deadlines.js"></script>' in page
    assert '<a href="https://labconf.example/2027">LabConf 2027</a>' in page


def test_a_row_has_utc_the_stated_zone_and_a_static_countdown(page):
    row = re.search(r'<tr class="deadline"[^>]*>.*?LabConf 2027.*?</tr>', page)
    assert row is not None
    assert row.group(0) == (
        '<tr class="deadline" data-kind="conference" data-tags="cv ml">'
        '<td class="venue"><a href="https://labconf.example/2027">LabConf 2027</a></td>'
        '<td class="what">paper</td>'
        '<td class="when"><time class="local" datetime="2027-02-24T11:59:00Z">'
        "2027-02-24 11:59 UTC</time></td>"
        '<td class="stated">2027-02-23 23:59 AoE</td>'
        '<td class="countdown" data-utc="2027-02-24T11:59:00Z">in 93 days</td></tr>'
    )


def test_estimates_are_marked_with_their_basis(page):
    assert (
        '<span class="estimated" title="GuessWS 2026 (2026-03-10) one year on">estimated</span>'
        in page
    )
    assert "3 of them estimated from past editions" in page


def test_subscribe_links_carry_the_current_filter():
    sel = site.parse_query([("tag", "cv"), ("kind", "workshop"), ("months", "3")])
    page = site.render_page(web_snapshot(), sel, "http://127.0.0.1:8000/")
    assert (
        '<a class="webcal" href="webcal://127.0.0.1:8000/deadlines.ics'
        '?months=3&amp;tag=cv&amp;kind=workshop">webcal</a>' in page
    )
    assert (
        '<a class="google" href="https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2F'
        "127.0.0.1%3A8000%2Fplan.ics%3Fmonths%3D3%26tag%3Dcv%26kind%3Dworkshop"
        '">Google Calendar</a>' in page
    )
    assert '<input type="checkbox" name="tag" value="cv" checked>' in page
    assert '<option value="workshop" selected>workshops</option>' in page
    assert venue_cells(page)[0].startswith("&lt;script&gt;")  # only the cv workshop


def test_the_timeline_draws_every_phase_of_every_pick(snap):
    page = site.render_page(snap, Selection(), "http://h/")
    svg = re.search(r"<svg .*?</svg>", page)
    assert svg is not None
    groups = re.findall(r'<g class="plan" data-venue="([^"]+)" data-status="(\w+)">', svg.group(0))
    assert groups == [("labconf2027", "ok"), ("evil2027", "ok"), ("guess2027", "ok")]
    from deadlines import feeds

    phases = sum(len(p.phases) for p in feeds.plans(snap, Selection()))
    assert svg.group(0).count('<rect class="phase"') == phases
    assert svg.group(0).count('class="deadline"') == 3
    assert svg.group(0).count('class="hard_stop"') == 1  # LabConf's abstract deadline
    assert "&lt;script&gt;alert" in svg.group(0)


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
    assert venue_cells(page) == []
    assert "No upcoming deadline matches these filters." in page
    assert "No venue about that far out matches these filters." in page


# ---- the static site ----


def test_site_files_are_the_page_and_its_feeds(snap):
    files = site.site_files(snap, "https://lab.example/dl/")
    assert sorted(files) == [
        "assets/deadlines.css",
        "assets/deadlines.js",
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
    page = files["index.html"].decode()
    assert '<a class="webcal" href="webcal://lab.example/dl/tag-nlp.ics">' in page
    assert '<form class="filters"' not in page  # a static host cannot filter
    nlp = files["tag-nlp.ics"].decode()
    assert "GuessWS 2027" in nlp
    assert "SUMMARY:LabConf 2027" not in nlp
    assert site.site_files(web_snapshot(), "https://lab.example/dl/") == files


def test_without_a_base_url_the_script_completes_the_links(snap):
    page = site.site_files(snap)["index.html"].decode()
    assert '<a class="webcal" data-feed="deadlines.ics" href="deadlines.ics">webcal</a>' in page


# ---- cron and systemd ----


def test_cron_text():
    text = deploy.format_cron("/opt/dl/bin/deadlines", Path("/srv/www/dl"), 6)
    job = (
        "(/opt/dl/bin/deadlines refresh || test $? -eq 3) "
        "&& /opt/dl/bin/deadlines build --out /srv/www/dl"
    )
    assert f"\n17 */6 * * * {job}\n" in text
    assert f"ExecStart=/bin/sh -c '{job}'\n" in text
    assert "OnCalendar=*-*-* 00/6:17:00\n" in text
    assert "Persistent=true\n" in text
    assert deploy.crontab_line("deadlines", Path("/x y"), 1).startswith("17 * * * * ")
    assert "--out '/x y'" in deploy.crontab_line("deadlines", Path("/x y"), 1)
