"""The ai-deadlines datasets: huggingface/ai-deadlines and its origin, paperswithcode/ai-deadlines.

Both are YAML lists of editions ``{title, year, id, link, date, start, end, …}``. Hugging
Face files hold one series each and give ``deadlines: [{type, label, date, timezone}]``,
``city``/``country``, ``tags`` and ``rankings: 'CCF: A, CORE: A*, THCPL: A'``. The older,
flat schema (Papers with Code's single ``conferences.yml``, and a few Hugging Face entries)
gives ``deadline``, ``abstract_deadline``, ``timezone``, ``place`` and ``sub`` codes.
"""

from __future__ import annotations

import html
import re
from typing import Any

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
    normalise_tags,
    rank,
    series_name,
    slugify,
    text,
)

_TYPES = {
    "submission": DeadlineKind.PAPER,
    "paper": DeadlineKind.PAPER,
    "abstract": DeadlineKind.ABSTRACT,
    "supplementary": DeadlineKind.SUPPLEMENTARY,
    "registration": DeadlineKind.REGISTRATION,
    "rebuttal_start": DeadlineKind.REBUTTAL_START,
    "rebuttal_end": DeadlineKind.REBUTTAL_END,
    "review_release": DeadlineKind.REVIEW_RELEASE,
    "notification": DeadlineKind.NOTIFICATION,
    "camera_ready": DeadlineKind.CAMERA_READY,
    "camera-ready": DeadlineKind.CAMERA_READY,
    "commitment": DeadlineKind.COMMITMENT,
    "commitment_deadline": DeadlineKind.COMMITMENT,
}

# The flat (legacy) fields and what they are.
_FLAT = {
    "abstract_deadline": DeadlineKind.ABSTRACT,
    "deadline": DeadlineKind.PAPER,
    "review_release_date": DeadlineKind.REVIEW_RELEASE,
    "rebuttal_period_end": DeadlineKind.REBUTTAL_END,
    "final_decision_date": DeadlineKind.NOTIFICATION,
}

# Papers with Code's `sub` codes (its types.yml).
SUB_TAGS = {
    "ML": "ml", "CV": "cv", "CG": "graphics", "NLP": "nlp", "RO": "robotics",
    "SP": "speech", "DM": "data-mining", "AP": "planning", "KR": "knowledge-representation",
    "HCI": "hci",
}

_LINK = re.compile(
    r"""<a\s[^>]*href\s*=\s*["']([^"']+)["'][^>]*>(.*?)</a>""", re.IGNORECASE | re.DOTALL
)


def parse(yaml_text: str, *, source: str) -> Parsed:
    """Convert one ai-deadlines file into catalog-shaped series; raise ParseError if not one."""
    data = load_yaml(yaml_text)
    if not isinstance(data, list) or not all(
        isinstance(item, dict) and "title" in item and "year" in item for item in data
    ):
        raise ParseError(
            "not an ai-deadlines file: expected a list of editions with `title` and `year`"
        )
    out = Parsed()
    by_id: dict[str, dict[str, Any]] = {}
    for index, item in enumerate(data):
        title = text(item.get("title"))
        title = series_name(title) if title else None
        sid = slugify(title or "")
        if not title or not sid:
            out.problems.append(f"edition #{index + 1}: no usable `title` ({title!r}); skipped")
            out.skipped += 1
            continue
        series = by_id.setdefault(sid, {"id": sid, "name": title, "editions": []})
        edition = _edition(item, sid, source, out)
        if edition is None:
            continue
        if any(e["year"] == edition["year"] for e in series["editions"]):
            out.problems.append(f"{sid}{edition['year']}: a second edition in one year; skipped")
            out.skipped += 1
            continue
        series["editions"].append(edition)
        _series_fields(series, item, out)
    for sid in sorted(by_id):
        series = by_id[sid]
        if not series["editions"]:  # every edition was skipped, and reported
            continue
        series["editions"].sort(key=lambda e: e["year"])
        if problems := check_series(sid, {**series, "editions": ()}):
            out.problems.extend(problems)
            out.skipped += 1
            continue
        out.series.append(series)
    return out


