"""The iCalendar feed: golden bytes, stable identities, exact instants, two parsers agree.

The golden files in tests/data/golden/ are compared byte for byte. After a deliberate change
to the feed, regenerate them and review the diff:

    UPDATE_GOLDEN=1 pytest tests/test_ical.py
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest
import vobject
from icalendar import Calendar

from deadlines import catalog
from deadlines.catalog import Catalog
from deadlines.errors import DeadlinesError
from deadlines.ical import build_feed
from deadlines.models import DeadlineKind, Venue
from deadlines.plan import Plan, back_plan, later_dates
from deadlines.templates import DEFAULT_TEMPLATES

GOLDEN = Path(__file__).parent / "data" / "golden"
NAME = "Lab deadlines"

CATALOG = """\
version: 1
series:
  - id: cvpr
    name: CVPR
    tags: [cv]
    url: https://cvpr.thecvf.com/Conferences/2027
    editions:
      - year: 2027
        timezone: AoE
        deadlines:
          - {kind: abstract, at: 2027-02-16 23:59, source: https://example.org/cvpr}
          - kind: paper
            at: 2027-02-23 23:59
            source: https://example.org/cvpr
            history: [{at: 2027-02-20 23:59, note: extended}]
          - {kind: notification, at: 2027-04-25, source: https://example.org/cvpr}
  - id: cvmi
    name: CVMI
    kind: workshop
    tags: [cv, medical]
    editions:
      - year: 2027
        parent: cvpr2027
        archival: true
        deadlines:
          - kind: paper
            at: 2027-03-08
            zone: AoE
            status: estimated
            basis: CVMI 2026 (2026-03-08) one year on
  - id: vlm
    name: "Vision, Language; and \\\\More"
    tags: [nlp]
    editions:
      - year: 2027
        timezone: America/Los_Angeles
        deadlines:
          - {kind: paper, at: 2027-05-01 17:00, track: Round 1, source: https://example.org/vlm}
          - {kind: paper, at: 2027-06-01 17:00, track: Round 2, source: https://example.org/vlm}
"""


@pytest.fixture(scope="module")
def cat() -> Catalog:
    return catalog.merge([catalog.load_file("ical-test.yaml", CATALOG)])


def plan_of(venue: Venue, start: dt.date = dt.date(2026, 11, 23)) -> Plan:
    deadline = next(d for d in venue.edition.deadlines if d.kind is DeadlineKind.PAPER)
    return back_plan(
        venue, deadline, start, DEFAULT_TEMPLATES["conference"], later=later_dates(venue, deadline)
    )


def feeds(cat: Catalog) -> dict[str, bytes]:
    cvpr = cat.venue("cvpr2027")
    return {
        "deadlines.ics": build_feed(list(cat), name=NAME, hosts=cat.venues),
        "plan.ics": build_feed(
            [], [plan_of(cvpr)], name=NAME, alarms=[dt.timedelta(days=7), dt.timedelta(days=1)]
        ),
        "both.ics": build_feed([cvpr], [plan_of(cvpr)], name=NAME, hosts=cat.venues),
    }


def unfold(feed: bytes) -> str:
    """Undo RFC 5545 §3.1 line folding."""
    return feed.decode().replace("\r\n ", "")


def events(feed: bytes) -> dict[str, dict[str, str]]:
    """Each VEVENT's properties (first line of each name, parameters kept) by UID."""
    found = {}
    for block in re.findall(r"BEGIN:VEVENT\r\n(.*?)END:VEVENT", unfold(feed), re.DOTALL):
        props: dict[str, str] = {}
        for line in block.split("\r\n"):
            name, _, value = line.partition(":")
            props.setdefault(name, value)
        found[props["UID"]] = props
    return found


@pytest.mark.parametrize("name", ["deadlines.ics", "plan.ics", "both.ics"])
def test_feed_matches_golden_file(cat, name):
    feed = feeds(cat)[name]
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(feed)
    assert feed == path.read_bytes()


def test_two_builds_are_identical(cat):
    again = catalog.merge([catalog.load_file("ical-test.yaml", CATALOG)])
    assert feeds(cat) == feeds(again)


def test_calendar_properties(cat):
    head = unfold(build_feed([], name="Vision, lab", refresh=dt.timedelta(hours=6)))
    assert head == (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//deadlines//deadlines//EN\r\n"
        "CALSCALE:GREGORIAN\r\nNAME:Vision\\, lab\r\nX-WR-CALNAME:Vision\\, lab\r\n"
        "REFRESH-INTERVAL;VALUE=DURATION:PT6H\r\nX-PUBLISHED-TTL:PT6H\r\nEND:VCALENDAR\r\n"
    )


def test_aoe_deadline_is_the_exact_utc_instant_with_its_zone_in_the_title(cat):
    paper = events(feeds(cat)["deadlines.ics"])["cvpr2027-paper@deadlines"]
    assert paper["DTSTART"] == "20270224T115900Z"  # 2027-02-23 23:59 AoE = UTC-12
    assert paper["DTEND"] == "20270224T120000Z"
    assert paper["SUMMARY"] == "CVPR 2027 paper deadline (AoE)"
    assert paper["URL"] == "https://cvpr.thecvf.com/Conferences/2027"
    assert paper["CATEGORIES"] == "cv,paper"
    assert paper["DESCRIPTION"].startswith(
        "2027-02-23 23:59 AoE = 2027-02-24 11:59 UTC\\nSource: https://example.org/cvpr\\n"
        "Moved from: 2027-02-20 23:59 AoE"
    )


def test_no_tzid_anywhere(cat):
    for feed in feeds(cat).values():
        assert b"TZID" not in feed
        assert b"VTIMEZONE" not in feed


def test_uids_are_unique_and_made_of_identity(cat):
    found = events(feeds(cat)["deadlines.ics"])
    assert sorted(found) == [
        "cvmi2027-paper@deadlines",
        "cvpr2027-abstract@deadlines",
        "cvpr2027-notification@deadlines",
        "cvpr2027-paper@deadlines",
        "vlm2027-paper-round-1@deadlines",
        "vlm2027-paper-round-2@deadlines",
    ]
    for feed in feeds(cat).values():
        uids = re.findall(r"^UID:(.*)$", unfold(feed), re.MULTILINE)
        assert len(uids) == len(set(uids))
        assert not any(re.search(r"\d{8}|\d{4}-\d\d-\d\d", uid) for uid in uids)


def test_moved_deadline_keeps_its_uid_and_raises_sequence():
    before = CATALOG.replace(
        "at: 2027-02-23 23:59\n            source: https://example.org/cvpr\n"
        "            history: [{at: 2027-02-20 23:59, note: extended}]",
        "at: 2027-02-20 23:59\n            source: https://example.org/cvpr",
    )
    assert before != CATALOG
    old, new = (
        events(build_feed(list(catalog.merge([catalog.load_file("c.yaml", text)])), name=NAME))[
            "cvpr2027-paper@deadlines"
        ]
        for text in (before, CATALOG)
    )
    assert (old["DTSTART"], new["DTSTART"]) == ("20270221T115900Z", "20270224T115900Z")
    assert (old["SEQUENCE"], new["SEQUENCE"]) == ("1", "2")
    assert old["LAST-MODIFIED"] < new["LAST-MODIFIED"]
    assert old["DTSTAMP"] < new["DTSTAMP"]


def test_estimate_says_so_and_its_announcement_raises_sequence(cat):
    estimate = events(feeds(cat)["deadlines.ics"])["cvmi2027-paper@deadlines"]
    assert estimate["SUMMARY"] == "CVMI 2027 @ CVPR 2027 paper deadline (AoE) (estimated)"
    assert estimate["STATUS"] == "TENTATIVE"
    assert estimate["SEQUENCE"] == "0"
    assert "Estimate: CVMI 2026 (2026-03-08) one year on" in estimate["DESCRIPTION"]
    assert "Workshop at CVPR 2027\\, archival" in estimate["DESCRIPTION"]
    announced = CATALOG.replace(
        "status: estimated\n            basis: CVMI 2026 (2026-03-08) one year on",
        "source: https://example.org/cvmi",
    )
    feed = build_feed(list(catalog.merge([catalog.load_file("c.yaml", announced)])), name=NAME)
    now = events(feed)["cvmi2027-paper@deadlines"]
    assert (now["SEQUENCE"], now["STATUS"]) == ("1", "CONFIRMED")
    assert "estimated" not in now["SUMMARY"]


def test_milestones_are_transparent_all_day_events_with_exclusive_end(cat):
    found = events(feeds(cat)["plan.ics"])
    kickoff = found["cvpr2027-plan-kickoff@deadlines"]
    # Kickoff runs 2026-11-23..25 inclusive: DTEND is the day after (RFC 5545 §3.6.1).
    assert kickoff["DTSTART;VALUE=DATE"] == "20261123"
    assert kickoff["DTEND;VALUE=DATE"] == "20261126"
    assert kickoff["TRANSP"] == "TRANSPARENT"
    assert kickoff["SUMMARY"] == "CVPR 2027: Kickoff and topic check"
    assert "\\n- Fits our GPUs and data\\n" in kickoff["DESCRIPTION"]
    submission = found["cvpr2027-plan-paper@deadlines"]
    assert (submission["DTSTART;VALUE=DATE"], submission["DTEND;VALUE=DATE"]) == (
        "20270223",
        "20270224",
    )


def test_plan_dates_are_left_to_the_timed_events_when_the_venue_is_in_the_feed(cat):
    both = events(feeds(cat)["both.ics"])
    assert "cvpr2027-plan-paper@deadlines" not in both
    assert "cvpr2027-plan-abstract@deadlines" not in both
    assert "cvpr2027-paper@deadlines" in both
    assert "cvpr2027-plan-exp2@deadlines" in both
    alone = events(feeds(cat)["plan.ics"])
    assert {"cvpr2027-plan-abstract@deadlines", "cvpr2027-plan-notification@deadlines"} <= set(
        alone
    )


def test_alarms_only_before_dates_with_something_to_do(cat):
    cvpr = cat.venue("cvpr2027")
    feed = unfold(build_feed([cvpr], name=NAME, alarms=[dt.timedelta(days=3)]))
    blocks = {re.findall(r"UID:(.*)\r", b)[0]: b for b in feed.split("BEGIN:VEVENT")[1:]}
    assert "TRIGGER:-P3D" in blocks["cvpr2027-paper@deadlines"]
    assert "VALARM" not in blocks["cvpr2027-notification@deadlines"]
    assert b"VALARM" not in build_feed([cvpr], name=NAME)


def test_commas_semicolons_and_backslashes_are_escaped(cat):
    feed = feeds(cat)["deadlines.ics"]
    text = unfold(feed)
    assert (
        "SUMMARY:Vision\\, Language\\; and \\\\More 2027 paper deadline\\, Round 1 "
        "(America/Los_Angeles)\r\n" in text
    )
    parsed = Calendar.from_ical(feed)
    summaries = {str(e["UID"]): str(e["SUMMARY"]) for e in parsed.walk("VEVENT")}
    assert summaries["vlm2027-paper-round-2@deadlines"] == (
        "Vision, Language; and \\More 2027 paper deadline, Round 2 (America/Los_Angeles)"
    )
    assert all(len(line.encode()) <= 75 for line in feed.decode().split("\r\n"))


def test_icalendar_reads_the_feed_back(cat):
    for feed in feeds(cat).values():
        parsed = Calendar.from_ical(feed)
        assert parsed.to_ical() == feed
    parsed = Calendar.from_ical(feeds(cat)["deadlines.ics"])
    by_uid = {str(e["UID"]): e for e in parsed.walk("VEVENT")}
    start = by_uid["vlm2027-paper-round-1@deadlines"].decoded("DTSTART")
    assert start == dt.datetime(2027, 5, 2, 0, 0, tzinfo=dt.UTC)  # 17:00 PDT = UTC-7
    assert parsed.refresh_interval == dt.timedelta(hours=12)
    assert parsed.calendar_name == NAME


def test_an_independent_validating_parser_reads_the_feed(cat):
    for name, feed in feeds(cat).items():
        parsed = vobject.readOne(feed.decode(), validate=True)
        assert parsed.validate(raiseException=True)
        vevents = list(parsed.vevent_list)
        assert len(vevents) == len(events(feed)), name
        for vevent in vevents:
            assert vevent.validate(raiseException=True)
            start = vevent.dtstart.value
            if isinstance(start, dt.datetime):
                assert start.utcoffset() == dt.timedelta(0)
                assert vevent.dtend.value - start == dt.timedelta(minutes=1)
            else:
                assert vevent.dtend.value > start
    parsed = vobject.readOne(feeds(cat)["deadlines.ics"].decode(), validate=True)
    by_uid = {v.uid.value: v for v in parsed.vevent_list}
    paper = by_uid["cvpr2027-paper@deadlines"]
    assert paper.dtstart.value == dt.datetime(2027, 2, 24, 11, 59, tzinfo=dt.UTC)
    assert paper.sequence.value == "2"
    assert by_uid["vlm2027-paper-round-1@deadlines"].summary.value.startswith(
        "Vision, Language; and \\More 2027"
    )


def test_a_venue_listed_twice_is_an_error(cat):
    cvpr = cat.venue("cvpr2027")
    with pytest.raises(DeadlinesError, match="share the UID cvpr2027-abstract@deadlines"):
        build_feed([cvpr, cvpr], name=NAME)


def test_estimate_description_gives_its_range():
    text = CATALOG.replace(
        "basis: CVMI 2026 (2026-03-08) one year on",
        "basis: CVMI 2026 (2026-03-08) one year on\n            spread: 6",
    )
    feed = build_feed(list(catalog.merge([catalog.load_file("c.yaml", text)])), name=NAME)
    description = events(feed)["cvmi2027-paper@deadlines"]["DESCRIPTION"]
    assert "Range: 2027-03-08 ± 6 d (from the series' own backtest)" in description
