"""WikiCFP (wikicfp.com): event pages, series pages, category call lists and search results.

Listings (a series' ``program?id=``, a category's ``call?conference=``, ``tool.search``) show
each event as two table rows: the short name linking to its ``event.showcfp`` page with the
long name, then When | Where | Deadline. A deadline may carry an earlier one in parentheses,
"Jul 22, 2016 (Jul 15, 2016)": the abstract (or first-round) deadline. An event page has a
table (When, Where, Submission Deadline, Notification Due, Final Version Due) with ISO dates
in RDFa attributes. WikiCFP states dates only, never a time or zone: deadlines are read as
the end of the day AoE and marked as an assumption.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from deadlines.models import DeadlineKind
from deadlines.sources import Parsed, ParseError, finish_edition, make_deadline, slugify

BASE = "http://www.wikicfp.com/cfp/"
ZONE = "AoE"  # WikiCFP states no zone; the end of the day anywhere on Earth is the safe reading

_DATE = re.compile(r"([A-Z][a-z]{2}) (\d{1,2}), (\d{4})")
_MONTHS = {m: i for i, m in enumerate(
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1)}
_EVENT_ROWS = {
    "abstract registration due": DeadlineKind.ABSTRACT,
    "submission deadline": DeadlineKind.PAPER,
    "notification due": DeadlineKind.NOTIFICATION,
    "final version due": DeadlineKind.CAMERA_READY,
}


@dataclass(frozen=True)
class Event:
    """One WikiCFP event as a listing or an event page shows it."""

    short: str  # 'SIGMOD 2017' (runs of spaces collapsed)
    name: str
    url: str
    event_id: int | None
    start: dt.date | None = None
    end: dt.date | None = None
    where: str | None = None
    deadlines: tuple[tuple[DeadlineKind, dt.date], ...] = ()
    categories: tuple[str, ...] = field(default=())

    @property
    def year(self) -> int | None:
        m = re.search(r"\b((?:19|20)\d{2})\s*$", self.short)
        return int(m.group(1)) if m else None

    @property
    def series(self) -> str:
        return re.sub(r"\s*\b(?:19|20)\d{2}\s*$", "", self.short).strip() or self.short


def _date(text: str) -> dt.date | None:
    m = _DATE.search(text)
    if not m or m.group(1) not in _MONTHS:
        return None
    try:
        return dt.date(int(m.group(3)), _MONTHS[m.group(1)], int(m.group(2)))
    except ValueError:
        return None


def _event_id(href: str) -> int | None:
    m = re.search(r"eventid=(\d+)", href)
    return int(m.group(1)) if m else None


def _clean(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split())


def parse_listing(html: str | bytes, *, url: str = BASE) -> list[Event]:
    """Read a series page, a call list or search results; no results is an empty list."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    header = None
    for row in soup.find_all("tr"):
        cells = [_clean(c.get_text()) for c in row.find_all("td", recursive=False)]
        if cells[:4] == ["Event", "When", "Where", "Deadline"]:
            header = row
            break
    if header is None:
        if soup.find(string=re.compile(r"Matched Call For Papers|WikiCFP", re.IGNORECASE)):
            return []  # a search with no result has no table at all
        raise ParseError("not a WikiCFP listing: no 'Event | When | Where | Deadline' table")
    events = []
    rows = header.find_next_siblings("tr")
    for first, second in zip(rows[::2], rows[1::2], strict=False):
        link = first.find("a", href=re.compile(r"event\.showcfp"))
        if link is None:
            continue
        tds = first.find_all("td", recursive=False)
        name = _clean(tds[1].get_text()) if len(tds) > 1 else ""
        texts = [_clean(c.get_text()) for c in second.find_all("td")]
        when, where, deadline = ([*texts, "", "", ""])[:3]
        start = end = None
        if " - " in when:
            left, right = when.split(" - ", 1)
            start, end = _date(left), _date(right)
        deadlines: list[tuple[DeadlineKind, dt.date]] = []
        main = _date(deadline.split("(")[0])
        if main is not None:
            deadlines.append((DeadlineKind.PAPER, main))
        if "(" in deadline and (earlier := _date(deadline.split("(", 1)[1])) is not None:
            deadlines.append((DeadlineKind.ABSTRACT, earlier))
        href = str(link.get("href", ""))
        events.append(
            Event(
                short=_clean(link.get_text()),
                name=name,
                url=urljoin(url, href),
                event_id=_event_id(href),
                start=start,
                end=end,
                where=None if where in {"", "N/A"} else where,
                deadlines=tuple(deadlines),
            )
        )
    return events


