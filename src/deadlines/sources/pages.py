"""A generic reader of "important dates" on any conference's or workshop's own page.

The page is flattened, in one pass of an event parser (linear in its size), into lines: a
table row, a list item, a paragraph or a ``<br>``-ended run is one line; cells are joined by
``|``; a line break in the source is a space; struck-out text (``<del>``/``<s>``/``<strike>``)
is marked; each line keeps the ids of the blocks it sits in. The lines are then read as the
structure of a dates section:

* a date's label is the text before it on its line, or the short line above it, or — when
  neither says anything (``<b>March 14</b> Paper submission``), or when the date and the line
  below share a block the line above is not in (a timeline card) — the text after it or the
  line below it; a card's notes give its time and zone;
* one label may carry several dates with their tracks written after them
  (``March 10 (archival); April 13 (non-archival)``), and a run of dates may each be followed
  by its label (``Apr 27 Release · May 29 Submission deadline``);
* headings are context, not labels: they name tracks ("Archival (8 pages)") and challenges,
  and a challenge's own deadlines get their own kind, decided by the nearest of label, line
  and headings (a test phase or a leaderboard is a competition's; "Challenges and
  Opportunities" in a title is prose); a challenge's results are reported, not read as a
  deadline; dates under "News" are announcements; a rule stated in a sentence outside a
  dates section, and dates left in an HTML comment, are reported and not read;
* one date said twice is one deadline, known by where a dates list says it: tracks named
  alike ("Regular Track") are one track, and a track under its own heading is kept even when
  a dates list elsewhere names other dates of the same kind;
* a struck date followed by a live one is an extension: the struck value becomes the
  deadline's history; a struck day inside a date (``March <s>11</s> 17``) is read the same way,
  and so is a sentence that extends the one deadline of its kind ("The submission deadline has
  been extended to March 22");
* a date with no time is the end of that day (23:59); a date with no zone takes the zone a
  heading or a note states ("Timeline (11:59 PM, Pacific Time)", "All deadlines are AoE",
  "Times are in UTC"),
  and failing that is read as AoE and marked assumed;
* what the reader is unsure of is reported, never dropped silently: a date with no label, a
  label it does not know, two readings of one deadline, placeholders ("??", "TBD", "TBC"), a
  month with no day ("mid-October", "Registration: April 2026"), wrong weekdays and misspelt
  ordinals.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from typing import Any

from deadlines.models import DeadlineKind
from deadlines.sources import dates as dates_
from deadlines.sources.dates import Found

STRUCK_OPEN, STRUCK_CLOSE, HEADING = "\x01", "\x02", "\x03"
PATH_OPEN, PATH_CLOSE = "\x04", "\x05"  # around the ids of the blocks a line starts in
_PATH = re.compile(PATH_OPEN + "([0-9,]*)" + PATH_CLOSE)
_PATH_DEPTH = 4  # innermost blocks recorded per line: enough to tell a card from its list
_BLOCKS = {
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "center",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "ul",
    "caption",
}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_STRUCK = {"del", "s", "strike"}
_BOLD = {"b", "strong"}
# elements that have no end tag, so no struck text of their own
_VOID = {"br", "hr", "img", "input", "meta", "link", "wbr", "source", "col", "area", "embed"}
_LINE_THROUGH = re.compile(r"text-decoration(?:-line)?\s*:[^;]*line-through", re.IGNORECASE)
# the classes CSS frameworks strike text with (Tailwind, Bootstrap 5)
_STRUCK_CLASSES = frozenset({"line-through", "text-decoration-line-through"})
# a style sheet's rules that strike a class: '.old-date { text-decoration: line-through }'
_CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_STYLE_SHEET = re.compile(r"<style\b[^>]*>(.*?)</style\s*>", re.IGNORECASE | re.DOTALL)


def _struck_classes(html: str) -> frozenset[str]:
    """The classes a page's own style sheets strike through (not on hover or other states)."""
    found = set()
    for sheet in _STYLE_SHEET.findall(html):
        for selectors, body in _CSS_RULE.findall(sheet):
            if not _LINE_THROUGH.search(body):
                continue
            for selector in selectors.split(","):
                last = selector.strip().split()[-1] if selector.strip() else ""
                if ":" not in last and (m := re.search(r"\.([\w-]+)$", last)):
                    found.add(m.group(1))
    return frozenset(found)


@dataclass(frozen=True)
class Line:
    text: str  # with STRUCK_OPEN/STRUCK_CLOSE marks
    level: int = 0  # 1-6 for <h1>-<h6>, 7 for a table row that heads a section, 0 otherwise
    blocks: tuple[int, ...] = ()  # ids of the innermost blocks the line sits in

    def shared(self, other: Line) -> int:
        """The id of the innermost block both lines sit in (-1: none known)."""
        return max(set(self.blocks) & set(other.blocks), default=-1)

    @property
    def heading(self) -> bool:
        return self.level > 0

    @property
    def plain(self) -> str:
        return " ".join(self.text.replace(STRUCK_OPEN, " ").replace(STRUCK_CLOSE, " ").split())


_TILDES = re.compile(r"~~(?=\S)(.{1,60}?)(?<=\S)~~")
# symbols and pictographs that open a line: bullets and emoji, never a word or a bracket
_LEAD_SYMBOLS = re.compile(
    r"^(?:[\u2022\u2300-\u23ff\u25aa-\u25ff\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]+\s*)+"
)


# typographic ligatures, as text pasted from a PDF keeps them: 'Notiﬁcation'
_LIGATURES = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
)


def page_lines(html: str | bytes) -> list[Line]:
    """Flatten a page into lines; struck text is marked, headings flagged.

    One pass of the standard library's event parser over the page, so the time is linear in
    its size however deeply its elements nest (a tree that is edited in place is not).
    """
    if isinstance(html, bytes):
        html = _decode(html)
    flattener = _Flattener(_struck_classes(html))
    # '--!>' ends a comment as browsers read HTML (the standard library's parser reads on)
    flattener.feed(html.replace("--!>", "-->"))
    flattener.close()
    lines = []
    for raw in flattener.text().split("\n"):
        path = ""
        if raw.startswith(PATH_OPEN):
            close = raw.find(PATH_CLOSE)
            path, raw = raw[1:close], raw[close + 1 :]  # noqa: PLW2901
            if not raw.strip():
                continue
        if PATH_OPEN in raw:  # blocks inside a table cell
            raw = _PATH.sub("", raw)  # noqa: PLW2901
        level = int(m.group(1)) if (m := re.search(HEADING + "([1-7])", raw)) else 0
        blocks = tuple(int(b) for b in path.split(",") if b)
        text = re.sub(HEADING + "[1-7]?", " ", raw).replace("\xa0", " ").translate(_LIGATURES)
        text = " ".join(text.split())
        text = re.sub(r"(\s*\|\s*)+$", "", text).strip()
        text = re.sub(r"^(\|\s*)+", "", text).strip()
        # Markdown's strike left as text by a renderer without it (kramdown): '~~April 1~~'
        text = _TILDES.sub(STRUCK_OPEN + r"\1" + STRUCK_CLOSE, text)
        text = _LEAD_SYMBOLS.sub("", text)  # '📝 Paper deadline', '• Notification'
        if text.replace(STRUCK_OPEN, "").replace(STRUCK_CLOSE, "").strip(" |"):
            lines.append(Line(text, level, blocks))
    return lines


def _decode(body: bytes) -> str:
    head = body[:2048].decode("ascii", "replace")
    m = re.search(r"""charset=["']?([A-Za-z0-9_-]+)""", head)
    for encoding in (m.group(1) if m else "utf-8", "utf-8"):
        try:
            return body.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("utf-8", "replace")


_SKIPPED = {"script", "style", "head", "template", "svg", "title"}  # <noscript> is text
_SECTIONS = {"tbody", "thead", "tfoot"}
_STAMP_YEAR = re.compile(r"((?:19|20)\d{2})-\d{2}-\d{2}")  # a <time>'s machine-read date
_YEAR_IN = re.compile(r"\b(?:19|20)\d{2}\b|[’']\d{2}\b")
_STRUCK_RESET = {"tr", "li", "table", "ul", "ol", "dl", "body"}
_ZIP_MAX = 4000  # characters: a cell longer than this is not a column of stacked lines
_JOIN_MAX = 60  # characters: a cell this short is one line of its row, whatever its <br>s

Parts = list[Any]  # strings and nested part lists, flattened once at the end


@dataclass
class _Cell:
    tag: str
    attrs: dict[str, str]
    parts: Parts = field(default_factory=list)
    filled: bool = False  # holds some text
    plain: bool = True  # holds text only (no table), so its lines can be zipped
    size: int = 0
    bold: bool = True  # all its text is bold ('<td><b>Industry Track</b></td>')


@dataclass
class _Row:
    cells: list[_Cell] = field(default_factory=list)
    loose: Parts = field(default_factory=list)  # text inside the row but outside any cell
    open: _Cell | None = None


@dataclass
class _Table:
    outer: Parts  # where the table's rows go
    cell: _Cell | None  # the cell the table sits in, if any
    row: _Row | None = None
    columns: list[str] | None = None  # a header row's cells ('Milestone | Round 1 | Round 2')
    spans: list[tuple[int, _Cell, int]] = field(default_factory=list)  # column, cell, rows left
    rows: int = 0  # rows of two or more filled cells: a title or spacer row above is not one


class _Flattener(HTMLParser):
    """Turn HTML into text with a line per block, struck text marked, table rows kept whole.

    Text is kept as nested lists of parts and joined once, so a row's text is never copied
    again by the rows around it however deeply tables nest.
    """

    def __init__(self, struck_classes: frozenset[str] = frozenset()) -> None:
        super().__init__(convert_charrefs=True)
        self._out: Parts = []
        self._tables: list[_Table] = []
        self._skip = 0
        self._struck = 0
        self._struck_classes = _STRUCK_CLASSES | struck_classes
        self._time: tuple[str, list[str]] | None = None  # an open <time>: its year, its text
        self._styled: list[list[Any]] = []  # [tag, nested same tags] of elements struck by CSS
        self._pre = 0
        self._blocks: list[str] = []  # open block elements
        self._ids: list[str] = []  # and their ids
        self._serial = 0
        self._bold = 0

    def _newline(self) -> str:
        return "\n" + PATH_OPEN + ",".join(self._ids[-_PATH_DEPTH:]) + PATH_CLOSE

    def _open_block(self, tag: str) -> None:
        self._serial += 1
        self._blocks.append(tag)
        self._ids.append(str(self._serial))

    def _close_block(self, tag: str) -> None:
        for depth in range(len(self._blocks) - 1, max(-1, len(self._blocks) - 9), -1):
            if self._blocks[depth] == tag:  # a stray end tag closes nothing
                del self._blocks[depth:], self._ids[depth:]
                return

    def text(self) -> str:
        while self._tables:
            self._end_table()
        return "".join(_flatten(self._out))

    def _sink(self) -> Parts:
        if not self._tables:
            return self._out
        table = self._tables[-1]
        if table.row is None:
            return table.outer
        row = table.row
        return row.open.parts if row.open is not None else row.loose

    def _cell(self) -> _Cell | None:
        if not self._tables:
            return None
        table = self._tables[-1]
        if table.row is None:
            return table.cell
        return table.row.open or table.cell

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self._skip = 0  # a head left open ends where the body starts
        if tag in _SKIPPED:
            self._skip += 1
            return
        if self._skip or tag in _SECTIONS:
            return
        if tag == "table":
            cell = self._cell()
            if cell is not None:
                cell.plain = False
            self._tables.append(_Table(self._sink(), cell))
            return
        if tag == "tr":
            if not self._tables:
                self._tables.append(_Table(self._sink(), None))
            self._end_row()  # an unclosed row ends where the next one starts
            self._tables[-1].row = _Row()
            return
        if tag in {"td", "th"}:
            if not self._tables:
                self._tables.append(_Table(self._sink(), None))
            table = self._tables[-1]
            if table.row is None:
                table.row = _Row()
            row = table.row
            if row.open is not None:
                row.cells.append(row.open)
            row.open = _Cell(tag, {k: v or "" for k, v in attrs})
            return
        if tag == "pre":
            self._pre += 1
        if tag in _BOLD:
            self._bold += 1
        if tag in _STRUCK:
            self._struck += 1
            self._sink().append(STRUCK_OPEN)
        elif tag == "br":  # a heading broken over two lines is one title ('Paper<br>Submission')
            in_heading = bool(self._blocks) and self._blocks[-1] in _HEADINGS
            self._sink().append(" " if in_heading else self._struck_newline())
        elif tag in _HEADINGS:
            self._open_block(tag)
            self._sink().append(self._newline() + HEADING + tag[1])
        elif tag in _BLOCKS:
            if tag != "hr":
                self._open_block(tag)
            self._sink().append(self._struck_newline())
        if tag == "time":
            stamp = dict(attrs).get("datetime") or ""
            self._time = (m.group(1), []) if (m := _STAMP_YEAR.match(stamp)) else None
        if tag in _STRUCK or tag in _VOID:
            return
        if self._styled and self._styled[-1][0] == tag:
            self._styled[-1][1] += 1
        elif self._struck_by_css(attrs):  # '<span style="text-decoration: line-through">'
            self._styled.append([tag, 0])
            self._struck += 1
            self._sink().append(STRUCK_OPEN)

    def _struck_by_css(self, attrs: list[tuple[str, str | None]]) -> bool:
        for name, value in attrs:
            if name == "style" and value and _LINE_THROUGH.search(value):
                return True
            if name == "class" and value and not self._struck_classes.isdisjoint(value.split()):
                return True
        return False

    def _struck_newline(self) -> str:
        """A new line that stays struck when a strike spans it (``<del><li>…</li></del>``)."""
        if not self._struck:
            return self._newline()
        return STRUCK_CLOSE * self._struck + self._newline() + STRUCK_OPEN * self._struck

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            return
        self.handle_starttag(tag, attrs)
        if tag not in {"br", "hr"} and tag not in _STRUCK:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "br":  # '</br>', which browsers read as a line break
            self.handle_starttag(tag, [])
            return
        if tag == "time" and self._time is not None and not self._skip:
            # '<time datetime="2026-08-22">August 22</time>': the year the text leaves out
            year, said = self._time
            text = "".join(said)
            if re.search(dates_.MONTH, text, re.IGNORECASE) and not _YEAR_IN.search(text):
                self._sink().append(f", {year}")
            self._time = None
        if tag in _SKIPPED:
            self._skip = max(0, self._skip - 1)
            return
        if self._skip or tag in _SECTIONS:
            return
        if tag in {"td", "th"}:
            row = self._tables[-1].row if self._tables else None
            if row is not None and row.open is not None:
                row.cells.append(row.open)
                row.open = None
            return
        if tag == "tr":
            self._end_row()
            return
        if tag == "table":
            if self._tables:
                self._end_table()
            self._struck = 0
            self._styled.clear()
            return
        if tag == "pre":
            self._pre = max(0, self._pre - 1)
        if tag in _BOLD:
            self._bold = max(0, self._bold - 1)
        if self._styled and self._styled[-1][0] == tag and tag not in _STRUCK:
            if self._styled[-1][1]:
                self._styled[-1][1] -= 1
            else:
                self._styled.pop()
                if self._struck:
                    self._struck -= 1
                    self._sink().append(STRUCK_CLOSE)
        if tag in _STRUCK:
            if self._struck:
                self._struck -= 1
                self._sink().append(STRUCK_CLOSE)
        elif tag in _STRUCK_RESET and self._struck:
            self._sink().append(STRUCK_CLOSE * self._struck)
            self._struck = 0
            self._styled.clear()
        if tag in _HEADINGS or tag in _BLOCKS:
            self._close_block(tag)
            self._sink().append(self._newline())

    def _markdown_lines(self, data: str) -> str:
        """Markdown left unrendered in a page ('# Important dates\\n- Submission: May 2'):
        its lines are lines, its '#' lines headings."""
        out = []
        for line in data.split("\n"):
            text = " ".join(line.split())
            if heading := _MARKDOWN_HEADING.match(text):
                out.append(self._newline() + HEADING + str(len(heading.group(1))))
                out.append(heading.group(2) + self._newline())
            else:
                out.append(self._newline() + text)
        return "".join(out)

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if not self._pre and _markdown(data):
            data = self._markdown_lines(data)
        elif not self._pre:
            data = re.sub(r"[ \t\r\n\f]+", " ", data)  # a line break in the source is a space
        self._sink().append(data)
        if self._time is not None:
            self._time[1].append(data)
        cell = self._cell()
        if cell is not None:
            cell.size += len(data)
            cell.filled = cell.filled or bool(data.strip())
            cell.bold = cell.bold and (self._bold > 0 or not data.strip())

    def _end_row(self) -> None:
        if not self._tables or self._tables[-1].row is None:
            return
        table = self._tables[-1]
        row = table.row
        assert row is not None
        table.row = None
        if row.open is not None:
            row.cells.append(row.open)
            row.open = None
        _spread_rows(table, row)
        if table.cell is not None and any(c.filled for c in row.cells):
            table.cell.filled = True
        wide = sum(c.filled for c in row.cells) >= 2
        table.rows += wide
        if len(row.cells) >= 3 and wide and _header_row(row, first=table.rows == 1):
            table.columns = [_cell_text(c) for c in row.cells]
        elif (
            table.columns
            and len(row.cells) == len(table.columns)
            and (split := _by_column(row, table.columns)) is not None
        ):
            table.outer.append(split)
            return
        table.outer.append(_row_parts(row))

    def _end_table(self) -> None:
        self._end_row()
        self._tables.pop()


