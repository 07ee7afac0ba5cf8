"""`deadlines serve` against bad luck and bad clients: feeds that do not render, a stuck job,
every source failing, floods of unique queries, forged Host headers, trickled headers."""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import os
import socket
import threading
import time
from pathlib import Path

import httpx
import pytest
import uvicorn

from conftest import TODAY, LiveServer, Site, web_snapshot
from deadlines import cli, feeds, server, site
from deadlines.errors import DeadlinesError, PartialError
from deadlines.snapshot import Snapshot


def later(days: int) -> Snapshot:
    return web_snapshot(TODAY + dt.timedelta(days=days))


# ---- 1. render before swap -------------------------------------------------------------------


def test_a_snapshot_whose_feeds_do_not_render_is_not_swapped_in(
    client, feed_server, job, fake_clock, monkeypatch
):
    good = client.get("/deadlines.ics")
    real = feeds.deadlines_ics

    def broken(snap: Snapshot, *args, **kwargs) -> bytes:
        if snap.today != TODAY:
            raise ValueError("Content line could not be parsed into parts: 'URL:x\\r\\ny'")
        return real(snap, *args, **kwargs)

    monkeypatch.setattr(feeds, "deadlines_ics", broken)
    fake_clock.now += dt.timedelta(hours=6)
    job.snapshot = later(1)
    assert feed_server.run_job() is False
    r = client.get("/deadlines.ics")
    assert (r.status_code, r.content) == (200, good.content)
    health = client.get("/healthz")
    assert health.status_code == 503
    assert health.json()["status"] == "failing"
    assert health.json()["message"] == (
        "the new feeds did not render (ValueError: Content line could not be parsed into "
        "parts: 'URL:x\\r\\ny'); still serving the last good ones"
    )
    assert health.json()["snapshot"]["generation"] == 1


def test_a_server_whose_first_feeds_do_not_render_says_so_in_one_line(monkeypatch, job):
    monkeypatch.setattr(feeds, "plan_ics", lambda *a, **k: (_ for _ in ()).throw(KeyError("x")))
    with pytest.raises(DeadlinesError, match=r"^the feeds do not render: KeyError: 'x'$"):
        server.FeedServer(job.build)


# ---- 2. a stuck job ------------------------------------------------------------------------


def test_a_stuck_job_is_abandoned_and_the_next_run_is_not_skipped(job, fake_clock):
    feed_server = server.FeedServer(
        job.build, refresh=job.refresh, now=fake_clock, job_deadline=0.3
    )
    job.block = threading.Event()
    job.snapshot = later(1)
    started = time.monotonic()
    assert feed_server.run_job() is False
    assert time.monotonic() - started < 2
    status = feed_server.health_json()
    assert (status["status"], status["message"]) == (
        "failing", "the refresh job did not finish within 0.3 s; abandoned"
    )
    stuck = job.block
    job.block = None
    job.snapshot = later(2)
    assert feed_server.run_job() is True  # not skipped as "another run is going"
    assert feed_server.current.snap.today == TODAY + dt.timedelta(days=2)
    stuck.set()  # the abandoned job wakes up late: its snapshot must not replace the new one
    time.sleep(0.3)
    assert feed_server.current.snap.today == TODAY + dt.timedelta(days=2)
    assert feed_server.current.generation == 2
    assert feed_server.health_json()["status"] == "ok"


def test_healthz_says_failing_while_a_job_runs_past_its_deadline(job, fake_clock):
    feed_server = server.FeedServer(
        job.build, refresh=job.refresh, now=fake_clock, job_deadline=0.2
    )
    job.block = threading.Event()
    worker = threading.Thread(target=feed_server.run_job)
    worker.start()
    try:
        assert feed_server.status()[0] == "ok"
        time.sleep(0.25)
        assert feed_server.status()[0] == "failing"
    finally:
        job.block.set()
        worker.join(5)


# ---- 6. /healthz tells the truth ------------------------------------------------------------


