"""Load, validate and merge catalog files; every problem names its file and line."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import hashlib
import pickle
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from deadlines import bounds
from deadlines.errors import CatalogError, DeadlinesError, UsageError
from deadlines.models import SUBMISSION_KINDS, CatalogFile, Edition, Series, Venue, VenueKind

if TYPE_CHECKING:
    import yaml

Path_ = tuple[str | int, ...]


@functools.cache
def _loader() -> Any:
    """SafeLoader that keeps dates as text: the catalog parses them itself, strictly.

    Made on first use: a command that reads a cached snapshot does not import yaml.
    """
    import yaml

    # libyaml is several times faster; fall back to the pure-Python parser without it.
    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    resolvers = {
        first: [(tag, rx) for tag, rx in found if tag != "tag:yaml.org,2002:timestamp"]
        for first, found in base.yaml_implicit_resolvers.items()
    }
    return type("_Loader", (base,), {"yaml_implicit_resolvers": resolvers})


def default_catalog_path() -> Path:
    """Return the catalog shipped inside the package."""
    return Path(__file__).with_name("conferences.yaml")


def _lines(
    node: yaml.Node, path: Path_, out: dict[Path_, int], source: str, visited: set[int]
) -> None:
    """Record the line of every node under `node`, keyed by its path in the document.

    A node met twice is an alias (``*name``): refused, because a few nested aliases
    expand to billions of nodes (a "billion laughs" file of a few hundred bytes).
    """
    if id(node) in visited:
        raise CatalogError(
            source,
            node.start_mark.line + 1,
            "YAML anchors and aliases (&name, *name) are not allowed in a catalog; "
            "write the value out",
        )
    visited.add(id(node))
    import yaml

    out[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key, value in node.value:
            name = str(key.value)
            if name in seen:
                raise CatalogError(
                    source,
                    key.start_mark.line + 1,
                    f"duplicate key {name!r} (first on line {seen[name]}); keep one",
                )
            seen[name] = key.start_mark.line + 1
            _lines(value, (*path, name), out, source, visited)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _lines(item, (*path, index), out, source, visited)


def _parse_yaml(text: str, source: str) -> tuple[Any, dict[Path_, int]]:
    import yaml

    loader = _loader()(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, {}
        lines: dict[Path_, int] = {}
        _lines(node, (), lines, source, set())
        return loader.construct_document(node), lines
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or exc.context or "malformed YAML"
        raise CatalogError(source, line, f"malformed YAML: {problem}") from None
    finally:
        loader.dispose()


def _line_of(lines: dict[Path_, int], path: Sequence[str | int]) -> int | None:
    """Return the line of the deepest node on `path` that the document has."""
    for cut in range(len(path), -1, -1):
        if (line := lines.get(tuple(path[:cut]))) is not None:
            return line
    return None


def _describe(error: Any) -> str:
    loc = [p for p in error["loc"] if isinstance(p, str)]
    message = str(error["msg"]).removeprefix("Value error, ").removeprefix("Assertion failed, ")
    if error["type"] == "missing" and loc and loc[-1] == "zone":
        message = "no zone: state the deadline's `zone` or give the edition a `timezone`"
    elif error["type"] == "missing":
        message = f"`{loc[-1]}` is required" if loc else message
    elif error["type"] == "unexpected_keyword_argument":
        message = f"unknown field `{loc[-1]}`; check its spelling against `deadlines schema`"
    elif error["type"] in {"enum", "literal_error"}:
        message = f"`{loc[-1]}`: {message}"
    elif loc and not isinstance(error["loc"][-1], int):  # a field, not a whole item
        message = f"{loc[-1]}: {message}"
    return message


@dataclass(frozen=True, slots=True)
class Problem:
    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"


class InvalidCatalogError(CatalogError):
    """All the problems of one file; prints as the first, with a count of the rest.

    `where_rest` says where the rest are to be seen; with None, the command line prints
    them on the lines below (a file no other command checks, such as a papers file)."""

    def __init__(
        self, problems: list[Problem], where_rest: str | None = "run `deadlines validate`"
    ) -> None:
        self.problems = problems
        self.where_rest = where_rest
        first = problems[0]
        rest = f"; {where_rest}" if where_rest else ", below"
        more = (
            f" (and {len(problems) - 1} more{rest})"
            if len(problems) > 1
            else ""
        )
        super().__init__(first.path, first.line, first.message + more)

    def further(self) -> list[str]:
        return [str(p) for p in self.problems[1:]] if self.where_rest is None else []


@dataclass(frozen=True)
class LoadedFile:
    path: str
    catalog: CatalogFile
    lines: dict[Path_, int]

    def line(self, *path: str | int) -> int | None:
        return _line_of(self.lines, path)


def _read(path: Path, source: str) -> str:
    """The file's text, read up to the size cap (``/dev/zero`` is refused, not read forever)."""
    cap = bounds.MAX_CATALOG_BYTES
    try:
        with path.open("rb") as handle:
            data = handle.read(cap + 1)
    except FileNotFoundError:
        raise CatalogError(source, None, "no such file") from None
    except OSError as exc:
        raise CatalogError(source, None, f"cannot read: {exc.strerror}") from None
    if len(data) > cap:
        raise CatalogError(source, None, f"larger than {cap:,} bytes; not a catalog")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CatalogError(source, None, f"not UTF-8 text (byte {exc.start})") from None


