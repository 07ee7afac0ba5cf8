"""The milestones of one paper: a template fitted between a start day and a deadline.

Pure: every function takes `start` (or a date) and reads no clock. The rules:

* **Days.** The *due day* is the date the venue names, in its own zone (a deadline at 00:00,
  also written "24:00", closes the day before). Work fills the days from `start` to the day
  before the due day; the due day is the submission milestone. A milestone's `end` is
  inclusive: its last day, so ``days == (end - start).days + 1``.
* **Fit.** When every phase's ideal length fits, spare days go to the phases marked
  `takes_spare` (the two experiment phases), shared evenly with odd days to the later one
  (the model's details, where the score is won), each up to its maximum; then, the same
  way, to the other phases up to theirs (a longer draft and review). Work still starts
  on `start`: days left over after that are *slack*, a milestone of their own right after
  the last phase that takes spare days (more experiments, or an early start on the draft),
  so the writing month still ends on the deadline. When the ideal does not fit, each phase
  gives up days in proportion to its slack (ideal - min), rounded by largest remainder
  (ties: the phase with more slack, then the earlier one); status "tight", and `shrunk`
  says what shrank. When even the minimums do not fit, the phases keep their minimums, the
  plan starts `missing_days` before `start` and is "infeasible". When the due day is before
  `start` the plan is "passed" and has no phases.
* **Hard stop.** An abstract or registration deadline of the same edition before the paper
  deadline: the phases marked `before_hard_stop` (the leading ones: kickoff and the
  end-to-end pipeline, so the topic and method are known and the abstract can be drafted)
  must end before its due day. When they do not at the lengths fitted above, they are
  fitted into the days before the hard stop and the other phases into the days from it to
  the deadline. `missing_days` is then how many days earlier the work should have started
  for both to fit. The hard stop is a date inside the work, not a block of it: its
  milestone may fall inside a later phase. Phases never overlap one another.
* **After.** The venue's own later dates (supplementary, rebuttal, notification,
  camera-ready) follow the submission as one-day "after" milestones.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from deadlines.models import SUBMISSION_KINDS, Deadline, DeadlineKind, Record, Venue, checked
from deadlines.templates import Phase, Role, Template

HARD_STOP_KINDS = (DeadlineKind.ABSTRACT, DeadlineKind.REGISTRATION)

MilestoneKind = Literal["phase", "slack", "hard_stop", "deadline", "after"]
PlanStatus = Literal["ok", "tight", "infeasible", "passed"]

KIND_PHRASES: dict[DeadlineKind, str] = {
    DeadlineKind.REGISTRATION: "registration deadline",
    DeadlineKind.ABSTRACT: "abstract deadline",
    DeadlineKind.PAPER: "paper deadline",
    DeadlineKind.SUPPLEMENTARY: "supplementary deadline",
    DeadlineKind.COMMITMENT: "commitment deadline",
    DeadlineKind.REVIEW_RELEASE: "reviews released",
    DeadlineKind.REBUTTAL_START: "rebuttal starts",
    DeadlineKind.REBUTTAL_END: "rebuttal ends",
    DeadlineKind.NOTIFICATION: "notification",
    DeadlineKind.CAMERA_READY: "camera-ready deadline",
    DeadlineKind.OTHER: "date",
}


@dataclass(frozen=True, kw_only=True)
class Milestone(Record):
    """A dated step of a plan; `end` is inclusive (the last day)."""

    __pydantic_config__: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    key: str
    name: str
    kind: MilestoneKind
    start: dt.date
    end: dt.date = checked(description="Last day, inclusive")
    days: int
    what: str = ""
    checklist: tuple[str, ...] = ()
    roles: tuple[Role, ...] = checked(
        default=("first-author", "author", "reviewer", "advisor"),
        description="Whose milestone it is",
    )
    heavy: bool = False

    def __post_init__(self) -> None:
        if self.days != (self.end - self.start).days + 1 or self.days < 1:
            raise ValueError(f"{self.key}: {self.start}..{self.end} is not {self.days} days")


@dataclass(frozen=True, kw_only=True)
class Plan(Record):
    """A template fitted between a start day and a venue's deadline."""

    __pydantic_config__: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    venue: str = checked(description="Venue id, e.g. cvpr2027")
    venue_name: str
    template: str
    deadline: Deadline
    due: dt.date = checked(description="The deadline's day, as the venue names it")
    start: dt.date = checked(description="The day the plan was asked to start")
    work_start: dt.date = checked(description="The first phase's first day")
    status: PlanStatus
    missing_days: int = checked(default=0, description="Days short of the minimums (infeasible)")
    slack_days: int = checked(
        default=0, description="Days beyond every phase's maximum (a slack milestone)"
    )
    shrunk: tuple[str, ...] = checked(
        default=(), description="'phase: ideal → got days' per shrunk phase"
    )
    milestones: tuple[Milestone, ...]
    fallback: str | None = checked(default=None, description="Venue id to aim at after a reject")
    fallback_why: str | None = checked(default=None, description="Why that venue, in one line")

    @property
    def phases(self) -> list[Milestone]:
        return [m for m in self.milestones if m.kind == "phase"]


