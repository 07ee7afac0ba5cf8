"""Import another tracker's dataset (ccfddl, ai-deadlines) as a catalog file in our format.

`import_path` reads one file or a directory of them, converts what it can, reports the rest
one line per problem, and writes byte-stable YAML: the same input gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from deadlines.errors import CatalogError, UsageError
from deadlines.models import CatalogFile, Series
from deadlines.sources import Parsed, ParseError, aideadlines, ccfddl

Parser = Callable[..., Parsed]

FORMATS: dict[str, Parser] = {
    "ccfddl": ccfddl.parse,
    "ai-deadlines": aideadlines.parse,
}

# Files in the datasets' directories that are not venue data.
_NOT_DATA = {"types.yml", "conference-yaml-schema.yml"}


@dataclass(frozen=True)
class ImportReport:
    """The imported catalog, its YAML, what could not be converted, and counts."""

    catalog: CatalogFile
    yaml_text: str
    problems: list[str]
    series: int
    editions: int
    deadlines: int
    skipped: int
    left_out: int = 0  # editions the known catalog already has (`known=`)


def import_path(
    fmt: str,
    path: Path,
    *,
    source_base: str | None = None,
    known: Mapping[str, Series] | None = None,
) -> ImportReport:
    """Import a dataset file, or every ``**/*.yml`` under a directory, in the format `fmt`.

    Each deadline's `source` is `source_base` + the file's path relative to `path` when
    `source_base` is given (a repository blob URL at a commit), else the file's URI.
    With `known` (the catalog's series by id), only what it lacks is written: a series it
    has keeps its id, name, tags and rank there, and gets only the editions it has not.
    """
    parse = FORMATS.get(fmt)
    if parse is None:
        raise UsageError(f"unknown import format {fmt!r}; use one of: {', '.join(FORMATS)}")
    files = _files(Path(path))
    problems: list[str] = []
    skipped = 0
    read = 0
    merged: dict[str, dict[str, Any]] = {}
    origin: dict[str, str] = {}  # series id -> the file it came from
    for file, relative in files:
        shown = str(file)
        try:
            yaml_text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(f"{shown}: cannot read: {exc}")
            continue
        source = source_base + relative if source_base is not None else file.resolve().as_uri()
        try:
            parsed = parse(yaml_text, source=source)
        except ParseError as exc:
            problems.append(f"{shown}: {exc}")
            continue
        read += 1
        problems.extend(f"{shown}: {problem}" for problem in parsed.problems)
        skipped += parsed.skipped
        for series in parsed.series:
            skipped += _add(series, shown, merged, origin, problems)
    if not read:
        why = problems[0] if problems else f"no .yml files under {path}"
        raise CatalogError(path, None, f"nothing could be imported ({why})")
    left_out = _leave_known(merged, origin, known) if known is not None else 0

    valid: list[Series] = []
    for sid in sorted(merged):
        try:
            valid.append(Series.model_validate(merged[sid]))
        except ValidationError as exc:  # pieces were checked; this is a cross-field problem
            problems.append(f"{origin[sid]}: {sid}: {exc.errors()[0]['msg']}; series skipped")
            skipped += 1
    catalog = CatalogFile(series=tuple(valid))
    editions = sum(len(s.editions) for s in catalog.series)
    deadlines = sum(len(e.deadlines) for s in catalog.series for e in s.editions)
    header = f"# Imported from {fmt} data by `deadlines import`; check it before use.\n"
    return ImportReport(
        catalog=catalog,
        yaml_text=header + to_yaml(catalog),
        problems=problems,
        series=len(catalog.series),
        editions=editions,
        deadlines=deadlines,
        skipped=skipped,
        left_out=left_out,
    )


def _files(path: Path) -> list[tuple[Path, str]]:
    """Return the files to read, each with its path relative to `path` (posix)."""
    if path.is_file():
        return [(path, path.name)]
    if not path.is_dir():
        raise CatalogError(path, None, "no such file or directory")
    found = []
    for file in sorted(path.glob("**/*.yml")):
        relative = file.relative_to(path)
        if file.name in _NOT_DATA or any(part.startswith(".") for part in relative.parts):
            continue
        found.append((file, relative.as_posix()))
    return found


