"""Choose venues: those about N months out, and the one to aim at after a reject (pure).

Every function takes `today` (inside a `Window`) or a start day and reads no clock. A
candidate carries its back-plan from today (`plan.back_plan`), so the table says when work
must really start and whether the plan fits; `by_fit` ranks candidates for picking.
`Fallbacks` names the venue a paper goes to next: one the same paper could go to.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from deadlines.errors import UsageError
from deadlines.models import Deadline, DeadlineKind, Venue, VenueKind
from deadlines.plan import Fit, Plan, back_plan, due_day, fit_plan, later_dates, start_by
from deadlines.templates import Template

# When a venue names no notification day, a reject is assumed to be known this long after
# the deadline (workshops decide in about four weeks, conferences in about three months).
ASSUMED_REVIEW_DAYS = {VenueKind.WORKSHOP: 28, VenueKind.CONFERENCE: 90}
STATUS_ORDER = {"ok": 0, "tight": 1, "infeasible": 2}
DEFAULT_MONTHS = 3  # the lab's method: about two months of experiments, one of writing

CORE_ORDER = ("A*", "A", "B", "C")
CCF_ORDER = ("A", "B", "C")
# After a reject: days to act on the reviews and revise before the next deadline.
REVISION_DAYS = {VenueKind.WORKSHOP: 7, VenueKind.CONFERENCE: 14}
# A later venue that fits better is worth waiting for, up to about half a year.
FALLBACK_HORIZON = dt.timedelta(days=183)


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


@dataclass(frozen=True)
class Candidate:
    """A venue's submission deadline that falls in the window, with its plan from today.

    The plan's fit (status, first day) is worked out for every candidate; its milestones and
    the venue after a reject only when `plan` is asked for (the table shows neither).
    """

    venue: Venue
    deadline: Deadline
    parent: Venue | None
    local: dt.datetime  # the deadline in the user's zone
    days_left: int
    fit: Fit
    template: Template
    fallbacks: Fallbacks | None = field(default=None, compare=False, repr=False)

    @property
    def estimated(self) -> bool:
        return self.deadline.estimated

    @property
    def work_start(self) -> dt.date:
        return self.fit.work_start

    @property
    def start_by(self) -> dt.date:
        """The last day work can start: phases at their ideal lengths, else their shortest."""
        return start_by(self.venue, self.deadline, self.template, self.fit.start)

    @functools.cached_property
    def plan(self) -> Plan:
        return make_plan(self.venue, self.deadline, self.fit.start, self.template, self.fallbacks)


def template_for(
    venue: Venue, templates: Mapping[str, Template], name: str | None = None
) -> Template:
    """Return the template called `name`, else the one named after the venue's kind."""
    key = name or venue.kind.value
    if key not in templates:
        raise UsageError(f"no template {key!r}; known: {', '.join(sorted(templates))}")
    return templates[key]


def notification_day(venue: Venue, deadline: Deadline) -> tuple[dt.date, bool]:
    """Return the day a reject would be known, and whether that day is assumed."""
    for later in later_dates(venue, deadline):
        if later.kind is DeadlineKind.NOTIFICATION:
            return due_day(later), False
    return due_day(deadline) + dt.timedelta(days=ASSUMED_REVIEW_DAYS[venue.kind]), True


def _level(venue: Venue) -> int:
    """Standing for fallbacks: CORE rank (else CCF), then unranked conferences, then workshops."""
    if venue.kind is VenueKind.WORKSHOP:
        return len(CORE_ORDER) + 1
    rank = venue.series.rank
    if rank.core:
        return CORE_ORDER.index(rank.core)
    if rank.ccf:
        return CCF_ORDER.index(rank.ccf)  # CCF A is about CORE A*
    return len(CORE_ORDER)


def _standing(venue: Venue) -> str:
    if venue.kind is VenueKind.WORKSHOP:
        return "workshop"
    rank = venue.series.rank
    if rank.core:
        return f"CORE {rank.core} conference"
    return f"CCF {rank.ccf} conference" if rank.ccf else "conference"