_MAX_ROWSPAN = 50


def _spread_rows(table: _Table, row: _Row) -> None:
    """Give a row the cells that rows above span into it ('<td rowspan=2>Paper deadline</td>'
    labels the date of the row below too), and note the spans this row starts."""
    carried = sorted(table.spans, key=lambda span: span[0])
    for column, cell, _ in carried:
        row.cells.insert(min(column, len(row.cells)), cell)
    table.spans = [(c, cell, left - 1) for c, cell, left in carried if left > 1]
    spanning = {c for c, _, _ in carried}
    for column, cell in enumerate(row.cells):
        rows = cell.attrs.get("rowspan", "")
        if column not in spanning and rows.isdigit() and int(rows) > 1:
            table.spans.append((column, cell, min(int(rows), _MAX_ROWSPAN) - 1))


_MARKDOWN_LINE = re.compile(r"^[ \t]*(?:[-*+]|#{1,6}|\d{1,2}\.)[ \t]+\S", re.MULTILINE)
_MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+(.+)$")


def _markdown(data: str) -> bool:
    """Whether text holds lines of Markdown: two or more list items or '#' headings."""
    return data.count("\n") >= 2 and len(_MARKDOWN_LINE.findall(data)) >= 2


def _flatten(parts: Parts) -> list[str]:
    """The strings of nested part lists, in order, without recursion."""
    out: list[str] = []
    stack = [iter(parts)]
    while stack:
        for part in stack[-1]:
            if isinstance(part, list):
                stack.append(iter(part))
                break
            out.append(part)
        else:
            stack.pop()
    return out


def _row_parts(row: _Row) -> Parts:
    """One line per row, cells joined by '|'; a two-column row of stacked lines is zipped.

    Weebly-style pages put every label in one cell and every date in the next, one per
    ``<br>``; read line *i* of the first with line *i* of the second. A row whose one cell
    spans the table (or is styled as a heading) heads the rows below it.
    """
    cells = row.cells
    if (
        len(cells) == 2
        and cells[1].tag == "td"  # the first may be the row's header: <th>Label</th>
        and all(c.plain and c.size <= _ZIP_MAX for c in cells)
        and all(isinstance(p, str) for c in cells for p in c.parts)
    ):
        columns = []
        for cell in cells:
            text = _PATH.sub("", "".join(cell.parts))
            parts = [" ".join(p.replace("\xa0", " ").split()) for p in text.split("\n")]
            while parts and not parts[-1]:
                parts.pop()
            columns.append(parts)
        left, right = columns
        if len(left) != len(right):  # blank first lines line up nothing then
            left, right = _drop_leading_blanks(left), _drop_leading_blanks(right)
        # else a blank first line keeps the cells in step: '<td>Workshop A<br>April 4<br>…'
        # beside '<td><br>Submission deadline<br>…'
        if len(left) >= 2 and len(left) == len(right):
            pairs = [f"\n{a} | {b}\n" for a, b in zip(left, right, strict=True) if a or b]
            return [row.loose, *pairs]
        if len(left) == 1 and len(right) > 1:  # one label, its struck dates stacked: one line
            return [row.loose, f"\n{left[0]} | {' '.join(right)}\n"]
    filled = [c for c in cells if c.filled]
    out: Parts = ["\n", HEADING + "7" if _zone_header(cells) else "", row.loose]
    for cell in cells:
        heading = filled == [cell] and (
            bool(cell.attrs.get("colspan") or "heading" in cell.attrs.get("class", ""))
            # a bold cell beside empty ones: '<td><b>Industry Track</b></td><td></td>'
            or (len(cells) >= 2 and cell.bold and not dates_.find_dates(_cell_text(cell)))
        )
        content: Parts = cell.parts
        if cell.plain and len(filled) >= 2 and cell.size <= _JOIN_MAX:
            # a short cell's lines are one: 'Mar 30, 2026<br>23:59 AoE'
            content = ["".join(_flatten(cell.parts)).replace("\n", " ")]
        out.extend([HEADING + "7" if heading else "", content, " | "])
    out.append("\n")
    return out


def _drop_leading_blanks(lines: list[str]) -> list[str]:
    first = next((i for i, line in enumerate(lines) if line), len(lines))
    return lines[first:]


def _cell_text(cell: _Cell) -> str:
    return " ".join(_PATH.sub("", "".join(_flatten(cell.parts))).replace("\xa0", " ").split())


# column headers that say one column supersedes another: 'Original deadline | New deadline'
_SUPERSEDING = re.compile(
    r"\b(?:new|extended|original|old|previous|updated|revised|postponed)\b", re.IGNORECASE
)


def _header_row(row: _Row, *, first: bool) -> bool:
    """Whether a row names the columns below it: header cells, or a table's first row of
    short words and no date ('| Deadline | Notification')."""
    if all(c.tag == "th" for c in row.cells):
        return True
    texts = [_cell_text(c) for c in row.cells]
    filled = [t for t in texts if t]
    return (
        first
        and len(filled) >= 2
        and all(len(t.split()) <= _HEADER_WORDS for t in filled)
        and not any(dates_.find_dates(t) for t in filled)
    )


_HEADER_WORDS = 4


def _by_column(row: _Row, columns: list[str]) -> Parts | None:
    """A row of a table whose columns are tracks ('Milestone | Round 1 | Round 2'), as one
    line per column with a date: 'Paper submission (Round 1) | Feb 10, 2026'. None when the
    row is not such (one date, no label, or columns that supersede one another)."""
    texts = [_cell_text(c) for c in row.cells]
    label = texts[0]
    dated = [i for i, t in enumerate(texts[1:], 1) if dates_.find_dates(t)]
    if (
        len(dated) < 2
        or not label
        or dates_.find_dates(label)
        or any(_SUPERSEDING.search(columns[i]) or not columns[i] for i in dated)
    ):
        return None
    # a column that names a kind completes the label ('Early-Bird Submission' + 'Notification');
    # any other names a track ('Paper submission (Round 1)')
    named = [
        f"{label} {columns[i]}" if classify(columns[i]) else f"{label} ({columns[i]})"
        for i in dated
    ]
    return [row.loose, *(f"\n{n} | {texts[i]}\n" for n, i in zip(named, dated, strict=True))]


def _zone_header(cells: list[_Cell]) -> bool:
    """Whether a row of column headers states the zone of the dates below ('Dates (PST)')."""
    if len(cells) < 2 or any(c.tag != "th" for c in cells):  # '| Datetime (AOE)'
        return False
    text = " ".join(
        s for c in cells if c.filled for s in _flatten(c.parts) if s and s[0] != PATH_OPEN
    )
    return bool(dates_.find_clock(text).zone) and not dates_.find_dates(text)


# --- what a label means -----------------------------------------------------------------

_SKIP = re.compile(
    r"proposal|tutorial|exhibit|demo application|visa|early registration|registration deadline"
    r"|review(?:s)? (?:submitted|deadline|due)|review bidding|review period|bidding"
    r"|^\W*review(?:ing)? of\b"  # 'Review of Working Notes': the reviewers' weeks
    r"|area chair|ac meeting|reviewer|submission (?:site |website |portal )?open|opens?\b"
    r"|(?<!decisions )(?<!decision )announced|start of|starting|\bstarts?\b|\bbegins?\b"
    r"|travel|grant|award|winner|posted|launch|call for"
    # an application, unless a paper's type: 'Regular application/industry paper submission'
    r"|application(?!s?(?:\s*(?:/|&|,|-|\band\b)\s*\w+)?\s+(?:papers?|track))"
    r"|finali[sz]ed program"
    r"|release of (?:data|dataset)|dataset release|test (?:set|data)|leaderboard|start date"
    r"|discussion|(?<!& )(?<!and )copyright|workshop paper presentation|data available|server open"
    r"|distributed|assigned|assignment|program committee|review\w* submission",
    re.IGNORECASE,
)
_TITLE = re.compile(  # the title of a dates section, not a label
    r"^(?:\W*(?:important|key|submission)\W+)?(?:dates|deadlines|timeline)\b", re.IGNORECASE
)
_EVENT = re.compile(
    r"^(?:the )?(?:main )?(?:conference|workshop)(?: date| day| dates)?s?$|^workshop (?:date|day)"
    r"|^event date|^main conference(?!.*(?:deadline|submi|\bdue\b|notif|camera))"
    r"|^\w+ workshop(?: date| day)?$|^paper presentations?$",
    re.IGNORECASE,
)
_KINDS: list[tuple[re.Pattern[str], DeadlineKind]] = [
    (
        re.compile(
            r"camer[aey]|(?:publication|print|press)[- ]ready"
            r"|final (?:(?:accessible|camera|revised)\s+)?(?:version|paper|manuscript|pdf)"
            r"|final submission|revisions? due"
            r"|revised (?:papers?|versions?|manuscripts?) due"
            # French, Spanish, German calls: 'version finale', 'versión final', 'Endfassung'
            r"|versi[oó]n (?:finale?|d[ée]finitive)|\bendfassung|vers[aã]o final|versione finale",
            re.IGNORECASE,
        ),
        DeadlineKind.CAMERA_READY,
    ),
    (re.compile(r"^(?!.*paper).*supplement", re.IGNORECASE), DeadlineKind.SUPPLEMENTARY),
    (re.compile(r"rebuttal", re.IGNORECASE), DeadlineKind.REBUTTAL_END),
    (
        re.compile(r"reviews? (?:released|to authors|release|(?:are |is )?availab)", re.IGNORECASE),
        DeadlineKind.REVIEW_RELEASE,
    ),
    (
        re.compile(
            r"notif|decision|accept(?!ed papers?\b)|final decisions|results? (?:to|announced)"
            r"|r[ée]ponse aux auteurs|benachrichtigung",
            re.IGNORECASE,
        ),
        DeadlineKind.NOTIFICATION,
    ),
    # 'Commitment deadline': committing reviewed papers (ACL Rolling Review) to a venue, also
    # said as 'Submission deadline (papers with ARR reviews)' or '… of ARR-reviewed papers'
    (
        re.compile(
            r"\bcommit(?:ment)?\b|\bwith (?:\w+[- ]){0,2}reviews\b|\b(?:pre|already)[- ]reviewed"
            r"|\bARR[- ]reviewed",
            re.IGNORECASE,
        ),
        DeadlineKind.COMMITMENT,
    ),
    (  # a short paper, or a track's own deadline
        re.compile(
            r"extended abstract|abstract paper|track(?:\s*\([^()]{1,30}\))?\s+deadline"
            r"|\b(?:non-?)?archival deadline"
            # a shared task's papers: CLEF and FIRE's working notes, SemEval's system papers
            r"|\bworking[- ]notes?\b|\bsystem (?:description )?papers?\b"
            # a page count: the abstract is the submission itself ('1-page abstracts')
            r"|\b(?:\d+|one|two|three|four)[- ]pages? abstracts?",
            re.IGNORECASE,
        ),
        DeadlineKind.PAPER,
    ),
    (  # a short paper or an abstract: either is the submission itself
        re.compile(
            r"papers?\s+or\s+(?:extended\s+)?abstracts?|abstracts?\s+or\s+(?:\w+\s+)?papers?",
            re.IGNORECASE,
        ),
        DeadlineKind.PAPER,
    ),
    # and in French, Spanish, Portuguese, German and Italian calls
    (
        re.compile(
            r"abstract|r[ée]sum[ée]s?\b|\bres[uú]m(?:o|os|en|enes)\b|kurzfassung|riassunt",
            re.IGNORECASE,
        ),
        DeadlineKind.ABSTRACT,
    ),
    (
        re.compile(r"(?:paper|author)s? (?:and author )?registration", re.IGNORECASE),
        DeadlineKind.REGISTRATION,
    ),
    (
        re.compile(
            # a bare 'Deadline: March 3' names the paper's, 'Deadline for …' names its object
            r"paper|submission|submit|manuscript|^(?:the )?deadline(?!\s+for\b)"
            r"|^(?:the )?due date$"
            r"|soumission|\benv[ií]o\b|einreichung|date limite|fecha l[ií]mite"
            r"|submiss[aã]o|sottomissione|\binvio\b|\bprazo\b|\bscadenza\b",
            re.IGNORECASE,
        ),
        DeadlineKind.PAPER,
    ),
]
_PAGE_STAMP = re.compile(
    r"\blast (?:modified|updated|changed|edited)\b|\b(?:modified|updated) by commit\b",
    re.IGNORECASE,
)
_SKIP_SECTION = re.compile(
    r"travel|grant|scholarship|fellowship|volunteer|mentor|schedule"
    r"|(?:workshop|tutorial)s?\s+proposals?",
    re.IGNORECASE,
)
_PROGRAMME = re.compile(r"schedule|program", re.IGNORECASE)  # its zone notes are the talks'
_VERB = re.compile(
    r"\b(?:has|have|had|is|are|was|were|will|be|been|must|should|need|please)\b", re.IGNORECASE
)
# 'The deadline is 26 February 2025', 'the submission deadline is …': a sentence naming it
_BARE_DEADLINE = re.compile(
    r"(?:the\s+)?(?:paper\s+)?(?:submission\s+)?deadline(?:\s+for\s+submissions?)?"
    r"(?:\s+(?:is|was)\s+(?:set|fixed)(?:\s+(?:to|for))?)?",  # 'The submission deadline is set to'
    re.IGNORECASE,
)
_KIND_WORDS = re.compile(
    r"paper|abstract|notif|decision|accept|camera|supplement|rebuttal"
    r"|submissions?\b.{0,40}\b(?:due|close|open\s+until)",  # 'Submissions are due March 3'
    re.IGNORECASE,
)
_CHALLENGE = re.compile(
    r"challenge|competition|contest\b|participants?\b|\btest(?:ing)?[- ](?:phase|server|submission)"
    r"|\bresults?\s+(?:submission|due)|\bsubmission\s+of\s+(?:the\s+)?results\b"
    r"|\bdocker\b|\bcontainer\s+submission"
    r"|leaderboard|validation phase"
    # a shared task's system outputs ('Run Submission Deadline', 'submission of runs')
    r"|\bruns?\s+submission|\bsubmission\s+of\s+(?:the\s+)?runs\b|\bsystem\s+runs\b"
    r"|\bsystem\s+outputs?\s+submission|\bsubmission\s+of\s+(?:the\s+)?system\s+outputs?\b",
    re.IGNORECASE,
)
# 'Challenges and Opportunities', 'Open Challenges in …': a title's prose, not a competition
_CHALLENGES_PROSE = re.compile(
    r"\bchallenges,?\s+(?:and|&|in|of|for|ahead|facing)\b|,\s*challenges\b"
    r"|\b(?:open|key|new|emerging|contemporary|current|future|recent|remaining|major|common"
    r"|technical|practical|fundamental|unique|critical|pressing|persistent|real-world)\s+challenges"
    # ACM's Student Research Competition: a track of posters and short papers
    r"|\bstudent\s+research\s+competitions?\b"
    # a 'Call for Participants' is a workshop's call, as a call for papers is
    r"|\bcall\s+for\s+participa\w*",
    re.IGNORECASE,
)
_SHARED_TASK = re.compile(r"\bshared[- ]tasks?\b", re.IGNORECASE)
_PAPER_WORDS = re.compile(r"\bpapers?\b|\babstracts?\b|\bmanuscripts?\b", re.IGNORECASE)
# a challenge's results: announced to its participants, not a deadline of theirs
_RESULTS = re.compile(r"\b(?:results?|winners?|rankings?)\b", re.IGNORECASE)
_ANNOUNCED = re.compile(r"notif|announc|release|publish", re.IGNORECASE)
_OPENING = re.compile(
    r"releas|\bopen|launch|\bstart|\bbegin|availab|online|kick-?off|announce", re.IGNORECASE
)
# a sentence that moves a deadline: 'The submission deadline has been extended to March 22'
_EXTENDED_TO = re.compile(
    r"\b(?:extended|postponed|moved|pushed(?: back)?)\b(?:(?!\b(?:from|since)\b).){0,30}"
    r"\b(?:to|until|till)\W*$",
    re.IGNORECASE,
)
# a line that moves the deadline above it: 'Postponed to May 31, 2023', '→ Extended to'
_MOVED_LINE = re.compile(
    r"^\W*(?:extended|postponed|moved|deferred|delayed|changed)\s+(?:to|until)\W*$", re.IGNORECASE
)
# between a date and the one after it: the second is the first's earlier value
_EARLIER = re.compile(
    r"^\W*(?:(?:extended|postponed|moved|changed)\s+from|originally|previously|formerly|was)\W*$",
    re.IGNORECASE,
)
_NEWER = re.compile(
    r"^(?:(?:final|second|further)\s+)?(?:new|extended|updated|revised|postponed)\b", re.IGNORECASE
)
_STATUS_WORDS = {"closed", "open", "passed", "expired", "extended", "updated", "new", "tentative"}
_STATUS_CELL = re.compile(
    r"\s*\|\s*(?:closed|open|upcoming|passed|done|expired|completed|ongoing|past|finished"
    r"|active|[✓✔✗✘])\s*$",
    re.IGNORECASE,
)
_STATUS = re.compile(
    r"^(?:closed|open|passed|expired|extended|updated|new)\s*[-–:!]\s*"
    # '(Extended!) | Paper submission': the status in brackets, then the label's cell
    r"|^[(\[]\s*(?:closed|passed|expired|extended|updated|new)\W*[)\]]\s*(?:\|\s*)?",
    re.IGNORECASE,
)


