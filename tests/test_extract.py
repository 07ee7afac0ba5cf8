"""`deadlines extract`: one page's dates as the reader sees them, from a file or a URL."""

from __future__ import annotations

import json

import pytest

from conftest import DATA, Site
from deadlines.cli import main

CORPUS = DATA / "html" / "corpus"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_extract_prints_each_item_as_stated_and_in_utc(capsys) -> None:
    page = str(CORPUS / "cvpr2026-adfm.html")
    code, out, err = run(capsys, "extract", page)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"{page}: 3 items, 0 problems",
        (
            "  KIND          LABEL                                TRACK                AS STATED"
            "         ZONE             UTC"
        ),
        (
            "  paper         Submission deadline                  -                    "
            "2026-03-03 23:59  EDT              2026-03-04 03:59"
        ),
        "                struck: 2026-02-27 23:59 EDT",
        (
            "                note: EDT stated for 2026-03-03, when America/New_York is on UTC-5; "
            "the earlier instant (UTC-4) is used"
        ),
        (
            "  notification  Notification to authors              -                    "
            "2026-03-20 (end)  AoE (assumed)    2026-03-21 11:59"
        ),
        (
            "  camera_ready  Camera ready deadline                -                    "
            "2026-04-10 (end)  AoE (assumed)    2026-04-11 11:59"
        ),
    ]


def test_extract_json_gives_one_object_per_item_with_its_kind(capsys) -> None:
    code, out, _ = run(capsys, "extract", str(CORPUS / "poets2024.html"), "--json")
    rows = json.loads(out)
    assert code == 0
    assert [(r["kind"], r["track"], r["utc"], r["struck"]) for r in rows[:2]] == [
        ("paper", "Long Paper Review Timeline", "2024-04-15T23:59Z", []),
        ("paper", "Short Paper Review Timeline", "2024-05-31T23:59Z", ["2024-05-24 GMT"]),
    ]
    assert rows[0] == {
        "kind": "paper",
        "label": "Paper submission deadline",
        "track": "Long Paper Review Timeline",
        "date": "2024-04-15",
        "time": None,
        "zone": "GMT",
        "zone_assumed": False,
        "utc": "2024-04-15T23:59Z",
        "struck": [],
        "end": None,
        "note": None,
    }


def test_extract_reports_challenges_and_problems(capsys) -> None:
    code, out, _ = run(capsys, "extract", str(CORPUS / "cvpr2023-pbvs-cfp.html"))
    assert code == 0
    assert out.splitlines()[1:] == [
        "problem: 'Paper Submission': 'March 13th' has no year; skipped",
        "problem: 'Author Notification': 'April 1st' has no year; skipped",
        "problem: 'Camera Ready': 'April 7th' has no year; skipped",
        "problem: dates without a year were skipped; give the edition's --year",
    ]
    code, out, _ = run(capsys, "extract", str(CORPUS / "cvpr2023-pbvs-cfp.html"), "--year", "2023")
    assert [line.split()[:3] for line in out.splitlines()[2:]] == [
        ["paper", "Paper", "Submission"],
        ["notification", "Author", "Notification"],
        ["camera_ready", "Camera", "Ready"],
        ["event", "the", "event"],
    ]
    code, out, _ = run(capsys, "extract", str(CORPUS / "cvpr2023-cv4aec.html"), "--json")
    (challenge,) = [r for r in json.loads(out) if r["kind"] == "challenge"]
    assert (challenge["label"], challenge["utc"], challenge["struck"]) == (
        "Challenge Submission Deadline",
        "2023-06-05T11:59Z",
        ["2023-06-02 11:59 UTC"],
    )


def test_extract_fetches_a_url_politely(capsys, site: Site) -> None:
    site.routes["/ws/"] = (CORPUS / "cvpr2025-viscale.html").read_bytes()
    code, out, _ = run(capsys, "extract", site.url("/ws/"), "--json")
    assert code == 0
    assert [(r["kind"], r["utc"]) for r in json.loads(out) if r["kind"] != "event"] == [
        ("paper", "2025-03-16T11:59Z"),
        ("notification", "2025-03-30T11:59Z"),
        ("camera_ready", "2025-04-15T11:59Z"),
    ]
    assert site.hits[:2] == ["/robots.txt", "/ws/"]


def test_extract_errors_are_one_line(capsys, site: Site) -> None:
    code, out, err = run(capsys, "extract", "no-such-page.html")
    assert (code, out, err) == (
        2,
        "",
        "deadlines: error: no-such-page.html: No such file or directory\n",
    )
    url = site.url("/gone/")
    code, out, err = run(capsys, "extract", url)
    assert code == 2
    assert err.startswith(f"deadlines: error: {url}: ")
    assert len(err.splitlines()) == 1