def test_every_source_failing_is_failing_not_partial(site: Site, capsys):
    Path(os.environ["DEADLINES_CONFIG"]).write_text(
        "[refresh]\nbuiltin = false\ndelay = 0\nretries = 0\n\n"
        f'[[refresh.sources]]\nname = "a"\ntype = "page"\nurl = "{site.url("/a/")}"\n'
        'venue = "a2027"\n\n'
        f'[[refresh.sources]]\nname = "b"\ntype = "page"\nurl = "{site.url("/b/")}"\n'
        'venue = "b2027"\n',
        encoding="utf-8",
    )
    args = cli._parser().parse_args(["serve", "--refresh", "17 */6 * * *"])
    job = cli._refresh_sources(cli._make_context(args))
    with pytest.raises(DeadlinesError) as caught:
        job()
    assert not isinstance(caught.value, PartialError)
    assert str(caught.value) == "refresh failed: every source failed: a: HTTP 404; b: HTTP 404"


def test_healthz_is_503_when_failing_and_the_feeds_stay_200(client, feed_server, job, fake_clock):
    assert client.get("/healthz").status_code == 200
    job.error = DeadlinesError("refresh failed: every source failed: a: HTTP 404")
    fake_clock.now += dt.timedelta(hours=6)
    assert feed_server.run_job() is False
    health = client.get("/healthz")
    assert health.status_code == 503
    body = health.json()
    assert (body["status"], body["last_success"]) == ("failing", "2026-11-23T06:00:00+00:00")
    assert client.get("/deadlines.ics").status_code == 200
    job.error = PartialError("refresh partial: b: HTTP 404")
    assert feed_server.run_job() is True
    assert client.get("/healthz").json()["status"] == "degraded"
    assert client.get("/healthz").status_code == 200


def test_a_query_that_fails_to_render_degrades_health(client, feed_server, monkeypatch):
    def broken(snap, selection, **kwargs) -> bytes:
        raise RuntimeError("boom")

    monkeypatch.setattr(feeds, "deadlines_ics", broken)
    r = client.get("/deadlines.ics?tag=nlp")
    assert r.status_code == 500
    assert "Traceback" not in r.text
    assert client.get("/deadlines.ics").status_code == 200  # rendered before the swap
    health = client.get("/healthz").json()
    assert (health["status"], health["message"]) == (
        "degraded", "deadlines ?tag=nlp: RuntimeError: boom"
    )


# ---- 5. floods of unique queries ------------------------------------------------------------


def test_a_query_asked_by_many_at_once_is_rendered_once(feed_server, monkeypatch):
    calls = []
    real = feeds.deadlines_ics

    def slow(*args, **kwargs) -> bytes:
        calls.append(args[1])
        time.sleep(0.2)
        return real(*args, **kwargs)

    monkeypatch.setattr(feeds, "deadlines_ics", slow)
    app = server.create_app(feed_server)

    async def many() -> list[int]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
            answers = await asyncio.gather(
                *(c.get("/deadlines.ics?tag=cv&months=3") for _ in range(20))
            )
        return [a.status_code for a in answers]

    assert asyncio.run(many()) == [200] * 20
    assert len(calls) == 1


def test_queries_that_cannot_change_the_bytes_share_one_render(client, feed_server, monkeypatch):
    calls = []
    monkeypatch.setattr(feeds, "deadlines_ics", lambda *a, **k: calls.append(a) or b"x")
    for window in range(10):
        assert client.get(f"/deadlines.ics?window={window}").status_code == 200
    assert calls == []  # all of them are /deadlines.ics, rendered before the swap


def test_new_renders_beyond_the_limit_are_429_with_retry_after(job, fake_clock, shared_live):
    ticks = [0.0]
    limit = server.RenderLimit(rate=1, burst=2, clock=lambda: ticks[0])
    feed_server = server.FeedServer(job.build, now=fake_clock, limit=limit)
    live, switch = shared_live
    switch.app = server.create_app(feed_server)
    with httpx.Client(base_url=live.url) as c:
        codes = [c.get(f"/deadlines.ics?months={m}").status_code for m in (1, 2, 3)]
        assert codes == [200, 200, 429]
        refused = c.get("/deadlines.ics?months=4")
        assert refused.headers["retry-after"] == "1"
        assert c.get("/deadlines.ics?months=1").status_code == 200  # cached: no limit
        assert c.get("/deadlines.ics").status_code == 200
        ticks[0] = 1.0
        assert c.get("/deadlines.ics?months=4").status_code == 200


