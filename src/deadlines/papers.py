"""Committed papers: a lab's paper projects, each aimed at a venue with a plan that stays put.

The lab keeps them in one YAML file in git (`papers.yaml`). A paper's plan is computed from
*its* start day and its venue's deadline, never from today, so a subscribed calendar stays
put; it moves only when the deadline moves or the paper is changed (`changes`), and every
move is one more SEQUENCE of the same events. A reject, a withdrawal or a move to another
venue closes the attempt: it goes to `history` and the paper aims at the next venue.

Reading is pure (`parse`, `plan_of`, `standing`, `capacity`); writing (`PapersFile`) edits
the file in place with ruamel.yaml so its comments and order stay, under a lock, atomically.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import io
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from deadlines import fsutil
from deadlines.catalog import InvalidCatalogError, Problem, _describe, _line_of, _parse_yaml
from deadlines.choose import Fallbacks, make_plan, target_deadline, template_for
from deadlines.errors import CatalogError, DeadlinesError, UsageError
from deadlines.models import SLUG_PATTERN, Venue
from deadlines.plan import Milestone, Plan, due_day
from deadlines.snapshot import Snapshot
from deadlines.templates import ROLES, Role, Template

Status = Literal[
    "planned", "experiments", "writing", "submitted", "accepted", "rejected", "withdrawn"
]
STATUSES: tuple[Status, ...] = (
    "planned", "experiments", "writing", "submitted", "accepted", "rejected", "withdrawn"
)
# Statuses in which the paper is still being worked on for its current venue.
WORKING: frozenset[str] = frozenset({"planned", "experiments", "writing"})
# Statuses whose current attempt still belongs in calendars.
IN_FEED: frozenset[str] = frozenset({*WORKING, "submitted", "accepted"})
WRITING_PHASES = frozenset({"draft", "review", "polish"})


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class Person(_Strict):
    """Someone on the paper, and what they do."""

    name: str = Field(min_length=1)
    role: Role = Field("author", description=f"One of: {', '.join(ROLES)}")


class Change(_Strict):
    """A change to the paper that moves its plan (start day, template): one SEQUENCE more."""

    day: dt.date = Field(description="The day the change was recorded")
    what: str = Field(min_length=1)


class Attempt(_Strict):
    """An earlier target of the paper, and how it ended."""

    venue: str
    start: dt.date
    template: str | None = None
    outcome: Literal["rejected", "withdrawn", "moved"]
    ended: dt.date = Field(description="The day the outcome was recorded")
    why: str | None = None
    submitted: dt.date | None = None


class Paper(_Strict):
    """One paper project and its current target."""

    id: str = Field(pattern=SLUG_PATTERN, description="Short id, e.g. gaze")
    title: str = Field(min_length=1)
    short: str | None = Field(None, description="Name for calendar titles (default: the title)")
    venue: str = Field(description="Edition id (cvpr2027), or series id meaning its next edition")
    start: dt.date = Field(description="The day work on this target starts")
    template: str | None = Field(None, description="Plan template (default: the venue's kind)")
    people: tuple[Person, ...] = ()
    status: Status = "planned"
    added: dt.date = Field(description="The day the paper was added")
    submitted: dt.date | None = None
    done: dict[str, dt.date] = Field(
        default_factory=dict, description="Milestone key -> the day it was marked done"
    )
    changes: tuple[Change, ...] = Field((), description="Changes to this target's plan")
    history: tuple[Attempt, ...] = Field((), description="Earlier targets, oldest first")
    note: str | None = None

    @model_validator(mode="after")
    def _check(self) -> Paper:
        firsts = [p.name for p in self.people if p.role == "first-author"]
        if len(firsts) > 1:
            raise ValueError(f"two first authors ({', '.join(firsts)}); keep one")
        names = [p.name.casefold() for p in self.people]
        if len(set(names)) != len(names):
            raise ValueError("a person is listed twice; give each one role")
        return self

    @property
    def label(self) -> str:
        return self.short or self.title

    def role_of(self, name: str) -> Role | None:
        key = name.casefold()
        return next((p.role for p in self.people if p.name.casefold() == key), None)

    @property
    def first_author(self) -> str | None:
        return next((p.name for p in self.people if p.role == "first-author"), None)


class _File(_Strict):
    version: Literal[1] = 1
    papers: tuple[Paper, ...] = ()


@dataclass(frozen=True)
class Papers:
    """The papers of one file, in file order."""

    path: str
    papers: tuple[Paper, ...]
    lines: Mapping[str, int] = field(default_factory=dict)  # paper id -> its line

    def where(self, paper: Paper, field_name: str = "venue") -> str:
        """``papers.yaml:12`` for a paper (its `field_name` line when known)."""
        line = self.lines.get(f"{paper.id}.{field_name}") or self.lines.get(paper.id)
        return f"{self.path}:{line}" if line else self.path

    def get(self, paper_id: str) -> Paper:
        for paper in self.papers:
            if paper.id == paper_id:
                return paper
        raise unknown_paper(self.path, paper_id, [p.id for p in self.papers])


def unknown_paper(path: str, paper_id: str, ids: Sequence[str]) -> UsageError:
    """The error for an id that is not in the file, suggesting ids that are."""
    import difflib

    close = [i for i in ids if i.startswith(paper_id)][:3]
    close = close or difflib.get_close_matches(paper_id, ids, n=3)
    hint = f"; did you mean {', '.join(close)}?" if close else "; see `deadlines paper list`"
    return UsageError(f"{path}: no paper {paper_id!r}{hint}")


def parse(text: str, source: str) -> Papers:
    """Read and validate a papers file; every problem names its line."""
    data, lines = _parse_yaml(text, source)
    if data is None:
        data = {}
    if isinstance(data, dict) and "papers" in data and data["papers"] is None:
        data = {**data, "papers": []}
    if not isinstance(data, dict):
        raise CatalogError(source, 1, "a papers file is a mapping with a `papers:` list")
    try:
        loaded = _File.model_validate(data)
    except ValidationError as exc:
        problems = [
            Problem(source, _line_of(lines, err["loc"]), _describe(err))
            for err in exc.errors(include_url=False)
        ]
        raise InvalidCatalogError(sorted(problems, key=lambda p: p.line or 0), None) from None
    seen: dict[str, int] = {}
    duplicates = []
    for i, paper in enumerate(loaded.papers):
        if paper.id in seen:
            duplicates.append(Problem(
                source,
                _line_of(lines, ("papers", i, "id")),
                f"duplicate paper id {paper.id!r} (first at item {seen[paper.id] + 1}); rename one",
            ))
        seen.setdefault(paper.id, i)
    if duplicates:
        raise InvalidCatalogError(duplicates, None)
    where = {}
    for i, paper in enumerate(loaded.papers):
        where[paper.id] = _line_of(lines, ("papers", i)) or 0
        where[f"{paper.id}.venue"] = _line_of(lines, ("papers", i, "venue")) or 0
    return Papers(source, loaded.papers, where)


def load(path: Path) -> Papers:
    """Read the papers file at `path`; a missing file has no papers."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Papers(str(path), ())
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogError(path, None, f"cannot read: {exc}") from None
    return parse(text, str(path))


