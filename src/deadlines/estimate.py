"""Estimate the next edition of each series from its history, and backtest the estimates.

Pure: the functions take `today` and a catalog; they read no clock and no file.

* The **base** of an estimate is the newest edition of a series with announced submission
  deadlines. Every one of its deadlines is shifted by one delta, so the edition's own
  spacing (abstract a week before the paper, notification two months after) is kept.
* Method ``start``: when the base and the target edition both have a known start date
  (a workshop's own, or else its parent's), the deadlines keep their distance to the event.
  Only workshops use it (see `FOLLOW_START`).
* Method ``calendar``: otherwise the same date a period on, moved to the weekday the venue
  habitually uses (at most 3 days).
* Workshops with no deadline history get a weaker, ``generic`` estimate: the median lead of
  their parent series' workshops before the conference start. Their basis starts with
  `GENERIC_PREFIX`; `is_generic` tells them apart.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import chain, count, pairwise

from deadlines.catalog import Catalog
from deadlines.models import (
    SUBMISSION_KINDS,
    Deadline,
    DeadlineKind,
    Edition,
    Series,
    Status,
    Venue,
    VenueKind,
)

GENERIC_PREFIX = "typical for "
MAX_PERIODS = 3  # a series silent for longer than this many periods is left alone
MAX_WEEKDAY_MOVE = 3  # the nearest weekday is always at most 3 days away
MIN_GENERIC_SAMPLE = 3  # fewer workshops than this say nothing "typical"

# The kinds of venue whose deadlines keep their distance to the event start (method
# "start") when both starts are known; the others keep their calendar date. Decided by
# bench/backtest.py: on the ccfddl history (778 conference editions with both starts known)
# the calendar method was off by a median of 7 days (52% within a week), the start method
# by 11 (39%): a conference's deadline follows the calendar, not where its dates fall.
# Workshop deadlines hang on their host's dates (the proceedings are due before it): on
# 27 CVPR/ICCV/ECCV/NeurIPS workshop editions of 2024-2026 the start method was off by a
# mean of 16 days, the calendar by 35, won where the host's dates moved by months; at the
# same host (CVPR moved by a week at most) the two were even (median 6.5 vs 4 days, n=20).
FOLLOW_START = frozenset({VenueKind.WORKSHOP})

_DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAY_NAME = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_YEARS = {1: "one year", 2: "two years", 3: "three years", 4: "four years", 6: "six years"}


class Method(StrEnum):
    """How a delta was chosen."""

    START = "start"
    CALENDAR = "calendar"
    GENERIC = "generic"


def is_generic(venue: Venue) -> bool:
    """Tell whether a venue's estimate comes from its parent's workshops, not its own history."""
    return any(d.basis and d.basis.startswith(GENERIC_PREFIX) for d in venue.edition.deadlines)


# ---- small pure helpers -------------------------------------------------------------------


def submissions(edition: Edition, *, announced: bool = True) -> list[Deadline]:
    """Return the deadlines a paper is aimed at (papers, else abstracts), announced only."""
    pool = [d for d in edition.deadlines if not (announced and d.estimated)]
    for kind in SUBMISSION_KINDS:
        found = [d for d in pool if d.kind is kind]
        if found:
            return found
    return []


def anchor(edition: Edition) -> dt.date:
    """Return the date of the edition's first announced submission deadline."""
    return min(d.wall for d in submissions(edition)).date()


def period(years: Iterable[int]) -> int:
    """Return 2 for a biennial series (years of one parity, >= 2 apart), else 1."""
    distinct = sorted(set(years))
    if len(distinct) >= 2 and all((b - a) % 2 == 0 for a, b in pairwise(distinct)):
        return 2
    return 1


