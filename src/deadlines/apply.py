"""`deadlines refresh --apply FILE`: write the overlay's changes into a curated YAML file.

For maintainers: the scraped overlay's new venues, new deadlines and moved deadlines are
written into a human-owned catalog, editing it in place with ruamel.yaml so its comments,
key order and quoting stay as they were. A moved deadline keeps its earlier value in
`history`. The result is validated before it replaces the file.
"""

from __future__ import annotations

import difflib
import io
from pathlib import Path
from typing import Any

from deadlines import catalog
from deadlines.errors import CatalogError
from deadlines.fsutil import atomic_write, read_only
from deadlines.models import Deadline, Series


def _yaml() -> Any:
    from ruamel.yaml import YAML

    yaml = YAML()  # round-trip: comments and order survive
    yaml.preserve_quotes = True
    yaml.width = 1 << 20  # never fold a long line (a `source:` URL) onto a second one
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def _plain(model: Series | Deadline) -> dict[str, Any]:
    data: dict[str, Any] = model.model_dump(mode="json", exclude_defaults=True)
    return data


def apply_overlay(target: Path, overlay: Path, *, dry_run: bool = False) -> list[str]:
    """Merge `overlay` into the catalog file `target`; return one line per change."""
    if not overlay.exists():
        raise CatalogError(overlay, None, "no overlay yet; run `deadlines refresh` first")
    scraped = catalog.load_file(overlay).catalog
    if read_only(target):
        raise CatalogError(target, None, "the file is read-only; nothing applied")
    catalog.load_file(target)  # a target that does not validate is not edited
    yaml = _yaml()
    text = target.read_text(encoding="utf-8")
    doc = yaml.load(text)
    series_list = doc.setdefault("series", [])
    changes: list[str] = []
    for series in scraped.series:
        mine = next((s for s in series_list if s.get("id") == series.id), None)
        if mine is None:
            series_list.append(_plain(series))
            changes.append(f"added series {series.id} ({len(series.editions)} editions)")
            continue
        editions = mine.setdefault("editions", [])
        for edition in series.editions:
            found = next(
                (e for e in editions
                 if e.get("id", f"{series.id}{e.get('year')}") == edition.id),
                None,
            )
            if found is None:
                data = edition.model_dump(mode="json", exclude_defaults=True)
                if data.get("id") == f"{series.id}{edition.year}":
                    del data["id"]
                editions.append(data)
                changes.append(f"added edition {edition.id}")
                continue
            changes.extend(_deadlines(found, edition.id, edition.deadlines))
    if changes and not dry_run:
        out = io.StringIO()
        yaml.dump(doc, out)
        edited = keep_unchanged_lines(text, out.getvalue())
        catalog.load_file(target, text=edited)  # never write a file that won't load
        atomic_write(target, edited.encode())  # follows a symlink, keeps the mode
    return changes


def _words(lines: list[str]) -> str:
    return " ".join(line.strip() for line in lines)


def keep_unchanged_lines(before: str, after: str) -> str:
    """`after`, with every run of lines that says what `before` said taken from `before`.

    The YAML writer drops trailing spaces and refolds long scalars; a run of lines that
    differs only in that (the same words, spaced or folded differently) keeps the file's
    own text, so an edit changes the lines it changes and no others.
    """
    old = before.splitlines(keepends=True)
    new = after.splitlines(keepends=True)
    matcher = difflib.SequenceMatcher(
        None, [line.rstrip() for line in old], [line.rstrip() for line in new], autojunk=False
    )
    out: list[str] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        same = tag == "equal" or (
            tag == "replace" and _words(old[i1:i2]) == _words(new[j1:j2])
        )
        out += old[i1:i2] if same else new[j1:j2]
    return "".join(out)


def _deadlines(found: Any, eid: str, deadlines: tuple[Deadline, ...]) -> list[str]:
    changes = []
    listed = found.setdefault("deadlines", [])
    zone = found.get("timezone")
    for deadline in deadlines:
        mine = next(
            (d for d in listed
             if d.get("kind") == deadline.kind.value and d.get("track") == deadline.track),
            None,
        )
        data = _plain(deadline)
        if mine is None:
            if zone is not None and data.get("zone") == zone:
                del data["zone"]
            listed.append(data)
            changes.append(f"{eid}: added {deadline.kind.value} {deadline.stated()}")
            continue
        old_zone = mine.get("zone", zone)
        if str(mine.get("at")) == deadline.at and old_zone == deadline.zone:
            continue
        past: dict[str, Any] = {"at": str(mine.get("at"))}
        if old_zone != deadline.zone and old_zone is not None:
            past["zone"] = old_zone
        if mine.get("source"):
            past["source"] = mine["source"]
        past["note"] = "before `deadlines refresh --apply`"
        history = mine.setdefault("history", [])
        history.append(past)
        mine["at"] = deadline.at
        if deadline.zone != zone or "zone" in mine:
            mine["zone"] = deadline.zone
        if deadline.source:
            mine["source"] = deadline.source
        changes.append(
            f"{eid}: moved {deadline.kind.value} {past['at']} -> {deadline.stated()}"
        )
    return changes
