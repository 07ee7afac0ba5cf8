"""The page parsers on real saved pages (tests/data/html), against the values beside them."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from conftest import DATA
from deadlines.models import Deadline
from deadlines.sources import ParseError, cvf, pages, wikicfp
from deadlines.sources.dates import find_clock, find_dates

HTML = DATA / "html"


def read(name: str) -> bytes:
    return (HTML / name).read_bytes()


def entries(name: str, **kwargs) -> list[tuple]:
    found = pages.parse_page(read(name), **kwargs)
    return [(e.kind.value, e.at, e.zone, e.track, e.history) for e in found.entries]


# --- dates in text ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "time", "zone"),
    [
        ("Paper submission deadline: March 7, 2025 (11:59 PM PT)", "2025-03-07", "23:59", "PT"),
        ("Thursday 23rd April 2020", "2020-04-23", None, None),
        ("2014 November 14 (Fri), at: 1pm Pacific Standard Time", "2014-11-14", "13:00", "PST"),
        ("23:59:59 AoE (Anywhere on Earth) July 8, 2025", "2025-07-08", "23:59", "AoE"),
        ("Friday, November 1, 2013, 2359 GMT", "2013-11-01", "23:59", "GMT"),
        ("April 12, 2013 (7:00PM PDT [UTC-7:00])", "2013-04-12", "19:00", "PDT"),
        ("September 1, 2025 11:59PM UTC-0", "2025-09-01", "23:59", "UTC-0"),
        ("6/23/14", "2014-06-23", None, None),
    ],
)
def test_dates_times_and_zones_in_text(text, date, time, zone) -> None:
    (found,) = find_dates(text)
    clock = find_clock(text)
    assert found.date == dt.date.fromisoformat(date)
    assert (f"{clock.time:%H:%M}" if clock.time else None, clock.zone) == (time, zone)


def test_typos_and_wrong_weekdays_are_read_and_reported() -> None:
    (found,) = find_dates("CLOSED - Monday June 4nd, 2025")
    assert found.date == dt.date(2025, 6, 4)
    assert found.problems == (
        "'4nd' read as day 4 (4th)",
        "'Monday June 4nd, 2025': June 4, 2025 is a Wednesday; kept the date",
    )


@pytest.mark.parametrize("text", ["November ??, 2013", "TBD, 2014", "February ??-??, 2014"])
def test_placeholders_give_no_date(text: str) -> None:
    (found,) = find_dates(text)
    assert found.date is None
    assert found.problems[0].endswith("is not a date yet")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Camera ready: TBC", "'TBC' is not a date yet"),
        ("Notification: to be confirmed", "'to be confirmed' is not a date yet"),
        ("Notification: mid-October 2026", "'mid-October 2026' names no day"),
        ("Camera ready: early May", "'early May' names no day"),
        ("Decisions: end of June", "'end of June' names no day"),
        ("Registration: April 2026", "'April 2026' names no day"),
    ],
)
def test_a_month_without_a_day_is_reported_not_guessed(text: str, problem: str) -> None:
    (found,) = find_dates(text, default_year=2026)
    assert found.date is None
    assert found.problems == (problem,)


@pytest.mark.parametrize(
    ("text", "day", "clock"),
    [
        ("2026-03-15T23:59:00Z", dt.date(2026, 3, 15), (dt.time(23, 59), "UTC")),
        ("15-Mar-2026 23:59h CET", dt.date(2026, 3, 15), (dt.time(23, 59), "CET")),
        ("15-Mar-26 23:59 UTC", dt.date(2026, 3, 15), (dt.time(23, 59), "UTC")),
        ("2026.03.15, 11.59pm AoE", dt.date(2026, 3, 15), (dt.time(23, 59), "AoE")),
        ("December 11th, 2023 00:00GMT", dt.date(2023, 12, 11), (dt.time(0, 0), "GMT")),
        ("2025-03-15T23:59:00-07:00", dt.date(2025, 3, 15), (dt.time(23, 59), "UTC-07:00")),
        ("2026-03-15T23:59Z", dt.date(2026, 3, 15), (dt.time(23, 59), "UTC")),
    ],
)
def test_system_and_iso_dates_and_their_clocks(
    text: str, day: dt.date, clock: tuple[dt.time, str]
) -> None:
    (found,) = find_dates(text)
    assert found.date == day
    read = find_clock(text)
    assert (read.time, read.zone) == clock


@pytest.mark.parametrize("text", ["31/09/2026", "2026-02-30", "February 30, 2026"])
def test_a_day_that_does_not_exist_is_reported(text: str) -> None:
    (found,) = find_dates(text)
    assert found.date is None
    assert found.problems == (f"{text!r} is not a real date",)
    assert find_dates("version 45/12/2026") == []  # numbers that cannot be a day and month


def test_dashed_numeric_dates_are_read_as_slashed_ones() -> None:
    assert [f.date for f in find_dates("due 09-15-2024")] == [dt.date(2024, 9, 15)]
    assert [f.date for f in find_dates("due 15-09-2024")] == [dt.date(2024, 9, 15)]
    assert [f.date for f in find_dates("due 10-09-2024", day_first=True)] == [dt.date(2024, 9, 10)]
    assert find_dates("ISBN 978-3-16-2024") == []  # part of a longer run of numbers


def test_a_month_and_year_in_running_text_is_no_date() -> None:
    assert find_dates("The workshop will take place in June 2026 in Denver") == []


def test_a_range_keeps_both_ends() -> None:
    (found,) = find_dates("Rebuttal Period January 20-27, 2014")
    assert (found.date, found.end_date) == (dt.date(2014, 1, 20), dt.date(2014, 1, 27))
    (found,) = find_dates("26-29 March 2022: Runs submission")  # day first
    assert (found.date, found.end_date) == (dt.date(2022, 3, 26), dt.date(2022, 3, 29))


# --- generic important-dates pages -------------------------------------------------------


def test_bmvc_dates_ordinals_and_a_zone_note_for_the_whole_page() -> None:
    assert entries("bmvc2020-dates.html") == [
        ("abstract", "2020-04-23 23:59", "PT", None, ()),
        ("paper", "2020-04-30 23:59", "PT", None, ()),
        ("rebuttal_end", "2020-07-02 23:59", "PT", None, ()),
        ("notification", "2020-07-29 23:59", "PT", None, ()),
        ("camera_ready", "2020-08-13 23:59", "PT", None, ()),
    ]


def test_bmvc_call_for_papers_deadlines_in_prose() -> None:
    assert entries("bmvc2020-call-for-papers.html") == [
        ("abstract", "2020-04-23 23:59", "PT", None, ()),
        ("paper", "2020-04-30 23:59", "PT", None, ()),
    ]


def test_embodied_ai_closed_prefix_typo_and_wrong_weekday() -> None:
    found = pages.parse_page(read("cvpr2025-workshop-embodied-ai.html"))
    assert [(e.kind.value, e.at, e.zone, e.zone_assumed) for e in found.entries] == [
        ("paper", "2025-05-23", "AoE", False),
        ("notification", "2025-06-04", None, True),
        ("camera_ready", "2025-06-11", None, True),
    ]
    assert (
        "'Camera Ready Copy Deadline': 'Tuesday June 11th, 2025': June 11, 2025 is a Wednesday; "
        "kept the date"
    ) in found.problems
    assert "'Paper Notification Deadline': '4nd' read as day 4 (4th)" in found.problems


def test_struck_dates_are_history_of_an_extension() -> None:
    assert entries("workshops/cvpr2024-fedvision.html") == [
        ("paper", "2024-03-20 23:59", "PST", None, (("2024-03-11 23:59", "PST"),)),
        # 'Paper (and supplementary material) Submission Deadline': due together
        ("supplementary", "2024-03-20 23:59", "PST", None, (("2024-03-11 23:59", "PST"),)),
        ("notification", "2024-04-11 23:59", "PST", None, (("2024-04-06 23:59", "PST"),)),
        ("camera_ready", "2024-04-14 23:59", "PST", None, ()),
    ]


def test_a_heading_gives_time_and_zone_and_a_struck_date_takes_the_cells_year() -> None:
    assert entries("workshops/cvpr2023-rhobin.html") == [
        # a 1-page abstract is the submission of a track of its own, not a paper's abstract
        ("paper", "2023-05-15 23:59", "PT", "1-page Abstract", ()),
        (
            "paper",
            "2023-03-20 23:59",
            "PT",
            "Full-paper",
            (("2023-03-09 23:59", "PT"),),
        ),
        ("notification", "2023-04-03 23:59", "PT", None, (("2023-03-30 23:59", "PT"),)),
        ("camera_ready", "2023-04-10 23:59", "PT", None, (("2023-04-06 23:59", "PT"),)),
        ("other", "2023-05-16 23:59", "UTC", None, ()),  # the challenge's own deadline
    ]


def test_a_new_deadline_line_supersedes_the_old_one() -> None:
    assert entries("workshops/embodied-world-models.html") == [
        ("paper", "2025-09-03 23:59", "UTC-0", None, (("2025-09-01 23:59", "UTC-0"),)),
        ("notification", "2025-09-20", "UTC-0", None, (("2025-09-17", "UTC-0"),)),
        ("camera_ready", "2025-10-26 23:59", "UTC-0", None, ()),
    ]


def test_two_tracks_are_told_apart_by_their_headings() -> None:
    proceedings, other = "Submission Track 1: Proceedings Track", (
        "Submission Track 2: Non-Proceedings Track"
    )
    assert entries("workshops/cvpr2026-genai4sl.html") == [
        ("paper", "2026-03-14", "AoE", proceedings, ()),
        ("paper", "2026-05-10", "AoE", other, ()),
        ("notification", "2026-03-20", "AoE", proceedings, ()),
        ("notification", "2026-05-16", "AoE", other, ()),
        ("camera_ready", "2026-04-10", "AoE", proceedings, ()),
        ("camera_ready", "2026-05-26", "AoE", other, ()),
    ]


def test_facts_sheet_values_for_cvpr_2026_workshops() -> None:
    # pages/facts-2026-2027.txt: 3D4S abstract 04-05, paper 04-07, notification 04-27,
    # camera-ready 05-14, all AoE
    assert entries("workshops/cvpr2026-3d4s.html") == [
        ("abstract", "2026-04-05", "AoE", None, ()),
        ("paper", "2026-04-07", "AoE", None, ()),
        ("notification", "2026-04-27", "AoE", None, ()),
        ("camera_ready", "2026-05-14", "AoE", None, ()),
    ]
    # FedVision 2026: paper (and supplementary) 03-20, notification 04-06, camera 04-11, PST
    assert entries("workshops/cvpr2026-fedvision.html") == [
        ("paper", "2026-03-20 23:59", "PST", None, ()),
        ("supplementary", "2026-03-20 23:59", "PST", None, ()),
        ("notification", "2026-04-06 23:59", "PST", None, ()),
        ("camera_ready", "2026-04-11 23:59", "PST", None, ()),
    ]
    # J2A: paper 2026-03-06 AoE, the template's struck 'March 1, 2025' is its history; the
    # author-metadata deadline is kept as 'other' rather than dropped by a word list
    assert entries("workshops/cvpr2026-j2a.html") == [
        ("paper", "2026-03-06", "AoE", None, (("2025-03-01", "AoE"),)),
        ("notification", "2026-03-22", None, None, ()),
        ("camera_ready", "2026-04-09", None, None, ()),
        ("other", "2026-03-25", None, None, ()),
    ]


def test_physhuman_zone_disagreement_is_reported() -> None:
    found = pages.parse_page(read("workshops/physhuman.html"))
    papers = [(e.at, e.zone, e.track) for e in found.entries if e.kind.value == "paper"]
    assert papers == [
        ("2026-04-15 23:59", "AoE", "4-page papers"),
        ("2026-03-17 23:59", "AoE", "8-page papers"),
    ]
    assert (
        "'Submission Deadline (8-page papers)': states AoE but the page also says deadlines "
        "are in PT; kept AoE"
    ) in found.problems
    assert "'Author Notification (4-page papers)': 'TBD' is not a date yet" in found.problems


def test_vplow_2026_year_after_the_time_is_a_challenge_deadline() -> None:
    found = pages.parse_page(read("cvpr2026-workshop-vplow.html"))
    assert [(e.kind.value, e.at, e.zone) for e in found.entries] == [
        ("other", "2026-05-31 23:59", "EST")
    ]
    assert (found.start, found.end) == (dt.date(2026, 6, 4), dt.date(2026, 6, 4))


def test_page_entries_make_valid_deadlines_with_exact_instants() -> None:
    (paper,) = [e for e in pages.parse_page(read("workshops/cvpr2024-fedvision.html")).entries
                if e.kind.value == "paper"]
    deadline = Deadline(kind=paper.kind, at=paper.at, zone=paper.zone, source="https://x.test")
    # 'PST' stated on 20 March 2024, when Los Angeles is on PDT (UTC-7): the earlier instant
    # is used and the assumption reported, never an hour the authors might not have
    assert deadline.utc.isoformat() == "2024-03-21T06:59:00+00:00"
    assert deadline.zone_note is not None
    assert "the earlier instant (UTC-7) is used" in deadline.zone_note


# --- CVF -------------------------------------------------------------------------------------


def test_cvf_dates_main_conference_only() -> None:
    found = cvf.parse_dates(read("cvf-cvpr2014-dates.body.html"))
    assert [(e.kind.value, e.at, e.zone) for e in found.entries] == [
        ("paper", "2013-11-01 23:59", "GMT"),
        ("supplementary", "2013-11-08 23:59", "GMT"),
        ("review_release", "2014-01-20", None),
        ("rebuttal_start", "2014-01-20 00:00", None),
        ("rebuttal_end", "2014-01-27", None),
        ("notification", "2014-03-01", None),
        ("camera_ready", "2014-04-14", None),
    ]
    assert all(e.history == () for e in found.entries)  # struck when past, not moved


def test_cvf_dates_time_on_the_next_line_and_pdt() -> None:
    cvpr2015 = cvf.parse_dates(read("cvf-cvpr2015-dates.body.html")).entries
    assert (cvpr2015[0].kind.value, cvpr2015[0].at, cvpr2015[0].zone) == (
        "paper", "2014-11-14 13:00", "PST"
    )
    iccv2013 = cvf.parse_dates(read("cvf-iccv2013-dates.body.html")).entries
    assert [(e.kind.value, e.at, e.zone) for e in iccv2013[:3]] == [
        ("registration", "2013-10-07", None),  # 'Early Registration deadline'; not its raffle
        ("paper", "2013-04-12 19:00", "PDT"),
        ("supplementary", "2013-04-17 19:00", "PDT"),
    ]


def test_cvf_weebly_labels_and_dates_in_separate_cells() -> None:
    found = pages.parse_page(read("cvf-iccv2013-important-dates-weebly.html"))
    assert [(e.kind.value, e.at, e.zone) for e in found.entries][:2] == [
        ("abstract", "2013-04-08 23:59", "GMT"),
        ("paper", "2013-04-12 23:59", "GMT"),
    ]
    assert (found.start, found.end) == (dt.date(2013, 12, 3), dt.date(2013, 12, 6))


def test_cvf_early_page_with_placeholders_has_no_dates_and_says_why() -> None:
    found = pages.parse_page(read("cvf-cvpr2014-dates-early-placeholder.html"))
    assert found.entries == []
    assert "'Paper Submission Deadline': 'November ??' is not a date yet" in found.problems


@pytest.mark.parametrize("name", ["cvpr2014", "iccv2013", "cvpr2015", "iccv2015"])
def test_cvf_workshop_lists_match_their_generator_input(name: str) -> None:
    found = cvf.parse_workshop_list(read(f"cvf-{name}-workshops.body.html"))
    expected = json.loads(read(f"cvf-{name}-workshops.expected.json"))

    def mdy(text: str | None) -> dt.date | None:
        if not text or not text[0].isdigit():  # 'TBD'
            return None
        m, d, y = (int(p) for p in text.split("/"))
        return dt.date(2000 + y if y < 100 else y, m, d)

    assert sorted((w.url, w.title, w.date, w.submission) for w in found) == sorted(
        (
            e["workshop_info"]["url"],
            " ".join(e["workshop_info"]["title"].split()),
            mdy(e["workshop_info"]["workshop_date"]),
            mdy(e["workshop_info"].get("submission_deadline")),
        )
        for e in expected
    )


def test_cvf_workshops_become_workshop_series_of_their_host() -> None:
    parsed = cvf.workshops_to_catalog(
        cvf.parse_workshop_list(read("cvf-cvpr2014-workshops.body.html")),
        parent="cvpr2014", parent_series="cvpr", source="https://x.test/w", zone="AoE",
    )
    pbvs = next(s for s in parsed.series if s["id"] == "cvpr-pbvs")
    (edition,) = pbvs["editions"]
    assert (edition["parent"], edition["start"]) == ("cvpr2014", dt.date(2014, 6, 23))
    assert [(d["kind"], d["at"], d["zone_assumed"]) for d in edition["deadlines"]] == [
        ("paper", "2014-03-29", True)
    ]


# --- WikiCFP ---------------------------------------------------------------------------------


def test_wikicfp_series_page_first_rows() -> None:
    events = wikicfp.parse_listing(read("wikicfp-series-sigmod-2016-05-05.html"))
    assert [(e.short, e.event_id, e.name, e.start, e.end, e.where, e.deadlines)
            for e in events[:3]] == [
        ("SIGMOD 2017", 53445, "2017 ACM SIGMOD Conference", dt.date(2017, 5, 14),
         dt.date(2017, 5, 19), "Raleigh",
         (("paper", dt.date(2016, 7, 22)), ("abstract", dt.date(2016, 7, 15)))),
        ("SIGMOD 2016", 44695, "ACM International Conference on Management of Data",
         dt.date(2016, 6, 26), dt.date(2016, 7, 1), "San Francisco, USA",
         (("paper", dt.date(2015, 7, 16)), ("abstract", dt.date(2015, 7, 9)))),
        ("SIGMOD 2015", 37140, "International Conference on Management of Data",
         dt.date(2015, 5, 31), dt.date(2015, 6, 4), "Melbourne, VIC, Australia",
         (("paper", dt.date(2014, 11, 6)), ("abstract", dt.date(2014, 10, 30)))),
    ]
    assert events[3].short == "SIGMOD 2014"  # 'SIGMOD  2014' on the page
    assert events[0].url == (
        "http://www.wikicfp.com/cfp/servlet/event.showcfp?eventid=53445&copyownerid=70798"
    )


def test_wikicfp_call_list_and_search() -> None:
    calls = wikicfp.parse_listing(read("wikicfp-call-computer-science-page1.html"))
    assert len(calls) == 20
    assert (calls[0].short, calls[0].start, calls[0].deadlines) == (
        "HIIJ 2026", None, (("paper", dt.date(2026, 9, 22)),)
    )
    cei = next(e for e in calls if e.short == "CEI 2026")
    assert (cei.start, cei.end, cei.where) == (
        dt.date(2026, 11, 20), dt.date(2026, 11, 22), "Nanning, China"
    )
    assert len(wikicfp.parse_listing(read("wikicfp-search-cloud-2016-05-05.html"))) == 30
    assert wikicfp.parse_listing(read("wikicfp-search-noresult-2016-05-16.html")) == []


def test_wikicfp_event_page() -> None:
    url = "http://www.wikicfp.com/cfp/servlet/event.showcfp?eventid=202993&copyownerid=163220"
    event = wikicfp.parse_event(read("wikicfp-event-cei2026-eventid202993.html"), url=url)
    assert (event.short, event.start, event.end, event.where, event.event_id) == (
        "CEI 2026", dt.date(2026, 11, 20), dt.date(2026, 11, 22), "Nanning, China", 202993
    )
    assert event.name.startswith("IEEE 2026 6th International Conference on Computer Science")
    # the table has no 'Notification Due' row; the prose's notification date is not used
    assert event.deadlines == (("paper", dt.date(2026, 9, 24)),
                               ("camera_ready", dt.date(2026, 10, 21)))
    parsed = wikicfp.to_catalog([event])
    (edition,) = parsed.series[0]["editions"]
    paper = Deadline.model_validate(edition["deadlines"][0])
    assert (paper.stated(), paper.utc.isoformat()) == (
        "2026-09-24 23:59 AoE?", "2026-09-25T11:59:00+00:00"
    )


def test_wikicfp_journals_are_skipped_with_a_reason() -> None:
    parsed = wikicfp.to_catalog(
        wikicfp.parse_listing(read("wikicfp-call-computer-science-page1.html"))
    )
    assert "HIIJ 2026: no dates or place (a journal?); skipped" in parsed.problems
    assert "cei" in [s["id"] for s in parsed.series]


def test_not_a_wikicfp_page() -> None:
    with pytest.raises(ParseError, match="not a WikiCFP event page"):
        wikicfp.parse_event(b"<html><body>hello</body></html>", url="http://x.test/")


def test_deeply_nested_page_is_read_in_one_linear_pass() -> None:
    # 100,000 nested elements (1.1 MB, under the size cap): a tree edited in place took
    # minutes; one pass of an event parser reads it in about a second
    depth = 100_000
    html = "<body>" + "<div>" * depth + "Paper deadline: March 3, 2026 (AoE)" + "</div>" * depth
    found = pages.parse_page(html)
    assert [(e.kind.value, e.at, e.zone, e.label) for e in found.entries] == [
        ("paper", "2026-03-03", "AoE", "Paper deadline")
    ]


@pytest.mark.parametrize(
    "html",
    [
        "<table><tr><td>" * 30_000 + "Paper deadline: March 3, 2026" + "</table>" * 30_000,
        "<table>" + "<tr><td>a<td>b" * 30_000 + "<tr><td>Paper deadline<td>March 3, 2026</table>",
    ],
    ids=["nested-tables", "unclosed-rows"],
)
def test_tables_nested_or_left_open_are_read_in_linear_time(html: str) -> None:
    # each row's text used to be copied by every row around it: minutes for these pages
    found = pages.parse_page(html)
    assert [(e.kind.value, e.at) for e in found.entries] == [("paper", "2026-03-03")]


def test_a_line_break_in_the_source_is_a_space_and_parentheses_stay_in_labels() -> None:
    html = (
        "<ul><li>Notification\n   to authors: April 5, 2024</li>"
        "<li>Camera-ready (accepted as spotlight, poster, or demo): April 9, 2024</li></ul>"
    )
    assert [e.label for e in pages.parse_page(html).entries] == [
        "Notification to authors",
        "Camera-ready (accepted as spotlight, poster, or demo)",
    ]


def test_news_items_are_not_deadlines_and_a_dates_list_outranks_prose() -> None:
    html = (
        "<h2>News</h2><ul><li>Mar 02, 2026: Submission deadline extended to March 6, 2026.</li>"
        "<li>Feb 06, 2026: Call for papers open. Deadline: March 1, 2026.</li></ul>"
        "<h2>Overview</h2><p>Submission deadline: March 1, 2026</p>"
        "<h2>Important Dates</h2><table>"
        "<tr><td>Submission Deadline</td><td><s>March 1, 2026</s> March 6, 2026 (AoE)</td></tr>"
        "<tr><td>March 20, 2026</td><td>Notification</td></tr></table>"
    )
    found = pages.parse_page(html)
    assert [(e.kind.value, e.at, e.zone, e.history) for e in found.entries] == [
        ("paper", "2026-03-06", "AoE", (("2026-03-01", "AoE"),)),
        ("notification", "2026-03-20", None, ()),  # the zone is stated on one line only
    ]
    assert found.problems == [
        "paper: the page's text also says 2026-03-01 ('Submission deadline'); kept its dates list"
    ]


def test_dates_before_their_labels_in_cards_and_struck_days_inside_a_date() -> None:
    html = (
        "<h2>Timeline</h2>"
        "<div class='card'><span class='date'>Mar 5, 2026</span><h3>Paper deadline</h3>"
        "<p>Submissions close at 23:59 AoE.</p></div>"
        "<div class='card'><span class='date'>Mar 28, 2026</span><h3>Notification</h3></div>"
        "<ul><li>Camera-ready: April <s>8</s> 10, 2026</li>"
        "<li><b>May 2, 2026</b> Challenge submission deadline</li></ul>"
    )
    found = pages.parse_page(html)
    # the card's note ('close at 23:59 AoE') is the only zone note: it holds for the page
    assert [(e.kind.value, e.at, e.zone, e.history, e.challenge) for e in found.entries] == [
        ("paper", "2026-03-05 23:59", "AoE", (), False),
        ("notification", "2026-03-28 23:59", "AoE", (), False),
        ("camera_ready", "2026-04-10 23:59", "AoE", (("2026-04-08 23:59", "AoE"),), False),
        ("other", "2026-05-02 23:59", "AoE", (), True),
    ]
    assert found.problems == []


def test_a_definition_list_and_a_zone_note_in_prose_below_it() -> None:
    html = (
        "<h2>Important Dates</h2><dl><dt>Paper submission</dt><dd>March 3, 2026</dd>"
        "<dt>Notification (accept as spotlight, poster, or reject)</dt><dd>April 1, 2026</dd>"
        "</dl><p>All deadlines are AoE.</p>"
    )
    found = pages.parse_page(html)
    spotlight = "Notification (accept as spotlight, poster, or reject)"
    assert [(e.kind.value, e.at, e.zone, e.zone_assumed, e.label) for e in found.entries] == [
        ("paper", "2026-03-03", "AoE", False, "Paper submission"),
        ("notification", "2026-04-01", "AoE", False, spotlight),
    ]


def test_headings_are_context_rolling_deadlines_kept_and_sentences_not_deadlines() -> None:
    html = (
        "<h2>Important Dates</h2><h3>Archival Paper Submission (8 pages)</h3><ul>"
        "<li>Submissions open: January 10, 2026</li><li>Deadline: March 1, 2026</li></ul>"
        "<h3>Non-archival (4 pages)</h3>"
        "<ul><li>Rolling submission deadline: April 30, 2026</li></ul>"
        "<p>Note that authors must register before May 5, 2026 to present.</p>"
    )
    found = pages.parse_page(html)
    assert [(e.kind.value, e.at, e.label, e.track) for e in found.entries] == [
        ("paper", "2026-03-01", "Deadline", "Archival Paper Submission (8 pages)"),
        ("paper", "2026-04-30", "Rolling submission deadline", "Non-archival (4 pages)"),
    ]
    # the sentence is not read as a deadline, and says so
    assert found.problems == [
        (
            "'Note that authors must register before' (May 5, 2026): in a sentence, not a"
            " dates list; not read"
        )
    ]
