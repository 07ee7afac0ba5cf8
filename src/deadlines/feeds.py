"""What `deadlines ics`, the server and the static build publish: pure functions of a snapshot.

A `Snapshot` (`deadlines.snapshot`) is the catalog as of one day; a `Selection` is what a
subscriber asked for (the filters of `deadlines next`, a window, named venues, a start day).
The same snapshot and selection give the same bytes. Three kinds of feed:

* **deadlines** of the selected venues;
* **suggested plans**: the milestones of the best picks (or named venues) if work started
  on `start` — by default the Monday of the current week, so a subscribed suggestion feed
  changes at most once a week, not every day;
* **papers**: the milestones of the lab's committed papers (`deadlines.papers`), planned
  from each paper's own start day: they stay put until the deadline or the paper changes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from deadlines import choose
from deadlines.choose import Candidate, Fallbacks, Filters, Window
from deadlines.errors import UsageError
from deadlines.models import Venue, is_generic
from deadlines.plan import Plan
from deadlines.snapshot import Snapshot

if TYPE_CHECKING:
    from deadlines.papers import Papers

# A venue stays in the deadlines feed this long after its last date, so an event a
# subscriber just lived through does not vanish from their calendar the next day.
KEEP_PAST = dt.timedelta(days=90)
DEFAULT_PICK = 3
FEED_NAME = "Paper deadlines"


@dataclass(frozen=True)
class Selection:
    """What to publish: filtered venues, optionally only those about `months` out."""

    filters: Filters = field(default_factory=Filters)
    months: int | None = None
    window_weeks: int = 4
    venues: tuple[str, ...] = ()  # named venues to plan (default: the best picks)
    pick: int = DEFAULT_PICK
    template: str | None = None
    alarms: tuple[dt.timedelta, ...] = ()
    start: dt.date | None = None  # plans: the day work starts (default: this week's Monday)
    person: str | None = None  # papers: only this person's milestones
    paper: str | None = None  # papers: only this paper

    def window(self, today: dt.date) -> Window:
        return Window.around(today, self.months or choose.DEFAULT_MONTHS, self.window_weeks)

    def describe(self) -> str:
        """A short name for the selection, for a calendar's title: ``cv, workshop, 3 months``."""
        parts = [*self.filters.tags]
        if self.filters.kind:
            parts.append(f"{self.filters.kind.value}s")
        if self.filters.rank:
            parts.append(f"rank {self.filters.rank}")
        if self.months is not None:
            parts.append(f"about {self.months} month{'' if self.months == 1 else 's'} out")
        parts += self.venues
        if self.start is not None:
            parts.append(f"from {self.start}")
        if self.paper is not None:
            parts.append(self.paper)
        if self.person is not None:
            parts.append(self.person)
        return ", ".join(parts)


def calendar_name(selection: Selection, what: str = FEED_NAME) -> str:
    detail = selection.describe()
    return f"{what} ({detail})" if detail else what


def deadline_venues(snap: Snapshot, selection: Selection) -> list[Venue]:
    """The venues a deadlines feed carries: those matching the filters with a date not long
    past (or, with `months`, a submission deadline inside that window). Workshops whose only
    date is the generic estimate of their host are left out: they would all say the same."""
    if selection.months is not None:
        found = choose.in_window(
            snap.venues.values(), selection.window(snap.today), snap.tz, selection.filters
        )
        return [v for v in found if not is_generic(v)]
    since = dt.datetime.combine(snap.today, dt.time(), dt.UTC) - KEEP_PAST
    chosen = [
        v
        for v in snap.venues.values()
        if selection.filters.match(v)
        and not is_generic(v)
        and any(d.utc >= since for d in v.edition.deadlines)
    ]
    return sorted(chosen, key=lambda v: v.id)