def test_the_render_cache_is_bounded_by_bytes(job, fake_clock):
    feed_server = server.FeedServer(job.build, now=fake_clock, cache_bytes=60_000)
    pub = feed_server.current
    for months in range(1, 25):
        feed_server.render(pub, "deadlines", feeds.Selection(months=months))
        assert pub.cache_bytes <= 60_000
    assert pub.cache_bytes == sum(r.size for r in pub.cache.values())
    assert ("deadlines", feeds.Selection(months=24), "") in pub.cache  # the newest stays


# ---- 8. security headers, Host, header timeouts ---------------------------------------------


def test_html_and_feeds_carry_security_headers(client):
    for path in ("/", "/deadlines.ics", "/healthz", "/assets/page.js", "/nope.ics?"):
        r = client.get(path)
        if r.status_code == 404:
            continue
        assert r.headers["content-security-policy"] == (
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
        ), path
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "no-referrer"
    page = client.get("/").text
    assert "<style" not in page
    assert "<script>" not in page
    assert " style=" not in page
    assert " onclick=" not in page
    js = client.get("/assets/page.js")
    assert js.headers["content-type"] == "text/javascript; charset=utf-8"
    assert js.content == site.asset("page.js")


def test_a_forged_host_header_never_reaches_the_subscribe_links(client):
    page = client.get("/", headers={"Host": "evil.example"}).text
    # (the fixture catalog's own venue URL is https://evil.example/: look at the feeds' links)
    assert "//evil.example/deadlines.ics" not in page
    assert "webcal://evil.example" not in page


def test_subscribe_links_from_the_configured_base_url(job, fake_clock, shared_live):
    feed_server = server.FeedServer(job.build, now=fake_clock, base_url="https://lab.example/dl/")
    live, switch = shared_live
    switch.app = server.create_app(feed_server)
    with httpx.Client(base_url=live.url) as c:
        page = c.get("/", headers={"Host": "evil.example"}).text
    assert "webcal://evil.example" not in page
    assert 'href="webcal://lab.example/dl/deadlines.ics"' in page


def test_allowed_hosts_admit_the_request_host(feed_server):
    app = server.create_app(feed_server, allowed_hosts=["*.lab.example"])
    transport = httpx.ASGITransport(app=app)

    async def get(host: str) -> str:
        async with httpx.AsyncClient(transport=transport, base_url=f"http://{host}") as c:
            return (await c.get("/")).text

    assert 'href="webcal://cal.lab.example/deadlines.ics"' in asyncio.run(get("cal.lab.example"))
    assert "webcal://lab.example.evil" not in asyncio.run(get("lab.example.evil"))


def test_a_client_trickling_its_headers_is_cut_off(feed_server):
    config = uvicorn.Config(
        server.create_app(feed_server),
        host="127.0.0.1",
        port=0,
        log_level="warning",
        http=server.header_timeout_protocol(0.5),
        lifespan="off",
    )
    live = LiveServer.__new__(LiveServer)
    live.server = uvicorn.Server(config)
    live.thread = threading.Thread(target=live.server.run, daemon=True)
    with live:
        port = int(live.url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
            started = time.monotonic()
            s.sendall(b"GET / HTTP/1.1\r\n")
            closed = False
            for _ in range(40):
                try:
                    s.sendall(b"X-Slow: 1\r\n")
                except OSError:
                    closed = True
                    break
                time.sleep(0.05)
                s.settimeout(0.01)
                try:
                    if s.recv(1) == b"":
                        closed = True
                        break
                except TimeoutError:
                    pass
            assert closed
            assert time.monotonic() - started < 1.5
        ok = httpx.get(live.url + "/healthz")  # a client that sends its headers is served
        assert ok.status_code == 200


# ---- 11. Last-Modified is never later than Date ---------------------------------------------


def test_last_modified_is_not_later_than_date_on_a_first_render(job):
    feed_server = server.FeedServer(job.build)  # the real fake_clock
    transport = httpx.ASGITransport(app=server.create_app(feed_server))

    async def get() -> httpx.Response:
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
            return await c.get("/deadlines.ics?months=2")

    r = asyncio.run(get())
    date = email.utils.parsedate_to_datetime(r.headers["date"])
    modified = email.utils.parsedate_to_datetime(r.headers["last-modified"])
    assert modified <= date
