"""Refresh: fetch every source, parse it, merge the result into the scraped overlay, report.

The overlay (``scraped.yaml`` in the data directory) is machine-owned and cumulative: a
source that fails this time keeps what it gave last time, and a deadline that moved keeps
its earlier value in `history`. The curated catalog is never written; where a scraped value
differs from a curated one the report says so, and the curated value wins when the two are
merged at load (`catalog.apply_overlay`).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import fcntl
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from deadlines import catalog as catalog_
from deadlines import http
from deadlines.config import RefreshSettings, SourceSpec
from deadlines.errors import DeadlinesError, UsageError
from deadlines.fsutil import atomic_write
from deadlines.models import CatalogFile, Deadline, DeadlineKind, Series
from deadlines.sources import Parsed, ParseError, aideadlines, ccfddl, cvf, pages, wikicfp
from deadlines.sources import make_deadline as _make_deadline

# Which source wins when two disagree: a venue's own page, then the CVF, then datasets.
PRIORITY = {
    "page": 0,
    "cvf-dates": 1,
    "cvf-workshops": 2,
    "ai-deadlines": 3,
    "ccfddl": 4,
    "wikicfp": 5,
}
HEADER = (
    "# Written by `deadlines refresh`: machine-owned, rewritten on every refresh.\n"
    "# Curated values (conferences.yaml, your catalogs) win over these when merged.\n"
)

# Called with (url, pages done, pages in all) when a page starts, and again when it ends.
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Moved:
    venue: str
    kind: str
    track: str | None
    old: str
    new: str
    source: str


@dataclass(frozen=True)
class Conflict:
    venue: str
    kind: str
    track: str | None
    kept: str  # 'curated 2027-03-07 23:59 AoE' or the winning source's value
    other: str
    why: str  # 'sources disagree' / 'curated value differs'


@dataclass
class SourceOutcome:
    name: str
    type: str
    pages: int = 0
    not_modified: int = 0
    editions: int = 0
    error: str | None = None
    problems: list[str] = field(default_factory=list)


@dataclass
class Report:
    """What a refresh found and did."""

    sources: list[SourceOutcome] = field(default_factory=list)
    new_venues: list[str] = field(default_factory=list)
    moved: list[Moved] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    filled: list[str] = field(default_factory=list)  # 'cvpr2026 camera_ready'
    overlay: str = ""
    written: bool = False
    dry_run: bool = False

    @property
    def failed(self) -> list[SourceOutcome]:
        return [s for s in self.sources if s.error is not None]

    @property
    def partial(self) -> bool:
        return bool(self.failed)

    def as_json(self) -> dict[str, Any]:
        return {
            "overlay": self.overlay,
            "written": self.written,
            "dry_run": self.dry_run,
            "partial": self.partial,
            "new_venues": self.new_venues,
            "moved": [m.__dict__ for m in self.moved],
            "conflicts": [c.__dict__ for c in self.conflicts],
            "filled": self.filled,
            "sources": [
                {k: v for k, v in s.__dict__.items() if k != "problems"}
                | {"problems": len(s.problems)}
                for s in self.sources
            ],
        }


# --- the lock ---------------------------------------------------------------------------


@contextlib.contextmanager
def locked(directory: Path, *, wait: float = 600.0, poll: float = 0.2) -> Iterator[None]:
    """Hold ``refresh.lock`` in `directory`; a second refresh waits for the first."""
    import time

    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd = os.open(directory / "refresh.lock", os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise DeadlinesError(
            f"{directory}: cannot create the refresh lock: {exc.strerror}"
        ) from None
    try:
        waited = 0.0
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if waited >= wait:
                    raise DeadlinesError(
                        f"{directory / 'refresh.lock'}: another refresh has held the lock for "
                        f"{wait:.0f} s; try again later"
                    ) from None
                time.sleep(poll)
                waited += poll
        yield
    finally:
        os.close(fd)  # closing releases the lock


# --- parsing one source --------------------------------------------------------------------


def _venue_year(venue: str) -> tuple[str, int]:
    digits = venue[-4:]
    if not digits.isdigit():
        raise ParseError(f"venue {venue!r} does not end in a year")
    return venue[:-4].rstrip("-_") or venue, int(digits)


def parse_source(
    spec: SourceSpec, bodies: list[tuple[str, bytes]], known: catalog_.Catalog
) -> Parsed:
    """Turn a source's fetched pages into catalog-shaped series (pure: no I/O)."""
    out = Parsed()
    for url, body in bodies:
        if spec.type in {"ccfddl", "ai-deadlines"}:
            parse = ccfddl.parse if spec.type == "ccfddl" else aideadlines.parse
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError:
                raise ParseError("not UTF-8 text") from None
            part = parse(text, source=url)
        elif spec.type == "wikicfp":
            if "event.showcfp" in url:
                events = [wikicfp.parse_event(body, url=url)]
            else:
                events = wikicfp.parse_listing(body, url=url)
            part = wikicfp.to_catalog(events)
        elif spec.type == "cvf-workshops":
            assert spec.parent is not None
            series, _ = _venue_year(spec.parent)
            part = cvf.workshops_to_catalog(
                cvf.parse_workshop_list(body),
                parent=spec.parent,
                parent_series=series,
                source=url,
                zone=spec.zone or "AoE",
            )
        else:
            part = _page(spec, url, body, known)
        out.series.extend(part.series)
        out.problems.extend(f"{url}: {p}" for p in part.problems)
        out.skipped += part.skipped
    return out


