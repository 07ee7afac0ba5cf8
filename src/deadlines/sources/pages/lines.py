"""Flatten a page's HTML into lines, in one pass of an event parser (linear in its size).

A table row, a list item, a paragraph or a ``<br>``-ended run is one line; cells are joined by
``|``; a line break in the source is a space; struck-out text (``<del>``/``<s>``/``<strike>``,
CSS line-through) is marked; headings are marked; each line keeps the ids of the blocks it
sits in, so a card can be told from the list it is in.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import html as html_lib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from typing import Any

from deadlines.sources import dates as dates_
from deadlines.sources.pages.labels import _names_track, classify
from deadlines.sources.pages.latex import latex_as_html

STRUCK_OPEN, STRUCK_CLOSE, HEADING = "\x01", "\x02", "\x03"
PATH_OPEN, PATH_CLOSE = "\x04", "\x05"  # around the ids of the blocks a line starts in
CLASS_TITLE = "\x0e"  # after a heading's mark that a block's classes set, not its element
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
    # the layout components of React's UI kits (Chakra's, MUI's), which render blocks: an
    # alert, a card, a box of a page's parts ('<Alert>…</Alert><Wrap><WrapItem><Tag>…')
    "alert",
    "alertdescription",
    "alerttitle",
    "box",
    "card",
    "cardbody",
    "cardfooter",
    "cardheader",
    "container",
    "flex",
    "grid",
    "griditem",
    "hstack",
    "simplegrid",
    "stack",
    "vstack",
    "wrap",
    "wrapitem",
}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# a start tag that ends an open element of these, looking no further out than its scope
_IMPLIED_END: dict[str, tuple[set[str], set[str]]] = {
    "dt": ({"dt", "dd"}, {"dl", "div", "table"}),
    "dd": ({"dt", "dd"}, {"dl", "div", "table"}),
    "li": ({"li"}, {"ul", "ol", "table"}),
    "p": ({"p"}, set()),  # only the innermost: '<p>' in a '<div>' in a '<p>' ends nothing
}
_STRUCK = {"del", "s", "strike"}
# the classes of icon fonts whose glyphs are named by ligatures: Google's Material Icons and
# Material Symbols
_ICON_FONT = re.compile(r"\bmaterial-(?:icons|symbols)(?:-[\w-]+)?\b")
# a UI library's table components, each the element it renders (shadcn/ui's '<TableRow>',
# '<TableCell>', '<TableHead>' for a header cell; Material UI's '<TableCell>'), their names
# as the parser lowers them
_TABLE_COMPONENTS = {"tablerow": "tr", "tablecell": "td", "tablehead": "th"}
# a site's own components, by what their names say they render ('<HeadingMinor>Important
# Dates</HeadingMinor><List><ListItem>…'): a heading, or a block; an HTML element's name is
# never read so ('<datalist>', '<col>')
_COMPONENT_HEADING = re.compile(r"heading|(?:section|subsection|card|page)title")
_COMPONENT_BLOCK = re.compile(
    r"(?:item|list|row|paragraph|description|section|container|wrapper|content|bodytext"
    r"|block|panel|step)$"
)
_HTML_NAMES = frozenset({"datalist", "col", "colgroup", "optgroup", "content"})


# a title set by utility classes: a large text size with a weight or a display font
# ('text-4xl font-atrament', 'text-xl font-medium'); its level by its size
# (tried from the start only: from each class of a long list in turn, it read the rest again)
_TITLE_CLASSES = re.compile(
    r"\A(?=.*\bfont-(?!normal\b|light\b|thin\b|mono\b|sans\b|serif\b)[\w-]+)"
    r".*\btext-([2-9]xl)\b",
    re.DOTALL,
)
_TITLE_LEVELS = {"2xl": "3", **{f"{n}xl": "2" for n in range(3, 10)}}
_CLASS_TITLE_WORDS = 8  # words, at most, of a title set by classes


def _classes(attrs: list[tuple[str, str | None]]) -> str:
    """An element's classes, as HTML or JSX writes them."""
    return " ".join(v or "" for k, v in attrs if k in {"class", "classname"})


def _element(tag: str) -> str:
    """The element a tag renders: a table's, a heading's or a block's for a component named
    so, the tag itself otherwise."""
    if tag in _TABLE_COMPONENTS:
        return _TABLE_COMPONENTS[tag]
    if tag in _BLOCKS or tag in _HTML_NAMES or len(tag) < 5:
        return tag
    if _COMPONENT_HEADING.search(tag):
        return "h3"
    return "div" if _COMPONENT_BLOCK.search(tag) else tag
_BOLD = {"b", "strong"}
# elements that have no end tag, so no struck text of their own
_VOID = {"br", "hr", "img", "input", "meta", "link", "wbr", "source", "col", "area", "embed"}
# CSS, or a JSX style object: "style={{textDecoration: 'line-through'}}"
_LINE_THROUGH = re.compile(
    r"text-?decoration(?:-?line)?\s*:[^;]*line-through", re.IGNORECASE
)
# the classes CSS frameworks strike text with (Tailwind, Bootstrap 5), and the names sites give
# their own when the rule is in a style sheet the page links to ('<span class="strike">')
_STRUCK_CLASSES = frozenset({
    "line-through", "text-decoration-line-through", "strike", "strikethrough", "strike-through",
    "struck", "strikeout",
    "tachado", "texto-tachado", "riscado", "texto-riscado",  # Spanish and Portuguese: struck
})
# a style sheet's rules that strike a class: '.old-date { text-decoration: line-through }'
# (a selector starts at the sheet's start or after a brace, never inside a run of text: one
# brace-less sheet of 80 KB was tried again at each of its characters: 27 s)
_CSS_RULE = re.compile(r"(?:^|(?<=[{}]))([^{}]+)\{([^{}]*)\}")
_STYLE_SHEET = re.compile(r"<style\b[^>]*>(.*?)</style\s*>", re.IGNORECASE | re.DOTALL)


# a '<' no '>' closes before the next '<' ('<Aa <Aa <Aa …')
_OPEN_NEVER_CLOSED = re.compile(r"<(?=[^<>]*(?:<|\Z))")


def _unclosed_as_text(html: str) -> str:
    """A page of far more '<' than '>' with its unclosed ones as text: the parser rescans an
    unclosed tag to the page's end, once for each (a quarter-megabyte of '<Aa ' took minutes).
    A page whose tags close, however its text uses '<', is left as it is."""
    if html.count("<") <= 2 * html.count(">") + 1000:
        return html
    return _OPEN_NEVER_CLOSED.sub("&lt;", html)


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


_TILDES = re.compile(r"~~(?=\S)(.{1,200}?)(?<=\S)~~")  # (a whole struck item too)
_NBSP_TILDES = re.compile(r"~~\xa0*([^~\n]{1,200}?)\xa0*~~")
# and GitHub's single tilde around a date ('~27th October 2025~ 17th November 2025'), never
# an 'about' ('~5 pages')
_TILDE = re.compile(
    rf"(?<![~\w])~(?=[^\s~])([^~\n]{{0,40}}?\b{dates_.MONTH}(?!\w)[^~\n]{{0,40}}?)"
    r"(?<=[^\s~])~(?![~\w])",
    re.IGNORECASE,
)
# … and around a day replaced by the next one ('due ~2~ 7 March 2026', 'March ~11~ 17'), even
# inside a struck row
_TILDE_DAY = re.compile(
    r"(?<![~\w])~(\d{1,2}(?:st|nd|rd|th)?)~(?=\s+\d{1,2}(?:st|nd|rd|th)?\b)"
    # or after the live day, before the month: '24th ~15th~ of October 2022'
    # (its bold marks still around: '**24th** ~15th~ of **October 2022**')
    r"|(?:(?<=\d\s)|(?<=(?:st|nd|rd|th)\s)|(?<=\d\*\*\s)|(?<=(?:st|nd|rd|th)\*\*\s))"
    rf"~(\d{{1,2}}(?:st|nd|rd|th)?)~(?=\s+(?:of\s+)?(?:\*\*)?{dates_.MONTH}\b)",
    re.IGNORECASE,
)
# CriticMarkup's deletion and insertion ('{--4 November--} {++25 November++}'): struck, and kept
_CRITIC_DELETED = re.compile(r"\{--(.{1,200}?)--\}")
_CRITIC_ADDED = re.compile(r"\{\+\+(.{0,200}?)\+\+\}")
# kramdown's attribute list after a span or a block ('**May 2**{:.red}', '{: .table}'): styling
_KRAMDOWN_ATTRIBUTES = re.compile(r"\{:[^{}\n]*\}")
# Markdown's strong emphasis left as text ('__March 6, 2026__', '**Paper deadline**'): the
# marks would glue to the words ('__March' is no month)
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.{1,120}?)(?<=\S)\1")
# and its emphasis in underscores, around whole words only ('_1st_ call', not 'a_b_c')
_UNDERSCORED = re.compile(r"(?<![\w_])_(?=[^\s_])([^_]{1,60}?)(?<=[^\s_])_(?![\w_])")
# and in single asterisks, around words only ('Submission deadline *with* reviews')
_STARRED = re.compile(r"(?<![\w*])\*(?=[A-Za-z])([^*\n]{1,60}?)(?<=[A-Za-z])\*(?![\w*])")
# a reStructuredText link left as text ('`Abstract Deadline <https://openreview.net/…>`__',
# its target read as a tag and dropped: '`Abstract Deadline `__')
_CODE_SPAN = re.compile(r"`([^`\n]+)`")
_RST_LINK = re.compile(r"(?<!`)`([^`\n]{1,120}?)\s*(?:<[^<>`\s]*>)?`__?(?!\w)")
# Markdown's escapes show the mark itself: '\\*' is '*', '\\_' is '_'
_MARKDOWN_ESCAPE = re.compile(r"\\([*_#`~\[\]])")
# Chinese or Japanese characters each set apart by a space, three at least, for looks ('論 文
# 截 稿'), which their words never are (not two words apart: 'デモ発表 採否通知')
_CJK = "\u3040-\u30ff\u4e00-\u9fff"
_CJK_SPACED = re.compile(rf"(?<![{_CJK}])[{_CJK}](?: [{_CJK}]){{2,}}(?![{_CJK}])")
# a Markdown link keeps its text: 'deadline for [camera-ready](#camera-ready) papers'
_MARKDOWN_LINK = re.compile(
    r"(?<!!)\[([^\[\]\n]{1,120})\]\((?:[^()\s]|\([^()\s]*\))*\)"
    # and the attributes Kramdown and Pandoc give it: '[Application](…){target="_blank"}'
    r"(?:\{:?[ \t]*[.#]?[\w-]+(?:=\"[^\"{}\n]*\")?(?:[ \t]+[.#]?[\w-]+(?:=\"[^\"{}\n]*\")?)*\})?"
)
# and a link's text wrapped onto its line keeps its text, not its address's dates: '[arXiv
# policy for authors' use of generative AI language' over 'tools](https://blog.arxiv.org/2023/01/31/…)'
_LINK_TAIL = re.compile(r"^([^\[\]\n]{1,120})\]\((?:[^()\s]|\([^()\s]*\))*\)")
# a reStructuredText role around a span (':strike:`December 20, 2022`'): a role named for
# striking strikes it, any other shows its text; a directive's own line ('.. role:: strike')
# and its options (':class: strike') are no text
_RST_ROLE = re.compile(r"(?<![\w`]):([a-z][\w-]*):`([^`\n]+)`", re.IGNORECASE)
_RST_STRIKE = re.compile(
    r"^(?:s|del|strike(?:through|out)?|line-?through|deleted|old)$", re.IGNORECASE
)
_RST_DIRECTIVE = re.compile(r"^\.\.\s+[a-z][\w-]*::(?:\s|$)|^:class:\s", re.IGNORECASE)
PICTOGRAPHS = "\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d"  # emoji and their joiners
# a link to a calendar file beside a date: '(📅 ics)', '[Add to calendar]', '(iCal)'
_CALENDAR_LINK = re.compile(
    rf"\s*[(\[]\s*[{PICTOGRAPHS}]*\s*(?:\.?ics|ical|(?:add\s+to\s+)?(?:google\s+)?calendar)"
    r"\s*[)\]]",
    re.IGNORECASE,
)
# symbols and pictographs that open a line: bullets and emoji, never a word or a bracket
_LEAD_SYMBOLS = re.compile(
    rf"^(?:[\u2022\u2300-\u23ff\u25aa-\u25ff{PICTOGRAPHS}]+\s*)+"
    # a Markdown task list's box, ticked or not: '- [x] **7/17/25 AoE**: Decision Notification'
    r"|^\[[ xX]\]\s+"
    r"|^(?:>\s*)+(?=\S)"  # a Markdown quote's marks: '> Notifications: **December 10, 2024**'
)
_LIQUID_CAPTURE = re.compile(
    r"\{%-?\s*capture\s+(?P<name>\w+)\s*-?%\}\s*\{\{-?\s*(?P<q>['\"])(?P<value>[^'\"{}\n]{1,60})"
    r"(?P=q)\s*(?:\|[^{}\n]*)?-?\}\}\s*\{%-?\s*endcapture\s*-?%\}"
)
_TEMPLATE_STATEMENT = re.compile(r"\{%-?[^%{}\n]{1,300}-?%\}")
_LIQUID_OUTPUT = re.compile(r"\{\{-?\s*(\w+)\s*(?:\|[^{}\n]*)?-?\}\}")
_TAGGED_HEADING = re.compile(
    r"^(#{1,6})[ \t]+(<(?:a|span|b|strong|em|i|u|font|code|div|center|img)\b[^\n]*?)[ \t]*$",
    re.MULTILINE,
)
# an emoji by its short code, as GitHub and Docusaurus render it (':heavy_check_mark: **1st
# December 2025**: Submission deadline'): a picture, not a label
_EMOJI_CODE = re.compile(r"(?<![^\s(*_]):[a-z][a-z0-9_+-]*[a-z0-9]:(?![^\s)*_:.,;])")


# typographic ligatures, as text pasted from a PDF keeps them: 'Notiﬁcation'
_LIGATURES = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
    # and Chinese and Japanese pages' full-width brackets (U+FF08, U+FF09) around a date
    | {"\uff08": "(", "\uff09": ")"}
    # and an ordinal's superscript letters: '2ⁿᵈ Extension', '1ˢᵗ round'
    | {"\u207f": "n", "\u1d48": "d", "\u02e2": "s", "\u1d57": "t", "\u02b3": "r", "\u02b0": "h"}
    # and the rarer dashes between two days ('September 8&#8210;30', a figure dash): a dash
    | {"\u2010": "-", "\u2011": "-", "\u2012": "–", "\u2015": "—", "\u2212": "-"}
    # and the digits of Arabic pages (U+0660 to U+0669) and Persian ones (U+06F0 to U+06F9),
    # and the Arabic comma
    | {chr(0x660 + n): str(n) for n in range(10)}
    | {chr(0x6F0 + n): str(n) for n in range(10)}
    | {"\u060c": ","}
    # and Turkish's dotted capital I, which lowers to two characters: 'EKİM' is 'ekim'
    | {"\u0130": "I"}
)


_LITERAL = re.compile(r""""([^"\\\n]*)"|'([^'\\\n]*)'""")
_GETTEXT = re.compile(
    r"""\{\{-?\s*(?:_|gettext|trans)\(\s*((?:(?:"[^"\\\n]*"|'[^'\\\n]*')\s*)+)\)\s*-?\}\}"""
)


def script_rows(html: str, *, writing: bool = False) -> str:
    """The rows of the data arrays a page's scripts hold ('const dates = [{ date: "10th May
    2025", activity: "Last date of submission" }]'), one line each, as the table they fill
    (with `writing`, only a script that writes them into the page)."""
    return "".join(
        "".join(_JS_ROW.findall(_js_rows(_JS_LINE_COMMENT.sub("", m[1]))))
        for m in _SCRIPT.finditer(html)
        if not writing or _WRITES.search(m[1])
    )


# a script writing into the page: 'row.innerHTML = …', 'document.createElement("tr")'
_WRITES = re.compile(r"\.innerHTML\s*[+]?=|createElement\s*\(|insertRow\s*\(|document\.write\s*\(")