def load_file(path: Path | str, text: str | None = None) -> LoadedFile:
    """Read and validate one catalog file."""
    source = str(path)
    if text is None:
        text = _read(Path(path), source)
    data, lines = _parse_yaml(text, source)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise CatalogError(source, 1, "a catalog is a mapping with a `series:` list")
    from pydantic import ValidationError

    try:
        catalog = CatalogFile.model_validate(data)
    except ValidationError as exc:
        problems = [
            Problem(source, _line_of(lines, err["loc"]), _describe(err))
            for err in exc.errors(include_url=False)
        ]
        problems.sort(key=lambda p: p.line or 0)
        raise InvalidCatalogError(problems) from None
    return LoadedFile(source, catalog, lines)


def _code_stamp() -> str:
    """Identify the code that turns YAML into models: a cache made by other code is stale."""
    here = Path(__file__).parent
    stats = [(here / name).stat() for name in ("catalog.py", "models.py", "timezones.py")]
    return ",".join(f"{st.st_size}:{st.st_mtime_ns}" for st in stats)


def load_cached(path: Path | str, cache: Path | None) -> LoadedFile:
    """`load_file`, through a pickle of the validated file kept in `cache` (a directory).

    Parsing YAML and validating it is most of `deadlines next` on a large catalog; the
    pickle is used while the file's size and mtime and the loading code are unchanged.
    One entry per file path, overwritten when stale. The cache is the user's own, as
    trusted as the code; a missing or unwritable cache only makes loading slower.
    """
    if cache is None:
        return load_file(path)
    try:
        st = Path(path).stat()
        where = str(Path(path).resolve())
    except OSError:
        return load_file(path)  # says what is wrong with the file
    stamp = f"{where}\0{st.st_size}:{st.st_mtime_ns}\0{_code_stamp()}"
    entry = cache / f"catalog-{hashlib.sha256(where.encode()).hexdigest()[:20]}.pickle"
    try:
        with entry.open("rb") as handle:
            found, loaded = pickle.load(handle)  # noqa: S301 - the user's own cache
        if found == stamp and isinstance(loaded, LoadedFile):
            return loaded
    except (OSError, EOFError, ValueError, TypeError, AttributeError, pickle.PickleError):
        pass  # no entry, or one written by other code: parse again
    loaded = load_file(path)
    from deadlines import fsutil

    with contextlib.suppress(DeadlinesError):
        fsutil.atomic_write(entry, pickle.dumps((stamp, loaded), pickle.HIGHEST_PROTOCOL))
    return loaded


def _first_day(venue: Venue) -> int:
    """The ordinal of a venue's first deadline day as stated (its start's if it has none)."""
    days = [d.wall.date() for d in venue.edition.deadlines]
    first = min(days) if days else venue.edition.start
    return first.toordinal() if first is not None else 0


def find_venue(
    venues: Mapping[str, Venue], venue_id: str, today: dt.date | None = None
) -> Venue:
    """Find a venue by id (``cvpr2027``); a series id (``cvpr``) means its next edition, the
    one whose first submission deadline from `today` on comes first, else its newest.

    Raises a UsageError that suggests close ids.
    """
    key = venue_id.strip().lower()
    if key in venues:
        return venues[key]
    editions = [v for v in venues.values() if v.series.id == key]
    if today is not None:
        # ABAW at CVPR 2027 (March), at ICCV 2027 (July) and at ECCV 2028: CVPR's is next
        upcoming = [
            (min(days), v.id, v)
            for v in editions
            if (days := [w for d in v.submission_deadlines() if (w := d.wall.date()) >= today])
        ]
        if upcoming:
            return min(upcoming, key=lambda t: (t[0], t[1]))[2]
    if editions:
        # A workshop can meet at two hosts in one year (ABAW at CVPR and ICCV 2027): the one
        # whose deadlines come first is its next edition.
        return max(editions, key=lambda v: (v.edition.year, -_first_day(v), v.id))
    series = {v.series.id for v in venues.values()}
    import difflib

    close = difflib.get_close_matches(key, [*venues, *series], n=3)
    hint = f"; did you mean {', '.join(close)}?" if close else "; see `deadlines list`"
    raise UsageError(f"unknown venue {venue_id!r}{hint}")


