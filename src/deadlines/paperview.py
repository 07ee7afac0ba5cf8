"""Text and JSON of `deadlines paper …` and `deadlines digest` (pure: data in, text out)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from deadlines.digest import Digest
from deadlines.models import Venue
from deadlines.papers import Overlap, Paper, Standing
from deadlines.plan import Milestone, Plan
from deadlines.render import Col, Styled, _days, fill, plan_status, table, venue_label


def _where(s: Standing) -> str:
    """Where the paper stands in a few words: ``Experiments 1 — whole pipeline``."""
    status = s.paper.status
    if status not in ("planned", "experiments", "writing"):
        return status
    if s.plan is None:
        return status
    if s.plan.status == "passed":
        return f"deadline passed {s.plan.due}"
    if s.current is not None:
        return s.current.name
    first = s.plan.phases[0].start if s.plan.phases else s.plan.due
    return f"starts {first}" if s.current is None and first > s.plan.start else "between phases"


def _pace(s: Standing) -> str:
    if s.behind is not None:
        return f"{s.behind_days}d behind ({s.behind.name} was due {s.behind.end})"
    if s.slack_days is None:
        return ""
    if s.slack_days < 0:
        return f"{-s.slack_days}d short even at the minimums"
    return f"on track, {s.slack_days}d spare at the minimums"


def _next(s: Standing) -> str:
    m = s.next_date
    return f"{m.start} {m.name}" if m else ""


def _pace_cell(s: Standing) -> Styled:
    late = s.behind is not None or (s.slack_days is not None and s.slack_days < 0)
    return Styled(_pace(s), "red" if late else "green")


def format_list(
    standings: Sequence[Standing],
    overlaps: Sequence[Overlap],
    path: str,
    *,
    width: int | None = None,
    colour: bool = False,
) -> str:
    """The `deadlines paper list` table, then the capacity warnings."""
    if not standings:
        return f"No papers in {path} yet. Add one: deadlines paper add TITLE --venue ID"
    rows = [
        (s.paper.id, s.plan.venue if s.plan else s.paper.venue, _where(s), _pace_cell(s), _next(s))
        for s in standings
    ]
    cols = (
        Col("ID"),
        Col("VENUE"),
        Col("NOW", min=12),
        Col("PACE", min=14),
        Col("NEXT DATE", min=12),
    )
    lines = table(cols, rows, width=width, colour=colour)
    if overlaps:
        lines.append("")
        lines += [line for text in format_overlaps(overlaps) for line in fill(text, width, "  ")]
    return "\n".join(lines)


def format_overlaps(overlaps: Sequence[Overlap]) -> list[str]:
    return [
        f"warning: {o.person} carries heavy phases (experiments, first draft) of {o.first} and "
        f"{o.second} on the same {_days(o.days)}, from {o.start} to {o.end}"
        for o in overlaps
    ]


def _milestone_rows(plan: Plan, paper: Paper, today: dt.date) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for m in plan.milestones:
        when = f"{m.start}" if m.days == 1 and m.kind not in ("phase", "slack") else (
            f"{m.start} → {m.end}"
        )
        if m.key in paper.done:
            mark = f"done {paper.done[m.key]}"
        elif m.kind == "phase" and m.end < today and paper.status in ("planned", "experiments",
                                                                      "writing"):
            mark = "LATE"
        else:
            mark = ""
        who = ", ".join(p.name for p in paper.people if p.role in m.roles)
        length = _days(m.days) if m.kind in ("phase", "slack") else ""
        rows.append((when, length, m.key, m.name, mark, who if m.kind == "phase" else ""))
    return rows


def format_show(
    s: Standing,
    venues: Mapping[str, Venue],
    today: dt.date,
    tzname: str,
    tz: dt.tzinfo,
    *,
    width: int | None = None,
    colour: bool = False,
) -> str:
    """The `deadlines paper show` page: the paper, its plan with progress, its history."""
    paper, plan = s.paper, s.plan
    lines = [f"{paper.title} ({paper.id})"]
    people = ", ".join(f"{p.name} ({p.role})" for p in paper.people) or "nobody yet"
    lines.append(f"  people   {people}")
    lines.append(f"  status   {paper.status}" + (f", submitted {paper.submitted}"
                                                  if paper.submitted else ""))
    if plan is not None:
        venue = venues[plan.venue]
        parent = venues.get(venue.edition.parent or "")
        d = plan.deadline
        lines.append(
            f"  target   {venue_label(venue, parent)}: {d.kind.value} deadline {d.stated()} = "
            f"{d.utc.astimezone(tz):%Y-%m-%d %H:%M} {tzname}" + (" (ESTIMATED)" if d.estimated
                                                                 else "")
        )
        lines.append(f"  plan     {plan.template} template from {plan.start}: {plan_status(plan)}"
                     + (f", {plan.slack_days}d of slack" if plan.slack_days else ""))
        if pace := _pace(s):
            lines.append(f"  pace     {pace}")
        if plan.status == "passed" and plan.fallback:
            lines.append(f"  next     {plan.fallback_why}: deadlines paper move {paper.id} "
                         f"--venue {plan.fallback}")
        elif plan.fallback:
            lines.append(f"  if rejected  {plan.fallback_why}")
        cols = (
            Col("WHEN", min=12),
            Col("LENGTH", drop=2),
            Col("KEY"),
            Col("MILESTONE", min=14),
            Col("DONE", drop=3),
            Col("WHO", min=8, drop=1),
        )
        lines += ["", *table(cols, _milestone_rows(plan, paper, today), width=width,
                             colour=colour)]
    for change in paper.changes:
        lines.append(f"  changed {change.day}: {change.what}")
    if paper.history:
        lines += ["", "Earlier targets:"]
        for a in paper.history:
            why = f": {a.why}" if a.why else ""
            lines.append(f"  {a.venue} from {a.start}, {a.outcome} {a.ended}{why}")
    if width is not None:
        lines = [part for line in lines for part in fill(line, width, "           ")]
    return "\n".join(lines)


def milestone_json(m: Milestone, paper: Paper) -> dict[str, Any]:
    return {
        **m.model_dump(mode="json"),
        "done": paper.done[m.key].isoformat() if m.key in paper.done else None,
        "people": [p.name for p in paper.people if p.role in m.roles],
    }


def paper_json(s: Standing) -> dict[str, Any]:
    """One paper with its plan and where it stands, for `--json`."""
    paper, plan = s.paper, s.plan
    return {
        **paper.model_dump(mode="json"),
        "standing": {
            "now": s.current.key if s.current else None,
            "behind": None if s.behind is None else {"milestone": s.behind.key,
                                                     "days": s.behind_days},
            "slack_days": s.slack_days,
            "next_date": None if s.next_date is None else {
                "milestone": s.next_date.key, "day": s.next_date.start.isoformat()},
        },
        "plan": None if plan is None else {
            "venue": plan.venue,
            "template": plan.template,
            "status": plan.status,
            "start": plan.start.isoformat(),
            "due": plan.due.isoformat(),
            "deadline": plan.deadline.utc.isoformat(),
            "estimated": plan.deadline.estimated,
            "missing_days": plan.missing_days,
            "slack_days": plan.slack_days,
            "fallback": plan.fallback,
            "fallback_why": plan.fallback_why,
            "milestones": [milestone_json(m, paper) for m in plan.milestones],
        },
    }


def overlap_json(o: Overlap) -> dict[str, Any]:
    return {
        "person": o.person,
        "papers": [o.first, o.second],
        "start": o.start.isoformat(),
        "end": o.end.isoformat(),
        "days": o.days,
    }


def format_digest(digest: Digest) -> str:
    """The weekly digest as plain text, suited to mail."""
    lines = [f"Week of {digest.today} to {digest.week_end}"]
    if not digest.people and not digest.unassigned:
        lines += ["", "No milestones this week."]
    for person, items in digest.people.items():
        lines += ["", f"{person}:"]
        lines += [f"  {item}" for item in items]
    if digest.unassigned:
        lines += ["", "Nobody assigned:"]
        lines += [f"  {item}" for item in digest.unassigned]
    if digest.behind:
        lines += ["", "Behind:"]
        lines += [f"  {item}" for item in digest.behind]
    if digest.overlaps:
        lines += ["", "Capacity:"]
        lines += [f"  {item}" for item in format_overlaps(digest.overlaps)]
    lines += ["", f"Deadlines moved or announced since {digest.since}:"]
    lines += [f"  {item}" for item in digest.changes] or ["  none"]
    return "\n".join(lines)
