"""Spot checks of the shipped catalog: corrected dates as exact instants, and its coverage."""

from __future__ import annotations

import datetime as dt

import pytest

from deadlines import catalog
from deadlines.models import DeadlineKind, Venue

UTC = dt.UTC


@pytest.fixture(scope="module")
def shipped() -> catalog.Catalog:
    return catalog.load(overlay=False, cache=False)


def only(venue: Venue, kind: DeadlineKind):
    (found,) = [d for d in venue.edition.deadlines if d.kind is kind]
    return found


def test_cvpr2022_paper_deadline_is_the_official_one(shipped: catalog.Catalog) -> None:
    paper = only(shipped.venue("cvpr2022"), DeadlineKind.PAPER)
    # 18 Nov 2021 11:59 AM Pacific Time is PST (UTC-8): 19:59 UTC.
    assert paper.utc == dt.datetime(2021, 11, 18, 19, 59, tzinfo=UTC)
    assert paper.source == "https://cvpr2022.thecvf.com/author-guidelines"
    (tracker,) = paper.history
    assert (tracker.at, tracker.zone) == ("2021-11-16 23:59", "UTC-8")
    assert "ccfddl" in (tracker.source or "")
    registration = only(shipped.venue("cvpr2022"), DeadlineKind.ABSTRACT)
    assert registration.utc == dt.datetime(2021, 11, 10, 7, 59, tzinfo=UTC)


def test_sigir2024_abstract_deadline_is_the_official_one(shipped: catalog.Catalog) -> None:
    abstract = only(shipped.venue("sigir2024"), DeadlineKind.ABSTRACT)
    # Midnight 18 Jan 2024 AoE (UTC-12) is 11:59 UTC on 19 Jan.
    assert abstract.utc == dt.datetime(2024, 1, 19, 11, 59, tzinfo=UTC)
    assert abstract.source == "https://sigir-2024.github.io/call_for_papers.html"
    assert [h.at for h in abstract.history] == ["2024-01-19 23:59"]
    paper = only(shipped.venue("sigir2024"), DeadlineKind.PAPER)
    assert paper.utc == dt.datetime(2024, 1, 26, 11, 59, tzinfo=UTC)


@pytest.mark.parametrize(
    "series",
    ["icaps", "kr", "gecco", "ppsn", "ijcnn", "icann", "acml", "conll", "log", "cpal",
     "collas", "rlc", "chil", "facct", "inlg", "ijcnlp-aacl", "sibgrapi", "eurographics",
     "cccg", "dcc", "iswc", "bigdata", "icic", "icmi"],
)
def test_series_of_the_trackers_are_in_the_catalog(shipped: catalog.Catalog, series: str) -> None:
    editions = shipped.editions_of(series)
    assert editions, series
    assert all(v.edition.year >= 2022 for v in editions)
    assert any(v.submission_deadlines() for v in editions)


def test_rlc2026_dates_moved_on_the_official_page(shipped: catalog.Catalog) -> None:
    venue = shipped.venue("rlc2026")
    abstract = only(venue, DeadlineKind.ABSTRACT)
    # 5 Mar 2026 23:59 AoE; the struck 1 Mar, which HF still gives, is kept in history.
    assert abstract.utc == dt.datetime(2026, 3, 6, 11, 59, tzinfo=UTC)
    assert [h.at for h in abstract.history] == ["2026-03-01 23:59"]
    notification = only(venue, DeadlineKind.NOTIFICATION)
    assert notification.utc == dt.datetime(2026, 5, 6, 11, 59, tzinfo=UTC)
    assert all(d.source == "https://rl-conference.cc/callforpapers.html"
               for d in venue.edition.deadlines)


def test_3dv2026_paper_deadline_is_pacific_time(shipped: catalog.Catalog) -> None:
    paper = only(shipped.venue("3dv2026"), DeadlineKind.PAPER)
    # 18 Aug 2025 23:59 PT is PDT (UTC-7): 06:59 UTC on 19 Aug, as ccfddl's UTC-7 had it.
    assert paper.utc == dt.datetime(2025, 8, 19, 6, 59, tzinfo=UTC)
    assert (paper.zone, paper.history) == ("PT", ())