# ---- plans -------------------------------------------------------------------------------------


def resolve_venue(key: str, venues: Mapping[str, Venue], start: dt.date) -> Venue:
    """An edition id is that edition; a series id is its first edition still open on `start`."""
    from deadlines.catalog import find_venue

    key = key.strip().lower()
    if key in venues:
        return venues[key]
    editions = sorted(
        (v for v in venues.values() if v.series.id == key), key=lambda v: (v.edition.year, v.id)
    )
    for venue in editions:
        if any(due_day(d) >= start for d in venue.submission_deadlines()):
            return venue
    return find_venue(venues, key)


def venue_of(paper: Paper, snap: Snapshot) -> Venue:
    return resolve_venue(paper.venue, snap.venues, paper.start)


def plan_of(paper: Paper, snap: Snapshot, fallbacks: Fallbacks | None = None) -> Plan:
    """The paper's plan: from its own start day to its venue's deadline, never from today."""
    venue = venue_of(paper, snap)
    deadline = target_deadline(venue, paper.start)
    if deadline is None:
        raise UsageError(f"{venue.name} has no paper or abstract deadline to plan for")
    template = template_for(venue, snap.templates, paper.template)
    return make_plan(venue, deadline, paper.start, template, fallbacks)


def milestones_for(paper: Paper, plan: Plan, person: str | None = None) -> list[Milestone]:
    """The plan's milestones, or only those of `person`'s role on the paper."""
    if person is None:
        return list(plan.milestones)
    role = paper.role_of(person)
    if role is None:
        return []
    return [m for m in plan.milestones if role in m.roles]


def sequence(paper: Paper, plan: Plan) -> int:
    """How often the plan's events moved: the deadline's moves plus the paper's changes."""
    from deadlines.ical import sequence as deadline_sequence

    return deadline_sequence(plan.deadline) + len(paper.changes)


def revised(paper: Paper, plan: Plan) -> dt.datetime:
    """When the plan last changed, from stored dates: the paper's added day, its changes, the
    day a refresh first saw the deadline and the days its moves were recorded."""
    deadline = plan.deadline
    days = [paper.added, *(c.day for c in paper.changes)]
    days += [h.recorded for h in deadline.history if h.recorded is not None]
    if deadline.seen is not None:
        days.append(deadline.seen)
    return dt.datetime.combine(max(days), dt.time(), dt.UTC)


