"""The `deadlines` command line: parses arguments, calls the core, prints. Only module that prints.

Heavy modules (pydantic, yaml, the estimator) are imported inside the commands that need
them, so `deadlines --help` starts fast.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
import shlex
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from deadlines import __version__, bounds
from deadlines.errors import DeadlinesError, UsageError

if TYPE_CHECKING:
    from deadlines.catalog import Catalog
    from deadlines.choose import Filters
    from deadlines.config import Settings
    from deadlines.feeds import Selection
    from deadlines.models import Venue
    from deadlines.snapshot import Snapshot


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
        from deadlines.choose import Filters
        from deadlines.models import VenueKind

        kind = VenueKind(self.args.kind) if self.args.kind else None
        rank: str | None = None
        asked: tuple[str, ...] = ()
        if self.args.rank is not None or self.args.tag or tags:
            from deadlines import choices

            rank = choices.check_rank(self.args.rank) if self.args.rank is not None else None
            wanted = self.args.tag or tags
            if wanted:
                known = choices.tag_counts(self.catalog().venues.values())
                try:
                    asked = choices.check_tags(wanted, known)
                except UsageError as exc:
                    if self.args.tag:
                        raise
                    # the configured tags: name the file they came from
                    raise UsageError(f"{self.settings.path}: `next.tags`: {exc}") from None
        return Filters(tags=asked, kind=kind, rank=rank)

    def day(self, text: str | None) -> dt.date | None:
        """A day given on the command line (ISO, tomorrow, next monday, +2w), or None."""
        from deadlines.when import parse_day

        return parse_day(text, self.today) if text else None


def _day(text: str) -> str:
    """A day as typed (ISO, today, next monday, +2w): checked here, read against today later."""
    from deadlines import when

    try:
        day = when.parse_day(text, dt.date(2000, 1, 1))
    except UsageError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a day: {when.HELP}") from None
    if not bounds.MIN_YEAR <= day.year <= bounds.MAX_YEAR:
        raise argparse.ArgumentTypeError(
            f"{text}: expected a year from {bounds.MIN_YEAR} to {bounds.MAX_YEAR}"
        )
    return text


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
    if tzname.lower() in {"local", "localtime"}:
        tzname = config.system_zone()
    try:
        tz = timezones.user_tz(tzname)
    except DeadlinesError as exc:
        from zoneinfo import available_timezones

        from deadlines.choices import zone_hint

        hint = zone_hint(tzname, available_timezones())
        if args.tz:
            where = "--tz"
        elif settings.timezone:
            where = f"{settings.path}: `timezone`"
        else:
            where = "this machine's zone (set TZ or --tz)"
        raise UsageError(f"{where}: {exc}" + (f"; {hint}" if hint else "")) from None
    if args.today:  # words such as "tomorrow" or "+2w" are read against the real today
        from deadlines.when import parse_day

        args.today = parse_day(args.today, clock.today(tz))
    today = args.today or clock.today(tz)
    return Context(args, settings, tz, tzname, today)


def _term() -> dict[str, Any]:
    """How to lay out text for standard output: its width and whether to colour it."""
    from deadlines import config

    tty = sys.stdout.isatty()
    return {"width": config.terminal_width(tty), "colour": config.colour_wanted(tty)}


@contextlib.contextmanager
def _few_collections() -> Iterator[None]:
    """Collect cyclic garbage rarely while a one-shot command plans or writes thousands of
    short-lived objects: the default thresholds spent a tenth of `deadlines next` on ten
    thousand series in collections that found nothing to free. At the end, what it made is
    exempt from collections (the command ends soon): else the first allocation after the
    thresholds are restored walks all of it."""
    before = gc.get_threshold()
    gc.set_threshold(50_000, 20, 100)
    try:
        yield
    finally:
        gc.freeze()
        gc.set_threshold(*before)


def _emit(data: Any) -> None:
    import json

    print(json.dumps(data, indent=2, ensure_ascii=False))


def cmd_next(ctx: Context) -> int:
    from deadlines import feeds, render
    from deadlines.choose import by_date
    from deadlines.models import is_generic

    args, settings = ctx.args, ctx.settings
    selection = feeds.Selection(
        filters=ctx.filters(settings.tags),
        months=args.months if args.months is not None else settings.months,
        window_weeks=args.window if args.window is not None else settings.window_weeks,
        template=args.template,
    )
    with _few_collections():
        snap = ctx.snapshot()
        window = selection.window(ctx.today)
        found = feeds.picks(snap, selection, with_fallback=args.json)  # only JSON shows it
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
        kept = "".join(f" --tag {t}" for t in selection.filters.tags)
        kept += f" --kind {selection.filters.kind.value}" if selection.filters.kind else ""
        kept += f" --rank {shlex.quote(selection.filters.rank)}" if selection.filters.rank else ""
        print(
            f"No submission deadlines between {window.first} and {window.last}"
            + (f" matching {filters}" if filters else "")
            + ". Try a wider window: deadlines next "
            + f"--months {selection.months} --window {wider}{kept}"
        )
        return 0
    print(
        render.format_next(
            found,
            window,
            ctx.tzname,
            months=selection.months or 3,
            grouped=lambda c: is_generic(c.venue),
            **_term(),
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


def _parent_filter(ctx: Context, venues: Mapping[str, Venue]) -> Callable[[Venue], bool]:
    """`--parent`: the workshops of one edition (cvpr2027) or of every edition of a series
    (cvpr); an id that is neither is an error with suggestions, not an empty list."""
    key = ctx.args.parent
    if key is None:
        return lambda _: True
    key = key.strip().lower()
    if key in venues:
        return lambda v: v.edition.parent == key
    hosts = {v.id for v in venues.values() if v.series.id == key}
    if not hosts:
        ctx.snapshot().venue(key)  # raises the "unknown venue; did you mean" error
        raise UsageError(f"--parent {key!r}: not a conference edition or series")
    return lambda v: v.edition.parent in hosts


def cmd_list(ctx: Context) -> int:
    from deadlines import choose, render

    args = ctx.args
    if args.stats:
        return _list_stats(ctx)
    filters = ctx.filters()
    venues = ctx.snapshot().venues
    of_parent = _parent_filter(ctx, venues)
    chosen = [
        v
        for v in venues.values()
        if filters.match(v)
        and (args.year is None or v.edition.year == args.year)
        and of_parent(v)
    ]
    if not args.all and args.year is None and args.parent is None:
        chosen = choose.upcoming(chosen, ctx.today, ctx.tz)
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
    print(render.format_venues(chosen, ctx.today, ctx.tz, venues, **_term()))
    return 0


def _list_stats(ctx: Context) -> int:
    from deadlines import stats

    args, filters = ctx.args, ctx.filters()
    cat = ctx.catalog()  # the catalog's own dates: estimates are not counted
    of_parent = _parent_filter(ctx, cat.venues)
    chosen = [
        v
        for v in cat
        if filters.match(v) and (args.year is None or v.edition.year == args.year) and of_parent(v)
    ]
    found = stats.catalog_stats(chosen, cat.venues)
    if args.json:
        _emit(stats.stats_json(found))
    else:
        print(stats.format_stats(found))
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
    also = sorted(  # the same series' other editions that year (another host)
        (
            v
            for v in venues.values()
            if v.series.id == venue.series.id
            and v.edition.year == venue.edition.year
            and v.id != venue.id
        ),
        key=lambda v: v.id,
    )
    if ctx.args.json:
        _emit(
            {
                **render.venue_json(venue, parent),
                "deadlines": [render.deadline_json(d, ctx.tz) for d in venue.edition.deadlines],
                "workshops": [w.id for w in workshops],
                "also": [v.id for v in also],
            }
        )
        return 0
    text = render.format_show(
        venue, parent, ctx.tz, ctx.tzname, workshops, also=also, venues=venues, **_term()
    )
    print(text)
    return 0


def cmd_plan(ctx: Context) -> int:
    from deadlines import feeds, render

    args = ctx.args
    snap = ctx.snapshot()
    from deadlines.when import parse_day

    start = parse_day(args.start, ctx.today) if args.start else ctx.today
    selection = feeds.Selection(venues=(args.venue,), template=args.template, start=start)
    (plan,) = feeds.plans(snap, selection)
    if args.json:
        _emit(render.plan_json(plan, snap.venues))
        return 0
    print(render.format_plan(plan, snap.venues, ctx.tz, ctx.tzname, **_term()))
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
        start=ctx.day(args.start),
    )


def cmd_ics(ctx: Context) -> int:
    from deadlines import fsutil

    args = ctx.args
    with _few_collections():
        feed = _ics_feed(ctx)
    if args.output in (None, "-"):
        sys.stdout.buffer.write(feed)
        sys.stdout.flush()
    else:
        fsutil.atomic_write(Path(args.output), feed)
        events = feed.count(b"\r\nBEGIN:VEVENT\r\n")  # whole lines: not text inside a name
        print(f"wrote {args.output}: {events} events, {len(feed)} bytes", file=sys.stderr)
    return 0


def _ics_feed(ctx: Context) -> bytes:
    """The feed `deadlines ics` writes."""
    from deadlines import feeds

    args = ctx.args
    snap = ctx.snapshot()
    if args.papers is not None:

        if args.plan is not None:
            raise UsageError("--papers and --plan make different feeds; write one at a time")
        found = _read_papers(ctx)
        selection = feeds.Selection(person=args.person, paper=args.paper, alarms=tuple(args.alarm))
        return feeds.papers_ics(snap, found, selection)
    if args.person or args.paper:
        raise UsageError("--person and --paper select from the papers feed; add --papers")
    if args.plan is None:
        return feeds.deadlines_ics(snap, _selection(ctx, months=args.months))
    # Picking venues needs a window: the configured one unless --months says otherwise.
    months = args.months if args.plan or args.months else ctx.settings.months
    selection = _selection(ctx, venues=args.plan, months=months)
    for plan in feeds.plans(snap, selection):
        if plan.status == "passed":
            print(
                f"deadlines: warning: {plan.venue}: the deadline passed on {plan.due}; its plan "
                "has no milestones, only the venue's dates",
                file=sys.stderr,
            )
    return feeds.plan_ics(snap, selection, with_deadlines=True)


def _snapshot_builder(
    ctx: Context, *, with_papers: bool = False, long_lived: bool = False
) -> Callable[[], Snapshot]:
    """Build a snapshot of the catalog as it is now, as of today (or --today), and with
    `with_papers` the lab's papers file as it is now (for `serve` and `build`);
    `long_lived` for a process that builds many (`serve`)."""
    from deadlines import clock
    from deadlines.templates import templates_from_config

    templates = templates_from_config(ctx.settings.templates, ctx.settings.path)

    def build() -> Snapshot:
        from deadlines import catalog, config, snapshot

        today = ctx.args.today or clock.today(ctx.tz)
        found = None
        if with_papers:

            found = _read_papers(ctx)
        extra = [*ctx.settings.catalogs, *ctx.args.catalog]
        files = [catalog.default_catalog_path(), *map(Path, extra), catalog.overlay_path()]
        return snapshot.cached(
            files,
            today,
            ctx.tz,
            templates,
            ctx.catalog,
            cache=config.cache_dir(),
            papers=found,
            one_shot=not long_lived,
        )

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
        _snapshot_builder(ctx, with_papers=True, long_lived=True),
        refresh=refresh,
        base_url=args.base_url or "",
        # the fetch has its own deadline; parsing, merging and rendering get as long again
        job_deadline=2 * ctx.settings.refresh.deadline + 60,
    )
    what = "refresh and rebuild" if args.refresh else "rebuild (new day)"
    print(
        f"deadlines: serving http://{args.host}:{args.port}/ (feeds: /deadlines.ics, /plan.ics, "
        "/papers.ics; "
        f"health: /healthz); {what} on '{cron}' UTC",
        file=sys.stderr,
    )
    hosts = [h.strip() for h in args.allowed_hosts.split(",") if h.strip()]
    papers = _papers_file(ctx)

    def fingerprint() -> tuple[int, int] | None:
        """The papers file's size and mtime: when they change, the papers feed is rebuilt."""
        try:
            st = papers.stat()
        except OSError:
            return None
        return st.st_size, st.st_mtime_ns

    server.run(
        feed_server,
        args.host,
        args.port,
        cron,
        access_log=args.access_log,
        allowed_hosts=hosts,
        watch=fingerprint,
    )
    return 0


