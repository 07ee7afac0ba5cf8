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

from deadlines import __version__, bounds
from deadlines.errors import DeadlinesError, UsageError

if TYPE_CHECKING:
    from deadlines.catalog import Catalog
    from deadlines.config import Settings
    from deadlines.feeds import Selection, Snapshot
    from deadlines.planner import Filters


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

        loaded = catalog.load([*self.settings.catalogs, *self.args.catalog])
        overlay = str(catalog.overlay_path())
        for problem in loaded.warnings:
            if problem.path == overlay:  # what a refresh brought and had to be left out
                print(f"deadlines: warning: {problem}", file=sys.stderr)
        return loaded

    def snapshot(self) -> Snapshot:
        """The catalog as of `today`, estimates included, with the configured templates."""
        return _snapshot_builder(self)()

    def filters(self, tags: Sequence[str] = ()) -> Filters:
        from deadlines.models import VenueKind
        from deadlines.planner import Filters

        kind = VenueKind(self.args.kind) if self.args.kind else None
        return Filters(tags=tuple(self.args.tag) or tuple(tags), kind=kind, rank=self.args.rank)


def _date(text: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None
    if not bounds.MIN_YEAR <= day.year <= bounds.MAX_YEAR:
        raise argparse.ArgumentTypeError(
            f"{text}: expected a year from {bounds.MIN_YEAR} to {bounds.MAX_YEAR}"
        )
    return day


def _whole(low: int, high: int) -> Callable[[str], int]:
    """An argument type: a whole number from `low` to `high`."""

    def read(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = low - 1
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"{text!r}: expected a whole number from {low} to {high}"
            )
        return value

    return read


def _base_url(text: str) -> str:
    try:
        return bounds.check_url(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


_MONTHS = _whole(1, bounds.MAX_MONTHS)
_WEEKS = _whole(0, bounds.MAX_WINDOW_WEEKS)


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
    from deadlines import feeds, render
    from deadlines.estimate import is_generic
    from deadlines.planner import by_date

    args, settings = ctx.args, ctx.settings
    selection = feeds.Selection(
        filters=ctx.filters(settings.tags),
        months=args.months if args.months is not None else settings.months,
        window_weeks=args.window if args.window is not None else settings.window_weeks,
        template=args.template,
    )
    snap = ctx.snapshot()
    window = selection.window(ctx.today)
    found = feeds.picks(snap, selection)
    if args.sort == "date":
        found.sort(key=by_date)
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
        filters = _describe_filters(selection.filters)
        wider = selection.window_weeks * 2 if selection.window_weeks else 4
        print(
            f"No submission deadlines between {window.first} and {window.last}"
            + (f" matching {filters}" if filters else "")
            + f". Try a wider window: deadlines next --months {selection.months} --window {wider}"
        )
        return 0
    print(
        render.format_next(
            found,
            window,
            ctx.tzname,
            months=selection.months or 3,
            grouped=lambda c: is_generic(c.venue),
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

    args = ctx.args
    filters = ctx.filters()
    venues = ctx.snapshot().venues
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

    snap = ctx.snapshot()
    venues = snap.venues
    venue = snap.venue(ctx.args.venue)
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


def cmd_plan(ctx: Context) -> int:
    from deadlines import feeds, render

    args = ctx.args
    snap = ctx.snapshot()
    start = args.start or ctx.today
    snap = feeds.Snapshot(start, snap.tz, snap.venues, snap.templates)
    (plan,) = feeds.plans(snap, feeds.Selection(venues=(args.venue,), template=args.template))
    if args.json:
        _emit(render.plan_json(plan, snap.venues))
        return 0
    print(render.format_plan(plan, snap.venues, ctx.tz, ctx.tzname))
    return 0


def _duration(text: str) -> dt.timedelta:
    units = {"d": "days", "h": "hours", "m": "minutes", "w": "weeks"}
    number, unit = text[:-1], text[-1:].lower()
    if unit not in units or not number.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a duration: write 7d, 2w, 12h or 30m")
    return dt.timedelta(**{units[unit]: int(number)})


def _selection(ctx: Context, *, months: int | None, venues: Sequence[str] = ()) -> Selection:
    """The feed selection of `ics`: filters, window, named venues or picks, alarms."""
    from deadlines.feeds import Selection

    args = ctx.args
    return Selection(
        filters=ctx.filters(),
        months=months,
        window_weeks=args.window if args.window is not None else ctx.settings.window_weeks,
        venues=tuple(venues),
        pick=args.pick,
        template=args.template,
        alarms=tuple(args.alarm),
    )


def cmd_ics(ctx: Context) -> int:
    from deadlines import feeds, fsutil

    args = ctx.args
    snap = ctx.snapshot()
    if args.plan is None:
        feed = feeds.deadlines_ics(snap, _selection(ctx, months=args.months))
    else:
        # Picking venues needs a window: the configured one unless --months says otherwise.
        months = args.months if args.plan or args.months else ctx.settings.months
        selection = _selection(ctx, venues=args.plan, months=months)
        feed = feeds.plan_ics(snap, selection, with_deadlines=True)
    if args.output in (None, "-"):
        sys.stdout.buffer.write(feed)
        sys.stdout.flush()
    else:
        fsutil.atomic_write(Path(args.output), feed)
        events = feed.count(b"\r\nBEGIN:VEVENT\r\n")  # whole lines: not text inside a name
        print(f"wrote {args.output}: {events} events, {len(feed)} bytes", file=sys.stderr)
    return 0


def _snapshot_builder(ctx: Context) -> Callable[[], Snapshot]:
    """Build a snapshot of the catalog as it is now, as of today (or --today)."""
    from deadlines import clock
    from deadlines.feeds import Snapshot
    from deadlines.plan import templates_from_config

    templates = templates_from_config(ctx.settings.templates)

    def build() -> Snapshot:
        today = ctx.args.today or clock.today(ctx.tz)
        return Snapshot.build(ctx.catalog(), today, ctx.tz, templates)

    return build


def _refresh_sources(ctx: Context) -> Callable[[], object]:
    """What the server's scheduled job runs before rebuilding: `deadlines refresh`. Raises
    PartialError when a source failed (the rest is kept), DeadlinesError when all is lost."""

    def job() -> object:
        from deadlines import catalog, clock, config, refresh
        from deadlines.errors import PartialError

        known = catalog.load([*ctx.settings.catalogs, *ctx.args.catalog], overlay=False)
        report = refresh.run(
            ctx.settings.refresh, known, config.data_dir(), today=clock.today(ctx.tz)
        )
        if report.sources and len(report.failed) == len(report.sources):
            raise DeadlinesError(
                "refresh failed: every source failed: "
                + "; ".join(f"{o.name}: {o.error}" for o in report.failed)
            )
        if report.partial:
            raise PartialError(
                "refresh partial: " + "; ".join(f"{o.name}: {o.error}" for o in report.failed)
            )
        return report

    return job


def cmd_serve(ctx: Context) -> int:
    from deadlines import server

    args = ctx.args
    cron = args.refresh or server.DAILY_REBUILD
    server.cron_trigger(cron)  # a bad schedule is a usage error before anything starts
    refresh = _refresh_sources(ctx) if args.refresh else (lambda: None)
    feed_server = server.FeedServer(
        _snapshot_builder(ctx),
        refresh=refresh,
        base_url=args.base_url or "",
        # the fetch has its own deadline; parsing, merging and rendering get as long again
        job_deadline=2 * ctx.settings.refresh.deadline + 60,
    )
    what = "refresh and rebuild" if args.refresh else "rebuild (new day)"
    print(
        f"deadlines: serving http://{args.host}:{args.port}/ (feeds: /deadlines.ics, /plan.ics; "
        f"health: /healthz); {what} on '{cron}' UTC",
        file=sys.stderr,
    )
    hosts = [h.strip() for h in args.allowed_hosts.split(",") if h.strip()]
    server.run(
        feed_server, args.host, args.port, cron, access_log=args.access_log, allowed_hosts=hosts
    )
    return 0


def cmd_build(ctx: Context) -> int:
    from deadlines import fsutil, site

    out = Path(ctx.args.out)
    files = site.site_files(_snapshot_builder(ctx)(), ctx.args.base_url or "")
    # Feeds first, the page that links them last; unchanged files are left alone so their
    # modification time (and a static server's ETag and Last-Modified) stay put.
    names = sorted(files, key=lambda n: (n == "index.html", n))
    written = 0
    for name in names:
        path = out / name
        try:
            same = path.read_bytes() == files[name]
        except OSError:
            same = False
        if not same:
            fsutil.atomic_write(path, files[name])  # the umask's mode: 0644 under 0022
            written += 1
    size = sum(len(b) for b in files.values())
    print(
        f"built {out}: {len(files)} files ({written} changed), {size} bytes", file=sys.stderr
    )
    return 0


def cmd_cron(ctx: Context) -> int:
    import shutil

    from deadlines import config, deploy

    args = ctx.args
    if not 1 <= args.hours <= 24:
        raise UsageError(f"--hours {args.hours}: expected 1 to 24")
    exe = shutil.which("deadlines") or str(Path(sys.argv[0]).resolve())
    out = Path(args.out).expanduser().resolve() if args.out else config.data_dir() / "site"
    print(deploy.format_cron(exe, out, args.hours), end="")
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
    p.add_argument("--months", type=_MONTHS, help="how far out (default 3)")
    p.add_argument(
        "--window", type=_WEEKS, metavar="WEEKS", help="weeks either side of that date (default 4)"
    )
    p.add_argument("--template", help="plan every venue with this template (default: by kind)")
    p.add_argument(
        "--sort",
        choices=["fit", "date"],
        default="fit",
        help="fit: plans that fit, announced dates and better rank first (default); date",
    )

    p = add("plan", cmd_plan, "back-plan the milestones of one venue's paper")
    p.add_argument("venue", help="venue id, e.g. cvpr2027 (a series id plans its newest edition)")
    p.add_argument("--start", type=_date, metavar="DATE", help="first day of work (default today)")
    p.add_argument("--template", help="template name (default: conference or workshop by kind)")

    p = add(
        "ics",
        cmd_ics,
        "write an iCalendar feed of deadlines, and with --plan of plan milestones",
        (common, filters),
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write here (default: standard output)")
    p.add_argument(
        "--plan",
        nargs="*",
        metavar="VENUE",
        help="add the milestones of these venues' plans (none named: the best picks)",
    )
    p.add_argument("--months", type=_MONTHS, help="only venues about N months out")
    p.add_argument("--window", type=_WEEKS, metavar="WEEKS", help="weeks either side (default 4)")
    p.add_argument(
        "--pick", type=_whole(1, 50), default=3, help="how many venues --plan picks (default 3)"
    )
    p.add_argument("--template", help="plan with this template (default: by kind)")
    p.add_argument(
        "--alarm",
        type=_duration,
        action="append",
        default=[],
        metavar="BEFORE",
        help="a reminder this long before each deadline, e.g. 7d or 12h (repeatable)",
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

    p = add("serve", cmd_serve, "serve the feeds and the page over HTTP, refreshing on a schedule")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument(
        "--port", type=_whole(1, 65535), default=8000, help="port to listen on (default 8000)"
    )
    p.add_argument(
        "--refresh",
        metavar="CRON",
        help="refresh the sources and rebuild the feeds on this crontab schedule, in UTC, "
        "e.g. '17 */6 * * *' (default: only rebuild once a day, for the new date)",
    )
    p.add_argument(
        "--base-url",
        type=_base_url,
        metavar="URL",
        help="the public address of the server (https://lab.example/deadlines/), for the "
        "page's subscribe links",
    )
    p.add_argument(
        "--allowed-hosts",
        default="127.0.0.1,localhost,[::1]",
        metavar="HOSTS",
        help="without --base-url, the Host names (comma-separated; *.lab.example for "
        "subdomains) the subscribe links may use; other hosts get relative links",
    )
    p.add_argument(
        "--no-access-log",
        dest="access_log",
        action="store_false",
        help="do not log every request (calendar clients poll often)",
    )

    p = add("build", cmd_build, "write the page and feeds as files for a static web server")
    p.add_argument("--out", required=True, metavar="DIR", help="directory to write into")
    p.add_argument(
        "--base-url",
        type=_base_url,
        metavar="URL",
        help="where DIR will be served, e.g. https://lab.example/deadlines/, for the "
        "page's subscribe links (default: completed by the page's script)",
    )

    p = add("cron", cmd_cron, "print a crontab line and systemd units to refresh and build")
    p.add_argument("--out", metavar="DIR", help="the build directory (default: DATA_DIR/site)")
    p.add_argument("--hours", type=int, default=6, help="run every N hours (default 6)")

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