def add_years(day: dt.date, years: int) -> dt.date:
    """Return the same calendar date `years` later (29 February becomes the 28th)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def usual_weekday(history: Sequence[Edition]) -> int:
    """Return the most common weekday of the history's submission deadlines.

    Ties go to the newest edition's weekday, so a venue that just changed habit is followed.
    """
    days = [anchor(e).weekday() for e in history]
    counts = Counter(days)
    best = max(counts.values())
    return next(d for d in reversed(days) if counts[d] == best)


def align(day: dt.date, weekday: int) -> dt.date:
    """Move `day` to the nearest `weekday` (never more than 3 days)."""
    ahead = (weekday - day.weekday()) % 7
    return day + dt.timedelta(days=ahead if ahead <= MAX_WEEKDAY_MOVE else ahead - 7)


def _years_on(years: int) -> str:
    return _YEARS.get(years, f"{years} years")


def _start_of(venues: Mapping[str, Venue], edition: Edition) -> tuple[dt.date | None, bool]:
    """Return an edition's start (its own, else its parent's) and whether it is its own."""
    if edition.start is not None:
        return edition.start, True
    parent = venues.get(edition.parent) if edition.parent else None
    return (parent.edition.start if parent else None), False


# ---- the shift of one edition ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Shift:
    """One delta for all the deadlines of a base edition, and why."""

    days: int
    method: Method
    basis: str


def shift(
    series: Series,
    history: Sequence[Edition],
    years: int,
    base_start: dt.date | None,
    target_start: dt.date | None,
    *,
    workshop_starts: bool = False,
) -> Shift:
    """Choose the delta that carries the newest edition of `history` `years` on."""
    base = history[-1]
    first = anchor(base)
    name = f"{series.name} {base.year}"
    if base_start is not None and target_start is not None:
        event = "workshop" if workshop_starts else "conference"
        return Shift(
            (target_start - base_start).days,
            Method.START,
            f"from {name} ({first}), shifted with the {event} start "
            f"({base_start} → {target_start})",
        )
    weekday = usual_weekday(history)
    plain = add_years(first, years)
    moved = align(plain, weekday)
    how = "moved to" if moved != plain else "on"
    return Shift(
        (moved - first).days,
        Method.CALENDAR,
        f"from {name} ({_DAY_ABBR[first.weekday()]} {first}), {_years_on(years)} on, "
        f"{how} its usual {_DAY_NAME[weekday]}",
    )


def _moved(deadline: Deadline, days: int, basis: str) -> Deadline:
    """Return an estimated copy of `deadline`, `days` later at the same wall time and zone."""
    wall = deadline.wall + dt.timedelta(days=days)
    if deadline.time_stated:
        at = f"{wall:%Y-%m-%d %H:%M:%S}" if wall.second else f"{wall:%Y-%m-%d %H:%M}"
    else:
        at = f"{wall:%Y-%m-%d}"  # a bare date stays bare: it still means 23:59
    return Deadline(
        kind=deadline.kind,
        at=at,
        zone=deadline.zone,
        zone_assumed=deadline.zone_assumed,
        track=deadline.track,
        label=deadline.label,
        status=Status.ESTIMATED,
        basis=basis,
    )


# ---- the estimator ---------------------------------------------------------------------------


class _Estimator:
    """Estimates for one catalog; `known` grows as estimates are made, parents first."""

    def __init__(self, catalog: Catalog, today: dt.date) -> None:
        self.catalog = catalog
        self.today = today
        self.known: dict[str, Venue] = dict(catalog.venues)
        # Editions by series, kept with `known`: scanning every venue per lookup made the
        # estimator quadratic in the catalog's size.
        self.by_series: dict[str, dict[str, Edition]] = {}
        for venue in self.known.values():
            self.by_series.setdefault(venue.series.id, {})[venue.id] = venue.edition
        self.leads: dict[str, tuple[int, int, list[int]] | None] = {}
        self.latest_workshops = _latest_workshop_years(catalog)
        self.found: list[Venue] = []
        # Conference editions rolled past because their deadlines have passed: the
        # conference still takes place, and its workshops' deadlines may be ahead.
        self.passed: dict[str, Venue] = {}

    def run(self) -> list[Venue]:
        ordered = sorted(self.catalog.series.values(), key=lambda s: s.id)
        conferences = [s for s in ordered if s.kind is VenueKind.CONFERENCE]
        workshops = [s for s in ordered if s.kind is VenueKind.WORKSHOP]
        # Conferences first: a workshop's next edition hangs on its parent's next edition.
        for series in conferences + workshops:
            self._add(self._from_history(series))
        for series in workshops:
            self._add(self._generic(series))
        # Hosts added for a workshop go with the conferences: parents come first.
        return sorted(self.found, key=lambda v: v.kind is not VenueKind.CONFERENCE)

    def _add(self, venue: Venue | None) -> None:
        if venue is None:
            return
        host = self.passed.pop(venue.edition.parent or "", None)
        if host is not None:  # return the host too, so every parent id resolves
            self.found.append(host)
        self._know(venue)
        self.found.append(venue)

    def _know(self, venue: Venue) -> None:
        self.known[venue.id] = venue
        self.by_series.setdefault(venue.series.id, {})[venue.id] = venue.edition

    def _editions(self, series_id: str) -> list[Edition]:
        """Return the editions of a series, estimates included, oldest first."""
        editions = self.by_series.get(series_id, {}).values()
        return sorted(editions, key=lambda e: (e.year, e.id))

    def _parent_series(self, edition: Edition) -> str | None:
        parent = self.known.get(edition.parent) if edition.parent else None
        return parent.series.id if parent else None

    def _edition_in(self, series_id: str, year: int) -> Edition | None:
        """Return the edition of `series_id` in `year`, preferring the id ``series + year``."""
        found = [e for e in self._editions(series_id) if e.year == year]
        return min(found, key=lambda e: (e.id != f"{series_id}{year}", e.id), default=None)

    def _open_edition(self, series: Series, year: int, parent_series: str | None) -> Edition | None:
        """Return an edition in `year` still waiting for announced submission deadlines."""
        waiting = [e for e in self._editions(series.id) if e.year == year and not submissions(e)]
        return min(
            waiting,
            key=lambda e: (self._parent_series(e) != parent_series, e.id),
            default=None,
        )

    def _new_id(self, series: Series, base: Edition, year: int) -> str:
        """Derive a fresh id the way the base's was made (abaw2025-iccv → abaw2027-iccv)."""
        derived = base.id.replace(str(base.year), str(year))
        plain = f"{series.id}{year}"
        candidates = chain([derived, plain], (f"{plain}-{n}" for n in count(2)))
        return next(c for c in candidates if c not in self.known)

    def _target(
        self, series: Series, base: Edition, year: int, parent_series: str | None
    ) -> Edition | None:
        """Return the edition to fill in `year`: the catalog's, or a new one (no deadlines)."""
        existing = self._open_edition(series, year, parent_series)
        if existing is not None:
            return existing
        parent_id = None
        if series.kind is VenueKind.WORKSHOP:
            assert parent_series is not None
            parent = self._edition_in(parent_series, year)
            if parent is None:
                return None  # the host edition is neither known nor estimated
            parent_id = parent.id
        return Edition.model_validate(
            {
                "year": year,
                "id": self._new_id(series, base, year),
                "parent": parent_id,
                "timezone": base.timezone,
                "archival": base.archival,
            }
        )

    def _filled(self, target: Edition, deadlines: Iterable[Deadline]) -> Edition:
        """Return `target` with estimated deadlines, keeping every other field and date."""
        new = list(deadlines)
        taken = {(d.kind, d.track) for d in new}
        # Announced dates of other kinds (a known notification, say) stay; old estimates go.
        kept = [d for d in target.deadlines if not d.estimated and (d.kind, d.track) not in taken]
        data = target.model_dump(exclude={"deadlines"})
        return Edition.model_validate({**data, "deadlines": [*kept, *new]})

    def _not_past(self, edition: Edition) -> bool:
        """Tell whether a submission deadline of `edition` is today or later."""
        papers = submissions(edition, announced=False)
        return max(d.wall.date() for d in papers) >= self.today

    def _from_history(self, series: Series) -> Venue | None:
        history = [e for e in self._editions(series.id) if submissions(e)]
        if not history:
            return None
        history.sort(key=lambda e: (e.year, anchor(e), e.id))
        base = history[-1]
        step = period(e.year for e in self._editions(series.id))
        parent_series = None
        if series.kind is VenueKind.WORKSHOP:
            parent_series = self._parent_series(base)
            if parent_series is None:
                return None
            # A workshop at a biennial conference (ICCV, ECCV) is biennial too.
            step = max(step, period(e.year for e in self._editions(parent_series)))
        base_start, base_own = _start_of(self.known, base)
        if series.kind not in FOLLOW_START:
            base_start = None
        for k in range(1, MAX_PERIODS + 1):
            year = base.year + k * step
            target = self._target(series, base, year, parent_series)
            if target is None:
                continue
            target_start, target_own = _start_of(self.known, target)
            chosen = shift(
                series,
                history,
                year - base.year,
                base_start,
                target_start,
                workshop_starts=series.kind is VenueKind.WORKSHOP and base_own and target_own,
            )
            edition = self._filled(
                target, (_moved(d, chosen.days, chosen.basis) for d in base.deadlines)
            )
            if self._not_past(edition):
                return Venue(series, edition)
            if series.kind is VenueKind.CONFERENCE:
                self.passed[edition.id] = Venue(series, edition)
                self._know(self.passed[edition.id])
        return None

    def _generic(self, series: Series) -> Venue | None:
        editions = self._editions(series.id)
        if not editions or any(submissions(e) for e in editions):
            return None  # no roster entry, or a history of its own (estimated above)
        newest = editions[-1]
        parent_series_id = self._parent_series(newest)
        if parent_series_id is None:
            return None
        if newest.year != self.latest_workshops.get(parent_series_id):
            return None  # not at its host's latest workshops: it may not recur
        if parent_series_id not in self.leads:
            self.leads[parent_series_id] = typical_lead(self.catalog, parent_series_id)
        lead = self.leads[parent_series_id]
        if lead is None:
            return None
        days, sample, years = lead
        hosts = self.catalog.series[parent_series_id]
        span = f"{years[0]}–{years[-1]}" if years[0] != years[-1] else f"{years[0]}"
        basis = (
            f"{GENERIC_PREFIX}{hosts.name} workshops: median {days} days before the "
            f"conference over {sample} workshops ({span})"
        )
        step = period(e.year for e in self._editions(parent_series_id))
        # Try the roster edition itself first: its deadline may still be ahead.
        for k in range(MAX_PERIODS + 1):
            year = newest.year + k * step
            target = newest if k == 0 else self._target(series, newest, year, parent_series_id)
            if target is None:
                continue
            start, _ = _start_of(self.known, target)
            if start is None:
                continue
            deadline = Deadline(
                kind=DeadlineKind.PAPER,
                at=f"{start - dt.timedelta(days=days):%Y-%m-%d}",
                zone="AoE",
                status=Status.ESTIMATED,
                basis=basis,
            )
            edition = self._filled(target, [deadline])
            if self._not_past(edition):
                return Venue(series, edition)
        return None


