"""The command line, run in-process through `main()`, on the shipped catalog and on fixtures."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from deadlines.cli import main

LAB = """\
version: 1
series:
  - id: labconf
    name: LabConf
    full_name: "Lab Conference on <Things>, Vision & Learning"
    tags: [cv, ml]
    rank: {core: A}
    editions:
      - year: 2027
        url: https://labconf.example/2027
        timezone: AoE
        deadlines:
          - {kind: abstract, at: '2027-02-16 23:59', source: https://labconf.example/dates}
          - kind: paper
            at: '2027-02-23 23:59'
            source: https://labconf.example/dates
            history:
              - {at: '2027-02-16 23:59', note: original deadline}
"""


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def lab(tmp_path: Path) -> Path:
    path = tmp_path / "lab.yaml"
    path.write_text(LAB, encoding="utf-8")
    return path


def test_next_shows_a_lab_venue_with_exact_times(capsys, lab: Path) -> None:
    code, out, _ = run(capsys, "next", "--months", "3", "--today", "2026-11-23",
                       "--tz", "Europe/Berlin", "--catalog", str(lab))
    assert code == 0
    assert "(2027-01-26 to 2027-03-23), times in Europe/Berlin" in out
    row = next(line for line in out.splitlines() if line.startswith("labconf2027 "))
    # 23:59 AoE on 23 Feb is 11:59 UTC on 24 Feb, 12:59 in Berlin (CET); the ID comes first.
    assert row.split()[:9] == [
        "labconf2027", "LabConf", "2027", "conference", "2027-02-24", "12:59", "2027-02-23",
        "23:59", "AoE",
    ]
    assert "93d" in row
    assert "announced" in row
    # 92 days hold every phase at its ideal length (89): start by the 26th.
    assert row.split()[-3:] == ["announced", "ok", "2026-11-26"]


def test_next_json_carries_instants_source_and_history(capsys, lab: Path) -> None:
    code, out, _ = run(capsys, "next", "--today", "2026-11-23", "--tz", "UTC", "--json",
                       "--catalog", str(lab))
    assert code == 0
    data = json.loads(out)
    assert data["window"] == {"first": "2027-01-26", "last": "2027-03-23"}
    (mine,) = [v for v in data["venues"] if v["id"] == "labconf2027"]
    assert mine["deadline"]["utc"] == "2027-02-24T11:59:00Z"
    assert mine["deadline"]["local"] == "2027-02-24T11:59:00+00:00"
    assert mine["deadline"]["stated"] == "2027-02-23 23:59 AoE"
    assert mine["deadline"]["source"] == "https://labconf.example/dates"
    assert mine["deadline"]["history"] == [{"at": "2027-02-16 23:59", "note": "original deadline"}]
    assert mine["days_left"] == 93
    assert mine["work_start"] == "2026-11-23"
    # due 2027-02-23 AoE, less the conference template's 89 ideal days
    assert mine["start_by"] == "2026-11-26"
    assert mine["plan"] == {
        "template": "conference",
        "status": "ok",
        "missing_days": 0,
        "shrunk": [],
        "fallback": mine["plan"]["fallback"],
    }


def test_next_on_the_shipped_catalog_lists_conferences_and_workshops(capsys) -> None:
    code, out, _ = run(capsys, "next", "--months", "3", "--today", "2026-11-23", "--tz", "UTC",
                       "--json")
    assert code == 0
    venues = json.loads(out)["venues"]
    kinds = {v["kind"] for v in venues}
    assert kinds == {"conference", "workshop"}
    for v in venues:
        assert "2027-01-26" <= v["deadline"]["local"][:10] <= "2027-03-23"
        if v["deadline"]["status"] == "estimated":
            assert v["deadline"]["basis"]
            assert v["deadline"]["source"] is None
        else:
            assert v["deadline"]["source"].startswith("http")
    assert any(v["deadline"]["status"] == "estimated" for v in venues)


def test_next_table_marks_estimates(capsys) -> None:
    code, out, _ = run(capsys, "next", "--today", "2026-11-23", "--tz", "UTC")
    assert code == 0
    assert "estimated" in out
    assert "@ CVPR 2027" in out
    assert "~ estimated: projected from past editions" in out


def test_filters_and_nothing_found(capsys, lab: Path) -> None:
    code, out, _ = run(capsys, "next", "--today", "2026-11-23", "--kind", "workshop",
                       "--rank", "A*")  # workshops carry no rank
    assert code == 0
    assert out.startswith("No submission deadlines between 2027-01-26 and 2027-03-23")
    assert "--window 8" in out
    code, out, _ = run(capsys, "next", "--today", "2026-11-23", "--kind", "workshop", "--json",
                       "--catalog", str(lab))
    assert all(v["kind"] == "workshop" for v in json.loads(out)["venues"])
    code, out, _ = run(capsys, "next", "--today", "2026-11-23", "--rank", "A", "--json",
                       "--catalog", str(lab))
    ids = [v["id"] for v in json.loads(out)["venues"]]
    assert "labconf2027" in ids
    code, out, _ = run(capsys, "next", "--today", "2026-11-23", "--rank", "A*", "--json",
                       "--catalog", str(lab))
    assert "labconf2027" not in [v["id"] for v in json.loads(out)["venues"]]


def test_show_prints_sources_and_history(capsys, lab: Path) -> None:
    code, out, _ = run(capsys, "show", "labconf2027", "--tz", "UTC", "--catalog", str(lab))
    assert code == 0
    assert "Lab Conference on <Things>, Vision & Learning" in out
    assert "  paper                   2027-02-24 11:59 Wed\n" in out
    assert "\n      as stated 2027-02-23 23:59 AoE\n" in out
    assert "moved from 2027-02-16 23:59 AoE" in out
    assert "source https://labconf.example/dates" in out


def test_show_unknown_venue_suggests(capsys) -> None:
    code, out, err = run(capsys, "show", "cvpr2062")
    assert code == 2
    assert out == ""
    assert err.startswith("deadlines: error: unknown venue 'cvpr2062'; did you mean")
    assert err.count("\n") == 1


def test_bad_catalog_is_one_line_exit_2(capsys, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(LAB.replace("timezone: AoE", "timezone: Moon/Base"), encoding="utf-8")
    code, out, err = run(capsys, "next", "--catalog", str(bad))
    assert code == 2
    assert out == ""
    assert err == (
        f"deadlines: error: {bad}:11: timezone: unknown time zone 'Moon/Base'; "
        "use AoE, UTC±H[:MM], an abbreviation such as PT or an IANA name such as "
        "America/Los_Angeles (and 2 more; run `deadlines validate`)\n"
    )


def test_bad_tz_and_bad_today(capsys) -> None:
    code, _, err = run(capsys, "next", "--tz", "Moon/Base")
    assert code == 2
    assert err.startswith("deadlines: error: --tz: unknown time zone 'Moon/Base'")
    with pytest.raises(SystemExit) as info:
        main(["next", "--today", "2026-02-30"])
    assert info.value.code == 2
    assert "'2026-02-30' is not a day" in capsys.readouterr().err


def test_validate_reports_every_problem(capsys, tmp_path: Path, lab: Path) -> None:
    code, out, _ = run(capsys, "validate", str(lab))
    assert code == 0
    assert out == f"ok: {lab}: 1 series, 1 editions, 2 deadlines, 0 warnings\n"
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        LAB.replace("timezone: AoE", "timezone: CST").replace("2027-02-23 23:59", "2027-02-30"),
        encoding="utf-8",
    )
    code, out, err = run(capsys, "validate", str(bad))
    assert code == 2
    lines = err.splitlines()
    assert lines[0].startswith(f"{bad}:11: timezone: time zone 'CST' is ambiguous")
    assert any(line.startswith(f"{bad}:15: at: '2027-02-30' is not a real date") for line in lines)


def test_validate_checks_every_file_not_only_up_to_the_first_bad_one(
    capsys, tmp_path: Path, lab: Path
) -> None:
    zone = tmp_path / "zone.yaml"
    zone.write_text(LAB.replace("timezone: AoE", "timezone: Moon/Base"), encoding="utf-8")
    broken = tmp_path / "broken.yaml"
    broken.write_text("series: [\n", encoding="utf-8")
    code, out, err = run(capsys, "validate", str(zone), str(lab), str(broken))
    assert (code, out) == (2, "")
    lines = err.splitlines()
    assert lines[0].startswith(f"{zone}:11: timezone: unknown time zone 'Moon/Base'")
    assert lines[-2] == f"{broken}:2: malformed YAML: did not find expected node content"
    assert lines[-1] == f"invalid: {len(lines) - 1} problems"


def test_shared_options_may_come_before_the_command(capsys, lab: Path) -> None:
    after = run(capsys, "next", "--tz", "AoE", "--today", "2026-11-23", "--catalog", str(lab))
    before = run(capsys, "--tz", "AoE", "--today=2026-11-23", "--catalog", str(lab), "next")
    assert before == after
    assert "times in AoE" in before[1]
    papers_after = run(capsys, "paper", "list", "--today", "2026-11-23", "--json")
    assert run(capsys, "--today", "2026-11-23", "--json", "paper", "list") == papers_after


def test_tz_local_is_this_machines_zone(capsys, monkeypatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    code, out, _ = run(capsys, "next", "--tz", "localtime", "--today", "2026-11-23")
    assert code == 0
    assert "times in Asia/Tokyo" in out.splitlines()[0]


def test_an_empty_rank_is_refused(capsys) -> None:
    code, out, err = run(capsys, "next", "--rank", "")
    assert (code, out) == (2, "")
    assert err.startswith("deadlines: error: --rank '': expected a CORE rank")


def test_validate_shipped_catalog(capsys) -> None:
    code, out, _ = run(capsys, "validate")
    assert code == 0
    assert out.startswith("ok: ")


def test_schema_is_json_schema_of_the_catalog(capsys) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0
    schema = json.loads(out)
    assert "series" in schema["properties"]
    assert "Deadline" in schema["$defs"]
    assert "AoE" in schema["$defs"]["Deadline"]["properties"]["zone"]["description"]


def test_config_file_sets_zone_and_catalogs(capsys, tmp_path: Path, lab: Path, monkeypatch) -> None:
    config = tmp_path / "config.toml"
    config.write_text(textwrap.dedent(f"""\
        timezone = "Asia/Tokyo"
        catalogs = ["{lab.name}"]
        [next]
        window = 1
        """), encoding="utf-8")
    monkeypatch.setenv("DEADLINES_CONFIG", str(config))
    code, out, _ = run(capsys, "next", "--today", "2026-11-23", "--json")
    data = json.loads(out)
    assert data["timezone"] == "Asia/Tokyo"
    assert data["window"] == {"first": "2027-02-16", "last": "2027-03-02"}
    (mine,) = [v for v in data["venues"] if v["id"] == "labconf2027"]
    assert mine["deadline"]["local"] == "2027-02-24T20:59:00+09:00"
    config.write_text("timezone = [", encoding="utf-8")
    code, _, err = run(capsys, "next")
    assert code == 2
    assert err.startswith(f"deadlines: error: {config}: malformed TOML")


def test_list_filters_by_parent(capsys) -> None:
    code, out, _ = run(capsys, "list", "--parent", "cvpr2026", "--json")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) >= 100
    assert {r["kind"] for r in rows} == {"workshop"}
    # a series id: the workshops of every edition of it
    code, out, _ = run(capsys, "list", "--parent", "ICCV", "--json")
    assert code == 0
    assert {r["parent"] for r in json.loads(out)} >= {"iccv2023", "iccv2025"}
    # neither: an error with suggestions, not "No venues match"
    code, out, err = run(capsys, "list", "--parent", "cvpr2062")
    assert (code, out) == (2, "")
    assert "did you mean cvpr2028, cvpr2027, cvpr2026" in err


def test_help_does_not_import_heavy_modules() -> None:
    code = (
        "import sys, deadlines.cli; print(sorted(m for m in ('pydantic', 'yaml', 'httpx') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True).stdout
    assert out.strip() == "[]"


RANGECONF = """\
version: 1
series:
  - id: rangeconf
    name: RangeConf
    tags: [ml]
    editions:
      - year: 2024
        timezone: AoE
        deadlines: [{kind: paper, at: 2024-01-26, source: https://rangeconf.example/2024}]
      - year: 2025
        timezone: AoE
        deadlines: [{kind: paper, at: 2025-01-31, source: https://rangeconf.example/2025}]
      - year: 2026
        timezone: AoE
        deadlines: [{kind: paper, at: 2026-01-30, source: https://rangeconf.example/2026}]
"""


@pytest.fixture
def rangeconf(tmp_path: Path) -> Path:
    path = tmp_path / "rangeconf.yaml"
    path.write_text(RANGECONF, encoding="utf-8")
    return path


def test_show_and_next_print_the_range_of_an_estimate(capsys, rangeconf: Path) -> None:
    # Backtest of its own history: 2025 from 2024 (Fri 2025-01-24 for 01-31) is 7 days
    # off, 2026 from 2025 (Fri 2026-01-30) exact: 7 + a week, ± 14 d around Fri 2027-01-29.
    args = ("--catalog", str(rangeconf), "--today", "2026-11-01", "--tz", "UTC")
    code, out, _ = run(capsys, "show", "rangeconf2027", *args)
    assert code == 0
    assert "  paper                   2027-01-30 11:59 Sat  ESTIMATED ± 14 d" in out.splitlines()
    code, out, _ = run(capsys, "next", *args)
    row = next(line for line in out.splitlines() if line.startswith("rangeconf2027 "))
    assert " ".join(row.split()).endswith("2027-01-29 23:59 AoE 90d estimated ± 14 d ok 2026-11-01")
    code, out, _ = run(capsys, "next", *args, "--json")
    [venue] = [v for v in json.loads(out)["venues"] if v["id"] == "rangeconf2027"]
    assert (venue["deadline"]["stated"], venue["deadline"]["spread_days"]) == (
        "2027-01-29 23:59 AoE",
        14,
    )


def test_show_naacl2026_is_not_found(capsys) -> None:
    code, _, err = run(capsys, "show", "naacl2026", "--today", "2026-12-01")
    assert code != 0
    assert "unknown venue 'naacl2026'" in err


def test_show_a_series_at_two_hosts_gives_the_first_and_names_the_other(capsys) -> None:
    code, out, _ = run(capsys, "show", "wdfm-ad", "--today", "2026-12-01")
    assert code == 0
    lines = out.splitlines()
    assert "  id       wdfm-ad2027" in lines
    assert "  kind     workshop of CVPR 2027 (cvpr2027)" in lines
    assert "  also     wdfm-ad2027-iccv (at ICCV 2027)" in lines
    code, out, _ = run(capsys, "show", "adfm", "--today", "2026-12-01", "--json")
    shown = json.loads(out)
    assert (shown["id"], shown["also"]) == ("adfm2027", ["adfm2027-iccv"])
    # ABAW also meets at ECCV 2028 (estimated): a series id is its next edition, not its newest
    code, out, _ = run(capsys, "show", "abaw", "--today", "2026-12-01", "--json")
    shown = json.loads(out)
    assert (shown["id"], shown["parent"], shown["also"]) == (
        "abaw2027",
        "cvpr2027",
        ["abaw2027-iccv"],
    )


def test_no_match_suggests_a_wider_window_with_the_same_filters(capsys) -> None:
    argv = ("next", "--months", "1", "--window", "1", "--tag", "robotics", "--kind", "workshop")
    code, out, _ = run(capsys, *argv, "--today", "2026-12-02")
    assert code == 0
    assert out.endswith(
        ". Try a wider window: deadlines next --months 1 --window 2 --tag robotics "
        "--kind workshop\n"
    )
    code, out, _ = run(capsys, "next", "--months", "1", "--today", "2026-12-02", "--tz", "UTC")
    assert out.startswith("Deadlines about 1 month from 2026-12-02")


def test_import_beside_the_catalog_adds_what_it_lacks_and_changes_nothing(
    capsys, tmp_path: Path
) -> None:
    data = Path(__file__).parent / "data" / "ccfddl" / "AI"
    out = tmp_path / "ccfddl.yaml"
    code, _, err = run(capsys, "import", "ccfddl", str(data), "-o", str(out))
    assert code == 0
    summary = err.splitlines()[-1]
    assert summary.startswith("imported ")
    assert "(--all writes them)" in summary
    assert not any(line.startswith("skipped: ") for line in err.splitlines())
    # ICCV keeps its tags and its curated 2025 edition with the imported file on top
    _, shipped, _ = run(capsys, "show", "iccv2025", "--json", "--today", "2026-12-01")
    _, merged, _ = run(
        capsys, "show", "iccv2025", "--json", "--today", "2026-12-01", "--catalog", str(out)
    )
    assert json.loads(merged) == json.loads(shipped)
    # `--all` writes the tracker's ICCV, which then replaces the curated tags
    code, _, err = run(capsys, "import", "ccfddl", str(data), "--all", "-o", str(out))
    assert "left out" not in err.splitlines()[-1]
    _, merged, _ = run(
        capsys, "show", "iccv2025", "--json", "--today", "2026-12-01", "--catalog", str(out)
    )
    assert json.loads(merged)["tags"] != json.loads(shipped)["tags"]
