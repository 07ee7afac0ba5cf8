"""Requests per second for /deadlines.ics: `deadlines serve` beside nginx serving `deadlines build`.

    python bench/serve.py [--seconds 5] [--connections 32] [--threads 2]

Starts `deadlines serve` (one uvicorn process) and nginx (one worker, `etag on`, the same
feed written by `deadlines build`) on two loopback ports, then loads each with wrk: the 200
path (a full feed, no compression asked) and the 304 path (If-None-Match with the current
ETag, what a subscribed calendar client sends on its next poll). Prints req/s for each and
the ratio. Needs `wrk` and `nginx` (Debian: apt-get install -y wrk nginx); without wrk a
Python asyncio + httpx load generator is used instead (slower itself: the numbers are then a
floor, and the ratio is what to read).
"""

from __future__ import annotations

import argparse
import asyncio
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2)
    compare(parser.parse_args())


def compare(args: argparse.Namespace, *, quiet: bool = False) -> dict[tuple[str, str], float]:
    """Load both servers; return req/s by (server, "200" or "304")."""
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(nginx).exists():
        sys.exit("bench: nginx is not installed (apt-get install -y nginx)")
    exe = [sys.executable, "-m", "deadlines"]
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        tmp.chmod(0o755)  # nginx's workers run as an unprivileged user
        site = tmp / "site"
        subprocess.run(
            [*exe, "build", "--out", str(site), "--today", TODAY, "--tz", "UTC"], check=True
        )
        ours, theirs = free_port(), free_port()
        conf = tmp / "nginx.conf"
        conf.write_text(NGINX_CONF.format(tmp=tmp, port=theirs, root=site), encoding="utf-8")
        servers = [
            subprocess.Popen(
                [
                    *exe,
                    "serve",
                    "--port",
                    str(ours),
                    "--today",
                    TODAY,
                    "--tz",
                    "UTC",
                    "--no-access-log",
                ],
                stderr=subprocess.DEVNULL,
            ),
            subprocess.Popen([nginx, "-c", str(conf), "-p", str(tmp)]),
        ]
        try:
            urls = {
                "deadlines serve": f"http://127.0.0.1:{ours}/deadlines.ics",
                "nginx (static build)": f"http://127.0.0.1:{theirs}/deadlines.ics",
            }
            bodies = {}
            for name, url in urls.items():
                wait_up(url)
                bodies[name] = httpx.get(url)
            ours_body, theirs_body = (r.content for r in bodies.values())
            if ours_body != theirs_body:
                sys.exit("bench: the served feed and the built file differ")
            events = ours_body.count(b"BEGIN:VEVENT")
            health = httpx.get(f"http://127.0.0.1:{ours}/healthz").json()
            venues = health["snapshot"]["venues"]
            tool = "wrk" if shutil.which("wrk") else "python asyncio + httpx (wrk not found)"
            say = (lambda *_: None) if quiet else print
            say(
                f"catalog: {venues} venues (shipped, estimates included, as of {TODAY}); "
                f"/deadlines.ics: {len(ours_body)} bytes, {events} events\n"
                f"load: {tool}, {args.connections} connections, {args.seconds} s per run"
            )
            results: dict[tuple[str, str], float] = {}
            for name, url in urls.items():
                etag = bodies[name].headers["etag"]
                check = httpx.get(url, headers={"If-None-Match": etag})
                if check.status_code != 304:
                    sys.exit(f"bench: {name} answered {check.status_code} to its own ETag")
                results[name, "200"] = load(url, args, None)
                results[name, "304"] = load(url, args, etag)
            say(f"{'server':<22}{'200 req/s':>12}{'304 req/s':>12}")
            for name in urls:
                say(f"{name:<22}{results[name, '200']:>12.0f}{results[name, '304']:>12.0f}")
            a, b = urls
            say(
                f"ratio {a} / {b}: 200 {results[a, '200'] / results[b, '200']:.2f}, "
                f"304 {results[a, '304'] / results[b, '304']:.2f}"
            )
        finally:
            for process in servers:
                process.terminate()
                process.wait(timeout=10)
    return results


if __name__ == "__main__":
    main()