def test_interspeech2024_paper_deadline_is_the_calls_submission_date(
    shipped: catalog.Catalog,
) -> None:
    venue = shipped.venue("interspeech2024")
    paper = only(venue, DeadlineKind.PAPER)
    # ISCA's call: submission 2 Mar 2024 (no zone stated; UTC kept), update deadline 9 Mar.
    assert paper.utc == dt.datetime(2024, 3, 2, 23, 59, tzinfo=UTC)
    assert paper.zone_assumed
    assert [(h.at, "ccfddl" in (h.source or "")) for h in paper.history] == [
        ("2024-03-01 23:59", True),
        ("2024-03-09 23:59", True),
    ]
    assert not [d for d in venue.edition.deadlines if d.kind is DeadlineKind.ABSTRACT]
    update = only(venue, DeadlineKind.OTHER)
    assert (update.label, update.utc) == (
        "Paper Update Deadline", dt.datetime(2024, 3, 9, 23, 59, tzinfo=UTC)
    )


def test_icassp2026_paper_deadline_is_the_submission_sites_instant(
    shipped: catalog.Catalog,
) -> None:
    paper = only(shipped.venue("icassp2026"), DeadlineKind.PAPER)
    # 24:00 on 17 Sep 2025 at the date line (AoE) is noon UTC on 18 Sep; ccfddl had 23:59 AoE.
    assert paper.utc == dt.datetime(2025, 9, 18, 12, 0, tzinfo=UTC)
    assert paper.source == "https://cmsworkshops.com/ICASSP2026/papers.php"
    (tracker,) = paper.history
    assert (tracker.at, tracker.zone) == ("2025-09-17 23:59", "AoE")


@pytest.mark.parametrize(
    ("venue_id", "kind", "instant", "source"),
    [
        # 1 PM PDT, as the call states it; ccfddl's 20:00 UTC is the same instant.
        ("neurips2022", DeadlineKind.PAPER, dt.datetime(2022, 5, 19, 20, 0, tzinfo=UTC),
         "https://neurips.cc/Conferences/2022/CallForPapers"),
        ("icml2023", DeadlineKind.PAPER, dt.datetime(2023, 1, 26, 19, 59, tzinfo=UTC),
         "https://icml.cc/Conferences/2023/Dates"),
        ("iclr2022", DeadlineKind.PAPER, dt.datetime(2021, 10, 6, 0, 0, tzinfo=UTC),
         "https://iclr.cc/Conferences/2022/AuthorGuide"),
        ("aistats2022", DeadlineKind.ABSTRACT, dt.datetime(2021, 10, 9, 11, 59, tzinfo=UTC),
         "https://aistats.org/aistats2022/cfp.html"),
        ("acl2024", DeadlineKind.COMMITMENT, dt.datetime(2024, 4, 21, 11, 59, tzinfo=UTC),
         "https://2024.aclweb.org/calls/main_conference_papers/"),
        ("iclr2026", DeadlineKind.REBUTTAL_END, dt.datetime(2025, 12, 4, 11, 59, tzinfo=UTC),
         "https://iclr.cc/Conferences/2026/ReviewerGuide"),
        ("ijcai2026", DeadlineKind.REBUTTAL_END, dt.datetime(2026, 4, 11, 11, 59, tzinfo=UTC),
         "https://2026.ijcai.org/?p=2117"),
        ("neurips2025", DeadlineKind.REBUTTAL_END, dt.datetime(2025, 7, 31, 11, 59, tzinfo=UTC),
         "https://neurips.cc/Conferences/2025/ReviewerGuidelines"),
        ("www2026", DeadlineKind.PAPER, dt.datetime(2025, 10, 8, 11, 59, tzinfo=UTC),
         "https://www2026.thewebconf.org/calls/research-tracks.html"),
        ("ecml-pkdd2023", DeadlineKind.PAPER, dt.datetime(2023, 4, 3, 11, 59, tzinfo=UTC),
         "https://2023.ecmlpkdd.org/index.php/research-and-ads-tracks/"),
        ("icml2025", DeadlineKind.REBUTTAL_END, dt.datetime(2025, 4, 1, 11, 59, tzinfo=UTC),
         "https://icml.cc/Conferences/2025/PeerReviewFAQ"),
        ("accv2026", DeadlineKind.PAPER, dt.datetime(2026, 7, 6, 11, 59, tzinfo=UTC),
         "https://accv2026.org/submissions/author-guidelines/"),
        # the end of 20 Sep 2026 AoE, the call's table; HF's 30 Aug is kept in history
        ("emnlp2026", DeadlineKind.CAMERA_READY, dt.datetime(2026, 9, 21, 11, 59, tzinfo=UTC),
         "https://2026.emnlp.org/calls/main_conference_papers/"),
        # COLING 2027's commitment after ARR's October 2026 cycle, on its call alone
        ("coling2027", DeadlineKind.COMMITMENT, dt.datetime(2026, 12, 24, 11, 59, tzinfo=UTC),
         "https://2027.coling-iccl.org/calls/main_conference_papers/"),
    ],
)
def test_deadlines_cite_the_official_page(
    shipped: catalog.Catalog, venue_id: str, kind: DeadlineKind, instant: dt.datetime,
    source: str,
) -> None:
    deadline = only(shipped.venue(venue_id), kind)
    assert (deadline.utc, deadline.source) == (instant, source)


