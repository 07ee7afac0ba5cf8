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
