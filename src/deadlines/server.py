"""`deadlines serve`: the feeds and the page over HTTP, and the scheduled refresh.

The server holds one `Published` snapshot and swaps it whole (one reference assignment) when
a refresh job succeeds and every feed of the new snapshot rendered; a request reads the
reference once, so it sees one snapshot from start to end. Each snapshot caches what it
rendered per normalised query (plain and gzipped bytes, strong ETag) in an LRU bounded by
bytes, so a calendar client's poll costs a dictionary lookup and, usually, a 304; `run` answers
those polls in `deadlines.fastlane`, in front of uvicorn and this app, with the same bytes.

Under load: a query not rendered yet is rendered once however many ask for it at the same
time, in one worker thread off the event loop; new renders are rate-limited (``429`` with
``Retry-After`` beyond the limit) so unique query strings cannot starve everyone else. A job
that fails, or hangs past its deadline, leaves the last good snapshot in place and says why
on ``/healthz`` (HTTP 503 when failing).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import dataclasses
import datetime as dt
import email.utils
import functools
import gzip
import hashlib
import logging
import math
import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import parse_qsl, urlsplit

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from deadlines import choices, clock, feeds, site
from deadlines.errors import DeadlinesError, PartialError, UsageError
from deadlines.feeds import Selection
from deadlines.snapshot import Snapshot

log = logging.getLogger("deadlines.server")

CALENDAR_TYPE = "text/calendar; charset=utf-8"
HTML_TYPE = "text/html; charset=utf-8"
ASSET_TYPES = {"page.css": "text/css; charset=utf-8", "page.js": "text/javascript; charset=utf-8"}
JOB_ID = "deadlines-refresh"
# Calendar clients poll every few hours; a job missed by a sleeping machine still runs
# within a day of its time, and missed runs collapse into one (coalesce).
MISFIRE_GRACE = 24 * 3600
CACHE_BYTES = 64_000_000  # rendered bytes (plain + gzipped) kept per snapshot, LRU
SEEN_ENTRIES = 4096  # first-seen times of (query, ETag), for Last-Modified across swaps
MIN_GZIP = 1024
DAILY_REBUILD = "5 0 * * *"  # without --refresh: rebuild once a day so "today" moves on
CACHE_CONTROL = "public, max-age=300"
JOB_DEADLINE = 900.0  # seconds: a refresh job still running after this is abandoned
RENDERS_PER_SECOND = 8.0  # new (not cached) renders admitted per second, all clients together
RENDER_BURST = 16
RENDERS_WAITING = 1  # renders queued behind the one running; more is a 429, not a long wait
SWITCH_INTERVAL = 0.0005  # seconds
HEADER_TIMEOUT = 10.0  # seconds for a client to send a request's headers
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}
LOCAL_HOSTS = ("127.0.0.1", "localhost", "[::1]")

Resource = Literal["deadlines", "plan", "papers", "page"]
Status = Literal["ok", "degraded", "failing"]
Key = tuple[Resource, Selection, str]


@dataclass(frozen=True)
class Rendered:
    """One response body with its validators, computed once per snapshot and query."""

    body: bytes
    gzipped: bytes | None
    etag: str  # strong: a hash of `body`
    last_modified: dt.datetime
    media_type: str

    @functools.cached_property
    def http_date(self) -> str:
        return email.utils.format_datetime(self.last_modified, usegmt=True)

    @property
    def gzip_etag(self) -> str:
        # A different representation needs a different strong validator (RFC 9110 §8.8.3).
        return self.etag[:-1] + '-gz"'

    @functools.cached_property
    def headers(self) -> dict[tuple[bool, bool], list[tuple[bytes, bytes]]]:
        """The raw headers by (gzipped, not modified), made once: a poll answered from the
        cache then builds no header of its own."""
        out = {}
        for packed in (False, True):
            body = self.gzipped if packed and self.gzipped is not None else self.body
            common = [
                (b"etag", (self.gzip_etag if packed else self.etag).encode("latin-1")),
                (b"last-modified", self.http_date.encode("latin-1")),
                (b"cache-control", CACHE_CONTROL.encode("latin-1")),
                (b"vary", b"Accept-Encoding"),
                *((k.lower().encode("latin-1"), v.encode("latin-1"))
                  for k, v in SECURITY_HEADERS.items()),
            ]
            out[packed, True] = common
            out[packed, False] = [
                *common,
                *([(b"content-encoding", b"gzip")] if packed else []),
                (b"content-type", self.media_type.encode("latin-1")),
                (b"content-length", str(len(body)).encode("latin-1")),
            ]
        return out

    @functools.cached_property
    def wire(self) -> dict[tuple[bool, bool], bytes]:
        """`headers` as they go on the wire (``name: value`` and CRLF each), for the fast
        lane (`deadlines.fastlane`)."""
        return {
            key: b"".join(b"%s: %s\r\n" % pair for pair in pairs)
            for key, pairs in self.headers.items()
        }

    @property
    def size(self) -> int:
        return len(self.body) + len(self.gzipped or b"")


@dataclass
class Published:
    """A snapshot being served, with its render cache (an LRU bounded by bytes) and the
    renders under way (so a query asked by many at once is rendered once)."""

    snap: Snapshot
    built: dt.datetime
    generation: int
    cache: OrderedDict[Key, Rendered] = field(default_factory=OrderedDict)
    cache_bytes: int = 0
    inflight: dict[Key, asyncio.Future[Rendered]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def get(self, key: Key) -> Rendered | None:
        with self.lock:
            hit = self.cache.get(key)
            if hit is not None:
                self.cache.move_to_end(key)
            return hit

    def put(self, key: Key, rendered: Rendered, budget: int) -> None:
        with self.lock:
            if key in self.cache or rendered.size > budget:
                return
            self.cache[key] = rendered
            self.cache_bytes += rendered.size
            while self.cache_bytes > budget:
                _, dropped = self.cache.popitem(last=False)
                self.cache_bytes -= dropped.size


@dataclass(frozen=True)
class Health:
    status: Status = "ok"
    message: str | None = None
    last_success: dt.datetime | None = None
    last_failure: dt.datetime | None = None
    runs: int = 0


class TooBusyError(Exception):
    """More new renders than the limit: answer 429 and say when to come back."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(retry_after)
        self.retry_after = retry_after


