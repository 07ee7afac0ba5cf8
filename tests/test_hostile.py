"""Hostile input: every value that reaches a feed, a page or a terminal is checked where it
enters (catalog, overlay, config, scraped data, command line), and a bad one is one clear
line, never a traceback and never a broken feed."""

from __future__ import annotations

import asyncio
import contextlib
import difflib
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import Site
from deadlines import catalog, http, timezones
from deadlines.catalog import InvalidCatalogError
from deadlines.cli import main
from deadlines.errors import CatalogError, ZoneError
from deadlines.sources import ParseError, finish_edition, load_yaml

HEAD = """\
version: 1
series:
  - id: labconf
    name: LabConf
    editions:
      - year: 2027
"""


def catalog_with(edition_lines: str, series_lines: str = "") -> str:
    """A one-edition catalog; the lines are added to the edition (and to the series)."""
    return (
        "version: 1\nseries:\n  - id: labconf\n    name: LabConf\n"
        + series_lines
        + "    editions:\n      - year: 2027\n"
        + edition_lines
        + "        deadlines:\n"
        "          - {kind: paper, at: '2027-02-23 23:59', zone: AoE,"
        " source: 'https://labconf.example/'}\n"
    )


def problems_of(text: str) -> list[str]:
    with pytest.raises(InvalidCatalogError) as caught:
        catalog.merge([catalog.load_file("lab.yaml", text)])
    return [str(p) for p in caught.value.problems]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse's own usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


# ---- 1. one CR/LF in a url ------------------------------------------------------------------


def test_a_crlf_in_a_url_is_refused_with_its_line() -> None:
    text = catalog_with('        url: "https://labconf.example/\\r\\nX-Evil: 1"\n')
    assert problems_of(text) == [
        "lab.yaml:7: url: contains the control character U+000D; remove it"
    ]


def test_a_scraped_url_with_a_crlf_is_dropped_and_reported() -> None:
    edition = {"year": 2027, "id": "labconf2027", "url": "https://x.example/\r\nBEGIN:VEVENT"}
    deadline = {"kind": "paper", "at": "2027-02-23 23:59", "zone": "AoE",
                "source": "https://x.example/"}
    result, problems = finish_edition("labconf2027", edition, [deadline])
    assert result is not None
    assert "url" not in result
    assert problems == [
        "labconf2027: url: contains the control character U+000D; remove it; url dropped"
    ]


# ---- 4. YAML bombs and huge files -----------------------------------------------------------

BOMB = "\n".join(
    ["a: &a ['lol','lol','lol','lol','lol','lol','lol','lol','lol']"]
    + [f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]" for i in range(8)]
)


def test_a_yaml_alias_bomb_in_a_catalog_is_refused_at_once() -> None:
    started = time.monotonic()
    with pytest.raises(CatalogError) as caught:
        catalog.load_file("bomb.yaml", BOMB)
    assert time.monotonic() - started < 1
    assert str(caught.value) == (
        "bomb.yaml:1: YAML anchors and aliases (&name, *name) are not allowed in a catalog; "
        "write the value out"
    )


def test_a_yaml_alias_bomb_from_a_source_is_refused() -> None:
    started = time.monotonic()
    with pytest.raises(ParseError, match="expand to more than 2,000,000 values"):
        load_yaml(BOMB)
    assert time.monotonic() - started < 2
    assert load_yaml("a: &x [1, 2]\nb: *x\n") == {"a": [1, 2], "b": [1, 2]}  # plain aliases


def test_validate_dev_zero_is_one_line(capsys) -> None:
    code, _, err = run(capsys, "validate", "/dev/zero")
    assert code == 2
    assert err == "/dev/zero: larger than 16,000,000 bytes; not a catalog\n"


# ---- 9. dates out of range, bad config values ---------------------------------------------


def test_a_year_9999_deadline_is_refused_by_validate(tmp_path: Path, capsys) -> None:
    path = tmp_path / "lab.yaml"
    path.write_text(catalog_with("").replace("2027-02-23 23:59", "9999-12-31 23:59"))
    code, _, err = run(capsys, "validate", str(path))
    assert code == 2
    assert err == (
        f"{path}:8: at: '9999-12-31 23:59': year 9999 is outside 1950 to 2100\n"
    )


