"""The HTTP seam, through respx: politeness, retries, conditional GET, caps. No internet."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest
import respx

from deadlines import http

ROBOTS_OK = httpx.Response(404)


class Clock:
    """A fake monotonic clock that sleeping moves forward; records every sleep."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 3))
        self.now += seconds


def fetch(urls: list[str], policy: http.Policy, clock: Clock, cache: http.Cache | None = None):
    async def go():
        async with http.Fetcher(policy, cache=cache, sleep=clock.sleep, clock=clock) as f:
            return await http.fetch_all(f, urls), f.requests

    return asyncio.run(go())


@respx.mock
def test_user_agent_names_the_tool_and_its_url() -> None:
    respx.get("https://a.test/robots.txt").mock(return_value=ROBOTS_OK)
    page = respx.get("https://a.test/p").mock(return_value=httpx.Response(200, text="hi"))
    results, _ = fetch(["https://a.test/p"], http.Policy(delay=0), Clock())
    assert results["https://a.test/p"].text == "hi"
    agent = page.calls.last.request.headers["User-Agent"]
    assert agent == "deadlines/0.1.0 (+https://github.com/deadlines-tool/deadlines)"


@respx.mock
def test_robots_txt_is_read_once_per_host_and_obeyed() -> None:
    robots = respx.get("https://a.test/robots.txt").mock(
        return_value=httpx.Response(200, text="User-agent: deadlines\nDisallow: /private/\n")
    )
    respx.get("https://a.test/open").mock(return_value=httpx.Response(200, text="ok"))
    hidden = respx.get("https://a.test/private/x").mock(return_value=httpx.Response(200))
    results, _ = fetch(["https://a.test/open", "https://a.test/private/x"],
                       http.Policy(delay=0), Clock())
    assert robots.call_count == 1
    assert not hidden.called
    error = results["https://a.test/private/x"]
    assert isinstance(error, http.FetchError)
    assert error.reason == "robots.txt disallows it; not fetched"


@respx.mock
def test_robots_txt_answering_5xx_means_do_not_fetch() -> None:
    respx.get("https://a.test/robots.txt").mock(return_value=httpx.Response(503))
    page = respx.get("https://a.test/p").mock(return_value=httpx.Response(200))
    results, _ = fetch(["https://a.test/p"], http.Policy(delay=0, retries=0), Clock())
    assert not page.called
    assert results["https://a.test/p"].reason == (
        "robots.txt answered HTTP 503; not fetched"
    )


@respx.mock
def test_one_request_at_a_time_per_host_with_a_delay() -> None:
    respx.get("https://a.test/robots.txt").mock(return_value=ROBOTS_OK)
    respx.get(url__regex=r"https://a\.test/\d").mock(return_value=httpx.Response(200))
    clock = Clock()
    results, requests = fetch([f"https://a.test/{i}" for i in range(3)],
                              http.Policy(delay=1.5), clock)
    assert requests == 4  # robots.txt and three pages
    assert clock.sleeps == [1.5, 1.5, 1.5]  # before each page: the host's delay
    assert all(isinstance(r, http.Page) for r in results.values())


@respx.mock
def test_crawl_delay_from_robots_txt_is_honoured() -> None:
    respx.get("https://a.test/robots.txt").mock(
        return_value=httpx.Response(200, text="User-agent: *\nCrawl-delay: 5\n")
    )
    respx.get("https://a.test/p").mock(return_value=httpx.Response(200))
    clock = Clock()
    fetch(["https://a.test/p"], http.Policy(delay=1), clock)
    assert clock.sleeps == [5.0]


def test_several_hosts_are_fetched_at_once() -> None:
    active = 0
    most = 0

    async def slow(request: httpx.Request) -> httpx.Response:
        nonlocal active, most
        active += 1
        most = max(most, active)
        await asyncio.sleep(0.02)
        active -= 1
        return httpx.Response(404 if request.url.path == "/robots.txt" else 200)

    with respx.mock:
        respx.route().mock(side_effect=slow)

        async def go():
            async with http.Fetcher(http.Policy(delay=0)) as f:
                return await http.fetch_all(f, [f"https://h{i}.test/p" for i in range(4)])

        results = asyncio.run(go())
    assert len(results) == 4
    assert most == 4


@respx.mock
def test_429_with_retry_after_is_waited_for_then_retried() -> None:
    respx.get("https://a.test/robots.txt").mock(return_value=ROBOTS_OK)
    page = respx.get("https://a.test/p").mock(
        side_effect=[httpx.Response(429, headers={"Retry-After": "7"}), httpx.Response(200)]
    )
    clock = Clock()
    results, _ = fetch(["https://a.test/p"], http.Policy(delay=0, backoff=1), clock)
    assert page.call_count == 2
    assert clock.sleeps == [7.0]
    assert results["https://a.test/p"].attempts == 2


