"""A call for papers written in LaTeX, as the HTML it typesets.

Theory and programming-languages venues keep their call as a ``.tex`` file (a one-page flyer,
a mailing-list text): its dates sit in a ``tabular`` ('Notification: & 1 Nov 2026 \\\\') or in
paragraphs broken by ``\\\\``. The page reader reads HTML, so the source becomes the markup it
stands for: tables with their rows and cells, sections as headings, paragraphs, ``\\sout`` as
struck text; other commands leave their words. Nothing here is a full TeX reader: macros are not
expanded, and what a command does with its argument beyond showing it is lost.
"""

from __future__ import annotations

import re

# a LaTeX document: its first line (after its comments) a command, its preamble's or its
# body's start ('\\documentclass', '\\begin{document}') at the start of a line (not a
# Markdown page quoting a template)
_LATEX = re.compile(r"\A\ufeff?(?:[ \t]*(?:%[^\n]*)?\n)*[ \t]*\\[A-Za-z]")
_DOCUMENT = re.compile(r"^[ \t]*\\(?:documentclass\b|begin\{document\})", re.MULTILINE)
_COMMENT = re.compile(r"(?<!\\)%[^\n]*")
_GROUP = r"\{(?:[^{}]|\{[^{}]*\})*\}"  # one brace group, one level of braces inside
_TABLE = re.compile(
    # (tabularx and tabular* take a width before the columns' spec)
    rf"\\begin\{{(tabular[x*]?|longtable)\}}(?:\[[^\]]*\])?(?:\{{[^{{}}]*\}}(?=\s*\{{))?{_GROUP}"
    r"(.*?)\\end\{\1\}",
    re.DOTALL,
)
_ROW_END = re.compile(r"\\\\(?:\s*\[[^\]]*\])?")  # '\\' and '\\[2pt]'
_CELL = re.compile(r"(?<!\\)&")
_RULE = re.compile(r"\\(?:hline|toprule|midrule|bottomrule|cline\{[^{}]*\}|cmidrule\S*\{[^{}]*\})")
_HEADING = re.compile(
    r"\\(section|subsection|subsubsection|paragraph)\*?\s*(?:\[[^\]]*\])?\{([^{}]*)\}"
)
_STRUCK = re.compile(r"\\(?:sout|st|xout|cancel)\{([^{}]*)\}")
_LINK = re.compile(r"\\href\{[^{}]*\}")  # the link's address; its text follows in braces
_ENVIRONMENT = re.compile(r"\\(?:begin|end)\{[^{}]*\}(?:\[[^\]]*\])?")
_ITEM = re.compile(r"\\item\b(?:\[([^\]]*)\])?")
_COMMAND = re.compile(r"\\[A-Za-z@]+\*?(?:\[[^\]]*\])?")
_SYMBOLS = {"\\&": "&", "\\%": "%", "\\_": "_", "\\#": "#", "\\$": "$", "---": "—", "--": "–"}


def latex_as_html(source: str) -> str | None:
    """The HTML a LaTeX source stands for, or None when `source` is no LaTeX document."""
    if _LATEX.match(source) is None or _DOCUMENT.search(source) is None:
        return None
    # (the source's own '<' and '>' are text: only the markup written here is markup)
    text = _COMMENT.sub("", source).replace("<", "&lt;").replace(">", "&gt;")
    text = _TABLE.sub(_table, text)
    text = _HEADING.sub(lambda m: f"\n\n<h{_level(m[1])}>{m[2]}</h{_level(m[1])}>\n\n", text)
    text = _ITEM.sub(lambda m: f"\n\n<li>{m[1] + ': ' if m[1] else ''}", text)
    text = _ROW_END.sub("<br>", text)
    return "\n\n".join(f"<p>{_words(p)}</p>" for p in re.split(r"\n[ \t]*\n", text) if p.strip())


def _level(command: str) -> int:
    return {"section": 2, "subsection": 3, "subsubsection": 4}.get(command, 5)


def _table(m: re.Match[str]) -> str:
    """A tabular as an HTML table: one row a '\\\\', one cell an '&'."""
    rows = [_CELL.split(row) for row in _ROW_END.split(_RULE.sub("", m[2]))]
    body = "".join(
        "<tr>" + "".join(f"<td>{_words(cell)}</td>" for cell in row) + "</tr>"
        for row in rows
        if any(cell.strip() for cell in row)
    )
    return f"\n\n<table>{body}</table>\n\n"


def _words(text: str) -> str:
    """What a run of LaTeX shows: its commands' words, struck text marked, no braces."""
    text = _STRUCK.sub(r"<s>\1</s>", _LINK.sub("", _ENVIRONMENT.sub(" ", text)))
    text = _COMMAND.sub(" ", text)
    for symbol, shown in _SYMBOLS.items():
        text = text.replace(symbol, shown)
    return text.replace("{", "").replace("}", "").replace("~", " ")