def _latest_workshop_years(catalog: Catalog) -> dict[str, int]:
    """Return, per conference series, the newest year the catalog has workshops at it."""
    latest: dict[str, int] = {}
    for venue in catalog.venues.values():
        if (host := catalog.parent(venue)) is not None:
            year = host.edition.year
            latest[host.series.id] = max(year, latest.get(host.series.id, year))
    return latest


def typical_lead(
    catalog: Catalog, parent_series: str, before_year: int | None = None
) -> tuple[int, int, list[int]] | None:
    """Return the median days workshop papers are due before their conference starts.

    Counts every workshop edition hosted by `parent_series` (before `before_year`, if
    given) with an announced submission deadline and a host with a start date. Returns
    (median days, sample size, host years) or None when the sample is too small.
    """
    leads: list[int] = []
    years: set[int] = set()
    for venue in catalog.venues.values():
        host = catalog.parent(venue)
        if (
            venue.kind is not VenueKind.WORKSHOP
            or host is None
            or host.series.id != parent_series
            or host.edition.start is None
            or (before_year is not None and host.edition.year >= before_year)
            or not submissions(venue.edition)
        ):
            continue
        leads.append((host.edition.start - anchor(venue.edition)).days)
        years.add(host.edition.year)
    if len(leads) < MIN_GENERIC_SAMPLE:
        return None
    # median_low: an observed lead, and an integer, so the estimate is a whole day.
    return statistics.median_low(leads), len(leads), sorted(years)


