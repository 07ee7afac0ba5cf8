"""The page in a real browser: headless Chromium (Debian's `chromium`) against the live server.

`--dump-dom` prints the DOM after the page's script ran (`--virtual-time-budget` lets its
timers fire), so these tests see what a visitor sees: rows, countdowns in the visitor's
zone (the browser runs with TZ=Asia/Tokyo), escaped catalog text, subscribe links. What a
browser without JavaScript shows is the served HTML itself (tests/test_site.py checks it):
headless Chromium's --dump-dom needs scripts on to read the DOM.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import LiveServer, web_snapshot
from deadlines import server

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    if CHROMIUM is None:
        reason = (
            "CHROMIUM IS NOT INSTALLED: the browser tests of the page did not run; "
            "`apt-get install -y chromium` (.ci/run does)"
        )
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    snap = web_snapshot()
    feed_server = server.FeedServer(lambda: snap)
    with LiveServer(server.create_app(feed_server)) as live:
        yield live.url


def chromium(tmp_path: Path, *args: str, tz: str = "Asia/Tokyo") -> str:
    assert CHROMIUM is not None
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
        *args,
    ]
    env = {**os.environ, "TZ": tz, "LANG": "en_US.UTF-8"}
    done = subprocess.run(command, capture_output=True, text=True, timeout=90, env=env, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def dom(tmp_path: Path, url: str, *extra: str) -> str:
    return chromium(tmp_path, "--virtual-time-budget=2000", *extra, "--dump-dom", url)


def cells(page: str, name: str) -> list[str]:
    return re.findall(rf'<td class="{name}"[^>]*>(.*?)</td>', page)


def test_rows_countdowns_and_times_in_the_visitors_zone(tmp_path, base_url):
    page = dom(tmp_path, base_url + "/")
    assert len(re.findall(r'<tr class="deadline', page)) == 5
    countdowns = cells(page, "countdown")
    assert len(countdowns) == 5
    for text in countdowns:  # filled by the script: "92d 08h 47m 12s" (or closed, later on)
        assert re.fullmatch(r"\d+d \d\dh \d\dm \d\ds|closed", text), text
    # 2027-02-24 11:59 UTC is 20:59 in Tokyo; the header names the visitor's zone.
    first = re.search(r'<time class="local" datetime="2027-02-24T11:59:00Z">(.*?)</time>', page)
    assert first is not None
    assert "20:59" in first.group(1) or "08:59 PM" in first.group(1)
    assert "Feb" in first.group(1)
    assert '<span id="zone">Asia/Tokyo</span>' in page
    assert "2027-02-23 23:59 AoE" in cells(page, "stated")


def test_catalog_text_shows_as_text_not_markup(tmp_path, base_url):
    page = dom(tmp_path, base_url + "/")
    assert '&lt;script&gt;alert("pwned")&lt;/script&gt; 2027 @ LabConf 2027' in page
    assert page.count("<script") == 1  # the page's own script only, from a file
    assert '<script src="assets/deadlines.js"></script>' in page
    assert "javascript:" not in page


def test_subscribe_links_for_the_current_filter(tmp_path, base_url):
    page = dom(tmp_path, base_url + "/?tag=cv&kind=workshop")
    host = base_url.removeprefix("http://")
    assert f'href="webcal://{host}/deadlines.ics?tag=cv&amp;kind=workshop">webcal</a>' in page
    google = "https://calendar.google.com/calendar/r?cid=" + (
        f"webcal://{host}/plan.ics?tag=cv&kind=workshop".replace(":", "%3A")
        .replace("/", "%2F")
        .replace("?", "%3F")
        .replace("=", "%3D")
        .replace("&", "%26")
    )
    assert f'href="{google}">Google Calendar</a>' in page.replace("&amp;", "&")
    assert len(re.findall(r'<tr class="deadline', page)) == 2  # the cv workshop, 2027 and 2028


def test_screenshot_shows_the_page(tmp_path, base_url):
    shot = tmp_path / "page.png"
    chromium(
        tmp_path,
        "--hide-scrollbars",
        "--window-size=1200,1400",
        "--virtual-time-budget=2000",
        f"--screenshot={shot}",
        base_url + "/",
    )
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 20_000  # a drawn page, not a blank one
