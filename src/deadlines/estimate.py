"""Estimate the next edition of each series from its history, and backtest the estimates.

Pure: the functions take `today` and a catalog; they read no clock and no file.

* A series is estimated per **stream**: a conference on its own, a workshop once per host
  series it has met (ABAW at CVPR and at ICCV get one estimate each).
* The **base** of an estimate is the stream's newest edition with announced submission
  deadlines. Each submission cycle (a deadline's `track`: KDD's two cycles, NeurIPS'
  datasets track) is shifted by its own delta, the other deadlines by the first cycle's, so
  the edition's own spacing (abstract a week before the paper) is kept.
* The **period** is the series' own: the one gap between its last editions (1, or 2 for a
  biennial series); a series whose gaps differ (NAACL: 2022, 2024, 2025, 2027) is irregular
  and only editions the catalog lists are estimated, never a guessed year. A longer gap is
  editions missing from the listing, and is left out (`MAX_PERIOD`). A workshop counts its
  host's editions instead (`workshop_years`): TrustNLP at NAACL 2022 and 2024 is next at
  NAACL 2025, the host's next listed edition; one that skips every other CVPR skips the next.
* Method ``start``: when the base and the target edition both have a known start date
  (a workshop's own, or else its parent's), the deadlines keep their distance to the event.
  Workshops use it (see `FOLLOW_START`); a workshop with no history at a host uses its
  lead before its newest host's start there. A conference uses it only when its next edition
  is listed months off its usual date (`EVENT_MOVED_DAYS`): the conference moved.
* Method ``calendar``: otherwise the same date a period on, moved to the weekday the venue
  habitually uses (at most 3 days), unless it keeps its date rather than a weekday
  (`keeps_its_date`).
* A venue reviewed by ACL Rolling Review (`Series.review_cycles`) gets its commitment
  deadline from its own history, and as paper deadline the ARR cycle that ends in time for it.
* Workshops with no deadline history get a weaker, ``generic`` estimate: the median lead of
  their parent series' workshops before the conference start. Their basis starts with
  `GENERIC_PREFIX`; `is_generic` tells them apart.
* Every estimated deadline carries a `spread` (± days) from the stream's own backtest.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
import zlib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import chain, count, pairwise
from typing import TYPE_CHECKING

from deadlines import bounds
from deadlines.models import (
    GENERIC_PREFIX,
    SUBMISSION_KINDS,
    Deadline,
    DeadlineKind,
    Edition,
    Series,
    Status,
    Venue,
    VenueKind,
    is_generic,  # noqa: F401 - still offered here; defined beside the models for `next`
)

if TYPE_CHECKING:
    from deadlines.catalog import Catalog

MAX_PERIOD = 2  # no venue here recurs less often than every other year
MAX_PERIODS = 3  # a series silent for longer than this many periods is left alone
MAX_WEEKDAY_MOVE = 3  # the nearest weekday is always at most 3 days away
MIN_GENERIC_SAMPLE = 3  # fewer workshops than this say nothing "typical"
SPREAD_TRIALS = 3  # a stream's spread is its largest error over this many newest trials …
# … plus a week. Three trials have rarely met a stream's worst year: backtested, their largest
# error alone held the next estimate's error for 4 in 5 (ccfddl dev 82%, held-out 80%; shipped
# dev 79%), a week more for 9 in 10 (90%, 92%; 92%), as often as the kind's 90th percentile
# does for the streams it stands in for (`Spreads.stated`, bench/backtest.py "range held").
# Three exact trials still leave a week: a venue may move its deadline to another week.
SPREAD_MARGIN = 7
MIN_SPREAD_TRIALS = 2  # with fewer trials, the spread is the 90th percentile of its kind
HELD_OUT_SHARE = 4  # one series in four (by a hash of its id) is held out of tuning

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
# Of these, a workshop whose event did not move by months takes the midpoint of the start
# method's shift and the calendar method's. Each catches a move the other misses (the host's
# dates; the series' own habit), and their errors partly cancel. bench/backtest.py, shipped
# catalog, regular workshop trials: start alone a median of 8.5 days off, 90th percentile 26
# (dev, n=60) and 7 / 41 (held-out, n=22); the midpoint 7 / 21 and 3.5 / 42. Aligning the
# midpoint to the usual weekday was worse on dev (7 / 24), so it is not aligned.
# a conference listed more than this many days off its usual date has moved, its deadlines with
# it; up to the second figure: a year or so off is a listing's wrong year, not a move
EVENT_MOVED_DAYS = 60
EVENT_MOVED_MAX_DAYS = 250

_DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAY_NAME = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_YEARS = {1: "one year", 2: "two years", 3: "three years", 4: "four years", 6: "six years"}


class Method(StrEnum):
    """How a delta was chosen."""

    START = "start"
    CALENDAR = "calendar"
    GENERIC = "generic"


def held_out(series_id: str) -> bool:
    """Tell whether a series is in the held-out part of a backtest (fixed by its id)."""
    return zlib.crc32(series_id.encode()) % HELD_OUT_SHARE == 0


# ---- small pure helpers -------------------------------------------------------------------


def submissions(edition: Edition, *, announced: bool = True) -> list[Deadline]:
    """Return the deadlines a paper is aimed at (papers, else abstracts), announced only."""
    pool = [d for d in edition.deadlines if not (announced and d.estimated)]
    for kind in SUBMISSION_KINDS:
        found = [d for d in pool if d.kind is kind]
        if found:
            return found
    return []


def _usable(edition: Edition) -> bool:
    """Tell whether an edition's announced submissions can be a base: there are some, and
    none is further before the event than any venue asks (a year typed wrong)."""
    days = [d.wall.date() for d in submissions(edition)]
    if not days:
        return False
    return edition.start is None or (edition.start - min(days)).days <= bounds.MAX_LEAD_DAYS


def anchor(edition: Edition) -> dt.date:
    """Return the date of the edition's first announced submission deadline."""
    return min(d.wall for d in submissions(edition)).date()