def cmd_build(ctx: Context) -> int:
    from deadlines import fsutil, site

    out = Path(ctx.args.out)
    files = site.site_files(_snapshot_builder(ctx, with_papers=True)(), ctx.args.base_url or "")
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
    hours = 6 if args.hours is None else args.hours
    if hours not in (evenly := [n for n in range(1, 25) if 24 % n == 0]):
        # cron's */7 runs at 0, 7, 14, 21 and again at 0: three hours apart at midnight
        raise UsageError(
            f"--hours {hours}: expected one of {', '.join(map(str, evenly))}, so runs are "
            "evenly spaced through the day"
        )
    at = deploy.parse_at(args.at) if args.at else None
    if args.github and at is None and args.hours is None:
        at = deploy.NIGHTLY
    exe = shutil.which("deadlines") or str(Path(sys.argv[0]).resolve())
    out = Path(args.out).expanduser().resolve() if args.out else config.data_dir() / "site"
    if args.github:  # paths inside the repository, as given
        given = config.config_override()
        inside = given if given and not Path(given).is_absolute() else None
        job = deploy.Job("deadlines", out, hours, at, tuple(args.catalog), inside)
        print(deploy.github_workflow(job), end="")
        return 0
    log = Path(args.log).expanduser().resolve() if args.log else config.data_dir() / "cron.log"
    catalogs = tuple(str(Path(c).expanduser().resolve()) for c in args.catalog)
    given = config.config_override()
    conf = str(Path(given).expanduser().resolve()) if given else None
    papers = _papers_file(ctx).expanduser().resolve()
    digest = papers if papers.exists() or args.papers else None
    job = deploy.Job(exe, out, hours, at, catalogs, conf, log)
    print(deploy.format_cron(job, digest), end="")
    return 0


