"""The `deadlines` command line: parses arguments, calls the core, prints. Only module that prints.

Heavy modules (pydantic, yaml, the estimator) are imported inside the commands that need
them, so `deadlines --help` starts fast.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from deadlines import __version__
from deadlines.errors import DeadlinesError, UsageError

if TYPE_CHECKING:
    from deadlines.catalog import Catalog
    from deadlines.config import Settings
    from deadlines.models import Venue


@dataclass
class Context:
    """What every command needs: settings, the catalog, `today` and the display zone."""

    args: argparse.Namespace
    settings: Settings
    tz: dt.tzinfo
    tzname: str
    today: dt.date

    def catalog(self) -> Catalog:
        from deadlines import catalog

        return catalog.load([*self.settings.catalogs, *self.args.catalog])

    def venues(self, cat: Catalog) -> dict[str, Venue]:
        """The catalog's venues with estimated editions added or filled in."""
        from deadlines.estimate import estimate

        venues = dict(cat.venues)
        for venue in estimate(cat, self.today):
            venues[venue.id] = venue
        return venues


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _make_context(args: argparse.Namespace) -> Context:
    from deadlines import clock, config, timezones

    settings = config.load_settings()
    tzname = args.tz or settings.timezone or config.system_zone()
    try:
        tz = timezones.user_tz(tzname)
    except DeadlinesError as exc:
        raise UsageError(f"--tz: {exc}") from None
    today = args.today or clock.today(tz)
    return Context(args, settings, tz, tzname, today)