@dataclass(frozen=True)
class Committed:
    """A paper with its plan and the milestones to publish."""

    paper: Paper
    plan: Plan
    milestones: Sequence[Milestone]


# ---- where a paper stands ----------------------------------------------------------------------


@dataclass(frozen=True)
class Standing:
    """Where a paper stands on `today`."""

    paper: Paper
    plan: Plan | None
    current: Milestone | None  # the phase (or slack) today falls in
    behind: Milestone | None  # the earliest phase past its end and not done
    behind_days: int
    slack_days: int | None  # days to spare at every remaining phase's minimum length
    next_date: Milestone | None  # the next dated milestone (abstract, submission, notification…)


def standing(
    paper: Paper, plan: Plan | None, today: dt.date, template: Template | None = None
) -> Standing:
    """Say where `paper` stands on `today`: current milestone, days behind or of slack.

    Slack is the days left to the due day less what the phases not yet done need at their
    minimum lengths (`template`'s): below zero, even the shortest plan no longer fits.
    """
    if plan is None:
        return Standing(paper, None, None, None, 0, None, None)
    phases = [m for m in plan.milestones if m.kind in ("phase", "slack")]
    current = next((m for m in phases if m.start <= today <= m.end), None)
    overdue = [m for m in plan.phases if m.end < today and m.key not in paper.done]
    behind = overdue[0] if overdue and paper.status in WORKING else None
    behind_days = (today - behind.end).days if behind else 0
    dated = [m for m in plan.milestones if m.kind not in ("phase", "slack") and m.start >= today]
    slack = None
    if template is not None and paper.status in WORKING and plan.status != "passed":
        need = sum(p.min_days for p in template.phases if p.key not in paper.done)
        slack = (plan.due - max(today, plan.start)).days - need
    return Standing(paper, plan, current, behind, behind_days, slack, dated[0] if dated else None)


@dataclass(frozen=True)
class Overlap:
    """One person carrying the heavy phases of two papers on the same days."""

    person: str
    first: str  # paper id
    second: str
    start: dt.date  # the first and last day both weigh on them
    end: dt.date
    days: int  # how many days both do


def capacity(entries: Sequence[tuple[Paper, Plan]], today: dt.date) -> list[Overlap]:
    """Find people doing the heavy phases (experiments, first draft) of two papers at once,
    from `today` on: one overlap per person and pair of papers."""
    busy: dict[str, dict[str, set[dt.date]]] = {}  # person -> paper id -> heavy days
    for paper, plan in entries:
        if paper.status not in WORKING:
            continue
        for someone in paper.people:
            for m in plan.phases:
                if not (m.heavy and someone.role in m.roles) or m.key in paper.done:
                    continue
                first = max(m.start, today)
                days = {first + dt.timedelta(days=n) for n in range((m.end - first).days + 1)}
                busy.setdefault(someone.name, {}).setdefault(paper.id, set()).update(days)
    found = []
    for person, by_paper in sorted(busy.items()):
        ids = list(by_paper)
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                both = by_paper[a] & by_paper[b]
                if both:
                    found.append(Overlap(person, a, b, min(both), max(both), len(both)))
    return found


# ---- writing -----------------------------------------------------------------------------------


