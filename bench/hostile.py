"""`deadlines serve` under a flood of unique queries while refresh jobs run back to back.

    python bench/hostile.py [--seconds 10] [--concurrency 50] [--distinct 0.5]

Starts the server (the shipped catalog, as of 2026-11-23) in a process of its own, whose
refresh job runs again and again for the whole run (2 s waiting on its sources, then
reloading the catalog from YAML without the parse cache, rebuilding the snapshot and
rendering its feeds: the CPU a real refresh costs), then loads it with wrk (one thread,
`concurrency` connections, `seconds` long; without wrk an asyncio + httpx client sends
`--requests` requests, and is itself the bottleneck). A `distinct` share of the requests
carry a query nobody asked before (`?months=M&window=W&alarm=Am`, the attack of unique
query strings); the rest are what calendar clients poll (the default feeds and page, a
filtered feed, a conditional GET), gzip accepted. Prints the answers by status, latency
percentiles, and the server's resident memory before, after and at its peak. An error is a
5xx or a failed connection; 429 is the server protecting itself and is counted apart.
Run it with PYTHONPATH pointing at an older ``src`` to compare.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import itertools
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import httpx

TODAY = dt.date(2026, 11, 23)
REFRESH_WAIT = 2.0  # seconds a refresh job waits on its sources before it builds


def serve(port: int) -> None:
    """The server process: `deadlines serve` with a refresh job that never stops."""
    import threading

    from deadlines import catalog, server
    from deadlines.snapshot import Snapshot
    from deadlines.templates import templates_from_config

    templates = templates_from_config({})

    def build() -> Snapshot:
        return Snapshot.build(catalog.load(overlay=False, cache=False), TODAY, dt.UTC, templates)

    def fetch() -> None:
        time.sleep(REFRESH_WAIT)  # the sources answering

    feed_server = server.FeedServer(build, refresh=fetch)

    def refresh_forever() -> None:
        while True:
            feed_server.run_job()

    threading.Thread(target=refresh_forever, daemon=True).start()
    import uvicorn

    app = server.create_app(feed_server)
    if hasattr(server, "uvicorn_config"):
        config = server.uvicorn_config(
            app, "127.0.0.1", port, access_log=False, feeds=feed_server
        )
        sys.setswitchinterval(server.SWITCH_INTERVAL)  # as server.run does
    else:  # an older server, for a before/after comparison
        config = uvicorn.Config(app, host="127.0.0.1", port=port, access_log=False)
    config.log_level = "warning"
    uvicorn.Server(config).run()


def rss_kib(pid: int, field: str = "VmRSS") -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def queries(total: int, distinct: float, seed: int = 7) -> list[tuple[str, dict[str, str]]]:
    rng = random.Random(seed)
    unique = iter(
        rng.sample(
            [
                f"/deadlines.ics?months={m}&window={w}&alarm={a}m"
                for m, w, a in itertools.product(range(1, 25), range(27), range(1, 600))
            ],
            k=total,
        )
    )
    ordinary = [
        ("/deadlines.ics", {}),
        ("/plan.ics", {}),
        ("/", {}),
        ("/deadlines.ics?months=3&tag=cv", {}),
        ("/deadlines.ics", {"If-None-Match": "*"}),
    ]
    out = []
    for i in range(total):
        if rng.random() < distinct:
            out.append((next(unique), {}))
        else:
            out.append(ordinary[i % len(ordinary)])
    return out


async def load(base: str, plan: list[tuple[str, dict[str, str]]], concurrency: int):
    latencies: list[float] = []
    statuses: Counter[str] = Counter()
    todo = iter(plan)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:

        async def worker() -> None:
            for path, headers in todo:
                started = time.perf_counter()
                try:
                    async with client.stream("GET", path, headers=headers) as r:
                        async for _ in r.aiter_raw():  # read, not decompressed: less client CPU
                            pass
                    statuses[str(r.status_code)] += 1
                except httpx.HTTPError as exc:
                    statuses[type(exc).__name__] += 1
                latencies.append(time.perf_counter() - started)

        began = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - began
    return latencies, statuses, elapsed


WRK_SCRIPT = """
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args)
  paths = {}
  for line in io.lines(args[1]) do table.insert(paths, line) end
  i = 0; ok = 0; notmod = 0; busy = 0; other = 0
end
function request()
  i = i % #paths + 1
  local p, headers = paths[i], {["Accept-Encoding"] = "gzip"}
  if p:sub(1, 1) == "!" then p = p:sub(2); headers["If-None-Match"] = "*" end
  return wrk.format("GET", p, headers)
