"""Time a refresh of 50 pages from a loopback server that answers each request after 100 ms.

The pages are spread over 5 hosts (5 ports on 127.0.0.1). Prints the wall time against the
sequential sum of the server's delays, then the cost of a second run answered with 304s.
Run: .venv/bin/python bench/refresh.py
"""

from __future__ import annotations

import asyncio
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from deadlines import http

PAGES, HOSTS, LATENCY = 50, 5, 0.1
BODY = (
    Path(__file__).resolve().parent.parent / "tests/data/html/workshops/cvpr2026-fedvision.html"
).read_bytes()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        time.sleep(LATENCY)
        if self.path == "/robots.txt":
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        tag = '"v1"'
        if self.headers.get("If-None-Match") == tag:
            self.send_response(304)
            self.send_header("ETag", tag)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("ETag", tag)
        self.send_header("Content-Length", str(len(BODY)))
        self.end_headers()
        self.wfile.write(BODY)


def serve() -> list[ThreadingHTTPServer]:
    servers = []
    for _ in range(HOSTS):
        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
    return servers


def run(urls: list[str], cache: http.Cache, delay: float) -> tuple[float, int, int]:
    async def go() -> tuple[int, int]:
        policy = http.Policy(delay=delay, timeout=10)
        async with http.Fetcher(policy, cache=cache) as fetcher:
            results = await http.fetch_all(fetcher, urls)
        pages = [r for r in results.values() if isinstance(r, http.Page)]
        return len(pages), sum(p.not_modified for p in pages)

    start = time.perf_counter()
    ok, unchanged = asyncio.run(go())
    return time.perf_counter() - start, ok, unchanged


def main() -> None:
    servers = serve()
    try:
        urls = [
            f"http://127.0.0.1:{servers[i % HOSTS].server_port}/page/{i}" for i in range(PAGES)
        ]
        requests = PAGES + HOSTS  # every page, and each host's robots.txt
        sequential = requests * LATENCY
        for delay in (0.0, 0.2):
            with tempfile.TemporaryDirectory() as tmp:
                cache = http.Cache(Path(tmp))
                first, ok, _ = run(urls, cache, delay)
                second, ok2, unchanged = run(urls, cache, delay)
            print(
                f"delay {delay:.1f} s/host: {PAGES} pages on {HOSTS} hosts, "
                f"{LATENCY * 1000:.0f} ms each: first run {first:.2f} s "
                f"(sequential sum {sequential:.1f} s, "
                f"{sequential / first:.1f}x faster), {ok} ok; second run {second:.2f} s, "
                f"{unchanged}/{ok2} answered 304"
            )
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()


if __name__ == "__main__":
    main()