def test_struck_dates_on_official_pages_are_kept_in_history(shipped: catalog.Catalog) -> None:
    commitment = only(shipped.venue("naacl2022"), DeadlineKind.COMMITMENT)
    assert commitment.at == "2022-03-06"
    assert [h.at for h in commitment.history] == ["2022-03-02", "2022-03-04"]
    notification = only(shipped.venue("eacl2024"), DeadlineKind.NOTIFICATION)
    assert notification.utc == dt.datetime(2024, 1, 18, 11, 59, tzinfo=UTC)
    assert [h.at for h in notification.history] == ["2024-01-15"]


def test_aamas2023_deadlines_are_end_of_day_aoe(shipped: catalog.Catalog) -> None:
    paper = only(shipped.venue("aamas2023"), DeadlineKind.PAPER)
    # End of 28 Oct 2022 AoE; ccfddl's midnight UTC-8 was 28 hours earlier.
    assert paper.utc == dt.datetime(2022, 10, 29, 11, 59, tzinfo=UTC)
    (tracker,) = paper.history
    assert (tracker.at, tracker.zone) == ("2022-10-28 00:00", "UTC-8")


def test_aaai2022_deadlines_cite_the_call_with_its_zone(shipped: catalog.Catalog) -> None:
    venue = shipped.venue("aaai2022")
    source = "https://aaai.org/Conferences/AAAI-22/aaai22call/"
    # 11:59 PM UTC-12 on 8 Sep 2021 is 11:59 UTC on 9 Sep.
    paper = only(venue, DeadlineKind.PAPER)
    assert (paper.utc, paper.zone, paper.source) == (
        dt.datetime(2021, 9, 9, 11, 59, tzinfo=UTC), "UTC-12", source)
    supplementary = only(venue, DeadlineKind.SUPPLEMENTARY)
    assert supplementary.utc == dt.datetime(2021, 9, 12, 11, 59, tzinfo=UTC)


def test_kdd2026_second_cycle_rebuttal_ends_when_the_call_says(
    shipped: catalog.Catalog,
) -> None:
    (end,) = [d for d in shipped.venue("kdd2026").edition.deadlines
              if d.kind is DeadlineKind.REBUTTAL_END and d.track == "cycle 2"]
    # End of 18 Apr 2026 AoE; HF ai-deadlines had the 17th.
    assert end.utc == dt.datetime(2026, 4, 19, 11, 59, tzinfo=UTC)
    assert end.source == "https://kdd2026.kdd.org/ai4sciences-track-call-for-papers"
    assert [h.at for h in end.history] == ["2026-04-17 23:59"]