_REBUTTAL_START = re.compile(
    r"(?:rebuttal|\bresponse)\W*(?:period\W*)?(?:starts?|begins?|opens?)", re.IGNORECASE
)
_RESPONSE = re.compile(
    r"\bauthor response\b|\bresponses? to (?:the )?reviews?\b|\brebuttals? to (?:the )?reviews?\b",
    re.IGNORECASE,
)
_OTHER = re.compile(r"deadline|\bdue\b(?!\s+to\b)", re.IGNORECASE)
# '11:59' with no am or pm after it: a 24-hour time, or the minute before midnight?
_BARE_1159 = re.compile(r"(?<![\d:])11:59(?::59)?(?!\s*[ap]\.?\s?m\b)", re.IGNORECASE)
# a step of the committee's that the page asks of every author is the authors' deadline
_FOR_AUTHORS = re.compile(r"\b(?:for|by) (?:all |every |each |the )?authors?\b", re.IGNORECASE)
# a notice of acceptance that also names travel grants or awards is the acceptance's
_NOTICE = re.compile(r"\baccept\w*\b.*\bnotif|\bnotif\w*\b.*\baccept", re.IGNORECASE)
_ALSO_GRANTS = re.compile(
    r"\s(?:and|&|/)\s+(?:travel\s+)?(?:grants?|awards?|funding)\b|\s(?:and|&|/)\s+travel\b",
    re.IGNORECASE,
)
_CHALLENGE_DEADLINE = re.compile(
    r"deadline|\bdue\b|\bclose|\bends?\b|submission|write-?up|report", re.IGNORECASE
)


_ARR_REVIEWED = re.compile(r"\bARR[- ]reviewed\b|\bwith\s+ARR\s+reviews\b", re.IGNORECASE)
_VIDEO = re.compile(
    r"\bvideos?\s+(?:presentations?\s+)?(?:submission|upload|due|deadline)"
    r"|\bvideo\s+presentations?\s*$",
    re.IGNORECASE,
)
_POSTER = re.compile(
    r"\b(poster|demo(?:nstration)?)s?\s+(?:proposals?|abstracts?|submissions?)\b", re.IGNORECASE
)
_OPEN_UNTIL = re.compile(r"\bopen\s+(?:until|till|through)\b", re.IGNORECASE)


def classify(label: str) -> DeadlineKind | None:
    """Return the kind of deadline a label names, or None for a date that is not one."""
    if _PAGE_STAMP.search(label):  # 'Page last modified by commit 04f62c1': the page's own
        return None
    if _ARR_REVIEWED.search(label):  # 'ARR reviewed submission due': no reviewer's step
        return DeadlineKind.COMMITMENT
    if re.search(r"(?:paper|author)s?\b.*registration", label, re.IGNORECASE):
        if re.search(r"\babstracts?\b", label, re.IGNORECASE):
            return DeadlineKind.ABSTRACT  # 'Abstracts and paper registration due'
        return DeadlineKind.REGISTRATION
    if _REBUTTAL_START.search(label):
        return DeadlineKind.REBUTTAL_START
    if _RESPONSE.search(label):  # 'Paper revision, response to reviews Submission Deadline'
        return DeadlineKind.REBUTTAL_END
    if _VIDEO.search(label) and not _PAPER_WORDS.search(label) and "camera" not in label.lower():
        return DeadlineKind.OTHER  # 'Videos submission deadline': a talk's recording
    if re.search(r"meta-?data|arxiv|\bartifacts?\b", label, re.IGNORECASE) and not re.search(
        r"notif|decision", label, re.IGNORECASE
    ):
        # author metadata to the proceedings' publisher; code and data for artifact evaluation
        return DeadlineKind.OTHER
    # 'Deadline for submitting poster proposal', 'Demonstration Proposals Submission
    # Deadline': an author's submission, not an organiser's
    label = _POSTER.sub(lambda m: f"{m.group(1)} submission", label)
    if re.search(r"\b(?:from|starting)\s*$", label, re.IGNORECASE):
        return None  # 'Submission portal: OpenReview from 1 July': an opening
    if _OPEN_UNTIL.search(label) and re.search(r"submi", label, re.IGNORECASE):
        return DeadlineKind.PAPER  # 'The online submission is open until 19 June': it closes
    if _RESPOND.search(label):  # 'We plan to respond to all submissions by March 22'
        return DeadlineKind.NOTIFICATION
    if _NOTICE.search(label):  # 'Acceptance and travel grant notification': the acceptance's
        label = _ALSO_GRANTS.sub(" ", label)
    if _CALL_CLOSES.search(label):  # 'CFP Closes', 'Call for papers deadline': the papers'
        return DeadlineKind.PAPER
    if _SKIP.search(label) and _FOR_AUTHORS.search(label) and _OTHER.search(label):
        return DeadlineKind.OTHER  # 'Reviewer registration deadline for ALL authors'
    if _SKIP.search(label) or _TITLE.search(label):
        return None
    if _TITLES_AND_ABSTRACTS.search(label) and not _FULL.search(label):
        return DeadlineKind.ABSTRACT  # 'Paper titles and abstracts due': the registration
    both = re.match(r"^(.+?)\s+(?:and|&)\s+(.+)$", label)
    if both and len(both.group(1).split()) == 1 and len(both.group(2).split()) > 1:
        both = None  # 'Paper and Demo Acceptance Notification': one notification of both
    if (
        both
        and not _STEP_WORDS.search(both.group(1))
        and classify(both.group(2)) not in {DeadlineKind.PAPER, DeadlineKind.ABSTRACT}
    ):
        both = None  # 'Extended Abstracts & Posters Camera-ready Deadline': what is due, twice
    if both:  # 'Rolling submissions and notifications': the first named decides
        first, second = classify(both.group(1)), classify(both.group(2))
        if first is not None and second not in {None, first}:
            return first
    # what brackets add qualifies the kind the rest names: 'Decision about paper (acceptance
    # or rebuttal)' is a decision
    for text in (_BRACKETS.sub(" ", label), label):
        for pattern, kind in _KINDS:
            if pattern.search(text):
                if kind is DeadlineKind.PAPER and _RELEASED.search(text):
                    return None  # 'Data, baseline paper & code available': given, not due;
                    # 'Paper submission site available': an opening
                return kind
    return None


_FULL = re.compile(r"\bfull\b", re.IGNORECASE)
_RESPOND = re.compile(
    r"\brespond\w*\s+to\s+(?:all\s+)?(?:the\s+)?(?:submissions|proposals|authors|submitters)\b",
    re.IGNORECASE,
)
_CALL_CLOSES = re.compile(
    r"^\W*(?:cfp\W*(?:closes?|ends?|deadline|due)"
    r"|call for (?:papers|submissions|abstracts|contributions)\W*(?:closes?|ends?))\W*$",
    re.IGNORECASE,
)
_TITLES_AND_ABSTRACTS = re.compile(
    r"\btitles?\s+(?:and|&)\s+abstracts?\b|\babstracts?\s+(?:and|&)\s+titles?\b", re.IGNORECASE
)
# what the organisers hand out, named with no word of a deadline
_RELEASED = re.compile(
    r"^(?!.*(?:deadline|\bdue\b|\bclose|\bend)).*\b(?:available|availability|released?)\b",
    re.IGNORECASE,
)


# --- entries -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """A deadline read from a page, with its earlier (struck) values."""

    label: str
    kind: DeadlineKind
    at: str  # 'YYYY-MM-DD HH:MM'
    zone: str | None
    zone_assumed: bool = False
    history: tuple[tuple[str, str | None], ...] = ()  # (at, zone), oldest first
    track: str | None = None
    section: str | None = None
    time_stated: bool = False
    prose: bool = False
    challenge: bool = False  # a challenge's (competition's) own deadline, not a paper's
    extends: bool = False  # 'The submission deadline has been extended to March 22'
    outside: str | None = None  # the dates as stated, of a sentence outside a dates section
    line: int = -1  # the page line it was read from
    rest: str = ""  # that line without its dates: what else it says
    passed: bool = False  # every date of it struck through: shown as past


@dataclass
class PageDates:
    """What a page says: its deadlines, the event's own dates, and what was not understood."""

    entries: list[Entry] = field(default_factory=list)
    start: dt.date | None = None
    end: dt.date | None = None
    problems: list[str] = field(default_factory=list)


@dataclass
class _Raw:
    label: str
    dates: list[Found]
    struck: list[bool]
    line: str
    tails: list[str]
    section: str | None
    section_clock: dates_.Clock
    line_no: int
    line_clock: dates_.Clock = field(default_factory=dates_.Clock)
    prose: bool = False
    head: str = ""
    track: str | None = None  # a qualifier written after the date: '(archival)'
    contest: bool = False  # under a heading whose dates release a test set or name winners
    contest_papers: bool = False  # on a page of a competition's papers


_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
_LEADING_TIME = re.compile(
    r"^\(?\s*\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\b|(?:AoE|UTC|GMT))", re.IGNORECASE
)
_NAMES_DEADLINES = re.compile(r"\bdeadlines?\b", re.IGNORECASE)
# a heading that names a submission's act is a label ('Paper Submission (Invited Track)')
_ACT = re.compile(r"submi|deadline|\bdue\b|notif|camera", re.IGNORECASE)
_SENTENCE = re.compile(r"\b(?:are|is)\b|[.!]\s*$", re.IGNORECASE)
# a note on every date of the page, wherever it stands: 'All times are …', '(*) … AoE'
_FOOTNOTE = re.compile(r"\ball\s+(?:times|dates|deadlines)\b|^\W*\*", re.IGNORECASE)
_DEADLINE_NOTE = re.compile(
    r"deadline|\bdue\b|all dates|all times?\b|submission"
    r"|\b(?:dates|times?)\s+(?:are|is|listed|given|shown|stated)\b",  # 'Times are in UTC.'
    re.IGNORECASE,
)


def _is_other(label: str) -> bool:
    """Whether a label nobody's word list knows still says it is a deadline."""
    return (
        bool(label)
        and bool(_OTHER.search(label))
        and not _SKIP.search(label)
        and not _TITLE.search(label)
    )


def parse_page(
    html: str | bytes,
    *,
    year: int | None = None,
    sections: re.Pattern[str] | None = None,
) -> PageDates:
    """Read the important dates of a page.

    `year` is the edition's year, used for dates written without one when the page itself
    gives no better clue. `sections`, when given, keeps only entries under a heading that
    matches it (a CVF dates page lists the main conference, workshops and tutorials).
    """
    out = _read(html, year, sections)
    if not out.entries:
        text = _decode(html) if isinstance(html, bytes) else html
        if "<!--" in text:  # a page that hid its dates list once the deadline had passed
            hidden = _read(re.sub(r"<!--|-->", " ", text), year, sections)
            # an old edition's list, left in a comment, is as likely: report, do not read
            out.problems.extend(
                f"{e.kind.value} {e.at} ({e.label!r}) is in a part of the page hidden in an "
                "HTML comment; not read"
                for e in hidden.entries
            )
    return out


def _read(html: str | bytes, year: int | None, sections: re.Pattern[str] | None) -> PageDates:
    html = _decode(html) if isinstance(html, bytes) else html
    lines = page_lines(html)
    out = PageDates()
    raws, page_clock = _scan(lines, sections, out)
    stated_years = [f.date.year for r in raws for f in r.dates if f.date and f.year_stated]
    page_year = Counter(stated_years).most_common(1)[0][0] if stated_years else year
    # the event's own day, when the page states it with its year: a deadline given without
    # a year comes before it ('October 22' for a workshop on 'January 20-27, 2026': 2025)
    event = next(
        (
            f.date
            for r in raws
            for f in r.dates
            if f.date
            and f.year_stated
            # labelled as the event, or a range of days named as no step of the reviewing
            # ('January 20-27, 2026' under the workshop's title)
            and (
                _EVENT.search(r.label)
                or (f.end_date and classify(r.label) is None and not _SKIP.search(r.label))
            )
        ),
        None,
    )
    for raw in raws:
        _resolve_years(raw, page_year, None if _EVENT.search(raw.label) else event)
    contests = _contests(raws)
    # a competition's page that calls for no papers: each of its deadlines is the competition's
    papers = any(_PAPER_WORDS.search(r.label) for r in raws)
    contest_page = _contest_page(html, lines)
    contest_papers = contest_page == _CONTEST_PAPERS
    for raw in raws:
        # on a competition's page that also calls for papers, what no kind names is its own:
        # the first pull request's deadline
        contest = contest_page and (not papers or classify(raw.label) in _UNNAMED)
        raw.contest = bool(contest) or raw.section in contests
        raw.contest_papers = contest_papers
    entries: list[Entry] = []
    for raw in raws:
        entries.extend(_entries(raw, page_clock, out))
    entries = _final_before_decision(_revision_rounds(_challenge_papers(entries)), out)
    out.entries = _abstract_as_paper(_dedupe(entries, out), out)
    return out


