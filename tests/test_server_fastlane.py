"""The fast lane of `deadlines serve`: polls of cached feeds answered before uvicorn, with the
bytes the app sends; everything else (and every connection it is unsure about) handed over.

Each test runs two servers on loopback ports over the same feed server (and fake clock): the
one `deadlines serve` runs (`server.uvicorn_config`, fast lane on) and the same without the
fast lane. Raw sockets send the requests, so the answers compare byte for byte.
"""

from __future__ import annotations

import datetime as dt
import gzip
import logging
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
import uvicorn

from conftest import TODAY, web_snapshot
from deadlines import fastlane, feeds, server
from deadlines.feeds import Selection

CSP = (
    b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    b"connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


class Counting:
    """The ASGI app, counting the requests that reach it (the fast lane's never do)."""

    def __init__(self, app: Any) -> None:
        self.app, self.calls = app, 0

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        self.calls += scope["type"] != "lifespan"
        await self.app(scope, receive, send)


class Running:
    """uvicorn serving `config` in a thread, on a free loopback port."""

    def __init__(self, config: uvicorn.Config) -> None:
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        for _ in range(500):
            if self.server.started:
                break
            time.sleep(0.01)
        else:
            raise RuntimeError("uvicorn did not start in 5 s")
        self.port = int(self.server.servers[0].sockets[0].getsockname()[1])

    def stop(self) -> float:
        """Stop; return how long it took."""
        started = time.monotonic()
        self.server.should_exit = True
        self.thread.join(timeout=10)
        return time.monotonic() - started


class Pair:
    def __init__(self, feed_server: Any, **config: Any) -> None:
        self.apps = [Counting(server.create_app(feed_server)) for _ in range(2)]
        configs = [
            server.uvicorn_config(app, "127.0.0.1", 0, access_log=False, feeds=lane)
            for app, lane in zip(self.apps, (feed_server, None), strict=True)
        ]
        for c in configs:
            for name, value in config.items():
                setattr(c, name, value)
        self.fast, self.plain = (Running(c) for c in configs)

    @property
    def app(self) -> Counting:
        """The app behind the fast lane."""
        return self.apps[0]

    def both(self, *segments: bytes, answers: int = 1, bodyless: bool = False) -> bytes:
        """Send the same bytes to both servers; assert the answers are the same bytes."""
        fast = exchange(self.fast.port, segments, answers, bodyless=bodyless)
        plain = exchange(self.plain.port, segments, answers, bodyless=bodyless)
        assert fast == plain
        assert self.apps[0].calls <= self.apps[1].calls
        return fast

    def stop(self) -> None:
        for running in (self.fast, self.plain):
            running.stop()


@pytest.fixture
def pair(feed_server) -> Iterator[Pair]:
    made = Pair(feed_server)
    yield made
    made.stop()


def read_answer(
    sock: socket.socket, buffer: bytes, *, bodyless: bool = False
) -> tuple[bytes, bytes]:
    """One response from `buffer` and what the socket sends: (the response, what follows).
    A body runs for its Content-Length, to its last chunk, or to the connection's close."""

    def more() -> bool:
        nonlocal buffer
        chunk = sock.recv(65536)
        buffer += chunk
        return bool(chunk)

    while b"\r\n\r\n" not in buffer:
        if not more():
            return buffer, b""
    end = buffer.index(b"\r\n\r\n") + 4
    head = buffer[:end].lower()
    if bodyless or head.startswith(b"http/1.1 304"):
        length = 0
    elif b"\r\ncontent-length: " in head:
        length = int(head.split(b"\r\ncontent-length: ")[1].split(b"\r\n")[0])
    elif b"\r\ntransfer-encoding: chunked\r\n" in head:
        while b"\r\n0\r\n\r\n" not in buffer[end - 2 :] and more():
            pass
        length = buffer.index(b"\r\n0\r\n\r\n", end - 2) + 7 - end
    else:
        while more():
            pass
        length = len(buffer) - end
    while len(buffer) < end + length and more():
        pass
    return buffer[: end + length], buffer[end + length :]


def exchange(
    port: int, segments: tuple[bytes, ...], answers: int = 1, *, bodyless: bool = False
) -> bytes:
    """Send `segments` (a short pause between them) on one connection; return `answers`
    responses."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # one segment a send
        for index, segment in enumerate(segments):
            if index:
                time.sleep(0.05)
            sock.sendall(segment)
        out, buffer = b"", b""
        for _ in range(answers):
            one, buffer = read_answer(sock, buffer, bodyless=bodyless)
            out += one
        return out


def get(target: str, *headers: str, host: str = "127.0.0.1") -> bytes:
    lines = [f"GET {target} HTTP/1.1", f"Host: {host}", *headers, "", ""]
    return "\r\n".join(lines).encode("latin-1")


def etag(what: str = "deadlines", selection: Selection | None = None) -> str:
    body = (
        feeds.deadlines_ics(web_snapshot(), selection or Selection())
        if what == "deadlines"
        else feeds.plan_ics(web_snapshot(), selection or Selection(), with_deadlines=True)
    )
    return server.etag_of(body)


def fixed_headers(tag: str) -> bytes:
    return (
        b"server: uvicorn\r\n"
        + f"etag: {tag}\r\n".encode()
        + b"last-modified: Mon, 23 Nov 2026 06:00:00 GMT\r\n"
        b"cache-control: public, max-age=300\r\n"
        b"vary: Accept-Encoding\r\n"
        b"content-security-policy: " + CSP + b"\r\n"
        b"x-content-type-options: nosniff\r\n"
        b"x-frame-options: DENY\r\n"
        b"referrer-policy: no-referrer\r\n"
    )


# ---- the answers are the app's, byte for byte ----


def test_a_poll_is_answered_304_with_the_exact_bytes(pair):
    tag = etag()
    answer = pair.both(get("/deadlines.ics", f"If-None-Match: {tag}"))
    assert answer == (
        b"HTTP/1.1 304 Not Modified\r\n"
        + fixed_headers(tag)
        + b"date: Mon, 23 Nov 2026 06:00:00 GMT\r\n\r\n"
    )
    assert pair.app.calls == 0  # the fast lane's answer; the plain server's app answered too
    assert pair.apps[1].calls == 1


def test_a_full_feed_is_answered_200_with_the_exact_bytes(pair):
    body = feeds.deadlines_ics(web_snapshot(), Selection())
    answer = pair.both(get("/deadlines.ics"))
    assert answer == (
        b"HTTP/1.1 200 OK\r\n"
        + fixed_headers(server.etag_of(body))
        + b"content-type: text/calendar; charset=utf-8\r\n"
        + f"content-length: {len(body)}\r\n".encode()
        + b"date: Mon, 23 Nov 2026 06:00:00 GMT\r\n\r\n"
        + body
    )
    assert pair.app.calls == 0


@pytest.mark.parametrize(
    "headers",
    [
        ("Accept-Encoding: gzip, deflate",),
        ("Accept-Encoding: gzip;q=0",),
        ('If-None-Match: W/{tag}, "other"',),
        ("If-None-Match: *",),
        ('If-None-Match: "stale"',),
        ("If-None-Match: {gz}", "Accept-Encoding: gzip"),
        ("If-Modified-Since: Mon, 23 Nov 2026 06:00:00 GMT",),
        ("If-Modified-Since: Mon, 23 Nov 2026 05:59:59 GMT",),
        ("If-Modified-Since: yesterday",),
        ('If-None-Match: "stale"', "If-Modified-Since: Tue, 24 Nov 2026 00:00:00 GMT"),
        ("If-None-Match: {tag}", 'If-None-Match: "stale"'),
        ("Connection: keep-alive", "User-Agent: Thunderbird/128.0", "Accept: text/calendar"),
        ("X-Forwarded-For: 10.0.0.1",),
        ("accept-encoding:gzip  ",),
    ],
)
def test_conditional_and_gzipped_polls_are_the_apps_answers(pair, headers):
    tag = etag()
    lines = [h.format(tag=tag, gz=tag[:-1] + '-gz"') for h in headers]
    answer = pair.both(get("/deadlines.ics", *lines))
    assert answer.startswith((b"HTTP/1.1 200 OK\r\n", b"HTTP/1.1 304 Not Modified\r\n"))
    assert pair.app.calls == 0


def test_a_gzipped_feed_unpacks_to_the_feed(pair):
    answer = pair.both(get("/plan.ics", "Accept-Encoding: gzip"))
    head, _, body = answer.partition(b"\r\n\r\n")
    assert b"\r\ncontent-encoding: gzip\r\n" in head
    assert gzip.decompress(body) == feeds.plan_ics(web_snapshot(), Selection(), with_deadlines=True)
    assert pair.app.calls == 0


def test_a_query_is_answered_by_the_app_until_rendered_then_by_the_fast_lane(pair):
    first = pair.both(get("/deadlines.ics?tag=nlp&kind=workshop"))
    assert pair.app.calls == 1  # not rendered yet: the app renders it (rate limit and all)
    again = pair.both(get("/deadlines.ics?tag=nlp&kind=workshop"))
    assert again == first
    assert b"SUMMARY:GuessWS 2027 @ LabConf 2027 paper deadline" in again
    assert pair.app.calls == 1


def test_a_new_snapshot_is_served_as_soon_as_it_is_swapped_in(pair, feed_server, job, fake_clock):
    tag = etag()
    assert pair.both(get("/deadlines.ics", f"If-None-Match: {tag}")).startswith(b"HTTP/1.1 304")
    fake_clock.advance(hours=6, seconds=0.5)
    job.snapshot = web_snapshot(TODAY + dt.timedelta(days=240))
    assert feed_server.run_job() is True
    answer = pair.both(get("/deadlines.ics", f"If-None-Match: {tag}"))
    body = feeds.deadlines_ics(job.snapshot, Selection())
    assert answer.startswith(b"HTTP/1.1 200 OK\r\n")
    assert answer.endswith(b"\r\ndate: Mon, 23 Nov 2026 12:00:00 GMT\r\n\r\n" + body)
    assert b"\r\nlast-modified: Mon, 23 Nov 2026 12:00:00 GMT\r\n" in answer
    assert pair.app.calls == 0


def test_a_render_the_cache_dropped_is_the_apps_to_render_again(job, fake_clock):
    uncached = server.FeedServer(job.build, now=fake_clock, cache_bytes=0)  # keeps nothing
    made = Pair(uncached)
    try:
        for _ in range(2):
            answer = made.both(get("/deadlines.ics", f"If-None-Match: {etag()}"))
            assert answer.startswith(b"HTTP/1.1 304 Not Modified\r\n")
        assert made.app.calls == 2
    finally:
        made.stop()


def test_the_date_follows_the_servers_clock(pair, fake_clock):
    fake_clock.advance(minutes=1, microseconds=999_999)
    answer = pair.both(get("/deadlines.ics", f"If-None-Match: {etag()}"))
    assert answer.endswith(b"\r\ndate: Mon, 23 Nov 2026 06:01:00 GMT\r\n\r\n")
    fake_clock.advance(microseconds=1)
    answer = pair.both(get("/deadlines.ics", f"If-None-Match: {etag()}"))
    assert answer.endswith(b"\r\ndate: Mon, 23 Nov 2026 06:01:01 GMT\r\n\r\n")


# ---- everything else goes to uvicorn and the app ----


@pytest.mark.parametrize(
    "request_bytes",
    [
        get("/healthz"),
        get("/"),
        get("/assets/page.css"),
        get("/nowhere.ics"),
        get("/deadlines%2Eics"),
        get("/deadlines.ics?months=banana"),
        get("/papers.ics"),  # no papers file: the app's 400
        b"HEAD /deadlines.ics HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
        b"POST /deadlines.ics HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n\r\nhi",
        b"GET /deadlines.ics HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
        (b"GET /deadlines.ics HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"
        b"2\r\nhi\r\n0\r\n\r\n"),
        (b"GET /deadlines.ics HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\n"
        b"Upgrade: websocket\r\n\r\n"),
        b"GET /deadlines.ics HTTP/1.0\r\n\r\n",
    ],
)
def test_other_requests_are_the_apps(pair, request_bytes):
    answer = pair.both(request_bytes, bodyless=request_bytes.startswith(b"HEAD"))
    assert answer.startswith(b"HTTP/1.1 ")
    assert pair.app.calls == pair.apps[1].calls  # (an upgrade is wsproto's 400, no app call)


@pytest.mark.parametrize(
    "request_bytes",
    [
        b"GET /deadlines.ics HTTP/1.1\r\n\r\n",  # no Host
        b"GET /deadlines.ics HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
        b"GET /deadlines.ics HTTP/1.1\r\nHost : a\r\n\r\n",
        b"GET /deadlines.ics HTTP/1.1\r\nHost: a\r\nX-Bad\x01: 1\r\n\r\n",
        b"GET /deadlines.ics HTTP/1.1\nHost: a\n\n",
        b"GET  /deadlines.ics HTTP/1.1\r\nHost: a\r\n\r\n",
        b"GET /deadlines.ics HTTP/1.1\r\nHost: a\r\n continued\r\n\r\n",
        b"GET /deadlines.ics HTTP/1.1\r\nHost: a\r\nX-Long: " + b"x" * 20_000,  # no end
    ],
)
def test_malformed_requests_get_the_same_answers(pair, request_bytes):
    answer = pair.both(request_bytes)
    assert answer.startswith(b"HTTP/1.1 ")
    assert pair.app.calls == pair.apps[1].calls


# ---- connections: segments, pipelining, slow and idle clients ----


def test_a_request_split_across_segments(pair):
    tag = etag()
    whole = get("/deadlines.ics", f"If-None-Match: {tag}", "User-Agent: slow/1.0")
    parts = (whole[:7], whole[7:40], whole[40:-3], whole[-3:-1], whole[-1:])
    answer = pair.both(*parts)
    assert answer.startswith(b"HTTP/1.1 304 Not Modified\r\n")
    assert pair.app.calls == 0


def test_a_head_trickled_in_many_pieces_is_handed_to_uvicorn(pair):
    whole = get("/deadlines.ics", f"If-None-Match: {etag()}")
    step = len(whole) // (fastlane.MAX_PIECES + 4)
    parts = tuple(whole[i : i + step] for i in range(0, len(whole), step))
    assert len(parts) > fastlane.MAX_PIECES + 1
    answer = pair.both(*parts)
    assert answer.startswith(b"HTTP/1.1 304 Not Modified\r\n")
    assert pair.app.calls == 1


def test_two_pipelined_polls_are_answered_in_order(pair):
    tag = etag()
    plan_tag = etag("plan")
    two = get("/deadlines.ics", f"If-None-Match: {tag}") + get("/plan.ics")
    answer = pair.both(two, answers=2)
    assert answer.startswith(b"HTTP/1.1 304 Not Modified\r\n")
    assert f"\r\nHTTP/1.1 200 OK\r\nserver: uvicorn\r\netag: {plan_tag}\r\n".encode() in answer
    assert pair.app.calls == 0


def test_a_pipelined_request_for_the_app_takes_the_rest_of_the_connection(pair):
    tag = etag()
    three = (
        get("/deadlines.ics", f"If-None-Match: {tag}")
        + get("/healthz")
        + get("/deadlines.ics", f"If-None-Match: {tag}")
    )
    answer = pair.both(three[:50], three[50:], answers=3)
    assert answer.count(b"HTTP/1.1 304 Not Modified\r\n") == 2
    assert b'"status":"ok"' in answer
    assert pair.app.calls == 2  # /healthz, then the poll after it on the handed-over connection


def test_a_client_that_never_finishes_its_headers_is_closed(feed_server):
    app = server.create_app(feed_server)
    protocol = fastlane.fast_lane(feed_server, server.header_timeout_protocol(0.5), 0.5)
    config = server.uvicorn_config(app, "127.0.0.1", 0, access_log=False)
    config.http = protocol
    running = Running(config)
    try:
        with socket.create_connection(("127.0.0.1", running.port), timeout=5) as sock:
            started = time.monotonic()
            sock.sendall(b"GET /deadlines.ics HTTP/1.1\r\n")
            closed = False
            for _ in range(40):
                try:
                    sock.sendall(b"X-Slow: 1\r\n")
                    time.sleep(0.05)
                    sock.settimeout(0.01)
                    closed = sock.recv(1) == b""
                except TimeoutError:
                    continue
                except OSError:
                    closed = True
                if closed:
                    break
            assert closed
            assert time.monotonic() - started < 1.5
        with socket.create_connection(("127.0.0.1", running.port), timeout=5) as sock:
            started = time.monotonic()
            assert sock.recv(1) == b""  # a client that sends nothing at all
            assert 0.4 < time.monotonic() - started < 1.5
    finally:
        running.stop()


def test_an_idle_keep_alive_connection_is_closed(feed_server):
    made = Pair(feed_server, timeout_keep_alive=0.5)
    try:
        with socket.create_connection(("127.0.0.1", made.fast.port), timeout=5) as sock:
            sock.sendall(get("/deadlines.ics", f"If-None-Match: {etag()}"))
            answer, _ = read_answer(sock, b"")
            assert answer.startswith(b"HTTP/1.1 304")
            started = time.monotonic()
            assert sock.recv(1) == b""
            assert 0.4 < time.monotonic() - started < 1.5
    finally:
        made.stop()


def test_a_client_that_does_not_read_is_not_read_either(pair):
    """Pipelined polls for a large feed from a client that reads nothing: the fast lane stops
    reading once the socket's buffers are full, and the answers come once it reads."""
    body = feeds.plan_ics(web_snapshot(), Selection(), with_deadlines=True)
    many = get("/plan.ics") * 400
    with socket.create_connection(("127.0.0.1", pair.fast.port), timeout=5) as sock:
        sock.setblocking(False)  # noqa: FBT003
        sent = 0
        for _ in range(100):
            try:
                sent += sock.send(many[sent:])
            except BlockingIOError:
                time.sleep(0.02)
            if sent == len(many):
                break
        time.sleep(0.3)  # the answers fill the socket's buffers meanwhile
        sock.settimeout(5)
        received = b""
        while received.count(b"HTTP/1.1 200 OK") < 400 or not received.endswith(body):
            chunk = sock.recv(1 << 20)
            assert chunk
            received += chunk
    assert received.count(b"END:VCALENDAR") == 400
    assert pair.app.calls == 0


def test_stopping_the_server_closes_the_fast_lanes_connections(feed_server):
    made = Pair(feed_server)
    with socket.create_connection(("127.0.0.1", made.fast.port), timeout=5) as sock:
        sock.sendall(get("/deadlines.ics", f"If-None-Match: {etag()}"))
        read_answer(sock, b"")
        assert made.fast.stop() < 2
        assert sock.recv(1) == b""
    made.plain.stop()


def test_the_access_log_has_the_same_lines(feed_server):
    lines: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(record.getMessage())

    made = Pair(feed_server)
    keep = Keep()  # both protocols log when the access logger has a handler
    logging.getLogger("uvicorn.access").addHandler(keep)
    try:
        tag = etag()
        for port in (made.fast.port, made.plain.port):
            exchange(port, (get("/deadlines.ics?", f"If-None-Match: {tag}"),))
            exchange(port, (get("/deadlines.ics?tag=cv"),))
            exchange(port, (get("/deadlines.ics?tag=cv", "X-Forwarded-For: 10.0.0.1, 127.0.0.1"),))
    finally:
        logging.getLogger("uvicorn.access").removeHandler(keep)
        made.stop()
    assert [line.split(" - ", 1)[1] for line in lines[:3]] == [
        '"GET /deadlines.ics HTTP/1.1" 304',
        '"GET /deadlines.ics?tag=cv HTTP/1.1" 200',
        '"GET /deadlines.ics?tag=cv HTTP/1.1" 200',
    ]
    assert lines[2].startswith("10.0.0.1:0 - ")  # the client the trusted proxy names
    assert lines[0].startswith("127.0.0.1:")
    assert [line.split(":", 1)[0] for line in lines[3:]] == ["127.0.0.1", "127.0.0.1", "10.0.0.1"]
    assert [line.split(" - ", 1)[1] for line in lines[3:]] == [
        line.split(" - ", 1)[1] for line in lines[:3]
    ]
    assert made.app.calls == 1
