"""`deadlines refresh` end to end, against a loopback server replaying saved pages."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import DATA, Site
from deadlines import catalog
from deadlines.cli import main

HTML = DATA / "html"
NEURREPS = (HTML / "workshops" / "neurips-neurreps.html").read_bytes()
CEI = (HTML / "wikicfp-event-cei2026-eventid202993.html").read_bytes()
CEI_PATH = "/cfp/servlet/event.showcfp?eventid=202993&copyownerid=163220"


def configure(site: Site, *extra: str, timeout: float = 2.0) -> Path:
    """Write a config whose sources are the loopback site's pages; return the data dir."""
    path = Path(os.environ["DEADLINES_CONFIG"])
    path.write_text(
        f"""
[refresh]
builtin = false
delay = 0
timeout = {timeout}
retries = 0
max_bytes = 2000000

[[refresh.sources]]
name = "neurreps"
type = "page"
url = "{site.url('/neurreps/')}"
venue = "symgeo2026"
title = "SymGeo"
parent = "neurips2026"

[[refresh.sources]]
name = "wikicfp"
type = "wikicfp"
url = "{site.url(CEI_PATH)}"
"""
        + "\n".join(extra),
        encoding="utf-8",
    )
    return Path(os.environ["DEADLINES_DATA_DIR"])


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def served(site: Site) -> Site:
    site.routes["/neurreps/"] = NEURREPS
    site.routes[CEI_PATH] = CEI
    return site


def test_refresh_text_output_names_each_pages_problems(capsys, served: Site) -> None:
    served.routes["/physhuman/"] = (HTML / "workshops" / "physhuman.html").read_bytes()
    url = served.url("/physhuman/")
    source = (
        f'[[refresh.sources]]\nname = "physhuman"\ntype = "page"\nurl = "{url}"\n'
        'venue = "physhuman2026"\nparent = "cvpr2026"\n'
    )
    configure(served, source)
    code, out, _err = run(capsys, "refresh")
    assert code == 0
    problems = [line for line in out.splitlines() if line.startswith("problem: physhuman: ")]
    assert (
        f"problem: physhuman: {url}: 'Author Notification (4-page papers)': 'TBD' is not a "
        "date yet"
    ) in problems
    assert (
        f"problem: physhuman: {url}: 'Submission Deadline (8-page papers)': states AoE but the "
        "page also says deadlines are in PT; kept AoE"
    ) in problems


def test_refresh_adds_the_venues_of_the_pages_it_reads(capsys, served: Site) -> None:
    data = configure(served)
    code, out, err = run(capsys, "refresh")
    assert code == 0, out + err
    assert "new: cei2026" in out.splitlines()
    assert "new: symgeo2026" in out.splitlines()
    assert "refreshed 2 of 2 sources (2 pages, 0 unchanged since last time)" in out
    assert "/robots.txt" in served.hits  # asked before anything else on the host
    assert served.hits.index("/robots.txt") < served.hits.index("/neurreps/")
    cat = catalog.load()
    paper = cat.venue("symgeo2026").submission_deadlines()[0]
    assert (paper.at, paper.zone, paper.utc.isoformat()) == (
        "2026-08-22", "AoE", "2026-08-23T11:59:00+00:00"
    )
    assert cat.venue("symgeo2026").edition.parent == "neurips2026"
    cei = cat.venue("cei2026")
    assert [(d.kind.value, d.at, d.zone, d.zone_assumed) for d in cei.edition.deadlines] == [
        ("paper", "2026-09-24", "AoE", True),
        ("camera_ready", "2026-10-21", "AoE", True),
    ]
    assert (data / "scraped.yaml").read_text(encoding="utf-8").startswith("# Written by")


