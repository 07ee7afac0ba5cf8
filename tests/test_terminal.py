"""Terminal output: tables within the terminal's width, colour only where it is wanted."""

from __future__ import annotations

import pytest

from deadlines import config, render
from deadlines.cli import main
from deadlines.render import Col, Styled

COMMANDS = [
    ("next",),
    ("next", "--months", "6", "--window", "12"),
    ("list",),
    ("list", "--all"),
    ("show", "cvmi2027"),
    ("show", "cvpr2027"),
    ("plan", "cvmi2027"),
    ("plan", "iccv2027"),
]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main([*argv, "--today", "2026-12-01", "--tz", "Europe/Berlin"]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("argv", COMMANDS, ids=" ".join)
@pytest.mark.parametrize("columns", [80, 120])
def test_no_line_is_wider_than_the_terminal(capsys, monkeypatch, argv, columns):
    monkeypatch.setenv("COLUMNS", str(columns))
    out = run(capsys, *argv)
    assert out.count("\n") > 5
    assert max(len(line) for line in out.splitlines()) <= columns
    assert "\x1b[" not in out  # not a terminal: no colour


def test_next_at_80_columns_keeps_ids_whole_and_wraps_names_in_their_column(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    lines = run(capsys, "next").splitlines()
    # the longest id (agentic-visual-media2027) stays whole; START BY gives way first
    assert lines[3].split() == ["ID", "VENUE", "DEADLINE", "LEFT", "PLAN"]
    row = "video-world-models2027    Video World Models      2027-03-09 12:59~  98d   ok"
    at = lines.index(row)
    assert lines[at + 1 : at + 4] == [
        "                          2027 @ CVPR 2027",
        "                          (Track 1",
        "                          (proceedings))",
    ]


def test_a_pipe_without_columns_gets_whole_lines(capsys):
    out = run(capsys, "next")
    row = next(line for line in out.splitlines() if line.startswith("video-world-models2027 "))
    assert "Video World Models 2027 @ CVPR 2027 (Track 1 (proceedings))" in row
    assert "2027-03-08 23:59 AoE" in row  # AS STATED is kept when there is room


def test_table_drops_columns_in_order_then_wraps_the_flexible_ones():
    cols = (Col("ID"), Col("NAME", min=6), Col("EXTRA", drop=1), Col("N"))
    rows = [("a1", "alpha beta gamma", "xxxxxxxx", "1"), ("b22", "delta", "y", "22")]
    assert render.table(cols, rows) == [
        "ID   NAME              EXTRA     N",
        "a1   alpha beta gamma  xxxxxxxx  1",
        "b22  delta             y         22",
    ]
    assert render.table(cols, rows, width=20) == [
        "ID   NAME         N",
        "a1   alpha beta   1",
        "     gamma",
        "b22  delta        22",
    ]
    assert render.table(cols, rows, width=14) == [
        "ID   NAME    N",
        "a1   alpha   1",
        "     beta",
        "     gamma",
        "b22  delta   22",
    ]


def test_colour_marks_status_and_urgency_and_pads_outside_the_codes():
    cols = (Col("LEFT"), Col("STATUS"))
    rows = [(Styled("9d", "red"), Styled("estimated", "yellow"))]
    assert render.table(cols, rows, colour=True) == [
        "\x1b[1mLEFT\x1b[0m  \x1b[1mSTATUS\x1b[0m",
        "\x1b[31m9d\x1b[0m    \x1b[33mestimated\x1b[0m",
    ]
    assert render.days_style(13) == "red"
    assert render.days_style(30) == "yellow"
    assert render.days_style(31) is None


def test_colour_only_on_a_terminal_without_no_color(monkeypatch):
    monkeypatch.setenv("TERM", "xterm-256color")
    assert config.colour_wanted(tty=True)
    assert not config.colour_wanted(tty=False)
    monkeypatch.setenv("NO_COLOR", "1")
    assert not config.colour_wanted(tty=True)
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("TERM", "dumb")
    assert not config.colour_wanted(tty=True)


def test_terminal_width_comes_from_columns_then_the_terminal(monkeypatch):
    assert config.terminal_width(tty=False) is None
    monkeypatch.setenv("COLUMNS", "72")
    assert config.terminal_width(tty=False) == 72
    monkeypatch.setenv("COLUMNS", "wide")
    assert config.terminal_width(tty=False) is None


def test_show_has_human_labels_and_each_deadlines_note(capsys, tmp_path):
    lab = tmp_path / "lab.yaml"
    lab.write_text(
        """\
version: 1
series:
  - id: wip
    name: WIP
    kind: workshop
    editions:
      - year: 2027
        parent: cvpr2027
        timezone: AoE
        deadlines:
          - {kind: paper, at: '2027-03-01', source: https://wip.example/}
          - kind: abstract
            at: '2027-03-22'
            source: https://wip.example/
            note: work-in-progress track (two-page abstracts)
          - {kind: camera_ready, at: '2027-04-10', source: https://wip.example/}
""",
        encoding="utf-8",
    )
    out = run(capsys, "show", "wip2027", "--catalog", str(lab))
    assert "  abstract                2027-03-23 12:59 Tue\n" in out
    assert "      note: work-in-progress track (two-page abstracts)\n" in out
    assert "  camera-ready            2027-04-11 13:59 Sun\n" in out
    assert "camera_ready" not in out