def page_lines(html: str | bytes) -> list[Line]:
    """Flatten a page into lines; struck text is marked, headings flagged.

    One pass of the standard library's event parser over the page, so the time is linear in
    its size however deeply its elements nest (a tree that is edited in place is not).
    """
    if isinstance(html, bytes):
        html = _decode(html)
    # a source saved with Windows line ends ('---\r\nlayout: single\r\n---\r\n### Important
    # Dates\r\n'): its lines are lines, as an HTML parser makes them before reading a page
    html = html.replace("\r\n", "\n").replace("\r", "\n")
    # a text of paragraphs with no markup at all (a Markdown source with no heading or list
    # mark, 'Paper submission: ~~June 12th~~ June 28th' a paragraph of its own): its lines
    plain_text = not _ANY_TAG.search(html) and bool(_BLANK_LINE.search(html))
    if not _WHOLE_PAGE.search(html) and (typeset := latex_as_html(html)) is not None:
        html = typeset  # a call written in LaTeX: the page it typesets
    # a Markdown table's row is one line whatever <br>s its cells hold ('| <del>Jan 15</del><br>
    # Jan 22<br>(23:59:59) | End of the challenge |'): the break stays inside the cell
    html = _PIPE_ROW.sub(lambda row: _BR.sub(" ", row[0]), html)
    # a JSX expression in a tag whose '>' would end the tag early ('<li className={Date.now()
    # > Date.parse("27 Jan 2023") ? "old" : "new"}>'): code, not the page's text (but a prop
    # that is a fragment of markup shows its text)
    # (and a fragment that is a row's cell in a prop's data, 'rows={[[<><s>July 15, 2022</s>
    # August 1, 2022</>, "Submission Due"], …]}': the cell's string)
    html = _FRAGMENT_ITEM.sub(_fragment_item, html)
    html = _JSX_COMPARISON.sub("", _FRAGMENT_PROP.sub(_fragment_text, html))
    # a JSX expression that is one string shows the string: '</del>{" "} → May 27, 2026'
    html = _JSX_STRING.sub(r"\2", html)
    # a component's prop that is an array of records ('<Steps items={[{ title: "Apr. 30, 2026:
    # regular papers submission", icon: "…" }, …]} />'): the rows it renders, after the tag
    # (in markup: a module's source is read as code, its arrays' rows and all)
    if not _JS_MODULE.match(html):
        html = _records_props(html)
    # a component's props that show its dated text ('<TimeLineElement title="Submission:
    # September 22, 2025 (extended)" />'): the text it renders, after the tag
    html = _COMPONENT_TAG.sub(_component_text, html)
    # a component titled as a dates section, whatever its props hold ('<Information
    # title="Important Dates" descriptions={[<div>…'): its title heads what it renders
    html = _DATES_COMPONENT.sub(lambda m: f"<h2>{m[1]}</h2>{m[0]}", html)
    # and a Hugo shortcode's ('{{<card title="Abstract Submission" subtitle="August 20, 2026,
    # 11:59 PM PDT">}}'), which the theme renders as a card
    # (but one that shows a date inline, '{{< timedisplay datetime="2022-09-28T23:59:59+09:00"
    # display="datetime" >}}', shows that date)
    html = _SHORTCODE.sub(_component_text, _DATE_SHORTCODE.sub(r"\1", html))
    # a PHP call that prints a row ('<?php add_dateitem("Submission due", "March 6, 2026");
    # ?>'): its strings are the row's cells
    html = _PHP_ROW.sub(_php_row, html)
    # and a JSX expression that calls a helper with the row's strings ('{timelineItem("Submission
    # Deadline", "August 31, 2025")}'): likewise
    html = _JSX_CALL_ROW.sub(_php_row, html)
    # an empty element a script fills with the date its attribute holds ('<span
    # data-date="2026-03-02"></span>', '<time datetime="2026-03-02"></time>'): that date
    html = _DATED_EMPTY.sub(r"<\1\2>\3</\1>", html)
    # and one that shows the day only, its attribute the instant ('<span expires-on=
    # "2026-02-04T23:59:00Z">February 04</span>'): the day at that time, in that zone
    html = _INSTANT_ATTRIBUTE.sub(_with_instant, html)
    # a template's comments (Handlebars' '{{!-- … --}}', Jinja's '{# … #}', Liquid's '{% comment
    # %}', Hugo's '{{/* … */}}', JSX's '{/* … */}', JSP's '<%-- … --%>') are not shown, as an
    # HTML comment is not
    html = _TEMPLATE_COMMENT.sub(_as_html_comment, _jsx_comments(html))
    # a Liquid variable captured from a literal ("{% capture sub %}{{'Aug 29 2025' | date:
    # '%s'}}{% endcapture %}") shows that literal where the page prints it ('{{ sub | date:
    # "%b %-d (%a), %Y" }}')
    # a Jinja or Django template's translated text ('{{ _("… del 31 de " "mayo.") }}'): the
    # text it shows, its string literals joined
    html = _GETTEXT.sub(lambda m: "".join(a or b for a, b in _LITERAL.findall(m[1])), html)
    captured = {m["name"]: m["value"] for m in _LIQUID_CAPTURE.finditer(html)}
    if captured:
        html = _LIQUID_CAPTURE.sub("", html)
        html = _LIQUID_OUTPUT.sub(lambda m: captured.get(m[1], m[0]), html)
    # a template's statements ('{% if sub < nowdate %}', '{% assign … %}') are never shown
    html = _TEMPLATE_STATEMENT.sub(" ", html)
    # a Markdown heading whose words a tag holds ("## <a name='Important Dates'>Important
    # Dates</a>"): the heading it renders (not in YAML front matter, where '# <span …>' is a
    # comment, a block of markup left out)
    block = _FRONT_MATTER.match(html) or _LONG_FRONT.match(html)
    body = block.end() if block and _YAML_KEY_LINE.search(block.group(2)) else 0
    html = html[:body] + _TAGGED_HEADING.sub(
        lambda m: f"<h{len(m[1])}>{m[2]}</h{len(m[1])}>", html[body:]
    )
    if (astro := _ASTRO_CODE.match(html)) and _JS_MODULE.match(astro[1]):
        # an Astro component: the code its fences hold ('const schedule = [{ event: …, time_text:
        # … }]') feeds its markup; its data arrays' rows, after the markup
        markup = html[astro.end() :]
        code = _used(_JS_LINE_COMMENT.sub("", astro[1]), markup)
        rows = "".join(_JS_ROW.findall(_js_rows(code)))
        html = markup + rows
    front = _FRONT_MATTER.match(html) or _LONG_FRONT.match(html)
    keys = _yaml(front.group(2)) if front and front.group(1) == "---" else None
    if front and not isinstance(keys, dict) and (keys is not None or front.re is _LONG_FRONT):
        # Markdown between two rules ('---\n## Dates\n- …\n---'), not YAML's keys; a long
        # front matter is read only when it is YAML
        front = None
    if front:
        # a Jekyll or Hugo source: Markdown from its first line, its title the page's heading,
        # and the Markdown its front matter holds (a Hugo landing page's sections) before it
        title = _FRONT_TITLE.search(front.group(2))
        head = f"# {title.group(1).strip(chr(34) + chr(39) + ' ')}\n" if title else ""
        # (the steps its own keys name close the page, under a heading of their own)
        html = (
            "\n"
            + head
            + _front_texts(keys)
            + _front_records(keys)
            + html[front.end() :]
            + _front_steps(keys)
        )
    texts = ""
    records = False  # a YAML data file's records, read as the JSON they are turned into
    if not front and _CSV_HEADER.match(html) and (table := _csv_table(html)):
        # a data file of comma-separated rows ('"Description","Time"'); one whose columns hold
        # a row's id or its earlier date ('id,label,date,previous_date') is records, read as
        # the same records in JSON are
        html = _csv_records(html) or table
    elif (
        not front
        and (_CSV_DATED.match(html) or _CSV_QUOTED.fullmatch(html))
        and (table := _csv_table(html, header=False))
    ):
        # and one with no header, a date first ('"June 1st, 2025",Deadline …') or every field
        # quoted, the label first ('"Paper Submission","December 9th, 2024 23:59 AoE","due"')
        html = table
    elif not front and (
        (_YAML_RECORDS.match(html) and isinstance(data := _yaml(html), dict | list))
        # (or a TOML file's, a Hugo site's config: '[[params.about.events]]' over 'date =
        # "March 24, 2019"' and 'title = "Proposal Submission Deadline"')
        or (_TOML_RECORDS.search(html) and (data := _toml(html)) is not None)
    ):
        # a data file's records as rows, and the Markdown or markup of its block scalars
        # ('text: |' over a dates list) as the page they render, after them
        texts, records = _front_texts(data), True
        if (
            isinstance(data, dict)
            and not any(_dated(records) for records in _record_lists(data).values())
            and len(steps_of := _step_rows(data, nested=False)) >= _STEP_KEYS
        ):
            # a site's settings beside its dates ('kramdown:\n  input: GFM' over
            # 'submission_date: Sunday, September 6, 2026'), no records: the dates as the steps
            # they name
            data = {key: value for key, value in data.items() if key not in steps_of}
            texts = f"\n## Dates\n\n{''.join(steps_of.values())}\n{texts}"
        html = json.dumps(_flat_records(data), indent=1, ensure_ascii=False, default=str)
    elif (
        not front
        and _BLOCK_SCALAR.search(html)
        and isinstance(data := _yaml(html), dict)
        and all(isinstance(value, str) for value in data.values())
    ):
        # a page's texts, one a key ('deadlines-title: Deadlines' over 'deadlines: |' and the
        # markup it holds): each as the page prints it, a title as its heading
        html = "".join(_text_block(key, value) for key, value in data.items())
    elif (
        not front
        and _JS_MODULE.match(html)
        and not _HTML_ELEMENT.search(html)  # (no component's markup)
        and (steps := _front_steps({m[1]: m[3] for m in _CONSTANT.finditer(html)}))
    ):
        # a module of a site's constants ('export const CFP_END_DATE = "2026-01-31";'): the
        # steps their names name, as the pages that import them show them
        html = steps
    elif not front and _flat_yaml(html) and (steps := _front_steps(_yaml(html))):
        # a site's variables, one a line ('main_deadline: November 30, 2025'): the steps its
        # keys name, as the pages that print them show them
        html = steps
    if (component := _COMPONENT.match(html)) and not _WHOLE_PAGE.search(html) and _shown(component):
        # a Vue or Svelte component whose <script> holds the dates its markup loops over
        # ('const importantDates = [{ event: …, date: … }]'): its data arrays' rows, after it
        html = _SCRIPT.sub("", html) + script_rows(html)
    document = _json(html) if _JSON.match(html) else None
    if document is not None and not records and (texts_of := _messages(document)):
        html = texts_of  # an app's messages, one text a key: each a line, a label by its value
    elif document is not None and not records and (rich := _rich_text(document)):
        html = rich  # a rich-text tree of typed nodes, rendered as the markup it stands for
    elif document is not None:
        # a data file's groups, named by their keys, head their records ('"lab-participant":
        # {"timezone": "AoE", "dates": [ … ]}'), as its arrays do
        # (a database's own fields, as an export keeps them, are dropped first: '"_id": {"$oid":
        # …}', '"createdAt": {"$date": …}' say when a row was stored, not a date it shows)
        html = _DATABASE_FIELD.sub("", html)
        html = _js_rows(_JSON_GROUP.sub(lambda m: f"\n<h5>{html_lib.escape(m[1])}</h5>\n{{", html))
    elif _JS_MODULE.match(html):
        html = _js_rows(_JS_LINE_COMMENT.sub("", html))  # ('// { date: …, title: … },' unshown)
    html += texts
    # a template's statements that each print a row ('add_dateitem('March 14, 2014', 'First
    # round reviews available');' in a PHP block): the row each prints
    html = _CALL_ROW.sub(_call_row, html)
    # a Markdown table is read as the HTML table it renders: its first row names the columns
    # ('Track | Deadline | Notification' over 'Oral | 2024/08/31 | 2024/10/18')
    html = _MARKDOWN_TABLE.sub(_as_html_table, html)
    # a Markdown source with no front matter that opens with a heading ('### Key dates'): an
    # include, a README
    markdown = front is not None or bool(_OPENING_HEADING.match(html)) or (
        plain_text and not texts and document is None and not _ANY_TAG.search(html)
    )
    if markdown:
        # a code fence's text is shown as it is: 'zip <THE-SUBMISSION-NAME>.zip' in a shell
        # block opens no element, which would hold the rest of the page
        html = _FENCED_CODE.sub(lambda m: m[0].replace("<", "&lt;"), html)
        # a list item wrapped onto indented lines, a tag on its first ('* <s>April 4</s> April'
        # over '    7: Notification', which a tag cuts from its item): one item, as Markdown
        # renders it
        for _ in range(8):
            html, wrapped = _ITEM_WRAPPED.subn(r"\1 ", html)
            if not wrapped:
                break
    flattener = _Flattener(_struck_classes(html), markdown=markdown)
    # '--!>' ends a comment as browsers read HTML (the standard library's parser reads on)
    flattener.feed(_unclosed_as_text(html.replace("--!>", "-->")))
    flattener.close()
    lines: list[Line] = []
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
        by_class = CLASS_TITLE in raw
        blocks = tuple(int(b) for b in path.split(",") if b)
        text = re.sub(HEADING + "[1-7]?", " ", raw.replace(CLASS_TITLE, ""))
        text = " ".join(text.replace("\xa0", " ").translate(_LIGATURES).split())
        if by_class and len(text.split()) > _CLASS_TITLE_WORDS:
            level = 0
        text = _without_trailing_bars(text).strip()
        text = re.sub(r"^(\|\s*)+", "", text).strip()
        # Markdown's strike left as text by a renderer without it (kramdown): '~~April 1~~'
        text = _TILDE_DAY.sub(lambda m: STRUCK_OPEN + (m[1] or m[2]) + STRUCK_CLOSE, text)
        text = _TILDES.sub(STRUCK_OPEN + r"\1" + STRUCK_CLOSE, _KRAMDOWN_ATTRIBUTES.sub("", text))
        text = _TILDE.sub(STRUCK_OPEN + r"\1" + STRUCK_CLOSE, text)
        text = _CRITIC_DELETED.sub(STRUCK_OPEN + r"\1" + STRUCK_CLOSE, text)
        text = _CRITIC_ADDED.sub(r"\1", text)
        if _RST_DIRECTIVE.match(text):
            continue
        text = _RST_ROLE.sub(_rst_role, text)
        text = _MARKDOWN_LINK.sub(r"\1", _RST_LINK.sub(r"\1", text))
        text = _LINK_TAIL.sub(r"\1", text)
        text = _CODE_SPAN.sub(r"\1", text)  # Markdown's code span: '`30 July 2024`' shows its text
        text = _STARRED.sub(r"\1", _UNDERSCORED.sub(r"\1", _EMPHASIS.sub(r"\2", text)))
        text = _MARKDOWN_ESCAPE.sub(r"\1", text)  # '\\* **Submission**:' shows '* Submission:'
        text = _CJK_SPACED.sub(lambda m: m[0].replace(" ", ""), text)  # '論 文 截 稿 日 期'
        text = _LEAD_SYMBOLS.sub("", _EMOJI_CODE.sub("", text).strip())  # '📝 Paper deadline'
        text = _CALENDAR_LINK.sub("", text)  # 'January 3, 2023 (📅 ics)': a link, not a label
        if text in {":", "："} and lines and not level and not lines[-1].level:
            # a colon in a cell of its own between a label's and its date's ('Camera Ready' |
            # ':' | '16th January 2020'): the label's
            lines[-1] = Line(f"{lines[-1].text}:", 0, lines[-1].blocks)
            continue
        # (a data array's brackets and commas between its rows are no line: ',', '], },')
        if text.replace(STRUCK_OPEN, "").replace(STRUCK_CLOSE, "").strip(" |[]{}(),;"):
            lines.append(Line(text, level, blocks))
    lines = _calendar_leaves(_wrapped_dates(_outline_numbers(lines)))
    return _clock_lines(_numeric_days(_month_groups(_year_groups(lines))))


def _clock_lines(lines: list[Line]) -> list[Line]:
    """A line that holds only a time and its zone, under a line with a date in the same block
    ('<dt>March 5, 2020 (no extensions)<br>23:59 (UTC-12, AoE)</dt>'): the date's clock, on
    its line."""
    out: list[Line] = []
    for line in lines:
        before = out[-1] if out else None
        if (
            before is not None
            and not line.level
            and not before.level
            and line.shared(before) >= 0
            and len(line.text) <= _CLOCK_LINE_CHARS
            and dates_.find_dates(before.text, None)
            and (
                (
                    _CLOCK_ONLY.fullmatch(dates_.strip_clock(line.text).replace("UTC", ""))
                    and dates_.find_clock(line.text).time is not None
                )
                # and the zone on the line under the date and its time ('23rd September
                # 2024', '23.00 hrs', '(Sri Lanka time | GMT +5.30)')
                or (
                    (clock := dates_.find_clock(before.text)).time is not None
                    and clock.zone is None
                    and dates_.find_clock(line.text).zone is not None
                    and len(dates_.strip_clock(line.text).split()) <= _ZONE_LINE_WORDS
                )
            )
        ):
            out[-1] = replace(before, text=f"{before.text} {line.text}")
            continue
        out.append(line)
    return out


_CLOCK_LINE_CHARS = 60
_CLOCK_ONLY = re.compile(r"[\W_]*(?:hrs?|hours)?[\W_]*")  # ('23.00 hrs')
_ZONE_LINE_WORDS = 4  # what a zone's line says besides it: '(Sri Lanka time | )'


def _rst_role(m: re.Match[str]) -> str:
    """A reStructuredText role's text, struck when the role is named for striking."""
    return f"{STRUCK_OPEN}{m[2]}{STRUCK_CLOSE}" if _RST_STRIKE.match(m[1]) else m[2]


