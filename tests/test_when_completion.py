"""Days typed as words, and the shell completion scripts (bash run for real)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from deadlines import catalog
from deadlines.cli import main
from deadlines.errors import UsageError
from deadlines.when import parse_day

TUESDAY = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2027-03-01", dt.date(2027, 3, 1)),
        ("today", TUESDAY),
        ("Tomorrow", dt.date(2026, 12, 2)),
        ("yesterday", dt.date(2026, 11, 30)),
        ("next monday", dt.date(2026, 12, 7)),
        ("monday", dt.date(2026, 12, 7)),
        ("tue", dt.date(2026, 12, 8)),  # the next one, not today
        ("next  Wednesday", dt.date(2026, 12, 2)),
        ("+2w", dt.date(2026, 12, 15)),
        ("-3d", dt.date(2026, 11, 28)),
        ("in 10 days", dt.date(2026, 12, 11)),
        ("+1m", dt.date(2027, 1, 1)),
        ("+3 months", dt.date(2027, 3, 1)),
        ("+1y", dt.date(2027, 12, 1)),
    ],
)
def test_days_as_people_type_them(text, day):
    assert parse_day(text, TUESDAY) == day


def test_a_month_on_keeps_within_the_month():
    assert parse_day("+1m", dt.date(2027, 1, 31)) == dt.date(2027, 2, 28)
    assert parse_day("-1m", dt.date(2028, 3, 31)) == dt.date(2028, 2, 29)


@pytest.mark.parametrize("text", ["someday", "next", "+2x", "2027-02-30", "+"])
def test_anything_else_says_what_is_accepted(text):
    with pytest.raises(UsageError, match=r"is not a day: write YYYY-MM-DD, today, tomorrow"):
        parse_day(text, TUESDAY)


def test_a_day_back_is_its_options_value_not_an_option(capsys):
    """`--start -3d` as the README writes it: argparse alone takes "-3d" for an option."""
    argv = ["plan", "iccv2027", "--today", "2026-12-01", "--tz", "UTC", "--start", "-3d"]
    assert main(argv) == 0
    assert "Template conference, starting 2026-11-28: " in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["ics", "--alarm", "-1d", "-o", os.devnull])
    assert "argument --alarm: '-1d' is not a duration" in capsys.readouterr().err


def test_plan_starts_next_monday(capsys):
    argv = ["plan", "iccv2027", "--today", "2026-12-01", "--tz", "UTC", "--start", "next monday"]
    assert main(argv) == 0
    assert "Template conference, starting 2026-12-07: " in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["next", "--today", "someday"])
    assert "argument --today: 'someday' is not a day: write YYYY-MM-DD" in capsys.readouterr().err


BIN = Path(sys.executable).parent


def bash_complete(script: str, *words: str) -> list[str]:
    """Run the bash completion function on `words` (the last one being completed)."""
    line = " ".join(words)
    command = (
        f"{script}\nCOMP_WORDS=({line}); COMP_CWORD={len(words) - 1}; _deadlines; "
        'printf "%s\\n" "${COMPREPLY[@]}"'
    )
    env = {**os.environ, "PATH": f"{BIN}:{os.environ.get('PATH', '')}"}
    done = subprocess.run(
        ["bash", "--norc", "-c", command], capture_output=True, text=True, env=env, check=True
    )
    return done.stdout.split()


@pytest.fixture(scope="module")
def bash_script() -> str:
    done = subprocess.run(
        [BIN / "deadlines", "completion", "bash"], capture_output=True, text=True, check=True
    )
    return done.stdout


def test_bash_completes_commands_options_ids_tags_and_choices(bash_script):
    assert bash_complete(bash_script, "deadlines", "ne") == ["next"]
    assert bash_complete(bash_script, "deadlines", "next", "--mo") == ["--months"]
    # every edition of the shipped catalog whose id starts so (CVMI 2022 to 2026)
    cvmi = sorted(e.id for e in catalog.load().series["cvmi"].editions)
    assert len(cvmi) >= 3
    assert bash_complete(bash_script, "deadlines", "show", "cvmi202") == cvmi
    assert bash_complete(bash_script, "deadlines", "next", "--tag", "ro") == ["robotics"]
    assert bash_complete(bash_script, "deadlines", "list", "--kind", "w") == ["workshop"]
    assert bash_complete(bash_script, "deadlines", "plan", "x", "--template", "") == [
        "conference",
        "workshop",
    ]


def test_zsh_and_fish_scripts(capsys):
    assert main(["completion", "zsh"]) == 0
    zsh = capsys.readouterr().out
    assert "autoload -U +X bashcompinit && bashcompinit\n" in zsh
    assert zsh.endswith("complete -F _deadlines deadlines\n")
    assert main(["completion", "fish"]) == 0
    fish = capsys.readouterr().out
    assert (
        "complete -c deadlines -n '__fish_seen_subcommand_from next' -l tag "
        "-xa '(deadlines complete tags 2>/dev/null)'\n" in fish
    )
    assert (
        "complete -c deadlines -n '__fish_seen_subcommand_from list' -l kind "
        "-xa 'conference workshop'\n" in fish
    )
    assert fish.endswith(
        "complete -c deadlines -n '__fish_seen_subcommand_from plan show' "
        "-a '(deadlines complete ids 2>/dev/null)'\n"
    )
