"""Back-plan a paper from its deadline: the lab's method as dated milestones.

Pure: every function takes `start` (or a date) and reads no clock. The rules:

* **Days.** The *due day* is the date the venue names, in its own zone (a deadline at 00:00,
  also written "24:00", closes the day before). Work fills the days from `start` to the day
  before the due day; the due day is the submission milestone. A milestone's `end` is
  inclusive: its last day, so ``days == (end - start).days + 1``.
* **Fit.** When every phase's ideal length fits, spare days go to the phases marked
  `takes_spare` (the two experiment phases), shared evenly with odd days to the later one
  (the model's details, where the score is won), each up to its maximum; time left after
  that is not planned: the work starts later (`work_start` after `start`). When the ideal
  does not fit, each phase gives up days in proportion to its slack (ideal - min), rounded
  by largest remainder (ties: the phase with more slack, then the earlier one); status
  "tight", and `shrunk` says what shrank. When even the minimums do not fit, the phases keep
  their minimums, the plan starts `missing_days` before `start` and is "infeasible".
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

import bisect
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from deadlines.errors import DeadlinesError
from deadlines.models import SUBMISSION_KINDS, Deadline, DeadlineKind, Venue

KEY_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"
HARD_STOP_KINDS = (DeadlineKind.ABSTRACT, DeadlineKind.REGISTRATION)
FALLBACK_GAP_DAYS = 7  # after a reject: a week to act on the reviews and reformat

MilestoneKind = Literal["phase", "hard_stop", "deadline", "after"]
PlanStatus = Literal["ok", "tight", "infeasible"]

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


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Phase(_Frozen):
    """One stretch of work, with its length as a range of days."""

    key: str = Field(pattern=KEY_PATTERN, description="Short id, e.g. exp1")
    name: str = Field(min_length=1, description="Title, e.g. 'First draft'")
    what: str = Field("", description="What to do in this phase")
    min_days: int = Field(ge=1, strict=True, description="Shortest it can sensibly be")
    ideal_days: int = Field(ge=1, strict=True, description="Its length when there is room")
    max_days: int = Field(ge=1, strict=True, description="Longest it is worth making it")
    checklist: tuple[str, ...] = Field((), description="Questions to answer in this phase")
    takes_spare: bool = Field(default=False, description="Grows (up to max_days) with spare time")
    before_hard_stop: bool = Field(
        default=False, description="Must be done before an abstract or registration deadline"
    )

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if not self.min_days <= self.ideal_days <= self.max_days:
            raise ValueError(
                f"need min_days <= ideal_days <= max_days, got "
                f"{self.min_days}, {self.ideal_days}, {self.max_days}"
            )
        return self


class Template(_Frozen):
    """A named sequence of phases: how a kind of paper gets written."""

    name: str = Field(pattern=KEY_PATTERN)
    description: str = ""
    phases: tuple[Phase, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _check(self) -> Self:
        keys = [p.key for p in self.phases]
        if dup := next((k for k, n in Counter(keys).items() if n > 1), None):
            raise ValueError(f"phase key {dup!r} is used twice")
        reserved = {k.value for k in DeadlineKind}
        if bad := next((k for k in keys if k in reserved), None):
            raise ValueError(f"phase key {bad!r} is the name of a deadline kind; rename it")
        flags = [p.before_hard_stop for p in self.phases]
        if flags != sorted(flags, reverse=True):
            raise ValueError("phases with before_hard_stop must come first")
        return self


class Milestone(_Frozen):
    """A dated step of a plan; `end` is inclusive (the last day)."""

    key: str
    name: str
    kind: MilestoneKind
    start: dt.date
    end: dt.date = Field(description="Last day, inclusive")
    days: int
    what: str = ""
    checklist: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _span(self) -> Self:
        if self.days != (self.end - self.start).days + 1 or self.days < 1:
            raise ValueError(f"{self.key}: {self.start}..{self.end} is not {self.days} days")
        return self


class Plan(_Frozen):
    """A template fitted between a start day and a venue's deadline."""

    venue: str = Field(description="Venue id, e.g. cvpr2027")
    venue_name: str
    template: str
    deadline: Deadline
    due: dt.date = Field(description="The deadline's day, as the venue names it")
    start: dt.date = Field(description="The day the plan was asked to start")
    work_start: dt.date = Field(description="The first phase's first day")
    status: PlanStatus
    missing_days: int = Field(0, description="Days short of the minimums (infeasible)")
    shrunk: tuple[str, ...] = Field((), description="'phase: ideal → got days' per shrunk phase")
    milestones: tuple[Milestone, ...]
    fallback: str | None = Field(None, description="Venue id to aim at after a reject")

    @property
    def phases(self) -> list[Milestone]:
        return [m for m in self.milestones if m.kind == "phase"]