def _page(spec: SourceSpec, url: str, body: bytes, known: catalog_.Catalog) -> Parsed:
    assert spec.venue is not None
    guess, year = _venue_year(spec.venue)
    found = (
        cvf.parse_dates(body, year=year)
        if spec.type == "cvf-dates"
        else pages.parse_page(body, year=year)
    )
    out = Parsed(problems=list(found.problems))
    if not found.entries:
        raise ParseError("no deadlines found on the page")
    prior = known.venues.get(spec.venue)
    sid = spec.series or (prior.series.id if prior else guess)
    parent = spec.parent or (prior.edition.parent if prior else None)
    where = spec.venue
    deadlines = []
    for entry in found.entries:
        zone = entry.zone or spec.zone or "AoE"
        history = [
            {
                "at": at,
                **({"zone": z} if z and z != zone else {}),
                "source": url,
                "note": "struck out on the page",
            }
            for at, z in entry.history
        ]
        data, problems = _make_deadline(
            where,
            entry.kind,
            entry.at,
            zone,
            url,
            zone_assumed=entry.zone is None,
            track=entry.track,
            label=entry.label or None,
            history=history or None,
        )
        out.problems.extend(problems)
        if data is not None:
            deadlines.append(data)
    edition: dict[str, Any] = {"year": year, "id": spec.venue, "url": url, "source": url}
    if parent:
        edition["parent"] = parent
    if found.start and found.end and found.end >= found.start:
        edition["start"], edition["end"] = found.start, found.end
    result, problems = _finish(where, edition, deadlines)
    out.problems.extend(problems)
    if result is None:
        raise ParseError(problems[0] if problems else "no usable deadlines")
    name = spec.title or (prior.series.name if prior else sid.upper())
    kind = "workshop" if parent else "conference"
    out.series.append({"id": sid, "name": name, "kind": kind, "editions": [result]})
    return out


def _finish(
    where: str, edition: dict[str, Any], deadlines: list[dict[str, Any]]
) -> tuple[dict[str, Any] | None, list[str]]:
    from deadlines.sources import finish_edition

    return finish_edition(where, edition, deadlines)


# --- merging -------------------------------------------------------------------------------


def _key(deadline: dict[str, Any]) -> tuple[str, str | None]:
    return deadline["kind"], deadline.get("track")


def _model(deadline: dict[str, Any]) -> Deadline:
    return Deadline.model_validate(deadline)


def _stated(deadline: dict[str, Any] | Deadline) -> str:
    model = deadline if isinstance(deadline, Deadline) else _model(deadline)
    return model.stated()


def _aliases(known: catalog_.Catalog) -> dict[str, str]:
    """Map lower-cased names and full names of known series to their ids."""
    names: dict[str, str] = {}
    for sid, series in known.series.items():
        for name in (series.name, series.full_name):
            if name:
                names.setdefault(name.strip().lower(), sid)
    return names


