"""Time iCalendar feed generation and print its size.

    python bench/feed.py [--runs 7] [--venues 10000] [--catalog extra.yaml ...]

Builds the feed of every deadline of the shipped catalog (plus any --catalog files), then of
N generated venues (three deadlines each, as in bench/startup.py), each without and with a
back-plan of every venue's paper deadline. Prints the median wall time of `build_feed` only
(loading and planning are not timed) and the feed's size.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from startup import generated_catalog  # bench/ is on sys.path when run as a script

from deadlines import catalog
from deadlines.catalog import Catalog
from deadlines.ical import build_feed
from deadlines.plan import Plan, back_plan, later_dates
from deadlines.templates import DEFAULT_TEMPLATES

PLAN_DAYS = 92  # the lab's method: start about three months out


def plans_for(cat: Catalog) -> list[Plan]:
    """Back-plan the first submission deadline of every venue, three months out."""
    plans = []
    for venue in cat:
        deadlines = venue.submission_deadlines()
        if not deadlines:
            continue
        deadline = deadlines[0]
        start = deadline.wall.date() - dt.timedelta(days=PLAN_DAYS)
        template = DEFAULT_TEMPLATES[venue.kind.value]
        plans.append(
            back_plan(venue, deadline, start, template, later=later_dates(venue, deadline))
        )
    return plans


def median_ms(cat: Catalog, plans: Sequence[Plan], runs: int) -> tuple[float, bytes]:
    venues = list(cat)
    feed = build_feed(venues, plans, name="bench", hosts=cat.venues)  # warm up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        feed = build_feed(venues, plans, name="bench", hosts=cat.venues)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, feed


def report(label: str, cat: Catalog, runs: int) -> None:
    deadlines = sum(len(v.edition.deadlines) for v in cat)
    print(
        f"{label}: {len(cat.series)} series, {len(cat.venues)} editions, {deadlines} deadlines; "
        f"median of {runs} runs"
    )
    plans = plans_for(cat)
    milestones = sum(len(p.milestones) for p in plans)
    for what, with_plans in (("deadlines", ()), (f"+ {len(plans)} plans", plans)):
        ms, feed = median_ms(cat, with_plans, runs)
        events = feed.count(b"BEGIN:VEVENT")
        print(
            f"  {what:<22} {ms:9.1f} ms  {len(feed) / 1024:9.1f} KiB  {events:6d} events"
            + (f" ({milestones} milestones planned)" if with_plans else "")
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--venues", type=int, default=10_000)
    parser.add_argument("--catalog", action="append", default=[], type=Path)
    args = parser.parse_args()

    report("shipped catalog", catalog.load(args.catalog), args.runs)
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.yaml"
        generated_catalog(big, args.venues)
        generated = catalog.load([big], include_default=False)
    report(f"{args.venues} generated venues", generated, max(3, args.runs // 2))


if __name__ == "__main__":
    main()
