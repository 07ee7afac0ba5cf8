"""Shell completion scripts for bash, zsh and fish, written from the command line's parser.

Commands and options come from the parser itself, so a new option completes without
touching this file. Venue ids, tags and templates come at completion time from
``deadlines complete ids|tags|templates``, which reads the user's own catalogs and config.
"""

from __future__ import annotations

import argparse
import shlex

SHELLS = ("bash", "zsh", "fish")
# Options whose value is a venue id, a tag, a template, a fixed choice or a file.
VALUES = {
    "--tag": "tags",
    "--template": "templates",
    "--parent": "ids",
    "--plan": "ids",
}
FILES = ("--catalog", "--out", "-o", "--output", "--log")
VENUE_ARGS = ("plan", "show")  # commands whose argument is a venue id


Command = tuple[str, list[str], dict[str, list[str]]]  # help, options, options' choices


def commands(parser: argparse.ArgumentParser) -> dict[str, Command]:
    """Each command: its help, its options, and the fixed choices of options that have them."""
    out = {}
    for action in parser._actions:  # noqa: SLF001 - argparse has no public walk of subparsers
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            helps = {a.dest: a.help or "" for a in action._choices_actions}  # noqa: SLF001
            for name, sub in action.choices.items():
                options = [o for a in sub._actions for o in a.option_strings]  # noqa: SLF001
                fixed = {
                    o: [str(c) for c in a.choices]
                    for a in sub._actions  # noqa: SLF001
                    if a.choices and a.option_strings
                    for o in a.option_strings
                }
                out[name] = (helps.get(name, ""), options, fixed)
    return out


def bash(parser: argparse.ArgumentParser) -> str:
    """The bash script (zsh runs it through bashcompinit)."""
    table = commands(parser)
    cases = "".join(
        f"    {name}) opts={shlex.quote(' '.join(options))} ;;\n"
        for name, (_, options, _) in table.items()
    )
    fixed = {o: c for _, _, f in table.values() for o, c in f.items()}
    value_cases = "".join(
        f'    {o}) COMPREPLY=($(compgen -W {shlex.quote(" ".join(c))} -- "$cur")); return ;;\n'
        for o, c in sorted(fixed.items())
    )
    value_cases += "".join(
        f'    {o}) COMPREPLY=($(compgen -W "$(deadlines complete {what} 2>/dev/null)" '
        '-- "$cur")); return ;;\n'
        for o, what in VALUES.items()
    )
    return (
        '# deadlines completion for bash: eval "$(deadlines completion bash)"\n'
        "_deadlines() {\n"
        '  local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"\n'
        '  local cmd="${COMP_WORDS[1]}" opts=""\n'
        '  if [ "$COMP_CWORD" -eq 1 ]; then\n'
        f'    COMPREPLY=($(compgen -W {shlex.quote(" ".join(table))} -- "$cur")); return\n'
        "  fi\n"
        '  case "$prev" in\n'
        f'    {"|".join(FILES)}) COMPREPLY=($(compgen -f -- "$cur")); return ;;\n'
        f"{value_cases}"
        "  esac\n"
        '  case "$cmd" in\n'
        f"{cases}"
        "  esac\n"
        '  if [[ "$cur" == -* ]]; then\n'
        '    COMPREPLY=($(compgen -W "$opts" -- "$cur")); return\n'
        "  fi\n"
        '  case "$cmd" in\n'
        f'    {"|".join(VENUE_ARGS)})\n'
        '      COMPREPLY=($(compgen -W "$(deadlines complete ids 2>/dev/null)" -- "$cur")) ;;\n'
        '    validate) COMPREPLY=($(compgen -f -- "$cur")) ;;\n'
        "  esac\n"
        "}\n"
        "complete -F _deadlines deadlines\n"
    )


def zsh(parser: argparse.ArgumentParser) -> str:
    """The zsh script: the bash one, through zsh's bashcompinit."""
    return (
        '# deadlines completion for zsh: eval "$(deadlines completion zsh)"\n'
        "autoload -U +X compinit && compinit\n"
        "autoload -U +X bashcompinit && bashcompinit\n"
        + bash(parser).split("\n", 1)[1]
    )


def _fish_quote(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def fish(parser: argparse.ArgumentParser) -> str:
    """The fish script."""
    table = commands(parser)
    lines = [
        "# deadlines completion for fish: deadlines completion fish | source",
        "complete -c deadlines -f",
    ]
    for name, (help_, options, fixed) in table.items():
        lines.append(
            f"complete -c deadlines -n __fish_use_subcommand -a {name} -d {_fish_quote(help_)}"
        )
        seen = f"'__fish_seen_subcommand_from {name}'"
        for option in options:
            if not option.startswith("--"):
                continue
            spec = f"complete -c deadlines -n {seen} -l {option[2:]}"
            if option in fixed:
                spec += f" -xa {_fish_quote(' '.join(fixed[option]))}"
            elif option in VALUES:
                spec += f" -xa '(deadlines complete {VALUES[option]} 2>/dev/null)'"
            elif option in FILES:
                spec += " -rF"
            lines.append(spec)
    venue = " ".join(VENUE_ARGS)
    lines.append(
        f"complete -c deadlines -n '__fish_seen_subcommand_from {venue}' "
        "-a '(deadlines complete ids 2>/dev/null)'"
    )
    return "\n".join(lines) + "\n"


def script(shell: str, parser: argparse.ArgumentParser) -> str:
    return {"bash": bash, "zsh": zsh, "fish": fish}[shell](parser)
