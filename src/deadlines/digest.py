"""The weekly digest: what is due this week per person, what is behind, what moved (pure)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from deadlines.models import Venue
from deadlines.papers import IN_FEED, Overlap, Paper, capacity, standing
from deadlines.plan import KIND_PHRASES, Milestone, Plan

WEEK = dt.timedelta(days=6)


@dataclass(frozen=True)
class Digest:
    today: dt.date
    week_end: dt.date
    since: dt.date
    people: dict[str, list[str]] = field(default_factory=dict)
    unassigned: list[str] = field(default_factory=list)
    behind: list[str] = field(default_factory=list)
    overlaps: list[Overlap] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)


def _this_week(m: Milestone, today: dt.date, end: dt.date) -> str | None:
    """How `m` touches the week from `today` to `end`, or None."""
    if m.kind in ("phase", "slack"):
        if today <= m.end <= end:
            return f"ends {m.end:%a %d %b}"
        if today <= m.start <= end:
            return f"starts {m.start:%a %d %b}"
        return None
    return f"{m.start:%a %d %b}" if today <= m.start <= end else None


def build(
    entries: Sequence[tuple[Paper, Plan]],
    venues: Iterable[Venue],
    today: dt.date,
    since: dt.date,
) -> Digest:
    """The digest of `entries` (papers with their plans) for the week starting `today`, and
    the catalog's deadlines that moved or were first seen on `since` or later."""
    end = today + WEEK
    digest = Digest(today, end, since)
    for paper, plan in entries:
        if paper.status not in IN_FEED:
            continue
        for m in plan.milestones:
            when = _this_week(m, today, end)
            if when is None or m.key in paper.done:
                continue
            line = f"{paper.label} paper: {m.name}, {when}"
            who = [p.name for p in paper.people if p.role in m.roles]
            for name in who:
                digest.people.setdefault(name, []).append(line)
            if not who:
                digest.unassigned.append(line)
        s = standing(paper, plan, today)
        if s.behind is not None:
            owner = ", ".join(p.name for p in paper.people if p.role in s.behind.roles)
            digest.behind.append(
                f"{paper.label} paper: {s.behind.name} was due {s.behind.end}, "
                f"{s.behind_days}d ago" + (f" ({owner})" if owner else "")
            )
    digest.overlaps.extend(capacity(entries, today))
    digest.changes.extend(catalog_changes(venues, since))
    return Digest(
        digest.today,
        digest.week_end,
        digest.since,
        dict(sorted(digest.people.items())),
        digest.unassigned,
        digest.behind,
        digest.overlaps,
        digest.changes,
    )


def catalog_changes(venues: Iterable[Venue], since: dt.date) -> list[str]:
    """Deadlines a refresh saw move, or saw for the first time, on `since` or later."""
    found: list[tuple[dt.date, str, str]] = []
    for venue in venues:
        for d in venue.edition.deadlines:
            what = f"{venue.name} {KIND_PHRASES[d.kind]}" + (f", {d.track}" if d.track else "")
            for h in d.history:
                if h.recorded is not None and h.recorded >= since:
                    was = f"{h.at} {h.zone or d.zone}"
                    found.append((h.recorded, venue.id, f"{what} moved: {was} -> {d.stated()}"))
            if d.seen is not None and d.seen >= since and not d.history:
                found.append((d.seen, venue.id, f"{what} announced: {d.stated()}"))
    return [f"{day} {text}" for day, _, text in sorted(found)]