_SMALL_WORDS = frozenset(
    {"a", "an", "and", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to"}
    | {"towards", "via", "with", "without"}
)


def slug_for(title: str, taken: set[str]) -> str:
    """An id from the title's first two words that say something: ``Gaze in the wild`` ->
    ``gaze-wild``."""
    words = [w for w in re.findall(r"[a-z0-9]+", title.lower()) if w not in _SMALL_WORDS]
    base = "-".join(words[:2]) or "paper"
    key, n = base, 1
    while key in taken:
        n += 1
        key = f"{base}-{n}"
    return key


def _yaml() -> Any:
    from ruamel.yaml import YAML

    yaml = YAML()  # round-trip: comments and order survive
    yaml.preserve_quotes = True
    yaml.width = 4096  # never wrap a long title or URL
    # One date used twice (start and added on the same day) must not become an anchor and
    # an alias: the loader refuses them, as it does in catalogs.
    yaml.representer.ignore_aliases = lambda *_: True
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


@contextlib.contextmanager
def _locked(directory: Path) -> Iterator[None]:
    """Hold an exclusive lock on `directory` for one read-modify-write of a papers file.

    The file itself is replaced by each write (a rename), so the lock is on its directory,
    which stays: two `deadlines paper …` at once take turns and neither loses the other's edit.
    """
    fd = os.open(directory, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


class PapersFile:
    """Edits of one papers file: each `edit` reads, changes and validates under the lock."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @contextlib.contextmanager
    def edit(self) -> Iterator[Any]:
        """Yield the round-trip document; write it back (validated, atomically) on success."""
        target = self.path.resolve()  # a symlink: edit what it points at
        target.parent.mkdir(parents=True, exist_ok=True)
        with _locked(target.parent):
            yaml = _yaml()
            try:
                text = target.read_text(encoding="utf-8")
                mode = target.stat().st_mode & 0o777
            except FileNotFoundError:
                text, mode = "", 0o666 & ~_umask()
            except (OSError, UnicodeDecodeError) as exc:
                raise CatalogError(self.path, None, f"cannot read: {exc}") from None
            if text.strip():
                parse(text, str(self.path))  # a file that does not validate is not edited
            if target.exists() and not os.access(target, os.W_OK):
                raise DeadlinesError(f"{self.path}: read-only; not changed")
            doc = yaml.load(text) if text.strip() else None
            if doc is None:
                from ruamel.yaml.comments import CommentedMap

                doc = CommentedMap([("version", 1), ("papers", [])])
            if doc.get("papers") is None:
                doc["papers"] = []
            yield doc
            out = io.StringIO()
            yaml.dump(doc, out)
            new = out.getvalue()
            parse(new, str(self.path))
            fsutil.atomic_write(target, new.encode("utf-8"), mode=mode)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def find(doc: Any, paper_id: str, path: str) -> Any:
    """The round-trip mapping of paper `paper_id` in `doc`."""
    for item in doc["papers"]:
        if item.get("id") == paper_id:
            return item
    raise unknown_paper(path, paper_id, [str(item.get("id")) for item in doc["papers"]])


def parse_item(item: Any) -> Paper:
    """Validate one round-trip paper mapping (already checked with its file)."""
    return Paper.model_validate(_plain(item))


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def milestone_key(plan: Plan, text: str) -> str:
    """The key of the milestone `text` names: its key (``exp1``) or the start of its name."""
    wanted = text.strip().casefold()
    keys = [m.key for m in plan.milestones if m.kind != "slack"]
    if wanted in keys:
        return wanted
    named = [m.key for m in plan.milestones if m.name.casefold().startswith(wanted)]
    if len(named) == 1:
        return named[0]
    choices = ", ".join(keys)
    what = "names several" if named else "is not a milestone of the plan"
    raise UsageError(f"{text!r} {what}; choose one of: {choices}")


def status_after(plan: Plan, done: set[str]) -> Status:
    """The working status once `done` milestones are done: writing once every phase before
    the writing is done (or a writing phase is), experiments once anything is."""
    before = [m.key for m in plan.phases if m.key not in WRITING_PHASES]
    if done & WRITING_PHASES or (before and set(before) <= done):
        return "writing"
    return "experiments" if done else "planned"


# Which status may follow which: a paper is submitted once, decided once.
_NEXT: dict[str, frozenset[str]] = {
    "planned": frozenset({"submitted", "withdrawn"}),
    "experiments": frozenset({"submitted", "withdrawn"}),
    "writing": frozenset({"submitted", "withdrawn"}),
    "submitted": frozenset({"accepted", "rejected", "withdrawn"}),
    "accepted": frozenset({"withdrawn"}),
    "rejected": frozenset(),
    "withdrawn": frozenset(),
}


def check_transition(paper: Paper, status: str) -> None:
    """Refuse a status change that does not follow (accepting a paper never submitted…)."""
    if status == "rejected" and paper.status in WORKING:
        return  # a desk reject, or a reject recorded without the submit
    if status not in _NEXT[paper.status]:
        hint = {
            "rejected": f"; aim it at a venue first: deadlines paper move {paper.id} --venue ID",
            "withdrawn": "",
        }.get(paper.status, "")
        raise UsageError(f"{paper.id} is {paper.status}: it cannot become {status}{hint}")


def close_attempt(
    item: Any, outcome: str, on: dt.date, why: str | None, *, keep_progress: bool = False
) -> None:
    """Move the current target into `history` with its outcome; clear its progress unless
    `keep_progress` (a move to another venue keeps the work done)."""
    attempt: dict[str, Any] = {"venue": item["venue"], "start": _day(item["start"])}
    if item.get("template"):
        attempt["template"] = item["template"]
    attempt["outcome"] = outcome
    attempt["ended"] = on
    if why:
        attempt["why"] = why
    if item.get("submitted"):
        attempt["submitted"] = _day(item["submitted"])
    history = item.setdefault("history", [])
    history.append(attempt)
    for key in ("changes", "submitted") if keep_progress else ("done", "changes", "submitted"):
        if key in item:
            del item[key]


def _day(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
