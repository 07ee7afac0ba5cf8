"""`deadlines serve` on a real loopback port, driven with httpx; the refresh job, its schedule."""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import gzip
import socket
import threading

import httpx
import pytest
from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED
from apscheduler.triggers.date import DateTrigger
from icalendar import Calendar

from conftest import TODAY, LiveServer, web_snapshot
from deadlines import clock, feeds, server
from deadlines.errors import DeadlinesError, PartialError
from deadlines.feeds import Selection
from deadlines.snapshot import Snapshot


def expected(what: str, query: str = "", snap: Snapshot | None = None) -> bytes:
    snap = snap or web_snapshot()
    sel = site_query(query, plan=what == "plan")
    if what == "plan":
        return feeds.plan_ics(snap, sel, with_deadlines=True)
    return feeds.deadlines_ics(snap, sel)


def site_query(query: str, *, plan: bool) -> Selection:
    from urllib.parse import parse_qsl

    from deadlines import site

    return site.parse_query(parse_qsl(query), plan=plan)


# ---- feeds over HTTP ----


def test_deadlines_feed_is_the_calendar_with_validators(client):
    r = client.get("/deadlines.ics", headers={"Accept-Encoding": "identity"})
    assert r.status_code == 200
    assert r.headers["content-type"] == "text/calendar; charset=utf-8"
    assert r.content == expected("deadlines")
    assert r.headers["etag"] == server.etag_of(r.content)
    assert r.headers["last-modified"] == "Mon, 23 Nov 2026 06:00:00 GMT"
    assert r.headers["vary"] == "Accept-Encoding"
    assert "content-encoding" not in r.headers


def test_filters_as_query_parameters(client):
    r = client.get("/deadlines.ics?tag=nlp&kind=workshop")
    assert r.status_code == 200
    assert r.content == expected("deadlines", "tag=nlp&kind=workshop")
    assert b"SUMMARY:GuessWS 2027 @ LabConf 2027 paper deadline" in r.content
    assert b"SUMMARY:LabConf 2027" not in r.content
    plan = client.get("/plan.ics?venue=labconf2027&template=conference")
    assert plan.status_code == 200
    assert plan.content == expected("plan", "venue=labconf2027&template=conference")
    assert b"X-WR-CALNAME:Suggested plans (labconf2027)" in plan.content


def test_a_tag_is_read_through_its_synonyms(client):
    """A subscriber who types `vision` gets the `cv` calendar, not an empty one."""
    r = client.get("/deadlines.ics?tag=vision")
    assert r.status_code == 200
    assert r.content == expected("deadlines", "tag=cv")
    assert b"X-WR-CALNAME:Paper deadlines (cv)" in r.content


