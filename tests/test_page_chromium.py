"""The page in a real browser: headless Chromium driven by Selenium through chromedriver.

Every page is served with the strict Content-Security-Policy a hardened deployment sends
(no inline script or style), so these tests also show the page works under it: a violation
shows in the browser's console, and the script that fills countdowns would not run.
Debian's `chromium` and `chromium-driver` packages provide the browser (.ci/run installs them).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from collections.abc import Iterator
from typing import Any

import pytest

from conftest import LiveServer, web_snapshot
from deadlines import server, site

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


class WithCSP:
    """An ASGI wrapper adding the strict Content-Security-Policy to every response."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        async def send_with_csp(message: Any) -> None:
            if message["type"] == "http.response.start":
                headers = [*message.get("headers", []), (b"content-security-policy", CSP.encode())]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_csp)


def _need_browser() -> None:
    if CHROMIUM is None or CHROMEDRIVER is None:
        reason = (
            "CHROMIUM OR CHROMEDRIVER IS NOT INSTALLED: the browser tests of the page did not "
            "run; `apt-get install -y chromium chromium-driver` (.ci/run does)"
        )
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    _need_browser()
    snap = web_snapshot()
    feed_server = server.FeedServer(lambda: snap)
    with LiveServer(WithCSP(server.create_app(feed_server))) as live:
        yield live.url


@pytest.fixture(scope="module")
def static_url(tmp_path_factory) -> Iterator[str]:
    """The static build (`deadlines build` without --base-url) behind a plain file server."""
    _need_browser()
    from starlette.staticfiles import StaticFiles

    out = tmp_path_factory.mktemp("site")
    for name, body in site.site_files(web_snapshot()).items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_bytes(body)
    with LiveServer(WithCSP(StaticFiles(directory=out, html=True))) as live:
        yield live.url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    _need_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--hide-scrollbars",
        "--lang=en-US",
        "--window-size=1280,2000",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    driver.execute_cdp_cmd("Emulation.setTimezoneOverride", {"timezoneId": "Asia/Tokyo"})
    try:
        yield driver
    finally:
        driver.quit()


def open_page(driver: Any, url: str, width: int = 1280, height: int = 2000) -> None:
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600},
    )
    driver.get(url)
    wait(driver, "return document.getElementById('apply').hidden")  # the script ran


def wait(driver: Any, script: str, timeout: float = 5) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(lambda d: d.execute_script(script))


def visible_venues(driver: Any) -> list[str]:
    return driver.execute_script(
        "return [...document.querySelectorAll('tr.deadline')].filter(r => !r.hidden)"
        ".map(r => r.dataset.venue)"
    )


def csp_violations(driver: Any) -> list[str]:
    return [
        entry["message"]
        for entry in driver.get_log("browser")
        if "Content Security Policy" in entry["message"] or entry["level"] == "SEVERE"
    ]


def first_time(driver: Any) -> str:
    return driver.execute_script("return document.querySelector('time.local').textContent")


def test_rows_countdowns_and_times_in_the_visitors_zone(browser, base_url):
    open_page(browser, base_url + "/")
    assert visible_venues(browser) == [
        "labconf2027",
        "evil2027",
        "guess2027",
        "labconf2028",
        "evil2028",
    ]
    wait(browser, r"return /^\d+d \d\dh/.test(document.querySelector('td.countdown').textContent)")
    for text in browser.execute_script(
        "return [...document.querySelectorAll('td.countdown')].map(c => c.textContent)"
    ):  # "92d 08h 47m 12s" (or closed, later on)
        assert re.fullmatch(r"\d+d \d\dh \d\dm \d\ds|closed", text), text
    # 2027-02-24 11:59 UTC is 20:59 in Tokyo; the header names the visitor's zone.
    assert first_time(browser) == "Wed, Feb 24, 2027, 20:59"
    names = browser.execute_script(
        "return [...document.querySelectorAll('.zone-name')].map(e => e.textContent)"
    )
    assert names == ["Asia/Tokyo", "Asia/Tokyo"]
    assert csp_violations(browser) == []


def test_the_page_has_no_inline_script_style_or_handler(base_url):
    import httpx

    page = httpx.get(base_url + "/").text
    assert re.findall(r"<script(?![^>]*(?:src=|type=\"application/json\"))", page) == []
    assert " style=" not in page
    assert "<style" not in page
    assert re.findall(r"\son[a-z]+=", page) == []
    js = httpx.get(base_url + "/assets/page.js")
    assert js.headers["content-type"] == "text/javascript; charset=utf-8"
    assert js.content == site.asset("page.js")
    assert httpx.get(base_url + "/assets/page.css").headers["content-type"].startswith("text/css")
    assert httpx.get(base_url + "/assets/other.js").status_code == 404