def picks(
    snap: Snapshot, selection: Selection, *, with_fallback: bool = True
) -> list[Candidate]:
    """The candidates about `months` out, best fit first (see `choose.candidates`)."""
    window = selection.window(snap.today)
    found = choose.candidates(
        snap.venues,
        window,
        snap.tz,
        snap.templates,
        selection.filters,
        template=selection.template,
        with_fallback=with_fallback,
    )
    return sorted(found, key=choose.by_fit(window, selection.filters))


def week_start(day: dt.date) -> dt.date:
    """The Monday of `day`'s week."""
    return day - dt.timedelta(days=day.weekday())


def plans(snap: Snapshot, selection: Selection) -> list[Plan]:
    """Plans of the named venues, or of the `pick` best candidates about `months` out, with
    work starting on `selection.start` (default: the Monday of this week)."""
    start = selection.start or week_start(snap.today)
    snap = Snapshot(start, snap.tz, snap.venues, snap.templates, snap.papers)
    if not selection.venues:
        return [c.plan for c in picks(snap, selection, with_fallback=False)[: selection.pick]]
    found = []
    fallbacks = Fallbacks(snap.venues.values())
    for key in selection.venues:
        venue = snap.venue(key)
        deadline = choose.target_deadline(venue, start)
        if deadline is None:
            raise UsageError(f"{venue.name} has no paper or abstract deadline to plan for")
        template = choose.template_for(venue, snap.templates, selection.template)
        found.append(choose.make_plan(venue, deadline, start, template, fallbacks))
    return found


def deadlines_ics(snap: Snapshot, selection: Selection, *, name: str | None = None) -> bytes:
    """The feed of every deadline of the selected venues."""
    from deadlines.ical import build_feed  # icalendar is heavy: not for `deadlines next`

    return build_feed(
        deadline_venues(snap, selection),
        name=name or calendar_name(selection),
        hosts=snap.venues,
        alarms=selection.alarms,
    )


def plan_ics(
    snap: Snapshot,
    selection: Selection,
    *,
    name: str | None = None,
    with_deadlines: bool = False,
) -> bytes:
    """The feed of the selected plans' milestones, and their venues' deadlines if asked."""
    from deadlines.ical import build_feed

    chosen = plans(snap, selection)
    # Two tracks of one venue may both be picked: its deadlines go in once.
    venues = list({p.venue: snap.venues[p.venue] for p in chosen}.values())
    return build_feed(
        venues if with_deadlines else [],
        chosen,
        name=name or calendar_name(selection, "Suggested plans"),
        hosts=snap.venues,
        alarms=selection.alarms,
    )


def people(papers: Papers) -> list[str]:
    """Everyone on a paper still in the feed, by name."""
    from deadlines.papers import IN_FEED

    names = {p.name for paper in papers.papers if paper.status in IN_FEED for p in paper.people}
    return sorted(names, key=str.casefold)


def papers_ics(
    snap: Snapshot, papers: Papers, selection: Selection, *, name: str | None = None
) -> bytes:
    """The feed of the committed papers' milestones (one person's, or one paper's, if asked).

    Each paper is planned from its own start day, so the bytes do not depend on `snap.today`
    unless the catalog's dates do.
    """
    from deadlines import papers as papers_
    from deadlines.ical import build_feed

    entries = []
    fallbacks = Fallbacks(snap.venues.values())
    chosen = [papers.get(selection.paper)] if selection.paper else list(papers.papers)
    for paper in chosen:
        if paper.status not in papers_.IN_FEED:
            continue
        if selection.person and paper.role_of(selection.person) is None:
            continue
        try:
            plan = papers_.plan_of(paper, snap, fallbacks)
        except UsageError as exc:
            raise UsageError(f"{papers.where(paper)}: paper {paper.id!r}: {exc}") from None
        entries.append(
            papers_.Committed(paper, plan, papers_.milestones_for(paper, plan, selection.person))
        )
    return build_feed(
        (), name=name or calendar_name(selection, "Papers"), hosts=snap.venues, committed=entries
    )