# a competition's own steps: a test set released to its teams, winners named
_CONTEST_CUE = re.compile(r"\btest[- ](?:set|data)\b|\bwinners?\b|\bprizes?\b", re.IGNORECASE)


# a competition's own site: 'Edge-Device Large Language Model Competition', 'KiVA Challenge
# @ ICCV 2025' (not a workshop's topic: 'Opportunities and Challenges')
_CONTEST_TITLE = re.compile(
    r"\b(?:challenge|competition|contest|shared task)\b(?!s)", re.IGNORECASE
)
# a page of a competition's papers ('Challenge papers | MARIO-MICCAI 2024')
_CONTEST_PAPERS_TITLE = re.compile(
    r"\b(?:challenge|competition|contest|shared task)\s+papers?\b", re.IGNORECASE
)
_CONTEST_PAPERS = "papers"
_UNNAMED = {None, DeadlineKind.OTHER}
_MEETING = re.compile(r"\b(?:workshop|symposium|conference|tutorial)s?\b", re.IGNORECASE)
_PAGE_TITLE = re.compile(r"<title[^>]*>(.*?)</title", re.IGNORECASE | re.DOTALL)


def _contest_page(html: str, lines: list[Line]) -> str | None:
    """Whether the page is a competition's own, by its title and its first main heading:
    'contest', or 'papers' for a page of a competition's papers; None if not."""
    titles = [m.group(1) for m in [_PAGE_TITLE.search(html[:20000])] if m]
    titles += [line.plain for line in lines if line.level == 1][:1]
    if any(_MEETING.search(t) for t in titles):
        return None
    if any(_CONTEST_PAPERS_TITLE.search(t) for t in titles):
        return _CONTEST_PAPERS
    return "contest" if any(_CONTEST_TITLE.search(t) for t in titles) else None


def _contests(raws: list[_Raw]) -> set[str]:
    """Sections that are a competition's track ('Systems Track': 'Test set release: May 27',
    'Winners announced: July 6'), though no heading says challenge: their deadlines are its."""
    found = set()
    for raw in raws:
        inner = (raw.section or "").split(" / ")[-1]
        if (
            inner
            and not _PAPER_WORDS.search(inner)
            and not _DATES_TITLE.search(inner)
            and _CONTEST_CUE.search(raw.line)
            and not _PAPER_WORDS.search(raw.line)
        ):
            found.add(raw.section or "")
    return found


def _final_before_decision(entries: list[Entry], out: PageDates) -> list[Entry]:
    """A 'Final submission' due before the decisions of its part of the page, where that part
    lists no paper deadline, is the full paper's after its abstract (or a competition's
    results), not a camera-ready version."""
    own = [e for e in entries if not e.challenge]

    def early_final(e: Entry) -> str | None:
        if not (
            e.kind is DeadlineKind.CAMERA_READY
            and not e.challenge
            and re.search(r"\bfinal\b", e.label, re.IGNORECASE)
            and not re.search(r"camera|version|proceedings", e.label, re.IGNORECASE)
        ):
            return None
        part = [o for o in own if o.section == e.section]
        decisions = [o.at[:10] for o in part if o.kind is DeadlineKind.NOTIFICATION]
        if any(o.kind is DeadlineKind.PAPER for o in part) or not decisions:
            return None
        if e.at[:10] >= min(decisions):
            return None
        return (
            f"{e.label!r} ({e.at[:10]}) is due before the decisions: the paper's deadline, "
            "not a camera-ready's"
        )

    return _as_paper(entries, out, early_final)


def _abstract_as_paper(entries: list[Entry], out: PageDates) -> list[Entry]:
    """With no paper deadline on the page, an abstract's is the submission's ('Abstract
    submissions due on OpenReview', for a workshop of posters): read as the paper deadline."""
    kinds = {e.kind for e in entries if not e.challenge}
    if DeadlineKind.PAPER in kinds or DeadlineKind.ABSTRACT not in kinds:
        return entries
    return _as_paper(
        entries,
        out,
        lambda e: (
            f"{e.label!r}: an abstract with no paper deadline on the page; read as the paper "
            "deadline"
            if e.kind is DeadlineKind.ABSTRACT and not e.challenge
            else None
        ),
    )


def _as_paper(
    entries: list[Entry], out: PageDates, why: Callable[[Entry], str | None]
) -> list[Entry]:
    """Read as paper deadlines the entries `why` gives a reason for, reporting the reason."""
    read = []
    for e in entries:
        if (reason := why(e)) is not None:
            out.problems.append(reason)
            e = replace(e, kind=DeadlineKind.PAPER)  # noqa: PLW2901
        read.append(e)
    return read


# 'August 6th 13th 2025': a day then its replacement, the old one struck by styling lost here
_TWO_DAYS = re.compile(
    rf"(?P<m>{dates_.MONTH})\s+(?P<old>\d{{1,2}}(?:st|nd|rd|th))\s+(?P<new>\d{{1,2}}(?:st|nd|rd|th))"
    r"(?=,?\s+(?:19|20)\d{2}\b)",
    re.IGNORECASE,
)
# 'March <s>1st</s> <s>9th</s> 15th': one struck day or more before the live one
_STRUCK_DAY = re.compile(
    rf"(?P<m>{dates_.MONTH})(?P<sp>[\s\x01\x02]*)"
    r"(?P<old>(?:\x01\s*\d{1,2}(?:st|nd|rd|th)?\s*\x02\s*)+)"
    r"(?P<new>\d{1,2}(?:st|nd|rd|th)?\b)",
    re.IGNORECASE,
)
_SUBHEADING_MAX_WORDS = 14
_TAIL_LABEL_WORDS = 8
_PROSE_WORDS = 14  # more words than this before a date: a sentence, not a label
_FILLER = {
    "time", "tentative", "tbc", "extended", "updated", "new", "at", "on", "by", "strict",
    "hard", "firm", "final", "anywhere", "earth", "the", "am", "pm",
}  # fmt: skip
_REMARK = re.compile(r"\(([^()]*)\)")
_HARD_DEADLINE = re.compile(r"\b(?:hard|firm|strict|final|extended)\s+deadline\b", re.IGNORECASE)
# a call's title bar with its deadline: 'Call for Papers, deadline March 15, 2022'
_CALL_LINE = re.compile(
    r"(Call for [\w &/-]{3,60}?)\s*[,:\u2013\u2014-]\s*deadline\b", re.IGNORECASE
)
_CALL_LEVEL = 2  # over the dates heading under it
_DATES_SECTION = re.compile(r"date|deadline|timeline|schedule|call for", re.IGNORECASE)
_DATES_TITLE = re.compile(r"\b(?:dates|deadlines|timeline)\b", re.IGNORECASE)
# the title of a page's next part, styled as no heading ('<div class="title">Call for
# Papers</div>'): the news above it end there
_PART = re.compile(
    r"^(?:call\s+for\s+(?:papers|participation|contributions|submissions|abstracts)"
    r"|submissions?(?:\s+(?:guidelines|instructions))?|(?:invited\s+|keynote\s+)?speakers"
    r"|schedule|program(?:me)?|organi[sz]ers|topics|overview|about|challenges?)\W*$",
    re.IGNORECASE,
)
_NEWS = re.compile(
    r"^\W*(?:latest )?(?:news|updates|announcements|what'?s new)"
    r"(?:\s*(?:&|and)\s*(?:news|updates|announcements))?\W*$",  # 'News & Updates'
    re.IGNORECASE,
)


def _own_heading(section: str | None) -> str:
    """The nearest heading of a section that is not a dates title: 'Archival Track' for
    'Archival Track / Important Dates' (the title heads the dates of the track above it)."""
    parts = (section or "").split(" / ")
    return next((p for p in reversed(parts) if not _TITLE.search(p)), parts[-1])


def _dated_next(lines: list[Line], founds: list[list[Found]], number: int) -> bool:
    """Whether the line after `number` holds dates and no words that could label them."""
    after = number + 1
    return after < len(lines) and bool(founds[after]) and _date_only(lines[after], founds[after])


def _skipped_part(section: str, line: str) -> str | None:
    """The part of a line's section about travel grants, mentoring, proposals or the
    programme, whose dates are not the authors' (None when the line's dates are theirs). A
    grant's key dates are the grant's, but a dates heading below the programme's is the page's
    own ('Workshop Schedule / Important Dates'), as is a timeline under a menu bar that names
    the schedule, and a line of the programme that names a deadline ('November 1, 2026 | Paper
    Submission Deadline')."""
    parts = section.split(" / ")
    skipped = [i for i, p in enumerate(parts) if _SKIP_SECTION.search(p)]
    if not skipped:
        return None
    outer, last = parts[skipped[0]], parts[skipped[-1]]  # the outer one names it
    if not _PROGRAMME.search(last) or _SKIP_SECTION.search(_PROGRAMME.sub("", last)):
        return outer
    # 'Schedule and task deadlines' names the dates it holds, as a dates title below would
    dated = any(_DATES_TITLE.search(p) for p in parts[skipped[-1] :])
    return None if dated or _NAMES_DEADLINES.search(line) else outer


_PREVIOUSLY = re.compile(
    rf"\(((?:previously|formerly|originally|initially|was)\b\s*:?\s*)"
    rf"([^(){STRUCK_OPEN}{STRUCK_CLOSE}]+)\)",
    re.IGNORECASE,
)


def _unstrike_days(line: Line) -> Line:
    """Rewrite a struck day inside a date as a struck date: 'March <s>11</s> 17' -> 11, then 17.

    The struck value then reads as the earlier value of the deadline, the live one as its date;
    so does a day followed by its replacement before the year ('August 6th 13th 2025').
    """
    text = _TWO_DAYS.sub(_old_then_new, line.text)
    # 'June 9, 2022 (previously: June 3, May 27)': the bracket's dates are struck in words
    text = _PREVIOUSLY.sub(lambda m: f"({m[1]}{STRUCK_OPEN}{m[2]}{STRUCK_CLOSE})", text)
    if STRUCK_OPEN not in text:
        return line
    return replace(line, text=_STRUCK_DAY.sub(_old_then_new, text))


def _old_then_new(m: re.Match[str]) -> str:
    """'March <old> <new>' as struck dates then a live one: '<s>March old</s> March new'."""
    olds = re.findall(r"\d{1,2}(?:st|nd|rd|th)?", m["old"], re.IGNORECASE)
    struck = " ".join(f"{STRUCK_OPEN}{m['m']} {day}{STRUCK_CLOSE}" for day in olds)
    return f"{struck} {m['m']} {m['new']}"


def _found(line: Line, *, day_first: bool = False) -> list[Found]:
    found = dates_.find_dates(line.text, day_first=day_first)
    return [f for f in found if f.date or f.parts or f.problems]


def _date_only(line: Line, found: list[Found]) -> bool:
    """Whether a line holds dates (and times, zones) but no words that could label them."""
    text, cursor, rest = line.text, 0, []
    for item in found:
        rest.append(text[cursor : item.start])
        cursor = item.end
    rest.append(text[cursor:])
    rest_text = re.sub(rf"\(\s*{dates_.WEEKDAY}\s*\)", " ", " ".join(rest), flags=re.IGNORECASE)
    # a remark in brackets that names no step, like the time zone's or a hard deadline's
    rest_text = _REMARK.sub(lambda m: m[0] if _names_a_step(m[1]) else " ", rest_text)
    words = re.findall(r"[A-Za-z]{2,}", dates_.strip_clock(rest_text))  # '(Tuesday)' is no label
    return all(w.lower() in _FILLER for w in words)


def _names_a_step(remark: str) -> bool:
    """Whether a remark in brackets names a step ('(abstract)'), not how firm its date is."""
    return _labels(_HARD_DEADLINE.sub(" ", remark))


def _label_like(text: str) -> bool:
    """Whether a line's text names a date, a deadline or not ('Competition starts')."""
    return _labels(text) or (bool(_SKIP.search(text)) and not _TITLE.search(text))


def _labels(text: str) -> bool:
    """Whether a line's text names a deadline or the event (so it can label a date)."""
    return (
        classify(text) is not None
        or bool(_EVENT.search(text))
        or _is_other(text)
        or bool(_CHALLENGE.search(text) and _CHALLENGE_DEADLINE.search(text))
    )


# the words of a label that names a step of the reviewing, not what is submitted
_STEP_WORDS = re.compile(
    r"deadline|\bdue\b|\bdates?\b|notif|decision|accept|camera|submi|registr|rebuttal"
    r"|response|release|\bopens?\b|\bclose",
    re.IGNORECASE,
)


def _rejoin(
    lines: list[Line], founds: list[list[Found]], *, day_first: bool
) -> tuple[list[Line], list[list[Found]]]:
    """Join the lines markup split that one row of a table would have kept together.

    - a card's new date and the struck one under or over it, old then new ('<h4>Dec 28,
      2025</h4><del>Dec 18, 2025</del><p>Paper Submission</p>'): the title below labels both;
    - a column of labels and the column of dates beside it, line by line ('<div
      class="left">Submission deadline<br>Notification</div><div class="right">Sep 11,
      2024<br>Oct 2, 2024</div>').
    """
    kept: list[Line] = []
    kept_founds: list[list[Found]] = []

    def join(line: Line) -> None:
        kept.append(line)
        kept_founds.append(_found(line, day_first=day_first))

    number = 0
    while number < len(lines):
        line = lines[number]
        if number + 2 < len(lines) and _new_over_struck(lines, founds, number):
            first, second = line, lines[number + 1]
            if not _inside_struck(first.text, founds[number][0].start):
                first, second = second, first  # the struck dates first: old, then new
            join(Line(f"{first.text} {second.text}", line.level, line.blocks))
            number += 2
        elif number + 1 < len(lines) and (day := _day_over_month(line, lines[number + 1])):
            join(Line(day, 0, line.blocks))  # '<h3>15<sup>th</sup></h3><p>March 2026</p>'
            number += 2
        elif size := _label_column(lines, founds, number):
            for offset in range(size):
                label, date = lines[number + offset], lines[number + size + offset]
                join(Line(f"{label.text} | {date.text}", 0, label.blocks))
            number += 2 * size
        else:
            kept.append(line)
            kept_founds.append(founds[number])
            number += 1
    return kept, kept_founds


_DAY_ALONE = re.compile(r"^(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$", re.IGNORECASE)
_MONTH_YEAR_ALONE = re.compile(rf"^{dates_.MONTH}\.?,?\s+(?:19|20)\d\d$", re.IGNORECASE)


def _day_over_month(line: Line, under: Line) -> str | None:
    """A card's day over its month and year, as one date ('15th' over 'March 2026'); None
    if the two lines are not such."""
    day, month = line.plain, under.plain
    if (
        line.shared(under) >= 0
        and _DAY_ALONE.match(day)
        and _MONTH_YEAR_ALONE.match(month)
        and STRUCK_OPEN not in line.text + under.text
    ):
        return f"{day} {month}"
    return None


