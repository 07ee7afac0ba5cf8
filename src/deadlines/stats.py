"""Catalog counts (`deadlines list --stats`) and tracker-only citations (`validate --strict`).

A date read from another tracker's dataset is second-hand: trackers copy each other and their
errors with them. Both reports tell such citations apart from official pages by the source
URL, so the remaining curation work is visible.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from deadlines.catalog import LoadedFile, Problem
from deadlines.models import Venue, VenueKind

# Other deadline trackers and aggregators, by the URLs their data is cited with.
_TRACKER_URLS = {
    "ccfddl": r"github\.com/ccfddl/|ccfddl\.(github\.io|com)\b",
    "HF ai-deadlines": r"(github\.com|huggingface\.co/spaces)/huggingface/ai-deadlines\b",
    "paperswithcode": r"github\.com/paperswithcode/ai-deadlines\b|aideadlin\.es\b",
    "WikiCFP": r"(www\.)?wikicfp\.com\b",
    "cvprworkshopradar": r"github\.com/Gabrysse/cvprworkshopradar\b",
}
TRACKERS = tuple(
    (name, re.compile(rf"^https?://({pattern})", re.IGNORECASE))
    for name, pattern in _TRACKER_URLS.items()
)


LOCAL = "local files"  # file:// sources: a tracker's dataset imported without --source-base


def tracker_of(url: str | None) -> str | None:
    """Name the tracker a source URL belongs to, or None for any other page.

    A `file:` URI is no venue's page either: `deadlines import` cites the dataset's files so
    when no `--source-base` is given, and those are counted apart as local files.
    """
    if not url:
        return None
    url = url.strip()
    if url[:5].lower() == "file:":
        return LOCAL
    return next((name for name, pattern in TRACKERS if pattern.match(url)), None)


def tracker_citations(files: Iterable[LoadedFile]) -> list[Problem]:
    """One problem per announced deadline whose `source` is another tracker, at its line."""
    found = []
    for loaded in files:
        for i, series in enumerate(loaded.catalog.series):
            for j, edition in enumerate(series.editions):
                for k, deadline in enumerate(edition.deadlines):
                    tracker = tracker_of(deadline.source)
                    if deadline.estimated or tracker is None:
                        continue
                    line = loaded.line("series", i, "editions", j, "deadlines", k, "source")
                    what = deadline.kind.value + (f" ({deadline.track})" if deadline.track else "")
                    found.append(
                        Problem(
                            loaded.path,
                            line,
                            f"{edition.id} {what} cites only a tracker ({tracker}); "
                            "cite the venue's own page",
                        )
                    )
    return found


@dataclass
class Sources:
    """Announced deadlines by where they were read."""

    deadlines: int = 0
    official: int = 0
    trackers: Counter[str] = field(default_factory=Counter)

    def add(self, url: str | None) -> None:
        self.deadlines += 1
        tracker = tracker_of(url)
        if tracker is None:
            self.official += 1
        else:
            self.trackers[tracker] += 1

    @property
    def tracked(self) -> int:
        return sum(self.trackers.values())


@dataclass(frozen=True)
class HostYear:
    """Workshops held at one host edition."""

    host: str  # the host edition's id, e.g. cvpr2026
    name: str  # e.g. CVPR 2026
    workshops: int
    with_dates: int
    no_papers: int = 0  # workshops that take no papers (no call): none of them has dates


@dataclass(frozen=True)
class KindStats:
    series: int
    editions: int
    with_dates: int
    sources: Sources


@dataclass(frozen=True)
class CatalogStats:
    """Counts of a set of venues, in total and per kind."""

    total: KindStats
    kinds: dict[VenueKind, KindStats]
    hosts: list[HostYear]


def _has_dates(venue: Venue) -> bool:
    return any(not d.estimated for d in venue.edition.deadlines)


def _kind_stats(venues: Sequence[Venue]) -> KindStats:
    sources = Sources()
    for venue in venues:
        for deadline in venue.edition.deadlines:
            if not deadline.estimated:
                sources.add(deadline.source)
    return KindStats(
        series=len({v.series.id for v in venues}),
        editions=len(venues),
        with_dates=sum(_has_dates(v) for v in venues),
        sources=sources,
    )


def catalog_stats(venues: Iterable[Venue], known: Mapping[str, Venue]) -> CatalogStats:
    """Count series, editions, announced deadlines and their sources, and workshops per host.

    Estimated deadlines are not counted: they are the estimator's, not the catalog's.
    `known` looks up host editions by id, for their names.
    """
    chosen = list(venues)
    kinds = {
        kind: _kind_stats([v for v in chosen if v.kind is kind]) for kind in VenueKind
    }
    by_host: dict[str, list[Venue]] = {}
    for venue in chosen:
        if venue.kind is VenueKind.WORKSHOP and venue.edition.parent:
            by_host.setdefault(venue.edition.parent, []).append(venue)
    hosts = [
        HostYear(
            host=host,
            name=known[host].name if host in known else host,
            workshops=len(found),
            with_dates=sum(_has_dates(v) for v in found),
            no_papers=sum(v.edition.papers is False for v in found),
        )
        for host, found in by_host.items()
    ]
    hosts.sort(key=lambda h: (h.name.lower(), h.host))
    return CatalogStats(total=_kind_stats(chosen), kinds=kinds, hosts=hosts)


def _share(part: int, whole: int) -> str:
    return f"{part} of {whole} ({round(100 * part / whole)}%)" if whole else f"{part} of 0"


def _sources_line(sources: Sources) -> str:
    trackers = ", ".join(f"{name} {n}" for name, n in sorted(
        sources.trackers.items(), key=lambda item: (-item[1], item[0].lower())
    ))
    return (
        f"official pages {_share(sources.official, sources.deadlines)}, "
        f"trackers {_share(sources.tracked, sources.deadlines)}"
        + (f": {trackers}" if trackers else "")
    )


def format_stats(stats: CatalogStats) -> str:
    """The `deadlines list --stats` text."""
    total = stats.total
    conf, work = stats.kinds[VenueKind.CONFERENCE], stats.kinds[VenueKind.WORKSHOP]
    lines = [
        f"series        {total.series} ({conf.series} conferences, {work.series} workshops)",
        f"editions      {total.editions} ({conf.editions} conferences, {work.editions} workshops)",
        (f"with dates    {_share(total.with_dates, total.editions)}; conferences "
        f"{_share(conf.with_dates, conf.editions)}, workshops "
        f"{_share(work.with_dates, work.editions)}"),
        (f"deadlines     {total.sources.deadlines} announced "
        f"({conf.sources.deadlines} of conferences, {work.sources.deadlines} of workshops)"),
        f"cited from    {_sources_line(total.sources)}",
        f"  conferences {_sources_line(conf.sources)}",
        f"  workshops   {_sources_line(work.sources)}",
    ]
    if stats.hosts:
        width = max(len("HOST"), *(len(h.name) for h in stats.hosts))
        lines += ["", f"{'HOST':<{width}}  WORKSHOPS  WITH DATES"]
        lines += [
            f"{h.name:<{width}}  {h.workshops:<9}  {_share(h.with_dates, h.workshops)}"
            + (f"; {h.no_papers} take no papers" if h.no_papers else "")
            for h in stats.hosts
        ]
    return "\n".join(lines)


def _sources_json(sources: Sources) -> dict[str, Any]:
    return {
        "deadlines": sources.deadlines,
        "official": sources.official,
        "trackers": sources.tracked,
        "by_tracker": dict(sorted(sources.trackers.items())),
    }


def _kind_json(stats: KindStats) -> dict[str, Any]:
    return {
        "series": stats.series,
        "editions": stats.editions,
        "editions_with_dates": stats.with_dates,
        "sources": _sources_json(stats.sources),
    }


def stats_json(stats: CatalogStats) -> dict[str, Any]:
    """The `deadlines list --stats --json` object: counts only; shares are for the reader."""
    return {
        **_kind_json(stats.total),
        "conferences": _kind_json(stats.kinds[VenueKind.CONFERENCE]),
        "workshops": _kind_json(stats.kinds[VenueKind.WORKSHOP]),
        "hosts": [
            {
                "host": h.host,
                "name": h.name,
                "workshops": h.workshops,
                "with_dates": h.with_dates,
                "no_papers": h.no_papers,
            }
            for h in stats.hosts
        ],
    }
