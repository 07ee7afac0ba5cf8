"""What the important-dates reader finds on one page: `deadlines extract PAGE.html|URL`.

A lab checks its own workshop's page before adding it as a refresh source: every dated item
with its kind, label, track, the date and time as the page states them, the zone (and whether
it was assumed), the UTC instant, the struck earlier values, and whatever the reader could not
make sense of.
"""

from __future__ import annotations

import asyncio
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from deadlines.config import RefreshSettings
from deadlines.errors import DeadlinesError, UsageError
from deadlines.sources.pages import Entry, PageDates

ASSUMED_ZONE = "AoE"  # what a date with no stated zone is read in, as `refresh` does


class ExtractError(DeadlinesError):
    """A page that could not be read: a missing file or a failed fetch."""


@dataclass(frozen=True)
class Item:
    """One dated item of a page, as stated and as an instant."""

    kind: str  # a deadline kind ('paper', 'notification'…), 'challenge' or 'event'
    label: str
    track: str | None
    date: str  # YYYY-MM-DD as stated (the first day, for an event)
    time: str | None  # HH:MM as stated; None means the end of the day
    zone: str | None
    zone_assumed: bool
    utc: str | None  # YYYY-MM-DDTHH:MMZ
    struck: tuple[str, ...] = ()  # earlier values, oldest first, as stated
    end: str | None = None  # the last day of an event
    note: str | None = None  # an assumption the conversion to UTC made


@dataclass
class Extraction:
    source: str
    items: list[Item] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def read_source(source: str, settings: RefreshSettings | None = None) -> bytes:
    """The bytes of a saved page, or of a URL fetched as a refresh would (robots.txt, delay,
    timeouts and size cap from the config's [refresh] table)."""
    if source.startswith(("http://", "https://")):
        return _fetch(source, settings or RefreshSettings())
    path = Path(source)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ExtractError(f"{source}: {exc.strerror or exc}") from None


def _fetch(url: str, settings: RefreshSettings) -> bytes:
    from deadlines import http

    policy = http.Policy(
        delay=settings.delay,
        timeout=settings.timeout,
        retries=settings.retries,
        max_bytes=settings.max_bytes,
    )

    async def get() -> bytes:
        async with http.Fetcher(policy) as fetcher:
            return (await fetcher.get(url)).body

    try:
        return asyncio.run(get())
    except http.FetchError as exc:
        raise ExtractError(str(exc)) from None


def extract(body: bytes, source: str, *, year: int | None = None) -> Extraction:
    """Read a page's important dates into items, each with its UTC instant."""
    from deadlines.sources import pages

    if year is not None and not 1970 <= year <= 2100:
        raise UsageError(f"--year {year}: not a plausible edition year")
    if b"\x00" in body[:4096] and not body.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ExtractError(f"{source}: binary data, not a web page")
    found = pages.parse_page(body, year=year)
    out = Extraction(source, problems=list(found.problems))
    for entry in found.entries:
        item, problem = _item(entry, source)
        out.items.append(item)
        if problem:
            out.problems.append(problem)
    out.items.extend(_event(found))
    if any("has no year" in p for p in out.problems) and year is None:
        out.problems.append("dates without a year were skipped; give the edition's --year")
    if not out.items and not out.problems:
        out.problems.append(_nothing_read(body, year))
    return out


def _nothing_read(body: bytes, year: int | None) -> str:
    """Why a page gave no items and said nothing: no dates at all, or dated lines none of
    which names a step this reader knows (a page in a language it does not read, say)."""
    from deadlines.sources import dates
    from deadlines.sources.pages.lines import page_lines

    dated = [line.plain for line in page_lines(body) if dates.find_dates(line.plain, year)]
    if not dated:
        return "no dates found: is this the page with the important dates?"
    first = dated[0] if len(dated[0]) <= _QUOTED else dated[0][:_QUOTED] + "…"
    return (
        f"{len(dated)} dated line{'s' if len(dated) > 1 else ''}, none read as a deadline "
        f"(the first: {first!r}): in news or sentences, or under labels this reader does not know"
    )


_QUOTED = 60