def cycles(edition: Edition) -> dict[str | None, dt.date]:
    """Return the first announced submission date of each track (cycle) of an edition.

    Papers count where a track has them, else its abstracts, so an abstract due a week
    before the paper does not move the cycle.
    """
    found: dict[str | None, dt.date] = {}
    pool = [d for d in edition.deadlines if not d.estimated]
    for track in dict.fromkeys(d.track for d in pool):
        for kind in SUBMISSION_KINDS:
            days = [d.wall.date() for d in pool if d.track == track and d.kind is kind]
            if days:
                found[track] = min(days)
                break
    return found


def cycle_anchor(edition: Edition, track: str | None) -> dt.date:
    """Return the anchor of `track` in `edition`, else of its last cycle (the main one)."""
    own = cycles(edition)
    if track in own:
        return own[track]
    return max(own.values()) if own else anchor(edition)


def period(years: Iterable[int], every: int | None = None) -> int | None:
    """Return the series' period: its last gap if the one before agrees, else None (irregular).

    A rhythm the catalog states (`every`: ICCV's 2) wins over what its listing suggests.
    Otherwise a single edition, or a single gap, counts as yearly: one gap of two years is more
    often an edition missing from the listing (DCC 2025, 2027; ACML 2021, 2023 in ccfddl's data)
    than a biennial venue, which two agreeing gaps or `every` make one (2021, 2023, 2025: 2).
    Gaps that just changed (NAACL 2022, 2024, 2025: 2 then 1) say nothing about the next.
    A gap longer than `MAX_PERIOD` is a hole in the listing (a venue held every year whose
    middle editions are missing: LoG 2022, 2025), not a period: it is left out. Decided on the
    dev series of bench/backtest.py: ccfddl's conferences went from 7 / 200 days (median / 90th
    percentile) to 6 / 61, the shipped catalog's from 7 / 26 to 7 / 24.
    """
    if every is not None:
        return every
    distinct = sorted(set(years))
    gaps = [b - a for a, b in pairwise(distinct) if b - a <= MAX_PERIOD]
    if len(gaps) < 2:  # (two agreeing gaps make a rhythm)
        return 1
    if gaps[-1] == gaps[-2]:
        return gaps[-1]
    return None


def workshop_years(
    years: Iterable[int],
    host_years: Iterable[int],
    base: int,
    count: int = MAX_PERIODS,
    *,
    bounded: bool = True,
    host_every: int | None = None,
) -> list[int]:
    """Return the years of a workshop's next `count` editions at one host after `base`.

    A workshop follows its host's editions, not the calendar: it comes to every one, or to
    every other if its last two gaps each spanned two of them (EventVision at CVPR 2023, 2025:
    CVPR 2027). TrustNLP at NAACL 2022 and 2024 is next at NAACL 2025, the host's next listed
    edition; past the host's listing its editions go on by the host's own period. None comes
    later than `count` of its periods in years (unless not `bounded`, as in a backtest of the
    next edition): a series silent that long is left alone.
    """
    hosts = sorted(set(host_years))
    own = sorted({y for y in years if y <= base})
    spans = [1 + sum(a < h < b for h in hosts) for a, b in pairwise(own) if b - a <= MAX_PERIOD]
    every = spans[-1] if spans and (len(spans) == 1 or spans[-1] == spans[-2]) else 1
    later = [h for h in hosts if h > base]
    step = period(hosts, host_every) or 1
    while len(later) < every * count:
        later.append((later[-1] if later else base) + step)
    picked = later[every - 1 :: every][:count]
    # (as silent as `count` periods of the calendar: a series left alone, not found again)
    return [y for y in picked if not bounded or y - base <= count * every * step]


def add_years(day: dt.date, years: int) -> dt.date:
    """Return the same calendar date `years` later (29 February becomes the 28th)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def usual_weekday(days: Sequence[dt.date]) -> int:
    """Return the most common weekday of `days` (oldest first).

    Ties go to the newest day's weekday, so a venue that just changed habit is followed.
    """
    weekdays = [d.weekday() for d in days]
    counts = Counter(weekdays)
    best = max(counts.values())
    return next(d for d in reversed(weekdays) if counts[d] == best)


def keeps_its_date(days: Sequence[dt.date]) -> bool:
    """Tell whether a venue keeps its calendar date rather than a weekday (`days` oldest first).

    It does when its two newest deadlines fell on the same date (CHES: the 15th, every year),
    or when no weekday recurs among them: a weekday habit needs a weekday seen twice. Decided
    on the dev series of bench/backtest.py: exact dates went from 63 to 158 of 671 ccfddl
    trials, and from 24 to 34 of 242 in the shipped catalog; medians did not move.
    """
    if len(days) < 2:
        return False
    if (days[-1].month, days[-1].day) == (days[-2].month, days[-2].day):
        return True
    return max(Counter(d.weekday() for d in days).values()) == 1


def align(day: dt.date, weekday: int) -> dt.date:
    """Move `day` to the nearest `weekday` (never more than 3 days)."""
    ahead = (weekday - day.weekday()) % 7
    return day + dt.timedelta(days=ahead if ahead <= MAX_WEEKDAY_MOVE else ahead - 7)


def percentile(values: Sequence[int], share: float) -> int:
    """Return the nearest-rank percentile (`share` in 0..1) of non-empty `values`."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * share // 1))
    return ordered[int(rank) - 1]


def _years_on(years: int) -> str:
    return _YEARS.get(years, f"{years} years")


def _start_of(venues: Mapping[str, Venue], edition: Edition) -> tuple[dt.date | None, bool]:
    """Return an edition's start (its own, else its parent's) and whether it is its own."""
    if edition.start is not None:
        return edition.start, True
    parent = venues.get(edition.parent) if edition.parent else None
    return (parent.edition.start if parent else None), False


