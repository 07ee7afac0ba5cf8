"""Time `deadlines next --months 3` as a whole process against a bare interpreter start.

    python bench/startup.py [--runs 15] [--venues 10000]

Prints the median wall time of each command and its ratio to `python -c pass`, on the
shipped catalog and on the shipped catalog plus a generated catalog of N venues: "cold" with
an empty parse cache every run (a fresh install, or a catalog just edited), "warm" with the
cache the first run wrote (`catalog.load_cached`).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ZONES = ["AoE", "UTC", "PT", "UTC-8", "Europe/Paris", "Asia/Shanghai", "UTC+9"]


def generated_catalog(path: Path, venues: int, seed: int = 7) -> None:
    """Write a catalog of `venues` series with one edition and three deadlines each."""
    rng = random.Random(seed)
    lines = ["version: 1", "series:"]
    for i in range(venues):
        day = 1 + rng.randrange(365)
        month, mday = 1 + (day // 31) % 12, 1 + day % 28
        zone = rng.choice(ZONES)
        lines += [
            f"  - id: gen{i:05d}",
            f"    name: GEN{i:05d}",
            f"    tags: [{rng.choice(['cv', 'ml', 'nlp', 'robotics'])}]",
            "    editions:",
            "      - year: 2027",
            f"        timezone: {zone}",
            "        deadlines:",
            *(
                f"          - {{kind: {kind}, at: '2027-{month:02d}-{mday:02d}{time}', "
                "source: https://example.org}"
                for kind, time in [
                    ("abstract", " 12:00"),
                    ("paper", " 23:59"),
                    ("notification", ""),
                ]
            ),
        ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def median_ms(cmd: list[str], runs: int, *, cold: bool = False) -> float:
    """Median wall time of `cmd`; `cold` gives every run an empty parse cache."""
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "DEADLINES_CACHE_DIR": cache}
        subprocess.run(cmd, check=True, capture_output=True, env=env)  # disk and parse cache
        times = []
        for run in range(runs):
            if cold:
                env["DEADLINES_CACHE_DIR"] = str(Path(cache) / f"cold{run}")
            start = time.perf_counter()
            subprocess.run(cmd, check=True, capture_output=True, env=env)
            times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--venues", type=int, default=10_000)
    args = parser.parse_args()

    from deadlines import catalog

    shipped = catalog.load()
    n_deadlines = sum(len(v.edition.deadlines) for v in shipped)
    cli = [
        sys.executable,
        "-m",
        "deadlines",
        "next",
        "--months",
        "3",
        "--today",
        "2026-11-23",
        "--tz",
        "UTC",
    ]
    bare = median_ms([sys.executable, "-c", "pass"], args.runs)
    print(
        f"shipped catalog: {len(shipped.series)} series, {len(shipped.venues)} editions, "
        f"{n_deadlines} deadlines; {args.runs} runs each, median wall time"
    )
    print(f"  python -c pass                    {bare:8.1f} ms")
    help_ms = median_ms([sys.executable, "-m", "deadlines", "--help"], args.runs)
    print(f"  deadlines --help                  {help_ms:8.1f} ms  {help_ms / bare:5.1f}x")
    for cold in (True, False):
        ms = median_ms(cli, args.runs, cold=cold)
        label = "cold" if cold else "warm"
        print(f"  deadlines next --months 3, {label}   {ms:8.1f} ms  {ms / bare:5.1f}x")
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.yaml"
        generated_catalog(big, args.venues)
        runs = max(3, args.runs // 3)
        for cold in (True, False):
            ms = median_ms([*cli, "--catalog", str(big)], runs, cold=cold)
            label = "cold" if cold else "warm"
            print(
                f"  ... + {args.venues} generated venues, {label}  {ms:8.1f} ms  "
                f"{ms / bare:6.1f}x ({runs} runs)"
            )


if __name__ == "__main__":
    main()
