"""Pick venues whose submission deadline falls about N months out (pure: takes `today`)."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from deadlines.models import Deadline, Venue, VenueKind

PLAN_MONTHS = 3  # the lab's method: about two months of experiments, one of writing

CORE_ORDER = ("A*", "A", "B", "C")
CCF_ORDER = ("A", "B", "C")


def add_months(day: dt.date, months: int) -> dt.date:
    """Return the same day `months` later (or earlier), clamped to the month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


@dataclass(frozen=True, slots=True)
class Filters:
    tags: tuple[str, ...] = ()
    kind: VenueKind | None = None
    rank: str | None = None  # "A*" (CORE, that or better) or "ccf:A"

    def match(self, venue: Venue) -> bool:
        series = venue.series
        if self.kind is not None and series.kind is not self.kind:
            return False
        if self.tags and not set(self.tags) & set(series.tags):
            return False
        return self.rank is None or rank_at_least(venue, self.rank)


def rank_at_least(venue: Venue, wanted: str) -> bool:
    """True if the venue's CORE rank (or CCF with ``ccf:X``) is `wanted` or better."""
    system, _, grade = wanted.rpartition(":")
    system = system.lower() or "core"
    order = CCF_ORDER if system == "ccf" else CORE_ORDER
    have = venue.series.rank.ccf if system == "ccf" else venue.series.rank.core
    return (
        have is not None
        and grade.upper() in order
        and (order.index(have) <= order.index(grade.upper()))
    )


@dataclass(frozen=True, slots=True)
class Candidate:
    """A venue's submission deadline that falls in the window, with its work start."""

    venue: Venue
    deadline: Deadline
    parent: Venue | None
    local: dt.datetime  # the deadline in the user's zone
    days_left: int
    work_start: dt.date

    @property
    def estimated(self) -> bool:
        return self.deadline.estimated


@dataclass(frozen=True, slots=True)
class Window:
    today: dt.date
    target: dt.date
    first: dt.date
    last: dt.date

    @classmethod
    def around(cls, today: dt.date, months: int, weeks: int) -> Window:
        target = add_months(today, months)
        spread = dt.timedelta(weeks=weeks)
        return cls(today, target, max(today, target - spread), target + spread)

    def wider(self, weeks: int) -> Window:
        spread = dt.timedelta(weeks=weeks)
        return Window(
            self.today, self.target, max(self.today, self.target - spread), self.target + spread
        )


def candidates(
    venues: Iterable[Venue],
    parents: dict[str, Venue],
    window: Window,
    tz: dt.tzinfo,
    filters: Filters = Filters(),
) -> list[Candidate]:
    """Return the submission deadlines inside `window`, soonest first."""
    found = []
    for venue in venues:
        if not filters.match(venue):
            continue
        for deadline in venue.submission_deadlines():
            local = deadline.utc.astimezone(tz)
            if not window.first <= local.date() <= window.last:
                continue
            parent = parents.get(venue.edition.parent) if venue.edition.parent else None
            found.append(
                Candidate(
                    venue=venue,
                    deadline=deadline,
                    parent=parent,
                    local=local,
                    days_left=(local.date() - window.today).days,
                    work_start=add_months(local.date(), -PLAN_MONTHS),
                )
            )
    found.sort(key=_order)
    return found


def _order(c: Candidate) -> tuple[dt.datetime, int, str]:
    return c.deadline.utc, c.venue.kind is VenueKind.WORKSHOP, c.venue.id


def upcoming(venues: Sequence[Venue], today: dt.date, tz: dt.tzinfo) -> list[Venue]:
    """Venues with a submission deadline on or after `today` (in `tz`), soonest first."""

    def first(v: Venue) -> dt.datetime | None:
        times = [d.utc for d in v.submission_deadlines() if d.utc.astimezone(tz).date() >= today]
        return min(times) if times else None

    dated = [(t, v) for v in venues if (t := first(v)) is not None]
    return [v for _, v in sorted(dated, key=lambda p: (p[0], p[1].id))]