def _adopt(series: dict[str, Any], known: catalog_.Catalog, names: dict[str, str]) -> None:
    """Give a scraped series the id of the known series it is (by id, name or full name)."""
    sid = series["id"]
    if sid in known.series:
        return
    target = names.get(str(series.get("name", "")).strip().lower()) or names.get(
        str(series.get("full_name", "")).strip().lower()
    )
    if target is None:
        return
    for edition in series["editions"]:
        if edition.get("id") in (None, f"{sid}{edition['year']}"):
            edition["id"] = f"{target}{edition['year']}"
    series["id"] = target


def _overlay_series(path: Path) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """Read the previous overlay as plain data; a broken one is set aside, not lost."""
    if not path.exists():
        return {}, []
    try:
        loaded = catalog_.load_file(path)
    except DeadlinesError as exc:
        aside = path.with_suffix(".yaml.bad")
        with contextlib.suppress(OSError):
            path.replace(aside)
        return {}, [f"previous overlay unreadable ({exc}); moved to {aside.name}"]
    data = loaded.catalog.model_dump(mode="json", exclude_defaults=True)
    return {s["id"]: s for s in data.get("series", [])}, []


def merge(
    previous: dict[str, dict[str, Any]],
    scraped: list[tuple[SourceSpec, Parsed]],
    known: catalog_.Catalog,
    report: Report,
    today: dt.date,
) -> dict[str, dict[str, Any]]:
    """Combine this refresh's sources with the previous overlay; fill in the report."""
    names = _aliases(known)
    # edition id -> key -> [(priority, source name, deadline)]
    offers: dict[str, dict[tuple[str, str | None], list[tuple[int, str, dict[str, Any]]]]] = {}
    # edition id -> (series, edition, rank of its source)
    editions: dict[str, tuple[dict[str, Any], dict[str, Any], int]] = {}
    for order, (spec, parsed) in enumerate(scraped):
        rank = PRIORITY[spec.type] * 100 + order
        for series in parsed.series:
            _adopt(series, known, names)
            for edition in series["editions"]:
                eid = edition.get("id") or f"{series['id']}{edition['year']}"
                edition["id"] = eid
                if eid not in editions or rank < editions[eid][2]:
                    editions[eid] = (series, edition, rank)
                for deadline in edition.get("deadlines", []):
                    deadline.setdefault("zone", edition.get("timezone"))
                    offers.setdefault(eid, {}).setdefault(_key(deadline), []).append(
                        (rank, spec.name, deadline)
                    )
    overlay = {sid: {**s, "editions": list(s.get("editions", []))} for sid, s in previous.items()}
    old_index = {
        e.get("id") or f"{sid}{e['year']}": (sid, e)
        for sid, s in overlay.items()
        for e in s["editions"]
    }
    for eid in sorted(editions):
        series, edition, _ = editions[eid]
        sid = series["id"]
        chosen: list[dict[str, Any]] = []
        for key, items in sorted(
            offers.get(eid, {}).items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
        ):
            items.sort(key=lambda item: item[0])
            _, winner_source, winner = items[0]
            for _, other_source, other in items[1:]:
                if _model(other).utc != _model(winner).utc:
                    report.conflicts.append(
                        Conflict(
                            eid,
                            key[0],
                            key[1],
                            f"{_stated(winner)} ({winner_source})",
                            f"{_stated(other)} ({other_source})",
                            "sources disagree",
                        )
                    )
            chosen.append({**winner, "_source": winner_source})
        prev_sid, prev_edition = old_index.get(eid, (None, None))
        new_edition = _moved(eid, prev_edition, chosen, report, today)
        for name in ("url", "location", "start", "end", "parent", "source", "archival"):
            if edition.get(name) is not None:
                new_edition[name] = edition[name]
        new_edition.setdefault("year", edition["year"])
        new_edition["id"] = eid
        if prev_sid is not None and prev_sid != sid:
            overlay[prev_sid]["editions"] = [
                e for e in overlay[prev_sid]["editions"] if e.get("id") != eid
            ]
        target = overlay.setdefault(
            sid, {k: v for k, v in series.items() if k != "editions"} | {"editions": []}
        )
        target["editions"] = [
            e for e in target["editions"] if (e.get("id") or f"{sid}{e['year']}") != eid
        ] + [new_edition]
        _against_curated(eid, new_edition, known, prev_edition is None, report)
    return {sid: s for sid, s in overlay.items() if s["editions"]}