def _host_start(venues: Mapping[str, Venue], edition: Edition) -> dt.date | None:
    parent = venues.get(edition.parent) if edition.parent else None
    return parent.edition.start if parent else None


def _host_series(venues: Mapping[str, Venue], edition: Edition) -> str | None:
    parent = venues.get(edition.parent) if edition.parent else None
    return parent.series.id if parent else None


# ---- the shift of one edition ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Shift:
    """One delta for the deadlines of a base edition (or one of its cycles), and why."""

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
    track: str | None = None,
) -> Shift:
    """Choose the delta that carries the newest edition of `history` (its `track`) `years` on.

    With both starts known, a workshop keeps its lead before the event; a conference does only
    when its next edition is listed months off its usual date (`EVENT_MOVED_DAYS`): SDM moving
    from spring to November takes its deadlines with it, a week's drift does not, nor a start
    a year off (`EVENT_MOVED_MAX_DAYS`), which is a listing's wrong year.
    """
    base = history[-1]
    first = cycle_anchor(base, track)
    name = f"{series.name} {base.year}" + (f", {track}" if track else "")
    calendar = _calendar_shift(history, years, first, name, track)
    if base_start is not None and target_start is not None:
        days = (target_start - base_start).days
        if series.kind in FOLLOW_START:
            event = "workshop" if workshop_starts else "conference"
            moved = f"the {event} start ({base_start} → {target_start})"
            if abs(days - calendar.days) > EVENT_MOVED_DAYS:  # the event moved: follow it
                return Shift(days, Method.START, f"from {name} ({first}), shifted with {moved}")
            # Otherwise midway between the event's shift and the series' own calendar: each
            # alone pulls a workshop's deadline, neither wholly (see `FOLLOW_START`).
            return Shift(
                (days + calendar.days) // 2,
                Method.START,
                f"from {name} ({first}), midway between its shift with {moved} and its "
                f"usual date ({first + dt.timedelta(days=calendar.days)})",
            )
        if EVENT_MOVED_DAYS < abs(days - calendar.days) < EVENT_MOVED_MAX_DAYS:
            return Shift(
                days,
                Method.START,
                f"from {name} ({first}), shifted with the conference, which moved "
                f"({base_start} → {target_start})",
            )
    return calendar


def _calendar_shift(
    history: Sequence[Edition], years: int, first: dt.date, name: str, track: str | None
) -> Shift:
    """The same date `years` on, moved to the venue's usual weekday unless it keeps its date."""
    days = [cycle_anchor(e, track) for e in history]
    plain = add_years(first, years)
    if keeps_its_date(days):
        return Shift(
            (plain - first).days,
            Method.CALENDAR,
            f"from {name} ({_DAY_ABBR[first.weekday()]} {first}), {_years_on(years)} on, "
            "on the same date: it keeps its date, not a weekday",
        )
    weekday = usual_weekday(days)
    moved = align(plain, weekday)
    how = "moved to" if moved != plain else "on"
    return Shift(
        (moved - first).days,
        Method.CALENDAR,
        f"from {name} ({_DAY_ABBR[first.weekday()]} {first}), {_years_on(years)} on, "
        f"{how} its usual {_DAY_NAME[weekday]}",
    )


