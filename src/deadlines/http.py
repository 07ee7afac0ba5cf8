"""Polite fetching: the one place that talks HTTP.

Every request names the tool and its URL in its User-Agent, asks robots.txt first (read with
protego), waits `delay` seconds between two requests to one host (several hosts are fetched
at once), gives up after `timeout`, retries connection errors, 429 and 5xx with backoff
(honouring Retry-After), sends the validators of the last copy (ETag / Last-Modified) so an
unchanged page costs a 304, stops reading past `max_bytes`, and follows at most
`max_redirects` redirects. Sleeping and the monotonic clock are injectable for tests.
"""

from __future__ import annotations

import asyncio
import email.utils
import hashlib
import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Self
from urllib.parse import urljoin, urlsplit

import httpx

from deadlines import __version__
from deadlines.fsutil import atomic_write

PROJECT_URL = "https://github.com/deadlines-tool/deadlines"
USER_AGENT = f"deadlines/{__version__} (+{PROJECT_URL})"

Sleep = Callable[[float], Awaitable[None]]
REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True)
class Policy:
    """How politely and how patiently to fetch."""

    user_agent: str = USER_AGENT
    delay: float = 1.0  # seconds between two requests to one host
    timeout: float = 20.0  # seconds for connecting, and for each read
    retries: int = 3  # further attempts after a connection error, 429 or 5xx
    backoff: float = 2.0  # first wait before a retry; doubles each time
    max_wait: float = 120.0  # a longer Retry-After than this is a failure, not a wait
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    hosts_at_once: int = 8


class FetchError(Exception):
    """A page that could not be had; `reason` is one line for the report."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


@dataclass(frozen=True)
class Page:
    url: str
    status: int
    body: bytes
    not_modified: bool = False  # answered 304: `body` is the cached copy
    attempts: int = 1
    location: str | None = None  # a redirect's target, not yet followed

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")


@dataclass
class _Host:
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    last: float | None = None
    checked: bool = False  # robots.txt read (or found missing) already
    robots: Any = None  # a protego.Protego, or None when any path may be fetched
    robots_error: str | None = None
    crawl_delay: float | None = None


class Cache:
    """Validators and bodies of fetched pages, one JSON and one body file per URL."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _paths(self, url: str) -> tuple[Path, Path]:
        key = hashlib.sha256(url.encode()).hexdigest()[:32]
        return self.directory / f"{key}.json", self.directory / f"{key}.body"

    def get(self, url: str) -> tuple[dict[str, str], bytes] | None:
        meta_path, body_path = self._paths(url)
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            body = body_path.read_bytes()
        except (OSError, ValueError):
            return None
        if not isinstance(meta, dict) or meta.get("url") != url:
            return None
        if meta.get("sha256") != hashlib.sha256(body).hexdigest():
            return None  # a body cut short or changed on disk: fetch it whole again
        return {k: str(v) for k, v in meta.items()}, body

    def put(self, url: str, headers: httpx.Headers, body: bytes) -> None:
        validators = {
            k: headers[k] for k in ("etag", "last-modified") if k in headers
        }
        if not validators:
            return
        meta_path, body_path = self._paths(url)
        atomic_write(body_path, body)
        digest = hashlib.sha256(body).hexdigest()
        atomic_write(
            meta_path, json.dumps({"url": url, "sha256": digest, **validators}).encode()
        )


async def _real_sleep(seconds: float) -> None:
    await asyncio.sleep(seconds)


