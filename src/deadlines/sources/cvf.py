"""The Computer Vision Foundation's conference sites (CVPR, ICCV): workshop lists and dates pages.

A workshop list is a table, one workshop a row: its date (a ``Date`` column, ``6/23/14``, or
a day heading above the rows, ``Friday (12/11/15)``), its title linking to its own site, and
on some years its paper ``Submission`` deadline. A dates page is read by the generic reader
in `sources.pages`, keeping only the main conference's section.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from deadlines.models import DeadlineKind
from deadlines.sources import Parsed, ParseError, finish_edition, make_deadline, slugify
from deadlines.sources.pages import PageDates, parse_page

_MDY = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})\b")
MAIN_SECTION = re.compile(r"main conference|pre-conference|paper", re.IGNORECASE)


@dataclass(frozen=True)
class Workshop:
    title: str
    url: str | None
    date: dt.date | None
    submission: dt.date | None = None
    location: str | None = None
    half: str | None = None  # 'am' or 'pm' for half-day workshops


def _mdy(text: str) -> dt.date | None:
    m = _MDY.search(text)
    if not m:
        return None
    month, day, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    try:
        return dt.date(year + 2000 if year < 100 else year, month, day)
    except ValueError:
        return None


def _text(tag: Any) -> str:
    return " ".join(tag.get_text(" ").replace("\xa0", " ").split())


def parse_workshop_list(html: str | bytes) -> list[Workshop]:
    """Read a CVF accepted-workshops table."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    columns: list[str] = []
    day: dt.date | None = None
    found: list[Workshop] = []
    for row in soup.find_all("tr"):
        cells = row.find_all("td", recursive=False)
        texts = [_text(c).lower() for c in cells]
        if any(t == "workshop" or t.startswith("workshop title") for t in texts):
            columns = texts
            continue
        if len(cells) == 1:  # a day heading: 'Friday (12/11/15)'
            day = _mdy(texts[0]) or day
            continue
        if not columns or len(cells) != len(columns):
            continue
        title_cell = cells[next(i for i, c in enumerate(columns) if c.startswith("workshop"))]
        link = title_cell.find("a")
        bold = title_cell.find("b")
        title = _text(bold or link or title_cell)
        if not title:
            continue
        values = dict(zip(columns, cells, strict=True))
        date = next((_mdy(_text(v)) for k, v in values.items() if k == "date"), None) or day
        submission = next(
            (_mdy(_text(v)) for k, v in values.items() if k.startswith("submission")), None
        )
        location = next((_text(v) for k, v in values.items() if k == "location"), None)
        when = " ".join(texts)
        half = "am" if "am only" in when else "pm" if "pm only" in when else None
        found.append(
            Workshop(
                title=title,
                url=str(link.get("href")) if link is not None and link.get("href") else None,
                date=date,
                submission=submission,
                location=location or None,
                half=half,
            )
        )
    if not found and not columns:
        raise ParseError("not a CVF workshop list: no 'Workshop Title' table")
    return found


def workshop_id(title: str) -> str:
    """Return a series id for a workshop: its acronym in parentheses, else its slug."""
    m = re.search(r"\(([A-Za-z][A-Za-z0-9&-]{1,15})(?:[- ]?\d{2,4})?\)", title)
    if m:
        return slugify(m.group(1))
    words = re.sub(r"^(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?(?:international\s+)?", "", title,
                   flags=re.IGNORECASE)
    words = re.sub(r"\bworkshops?\s+on\s+", "", words, flags=re.IGNORECASE)
    slug = slugify(words.split(":")[0])
    return "-".join(slug.split("-")[:6])


def workshops_to_catalog(
    workshops: list[Workshop], *, parent: str, parent_series: str, source: str, zone: str
) -> Parsed:
    """One workshop series per row, each with its edition under `parent` (e.g. cvpr2014)."""
    out = Parsed()
    year = int(re.sub(r"\D", "", parent)[-4:])
    seen: set[str] = set()
    for workshop in workshops:
        sid = f"{parent_series}-{workshop_id(workshop.title)}"
        if sid in seen or sid == f"{parent_series}-":
            out.problems.append(f"{workshop.title!r}: no distinct id ({sid}); skipped")
            out.skipped += 1
            continue
        seen.add(sid)
        where = f"{sid}{year}"
        edition: dict[str, Any] = {"year": year, "parent": parent, "source": source}
        if workshop.url:
            edition["url"] = workshop.url
        if workshop.date:
            edition["start"] = edition["end"] = workshop.date
        deadlines = []
        if workshop.submission is not None:
            data, problems = make_deadline(
                where,
                DeadlineKind.PAPER,
                f"{workshop.submission:%Y-%m-%d}",
                zone,
                source,
                zone_assumed=True,
            )
            out.problems.extend(problems)
            if data is not None:
                deadlines.append(data)
        result, problems = finish_edition(where, edition, deadlines)
        out.problems.extend(problems)
        if result is None:
            out.skipped += 1
            continue
        out.series.append(
            {"id": sid, "name": workshop.title, "kind": "workshop", "editions": [result]}
        )
    return out


def parse_dates(html: str | bytes, *, year: int | None = None) -> PageDates:
    """Read a CVF 'Important Dates' page: the main conference's deadlines only."""
    return parse_page(html, year=year, sections=MAIN_SECTION)
