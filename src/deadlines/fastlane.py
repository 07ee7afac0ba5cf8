"""The fast lane: a feed poll answered from prepared bytes, before uvicorn and Starlette.

A calendar client polls the same URL with the same headers every few hours, and the answer
is already in the render cache: usually a 304, else the feed's cached bytes. Through uvicorn's
HTTP/1.1 protocol, the ASGI app and Starlette that costs about 60 µs of a core; writing the
prepared bytes costs a few. `fast_lane` makes the connection's protocol: it reads each
request's head, answers a plain ``GET`` of a feed whose render is cached itself, with the
same status, headers and bytes the app would send, and gives the connection (with every byte
not answered yet) to uvicorn's protocol at the first request it is not sure about: another
path or method, a body, ``Connection`` other than keep-alive, an upgrade, HTTP/1.0, a query
that does not parse, a feed not rendered yet, anything h11 might read differently. From then
on uvicorn serves that connection as it would have from the start.

While it holds a connection it keeps uvicorn's limits: the request head must arrive within
`header_timeout` seconds of its first byte (or of connecting), an idle keep-alive connection
closes after ``timeout_keep_alive``, a head larger than h11 accepts or trickled in many pieces
goes to h11 (whose own header timeout then starts), and a client that does not read its
answers stops being read (pipelined requests wait).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import functools
import logging
import re
import weakref
from dataclasses import dataclass
from typing import Any, ClassVar, cast

from deadlines import server as srv
from deadlines.feeds import Selection

MAX_HEAD = 16 * 1024  # bytes; a longer head is h11's to refuse (`uvicorn_config`)
# A head in more pieces than this goes to h11, which searches a growing buffer in linear
# time (here each piece would scan it all again); clients send theirs in one or two.
MAX_PIECES = 16
ASKS = 1024  # request heads remembered with what they ask (clients repeat theirs)
FEEDS: dict[bytes, srv.Resource] = {
    b"/deadlines.ics": "deadlines",
    b"/plan.ics": "plan",
    b"/papers.ics": "papers",
}
# A request line as h11 reads it (RFC 9112 §3; target characters are VCHAR), for a feed.
REQUEST_LINE = re.compile(rb"GET (/[a-z]+\.ics)(?:\?([\x21-\x7e]*))? HTTP/1\.1")
# A header line as h11 reads it: a token, a colon, the value without surrounding blanks.
FIELD = re.compile(
    rb"([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*"
    rb"((?:[\x21-\x7e\x80-\xff]+(?:[ \t]+[\x21-\x7e\x80-\xff]+)*)?)[ \t]*"
)
# Headers that change how the request is framed or the connection used: uvicorn's to handle.
HAND_OVER = frozenset(
    (b"content-length", b"transfer-encoding", b"upgrade", b"expect", b"te", b"http2-settings")
)
PROXY = frozenset((b"x-forwarded-for", b"x-forwarded-proto"))  # uvicorn's proxy headers
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
STATUS_LINES = {False: b"HTTP/1.1 200 OK\r\n", True: b"HTTP/1.1 304 Not Modified\r\n"}


@dataclass(frozen=True)
class Ask:
    """What a request head asks for, read once per distinct head."""

    what: srv.Resource
    selection: Selection
    conditions: srv.Conditions
    gzip: bool
    target: str  # path and query, for the access log
    proxy: tuple[tuple[bytes, bytes], ...]  # X-Forwarded-*: the client the access log names


def read_head(head: bytes) -> Ask | None:
    """What a complete request head (through its blank line) asks, if the fast lane can
    answer it; None hands the request to uvicorn."""
    if len(head) > MAX_HEAD or head.count(b"\n") != head.count(b"\r\n"):
        return None  # too long (h11 may refuse it), or bare LF line ends: h11 decides
    line, *fields = head[:-4].split(b"\r\n")
    if (m := REQUEST_LINE.fullmatch(line)) is None or (what := FEEDS.get(m[1])) is None:
        return None
    seen: dict[bytes, str] = {}
    hosts = 0
    proxy = []
    for raw in fields:
        if (f := FIELD.fullmatch(raw)) is None:
            return None
        name = f[1].lower()
        if name in HAND_OVER:
            return None
        if name == b"connection" and f[2].lower() != b"keep-alive":
            return None
        hosts += name == b"host"
        if name in PROXY:
            proxy.append((name, f[2]))
        seen.setdefault(name, f[2].decode("latin-1"))  # Starlette reads the first
    if hosts != 1:
        return None  # h11 refuses a request without one Host header
    query = (m[2] or b"").decode("latin-1")
    try:
        selection = srv.selection_of(
            query, plan=what == "plan", page=False, papers=what == "papers"
        )
    except Exception:  # noqa: BLE001 - a bad query gets the app's 400, from the app
        return None
    return Ask(
        what,
        selection,
        srv.Conditions.read(seen.get(b"if-none-match"), seen.get(b"if-modified-since")),
        srv.accepts_gzip(seen.get(b"accept-encoding", "")),
        m[1].decode("ascii") + (f"?{query}" if query else ""),
        tuple(proxy),
    )


class Poll:
    """A request head the fast lane answers, with its answer prepared for one snapshot and
    one second of the clock (the next second prepares it again, which also marks its render
    used in the snapshot's LRU). The render is held weakly: one the LRU dropped is not kept
    alive here."""

    __slots__ = ("ask", "defaults", "fresh", "generation", "head", "packed", "ref", "second")

    def __init__(self, ask: Ask) -> None:
        self.ask = ask
        self.generation = 0  # of the snapshot prepared for; 0: none
        self.second = 0  # of `Lane.second`; 0: none
        self.defaults: object = None  # uvicorn's header list prepared for
        self.ref: weakref.ref[srv.Rendered] | None = None
        self.fresh = self.packed = False  # a 304; the gzipped bytes
        self.head = b""  # the response's status line and headers


class Lane:
    """What the connections of one server share: the feed server and the polls prepared."""

    def __init__(self, feeds: srv.FeedServer) -> None:
        self.feeds = feeds
        self.polls: dict[bytes, Poll | None] = {}
        # the second of the feed server's clock that answers are dated
        self.second = 0
        self.stamp = self.until = EPOCH

    def read(self, head: bytes) -> Poll | None:
        ask = read_head(head)
        if len(self.polls) >= ASKS:  # unique heads (a flood) cannot grow it
            self.polls.clear()
        self.polls[head] = found = None if ask is None else Poll(ask)
        return found

    def answer(self, head: bytes, defaults: list[tuple[bytes, bytes]]) -> tuple[Poll, bytes] | None:
        """The app's answer to this request head, when the fast lane can give it: the poll
        (whose `head` is the response's head) and the body; `defaults` are uvicorn's own
        headers."""
        try:
            poll = self.polls[head]
        except KeyError:
            poll = self.read(head)
        if poll is None:
            return None
        now = self.feeds.now()
        if not self.stamp <= now < self.until:
            self.stamp = now.replace(microsecond=0)
            self.until = self.stamp + dt.timedelta(seconds=1)
            self.second += 1
        pub = self.feeds.current
        rendered = None if poll.ref is None else poll.ref()
        if (
            rendered is None
            or poll.second != self.second
            or poll.generation != pub.generation
            or poll.defaults is not defaults
        ):
            rendered = self.prepare(poll, pub, defaults)
            if rendered is None:
                return None  # rendering is the app's: rate limits, one render per query
        if poll.fresh:
            return poll, b""
        return poll, (rendered.gzipped or b"") if poll.packed else rendered.body

    def prepare(
        self, poll: Poll, pub: srv.Published, defaults: list[tuple[bytes, bytes]]
    ) -> srv.Rendered | None:
        ask = poll.ask
        rendered = self.feeds.rendered(pub, ask.what, ask.selection)
        if rendered is None:
            poll.ref = None
            return None
        poll.packed = packed = ask.gzip and rendered.gzipped is not None
        poll.fresh = fresh = ask.conditions.fresh(rendered)
        poll.generation, poll.second, poll.defaults = pub.generation, self.second, defaults
        poll.ref = weakref.ref(rendered)
        # Last-Modified is never later than Date (RFC 9110 §8.8.2.1), as in `srv.respond`
        date = srv.http_date(max(self.stamp, rendered.last_modified)).encode("latin-1")
        poll.head = b"".join(
            (
                STATUS_LINES[fresh],
                *(b"%s: %s\r\n" % pair for pair in defaults),
                rendered.wire[packed, fresh],
                b"date: " + date + b"\r\n\r\n",
            )
        )
        return rendered


@functools.lru_cache(maxsize=256)
def proxied_client(
    client: tuple[str, int], proxy: tuple[tuple[bytes, bytes], ...], trusted: str
) -> tuple[str, int]:
    """The client address uvicorn's ProxyHeadersMiddleware makes of these proxy headers."""
    from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

    seen: list[tuple[str, int]] = []

    async def keep(scope: Any, _receive: Any, _send: Any) -> None:
        seen.append(scope["client"])

    scope = {"type": "http", "client": client, "headers": list(proxy), "scheme": "http"}
    step = ProxyHeadersMiddleware(keep, trusted_hosts=trusted)(scope, None, None)  # type: ignore[arg-type]
    with contextlib.suppress(StopIteration):
        step.send(None)  # it awaits nothing but `keep`: one step runs it
    return seen[0] if seen else client


def fast_lane(
    feeds: srv.FeedServer,
    fallback: type[asyncio.Protocol],
    header_timeout: float = srv.HEADER_TIMEOUT,
) -> type[asyncio.Protocol]:
    """A uvicorn HTTP protocol class: the fast lane for `feeds`, `fallback` for the rest."""
    lane = Lane(feeds)

    class FastLane(_FastLane):
        _lane = lane
        _fallback = fallback
        _header_timeout = header_timeout

    return FastLane


class _FastLane(asyncio.Protocol):
    _lane: ClassVar[Lane]
    _fallback: ClassVar[type[asyncio.Protocol]]
    _header_timeout: ClassVar[float]

    def __init__(
        self,
        config: Any,
        server_state: Any,
        app_state: dict[str, Any],
        _loop: asyncio.AbstractEventLoop | None = None,
    ) -> None:
        self.config, self.server_state, self.app_state = config, server_state, app_state
        self.loop = _loop or asyncio.get_running_loop()
        self.keep_alive = float(config.timeout_keep_alive)
        self.access = logging.getLogger("uvicorn.access")
        self.access_log = self.access.hasHandlers()  # as uvicorn decides it
        self.transport: asyncio.Transport | None = None
        self.peer: tuple[str, int] | None = None
        self.buffer = b""  # received, not answered
        self.pieces = 0  # reads that brought the buffer
        self.paused = False  # the client does not read its answers: stop reading requests
        self.deadline = 0.0  # when to close, unless a request (head) arrives by then
        self.timer: asyncio.TimerHandle | None = None
        self.timer_at = 0.0

    # ---- asyncio.Protocol ----

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport = cast("asyncio.Transport", transport)  # uvloop's is not
        self.server_state.connections.add(self)
        peer = transport.get_extra_info("peername")
        self.peer = (str(peer[0]), int(peer[1])) if isinstance(peer, tuple) else None
        self._close_at(self.loop.time() + self._header_timeout)

    def data_received(self, data: bytes) -> None:
        if self.buffer:
            self.buffer += data
            self.pieces += 1
        else:
            self.buffer, self.pieces = data, 1
        self._serve()

    def eof_received(self) -> bool | None:
        return None  # close, as uvicorn does

    def connection_lost(self, exc: Exception | None) -> None:  # noqa: ARG002
        self.server_state.connections.discard(self)
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None

    def pause_writing(self) -> None:
        self.paused = True
        if self.transport is not None:
            self.transport.pause_reading()

    def resume_writing(self) -> None:
        self.paused = False
        if self.transport is not None and not self.transport.is_closing():
            self.transport.resume_reading()
            self._serve()

    def shutdown(self) -> None:
        """uvicorn is stopping: every answer is written already, so close."""
        if self.transport is not None:
            self.transport.close()

    # ---- requests ----

    def _serve(self) -> None:
        """Answer the complete requests in the buffer, in order, until one is not the fast
        lane's: hand the connection over from that one on."""
        transport = self.transport
        assert transport is not None
        lane, log = self._lane, self.access_log
        while self.buffer and not self.paused and not transport.is_closing():
            buffer = self.buffer
            end = buffer.find(b"\r\n\r\n") + 4
            if end == 3:  # no complete head yet
                if (
                    len(buffer) > MAX_HEAD
                    or self.pieces > MAX_PIECES
                    or b"\n\n" in buffer
                    or b"\n\r\n" in buffer
                ):
                    self._hand_over()  # long, trickled, or ended by bare LFs: h11 decides
                elif self.pieces == 1:  # a new head: it has `_header_timeout` s to arrive
                    self._close_at(self.loop.time() + self._header_timeout)
                return
            found = lane.answer(
                buffer if end == len(buffer) else buffer[:end], self.server_state.default_headers
            )
            if found is None:
                self._hand_over()
                return
            poll, body = found
            self.buffer, self.pieces = buffer[end:], 1
            if body:
                transport.writelines((poll.head, body))
            else:
                transport.write(poll.head)
            self.server_state.total_requests += 1
            if log:
                self.access.info(
                    '%s - "%s %s HTTP/%s" %d',
                    self._logged_client(poll.ask.proxy),
                    "GET",
                    poll.ask.target,
                    "1.1",
                    304 if poll.fresh else 200,
                )
        if not self.buffer:
            self._close_at(self.loop.time() + self.keep_alive)

    def _logged_client(self, proxy: tuple[tuple[bytes, bytes], ...]) -> str:
        """The client as uvicorn's access log names it: behind a trusted proxy, the one its
        ProxyHeadersMiddleware reads from X-Forwarded-For."""
        client = self.peer
        if proxy and client is not None and self.config.proxy_headers:
            trusted = self.config.forwarded_allow_ips
            if not isinstance(trusted, str):
                trusted = ",".join(trusted)
            client = proxied_client(client, proxy, trusted)
        return "" if client is None else "%s:%d" % client  # noqa: UP031 - uvicorn's format

    def _hand_over(self) -> None:
        """Give the connection, and the bytes not answered, to uvicorn's protocol."""
        transport = self.transport
        assert transport is not None
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None
        self.server_state.connections.discard(self)
        protocol = self._fallback(  # type: ignore[call-arg]
            config=self.config,
            server_state=self.server_state,
            app_state=self.app_state,
            _loop=self.loop,
        )
        protocol.connection_made(transport)
        transport.set_protocol(protocol)
        data, self.buffer = self.buffer, b""
        if data:
            protocol.data_received(data)

    # ---- timeouts: one timer, moved on lazily ----

    def _close_at(self, deadline: float) -> None:
        self.deadline = deadline
        if self.timer is None or deadline < self.timer_at:
            if self.timer is not None:
                self.timer.cancel()
            self.timer = self.loop.call_at(deadline, self._tick)
            self.timer_at = deadline

    def _tick(self) -> None:
        self.timer = None
        transport = self.transport
        if transport is None or transport.is_closing():
            return
        if self.paused:  # answers still owed to a client that reads slowly: not idle
            self._close_at(self.loop.time() + self.keep_alive)
        elif self.loop.time() < self.deadline:
            self._close_at(self.deadline)
        else:
            transport.close()