# Dates that open something rather than close it: at 00:00 they fall on their own day.
MOMENT_KINDS = frozenset(
    {DeadlineKind.REVIEW_RELEASE, DeadlineKind.REBUTTAL_START, DeadlineKind.NOTIFICATION}
)


def due_day(deadline: Deadline) -> dt.date:
    """Return the day the venue names for `deadline`, in its stated zone."""
    day = deadline.wall.date()
    # Work due at "24:00" is read as due at 00:00 the next day: that day has no time left in
    # it. Rebuttals that start at 00:00 start on the day they name.
    at_midnight = deadline.wall.time() == dt.time(0, 0)
    return day - dt.timedelta(days=1) if at_midnight and deadline.kind not in MOMENT_KINDS else day


def _same_track(a: Deadline, b: Deadline) -> bool:
    return a.track is None or b.track is None or a.track == b.track


def hard_stops(venue: Venue, deadline: Deadline) -> list[Deadline]:
    """Return the edition's abstract and registration deadlines before `deadline`, soonest first."""
    found = [
        d
        for d in venue.edition.deadlines
        if d.kind in HARD_STOP_KINDS and d.utc < deadline.utc and _same_track(d, deadline)
    ]
    return sorted(found, key=lambda d: d.utc)


def later_dates(venue: Venue, deadline: Deadline) -> list[Deadline]:
    """Return the edition's dates after `deadline` (rebuttal, notification…), soonest first."""
    skip = (*SUBMISSION_KINDS, *HARD_STOP_KINDS)
    found = [
        d
        for d in venue.edition.deadlines
        if d.kind not in skip and d.utc > deadline.utc and _same_track(d, deadline)
    ]
    return sorted(found, key=lambda d: d.utc)


def slug(text: str) -> str:
    """Return `text` as a lowercase id fragment: ``Round 2`` -> ``round-2``."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def deadline_keys(deadlines: Sequence[Deadline], *, track: bool = True) -> list[str]:
    """Name each deadline by what it is: kind, then track, then label, then a count."""
    base = [d.kind.value + (f"-{slug(d.track)}" if track and d.track else "") for d in deadlines]
    counts = Counter(base)
    named = [
        f"{b}-{slug(d.label)}" if counts[b] > 1 and d.label else b
        for b, d in zip(base, deadlines, strict=True)
    ]
    seen: Counter[str] = Counter()
    keys = []
    for key in named:
        seen[key] += 1
        keys.append(key if seen[key] == 1 else f"{key}-{seen[key]}")
    return keys


def _fit(phases: Sequence[Phase], budget: int) -> list[int]:
    """Return each phase's length for `budget` days (see the module docstring)."""
    ideal = [p.ideal_days for p in phases]
    if budget >= sum(ideal):
        return _grow(phases, ideal, budget - sum(ideal))
    if budget <= sum(p.min_days for p in phases):
        return [p.min_days for p in phases]
    return _shrink(phases, sum(ideal) - budget)


