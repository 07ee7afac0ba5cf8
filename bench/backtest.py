"""Backtest the next-edition estimator on the shipped catalog and on the ccfddl history.

    python bench/backtest.py [--ccfddl DIR] [--catalog FILE ...] [--worst N]

Every past submission cycle is predicted from earlier editions only, and the target's year
is not given: it is the base's plus the series' period, as the estimator would pick it.
For each catalog, one table per kind of venue (conference / workshop) gives the absolute
error in days of what the estimator uses (`picked`) on the dev series and on the held-out
series (one in four, fixed by a hash of the series id before any tuning), then every
method on the dev series only. Trials of irregular series (whose year comes from the
catalog's listing, not from a period), of cycles new that year, of targets that are not the
next edition after their base (an edition listed between without dates, or a gap of more
than two years: editions missing from the data) and of targets due before their base (a data
error) are counted apart; "year right" rows keep the trials whose year the period got right,
to tell date errors from year ones. "range held" rows give how often the range an estimate
would have stated (`± N d`, from its stream's earlier trials) held the actual date, a wrong year
counting as a miss, with the range's median width. `--worst N` lists the worst dev trials.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path

from deadlines import catalog as catalog_mod
from deadlines.catalog import Catalog, LoadedFile
from deadlines.errors import DeadlinesError
from deadlines.estimate import (
    BACKTEST_METHODS,
    Score,
    Spreads,
    Trial,
    backtest,
    held_out,
    percentile,
    score,
)
from deadlines.models import VenueKind

REPO = Path(__file__).resolve().parent.parent
# The shared data sits beside the checkout, or beside the directory of its worktrees.
DEFAULT_CCFDDL = next(
    (
        found
        for parent in REPO.parents
        if (found := parent / "shared" / "data" / "ccfddl" / "conference").is_dir()
    ),
    REPO.parent / "shared" / "data" / "ccfddl" / "conference",
)
AIMS = {VenueKind.CONFERENCE: (3, 14), VenueKind.WORKSHOP: (7, 21)}  # median, p90 days


def _fmt(value: float | None, spec: str) -> str:
    return "-" if value is None else format(value, spec)


def _line(label: str, s: Score) -> str:
    within = "-" if s.within_week is None else f"{s.within_week:.0f}%"
    return (
        f"   {label:<24} {s.n:>5} {_fmt(s.median, '.1f'):>7} {_fmt(s.p90, 'd'):>5} "
        f"{_fmt(s.mean, '.1f'):>7} {within:>6}"
    )


def _held_line(label: str, pairs: Sequence[tuple[Trial, int | None]]) -> str:
    """How often the stated range held the actual date, and its median width."""
    scored = [(t, r) for t, r in pairs if r is not None and t.error("picked") is not None]
    if not scored:
        return f"   {label:<24} {0:>5}       -"
    held = sum(t.year_right and (t.error("picked") or 0) <= r for t, r in scored)
    width = statistics.median(r for _, r in scored)
    return (
        f"   {label:<24} {len(scored):>5} {100 * held / len(scored):>6.0f}%"
        f"  (median range ± {width:.0f} d)"
    )


def kind_table(
    kind: VenueKind, trials: Sequence[Trial], ranges: dict[int, int | None] | None = None
) -> list[str]:
    """Return the lines for one kind of venue: dev, held-out, trials apart, methods on dev."""
    mine = [t for t in trials if t.kind is kind]
    if not mine:
        return []
    # A cycle the base edition did not have (a new KDD cycle, a renamed ARR month) is no
    # estimate the estimator makes: it is counted apart, as are irregular series and
    # targets that are not the next edition after their base (`Trial.hole`), and targets
    # whose deadline comes before their base's (`Trial.disordered`: a data error).
    regular = [t for t in mine if not (t.irregular or t.new_cycle or t.hole or t.disordered)]
    dev = [t for t in regular if not held_out(t.series)]
    held = [t for t in regular if held_out(t.series)]
    median, p90 = AIMS[kind]
    series = len({t.series for t in mine})
    lines = [
        f"-- {kind.value}s ({series} series; aim: median <= {median} d, p90 <= {p90} d)",
        f"   {'':<24} {'n':>5} {'median':>7} {'p90':>5} {'mean':>7} {'<=7d':>6}",
        _line("picked, dev", score("picked", dev)),
        _line("picked, held-out", score("picked", held)),
        _line("dev, year right", score("picked", [t for t in dev if t.year_right])),
        _line("held-out, year right", score("picked", [t for t in held if t.year_right])),
        _line("irregular (listed year)", score("picked", [t for t in mine if t.irregular])),
        _line("new cycles", score("picked", [t for t in mine if t.new_cycle])),
        _line("not the next edition", score("picked", [t for t in mine if t.hole])),
        _line("before its base (data)", score("picked", [t for t in mine if t.disordered])),
    ]
    # Methods are compared on the dev series only: the held-out ones are only scored.
    lines += [_line(f"{m}, dev", score(m, dev)) for m in BACKTEST_METHODS if m != "picked"]
    lines.append(_line("best rule, hindsight, dev", hindsight(dev)))
    if ranges is not None:
        lines += [
            _held_line("range held, dev", [(t, ranges[id(t)]) for t in dev]),
            _held_line("range held, held-out", [(t, ranges[id(t)]) for t in held]),
        ]
    return lines


def hindsight(trials: Sequence[Trial]) -> Score:
    """Score the best rule of each trial, chosen knowing the answer: a floor, not a method.

    No estimator picks its rule knowing the answer, so this tells how far the rules above
    could go at best, and whether an aim is within their reach.
    """
    rules = [m for m in BACKTEST_METHODS if m not in {"picked", "generic"}]
    errors = [
        min(found)
        for t in trials
        if (found := [e for m in rules if (e := t.error(m)) is not None])
    ]
    if not errors:
        return Score("hindsight", 0, None, None, None)
    return Score(
        "hindsight",
        len(errors),
        statistics.fmean(errors),
        statistics.median(errors),
        100 * sum(e <= 7 for e in errors) / len(errors),
        percentile(errors, 0.9),
    )


def worst(trials: Sequence[Trial], count: int) -> list[str]:
    """Return the `count` worst regular dev trials of the picked method, worst first."""
    dev = [
        t
        for t in trials
        if not (t.irregular or t.new_cycle or t.hole or t.disordered or held_out(t.series))
        and t.error("picked") is not None
    ]
    dev.sort(key=lambda t: (-(t.error("picked") or 0), t.edition, t.track or ""))
    return [
        f"   {t.error('picked'):>5} d  {t.edition:<20} {t.track or '':<14} actual {t.actual}"
        f"  picked {t.predicted['picked']}{'' if t.year_right else '  (year wrong)'}"
        for t in dev[:count]
    ]


def report(title: str, catalog: Catalog, note: str = "", worst_count: int = 0) -> None:
    """Print the backtest of one catalog: its size, then one table per kind of venue."""
    editions = sum(len(s.editions) for s in catalog.series.values())
    held = sum(held_out(s) for s in catalog.series)
    print(
        f"== {title}: {len(catalog.series)} series ({held} held out), {editions} editions{note}"
    )
    result = backtest(catalog)
    trials = result.trials
    ranges = dict(zip(map(id, trials), Spreads.of(result).stated(result), strict=True))
    for kind in VenueKind:
        table = kind_table(kind, trials, ranges)
        for line in table:
            print(line)
        if worst_count and table:
            print(f"   worst {worst_count} dev trials:")
            for line in worst([t for t in trials if t.kind is kind], worst_count):
                print(line)


def load_ccfddl(directory: Path) -> tuple[Catalog, str] | None:
    """Import the ccfddl dataset through the importer; return it merged, with a note."""
    from deadlines import importer

    imported = importer.import_path("ccfddl", directory)
    note = f" (import: {len(imported.problems)} problems, {imported.skipped} skipped)"
    merged = catalog_mod.merge([LoadedFile(f"ccfddl:{directory}", imported.catalog, {})])
    return merged, note


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--ccfddl",
        type=Path,
        default=DEFAULT_CCFDDL if DEFAULT_CCFDDL.is_dir() else None,
        help="ccfddl `conference/` directory (default: ../shared/data/ccfddl/conference)",
    )
    parser.add_argument(
        "--catalog",
        type=Path,
        action="append",
        default=[],
        help="also backtest this catalog file on its own (repeatable)",
    )
    parser.add_argument(
        "--worst",
        type=int,
        default=0,
        metavar="N",
        help="also list the N worst dev trials per kind of venue (never held-out ones)",
    )
    args = parser.parse_args(argv)
    try:
        report("shipped catalog", catalog_mod.load(), worst_count=args.worst)
        for path in args.catalog:
            loaded_file = catalog_mod.load([path], include_default=False)
            report(str(path), loaded_file, worst_count=args.worst)
        if args.ccfddl is not None:
            loaded = load_ccfddl(args.ccfddl)
            if loaded is not None:
                report(f"ccfddl ({args.ccfddl})", *loaded, worst_count=args.worst)
    except DeadlinesError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    return 0


if __name__ == "__main__":
    sys.exit(main())