def test_typing_in_the_search_box_filters_at_once_and_goes_into_the_url(browser, base_url):
    open_page(browser, base_url + "/")
    box = browser.find_element("id", "q")
    box.send_keys("guess")
    assert visible_venues(browser) == ["guess2027"]
    assert browser.current_url == base_url + "/?q=guess"
    assert browser.find_element("id", "count").text == "1 of 5 upcoming deadlines shown"
    box.clear()
    box.send_keys("labconf 2028")  # every word must match: the name, id, tags or place
    assert visible_venues(browser) == ["labconf2028", "evil2028"]
    box.clear()
    box.send_keys("workshop")  # the kind is searched too
    assert visible_venues(browser) == ["evil2027", "guess2027", "evil2028"]
    box.clear()
    box.send_keys("speech")
    assert visible_venues(browser) == []
    assert browser.find_element("id", "none").is_displayed()


def test_filters_narrow_rows_and_the_subscribe_links_follow(browser, base_url):
    open_page(browser, base_url + "/")
    browser.find_element("css selector", "input[name=tag][value=nlp]").click()
    assert visible_venues(browser) == ["guess2027"]
    browser.find_element("css selector", "input[name=tag][value=nlp]").click()
    browser.find_element("css selector", "#kind option[value=workshop]").click()
    browser.find_element("css selector", "#status option[value=announced]").click()
    assert visible_venues(browser) == ["evil2027"]
    assert browser.current_url == base_url + "/?kind=workshop&status=announced"
    host = base_url.removeprefix("http://")
    links = browser.execute_script(
        "return [...document.querySelectorAll('.subscribe a.webcal')].map(a => a.href)"
    )
    assert links == [
        f"webcal://{host}/deadlines.ics?kind=workshop",
        f"webcal://{host}/plan.ics?kind=workshop",
    ]
    # The plans were made for the filters the page was opened with: offer to re-plan.
    assert browser.find_element("id", "stale").is_displayed()
    assert browser.find_element("id", "replan").get_attribute("href") == browser.current_url
    browser.find_element("css selector", "#rank option[value=A]").click()
    assert visible_venues(browser) == []  # no ranked workshop


def test_a_shared_url_opens_the_same_view(browser, base_url):
    open_page(browser, base_url + "/?q=labconf&months=3&rank=A&tz=AoE")
    assert visible_venues(browser) == ["labconf2027"]
    assert browser.find_element("id", "q").get_attribute("value") == "labconf"
    assert first_time(browser) == "Tue, Feb 23, 2027, 23:59"
    assert browser.find_element("id", "stale").is_displayed() is False  # server planned these


def test_switching_the_zone_changes_every_time(browser, base_url):
    open_page(browser, base_url + "/")

    def times() -> list[str]:
        return browser.execute_script(
            "return [...document.querySelectorAll('time.local')].map(t => t.textContent)"
        )

    browser.find_element("css selector", "#tz option[value=AoE]").click()
    assert times()[:3] == [
        "Tue, Feb 23, 2027, 23:59",
        "Mon, Mar 1, 2027, 23:59",
        "Wed, Mar 10, 2027, 19:59",
    ]
    assert browser.current_url == base_url + "/?tz=AoE"
    browser.find_element("css selector", "#tz option[value=venue]").click()
    assert times()[:3] == ["2027-02-23 23:59 AoE", "2027-03-01 23:59 AoE", "2027-03-10 23:59 UTC-8"]
    browser.find_element("css selector", "#tz option[value=other]").click()
    other = browser.find_element("id", "tz-other")
    assert other.is_displayed()
    other.send_keys("Europe/Berlin")
    assert times()[0] == "Wed, Feb 24, 2027, 12:59"
    assert browser.current_url == base_url + "/?tz=Europe%2FBerlin"
    other.send_keys("x")  # Europe/Berlinx is no zone: say so, show the visitor's
    assert browser.find_element("id", "tz-error").is_displayed()
    assert times()[0] == "Wed, Feb 24, 2027, 20:59"