def _add(
    series: dict[str, Any],
    shown: str,
    merged: dict[str, dict[str, Any]],
    origin: dict[str, str],
    problems: list[str],
) -> int:
    """Add a parsed series, merging it with one of the same id; return how many were skipped."""
    sid = series["id"]
    prior = merged.get(sid)
    if prior is None:
        merged[sid], origin[sid] = series, shown
        return 0
    if prior.get("full_name") == series.get("full_name") and prior["name"] == series["name"]:
        skipped = 0
        years = {e["year"] for e in prior["editions"]}
        for edition in series["editions"]:
            if edition["year"] in years:
                problems.append(
                    f"{shown}: {sid}{edition['year']} is also in {origin[sid]}; skipped"
                )
                skipped += 1
            else:
                prior["editions"] = sorted([*prior["editions"], edition], key=lambda e: e["year"])
        return skipped
    # Two different venues with one short name (ccfddl has two SECs and two FSEs).
    base = "-".join([sid, *series.get("tags", [])[:1]])
    new_id, number = base, 2
    while new_id in merged:
        new_id, number = f"{base}-{number}", number + 1
    problems.append(
        f"{shown}: series id {sid!r} is already used by {origin[sid]} "
        f"({prior.get('full_name') or prior['name']}); using {new_id!r}"
    )
    merged[new_id], origin[new_id] = {**series, "id": new_id}, shown
    return 0


def _leave_known(
    merged: dict[str, dict[str, Any]], origin: dict[str, str], known: Mapping[str, Series]
) -> int:
    """Keep only what `known` lacks; return how many editions were left out.

    A tracker's series that the catalog has (by id, or by a name only one known series
    bears: ccfddl's `ruleml+rr` is `ruleml-rr`) is written as its known id and name and the
    editions of years the catalog has not: the curated tags, rank and official dates win,
    because a later catalog file replaces the editions and the fields it states.
    """
    by_name: dict[str, list[str]] = {}
    for sid, series in known.items():
        by_name.setdefault(series.name.casefold(), []).append(sid)
    left_out = 0
    for sid in list(merged):
        data = merged[sid]
        ids = [sid] if sid in known else by_name.get(str(data.get("name", "")).casefold(), [])
        if len(ids) != 1:
            continue
        mine = known[ids[0]]
        years = {e.year for e in mine.editions}
        editions = [e for e in data["editions"] if e["year"] not in years]
        left_out += len(data["editions"]) - len(editions)
        shown = origin.pop(sid)
        del merged[sid]
        if editions:
            merged[mine.id] = {"id": mine.id, "name": mine.name, "editions": editions}
            origin[mine.id] = shown
    return left_out


# --- YAML output --------------------------------------------------------------------------


class _Flow(list[Any]):
    """A short list written on one line: ``tags: [cv, ml]``."""


class _FlowMap(dict[str, Any]):
    """A short mapping written on one line: ``rank: {core: A*, ccf: A}``."""


class _Dumper(yaml.SafeDumper):
    """Block-style YAML with indented lists and dates left as plain text."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:  # noqa: ARG002
        super().increase_indent(flow, indentless=False)

    def ignore_aliases(self, data: Any) -> bool:  # noqa: ARG002
        return True  # a catalog never holds anchors or aliases: the loader refuses them


# Dates are strings in our models; write them unquoted, as people write catalogs.
_Dumper.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeDumper.yaml_implicit_resolvers.items()
}


def _flow_list(dumper: yaml.SafeDumper, data: _Flow) -> yaml.Node:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)


def _flow_map(dumper: yaml.SafeDumper, data: _FlowMap) -> yaml.Node:
    return dumper.represent_mapping("tag:yaml.org,2002:map", data, flow_style=True)


_Dumper.add_representer(_Flow, _flow_list)
_Dumper.add_representer(_FlowMap, _flow_map)


def to_yaml(catalog: CatalogFile) -> str:
    """Write a catalog as YAML: fields in the models' order, defaults and nulls left out."""
    data = catalog.model_dump(mode="json", exclude_defaults=True)
    for series in data.get("series", []):
        if "tags" in series:
            series["tags"] = _Flow(series["tags"])
        if "rank" in series:
            series["rank"] = _FlowMap(series["rank"])
        for edition in series.get("editions", []):
            if edition.get("id") == f"{series['id']}{edition['year']}":
                del edition["id"]  # the default id; writing it adds nothing
            zone = edition.get("timezone")
            for deadline in edition.get("deadlines", []):
                if zone is not None and deadline.get("zone") == zone:
                    del deadline["zone"]  # inherited from the edition on load
    document = {"version": 1, "series": data.get("series", [])}
    return yaml.dump(
        document,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
    )