def _label_column(lines: list[Line], founds: list[list[Found]], number: int) -> int:
    """The number of label lines starting at `number` that a column of as many date lines
    follows, in a sibling block of theirs; 0 if none do."""
    first = lines[number]
    if not first.blocks or founds[number] or first.heading:
        return 0
    size = 0
    while (
        number + size < len(lines)
        and not founds[number + size]
        and not lines[number + size].heading
        and lines[number + size].blocks == first.blocks
    ):
        size += 1
    dates = lines[number + size : number + 2 * size]
    if size < 2 or len(dates) < size or not dates[0].blocks:  # one pair is no column
        return 0
    column = dates[0].blocks
    if column == first.blocks or column[:-1] != first.blocks[:-1]:
        return 0  # not a sibling block of the labels'
    dated = founds[number + size : number + 2 * size]
    if any(
        d.blocks != column or not f or not _date_only(d, f)
        for d, f in zip(dates, dated, strict=True)
    ):
        return 0
    if number + 2 * size < len(lines) and lines[number + 2 * size].blocks == column:
        return 0  # more dates than labels
    labels = sum(_label_like(lines[number + i].plain) for i in range(size))
    return size if 2 * labels >= size else 0


def _new_over_struck(lines: list[Line], founds: list[list[Found]], number: int) -> bool:
    """Whether a line of dates and a line of struck dates of its card sit one over the other,
    in either order, with a label below them."""
    line, under = lines[number], lines[number + 1]
    if not (
        founds[number]
        and founds[number + 1]
        and not founds[number + 2]
        and not under.heading
        and line.shared(under) >= 0
        and _date_only(line, founds[number])
        and _date_only(under, founds[number + 1])
        and lines[number + 2].plain
    ):
        return False
    struck = [
        [_inside_struck(one.text, f.start) for f in founds[number + i]]
        for i, one in enumerate((line, under))
    ]
    # '<h4>Dec 28</h4><del>Dec 18</del>', or '<s>March 7</s><br>March 14, 2024'
    return any(all(struck[i]) and not any(struck[1 - i]) for i in (0, 1))


def _scan(
    lines: list[Line], sections: re.Pattern[str] | None, out: PageDates
) -> tuple[list[_Raw], dates_.Clock]:
    lines = [_unstrike_days(line) for line in lines]
    day_first = dates_.day_first("\n".join(line.plain for line in lines))  # 30/03/2026
    founds = [_found(line, day_first=day_first) for line in lines]
    lines, founds = _rejoin(lines, founds, day_first=day_first)
    raws: list[_Raw] = []
    stack: list[tuple[int, str]] = []
    section: str | None = None
    section_clock = dates_.Clock()
    page_clock = dates_.Clock()
    page_named = False  # the page's note names the deadlines
    pending: str | None = None  # a label on a line of its own, waiting for its date
    taken: set[int] = set()  # lines read as the label of the date above them
    cards: set[int] = set()  # of those, the titles of cards
    news = False  # under a 'News' heading: dated announcements, not deadlines
    skipped: set[str] = set()  # sections whose dates are not the authors'
    for number, line in enumerate(lines):
        found = founds[number]
        plain = line.plain
        if number in taken:
            if line.heading and number not in cards:  # a title under its date: context below
                stack = [(lv, t) for lv, t in stack if lv < line.level] + [(line.level, plain)]
                section, section_clock = " / ".join(t for _, t in stack), dates_.find_clock(plain)
            pending = None
            continue
        if not found and raws and raws[-1].line_no == number - 1 and _LEADING_TIME.match(plain):
            # '2014 November 14 (Fri), at:<br>1pm Pacific Standard Time': the time goes on
            raws[-1].tails[-1] += " " + plain
            raws[-1].line_clock = dates_.find_clock(plain)
            continue
        if not found and (
            line.heading or _NEWS.match(plain) or _TITLE.search(plain) or _PART.match(plain)
        ):
            news = bool(_NEWS.match(plain))
        if not found:
            clock = dates_.find_clock(plain)
            words = len(plain.split())
            subheading = (
                not line.heading
                and words <= _SUBHEADING_MAX_WORDS
                and plain.rstrip().endswith(":")
                and (clock.zone or not _labels(plain[:-1]) or _CHALLENGE.search(plain))
                # 'Workshop proposal submission:' over a date alone labels that date, as
                # a <dt> its <dd>: not a heading over the authors' dates below
                and not (_SKIP.search(plain) and _dated_next(lines, founds, number))
            ) or (
                not line.heading
                and words <= 8
                # 'Important dates', or 'Schedule and task deadlines': a title naming them
                and bool(
                    _TITLE.search(plain) or (_DATES_TITLE.search(plain) and not classify(plain))
                )
                and not _SENTENCE.search(plain)  # 'Deadlines are at 23:59 AoE.': a note
            )
            # 'Important Dates · Deadlines 23:59 AoE' in a plain <div>: a title all the same
            if line.heading or subheading:
                level = line.level or 8
                # a label's heading at its track's level is under it: 'Archival Track' h3,
                # then 'Submission deadline' h3 over its date
                label = (
                    classify(plain) is not None
                    and not _names_track(plain)
                    # 'Extended abstract (non-archival)' names a track of its own, no step
                    and bool(_STEP_WORDS.search(plain))
                )
                stack = [
                    (lv, t)
                    for lv, t in stack
                    if lv < level
                    or (lv == level and label and _names_track(t) and not _ACT.search(t))
                ] + [(level, plain.rstrip(":"))]
                section, section_clock = " / ".join(t for _, t in stack), clock
                out.problems.extend(clock.problems)
                pending = plain if line.heading and _label_like(plain) else None
                if (
                    clock.zone
                    and _FOOTNOTE.search(plain)
                    and not page_clock.zone
                    and not any(_PROGRAMME.search(t) for _, t in stack[:-1])
                ):
                    page_clock = clock  # a table's last row: '(*) All times are AoE'
            else:
                if clock.zone and words <= 40 and _DEADLINE_NOTE.search(plain):
                    named = bool(_NAMES_DEADLINES.search(plain))
                    # 'All times on the schedule are …' is the talks', unless it names deadlines
                    talks = (section and _PROGRAMME.search(section.split(" / ")[-1])) or (
                        _PROGRAMME.search(plain)
                    )
                    # the first note holds, but one that names the deadlines outranks one
                    # that does not ('All times listed below are in SGT' over the talks)
                    if (named or not talks) and (not page_clock.zone or (named and not page_named)):
                        page_clock, page_named = clock, named
                pending = plain if words <= 10 and not re.search(r"[.!?](?:\s|$)", plain) else None
            continue
        if (call := _CALL_LINE.match(plain)) and not line.heading:
            # 'Call for Workshop Proposals, deadline February 14, 2022': a call's title bar,
            # whose dates section below is that call's (its date is said again there)
            stack = [(lv, t) for lv, t in stack if lv < _CALL_LEVEL] + [(_CALL_LEVEL, call[1])]
            section, section_clock = " / ".join(t for _, t in stack), dates_.Clock()
        if section and not news and (part := _skipped_part(section, line.plain)):
            if part not in skipped:  # said once per part: 'Travel Grants', 'Mentoring'
                skipped.add(part)
                out.problems.append(f"{part!r}: dates of a part not for authors; not read")
            pending = None
            continue
        if news or (sections is not None and not (section and sections.search(section))):
            pending = None
            continue
        hint = pending  # a short line right above labels a date line that has none
        card_clock = dates_.Clock()
        if (
            _date_only(line, found)
            and raws
            and raws[-1].line_no == number - 1
            and all(raws[-1].struck)
            and line.shared(lines[number - 1]) >= 0
            and not any(_inside_struck(line.text, f.start) for f in found)
        ):
            # '<dd><del>April 5</del><br>April 9</dd>': the new date under its struck one
            raws[-1].dates.extend(found)
            raws[-1].struck.extend(False for _ in found)
            raws[-1].tails.extend(line.text[f.end :] for f in found)
            pending = None
            continue
        if _date_only(line, found):
            below = _label_below(lines, founds, number)
            above = line.shared(lines[number - 1]) if number else -1
            if below is not None and line.shared(lines[number + 1]) < above and hint is None:
                # the line above shares the date's card, the one below does not: the card's
                # title is above, though no label this reader knows ('Result release')
                below, hint = None, lines[number - 1].plain
            if below is not None and (hint is None or line.shared(lines[number + 1]) > above):
                # a card: the date and the title under it share a block the line above is
                # not in ('<div><span>Mar 28</span><h4>Notification</h4><p>11:59 PM AoE</p>')
                hint = below
                for title in range(number + 1, number + 1 + _title_lines(lines, founds, number)):
                    taken.add(title)
                    cards.add(title)  # a card's title is its own, not the next card's context
                card_clock, notes = _card_notes(lines, founds, number, taken)
                if card_clock.zone and _DEADLINE_NOTE.search(notes) and not page_clock.zone:
                    page_clock = card_clock  # 'Submissions close at 23:59 AoE.'
        groups = _split(line, found, hint, section, section_clock, number)
        line_clock = _tail_clock(line.text[found[-1].end :])
        if not (line_clock.time or line_clock.zone):
            line_clock = card_clock
        if not (line_clock.time or line_clock.zone) and hint:
            # its label's own line states them: 'Abstract deadline (23:59 in Pacific time)'
            line_clock = dates_.find_clock(hint)
        after_last = line.text[found[-1].end :][:_ZONE_REACH]
        shared = re.search(r"\b(?:both|all|each)\b", after_last, re.IGNORECASE)
        for group in groups if shared else groups[-1:]:  # '(both 23:59, Pacific Time)'
            group.line_clock = line_clock
        before = line.text[: found[0].start].replace(STRUCK_CLOSE, "")
        follows = bool(raws) and raws[-1].line_no >= number - 2
        if len(groups) == 1 and follows and _MOVED_LINE.match(before):
            # 'Postponed to May 31, 2023' under a labelled date: that deadline's new value
            moved, last = groups[0], raws[-1]
            last.struck = [True] * len(last.struck) + moved.struck
            last.dates += moved.dates
            last.tails += moved.tails
            pending = None
            continue
        for group in groups:
            if not group.label and section and _DATES_SECTION.search(section):
                dated = ", ".join(f.text for f in group.dates)
                out.problems.append(f"{dated!r} under {section!r} has no label; skipped")
        raws.extend(groups)
        pending = None
    return raws, page_clock


def _card_notes(
    lines: list[Line], founds: list[list[Found]], number: int, taken: set[int]
) -> tuple[dates_.Clock, str]:
    """Take the notes under a card's title ('Friday, 11:59 PM AoE'): their time, zone and text.

    A note is a line without a date in the same card as the date and its title: it says
    something about that deadline, and labels nothing below it.
    """
    card = lines[number].shared(lines[number + 1])
    clock, notes = dates_.Clock(), []
    below = number + 2
    while (
        card >= 0
        and below < len(lines)
        and not founds[below]
        and not lines[below].heading
        and lines[number].shared(lines[below]) == card
    ):
        note = dates_.find_clock(lines[below].plain)
        clock = dates_.Clock(clock.time or note.time, clock.zone or note.zone)
        notes.append(lines[below].plain)
        taken.add(below)
        below += 1
    return clock, " ".join(notes)


_TITLE_LINES = 3  # a card's title broken over more lines than this is text, not a title


def _title_lines(lines: list[Line], founds: list[list[Found]], number: int) -> int:
    """How many lines under a date make its title: one, and those after it in its own block
    ('<p>Submission<br>Opens</p>'), with no date and no heading."""
    first = lines[number + 1]
    count = 1
    while (
        count < _TITLE_LINES
        and number + 1 + count < len(lines)
        and lines[number + 1 + count].blocks == first.blocks
        and first.blocks
        and not founds[number + 1 + count]
        and not lines[number + 1 + count].heading
    ):
        count += 1
    return count


def _label_below(lines: list[Line], founds: list[list[Found]], number: int) -> str | None:
    """The label written under a date ('<span>Mar 28</span> <h3>Notification</h3>'), if any."""
    if number + 1 >= len(lines) or founds[number + 1]:
        return None
    count = _title_lines(lines, founds, number)
    below = " ".join(line.plain for line in lines[number + 1 : number + 1 + count])
    first = re.split(r"(?<=[A-Za-z])\.\s+(?=[A-Z])", below)[0].rstrip(".")  # 'Deadline. Last day…'
    if re.search(r"[!?]|\S:\s+\S", first):  # 'Workshop accepted!', 'Policy update: …': news
        return None
    if len(first.split()) > 10 or not _label_like(first):
        return None
    return first


def _split(  # noqa: PLR0917 - one call site, in reading order
    line: Line,
    found: list[Found],
    pending: str | None,
    section: str | None,
    section_clock: dates_.Clock,
    number: int,
) -> list[_Raw]:
    """Cut a line into labelled groups of dates; a label may follow its date."""
    text = line.text
    labels = _labels_after(text, found)
    if labels is not None:  # 'Timeline: Apr 27 Release · May 29 Submission deadline · …'
        return [
            _Raw(
                label,
                [item],
                [_inside_struck(text, item.start)],
                line.plain,
                [text[item.end : item.end + len(label) + 4]],
                section,
                section_clock,
                number,
            )
            for item, label in zip(found, labels, strict=True)
        ]
    groups: list[_Raw] = []
    cursor = 0
    above: str | None = None
    for i, item in enumerate(found):
        before = text[cursor : item.start]
        label = _clean_label(before)
        bare = _BRACKETS.sub(" ", before)  # '(to be considered for spotlights)' is no sentence
        prose = ". " in bare or bool(_VERB.search(bare)) or len(before.split()) > _PROSE_WORDS
        # '… decisions Nov 1 and may consult responses submitted after Oct 21': a clause
        prose = prose or bool(groups and groups[-1].prose and _CLAUSE.match(before))
        if prose and _LABEL_COLON.search(before) and _KINDS_NAMED.search(label):
            prose = False  # '… single-stage review. Submission deadline is: March 21, 2026.'
        nxt = found[i + 1].start if i + 1 < len(found) else len(text)
        tail = text[item.end : nxt]
        struck = _inside_struck(text, item.start)
        earlier = bool(groups) and bool(_EARLIER.match(text[cursor : item.start]))
        struck = struck or earlier  # 'March 1 (extended from Feb 22)': an earlier value
        joined = earlier or (
            bool(groups) and (not label or _is_connector(text[cursor : item.start]))
        )
        qualified = _qualifier(before)
        if groups and qualified and _qualifier(tail, leading=True):
            # 'Paper deadline: March 10 (archival); April 13 (non-archival)': one label, tracks
            groups[-1].track = qualified
            groups.append(
                _Raw(
                    groups[-1].label,
                    [item],
                    [struck],
                    line.plain,
                    [tail],
                    section,
                    section_clock,
                    number,
                    track=_qualifier(tail, leading=True),
                )
            )
            groups[-1].prose, groups[-1].head = groups[-2].prose, groups[-2].head
            cursor = item.end
            continue
        if joined:
            groups[-1].dates.append(item)
            groups[-1].struck.append(struck)
            groups[-1].tails.append(tail)
        else:
            if not label and not groups:
                after = _tail_label(tail)
                if after and not _MOVED_TO.sub(" ", after).strip(" :;,"):
                    after = None  # 'June 21 Extended deadline: July 17': the move, no label
                # '~~May 16~~ May 26 | Paper deadline': the label after the run of dates
                # outranks the line above, which is taken only if none follows (below)
                label = after or ""
                above = pending if not after else None
            if (
                re.search(r"[.!?][\s|)]*$", before.replace(STRUCK_CLOSE, ""))
                and label
                and not _DOTTED_LABEL.fullmatch(before.replace(STRUCK_CLOSE, "").strip())
            ):
                label = ""  # a sentence ended: the date is a news item's, not a deadline's
                prose = True
            groups.append(
                _Raw(label, [item], [struck], line.plain, [tail], section, section_clock, number)
            )
            groups[-1].prose = prose
            groups[-1].head = before.replace(STRUCK_OPEN, " ").replace(STRUCK_CLOSE, " ")
        cursor = item.end
    opening = _LINE_TRACK.match(line.plain)
    for group in groups:
        if not group.label:  # '[-02 Jun-] 05 Jun 2023 — Challenge submission deadline'
            group.label = _tail_label(group.tails[-1]) or ""
        if not group.label and group is groups[0]:
            group.label = above or ""
        if opening and group.track is None:  # '2) Non-Proceedings Track. … Deadline: March 21'
            group.track = opening.group(1).strip()
    return groups


