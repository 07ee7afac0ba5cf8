"""What the reader yields: a page's deadlines (`Entry`), the page's dates (`PageDates`), and the
raw label/date pairs (`_Raw`) the reading passes hand each other.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from deadlines.models import DeadlineKind
from deadlines.sources import dates as dates_
from deadlines.sources.dates import Found
from deadlines.sources.pages.labels import _TITLE

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
    # rows outside a dates list whose labels name no step this reader knows, or a call alone
    # ('Call for papers: June 21, 2020' in a list with no heading): said once, in a sum, when
    # the page gave deadlines elsewhere
    unknown_rows: list[tuple[str, dt.date | None]] = field(default_factory=list)


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
    through: int = -1  # the last line whose dates it took: a struck one under it, and another
    prose: bool = False
    head: str = ""
    track: str | None = None  # a qualifier written after the date: '(archival)'
    contest: bool = False  # under a heading whose dates release a test set or name winners
    contest_papers: bool = False  # on a page of a competition's papers
    contest_named: bool = False  # naming the competition by its short name ('SPGC paper')


_DATES_SECTION = re.compile(
    r"date|deadline|timeline|schedule|call for"
    # in other languages: 'Fechas importantes', 'Datas importantes', 'Wichtige Termine', 'Date
    # importanti', 'Cronograma', '重要日程', '重要な日程', '주요 일정', 'Важные даты'
    r"|\b(?:fechas|datas|termine|scadenze|plazos|prazos|cronograma|даты|сроки)\b|日程|日期|期日|일정",
    re.IGNORECASE,
)
_DATES_TITLE = re.compile(r"\b(?:dates|deadlines|timeline)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")  # a year written out ('2026')


def _own_heading(section: str | None) -> str:
    """The nearest heading of a section that is not a dates title: 'Archival Track' for
    'Archival Track / Important Dates' (the title heads the dates of the track above it)."""
    parts = (section or "").split(" / ")
    return next((p for p in reversed(parts) if not _TITLE.search(p)), parts[-1])


_OWN_LIST = 3  # dated rows under one heading that make a list of their own (a second call)
