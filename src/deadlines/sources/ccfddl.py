"""The ccfddl/ccf-deadlines dataset: ``conference/<SUB>/<name>.yml``, one series per file.

Each file is a YAML list of series ``{title, description, sub, rank, dblp, confs}``; each
conf is an edition ``{year, id, link, timeline: [{deadline, abstract_deadline?, comment?}],
timezone, date, place}``. Deadlines are wall times in the edition's zone, or ``TBD``.
"""

from __future__ import annotations

from typing import Any

from deadlines.errors import ZoneError
from deadlines.models import DeadlineKind
from deadlines.sources import (
    Parsed,
    ParseError,
    check_series,
    edition_head,
    event_dates,
    finish_edition,
    load_yaml,
    location,
    make_deadline,
    normalise_zone,
    rank,
    slugify,
    text,
)

# ccfddl's CCF categories, as topic tags.
SUB_TAGS = {
    "AI": "ai",
    "CG": "graphics",
    "DB": "data-mining",
    "HI": "hci",
    "MX": "interdisciplinary",
    "NW": "networking",
    "SE": "software",
    "SC": "security",
    "DS": "systems",
    "CT": "theory",
}

# 'abstract deadline' (with a space) is a typo in the dataset (PRCV 2024); read it too.
_ABSTRACT_KEYS = ("abstract_deadline", "abstract deadline")
_ENTRY_KEYS = {"deadline", "comment", *_ABSTRACT_KEYS}


def parse(yaml_text: str, *, source: str) -> Parsed:
    """Convert one ccfddl file into catalog-shaped series; raise ParseError if it is not one."""
    data = load_yaml(yaml_text)
    if not isinstance(data, list) or not all(
        isinstance(item, dict) and "confs" in item for item in data
    ):
        raise ParseError("not a ccfddl file: expected a list of series with `title` and `confs`")
    out = Parsed()
    for index, item in enumerate(data):
        _series(item, index, source, out)
    return out


def _series(item: dict[str, Any], index: int, source: str, out: Parsed) -> None:
    title = text(item.get("title"))
    sid = slugify(title or "")
    if not title or not sid:
        out.problems.append(f"series #{index + 1}: no usable `title` ({title!r}); skipped")
        out.skipped += 1
        return
    series: dict[str, Any] = {"id": sid, "name": title}
    if full_name := text(item.get("description")):
        series["full_name"] = full_name
    subs = item.get("sub")
    tags = []
    for sub in subs if isinstance(subs, list) else [subs]:
        tag = SUB_TAGS.get((text(sub) or "").upper())
        if tag is None:
            out.problems.append(f"{sid}: unknown category `sub: {sub}`; no tag")
        elif tag not in tags:
            tags.append(tag)
    if tags:
        series["tags"] = tags
    ranks, problems = rank(item.get("rank") or {}, sid)
    out.problems.extend(problems)
    if ranks:
        series["rank"] = ranks
    if problems := check_series(sid, series):
        out.problems.extend(problems)
        out.skipped += 1
        return
    editions = []
    seen: set[int] = set()
    confs = item.get("confs")
    for conf in confs if isinstance(confs, list) else []:
        edition = _edition(conf, sid, source, out) if isinstance(conf, dict) else None
        if edition is None:
            continue
        if edition["year"] in seen:
            out.problems.append(f"{sid}{edition['year']}: a second edition in one year; skipped")
            out.skipped += 1
            continue
        seen.add(edition["year"])
        editions.append(edition)
    series["editions"] = sorted(editions, key=lambda e: e["year"])
    out.series.append(series)


def _edition(conf: dict[str, Any], sid: str, source: str, out: Parsed) -> dict[str, Any] | None:
    head = edition_head(conf, sid, out)
    if head is None:
        return None
    edition, where = head
    year = edition["year"]
    if place := location(conf.get("place")):
        edition["location"] = place
    dates, problems = event_dates(where, year, text(conf.get("date")))
    out.problems.extend(problems)
    edition.update({k: v for k, v in dates.items() if k != "note"})

    zone: str | None = None
    raw_zone = text(conf.get("timezone"))
    if raw_zone is None:
        out.problems.append(f"{where}: no `timezone`; its deadlines are skipped")
    else:
        try:
            zone = normalise_zone(raw_zone)
            edition["timezone"] = zone
        except ZoneError as exc:
            out.problems.append(f"{where}: {exc}; its deadlines are skipped")
    edition["source"] = source
    if "note" in dates:
        edition["note"] = dates["note"]

    deadlines = []
    timeline = conf.get("timeline")
    entries = [e for e in timeline if isinstance(e, dict)] if isinstance(timeline, list) else []
    if not entries:
        out.problems.append(f"{where}: no `timeline` entries")
    for number, entry in enumerate(entries, start=1):
        # Several entries are rounds (SIGMOD-style cycles); one entry is the deadline itself.
        track = f"round {number}" if len(entries) > 1 else None
        note = text(entry.get("comment"))
        if unknown := sorted(set(entry) - _ENTRY_KEYS):
            out.problems.append(f"{where}: unknown timeline key(s) {unknown}; ignored")
        items = [(DeadlineKind.ABSTRACT, entry[k]) for k in _ABSTRACT_KEYS if k in entry]
        if "deadline" in entry:
            items.append((DeadlineKind.PAPER, entry["deadline"]))
        else:
            out.problems.append(f"{where}: timeline entry {number} has no `deadline`")
        if zone is None:  # already reported once for the edition
            out.skipped += len(items)
            continue
        for kind, value in items:
            deadline, problems = make_deadline(
                where, kind, value, zone, source, track=track, note=note
            )
            out.problems.extend(problems)
            if deadline is None:
                out.skipped += 1
            else:
                deadlines.append(deadline)
    result, problems = finish_edition(where, edition, deadlines)
    out.problems.extend(problems)
    if result is None:
        out.skipped += 1
    return result