def test_a_changed_page_is_reported_as_moved_and_next_shows_the_new_date(
    capsys, served: Site
) -> None:
    configure(served)
    assert run(capsys, "refresh")[0] == 0
    code, out, _ = run(capsys, "refresh")  # nothing changed: every page answers 304
    assert code == 0
    assert "(2 pages, 2 unchanged since last time)" in out
    assert "moved:" not in out
    served.routes["/neurreps/"] = NEURREPS.replace(b"August 22, 2026", b"August 29, 2026")
    code, out, _ = run(capsys, "refresh")
    assert code == 0
    assert (
        "moved: symgeo2026 paper: 2026-08-22 23:59 AoE -> 2026-08-29 23:59 AoE [neurreps]"
        in out.splitlines()
    )
    code, out, _ = run(capsys, "next", "--today", "2026-06-01", "--months", "3", "--json",
                       "--tz", "UTC")
    assert code == 0
    (mine,) = [v for v in json.loads(out)["venues"] if v["id"] == "symgeo2026"]
    assert mine["deadline"]["utc"] == "2026-08-30T11:59:00Z"
    assert mine["deadline"]["stated"] == "2026-08-29 23:59 AoE"
    assert mine["deadline"]["history"][0]["at"] == "2026-08-22"


def _overlay(data: Path) -> bytes:
    return (data / "scraped.yaml").read_bytes()


def _huge(handler) -> None:  # 20 MB with no Content-Length: the cap must stop the reading
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    chunk = b"<p>" + b"x" * 65533 + b"\n"
    try:
        for _ in range(20 * 16):
            handler.wfile.write(chunk)
    except OSError:
        pass


def _error(handler) -> None:
    handler.send_response(500)
    handler.end_headers()


