from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Self

import pytest
import uvicorn

from deadlines import catalog
from deadlines.snapshot import Snapshot
from deadlines.templates import templates_from_config

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep the user's real config and data directory out of every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("DEADLINES_CONFIG", str(home / "config.toml"))
    monkeypatch.setenv("DEADLINES_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("DEADLINES_CACHE_DIR", str(home / "cache"))
    monkeypatch.setenv("TZ", "UTC")
    monkeypatch.delenv("COLUMNS", raising=False)  # tables are laid out for the terminal
    monkeypatch.delenv("NO_COLOR", raising=False)


class Site:
    """A loopback web server whose pages a test sets and changes while it runs."""

    def __init__(self) -> None:
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        self.routes: dict[str, object] = {}
        self.hits: list[str] = []
        self.release = threading.Event()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                site.hits.append(self.path)
                route = site.routes.get(self.path)
                if route is None:
                    self.send_response(404)
                    self.end_headers()
                    return
                if callable(route):
                    route(self)
                    return
                body = route if isinstance(route, bytes) else str(route).encode()
                tag = '"%x"' % (hash(body) & 0xFFFFFFFF)
                if self.headers.get("If-None-Match") == tag:
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("ETag", tag)
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_port}{path}"

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site():
    server = Site()
    yield server
    server.close()


# ---- the web tests: a small catalog with hostile text, and a server on a loopback port ----

WEB_CATALOG = """\
version: 1
series:
  - id: labconf
    name: LabConf
    tags: [cv, ml]
    rank: {core: A}
    editions:
      - year: 2027
        url: https://labconf.example/2027
        timezone: AoE
        deadlines:
          - {kind: abstract, at: '2027-02-16 23:59', source: https://labconf.example/dates}
          - {kind: paper, at: '2027-02-23 23:59', source: https://labconf.example/dates}
          - {kind: notification, at: '2027-04-20', source: https://labconf.example/dates}
  - id: evil
    name: <script>alert("pwned")</script>
    full_name: Workshop on "Quotes" & <Tags>
    kind: workshop
    tags: [cv]
    editions:
      - year: 2027
        parent: labconf2027
        deadlines:
          - {kind: paper, at: '2027-03-01 23:59', zone: AoE, source: https://evil.example/}
  - id: guess
    name: GuessWS
    kind: workshop
    tags: [nlp]
    editions:
      - year: 2027
        parent: labconf2027
        deadlines:
          - kind: paper
            at: '2027-03-10 23:59'
            zone: UTC-8
            status: estimated
            basis: GuessWS 2026 (2026-03-10) one year on
"""
TODAY = dt.date(2026, 11, 23)


def web_snapshot(today: dt.date = TODAY) -> Snapshot:
    """The web catalog alone (not the shipped one: the tests stay fast), as of `today`."""
    cat = catalog.merge([catalog.load_file("web.yaml", WEB_CATALOG)])
    return Snapshot.build(cat, today, dt.UTC, templates_from_config({}))


@pytest.fixture(scope="session")
def snap() -> Snapshot:
    return web_snapshot()


class LiveServer:
    """Uvicorn serving `app` in a thread on a free loopback port."""

    def __init__(self, app: Any) -> None:
        config = uvicorn.Config(
            app, host="127.0.0.1", port=0, log_level="warning", lifespan="off", ws="none"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.url = ""

    def __enter__(self) -> Self:
        self.thread.start()
        for _ in range(500):
            if self.server.started:
                break
            time.sleep(0.01)
        else:
            raise RuntimeError("uvicorn did not start in 5 s")
        port = self.server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


class SwitchApp:
    """An ASGI app that passes each request to whichever app a test put in `app`, so one
    server on one port serves every test (starting and stopping uvicorn costs ~0.2 s)."""

    def __init__(self) -> None:
        self.app: Any = None

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.app(scope, receive, send)


@pytest.fixture(scope="session")
def shared_live() -> Iterator[tuple[LiveServer, SwitchApp]]:
    switch = SwitchApp()
    with LiveServer(switch) as live:
        yield live, switch


# ---- the feed server's injected clock and job (test_server, test_hostile_server) ----------

SERVER_T0 = dt.datetime(2026, 11, 23, 6, 0, tzinfo=dt.UTC)


class FakeClock:
    def __init__(self) -> None:
        self.now = SERVER_T0

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += dt.timedelta(**kw)


class ServerJob:
    """The injected refresh and build: a refresh that can be told to fail or to wait, a build
    that serves whichever snapshot the test puts next."""

    def __init__(self) -> None:
        self.snapshot = web_snapshot()
        self.error: Exception | None = None
        self.block: threading.Event | None = None

    def refresh(self) -> None:
        if self.block is not None:
            self.block.wait(10)
        if self.error is not None:
            raise self.error

    def build(self) -> Snapshot:
        return self.snapshot


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def job() -> ServerJob:
    return ServerJob()


@pytest.fixture
def feed_server(job: ServerJob, fake_clock: FakeClock) -> Any:
    from deadlines import server

    return server.FeedServer(job.build, refresh=job.refresh, now=fake_clock)


@pytest.fixture
def client(feed_server: Any, shared_live: tuple[LiveServer, SwitchApp]) -> Iterator[Any]:
    import httpx

    from deadlines import server

    live, switch = shared_live
    switch.app = server.create_app(feed_server)
    with httpx.Client(base_url=live.url) as c:
        yield c