WHOLE = "expected a whole number from"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["next", "--today", "9999-12-31"], ("--today: 9999-12-31: expected a year from 1950 "
         "to 2100")),
        (["next", "--months", "100000"], f"--months: '100000': {WHOLE} 1 to 24"),
        (["next", "--months", "-1"], f"--months: '-1': {WHOLE} 1 to 24"),
        (["next", "--months", "0"], f"--months: '0': {WHOLE} 1 to 24"),
        (["serve", "--port", "84636"], f"--port: '84636': {WHOLE} 1 to 65535"),
        (["serve", "--port", "-1"], f"--port: '-1': {WHOLE} 1 to 65535"),
        (["ics", "--plan", "--pick", "100000"], f"--pick: '100000': {WHOLE} 1 to 50"),
    ],
)
def test_out_of_range_arguments_are_usage_errors(capsys, argv, message) -> None:
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "")
    assert err.splitlines()[-1] == f"deadlines {argv[0]}: error: argument {message}"


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        (b"[next]\ntags = [1, 2]\n", "`next.tags` must be a string, not 1"),
        (b"[refresh]\ntimeout = nan\n", "`refresh.timeout` is nan; expected 0.1 to 3600"),
        (b"[refresh]\ntimeout = inf\n", "`refresh.timeout` is inf; expected 0.1 to 3600"),
        (b"[next]\nmonths = 0\n", "`next.months` is 0; expected 1 to 24"),
        (b"[next]\nmonths = true\n", "`next.months` must be a whole number, not true"),
        (b'[next]\nwindow = "4"\n', "`next.window` must be a whole number, not '4'"),
        (b'[next]\ntz = "AoE"\n', "unknown setting `next.tz`; known: months, tags, window"),
        (b'[next]\ntags = ["nope"]\n', ("`next.tags`: unknown tag 'nope'; known tags: ai, cv, "
         "data-mining, graphics, hci, ir, medical, ml, multimedia, nlp, robotics, speech "
         "(`deadlines tags` counts them)")),
        (b'timezone = "Berlin"\n', ("`timezone`: unknown time zone 'Berlin'; use AoE, "
         "UTC\u00b1H[:MM], an abbreviation such as PT or an IANA name such as "
         "America/Los_Angeles; did you mean Europe/Berlin?")),
        (b"[templates.conference.phases.review]\nmin_days = 70\n", ("template 'conference', "
         "phase 'review': need min_days <= ideal_days <= max_days, got 70, 17, 21")),
        (b'timezone = "\xff\xfe"\n', "not UTF-8 text (byte 12)"),
        (b'timezone = "UTC\\u001b[2J"\n', "`timezone` contains the control character U+001B"),
        (b'[[refresh.sources]]\ntype = "page"\nurl = "javascript:alert(1)"\nvenue = "x2027"\n',
         "`refresh.sources[1].url`: 'javascript:alert(1)' is not an http or https URL"),
    ],
)
def test_bad_config_values_are_one_line(tmp_path, monkeypatch, capsys, toml, message) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(toml)
    monkeypatch.setenv("DEADLINES_CONFIG", str(path))
    code, out, err = run(capsys, "next", "--today", "2026-11-23")
    assert (code, out) == (2, "")
    assert err == f"deadlines: error: {path}: {message}\n"


# ---- 11. the smaller ones -------------------------------------------------------------------


def test_an_offset_with_60_minutes_is_refused() -> None:
    with pytest.raises(ZoneError, match="60 is not a number of minutes"):
        timezones.parse_zone("UTC+12:60")
    assert timezones.parse_zone("UTC+5:45").fixed is not None


def test_a_workshop_cannot_be_its_own_parent_nor_in_a_circle() -> None:
    text = (
        "version: 1\nseries:\n"
        "  - id: ws\n    name: WS\n    kind: workshop\n    editions:\n"
        "      - {year: 2027, parent: ws2027}\n"
        "  - id: a\n    name: A\n    kind: workshop\n    editions:\n"
        "      - {year: 2027, parent: b2027}\n"
        "  - id: b\n    name: B\n    kind: workshop\n    editions:\n"
        "      - {year: 2027, parent: a2027}\n"
    )
    assert problems_of(text) == [
        "lab.yaml:7: 'ws2027' is its own parent",
        "lab.yaml:12: the parents of 'a2027' go round in a circle; fix its `parent`",
        "lab.yaml:17: the parents of 'b2027' go round in a circle; fix its `parent`",
    ]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Lab\\0Conf", "U+0000"),
        ("Lab\\u202eFnoC", "U+202E"),
        ("Lab\\e[31mConf", "U+001B"),
        ("Lab\\u2066Conf", "U+2066"),
        ("Lab\\x85Conf", "U+0085"),
    ],
)
def test_nul_bidi_and_ansi_escapes_are_refused(name: str, code: str) -> None:
    text = catalog_with("", f'    full_name: "{name}"\n')
    assert problems_of(text) == [
        f"lab.yaml:5: full_name: contains the control character {code}; remove it"
    ]