@respx.mock
def test_5xx_and_connection_errors_back_off_exponentially_then_give_up() -> None:
    respx.get("https://a.test/robots.txt").mock(return_value=ROBOTS_OK)
    respx.get("https://a.test/p").mock(
        side_effect=[httpx.Response(503), httpx.ConnectError("refused"), httpx.Response(502)]
    )
    clock = Clock()
    results, _ = fetch(["https://a.test/p"], http.Policy(delay=0, backoff=2, retries=2), clock)
    assert clock.sleeps == [2.0, 4.0]
    assert results["https://a.test/p"].reason == "HTTP 502 after 3 attempts"


@respx.mock
def test_a_retry_after_beyond_the_limit_is_a_failure_not_a_wait() -> None:
    respx.get("https://a.test/robots.txt").mock(return_value=ROBOTS_OK)
    respx.get("https://a.test/p").mock(
        return_value=httpx.Response(503, headers={"Retry-After": "3600"})
    )
    clock = Clock()
    results, _ = fetch(["https://a.test/p"], http.Policy(delay=0, max_wait=60), clock)
    assert clock.sleeps == []
    assert results["https://a.test/p"].reason == "HTTP 503, asked to retry after 3600 s; skipped"


@respx.mock
def test_a_timeout_is_retried_and_then_reported() -> None:
    respx.get("https://a.test/robots.txt").mock(return_value=ROBOTS_OK)
    respx.get("https://a.test/p").mock(side_effect=httpx.ReadTimeout("slow"))
    clock = Clock()
    results, _ = fetch(["https://a.test/p"], http.Policy(delay=0, timeout=3, retries=1,
                                                        backoff=1), clock)
    assert clock.sleeps == [1.0]
    assert results["https://a.test/p"].reason == "no answer within 3 s, 2 attempts"


@respx.mock
def test_an_unchanged_page_costs_a_304(tmp_path: Path) -> None:
    respx.get("https://a.test/robots.txt").mock(return_value=ROBOTS_OK)
    page = respx.get("https://a.test/p")
    page.side_effect = [
        httpx.Response(200, text="v1", headers={"ETag": '"abc"',
                                                "Last-Modified": "Mon, 02 Mar 2026 10:00:00 GMT"}),
        httpx.Response(304),
    ]
    cache = http.Cache(tmp_path)
    first, _ = fetch(["https://a.test/p"], http.Policy(delay=0), Clock(), cache)
    second, _ = fetch(["https://a.test/p"], http.Policy(delay=0), Clock(), cache)
    assert first["https://a.test/p"].not_modified is False
    again = second["https://a.test/p"]
    assert (again.status, again.not_modified, again.text) == (304, True, "v1")
    sent = page.calls.last.request.headers
    assert sent["If-None-Match"] == '"abc"'
    assert sent["If-Modified-Since"] == "Mon, 02 Mar 2026 10:00:00 GMT"


@respx.mock
def test_a_body_over_the_cap_is_refused_by_its_length() -> None:
    respx.get("https://a.test/robots.txt").mock(return_value=ROBOTS_OK)
    respx.get("https://a.test/p").mock(
        return_value=httpx.Response(200, headers={"Content-Length": "20000000"}, content=b"x")
    )
    results, _ = fetch(["https://a.test/p"], http.Policy(delay=0, max_bytes=1000), Clock())
    assert results["https://a.test/p"].reason == "body of 20,000,000 bytes is over the 1,000 cap"


@respx.mock
def test_a_streamed_body_over_the_cap_stops_being_read() -> None:
    respx.get("https://a.test/robots.txt").mock(return_value=ROBOTS_OK)
    sent = []

    async def chunks():
        for _ in range(20_000):
            sent.append(1)
            yield b"x" * 1000

    respx.get("https://a.test/p").mock(return_value=httpx.Response(200, content=chunks()))
    results, _ = fetch(["https://a.test/p"], http.Policy(delay=0, max_bytes=5000), Clock())
    assert results["https://a.test/p"].reason == "body over the 5,000-byte cap; stopped reading"
    assert len(sent) < 10


@respx.mock
def test_redirects_are_followed_up_to_the_limit() -> None:
    respx.get("https://a.test/robots.txt").mock(return_value=ROBOTS_OK)
    for i in range(4):
        respx.get(f"https://a.test/r{i}").mock(
            return_value=httpx.Response(302, headers={"Location": f"https://a.test/r{i + 1}"})
        )
    respx.get("https://a.test/r4").mock(return_value=httpx.Response(200, text="end"))
    ok, _ = fetch(["https://a.test/r0"], http.Policy(delay=0, max_redirects=5), Clock())
    assert ok["https://a.test/r0"].text == "end"
    too_many, _ = fetch(["https://a.test/r0"], http.Policy(delay=0, max_redirects=2), Clock())
    assert too_many["https://a.test/r0"].reason == "more than 2 redirects"


@pytest.mark.parametrize(
    ("header", "seconds"),
    [("120", 120.0), ("Wed, 21 Oct 2015 07:28:30 GMT", 30.0), ("soon", None), (None, None)],
)
def test_retry_after_reads_seconds_and_dates(header: str | None, seconds: float | None) -> None:
    now = 1445412480.0  # 2015-10-21 07:28:00 UTC
    assert http.retry_after(header, now=lambda: now) == seconds