def _moved(
    eid: str,
    previous: dict[str, Any] | None,
    chosen: list[dict[str, Any]],
    report: Report,
    today: dt.date,
) -> dict[str, Any]:
    """Build the edition's deadlines; a value that changed since last time keeps the old."""
    old = {_key(d): d for d in (previous or {}).get("deadlines", [])}
    if previous is not None:
        zone = previous.get("timezone")
        for d in old.values():
            d.setdefault("zone", zone)
    result = {k: v for k, v in (previous or {}).items() if k not in {"deadlines", "timezone"}}
    merged: dict[tuple[str, str | None], dict[str, Any]] = dict(old)
    for offer in chosen:
        source = offer.pop("_source")
        key = _key(offer)
        before = old.get(key)
        new = dict(offer)
        if before is None:
            new["seen"] = today.isoformat()  # for the digest: announced since its last run
        elif before.get("seen"):
            new["seen"] = before["seen"]
        history = list(new.get("history", []))
        if before is not None:
            kept = [h for h in before.get("history", []) if h not in history]
            history = kept + history
            if _model(before).utc != _model(new).utc:
                history.append(
                    {
                        "at": before["at"],
                        **({"zone": before["zone"]} if before["zone"] != new["zone"] else {}),
                        "source": before.get("source"),
                        "note": f"until the refresh of {today}",
                        "recorded": today.isoformat(),
                    }
                )
                report.moved.append(
                    Moved(eid, key[0], key[1], _stated(before), _stated(new), source)
                )
        elif history:  # first seen, and the page shows it already moved
            last = history[-1]
            was = {**new, "at": last["at"], "zone": last.get("zone", new["zone"]), "history": []}
            report.moved.append(Moved(eid, key[0], key[1], _stated(was), _stated(new), source))
        if history:
            new["history"] = _dedupe_history(history)
        merged[key] = new
    order = list(DeadlineKind)
    result["deadlines"] = sorted(
        merged.values(),
        key=lambda d: (_model(d).utc, order.index(DeadlineKind(d["kind"])), d.get("track") or ""),
    )
    return result


