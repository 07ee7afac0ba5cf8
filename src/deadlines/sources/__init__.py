"""Data sources: one module per source, each with pure ``parse`` functions (text in, data out).

This package holds what the parsers share: a YAML reader that keeps dates as text, the
conversion of a source's wall times, zones, event dates and tags into the catalog's format,
and checks that turn a dataset's own mistakes into problem lines instead of crashes.
The parsers return catalog-shaped dicts that have been validated piece by piece, so one bad
deadline costs that deadline only.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml
from pydantic import ValidationError

from deadlines import bounds, timezones
from deadlines.errors import ZoneError
from deadlines.models import SLUG_PATTERN, Deadline, DeadlineKind, Edition, Series

# libyaml is several times faster; fall back to the pure-Python parser
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _TextDates(_BaseLoader):  # type: ignore[misc,valid-type]
    """SafeLoader that keeps timestamps as text, as the catalog does: we parse them strictly."""


_TextDates.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}


class ParseError(ValueError):
    """A whole file that cannot be read as the source's format."""


@dataclass
class Parsed:
    """What a parser made of one file: catalog-shaped series dicts and what it had to skip."""

    series: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    skipped: int = 0


MAX_YAML_NODES = 2_000_000  # nodes after expanding aliases: a large dataset has ~100k


def _expanded_size(node: yaml.Node, sizes: dict[int, int]) -> int:
    """How many nodes `node` stands for once its aliases are expanded (memoised: linear)."""
    if (known := sizes.get(id(node))) is not None:
        return known
    sizes[id(node)] = 1  # a recursive alias counts once, and cannot loop here
    children: list[yaml.Node] = []
    if isinstance(node, yaml.MappingNode):
        children = [n for pair in node.value for n in pair]
    elif isinstance(node, yaml.SequenceNode):
        children = list(node.value)
    total = 1
    for child in children:
        total += _expanded_size(child, sizes)
        if total > MAX_YAML_NODES:
            break
    sizes[id(node)] = total
    return total