class RenderLimit:
    """A token bucket of new renders per second, shared by every client."""

    def __init__(
        self,
        rate: float = RENDERS_PER_SECOND,
        burst: int = RENDER_BURST,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.rate, self.burst, self._clock = rate, burst, clock
        self._tokens = float(burst)
        self._at = clock()

    def take(self) -> None:
        """Spend one token, or raise TooBusyError with the seconds until the next one."""
        now = self._clock()
        self._tokens = min(self.burst, self._tokens + (now - self._at) * self.rate)
        self._at = now
        if self._tokens < 1:
            raise TooBusyError(max(1, math.ceil((1 - self._tokens) / self.rate)))
        self._tokens -= 1


def normalised(what: Resource, selection: Selection) -> Selection:
    """The selection with what cannot change this resource's bytes set to its default, so
    queries that differ only there share one render (``/deadlines.ics?window=9`` without
    ``months`` is ``/deadlines.ics``)."""
    if what == "deadlines" and selection.months is None and selection.window_weeks != 4:
        return dataclasses.replace(selection, window_weeks=4)
    return selection


def _iso(instant: dt.datetime | None) -> str | None:
    return None if instant is None else instant.astimezone(dt.UTC).isoformat(timespec="seconds")


def etag_of(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


class FeedServer:
    """The state behind the app: the published snapshot, its caches, the job's health.

    `build` makes a snapshot from the current catalog; `refresh` updates the catalog's
    sources first (it raises on failure; `PartialError` means some sources were updated).
    `now` is the clock, injectable for tests.
    """

    def __init__(
        self,
        build: Callable[[], Snapshot],
        *,
        refresh: Callable[[], object] = lambda: None,
        now: Callable[[], dt.datetime] = clock.now,
        initial: Snapshot | None = None,
        base_url: str = "",
        job_deadline: float = JOB_DEADLINE,
        cache_bytes: int = CACHE_BYTES,
        limit: RenderLimit | None = None,
    ) -> None:
        self._build = build
        self._refresh = refresh
        self._now = now
        self.base_url = base_url
        self.job_deadline = job_deadline
        self.cache_bytes = cache_bytes
        self.limit = limit or RenderLimit()
        self._seen: dict[tuple[Any, ...], dt.datetime] = {}
        self._seen_lock = threading.Lock()
        # Queries rendered before (in this snapshot or an earlier one): after a swap they are
        # rendered again without counting against the limit on new queries.
        self._known: OrderedDict[Key, None] = OrderedDict()
        # One thread renders: rendering is pure Python, so more threads would only share
        # the interpreter lock with the event loop and make every answer slower.
        self._pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="render")
        started = now()
        first = Published(initial if initial is not None else build(), started, 1)
        try:
            self._prerender(first)
        except Exception as exc:  # noqa: BLE001 - nothing to serve: say why, once
            raise DeadlinesError(f"the feeds do not render: {_describe(exc)}") from None
        self.current = first
        self.health = Health(last_success=started)
        self._state = threading.Lock()
        self._running: tuple[object, float] | None = None  # (token, monotonic start)
        self.render_error: str | None = None

    def now(self) -> dt.datetime:
        return self._now()

    # ---- the job ----

    def run_job(self, *, refresh: bool = True) -> bool:
        """Refresh, rebuild, render and swap the snapshot in; on failure keep the old one.
        With `refresh` false the sources are not read again: only the files (catalogs, the
        papers file) are, as when a lab's papers file changed.

        Returns whether a new snapshot is being served. A run that finds another still
        going does nothing (the scheduler also allows one instance only). The work runs in
        a thread of its own watched for `job_deadline` seconds: past it the job is
        abandoned (its result, if it ever comes, is dropped), `/healthz` says so, and the
        next run may start.
        """
        token = object()
        with self._state:
            if self._running is not None:
                return False
            self._running = (token, time.monotonic())
        outcome: list[bool] = []
        worker = threading.Thread(
            target=self._work, args=(token, outcome, refresh), name="refresh-job", daemon=True
        )
        worker.start()
        worker.join(self.job_deadline)
        if worker.is_alive():
            with self._state:
                if self._running is not None and self._running[0] is token:
                    self._running = None
            self._fail(
                f"the refresh job did not finish within {self.job_deadline:g} s; abandoned"
            )
            return False
        return bool(outcome and outcome[0])

    def _fail(self, message: str) -> None:
        log.warning(
            "refresh failed; still serving the snapshot built %s: %s",
            _iso(self.current.built),
            message,
        )
        self.health = Health(
            status="failing",
            message=message,
            last_success=self.health.last_success,
            last_failure=self._now(),
            runs=self.health.runs + 1,
        )

    def _work(self, token: object, outcome: list[bool], refresh: bool) -> None:
        try:
            outcome.append(self._refresh_and_swap(token, refresh))
        finally:
            with self._state:
                if self._running is not None and self._running[0] is token:
                    self._running = None

    def _refresh_and_swap(self, token: object, refresh: bool) -> bool:
        partial = None
        try:
            try:
                if refresh:
                    self._refresh()
            except PartialError as exc:  # some sources failed; the others are worth serving
                partial = str(exc)
            snap = self._build()
            finished = self._now()
            new = Published(snap, finished, self.current.generation + 1)
            try:
                self._prerender(new)
            except Exception as exc:
                raise _RenderFailedError(_describe(exc)) from exc
        except Exception as exc:  # noqa: BLE001 - any failure must leave the feeds as they are
            message = (
                f"the new feeds did not render ({exc}); still serving the last good ones"
                if isinstance(exc, _RenderFailedError)
                else _describe(exc)
            )
            if self._owns(token):
                self._fail(message)
            return False
        with self._state:
            if self._running is None or self._running[0] is not token:
                return False  # abandoned by the watchdog: a newer job owns the feeds
            self.current = new  # the atomic swap
        self.health = Health(
            status="degraded" if partial else "ok",
            message=partial,
            last_success=finished,
            last_failure=finished if partial else self.health.last_failure,
            runs=self.health.runs + 1,
        )
        self.render_error = None
        return True

    def _owns(self, token: object) -> bool:
        with self._state:
            return self._running is not None and self._running[0] is token

    def _prerender(self, pub: Published) -> None:
        """Render every feed a subscriber gets by default; raise if one does not render."""
        for what in ("deadlines", "plan", "page"):
            self.render(pub, what, Selection(), self.base_url if what == "page" else "")

    def status(self) -> tuple[Status, str | None]:
        """What `/healthz` says: the job's health, made worse by a job stuck past its
        deadline or a query that failed to render since the last swap."""
        h = self.health
        with self._state:
            running = self._running
        if running is not None and time.monotonic() - running[1] > self.job_deadline:
            return "failing", f"the refresh job has run for over {self.job_deadline:g} s"
        if h.status == "ok" and self.render_error is not None:
            return "degraded", self.render_error
        return h.status, h.message

    def health_json(self) -> dict[str, Any]:
        h, pub = self.health, self.current
        status, message = self.status()
        return {
            "status": status,
            "message": message,
            "last_success": _iso(h.last_success),
            "last_failure": _iso(h.last_failure),
            "runs": h.runs,
            "snapshot": {
                "today": pub.snap.today.isoformat(),
                "built": _iso(pub.built),
                "generation": pub.generation,
                "venues": len(pub.snap.venues),
            },
        }

    # ---- rendering ----

    def rendered(
        self, pub: Published, what: Resource, selection: Selection, base_url: str = ""
    ) -> Rendered | None:
        """The cached response for this query in `pub`, if it was rendered already."""
        return pub.get((what, normalised(what, selection), base_url))

    async def render_async(
        self, pub: Published, what: Resource, selection: Selection, base_url: str = ""
    ) -> Rendered:
        """The response for this query: from the cache, from a render already under way,
        or (within the rate limit, else `TooBusyError`) from a new render in the render thread."""
        key: Key = (what, normalised(what, selection), base_url)
        if (hit := pub.get(key)) is not None:
            return hit
        future = pub.inflight.get(key)
        if future is None:
            if key not in self._known:  # a query no one asked before is what gets limited
                if len(pub.inflight) > RENDERS_WAITING:
                    raise TooBusyError(1)
                self.limit.take()
            loop = asyncio.get_running_loop()
            future = loop.run_in_executor(self._pool, self.render, pub, what, key[1], base_url)
            pub.inflight[key] = future
            future.add_done_callback(lambda _: pub.inflight.pop(key, None))
        return await asyncio.shield(future)

    def render(
        self, pub: Published, what: Resource, selection: Selection, base_url: str = ""
    ) -> Rendered:
        """Render (or fetch from the cache) one resource of `pub`; `UsageError` on a bad query."""
        selection = normalised(what, selection)
        if selection.filters.tags:  # `vision` is `cv`; a tag no venue has is a typo, not ""
            tags = choices.check_tags(selection.filters.tags, pub.snap.tags)
            selection = dataclasses.replace(
                selection, filters=dataclasses.replace(selection.filters, tags=tags)
            )
        key: Key = (what, selection, base_url)
        if (hit := pub.get(key)) is not None:
            return hit
        if what == "deadlines":
            body, media = feeds.deadlines_ics(pub.snap, selection), CALENDAR_TYPE
        elif what == "plan":
            body, media = feeds.plan_ics(pub.snap, selection, with_deadlines=True), CALENDAR_TYPE
        elif what == "papers":
            if pub.snap.papers is None:
                raise UsageError("no papers file is being served; see `deadlines paper add`")
            body = feeds.papers_ics(pub.snap, pub.snap.papers, selection)
            media = CALENDAR_TYPE
        else:
            body, media = site.render_page(pub.snap, selection, base_url).encode(), HTML_TYPE
        etag = etag_of(body)
        # Last-Modified is when these bytes were first served, so a refresh that changes
        # nothing keeps If-Modified-Since answering 304.
        with self._seen_lock:
            first = self._seen.get((key, etag))
            if first is None:
                if len(self._seen) >= SEEN_ENTRIES:
                    self._seen.clear()
                first = self._now().replace(microsecond=0)
                self._seen[(key, etag)] = first
        packed = gzip.compress(body, compresslevel=6, mtime=0) if len(body) >= MIN_GZIP else None
        out = Rendered(body, packed, etag, first, media)
        pub.put(key, out, self.cache_bytes)
        with self._seen_lock:
            self._known[key] = None
            self._known.move_to_end(key)
            if len(self._known) > SEEN_ENTRIES:
                self._known.popitem(last=False)
        return out


class _RenderFailedError(Exception):
    """A new snapshot whose default feeds do not render: it is not swapped in."""


def _describe(exc: BaseException) -> str:
    """One line for an exception: ours as it reads, others with their type."""
    if isinstance(exc, DeadlinesError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


# ---- HTTP ---------------------------------------------------------------------------------


@functools.lru_cache(maxsize=256)
def accepts_gzip(header: str) -> bool:
    """Whether an Accept-Encoding header admits gzip (``gzip;q=0`` refuses it); clients
    send the same few headers, so each is read once."""
    for part in header.lower().split(","):
        name, _, params = part.strip().partition(";")
        if name.strip() in ("gzip", "*"):
            q = params.strip()
            if q.startswith("q="):
                try:
                    return float(q[2:]) > 0
                except ValueError:
                    return False
            return True
    return False


def _tags(header: str) -> set[str]:
    return {t.strip().removeprefix("W/") for t in header.split(",") if t.strip()}


@dataclass(frozen=True)
class Conditions:
    """A request's If-None-Match and If-Modified-Since, read once (RFC 9110 §13.2.2:
    If-None-Match wins; an unreadable date is ignored, as §13.1.3 says)."""

    none_match: str | None = None
    since: dt.datetime | None = None

    @classmethod
    def read(cls, none_match: str | None, modified_since: str | None) -> Conditions:
        if none_match is not None or modified_since is None:
            return cls(none_match)
        try:
            since = email.utils.parsedate_to_datetime(modified_since)
        except (TypeError, ValueError):
            return cls()
        return cls(None, since if since.tzinfo else since.replace(tzinfo=dt.UTC))

    def fresh(self, rendered: Rendered) -> bool:
        """Whether `rendered` is what the client has (answer 304)."""
        if (inm := self.none_match) is not None:
            if inm in (rendered.etag, rendered.gzip_etag):  # a poll: the tag it was sent
                return True
            tags = _tags(inm)
            return "*" in tags or bool(tags & {rendered.etag, rendered.gzip_etag})
        return self.since is not None and rendered.last_modified <= self.since


def not_modified(request: Request, rendered: Rendered) -> bool:
    """Apply If-None-Match, else If-Modified-Since (RFC 9110 §13.2.2)."""
    headers = request.headers
    return Conditions.read(
        headers.get("if-none-match"), headers.get("if-modified-since")
    ).fresh(rendered)


@functools.lru_cache(maxsize=8)
def http_date(instant: dt.datetime) -> str:
    return email.utils.format_datetime(instant.astimezone(dt.UTC), usegmt=True)


class _Prepared(Response):
    """A response with headers made beforehand (`Rendered.headers`)."""

    def __init__(self, status: int, raw_headers: list[tuple[bytes, bytes]], body: bytes) -> None:
        self.status_code = status
        self.raw_headers = raw_headers
        self.body = body
        self.background = None


def respond(request: Request, rendered: Rendered, now: dt.datetime | None = None) -> Response:
    """The 200 or 304 response for `rendered`, gzipped when the client asks for it.

    `now` gives the Date header, from the same clock as Last-Modified, so Last-Modified is
    never later than Date (RFC 9110 §8.8.2.1); the other headers were made beforehand.
    """
    packed = rendered.gzipped is not None and accepts_gzip(
        request.headers.get("accept-encoding", "")
    )
    fresh = not_modified(request, rendered)
    headers = rendered.headers[packed, fresh]
    if now is not None:
        date = http_date(max(now.replace(microsecond=0), rendered.last_modified))
        headers = [*headers, (b"date", date.encode("latin-1"))]
    if fresh:
        return _Prepared(304, headers, b"")
    body = rendered.gzipped if packed and rendered.gzipped is not None else rendered.body
    return _Prepared(200, headers, b"" if request.method == "HEAD" else body)


@functools.lru_cache(maxsize=1024)
def selection_of(
    query: str, *, plan: bool, page: bool = False, papers: bool = False
) -> Selection:
    """The selection a raw query string asks for; clients poll the same URLs, so it is
    parsed once (a bad query raises `UsageError` each time: errors are not cached)."""
    pairs = parse_qsl(query, keep_blank_values=True)
    return site.parse_query(pairs, plan=plan, page=page, papers=papers)


def host_allowed(host_header: str, allowed: Sequence[str]) -> bool:
    """Whether a Host header (``lab.example:8000``) names one of `allowed` (port ignored;
    ``*.lab.example`` allows its subdomains)."""
    name = urlsplit(f"//{host_header}").hostname
    if not name:
        return False
    host = f"[{name}]" if ":" in name else name
    for pattern in allowed:
        pattern = pattern.lower()  # noqa: PLW2901
        if host == pattern or (pattern.startswith("*.") and host.endswith(pattern[1:])):
            return True
    return False


def page_base(request: Request, base_url: str, allowed: Sequence[str]) -> str:
    """Where the page's subscribe links point: the configured base URL, else the request's
    own address when its Host is allowed, else nothing (the page's script completes them)."""
    if base_url:
        return base_url
    if host_allowed(request.headers.get("host", ""), allowed):
        return str(request.base_url)
    return ""


def _plain(text: str, status: int, headers: dict[str, str] | None = None) -> Response:
    return PlainTextResponse(
        text, status_code=status, headers={**SECURITY_HEADERS, **(headers or {})}
    )


def create_app(server: FeedServer, *, allowed_hosts: Sequence[str] = LOCAL_HOSTS) -> Starlette:
    """The ASGI app: ``/``, ``/deadlines.ics``, ``/plan.ics``, ``/papers.ics``, ``/healthz``
    and the page's ``/assets/``. Subscribe links use `server.base_url`, else the request's
    host if it is one of `allowed_hosts` (a forged Host header never reaches a page)."""

    async def serve(request: Request, what: Resource) -> Response:
        pub = server.current  # read once: this request sees one snapshot throughout
        try:
            query = request.scope["query_string"].decode("latin-1")
            selection = selection_of(
                query, plan=what in ("plan", "page"), page=what == "page", papers=what == "papers"
            )
            base = page_base(request, server.base_url, allowed_hosts) if what == "page" else ""
            rendered = server.rendered(pub, what, selection, base)
            if rendered is None:
                rendered = await server.render_async(pub, what, selection, base)
        except UsageError as exc:
            return _plain(f"bad request: {exc}\n", 400)
        except TooBusyError as exc:
            return _plain(
                "too many new queries at once; try again shortly\n",
                429,
                {"Retry-After": str(exc.retry_after)},
            )
        except Exception as exc:  # one query's failure is not the server's: say it, go on
            server.render_error = f"{what} ?{request.url.query}: {_describe(exc)}"
            log.exception("render failed: %s", server.render_error)
            return _plain("this query could not be rendered; the default feeds still work\n",
                          500)
        return respond(request, rendered, server.now())

    async def deadlines(request: Request) -> Response:
        return await serve(request, "deadlines")

    async def plan(request: Request) -> Response:
        return await serve(request, "plan")

    async def papers(request: Request) -> Response:
        return await serve(request, "papers")

    async def page(request: Request) -> Response:
        return await serve(request, "page")

    assets = {
        name: Rendered(body, None, etag_of(body), server.now().replace(microsecond=0), media)
        for name, media in ASSET_TYPES.items()
        for body in [site.asset(name)]
    }

    async def asset(request: Request) -> Response:
        found = assets.get(request.path_params["name"])
        if found is None:
            return _plain("not found\n", 404)
        return respond(request, found, server.now())

    async def healthz(_request: Request) -> Response:
        body = server.health_json()
        return JSONResponse(
            body,
            status_code=503 if body["status"] == "failing" else 200,
            headers={"Cache-Control": "no-store", **SECURITY_HEADERS},
        )

    return Starlette(
        routes=[
            Route("/", page, methods=["GET"]),
            Route("/deadlines.ics", deadlines, methods=["GET"]),
            Route("/plan.ics", plan, methods=["GET"]),
            Route("/papers.ics", papers, methods=["GET"]),
            Route("/healthz", healthz, methods=["GET"]),
            Route("/assets/{name}", asset, methods=["GET"]),
        ]
    )


# ---- the schedule -------------------------------------------------------------------------


def cron_trigger(expression: str) -> Any:
    """An APScheduler trigger for a crontab line (``"17 */6 * * *"``), in UTC."""
    from apscheduler.triggers.cron import CronTrigger

    try:
        return CronTrigger.from_crontab(expression, timezone=dt.UTC)
    except ValueError as exc:
        raise UsageError(
            f"--refresh {expression!r} is not a crontab schedule ({exc}); "
            "write five fields, e.g. '17 */6 * * *'"
        ) from None


def schedule(scheduler: Any, server: FeedServer, trigger: Any) -> Any:
    """Add (or replace) the one refresh job; return it."""
    return scheduler.add_job(
        server.run_job,
        trigger,
        id=JOB_ID,
        name="refresh the sources and rebuild the feeds",
        replace_existing=True,
        coalesce=True,
        max_instances=1,
        misfire_grace_time=MISFIRE_GRACE,
    )


WATCH_SECONDS = 30  # how often `serve` looks whether the papers file changed


def watcher(server: FeedServer, fingerprint: Callable[[], object]) -> Callable[[], bool]:
    """A check to run every few seconds: when `fingerprint()` (a file's size and mtime)
    changed, rebuild without reading the sources; return whether it rebuilt. A rebuild that
    fails (a broken papers file) is tried again at the next check; /healthz says why."""
    seen = [fingerprint()]

    def check() -> bool:
        now = fingerprint()
        if now == seen[0]:
            return False
        if server.run_job(refresh=False):
            seen[0] = now
            return True
        return False

    return check


def make_scheduler() -> Any:
    from apscheduler.schedulers.background import BackgroundScheduler

    return BackgroundScheduler(timezone=dt.UTC)


def header_timeout_protocol(seconds: float = HEADER_TIMEOUT) -> type[asyncio.Protocol]:
    """uvicorn's HTTP/1.1 protocol, closing a connection whose request headers have not all
    arrived `seconds` after their first byte (or after connecting): a client that trickles
    its headers cannot hold a connection forever (uvicorn only times out idle keep-alives)."""
    import h11
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class HeaderTimeout(H11Protocol):
        _header_timer: asyncio.TimerHandle | None = None

        def _disarm(self) -> None:
            if self._header_timer is not None:
                self._header_timer.cancel()
                self._header_timer = None

        def _too_slow(self) -> None:
            self._header_timer = None
            if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
                self.transport.close()

        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            super().connection_made(transport)  # type: ignore[arg-type]
            self._header_timer = self.loop.call_later(seconds, self._too_slow)

        def data_received(self, data: bytes) -> None:
            super().data_received(data)
            if self.conn.their_state is not h11.IDLE:
                self._disarm()  # the headers are in
            elif self._header_timer is None:
                self._header_timer = self.loop.call_later(seconds, self._too_slow)

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

    return HeaderTimeout


def uvicorn_config(
    app: Any, host: str, port: int, *, access_log: bool = True, feeds: FeedServer | None = None
) -> Any:
    """How `run` serves `app`: headers read within `HEADER_TIMEOUT`, a short keep-alive,
    bounded header size, the Date header from the app (the clock of Last-Modified); with
    `feeds`, polls of its cached feeds answered by the fast lane (`deadlines.fastlane`)."""
    import uvicorn

    protocol = header_timeout_protocol()
    if feeds is not None:
        from deadlines.fastlane import fast_lane

        protocol = fast_lane(feeds, protocol)
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level="info",
        access_log=access_log,
        http=protocol,
        timeout_keep_alive=5,
        h11_max_incomplete_event_size=16 * 1024,
        date_header=False,
    )


def run(
    server: FeedServer,
    host: str,
    port: int,
    refresh_cron: str,
    *,
    access_log: bool = True,
    allowed_hosts: Sequence[str] = LOCAL_HOSTS,
    watch: Callable[[], object] | None = None,
) -> None:
    """Serve until interrupted, running the refresh job on `refresh_cron` (UTC), and with
    `watch` (a file's fingerprint) a rebuild whenever it changes."""
    import uvicorn

    # A thread that computes (the refresh job, a render) keeps the interpreter lock for up
    # to this long before the event loop gets it back: short, so answers are not queued
    # behind a refresh (the default 5 ms is paid several times per request).
    sys.setswitchinterval(SWITCH_INTERVAL)
    trigger = cron_trigger(refresh_cron)
    scheduler = make_scheduler()
    schedule(scheduler, server, trigger)
    if watch is not None:
        scheduler.add_job(
            watcher(server, watch),
            "interval",
            seconds=WATCH_SECONDS,
            id="watch-papers",
            name="rebuild when the papers file changed",
            coalesce=True,
            max_instances=1,
        )
    scheduler.start()
    try:
        app = create_app(server, allowed_hosts=allowed_hosts)
        uvicorn.Server(
            uvicorn_config(app, host, port, access_log=access_log, feeds=server)
        ).run()
    finally:
        scheduler.shutdown(wait=False)