def test_a_javascript_url_is_refused() -> None:
    assert problems_of(catalog_with("        url: javascript:alert(1)\n")) == [
        "lab.yaml:7: url: 'javascript:alert(1)' is not an http or https URL"
    ]


def test_a_multiline_note_is_allowed_but_not_a_carriage_return() -> None:
    ok = catalog_with('        note: "two\\nlines"\n')
    catalog.merge([catalog.load_file("lab.yaml", ok)])
    assert problems_of(catalog_with('        note: "two\\r\\nlines"\n')) == [
        "lab.yaml:7: note: contains the control character U+000D; remove it"
    ]


def test_next_says_when_the_overlay_is_broken(tmp_path, monkeypatch, capsys) -> None:
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setenv("DEADLINES_DATA_DIR", str(data))
    (data / "scraped.yaml").write_text("version: 1\nseries: [{id: x}]\n")
    code, _, err = run(capsys, "next", "--today", "2026-11-23", "--tz", "UTC")
    assert code == 0
    assert err == (
        f"deadlines: warning: {data / 'scraped.yaml'}:2: overlay ignored: "
        f"{data / 'scraped.yaml'}:2: `name` is required\n"
    )


def test_the_event_count_is_not_fooled_by_names(tmp_path, capsys) -> None:
    lab = tmp_path / "lab.yaml"
    lab.write_text(catalog_with("").replace("name: LabConf", "name: Lab BEGIN:VEVENT"))
    out = tmp_path / "lab.ics"
    code, _, err = run(capsys, "ics", "--catalog", str(lab), "--today", "2026-11-23",
                       "--plan", "labconf2027", "-o", str(out))
    assert code == 0
    feed = out.read_bytes()
    events = feed.count(b"\r\nBEGIN:VEVENT\r\n")
    assert feed.count(b"BEGIN:VEVENT") > events > 0
    assert err == f"wrote {out}: {events} events, {len(feed)} bytes\n"


# ---- 7. files: --apply, -o, build ---------------------------------------------------------

OVERLAY = """\
version: 1
series:
  - id: cvpr
    name: CVPR
    editions:
      - year: 2022
        deadlines:
          - {kind: paper, at: '2021-11-19 11:59', zone: PT, source: 'https://cvpr2022.thecvf.com/dates'}
      - year: 2031
        deadlines:
          - {kind: paper, at: '2030-11-14 23:59', zone: AoE, source: 'https://cvpr.example/2031'}
"""
OLD_SOURCE = "https://cvpr2022.thecvf.com/author-guidelines"