def test_if_none_match_gives_304(client):
    first = client.get("/deadlines.ics")
    again = client.get("/deadlines.ics", headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == first.headers["etag"]
    other = client.get("/deadlines.ics", headers={"If-None-Match": '"nope", W/"other"'})
    assert other.status_code == 200
    star = client.get("/deadlines.ics", headers={"If-None-Match": "*"})
    assert star.status_code == 304


def test_if_modified_since_gives_304_unless_older(client):
    r = client.get("/deadlines.ics")
    same = client.get("/deadlines.ics", headers={"If-Modified-Since": r.headers["last-modified"]})
    assert same.status_code == 304
    older = client.get(
        "/deadlines.ics", headers={"If-Modified-Since": "Mon, 23 Nov 2026 05:59:59 GMT"}
    )
    assert older.status_code == 200
    garbage = client.get("/deadlines.ics", headers={"If-Modified-Since": "yesterday"})
    assert garbage.status_code == 200
    # If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2).
    both = client.get(
        "/deadlines.ics",
        headers={"If-None-Match": '"stale"', "If-Modified-Since": r.headers["last-modified"]},
    )
    assert both.status_code == 200


def test_head_has_the_headers_and_no_body(client):
    get = client.get("/deadlines.ics", headers={"Accept-Encoding": "identity"})
    head = client.head("/deadlines.ics", headers={"Accept-Encoding": "identity"})
    assert head.status_code == 200
    assert head.content == b""
    assert head.headers["content-length"] == str(len(get.content))
    assert head.headers["etag"] == get.headers["etag"]
    assert head.headers["content-type"] == "text/calendar; charset=utf-8"


def test_gzip_when_asked(client):
    plain = client.get("/deadlines.ics", headers={"Accept-Encoding": "identity"})
    r = client.get("/deadlines.ics", headers={"Accept-Encoding": "gzip"})
    assert r.headers["content-encoding"] == "gzip"
    assert r.content == plain.content  # httpx decodes it
    raw = client.build_request("GET", "/deadlines.ics", headers={"Accept-Encoding": "gzip"})
    streamed = client.send(raw, stream=True)
    body = b"".join(streamed.iter_raw())
    streamed.close()
    assert gzip.decompress(body) == plain.content
    assert int(streamed.headers["content-length"]) == len(body) < len(plain.content)
    assert r.headers["etag"] == plain.headers["etag"][:-1] + '-gz"'
    refused = client.get("/deadlines.ics", headers={"Accept-Encoding": "gzip;q=0"})
    assert "content-encoding" not in refused.headers
    # Either representation's ETag revalidates.
    again = client.get(
        "/deadlines.ics",
        headers={"Accept-Encoding": "gzip", "If-None-Match": plain.headers["etag"]},
    )
    assert again.status_code == 304


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("/deadlines.ics?months=abc", "bad request: months='abc': expected a whole number"),
        ("/deadlines.ics?kind=poster", "bad request: kind='poster': expected conference or"),
        ("/deadlines.ics?venue=x", "bad request: 'venue' chooses plans: use it on /plan.ics"),
        ("/plan.ics?venue=nosuch2027", "bad request: unknown venue 'nosuch2027'"),
        ("/plan.ics?template=poster", "bad request: no template 'poster'; known: conference"),
        ("/?colour=red", "bad request: unknown parameter 'colour'"),
        ("/deadlines.ics?tag=bogus", "bad request: unknown tag 'bogus'; known tags: "),
        ("/?tag=bogus", "bad request: unknown tag 'bogus'; known tags: "),
    ],
)
def test_bad_parameters_are_400_with_a_clear_message(client, url, message):
    r = client.get(url)
    assert r.status_code == 400
    assert r.text.startswith(message)
    assert r.text.count("\n") == 1


def test_unknown_paths_are_404_and_other_methods_405(client):
    assert client.get("/nothing.ics").status_code == 404
    r = client.post("/deadlines.ics")
    assert r.status_code == 405
    assert set(r.headers["allow"].split(", ")) == {"GET", "HEAD"}  # starlette keeps a set
    assert client.put("/").status_code == 405
    assert client.delete("/healthz").status_code == 405


def test_the_page(client):
    r = client.get("/?tag=cv")
    assert r.status_code == 200
    assert r.headers["content-type"] == "text/html; charset=utf-8"
    assert f"webcal://{client.base_url.host}:{client.base_url.port}/deadlines.ics?tag=cv" in r.text
    assert "&lt;script&gt;alert(&quot;pwned&quot;)" in r.text
    again = client.get("/?tag=cv", headers={"If-None-Match": r.headers["etag"]})
    assert again.status_code == 304


def test_repeated_polls_are_served_from_the_cache(feed_server, client, monkeypatch):
    client.get("/deadlines.ics?tag=cv")
    calls = []
    monkeypatch.setattr(feeds, "deadlines_ics", lambda *a, **k: calls.append(a) or b"")
    for _ in range(3):
        assert client.get("/deadlines.ics?tag=cv").status_code == 200
    assert calls == []
    # the three default resources (rendered before the snapshot was served) and this query
    assert len(feed_server.current.cache) == 4


# ---- the refresh job ----


def test_healthz_before_any_job(client):
    r = client.get("/healthz")
    assert r.status_code == 200
    assert r.headers["cache-control"] == "no-store"
    assert r.json() == {
        "status": "ok",
        "message": None,
        "last_success": "2026-11-23T06:00:00+00:00",
        "last_failure": None,
        "runs": 0,
        "snapshot": {"today": "2026-11-23", "built": "2026-11-23T06:00:00+00:00",
                     "generation": 1, "venues": 5},
    }


