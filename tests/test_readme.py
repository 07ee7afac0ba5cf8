"""The README's examples, run as written: commands and their output, catalogs, config files.

A `console` block's `$ deadlines …` lines are run and their output compared with the lines
shown (`...` skips lines); `yaml` blocks must pass `deadlines validate`; `toml` blocks must
load as a config file; every `deadlines` command of `sh` and `cron` blocks must parse.
"""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest

from deadlines import config
from deadlines.cli import _parser, main
from deadlines.templates import templates_from_config

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"^```(\w+)\n(.*?)^```$", README, flags=re.MULTILINE | re.DOTALL)


def blocks(kind: str) -> list[str]:
    return [body for k, body in BLOCKS if k == kind]


def examples() -> list[tuple[str, list[str]]]:
    """Each `$ command` of the console blocks with the output lines shown under it."""
    out: list[tuple[str, list[str]]] = []
    for body in blocks("console"):
        for line in body.splitlines():
            if line.startswith("$ "):
                out.append((line[2:], []))
            elif out:
                out[-1][1].append(line)
    return out


@pytest.fixture
def as_in_the_readme(monkeypatch, tmp_path):
    """A user with no config of their own, `deadlines` in /usr/local/bin, home in /home/me."""
    monkeypatch.delenv("DEADLINES_CONFIG")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("DEADLINES_DATA_DIR", "/home/me/.local/share/deadlines")
    monkeypatch.setattr(shutil, "which", lambda name: f"/usr/local/bin/{name}")


@pytest.mark.parametrize(("command", "shown"), examples(), ids=[c for c, _ in examples()])
def test_console_examples_print_what_the_readme_shows(
    capsys, monkeypatch, as_in_the_readme, command, shown
):
    words = shlex.split(command)
    while "=" in words[0]:  # COLUMNS=80 deadlines …
        name, _, value = words.pop(0).partition("=")
        monkeypatch.setenv(name, value)
    assert words[0] == "deadlines"
    assert main(words[1:]) == 0
    printed = capsys.readouterr().out.splitlines()
    at = 0
    for part in "\n".join(shown).split("..."):
        lines = part.strip("\n").splitlines()
        if not lines:
            continue
        found = next(
            (i for i in range(at, len(printed)) if printed[i : i + len(lines)] == lines), None
        )
        assert found is not None, f"not printed in order: {lines}\n--- printed:\n" + "\n".join(
            printed
        )
        at = found + len(lines)


def test_there_are_examples_of_every_kind():
    assert len(examples()) >= 2
    assert blocks("yaml")
    assert len(blocks("toml")) >= 2


@pytest.mark.parametrize("body", blocks("yaml"))
def test_catalog_examples_validate(capsys, tmp_path, body):
    path = tmp_path / "venues.yaml"
    path.write_text(body, encoding="utf-8")
    assert main(["validate", str(path)]) == 0, capsys.readouterr().err
    assert capsys.readouterr().out.startswith(f"ok: {path}: 1 series, ")


@pytest.mark.parametrize("body", blocks("toml"))
def test_config_examples_load(tmp_path, body):
    path = tmp_path / "config.toml"
    path.write_text(body, encoding="utf-8")
    settings = config.load_settings(path)
    templates_from_config(settings.templates)


def commands_in(kind: str) -> list[str]:
    found = []
    for body in blocks(kind):
        for line in body.splitlines():
            text = line.split(" #", 1)[0].strip()
            if kind == "cron" and text:
                text = text.split(None, 5)[5].split(">>")[0]
            if text.startswith("deadlines "):
                found.append(text)
    return found


@pytest.mark.parametrize("command", commands_in("sh") + commands_in("cron"))
def test_every_command_shown_parses(command):
    _parser().parse_args(shlex.split(command)[1:])