def estimate(catalog: Catalog, today: dt.date) -> list[Venue]:
    """Estimate the next edition of every series whose next deadlines are not announced.

    Returns venues whose editions carry estimated deadlines: conferences first, then
    workshops from their own history, then generic workshop estimates (see `is_generic`).
    An edition the catalog already has (with its dates, url, place) keeps its id and fields.
    A conference edition whose estimated deadlines have passed is returned too when an
    estimated workshop is hosted by it, so every `parent` resolves.
    """
    return _Estimator(catalog, today).run()


# ---- backtest ----------------------------------------------------------------------------------

BACKTEST_METHODS = ("start", "calendar", "same-date", "generic", "picked")


@dataclass(frozen=True, slots=True)
class Trial:
    """One past edition predicted from earlier data: its actual and predicted dates by method."""

    series: str
    edition: str
    actual: dt.date
    predicted: Mapping[str, dt.date]

    def error(self, method: str) -> int | None:
        day = self.predicted.get(method)
        return abs((day - self.actual).days) if day is not None else None


@dataclass(frozen=True, slots=True)
class Score:
    """Absolute errors of one method, in days."""

    method: str
    n: int
    mean: float | None
    median: float | None
    within_week: float | None  # percent of trials off by 7 days or less


@dataclass(frozen=True, slots=True)
class BacktestResult:
    """Every trial; `scores` summarises them by method."""

    trials: tuple[Trial, ...]

    def score(self, method: str) -> Score:
        errors = [e for t in self.trials if (e := t.error(method)) is not None]
        if not errors:
            return Score(method, 0, None, None, None)
        return Score(
            method,
            len(errors),
            statistics.fmean(errors),
            statistics.median(errors),
            100 * sum(e <= 7 for e in errors) / len(errors),
        )

    @property
    def scores(self) -> list[Score]:
        return [self.score(m) for m in BACKTEST_METHODS]


