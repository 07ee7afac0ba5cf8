"""The speed goals, each as a ratio measured in the same run, with peak memory.

    python bench/speed.py [--runs 7] [--venues 10000] [--no-server] [--seconds 3]

Rows (whole processes, like a user's shell or a calendar client sees them):

* `deadlines next --months 3` on the shipped catalog, against `python -c pass`;
* `deadlines next --months 3` and `deadlines ics -o` with N generated series added (one 2027
  edition, three deadlines each; `bench/startup.py` writes them), in seconds;
* the `/deadlines.ics` 304 and 200 paths of `deadlines serve` against nginx serving the same
  file (`bench/serve.py`, whose docstring says what is compared; needs `wrk` and `nginx`):
  pairs of wrk runs, one on each server, the ratio of each pair, their median.

"warm" is a second run the same day (the snapshot and parse caches are filled); "next day"
the first run of a new day (the parsed catalog is cached, the day's snapshot is not); "cold"
has an empty cache directory every run (a fresh install, or a catalog just changed). Each
command runs alternately with `python -c pass` (hyperfine-style), so a ratio compares runs
made under the same load; the table gives medians and the min-max of the per-pair ratios.
CPU is user + system time of the process; peak memory is its maximum resident set.
Settings and data are isolated in a temporary directory: the user's own are not read.
The package is byte-compiled first, as an installed one is (`PYTHONDONTWRITEBYTECODE`
would otherwise have every run compile the modules that changed since the last compile).
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from startup import generated_catalog  # bench/ is on sys.path when run as a script

TODAY = ["--today", "2026-11-23", "--tz", "UTC"]


@dataclass
class Run:
    wall: float  # seconds
    cpu: float  # seconds, user + system
    rss: int  # KiB, peak resident set


def run(cmd: list[str], env: dict[str, str]) -> Run:
    start = time.perf_counter()
    process = subprocess.Popen(
        cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        sys.exit(f"bench: {' '.join(cmd)} exited with {process.returncode}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss)


@dataclass
class Row:
    label: str
    runs: list[Run]
    bare: list[Run]

    def line(self) -> str:
        wall = statistics.median(r.wall for r in self.runs)
        cpu = statistics.median(r.cpu for r in self.runs)
        bare = statistics.median(r.wall for r in self.bare)
        ratios = [r.wall / b.wall for r, b in zip(self.runs, self.bare, strict=True)]
        rss = max(r.rss for r in self.runs) / 1024
        return (
            f"{self.label:<44}{wall * 1000:>9.0f}{cpu * 1000:>9.0f}{wall / bare:>8.1f}x"
            f"  {min(ratios):>5.1f}-{max(ratios):<6.1f}{rss:>7.0f}  {len(self.runs)}"
        )


def measure(
    label: str,
    cmd: list[str],
    env: dict[str, str],
    runs: int,
    *,
    cold: Path | None = None,
    new_day: bool = False,
) -> Row:
    """Run `cmd` `runs` times, each right after `python -c pass`; `cold` empties the cache
    directory before every run; `new_day` moves `--today` a day on every run (the parsed
    catalog is cached, the day's snapshot is not). A command slower than 20 s runs once."""
    bare_cmd = [sys.executable, "-c", "pass"]
    row = Row(label, [], [])
    for index in range(runs):
        if cold is not None:
            env = {**env, "DEADLINES_CACHE_DIR": str(cold / f"run{index}")}
        this = cmd
        if new_day:
            day = dt.date.fromisoformat(TODAY[1]) + dt.timedelta(days=index + 1)
            this = [day.isoformat() if arg == TODAY[1] else arg for arg in cmd]
        row.bare.append(run(bare_cmd, env))
        row.runs.append(run(this, env))
        if row.runs[-1].wall > 20:
            break
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--venues", type=int, default=10_000)
    parser.add_argument("--no-server", action="store_true", help="skip the server row")
    parser.add_argument("--seconds", type=int, default=3, help="wrk's time per server run")
    parser.add_argument("--server-runs", type=int, default=5, help="pairs of server runs")
    args = parser.parse_args()
    import deadlines

    compileall.compile_dir(Path(deadlines.__file__).parent, quiet=1)
    exe = [sys.executable, "-m", "deadlines"]
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        env = {
            **os.environ,
            "DEADLINES_CONFIG": str(tmp / "config.toml"),
            "DEADLINES_DATA_DIR": str(tmp / "data"),
            "DEADLINES_CACHE_DIR": str(tmp / "cache"),
        }
        big = tmp / "generated.yaml"
        generated_catalog(big, args.venues)
        nxt = [*exe, "next", "--months", "3", *TODAY]
        ics = [*exe, "ics", *TODAY, "--catalog", str(big), "-o", str(tmp / "out.ics")]
        few = max(3, args.runs // 2)
        rows = []
        run(nxt, env)  # fill the caches: the warm rows are a second run the same day
        rows.append(measure("next --months 3, shipped, warm", nxt, env, args.runs))
        rows.append(
            measure("next --months 3, shipped, next day", nxt, env, args.runs, new_day=True)
        )
        rows.append(
            measure("next --months 3, shipped, cold", nxt, env, args.runs, cold=tmp / "c1")
        )
        run([*nxt, "--catalog", str(big)], env)
        rows.append(
            measure(
                f"next --months 3, +{args.venues} series, warm",
                [*nxt, "--catalog", str(big)],
                env,
                few,
            )
        )
        rows.append(measure(f"ics -o, +{args.venues} series, warm", ics, env, few))
        rows.append(
            measure(
                f"next --months 3, +{args.venues} series, cold",
                [*nxt, "--catalog", str(big)],
                env,
                few,
                cold=tmp / "c2",
            )
        )
        rows.append(measure(f"ics -o, +{args.venues} series, cold", ics, env, few, cold=tmp / "c3"))
    print(
        f"{'command':<44}{'wall ms':>9}{'cpu ms':>9}{'ratio':>9}  {'spread':<12}"
        f"{'MiB':>7}  runs   (ratio: against python -c pass, medians)"
    )
    for row in rows:
        print(row.line())
    if args.no_server:
        return
    import serve  # bench/serve.py

    found = serve.compare(
        argparse.Namespace(
            seconds=args.seconds, runs=args.server_runs, connections=32, threads=2
        ),
        quiet=True,
    )
    for path, pairs in found.items():
        ratios = [ours.rate / theirs.rate for ours, theirs in pairs]
        for ours, theirs in pairs:
            print(
                f"  /deadlines.ics {path}: {ours.rate:>8.0f} req/s ({ours.cpu:.1f} µs of CPU "
                f"each), nginx {theirs.rate:>8.0f} req/s ({theirs.cpu:.1f} µs)"
            )
        print(
            f"/deadlines.ics {path} path against nginx: {statistics.median(ratios):.2f}x "
            f"(spread {min(ratios):.2f}-{max(ratios):.2f}, {len(ratios)} pairs of runs)"
        )

if __name__ == "__main__":
    main()