def _grow(phases: Sequence[Phase], lengths: list[int], spare: int) -> list[int]:
    """Give out `spare` days, one at a time, to the phase with the fewest extra days (a tie
    goes to the later phase), the experiments first, then the rest, up to their maximums.

    Worked out a level at a time: the open phases of a group always have as many extra
    days as each other, so each round gives every one of them the same number of days.
    """
    lengths = list(lengths)
    for takes in (True, False):
        group = [i for i, p in enumerate(phases) if p.takes_spare is takes]
        while spare > 0:
            open_ = [i for i in group if lengths[i] < phases[i].max_days]
            if not open_:
                break
            if spare < len(open_):  # the last days: one each to the latest phases
                for i in open_[len(open_) - spare :]:
                    lengths[i] += 1
                return lengths
            step = min(spare // len(open_), *(phases[i].max_days - lengths[i] for i in open_))
            for i in open_:
                lengths[i] += step
            spare -= step * len(open_)
    return lengths


def _shrink(phases: Sequence[Phase], cut: int) -> list[int]:
    slack = [p.ideal_days - p.min_days for p in phases]
    total = sum(slack)
    cuts = [cut * s // total for s in slack]
    # Largest remainder: the days still to cut go to the biggest fractional parts.
    order = sorted(range(len(phases)), key=lambda i: (-(cut * slack[i] % total), -slack[i], i))
    for i in order[: cut - sum(cuts)]:
        cuts[i] += 1
    return [p.ideal_days - c for p, c in zip(phases, cuts, strict=True)]


def _marker(key: str, name: str, kind: MilestoneKind, day: dt.date, what: str) -> Milestone:
    return Milestone(key=key, name=name, kind=kind, start=day, end=day, days=1, what=what)


def _utc(deadline: Deadline) -> dt.datetime:
    return deadline.utc


def _at(deadline: Deadline) -> str:
    return f"{deadline.stated()} ({deadline.utc:%Y-%m-%d %H:%M} UTC)"


@dataclass(frozen=True, slots=True)
class Fit:
    """Where a template's phases fall between a start day and a deadline: a plan's status
    and first day, before its milestones are written out (`back_plan`)."""

    start: dt.date
    due: dt.date
    stops: tuple[Deadline, ...]  # the hard stops, soonest first
    head: int  # the phases that end before the first hard stop
    lengths: tuple[int, ...]
    spans: tuple[tuple[dt.date, dt.date], ...]
    slack: int
    slack_first: dt.date  # the first day of the slack, when there is some
    missing_days: int
    shrunk: tuple[str, ...]
    status: PlanStatus

    @property
    def work_start(self) -> dt.date:
        return self.spans[0][0] if self.status != "passed" else self.start


def fit_plan(venue: Venue, deadline: Deadline, start: dt.date, template: Template) -> Fit:
    """Fit `template` between `start` and `deadline`; see the module docstring for the rules."""
    due = due_day(deadline)
    phases = template.phases
    budget = (due - start).days
    lengths = _fit(phases, budget)
    missing = sum(p.min_days for p in phases) - budget

    stops = hard_stops(venue, deadline)
    stop = due_day(stops[0]) if stops else None
    head = sum(p.before_hard_stop for p in phases) if stop is not None else 0
    if stop is not None and head:
        head_budget = (stop - start).days
        missing = max(missing, sum(p.min_days for p in phases[:head]) - head_budget)
        if sum(lengths[:head]) > head_budget:
            lengths = _fit(phases[:head], head_budget) + _fit(phases[head:], budget - head_budget)

    # Place backward from the due day: the later phases end the day before it, the leading
    # ones end before the hard stop too.
    spans: list[tuple[dt.date, dt.date]] = [(due, due)] * len(phases)
    cursor = due  # the day after the next phase to place
    for i in reversed(range(len(phases))):
        if i == head - 1 and stop is not None:
            cursor = min(cursor, stop)
        first = cursor - dt.timedelta(days=lengths[i])
        spans[i] = (first, cursor - dt.timedelta(days=1))
        cursor = first

    slack = max((spans[0][0] - start).days, 0)
    slack_first = start
    if slack:
        # Work starts on `start`: the phases up to the last that takes spare days move there,
        # and the days they leave are slack between them and the writing.
        takers = [i for i, p in enumerate(phases) if p.takes_spare]
        split = takers[-1] + 1 if takers else len(phases)
        shift = dt.timedelta(days=slack)
        spans[:split] = [(first - shift, last - shift) for first, last in spans[:split]]
        slack_first = spans[split - 1][1] + dt.timedelta(days=1) if split else start

    shrunk = tuple(
        f"{p.key}: {p.ideal_days} → {n} day{'' if n == 1 else 's'}"
        for p, n in zip(phases, lengths, strict=True)
        if n < p.ideal_days
    )
    status: PlanStatus = "infeasible" if missing > 0 else "tight" if shrunk else "ok"
    if due < start:  # nothing left to plan: say so, not how many days are missing
        status, slack, shrunk, missing = "passed", 0, (), 0
    return Fit(
        start=start,
        due=due,
        stops=tuple(stops),
        head=head,
        lengths=tuple(lengths),
        spans=tuple(spans),
        slack=slack,
        slack_first=slack_first,
        missing_days=max(missing, 0),
        shrunk=shrunk,
        status=status,
    )


def back_plan(
    venue: Venue,
    deadline: Deadline,
    start: dt.date,
    template: Template,
    *,
    later: Sequence[Deadline] = (),
) -> Plan:
    """Fit `template` between `start` and `deadline` and write out the milestones: its
    phases, the slack, the hard stops, the submission and the venue's `later` dates."""
    fit = fit_plan(venue, deadline, start, template)
    return Plan(
        venue=venue.id,
        venue_name=venue.name,
        template=template.name,
        deadline=deadline,
        due=fit.due,
        start=start,
        work_start=fit.work_start,
        status=fit.status,
        missing_days=fit.missing_days,
        slack_days=fit.slack,
        shrunk=fit.shrunk,
        milestones=() if fit.status == "passed" else _milestones(fit, template, deadline, later),
    )


def _milestones(
    fit: Fit, template: Template, deadline: Deadline, later: Sequence[Deadline]
) -> tuple[Milestone, ...]:
    phases = template.phases
    milestones = [
        Milestone(
            key=p.key,
            name=p.name,
            kind="phase",
            start=first,
            end=last,
            days=n,
            what=p.what,
            checklist=p.checklist,
            roles=p.roles,
            heavy=p.heavy,
        )
        for p, n, (first, last) in zip(phases, fit.lengths, fit.spans, strict=True)
    ]
    if slack := fit.slack:
        milestones.append(
            Milestone(
                key="slack",
                name="Slack",
                kind="slack",
                start=fit.slack_first,
                end=fit.slack_first + dt.timedelta(days=slack - 1),
                days=slack,
                what=f"{slack} spare day{'' if slack == 1 else 's'} beyond every phase's longest "
                "useful length: more experiments (ablations, another dataset), or start the "
                "first draft early.",
            )
        )
    after = sorted((d for d in later if d.utc > deadline.utc), key=_utc)
    dated: list[tuple[MilestoneKind, Deadline]] = [
        *(("hard_stop", d) for d in fit.stops),
        ("deadline", deadline),
        *(("after", d) for d in after),
    ]
    keys = deadline_keys([d for _, d in dated], track=False)
    work = [m for m in milestones if m.kind == "phase"]
    for key, (kind, d) in zip(keys, dated, strict=True):
        phrase = d.label or KIND_PHRASES[d.kind]
        title = f"{phrase[0].upper()}{phrase[1:]}"
        if kind == "deadline":
            what = f"Submit the paper before {_at(d)}."
            milestones.append(_marker(key, "Submission", kind, fit.due, what))
        elif kind == "hard_stop":
            what = f"Submit the title and a draft abstract before {_at(d)}."
            if done := ", ".join(m.name for m in work if m.end < due_day(d)):
                what += f" Done by now: {done}."
            milestones.append(_marker(key, f"{title} (hard stop)", kind, due_day(d), what))
        else:
            milestones.append(_marker(key, title, kind, due_day(d), f"{title}: {_at(d)}."))
    # Stable sort: by first day, a one-day marker before a phase starting that day.
    milestones.sort(key=lambda m: (m.start, m.kind in ("phase", "slack")))
    return tuple(milestones)


def ideal_start(
    venue: Venue, deadline: Deadline, template: Template, *, ideal: bool = True
) -> dt.date:
    """Return the last day to start and still give every phase its ideal length (with
    ``ideal=False``, its shortest)."""
    phases = template.phases
    days = [p.ideal_days if ideal else p.min_days for p in phases]
    latest = due_day(deadline) - dt.timedelta(days=sum(days))
    stops = hard_stops(venue, deadline)
    head = [n for n, p in zip(days, phases, strict=True) if p.before_hard_stop]
    if stops and head:
        latest = min(latest, due_day(stops[0]) - dt.timedelta(days=sum(head)))
    return latest


def start_by(venue: Venue, deadline: Deadline, template: Template, today: dt.date) -> dt.date:
    """The day work must start: the last with every phase at its ideal length, or, once that
    day has passed, the last with every phase at its shortest (before `today`: too late)."""
    best = ideal_start(venue, deadline, template)
    return best if best >= today else ideal_start(venue, deadline, template, ideal=False)
