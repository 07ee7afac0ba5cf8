"""Requests per second for /deadlines.ics: `deadlines serve` beside nginx serving `deadlines build`.

    python bench/serve.py [--seconds 3] [--runs 5] [--connections 32] [--threads 2]
                          [--nginx-file-cache]

What is compared, on two loopback ports of the same machine:

* `deadlines serve` as a user runs it (one uvicorn process: the fast lane in front of
  uvicorn's h11 protocol, uvloop, the Starlette app; access log off), on the shipped catalog;
* nginx with one worker process serving the same feed, written by `deadlines build` (the
  bench checks the bytes are equal): `etag on`, `sendfile on`, access log off, the feed's
  Cache-Control. `--nginx-file-cache` adds `open_file_cache` (nginx then keeps the file open
  instead of opening it for every request, as `deadlines serve` keeps its bytes in memory).

Both are loaded by the same wrk command (same threads, connections and duration) over
keep-alive connections: the bench checks each server answers two requests on one connection,
and nginx's `keepalive_requests` is raised so neither closes wrk's connections during a run.
Two paths: the 200 path (the full feed, no compression asked) and the 304 path (If-None-Match
with the server's own current ETag, what a subscribed calendar client sends on its next poll).
Runs alternate between the servers (which goes first alternates too) and each ratio is taken
from a pair of runs made one after the other, so a machine shared with other work loads both
alike; the table gives the medians and the range of the per-pair ratios.

Needs `wrk` and `nginx` (Debian: apt-get install -y wrk nginx); without wrk a Python asyncio
+ httpx load generator is used instead (slower itself: the numbers are then a floor, and the
ratio is what to read).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import httpx

TODAY = "2026-11-23"
NGINX_CONF = """\
worker_processes 1;
daemon off;
pid {tmp}/nginx.pid;
error_log {tmp}/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
    types {{ text/calendar ics; text/html html; }}  # the .ics type nginx lacks
    default_type application/octet-stream;
    charset utf-8;
    charset_types text/calendar;
    access_log off;
    sendfile on;
    etag on;
    keepalive_requests 100000000;  # wrk's connections last the whole run, as with uvicorn
    {file_cache}
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    server {{
        listen 127.0.0.1:{port};
        root {root};
        location ~ \\.ics$ {{ add_header Cache-Control "public, max-age=300"; }}
    }}
}}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_up(url: str, timeout: float = 30) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    sys.exit(f"bench: {url} did not come up in {timeout:.0f} s")


def wrk(url: str, seconds: int, connections: int, threads: int, etag: str | None) -> float:
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency"]
    if etag:
        command += ["-H", f"If-None-Match: {etag}"]
    out = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    if "Non-2xx or 3xx" in out:
        sys.exit(f"bench: errors under load at {url}:\n{out}")
    m = re.search(r"Requests/sec:\s+([\d.]+)", out)
    if m is None:
        sys.exit(f"bench: cannot read wrk's output:\n{out}")
    return float(m.group(1))


async def _python_load(url: str, seconds: int, connections: int, etag: str | None) -> float:
    headers = {"If-None-Match": etag} if etag else {}
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    count = 0
    async with httpx.AsyncClient(limits=limits, timeout=10) as client:
        end = time.monotonic() + seconds

        async def worker() -> None:
            nonlocal count
            while time.monotonic() < end:
                r = await client.get(url, headers=headers)
                if r.status_code not in (200, 304):
                    sys.exit(f"bench: {url} answered {r.status_code}")
                count += 1

        start = time.monotonic()
        await asyncio.gather(*(worker() for _ in range(connections)))
        return count / (time.monotonic() - start)


def load(url: str, args: argparse.Namespace, etag: str | None) -> float:
    if shutil.which("wrk"):
        return wrk(url, args.seconds, args.connections, args.threads, etag)
    return asyncio.run(_python_load(url, args.seconds, args.connections, etag))


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (all its threads)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def worker_of(master: int) -> int:
    """nginx's worker process (the one child of its master)."""
    for _ in range(100):
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == master:
                return int(stat.parent.name)
        time.sleep(0.1)
    sys.exit("bench: nginx started no worker")


@dataclass
class Run:
    """One wrk run on one server: requests per second and CPU µs the server spent on each."""

    rate: float
    cpu: float


def measured(url: str, args: argparse.Namespace, etag: str | None, pid: int) -> Run:
    before = cpu_seconds(pid)
    rate = load(url, args, etag)
    return Run(rate, (cpu_seconds(pid) - before) / (rate * args.seconds) * 1e6)


def keeps_alive(url: str, etag: str) -> bool:
    """Whether the server answers two requests on one connection, neither saying close."""
    parts = urlsplit(url)
    request = (
        f"GET {parts.path} HTTP/1.1\r\nHost: {parts.netloc}\r\nIf-None-Match: {etag}\r\n\r\n"
    ).encode()
    with socket.create_connection((parts.hostname, parts.port), timeout=5) as sock:
        for _ in range(2):
            sock.sendall(request)
            answer = b""
            while b"\r\n\r\n" not in answer:
                chunk = sock.recv(65536)
                if not chunk:
                    return False
                answer += chunk
            if not answer.startswith(b"HTTP/1.1 304 ") or b"connection: close" in answer.lower():
                return False
    return True