def _series_fields(series: dict[str, Any], item: dict[str, Any], out: Parsed) -> None:
    """Fill series fields from an edition; a later edition's full name and ranks win."""
    if full_name := text(item.get("full_name")):
        series["full_name"] = full_name
    raw = item.get("tags")
    if raw is None and item.get("sub") is not None:
        subs = item["sub"] if isinstance(item["sub"], list) else [item["sub"]]
        raw = [SUB_TAGS.get((text(s) or "").upper(), str(s)) for s in subs]
    if isinstance(raw, str):
        raw = [raw]
    tags = normalise_tags([*series.get("tags", []), *(raw or [])])
    if tags:
        series["tags"] = tags
    if rankings := text(item.get("rankings")):
        values = {}
        for part in rankings.split(","):
            key, _, value = part.partition(":")
            values[key.strip().lower()] = value.strip()
        ranks, problems = rank(values, series["id"])
        out.problems.extend(problems)
        if ranks:
            series["rank"] = ranks
        else:
            series.pop("rank", None)


def _note(value: Any) -> str | None:
    """Return a note as plain text: links become 'text (URL)', other markup is dropped."""
    raw = text(value)
    if raw is None:
        return None
    raw = _LINK.sub(lambda m: f"{m.group(2).strip()} ({m.group(1).strip()})", raw)
    raw = re.sub(r"<[^>]+>", "", raw)
    return " ".join(html.unescape(raw).split()) or None


def _edition(item: dict[str, Any], sid: str, source: str, out: Parsed) -> dict[str, Any] | None:
    head = edition_head(item, sid, out)
    if head is None:
        return None
    edition, where = head
    year = edition["year"]
    if place := location(item.get("city"), item.get("country")) or location(item.get("place")):
        edition["location"] = place
    date_text = text(item.get("date"))
    if date_text is None and text(item.get("data")):
        # A typo in the dataset (Papers with Code, CIKM 2024): read it, and say so.
        date_text = text(item.get("data"))
        out.problems.append(f"{where}: `data:` read as `date:`")
    dates, problems = event_dates(where, year, date_text, item.get("start"), item.get("end"))
    out.problems.extend(problems)
    edition.update({k: v for k, v in dates.items() if k != "note"})
    edition["source"] = source
    notes = [n for n in (_note(item.get("note")), dates.get("note")) if n]
    if notes:
        edition["note"] = "; ".join(notes)

    deadlines = _deadlines(item, where, source, out)
    result, problems = finish_edition(where, edition, deadlines)
    out.problems.extend(problems)
    if result is None:
        out.skipped += 1
    return result


def _deadlines(
    item: dict[str, Any], where: str, source: str, out: Parsed
) -> list[dict[str, Any]]:
    listed = item.get("deadlines")
    entries = [d for d in listed if isinstance(d, dict)] if isinstance(listed, list) else []
    edition_zone = text(item.get("timezone"))
    # A zone every listed deadline shares is the best reading for one that states none.
    zones = {text(d.get("timezone")) for d in entries} - {None}
    shared = next(iter(zones)) if len(zones) == 1 else None

    def zone_for(stated: str | None) -> tuple[str | None, bool]:
        if stated:
            return stated, False
        if edition_zone:
            return edition_zone, False
        return shared, shared is not None

    found: list[dict[str, Any]] = []
    for entry in entries:
        raw_type = text(entry.get("type")) or ""
        kind = _TYPES.get(raw_type.lower(), DeadlineKind.OTHER)
        label = text(entry.get("label"))
        if kind is DeadlineKind.OTHER and not label:
            label = raw_type or None
        zone, assumed = zone_for(text(entry.get("timezone")))
        deadline, problems = make_deadline(
            where, kind, entry.get("date"), zone, source, zone_assumed=assumed, label=label
        )
        out.problems.extend(problems)
        if deadline is None:
            out.skipped += 1
        else:
            found.append(deadline)

    # The flat fields: used where the list has nothing of that kind, else cross-checked.
    for key, kind in _FLAT.items():
        if key not in item:
            continue
        zone, assumed = zone_for(None)
        deadline, problems = make_deadline(
            where, kind, item[key], zone, source, zone_assumed=assumed
        )
        same_kind = [d for d in found if d["kind"] == kind.value]
        if not same_kind:
            out.problems.extend(problems)
            if deadline is None:
                out.skipped += 1
            else:
                found.append(deadline)
        elif deadline is not None and all(d["at"] != deadline["at"] for d in same_kind):
            out.problems.append(
                f"{where} {kind.value}: flat `{key}: {item[key]}` disagrees with the "
                f"`deadlines` list ({', '.join(d['at'] for d in same_kind)}); kept the list"
            )
    return found