def retry_after(value: str | None, now: Callable[[], float] | None = None) -> float | None:
    """Read a Retry-After header: seconds, or an HTTP date (RFC 9110 §10.2.3)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if now is None:
        from deadlines import clock

        wall = clock.now().timestamp()
    else:
        wall = now()
    return max(0.0, when.timestamp() - wall)


class Fetcher:
    """Fetch pages politely; use as ``async with Fetcher(...) as f: await f.get(url)``."""

    def __init__(
        self,
        policy: Policy | None = None,
        *,
        cache: Cache | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Sleep | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.policy = policy or Policy()
        self.cache = cache
        self._transport = transport
        self._sleep = sleep or _real_sleep
        self._clock = clock
        self._hosts: dict[str, _Host] = {}
        self._client: httpx.AsyncClient | None = None
        self.requests = 0  # requests sent, robots.txt included
        self.hosts_at_once = asyncio.Semaphore(self.policy.hosts_at_once)

    async def __aenter__(self) -> Self:
        p = self.policy
        self._client = httpx.AsyncClient(
            headers={"User-Agent": p.user_agent},
            timeout=httpx.Timeout(p.timeout),
            follow_redirects=False,  # followed by `get`, which asks each host's robots.txt
            transport=self._transport,
        )
        self.hosts_at_once = asyncio.Semaphore(p.hosts_at_once)
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._client is not None:
            await self._client.aclose()

    def _host(self, url: str) -> tuple[str, _Host]:
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}"
        return key, self._hosts.setdefault(key, _Host())

    async def get(self, url: str) -> Page:
        """Fetch `url`, or raise FetchError with a one-line reason.

        Redirects are followed here, one hop at a time, so that the robots.txt of every
        host on the way is asked (a redirect to another host is no way around it).
        """
        current = url
        for hop in range(self.policy.max_redirects + 1):
            parts = urlsplit(current)
            if parts.scheme not in {"http", "https"} or not parts.netloc:
                where = "" if hop == 0 else f"redirected to {current!r}: "
                raise FetchError(url, f"{where}not an http(s) URL")
            origin, host = self._host(current)
            async with host.lock:
                if not host.checked:
                    await self._robots(origin, host)
                    host.checked = True
                if host.robots_error is not None:
                    raise FetchError(url, host.robots_error)
                if host.robots is not None and not host.robots.can_fetch(
                    current, self.policy.user_agent
                ):
                    where = "" if hop == 0 else f" ({origin}, redirected to)"
                    raise FetchError(url, f"robots.txt{where} disallows it; not fetched")
                page = await self._get(current, host)
            if page.location is None:
                return page if current == url else replace(page, url=url)
            current = urljoin(current, page.location)
        raise FetchError(url, f"more than {self.policy.max_redirects} redirects")

    async def _robots(self, origin: str, host: _Host) -> None:
        from protego import Protego

        url = f"{origin}/robots.txt"
        try:
            page = await self._attempts(url, host, conditional=False, cap=500_000)
            for _ in range(5):  # RFC 9309 §2.3.1.2: follow at least five redirects
                if page.location is None:
                    break
                url = urljoin(url, page.location)
                page = await self._attempts(url, host, conditional=False, cap=500_000)
        except FetchError as exc:
            host.robots_error = f"robots.txt unreachable ({exc.reason}); not fetched"
            return
        except _StatusError as exc:
            if exc.status >= 500:  # RFC 9309 §2.3.1.4: unreachable means disallow
                host.robots_error = f"robots.txt answered HTTP {exc.status}; not fetched"
            # 4xx: no rules, any path may be fetched
            return
        if page.location is not None:
            return  # still redirecting: as if there were no robots.txt (RFC 9309 §2.3.1.2)
        rules = Protego.parse(page.text)
        host.robots = rules
        delay = rules.crawl_delay(self.policy.user_agent)
        host.crawl_delay = float(delay) if delay is not None else None

    async def _get(self, url: str, host: _Host) -> Page:
        try:
            return await self._attempts(url, host, conditional=True, cap=self.policy.max_bytes)
        except _StatusError as exc:
            raise FetchError(url, f"HTTP {exc.status}{exc.detail}") from None

    async def _wait_turn(self, host: _Host) -> None:
        delay = max(self.policy.delay, host.crawl_delay or 0.0)
        if host.last is not None:
            left = host.last + delay - self._clock()
            if left > 0:
                await self._sleep(left)

    async def _attempts(self, url: str, host: _Host, *, conditional: bool, cap: int) -> Page:
        p = self.policy
        cached = self.cache.get(url) if (conditional and self.cache) else None
        headers = {}
        if cached is not None:
            meta, _ = cached
            if "etag" in meta:
                headers["If-None-Match"] = meta["etag"]
            if "last-modified" in meta:
                headers["If-Modified-Since"] = meta["last-modified"]
        attempt = 0
        while True:
            attempt += 1
            await self._wait_turn(host)
            try:
                status, response_headers, body = await self._once(url, headers, cap)
                error: str | None = None
            except httpx.TimeoutException:
                error, status = f"no answer within {p.timeout:g} s", 0
            except httpx.TransportError as exc:
                error, status = f"connection failed ({type(exc).__name__})", 0
            finally:
                host.last = self._clock()
            if error is None and status == 304 and cached is not None:
                return Page(url, 304, cached[1], not_modified=True, attempts=attempt)
            if error is None and 200 <= status < 300:
                if conditional and self.cache is not None:
                    self.cache.put(url, response_headers, body)
                return Page(url, status, body, attempts=attempt)
            if error is None and status in REDIRECTS and response_headers.get("location"):
                return Page(url, status, b"", attempts=attempt,
                            location=response_headers["location"])
            retryable = error is not None or status == 429 or status >= 500
            if not retryable:
                raise _StatusError(status)
            wait = p.backoff * 2 ** (attempt - 1)
            if error is None:
                asked = retry_after(response_headers.get("retry-after"))
                if asked is not None:
                    if asked > p.max_wait:
                        raise FetchError(
                            url, f"HTTP {status}, asked to retry after {asked:.0f} s; skipped"
                        )
                    wait = asked
            if attempt > p.retries:
                if error is not None:
                    raise FetchError(url, f"{error}, {attempt} attempts")
                raise _StatusError(status, f" after {attempt} attempts")
            await self._sleep(min(wait, p.max_wait))

    async def _once(
        self, url: str, headers: dict[str, str], cap: int
    ) -> tuple[int, httpx.Headers, bytes]:
        assert self._client is not None, "use Fetcher as an async context manager"
        self.requests += 1
        async with self._client.stream("GET", url, headers=headers) as response:
            length = response.headers.get("content-length", "")
            if length.isdigit() and int(length) > cap:
                raise FetchError(url, f"body of {int(length):,} bytes is over the {cap:,} cap")
            chunks: list[bytes] = []
            size = 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > cap:
                    raise FetchError(url, f"body over the {cap:,}-byte cap; stopped reading")
                chunks.append(chunk)
            return response.status_code, response.headers, b"".join(chunks)


class _StatusError(Exception):
    def __init__(self, status: int, detail: str = "") -> None:
        super().__init__(status)
        self.status = status
        self.detail = detail


async def fetch_all(
    fetcher: Fetcher, urls: list[str], *, deadline: float | None = None
) -> dict[str, Page | FetchError]:
    """Fetch every URL: one host's pages in turn, up to `hosts_at_once` hosts in parallel.

    `deadline` (seconds) bounds the whole: robots.txt, retries, waits and slow bodies
    included. What is not done by then is cancelled and reported as not fetched.
    """
    limit = fetcher.hosts_at_once
    results: dict[str, Page | FetchError] = {}
    by_host: dict[str, list[str]] = {}
    for url in dict.fromkeys(urls):
        by_host.setdefault(urlsplit(url).netloc, []).append(url)

    async def host_queue(queue: list[str]) -> None:
        async with limit:
            for url in queue:
                try:
                    results[url] = await fetcher.get(url)
                except FetchError as exc:
                    results[url] = exc

    tasks = [asyncio.ensure_future(host_queue(q)) for q in by_host.values()]
    if tasks:
        _, pending = await asyncio.wait(tasks, timeout=deadline)
        for task in pending:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for task in tasks:
            if not task.cancelled() and (exc := task.exception()) is not None:
                raise exc
    late = f"not fetched within the {deadline or 0:g} s deadline; stopped"
    return {url: results.get(url) or FetchError(url, late) for url in dict.fromkeys(urls)}