@pytest.mark.parametrize(
    "series",
    ["automl-conf", "clear", "l4dc", "satml", "aabi", "hri", "ro-man", "ismir", "specom",
     "starsem", "sigir-ap", "ismis", "icprai", "mipr", "evomusart"],
)
def test_series_only_paperswithcode_lists_are_in_the_catalog(
    shipped: catalog.Catalog, series: str,
) -> None:
    editions = shipped.editions_of(series)
    assert editions, series
    assert all(v.edition.year >= 2022 for v in editions)
    # editions that took place are listed so the period shows, with their dates where found
    assert any(v.submission_deadlines() for v in editions)


def test_roman2023_paper_deadline_is_the_calls(shipped: catalog.Catalog) -> None:
    paper = only(shipped.venue("ro-man2023"), DeadlineKind.PAPER)
    # End of 17 Mar 2023 UTC; paperswithcode had 31 Mar 23:59 AoE.
    assert paper.utc == dt.datetime(2023, 3, 17, 23, 59, tzinfo=UTC)
    assert paper.source == "http://ro-man2023.org/paperSubmission/callForPapers"
    (tracker,) = paper.history
    assert (tracker.at, tracker.zone) == ("2023-03-31 23:59", "AoE")


@pytest.mark.parametrize(
    ("venue_id", "kind", "instant", "source"),
    [
        ("hri2023", DeadlineKind.PAPER, dt.datetime(2022, 10, 4, 11, 59, tzinfo=UTC),
         "https://humanrobotinteraction.org/2023/full-papers/"),
        ("clear2026", DeadlineKind.PAPER, dt.datetime(2025, 12, 16, 11, 59, tzinfo=UTC),
         "https://www.cclear.cc"),
        ("l4dc2026", DeadlineKind.PAPER, dt.datetime(2025, 11, 9, 11, 59, tzinfo=UTC),
         "https://sites.google.com/usc.edu/l4dc2026"),
    ],
)
def test_new_series_cite_their_official_pages(
    shipped: catalog.Catalog, venue_id: str, kind: DeadlineKind, instant: dt.datetime,
    source: str,
) -> None:
    deadline = only(shipped.venue(venue_id), kind)
    assert (deadline.utc, deadline.source) == (instant, source)


def test_cvpr2026_abstract_deadline_is_the_area_chair_timelines(
    shipped: catalog.Catalog,
) -> None:
    abstract = only(shipped.venue("cvpr2026"), DeadlineKind.ABSTRACT)
    # End of 6 Nov 2025 AoE; HF ai-deadlines had the 7th.
    assert abstract.utc == dt.datetime(2025, 11, 7, 11, 59, tzinfo=UTC)
    assert abstract.source == "https://cvpr.thecvf.com/Conferences/2026/ACGuides"
    assert [(h.at, h.zone) for h in abstract.history] == [("2025-11-07 23:59", "AoE")]


def test_eccv2026_dates_are_11pm_cet_as_the_guidelines_state(
    shipped: catalog.Catalog,
) -> None:
    venue = shipped.venue("eccv2026")
    paper = only(venue, DeadlineKind.PAPER)
    # 11:00 PM CET on 5 Mar 2026 is 22:00 UTC, HF ai-deadlines' instant.
    assert (paper.utc, paper.zone) == (dt.datetime(2026, 3, 5, 22, 0, tzinfo=UTC), "CET")
    assert paper.source == "https://eccv.ecva.net/Conferences/2026/ACGuideLines"
    decisions = only(venue, DeadlineKind.NOTIFICATION)
    # In June the stated CET is read as the CEST instant; HF had 23:59 UTC.
    assert decisions.utc == dt.datetime(2026, 6, 17, 21, 0, tzinfo=UTC)
    assert [(h.at, h.zone) for h in decisions.history] == [("2026-06-17 23:59", "UTC")]


