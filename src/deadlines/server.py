"""`deadlines serve`: the feeds and the page over HTTP, and the scheduled refresh.

The server holds one `Published` snapshot and swaps it whole (one reference assignment) when
a refresh job succeeds; a request reads the reference once, so it sees one snapshot from
start to end. Each snapshot caches what it rendered per query (plain and gzipped bytes,
strong ETag), so a calendar client's poll costs a dictionary lookup and, usually, a 304.
A job that fails leaves the last good snapshot in place and says why on ``/healthz``.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import functools
import gzip
import hashlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from deadlines import clock, feeds, site
from deadlines.errors import DeadlinesError, PartialError, UsageError
from deadlines.feeds import Selection
from deadlines.snapshot import Snapshot

log = logging.getLogger("deadlines.server")

CALENDAR_TYPE = "text/calendar; charset=utf-8"
HTML_TYPE = "text/html; charset=utf-8"
JOB_ID = "deadlines-refresh"
# Calendar clients poll every few hours; a job missed by a sleeping machine still runs
# within a day of its time, and missed runs collapse into one (coalesce).
MISFIRE_GRACE = 24 * 3600
CACHE_ENTRIES = 512  # rendered (query → bytes) entries kept per snapshot
SEEN_ENTRIES = 4096  # first-seen times of (query, ETag), for Last-Modified across swaps
MIN_GZIP = 1024
DAILY_REBUILD = "5 0 * * *"  # without --refresh: rebuild once a day so "today" moves on
CACHE_CONTROL = "public, max-age=300"

Resource = Literal["deadlines", "plan", "papers", "page"]


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
            ]
            out[packed, True] = common
            out[packed, False] = [
                *common,
                *([(b"content-encoding", b"gzip")] if packed else []),
                (b"content-type", self.media_type.encode("latin-1")),
                (b"content-length", str(len(body)).encode("latin-1")),
            ]
        return out


@dataclass
class Published:
    """A snapshot being served, with its render cache."""

    snap: Snapshot
    built: dt.datetime
    generation: int
    cache: dict[tuple[Any, ...], Rendered] = field(default_factory=dict)


@dataclass(frozen=True)
class Health:
    status: Literal["ok", "partial", "failing"] = "ok"
    message: str | None = None
    last_success: dt.datetime | None = None
    last_failure: dt.datetime | None = None
    runs: int = 0


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
    ) -> None:
        self._build = build
        self._refresh = refresh
        self._now = now
        started = now()
        self.current = Published(initial if initial is not None else build(), started, 1)
        self.health = Health(last_success=started)
        self._job = threading.Lock()
        self._seen: dict[tuple[Any, ...], dt.datetime] = {}

    # ---- the job ----

    def run_job(self) -> bool:
        """Refresh, rebuild and swap the snapshot in; on failure keep serving the old one.

        Returns whether a new snapshot is being served. A run that finds another still
        going does nothing (the scheduler also allows one instance only).
        """
        if not self._job.acquire(blocking=False):
            return False
        try:
            partial = None
            try:
                try:
                    self._refresh()
                except PartialError as exc:  # some sources failed; the others are worth serving
                    partial = str(exc)
                snap = self._build()
            except Exception as exc:  # noqa: BLE001 - any failure must leave the feeds as they are
                known = isinstance(exc, DeadlinesError) and str(exc)
                message = str(exc) if known else f"{type(exc).__name__}: {exc}"
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
                return False
            finished = self._now()
            old = self.current
            self.current = Published(snap, finished, old.generation + 1)  # the atomic swap
            self.health = Health(
                status="partial" if partial else "ok",
                message=partial,
                last_success=finished,
                last_failure=finished if partial else self.health.last_failure,
                runs=self.health.runs + 1,
            )
            return True
        finally:
            self._job.release()

    def health_json(self) -> dict[str, Any]:
        h, pub = self.health, self.current
        return {
            "status": h.status,
            "message": h.message,
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
        return pub.cache.get((what, selection, base_url))

    def render(
        self, pub: Published, what: Resource, selection: Selection, base_url: str = ""
    ) -> Rendered:
        """Render (or fetch from the cache) one resource of `pub`; `UsageError` on a bad query."""
        key = (what, selection, base_url)
        if (hit := pub.cache.get(key)) is not None:
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
        first = self._seen.get((key, etag))
        if first is None:
            if len(self._seen) >= SEEN_ENTRIES:
                self._seen.clear()
            first = self._now().replace(microsecond=0)
            self._seen[(key, etag)] = first
        packed = gzip.compress(body, compresslevel=6, mtime=0) if len(body) >= MIN_GZIP else None
        out = Rendered(body, packed, etag, first, media)
        if len(pub.cache) < CACHE_ENTRIES:
            pub.cache[key] = out
        return out


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


def not_modified(request: Request, rendered: Rendered) -> bool:
    """Apply If-None-Match, else If-Modified-Since (RFC 9110 §13.2.2)."""
    if (inm := request.headers.get("if-none-match")) is not None:
        if inm in (rendered.etag, rendered.gzip_etag):  # a client's poll: the tag it was sent
            return True
        tags = _tags(inm)
        return "*" in tags or bool(tags & {rendered.etag, rendered.gzip_etag})
    if (ims := request.headers.get("if-modified-since")) is not None:
        try:
            since = email.utils.parsedate_to_datetime(ims)
        except (TypeError, ValueError):
            return False  # an unreadable date is ignored, as RFC 9110 §13.1.3 says
        if since.tzinfo is None:
            since = since.replace(tzinfo=dt.UTC)
        return rendered.last_modified <= since
    return False


class _Prepared(Response):
    """A response with headers made beforehand (`Rendered.headers`)."""

    def __init__(self, status: int, raw_headers: list[tuple[bytes, bytes]], body: bytes) -> None:
        self.status_code = status
        self.raw_headers = raw_headers
        self.body = body
        self.background = None


def respond(request: Request, rendered: Rendered) -> Response:
    """The 200 or 304 response for `rendered`, gzipped when the client asks for it."""
    packed = rendered.gzipped is not None and accepts_gzip(
        request.headers.get("accept-encoding", "")
    )
    if not_modified(request, rendered):
        return _Prepared(304, rendered.headers[packed, True], b"")
    body = rendered.gzipped if packed and rendered.gzipped is not None else rendered.body
    return _Prepared(
        200, rendered.headers[packed, False], b"" if request.method == "HEAD" else body
    )


@functools.lru_cache(maxsize=1024)
def selection_of(query: str, *, plan: bool, papers: bool = False) -> Selection:
    """The selection a raw query string asks for; clients poll the same URLs, so it is
    parsed once (a bad query raises `UsageError` each time: errors are not cached)."""
    pairs = parse_qsl(query, keep_blank_values=True)
    return site.parse_query(pairs, plan=plan, papers=papers)


def create_app(server: FeedServer) -> Starlette:
    """The ASGI app: ``/``, ``/deadlines.ics``, ``/plan.ics``, ``/papers.ics``, ``/healthz``."""

    async def serve(request: Request, what: Resource) -> Response:
        pub = server.current  # read once: this request sees one snapshot throughout
        try:
            query = request.scope["query_string"].decode("latin-1")
            selection = selection_of(
                query, plan=what in ("plan", "page"), papers=what == "papers"
            )
            base = str(request.base_url) if what == "page" else ""
            rendered = server.rendered(pub, what, selection, base)
            if rendered is None:
                rendered = await run_in_threadpool(server.render, pub, what, selection, base)
        except UsageError as exc:
            return PlainTextResponse(f"bad request: {exc}\n", status_code=400)
        return respond(request, rendered)

    async def deadlines(request: Request) -> Response:
        return await serve(request, "deadlines")

    async def plan(request: Request) -> Response:
        return await serve(request, "plan")

    async def papers(request: Request) -> Response:
        return await serve(request, "papers")

    async def page(request: Request) -> Response:
        return await serve(request, "page")

    async def healthz(_request: Request) -> Response:
        return JSONResponse(server.health_json(), headers={"Cache-Control": "no-store"})

    return Starlette(
        routes=[
            Route("/", page, methods=["GET"]),
            Route("/deadlines.ics", deadlines, methods=["GET"]),
            Route("/plan.ics", plan, methods=["GET"]),
            Route("/papers.ics", papers, methods=["GET"]),
            Route("/healthz", healthz, methods=["GET"]),
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


def make_scheduler() -> Any:
    from apscheduler.schedulers.background import BackgroundScheduler

    return BackgroundScheduler(timezone=dt.UTC)


def run(
    server: FeedServer, host: str, port: int, refresh_cron: str, *, access_log: bool = True
) -> None:
    """Serve until interrupted, running the refresh job on `refresh_cron` (UTC)."""
    import uvicorn

    trigger = cron_trigger(refresh_cron)
    scheduler = make_scheduler()
    schedule(scheduler, server, trigger)
    scheduler.start()
    try:
        uvicorn.run(
            create_app(server), host=host, port=port, log_level="info", access_log=access_log
        )
    finally:
        scheduler.shutdown(wait=False)