# what ends one date's label before the next date: a bullet, a bar, a semicolon, a full stop
_ITEM_SEPARATOR = re.compile(r"\s[·•|;]\s|\s*;\s|(?<=[a-z)])\.(?:\s+|$)")


def _labels_after(text: str, found: list[Found]) -> list[str] | None:
    """The labels of a run of dates each followed by its label, or None if the line is not one.

    'Timeline: Apr 27 Release · May 11 Submission opening · May 29 Submission deadline': the
    text before the first date is a title (or nothing), each date's label runs from the date to
    the next separator, and nothing stands between a separator and the next date.
    """
    if len(found) < 2:
        return None
    first = _clean_label(text[: found[0].start])
    if first and not _TITLE.search(first):
        return None
    labels = []
    for i, item in enumerate(found):
        end = found[i + 1].start if i + 1 < len(found) else len(text)
        between = text[item.end : end].replace(STRUCK_OPEN, " ").replace(STRUCK_CLOSE, " ")
        pieces = _ITEM_SEPARATOR.split(between)
        if i + 1 < len(found) and (len(pieces) != 2 or pieces[1].strip()):
            return None
        label = _trim(dates_.strip_clock(pieces[0]).strip(" .")) if pieces else ""
        if not label or len(label.split()) > _TAIL_LABEL_WORDS or _VERB.search(label):
            return None
        labels.append(label)
    return labels if any(_label_like(label) for label in labels) else None


_QUALIFIER = re.compile(r"\(([^()]{2,40})\)")


def _qualifier(text: str, *, leading: bool = False) -> str | None:
    """The words in brackets that qualify a date ('(archival)'), not its time or zone.

    With `leading`, the brackets must open the text (right after the date); else they must be
    all the text says between two dates, but for a separator ('(archival); ').
    """
    plain = " ".join(text.replace(STRUCK_OPEN, " ").replace(STRUCK_CLOSE, " ").split())
    m = _QUALIFIER.match(plain)
    if m is None or not (leading or re.fullmatch(r"\([^()]+\)\s*[;,/|]?", plain)):
        return None
    words = m.group(1).strip()
    clock = dates_.find_clock(words)
    if clock.time or clock.zone or dates_.find_dates(words) or not re.search("[A-Za-z]", words):
        return None
    return words


_LINE_TRACK = re.compile(r"^\W*(?:\d{1,2}[).]\s*)?([^.:|]{0,50}\btrack)\s*[.:]", re.IGNORECASE)
_LABEL_COLON = re.compile(r"(?:^|[.!?]\s)[^.!?]{1,60}:\s*$")
_KINDS_NAMED = re.compile(r"deadline|\bdue\b|notification|camera", re.IGNORECASE)


def _tail_label(tail: str) -> str | None:
    """The label written after a date on its line ('12 Apr 2023 — Paper deadline'), if any."""
    after = _clean_label(tail)
    # words in brackets qualify the label, and may be a sentence of their own: '… deadline
    # (both direct and ARR commitment)', '… submission (there won't be any extension!)'
    unbracketed = _BRACKETS.sub(" ", after)
    words = len(unbracketed.split())
    # a longer one still labels its date when it names a deadline and has no verb
    named = words <= _TAIL_LABEL_WORDS or (
        words <= _PROSE_WORDS - 2 and bool(_KINDS_NAMED.search(after))
    )
    short = named and not re.search(r"[!?]", unbracketed)
    if _HARD_DEADLINE.fullmatch(after.strip(" ()[]")):
        return None  # '(hard deadline)' says how firm the date is, not what it is for
    if after and short and _label_like(after) and not _VERB.search(unbracketed):
        return after
    # 'June 13th - Submission deadline. Paper acceptance will be notified …': its first
    # sentence labels the date, the next ones say more
    first = re.split(r"(?<=[A-Za-z)])\.\s+(?=[A-Z])", tail, maxsplit=1)
    if len(first) > 1:
        return _tail_label(first[0])
    return None


def _inside_struck(text: str, pos: int) -> bool:
    return text.rfind(STRUCK_OPEN, 0, pos + 1) > text.rfind(STRUCK_CLOSE, 0, pos + 1)


def _is_connector(between: str) -> bool:
    """Whether the text between two dates joins them as one deadline's: a range, a choice,
    or a move ('… 11:59 PM AOE → Extended to Aug 9')."""
    # a struck note after a struck date is part of the old value: 'Feb 17 (if missed)</s> Feb 27'
    head, closed, rest = between.partition(STRUCK_CLOSE)
    if closed and STRUCK_OPEN not in head:
        between = rest
    between = re.sub(f"{STRUCK_OPEN}[^{STRUCK_CLOSE}]*{STRUCK_CLOSE}", " ", between)
    cleaned = between.replace(STRUCK_OPEN, " ").replace(STRUCK_CLOSE, " ")
    if _MOVED_TO.search(cleaned):
        cleaned = _MOVED_TO.sub(" ", dates_.strip_clock(cleaned))
    cleaned = cleaned.strip(" ,;|()")
    return cleaned.lower() in {
        "", "-", "–", "—", "to", "until", "and", "or", "/", "→", "->", "⇒", "=>", "⟶", "➔", "»",
    }


_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_CLAUSE = re.compile(r"\s*(?:and|or|but|then|while|which|so)\b")  # lowercase: a sentence goes on
_MOVED_TO = re.compile(
    r"\b(?:extended|postponed|moved|changed|pushed(?:\s+back)?)(?:\s+(?:deadline|date))?"
    r"(?:\s+(?:to|until))?\b:?"
    r"|\bnew(?:\s+deadline)?\s*:|\b(?:final\s+|second\s+)?extension\b:?",
    re.IGNORECASE,
)


def _clean_label(raw: str) -> str:
    text = raw.replace(STRUCK_OPEN, " ").replace(STRUCK_CLOSE, " ")
    text = dates_.strip_clock(text)
    text = re.sub(r"[\[(]\s*$", "", text)
    text = _trim(" ".join(text.split()))
    text = _trim(re.sub(r"^[.!?]\s+", "", text))  # the end of a sentence before the label
    text = _STATUS.sub("", text)
    text = _trim(re.sub(r"^[.!?]\s+", "", text))  # '(extended). Short paper deadline'
    text = _STATUS_CELL.sub("", text)  # 'Paper deadline | Closed'
    if text.lower() in _STATUS_WORDS:
        text = ""
    # prose: keep the clause just before the date ("… and the paper deadline is"), never
    # cutting inside brackets ('Notification (accept as spotlight, poster, or reject)')
    brackets = _BRACKETS.findall(text)
    text = _BRACKETS.sub(lambda m: f"\x06{brackets.index(m.group())}\x06", text)
    sentence = bool(_VERB.search(text)) or len(text.split()) > _PROSE_WORDS
    for cut in (". ", ": ", "; ", " and ", ", "):
        if cut in {" and ", ", "} and not sentence:
            continue  # 'Camera-ready deadline for accepted full and extended abstract papers'
        if cut in text and (len(text.split()) > 8 or (cut == ". " and sentence)):
            clauses = text.split(cut)
            named = [c for c in clauses if classify(c) is not None]
            text = named[-1] if named and not _label_like(clauses[-1]) else clauses[-1]
    text = re.sub("\x06([0-9]+)\x06", lambda m: brackets[int(m.group(1))], text)
    text = re.sub(rf"\b{dates_.WEEKDAY},?\s*$", "", text, flags=re.IGNORECASE)  # 'Thu 2026-03-26'
    text = re.sub(
        r"\b(?:is|are|was|on|by|at|to|(?<!open\s)until|extended to|moved to)\s*$"
        r"|(?:\bat[ée]|\bhasta|\bjusqu'au|\bbis|\bentro il)\W*$",  # 'until' in other languages
        "",
        text,
        flags=re.IGNORECASE,
    )
    return _trim(_trim(text).removesuffix("."))  # 'Paper Submission Deadline. 30 June


def _trim(text: str) -> str:
    """Strip punctuation around a label, keeping a closing bracket that closes one inside."""
    while True:
        before = text
        text = text.strip(" |:-–—•*·,;/")
        for opening, closing in ("()", "[]"):
            if text.startswith(opening) and text.count(opening) > text.count(closing):
                text = text[1:]
            if text.endswith(closing) and text.count(closing) > text.count(opening):
                text = text[:-1]
            if text.startswith(closing):  # '[Jul. 30, 2025] | Paper deadline': the date's
                text = text[1:]
            if text.startswith(opening) and text.endswith(closing) and text.count(opening) == 1:
                text = text[1:-1]
            text = text.rstrip(opening) if text.endswith(opening) else text
        if text == before:
            return text


def _resolve_years(raw: _Raw, page_year: int | None, event: dt.date | None = None) -> None:
    """Give a date without a year the year its line states later, or the page's year: the
    one before if that puts it after the `event` its deadlines lead up to, or a struck date
    after the value that replaced it."""
    line_years = [f.date.year for f in raw.dates if f.date and f.year_stated]
    for i, item in enumerate(raw.dates):
        if item.date is not None or item.parts is None:
            continue
        tail_year = _YEAR.search(raw.tails[i])
        year = (
            int(tail_year.group(1)) if tail_year else (line_years[-1] if line_years else page_year)
        )
        if year is None:
            continue
        dated = dates_.with_year(item, year)
        if (
            not tail_year
            and not line_years
            and event is not None
            and dated.date is not None
            and dated.date > event
        ):
            dated = dates_.with_year(item, year - 1)
        later = next((f.date for f in raw.dates[i + 1 :] if f.date is not None), None)
        if raw.struck[i] and later is not None and dated.date is not None and dated.date > later:
            # '<s>December 22</s> February 9, 2024': a value struck for a later one is earlier
            dated = dates_.with_year(item, year - 1)
        raw.dates[i] = dated


_TIME_REACH, _ZONE_REACH = 30, 60  # how far after a date its time and zone may be written


def _tail_clock(tail: str) -> dates_.Clock:
    tail = tail.replace(STRUCK_OPEN, "").replace(STRUCK_CLOSE, "")
    return dates_.Clock(
        dates_.find_clock(tail[:_TIME_REACH]).time, dates_.find_clock(tail[:_ZONE_REACH]).zone
    )