def parse_event(html: str | bytes, *, url: str) -> Event:
    """Read an ``event.showcfp`` page."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    summary = soup.find("span", property="v:summary")
    description = soup.find("span", property="v:description")
    if summary is None or description is None:
        raise ParseError("not a WikiCFP event page: no event summary (RDFa v:summary)")
    short = _clean(str(summary.get("content", "")))
    full = _clean(description.get_text())
    name = full.split(" : ", 1)[1].strip() if " : " in full else full

    def iso(prop: str, scope: Any) -> dt.date | None:
        tag = scope.find("span", property=prop)
        content = str(tag.get("content", "")) if tag is not None else ""
        try:
            return dt.date.fromisoformat(content[:10]) if content else None
        except ValueError:
            return None

    event_span = summary.find_parent("span", typeof="v:Event")
    start, end = iso("v:startDate", event_span), iso("v:endDate", event_span)
    locality = soup.find("span", property="v:locality")
    where = _clean(str(locality.get("content", ""))) if locality is not None else None
    deadlines = []
    for row in soup.select("table.gglu tr"):
        th, td = row.find("th"), row.find("td")
        if th is None or td is None:
            continue
        kind = _EVENT_ROWS.get(_clean(th.get_text()).lower())
        if kind is None:
            continue
        date = iso("v:startDate", td) or _date(td.get_text())
        if date is not None:
            deadlines.append((kind, date))
    categories = tuple(
        _clean(a.get_text()) for a in soup.find_all("a", href=re.compile(r"call\?conference="))
    )
    return Event(
        short=short,
        name=name,
        url=url,
        event_id=_event_id(url),
        start=start,
        end=end,
        where=where or None,
        deadlines=tuple(deadlines),
        categories=categories,
    )


def to_catalog(events: list[Event], *, kind: str = "conference") -> Parsed:
    """Turn events into catalog-shaped series (one edition per event)."""
    out = Parsed()
    by_id: dict[str, dict[str, Any]] = {}
    for event in events:
        year = event.year
        sid = slugify(event.series)
        if year is None or not sid:
            out.problems.append(f"{event.short!r}: no year in the short name; skipped")
            out.skipped += 1
            continue
        if event.start is None and not event.where:
            out.problems.append(f"{event.short}: no dates or place (a journal?); skipped")
            out.skipped += 1
            continue
        where = f"{sid}{year}"
        edition: dict[str, Any] = {"year": year, "url": event.url, "source": event.url}
        if event.where:
            edition["location"] = event.where
        if event.start and event.end and event.end >= event.start:
            edition["start"], edition["end"] = event.start, event.end
        deadlines = []
        for dkind, date in event.deadlines:
            data, problems = make_deadline(
                where, dkind, f"{date:%Y-%m-%d}", ZONE, event.url, zone_assumed=True
            )
            out.problems.extend(problems)
            if data is not None:
                deadlines.append(data)
        result, problems = finish_edition(where, edition, deadlines)
        out.problems.extend(problems)
        if result is None:
            out.skipped += 1
            continue
        series = by_id.setdefault(
            sid, {"id": sid, "name": event.series, "kind": kind, "editions": []}
        )
        if event.name and "full_name" not in series:
            series["full_name"] = event.name
        if any(e["year"] == year for e in series["editions"]):
            out.problems.append(f"{where}: listed twice; kept the first")
            continue
        series["editions"].append(result)
    for sid in sorted(by_id):
        by_id[sid]["editions"].sort(key=lambda e: e["year"])
        out.series.append(by_id[sid])
    return out
