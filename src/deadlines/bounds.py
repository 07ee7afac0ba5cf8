"""The limits every input is checked against where it enters: text, URLs, years, ranges.

Pure and import-light (the CLI's argument parser uses it before anything heavy loads).
Checking once at the boundary is what lets the renderers trust what they are given: a
value that passed these checks can always be written into a feed, a page or a terminal.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

MIN_YEAR = 1950
MAX_YEAR = 2100
MAX_MONTHS = 24  # `next --months`, `?months=`: further out than two years is not a plan
MAX_WINDOW_WEEKS = 26
MAX_CATALOG_BYTES = 16_000_000  # a catalog file larger than this is refused unread
# No venue here asks for papers further ahead of its opening day than this (the longest
# leads are about ten months): a submission deadline earlier than that is taken for a
# typo of the year, warned about by the loader and never used as an estimate's base.
MAX_LEAD_DAYS = 450

# C0 and C1 controls (CR/LF split .ics lines, NUL truncates, ESC starts terminal escapes),
# and the Unicode format characters that reorder or hide text (bidi overrides and isolates,
# line/paragraph separators).
_FORMAT = "\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff"
_CONTROL = re.compile(f"[\x00-\x1f{_FORMAT}]")
_CONTROL_BUT_LINES = re.compile(f"[\x00-\x08\x0b-\x1f{_FORMAT}]")  # tab and LF allowed


def control_character(text: str, *, multiline: bool = False) -> str | None:
    """The first control or bidi character in `text`, named ``U+000D``; None if clean.

    `multiline` text (a note) may hold tabs and line feeds, never a carriage return.
    """
    m = (_CONTROL_BUT_LINES if multiline else _CONTROL).search(text)
    return None if m is None else f"U+{ord(m.group()):04X}"


def check_text(text: str, *, multiline: bool = False) -> str:
    """Return `text`, or raise ValueError naming its first control character."""
    if (bad := control_character(text, multiline=multiline)) is not None:
        raise ValueError(f"contains the control character {bad}; remove it")
    return text


def strip_controls(text: str) -> str:
    """`text` without control or bidi characters (for text shown, not stored)."""
    return _CONTROL.sub("", text)


def check_url(url: str, *, schemes: tuple[str, ...] = ("http", "https")) -> str:
    """Return `url` if it is an absolute URL of one of `schemes`, else raise ValueError."""
    check_text(url)
    if any(c.isspace() for c in url):
        raise ValueError(f"{url!r} contains a space; encode it as %20")
    parts = urlsplit(url)
    if parts.scheme.lower() not in schemes or (parts.scheme != "file" and not parts.netloc):
        raise ValueError(f"{url!r} is not an {' or '.join(schemes)} URL")
    return url


def check_year(year: int, what: str) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"{what}: year {year} is outside {MIN_YEAR} to {MAX_YEAR}")