@dataclass(frozen=True, slots=True)
class _Group:
    """Submission deadlines of venues alike for `Fallbacks`, by (day, venue id)."""

    kind: VenueKind
    level: int
    tags: frozenset[str]
    days: list[dt.date]
    entries: list[tuple[dt.date, str, Venue]]

    def first(self, series_id: str, earliest: dt.date) -> tuple[dt.date, str, Venue] | None:
        """The first deadline on or after `earliest` of another series than `series_id`."""
        for index in range(bisect.bisect_left(self.days, earliest), len(self.entries)):
            entry = self.entries[index]
            if entry[2].series.id != series_id:
                return entry
        return None


class Fallbacks:
    """Every venue by submission day, to name the venue a paper goes to next.

    Built once per listing. Venues are grouped by what ranks them against a rejected
    paper's venue (kind, standing, tags): inside a group only the day differs, so the best
    of a group is its first deadline on or after the earliest day, found by bisection.
    Scanning every venue within the horizon made `deadlines next` quadratic in the
    catalog's size.
    """

    def __init__(self, venues: Iterable[Venue]) -> None:
        groups: dict[tuple[VenueKind, int, frozenset[str]], list[tuple[dt.date, str, Venue]]]
        groups = {}
        for v in venues:
            key = (v.kind, _level(v), frozenset(v.series.tags))
            group = groups.setdefault(key, [])
            group.extend((due_day(d), v.id, v) for d in v.submission_deadlines())
        self._groups: list[_Group] = []
        for (kind, level, tags), entries in groups.items():
            if entries:
                entries.sort(key=lambda e: (e[0], e[1]))
                self._groups.append(_Group(kind, level, tags, [e[0] for e in entries], entries))

    def best(self, venue: Venue, earliest: dt.date) -> tuple[Venue, dt.date] | None:
        """Return the venue the paper of `venue` could go to with a deadline on or after
        `earliest`, and that deadline's day.

        Same field (shares a tag, the more the better), the same standing or lower (a
        conference paper tries conferences first, a workshop paper workshops), and among
        equals the sooner deadline. Venues within `FALLBACK_HORIZON` of `earliest` come
        first; past it only the soonest that fits, when none within fits.
        """
        tags = set(venue.series.tags)
        level = _level(venue)
        horizon = earliest + FALLBACK_HORIZON
        within: tuple[tuple[Any, ...], Venue, dt.date] | None = None
        beyond: tuple[tuple[Any, ...], Venue, dt.date] | None = None
        for group in self._groups:
            shared = len(tags & group.tags)
            if (tags and not shared) or group.level < level:  # a reject is not a step up
                continue
            found = group.first(venue.series.id, earliest)
            if found is None:
                continue
            day, other_id, other = found
            if day <= horizon:
                key: tuple[Any, ...] = (
                    group.kind is not venue.kind,
                    group.level - level,
                    -shared,
                    day,
                    other_id,
                )
                if within is None or key < within[0]:
                    within = (key, other, day)
            elif beyond is None or (day, other_id) < beyond[0]:
                beyond = ((day, other_id), other, day)
        chosen = within or beyond
        return (chosen[1], chosen[2]) if chosen else None

    def after_reject(self, venue: Venue, deadline: Deadline) -> tuple[Venue, str] | None:
        """The venue to aim at after a reject at `venue`, with the reason in one line."""
        notified, assumed = notification_day(venue, deadline)
        earliest = notified + dt.timedelta(days=REVISION_DAYS[venue.kind])
        found = self.best(venue, earliest)
        if found is None:
            return None
        other, day = found
        when = "assumed notification" if assumed else "notification"
        shared = sorted(set(venue.series.tags) & set(other.series.tags))
        why = (
            f"{other.name}: {_standing(other)}"
            + (f" in {', '.join(shared)}" if shared else "")
            + f", deadline {day}, {(day - notified).days} days after the {when} on {notified}"
        )
        return other, why

    def reachable(self, venue: Venue, start: dt.date, template: Template) -> Venue | None:
        """A venue like `venue` whose deadline leaves the shortest plan room from `start`."""
        need = sum(p.min_days for p in template.phases)
        found = self.best(venue, start + dt.timedelta(days=need))
        return found[0] if found else None