# a calendar leaf's month and day in blocks of their own ('<div class="month">sep</div>
# <div class="day">26</div>'), in either order
# (or a month in Chinese numerals: '六月', then '05')
_BARE_MONTH = re.compile(
    rf"(?:{dates_.MONTH})\.?|(?P<cjk>十[一二]?|[一二三四五六七八九])月", re.IGNORECASE
)
_BARE_DAY = re.compile(r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\.?", re.IGNORECASE)
_NUMERALS = "一二三四五六七八九十"


# a line that may end inside a date the next line goes on with: '…: 27' then 'de julio de 2022'
_OPEN_DATE_END = re.compile(
    rf"(?:\b\d{{1,2}}(?:st|nd|rd|th|º|er)?|\bde|\b{dates_.MONTH})\s*$", re.IGNORECASE
)


_OWN_DATE_REACH = 12  # a weekday's width: 'vendredi 14 mars 2025'


# a heading's section number: '4.2. Assembling the submission', '4.3.2 Encoding the files'
_SECTION_NUMBER = re.compile(r"^(\d{1,2})\.(\d{1,2})((?:\.\d{1,2})*)\.?\s+(?=[^\W\d])")


def _outline_numbers(lines: list[Line]) -> list[Line]:
    """Headings numbered as a document's sections ('4.2. Assembling the submission', '4.3.
    Encoding …', '4.3.2 …') lose their numbers, no day and month ('4.2.' for 4 February): the
    numbers are an outline when one has three parts or two follow on ('4.2', '4.3')."""
    numbered = [m for line in lines if line.heading and (m := _SECTION_NUMBER.match(line.text))]
    pairs = {(int(m[1]), int(m[2])) for m in numbered}
    if not (
        any(m[3] for m in numbered) or any((a, b + 1) in pairs for a, b in pairs)
    ):
        return lines
    return [
        replace(line, text=_SECTION_NUMBER.sub("", line.text)) if line.heading else line
        for line in lines
    ]


def _wrapped_dates(lines: list[Line]) -> list[Line]:
    """A Markdown paragraph wrapped inside a date ('**Fecha límite …**: 27' over 'de julio de
    2022'): the two lines as one, where a date read across their join is read in neither."""
    out: list[Line] = []
    for line in lines:
        last = out[-1] if out else None
        if (
            last is not None
            and last.level == line.level == 0
            and _OPEN_DATE_END.search(last.text)
            and line.text[:1].isalnum()
            and re.search(r"\d", line.text[:40])
        ):
            # (around the join only: a long paragraph is not read again), and not where the
            # next line opens with a date of its own ('… ARR 2024 October' over '11 Nov 2024:
            # Notification …': two items of a list)
            head, tail = last.text[-40:], line.text[:40]
            own = dates_.find_dates(tail)
            if not (own and own[0].date is not None and own[0].start < _OWN_DATE_REACH) and any(
                f.start < len(head) < f.end and f.date is not None
                for f in dates_.find_dates(f"{head} {tail}")
            ):
                # (a strike the wrap split is one again: '~~vendredi 28' over 'février 2025~~')
                text = _TILDES.sub(STRUCK_OPEN + r"\1" + STRUCK_CLOSE, f"{last.text} {line.text}")
                out[-1] = Line(text, 0, last.blocks)
                continue
        out.append(line)
    return out


_BARE_YEAR = re.compile(r"\W*((?:19|20)\d\d)\W*")
_YEAR_GROUP_LEVEL = 6
_YEAR_GROUP_LINES = 30  # lines between one year's group and the next's, at most


def _year_groups(lines: list[Line]) -> list[Line]:
    """A timeline grouped by year, each year alone on its line over its dates ('2022', '30
    nov', 'Paper Submission Deadline', '2023', '1 Jan', …): the years head their groups. Two
    or three years in turn, close together, make one (a year alone elsewhere, a logo's, not)."""
    heads: set[int] = set()
    chain: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        if line.level or not (m := _BARE_YEAR.fullmatch(line.text)):
            continue
        year = int(m[1])
        if not (chain and year == chain[-1][1] + 1 and i - chain[-1][0] <= _YEAR_GROUP_LINES):
            chain = []
        chain.append((i, year))
        if 2 <= len(chain) <= 3:
            heads |= {n for n, _ in chain}
    return [replace(x, level=_YEAR_GROUP_LEVEL) if n in heads else x for n, x in enumerate(lines)]


_MONTH_YEAR = re.compile(
    rf"\W*((?:{dates_.MONTH}|{dates_.FOREIGN_MONTH})\.?,?\s+(?:19|20)\d\d)\W*", re.IGNORECASE
)
# a day alone in the first cell of a row, its step in the next: '21 | Paper submission'
_DAY_CELL = re.compile(r"(0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\.?\s*(?:\||[-–—:])\s*(?=\S)")


def _month_groups(lines: list[Line]) -> list[Line]:
    """A calendar grouped by month, the month and year alone on a row over rows that each open
    with a day ('Setembro 2014', then '21 | Data final de submissão …'): each day in its
    month."""
    out: list[Line] = []
    month = None
    for line in lines:
        if m := _MONTH_YEAR.fullmatch(line.text):
            month = m[1]
        elif 1 <= line.level <= _YEAR_GROUP_LEVEL:
            month = None  # a heading ends the calendar
        elif month and (day := _DAY_CELL.match(line.text)):
            line = replace(line, text=f"{day[1]} {month} | {line.text[day.end() :]}")  # noqa: PLW2901
        else:
            month = None
        out.append(line)
    return out


# a list's line that opens with a month and a day in figures, no year: '4/17 - The CFP closes'
_NUMERIC_DAY = re.compile(r"(\d{1,2})/(\d{1,2})\s*[-–—:]\s*(?=[^\W\d_])")


def _numeric_days(lines: list[Line]) -> list[Line]:
    """Two or more list lines in turn, each opening with a day in figures and no year ('4/17 -
    The CFP closes', '4/29 - Final decisions made'), in the order one reading of them makes
    certain: a day past 12 says which figure is the month. Each is written out ('April 17')."""
    out = list(lines)
    run: list[tuple[int, int, int]] = []  # (line, first figure, second figure)
    for i in range(len(lines) + 1):
        m = _NUMERIC_DAY.match(lines[i].text) if i < len(lines) and not lines[i].level else None
        if m:
            run.append((i, int(m[1]), int(m[2])))
            continue
        if len(run) >= 2:
            for month_first in (True, False):
                days = [(a, b) if month_first else (b, a) for _, a, b in run]
                valid = all(1 <= mo <= 12 and 1 <= d <= 31 for mo, d in days)
                # (the other reading is no date somewhere, and the days run forward)
                if valid and any(d > 12 for _, d in days) and days == sorted(days):
                    for (n, _, _), (mo, d) in zip(run, days, strict=True):
                        month = dates_.MONTH_NAMES[mo - 1].title()
                        text = _NUMERIC_DAY.sub(f"{month} {d} - ", lines[n].text, count=1)
                        out[n] = replace(lines[n], text=text)
                    break
        run = []
    return out


def _calendar_leaves(lines: list[Line]) -> list[Line]:
    """A month alone on its line beside a day alone on the next, as one date: 'sep 26'."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line, after = lines[i], lines[i + 1] if i + 1 < len(lines) else None
        if (
            after is not None
            and line.level == after.level == 0
            and (
                (_BARE_MONTH.fullmatch(line.text) and _BARE_DAY.fullmatch(after.text))
                or (_BARE_DAY.fullmatch(line.text) and _BARE_MONTH.fullmatch(after.text))
            )
        ):
            first = _BARE_MONTH.fullmatch(line.text)
            month, day = (first, after) if first else (_BARE_MONTH.fullmatch(after.text), line)
            if month and (numerals := month["cjk"]):  # as the page's digits would say it
                number = sum(_NUMERALS.index(c) + 1 for c in numerals)  # '十二' is 10 + 2
                text = f"{number}月{day.text.rstrip('.stndrh')}日"
            else:
                text = f"{line.text} {after.text}"
            out.append(Line(text, 0, line.blocks))
            i += 2
            continue
        out.append(line)
        i += 1
    return out


def _decode(body: bytes) -> str:
    head = body[:2048].decode("ascii", "replace")
    m = re.search(r"""charset=["']?([A-Za-z0-9_-]+)""", head)
    for encoding in (m.group(1) if m else "utf-8", "utf-8"):
        try:
            return body.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    # no charset said and no UTF-8: a legacy page's own code page, as browsers guess it
    # ('Data final de submiss\xe3o' in Windows-1252), where every byte is a character
    try:
        return body.decode("cp1252")
    except UnicodeDecodeError:
        return body.decode("utf-8", "replace")


_SKIPPED = {"script", "style", "head", "template", "svg", "title"}  # <noscript> is text
# what a document's head holds: any other element starts its body, the head left unclosed
_HEAD_CONTENT = {"meta", "link", "title", "style", "script", "base", "noscript", "template"}
_SECTIONS = {"tbody", "thead", "tfoot"}
_STAMP_YEAR = re.compile(r"((?:19|20)\d{2})-\d{2}-\d{2}")  # a <time>'s machine-read date
_YEAR_IN = re.compile(r"\b(?:19|20)\d{2}\b|[’‘']\d{2}\b")
_STRUCK_RESET = {"tr", "li", "table", "ul", "ol", "dl", "body"}
_ZIP_MAX = 4000  # characters: a cell longer than this is not a column of stacked lines
_SIDEWAYS_CELL = 1000  # characters: a cell longer than this is no date's, nor a step's name
_JOIN_MAX = 60  # characters: a cell this short is one line of its row, whatever its <br>s
_SUPERSEDED_MAX = 200  # characters, likewise for a cell that opens with a struck value

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
    # where a row of dates alone went, and its cells: the row below may label them by column
    dates_row: tuple[int, list[str]] | None = None


class _Flattener(HTMLParser):
    """Turn HTML into text with a line per block, struck text marked, table rows kept whole.

    Text is kept as nested lists of parts and joined once, so a row's text is never copied
    again by the rows around it however deeply tables nest.
    """

    def __init__(
        self, struck_classes: frozenset[str] = frozenset(), *, markdown: bool = False
    ) -> None:
        super().__init__(convert_charrefs=True)
        self._out: Parts = []
        self._tables: list[_Table] = []
        self._skip = 0
        self._struck = 0
        self._struck_classes = _STRUCK_CLASSES | struck_classes
        self._time: tuple[str, list[str]] | None = None  # an open <time>: its year, its text
        self._styled: list[list[Any]] = []  # [tag, nested same tags] of elements struck by CSS
        self._pre = 0
        self._markdown = markdown  # the page has shown Markdown left unrendered
        self._fenced = False  # inside a Markdown code fence ('```sh'): no headings
        self._blocks: list[str] = []  # open block elements
        self._ids: list[str] = []  # and their ids
        self._serial = 0
        self._bold = 0
        # A <template> that only a <script> or a <style> comes before is a component's source
        # (Vue's single-file components, their <script> first or last): its templates are the
        # page, not inert fragments a script fills in.
        self._skipped = _SKIPPED
        self._head_open = False  # inside a '<head>' not yet closed
        self._content = False  # an element other than a <script> or <style> has begun
        self._span_ended = False  # a <span> has just ended, nothing written since
        self._icon: str | None = None  # an open icon font's element: its tag

    def _newline(self) -> str:
        return "\n" + PATH_OPEN + ",".join(self._ids[-_PATH_DEPTH:]) + PATH_CLOSE

    def _open_block(self, tag: str) -> None:
        self._serial += 1
        self._blocks.append(tag)
        self._ids.append(str(self._serial))

    def _end_implied(self, tag: str) -> None:
        """End the element a start tag ends in HTML though its end tag was left out: '<dt>Paper
        deadline<dd> July 27<dt>Notification<dd> …', each '<li>' of a list, a '<p>' in a '<p>'."""
        ends, scope = _IMPLIED_END[tag]
        for depth in range(len(self._blocks) - 1, -1, -1):
            if self._blocks[depth] in ends:
                del self._blocks[depth:], self._ids[depth:]
                return
            if self._blocks[depth] in scope or tag == "p":
                return

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
        tag = _element(tag)
        if tag == "template" and not self._content:
            self._skipped = _SKIPPED - {"template"}
        if tag not in {"script", "style"}:
            self._content = True
        if tag == "head":
            self._head_open = True
        elif tag == "body" or (self._head_open and tag not in _HEAD_CONTENT):
            # a head left open ends where the body starts, or at the first element no head
            # holds (a PHP page's '<header>', its '</head>' in an included file)
            self._skip = 0
            self._head_open = False
        if tag in self._skipped:
            self._skip += 1
            return
        if self._skip or tag in _SECTIONS:
            return
        if (
            self._icon is None
            and tag not in _VOID
            and _ICON_FONT.search(dict(attrs).get("class") or "")
        ):
            # an icon font's ligature ('<i class="material-icons">check</i>'): a picture's
            # name, no word of the page
            self._icon = tag
        if tag == "span" and self._span_ended:
            # a date's parts each in a span of their own, shown apart by the site's style
            # ('<span class="month">Sep</span><span class="day">30</span>'): apart
            self._sink().append(" ")
        self._span_ended = False
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
            if tag in _IMPLIED_END:
                self._end_implied(tag)
            # a block that opens a heading's text ('<h5><p><b>Latest Updates</b></p></h5>', '#
            # <div align="center">Title</div>') is the heading's words, on its line
            sink = self._sink()
            written = next(
                (part for part in reversed(sink) if not isinstance(part, str) or part.strip()), ""
            )
            opens_heading = bool(self._blocks) and self._blocks[-1] in _HEADINGS and (
                isinstance(written, str) and written.endswith(HEADING + self._blocks[-1][1])
            )
            if tag != "hr":
                self._open_block(tag)
            if not opens_heading:
                sink.append(self._struck_newline())
                if tag == "div" and (size := _TITLE_CLASSES.search(_classes(attrs))):
                    # a utility-class site's title ('<div className="pt-10 text-4xl
                    # font-atrament">Data Challenge</div>'): its own text, when short, is a
                    # heading at its size's level (a card's '<p class="text-xl font-bold">'
                    # is the card's label, and a sentence so set a banner)
                    sink.append(HEADING + _TITLE_LEVELS[size[1]] + CLASS_TITLE)
            # a timeline's item whose date a style shows before it ('content: attr(data-date)'),
            # written for people ('Mar. 31, 2024'), not for a script ('2024-03-31')
            shown = " ".join((dict(attrs).get("data-date") or "").split())
            if re.search(r"\d", shown) and re.search(r"[A-Za-z]", shown):
                self._sink().append(shown + self._newline())
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
            # (JSX names it 'className')
            if name in {"class", "classname"} and value and not self._struck_classes.isdisjoint(
                value.split()
            ):
                return True
        # JSX: "style={{textDecoration: 'line-through'}}" is no attribute value HTML can read
        raw = self.get_starttag_text() or ""
        return "style={" in raw and bool(_LINE_THROUGH.search(raw))

    def _struck_newline(self) -> str:
        """A new line that stays struck when a strike spans it (``<del><li>…</li></del>``)."""
        if not self._struck:
            return self._newline()
        return STRUCK_CLOSE * self._struck + self._newline() + STRUCK_OPEN * self._struck

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._skipped:
            return
        self.handle_starttag(tag, attrs)
        if tag not in {"br", "hr"} and tag not in _STRUCK:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        tag = _element(tag)
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
        if tag == "head":
            self._head_open = False
        if tag in self._skipped:
            self._skip = max(0, self._skip - 1)
            return
        if self._skip or tag in _SECTIONS:
            return
        self._span_ended = tag == "span"
        if tag == self._icon:
            self._icon = None
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
        lines = data.split("\n")
        joined = False
        for i, line in enumerate(lines):
            text = " ".join(line.split())
            item = _MARKDOWN_ITEM.sub("", text)
            if joined:
                joined = False
            elif _FENCE.match(text) or self._fenced:
                # a fence's code is no part of the page's outline: '# Stock Ubuntu 22.04' in
                # a shell block is a comment, not a heading above the important dates
                self._fenced ^= bool(_FENCE.match(text))
                out.append(self._newline() + text)
            elif i and _continues_item(lines, i):
                # a list item's text wrapped onto an indented line ('- Testing phase: 01/06/2025
                # -' over '  15/08/2025'): one item, as Markdown renders it
                out.append(f" {text}")
            elif i and (_wrapped(lines, i) or _label_over_date(lines, i)):
                # a sentence wrapped in the source ('Notification will\nbe given by July 15'),
                # or a step's name and colon over its date ('* **Submission**:' over '**May,
                # 19, 23:59**'): one line, as Markdown renders a paragraph
                out.append(f" {text}")
            elif i and _date_and_words(lines, i):
                # a paragraph of a date and its words on two lines ('May 28, 2025\nRegular &
                # special session papers due'): one line, as Markdown renders it
                out.append(self._newline() + text + " " + " ".join(lines[i + 1].split()))
                joined = True
            elif (level := _underlined(lines, i)) is not None:
                # a title over a line of '=' or '-' its length ('Important Dates\n=====', as
                # Markdown and reStructuredText write one): a heading, its rule no line
                out.append(self._newline() + HEADING + str(level) + text + self._newline())
                joined = True
            elif _MARKDOWN_RULE.fullmatch(text) or (i and re.fullmatch(_LIST_MARK, text)):
                out.append(self._newline())  # (a list item whose text a tag opens)
            elif heading := _MARKDOWN_HEADING.match(text):
                out.append(self._newline() + HEADING + str(len(heading.group(1))))
                # (a heading a tag breaks goes on after it: '## Deadline: December <s>10</s> 12')
                out.append(heading.group(2) + ("" if i == len(lines) - 1 else self._newline()))
            elif i == 0:  # the rest of a line a tag broke ('<s>May 1</s> May 8\n* Review…')
                out.append(f" {text}" if text else "")
            elif item != text and _BOLD_ONLY.fullmatch(item) and _nested_below(lines, i):
                # '* **First Cycle deadlines**' over its indented items: their heading
                out.append(self._newline() + HEADING + "5" + item + self._newline())
            elif _BOLD_TITLE.fullmatch(text) and _paragraph(lines, i):
                # a paragraph of bold words alone ('**Call for Workshops**'): a heading
                out.append(self._newline() + HEADING + "5" + text + self._newline())
            else:
                out.append(self._newline() + item)
        if data[-1:] in {" ", "\t"}:
            out.append(" ")  # the space before a tag: '11.59 pm <a>UTC -12h</a>'
        return "".join(out)

    def handle_data(self, data: str) -> None:
        if self._skip or self._icon or data.strip() == "\u00b6":  # (a heading's anchor: '¶')
            return
        self._span_ended = False
        # no-break spaces just inside Markdown's strike still strike: '~~&nbsp;19 avril&nbsp;~~'
        data = _NBSP_TILDES.sub(r"~~\1~~", data)
        # Once a page has shown unrendered Markdown, a text between two tags that holds one
        # list line is Markdown too ('</s> Dec 3\n* **Paper deadline** <s>').
        if not self._pre and (
            _markdown(data)
            # a '#' heading as a paragraph of its own, though a tag breaks it ('</p>\n\n# MSLR
            # Shared Task 2022<br>Multidocument …'): a README's Markdown around its HTML
            or _HEADING_PARAGRAPH.search(data)
            or (
                self._markdown
                and "\n" in data
                and (
                    _MARKDOWN_LINE.search(data)
                    or _ROW_START.search(data)
                    or _ITEM_START.search(data)
                    or _BLANK_LINE.search(data)  # paragraphs: '2023 AOE<br>\n\n**Notifications**'
                )
            )
        ):
            self._markdown = True
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
        above, table.dates_row = table.dates_row, None
        # (a row of short cells only: a cell that holds a table is read once, not per row)
        short = len(row.cells) >= 2 and all(c.size <= _SIDEWAYS_CELL for c in row.cells)
        texts = [_cell_text(c) for c in row.cells] if short else []
        if (
            above is not None
            and len(texts) == len(above[1])
            and all(texts)
            and not any(dates_.find_dates(t) for t in texts)
        ):
            # a sideways table, its dates over their labels ('30/11/2017 | 15/01/2018' over
            # 'Date limite de soumission … | Notification …'): a date and its label a line
            del table.outer[above[0] :]
            table.outer.extend(f"\n{d} | {t}\n" for d, t in zip(above[1], texts, strict=True))
            return
        if wide and texts and all(_date_alone(t) for t in texts):
            table.dates_row = (len(table.outer), texts)
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


_LIST_MARK = r"(?:[-*+]|\d{1,2}\.)"  # '- ', '* ', '1. '
_ITEM_WRAPPED = re.compile(
    rf"^([ \t]*{_LIST_MARK}[ \t]+[^\n]*<[^\n]*)\n[ \t]+(?![ \t]*{_LIST_MARK}[ \t])(?=[^\s#|<`~])",
    re.MULTILINE,
)
# a list item, a heading or a table row ('| Paper deadline | May 2 |')
_ROW_START = re.compile(r"\n[ \t]*\|")  # a table's next row, its cells still to come
# a list item whose text a tag opens: '* <s>May 15, 2022: Paper submission deadline</s>'
_ITEM_START = re.compile(rf"\n[ \t]*{_LIST_MARK}[ \t]*\Z")
# a React or Vue component's own source, JSX and all: 'import … from …', 'const dates = ['
_JS_MODULE = re.compile(
    r"\A\ufeff?\s*(?:(?://[^\n]*\n|/\*.*?\*/)\s*)*"  # its opening comments
    # (a minified bundle's 'import{r as e}from"./vendor.js"' has no space before its brace)
    r"(?:(?:import|export|const|let|var)(?:\s|(?=\{))|['\"]use (?:client|strict)['\"]"
    # or a script that runs itself: '(function () {', '(function attachData(root) {'
    r"|\(\s*(?:async\s+)?function\b\s*[\w$]*\s*\()",
    re.DOTALL,
)
_JS_STRING = r"""(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`[^`]*`)"""
# a row of a data array, a list of strings ("['Paper deadline', 'July 31, 2026', '23:59 AoE']")
# or an object of fields holding two strings or more (a date and an event, beside an icon)
_JS_LIST = re.compile(rf"\[\s*({_JS_STRING}(?:\s*,\s*{_JS_STRING})+)\s*,?\s*\]")
_JS_OBJECT = re.compile(r"(?<![={])\{([^{}]+)\}")
# (an empty list or object among them holds nothing to show: 'details: [], tags: []')
# (and a date the code makes, 'date: new Date("2025-11-30T23:59:00")', beside the text shown)
_JS_FIELD = re.compile(
    rf"([\w$]+|{_JS_STRING})\s*:\s*"
    rf"({_JS_STRING}|new\s+Date\(\s*{_JS_STRING}\s*\)|[\w$.]+|\[\s*\]|\{{\s*\}})"
)
_JS_RECORD = re.compile(rf"\s*{_JS_FIELD.pattern}(?:\s*,\s*{_JS_FIELD.pattern})*\s*,?\s*")
# a field holding the value a date replaced: 'oldDate', 'previous', 'originalDeadline'
_JS_EARLIER = re.compile(r"old|prev|orig|former|was\b|history|supersed|replaced", re.IGNORECASE)
_JS_NEWER = re.compile(
    r"(?:extend(?:ed)?|new|updated?|revised|current)(?:[_-]?(?:date|deadline))?", re.IGNORECASE
)
# a field named by a step and what it dates: 'abstract_deadline', 'notificationDate'
_STEP_NAME = r"[A-Za-z]\w*?[a-z0-9](?:[_-]|(?=[A-Z]))(?:deadline|date|due)s?"
_STEP_KEY = re.compile(_STEP_NAME, re.IGNORECASE)
_STEP_KEYS = 2  # one such field may be a record's own date; two are its dates
# a field named by a step alone ('abstract', 'submission', 'camera_ready')
_STEP_WORD_KEY = re.compile(
    r"(?:abstract|submission|paper|notification|decision|registration|camera[_-]?ready"
    r"|rebuttal|final[_-]?version)s?"
    # and a call's own, by its short name: 'cfpStart', 'cfpEnd', 'cfpNotify'
    r"|cf[pa][_-]?(?:start|open|end|close|deadline|notify|notification)",
    re.IGNORECASE,
)


def _key_words(key: str) -> str:
    """A field's name as words: 'early_bird_deadline' is 'early bird deadline'."""
    key = key.strip("'\"`")
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|[_-]", " ", key).strip()


_JS_STRUCK = re.compile(
    r"(?:is)?(?:strike|struck|strikethrough|crossed|lineThrough|cancel(?:l?ed)?)", re.IGNORECASE
)
_JS_DATE = re.compile(r"date|deadline|due|when", re.IGNORECASE)
# a field that sorts or styles a record, not a text it shows: 'type: submission', 'icon: "📅"'
_JS_STYLE = re.compile(
    r"type|kind|category|icon|colou?r|class(?:name)?|id|variant|style|href", re.IGNORECASE
)


# a MongoDB export's typed value ('"_id": {"$oid": "6849…"}', '"createdAt": {"$date": …}')
_DATABASE_FIELD = re.compile(r'"[\w$]+"\s*:\s*\{\s*"\$\w+"\s*:\s*[^{}\[\]]*\}\s*,?')
# and a record's bookkeeping: when it was stored or changed, not a date the page shows
_BOOKKEEPING = re.compile(r"(?:created|updated|modified|published|inserted)(?:_?at|_?on)?|_id|id")


# an id that is words, not a number or a hash: 'notification_of_acceptance', 'camera-ready'
_WORDS_ID = re.compile(r"[A-Za-z]+(?:[_-][A-Za-z]+)+")


def _id(key: str) -> bool:
    return key.strip("'\"`").lower() in ("id", "key")


# a field holding its step's new value: 'submission_deadline_new', 'camera_ready_extended',
# 'extended-submission', 'advanced-notification'
_RENEWED_KEY = re.compile(
    r"([\w-]+?)[_-](?:new|extended|updated|revised)"
    r"|(?:new|extended|updated|revised|advanced)[_-]([\w-]+)",
    re.IGNORECASE,
)
_MACHINE_DATE = re.compile(r"date_?time|iso(?:_?date)?", re.IGNORECASE)
_ISO_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?")
_WORDED_MONTH = re.compile(rf"\b{dates_.MONTH}\b", re.IGNORECASE)
_DATE_PART_KEY = re.compile(r"date|day", re.IGNORECASE)
# a day of the month written alone ('15th', '3'), as a card's tile or a record's field shows it
DAY_ALONE = re.compile(r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?", re.IGNORECASE)


def _styles(key: str, value: str) -> bool:
    """Whether a record's field only sorts or styles it ('type: "deadline"', 'color:
    "#f80"'); a field of several words under such a key is its text ('type: Paper
    Submissions' in a data file of {type, date} records)."""
    if _BOOKKEEPING.fullmatch(key.lower()):
        return True
    return bool(_JS_STYLE.fullmatch(key)) and not re.search(r"[^\W\d_]\s+[^\W\d_]", value)


# Vue's reactive wrapper of a component's data: 'const importantDates = ref(['
_VUE_REACTIVE = r"(?:ref|reactive|shallowRef|readonly)(?:<[\w$.,\s\[\]]*>)?\s*\(\s*"
# an array named by a variable or a key: 'const importantDates = [', 'challenge: [', and in
# JSON '"importantDates": ['
_JS_ARRAY = re.compile(
    # (a TypeScript declaration's type too: 'const paperContents: Array<ContentProps> = [')
    r"(?:\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::\s*[\w$.]+(?:<[\w$.,\s]*>|\[\])?\s*)?="
    rf"(?:\s*{_VUE_REACTIVE})?"  # (and Vue's reactive one)
    r"|\b([A-Za-z_$][\w$]*):"
    r"|\"([A-Za-z_$][\w$]*)\"\s*:)\s*\[(?!\s*\])"  # (not an empty one)
)
# a JSON document: a data file whose objects are the page's rows ('{"title": "Paper
# Submission", "date": "July 15, 2025"}')
_JSON = re.compile(r"\A\ufeff?\s*[{\[]\s*[\"{\[]")
_COMPONENT = re.compile(  # (a Vue file may open with its template: '<template>…<script>')
    r"\A\ufeff?\s*(?:<!--(?:(?!-->).)*-->\s*)*(?:<script\b|<template\b(?=.*<script\b))",
    re.DOTALL | re.IGNORECASE,
)
_WHOLE_PAGE = re.compile(r"<(?:html|body|head)\b|<!doctype", re.IGNORECASE)
_SCRIPT = re.compile(r"<script\b[^>]*>(.*?)</script\s*>", re.DOTALL | re.IGNORECASE)
_JS_ROW = re.compile(r"\n<h6>[^<\n]*</h6>\n|\n<p>[^\n]*</p>\n")
_MARKUP = re.compile(
    r"<(?:table|tr|td|th|ul|ol|li|p|div|br|strong|b|em|i|s|strike|del|span|a)\b[^<>]*>"
)
_JS_LINE_COMMENT = re.compile(r"^[ \t]*//[^\n]*", re.MULTILINE)
# a comment after a field inside a record ('isHardDeadline: true, // added'), never a link's
# '//' after ':', nor the note after a whole record ('{ date: "2025-05-23" }, // Submission')
_JS_TRAILING_COMMENT = re.compile(r"(?<=[\w\"'`],)[ \t]*//[^\n]*")
_JSON_GROUP = re.compile(r"\"([^\"\\\n]{1,60})\"\s*:\s*\{")
# a line that is one call of a function with strings alone ('add_dateitem('<span>Friday
# January 24, 2014</span>', 'Paper registration');')
_CALL_ROW = re.compile(
    rf"^[ \t]*[A-Za-z_$][\w$.]*\(\s*({_JS_STRING}(?:\s*,\s*{_JS_STRING})+)\s*\)[ \t]*;?[ \t]*$",
    re.MULTILINE,
)


def _call_row(m: re.Match[str]) -> str:
    """A call's strings as the row it prints, when one holds a date and another words alone."""
    cells = [v[1:-1].strip() for v in re.findall(_JS_STRING, m[1])]
    dated = [bool(dates_.find_dates(re.sub(r"<[^>]*>", " ", c))) for c in cells]
    if not any(dated) or all(dated):
        return m[0]
    return "<p>" + " | ".join(cells) + "</p>"


# a YAML data file (Jekyll's _data/dates.yml): keys from its first line, and somewhere a list
# of records ('deadlines:\n  - title: Paper Submission Deadline\n    date: 2024-05-10')
# a data file of comma-separated values: its first line names two columns or more
_CSV_HEADER = re.compile(r'\A\ufeff?("?)[\w ]{1,40}\1(?:,("?)[\w ]{1,40}\2)+\r?\n')


_FLAT_KEY = re.compile(r"[\w-]+:(?:[ \t].*)?")


# markup in a module: a tag or a JSX fragment (not a type's 'Record<string, Link[]>')
_HTML_ELEMENT = re.compile(r"<>|</|<[A-Za-z][\w.]*[\s/>]")
# a top-level constant of a JavaScript or TypeScript module holding a string
_CONSTANT = re.compile(
    r"^(?:export\s+)?const\s+([A-Za-z_]\w*)\s*(?::\s*\w+\s*)?=\s*"
    r"(['\"`])([^'\"`\n]{1,100})\2",
    re.MULTILINE,
)
# a YAML key whose value is the block of lines under it ('overview: |')
_BLOCK_SCALAR = re.compile(r"^[\w-]+:[ \t]*[|>][-+]?[ \t]*$", re.MULTILINE)
_HEADING_KEY = re.compile(r"[-_]?(?:title|heading)$", re.IGNORECASE)


def _text_block(key: Any, value: str) -> str:
    """One text of a data file of a page's texts: a title as a heading, a block as its markup."""
    if isinstance(key, str) and _HEADING_KEY.search(key) and "\n" not in value.strip():
        return f"\n<h2>{value}</h2>\n"
    return f"\n<div>\n{value}\n</div>\n"


def _flat_yaml(text: str) -> bool:
    """Whether a text is a flat YAML file of keys and their values, one a line, a few at least
    ('conference_start_date: April 10, 2026'), and nothing else but comments."""
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return len(lines) >= _STEP_KEYS and all(_FLAT_KEY.fullmatch(line) for line in lines)


def _csv_table(text: str, *, header: bool = True) -> str | None:
    """A data file of comma-separated rows as the HTML table it renders; None when its rows
    do not all have the first row's columns (or only one)."""
    rows = [row for row in csv.reader(text.lstrip("\ufeff").splitlines(keepends=True)) if row]
    if len(rows) < 2 or len(rows[0]) < 2 or any(len(row) != len(rows[0]) for row in rows):
        return None
    return _html_table(rows) if header else _html_table([[""] * len(rows[0]), *rows])


def _csv_records(text: str) -> str | None:
    """A data file of comma-separated rows as JSON records, when a column names a row's id or
    the value its date replaced; None otherwise."""
    rows = [row for row in csv.reader(text.lstrip("\ufeff").splitlines(keepends=True)) if row]
    header = [name.strip() for name in rows[0]]
    if not any(name.lower() == "id" or _JS_EARLIER.search(name) for name in header):
        return None
    return json.dumps([dict(zip(header, row, strict=True)) for row in rows[1:]], indent=1)


# a data file of comma-separated rows whose first field is quoted and holds a number, a date:
# '"June 1st, 2025",Deadline for submission of one-page abstracts'
_CSV_DATED = re.compile(r'\A\ufeff?"[^"\n]{0,40}\d[^"\n]{0,40}",[^\n,]')


# (every line of it, a few at least)
_CSV_QUOTED = re.compile(
    r'\ufeff?(?:"[^"\n]*"(?:,"[^"\n]*")+\r?\n){3,}(?:"[^"\n]*"(?:,"[^"\n]*")+)?'
)


_YAML_RECORDS = re.compile(
    r"\A\ufeff?(?:[ \t]*(?:#[^\n]*)?\n)*(?=[\w-]+:|- [\w-]+:|- \{[ \t]*[\w-]+:)"
    # (or a record's dash on a line of its own: '-\n    item: 30 June\n    text: Abstract …')
    r"(?=.*?^(?:[ \t]*-(?:[ \t]+|[ \t]*\n[ \t]+)[\w-]+:[^\n]*\n[ \t]+[\w-]+:"
    # or records keyed by name ('main-submission:\n  info: Paper deadline\n  date: June 12')
    r"|[\w-]+:[ \t]*\n[ \t]+[\w-]+:[^\n]*\n[ \t]+[\w-]+:"
    # or records written on one line each ('- { date: "1 Feb 2027", event: "Paper …" }')
    r"|[ \t]*-[ \t]+\{[ \t]*[\w-]+:[^\n]*,[ \t]*[\w-]+:))",
    re.DOTALL | re.MULTILINE,
)


def _flat_records(data: Any) -> Any:
    """A YAML data file's records, to be read as a JSON document's rows: each list of values
    or one-field records in a field ('tags: [{key: Authors}]') joined into one ('Authors'), so
    each record reads as one row, and its block scalars left out (they are read as text)."""
    if isinstance(data, list):
        return [_flat_records(item) for item in data]
    if not isinstance(data, dict):
        return data
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, str) and _ADDRESS.fullmatch(value.strip()):
            # a link ('timezone: https://www.timeanddate.com/…&iso=20200117T2359'): no text of
            # the row's, and its digits no date
            flat[key] = ""
        elif isinstance(value, str) and "\n" in value.strip():
            flat[key] = ""  # a block scalar: read as the text it is, not as a row's cell
        elif isinstance(value, list) and value and all(_unnamed(v) for v in value):
            # a record's dates as records with no name of their own ('entries: [{date:
            # 2025-06-02, zone: {label: AoE}}]'): cells of its row
            flat[key] = "; ".join(" ".join(_leaves(v)) for v in value)
        elif (
            isinstance(value, list)
            and value
            and all(not isinstance(v, list | dict) or (_scalars(v) and len(v) == 1) for v in value)
        ):
            flat[key] = ", ".join(
                ", ".join(map(str, v.values())) if isinstance(v, dict) else str(v) for v in value
            )
        elif (text := _translated(value)) is not None:
            flat[key] = text
        elif (said := _DATES_KEY.fullmatch(str(key))) and (rows := _dated_steps(value)) is not None:
            if part := said["part"]:  # (a group of its own, its name heading its rows)
                flat[re.sub(r"(?<=[a-z])_?(?=\d)", " ", part).replace("_", " ")] = {"dates": rows}
            else:
                flat[key] = rows
        else:
            flat[key] = _flat_records(value)
    return flat


_ADDRESS = re.compile(r"(?:https?:)?//\S+|mailto:\S+", re.IGNORECASE)
_NOT_YET = re.compile(
    r"\W*(?:TBD|TBA|TBC|to be (?:announced|determined|confirmed))\W*", re.IGNORECASE
)
# (and a part's: 'dates_track1', its rows under the part's name)
_DATES_KEY = re.compile(
    r"(?:important[_ -]?)?(?:dates|deadlines|timeline)(?:[_ -]+(?P<part>[a-z]+[_ -]?\d{1,2}))?",
    re.IGNORECASE,
)
_EXTENSION_KEY = re.compile(r"extension|extended|new", re.IGNORECASE)


def _dated_steps(steps: Any) -> list[dict[str, str]] | None:
    """A mapping of a meeting's dates keyed by their steps, as a site's configuration keeps it
    ('dates: {notification: July 1st, application: {deadline: April 24th, extension: June
    7th}}'): a record a step, an extension its date's new value; None for any other value."""
    if not isinstance(steps, dict):
        return None
    rows: list[dict[str, str]] = []
    for key, value in steps.items():
        name = str(key).replace("_", " ")
        if isinstance(value, str | dt.date) and (
            re.search(r"\d", str(value)) or _NOT_YET.fullmatch(str(value))
        ):  # (a step with no date yet, 'TBA', is one of them)
            rows.append({"label": name, "date": str(value)})
        elif (text := _translated(value)) is not None:
            rows.append({"label": name, "date": text})  # 'close_date: {fr: …, en: …}'
        elif isinstance(value, dict) and all(isinstance(v, str | dt.date) for v in value.values()):
            extension = [str(v) for k, v in value.items() if _EXTENSION_KEY.fullmatch(str(k))]
            dated = [(str(k), str(v)) for k, v in value.items() if _JS_DATE.fullmatch(str(k))]
            if extension and len(dated) == 1:  # 'deadline: April 24th' moved by 'extension'
                rows.append({"label": name, "date": dated[0][1], "extended": extension[0]})
            else:  # 'registration: {early_bird: August 15th, deadline: August 31st}'
                rows += [
                    {"label": f"{name} {str(k).replace('_', ' ')}", "date": str(v)}
                    for k, v in value.items()
                ]
        elif value is not None:
            return None  # a title, a text: a section of the page, not its dates alone
    return rows if len(rows) >= _STEP_KEYS else None


_LANGUAGE_CODE = re.compile(r"[a-z]{2}(?:[-_][A-Za-z]{2})?")


def _translated(value: Any) -> str | None:
    """A text given in several languages ('label: {pt: Submissão do artigo, en: Paper
    Submission}'): the English one, else the first; None for any other value."""
    if not (
        isinstance(value, dict)
        and value
        and all(
            isinstance(k, str) and _LANGUAGE_CODE.fullmatch(k) and isinstance(v, str)
            for k, v in value.items()
        )
    ):
        return None
    english = [str(v) for k, v in value.items() if k.lower().startswith("en")]
    return (english or [str(v) for v in value.values()])[0]


# a field that names its record ('item: Submission deadline' beside its 'date:'), by a title
# or by a text about it
_TITLE_KEY = re.compile(r"title|name|label|summary|event|what|heading|item", re.IGNORECASE)
_NAMING_KEY = re.compile(rf"{_TITLE_KEY.pattern}|description|text|info", re.IGNORECASE)
_TYPE_KEY = re.compile(r"type|kind|category", re.IGNORECASE)
# a field that sorts a record its title names ('phase: "Deadline"' beside 'title: "Paper
# Submission Deadline"'); with no title, its words are the record's label
_SORT_KEY = re.compile(r"phase|stage|status", re.IGNORECASE)
_STEP_VALUE = re.compile(
    r"(?:(?:paper|full|abstract)\s+)?(?:submission|notification|camera[- ]?ready|abstract"
    r"|registration|rebuttal|decision)s?(?:\s+(?:deadline|due))?",
    re.IGNORECASE,
)


def _unnamed(record: Any) -> bool:
    """Whether a record only dates another: no field of its own names it (an id of words,
    'id: paper_submission', does)."""
    return isinstance(record, dict) and not any(
        _NAMING_KEY.search(str(k))
        or (_id(str(k)) and _WORDS_ID.fullmatch(str(v)))
        # (or a phrase under any key: '{date: "May 8 2020", thing: "Abstract submission
        # deadline"}', a row of its own)
        or (isinstance(v, str) and _PHRASE.fullmatch(v.strip()) is not None)
        for k, v in record.items()
    )


_PHRASE = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+)+")  # words and no digit