def _emit(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


def cmd_next(ctx: Context) -> int:
    from deadlines import planner, render
    from deadlines.estimate import is_generic
    from deadlines.models import VenueKind

    args, settings = ctx.args, ctx.settings
    months = args.months if args.months is not None else settings.months
    weeks = args.window if args.window is not None else settings.window_weeks
    tags = tuple(args.tag) or settings.tags
    filters = planner.Filters(
        tags=tags, kind=VenueKind(args.kind) if args.kind else None, rank=args.rank
    )
    venues = ctx.venues(ctx.catalog())
    window = planner.Window.around(ctx.today, months, weeks)
    found = planner.candidates(venues.values(), venues, window, ctx.tz, filters)
    if args.json:
        _emit(
            {
                "today": ctx.today.isoformat(),
                "timezone": ctx.tzname,
                "window": {"first": window.first.isoformat(), "last": window.last.isoformat()},
                "venues": [render.candidate_json(c, ctx.tz) for c in found],
            }
        )
        return 0
    if not found:
        wider = weeks * 2 if weeks else 4
        print(
            f"No submission deadlines between {window.first} and {window.last}"
            + (f" matching {_describe_filters(filters)}" if _describe_filters(filters) else "")
            + f". Try a wider window: deadlines next --months {months} --window {wider}"
        )
        return 0
    print(
        render.format_next(
            found, window, ctx.tzname, months=months, grouped=lambda c: is_generic(c.venue)
        )
    )
    return 0


def _describe_filters(filters: Any) -> str:
    parts = [f"tag {', '.join(filters.tags)}"] if filters.tags else []
    if filters.kind:
        parts.append(f"kind {filters.kind.value}")
    if filters.rank:
        parts.append(f"rank {filters.rank}")
    return "; ".join(parts)


def cmd_list(ctx: Context) -> int:
    from deadlines import planner, render
    from deadlines.models import VenueKind

    args = ctx.args
    filters = planner.Filters(
        tags=tuple(args.tag), kind=VenueKind(args.kind) if args.kind else None, rank=args.rank
    )
    venues = ctx.venues(ctx.catalog())
    chosen = [
        v
        for v in venues.values()
        if filters.match(v)
        and (args.year is None or v.edition.year == args.year)
        and (args.parent is None or v.edition.parent == args.parent.lower())
    ]
    if not args.all and args.year is None and args.parent is None:
        chosen = planner.upcoming(chosen, ctx.today, ctx.tz)
    else:
        chosen.sort(key=lambda v: (v.edition.year, v.id))
    if args.json:
        _emit(
            [
                {
                    **render.venue_json(v, venues.get(v.edition.parent or "")),
                    "deadlines": [render.deadline_json(d, ctx.tz) for d in v.edition.deadlines],
                }
                for v in chosen
            ]
        )
        return 0
    if not chosen:
        print("No venues match." + ("" if args.all else " Past editions: add --all."))
        return 0
    print(render.format_venues(chosen, ctx.today, ctx.tz, venues))
    return 0


def cmd_show(ctx: Context) -> int:
    from deadlines import render

    cat = ctx.catalog()
    venues = ctx.venues(cat)
    key = ctx.args.venue.strip().lower()
    venue = venues.get(key) or cat.venue(key)
    venue = venues.get(venue.id, venue)
    parent = venues.get(venue.edition.parent or "")
    workshops = sorted(
        (w for w in venues.values() if w.edition.parent == venue.id),
        key=lambda w: w.series.name.lower(),
    )
    if ctx.args.json:
        _emit(
            {
                **render.venue_json(venue, parent),
                "deadlines": [render.deadline_json(d, ctx.tz) for d in venue.edition.deadlines],
                "workshops": [w.id for w in workshops],
            }
        )
        return 0
    print(render.format_show(venue, parent, ctx.tz, ctx.tzname, workshops))
    return 0


def cmd_validate(ctx: Context) -> int:
    from deadlines import catalog

    files = ctx.args.files or [catalog.default_catalog_path()]
    base = [] if not ctx.args.files else [catalog.default_catalog_path()]
    try:
        loaded = [catalog.load_file(p) for p in [*base, *files]]
        cat = catalog.merge(loaded)
    except catalog.InvalidCatalogError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return exc.exit_code
    names = [str(p) for p in files]
    mine = {e.id for lf in loaded[len(base) :] for s in lf.catalog.series for e in s.editions}
    shown = [v for v in cat if v.id in mine]
    deadlines = sum(len(v.edition.deadlines) for v in shown)
    checked = {str(p) for p in files}
    warnings = [w for w in cat.warnings if w.path in checked]
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(
        f"ok: {', '.join(names)}: {len({v.series.id for v in shown})} series, "
        f"{len(shown)} editions, {deadlines} deadlines, {len(warnings)} warnings"
    )
    return 0


def cmd_schema(_ctx: Context) -> int:
    from deadlines.models import CatalogFile

    schema = CatalogFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "deadlines catalog (conferences.yaml)"
    _emit(schema)
    return 0


def cmd_import(ctx: Context) -> int:
    from deadlines import fsutil
    from deadlines.importer import import_path

    args = ctx.args
    report = import_path(args.format, Path(args.path), source_base=args.source_base)
    for problem in report.problems:
        print(f"skipped: {problem}", file=sys.stderr)
    if args.output:
        fsutil.atomic_write(Path(args.output), report.yaml_text.encode())
    else:
        sys.stdout.write(report.yaml_text)
    print(
        f"imported {report.series} series, {report.editions} editions, "
        f"{report.deadlines} deadlines; {len(report.problems)} items not converted",
        file=sys.stderr,
    )
    return 0


def cmd_refresh(ctx: Context) -> int:
    from deadlines import catalog, config, refresh, render

    args = ctx.args
    if args.apply:
        from deadlines.apply import apply_overlay

        changes = apply_overlay(Path(args.apply), catalog.overlay_path(), dry_run=args.dry_run)
        if args.json:
            _emit({"file": args.apply, "dry_run": args.dry_run, "changes": changes})
        else:
            verb = "would write" if args.dry_run else "wrote"
            print("\n".join(changes) if changes else f"{args.apply}: nothing to apply")
            if changes:
                print(f"{verb} {len(changes)} changes into {args.apply}")
        return 0
    known = catalog.load([*ctx.settings.catalogs, *args.catalog], overlay=False)
    bar = render.progress_bar(sys.stderr) if sys.stderr.isatty() and not args.json else None
    report = refresh.run(
        ctx.settings.refresh,
        known,
        config.data_dir(),
        today=ctx.today,
        only=args.source,
        dry_run=args.dry_run,
        progress=bar,
    )
    if bar is not None:
        print(file=sys.stderr)
    if args.json:
        _emit(report.as_json())
    else:
        print(render.format_refresh(report))
    return 3 if report.partial else 0


def cmd_config(ctx: Context) -> int:
    from deadlines import config

    path = config.config_path()
    state = "exists" if path.exists() else "not created yet"
    print(
        f"config file: {path} ({state})\ndata dir:    {config.data_dir()}\n"
        f"time zone:   {ctx.tzname}"
    )
    return 0


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--catalog",
        action="append",
        default=[],
        metavar="FILE",
        help="extra catalog read on top of the shipped one (repeatable)",
    )
    common.add_argument("--tz", metavar="ZONE", help="show times in ZONE (IANA name, AoE, UTC+2…)")
    common.add_argument(
        "--today",
        type=_date,
        metavar="DATE",
        help="pretend today is DATE (YYYY-MM-DD), for reproducible runs",
    )
    common.add_argument("--json", action="store_true", help="print JSON instead of a table")

    filters = argparse.ArgumentParser(add_help=False)
    filters.add_argument(
        "--tag",
        action="append",
        default=[],
        help="only venues with this tag (cv, ml, nlp, robotics…; repeatable)",
    )
    filters.add_argument("--kind", choices=["conference", "workshop"])
    filters.add_argument("--rank", help="CORE rank or better (A*, A, B) or CCF with ccf:A")

    parser = argparse.ArgumentParser(
        prog="deadlines",
        description="Conference and workshop paper deadlines, and plans that end on them.",
    )
    parser.add_argument("--version", action="version", version=f"deadlines {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(
        name: str,
        func: Callable[[Context], int],
        help_: str,
        parents: Sequence[argparse.ArgumentParser] = (common,),
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_, parents=list(parents))
        p.set_defaults(func=func)
        return p

    p = add(
        "next",
        cmd_next,
        "venues whose submission deadline is about N months out",
        (common, filters),
    )
    p.add_argument("--months", type=int, help="how far out (default 3)")
    p.add_argument(
        "--window", type=int, metavar="WEEKS", help="weeks either side of that date (default 4)"
    )

    p = add("list", cmd_list, "list venues with their submission deadlines", (common, filters))
    p.add_argument("--year", type=int, help="only editions of this year")
    p.add_argument("--parent", metavar="ID", help="only workshops of this edition, e.g. cvpr2027")
    p.add_argument("--all", action="store_true", help="include editions whose deadlines passed")

    p = add("show", cmd_show, "every deadline of one venue, with sources and history")
    p.add_argument("venue", help="venue id, e.g. cvpr2027 (a series id shows its newest edition)")

    p = add("validate", cmd_validate, "check catalog files (default: the shipped catalog)")
    p.add_argument("files", nargs="*", type=Path, metavar="FILE")

    add("schema", cmd_schema, "print the JSON Schema of catalog files")

    p = add("import", cmd_import, "convert another tracker's data into a deadlines catalog")
    p.add_argument("format", choices=["ccfddl", "ai-deadlines"])
    p.add_argument("path", help="a YAML file or a directory of them")
    p.add_argument("-o", "--output", help="write the catalog here (default: standard output)")
    p.add_argument(
        "--source-base",
        metavar="URL",
        help="cite dates as URL + path relative to PATH (default: file:// URIs)",
    )

    p = add("refresh", cmd_refresh, "re-read the sources into the scraped overlay and report")
    p.add_argument("--source", metavar="NAME", help="refresh only this source")
    p.add_argument("--dry-run", action="store_true", help="report, but write nothing")
    p.add_argument(
        "--apply",
        metavar="FILE",
        help="write the overlay's changes into a curated YAML file, keeping its comments",
    )

    add("config", cmd_config, "show where the config file and data live")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = _parser().parse_args(argv)
    try:
        ctx = _make_context(args)
        code: int = args.func(ctx)
    except DeadlinesError as exc:
        print(f"deadlines: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `deadlines list | head`
        sys.stderr.close()
        return 0
    return code