end
function response(status, headers, body)
  if status == 200 then ok = ok + 1 elseif status == 304 then notmod = notmod + 1
  elseif status == 429 then busy = busy + 1 else other = other + 1 end
end
function done(summary, latency, requests)
  local t = {0, 0, 0, 0}
  for _, th in ipairs(threads) do
    t[1] = t[1] + th:get("ok"); t[2] = t[2] + th:get("notmod")
    t[3] = t[3] + th:get("busy"); t[4] = t[4] + th:get("other")
  end
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %d %d %d %d %d %d %d %d\\n", summary.requests,
    summary.duration, t[1], t[2], t[3], t[4], e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
"""


def with_wrk(base: str, plan: list[tuple[str, dict[str, str]]], args: argparse.Namespace,
             tmp: Path) -> dict[str, float] | None:
    """Load the server with wrk (one thread, so each unique query is asked once)."""
    wrk = shutil.which("wrk")
    if wrk is None or args.python_client:
        return None
    paths = tmp / "paths.txt"
    paths.write_text("".join(("!" if h else "") + p + "\n" for p, h in plan))
    script = tmp / "hostile.lua"
    script.write_text(WRK_SCRIPT)
    out = subprocess.run(
        [wrk, "-t1", f"-c{args.concurrency}", f"-d{args.seconds}s", "--timeout", "30s",
         "-s", str(script), base + "/", "--", str(paths)],
        capture_output=True, text=True, check=True,
    ).stdout
    line = next(x for x in out.splitlines() if x.startswith("RESULT "))
    keys = ("requests", "duration", "200", "304", "429", "other", "errors",
            "p50", "p90", "p99", "max")
    return dict(zip(keys, map(float, line.split()[1:]), strict=True))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--distinct", type=float, default=0.5)
    parser.add_argument("--seconds", type=int, default=10, help="with wrk: how long to load")
    parser.add_argument("--python-client", action="store_true", help="do not use wrk")
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve)
        return 0
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen([sys.executable, __file__, "--serve", str(port)])
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                httpx.get(base + "/healthz", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        else:
            print("the server did not start in 60 s", file=sys.stderr)
            return 1
        before = rss_kib(process.pid)
        with tempfile.TemporaryDirectory() as tmp:
            found = with_wrk(base, queries(20 * args.requests, args.distinct), args, Path(tmp))
        if found is None:
            plan = queries(args.requests, args.distinct)
            latencies, statuses, elapsed = asyncio.run(load(base, plan, args.concurrency))
        after, peak = rss_kib(process.pid), rss_kib(process.pid, "VmHWM")
        runs = httpx.get(base + "/healthz").json()["runs"]
    finally:
        process.terminate()
        process.wait(10)
    if found is not None:
        seconds = found["duration"] / 1e6
        print(
            f"wrk: {found['requests']:.0f} requests in {seconds:.1f} s "
            f"({found['requests'] / seconds:.0f} req/s), {args.concurrency} connections, "
            f"{args.distinct:.0%} with a query never asked before, during {runs} refresh jobs"
        )
        print(f"answers: 200: {found['200']:.0f}, 304: {found['304']:.0f}, "
              f"429: {found['429']:.0f}, other: {found['other']:.0f}")
        print(f"errors (5xx and others, failed connections): "
              f"{found['other'] + found['errors']:.0f}")
        print(f"latency: p50 {found['p50'] / 1000:.0f} ms, p90 {found['p90'] / 1000:.0f} ms, "
              f"p99 {found['p99'] / 1000:.0f} ms, max {found['max'] / 1000:.0f} ms")
        print(f"server RSS: {before / 1024:.0f} MiB before, {after / 1024:.0f} MiB after, "
              f"peak {peak / 1024:.0f} MiB")
        return 1 if found["other"] + found["errors"] else 0
    errors = sum(n for k, n in statuses.items() if not k.isdigit() or k.startswith("5"))
    print(
        f"{len(latencies)} requests, {args.concurrency} at a time, "
        f"{args.distinct:.0%} with a query never asked before, "
        f"during {runs} refresh jobs: {elapsed:.1f} s, {len(latencies) / elapsed:.0f} req/s"
    )
    print("answers:", ", ".join(f"{k}: {n}" for k, n in sorted(statuses.items())))
    print(f"errors (5xx, failed connections): {errors}")
    print(
        "latency: "
        + ", ".join(
            f"p{int(q * 100)} {percentile(latencies, q) * 1000:.0f} ms" for q in (0.5, 0.9, 0.99)
        )
        + f", max {max(latencies) * 1000:.0f} ms"
    )
    print(f"server RSS: {before / 1024:.0f} MiB before, {after / 1024:.0f} MiB after, "
          f"peak {peak / 1024:.0f} MiB")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
