"""Shipped catalog dates read from the venues' own sites (often their public repositories)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from deadlines import catalog
from deadlines.models import Deadline, DeadlineKind

UTC = dt.UTC


@pytest.fixture(scope="module")
def shipped() -> catalog.Catalog:
    return catalog.load(overlay=False, cache=False)


def pick(
    shipped: catalog.Catalog, venue_id: str, kind: DeadlineKind, label: str | None = None,
    track: str | None = None,
) -> Deadline:
    (found,) = [
        d for d in shipped.venue(venue_id).edition.deadlines
        if d.kind is kind and (label is None or d.label == label)
        and (track is None or d.track == track)
    ]
    return found


def test_sgp2026_first_round_is_2359_utc_as_the_site_has_it(shipped: catalog.Catalog) -> None:
    paper = pick(shipped, "sgp2026", DeadlineKind.PAPER, label="Paper submission (Round 1)")
    assert paper.utc == dt.datetime(2026, 2, 4, 23, 59, tzinfo=UTC)
    assert paper.source == "https://sgp26.org/submit/"
    # HF ai-deadlines had 22:59 UTC, an hour early.
    assert [(h.at, h.zone) for h in paper.history] == [("2026-02-04 22:59", "UTC")]
    second = pick(shipped, "sgp2026", DeadlineKind.PAPER, label="Paper submission (Round 2)")
    assert (second.utc, second.history) == (dt.datetime(2026, 4, 15, 22, 59, tzinfo=UTC), ())


def test_icaps2026_abstract_is_the_dates_pages(shipped: catalog.Catalog) -> None:
    abstract = pick(shipped, "icaps2026", DeadlineKind.ABSTRACT)
    # End of 2 Dec 2025 at UTC-12, as the dates page of February 2026 strikes it passed; the
    # site of July 2025 had 1 Dec, kept as the earlier value.
    assert abstract.utc == dt.datetime(2025, 12, 3, 11, 59, tzinfo=UTC)
    assert abstract.source == (
        "https://github.com/haz/icaps2026.github.io/blob/"
        "5d1f3f63eccc79e4dd10e0d00b8639e91fe4faa2/content/dates.md"
    )
    assert [(h.at, h.source) for h in abstract.history] == [
        ("2025-12-01 23:59", "https://icaps26.icaps-conference.org/dates/")
    ]


def test_pacificvis2025_moved_dates_keep_the_struck_ones(shipped: catalog.Catalog) -> None:
    first = pick(shipped, "pacificvis2025", DeadlineKind.NOTIFICATION,
                 label="Notification (1st round)", track="Conference track")
    assert first.utc == dt.datetime(2024, 12, 25, 11, 59, tzinfo=UTC)
    assert [h.at for h in first.history] == ["2024-12-20"]
    camera = pick(shipped, "pacificvis2025", DeadlineKind.CAMERA_READY, track="Journal track")
    assert camera.utc == dt.datetime(2025, 1, 11, 11, 59, tzinfo=UTC)
    assert [h.at for h in camera.history] == ["2025-01-06 23:59"]


@pytest.mark.parametrize(
    ("venue_id", "kind", "instant", "source"),
    [
        ("satml2025", DeadlineKind.PAPER, dt.datetime(2024, 9, 28, 11, 59, tzinfo=UTC),
         "https://satml.org/participate-cfp/"),
        ("satml2026", DeadlineKind.PAPER, dt.datetime(2025, 9, 25, 11, 59, tzinfo=UTC),
         "https://satml.org/call-for-papers/"),
        ("ieee-vis2024", DeadlineKind.PAPER, dt.datetime(2024, 4, 1, 11, 59, tzinfo=UTC),
         "https://ieeevis.org/year/2024/info/call-participation/call-for-participation"),
        ("icaps2022", DeadlineKind.PAPER, dt.datetime(2021, 12, 16, 11, 59, tzinfo=UTC),
         "https://icaps22.icaps-conference.org/cfp/"),
        ("ismir2022", DeadlineKind.PAPER, dt.datetime(2022, 5, 21, 11, 59, tzinfo=UTC),
         "https://ismir2022.ismir.net/calls/cfp"),
        ("colm2024", DeadlineKind.PAPER, dt.datetime(2024, 3, 30, 11, 59, tzinfo=UTC),
         "https://colmweb.org/past/2024/dates.html"),
        ("www2024", DeadlineKind.PAPER, dt.datetime(2023, 10, 13, 11, 59, tzinfo=UTC),
         "https://www2024.thewebconf.org/calls/research-tracks/"),
        ("ppsn2024", DeadlineKind.PAPER, dt.datetime(2024, 4, 19, 11, 59, tzinfo=UTC),
         "https://ppsn2024.fh-ooe.at/submission/"),
        ("aaai2026", DeadlineKind.PAPER, dt.datetime(2025, 8, 2, 11, 59, tzinfo=UTC),
         "https://aaai.org/conference/aaai/aaai-26/"),
        ("uai2022", DeadlineKind.CAMERA_READY, dt.datetime(2022, 6, 18, 11, 59, tzinfo=UTC),
         "http://www.auai.org/uai2022/camera_ready"),
    ],
)
def test_deadlines_cite_the_venues_site(
    shipped: catalog.Catalog, venue_id: str, kind: DeadlineKind, instant: dt.datetime,
    source: str,
) -> None:
    deadline = pick(shipped, venue_id, kind)
    assert (deadline.utc, deadline.source) == (instant, source)


def test_editions_missing_from_the_trackers_come_from_their_sites(
    shipped: catalog.Catalog,
) -> None:
    aabi = pick(shipped, "aabi2025", DeadlineKind.PAPER, label="Proceedings and workshop tracks")
    # Extended to 14 Feb 2025 AoE; the first-announced 7 Feb is kept.
    assert aabi.utc == dt.datetime(2025, 2, 15, 11, 59, tzinfo=UTC)
    assert [h.at for h in aabi.history] == ["2025-02-07 23:59"]
    sgp2023 = pick(shipped, "sgp2023", DeadlineKind.ABSTRACT)
    assert sgp2023.utc == dt.datetime(2023, 4, 7, 23, 59, tzinfo=UTC)
    sgp2024 = pick(shipped, "sgp2024", DeadlineKind.PAPER)
    assert (sgp2024.utc, sgp2024.source) == (
        dt.datetime(2024, 4, 12, 23, 59, tzinfo=UTC), "https://sgp2024.github.io/submit/")


CORPUS = Path(__file__).parent / "data" / "html" / "corpus"
_COPIED_FROM = re.compile(
    r"copy of (\S+) .*?repository ([\w.-]+/[\w.-]+), commit ([0-9a-f]{40})", re.DOTALL
)
_BLOB = re.compile(r"https://github\.com/([\w.-]+/[\w.-]+)/blob/([0-9a-f]{40})/(\S+)")


def _utc(at: str, zone: str) -> dt.datetime:
    stated = Deadline(kind=DeadlineKind.PAPER, at=at, zone=zone, source="https://corpus.test")
    return stated.utc.replace(second=0)


def _truth_papers(truth: Path) -> tuple[int, set[dt.datetime]]:
    """The edition's year and the paper deadlines (UTC) a corpus page's truth file lists."""
    year, papers = 0, set()
    for line in truth.read_text(encoding="utf-8").splitlines():
        if line.startswith("# year:"):
            year = int(line.split(":")[1])
        if not line.strip() or line.startswith("#"):
            continue
        kind, _label, _track, at, zone, _struck = (part.strip() for part in line.split("|"))
        if kind == "paper":
            papers.add(_utc(at, "AoE" if zone == "-" else zone))
    return year, papers


# Editions whose catalog entry reads its page otherwise, each saying why in its notes.
READ_OTHERWISE = {
    "clear-ai2025",  # the page's journal special section is a journal call, left out
    "ddl2026",  # the page's "July 6, 2025" for an August 2026 workshop is read as 2026
    "biovis2024",  # only the Bio+MedVis Challenge at IEEE VIS; the ISMB COSI tracks are left out
}


def test_workshops_read_from_corpus_pages_keep_their_paper_deadlines(
    shipped: catalog.Catalog,
) -> None:
    """An edition cited to the commit of a saved test page holds every paper deadline the
    page's truth lists, as its date or as an earlier one."""
    truths: dict[tuple[str, str, str], list[Path]] = {}
    for copied in CORPUS.glob("*.source.txt"):
        if found := _COPIED_FROM.search(copied.read_text(encoding="utf-8")):
            key = (found[2].lower(), found[3], found[1])
            truths.setdefault(key, []).append(copied.with_name(copied.name[:-11] + ".truth"))
    checked = 0
    for venue in shipped:
        cited = _BLOB.match(venue.edition.source or "")
        for truth in truths.get((cited[1].lower(), cited[2], cited[3]), []) if cited else []:
            year, papers = _truth_papers(truth)
            if year != venue.edition.year or not papers or venue.id in READ_OTHERWISE:
                continue
            ours = [d for d in venue.edition.deadlines if d.kind is DeadlineKind.PAPER]
            kept = {d.utc.replace(second=0) for d in ours} | {
                _utc(h.at, h.zone or d.zone) for d in ours for h in d.history
            }
            assert papers <= kept, (venue.id, truth.name, sorted(papers - kept))
            checked += 1
    assert checked >= 240
