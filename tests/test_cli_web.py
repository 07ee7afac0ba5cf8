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
    files = sorted(p for p in out.rglob("*") if p.is_file())
    names = [p.relative_to(out).as_posix() for p in files]
    assert names[:6] == [
        "assets/page.css",
        "assets/page.js",
        "conferences.ics",
        "deadlines.ics",
        "index.html",
        "plan.ics",
    ]
    assert "workshops.ics" in names
    assert "tag-cv.ics" in names
    assert not [n for n in names if n.startswith(".")]  # no temporary files left
    assert {oct(p.stat().st_mode & 0o777) for p in files} == {"0o644"}  # nginx reads them
    assert err.startswith(f"built {out}: {len(names)} files ({len(names)} changed), ")
    Calendar.from_ical((out / "deadlines.ics").read_bytes())
    page = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="webcal://lab.example/dl/workshops.ics"' in page
    # Same input: nothing rewritten, so a static server's ETag and Last-Modified hold.
    stamps = {p.name: p.stat().st_mtime_ns for p in out.rglob("*")}
    old = out / "plan.ics"
    os.utime(old, ns=(1, 1))
    code, _, err = run(capsys, *argv)
    assert code == 0
    assert f"({0} changed)" in err
    assert old.stat().st_mtime_ns == 1
    assert {p.name: p.stat().st_mtime_ns for p in out.rglob("*") if p.name != "plan.ics"} == {
        k: v for k, v in stamps.items() if k != "plan.ics"
    }


def test_build_into_an_unwritable_place_is_one_line(capsys, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    code, _, err = run(capsys, "build", "--out", str(blocker / "site"), "--today", "2026-11-23")
    assert code == 2
    assert err.startswith(f"deadlines: error: {blocker / 'site'}")
    assert err.count("\n") == 1


def test_cron_reproduces_the_invocation_catalogs_config_and_logs(capsys, tmp_path):
    lab = tmp_path / "lab.yaml"
    code, out, _ = run(
        capsys, "cron", "--out", str(tmp_path / "www"), "--hours", "4", "--catalog", str(lab)
    )
    assert code == 0
    line = next(x for x in out.splitlines() if x.startswith("17 */4 * * * "))
    config = os.environ["DEADLINES_CONFIG"]
    data = Path(os.environ["DEADLINES_DATA_DIR"])
    assert line.startswith(f"17 */4 * * * env DEADLINES_CONFIG={config} sh -c 'mkdir -p {data} ")
    assert f"exec >>{data / 'cron.log'} 2>&1 && (" in line
    assert f" refresh --catalog {lab} || test $? -eq 3) && " in line
    assert line.endswith(f" build --out {tmp_path / 'www'} --catalog {lab}'")
    assert out.splitlines()[0].startswith(f"# Refresh the sources and rebuild {tmp_path / 'www'} ")
    assert "every 4 hours at :17 (UTC)" in out
    assert "\nCRON_TZ=UTC\n" in out
    assert "[Timer]\nOnCalendar=*-*-* 00/4:17:00 UTC\n" in out
    assert f"[Service]\nType=oneshot\nEnvironment=DEADLINES_CONFIG={config}\nExecStart=" in out


def test_cron_at_a_time_of_day_and_the_github_workflow(capsys):
    code, out, _ = run(capsys, "cron", "--at", "2:05", "--log", "/var/log/dl.log")
    assert code == 0
    assert "\n5 2 * * * env DEADLINES_CONFIG=" in out
    assert "exec >>/var/log/dl.log 2>&1" in out
    assert "nightly at 02:05 UTC" in out
    code, out, _ = run(capsys, "cron", "--github", "--catalog", "venues.yaml")
    assert code == 0
    assert out.startswith("# .github/workflows/deadlines.yml:")
    assert '    - cron: "17 3 * * *"   # UTC\n' in out  # nightly unless told otherwise
    assert "deadlines refresh --catalog venues.yaml || test $? -eq 3\n" in out
    code, _, err = run(capsys, "cron", "--at", "25:00")
    assert code == 2
    assert err == (
        "deadlines: error: --at '25:00': expected a time of day in UTC, HH:MM, e.g. 03:17\n"
    )
    with pytest.raises(SystemExit):
        main(["cron", "--at", "03:00", "--hours", "4"])
    assert "not allowed with argument" in capsys.readouterr().err


def test_cron_default_directory_is_in_the_data_dir(capsys):
    code, out, _ = run(capsys, "cron")
    assert code == 0
    assert f"--out {Path(os.environ['DEADLINES_DATA_DIR']) / 'site'}" in out


def test_cron_rejects_a_silly_interval(capsys):
    code, _, err = run(capsys, "cron", "--hours", "0")
    evenly = "expected one of 1, 2, 3, 4, 6, 8, 12, 24, so runs are evenly spaced through the day"
    assert (code, err) == (2, f"deadlines: error: --hours 0: {evenly}\n")
    code, _, err = run(capsys, "cron", "--hours", "7")  # */7 would run at 21:00, then 00:00
    assert (code, err) == (2, f"deadlines: error: --hours 7: {evenly}\n")


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