def test_a_refresh_swaps_the_feeds_and_moves_last_modified(client, feed_server, job, fake_clock):
    before = client.get("/deadlines.ics")
    fake_clock.advance(hours=6)
    job.snapshot = web_snapshot(TODAY + dt.timedelta(days=240))  # LabConf 2027 is long past
    assert feed_server.run_job() is True
    after = client.get("/deadlines.ics", headers={"If-None-Match": before.headers["etag"]})
    assert after.status_code == 200
    assert after.content == expected("deadlines", snap=job.snapshot)
    assert after.headers["last-modified"] == "Mon, 23 Nov 2026 12:00:00 GMT"
    health = client.get("/healthz").json()
    assert health["snapshot"]["generation"] == 2
    assert health["snapshot"]["today"] == "2027-07-21"
    assert health["last_success"] == "2026-11-23T12:00:00+00:00"


def test_a_refresh_that_changes_nothing_keeps_the_validators(client, feed_server, fake_clock):
    before = client.get("/deadlines.ics")
    fake_clock.advance(hours=6)
    assert feed_server.run_job() is True
    r = client.get("/deadlines.ics", headers={"If-Modified-Since": before.headers["last-modified"]})
    assert r.status_code == 304
    assert r.headers["etag"] == before.headers["etag"]


def test_a_failed_refresh_keeps_the_last_good_feeds_and_says_why(
    client, feed_server, job, fake_clock
):
    good = client.get("/deadlines.ics")
    fake_clock.advance(hours=6)
    job.error = httpx.ConnectError("[Errno 101] Network is unreachable")
    job.snapshot = web_snapshot(TODAY + dt.timedelta(days=240))  # never reached
    assert feed_server.run_job() is False
    r = client.get("/deadlines.ics")
    assert r.status_code == 200
    assert r.content == good.content
    assert client.get("/healthz").json() == {
        "status": "failing",
        "message": "ConnectError: [Errno 101] Network is unreachable",
        "last_success": "2026-11-23T06:00:00+00:00",
        "last_failure": "2026-11-23T12:00:00+00:00",
        "runs": 1,
        "snapshot": {"today": "2026-11-23", "built": "2026-11-23T06:00:00+00:00",
                     "generation": 1, "venues": 5},
    }
    # The next good run clears the failure but remembers when it happened.
    fake_clock.advance(hours=6)
    job.error = None
    assert feed_server.run_job() is True
    health = client.get("/healthz").json()
    assert (health["status"], health["message"]) == ("ok", None)
    assert health["last_failure"] == "2026-11-23T12:00:00+00:00"
    assert health["last_success"] == "2026-11-23T18:00:00+00:00"


def test_a_source_whose_network_dies_mid_refresh(client, feed_server, job, fake_clock):
    """A refresh that really fetches: the first source answers, then the next one's host
    is gone (connection refused); the feeds stay and /healthz names the failure."""
    with LiveServer(server.create_app(server.FeedServer(web_snapshot))) as source:
        good_url = source.url + "/deadlines.ics"
        with socket.socket() as s:  # a port nothing listens on any more
            s.bind(("127.0.0.1", 0))
            dead_url = f"http://127.0.0.1:{s.getsockname()[1]}/dates.html"

        def refresh() -> None:
            httpx.get(good_url).raise_for_status()
            httpx.get(dead_url, timeout=2)

        feed_server._refresh = refresh
        before = client.get("/deadlines.ics")
        fake_clock.advance(minutes=30)
        assert feed_server.run_job() is False
    assert client.get("/deadlines.ics").content == before.content
    health = client.get("/healthz").json()
    assert health["status"] == "failing"
    assert health["message"].startswith("ConnectError: ")
    assert health["last_failure"] == "2026-11-23T06:30:00+00:00"
    assert health["snapshot"]["generation"] == 1


def test_a_broken_catalog_edit_is_reported_as_the_users_error(feed_server, job):
    def broken() -> Snapshot:
        raise DeadlinesError("lab.yaml:7: `at` is not a date")

    job.build = broken  # type: ignore[method-assign]
    feed_server._build = broken
    assert feed_server.run_job() is False
    assert feed_server.health.message == "lab.yaml:7: `at` is not a date"


