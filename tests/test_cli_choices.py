"""Usage errors say what would be valid; options a command does not use are refused."""

from __future__ import annotations

import json

import pytest
import yaml

from deadlines import catalog, choices
from deadlines.cli import main
from deadlines.errors import UsageError


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_no_arguments_prints_help(capsys):
    code, out, err = run(capsys)
    assert code == 0
    assert out.startswith("usage: deadlines [-h] [--version] COMMAND ...\n")
    assert "    tags " in out
    assert err == ""


def test_an_unknown_tag_is_exit_2_with_the_closest_and_every_choice(capsys):
    code, out, err = run(capsys, "next", "--tag", "visoin", "--today", "2026-12-01")
    assert code == 2
    assert out == ""
    assert err == (
        "deadlines: error: unknown tag 'visoin'; did you mean cv? known tags: ai, cv, "
        "data-mining, graphics, hci, ir, medical, ml, multimedia, nlp, robotics, speech "
        "(`deadlines tags` counts them)\n"
    )


def test_tags_are_read_case_blind_and_through_synonyms(capsys):
    _, upper, _ = run(capsys, "next", "--tag", "CV", "--today", "2026-12-01", "--json")
    _, vision, _ = run(capsys, "next", "--tag", "vision", "--today", "2026-12-01", "--json")
    _, lower, _ = run(capsys, "next", "--tag", "cv", "--today", "2026-12-01", "--json")
    assert json.loads(upper)["venues"]
    assert upper == vision == lower


def test_check_tags():
    known = {"cv", "ml", "robotics"}
    assert choices.check_tags(["Vision", "ML", "cv", "robot"], known) == ("cv", "ml", "robotics")
    with pytest.raises(UsageError, match=r"^unknown tag 'speech'; known tags: cv, ml, robotics "):
        choices.check_tags(["speech"], known)


def test_an_unknown_zone_suggests_the_iana_name(capsys):
    code, _, err = run(capsys, "next", "--tz", "Berlin")
    assert code == 2
    assert err.endswith("; did you mean Europe/Berlin?\n")
    assert err.count("\n") == 1
    assert choices.zone_hint("new york", {"America/New_York", "Europe/Berlin"}) == (
        "did you mean America/New_York?"
    )
    assert choices.zone_hint("qqq", {"America/New_York"}) == ""


def test_an_unknown_rank_kind_or_venue_is_exit_2(capsys):
    code, _, err = run(capsys, "next", "--rank", "Z")
    assert code == 2
    assert err == (
        "deadlines: error: --rank 'Z': expected a CORE rank (A*, A, B, C) or a CCF one "
        "(ccf:A, ccf:B, ccf:C)\n"
    )
    assert choices.check_rank("a*") == "A*"
    assert choices.check_rank("CCF:b") == "ccf:B"
    with pytest.raises(SystemExit) as exc:
        main(["list", "--kind", "talk"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "argument --kind: invalid choice: 'talk' (choose from " in err
    assert "conference" in err.splitlines()[-1]
    code, _, err = run(capsys, "plan", "cvpr2062")
    assert code == 2
    assert "did you mean" in err


@pytest.mark.parametrize(
    ("argv", "refused"),
    [
        (("ics", "--json"), "--json"),
        (("cron", "--json"), "--json"),
        (("cron", "--tz", "UTC"), "--tz UTC"),
        (("validate", "--today", "2026-12-01"), "--today"),
        (("schema", "--catalog", "x.yaml"), "--catalog x.yaml"),
        (("config", "--json"), "--json"),
        (("build", "--out", "x", "--json"), "--json"),
    ],
    ids=lambda v: " ".join(v) if isinstance(v, tuple) else v,
)
def test_options_a_command_does_not_use_are_refused(capsys, argv, refused):
    with pytest.raises(SystemExit) as exc:
        main(list(argv))
    assert exc.value.code == 2
    assert capsys.readouterr().err.endswith(f"error: unrecognized arguments: {refused}\n")


def test_tags_lists_every_tag_with_its_count(capsys):
    code, out, _ = run(capsys, "tags")
    assert code == 0
    # Counted straight from the shipped YAML, so adding a series does not break the test.
    shipped = yaml.safe_load(catalog.default_catalog_path().read_text(encoding="utf-8"))
    cv = sum("cv" in series.get("tags", []) for series in shipped["series"])
    assert cv > 200
    lines = out.splitlines()
    assert lines[0] == "TAG          SERIES"
    assert lines[1].split() == ["cv", str(cv)]
    code, out, _ = run(capsys, "tags", "--json")
    data = json.loads(out)
    assert data["cv"] == cv
    assert list(data) == sorted(data, key=lambda t: (-data[t], t))