def _leaves(record: Any) -> list[str]:
    if isinstance(record, dict):
        return [leaf for v in record.values() for leaf in _leaves(v)]
    if isinstance(record, list):
        return [leaf for v in record for leaf in _leaves(v)]
    return [str(record)]


def _scalars(record: Any) -> bool:
    return isinstance(record, dict) and not any(isinstance(v, list | dict) for v in record.values())


_MAX_NESTING = 100  # data nested deeper is no page of dates, and walking it would recurse


def _nested_within(data: Any, limit: int = _MAX_NESTING) -> bool:
    """Whether no list or mapping of `data` lies more than `limit` levels deep."""
    stack = [(data, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict | list):
            if depth > limit:
                return False
            children = node.values() if isinstance(node, dict) else node
            stack += [(child, depth + 1) for child in children]
    return True


def _json(text: str) -> Any:
    """A JSON document's data; None if the page is not one (or is nested past reading)."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):  # (an integer of 5,000 digits; deeper than Python)
        return None
    return data if _nested_within(data) else None


# (written for people: an ISO string, 'new Date("2026-02-05")', is a machine value beside the
# text a record shows, 'time_text: "2026 年 2 月上旬"')
_NEW_DATE = re.compile(rf"\bnew\s+Date\(\s*((?!['\"`]\d{{4}}-){_JS_STRING})\s*\)")
# a block comment starting a line of code
_JS_BLOCK_COMMENT = re.compile(r"^[ \t]*/\*.*?\*/", re.MULTILINE | re.DOTALL)
# a record's date field holding a list of dates ("date: ['August 20, 2024', 'September 30,
# 2024']"): the value over time, the last the current one
_JS_DATES_FIELD = re.compile(
    rf"\b(dates?|deadlines?)(\s*:\s*)\[\s*({_JS_STRING}(?:\s*,\s*{_JS_STRING}){{0,3}})\s*,?\s*\]",
    re.IGNORECASE,
)


def _dates_field(m: re.Match[str]) -> str:
    """A list of dates as the one field the site renders: the earlier ones struck (its CSS
    strikes them: '<span className="cut">{item.date[0]}</span> <b>{item.date[1]}</b>'), the
    last the current value; a list that is not dates alone is left as it is."""
    said = [v[1:-1].strip() for v in re.findall(_JS_STRING, m[3])]
    for value in said:
        found = dates_.find_dates(value)
        if len(found) != 1 or found[0].date is None or len(found[0].text) < len(value) - 2:
            return m[0]
    shown = "".join(f"<s>{html_lib.escape(v)}</s> " for v in said[:-1]) + html_lib.escape(said[-1])
    return f"{m[1]}{m[2]}{json.dumps(shown)}"


_ONE_STRING_LIST = re.compile(rf"(\b[A-Za-z_]\w*\s*:\s*)\[\s*({_JS_STRING})\s*,?\s*\]")
_ORDINAL_PARTS = re.compile(
    r"\[\s*(['\"])(\d{1,2}(?:\s*[-–]\s*\d{1,2})?)\1\s*,\s*(['\"])(st|nd|rd|th)\3\s*,\s*"
    r"(['\"])([^'\"\n]{1,60})\5\s*,?\s*\]",
    re.IGNORECASE,
)


def _js_rows(source: str) -> str:
    """A component's data arrays as the rows they render: each row of strings a line, its
    array's name a heading ('const importantDates = [' heads 'important Dates')."""

    def line(cells: list[str]) -> str:
        return "\n<p>" + " | ".join(cells) + "</p>\n"

    def text(value: str) -> str:
        inner = value[1:-1]
        if value[:1] == '"' and "\\" in inner:
            with contextlib.suppress(ValueError):  # a JSON string's escapes ('\\n', '\\"')
                inner = json.loads(value)
        # a string of markup ('<strong>Key Dates</strong><table>…') is shown as markup, and
        # so are its entities ('January 9&ndash;13, 2023')
        if _MARKUP.search(inner):
            return inner.strip()
        return html_lib.escape(html_lib.unescape(inner.strip()))

    def row(m: re.Match[str]) -> str:
        cells = [text(v) for v in re.findall(_JS_STRING, m[1])]
        if sum(_labelled_date(c) for c in cells) >= 2:
            # a list of whole lines, each a step and its date ('["<strike>Abstract deadline:
            # 3 September, 2023.</strike>", "Registration deadline: 1 October, 2023."]'): each
            # a line of its own
            return "".join(line([c]) for c in cells)
        return line(cells)

    def record(m: re.Match[str]) -> str:
        # an object of data only (strings, names, numbers), on one line or several; a
        # block of code holds more than fields
        if not _JS_RECORD.fullmatch(m[1]):
            return m[0]
        every = _JS_FIELD.findall(m[1])
        # a record named only by its id ('id: paper_submission' beside its 'date:'): the id's
        # words are its label; beside a name ('summary: …') an id only sorts the record
        named = any(_NAMING_KEY.search(k.strip("'\"`")) for k, _ in every)
        # and one typed by its step ('type: "Submission"' beside its 'date' and a remark)
        titled = any(_TITLE_KEY.search(k.strip("'\"`")) for k, _ in every)
        fields = [
            (k, v)
            for k, v in every
            if v[:1] in "'\"`"
            and not (titled and _SORT_KEY.fullmatch(k.strip("'\"`")))
            and (
                not _styles(k.strip("'\"`"), v)
                or (_id(k) and not named and _WORDS_ID.fullmatch(v[1:-1]))
                or (
                    _TYPE_KEY.fullmatch(k.strip("'\"`"))
                    and not titled
                    and _STEP_VALUE.fullmatch(v[1:-1].strip())
                )
            )
        ]
        styled = len(fields) < len(every)
        if any(k.strip("'\"`").lower() == "date" for k, _ in fields):
            # a <time> element's machine value beside the date it shows ('date: "31 May
            # 2024"', 'datetime: "2024-05-15"'): only what it shows is the page's
            # (and a part of it again: 'dateCardinal: "10th"' beside 'date: "2023-05-10"')
            fields = [
                (k, v)
                for k, v in fields
                if not _MACHINE_DATE.fullmatch(k.strip("'\"`"))
                and not (_DATE_PART_KEY.search(k) and DAY_ALONE.fullmatch(v[1:-1].strip()))
            ]
        # a timestamp for the code beside the date the page shows in words ('title: <div>June
        # 3<sup>rd</sup> - 18<sup>th</sup>, 2026</div>', 'dateEnd: "2026-06-18T23:59:59"'): the
        # page's is the one in words
        stamps = [(k, v) for k, v in fields if _ISO_STAMP.fullmatch(v[1:-1].strip())]
        if stamps and any(
            _WORDED_MONTH.search(text(v)) for k, v in fields if (k, v) not in stamps
        ):
            fields = [f for f in fields if f not in stamps]
        fields = _joined_day(fields)
        names = [k.strip("'\"`") for k, _ in fields]
        if sum(bool(_STEP_KEY.fullmatch(n)) for n in names) >= _STEP_KEYS and not any(
            _NAMING_KEY.search(n) for n in names
        ):
            # a record of a meeting's dates, each field named by its step ('abstract_deadline:
            # "July 5, 2026"', 'notificationDate'): one line a field, its name the label
            return "".join(line([_key_words(k), text(v)]) for k, v in fields)
        steps = [
            (k, v)
            for k, v in fields
            if _STEP_WORD_KEY.fullmatch(k.strip("'\"`")) and re.search(r"\d", v)
        ]
        if len(steps) >= _STEP_KEYS:
            # a section's record with its dates under the steps' bare names ('title: "Important
            # Dates"', 'abstract: "June 18, 2026"', 'camera_ready: …'): its title a line, then
            # one line a step
            rest = [text(v) for k, v in fields if (k, v) not in steps]
            head = line(rest) if rest else ""
            return head + "".join(line([_key_words(k), text(v)]) for k, v in steps)
        # a block of a page's content ('{type: "text", text: "February 12, 2026"}') is a
        # line of its own, as a row is
        if len(fields) == 1 and _JS_NEWER.fullmatch(fields[0][0].strip("'\"`")):
            # a step's one value under its name ('research_notification_fall: {current:
            # January 20, 2023}'): the date, under the heading its name makes
            return line([text(fields[0][1])])
        if len(fields) < 2 and not (styled and fields and text(fields[0][1])):
            return m[0]
        # a field that holds the date's new value ('extend: "29 March 2026"'): the date it
        # replaced is struck
        renewed = any(_JS_NEWER.fullmatch(k.strip("'\"`")) and text(v) for k, v in fields)
        # a flag the template strikes the record's date by ('strike: true', 'isStruck: true');
        # set false, it shows the date alone and no new value ('cancel: false' beside a
        # 'newDate' left from another record)
        flags = [v for k, v in every if _JS_STRUCK.fullmatch(k.strip("'\"`"))]
        unstruck = bool(flags) and all(v == "false" for v in flags)
        renewed = not unstruck and (renewed or "true" in flags)
        # a remark on the step ('desc: "Submit your research!"') goes after its date, where
        # it says more of it and names nothing
        fields = sorted(fields, key=lambda f: bool(_REMARK_KEY.fullmatch(f[0].strip("'\"`"))))
        cells = [
            f"<s>{text(v)}</s>"
            if _JS_EARLIER.search(name := k.strip("'\"`"))
            or (renewed and _JS_DATE.fullmatch(name))
            else _key_words(text(v))
            if _id(name)
            else text(v)
            for k, v in fields
            if not (unstruck and _JS_NEWER.fullmatch(k.strip("'\"`")))
        ]
        return line(cells)

    def named_steps(m: re.Match[str]) -> str:
        # a record of a name and its steps' dates in an object of their own ('{ name:
        # "Papers", dates: { deadline: "20th February 2025", notification: … } }'): the name
        # a heading, one line a step
        fields = _JS_FIELD.findall(m[2])
        if not fields or not all(
            any(s.fullmatch(k.strip("'\"`")) for s in (_STEP_KEY, _STEP_WORD_KEY, _DEADLINE_KEY))
            and v[:1] in "'\"`"
            for k, v in fields
        ):
            return m[0]
        head = f"\n<h6>{text(m[1])}</h6>\n"
        return head + "".join(line([_key_words(k), text(v)]) for k, v in fields) + ","

    def array(m: re.Match[str]) -> str:
        name = re.sub(r"(?<=[a-z])(?=[A-Z])|_", " ", m[1] or m[2] or m[3])
        # (a level up from the titles of its records, each heading a list of its own)
        level = 5 if _TITLED_NEXT.match(m.string, m.end()) else 6
        return f"\n<h{level}>{html_lib.escape(name)}</h{level}>\n["

    def dated(m: re.Match[str]) -> str:
        fields = [(f[1], f[2]) for f in _JS_DATED_FIELD.finditer(m[0])]
        if any(
            k.lower() == "date" or _JS_EARLIER.search(k) or _JS_NEWER.match(k) for k, _ in fields
        ):
            return m[0]  # one record's date and its earlier or newer value: read as the record
        return "".join(line([_key_words(k), text(v)]) for k, v in fields)

    source = _JSX_FIELD.sub(_jsx_text, source)
    source = _JSX_ELEMENT_FIELD.sub(r'\1\2""', source)  # 'icon: <Clock className="w-5" />,'
    source = _JS_EARLIER_LIST.sub(_earlier_list, source)
    source = _JS_BLOCK_COMMENT.sub("", source)  # rows a comment takes out: '/*{ event: … },*/'
    # a date made from its text ("new Date('July 03, 2023 23:59:59 GMT+0530')"): the text
    source = _NEW_DATE.sub(r"\1", source)
    # a date cut in a list for its ordinal's superscript ("['10', 'th', ' Nov 2022']"): one
    source = _ORDINAL_PARTS.sub(lambda m: f"'{m[2]}{m[4]}{m[6]}'", source)
    # a field's list of one string ('content: ["Notification of Acceptance"]'): the string
    source = _ONE_STRING_LIST.sub(r"\1\2", source)
    source = _JS_DATES_FIELD.sub(_dates_field, source)
    source = _TS_CONST.sub("", source)  # TypeScript's literal types: 'status: "done" as const'
    source = _JS_NAMED_STEPS.sub(named_steps, _JS_TRAILING_COMMENT.sub("", source))
    source = _JS_DATED_FIELDS.sub(dated, source)
    # a group's record whose list of records follows its name ('{ "title": "Papers", "url":
    # "/cfp/", "dates": [ {…}, … ] }'): the name heads the list, as the page shows it
    source = _JS_TITLED_LIST.sub(lambda m: f"\n<h6>{text(m[1])}</h6>\n[", source)
    return _JS_OBJECT.sub(record, _JS_LIST.sub(row, _JS_ARRAY.sub(array, source)))


def _labelled_date(text: str) -> bool:
    """Whether a string holds a date and words of its own beside it ('Paper deadline: May 1')."""
    plain = re.sub(r"<[^>]*>", " ", text)
    found = dates_.find_dates(plain)
    if not found:
        return False
    rest = plain[: found[0].start] + plain[found[0].end :]
    return len(re.findall(r"[^\W\d]{2,}", rest)) >= 2


_REMARK_KEY = re.compile(r"desc|description|details?|notes?|subtitle|remarks?", re.IGNORECASE)
_DEADLINE_KEY = re.compile(r"deadline|due(?:[_-]?date)?", re.IGNORECASE)  # the call's own
_JS_KEY = r"""(?:[\w$]+|"[\w$]+"|'[\w$]+')"""
_TITLED_NEXT = re.compile(r"\s*\n<h6>")  # a titled record's heading, next after its list's key
# a group's record, its name first, then its list of records ('{ "title": "Papers", "url":
# "/cfp/", "dates": [ { … } ] }')
_JS_TITLED_LIST = re.compile(
    rf"""\{{\s*["']?(?:name|title|track|label|heading|category)["']?\s*:\s*({_JS_STRING})\s*,"""
    rf"(?:\s*{_JS_KEY}\s*:\s*{_JS_STRING}\s*,)*\s*{_JS_KEY}\s*:\s*\[(?=\s*\{{)"
)
# a record of a name and an object of its steps' dates ('{ name: "Papers", dates: { … } }')
_JS_NAMED_STEPS = re.compile(
    rf"\{{\s*(?:name|title|track|label|type)\s*:\s*({_JS_STRING})\s*,\s*[\w$]+\s*:\s*"
    r"\{([^{}]*)\}\s*,?\s*\},?"
)


def _joined_day(fields: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A record's date kept in parts ('day: "24"', 'month: "April"', and its year): one
    field, the date as the template shows it."""
    keys = [k.strip("'\"`").lower() for k, _ in fields]
    if "day" not in keys or "month" not in keys:
        return fields
    parts = [fields[keys.index(k)] for k in ("day", "month", "year") if k in keys]
    shown = " ".join(v[1:-1].strip() for _, v in parts)
    return [f for f in fields if f not in parts] + [("date", f'"{shown}"')]


_TS_CONST = re.compile(r"(?<=[\"'`\]}])\s+as\s+const\b")


# a field whose value is markup ('date: (<span><span>February 12, 2026</span></span>),'):
# the text it shows, as a string
_JSX_COMMENT = re.compile(r"\{/\*.*?\*/\}|^\s*//[^\n]*", re.DOTALL | re.MULTILINE)
_JSX_FIELD = re.compile(
    r"([\w$]+)(\s*:\s*)(?:\(\s*(<[^()]{1,3000}>)\s*\)"
    # (or with no brackets, one element: 'title: <div>June 3<sup>rd</sup>, 2026</div>,')
    r"|(<([a-z][\w.]*)\b[^<>{}]{0,300}>[^{}\n]{0,3000}?</\5>))(?=\s*,)"
)


# a field whose value is an element alone ('icon: <FileText className="w-5 h-5" />'): it
# shows no text
_JSX_ELEMENT_FIELD = re.compile(r"([\w$]+)(\s*:\s*)<[A-Za-z][\w.]*\b[^<>]{0,300}/>(?=\s*[,}\n])")
# a field of the values a date replaced ('oldDates: ["20 December 2025", "25 December 2025"]')
_JS_EARLIER_LIST = re.compile(
    rf"([\w$]+)(\s*:\s*)\[\s*({_JS_STRING}(?:\s*,\s*{_JS_STRING}){{0,9}})\s*,?\s*\]"
)


def _earlier_list(m: re.Match[str]) -> str:
    """A list of a date's earlier values as the one field the template strikes, its dates
    joined; any other list is left as it is."""
    said = [v[1:-1].strip() for v in re.findall(_JS_STRING, m[3])]
    if not _JS_EARLIER.search(m[1]) or not all(dates_.find_dates(v) for v in said):
        return m[0]
    return f"{m[1]}{m[2]}{json.dumps('; '.join(said), ensure_ascii=False)}"


# a struck element in a field's markup, kept as the one strike the field's text may hold
_JSX_STRUCK_TAG = re.compile(r"<(/?)(?:s|del|strike)\b[^<>]*>", re.IGNORECASE)


def _jsx_text(m: re.Match[str]) -> str:
    shown = _JSX_COMMENT.sub(" ", m[3] or m[4])
    # a date's struck value kept struck: STESI 2026's date field, a span that holds a struck
    # 'February 28, 2026' and then 'Hard Deadline: March 15, 2026'
    shown = _JSX_STRUCK_TAG.sub(lambda tag: f"<{tag[1]}s>", shown)
    shown = re.sub(r"</?su[pb]\b[^<>]*>", "", shown)  # an ordinal's suffix: '3<sup>rd</sup>'
    shown = " ".join(re.sub(r"<(?!/?s>)[^<>]*>", " ", shown).split())
    return f"{m[1]}{m[2]}{json.dumps(shown, ensure_ascii=False)}"


# a run of fields, one a line, each a step's date ('deadline: "2026-04-30",' then
# 'notificationDate: "2026-05-15",') in an object that holds more (texts in two languages)
_JS_DATED_FIELD = re.compile(
    rf"^[ \t]*({_STEP_NAME}|(?:deadline|due|date)s?)[ \t]*:[ \t]*"
    rf"((?=[`'\"][^\n]*\d){_JS_STRING})[ \t]*,?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
_JS_DATED_FIELDS = re.compile(
    rf"(?:{_JS_DATED_FIELD.pattern}\n){{2,}}", re.MULTILINE | re.IGNORECASE
)


# (each body stops at the next opening brace pair, so unclosed ones cost one pass)
_TEMPLATE_COMMENT = re.compile(
    r"\{\{!--(?P<a>(?:(?!\{\{|--\}\}).){0,5000})--\}\}|\{\{!(?P<b>[^{}]{0,5000})\}\}"
    r"|\{#(?P<c>(?:(?!\{#|#\}).){0,5000})#\}"
    r"|\{%-?\s*comment\s*-?%\}(?P<d>(?:(?!\{%).){0,5000})\{%-?\s*endcomment\s*-?%\}"
    r"|\{\{-?\s*/\*(?P<e>(?:(?!\{\{|\*/).){0,5000})\*/\s*-?\}\}"
    # and a server page's (JSP's, ASP.NET's '<%-- … --%>')
    r"|<%--(?P<f>(?:(?!<%--|--%>).){0,5000})--%>",
    re.DOTALL,
)
_JSX_COMMENT_OPEN = re.compile(r"(?<!\{)\{\s*/\*")
_JSX_COMMENT_CLOSE = re.compile(r"\s*\}(?!\})")


def _jsx_comments(html: str) -> str:
    """JSX's comments ('{/* <div>…</div> */}'), however long (a block of old cards left in the
    source), as HTML comments: a comment ends at the first '*/', so one pass finds them all."""
    out, at = [], 0
    while opening := _JSX_COMMENT_OPEN.search(html, at):
        end = html.find("*/", opening.end())
        if end == -1:
            break  # no comment closes after this one: none is left to find
        if (closing := _JSX_COMMENT_CLOSE.match(html, end + 2)) is None:
            out.append(html[at : end + 2])  # '{/*' in code whose '*/' no brace closes
            at = end + 2
            continue
        inner = html[opening.end() : end].replace("--", "- -")
        out += [html[at : opening.start()], "<!--", inner, "-->"]
        at = closing.end()
    return "".join(out) + html[at:]


def _as_html_comment(m: re.Match[str]) -> str:
    inner = next(g for g in m.groups() if g is not None)
    return "<!--" + inner.replace("--", "- -") + "-->"


_JSX_STRING = re.compile(r"(?<!\{)\{\s*(['\"])([^'\"{}\n]*)\1\s*\}(?!\})")
_JSX_COMPARISON = re.compile(r"\s[\w-]+=\{(?=[^{}]*[<>])(?:[^{}]|\{[^{}]*\})*\}(?=[^<>]*>)")
# a component's tag: a CamelCase name ('<TimelineItem', '<Milestone'), never an HTML tag in
# capitals ('<TD', '<A'); its attributes, quoted values and all, up to its '>'
_COMPONENT_TAG = re.compile(
    r"<([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)\b((?:[^<>\"']|\"[^\"]*\"|'[^']*')*)/?>"
)
_SHOWN_PROP = re.compile(
    # (and a calendar button's 'start': '<AddDate start="03/01/2018" title="Proposals …"/>')
    r"\b(?:title|label|date|start|text|name|desc(?:ription)?|deadline|event|heading|subtitle"
    r"|time|when|caption)"
    r"\s*=\s*(?:\"([^\"]*)\"|'([^']*)'"
    # or an expression around one text: 'title={stepTitle(1, "Submission deadline")}'
    # (not an array's parts: 'time={[2024, "Jan.", 20]}')
    r"|\{(?!\s*\[)[^{}\"']*(?:\"([^\"]*)\"|'([^']*)')[^{}\"']*\})"
)
_SECTION_COMPONENT = re.compile(r"^(?:Sub)?Section$")
_DATES_COMPONENT = re.compile(
    r"<[A-Z][A-Za-z0-9]*\s[^<>]*?\btitle\s*=\s*[\"']((?:important|key)\s+dates|timeline"
    r"|deadlines)[\"']",
    re.IGNORECASE,
)
_DATA_PROP = re.compile(r"\s(?:rows|data|items)\s*=\s*\{\s*\[")
_TITLE_PROP = re.compile(r"\btitle\s*=\s*(?:\"([^\"]+)\"|'([^']+)')")
# a prop whose value is a JSX fragment ('description={<><s>August 14th</s> <strong>Extended:
# August 21st</strong></>}'): its text, struck parts marked as Markdown strikes them
_FRAGMENT_PROP = re.compile(r"(\s[\w-]+)=\{\s*<>((?:(?!</>)[^{}]){0,3000})</>\s*\}")


_DATED_EMPTY = re.compile(
    r"<([a-z][a-z0-9]*)(\s[^<>]*?\b(?:data-date|datetime)\s*=\s*[\"']"
    r"(\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d)?)[^\"']*[\"'][^<>]*)>\s*</\1>",
    re.IGNORECASE,
)
_INSTANT_ATTRIBUTE = re.compile(
    # (an attribute's name starts after a space or a quote: tried inside a long class value,
    # 'a-a-a-…', from each of its characters, it read the rest again)
    r"(<([a-z][a-z0-9]*)\s[^<>]*?(?<=[\s\"'])[\w-]+\s*=\s*[\"']\d{4}-(\d\d)-(\d\d)T"
    r"(\d\d:\d\d)(?::\d\d(?:\.\d+)?)?(Z|[+-]\d\d:?\d\d)[\"'][^<>]*>)([^<>]{3,60})(?=</\2>)",
    re.IGNORECASE,
)
_STATED_TIME = re.compile(r"\d:\d\d|\b\d{1,2}\s*[ap]\.?m\b|\bnoon\b|\bmidnight\b", re.IGNORECASE)


def _with_instant(m: re.Match[str]) -> str:
    """An element's day, with the time and zone its attribute gives, when it shows no time
    itself and the attribute's day is the one it shows (a midnight says no time)."""
    tag, month, day, time, offset, text = m[1], m[3], m[4], m[5], m[6], m[7]
    shown = dates_.find_dates(text, 2000)  # (a leap year: any day the attribute names)
    if (
        time == "00:00"
        or _STATED_TIME.search(text)
        or len(shown) != 1
        or shown[0].date is None
        or (shown[0].date.month, shown[0].date.day) != (int(month), int(day))
    ):
        return m[0]
    zone = "UTC" if offset.upper() == "Z" else f"UTC{offset}"
    return f"{tag}{text} {time} {zone}"


_PHP_ROW = re.compile(
    rf"<\?php\s+[A-Za-z_]\w*\s*\(\s*({_JS_STRING}(?:\s*,\s*{_JS_STRING})+)\s*\)\s*;?\s*\?>"
)


_JSX_CALL_ROW = re.compile(
    rf"\{{\s*[A-Za-z_][\w.]*\s*\(\s*({_JS_STRING}(?:\s*,\s*{_JS_STRING})+)\s*\)\s*\}}"
)
_MESSAGE_LABEL = re.compile(r"(.*?)[_.]?label", re.IGNORECASE)
_MESSAGE_VALUE = re.compile(r"(.*?)[_.]?(?:date|value|deadline|when|text)", re.IGNORECASE)
_MIN_MESSAGES = 10  # a file of this many texts, and nothing else, is an app's messages


def _messages(data: Any) -> str:
    """An app's messages file (i18n JSON: '{"cfp.submissionDeadlineLabel": "Rok za predaju",
    "cfp.submissionDeadlineDate": "15. rujna 2024."}'), as the page shows its texts: a line
    each, a text keyed as a label beside the value keyed by the same name after it. Empty for
    any other JSON (a list of records, or values that are not all texts)."""
    flat: list[tuple[str, str]] = []
    stack: list[tuple[str, Any]] = [("", data)]
    while stack:
        prefix, node = stack.pop()
        if isinstance(node, dict):
            keys = [(f"{prefix}.{k}" if prefix else str(k), v) for k, v in node.items()]
            stack.extend(reversed(keys))
        elif isinstance(node, str):
            flat.append((prefix, node))
        else:
            return ""  # a number, a list or a flag: data, not messages
    if len(flat) < _MIN_MESSAGES:
        return ""
    lines: list[str] = []
    paired = False
    i = 0
    while i < len(flat):
        key, text = flat[i]
        label = _MESSAGE_LABEL.fullmatch(key)
        value = _MESSAGE_VALUE.fullmatch(flat[i + 1][0]) if i + 1 < len(flat) else None
        if label and value and value[1].lower() == label[1].lower():
            lines.append(f"{html_lib.escape(text)} | {html_lib.escape(flat[i + 1][1])}")
            paired = True
            i += 2
        else:
            lines.append(html_lib.escape(text))
            i += 1
    # (a file whose texts pair no label with its value is left to be read as JSON)
    return "".join(f"<p>{line}</p>\n" for line in lines) if paired else ""


# a rich-text tree's node types that are blocks of their own (HTML's, and the editors' names)
_RICH_BLOCKS = frozenset(
    {"p", "li", "ul", "ol", "row", "div", "section", "table", "tr", "td", "th", "blockquote",
     "paragraph", "listitem", "list_item", "bulletlist", "orderedlist", "bullet_list",
     "ordered_list", "block", "card", "item"}
)
_RICH_HEADING = re.compile(r"h([1-6])|heading(?:[_-]?([1-6]))?", re.IGNORECASE)
_RICH_CHILDREN = ("content", "children", "blocks", "items")
_MIN_RICH_NODES = 3


def _rich_text(data: Any) -> str:
    """A rich-text document's JSON (a CMS's or an editor's tree of typed nodes: '{"type": "p",
    "content": ["Deadline", {"type": "date", "content": ["2023/6/18"]}]}'), as the markup it
    renders: a heading's text a heading, a block's inline parts one line, a group's title over
    its blocks. Empty for JSON that holds no such tree."""
    nodes = 0

    def walk(node: Any) -> str:
        nonlocal nodes
        if isinstance(node, str):
            return html_lib.escape(node)
        if isinstance(node, list):
            return " ".join(part for part in map(walk, node) if part)
        if not isinstance(node, dict):
            return ""
        kind = node.get("type")
        children = next((node[k] for k in _RICH_CHILDREN if isinstance(node.get(k), list)), None)
        text = node.get("text")
        titles = " ".join(
            html_lib.escape(v)
            for k, v in node.items()
            if k.startswith("title") and isinstance(v, str)
        )
        head = f"<h2>{titles}</h2>\n" if titles else ""
        if not isinstance(kind, str):
            body = "".join(walk(v) for k, v in node.items() if isinstance(v, list | dict))
            return head + body
        nodes += children is not None  # (a record with a 'type' field is no tree's node)
        inner = walk(children) if children is not None else walk(text)
        if (level := _RICH_HEADING.fullmatch(kind)) is not None and children:
            # a heading's first text is its title, the rest (a row of dates) below it
            first, rest = children[0], children[1:]
            depth = level[1] or level[2] or (node.get("attrs") or {}).get("level") or 3
            return f"{head}<h{depth}>{walk(first)}</h{depth}>\n{walk(rest)}\n"
        if kind.lower() in _RICH_BLOCKS and children is not None and not any(
            isinstance(c, dict) and str(c.get("type", "")).lower() in _RICH_BLOCKS
            for c in children
        ):
            return f"{head}<p>{inner}</p>\n"  # a block of inline parts: one line
        return f"{head}{inner}\n" if kind.lower() in _RICH_BLOCKS else head + inner

    rendered = walk(data)
    return rendered if nodes >= _MIN_RICH_NODES else ""


# a top-level declaration of a component's code: 'const importantDates = ['
_DECLARATION = re.compile(
    r"^(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=", re.MULTILINE
)


def _used(code: str, markup: str) -> str:
    """A component's code without the declarations its markup never reads, itself or through
    another's code: data kept aside ('const importantDates = [ … ]' of an earlier year, no
    '{importantDates.map(…)}' shown)."""
    starts = list(_DECLARATION.finditer(code))
    if not starts:
        return code
    ends = [*(m.start() for m in starts[1:]), len(code)]
    parts = {m[1]: code[m.start() : end] for m, end in zip(starts, ends, strict=True)}
    read: set[str] = set()
    reading = markup
    while fresh := {
        name
        for name in parts.keys() - read
        if re.search(rf"(?<![\w$.]){re.escape(name)}(?![\w$])", reading)
    }:
        read |= fresh
        reading = "".join(parts[name] for name in fresh)
    return code[: starts[0].start()] + "".join(parts[n] for n in parts if n in read)


def _php_row(m: re.Match[str]) -> str:
    """A PHP call's strings as a row; markup in them is the page's ('"<s>March 18</s> March
    25, 2016"'), any other '<' text."""
    cells = []
    for value in re.findall(_JS_STRING, m[1]):
        text = _PHP_ESCAPE.sub(r"\1", value[1:-1].strip())
        cells.append(text if _MARKUP_TAG.search(text) else html_lib.escape(text))
    return "<p>" + " | ".join(cells) + "</p>"


_PHP_ESCAPE = re.compile(r"\\([\\\"'])")  # '\"' in a quoted string is '"'
_MARKUP_TAG = re.compile(
    r"</?(?:s|del|strike|span|b|strong|em|i|br|font|u|sup)\b[^<>]*>", re.IGNORECASE
)


_DATE_SHORTCODE = re.compile(
    r"\{\{[<%]\s*[a-z][\w/-]*(?:\s+[\w-]+=\"[^\"]*\")*?\s+datetime=\"([^\"]+)\""
    r"(?:\s+[\w-]+=\"[^\"]*\")*\s*[>%]\}\}"
)
_SHORTCODE = re.compile(
    r"\{\{[<%]\s*([a-z][\w/-]*)((?:[^<>%{}\"']|\"[^\"]*\"|'[^']*')*)[>%]\}\}"
)


_FRAGMENT_ITEM = re.compile(r"([\[,]\s*)<>((?:(?!</>)[^{}<]|<(?!>)){0,3000}?)</>(?=\s*[,\]])")


def _fragment_shown(markup: str) -> str:
    """A JSX fragment's text, its struck parts marked as Markdown strikes them."""
    text = re.sub(r"</?(?:s|del|strike)\b[^<>]*>", "~~", markup, flags=re.IGNORECASE)
    return " ".join(re.sub(r"<[^<>]*>", " ", text).split())


def _fragment_item(m: re.Match[str]) -> str:
    return m[1] + json.dumps(_fragment_shown(m[2]))


def _fragment_text(m: re.Match[str]) -> str:
    return f'{m[1]}="{html_lib.escape(_fragment_shown(m[2]))}"'


# a component's prop holding an array of records: 'items={[', then '{'
_RECORDS_PROP = re.compile(r"\s([A-Za-z_$][\w$]*)=\{\s*(\[)\s*\{")
_JS_QUOTES = "'\"`"


def _closing(text: str, start: int) -> int | None:
    """The index just past the bracket that closes the one at `start` ('[', '{' or '('),
    the brackets inside the code's strings left out; None if it never closes."""
    pairs = {"[": "]", "{": "}", "(": ")"}
    stack: list[str] = []
    i = start
    while i < len(text):
        c = text[i]
        if c in _JS_QUOTES:
            i += 1
            while i < len(text) and text[i] != c:
                i += 2 if text[i] == "\\" else 1
        elif c in pairs:
            stack.append(pairs[c])
        elif stack and c == stack[-1]:
            stack.pop()
            if not stack:
                return i + 1
        i += 1
    return None


def _tag_end(text: str, start: int) -> int | None:
    """The index just past the '>' that ends the tag the text at `start` is inside, its
    props' strings and expressions skipped; None if the tag does not end."""
    i = start
    while i < len(text):
        c = text[i]
        if c == ">":
            return i + 1
        if c == "{":
            end = _closing(text, i)
            if end is None:
                return None
            i = end
            continue
        if c in "'\"":
            end = text.find(c, i + 1)
            if end < 0:
                return None
            i = end
        i += 1
    return None


def _records_props(html: str) -> str:
    """A component's props that are arrays of records, each read as the rows its records
    render and put after the tag (the prop itself taken out of the tag, where an HTML reader
    would cut it at the first markup its strings hold)."""
    pos = 0
    while (m := _RECORDS_PROP.search(html, pos)) is not None:
        pos = m.end()
        array_end = _closing(html, m.start(2))
        if array_end is None or not html[array_end:].lstrip().startswith("}"):
            continue
        prop_end = html.index("}", array_end) + 1
        tag_end = _tag_end(html, prop_end)
        if tag_end is None:
            continue
        code = f"const {m[1]} = {html[m.start(2) : array_end]};"
        rows = "".join(_JS_ROW.findall(_js_rows(code)))
        if not rows:
            continue
        html = f"{html[: m.start()]}{html[prop_end:tag_end]}{rows}{html[tag_end:]}"
        pos = m.start()
    return html


def _component_text(m: re.Match[str]) -> str:
    shown = " ".join(v for pair in _SHOWN_PROP.findall(m[2]) for v in pair if v.strip())
    if _SECTION_COMPONENT.search(m[1]) and (title := _TITLE_PROP.search(m[2])):
        # '<Section title="Agenda">': a part of the page under its title, as a heading is
        return f"{m[0]}<h2>{html_lib.escape(title[1] or title[2])}</h2>"
    if not re.search(r"\d", shown):  # no date among them: a card's props, not its dates
        return m[0]
    # (a tag that closes itself goes: its props, code and all, are no text of the page; but
    # for a table's, whose rows its data gives, read after its caption: 'caption="All dates
    # are calculated at 11:59 AoE" rows={[["August 31, 2022", "Author Notification"], …]}')
    tag = "" if m[0].endswith("/>") and not _DATA_PROP.search(m[2]) else m[0]
    return f"{tag}<p>{html_lib.escape(shown)}</p>"


_PIPE_ROW = re.compile(r"^[ \t]*\|[^\n]*</?br[^\n]*\|[ \t]*$", re.MULTILINE | re.IGNORECASE)
_BR = re.compile(r"</?br\s*/?>", re.IGNORECASE)  # '</br>' too, which browsers read as '<br>'
# a Markdown table: its row of column names, the rule under it ('|:--|:--|') and its rows
def _without_trailing_bars(text: str) -> str:
    """`text` without the run of spaces and table bars it ends on, if the run has a bar ('May 3
    | |'). (The pattern it replaces, '(\\s*\\|\\s*)+$', took exponential time on a run of bars
    that did not end the text: forty '| ' took minutes.)"""
    start = len(text)
    while start and (text[start - 1] == "|" or text[start - 1].isspace()):
        start -= 1
    return text[:start] if "|" in text[start:] else text


_MARKDOWN_TABLE = re.compile(
    r"^([^\n|]*\|[^\n]*)\n[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*\n"
    r"((?:[^\n|]*\|[^\n]*(?:\n|\Z))*)",
    re.MULTILINE,
)
_MARKDOWN_CELL = re.compile(r"(?<!\\)\|")


def _as_html_table(m: re.Match[str]) -> str:
    def cells(line: str) -> list[str]:
        inner = line.strip().removeprefix("|").removesuffix("|")
        return [cell.strip() for cell in _MARKDOWN_CELL.split(inner)]

    return _html_table([cells(m[1])] + [cells(line) for line in m[2].splitlines() if line.strip()])


def _html_table(rows: list[list[str]]) -> str:
    """Rows of cells as the HTML table they render, the first row naming the columns."""
    body = "".join(
        "<tr>" + "".join(f"<{tag}>{cell}</{tag}>" for cell in row) + "</tr>"
        for tag, row in (("th" if i == 0 else "td", row) for i, row in enumerate(rows))
    )
    return f"<table>{body}</table>\n"


# YAML front matter opening a Jekyll or Hugo source ('---\nlayout: page\ntitle: Dates\n---')
# (or Hugo's TOML: '+++\ntitle = "Important Dates"\n+++')
_FRONT_MATTER = re.compile(
    r"\A\ufeff?\s*(---|\+\+\+)[ \t]*\n((?:[^\n]*\n){0,60}?)\1[ \t]*\n"
)
# an Astro component's code, fenced at its top ('---\nimport … from …;\nconst dates = […]\n---')
_ASTRO_CODE = re.compile(r"\A\ufeff?\s*---[ \t]*\n(.*?\n)---[ \t]*(?:\n|\Z)", re.DOTALL)
# a YAML key at a line's start ('layout: page'), which Markdown between two rules has not
_YAML_KEY_LINE = re.compile(r"^[A-Za-z_][\w-]*:(?:[ \t]|$)", re.MULTILINE)
# front matter longer than a page's usual header: a YAML document, whole ('---\nsections:\n
#   - block: markdown\n    content:\n      title: Important Dates\n      text: |-\n …\n---')
_LONG_FRONT = re.compile(r"\A\ufeff?\s*(---)[ \t]*\n(.*?\n)---[ \t]*(?:\n|\Z)", re.DOTALL)


# a key naming an author's step (not the page's own 'date', 'date_end', 'lastmod')
_FRONT_STEP = re.compile(
    r"deadline|\bdue\b|submi|notif|camera|\bfinal\b|regist|abstract|paper|rebuttal|decision|accept"
    r"|\bcf[pa]\b",
    re.IGNORECASE,
)


def _front_steps(keys: Any) -> str:
    """The steps front matter's own keys name with a date ('deadline: "March 20th, 2022,
    anywhere on Earth"', 'notification: …'), as the dates list the page's layout shows."""
    rows = _step_rows(keys)
    return f"\n## Dates\n\n{''.join(rows.values())}\n" if rows else ""


def _step_rows(keys: Any, *, nested: bool = True) -> dict[str, str]:
    """The dates list's rows of `_front_steps`, by the key each is read from (with `nested`,
    keys holding their day in keys of their own too)."""
    if not isinstance(keys, dict):
        return {}
    return {
        key: f"- {name}: {value}\n"
        for key, given in keys.items()
        # (a key holding its day in keys of its own: 'submission_deadline:\n  yyyy_mm_dd:
        # "2024-10-25"', 'deadline: {date: …, time: …}')
        if (value := _one_text(given) if isinstance(given, dict) and nested else given)
        and isinstance(key, str)
        and isinstance(value, str | dt.date)
        and (name := key.replace("_", " ").replace("-", " ").strip())
        and _FRONT_STEP.search(name)
        and classify(name) is not None
        # (a date, or a short value holding one: not a summary's text that names a day)
        and (isinstance(value, dt.date) or (len(value) <= 100 and dates_.find_dates(value)))
    }


def _dated(records: list[Any]) -> bool:
    """Whether a list of records holds a date: dated rows, not a site's settings ('defaults:\n
    - scope: {path: ""}\n    values: {comments: false}')."""
    return any(_a_date(leaf) for leaf in _leaves(records))


def _one_text(keys: dict[Any, Any]) -> str:
    """The values of a mapping with no deeper structure, one text; '' when it has some.

    (A number is left out: YAML reads an unquoted '23:59' as the number 1439.)"""
    values = [v for v in keys.values() if not isinstance(v, int | float)]
    if not all(isinstance(v, str | dt.date) for v in values):
        return ""
    return " ".join(str(v) for v in values)


def _front_records(keys: Any) -> str:
    """The lists of records front matter holds ('importantDates:\n  - date: July 10, 2026\n
    label: Notification'), as the rows the page's template renders from them."""
    if not isinstance(keys, dict):
        return ""
    lists = _record_lists(keys)
    if not lists:
        return ""
    source = json.dumps(_flat_records(lists), indent=1, ensure_ascii=False, default=str)
    return "".join(_JS_ROW.findall(_js_rows(source)))


def _record_lists(keys: dict[Any, Any], within: str = "", depth: int = 3) -> dict[str, Any]:
    """Front matter's lists of records by name, those its sections hold too ('cfp:\n  dates:\n
    - event: Paper submission deadline', named 'cfp dates')."""
    lists: dict[str, Any] = {}
    for key, value in keys.items():
        name = f"{within} {key}".strip()
        if isinstance(value, list) and value and all(isinstance(r, dict) for r in value):
            lists[name] = value
        elif isinstance(value, dict) and depth > 1:
            lists.update(_record_lists(value, name, depth - 1))
    return lists


_BLOCK_MARKUP = re.compile(r"<(?:ul|ol|li|p|br|table|tr|div|dl|dt|dd)\b", re.IGNORECASE)


def _front_texts(keys: Any) -> str:
    """The Markdown held in front matter's block scalars, in order, each under its block's
    title ('title: Important Dates' beside 'text: |-'), and the markup of a `text` on one line
    (a sidebar's 'text: "<ul> <li>Submissions: June 21th</li> …"'); nothing for a plain header."""
    texts: list[str] = []
    stack: list[Any] = [keys]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            title, text = node.get("title"), node.get("text")
            if isinstance(text, str) and ("\n" in text or _BLOCK_MARKUP.search(text)):
                texts.append(f"\n## {title}\n" if isinstance(title, str) and title else "")
                texts.append(f"\n{text}\n")
            stack.extend(reversed([v for k, v in node.items() if k != "text"]))
        elif isinstance(node, list):
            stack.extend(reversed(node))
        elif isinstance(node, str) and "\n" in node.strip():  # (not a value on a line of its own)
            texts.append(f"\n{node}\n")
    return "".join(texts)


# a TOML document's array of tables, a record each ('[[params.about.events]]'), and no markup
_TOML_RECORDS = re.compile(r"^[ \t]*\[\[[\w.\"-]+\]\][ \t]*$", re.MULTILINE)


def _toml(text: str) -> dict[str, Any] | None:
    """A TOML document's data; None if the text is not TOML."""
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return None
    # (a record's picture is no text it shows: 'img = "submission.jpg"' before its date)
    for node in _mappings(data):
        for key in [k for k, v in node.items() if isinstance(v, str) and _PICTURE.search(v)]:
            del node[key]
    return data


_PICTURE = re.compile(r"\.(?:jpe?g|png|gif|svg|webp)\s*$", re.IGNORECASE)


def _yaml(text: str) -> Any:
    """A YAML document's data; None if the text is empty or not YAML."""
    import yaml  # only for the pages that are Jekyll or Hugo sources, or data files

    try:
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506
    except (yaml.YAMLError, ValueError, RecursionError):  # (an integer of 5,000 digits)
        return None
    if not _nested_within(data):
        return None
    return _renewed(_enabled(data))


def _renewed(data: Any) -> Any:
    """Data with each step's new value ('submission_deadline_new: "June 5th 2026"' beside
    'submission_deadline: "May 29th 2026"') given to the step, its old value struck, as the
    site shows them."""
    for node in _mappings(data):
        for key in [k for k in node if isinstance(k, str)]:
            base = _RENEWED_KEY.fullmatch(key)
            step = (base[1] or base[2]) if base else None
            old, new = (node.get(step), node[key]) if step else (None, None)
            # (both dates: not 'submission: https://…' beside 'revised-submission: March 17')
            if _a_date(old) and _a_date(new):
                node[step] = f"~~{old}~~ {new}"
                del node[key]
    return data


def _mappings(data: Any) -> Iterator[dict[Any, Any]]:
    """Every mapping a data document holds, outer ones first, without recursion; each one's
    values are looked into after the caller has changed it."""
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            yield node
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


def _a_date(value: Any) -> bool:
    return isinstance(value, dt.date) or (isinstance(value, str) and bool(dates_.find_dates(value)))


def _enabled(data: Any) -> Any:
    """Data without the fields a leading underscore disables ('_extended_date: 9th May 2024'
    beside a record's 'date:': a value kept aside, which the site does not show), nor the
    records of a list its flags hide ('visible: false')."""
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key in [k for k in node if isinstance(k, str) and k.startswith("_")]:
                if len(node) > 1:
                    del node[key]
            stack.extend(node.values())
        elif isinstance(node, list):
            node[:] = [item for item in node if not _hidden(item)]
            stack.extend(node)
    return data


_SHOWN_FLAG = re.compile(r"visible|show|shown|display|enabled|published", re.IGNORECASE)
_HIDDEN_FLAG = re.compile(r"hidden|hide|draft|disabled", re.IGNORECASE)


def _hidden(record: Any) -> bool:
    """Whether a record of a data file's list is one its template leaves out ('visible:
    false', 'hidden: true')."""
    return isinstance(record, dict) and any(
        (value is False and _SHOWN_FLAG.fullmatch(key))
        or (value is True and _HIDDEN_FLAG.fullmatch(key))
        for key, value in record.items()
        if isinstance(key, str)
    )


_FRONT_TITLE = re.compile(r"^title[ \t]*[:=][ \t]*(.+?)[ \t]*$", re.MULTILINE)
_MARKDOWN_LINE = re.compile(
    rf"^[ \t]*(?:(?:{_LIST_MARK}|#{{1,6}})[ \t]+\S|\|[^\n]*\|[ \t]*$)", re.MULTILINE
)
_MARKDOWN_RULE = re.compile(r"[|:\- ]*-[|:\- ]*")  # a table's '|:---|:---|' line
_MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+(.+)$")
_UNDERLINE = re.compile(r"(=+|-+)[ \t]*")


_TITLE_ALONE_CHARS = 40


def _title_alone(lines: list[str], i: int) -> bool:
    """Whether a line stands alone as a title: after a blank line, short, ending no sentence
    (CJK titles are underlined by their width, not their count: '講演申し込み' over '--------')."""
    text = lines[i].strip()
    return (
        (i == 0 or not lines[i - 1].strip())
        and len(text) <= _TITLE_ALONE_CHARS
        and not re.search(r"[.。!?！？:：,，]$", text)
    )


def _underlined(lines: list[str], i: int) -> int | None:
    """The level of a heading written over a line of '=' (1) or '-' (2) as long as it, or
    longer for '=' (Markdown's and reStructuredText's underlined titles); None if not one."""
    text = lines[i].strip()
    if i + 1 >= len(lines) or not text or _MARKDOWN_ITEM.sub("", text) != text:
        return None
    rule = _UNDERLINE.fullmatch(lines[i + 1].strip())
    if rule is None or len(rule.group(1)) < max(3, len(text)) or "|" in text:
        return None
    if rule.group(1)[0] == "-" and len(rule.group(1)) != len(text) and not _title_alone(lines, i):
        return None  # a rule under a paragraph, not its underline
    return 1 if rule.group(1)[0] == "=" else 2


def _shown(component: re.Match[str]) -> bool:
    """Whether a component's script data is what its markup shows: always when the script
    comes first; when the template does ('<template>…<div v-for="date in dates">'), only if
    the template loops over an array the script names (not a list left from another page)."""
    html = component.string
    if not component[0].rstrip().lower().endswith("<template"):
        return True
    script = " ".join(m[1] for m in _SCRIPT.finditer(html))
    return any(
        re.search(rf"\b{re.escape(name)}\s*[:=]\s*(?:{_VUE_REACTIVE})?\[", script)
        for name in _VUE_LOOP.findall(_SCRIPT.sub("", html))
    )


_VUE_LOOP = re.compile(r"\bv-for=[\"'][^\"']*?\b(?:in|of)\s+(?:[\w$]+\.)*([\w$]+)")
_FENCED_CODE = re.compile(r"^(`{3,}|~{3,})[^\n]*\n.*?^\1[ \t]*$", re.DOTALL | re.MULTILINE)
_FENCE = re.compile(r"^(?:```|~~~)(?!.*(?:```|~~~))")  # (not '```code```' on one line)
# (or with a title underlined: 'MIPcc24: The MIP Workshop 2024 Computational Competition\n====')
# (not a Markdown autolink: '<https://2023.ieee-cec.org/paper-submission/>', '<chair@conf.org>')
_ANY_TAG = re.compile(r"<(?![A-Za-z][\w+.-]*:[^\s<>]*>|[\w.+-]+@[\w.-]+>)[A-Za-z/!?]")
# (a reStructuredText source's fields may come first: ':template: 2017/eu-content.html')
_OPENING_HEADING = re.compile(
    r"\A\ufeff?(?:[ \t]*:[\w-]+:[^\n]*\n)*\s*(?:#{1,6}[ \t]+\S|[^<\n]{3,200}\n={3,}[ \t]*\n)"
)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_HEADING_PARAGRAPH = re.compile(r"(?:\A|\n)[ \t]*\n[ \t]*#{1,6}[ \t]+\S")
_MARKDOWN_ITEM = re.compile(rf"^{_LIST_MARK}\s+(?=\S)")
_BOLD_ONLY = re.compile(r"(\*\*|__)[^*_]+\1:?")
_BOLD_TITLE = re.compile(r"(\*\*|__)[^*_:\d]+(?<!:)\1")  # no date, no colon: no label
_INDENT = re.compile(rf"^([ \t]*){_LIST_MARK}[ \t]")


def _nested_below(lines: list[str], number: int) -> bool:
    """Whether the next line that says anything is a list item indented under this one."""
    this = _INDENT.match(lines[number])
    below = next((line for line in lines[number + 1 :] if line.strip()), "")
    under = _INDENT.match(below)
    return bool(this and under and len(under.group(1)) > len(this.group(1)))


_ITEM_LINE = re.compile(rf"^[ \t]*{_LIST_MARK}[ \t]+\S")


def _continues_item(lines: list[str], number: int) -> bool:
    """Whether a line goes on with the list item above it: indented, no item of its own, and
    right under an item's line (no blank line between)."""
    line, above = lines[number], lines[number - 1]
    return (
        line[:1] in {" ", "\t"}
        and bool(line.strip())
        and not _ITEM_LINE.match(line)
        and not re.fullmatch(_LIST_MARK, line.strip())  # (an item whose text a tag opens)
        and not line.lstrip().startswith(("#", "|", "<", "```", "~~~"))
        and bool(_ITEM_LINE.match(above))
    )


_OPEN_ENDED = re.compile(
    r"\s(?-i:is|are|will\s+be|by|on|at|until|till|before|of|to|for|the|and|or|from)$"
)


def _wrapped(lines: list[str], number: int) -> bool:
    """Whether a line goes on with the sentence above it: it opens in lower case, and the line
    above is text that stops mid-sentence (on a word or a comma, no hard break after it)."""
    line = _MARKDOWN_LINK.sub(r"\1", " ".join(lines[number].split()))
    above = lines[number - 1]
    words = _MARKDOWN_LINK.sub(r"\1", " ".join(above.split()))
    # (or inside a bracket the line above opened and this one closes: '… Submissions due
    # (23:59' over 'pm Hawaiian time)')
    opens, closes = line.find("("), line.find(")")
    bracketed = words.count("(") > words.count(")") and closes >= 0 and not 0 <= opens < closes
    return (
        # (or after a word no sentence ends on: 'The deadline for submitting proposals is'
        # over 'Midnight CET on May 31st, 2017.'; a date opening the line is read under its
        # label as it stands: 'Early-bird registration and abstract submission have been
        # extended until' over '**September 25, 2023**.')
        (line[:1].islower() or (bool(_OPEN_ENDED.search(words)) and not _opens_dated(line)))
        and bool(words)
        and (words[-1:].isalpha() or words.endswith(",") or bracketed)
        and not above.endswith(("  ", "\\"))
        and not words.startswith(("#", "|", "<", "```", "~~~"))
    )


def _opens_dated(line: str) -> bool:
    """Whether a Markdown line opens with a date ('**September 25, 2023**.')."""
    line = re.sub(r"^[*_\[\s]+", "", _MARKDOWN_LINK.sub(r"\1", line))
    found = dates_.find_dates(line[:60])
    return bool(found) and found[0].start == 0


def _label_over_date(lines: list[str], number: int) -> bool:
    """Whether a line opens with a date and the line above, in the same paragraph, ends with
    the name of a step and its colon."""
    above = _EMPHASIS.sub(r"\2", _MARKDOWN_LINK.sub(r"\1", " ".join(lines[number - 1].split())))
    named = re.search(r"([^\W\d][^*:|#<>]{1,60}):\**$", above)
    if named is None or above.startswith(("#", "|", "<")) or classify(named[1]) is None:
        return False
    return _opens_dated(lines[number])


def _date_and_words(lines: list[str], number: int) -> bool:
    """Whether a line and the next are a paragraph of their own, plain text (no list item,
    heading or row), one of them a date and the other words."""
    pair = lines[number : number + 2]
    after = lines[number + 2] if number + 2 < len(lines) else ""
    if len(pair) < 2 or lines[number - 1].strip() or after.strip():
        return False
    if any(
        not line.strip() or len(line) > _SHORT_LINE or _MARKDOWN_LINE.match(line) or "<" in line
        for line in pair
    ):
        return False
    dated = [bool(dates_.find_dates(line)) for line in pair]
    return dated[0] != dated[1]


_SHORT_LINE = 120


def _paragraph(lines: list[str], number: int) -> bool:
    """Whether a line is a paragraph of its own: blank lines, or the text's ends, around it."""
    before = lines[number - 1] if number else ""
    after = lines[number + 1] if number + 1 < len(lines) else ""
    return not before.strip() and not after.strip()


def _markdown(data: str) -> bool:
    """Whether text holds lines of Markdown: two or more list items, '#' headings or table
    rows."""
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
    # (a spacer cell between them, '<td>&nbsp;&nbsp;</td>', holds nothing to zip)
    zipped = [c for c in cells if c.filled]
    if (
        len(zipped) == 2
        and zipped[1].tag == "td"  # the first may be the row's header: <th>Label</th>
        and all(c.plain and c.size <= _ZIP_MAX for c in zipped)
        and all(isinstance(p, str) for c in zipped for p in c.parts)
    ):
        columns = []
        for cell in zipped:
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
        text = "".join(_flatten(cell.parts)) if cell.plain and len(filled) >= 2 else ""
        if text and (
            cell.size <= _JOIN_MAX
            # or a struck value over the one that replaced it: '<s>September 14, 2021</s><br>
            # 11:59 PM, October 01, 2021 BST<br>(Bangladesh Standard Time)'
            or (cell.size <= _SUPERSEDED_MAX and text.lstrip().startswith(STRUCK_OPEN))
        ):
            # a short cell's lines are one: 'Mar 30, 2026<br>23:59 AoE'
            content = [text.replace("\n", " ")]
        out.extend([HEADING + "7" if heading else "", content, " | "])
    out.append("\n")
    return out


def _drop_leading_blanks(lines: list[str]) -> list[str]:
    first = next((i for i, line in enumerate(lines) if line), len(lines))
    return lines[first:]


def _date_alone(text: str) -> bool:
    """Whether a cell holds one date and nothing else (but its struck marks)."""
    plain = text.replace(STRUCK_OPEN, "").replace(STRUCK_CLOSE, "").strip(" .,")
    found = dates_.find_dates(plain)
    return len(found) == 1 and len(found[0].text) >= len(plain) - 2


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


_ROW_NUMBER = re.compile(r"\s*\d{1,2}[.)]?\s*")
_NOT_APPLICABLE = re.compile(r"\s*(?:n/?a|not\s+applicable)\s*", re.IGNORECASE)
# a column of a table of several calls that holds each one's closing day
_DEADLINE_COLUMN = re.compile(
    r"\s*(?:deadline|due(?:\s+date)?|closes|closing\s+date)\s*", re.IGNORECASE
)
# a column of the meetings' own days, beside their calls' deadlines: 'Date of Conference'
_EVENT_COLUMN = re.compile(
    r"\W*(?:dates?\s+of\s+(?:the\s+)?(?:conference|event|meeting|workshop)"
    r"|(?:conference|event|meeting|workshop)\s+dates?)\W*",
    re.IGNORECASE,
)
_OPENING_COLUMN = re.compile(
    r"\W*(?:opens?|opening(?:\s+date)?|start(?:s|\s+date)?|begins?|from)\W*", re.IGNORECASE
)
_CALLS_COLUMN = re.compile(
    r"\W*(?:events?|conferences?|calls?|cfps?|editions?|meetups?)\W*", re.IGNORECASE
)


def _by_column(row: _Row, columns: list[str]) -> Parts | None:
    """A row of a table whose columns are tracks ('Milestone | Round 1 | Round 2'), as one
    line per column with a date: 'Paper submission (Round 1) | Feb 10, 2026'. None when the
    row is not such (one date, no label, or columns that supersede one another)."""
    texts = [_cell_text(c) for c in row.cells]
    # (the row's number before its label: '1 | Manuscript Submission | 15 July | 27 August')
    first = int(len(texts) > 3 and bool(_ROW_NUMBER.fullmatch(texts[0])))
    # (or after a mark of its state: '| ✅ | Copenhagen 2026 | February 9, 2026 | …')
    while first < len(texts) - 1 and not re.search(r"[^\W\d_]", texts[first]):
        first += 1
    label = texts[first]
    dated = [i for i, t in enumerate(texts[first + 1 :], first + 1) if dates_.find_dates(t)]
    dated = [i for i in dated if not _EVENT_COLUMN.fullmatch(columns[i])] or dated
    # (one date among cells that say the step is not this track's: '| First-round deadline |
    # N/A | N/A | 2 August 2021')
    elsewhere = [t for i, t in enumerate(texts[first + 1 :], first + 1) if i not in dated]
    alone = bool(elsewhere) and all(_NOT_APPLICABLE.fullmatch(t) for t in elsewhere)
    if not label or dates_.find_dates(label):
        return None
    if (
        len(dated) == 1
        and _DEADLINE_COLUMN.fullmatch(columns[dated[0]])
        and _CALLS_COLUMN.fullmatch(columns[first])
        and not any(classify(t) for i, t in enumerate(texts) if i != dated[0])
    ):
        # (a row that names a call, not a step: the column names its step, 'Deadline
        # (Copenhagen 2026)')
        return [row.loose, f"\n{columns[dated[0]]} ({label}) | {texts[dated[0]]}\n"]
    if len(dated) < (1 if alone else 2) or any(
        _SUPERSEDING.search(columns[i]) or not columns[i] for i in dated
    ):
        return None
    # (a column of the days each step opens, 'Event | Open | Deadline', holds no deadline)
    dated = [i for i in dated if not _OPENING_COLUMN.fullmatch(columns[i])] or dated
    # a column that names a kind completes the label ('Early-Bird Submission' + 'Notification');
    # any other names a track ('Paper submission (Round 1)'), as does one called a track, an
    # 'Archival submission track'
    named = [
        f"{label} {columns[i]}"
        if classify(columns[i]) and not _names_track(columns[i])
        else f"{label} ({columns[i]})"
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
