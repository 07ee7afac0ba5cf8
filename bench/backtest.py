"""Backtest the next-edition estimator on the shipped catalog and on the ccfddl history.

    python bench/backtest.py [--ccfddl DIR] [--catalog FILE ...]

Every past submission deadline is predicted from earlier editions only; one line per method
gives the absolute error in days. `picked` is what the estimator would use.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from deadlines import catalog as catalog_mod
from deadlines.catalog import Catalog, LoadedFile
from deadlines.errors import DeadlinesError
from deadlines.estimate import BacktestResult, backtest

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CCFDDL = REPO.parent / "shared" / "data" / "ccfddl" / "conference"


def _fmt(value: float | None, spec: str) -> str:
    return "-" if value is None else format(value, spec)


def report(title: str, catalog: Catalog, note: str = "") -> None:
    """Print the backtest of one catalog: its size, then one line per method."""
    editions = sum(len(s.editions) for s in catalog.series.values())
    print(f"== {title}: {len(catalog.series)} series, {editions} editions{note}")
    result: BacktestResult = backtest(catalog)
    print(f"   {'method':<10} {'n':>5} {'mean':>7} {'median':>7} {'<=7d':>6}")
    for score in result.scores:
        within = "-" if score.within_week is None else f"{score.within_week:.0f}%"
        print(
            f"   {score.method:<10} {score.n:>5} {_fmt(score.mean, '.1f'):>7} "
            f"{_fmt(score.median, '.1f'):>7} {within:>6}"
        )


def load_ccfddl(directory: Path) -> tuple[Catalog, str] | None:
    """Import the ccfddl dataset through the importer; return it merged, with a note."""
    try:
        from deadlines import importer
    except ImportError as exc:  # written in parallel; the bench still runs without it
        print(f"== ccfddl: skipped, deadlines.importer is not available ({exc})")
        return None
    imported = importer.import_path("ccfddl", directory)
    note = f" (import: {len(imported.problems)} problems, {imported.skipped} skipped)"
    merged = catalog_mod.merge([LoadedFile(f"ccfddl:{directory}", imported.catalog, {})])
    return merged, note


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
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
    args = parser.parse_args(argv)
    try:
        report("shipped catalog", catalog_mod.load())
        for path in args.catalog:
            report(str(path), catalog_mod.load([path], include_default=False))
        if args.ccfddl is not None:
            loaded = load_ccfddl(args.ccfddl)
            if loaded is not None:
                report(f"ccfddl ({args.ccfddl})", *loaded)
    except DeadlinesError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    return 0


if __name__ == "__main__":
    sys.exit(main())