def _dedupe_history(history: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[tuple[str, str | None]] = set()
    out = []
    for item in history:
        key = (item["at"], item.get("zone"))
        if key not in seen:
            seen.add(key)
            out.append({k: v for k, v in item.items() if v is not None})
    return out


def _against_curated(
    eid: str, edition: dict[str, Any], known: catalog_.Catalog, first_time: bool, report: Report
) -> None:
    venue = known.venues.get(eid)
    if venue is None:
        if first_time:
            report.new_venues.append(eid)
        return
    curated = {(d.kind.value, d.track): d for d in venue.edition.deadlines}
    for deadline in edition["deadlines"]:
        key = _key(deadline)
        mine = curated.get(key)
        if mine is None:
            if first_time:
                report.filled.append(f"{eid} {key[0]}" + (f" ({key[1]})" if key[1] else ""))
        elif mine.estimated:
            report.filled.append(f"{eid} {key[0]} (replaces an estimate)")
        elif mine.utc != _model(deadline).utc:
            report.conflicts.append(
                Conflict(
                    eid,
                    key[0],
                    key[1],
                    f"curated {mine.stated()}",
                    f"{_stated(deadline)} ({deadline.get('source')})",
                    "curated value differs; curated kept",
                )
            )


def to_yaml(overlay: dict[str, dict[str, Any]]) -> str:
    """Validate the overlay and write it as byte-stable YAML."""
    from deadlines.importer import to_yaml as dump

    series = []
    for sid in sorted(overlay):
        data = dict(overlay[sid])
        data["editions"] = sorted(data["editions"], key=lambda e: (e["year"], e.get("id", "")))
        series.append(Series.model_validate(data))
    return HEADER + dump(CatalogFile(series=tuple(series)))


# --- the whole run -----------------------------------------------------------------------------


def _policy(settings: RefreshSettings) -> http.Policy:
    return http.Policy(
        delay=settings.delay,
        timeout=settings.timeout,
        retries=settings.retries,
        max_bytes=settings.max_bytes,
    )


def run(
    settings: RefreshSettings,
    known: catalog_.Catalog,
    data_dir: Path,
    *,
    today: dt.date,
    only: str | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    fetcher: http.Fetcher | None = None,
) -> Report:
    """Refresh the overlay in `data_dir` from `settings.sources`; return the report.

    `known` is the curated catalog (without the overlay). A failing source is reported and
    skips nothing else; the previous overlay keeps what that source gave before.
    """
    specs = list(settings.sources)
    if only is not None:
        specs = [s for s in specs if s.name == only]
        if not specs:
            names = ", ".join(s.name for s in settings.sources) or "none configured"
            raise UsageError(f"unknown source {only!r}; sources: {names}")
    if not specs:
        raise UsageError("no sources to refresh; add [[refresh.sources]] to the config file")
    overlay_file = data_dir / catalog_.OVERLAY_NAME
    report = Report(overlay=str(overlay_file), dry_run=dry_run)
    with locked(data_dir):
        fetched = asyncio.run(_fetch(specs, settings, data_dir, progress, fetcher))
        scraped: list[tuple[SourceSpec, Parsed]] = []
        for spec in specs:
            outcome = SourceOutcome(spec.name, spec.type)
            report.sources.append(outcome)
            bodies = []
            for url in spec.urls:
                result = fetched[url]
                if isinstance(result, http.FetchError):
                    outcome.error = result.reason if len(spec.urls) == 1 else str(result)
                    break
                outcome.pages += 1
                outcome.not_modified += result.not_modified
                bodies.append((url, result.body))
            if outcome.error is not None:
                continue
            try:
                parsed = parse_source(spec, bodies, known)
            except (ParseError, ValidationError, ValueError) as exc:
                outcome.error = f"unreadable: {str(exc).splitlines()[0]}"
                continue
            parsed.series = _checked_series(parsed)
            if not parsed.series:
                outcome.error = "nothing usable in what it sent"
                outcome.problems = parsed.problems
                continue
            outcome.problems = parsed.problems
            outcome.editions = sum(len(s["editions"]) for s in parsed.series)
            scraped.append((spec, parsed))
        previous, notes = _overlay_series(overlay_file)
        for note in notes:
            report.sources.append(SourceOutcome("overlay", "file", problems=[note]))
        overlay = merge(previous, scraped, known, report, today)
        text = to_yaml(overlay)
        if not dry_run:
            old = overlay_file.read_text(encoding="utf-8") if overlay_file.exists() else None
            if text != old:
                atomic_write(overlay_file, text.encode())
            report.written = True
    return report


def _checked_series(parsed: Parsed) -> list[dict[str, Any]]:
    """The series whose own fields (name, tags, links) are valid; the others are reported
    in `parsed.problems` and dropped, so one bad value never reaches the overlay."""
    kept = []
    for series in parsed.series:
        try:
            Series.model_validate({k: v for k, v in series.items() if k != "editions"})
        except ValidationError as exc:
            error = exc.errors(include_url=False)[0]
            field = ".".join(str(p) for p in error["loc"])
            message = str(error["msg"]).removeprefix("Value error, ")
            parsed.problems.append(f"{series.get('id')}: {field}: {message}; series dropped")
            continue
        kept.append(series)
    return kept


async def _fetch(
    specs: list[SourceSpec],
    settings: RefreshSettings,
    data_dir: Path,
    progress: Progress | None,
    fetcher: http.Fetcher | None,
) -> dict[str, http.Page | http.FetchError]:
    urls = [u for s in specs for u in s.urls]
    own = fetcher or http.Fetcher(_policy(settings), cache=http.Cache(data_dir / "http-cache"))
    done = 0
    # Every source starts at once, so each one's deadline is also within the refresh's.
    deadline = min(settings.source_deadline, settings.deadline)

    async with own as f:
        if progress is not None:
            original = f.get

            async def counted(url: str) -> http.Page:
                nonlocal done
                progress(url, done, len(urls))  # started: a terminal shows it at once
                try:
                    return await original(url)
                finally:
                    done += 1
                    progress(url, done, len(urls))

            f.get = counted  # type: ignore[method-assign]
        found: dict[str, http.Page | http.FetchError] = {}
        for part in await asyncio.gather(
            *(http.fetch_all(f, list(spec.urls), deadline=deadline) for spec in specs)
        ):
            found.update(part)
        return found