def _entries(raw: _Raw, page_clock: dates_.Clock, out: PageDates) -> list[Entry]:
    label = raw.label
    where = f"{label or raw.line[:40]!r}"
    if _EVENT.search(label):
        days = [f for f, s in zip(raw.dates, raw.struck, strict=True) if f.date and not s]
        if days and out.start is None:
            out.start = days[0].date
            out.end = days[-1].end_date or days[-1].date
        return []
    kind = classify(label)
    if kind is DeadlineKind.OTHER and _SKIP.search(label) and _FOR_AUTHORS.search(label):
        out.problems.append(
            f"{where}: a step this reader skips, asked of the authors; kept as 'other'"
        )
    is_challenge = (
        _is_challenge(label, raw.line, raw.section)
        or (raw.contest and not _PAPER_WORDS.search(label))
        # on a page of a competition's papers, their submission is the competition's
        or (raw.contest_papers and kind is DeadlineKind.PAPER)
    )
    if is_challenge and not raw.prose and kind in {None, DeadlineKind.OTHER}:
        if _RESULTS.search(label) and _ANNOUNCED.search(label):
            kind = DeadlineKind.NOTIFICATION  # 'Final results & winners announced'
        if kind is None and _CHALLENGE_DEADLINE.search(label) and not _OPENING.search(label):
            kind = DeadlineKind.OTHER  # 'Submission deadline for leaderboard ranking'
    if kind is None and label and not raw.prose:
        if is_challenge and _CHALLENGE_DEADLINE.search(label) and not _SKIP.search(label):
            kind = DeadlineKind.OTHER
        elif _is_other(label):
            kind = DeadlineKind.OTHER
            out.problems.append(f"{where}: not a label this reader knows; kept as 'other'")
        elif not _SKIP.search(label) and raw.section and _DATES_SECTION.search(raw.section):
            out.problems.append(f"{where}: not a label this reader knows; skipped")
        elif ((part := _SKIP_SECTION.search(label)) and not _PROGRAMME.search(part[0])) or (
            _OTHER.search(label) and not _TITLE.search(label)
        ):
            # 'Application deadline', 'Reviewer nomination deadline': a deadline, not an
            # author's; so is 'Workshop proposal submission'
            skipped = part or _SKIP.search(label)
            reason = f" ({skipped.group().lower()})" if skipped else ""
            out.problems.append(f"{where}: a deadline that is not an author's{reason}; not read")
    elif kind is None and raw.prose and _OTHER.search(label) and not _TITLE.search(label):
        # a deadline in a sentence ('… (registration deadline: Jan 15 2026)') is reported
        dated = ", ".join(f.text for f in raw.dates)
        out.problems.append(f"{where} ({dated}): a deadline named in a sentence; not read")
    elif (
        kind is None
        and raw.prose
        and raw.section
        and _DATES_SECTION.search(raw.section)
        and not _PAGE_STAMP.search(raw.line)  # 'Last updated December 16': the page's own
    ):
        # a sentence of the dates section whose step the reader cannot name is said, not lost
        dated = ", ".join(f.text for f in raw.dates)
        out.problems.append(
            f"{where} ({dated}): a sentence naming no step this reader knows; not read"
        )
    extends = (  # a sentence, not a label with its status ('Paper: extended to May 2')
        raw.prose
        and kind is not None
        and kind is not DeadlineKind.OTHER
        and not raw.track
        and bool(_EXTENDED_TO.search(raw.line[: raw.line.find(raw.dates[0].text)]))
    )
    if kind is None:
        return []
    if (
        raw.prose
        and not extends
        and not _KIND_WORDS.search(label)
        and not _BARE_DEADLINE.fullmatch(label)
    ):
        dated = ", ".join(f.text for f in raw.dates)
        out.problems.append(f"{where} ({dated}): in a sentence, not a dates list; not read")
        return []
    # 'Each accepted paper must be registered by May 5': a rule stated in passing, read only
    # to give a listed deadline of that day its time and zone ('open until 19 June, 11:59 PM PT')
    outside = (
        raw.prose and not extends and not _in_dates_part(raw.section)
    )
    sink: list[str] = [] if outside else out.problems  # a sentence's own doubts go unsaid
    if kind in {DeadlineKind.NOTIFICATION, DeadlineKind.REVIEW_RELEASE} and _HOST.search(label):
        sink.append(f"{where}: the host conference's date, not this venue's; skipped")
        return _unread(raw, out) if outside else []
    if kind is DeadlineKind.PAPER and _SUGGESTED.search(label):
        sink.append(f"{where}: a suggested date, not a deadline; kept as 'other'")
        kind = DeadlineKind.OTHER
    if kind is not None and not is_challenge and _nearest(raw, _AWARD):
        kind = DeadlineKind.OTHER  # 'Submission deadline' of an award's applications
    for item in raw.dates:
        sink.extend(f"{where}: {p}" for p in item.problems)
    if is_challenge and (
        (kind is DeadlineKind.CAMERA_READY and _PAPERS_CAMERA.search(label))
        or (kind is DeadlineKind.NOTIFICATION and re.search(r"accept", label, re.IGNORECASE))
    ):
        # a competition's papers, accepted and made camera-ready like any other's (a final
        # submission or a technical report's last version are the competition's own)
        is_challenge = False
    if is_challenge and kind is DeadlineKind.NOTIFICATION:
        dated = ", ".join(f.text for f in raw.dates)
        sink.append(
            f"{where} ({dated}): a challenge's results, not its participants' deadline; not read"
        )
        return _unread(raw, out) if outside else []
    # 'Submission deadline for both Challenge and Workshop submissions': the papers' too
    shared = is_challenge and kind is DeadlineKind.PAPER
    shared = shared and bool(_CHALLENGE_AND_PAPERS.search(label))
    if is_challenge:
        kind = DeadlineKind.OTHER
        head = raw.line.split(":")[0].strip(" |")
        if head and head != label and len(head.split()) <= 10 and not dates_.find_dates(head):
            label = head
    readings = []
    for i, item in enumerate(raw.dates):
        if item.date is None:
            if not item.problems:
                sink.append(f"{where}: {item.text!r} has no year; skipped")
            continue
        clock = _tail_clock(raw.tails[i])
        if clock.time is None and clock.zone is None:
            clock = dates_.find_clock(raw.head)
        readings.append((item, raw.struck[i], clock))
    if not readings:
        return _unread(raw, out) if outside else []
    live = [r for r in readings if not r[1]]
    struck = [r for r in readings if r[1]]
    passed = not live
    if not live:  # every date struck: the page marks it as past, the value still holds
        live = [readings[-1]]
        struck = readings[:-1]
    current = live[-1]
    # a range ('Rebuttal: January 20-27' or 'April 5 - April 7'): the deadline is its end
    first_live = live[0]
    if kind is DeadlineKind.REBUTTAL_END:
        date = current[0].end_date or current[0].date
    else:
        date = current[0].end_date if (len(live) == 1 and current[0].end_date) else None
        date = date or current[0].date
    del first_live
    if current[0].end_date and kind != DeadlineKind.REBUTTAL_END:
        date = current[0].end_date
    clock_time = next((c.time for _, _, c in reversed(readings) if c.time), None)
    clock_zone = next((c.zone for _, _, c in reversed(readings) if c.zone), None)
    clock_time = clock_time or raw.line_clock.time
    clock_zone = clock_zone or raw.line_clock.zone
    time = clock_time or raw.section_clock.time or page_clock.time
    zone = clock_zone or raw.section_clock.zone or page_clock.zone
    if clock_zone and page_clock.zone and clock_zone != page_clock.zone:
        sink.append(
            f"{where}: states {clock_zone} but the page also says deadlines are in "
            f"{page_clock.zone}; kept {clock_zone}"
        )
    india = "'IST' read as India Standard Time (UTC+5:30)"  # said once for the page
    if zone == dates_.INDIA and re.search(r"\bIST\b", raw.line) and india not in out.problems:
        sink.append(india)
    if zone is None and (unread := dates_.AMBIGUOUS.search(raw.line)):
        sink.append(
            f"{where}: {unread.group()!r} names two zones (US Central or China, Atlantic or "
            "Arabia); not read"
        )
    if time == dt.time(11, 59) and _BARE_1159.search(raw.line):
        sink.append(f"{where}: '11:59' has no am or pm; read as 11:59 in the morning")
    assert date is not None
    at = _at(date, time)
    history = []
    for item, _, clock in struck:
        assert item.date is not None
        history.append((_at(item.date, clock.time or time), clock.zone or zone))
    for item, _, clock in live[:-1]:  # a live earlier value in the same cell: superseded too
        assert item.date is not None
        history.append((_at(item.date, clock.time or time), clock.zone or zone))
    if kind is DeadlineKind.REBUTTAL_END and len(live) == 1 and current[0].end_date:
        start = current[0].date
        assert start is not None
        return [
            Entry(
                label,
                DeadlineKind.REBUTTAL_START,
                _at(start, dt.time(0, 0)),
                zone,
                zone is None,
                section=raw.section,
                challenge=is_challenge,
            ),
            Entry(
                label,
                kind,
                at,
                zone,
                zone is None,
                section=raw.section,
                time_stated=time is not None,
                challenge=is_challenge,
            ),
        ]
    entry = Entry(
        label,
        kind,
        at,
        zone,
        zone_assumed=zone is None,
        history=tuple(history),
        track=raw.track,
        section=raw.section,
        time_stated=time is not None,
        prose=raw.prose,
        challenge=is_challenge,
        extends=extends,
        outside=", ".join(f.text for f in raw.dates) if outside else None,
        line=raw.line_no,
        passed=passed,
        rest=" ".join(_without_dates(raw).split()),
    )
    if outside:
        return [entry]
    if kind is DeadlineKind.PAPER and _JOINT_SUPPLEMENT.search(label):
        # 'Paper and supplementary material deadline': the supplement is due with the paper
        return [entry, replace(entry, kind=DeadlineKind.SUPPLEMENTARY)]
    if kind is DeadlineKind.ABSTRACT and _JOINT_ABSTRACT.search(label):
        return [entry, replace(entry, kind=DeadlineKind.PAPER)]  # one day for both
    if not raw.track and (tracks := _two_tracks(label, kind)) is not None:
        return [replace(entry, track=t) for t in tracks]
    if kind is DeadlineKind.PAPER and not raw.track and (both := _JOINT_TRACK.search(label)):
        # 'Paper & Demo Submissions': one day, two kinds of submission, each its own track
        second = both.group("second").strip()
        return [entry, replace(entry, track=second[0].upper() + second[1:])]
    if shared:
        return [
            replace(entry, track="Challenge"),
            replace(entry, kind=DeadlineKind.PAPER, challenge=False, track="Workshop"),
        ]
    if kind is DeadlineKind.REGISTRATION and _KINDS[0][0].search(label):
        # 'Camera-ready copies and registration': both due that day
        return [replace(entry, kind=DeadlineKind.CAMERA_READY), entry]
    return [entry]


# one label, one day, two tracks, each pattern naming them 'a' and 'b'
_TWO_TRACKS = re.compile(  # 'Submission deadline (Proceedings and Workshop Tracks)'
    r"\((?P<a>[\w-]+(?:\s[\w-]+)?)\s+(?:and|&)\s+(?P<b>[\w-]+(?:\s[\w-]+)?)\s+tracks?\)",
    re.IGNORECASE,
)
_TRACK_AND_TRACK = re.compile(  # 'Submission deadline — Track 1 & Track 2'
    r"\b(?P<a>track\s+[A-Z\d]\b)\s*(?:and|&|/|,)\s*(?P<b>track\s+[A-Z\d])\b", re.IGNORECASE
)
_MAIN_AND_TRACK = re.compile(  # 'Regular & special session papers due': a paper deadline
    r"^(?P<a>regular|main|research|full)\s*(?:&|and|/)\s*"
    r"(?P<b>special[- ]sessions?|special[- ]tracks?|industry(?:[- ]track)?)\s+papers?\b",
    re.IGNORECASE,
)


def _two_tracks(label: str, kind: DeadlineKind | None) -> tuple[str, str] | None:
    """The two tracks one label gives its day to, as they would be named; None if not two."""
    if pair := _TWO_TRACKS.search(label):
        return f"{pair['a']} Track", f"{pair['b']} Track"
    if pair := _TRACK_AND_TRACK.search(label):
        return pair["a"].strip(), pair["b"].strip()
    if kind is DeadlineKind.PAPER and (pair := _MAIN_AND_TRACK.search(label)):
        return " ".join(pair["a"].lower().split()), " ".join(pair["b"].lower().split())
    return None


# papers and another kind of submission due the same day: 'Paper & Demo Submissions',
# 'Regular Paper & SRC Abstract Submission'
_JOINT_TRACK = re.compile(
    r"^(?:regular\s+|full\s+|research\s+)?papers?\s*(?:&|and|/|\+)\s*"
    r"(?P<second>(?:[A-Z]{2,6}\s+)?(?:demos?|posters?|(?:extended\s+)?abstracts?|short\s+papers?"
    r"|position\s+papers?))\b(?!\s+(?:acceptance|notification|decision))",
    re.IGNORECASE,
)
# one deadline for a challenge's entries and the workshop's papers alike
_PAPERS_CAMERA = re.compile(r"^(?!.*\b(?:reports?|fact\s?sheets?)\b).*camera", re.IGNORECASE)
_CHALLENGE_AND_PAPERS = re.compile(  # 'Paper submissions and final challenge submissions'
    r"\b(?:challenge|competition)(?:\s+\w+){0,2}\s+(?:and|&)\s+(?:\w+\s+){0,2}(?:workshop|papers?)\b"
    r"|\b(?:workshop|papers?)(?:\s+\w+){0,2}\s+(?:and|&)\s+(?:\w+\s+){0,2}(?:challenge|competition)\b",
    re.IGNORECASE,
)
# a deadline of the paper and its supplementary material together
# 'Abstract & Submission deadline', 'Abstract and full paper submission': both due that day
_JOINT_ABSTRACT = re.compile(
    r"\babstracts?\s*(?:and|&|/|\+)\s*(?:full[- ]?)?(?:papers?\s*)?submissions?\b"
    r"|\babstracts?\s*(?:and|&|/|\+)\s*(?:full[- ]?)?papers?\b(?!\s*registration)",
    re.IGNORECASE,
)
_JOINT_SUPPLEMENT = re.compile(
    r"\bpapers?(?:\s+submissions?)?\W*(?:and|&|/|\+|with)\W*(?:\(?optional\)?\s*)?supplement"
    r"|supplement\w*(?:\s+materials?)?\W*(?:and|&|/|\+)\W*(?:main\s+)?papers?\b",
    re.IGNORECASE,
)


_HOST = re.compile(
    r"^\W*(?:the\s+)?(?:main\s+)?(?:CVPR|ICCV|ECCV|NeurIPS|ICML|ICLR|WACV|AAAI|IJCAI|ACL|EMNLP|NAACL"
    r"|MICCAI|BMVC|ACCV|KDD|ACM\s?MM)\b",
    re.IGNORECASE,
)
_SUGGESTED = re.compile(r"\b(?:suggested|recommended)\b", re.IGNORECASE)
_AWARD = re.compile(r"\bawards?\b|fellowship", re.IGNORECASE)


def _nearest(raw: _Raw, context: re.Pattern[str]) -> bool:
    """Whether the nearest heading that names a context or a paper names the context."""
    for part in reversed((raw.section or "").split(" / ")):
        if context.search(part):
            return True
        if re.search(r"\bpapers?\b", part, re.IGNORECASE):
            return False
    return False


# 'Paper Abstract Submission. 20 May 2025': a short label that ends with a dot, not a sentence
_DOTTED_LABEL = re.compile(r"[A-Z][\w-]*(?:\s+[A-Za-z][\w-]*){0,5}\.")
_REVISED = re.compile(r"^\W*revised\b|\brevision\s+(?:submission|deadline|due)", re.IGNORECASE)


def _revision_rounds(entries: list[Entry]) -> list[Entry]:
    """'Revised submissions due' after a first notification ends a revision round (two review
    cycles), not a new submission deadline: a notification falls between it and the paper's."""
    papers = [e.at[:10] for e in entries if e.kind is DeadlineKind.PAPER and not e.challenge]
    notices = [e.at[:10] for e in entries if e.kind is DeadlineKind.NOTIFICATION]
    return [
        replace(e, kind=DeadlineKind.REBUTTAL_END)
        if e.kind is DeadlineKind.PAPER
        and _REVISED.search(e.label)
        and any(p < n < e.at[:10] for p in papers for n in notices)
        else e
        for e in entries
    ]


def _under_challenge(entry: Entry) -> bool:
    """Whether an entry's own heading names a competition ('Challenge', 'XYZ Challenge')."""
    heading = (entry.section or "").split(" / ")[-1]
    return bool(_CHALLENGE.search(_CHALLENGES_PROSE.sub(" ", heading)))


def _challenge_papers(entries: list[Entry]) -> list[Entry]:
    """A paper or abstract deadline under a challenge's own heading is the challenge's when
    the page lists the workshop's paper deadlines under another heading."""
    papers = {DeadlineKind.PAPER, DeadlineKind.ABSTRACT}
    workshop = {e.at[:10] for e in entries if e.kind in papers and not _under_challenge(e)}
    if not workshop:
        return entries
    return [
        replace(e, kind=DeadlineKind.OTHER, challenge=True)
        if e.kind in papers
        and not e.challenge
        and _under_challenge(e)
        and e.at[:10] not in workshop  # the workshop's own deadline, said again
        else e
        for e in entries
    ]


_ATTENDANCE = re.compile(r"\battendees?\b|\bin[- ]person\b|\bon[- ]?site\b", re.IGNORECASE)


def _is_challenge(label: str, line: str, section: str | None) -> bool:
    """Whether a deadline is a challenge's: the nearest of label, line and headings decides.

    'Challenge paper submission deadline' is the challenge's; 'Paper Submissions' under a
    page titled 'X Challenge 2026' is the workshop's call for papers.
    """
    if _ATTENDANCE.search(label):  # 'Registration closes for in person attendees'
        return False
    if _CHALLENGE.search(label):
        return True
    if _PAPER_WORDS.search(label):
        return False
    if _SHARED_TASK.search(label):
        return True  # 'Shared task submission': the systems' outputs, not a paper
    for part in [line, *reversed((section or "").split(" / "))]:
        if _CHALLENGE.search(_CHALLENGES_PROSE.sub(" ", part)):
            return True
        if _PAPER_WORDS.search(part):
            return False
    return False


def _at(date: dt.date, time: dt.time | None) -> str:
    if time is None:
        return f"{date:%Y-%m-%d}"
    return f"{date:%Y-%m-%d} {time:%H:%M}"


_OWN_LIST = 3  # dated rows under one heading that make a list of their own (a second call)