def _citation(source: str) -> str:
    """A URL for `source`: itself when fetched, a ``file://`` URI for a saved page."""
    if source.lower().startswith(("http://", "https://")):
        return source
    from pathlib import Path

    return Path(source).resolve().as_uri()


def _item(entry: Entry, source: str) -> tuple[Item, str | None]:
    from deadlines.models import Deadline

    date, _, time = entry.at.partition(" ")
    zone = entry.zone or ASSUMED_ZONE
    struck = tuple(f"{at} {z}" if z else at for at, z in entry.history)
    kind = "challenge" if entry.challenge else entry.kind.value
    utc, note, problem = None, None, None
    try:
        deadline = Deadline(
            kind=entry.kind, at=entry.at, zone=zone, zone_assumed=entry.zone is None,
            source=_citation(source),
        )
    except ValueError as exc:
        problem = f"{entry.label!r}: {entry.at} {zone} has no instant ({_first_line(exc)})"
    else:
        utc, note = f"{deadline.utc:%Y-%m-%dT%H:%MZ}", deadline.zone_note
    item = Item(
        kind,
        entry.label,
        entry.track,
        date,
        time or None,
        entry.zone,
        entry.zone is None,
        utc,
        struck,
        note=note,
    )
    return item, problem


def _first_line(exc: Exception) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[-1] if lines else type(exc).__name__


def _event(found: PageDates) -> list[Item]:
    if found.start is None:
        return []
    end = found.end if found.end and found.end != found.start else None
    return [
        Item(
            kind="event",
            label="the event itself",
            track=None,
            date=f"{found.start:%Y-%m-%d}",
            time=None,
            zone=None,
            zone_assumed=False,
            utc=None,
            end=f"{end:%Y-%m-%d}" if end else None,
        )
    ]


def as_json(extraction: Extraction) -> list[dict[str, Any]]:
    """One object per item, then one per problem (kind 'problem'), in reading order."""
    rows: list[dict[str, Any]] = []
    for item in extraction.items:
        row = asdict(item)
        row["struck"] = list(item.struck)
        rows.append(row)
    rows.extend({"kind": "problem", "message": p} for p in extraction.problems)
    return rows


def format_text(extraction: Extraction) -> str:
    """A table of the items, their struck values and notes, then the problems."""
    items, problems = extraction.items, extraction.problems
    lines = [
        f"{extraction.source}: {_count(len(items), 'item')}, {_count(len(problems), 'problem')}"
    ]
    width = max([13, *(len(item.kind) for item in items)])  # review_release is 14
    if items:
        lines.append(
            f"  {'KIND':<{width}} {'LABEL':<36} {'TRACK':<20} {'AS STATED':<17} {'ZONE':<16} UTC"
        )
    for item in items:
        stated = item.date + (f" {item.time}" if item.time else "")
        if item.kind == "event":
            stated += f" to {item.end}" if item.end else ""
            lines.append(f"  {item.kind:<{width}} {item.label}: {stated}")
            continue
        if item.time is None:
            stated += " (end)"
        zone = f"{item.zone or ASSUMED_ZONE}{' (assumed)' if item.zone_assumed else ''}"
        utc = item.utc.replace("T", " ").replace("Z", "") if item.utc else "-"
        lines.append(
            f"  {item.kind:<{width}} {_cut(item.label, 36)} {_cut(item.track or '-', 20)} "
            f"{stated:<17} {zone:<16} {utc}"
        )
        lines.extend(f"  {'':<{width}} struck: {value}" for value in item.struck)
        if item.note:
            lines.append(f"  {'':<{width}} note: {item.note}")
    lines.extend(f"problem: {p}" for p in problems)
    return "\n".join(lines)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _cut(text: str, width: int) -> str:
    """`text` in `width` columns of a terminal, cut with '…' or padded: a Chinese or Japanese
    character takes two ('論文投稿截稿')."""
    cells = [2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text]
    if sum(cells) > width:
        used, end = 0, 0
        while used + cells[end] <= width - 1:
            used += cells[end]
            end += 1
        text, cells = text[:end] + "…", [*cells[:end], 1]
    return text + " " * (width - sum(cells))