def test_a_partial_refresh_still_serves_what_the_other_sources_brought(
    client, feed_server, job, fake_clock
):
    fake_clock.advance(hours=1)
    job.error = PartialError("1 of 5 sources failed: wikicfp: timed out after 30 s")
    job.snapshot = web_snapshot(TODAY + dt.timedelta(days=1))
    assert feed_server.run_job() is True
    health = client.get("/healthz").json()
    assert health["status"] == "degraded"
    assert health["message"] == "1 of 5 sources failed: wikicfp: timed out after 30 s"
    assert health["snapshot"]["today"] == "2026-11-24"
    assert health["last_failure"] == health["last_success"] == "2026-11-23T07:00:00+00:00"


def test_only_one_job_runs_at_a_time(feed_server, job):
    entered, release = threading.Event(), threading.Event()

    def slow() -> None:
        entered.set()
        release.wait(5)

    feed_server._refresh = slow
    first = threading.Thread(target=feed_server.run_job)
    first.start()
    assert entered.wait(5)
    assert feed_server.run_job() is False  # the second finds the first still going
    release.set()
    first.join(5)
    assert feed_server.health.runs == 1


def test_requests_during_swaps_all_get_a_complete_calendar(client, feed_server, job):
    bodies = {
        expected("deadlines", snap=web_snapshot(TODAY + dt.timedelta(days=d))) for d in (0, 240)
    }
    stop = threading.Event()

    def swap() -> int:
        n = 0
        while not stop.is_set():
            job.snapshot = web_snapshot(TODAY + dt.timedelta(days=240 * (n % 2 == 0)))
            feed_server.run_job()
            n += 1
        return n

    def poll(_: int) -> tuple[int, bytes]:
        r = client.get("/deadlines.ics")
        return r.status_code, r.content

    with concurrent.futures.ThreadPoolExecutor(max_workers=9) as pool:
        swapper = pool.submit(swap)
        results = list(pool.map(poll, range(200)))
        stop.set()
        swaps = swapper.result()
    assert swaps >= 2
    assert {status for status, _ in results} == {200}
    assert {body for _, body in results} <= bodies
    for _, body in results[:: len(results) // 10]:
        assert Calendar.from_ical(body).get("x-wr-calname") == "Paper deadlines"


# ---- the schedule ----


def test_the_job_is_scheduled_once_with_the_right_settings(feed_server):
    scheduler = server.make_scheduler()
    assert scheduler.timezone == dt.UTC
    scheduler.start(paused=True)  # jobs reach the job store, where the id is unique
    try:
        server.schedule(scheduler, feed_server, server.cron_trigger("17 */6 * * *"))
        server.schedule(scheduler, feed_server, server.cron_trigger("5 0 * * *"))  # replaces it
        (j,) = scheduler.get_jobs()
    finally:
        scheduler.shutdown(wait=False)
    assert j.id == "deadlines-refresh"
    assert (j.coalesce, j.max_instances, j.misfire_grace_time) == (True, 1, 86400)
    assert j.func == feed_server.run_job
    fields = {f.name: str(f) for f in j.trigger.fields}
    assert fields == {"year": "*", "month": "*", "day": "*", "week": "*",
                      "day_of_week": "*", "hour": "0", "minute": "5", "second": "0"}
    assert j.trigger.timezone == dt.UTC
    nxt = j.trigger.get_next_fire_time(None, dt.datetime(2026, 11, 23, 7, 0, tzinfo=dt.UTC))
    assert nxt == dt.datetime(2026, 11, 24, 0, 5, tzinfo=dt.UTC)


def test_a_bad_cron_expression_is_a_usage_error():
    with pytest.raises(DeadlinesError, match=r"^--refresh 'every hour' is not a crontab"):
        server.cron_trigger("every hour")


def test_the_scheduler_runs_the_job_and_swaps_the_snapshot(feed_server, job):
    scheduler = server.make_scheduler()
    done = threading.Event()
    job.snapshot = web_snapshot(TODAY + dt.timedelta(days=2))
    trigger = DateTrigger(run_date=clock.now() + dt.timedelta(milliseconds=50), timezone=dt.UTC)
    server.schedule(scheduler, feed_server, trigger)
    scheduler.add_listener(lambda _event: done.set(), EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)
    scheduler.start()
    try:
        assert done.wait(10)
    finally:
        scheduler.shutdown(wait=True)
    assert feed_server.current.snap.today == TODAY + dt.timedelta(days=2)
    assert feed_server.health.runs == 1