def _garbage(handler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    handler.wfile.write(bytes(range(256)) * 40)


@pytest.mark.parametrize(
    ("route", "reason"),
    [
        (_error, "failed: broken: HTTP 500 after 1 attempts"),
        (_garbage, "failed: broken: unreadable: no deadlines found on the page"),
        (_huge, "failed: broken: body over the 2,000,000-byte cap; stopped reading"),
        ("hang", "failed: broken: no answer within 0.5 s, 1 attempts"),
    ],
    ids=["500", "garbage", "20MB", "timeout"],
)
def test_a_failing_source_is_reported_and_the_previous_overlay_kept(
    capsys, served: Site, route, reason: str
) -> None:
    broken = """
[[refresh.sources]]
name = "broken"
type = "page"
url = "{}"
venue = "brokenconf2026"
"""
    data = configure(served, broken.format(served.url("/broken/")), timeout=0.5)
    served.routes["/broken/"] = (HTML / "workshops" / "physhuman.html").read_bytes()
    assert run(capsys, "refresh")[0] == 0
    before = _overlay(data)
    assert b"- id: brokenconf\n" in before
    if route == "hang":
        served.routes["/broken/"] = lambda handler: served.release.wait(5)
    else:
        served.routes["/broken/"] = route
    code, out, err = run(capsys, "refresh")
    assert code == 3, out + err
    assert reason in out.splitlines()
    assert "refreshed 2 of 3 sources" in out
    assert out.splitlines()[-1] == "partial: some sources failed; what they gave before is kept"
    assert _overlay(data) == before
    assert catalog.load().venue("brokenconf2026").submission_deadlines()


def test_refresh_never_writes_the_curated_catalog(capsys, served: Site, tmp_path: Path) -> None:
    configure(served)
    shipped = catalog.default_catalog_path()
    lab = tmp_path / "lab.yaml"
    lab.write_text("version: 1\nseries: []\n", encoding="utf-8")
    before = (shipped.read_bytes(), lab.read_bytes())
    served.routes["/neurreps/"] = NEURREPS.replace(b"August 22, 2026", b"August 29, 2026")
    for _ in range(2):
        assert run(capsys, "refresh", "--catalog", str(lab))[0] == 0
    assert (shipped.read_bytes(), lab.read_bytes()) == before


def test_dry_run_writes_nothing_and_json_reports(capsys, served: Site) -> None:
    data = configure(served)
    code, out, _ = run(capsys, "refresh", "--dry-run", "--json")
    assert code == 0
    report = json.loads(out)
    assert report["dry_run"] is True
    assert sorted(report["new_venues"]) == ["cei2026", "symgeo2026"]
    assert not (data / "scraped.yaml").exists()


def test_one_source_only(capsys, served: Site) -> None:
    configure(served)
    code, out, _ = run(capsys, "refresh", "--source", "wikicfp")
    assert code == 0
    assert "new: cei2026" in out
    assert "symgeo2026" not in out
    assert "/neurreps/" not in served.hits
    code, _, err = run(capsys, "refresh", "--source", "nope")
    assert code == 2
    assert err.strip() == "deadlines: error: unknown source 'nope'; sources: neurreps, wikicfp"


def test_curated_value_wins_and_the_difference_is_a_conflict(capsys, site: Site) -> None:
    page = (HTML / "workshops" / "cvpr2026-fedvision.html").read_bytes()
    site.routes["/fed/"] = page.replace(b"March 20, 2026", b"March 27, 2026")
    path = Path(os.environ["DEADLINES_CONFIG"])
    path.write_text(
        f"""[refresh]
builtin = false
delay = 0
[[refresh.sources]]
name = "fedvision"
type = "page"
url = "{site.url('/fed/')}"
venue = "fedvision2026"
""",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "refresh")
    assert code == 0
    assert (
        "conflict: fedvision2026 paper: curated 2026-03-20 23:59 PST vs 2026-03-27 23:59 PST "
        f"({site.url('/fed/')}); curated value differs; curated kept"
    ) in out.splitlines()
    paper = catalog.load().venue("fedvision2026").submission_deadlines()[0]
    assert paper.at == "2026-03-20 23:59"


def test_robots_txt_disallow_is_honoured(capsys, served: Site) -> None:
    served.routes["/robots.txt"] = "User-agent: *\nDisallow: /neurreps/\n"
    configure(served)
    code, out, _ = run(capsys, "refresh")
    assert code == 3
    assert "failed: neurreps: robots.txt disallows it; not fetched" in out.splitlines()
    assert "/neurreps/" not in served.hits


def test_apply_writes_changes_into_a_curated_file_keeping_comments(
    capsys, served: Site, tmp_path: Path
) -> None:
    configure(served)
    assert run(capsys, "refresh")[0] == 0
    lab = tmp_path / "lab.yaml"
    lab.write_text(
        "# our lab's venues\nversion: 1\nseries:\n  - id: cei   # from WikiCFP\n"
        "    name: CEI\n    editions:\n      - year: 2026\n        timezone: AoE\n"
        "        deadlines:\n          - kind: paper\n            at: '2026-09-17'\n"
        "            source: https://example.org/cei\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "refresh", "--apply", str(lab))
    assert code == 0
    assert "cei2026: moved paper 2026-09-17 -> 2026-09-24 23:59 AoE?" in out
    text = lab.read_text(encoding="utf-8")
    assert text.startswith("# our lab's venues\nversion: 1\n")
    assert "- id: cei   # from WikiCFP" in text
    edition = catalog.load_file(lab).catalog.series[0].editions[0]
    paper = next(d for d in edition.deadlines if d.kind.value == "paper")
    assert (paper.at, [h.at for h in paper.history]) == ("2026-09-24", ["2026-09-17"])
    assert any(s.id == "symgeo" for s in catalog.load_file(lab).catalog.series)


def test_every_source_failing_is_called_a_failure_with_a_hint(capsys, site: Site) -> None:
    configure(site)  # no routes: every page is a 404
    code, out, err = run(capsys, "refresh")
    assert code == 3, out + err
    assert out.splitlines()[-1] == (
        "failed: all 2 sources failed, nothing was refreshed; what they gave before is kept. "
        "Check the network connection, or a proxy (HTTPS_PROXY and HTTP_PROXY are used when "
        "set), and run again."
    )
    assert "partial:" not in out


def test_the_progress_line_names_each_source_as_it_is_read() -> None:
    import io

    from deadlines.render import ProgressLine

    stream = io.StringIO()
    sources = {"ccfddl": ["https://a.example/1", "https://a.example/2"], "cvf": ["https://b/x"]}
    line = ProgressLine(stream, sources, width=41)
    line("https://a.example/1", 0, 3)
    line("https://b/x", 0, 3)
    line("https://b/x", 1, 3)
    line("https://a.example/1", 2, 3)
    line("https://a.example/2", 2, 3)
    line("https://a.example/2", 3, 3)
    line.close()
    assert stream.getvalue().split("\r") == [  # 40 columns: one short of the terminal's
        "",
        "[0/3] reading ccfddl (a.example)…".ljust(40),
        "[0/3] reading cvf (b)…".ljust(40),
        "[1/3] cvf: fetched".ljust(40) + "\n",
        "[2/3] reading ccfddl (a.example)…".ljust(40),
        "[3/3] ccfddl: fetched".ljust(40) + "\n",
        " " * 40,
        "",
    ]