def test_cvpr2025_rebuttal_ends_with_30_january_pacific(shipped: catalog.Catalog) -> None:
    end = only(shipped.venue("cvpr2025"), DeadlineKind.REBUTTAL_END)
    assert end.utc == dt.datetime(2025, 1, 31, 7, 59, tzinfo=UTC)
    assert end.source == "https://cvpr2023.thecvf.com/Conferences/2025/ReviewerGuidelines"


def test_aistats2026_decisions_come_on_the_guidelines_date(shipped: catalog.Catalog) -> None:
    decisions = only(shipped.venue("aistats2026"), DeadlineKind.NOTIFICATION)
    # End of 23 Jan 2026 AoE; HF ai-deadlines had the 22nd.
    assert decisions.utc == dt.datetime(2026, 1, 24, 11, 59, tzinfo=UTC)
    assert decisions.source == "https://virtual.aistats.org/Conferences/2026/ACGuidelines"
    assert [h.at for h in decisions.history] == ["2026-01-22 23:59"]
    start = only(shipped.venue("aistats2026"), DeadlineKind.REBUTTAL_START)
    # Noon AoE on 21 Nov is midnight UTC on the 22nd, HF's instant.
    assert start.utc == dt.datetime(2025, 11, 22, 0, 0, tzinfo=UTC)


def test_interspeech2023_paper_deadline_is_the_calls_submission_date(
    shipped: catalog.Catalog,
) -> None:
    paper = only(shipped.venue("interspeech2023"), DeadlineKind.PAPER)
    # ccfddl had the 8 Mar paper update deadline, as for 2024.
    assert paper.utc == dt.datetime(2023, 3, 2, 11, 59, tzinfo=UTC)
    assert paper.source == "https://www.interspeech2023.org/call-for-papers/"
    assert [(h.at, h.zone) for h in paper.history] == [("2023-03-08 23:59", "UTC+0")]


def test_facct2026_round_one_camera_ready_is_the_camera_ready_pages(
    shipped: catalog.Catalog,
) -> None:
    venue = shipped.venue("facct2026")
    (round1, _) = sorted((d for d in venue.edition.deadlines
                          if d.kind is DeadlineKind.CAMERA_READY), key=lambda d: d.utc)
    assert round1.utc == dt.datetime(2026, 4, 25, 11, 59, tzinfo=UTC)
    assert round1.source == "https://facctconference.org/2026/cameraready.html"
    assert [h.at for h in round1.history] == ["2026-04-17 23:59"]
    # The rebuttal is due on 24 Feb; the revision deadline is not a second paper deadline.
    assert only(venue, DeadlineKind.REBUTTAL_END).utc == dt.datetime(
        2026, 2, 25, 11, 59, tzinfo=UTC)
    assert only(venue, DeadlineKind.PAPER).at == "2026-01-13 23:59"


def test_the_package_ships_the_top_level_catalog() -> None:
    """`conferences.yaml` at the top of the checkout is the one catalog: the package's file
    is a link to it, so an edit of either is an edit of both."""
    from pathlib import Path

    top = Path(__file__).resolve().parent.parent / "conferences.yaml"
    packaged = catalog.default_catalog_path()
    if not top.exists() or top.parent not in packaged.parents:
        pytest.skip("the package is installed, not run from this checkout")
    assert packaged.is_symlink()
    assert packaged.resolve() == top.resolve()


def test_mlsys2023_and_acml2023_paper_deadlines_are_the_official_ones(
    shipped: catalog.Catalog,
) -> None:
    mlsys = only(shipped.venue("mlsys2023"), DeadlineKind.PAPER)
    # Friday 28 Oct 2022, 4 pm Eastern: daylight time (UTC-4), 20:00 UTC; ccfddl read it as AoE.
    assert mlsys.utc == dt.datetime(2022, 10, 28, 20, 0, tzinfo=UTC)
    assert [(h.at, h.zone) for h in mlsys.history] == [("2022-10-28 20:00", "AoE")]
    acml = only(shipped.venue("acml2023"), DeadlineKind.PAPER)
    # extended by a week to 30 June 2023 23:59 AoE: 1 July 11:59 UTC
    assert acml.utc == dt.datetime(2023, 7, 1, 11, 59, tzinfo=UTC)