def _phase(key: str, name: str, what: str, days: tuple[int, int, int], **flags: Any) -> Phase:
    low, ideal, high = days
    return Phase(
        key=key, name=name, what=what, min_days=low, ideal_days=ideal, max_days=high, **flags
    )


TOPIC_CHECKLIST = (
    "Not a hyper-competitive topic",
    "Fits our GPUs and data",
    "The team is excited about it",
    "Familiar enough to start fast",
)


def _method(name: str, description: str, days: Mapping[str, tuple[int, int, int]]) -> Template:
    """Build the lab's method (DESIGN.md) with the given ranges per phase."""
    return Template(
        name=name,
        description=description,
        phases=(
            _phase(
                "kickoff",
                "Kickoff and topic check",
                "Pick the topic and check it against the list; name the first author.",
                days["kickoff"],
                checklist=TOPIC_CHECKLIST,
                before_hard_stop=True,
            ),
            _phase(
                "exp1",
                "Experiments 1: whole pipeline",
                "Get the whole pipeline running end to end (data, model, training); "
                "focus on implementation.",
                days["exp1"],
                takes_spare=True,
                before_hard_stop=True,
            ),
            _phase(
                "exp2",
                "Experiments 2: the model's details",
                "Work on the model's details, where most of the score is won or lost; "
                "run the final experiments.",
                days["exp2"],
                takes_spare=True,
            ),
            _phase(
                "draft",
                "First draft",
                "The first author writes a full first draft following a standard paper structure.",
                days["draft"],
            ),
            _phase(
                "review",
                "Team review and restructuring",
                "Teammates review, comment and restructure the draft.",
                days["review"],
            ),
            _phase(
                "polish",
                "English polish",
                "Polish the English; check the format, page limit and anonymity.",
                days["polish"],
            ),
        ),
    )


DEFAULT_TEMPLATES: dict[str, Template] = {
    "conference": _method(
        "conference",
        "8-page main-conference paper: about 8 weeks of experiments, 4 of writing",
        {
            "kickoff": (1, 3, 5),
            "exp1": (7, 28, 42),
            "exp2": (7, 28, 42),
            "draft": (7, 10, 14),  # 1-2 weeks
            "review": (14, 17, 21),  # 2-3 weeks
            "polish": (2, 3, 3),  # 2-3 days
        },
    ),
    "workshop": _method(
        "workshop",
        "4-page workshop paper: about 4 weeks of experiments, 2 of writing",
        {
            "kickoff": (1, 2, 3),
            "exp1": (5, 14, 21),
            "exp2": (5, 14, 21),
            "draft": (3, 5, 7),
            "review": (4, 7, 10),
            "polish": (1, 2, 3),
        },
    ),
}


# ---- config ------------------------------------------------------------------------------------

_TEMPLATE_FIELDS = ("base", "description", "phases")


def templates_from_config(raw: Mapping[str, Any]) -> dict[str, Template]:
    """Return the default templates with the config's ``[templates]`` table applied.

    `raw` is that table (``Settings.templates``): NAME -> a table with ``description``,
    ``base`` and ``phases``. ``phases`` as a list of tables defines every phase, in order;
    as a table keyed by phase key it changes only the fields it names in the phases of
    ``base`` (default: the template of the same name)::

        [templates.conference.phases.review]   # the shipped template, one phase changed
        min_days = 7
        ideal_days = 10
        max_days = 14

        [[templates.sprint.phases]]            # a new template
        key = "build"
        name = "Build it"
        min_days = 3
        ideal_days = 7
        max_days = 10
    """
    templates = dict(DEFAULT_TEMPLATES)
    for name, table in raw.items():
        if not isinstance(table, Mapping):
            raise DeadlinesError(f"template {name!r}: write it as a [templates.{name}] table")
        templates[name] = _template(str(name), table, templates)
    return templates