_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# A day of the base edition's calendar: "Jul 24", "May 2-11", "22-29 January", "Tue, Sep 29".
_DAY = (
    rf"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+{_MONTH})"
)
_DAY_IN_PARENS = re.compile(rf"\s*\([^()]*{_DAY}[^()]*\)")
_DAY_AFTER_COLON = re.compile(rf"\s*:[^:]*{_DAY}.*$")
_DAY_IN_TEXT = re.compile(
    rf"\s*\b(?:(?:before|by|until|on)\s+)?{_DAY}(?:\s*[-–]\s*{_DAY})?(?:,?\s+(?:19|20)\d\d\b)?"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def carried_label(label: str | None, days: int) -> str | None:
    """An edition's label as its estimate `days` later may say it: the days it names were
    that edition's ("Author rebuttal (May 2-11, 2026)"), so they go; a year it names (ARR's
    "March 2026 cycle") moves on with the date."""
    if not label:
        return label
    text = _DAY_IN_TEXT.sub("", _DAY_AFTER_COLON.sub("", _DAY_IN_PARENS.sub("", label)))
    if years := round(days / 365.2425):
        text = _YEAR.sub(lambda m: str(int(m.group()) + years), text)
    return " ".join(text.split()).strip(" ,;:-") or None


def _moved(deadline: Deadline, days: int, basis: str, spread: int | None) -> Deadline:
    """Return an estimated copy of `deadline`, `days` later at the same wall time and zone."""
    wall = deadline.wall + dt.timedelta(days=days)
    if deadline.time_stated:
        at = f"{wall:%Y-%m-%d %H:%M:%S}" if wall.second else f"{wall:%Y-%m-%d %H:%M}"
    else:
        at = f"{wall:%Y-%m-%d}"  # a bare date stays bare: it still means 23:59
    # Copied from a validated deadline: only the new wall time's instant is new.
    return Deadline.trusted(
        kind=deadline.kind,
        at=at,
        zone=deadline.zone,
        zone_assumed=deadline.zone_assumed,
        track=deadline.track,
        label=carried_label(deadline.label, days),
        status=Status.ESTIMATED,
        basis=basis,
        spread=spread,
    )


# ---- review cycles (ACL Rolling Review) ------------------------------------------------------


def commitment_day(edition: Edition) -> dt.date | None:
    """Return the first announced commitment deadline of an edition, if any."""
    days = [
        d.wall.date()
        for d in edition.deadlines
        if d.kind is DeadlineKind.COMMITMENT and not d.estimated
    ]
    return min(days, default=None)


def review_lag(edition: Edition) -> int | None:
    """Return the days from an edition's paper (cycle) deadline to its commitment deadline."""
    commit = commitment_day(edition)
    if commit is None or not submissions(edition):
        return None
    return (commit - max(d.wall.date() for d in submissions(edition))).days


def link_cycle(
    base: Edition,
    guess: dt.date,
    starts: tuple[dt.date | None, dt.date | None],
    pool: Iterable[tuple[dt.date, Deadline]],
) -> tuple[dt.date, Deadline, int] | None:
    """Pick the review cycle that feeds a venue's next edition, from its `base` edition.

    The next commitment deadline is the base's moved with the conference start when both
    `starts` (base, target) are known, else the paper deadline `guess` plus the base's lag.
    Returns the cycle deadline whose reviews are out closest to the base's lag before it
    (never one after it), with the lag.
    """
    lag = review_lag(base)
    commit = commitment_day(base)
    if lag is None or commit is None:
        return None
    base_start, target_start = starts
    if base_start is not None and target_start is not None:
        aim_commit = commit + (target_start - base_start)
    else:
        aim_commit = guess + dt.timedelta(days=lag)
    aim = aim_commit - dt.timedelta(days=lag)
    usable = [(day, d) for day, d in pool if day <= aim_commit]
    found = min(usable, key=lambda c: (abs((c[0] - aim).days), c[0]), default=None)
    return None if found is None else (found[0], found[1], lag)


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
        self.spreads = Spreads.of(backtest(catalog))

    def run(self) -> list[Venue]:
        # A series whose newest edition took no papers (`papers: false`) has no call to expect.
        ordered = sorted(
            (s for s in self.catalog.series.values() if self._takes_papers(s)),
            key=lambda s: s.id,
        )
        # Review-cycle providers (ARR) before the venues that take their cycles.
        conferences = sorted(
            (s for s in ordered if s.kind is VenueKind.CONFERENCE),
            key=lambda s: (s.review_cycles is not None, s.id),
        )
        workshops = [s for s in ordered if s.kind is VenueKind.WORKSHOP]
        # Conferences first: a workshop's next edition hangs on its parent's next edition.
        for series in conferences:
            self._add(self._from_history(series, None))
        for series in workshops:
            for host in self._hosts(series):
                self._add(self._from_history(series, host))
        for series in workshops:
            self._add(self._generic(series))
        # Hosts added for a workshop go with the conferences: parents come first.
        return sorted(self.found, key=lambda v: v.kind is not VenueKind.CONFERENCE)

    def _takes_papers(self, series: Series) -> bool:
        editions = self._editions(series.id)
        return not editions or editions[-1].papers is not False

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

    def _editions(self, series_id: str, host: str | None = None) -> list[Edition]:
        """Return the editions of a series (at one host), estimates included, oldest first."""
        editions = list(self.by_series.get(series_id, {}).values())
        if host is not None:
            editions = [e for e in editions if _host_series(self.known, e) == host]
        return sorted(editions, key=lambda e: (e.year, e.id))

    def _hosts(self, series: Series) -> list[str]:
        """Return the host series a workshop has met, the one of its newest edition first."""
        newest: dict[str, tuple[int, str]] = {}
        for edition in self._editions(series.id):
            if (host := _host_series(self.known, edition)) is not None:
                newest[host] = max(newest.get(host, (0, "")), (edition.year, edition.id))
        return sorted(newest, key=lambda h: (newest[h], h), reverse=True)

    def _edition_in(self, series_id: str, year: int) -> Edition | None:
        """Return the edition of `series_id` in `year`, preferring the id ``series + year``."""
        found = [e for e in self._editions(series_id) if e.year == year]
        return min(found, key=lambda e: (e.id != f"{series_id}{year}", e.id), default=None)

    def _open_edition(self, series: Series, year: int, host: str | None) -> Edition | None:
        """Return an edition in `year` (at `host`) still waiting for announced deadlines."""
        waiting = [e for e in self._editions(series.id, host) if e.year == year]
        return min((e for e in waiting if not submissions(e)), key=lambda e: e.id, default=None)

    def _new_id(self, series: Series, base: Edition, year: int, host: str | None) -> str:
        """Derive a fresh id the way the base's was made (abaw2025-iccv → abaw2027-iccv).

        A second host's edition of the same year is told apart by the host (adfm2027-iccv).
        """
        derived = base.id.replace(str(base.year), str(year))
        plain = f"{series.id}{year}"
        hosted = [f"{plain}-{host}"] if host is not None else []
        candidates = chain([derived, *hosted, plain], (f"{plain}-{n}" for n in count(2)))
        return next(c for c in candidates if c not in self.known)

    def _target(self, series: Series, base: Edition, year: int, host: str | None) -> Edition | None:
        """Return the edition to fill in `year`: the catalog's, or a new one (no deadlines)."""
        existing = self._open_edition(series, year, host)
        if existing is not None:
            return existing
        if any(e.year == year for e in self._editions(series.id, host)):
            return None  # that year is announced already
        parent_id = None
        if series.kind is VenueKind.WORKSHOP:
            assert host is not None
            parent = self._edition_in(host, year)
            if parent is None:
                return None  # the host edition is neither known nor estimated
            parent_id = parent.id
        return Edition(  # from validated fields: built, not validated again
            year=year,
            id=self._new_id(series, base, year, host),
            parent=parent_id,
            timezone=base.timezone,
            archival=base.archival,
        )

    def _filled(self, target: Edition, deadlines: Iterable[Deadline]) -> Edition:
        """Return `target` with estimated deadlines, keeping every other field and date."""
        new = list(deadlines)
        taken = {(d.kind, d.track) for d in new}
        # Announced dates of other kinds (a known notification, say) stay; old estimates go.
        kept = [d for d in target.deadlines if not d.estimated and (d.kind, d.track) not in taken]
        return target.model_copy(update={"deadlines": (*kept, *new)})

    def _not_past(self, edition: Edition) -> bool:
        """Tell whether a submission deadline of `edition` is today or later."""
        papers = submissions(edition, announced=False)
        return max(d.wall.date() for d in papers) >= self.today

    def _years(self, series: Series, host: str | None, base: Edition) -> list[int]:
        """Return the years to try after the base: a period on, or the listed ones if irregular."""
        editions = self._editions(series.id, host)
        if host is not None:
            host_years = [e.year for e in self._editions(host)]
            every = self.catalog.series[host].every
            return workshop_years(
                [e.year for e in editions], host_years, base.year, host_every=every
            )
        step = period((e.year for e in editions), series.every)
        if step is None:  # irregular: only the editions the catalog lists
            return sorted({e.year for e in editions if e.year > base.year})
        return [base.year + k * step for k in range(1, MAX_PERIODS + 1)]

    def _from_history(self, series: Series, host: str | None) -> Venue | None:
        own = [e for e in self._editions(series.id, host) if _usable(e)]
        # A workshop new at this host borrows its newest history elsewhere, by start only.
        history = own or [e for e in self._editions(series.id) if _usable(e)]
        if not history:
            return None
        history.sort(key=lambda e: (e.year, anchor(e), e.id))
        base = history[-1]
        if series.kind is VenueKind.WORKSHOP and host is None:
            return None
        if not own:
            listed = self._editions(series.id, host)
            if not listed:
                return None
            named = listed[-1]  # new ids follow this host's own edition
            base_start = _host_start(self.known, base)
            years = [named.year, *self._years(series, host, named)]
        else:
            named = base
            base_start, base_own = _start_of(self.known, base)
            years = self._years(series, host, base)
            # A series listed after its newest dates (CCD: dates in 2023, listed at CVPR 2026
            # with none yet) recurs after that listing too, however long ago its dates were.
            newest = self._editions(series.id, host)[-1]
            if newest.year > base.year:
                years = sorted({*years, *self._years(series, host, newest)})
        spread = self.spreads.of_stream(series, host, Method.CALENDAR)
        if own and (partial := self._missing_cycles(series, history, spread)) is not None:
            return partial
        for year in years:
            target = self._target(series, named, year, host)
            if target is None:
                continue
            if own:
                target_start, target_own = _start_of(self.known, target)
                workshop_starts = series.kind is VenueKind.WORKSHOP and base_own and target_own
            else:
                target_start, workshop_starts = _host_start(self.known, target), False
                if base_start is None or target_start is None:
                    continue
            deadlines: list[Deadline] | None = self._shifted(
                series,
                history,
                year,
                starts=(base_start, target_start),
                workshop_starts=workshop_starts,
                host=host,
            )
            if not own and deadlines is not None:
                deadlines = [
                    d.model_copy(update={"basis": self._across(series, base, target)})
                    for d in deadlines
                ]
            if series.review_cycles is not None and deadlines is not None:
                deadlines = self._via_cycles(series, history, target, deadlines)
            if deadlines is None:
                continue
            edition = self._filled(target, deadlines)
            if self._not_past(edition):
                return Venue(series, edition)
            if series.kind is VenueKind.CONFERENCE:
                self.passed[edition.id] = Venue(series, edition)
                self._know(self.passed[edition.id])
        return None

    def _cycle_pool(self, provider: Series) -> list[tuple[dt.date, Deadline]]:
        """Return every cycle deadline of `provider`: known, estimated, and projected.

        The newest announced year's cycles are carried one and two years on (each by its
        own delta, as the provider's estimate does), for years with no cycle announced.
        """
        editions = self._editions(provider.id)
        pool = [
            (d.wall.date(), d)
            for e in editions
            for d in e.deadlines
            if d.kind is DeadlineKind.PAPER
        ]
        history = sorted((e for e in editions if submissions(e)), key=lambda e: (e.year, e.id))
        if not history:
            return pool
        newest, announced = history[-1], {e.year for e in history}
        spread = self.spreads.of_stream(provider, None, Method.CALENDAR)
        for k in (1, 2):
            if newest.year + k in announced:
                continue
            for track in cycles(newest):
                moved = shift(provider, history, k, None, None, track=track)
                for d in newest.deadlines:
                    if d.track == track and d.kind is DeadlineKind.PAPER:
                        d2 = _moved(d, moved.days, moved.basis, spread)
                        pool.append((d2.wall.date(), d2))
        return pool

    def _across(self, series: Series, base: Edition, target: Edition) -> str:
        """Say how an estimate at a new host was carried from the series' last host."""
        was, now = self.known[base.parent or ""], self.known[target.parent or ""]
        lead = (was.edition.start - anchor(base)).days if was.edition.start else 0
        return (
            f"from {series.name} {base.year} at {was.name} ({anchor(base)}, {lead} days before "
            f"its start), the same lead before {now.name} ({now.edition.start})"
        )

    def _missing_cycles(
        self, series: Series, history: Sequence[Edition], spread: int | None
    ) -> Venue | None:
        """Fill the cycles the newest edition has not announced yet (KDD's second, say).

        Each missing cycle is carried from the edition before, as its own stream.
        """
        if len(history) < 2:
            return None
        base, before = history[-1], history[:-1]
        have = cycles(base)
        missing = [t for t in cycles(before[-1]) if t is not None and t not in have]
        if not missing or None in have:
            return None
        # Only cycles that would come after the last announced one: an earlier cycle that
        # is not listed was dropped or renamed (ARR's months change), not forgotten.
        last = max(have.values())
        shifts = {t: self._cycle_shift(series, before, base, t) for t in missing}
        later = [t for t in missing if cycles(before[-1])[t] + dt.timedelta(shifts[t].days) > last]
        found = [
            _moved(d, shifts[t].days, shifts[t].basis, spread)
            for t in later
            for d in before[-1].deadlines
            if d.track == t
        ]
        if not found or max(d.wall.date() for d in found) < self.today:
            return None
        edition = self._filled(base, found)
        return Venue(series, edition)

    def _cycle_shift(
        self, series: Series, before: Sequence[Edition], base: Edition, track: str
    ) -> Shift:
        return shift(series, before, base.year - before[-1].year, None, None, track=track)

    def _shifted(
        self,
        series: Series,
        history: Sequence[Edition],
        year: int,
        *,
        starts: tuple[dt.date | None, dt.date | None],
        workshop_starts: bool,
        host: str | None,
    ) -> list[Deadline]:
        """Return the base's deadlines carried to `year`, each cycle by its own delta and
        with the range of its method."""
        base = history[-1]
        base_start, target_start = starts
        shifts = {
            track: shift(
                series,
                history,
                year - base.year,
                base_start,
                target_start,
                workshop_starts=workshop_starts,
                track=track,
            )
            for track in cycles(base)
        }
        first = shifts[min(cycles(base).items(), key=lambda c: c[1])[0]]
        spreads = {m: self.spreads.of_stream(series, host, m) for m in Method}
        return [
            _moved(d, (s := shifts.get(d.track, first)).days, s.basis, spreads[s.method])
            for d in base.deadlines
        ]

    def _via_cycles(
        self,
        series: Series,
        history: Sequence[Edition],
        target: Edition,
        deadlines: list[Deadline],
    ) -> list[Deadline] | None:
        """Tie an estimate to the review cycle that feeds its commitment deadline.

        The commitment is first placed as the venue's newest one, a year on with the
        conference start when both starts are known (else as `deadlines` has it); the cycle
        whose reviews are out the venue's own lag before it is picked, and the edition's
        deadlines keep their distance to that cycle's deadline, which becomes the paper one.
        """
        assert series.review_cycles is not None
        provider = self.catalog.series.get(series.review_cycles)
        linked = [e for e in history if review_lag(e) is not None]
        if provider is None or not linked:
            return deadlines  # no commitment history: the plain estimate
        base = linked[-1]
        guess = next(d for d in deadlines if d.kind in SUBMISSION_KINDS).wall.date()
        chosen = link_cycle(base, guess, (base.start, target.start), self._cycle_pool(provider))
        if chosen is None:
            return None
        day, cycle, lag = chosen
        days = (day - max(d.wall.date() for d in submissions(base))).days
        name = f"{provider.name} {cycle.track or ''} cycle".replace("  ", " ")
        est = "estimated, " if cycle.estimated else ""
        basis = (
            f"from the {name} ({est}{day}), whose reviews are out {lag} days before the "
            f"commitment deadline, as for {series.name} {base.year}"
        )
        spread = self.spreads.of_stream(series, None)
        if cycle.spread is not None:  # an estimated cycle: the venue is as unsure as it is
            spread = max(spread or 0, cycle.spread)
        paper = Deadline(
            kind=DeadlineKind.PAPER,
            at=cycle.at,
            zone=cycle.zone,
            zone_assumed=cycle.zone_assumed,
            label=f"{name} ({day})",
            status=Status.ESTIMATED,
            basis=basis,
            spread=spread,
        )
        kept = [
            _moved(d, days, f"{basis}, keeping {series.name} {base.year}'s spacing", spread)
            for d in base.deadlines
            if d.kind not in SUBMISSION_KINDS
        ]
        return [paper, *kept]

    def _generic(self, series: Series) -> Venue | None:
        editions = self._editions(series.id)
        if not editions or any(submissions(e) for e in editions):
            return None  # no roster entry, or a history of its own (estimated above)
        newest = editions[-1]
        parent_series_id = _host_series(self.known, newest)
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
        step = period(
            (e.year for e in self._editions(parent_series_id)), hosts.every
        ) or 1
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
                spread=self.spreads.generic(parent_series_id),
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
    workshops from their own history (one per host they have met), then generic workshop
    estimates (see `is_generic`). An edition the catalog already has (with its dates, url,
    place) keeps its id and fields. A conference edition whose estimated deadlines have
    passed is returned too when an estimated workshop is hosted by it, so every `parent`
    resolves.
    """
    return _Estimator(catalog, today).run()


# ---- backtest ----------------------------------------------------------------------------------

BACKTEST_METHODS = (
    "start",
    "calendar",
    "same-date",
    "same-weekday",
    "last-three",
    "trend",
    "generic",
    "picked",
)


@dataclass(frozen=True, slots=True)
class Trial:
    """One past cycle predicted from earlier editions: its actual and predicted dates by method.

    The year predicted is the base's plus the series' period, as the estimator would pick it:
    a wrong year is a wrong date. An irregular series gets no year of its own; its trials
    take the year the catalog lists (`irregular`) and are reported apart.
    """

    series: str
    edition: str
    actual: dt.date
    predicted: Mapping[str, dt.date]
    kind: VenueKind = VenueKind.CONFERENCE
    host: str | None = None
    track: str | None = None
    irregular: bool = False
    year_right: bool = True  # the predicted year was the target's
    new_cycle: bool = False  # a track the base did not have: carried from another cycle
    # The target is not the next edition after its base: one listed between has no dates, or
    # it is listed more than `MAX_PERIOD` years on (the editions between are missing).
    hole: bool = False
    # The target's deadline is not after its base's: one of the two is wrong in the data (an
    # edition cannot close before the one it follows), so the trial scores no estimate.
    disordered: bool = False

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
    p90: int | None = None


def score(method: str, trials: Iterable[Trial]) -> Score:
    """Summarise the errors of `method` over `trials`."""
    errors = [e for t in trials if (e := t.error(method)) is not None]
    if not errors:
        return Score(method, 0, None, None, None)
    return Score(
        method,
        len(errors),
        statistics.fmean(errors),
        statistics.median(errors),
        100 * sum(e <= 7 for e in errors) / len(errors),
        percentile(errors, 0.9),
    )


@dataclass(frozen=True, slots=True)
class BacktestResult:
    """Every trial; `scores` summarises them by method."""

    trials: tuple[Trial, ...]

    def score(self, method: str) -> Score:
        return score(method, self.trials)

    @property
    def scores(self) -> list[Score]:
        return [self.score(m) for m in BACKTEST_METHODS]


@dataclass(frozen=True, slots=True)
class Spreads:
    """The ± days of each stream's estimates, from its own backtest trials."""

    streams: Mapping[tuple[str, str | None], list[int]] = field(default_factory=dict)
    generics: Mapping[str, int] = field(default_factory=dict)
    kinds: Mapping[VenueKind, int] = field(default_factory=dict)
    # the same streams' errors as the range of a calendar estimate counts them (`_range_error`)
    calendars: Mapping[tuple[str, str | None], list[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, result: BacktestResult) -> Spreads:
        streams: dict[tuple[str, str | None], list[int]] = {}
        calendars: dict[tuple[str, str | None], list[int]] = {}
        by_kind: dict[VenueKind, list[int]] = {}
        by_host: dict[str, list[int]] = {}
        for t in result.trials:  # oldest first within a stream
            if (e := _range_error(t)) is not None:
                streams.setdefault((t.series, t.host), []).append(e)
                by_kind.setdefault(t.kind, []).append(e)
            if (c := _range_error(t, calendar=True)) is not None:
                calendars.setdefault((t.series, t.host), []).append(c)
            if t.host is not None and (g := t.error("generic")) is not None:
                by_host.setdefault(t.host, []).append(g)
        return cls(
            streams,
            {h: percentile(v, 0.9) for h, v in by_host.items()},
            {k: percentile(v, 0.9) for k, v in by_kind.items()},
            calendars,
        )

    def of_stream(
        self, series: Series, host: str | None, method: Method | None = None
    ) -> int | None:
        """The range of a stream's estimate made by `method`: a calendar estimate's counts its
        trials' errors by the calendar where the estimator picked another method and erred
        more (ICAPS' conference moved twice, its deadline stayed: ± 47 d, not ± 209 d)."""
        errors = self.calendars if method is Method.CALENDAR else self.streams
        return self._spread(errors.get((series.id, host), []), series.kind)

    def _spread(self, errors: Sequence[int], kind: VenueKind) -> int | None:
        if len(errors) >= MIN_SPREAD_TRIALS:
            return max(errors[-SPREAD_TRIALS:]) + SPREAD_MARGIN
        return self.kinds.get(kind)

    def stated(self, result: BacktestResult) -> list[int | None]:
        """Each trial's range as it would have been stated then, from its stream's trials
        before it (the kind's 90th percentile, of every trial, where there were too few)."""
        earlier: dict[tuple[str, str | None], list[int]] = {}
        calendars: dict[tuple[str, str | None], list[int]] = {}
        stated: list[int | None] = []
        for t in result.trials:  # oldest first within a stream
            errors = earlier.setdefault((t.series, t.host), [])
            by_calendar = calendars.setdefault((t.series, t.host), [])
            calendar = t.predicted.get("picked") == t.predicted.get("calendar")
            stated.append(self._spread(by_calendar if calendar else errors, t.kind))
            if (e := _range_error(t)) is not None:
                errors.append(e)
            if (c := _range_error(t, calendar=True)) is not None:
                by_calendar.append(c)
        return stated

    def generic(self, host: str) -> int | None:
        return self.generics.get(host, self.kinds.get(VenueKind.WORKSHOP))


def _range_error(trial: Trial, *, calendar: bool = False) -> int | None:
    """The trial's error as a range counts it: none for a cycle new that year (not carried
    from its own) or a wrong year (no date range), which say nothing of a dated estimate.

    For the range of an estimate by the calendar method, a trial the estimator picked by
    another method counts the smaller of the two errors: in a year the event moved, the
    calendar's error where the deadline stayed (ICAPS, 40 days, not the start's 202), the
    start's where it moved with the event (SDM, 7 days, not 195). Either way that year's
    choice between them is not one a calendar estimate makes.
    """
    if trial.new_cycle or trial.hole or trial.disordered or not trial.year_right:
        return None
    picked = trial.error("picked")
    if calendar and (own := trial.error("calendar")) is not None:
        return own if picked is None else min(own, picked)
    return picked


def _stream_trials(
    catalog: Catalog, series: Series, host: str | None, editions: Sequence[Edition]
) -> list[Trial]:
    """Predict each cycle of each edition of one stream from the editions before it."""
    venues = catalog.venues
    history = sorted(
        (e for e in editions if submissions(e)), key=lambda e: (e.year, anchor(e), e.id)
    )
    host_editions = catalog.series[host].editions if host is not None else ()
    trials: list[Trial] = []
    for target in history:
        earlier = [e for e in history if e.year < target.year]
        if not earlier:
            continue
        base = earlier[-1]
        known = [e.year for e in editions if e.year <= base.year]
        if host is None:
            step = period(known, series.every)
            irregular = step is None
            year = target.year if step is None else base.year + step
        else:
            # the host's editions are listed long before its workshops' deadlines
            irregular = False
            hosts = [e.year for e in host_editions]
            every = catalog.series[host].every
            year = workshop_years(
                known, hosts, base.year, 1, bounded=False, host_every=every
            )[0]
        # The target must be the next edition listed after the base: across an edition
        # listed with no dates (LREC-COLING 2024 under COLING) or a hole in the listing,
        # the estimate was for an edition the catalog cannot score.
        hole = target.year - base.year > MAX_PERIOD or any(
            base.year < e.year < target.year for e in editions
        )
        # Starts as known before the target's deadlines: a conference's own listed dates,
        # a workshop's host's (announced long before the deadlines), never the target's own.
        if host is None:
            then = next((e for e in editions if e.year == year), None)
            base_start = base.start
        else:
            then = next((e for e in host_editions if e.year == year), None)
            base_start = _host_start(venues, base)
        target_start = then.start if then is not None else None
        for track, actual in cycles(target).items():
            first = cycle_anchor(base, track)
            predicted = {
                "same-date": add_years(first, year - base.year),
                **_alternatives(earlier, track, year),
            }
            calendar = shift(series, earlier, year - base.year, None, None, track=track)
            predicted["calendar"] = first + dt.timedelta(days=calendar.days)
            picked = calendar
            if base_start is not None and target_start is not None:
                predicted["start"] = first + (target_start - base_start)
                picked = shift(
                    series, earlier, year - base.year, base_start, target_start, track=track
                )
            predicted["picked"] = first + dt.timedelta(days=picked.days)
            if series.review_cycles is not None:
                linked = _linked_prediction(
                    catalog, series, earlier, predicted["picked"], target_start
                )
                if linked is not None:
                    predicted["picked"] = linked
            trials.append(
                Trial(
                    series.id,
                    target.id,
                    actual,
                    predicted,
                    series.kind,
                    host,
                    track,
                    irregular=irregular,
                    year_right=year == target.year,
                    new_cycle=track is not None and track not in cycles(base),
                    hole=hole,
                    disordered=actual <= first,
                )
            )
    return trials


def _alternatives(earlier: Sequence[Edition], track: str | None, year: int) -> dict[str, dt.date]:
    """Predict a cycle by the methods the estimator does not use, to compare them with it.

    ``same-weekday``: the same date moved to the base's own weekday (the same week of the
    year); ``last-three``: the median of the last three editions' dates carried to `year`;
    ``trend``: the base's date moved again by its change from the edition before.
    """
    carried = [add_years(cycle_anchor(e, track), year - e.year) for e in earlier[-3:]]
    base = cycle_anchor(earlier[-1], track)
    found = {
        "same-weekday": align(carried[-1], base.weekday()),
        "last-three": carried[-1] + dt.timedelta(
            days=statistics.median_low([(c - carried[-1]).days for c in carried])
        ),
    }
    if len(carried) > 1:
        found["trend"] = carried[-1] + (carried[-1] - carried[-2])
    return found


def _linked_prediction(
    catalog: Catalog,
    series: Series,
    earlier: Sequence[Edition],
    paper: dt.date,
    target_start: dt.date | None,
) -> dt.date | None:
    """Return the review cycle a linked venue's estimate would pick (announced cycles only)."""
    linked = [e for e in earlier if review_lag(e) is not None]
    provider = catalog.series.get(series.review_cycles or "")
    if not linked or provider is None:
        return None
    pool = [
        (d.wall.date(), d)
        for e in provider.editions
        for d in e.deadlines
        if d.kind is DeadlineKind.PAPER and not d.estimated
    ]
    chosen = link_cycle(linked[-1], paper, (linked[-1].start, target_start), pool)
    return chosen[0] if chosen is not None else None


def backtest(catalog: Catalog) -> BacktestResult:
    """Predict every past submission cycle from earlier editions only, by each method.

    * ``start``, ``calendar``: the two methods of the estimator, wherever each applies;
      ``picked`` is the one it would use (`FOLLOW_START`, and the review cycle of a venue
      with `review_cycles`). The host's start in the predicted year may be used: conference
      dates are announced long before the deadlines. The target's year is not: it is the
      base's plus the series' period, as the estimator picks it.
    * ``same-date``: the same date a period on, unaligned: the baseline.
    * ``same-weekday``, ``last-three``, ``trend``: methods tried and not picked
      (`_alternatives`), kept so the comparison can be rerun.
    * ``generic``: for every workshop, the median lead of its host's workshops of earlier years.
    * Workshops are tried per host (`Trial.host`), cycles per track (`Trial.track`).
    """
    trials: list[Trial] = []
    venues = catalog.venues
    leads: dict[tuple[str, int], tuple[int, int, list[int]] | None] = {}
    for series in sorted(catalog.series.values(), key=lambda s: s.id):
        if series.kind is VenueKind.WORKSHOP:
            streams: dict[str | None, list[Edition]] = {}
            for e in series.editions:
                if (host := _host_series(venues, e)) is not None:
                    streams.setdefault(host, []).append(e)
        else:
            streams = {None: list(series.editions)}
        for host, editions in sorted(streams.items(), key=lambda s: s[0] or ""):
            found = _stream_trials(catalog, series, host, editions)
            trials += _with_generic(catalog, series, found, editions, leads)
    return BacktestResult(tuple(trials))


def _with_generic(
    catalog: Catalog,
    series: Series,
    trials: list[Trial],
    editions: Sequence[Edition],
    leads: dict[tuple[str, int], tuple[int, int, list[int]] | None],
) -> list[Trial]:
    """Add the generic workshop prediction to each trial of a hosted edition, and to firsts."""
    by_id = {e.id: e for e in editions}
    tried = {t.edition for t in trials}
    firsts = [
        Trial(series.id, e.id, anchor(e), {}, series.kind)
        for e in editions
        if e.id not in tried and submissions(e) and e.parent
    ]
    out: list[Trial] = []
    for t in [*trials, *firsts]:
        edition = by_id[t.edition]
        host = catalog.venues.get(edition.parent) if edition.parent else None
        predicted = dict(t.predicted)
        if host is not None and host.edition.start is not None and t.track is None:
            key = (host.series.id, host.edition.year)
            if key not in leads:  # one scan of the catalog per host edition
                leads[key] = typical_lead(catalog, *key)
            if (lead := leads[key]) is not None:
                predicted["generic"] = host.edition.start - dt.timedelta(days=lead[0])
        if predicted:
            hid = host.series.id if host is not None else t.host
            out.append(
                Trial(
                    t.series,
                    t.edition,
                    t.actual,
                    predicted,
                    t.kind,
                    hid,
                    t.track,
                    t.irregular,
                    t.year_right,
                    t.new_cycle,
                    t.hole,
                    t.disordered,
                )
            )
    return out