def load_yaml(text: str) -> Any:
    """Parse YAML text with dates kept as strings, or raise ParseError.

    Aliases are allowed (datasets use them) but not an expansion past `MAX_YAML_NODES`.
    """
    loader = _TextDates(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        if _expanded_size(node, {}) > MAX_YAML_NODES:
            raise ParseError(
                f"YAML aliases expand to more than {MAX_YAML_NODES:,} values; not read"
            )
        return loader.construct_document(node)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "malformed"
        raise ParseError(f"malformed YAML{where}: {problem}") from None
    finally:
        loader.dispose()


def slugify(text: str) -> str:
    """Return a catalog id for a name: lower case, runs of other characters become '-'."""
    slug = re.sub(r"[^a-z0-9.+]+", "-", text.strip().lower()).strip("-.+")
    return slug if re.match(SLUG_PATTERN, slug) else ""


def series_name(title: str) -> str:
    """Return a series name without a trailing year ("AI4Science@NASSMA 2022" -> ...NASSMA)."""
    return re.sub(r"[\s'’-]*(?:19|20)\d{2}$", "", title).strip() or title


def text(value: Any) -> str | None:
    """Return a stripped, non-empty string for a scalar, else None."""
    if value is None or isinstance(value, (dict, list)):
        return None
    out = str(value).strip()
    return out or None


# --- wall times ------------------------------------------------------------------------------

_WALL = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$")


def normalise_at(value: Any) -> str:
    """Return a source's wall time as ``YYYY-MM-DD HH:MM[:SS]``, or raise ValueError.

    ``HH:59:59`` is written ``HH:59``: the seconds are a dataset convention for "end of the
    minute", not what venues state, and dropping them errs early, never late.
    """
    raw = text(value)
    if raw is None:
        raise ValueError("no date")
    m = _WALL.match(raw)
    if not m:
        raise ValueError(f"{raw!r} is not a date and time")
    year, month, day = (int(g) for g in m.group(1, 2, 3))
    if m.group(4) is None:
        return f"{year:04d}-{month:02d}-{day:02d}"
    hour, minute = int(m.group(4)), int(m.group(5))
    second = int(m.group(6) or 0)
    if second == 0 or (minute == 59 and second == 59):
        return f"{year:04d}-{month:02d}-{day:02d} {hour:02d}:{minute:02d}"
    return f"{year:04d}-{month:02d}-{day:02d} {hour:02d}:{minute:02d}:{second:02d}"


def is_tbd(value: Any) -> bool:
    """Return True for a placeholder such as 'TBD' where a date should be."""
    raw = (text(value) or "").lower().strip(" .?")
    return raw in {"tbd", "tba", "to be announced", "to be determined", "n/a", "none", ""}


def normalise_zone(label: str) -> str:
    """Return the zone label to write: ``AoE`` for UTC-12, otherwise as the source states it."""
    cleaned = " ".join(label.split())
    zone = timezones.parse_zone(cleaned)  # raises ZoneError
    if zone.fixed is timezones.AOE:
        return "AoE"
    return cleaned


# --- event dates ----------------------------------------------------------------------------

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
_TOKEN = re.compile(r"[A-Za-z]+\.?|\d+|-|,")


def _month(word: str) -> int | None:
    word = word.lower().rstrip(".")
    for name, number in _MONTHS.items():
        if len(word) < 3 or word[:3] != name[:3]:
            continue
        # Abbreviations ("Sep.", "Sept") and same-length typos ("Septemper") are still months.
        if name.startswith(word) or word == "sept" or len(word) == len(name):
            return number
    return None


def _half(tokens: list[str]) -> tuple[int | None, int | None] | None:
    """Read one side of a range: a month and/or a day, in either order."""
    month = day = None
    for piece in tokens:
        if piece == ",":
            continue
        if piece.isdigit():
            if day is not None:
                return None
            day = int(piece)
        elif (number := _month(piece)) is not None and month is None:
            month = number
        else:
            return None
    return month, day


def parse_event_dates(value: str, year: int) -> tuple[dt.date, dt.date] | None:
    """Read free-text event dates ("June 3-7, 2026", "Nov 28 - Dec 2, 2022") or return None.

    Months may be names or abbreviations, days may come before the month; a missing year is
    the edition's. Anything else (a bare month, 'TBD', extra words) is not guessed at.
    """
    cleaned = re.sub(r"\s+to\s+|[–—]", "-", value.strip())
    years = [int(y) for y in re.findall(r"\b(\d{4})\b", cleaned)]
    cleaned = re.sub(r"\b\d{4}\b", " ", cleaned)
    tokens = _TOKEN.findall(cleaned)
    if "".join(tokens).replace(",", "") != re.sub(r"[\s,]", "", cleaned) or len(years) > 2:
        return None  # characters the tokenizer does not know: not a date we can read
    sides = [list(group) for group in _split(tokens)]
    if len(sides) not in (1, 2):
        return None
    first, last = _half(sides[0]), _half(sides[-1])
    if first is None or last is None:
        return None
    (m1, d1), (m2, d2) = first, last
    m1, m2 = m1 or m2, m2 or m1  # "June 3-7": the month is stated once
    if m1 is None or m2 is None or d1 is None or d2 is None:
        return None
    y1, y2 = (years[0], years[-1]) if years else (year, year)
    try:
        start, end = dt.date(y1, m1, d1), dt.date(y2, m2, d2)
    except ValueError:
        return None
    return (start, end) if end >= start else None


def _split(tokens: list[str]) -> Iterable[list[str]]:
    side: list[str] = []
    for piece in tokens:
        if piece == "-":
            yield side
            side = []
        else:
            side.append(piece)
    yield side


def event_dates(
    where: str,
    year: int,
    date_text: str | None,
    start: Any = None,
    end: Any = None,
) -> tuple[dict[str, Any], list[str]]:
    """Return the edition fields (start, end, note) for a source's event dates, and problems."""
    fields: dict[str, Any] = {}
    problems: list[str] = []
    if start is not None or end is not None:
        try:
            s = dt.date.fromisoformat(str(start).strip()) if start is not None else None
            e = dt.date.fromisoformat(str(end).strip()) if end is not None else None
        except ValueError:
            problems.append(f"{where}: start/end {start!r}..{end!r} are not dates; dropped")
            s = e = None
        if s and e and e < s:
            problems.append(f"{where}: end {e} is before start {s}; dropped start/end")
            s = e = None
        if s or e:
            fields.update({k: v for k, v in (("start", s), ("end", e)) if v is not None})
            parsed = parse_event_dates(date_text, year) if date_text else None
            if parsed and (s, e) != parsed:
                problems.append(
                    f"{where}: start/end {s}..{e} disagree with the date text {date_text!r}; "
                    "kept start/end"
                )
            return fields, problems
        if date_text:
            fields["note"] = f"Dates: {date_text}"
        return fields, problems
    if not date_text:
        return fields, problems
    parsed = parse_event_dates(date_text, year)
    if parsed is None:
        fields["note"] = f"Dates: {date_text}"
        if not is_tbd(date_text):
            problems.append(f"{where}: event dates {date_text!r} not understood; kept as a note")
    else:
        fields["start"], fields["end"] = parsed
    return fields, problems


def location(*parts: Any) -> str | None:
    """Join the non-empty, non-placeholder parts of a place."""
    kept = [p for p in (text(part) for part in parts) if p and not is_tbd(p)]
    return ", ".join(kept) or None


# --- tags and ranks -------------------------------------------------------------------------

_TAGS = {
    "machine-learning": "ml", "deep-learning": "ml", "ml": "ml",
    "computer-vision": "cv", "cv": "cv", "pattern-recognition": "cv",
    "natural-language-processing": "nlp", "nlp": "nlp", "large-language-models": "nlp",
    "computational-linguistics": "nlp",
    "robotics": "robotics", "data-mining": "data-mining", "web-mining": "data-mining",
    "computer-graphics": "graphics", "graphics": "graphics",
    "human-computer-interaction": "hci", "hci": "hci",
    "information-retrieval": "ir", "retrieval": "ir", "web-search": "ir",
    "speech": "speech", "medical-imaging": "medical", "multimedia": "multimedia",
    "artificial-intelligence": "ai", "ai": "ai",
}


def normalise_tags(raw: Iterable[Any]) -> list[str]:
    """Map a source's topic tags onto our vocabulary; unknown tags are slugified and kept."""
    out: list[str] = []
    for item in raw:
        slug = slugify(str(item).replace("_", "-"))
        tag = _TAGS.get(slug, slug)
        if tag and tag not in out:
            out.append(tag)
    return out


_RANKS = {"core": {"A*", "A", "B", "C"}, "ccf": {"A", "B", "C"}}


def rank(values: Mapping[str, Any], where: str) -> tuple[dict[str, str], list[str]]:
    """Keep the CORE and CCF ranks we know; 'N' and blanks mean unranked."""
    out: dict[str, str] = {}
    problems: list[str] = []
    for key in ("core", "ccf"):
        stated = text(values.get(key)) or ""
        value = stated.upper()
        if not value or value in {"N", "NONE", "-"}:
            continue
        if value in _RANKS[key]:
            out[key] = value
        else:
            problems.append(f"{where}: {key} rank {stated!r} is not one of {sorted(_RANKS[key])}")
    return out, problems


# --- validation -----------------------------------------------------------------------------


def _first_error(exc: ValidationError) -> str:
    err = exc.errors(include_url=False)[0]
    loc = ".".join(str(p) for p in err["loc"])
    msg = str(err["msg"]).removeprefix("Value error, ")
    return f"{loc}: {msg}" if loc else msg


def make_deadline(
    where: str,
    kind: DeadlineKind,
    at: Any,
    zone: str | None,
    source: str,
    **extra: Any,
) -> tuple[dict[str, Any] | None, list[str]]:
    """Build and check one deadline dict; return it (or None if it must be skipped) and problems.

    `extra` holds optional fields (track, label, note, zone_assumed); None values are dropped.
    """
    what = f"{where} {kind.value}"
    if is_tbd(at):
        return None, [f"{what}: date is {text(at) or 'empty'!r}; skipped"]
    try:
        wall = normalise_at(at)
    except ValueError as exc:
        return None, [f"{what}: {exc}; skipped"]
    if zone is None:
        return None, [f"{what}: no time zone stated; skipped"]
    try:
        label = normalise_zone(zone)
    except ZoneError as exc:
        return None, [f"{what}: {exc}; skipped"]
    data: dict[str, Any] = {"kind": kind.value, "at": wall, "zone": label}
    data.update({k: v for k, v in extra.items() if v not in (None, "", False)})
    data["source"] = source
    try:
        deadline = Deadline.model_validate(data)
    except ValidationError as exc:
        return None, [f"{what}: {_first_error(exc)}; skipped"]
    problems = []
    if deadline.zone_note:
        problems.append(f"{what}: zone {zone!r} assumed: {deadline.zone_note}")
    return data, problems


def edition_head(
    item: dict[str, Any], sid: str, out: Parsed
) -> tuple[dict[str, Any], str] | None:
    """Start a dataset's edition from its ``year``: the edition and where to name it in
    problems (``eid`` or ``eid (raw id)``); ``None``, counted as skipped, if it has no year."""
    raw_id = text(item.get("id")) or "?"
    try:
        year = int(str(item.get("year")))
    except ValueError:
        out.problems.append(f"{sid} ({raw_id}): year {item.get('year')!r} is not a year; skipped")
        out.skipped += 1
        return None
    eid = f"{sid}{year}"
    where = eid if raw_id == eid else f"{eid} ({raw_id})"
    if raw_id != raw_id.lower():
        out.problems.append(f"{where}: id {raw_id!r} is not lower case; using {eid!r}")
    edition: dict[str, Any] = {"year": year}
    if url := text(item.get("link")):
        edition["url"] = url
    return edition, where


def finish_edition(
    where: str, edition: dict[str, Any], deadlines: list[dict[str, Any]]
) -> tuple[dict[str, Any] | None, list[str]]:
    """Check an edition's fields, drop duplicate deadlines, attach the rest in date order."""
    problems: list[str] = []
    if isinstance(url := edition.get("url"), str):
        try:
            bounds.check_url(url)
        except ValueError as exc:  # a bad link is dropped; the dates are still worth having
            del edition["url"]
            problems.append(f"{where}: url: {exc}; url dropped")
    try:
        Edition.model_validate({**edition, "id": "x", "deadlines": ()})
    except ValidationError as exc:
        return None, [f"{where}: {_first_error(exc)}; edition skipped"]
    unique: dict[tuple[Any, ...], dict[str, Any]] = {}
    for item in deadlines:
        key = (item["kind"], item["at"], item["zone"], item.get("track"), item.get("label"))
        if key in unique:
            problems.append(f"{where} {item['kind']}: listed twice; kept one")
            continue
        unique[key] = item
    order = list(DeadlineKind)
    ordered = sorted(
        unique.values(),
        key=lambda d: (
            Deadline.model_validate(d).utc,
            order.index(DeadlineKind(d["kind"])),
            d.get("track") or "",
            d.get("label") or "",
        ),
    )
    # A submission after the event has begun is a dataset's copy-paste slip (ICASSP 2026).
    start = str(edition.get("start") or "9999")
    problems.extend(
        f"{where} {item['kind']}: {item['at']} is after the event starts ({start}); "
        "kept, check the source"
        for item in ordered
        if item["kind"] in {"paper", "abstract"} and item["at"][:10] > start
    )
    if ordered:
        edition["deadlines"] = ordered
        zones = {d["zone"] for d in ordered}
        if "timezone" not in edition and len(zones) == 1:  # state a shared zone once
            edition["timezone"] = zones.pop()
    return edition, problems


def check_series(where: str, series: dict[str, Any]) -> list[str]:
    """Return a problem if a series' own fields (id, name, rank…) do not validate."""
    try:
        Series.model_validate({**series, "editions": ()})
    except ValidationError as exc:
        return [f"{where}: {_first_error(exc)}; series skipped"]
    return []