def _template(name: str, table: Mapping[str, Any], known: Mapping[str, Template]) -> Template:
    if unknown := sorted(set(table) - set(_TEMPLATE_FIELDS)):
        raise DeadlinesError(
            f"template {name!r}: unknown field `{unknown[0]}`; known: {', '.join(_TEMPLATE_FIELDS)}"
        )
    base_name = table.get("base", name)
    base = known.get(base_name) if isinstance(base_name, str) else None
    if "base" in table and base is None:
        raise DeadlinesError(
            f"template {name!r}: `base` {base_name!r} is not a template; "
            f"known: {', '.join(sorted(known))}"
        )
    phases = table.get("phases")
    if isinstance(phases, Mapping):
        if base is None:
            raise DeadlinesError(
                f"template {name!r}: `phases` as a table changes an existing template; "
                "set `base` or list every phase as [[templates.NAME.phases]]"
            )
        by_key = {p.key: p for p in base.phases}
        if unknown := sorted(set(phases) - set(by_key)):
            raise DeadlinesError(
                f"template {name!r}: no phase {unknown[0]!r} in {base.name!r}; "
                f"its phases: {', '.join(by_key)}"
            )
        phases = [{**p.model_dump(), **phases.get(p.key, {})} for p in base.phases]
    elif phases is None:
        if base is None:
            raise DeadlinesError(
                f"template {name!r}: no phases; list them as [[templates.{name}.phases]]"
            )
        phases = [p.model_dump() for p in base.phases]
    description = table.get("description", base.description if base else "")
    try:
        return Template.model_validate({"name": name, "description": description, "phases": phases})
    except ValidationError as exc:
        raise DeadlinesError(_describe(name, exc, phases)) from None


def _describe(name: str, exc: ValidationError, phases: Any) -> str:
    """Say the first problem in one line: template, phase and field."""
    error = exc.errors(include_url=False)[0]
    loc = list(error["loc"])
    message = str(error["msg"]).removeprefix("Value error, ")
    where = f"template {name!r}"
    if loc[:1] == ["phases"] and len(loc) > 1 and isinstance(loc[1], int):
        index = loc[1]
        item = phases[index] if isinstance(phases, list) and index < len(phases) else None
        key = item.get("key") if isinstance(item, Mapping) else None
        where += f", phase {key!r}" if isinstance(key, str) else f", phase {index + 1}"
        loc = loc[2:]
    if loc:
        field = ".".join(str(p) for p in loc)
        if error["type"] == "extra_forbidden":
            message = f"unknown field; known: {', '.join(Phase.model_fields)}"
        where += f", `{field}`"
    return f"{where}: {message}"


# ---- planning ----------------------------------------------------------------------------------


def due_day(deadline: Deadline) -> dt.date:
    """Return the day the venue names for `deadline`, in its stated zone."""
    day = deadline.wall.date()
    # "24:00" is read as 00:00 the next day; either way that day has no time left in it.
    return day - dt.timedelta(days=1) if deadline.wall.time() == dt.time(0, 0) else day


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
    lengths = list(lengths)
    takers = [i for i, p in enumerate(phases) if p.takes_spare]
    while spare > 0:
        open_ = [i for i in takers if lengths[i] < phases[i].max_days]
        if not open_:
            break
        # The taker with the fewest extra days; a tie goes to the later phase.
        i = min(open_, key=lambda i: (lengths[i] - phases[i].ideal_days, -i))
        lengths[i] += 1
        spare -= 1
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


