"""Catalog counts (`list --stats`) and tracker-only citations (`validate --strict`)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from deadlines import catalog, stats
from deadlines.cli import main

FIXTURE = Path(__file__).parent / "data" / "catalog" / "stats.yaml"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("url", "tracker"),
    [
        ("https://github.com/ccfddl/ccf-deadlines/blob/5f8dce3/conference/AI/cvpr.yml", "ccfddl"),
        ("https://ccfddl.github.io/", "ccfddl"),
        ("https://github.com/huggingface/ai-deadlines/blob/de9f41b/x.yml", "HF ai-deadlines"),
        ("https://github.com/paperswithcode/ai-deadlines/blob/4d6b247/c.yml", "paperswithcode"),
        ("https://aideadlin.es/?sub=ML", "paperswithcode"),
        ("http://www.wikicfp.com/cfp/servlet/event.showcfp?eventid=1", "WikiCFP"),
        ("https://cvpr.thecvf.com/Conferences/2026/Dates", None),
        ("https://github.com/huggingface/transformers", None),
        ("https://ccfddl-fan.example/", None),
        ("file:///data/ccfddl/conference/AI/cvpr.yml", "local files"),
        ("FILE:///x.yml", "local files"),
        (None, None),
    ],
)
def test_tracker_of(url: str | None, tracker: str | None) -> None:
    assert stats.tracker_of(url) == tracker


def test_stats_of_the_fixture_are_exact() -> None:
    cat = catalog.merge([catalog.load_file(FIXTURE)])
    found = stats.catalog_stats(cat, cat.venues)
    assert stats.stats_json(found) == {
        "series": 5,
        "editions": 8,
        "editions_with_dates": 6,  # alpha2027 and ws-one2026 have none
        "sources": {
            "deadlines": 9,  # beta2026's estimated abstract is not counted
            "official": 5,
            "trackers": 4,
            "by_tracker": {
                "HF ai-deadlines": 1,
                "WikiCFP": 1,
                "ccfddl": 1,
                "cvprworkshopradar": 1,
            },
        },
        "conferences": {
            "series": 2,
            "editions": 4,
            "editions_with_dates": 3,
            "sources": {
                "deadlines": 5,
                "official": 2,
                "trackers": 3,
                "by_tracker": {"HF ai-deadlines": 1, "WikiCFP": 1, "ccfddl": 1},
            },
        },
        "workshops": {
            "series": 3,
            "editions": 4,
            "editions_with_dates": 3,
            "sources": {
                "deadlines": 4,
                "official": 3,
                "trackers": 1,
                "by_tracker": {"cvprworkshopradar": 1},
            },
        },
        "hosts": [
            {"host": "alpha2025", "name": "Alpha 2025", "workshops": 1, "with_dates": 1,
             "no_papers": 0},
            {"host": "alpha2026", "name": "Alpha 2026", "workshops": 2, "with_dates": 1,
             "no_papers": 1},
            {"host": "beta2026", "name": "Beta 2026", "workshops": 1, "with_dates": 1,
             "no_papers": 0},
        ],
    }


def test_list_stats_text_on_the_fixture(capsys) -> None:
    # The tag keeps the shipped catalog out of the counts.
    code, out, _ = run(capsys, "list", "--stats", "--catalog", str(FIXTURE), "--tag", "labtag")
    assert code == 0
    assert out == (
        "series        5 (2 conferences, 3 workshops)\n"
        "editions      8 (4 conferences, 4 workshops)\n"
        "with dates    6 of 8 (75%); conferences 3 of 4 (75%), workshops 3 of 4 (75%)\n"
        "deadlines     9 announced (5 of conferences, 4 of workshops)\n"
        "cited from    official pages 5 of 9 (56%), trackers 4 of 9 (44%): ccfddl 1, "
        "cvprworkshopradar 1, HF ai-deadlines 1, WikiCFP 1\n"
        "  conferences official pages 2 of 5 (40%), trackers 3 of 5 (60%): ccfddl 1, "
        "HF ai-deadlines 1, WikiCFP 1\n"
        "  workshops   official pages 3 of 4 (75%), trackers 1 of 4 (25%): cvprworkshopradar 1\n"
        "\n"
        "HOST        WORKSHOPS  WITH DATES\n"
        "Alpha 2025  1          1 of 1 (100%)\n"
        "Alpha 2026  2          1 of 2 (50%); 1 take no papers\n"
        "Beta 2026   1          1 of 1 (100%)\n"
    )


def test_list_stats_filters_and_json(capsys) -> None:
    code, out, _ = run(capsys, "list", "--stats", "--json", "--catalog", str(FIXTURE),
                       "--tag", "labtag", "--parent", "alpha2026")
    assert code == 0
    data = json.loads(out)
    assert (data["series"], data["editions"], data["editions_with_dates"]) == (2, 2, 1)
    assert data["sources"] == {"deadlines": 2, "official": 2, "trackers": 0, "by_tracker": {}}
    assert data["hosts"] == [
        {"host": "alpha2026", "name": "Alpha 2026", "workshops": 2, "with_dates": 1,
         "no_papers": 1}
    ]


def test_validate_strict_reports_each_tracker_citation(capsys, tmp_path: Path) -> None:
    path = tmp_path / "lab.yaml"
    shutil.copy(FIXTURE, path)
    code, out, err = run(capsys, "validate", "--strict", str(path))
    assert (code, out) == (2, "")  # not "ok:" and then a failure
    # Not the estimate, not the tracker's value kept in history, not official pages.
    assert err.splitlines() == [
        f"{path}:13: alpha2025 paper cites only a tracker (ccfddl); cite the venue's own page",
        (f"{path}:18: alpha2026 abstract cites only a tracker (HF ai-deadlines); "
        "cite the venue's own page"),
        f"{path}:33: beta2026 paper cites only a tracker (WikiCFP); cite the venue's own page",
        (f"{path}:67: ws-three2026 paper cites only a tracker (cvprworkshopradar); "
        "cite the venue's own page"),
        (f"strict: {path}: 5 series, 8 editions, 10 deadlines, 0 warnings; 4 deadlines cite "
        "only a tracker"),
    ]
    # Without --strict the same file is clean.
    assert run(capsys, "validate", str(path))[0] == 0


def test_validate_strict_passes_when_every_date_is_official(capsys, tmp_path: Path) -> None:
    path = tmp_path / "lab.yaml"
    path.write_text(
        "version: 1\nseries:\n  - id: lab\n    name: Lab\n    editions:\n      - year: 2027\n"
        "        deadlines:\n          - {kind: paper, at: '2027-02-23 23:59', zone: AoE,"
        " source: https://lab.example/}\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "validate", "--strict", str(path))
    assert (code, err) == (0, "")
    assert out == f"ok: {path}: 1 series, 1 editions, 1 deadlines, 0 warnings\n"