@dataclass
class Catalog:
    """The merged catalog: series by id and every edition as a venue."""

    series: dict[str, Series] = field(default_factory=dict)
    venues: dict[str, Venue] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)

    def __iter__(self) -> Iterator[Venue]:
        return iter(self.venues.values())

    def venue(self, venue_id: str) -> Venue:
        """Find a venue by id (``cvpr2027``), or raise a UsageError that suggests one."""
        return find_venue(self.venues, venue_id)

    def parent(self, venue: Venue) -> Venue | None:
        pid = venue.edition.parent
        return self.venues.get(pid) if pid else None

    def editions_of(self, series_id: str) -> list[Venue]:
        return sorted(
            (v for v in self.venues.values() if v.series.id == series_id),
            key=lambda v: v.edition.year,
        )


def _over(old: Series, new: Series) -> Series:
    """A later file's entry for a series an earlier file has: what it states wins, and what
    it leaves out (tags, rank, kind, url… at their defaults) keeps the earlier value, so a lab
    adding an edition to a shipped series need not repeat the series."""
    kept = {
        f.name: getattr(old, f.name)
        for f in dataclasses.fields(new)
        if f.default is not dataclasses.MISSING
        and f.name != "editions"
        and getattr(new, f.name) == f.default
    }
    return new.model_copy(update=kept) if kept else new


def merge(files: Iterable[LoadedFile]) -> Catalog:
    """Merge catalog files in order: a later file adds series, adds to or changes the fields
    of a series an earlier file has (`_over`), and replaces editions by id."""
    catalog = Catalog()
    where: dict[str, tuple[LoadedFile, int, int]] = {}  # edition id -> file, series i, edition j
    problems: list[Problem] = []
    for loaded in files:
        seen_here: set[str] = set()
        for i, series in enumerate(loaded.catalog.series):
            if series.id in seen_here:
                problems.append(
                    Problem(
                        loaded.path,
                        loaded.line("series", i, "id"),
                        f"duplicate series id {series.id!r}; merge the two entries",
                    )
                )
                continue
            seen_here.add(series.id)
            old = catalog.series.get(series.id)
            editions = {e.id: e for e in (old.editions if old else ())}
            for j, edition in enumerate(series.editions):
                if edition.id in where and where[edition.id][0] is loaded:
                    problems.append(
                        Problem(
                            loaded.path,
                            loaded.line("series", i, "editions", j),
                            f"duplicate edition id {edition.id!r}; give one an explicit `id`",
                        )
                    )
                    continue
                prior = catalog.venues.get(edition.id)
                if prior is not None and prior.series.id != series.id:
                    problems.append(
                        Problem(
                            loaded.path,
                            loaded.line("series", i, "editions", j),
                            f"edition id {edition.id!r} is already used by series "
                            f"{prior.series.id!r}; give this edition an explicit `id`",
                        )
                    )
                    continue
                editions[edition.id] = edition
                where[edition.id] = (loaded, i, j)
            merged = (_over(old, series) if old else series).model_copy(
                update={"editions": tuple(sorted(editions.values(), key=_edition_order))}
            )
            catalog.series[series.id] = merged
            for edition in merged.editions:
                catalog.venues[edition.id] = Venue(merged, edition)
    problems.extend(_check_links(catalog, where))
    if problems:
        raise InvalidCatalogError(sorted(problems, key=lambda p: (p.path, p.line or 0)))
    catalog.warnings = sorted(
        [
            *_zone_warnings(catalog, where),
            *_lead_warnings(catalog, where),
            *_track_warnings(catalog, where),
            *_rhythm_warnings(catalog, where),
        ],
        key=lambda p: (p.path, p.line or 0),
    )
    return catalog


def _edition_order(edition: Edition) -> tuple[int, str]:
    return edition.year, edition.id


