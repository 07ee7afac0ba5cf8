"""`deadlines build`, `cron` and `serve`'s argument checks, through `main()`."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from icalendar import Calendar

from deadlines.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_build_writes_the_page_and_feeds_and_leaves_unchanged_files_alone(capsys, tmp_path):
    out = tmp_path / "site"
    argv = ("build", "--out", str(out), "--today", "2026-11-23", "--tz", "UTC",
            "--base-url", "https://lab.example/dl/")
    code, stdout, err = run(capsys, *argv)
    assert code == 0
    assert stdout == ""
    files = [p for p in out.rglob("*") if p.is_file()]
    names = sorted(str(p.relative_to(out)) for p in files)
    assert names[:6] == ["assets/deadlines.css", "assets/deadlines.js", "conferences.ics",
                         "deadlines.ics", "index.html", "plan.ics"]
    assert "workshops.ics" in names
    assert "tag-cv.ics" in names
    assert not [n for n in names if "/." in n or n.startswith(".")]  # no temporary files left
    assert {oct(p.stat().st_mode & 0o777) for p in files} == {"0o644"}  # nginx reads them
    assert err.startswith(f"built {out}: {len(names)} files ({len(names)} changed), ")
    Calendar.from_ical((out / "deadlines.ics").read_bytes())
    page = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="webcal://lab.example/dl/workshops.ics"' in page
    # Same input: nothing rewritten, so a static server's ETag and Last-Modified hold.
    stamps = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    old = out / "plan.ics"
    os.utime(old, ns=(1, 1))
    code, _, err = run(capsys, *argv)
    assert code == 0
    assert f"({0} changed)" in err
    assert old.stat().st_mtime_ns == 1
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.name != "plan.ics"} == {
        k: v for k, v in stamps.items() if k != "plan.ics"
    }


def test_build_into_an_unwritable_place_is_one_line(capsys, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    code, _, err = run(capsys, "build", "--out", str(blocker / "site"), "--today", "2026-11-23")
    assert code == 2
    assert err.startswith(f"deadlines: error: {blocker / 'site'}")
    assert err.count("\n") == 1


def test_cron_prints_a_crontab_line_and_systemd_units(capsys, tmp_path):
    code, out, _ = run(capsys, "cron", "--out", str(tmp_path / "www"), "--hours", "4")
    assert code == 0
    line = next(x for x in out.splitlines() if x.startswith("17 */4 * * * "))
    assert line.endswith(f" build --out {tmp_path / 'www'}")
    assert " refresh || test $? -eq 3) && " in line
    assert "[Timer]\nOnCalendar=*-*-* 00/4:17:00\n" in out
    assert "[Service]\nType=oneshot\nExecStart=/bin/sh -c " in out


def test_cron_default_directory_is_in_the_data_dir(capsys):
    code, out, _ = run(capsys, "cron")
    assert code == 0
    assert f"--out {Path(os.environ['DEADLINES_DATA_DIR']) / 'site'}" in out


def test_cron_rejects_a_silly_interval(capsys):
    code, _, err = run(capsys, "cron", "--hours", "0")
    assert (code, err) == (2, "deadlines: error: --hours 0: expected 1 to 24\n")


def test_serve_rejects_a_bad_schedule_before_starting(capsys):
    code, _, err = run(capsys, "serve", "--refresh", "* * *")
    assert code == 2
    assert err.startswith("deadlines: error: --refresh '* * *' is not a crontab schedule (")
    assert err.count("\n") == 1


def test_serve_end_to_end_a_subscribed_client_then_polls_with_a_304(tmp_path):
    """The real command in its own process: a client fetches the feed, its next poll with
    the ETag it was given costs a 304; SIGTERM stops the server cleanly."""
    import signal
    import socket
    import subprocess
    import sys
    import time

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log_path = tmp_path / "serve.log"
    with log_path.open("w", encoding="utf-8") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "deadlines", "serve", "--port", str(port), "--today",
             "2026-11-23", "--tz", "UTC", "--refresh", "17 */6 * * *"],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}/deadlines.ics?months=3&tag=cv"
    try:
        for _ in range(300):
            try:
                first = httpx.get(url, timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.05)
        else:
            pytest.fail("deadlines serve did not answer in 15 s")
        assert first.status_code == 200
        assert first.headers["content-type"] == "text/calendar; charset=utf-8"
        assert b"BEGIN:VEVENT" in first.content
        poll = httpx.get(url, headers={"If-None-Match": first.headers["etag"]})
        assert poll.status_code == 304
        assert httpx.get(f"http://127.0.0.1:{port}/healthz").json()["status"] == "ok"
    finally:
        process.send_signal(signal.SIGTERM)
        code = process.wait(timeout=15)
    text = log_path.read_text(encoding="utf-8")
    # After its graceful shutdown uvicorn re-raises the signal, so the exit is "killed by
    # SIGTERM", as a service manager expects.
    assert code in (0, -signal.SIGTERM), text
    assert "Application shutdown complete." in text
    assert f"deadlines: serving http://127.0.0.1:{port}/" in text
    assert "refresh and rebuild on '17 */6 * * *' UTC" in text
    assert '"GET /deadlines.ics?months=3&tag=cv HTTP/1.1" 304' in text
    assert "Traceback" not in text