def make_plan(
    venue: Venue,
    deadline: Deadline,
    start: dt.date,
    template: Template,
    fallbacks: Fallbacks | None = None,
) -> Plan:
    """Back-plan `deadline` from `start`, naming the venue of `fallbacks` to aim at after a
    reject (or, when the deadline has passed, the next one still reachable)."""
    plan = back_plan(venue, deadline, start, template, later=later_dates(venue, deadline))
    if fallbacks is None:
        return plan
    if plan.status == "passed":
        nxt = fallbacks.reachable(venue, start, template)
        why = f"{nxt.name}: the next venue like it still reachable from {start}" if nxt else None
        return plan.model_copy(update={"fallback": nxt.id if nxt else None, "fallback_why": why})
    found = fallbacks.after_reject(venue, deadline)
    if found is None:
        return plan
    other, why = found
    return plan.model_copy(update={"fallback": other.id, "fallback_why": why})


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
    venues: Mapping[str, Venue],
    window: Window,
    tz: dt.tzinfo,
    templates: Mapping[str, Template],
    filters: Filters = Filters(),
    *,
    template: str | None = None,
    with_fallback: bool = True,
) -> list[Candidate]:
    """Return the submission deadlines inside `window`, soonest first, each planned from
    `window.today` with `template` (default: the template named after the venue's kind).
    `with_fallback` names each plan's venue after a reject (a search over every venue, left
    out where nothing shows it)."""
    found = []
    fallbacks = Fallbacks(venues.values()) if with_fallback else None
    for venue in venues.values():
        if not filters.match(venue):
            continue
        for deadline in venue.submission_deadlines():
            local = deadline.utc.astimezone(tz)
            if not window.first <= local.date() <= window.last:
                continue
            parent = venues.get(venue.edition.parent) if venue.edition.parent else None
            chosen = template_for(venue, templates, template)
            found.append(
                Candidate(
                    venue=venue,
                    deadline=deadline,
                    parent=parent,
                    local=local,
                    days_left=(local.date() - window.today).days,
                    fit=fit_plan(venue, deadline, window.today, chosen),
                    template=chosen,
                    fallbacks=fallbacks,
                )
            )
    found.sort(key=by_date)
    return found


def by_date(c: Candidate) -> tuple[dt.datetime, bool, str]:
    """Sort key: soonest deadline first, conferences before workshops on the same instant."""
    return c.deadline.utc, c.venue.kind is VenueKind.WORKSHOP, c.venue.id


def by_fit(window: Window, filters: Filters = Filters()) -> Callable[[Candidate], tuple[Any, ...]]:
    """Sort key ranking candidates by fit, best first: a plan that fits (ok, then tight, then
    fewest days missing), announced over estimated, more of the wanted tags, better rank,
    a deadline nearer the target date (in whole weeks), then the sooner deadline."""

    def key(c: Candidate) -> tuple[Any, ...]:
        rank = c.venue.series.rank
        core = CORE_ORDER.index(rank.core) if rank.core else len(CORE_ORDER)
        ccf = CCF_ORDER.index(rank.ccf) if rank.ccf else len(CCF_ORDER)
        return (
            STATUS_ORDER[c.fit.status],
            c.fit.missing_days,
            c.estimated,
            -len(set(filters.tags) & set(c.venue.series.tags)),
            min(core, ccf),
            abs((c.local.date() - window.target).days) // 7,
            *by_date(c),
        )

    return key


def in_window(
    venues: Iterable[Venue], window: Window, tz: dt.tzinfo, filters: Filters = Filters()
) -> list[Venue]:
    """Venues matching `filters` with a submission deadline inside `window`, by id."""
    found = [
        v
        for v in venues
        if filters.match(v)
        and any(
            window.first <= d.utc.astimezone(tz).date() <= window.last
            for d in v.submission_deadlines()
        )
    ]
    return sorted(found, key=lambda v: v.id)


def target_deadline(venue: Venue, today: dt.date) -> Deadline | None:
    """The submission deadline to plan for: the first due today or later, else the last."""
    ordered = sorted(venue.submission_deadlines(), key=lambda d: d.utc)
    ahead = [d for d in ordered if due_day(d) >= today]
    if ahead:
        return ahead[0]
    return ordered[-1] if ordered else None


def upcoming(venues: Sequence[Venue], today: dt.date, tz: dt.tzinfo) -> list[Venue]:
    """Venues with a submission deadline on or after `today` (in `tz`), soonest first."""

    def first(v: Venue) -> dt.datetime | None:
        times = [d.utc for d in v.submission_deadlines() if d.utc.astimezone(tz).date() >= today]
        return min(times) if times else None

    dated = [(t, v) for v in venues if (t := first(v)) is not None]
    return [v for _, v in sorted(dated, key=lambda p: (p[0], p[1].id))]