def _check_links(
    catalog: Catalog, where: dict[str, tuple[LoadedFile, int, int]]
) -> Iterator[Problem]:
    for venue in catalog.venues.values():
        loaded, i, j = where[venue.id]
        line = loaded.line("series", i, "editions", j, "parent")
        parent_id = venue.edition.parent
        if parent_id and _parent_loop(catalog, venue.id):
            yield Problem(
                loaded.path,
                line,
                f"{venue.id!r} is its own parent"
                if parent_id == venue.id
                else f"the parents of {venue.id!r} go round in a circle; fix its `parent`",
            )
        elif venue.kind is VenueKind.WORKSHOP and not parent_id:
            yield Problem(loaded.path, line, f"workshop {venue.id!r} needs a `parent` edition")
        elif venue.kind is VenueKind.CONFERENCE and parent_id:
            yield Problem(
                loaded.path, line, f"{venue.id!r} has a parent; set `kind: workshop` on its series"
            )
        elif parent_id and parent_id not in catalog.venues:
            import difflib

            close = difflib.get_close_matches(parent_id, list(catalog.venues), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            yield Problem(loaded.path, line, f"unknown parent edition {parent_id!r}{hint}")
    for series in catalog.series.values():
        ref = series.review_cycles
        first = next((where[e.id] for e in series.editions if e.id in where), None)
        if ref is None or ref in catalog.series or first is None:
            continue
        loaded, i, _ = first
        line = loaded.line("series", i, "review_cycles")
        yield Problem(loaded.path, line, f"{series.id}: unknown review_cycles series {ref!r}")


def _parent_loop(catalog: Catalog, start: str) -> bool:
    """Whether following `parent` links from `start` comes back to a venue already seen."""
    seen = {start}
    current = catalog.venues[start].edition.parent
    while current is not None and current in catalog.venues:
        if current in seen:
            return True
        seen.add(current)
        current = catalog.venues[current].edition.parent
    return False


def _zone_warnings(
    catalog: Catalog, where: dict[str, tuple[LoadedFile, int, int]]
) -> list[Problem]:
    found = []
    for venue in catalog.venues.values():
        loaded, i, j = where[venue.id]
        for k, deadline in enumerate(venue.edition.deadlines):
            if deadline.zone_note:
                line = loaded.line("series", i, "editions", j, "deadlines", k, "zone")
                found.append(
                    Problem(loaded.path, line, f"{venue.id} {deadline.kind}: {deadline.zone_note}")
                )
    return found


def _rhythm_warnings(
    catalog: Catalog, where: dict[str, tuple[LoadedFile, int, int]]
) -> list[Problem]:
    """Editions off the rhythm their series states (`every: 2` and an edition a year on)."""
    found = []
    for series in catalog.series.values():
        if series.every is None or not series.editions:
            continue
        first = min(e.year for e in series.editions)
        for edition in series.editions:
            if (edition.year - first) % series.every:
                loaded, i, j = where[edition.id]
                found.append(
                    Problem(
                        loaded.path,
                        loaded.line("series", i, "editions", j, "year"),
                        f"{edition.id}: {series.name} is held every {series.every} years "
                        f"from {first}, not in {edition.year}; fix the year or `every`",
                    )
                )
    return found


def _lead_warnings(
    catalog: Catalog, where: dict[str, tuple[LoadedFile, int, int]]
) -> list[Problem]:
    """Submission deadlines implausibly long before their event: a year typed wrong?"""
    found = []
    for venue in catalog.venues.values():
        edition = venue.edition
        if edition.start is None:
            continue
        loaded, i, j = where[venue.id]
        for k, deadline in enumerate(edition.deadlines):
            lead = (edition.start - deadline.wall.date()).days
            if deadline.kind in SUBMISSION_KINDS and lead > bounds.MAX_LEAD_DAYS:
                line = loaded.line("series", i, "editions", j, "deadlines", k, "at")
                found.append(
                    Problem(
                        loaded.path,
                        line,
                        f"{venue.id} {deadline.kind}: {deadline.wall.date()} is {lead} days "
                        f"before the event ({edition.start}); is the year right? Estimates "
                        "do not build on it",
                    )
                )
    return found


def _track_warnings(
    catalog: Catalog, where: dict[str, tuple[LoadedFile, int, int]]
) -> list[Problem]:
    """Two submission deadlines of one kind and track: rows and events no one can tell apart,
    and estimates that carry one of them only. Each wants a `track` of its own."""
    found = []
    for venue in catalog.venues.values():
        loaded, i, j = where[venue.id]
        seen: dict[tuple[str, str | None], dt.date] = {}
        for k, deadline in enumerate(venue.edition.deadlines):
            if deadline.kind not in SUBMISSION_KINDS:
                continue
            key, day = (deadline.kind.value, deadline.track), deadline.wall.date()
            if key not in seen:
                seen[key] = day
                continue
            line = loaded.line("series", i, "editions", j, "deadlines", k, "kind")
            track = f"track {deadline.track!r}" if deadline.track else "no track"
            found.append(
                Problem(
                    loaded.path,
                    line,
                    f"{venue.id}: two {deadline.kind} deadlines with {track} ({seen[key]} and "
                    f"{day}); give each its own `track`",
                )
            )
    return found


OVERLAY_NAME = "scraped.yaml"


def overlay_path() -> Path:
    """Return the machine-owned overlay that `deadlines refresh` writes."""
    from deadlines import config

    return config.data_dir() / OVERLAY_NAME


def load(
    paths: Sequence[Path | str] = (),
    *,
    include_default: bool = True,
    overlay: Path | bool | None = True,
    cache: Path | bool | None = True,
) -> Catalog:
    """Load the default catalog (unless told not to), the given files, then the overlay.

    `overlay` is True for the refresh overlay in the data directory, a path for another
    file, or False/None for none; `cache` likewise for the parse cache (`load_cached`).
    """
    from deadlines import config

    cache_dir = config.cache_dir() if cache is True else cache or None
    files = [default_catalog_path()] if include_default else []
    files.extend(Path(p) for p in paths)
    catalog = merge(load_cached(p, cache_dir) for p in files)
    path = overlay_path() if overlay is True else overlay or None
    if path is not None and Path(path).exists():
        try:
            loaded = load_cached(path, cache_dir)
        except CatalogError as exc:  # machine-owned: a broken overlay must not stop `next`
            catalog.warnings.append(Problem(str(path), exc.line, f"overlay ignored: {exc}"))
        else:
            catalog.warnings.extend(apply_overlay(catalog, loaded))
    return catalog


def fill(curated: Edition, scraped: Edition) -> Edition:
    """Merge a scraped edition into a curated one: curated values win, gaps are filled.

    A scraped deadline is added when the curated edition has none of its kind and track,
    and replaces a curated one only when that one is an estimate.
    """
    deadlines = list(curated.deadlines)
    for deadline in scraped.deadlines:
        key = (deadline.kind, deadline.track)
        index = next(
            (i for i, d in enumerate(deadlines) if (d.kind, d.track) == key), None
        )
        if index is None:
            deadlines.append(deadline)
        elif deadlines[index].estimated and not deadline.estimated:
            deadlines[index] = deadline
    fields = {
        name: getattr(scraped, name)
        for name in ("url", "location", "start", "end", "archival", "source")
        if getattr(curated, name) is None and getattr(scraped, name) is not None
    }
    # keep the event's days from one source
    if ("start" in fields or "end" in fields) and (curated.start or curated.end):
        fields.pop("start", None)
        fields.pop("end", None)
    ordered = tuple(sorted(deadlines, key=lambda d: (d.utc, d.kind.value, d.track or "")))
    return curated.model_copy(update={**fields, "deadlines": ordered})


def apply_overlay(catalog: Catalog, loaded: LoadedFile) -> list[Problem]:
    """Add a scraped overlay to `catalog` in place; return what had to be left out."""
    problems: list[Problem] = []
    pending = [
        (i, j, series, edition)
        for i, series in enumerate(loaded.catalog.series)
        for j, edition in enumerate(series.editions)
    ]
    # hosts before their workshops: a workshop's parent may come from the overlay too
    pending.sort(key=lambda item: item[3].parent is not None)
    for i, j, series, edition in pending:
        line = loaded.line("series", i, "editions", j)
        prior = catalog.venues.get(edition.id)
        if prior is not None and prior.series.id != series.id:
            problems.append(Problem(loaded.path, line, f"{edition.id} belongs to "
                                    f"{prior.series.id!r}, not {series.id!r}; ignored"))
            continue
        current = catalog.series.get(series.id)
        kind = current.kind if current is not None else series.kind
        if (kind is VenueKind.WORKSHOP) != (edition.parent is not None):
            problems.append(Problem(loaded.path, line, f"{edition.id}: a workshop needs a "
                                    "parent and a conference has none; ignored"))
            continue
        if edition.parent == edition.id:
            problems.append(Problem(loaded.path, line, f"{edition.id}: its own parent; ignored"))
            continue
        if edition.parent is not None and edition.parent not in catalog.venues:
            problems.append(
                Problem(loaded.path, line, f"{edition.id}: unknown parent {edition.parent!r}; "
                        "ignored")
            )
            continue
        merged = fill(prior.edition, edition) if prior is not None else edition
        base = current or series.model_copy(update={"editions": ()})
        editions = {e.id: e for e in base.editions}
        editions[merged.id] = merged
        updated = base.model_copy(
            update={"editions": tuple(sorted(editions.values(), key=_edition_order))}
        )
        catalog.series[series.id] = updated
        for e in updated.editions:
            catalog.venues[e.id] = Venue(updated, e)
    return problems