def back_plan(
    venue: Venue,
    deadline: Deadline,
    start: dt.date,
    template: Template,
    *,
    later: Sequence[Deadline] = (),
) -> Plan:
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
        )
        for p, n, (first, last) in zip(phases, lengths, spans, strict=True)
    ]
    after = sorted((d for d in later if d.utc > deadline.utc), key=_utc)
    dated: list[tuple[MilestoneKind, Deadline]] = [
        *(("hard_stop", d) for d in stops),
        ("deadline", deadline),
        *(("after", d) for d in after),
    ]
    keys = deadline_keys([d for _, d in dated], track=False)
    done = ", ".join(p.name for p in phases[:head])
    for key, (kind, d) in zip(keys, dated, strict=True):
        phrase = d.label or KIND_PHRASES[d.kind]
        title = f"{phrase[0].upper()}{phrase[1:]}"
        if kind == "deadline":
            what = f"Submit the paper before {_at(d)}."
            milestones.append(_marker(key, "Submission", kind, due, what))
        elif kind == "hard_stop":
            what = f"Submit the title and a draft abstract before {_at(d)}."
            if done:
                what += f" Done by now: {done}."
            milestones.append(_marker(key, f"{title} (hard stop)", kind, due_day(d), what))
        else:
            milestones.append(_marker(key, title, kind, due_day(d), f"{title}: {_at(d)}."))
    # Stable sort: by first day, a one-day marker before a phase starting that day.
    milestones.sort(key=lambda m: (m.start, m.kind == "phase"))

    shrunk = tuple(
        f"{p.key}: {p.ideal_days} → {n} day{'' if n == 1 else 's'}"
        for p, n in zip(phases, lengths, strict=True)
        if n < p.ideal_days
    )
    status: PlanStatus = "infeasible" if missing > 0 else "tight" if shrunk else "ok"
    return Plan(
        venue=venue.id,
        venue_name=venue.name,
        template=template.name,
        deadline=deadline,
        due=due,
        start=start,
        work_start=spans[0][0],
        status=status,
        missing_days=max(missing, 0),
        shrunk=shrunk,
        milestones=tuple(milestones),
    )


def ideal_start(venue: Venue, deadline: Deadline, template: Template) -> dt.date:
    """Return the last day to start and still give every phase its ideal length."""
    phases = template.phases
    latest = due_day(deadline) - dt.timedelta(days=sum(p.ideal_days for p in phases))
    stops = hard_stops(venue, deadline)
    head = [p.ideal_days for p in phases if p.before_hard_stop]
    if stops and head:
        latest = min(latest, due_day(stops[0]) - dt.timedelta(days=sum(head)))
    return latest


class Fallbacks:
    """Every venue by submission day, to name the venue to aim at after a reject.

    Built once per listing: searching every venue for every plan made `deadlines next`
    quadratic in the catalog's size.
    """

    def __init__(self, venues: Iterable[Venue]) -> None:
        entries = sorted(
            ((due_day(d), v.id, v) for v in venues for d in v.submission_deadlines()),
            key=lambda e: (e[0], e[1]),
        )
        self._days = [day for day, _, _ in entries]
        self._venues = [venue for _, _, venue in entries]

    def after(
        self, plan_venue: Venue, notification: dt.date, *, gap_days: int = FALLBACK_GAP_DAYS
    ) -> Venue | None:
        """Return the soonest venue whose submission day is at least `gap_days` after
        `notification`, preferring one that shares a tag with `plan_venue`."""
        tags = set(plan_venue.series.tags)
        first = bisect.bisect_left(self._days, notification + dt.timedelta(days=gap_days))
        soonest = None
        for venue in self._venues[first:]:
            if venue.id == plan_venue.id:
                continue
            if not tags or tags & set(venue.series.tags):
                return venue
            soonest = soonest or venue
        return soonest


def fallback(
    plan_venue: Venue,
    notification: dt.date,
    venues: Iterable[Venue],
    *,
    gap_days: int = FALLBACK_GAP_DAYS,
) -> Venue | None:
    """Return the venue to aim at after a reject (see `Fallbacks.after`)."""
    return Fallbacks(venues).after(plan_venue, notification, gap_days=gap_days)