def cmd_validate(ctx: Context) -> int:
    from deadlines import catalog

    files = ctx.args.files or [catalog.default_catalog_path()]
    base = [] if not ctx.args.files else [catalog.default_catalog_path()]
    loaded: list[catalog.LoadedFile] = []
    problems: list[str] = []
    for path in [*base, *files]:  # every file is checked, not only up to the first bad one
        try:
            loaded.append(catalog.load_file(path))
        except catalog.InvalidCatalogError as exc:
            problems += [str(p) for p in exc.problems]
        except DeadlinesError as exc:  # malformed YAML, unreadable, not a catalog
            problems.append(str(exc))
    cat = None
    if not problems:  # files that load one by one may still clash (an edition id twice)
        try:
            cat = catalog.merge(loaded)
        except catalog.InvalidCatalogError as exc:
            problems += [str(p) for p in exc.problems]
    if cat is None:
        for problem in problems:
            print(problem, file=sys.stderr)
        if len(problems) > 1:
            print(f"invalid: {len(problems)} problems", file=sys.stderr)
        return 2
    names = [str(p) for p in files]
    mine = {e.id for lf in loaded[len(base) :] for s in lf.catalog.series for e in s.editions}
    shown = [v for v in cat if v.id in mine]
    deadlines = sum(len(v.edition.deadlines) for v in shown)
    checked = {str(p) for p in files}
    warnings = [w for w in cat.warnings if w.path in checked]
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    counts = (
        f"{', '.join(names)}: {len({v.series.id for v in shown})} series, "
        f"{len(shown)} editions, {deadlines} deadlines, {len(warnings)} warnings"
    )
    second_hand: list[catalog.Problem] = []
    if ctx.args.strict:
        from deadlines.stats import tracker_citations

        second_hand = tracker_citations(loaded[len(base) :])
    for citation in second_hand:
        print(citation, file=sys.stderr)
    if second_hand:
        print(f"strict: {counts}; {len(second_hand)} deadlines cite only a tracker",
              file=sys.stderr)
        return 2
    print(f"ok: {counts}")
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
    known = None if args.all else ctx.catalog().series
    report = import_path(args.format, Path(args.path), source_base=args.source_base, known=known)
    for problem in report.problems:  # each names its file and what was done with the item
        print(problem, file=sys.stderr)
    if args.output:
        fsutil.atomic_write(Path(args.output), report.yaml_text.encode())
    else:
        sys.stdout.write(report.yaml_text)
    kept = (
        f"; left out {report.left_out} editions the catalog has (--all writes them)"
        if report.left_out
        else ""
    )
    print(
        f"imported {report.series} series, {report.editions} editions, "
        f"{report.deadlines} deadlines; {report.skipped} skipped, "
        f"{len(report.problems)} notes{kept}",
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
    bar = None
    if sys.stderr.isatty() and not args.json:  # a pipe or a cron log gets no progress line
        sources = {s.name: s.urls for s in ctx.settings.refresh.sources}
        bar = render.ProgressLine(sys.stderr, sources, config.terminal_width(tty=True))
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
        bar.close()
    if args.json:
        _emit(report.as_json())
    else:
        print(render.format_refresh(report))
    return 3 if report.partial else 0


def cmd_extract(ctx: Context) -> int:
    from deadlines import extract

    args = ctx.args
    body = extract.read_source(args.page, ctx.settings.refresh)
    found = extract.extract(body, args.page, year=args.year)
    if args.json:
        _emit(extract.as_json(found))
    else:
        print(extract.format_text(found))
    return 0


def cmd_tags(ctx: Context) -> int:
    from deadlines import choices

    counts = choices.tag_counts(ctx.catalog().venues.values())
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if ctx.args.json:
        _emit(dict(ordered))
        return 0
    width = max(len(t) for t in counts) if counts else 3
    print(f"{'TAG':<{width}}  SERIES")
    print("\n".join(f"{tag:<{width}}  {n}" for tag, n in ordered))
    return 0


def cmd_completion(ctx: Context) -> int:
    from deadlines import completion

    print(completion.script(ctx.args.shell, _parser()), end="")
    return 0


def cmd_complete(ctx: Context) -> int:
    """Candidates for the completion scripts, one a line: venue ids, tags or templates."""
    if ctx.args.what == "templates":
        from deadlines.templates import templates_from_config

        found = sorted(templates_from_config(ctx.settings.templates, ctx.settings.path))
    else:
        venues = ctx.catalog().venues.values()
        if ctx.args.what == "tags":
            found = sorted({t for v in venues for t in v.series.tags})
        else:  # an edition's id, or a series id for its next edition
            found = sorted({v.id for v in venues} | {v.series.id for v in venues})
    print("\n".join(found))
    return 0


def cmd_config(ctx: Context) -> int:
    from deadlines import config

    path = config.config_path()
    state = "exists" if path.exists() else "not created yet"
    print(
        f"config file: {path} ({state})\ndata dir:    {config.data_dir()}\n"
        f"time zone:   {ctx.tzname}"
    )
    return 0


# ---- papers: a lab's committed papers ---------------------------------------------------------


def _papers_file(ctx: Context) -> Path:
    from deadlines import config

    return config.papers_path(ctx.settings, ctx.args.papers)


def _read_papers(ctx: Context) -> Any:
    """The lab's papers. A file someone named (option, DEADLINES_PAPERS, config) must exist:
    a typo is an error, not an empty list; ./papers.yaml may not exist yet."""
    from deadlines import papers

    path = _papers_file(ctx)
    if path != Path("papers.yaml") and not path.exists():
        raise UsageError(f"{path}: no such papers file (`deadlines paper add` starts one)")
    return papers.load(path)


def _committed(ctx: Context, snap: Snapshot) -> tuple[Any, list[Any]]:
    """The papers file and each paper's standing today (its plan from its own start day)."""
    from deadlines import papers
    from deadlines.choose import Fallbacks, template_for

    found = _read_papers(ctx)
    fallbacks = Fallbacks(snap.venues.values())
    standings = []
    for paper in found.papers:
        try:
            plan = papers.plan_of(paper, snap, fallbacks)
        except UsageError as exc:
            raise UsageError(f"{found.where(paper)}: paper {paper.id!r}: {exc}") from None
        template = template_for(snap.venues[plan.venue], snap.templates, paper.template)
        standings.append(papers.standing(paper, plan, ctx.today, template))
    return found, standings


def _show_paper(ctx: Context, paper_id: str) -> int:
    from deadlines import paperview

    snap = ctx.snapshot()
    _, standings = _committed(ctx, snap)
    (s,) = [s for s in standings if s.paper.id == paper_id]
    if ctx.args.json:
        _emit(paperview.paper_json(s))
    else:
        print(paperview.format_show(s, snap.venues, ctx.today, ctx.tzname, ctx.tz, **_term()))
    return 0


def cmd_paper_add(ctx: Context) -> int:
    from deadlines import papers

    args = ctx.args
    if not args.title.strip():
        raise UsageError("the paper's title is empty; give it in quotes: paper add \"Title\"")
    snap = ctx.snapshot()
    start = ctx.day(args.start) or ctx.today
    venue = papers.resolve_venue(args.venue, snap.venues, start)
    if args.template:
        from deadlines.choose import template_for

        template_for(venue, snap.templates, args.template)  # an unknown name is an error now
    store = papers.PapersFile(_papers_file(ctx))
    with store.edit() as doc:
        taken = {str(p.get("id")) for p in doc["papers"]}
        paper_id = args.id or papers.slug_for(args.title, taken)
        if paper_id in taken:
            raise UsageError(f"{store.path}: paper id {paper_id!r} is taken; pass another --id")
        item: dict[str, Any] = {"id": paper_id, "title": args.title}
        if args.short:
            item["short"] = args.short
        item |= {"venue": args.venue, "start": start}
        if args.template:
            item["template"] = args.template
        people = [{"name": n, "role": "first-author" if i == 0 else "author"}
                  for i, n in enumerate(args.author)]
        people += [{"name": n, "role": "reviewer"} for n in args.reviewer]
        if people:
            item["people"] = people
        item |= {"status": "planned", "added": ctx.today}
        doc["papers"].append(item)
    print(f"added {paper_id} to {store.path}", file=sys.stderr)
    return _show_paper(ctx, paper_id)


def _edit_paper(ctx: Context, change: Callable[[Any, Any], str]) -> int:
    """Apply `change(item, snapshot)` to the paper named on the command line; print its line."""
    from deadlines import papers

    snap = ctx.snapshot()
    store = papers.PapersFile(_papers_file(ctx))
    with store.edit() as doc:
        item = papers.find(doc, ctx.args.id, str(store.path))
        said = change(item, snap)
    print(f"{ctx.args.id}: {said}", file=sys.stderr)
    return _show_paper(ctx, ctx.args.id)


def cmd_paper_done(ctx: Context) -> int:
    from deadlines import papers

    def change(item: Any, snap: Snapshot) -> str:
        paper = papers.parse_item(item)
        if paper.status == "withdrawn":
            raise UsageError(f"{paper.id} is withdrawn: its plan has no milestones left to do")
        plan = papers.plan_of(paper, snap)
        key = papers.milestone_key(plan, ctx.args.milestone)
        done = item.setdefault("done", {})
        done[key] = ctx.day(ctx.args.on) or ctx.today
        if paper.status in papers.WORKING:
            item["status"] = papers.status_after(plan, set(done))
        return f"{key} done on {done[key]}"

    return _edit_paper(ctx, change)


def _set_status(ctx: Context, status: str, *, day_field: str | None = None) -> int:
    from deadlines import papers

    def change(item: Any, _snap: Snapshot) -> str:
        paper = papers.parse_item(item)
        papers.check_transition(paper, status)
        item["status"] = status
        if day_field:
            item[day_field] = ctx.today
        return f"{paper.status} -> {status}"

    return _edit_paper(ctx, change)


def cmd_paper_submit(ctx: Context) -> int:
    return _set_status(ctx, "submitted", day_field="submitted")


def cmd_paper_accept(ctx: Context) -> int:
    return _set_status(ctx, "accepted")


def cmd_paper_withdraw(ctx: Context) -> int:
    return _set_status(ctx, "withdrawn")


def cmd_paper_reject(ctx: Context) -> int:
    from deadlines import papers
    from deadlines.choose import Fallbacks, notification_day

    def change(item: Any, snap: Snapshot) -> str:
        paper = papers.parse_item(item)
        papers.check_transition(paper, "rejected")
        plan = papers.plan_of(paper, snap, Fallbacks(snap.venues.values()))
        venue = snap.venues[plan.venue]
        notified, _ = notification_day(venue, plan.deadline)
        start = ctx.day(ctx.args.start) or min(ctx.today, notified)
        if ctx.args.venue:
            nxt = papers.resolve_venue(ctx.args.venue, snap.venues, start)
            why = f"{nxt.name}: chosen when the reject was recorded"
        elif plan.fallback:
            nxt, why = snap.venues[plan.fallback], plan.fallback_why or ""
        else:
            nxt, why = None, ""
        papers.close_attempt(item, "rejected", ctx.today, f"rejected at {venue.name}")
        if nxt is None:
            item["status"] = "rejected"
            return (
                f"rejected at {venue.name}; no later venue like it in the catalog: "
                f"pick one with deadlines paper move {paper.id} --venue ID"
            )
        item["venue"], item["start"], item["status"] = nxt.id, start, "planned"
        return f"rejected at {venue.name}; now aiming at {why}, from {start}"

    return _edit_paper(ctx, change)


def cmd_paper_move(ctx: Context) -> int:
    from deadlines import papers

    def change(item: Any, snap: Snapshot) -> str:
        paper = papers.parse_item(item)
        start = ctx.day(ctx.args.start) or paper.start
        new = papers.resolve_venue(ctx.args.venue, snap.venues, start)
        old = papers.venue_of(paper, snap)
        if new.id == old.id:
            raise UsageError(f"{paper.id} already aims at {old.id}")
        why = ctx.args.why or f"moved to {new.name}"
        papers.close_attempt(item, "moved", ctx.today, why, keep_progress=True)
        item["venue"], item["start"] = new.id, start
        if item.get("status") in ("rejected", "withdrawn"):
            item["status"] = "planned"
        return f"{old.name} -> {new.name}, from {start}"

    return _edit_paper(ctx, change)


def cmd_paper_edit(ctx: Context) -> int:
    from deadlines import papers

    args = ctx.args

    def change(item: Any, _snap: Snapshot) -> str:
        paper = papers.parse_item(item)
        said = []
        for name, value in (("title", args.title), ("short", args.short),
                            ("template", args.template)):
            if value is not None and value != getattr(paper, name):
                item[name] = value
                said.append(f"{name} {getattr(paper, name)} -> {value}")
        start = ctx.day(args.start)
        if start is not None and start != paper.start:
            item["start"] = start
            said.append(f"start {paper.start} -> {start}")
        if args.author or args.reviewer:
            people = [{"name": n, "role": "first-author" if i == 0 else "author"}
                      for i, n in enumerate(args.author or [p.name for p in paper.people
                                                            if p.role != "reviewer"])]
            people += [{"name": n, "role": "reviewer"} for n in args.reviewer or
                       [p.name for p in paper.people if p.role == "reviewer"]]
            item["people"] = people
            said.append("people " + ", ".join(p["name"] for p in people))
        if not said:
            raise UsageError("nothing to change: give --start, --template, --title, --short, "
                             "--author or --reviewer")
        what = "; ".join(said)
        item.setdefault("changes", []).append({"day": ctx.today, "what": what})
        return what

    return _edit_paper(ctx, change)


def cmd_paper_list(ctx: Context) -> int:
    from deadlines import papers, paperview

    snap = ctx.snapshot()
    found, standings = _committed(ctx, snap)
    overlaps = papers.capacity([(s.paper, s.plan) for s in standings], ctx.today)
    if ctx.args.json:
        _emit({
            "today": ctx.today.isoformat(),
            "file": found.path,
            "papers": [paperview.paper_json(s) for s in standings],
            "capacity": [paperview.overlap_json(o) for o in overlaps],
        })
        return 0
    print(paperview.format_list(standings, overlaps, found.path, **_term()))
    return 0


def cmd_paper_show(ctx: Context) -> int:

    _read_papers(ctx).get(ctx.args.id)  # an unknown id says so
    return _show_paper(ctx, ctx.args.id)


def cmd_digest(ctx: Context) -> int:
    import dataclasses

    from deadlines import digest, paperview

    snap = ctx.snapshot()
    _, standings = _committed(ctx, snap)
    since = ctx.day(ctx.args.since) or ctx.today - dt.timedelta(days=7)
    result = digest.build(
        [(s.paper, s.plan) for s in standings], snap.venues.values(), ctx.today, since
    )
    if ctx.args.json:
        data = dataclasses.asdict(result)
        data["overlaps"] = [paperview.overlap_json(o) for o in result.overlaps]
        import json

        _emit(json.loads(json.dumps(data, default=str)))
        return 0
    print(paperview.format_digest(result))
    return 0


# Options shared by many commands; a command takes only those it uses, so any other is
# refused by argparse instead of silently ignored. `main` fills in the defaults of the rest.
SHARED_DEFAULTS: dict[str, Any] = {"catalog": [], "tz": None, "today": None, "json": False}


def _parser() -> argparse.ArgumentParser:
    catalog_opt = argparse.ArgumentParser(add_help=False)
    catalog_opt.add_argument(
        "--catalog",
        action="append",
        default=[],
        metavar="FILE",
        help="extra catalog read on top of the shipped one (repeatable)",
    )
    tz_opt = argparse.ArgumentParser(add_help=False)
    tz_opt.add_argument(
        "--tz", metavar="ZONE", help="show times in ZONE (IANA name, AoE, UTC+2…, local)"
    )
    today_opt = argparse.ArgumentParser(add_help=False)
    today_opt.add_argument(
        "--today",
        type=_day,
        metavar="DATE",
        help="pretend today is DATE (YYYY-MM-DD, or tomorrow, next monday, +2w…), "
        "for reproducible runs",
    )
    json_opt = argparse.ArgumentParser(add_help=False)
    json_opt.add_argument("--json", action="store_true", help="print JSON instead of a table")
    common = argparse.ArgumentParser(
        add_help=False, parents=[catalog_opt, tz_opt, today_opt, json_opt]
    )
    dated = (catalog_opt, tz_opt, today_opt)  # commands that print no table

    filters = argparse.ArgumentParser(add_help=False)
    filters.add_argument(
        "--tag",
        action="append",
        default=[],
        help="only venues with this tag (cv, ml, nlp, robotics…; repeatable)",
    )
    filters.add_argument("--kind", choices=["conference", "workshop"])
    filters.add_argument("--rank", help="CORE rank or better (A*, A, B) or CCF with ccf:A")

    papers = argparse.ArgumentParser(add_help=False)
    papers.add_argument(
        "--papers",
        metavar="FILE",
        help="the lab's papers file (default: DEADLINES_PAPERS, the config's `papers`, "
        "or ./papers.yaml)",
    )

    parser = argparse.ArgumentParser(
        prog="deadlines",
        description="Conference and workshop paper deadlines, and plans that end on them.",
    )
    parser.add_argument("--version", action="version", version=f"deadlines {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

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
    p.add_argument("venue", help="venue id, e.g. cvpr2027 (a series id plans its next edition)")
    p.add_argument(
        "--start",
        type=_day,
        metavar="DATE",
        help="first day of work: YYYY-MM-DD, tomorrow, next monday, +2w… (default today)",
    )
    p.add_argument("--template", help="template name (default: conference or workshop by kind)")

    p = add(
        "ics",
        cmd_ics,
        "write an iCalendar feed of deadlines, and with --plan of plan milestones",
        (*dated, filters),
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write here (default: standard output)")
    p.add_argument(
        "--plan",
        nargs="*",
        metavar="VENUE",
        help="a feed of these venues' plans instead: their milestones and deadlines (none "
        "named: the best picks)",
    )
    p.add_argument("--months", type=_MONTHS, help="only venues about N months out")
    p.add_argument("--window", type=_WEEKS, metavar="WEEKS", help="weeks either side (default 4)")
    p.add_argument(
        "--pick", type=_whole(1, 50), default=3, help="how many venues --plan picks (default 3)"
    )
    p.add_argument("--template", help="plan with this template (default: by kind)")
    p.add_argument(
        "--start",
        type=_day,
        metavar="DATE",
        help="--plan: the first day of work (default: the Monday of this week)",
    )
    p.add_argument(
        "--papers",
        nargs="?",
        const="",
        metavar="FILE",
        help="the milestones of the lab's committed papers instead (FILE: the papers file)",
    )
    p.add_argument("--person", metavar="NAME", help="--papers: only this person's milestones")
    p.add_argument("--paper", metavar="ID", help="--papers: only this paper")
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
    p.add_argument(
        "--parent", metavar="ID", help="only workshops of this edition (cvpr2027) or series (cvpr)"
    )
    p.add_argument("--all", action="store_true", help="include editions whose deadlines passed")
    p.add_argument(
        "--stats",
        action="store_true",
        help="catalog counts instead: series, workshops per host and year, deadlines and the "
        "share citing official pages (estimates not counted)",
    )

    p = add("show", cmd_show, "every deadline of one venue, with sources and history")
    p.add_argument("venue", help="venue id, e.g. cvpr2027 (a series id shows its next edition)")

    p = add("validate", cmd_validate, "check catalog files (default: the shipped catalog)", ())
    p.add_argument("files", nargs="*", type=Path, metavar="FILE")
    p.add_argument(
        "--strict",
        action="store_true",
        help="also report deadlines that cite only another tracker (ccfddl, ai-deadlines, "
        "WikiCFP…), not the venue's own page; exit 2 when any",
    )

    add("schema", cmd_schema, "print the JSON Schema of catalog files", ())

    p = add(
        "import",
        cmd_import,
        "convert another tracker's data into a deadlines catalog",
        (catalog_opt,),
    )
    p.add_argument("format", choices=["ccfddl", "ai-deadlines"])
    p.add_argument("path", help="a YAML file or a directory of them")
    p.add_argument("-o", "--output", help="write the catalog here (default: standard output)")
    p.add_argument(
        "--source-base",
        metavar="URL",
        help="cite dates as URL + path relative to PATH (default: file:// URIs)",
    )
    p.add_argument(
        "--all",
        action="store_true",
        help="write every series and edition as the tracker has them, not only what the "
        "catalog lacks",
    )

    p = add("refresh", cmd_refresh, "re-read the sources into the scraped overlay and report")
    p.add_argument("--source", metavar="NAME", help="refresh only this source")
    p.add_argument("--dry-run", action="store_true", help="report, but write nothing")
    p.add_argument(
        "--apply",
        metavar="FILE",
        help="write the overlay's changes into a curated YAML file, keeping its comments",
    )

    p = add("extract", cmd_extract, "show what the dates reader finds on one page (file or URL)")
    p.add_argument("page", metavar="PAGE", help="a saved HTML file, or an http(s) URL to fetch")
    p.add_argument("--year", type=int, help="the edition's year, for dates written without one")

    p = add(
        "serve",
        cmd_serve,
        "serve the feeds and the page over HTTP, refreshing on a schedule",
        (*dated, papers),
    )
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

    p = add(
        "build",
        cmd_build,
        "write the page and feeds as files for a static web server",
        (*dated, papers),
    )
    p.add_argument("--out", required=True, metavar="DIR", help="directory to write into")
    p.add_argument(
        "--base-url",
        type=_base_url,
        metavar="URL",
        help="where DIR will be served, e.g. https://lab.example/deadlines/, for the "
        "page's subscribe links (default: completed by the page's script)",
    )

    p = add(
        "cron",
        cmd_cron,
        "print a crontab line and systemd units (or, with --github, a GitHub Actions "
        "workflow publishing to GitHub Pages) to refresh and build on a schedule, in UTC, "
        "and the weekly digest of the lab's papers",
        (catalog_opt, papers),
    )
    p.add_argument("--out", metavar="DIR", help="the build directory (default: DATA_DIR/site)")
    when = p.add_mutually_exclusive_group()
    when.add_argument("--hours", type=int, help="run every N hours, N dividing 24 (default 6)")
    when.add_argument("--at", metavar="HH:MM", help="run once a day at this time, UTC")
    p.add_argument(
        "--log", metavar="FILE", help="append the runs' output here (default: DATA_DIR/cron.log)"
    )
    p.add_argument(
        "--github",
        action="store_true",
        help="print a GitHub Actions workflow that publishes the site to GitHub Pages",
    )

    add("config", cmd_config, "show where the config file and data live", (tz_opt,))

    paper = sub.add_parser(
        "paper",
        help="commit to a venue: papers, their plans and progress",
        description="A lab's papers: each aimed at a venue, planned from its own start day.",
    )
    paper_sub = paper.add_subparsers(dest="paper_command", required=True, metavar="ACTION")

    def act(name: str, func: Callable[[Context], int], help_: str) -> argparse.ArgumentParser:
        p = paper_sub.add_parser(name, help=help_, description=help_, parents=[common, papers])
        p.set_defaults(func=func)
        return p

    p = act("add", cmd_paper_add, "add a paper aimed at a venue, starting work on --start")
    p.add_argument("title")
    p.add_argument("--venue", required=True, help="edition id (cvpr2027) or series id (cvpr)")
    p.add_argument("--start", type=_day, metavar="DATE", help="first day of work (default today)")
    p.add_argument("--template", help="plan template (default: conference or workshop by kind)")
    p.add_argument("--author", action="append", default=[], metavar="NAME",
                   help="an author; the first one given is the first author (repeatable)")
    p.add_argument("--reviewer", action="append", default=[], metavar="NAME",
                   help="a teammate who reviews the draft (repeatable)")
    p.add_argument("--id", help="the paper's id (default: from the title)")
    p.add_argument("--short", metavar="NAME", help="short name for calendar titles")
    act("list", cmd_paper_list, "where each paper stands: milestone, pace, next date")
    p = act("show", cmd_paper_show, "one paper: its plan with progress and its history")
    p.add_argument("id")
    p = act("done", cmd_paper_done, "mark a milestone done (a key like exp1, or its name)")
    p.add_argument("id")
    p.add_argument("milestone")
    p.add_argument("--on", type=_day, metavar="DATE", help="the day it was done (default today)")
    p = act("submit", cmd_paper_submit, "record that the paper was submitted")
    p.add_argument("id")
    p = act("accept", cmd_paper_accept, "record that the paper was accepted")
    p.add_argument("id")
    p = act("withdraw", cmd_paper_withdraw, "record that the paper was withdrawn")
    p.add_argument("id")
    p = act("reject", cmd_paper_reject, "record a reject and aim at the next venue")
    p.add_argument("id")
    p.add_argument("--venue", help="the next venue (default: the plan's fallback)")
    p.add_argument("--start", type=_day, metavar="DATE",
                   help="first day of the new plan (default: the notification day)")
    p = act("move", cmd_paper_move, "aim the paper at another venue")
    p.add_argument("id")
    p.add_argument("--venue", required=True, help="the new venue")
    p.add_argument("--start", type=_day, metavar="DATE", help="new first day (default: kept)")
    p.add_argument("--why", help="the reason, kept in the paper's history")
    p = act("edit", cmd_paper_edit, "change a paper's start, template, title or people")
    p.add_argument("id")
    p.add_argument("--start", type=_day, metavar="DATE")
    p.add_argument("--template")
    p.add_argument("--title")
    p.add_argument("--short", metavar="NAME")
    p.add_argument("--author", action="append", metavar="NAME",
                   help="replace the authors; the first is the first author (repeatable)")
    p.add_argument("--reviewer", action="append", metavar="NAME",
                   help="replace the reviewers (repeatable)")

    p = add("digest", cmd_digest, "this week's milestones per person, what is behind, what moved",
            (common, papers))
    p.add_argument("--since", type=_day, metavar="DATE",
                   help="report deadlines moved or announced since DATE (default: a week ago)")
    add("tags", cmd_tags, "list the catalog's tags and how many series carry each",
        (catalog_opt, json_opt))

    p = add(
        "completion",
        cmd_completion,
        'print a shell completion script: eval "$(deadlines completion bash)"',
        (),
    )
    p.add_argument("shell", choices=["bash", "zsh", "fish"])
    p = add(
        "complete",
        cmd_complete,
        "list venue ids, tags or templates, one a line (for completion scripts)",
        (catalog_opt,),
    )
    p.add_argument("what", choices=["ids", "tags", "templates"])
    return parser


# Options whose value may start with a minus ("--start -3d"), which argparse would take for
# an option of its own: such a value is joined to its option ("--start=-3d").
SIGNED_VALUE_OPTIONS = frozenset({"--today", "--start", "--on", "--alarm"})


def _join_signed_values(argv: Sequence[str]) -> list[str]:
    out: list[str] = []
    for word in argv:
        if out and out[-1] in SIGNED_VALUE_OPTIONS and word[:1] == "-" and word[1:2].isdigit():
            out[-1] = f"{out[-1]}={word}"
        else:
            out.append(word)
    return out


# The shared options that may come before the command, and whether each takes a value.
LEADING_OPTIONS = {"--tz": True, "--today": True, "--catalog": True, "--json": False}


def _options_after_command(argv: Sequence[str]) -> list[str]:
    """`deadlines --tz AoE next` as `deadlines next --tz AoE`: the shared options may come
    before the command too (after `paper ACTION` for the paper commands)."""
    leading: list[str] = []
    rest = list(argv)
    while rest and (name := rest[0].split("=", 1)[0]) in LEADING_OPTIONS:
        takes = LEADING_OPTIONS[name] and "=" not in rest[0]
        leading += rest[: 1 + takes]
        rest = rest[1 + takes :]
    if not leading or not rest or rest[0].startswith("-"):
        return list(argv)
    at = 2 if rest[0] == "paper" and len(rest) > 1 and not rest[1].startswith("-") else 1
    return [*rest[:at], *leading, *rest[at:]]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = _parser()
    words = _options_after_command(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(_join_signed_values(words))
    if args.command is None:  # `deadlines` alone: say what it can do
        parser.print_help()
        return 0
    for name, default in SHARED_DEFAULTS.items():
        if not hasattr(args, name):
            setattr(args, name, default)
    try:
        ctx = _make_context(args)
        code: int = args.func(ctx)
    except DeadlinesError as exc:
        print(f"deadlines: error: {exc}", file=sys.stderr)
        for problem in exc.further():  # a papers file's other problems
            print(f"deadlines: error: {problem}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `deadlines list | head`
        sys.stderr.close()
        return 0
    return code