def test_each_row_adds_one_event_to_a_calendar(browser, base_url, tmp_path):
    open_page(browser, base_url + "/")
    ics = browser.find_element("css selector", "tr[data-venue=labconf2027] a.ics")
    assert ics.get_attribute("download") == "labconf2027-paper.ics"
    from urllib.parse import unquote

    body = unquote(ics.get_attribute("href").removeprefix("data:text/calendar;charset=utf-8,"))
    assert body.count("BEGIN:VEVENT") == 1
    assert "UID:labconf2027-paper@deadlines" in body
    assert "DTSTART:20270224T115900Z" in body
    # Clicking it saves the file, under the strict CSP too.
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    browser.execute_cdp_cmd(
        "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)}
    )
    ics.click()
    saved = downloads / "labconf2027-paper.ics"
    for _ in range(50):  # (the browser creates the file before it writes it)
        if saved.exists() and saved.stat().st_size > 0:
            break
        time.sleep(0.1)
    assert saved.read_text(encoding="utf-8").replace("\r\n", "\n") == body.replace("\r\n", "\n")
    google = browser.find_element("css selector", "tr[data-venue=labconf2027] a.gcal")
    assert google.get_attribute("href").startswith(
        "https://calendar.google.com/calendar/render?action=TEMPLATE&text=LabConf%202027%20paper"
        "%20deadline%20%28AoE%29&dates=20270224T115900Z%2F20270224T120000Z"
    )


def test_a_phone_gets_cards_and_no_horizontal_scrolling(browser, base_url, tmp_path):
    open_page(browser, base_url + "/", 390, 844)
    widths = browser.execute_script(
        "return [document.documentElement.scrollWidth, document.body.scrollWidth, innerWidth]"
    )
    assert widths == [390, 390, 390]
    display = browser.execute_script(
        "return getComputedStyle(document.querySelector('tr.deadline')).display"
    )
    assert display == "block"  # a card, not a table row
    shot = tmp_path / "phone.png"
    browser.save_screenshot(str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_static_build_filters_and_completes_its_links(browser, static_url):
    open_page(browser, static_url + "/")
    assert csp_violations(browser) == []
    browser.find_element("id", "q").send_keys("guess")
    assert visible_venues(browser) == ["guess2027"]
    host = static_url.removeprefix("http://")
    webcal = browser.find_element("css selector", ".subscribe a.webcal").get_attribute("href")
    assert webcal == f"webcal://{host}/deadlines.ics"
    # Opened on 127.0.0.1: a calendar service could not fetch these feeds; the page says so.
    assert browser.find_element("id", "loopback").is_displayed()
    more = browser.find_element("css selector", ".subscribe details")
    assert more.find_element("tag name", "summary").text == "More feeds: by kind and topic (5)"
    assert browser.find_elements("id", "stale") == []  # the static plans are for everything


def test_the_page_data_is_json(base_url):
    import httpx

    page = httpx.get(base_url + "/?months=2").text
    raw = re.search(r'<script type="application/json" id="page-data">(.*?)</script>', page)
    assert raw is not None
    data = json.loads(raw.group(1))
    assert data["windows"]["3"] == ["2027-01-26", "2027-03-23"]
    assert data["planned"] == "months=2"
    assert data["mode"] == "server"


def test_dark_mode_follows_the_system(browser, base_url):
    browser.execute_cdp_cmd(
        "Emulation.setEmulatedMedia",
        {"features": [{"name": "prefers-color-scheme", "value": "dark"}]},
    )
    try:
        open_page(browser, base_url + "/")
        colours = browser.execute_script(
            "var s = getComputedStyle(document.body); return [s.backgroundColor, s.color]"
        )
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
    assert colours == ["rgb(21, 23, 26)", "rgb(232, 234, 237)"]


def test_every_control_has_a_label_and_the_keyboard_reaches_the_search(browser, base_url):
    open_page(browser, base_url + "/")
    unlabelled = browser.execute_script(
        "return [...document.querySelectorAll('input, select')]"
        ".filter(c => !c.labels || c.labels.length === 0).map(c => c.id || c.name)"
    )
    assert unlabelled == []
    from selenium.webdriver.common.keys import Keys

    body = browser.find_element("tag name", "body")
    body.send_keys(Keys.TAB)  # the skip link first
    assert browser.switch_to.active_element.text == "Skip to the deadlines"


def test_screenshot_shows_the_page(browser, base_url, tmp_path):
    open_page(browser, base_url + "/")
    shot = tmp_path / "page.png"
    browser.save_screenshot(str(shot))
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 20_000  # a drawn page, not a blank one