def _dedupe(entries: list[Entry], out: PageDates) -> list[Entry]:
    """Merge repeated mentions; tell tracks apart; 'New deadline: …' supersedes the old."""
    by_kind: dict[tuple[DeadlineKind, bool], list[Entry]] = {}
    lists = Counter(e.section for e in entries if not e.prose)  # dated rows per heading
    # the page lists no dates at all, or only ones it does not name a step of the reviewing
    alone = all(e.outside is not None or e.kind is DeadlineKind.OTHER for e in entries)
    for entry in entries:  # a challenge's deadlines are told apart among themselves
        by_kind.setdefault((entry.kind, entry.challenge), []).append(entry)
    result: list[Entry] = []
    for (kind, _), every in by_kind.items():
        items = [e for e in every if e.outside is None]
        kept: list[Entry] = []
        for entry in items:
            same = next(
                (
                    k
                    for k in kept
                    if k.at[:10] == entry.at[:10]
                    and k.track == entry.track
                    and k.challenge == entry.challenge
                    and not _other_tracks(k, entry, lists)
                    and not _told_apart(k, entry)
                    and (k.zone == entry.zone or k.zone_assumed or entry.zone_assumed)
                ),
                None,
            )
            if same is not None:  # the same date said twice; keep the fuller reading
                best = entry if _fuller(entry) > _fuller(same) else same
                # where it was said: a dates list outranks a sentence elsewhere on the page
                where = entry if _rank(entry) > _rank(same) else same
                kept[kept.index(same)] = replace(
                    best, label=where.label, section=where.section, prose=where.prose
                )
                continue
            older = next(
                (
                    k
                    for k in kept
                    if _NEWER.match(entry.label)
                    and _NEWER.sub("", entry.label).strip().lower() == k.label.lower()
                ),
                None,
            )
            if older is not None:
                kept.remove(older)
                entry = replace(  # noqa: PLW2901
                    entry,
                    label=older.label,
                    history=(*older.history, (older.at, older.zone), *entry.history),
                )
            kept.append(entry)
        kept = _extend(kept, kind, out)
        said = [e for e in every if e.outside is not None]
        kept = _clock_from_sentences(kept, said, out, alone=alone)
        listed = [e for e in kept if _in_dates_list(e)]
        if len(kept) > 1 and listed:  # a dates list outranks what other parts of the page say
            for e in [
                e
                for e in kept
                if not _in_dates_list(e)
                and not _under_track(e)
                and (e.prose or lists[e.section] < _OWN_LIST)  # another call's list stays
            ]:
                out.problems.append(
                    f"{kind.value}: the page's text also says {e.at} ({e.label!r}); "
                    "kept its dates list"
                )
                kept.remove(e)
        for e in [e for e in kept if not e.history]:
            newer = next(
                (
                    k
                    for k in kept
                    if e.at[:10] in {h[:10] for h, _ in k.history}
                    and not _other_tracks(k, e, lists)  # another track's list moved its date
                ),
                None,
            )
            if newer is not None:  # struck elsewhere on the page: an earlier value, not a track
                out.problems.append(
                    f"{kind.value}: {e.at} ({e.label!r}) is struck elsewhere on the page for "
                    f"{newer.at}; kept {newer.at}"
                )
                kept.remove(e)
        kept = _said_again(kept, kind, out)
        kept = _extended(kept, kind, lists, out)
        if len(kept) > 1:
            headings = [_own_heading(e.section) for e in kept]
            tracks = [_track(e) for e in kept]
            short = [
                _track_of_label(t) if t == e.label else t
                for e, t in zip(kept, tracks, strict=True)
            ]
            if len(set(short)) == len(short):  # 'Lightning Talks', not '… Submission Deadline'
                tracks = short
            named = all(
                e.track or any(_names_track(p) for p in (e.section or "").split(" / "))
                for e in kept
            )
            if (
                not named
                and all(h and not _TITLE.search(h) for h in headings)
                and len(set(headings)) == len(headings)
            ):  # each under its own heading: 'Archival (8 pages)', 'Non-archival (4 pages)'
                # 'Competition Important Dates' names the competition's track
                bare = [" ".join(_IMPORTANT_DATES.sub(" ", h).split()) for h in headings]
                bare = [b.strip(" :-–") for b in bare]
                tracks = bare if all(bare) and len(set(bare)) == len(bare) else headings
            if len(set(tracks)) == len(tracks):
                kept = [replace(e, track=t) for e, t in zip(kept, tracks, strict=True)]
            else:
                kept = [
                    replace(e, track=f"{t} ({i + 1})")
                    for i, (e, t) in enumerate(zip(kept, tracks, strict=True))
                ]
                out.problems.append(
                    f"{kind.value}: {len(kept)} different dates with no telling them apart; "
                    "kept each as its own track"
                )
        result.extend(kept)
    on_list = {e.at[:10]: e for e in result if _in_dates_list(e)}
    for e in [e for e in result if e.kind is DeadlineKind.OTHER and e.prose]:
        if (same := on_list.get(e.at[:10])) is not None and same is not e:
            # 'notify acceptance or rejection on August 28': a listed date said again
            out.problems.append(
                f"other: the page's text also says {e.at} ({e.label!r}), listed as "
                f"{same.kind.value}; kept its dates list"
            )
            result.remove(e)
    order = list(DeadlineKind)
    return sorted(result, key=lambda e: (order.index(e.kind), e.track or "", e.at))


def _unread(raw: _Raw, out: PageDates) -> list[Entry]:
    dated = ", ".join(f.text for f in raw.dates)
    out.problems.append(f"{dated!r} is in a sentence outside a dates section; not read")
    return []


def _clock_from_sentences(
    kept: list[Entry], said: list[Entry], out: PageDates, *, alone: bool
) -> list[Entry]:
    """Let a sentence outside the dates section that names a listed deadline's day give it
    the time and zone the list leaves out; any other such sentence is reported, not read.

    On a page that lists no dates at all (`alone`), a sentence naming a step of the
    reviewing is all the page says of it, and is read.
    """
    for sentence in said:
        same = next((k for k in kept if k.at[:10] == sentence.at[:10]), None)
        if same is None and alone and sentence.kind is not DeadlineKind.OTHER:
            out.problems.append(
                f"{sentence.kind.value} {sentence.outside!r} is read from a sentence; the page "
                "lists no dates"
            )
            kept = [*kept, replace(sentence, outside=None)]
            continue
        if same is None:
            out.problems.append(
                f"{sentence.outside!r} is in a sentence outside a dates section; not read"
            )
            continue
        if same.zone_assumed and not same.time_stated and not sentence.zone_assumed:
            moved = replace(
                same,
                at=sentence.at,
                zone=sentence.zone,
                zone_assumed=False,
                time_stated=sentence.time_stated,
            )
            kept = [moved if k is same else k for k in kept]
    return kept


def _extend(kept: list[Entry], kind: DeadlineKind, out: PageDates) -> list[Entry]:
    """Carry a sentence that extends a deadline ('… has been extended to March 22') to the one
    deadline of its kind it moves: the new value wins and the old becomes its history."""
    for ext in [e for e in kept if e.extends]:
        if any(k.at[:10] == ext.at[:10] for k in kept if not k.extends):
            kept = [k for k in kept if k is not ext]  # it restates a deadline already listed
            continue
        earlier = [k for k in kept if not k.extends and k.at < ext.at and not k.challenge]
        if len(earlier) != 1:
            if earlier:
                out.problems.append(
                    f"{kind.value}: {ext.label!r} extends to {ext.at}, but {len(earlier)} "
                    "deadlines could be the one extended; moved none"
                )
            continue
        (old,) = earlier
        at = ext.at if ext.time_stated or not old.time_stated else f"{ext.at[:10]}{old.at[10:]}"
        zone = old.zone if ext.zone_assumed else ext.zone
        moved = replace(
            old,
            at=at,
            zone=zone,
            zone_assumed=old.zone_assumed and ext.zone_assumed,
            history=(*old.history, (old.at, old.zone)),
        )
        kept = [moved if k is old else k for k in kept if k is not ext]
    return kept


_TWICE = 2


def _without_dates(raw: _Raw) -> str:
    text = raw.line
    for found in raw.dates:
        text = text.replace(found.text, " ")
    return text


def _said_again(kept: list[Entry], kind: DeadlineKind, out: PageDates) -> list[Entry]:
    """One label listed twice, line after line, with two dates: the later is the deadline
    moved, the earlier struck by a style this reader cannot see ('Submission deadline:
    August 25' then 'Submission deadline: September 2')."""
    groups: dict[tuple[str, str | None], list[Entry]] = {}
    for e in kept:
        if not (e.prose or e.track or e.history):
            groups.setdefault((e.label.lower(), e.section), []).append(e)
    for same in groups.values():
        lines = sorted(e.line for e in same)
        latest = max(same, key=lambda e: e.at)
        # where every earlier one is struck through, a few lines between: '---EXTENDED---',
        # or other struck lines and their new values ('<del>Paper: Sep 25</del>', '<del>Shared
        # task: Oct 7</del>', 'Shared task: Oct 15', 'Paper: Oct 10')
        gap = 0
        if all(e.passed for e in same if e is not latest):
            gap = 1 if latest.passed else _STRUCK_GAP  # all struck: rounds passed, not moves
        if (
            len(same) < _TWICE
            or lines[-1] - lines[0] > (len(same) - 1) * (1 + gap)
            or len({e.rest for e in same}) > 1
        ):
            continue  # said again line after line, word for word: not one label per track
        earlier = sorted((e for e in same if e is not latest), key=lambda e: e.at)
        out.problems.append(
            f"{kind.value}: {latest.label!r} is listed with {len(same)} dates; kept the latest, "
            f"{latest.at}, as the one that replaced the others"
        )
        moved = replace(latest, history=tuple((e.at, e.zone) for e in earlier))
        kept = [moved if e is latest else e for e in kept if e not in earlier]
    return kept


_STRUCK_GAP = 3

_PLAIN_WORDS = {
    "paper", "papers", "submission", "submissions", "deadline", "deadlines", "due", "date",
    "the", "a", "an", "of", "for", "and", "to", "on", "by", "at", "in", "is", "extended",
    "new", "final", "updated",
}  # fmt: skip


# words that say only what kind of deadline a label is, not whose
_KIND_VOCABULARY = {
    "notification", "notifications", "acceptance", "decision", "decisions", "author", "authors",
    "camera", "ready", "camera-ready", "version", "abstract", "abstracts", "rebuttal",
    "supplementary", "material", "registration",
}  # fmt: skip


# words that name a kind of submission other than a paper, due beside the papers
_SUBMISSION_KINDS = {"demo", "demos", "demonstration", "demonstrations", "poster", "posters"}


def _naming_words(label: str) -> set[str]:
    """The words of a label that name what is due, beyond 'paper submission deadline'."""
    return {w for w in re.findall(r"[\w-]+", label.lower()) if w not in _PLAIN_WORDS}


# 'New extended deadline paper submission', 'Extended deadline': a card of its own that
# moves another's date (not 'Extended abstract submission', which names what is submitted)
_EXTENSION_LABEL = re.compile(
    r"^\W*(?:new\s+)?(?:extended(?!\s+abstracts?)|extension|new)\b.*\b(?:deadline|due|date)\b",
    re.IGNORECASE,
)


def _extended(
    kept: list[Entry], kind: DeadlineKind, lists: Counter[str | None], out: PageDates
) -> list[Entry]:
    """Let a deadline labelled as an extension take the one earlier deadline of its kind as
    its earlier value, where neither names a track: one deadline moved, not two tracks."""
    for moved in [e for e in kept if _EXTENSION_LABEL.search(e.label) and not e.track]:
        earlier = [
            e
            for e in kept
            if e is not moved
            and not e.track
            and e.at < moved.at
            and not _EXTENSION_LABEL.search(e.label)
            and not _other_tracks(e, moved, lists)
        ]
        if len(earlier) != 1:
            continue
        (first,) = earlier
        out.problems.append(
            f"{kind.value}: {moved.label!r} moves {first.at} ({first.label!r}); kept {moved.at}"
        )
        history = (*first.history, (first.at, first.zone), *moved.history)
        kept = [replace(e, history=history) if e is moved else e for e in kept if e is not first]
    return kept


def _told_apart(one: Entry, other: Entry) -> bool:
    """Whether two rows of one dates list name different things on the same day.

    'Workshop paper submission' and 'ICTIR paper submission', both April 25: two deadlines,
    where 'Paper submission deadline' said again as 'Submission' is one, as is 'Short Papers
    Notification' said again as 'Notification'.
    """
    if one.prose or other.prose or one.section != other.section:
        return False
    words = _naming_words(one.label), _naming_words(other.label)
    if bool(words[0] & _SUBMISSION_KINDS) != bool(words[1] & _SUBMISSION_KINDS):
        return True  # 'Paper Submission Due' and 'Demo Submission Due': two tracks
    # 'Notification' again under 'Short Papers Notification' (a card repeating a table row)
    # is the same deadline said in fewer words
    fewer, more = sorted(words, key=len)
    restated = fewer <= more and not fewer - _KIND_VOCABULARY
    return all(words) and words[0] != words[1] and not restated


def _other_tracks(one: Entry, other: Entry, lists: Counter[str | None]) -> bool:
    """Whether two entries sit under headings that name two different tracks.

    `lists` counts the dated rows under each heading: sibling headings that each hold a
    list of dates of its own ('Short papers', 'Demo Papers') are tracks too.
    """
    tracks = [
        [_track_name(p) for p in (e.section or "").split(" / ") if _names_track(p)][-1:]
        for e in (one, other)
    ]
    if all(tracks):
        return tracks[0] != tracks[1]
    # 'Proceedings track', then 'Extended abstract (non-archival)' at the same level: the
    # headings of one list of tracks, though only one says so
    paths = [(e.section or "").split(" / ") for e in (one, other)]
    if len(paths[0]) != len(paths[1]) or paths[0][-1] == paths[1][-1]:
        return False
    if all(lists[e.section] >= _OWN_LIST for e in (one, other)):
        # 'The Workshop / Workshop Important Dates' and 'The Competition / Competition
        # Important Dates': two lists of their own, each named
        named = [_LIST_WORDS.sub(" ", p[-1]).strip(" :-–") for p in paths]
        if all(named):
            return True
    if paths[0][:-1] == paths[1][:-1] and all(_SUBMITTED.fullmatch(p[-1].strip()) for p in paths):
        return True  # sibling cards 'Abstracts' and 'Demos': what each track submits
    return paths[0][:-1] == paths[1][:-1] and any(tracks) and not any(
        _DATES_TITLE.search(p[-1]) or _TITLE.search(p[-1]) or _CHALLENGE.search(p[-1])
        for p in paths
    )


# a heading that names only what a track submits: 'Demos', 'Short papers', 'Posters'
_SUBMITTED = re.compile(
    r"(?:(?:full|short|long|regular|position|research|proceedings|extended|student|industry)\s+)?"
    r"(?:papers?|abstracts?|demos?|demonstrations?|posters?|extended abstracts?)",
    re.IGNORECASE,
)


_IMPORTANT_DATES = re.compile(r"\b(?:important|key)\s+dates\b", re.IGNORECASE)
_LIST_WORDS = re.compile(
    r"\b(?:important|key|main|dates?|deadlines?|timelines?|schedule|and|&)\b", re.IGNORECASE
)


_TRACK_NAME = re.compile(r"([\w-]+)\s+track\b(?:\s*(\d+))?", re.IGNORECASE)


def _track_name(heading: str) -> str:
    """The name a heading gives its track: 'regular' for 'Call for Papers (Regular Track)'.

    'Submission Track 2: Non-Proceedings Track' is 'submission 2 non-proceedings'.
    """
    names = [" ".join(filter(None, m.groups())) for m in _TRACK_NAME.finditer(heading)]
    return (" ".join(names) or heading).lower()


def _under_track(entry: Entry) -> bool:
    """Whether an entry sits under a heading of its own track ('RoboTwin Track')."""
    return any(_names_track(p) for p in (entry.section or "").split(" / "))


def _in_dates_part(section: str | None) -> bool:
    """Whether a sentence sits in a part of the page about dates: under a heading naming
    dates, or right under one naming a call ('Call for Papers' as the page's title is not)."""
    parts = (section or "").split(" / ")
    return bool(_DATES_TITLE.search(section or "") or _DATES_SECTION.search(parts[-1]))


def _in_dates_list(entry: Entry) -> bool:
    return not entry.prose and bool(entry.section and _DATES_TITLE.search(entry.section))


def _rank(entry: Entry) -> tuple[bool, bool]:
    """Read from a dates list, then from a table or a card rather than a sentence."""
    return (_in_dates_list(entry), not entry.prose)


def _fuller(entry: Entry) -> tuple[bool, bool, int]:
    return (not entry.zone_assumed, entry.time_stated, len(entry.history))


_TRACK = re.compile(r"\btrack\b|\btracks\s+\d", re.IGNORECASE)  # not 'Submission Tracks'


def _names_track(heading: str) -> bool:
    """Whether a heading names a track ('Track 2: Non-archival'), not a column ('Track | Date')."""
    return bool(_TRACK.search(heading)) and "|" not in heading


def _track(entry: Entry) -> str:
    if entry.track:
        return entry.track
    parts = (entry.section or "").split(" / ")
    named = [p for p in parts if _names_track(p)]
    if named:
        return named[-1]
    return entry.label or parts[-1]


# the words that name a deadline's kind, not its track, at a label's end
_KIND_TAIL = re.compile(
    r"(?:\s+(?:submissions?|deadlines?|due|dates?|authors?|notifications?|to|of|for|the))+\s*$",
    re.IGNORECASE,
)


def _track_of_label(label: str) -> str:
    """A label without its kind's words: 'Lightning Talks' of 'Lightning Talks Submission
    Deadline', the label itself when nothing would be left."""
    return _KIND_TAIL.sub("", label) or label