@pytest.fixture
def overlay(monkeypatch, tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setenv("DEADLINES_DATA_DIR", str(data))
    (data / "scraped.yaml").write_text(OVERLAY, encoding="utf-8")
    return data / "scraped.yaml"


def test_apply_changes_exactly_the_changed_lines(overlay, tmp_path: Path, capsys) -> None:
    """The real catalog (long URLs, folded notes) with trailing spaces added, edited through
    a symlink: the diff is the moved deadline and the new edition, nothing else."""
    real = tmp_path / "real.yaml"
    text = catalog.default_catalog_path().read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    lines[13] = lines[13].replace("\n", "   \n")  # trailing spaces stay as they are
    real.write_text("".join(lines), encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "lab.yaml"
    link.symlink_to(real)
    before = real.read_text(encoding="utf-8").splitlines()
    code, out, _ = run(capsys, "refresh", "--apply", str(link))
    assert code == 0
    assert out.splitlines()[-1] == f"wrote 2 changes into {link}"
    assert link.is_symlink()
    assert oct(real.stat().st_mode & 0o777) == "0o640"
    after = real.read_text(encoding="utf-8").splitlines()
    diff = [
        line
        for line in difflib.unified_diff(before, after, lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    assert diff == [
        "-            at: 2021-11-18 11:59",
        "+            at: 2021-11-19 11:59",
        f"-            source: {OLD_SOURCE}",
        "+            source: https://cvpr2022.thecvf.com/dates",
        "+              - at: 2021-11-18 11:59",  # after the history the entry already had
        f"+                source: {OLD_SOURCE}",
        "+                note: before `deadlines refresh --apply`",
        "+      - year: 2031",
        "+        deadlines:",
        "+          - kind: paper",
        "+            at: 2030-11-14 23:59",
        "+            zone: AoE",
        "+            source: https://cvpr.example/2031",
    ]


def test_apply_refuses_a_read_only_file(overlay, tmp_path: Path, capsys) -> None:
    lab = tmp_path / "lab.yaml"
    lab.write_text("version: 1\nseries: []\n", encoding="utf-8")
    lab.chmod(0o444)
    code, _, err = run(capsys, "refresh", "--apply", str(lab))
    assert code == 2
    assert err == f"deadlines: error: {lab}: the file is read-only; nothing applied\n"
    assert lab.read_text(encoding="utf-8") == "version: 1\nseries: []\n"


def test_ics_output_honours_the_umask_and_follows_a_symlink(tmp_path: Path, capsys) -> None:
    old = os.umask(0o022)
    try:
        out = tmp_path / "feed.ics"
        assert run(capsys, "ics", "--today", "2026-11-23", "-o", str(out))[0] == 0
        assert oct(out.stat().st_mode & 0o777) == "0o644"
        target = tmp_path / "target.ics"
        target.write_bytes(b"old")
        target.chmod(0o664)
        link = tmp_path / "link.ics"
        link.symlink_to(target)
        assert run(capsys, "ics", "--today", "2026-11-23", "-o", str(link))[0] == 0
        assert link.is_symlink()
        assert target.read_bytes() == out.read_bytes()
        assert oct(target.stat().st_mode & 0o777) == "0o664"
        os.umask(0o077)
        site = tmp_path / "site"
        assert run(capsys, "build", "--today", "2026-11-23", "--out", str(site))[0] == 0
        assert {oct(p.stat().st_mode & 0o777) for p in site.iterdir() if p.is_file()} == {
            "0o600"
        }
    finally:
        os.umask(old)


def test_temp_files_of_a_killed_writer_are_cleaned_on_the_next_run(tmp_path, capsys) -> None:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()  # its process id is now free: a writer that died
    out = tmp_path / "feed.ics"
    stale = tmp_path / f".feed.ics.{child.pid}.k1ll3d.tmp"
    stale.write_bytes(b"BEGIN:VCALENDAR\r\nhalf")
    mine = tmp_path / f".feed.ics.{os.getpid()}.alive.tmp"  # a writer still at work
    mine.write_bytes(b"")
    other = tmp_path / f".other.ics.{child.pid}.k1ll3d.tmp"  # another file's
    other.write_bytes(b"")
    assert run(capsys, "ics", "--today", "2026-11-23", "-o", str(out))[0] == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["feed.ics", mine.name, other.name]
    )


# ---- 2. a source that trickles, 10. robots.txt through a redirect, a corrupt cache --------


def trickle(site: Site) -> Callable[[Any], None]:
    """A route that answers 200 and then sends one byte every 50 ms, forever."""

    def route(handler: Any) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/plain")
        handler.end_headers()
        with contextlib.suppress(OSError):
            while not site.release.is_set():
                handler.wfile.write(b"x")
                handler.wfile.flush()
                time.sleep(0.05)

    return route


def slow_config(site: Site) -> None:
    Path(os.environ["DEADLINES_CONFIG"]).write_text(
        "[refresh]\nbuiltin = false\ndelay = 0\ntimeout = 5\nretries = 0\n"
        "source_deadline = 1\n\n"
        f'[[refresh.sources]]\nname = "slow"\ntype = "page"\nurl = "{site.url("/slow/")}"\n'
        'venue = "slow2027"\n',
        encoding="utf-8",
    )


@pytest.mark.parametrize("path", ["/slow/", "/robots.txt"])
def test_a_trickling_source_is_cut_off_at_its_deadline(site: Site, capsys, path: str) -> None:
    """Each read gets a byte well within the 5 s read timeout: only the overall deadline
    stops it, whether the page or its robots.txt trickles."""
    site.routes[path] = trickle(site)
    slow_config(site)
    started = time.monotonic()
    code, out, _ = run(capsys, "refresh")
    # the trickle never ends and never trips the read timeout: the refresh ends at all only
    # because the 1 s deadline stopped it (the bound leaves room for a loaded machine; 5 s
    # would be the read timeout's own length, so twice that still tells a hang)
    assert time.monotonic() - started < 10
    assert code == 3
    assert "failed: slow: not fetched within the 1 s deadline; stopped" in out.splitlines()


def test_robots_txt_of_the_host_a_redirect_leads_to_is_obeyed() -> None:
    first, second = Site(), Site()
    try:
        second.routes["/robots.txt"] = "User-agent: *\nDisallow: /private/\n"
        second.routes["/private/page"] = "secret"

        def redirect(handler: Any) -> None:
            handler.send_response(302)
            handler.send_header("Location", second.url("/private/page"))
            handler.end_headers()

        first.routes["/go"] = redirect

        async def go() -> dict[str, http.Page | http.FetchError]:
            async with http.Fetcher(http.Policy(delay=0, retries=0)) as f:
                return await http.fetch_all(f, [first.url("/go")])

        result = asyncio.run(go())[first.url("/go")]
        origin = second.url("").rstrip("/")
        assert isinstance(result, http.FetchError)
        assert result.reason == f"robots.txt ({origin}, redirected to) disallows it; not fetched"
        assert second.hits == ["/robots.txt"]
    finally:
        first.close()
        second.close()


def test_a_corrupt_cached_body_is_fetched_again_not_kept_by_a_304(site: Site, tmp_path) -> None:
    site.routes["/page"] = "the whole page"
    cache = http.Cache(tmp_path / "cache")

    async def go() -> http.Page | http.FetchError:
        async with http.Fetcher(http.Policy(delay=0, retries=0), cache=cache) as f:
            return (await http.fetch_all(f, [site.url("/page")]))[site.url("/page")]

    first = asyncio.run(go())
    assert isinstance(first, http.Page)
    assert (first.body, first.not_modified) == (b"the whole page", False)
    _, body_file = cache._paths(site.url("/page"))
    body_file.write_bytes(b"the who")  # a writer killed mid-way, a disk error
    second = asyncio.run(go())
    assert isinstance(second, http.Page)
    assert (second.body, second.not_modified) == (b"the whole page", False)
    third = asyncio.run(go())
    assert isinstance(third, http.Page)
    assert (third.body, third.not_modified) == (b"the whole page", True)


def test_a_scraped_series_with_a_control_character_is_dropped_and_reported() -> None:
    from deadlines.refresh import _checked_series
    from deadlines.sources import Parsed

    good = {"id": "good", "name": "Good", "editions": []}
    bad = {"id": "bad", "name": "Bad\x1b]8;;https://evil.example\x07", "editions": []}
    parsed = Parsed(series=[good, bad])
    assert _checked_series(parsed) == [good]
    assert parsed.problems == [
        "bad: name: contains the control character U+001B; remove it; series dropped"
    ]


def test_catalogs_we_write_never_hold_aliases() -> None:
    import yaml

    from deadlines.importer import _Dumper

    shared = ["cv", "ml"]
    text = yaml.dump({"a": shared, "b": shared}, Dumper=_Dumper)
    assert "&" not in text
    assert "*" not in text


def test_two_picked_tracks_of_one_venue_list_its_deadlines_once(tmp_path, capsys) -> None:
    """Picking both tracks of one venue used to put its deadlines in the feed twice."""
    lab = tmp_path / "lab.yaml"
    lab.write_text(
        "version: 1\nseries:\n  - id: twotrack\n    name: TwoTrack\n    tags: [twotrack]\n"
        "    editions:\n      - year: 2027\n        timezone: AoE\n        deadlines:\n"
        "          - {kind: paper, at: '2027-03-01', track: archival, source: 'https://t.example/'}\n"
        "          - {kind: paper, at: '2027-03-08', track: extended abstracts,"
        " source: 'https://t.example/'}\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "ics", "--plan", "--pick", "5", "--today", "2026-12-01",
                         "--catalog", str(lab), "--tag", "twotrack")
    assert code == 0, err
    uids = [line for line in out.splitlines() if line.startswith("UID:")]
    assert len(uids) == len(set(uids))
    assert "UID:twotrack2027-plan-kickoff-archival@deadlines" in uids
    assert "UID:twotrack2027-plan-kickoff-extended-abstracts@deadlines" in uids
    assert uids.count("UID:twotrack2027-paper-archival@deadlines") == 1


@pytest.mark.parametrize(
    ("page", "label"),
    [
        # a JSON page nested past Python's recursion, and one nested 900 deep beside its date
        ('{"a":' + "[" * 100_000 + "]" * 100_000 + "}", None),
        ('{"deadline": "May 1, 2026", "a":' + '{"a":' * 900 + "1" + "}" * 900 + "}", "deadline"),
        # an integer past Python's limit of 4,300 digits, in JSON and in YAML front matter
        ('{"a": ' + "1" * 5000 + ', "deadline": "May 1, 2026"}', "deadline"),
        ("---\ntitle: " + "1" * 5000 + "\n---\n\nPaper deadline: May 1, 2026\n", "Paper deadline"),
    ],
)
def test_a_page_of_data_past_what_python_reads_is_read_as_text(page: str, label) -> None:
    from deadlines.sources import pages

    read = pages.parse_page(page, year=2026)  # (it raised RecursionError or ValueError)
    if label is None:
        assert read.entries == []
    else:
        assert [e.at for e in read.entries] == ["2026-05-01"]
        assert label in read.entries[0].label