def backtest(catalog: Catalog) -> BacktestResult:
    """Predict every past submission deadline from earlier editions only, by each method.

    * ``start``, ``calendar``: the two methods of the estimator, wherever each applies;
      ``picked`` is the one it would use (`FOLLOW_START`). An edition's own start may be
      used: conference dates are announced long before the deadlines.
    * ``same-date``: the same date a year (or period) on, unaligned: the baseline.
    * ``generic``: for every workshop, the median lead of its host's workshops of earlier years.
    """
    trials: list[Trial] = []
    for series in sorted(catalog.series.values(), key=lambda s: s.id):
        history = sorted(
            (e for e in series.editions if submissions(e)),
            key=lambda e: (e.year, anchor(e), e.id),
        )
        for i, target in enumerate(history):
            predicted: dict[str, dt.date] = {}
            earlier = [e for e in history[:i] if e.year < target.year]
            if earlier:
                base = earlier[-1]
                years = target.year - base.year
                first = anchor(base)
                base_start, _ = _start_of(catalog.venues, base)
                target_start, _ = _start_of(catalog.venues, target)
                predicted["same-date"] = add_years(first, years)
                calendar = shift(series, earlier, years, None, None)
                predicted["calendar"] = first + dt.timedelta(days=calendar.days)
                picked = shift(series, earlier, years, base_start, target_start)
                predicted["picked"] = first + dt.timedelta(days=picked.days)
                if picked.method is Method.START:
                    predicted["start"] = predicted["picked"]
                if series.kind not in FOLLOW_START:
                    predicted["picked"] = predicted["calendar"]
            host = catalog.venues.get(target.parent) if target.parent else None
            if host is not None and host.edition.start is not None:
                lead = typical_lead(catalog, host.series.id, before_year=host.edition.year)
                if lead is not None:
                    predicted["generic"] = host.edition.start - dt.timedelta(days=lead[0])
            if predicted:
                trials.append(Trial(series.id, target.id, anchor(target), predicted))
    return BacktestResult(tuple(trials))