OURS, THEIRS = "deadlines serve", "nginx (static build)"
PATHS = ("304", "200")
Results = dict[str, list[tuple[Run, Run]]]  # by path: (ours, nginx) of each pair of runs


def options(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--seconds", type=int, default=3, help="wrk's time per run")
    parser.add_argument("--runs", type=int, default=5, help="runs per server and path")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--nginx-file-cache", action="store_true", help="open_file_cache on")
    return parser


def main() -> None:
    parser = options(argparse.ArgumentParser(description=__doc__.splitlines()[0]))
    report(compare(parser.parse_args()))


def report(results: Results) -> None:
    """Print medians: req/s, the server's CPU µs a request, and the ratios of each pair of
    runs (req/s: ours over nginx's; CPU: nginx's over ours, so above 1 is faster too)."""
    print(
        f"{'path':<6}{'ours req/s':>11}{'nginx':>9}{'ratio (range)':>23}"
        f"{'ours cpu µs':>13}{'nginx':>7}{'ratio (range)':>22}"
    )
    for path, pairs in results.items():
        rates = [ours.rate / theirs.rate for ours, theirs in pairs]
        cpus = [theirs.cpu / ours.cpu for ours, theirs in pairs]
        print(
            f"{path:<6}{statistics.median(o.rate for o, _ in pairs):>11.0f}"
            f"{statistics.median(t.rate for _, t in pairs):>9.0f}"
            f"{statistics.median(rates):>8.2f}x ({min(rates):.2f}-{max(rates):.2f}x)"
            f"{statistics.median(o.cpu for o, _ in pairs):>13.1f}"
            f"{statistics.median(t.cpu for _, t in pairs):>7.1f}"
            f"{statistics.median(cpus):>7.2f}x ({min(cpus):.2f}-{max(cpus):.2f}x)"
        )
    print(f"({len(next(iter(results.values())))} pairs of runs per path)")


def compare(args: argparse.Namespace, *, quiet: bool = False) -> Results:
    """Load both servers `args.runs` times per path, alternating; return the (ours, nginx)
    req/s of each pair of runs by path ("304", "200")."""
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(nginx).exists():
        sys.exit("bench: nginx is not installed (apt-get install -y nginx)")
    exe = [sys.executable, "-m", "deadlines"]
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        tmp.chmod(0o755)  # nginx's workers run as an unprivileged user
        site = tmp / "site"
        subprocess.run(
            [*exe, "build", "--out", str(site), "--today", TODAY, "--tz", "UTC"],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        ours, theirs = free_port(), free_port()
        conf = tmp / "nginx.conf"
        cache = "open_file_cache max=64; open_file_cache_valid 60s;"
        conf.write_text(
            NGINX_CONF.format(
                tmp=tmp,
                port=theirs,
                root=site,
                file_cache=cache if getattr(args, "nginx_file_cache", False) else "",
            ),
            encoding="utf-8",
        )
        command = [*exe, "serve", "--port", str(ours), "--today", TODAY, "--tz", "UTC"]
        servers = [
            subprocess.Popen([*command, "--no-access-log"], stderr=subprocess.DEVNULL),
            subprocess.Popen([nginx, "-c", str(conf), "-p", str(tmp)]),
        ]
        try:
            urls = {
                OURS: f"http://127.0.0.1:{ours}/deadlines.ics",
                THEIRS: f"http://127.0.0.1:{theirs}/deadlines.ics",
            }
            bodies = {}
            for name, url in urls.items():
                wait_up(url)
                bodies[name] = httpx.get(url)
            if bodies[OURS].content != bodies[THEIRS].content:
                sys.exit("bench: the served feed and the built file differ")
            etags = {name: bodies[name].headers["etag"] for name in urls}
            for name, url in urls.items():
                if not keeps_alive(url, etags[name]):
                    sys.exit(f"bench: {name} does not keep the connection alive on a 304")
            body = bodies[OURS].content
            venues = httpx.get(f"http://127.0.0.1:{ours}/healthz").json()["snapshot"]["venues"]
            tool = "wrk" if shutil.which("wrk") else "python asyncio + httpx (wrk not found)"
            if not quiet:
                print(
                    f"catalog: {venues} venues (shipped, estimates included, as of {TODAY}); "
                    f"/deadlines.ics: {len(body)} bytes, {body.count(b'BEGIN:VEVENT')} events\n"
                    f"load: {tool}, {args.threads} threads, {args.connections} keep-alive "
                    f"connections, {args.seconds} s a run; nginx: 1 worker"
                    + (", open_file_cache" if getattr(args, "nginx_file_cache", False) else "")
                    + "; deadlines serve: 1 process"
                )
            pids = {OURS: servers[0].pid, THEIRS: worker_of(servers[1].pid)}
            results: Results = {path: [] for path in PATHS}
            for path in PATHS:
                for run in range(args.runs):
                    order = [OURS, THEIRS] if run % 2 == 0 else [THEIRS, OURS]
                    done = {
                        name: measured(
                            urls[name], args, etags[name] if path == "304" else None, pids[name]
                        )
                        for name in order
                    }
                    results[path].append((done[OURS], done[THEIRS]))
        finally:
            for process in servers:
                process.terminate()
                process.wait(timeout=10)
    return results


if __name__ == "__main__":
    main()
