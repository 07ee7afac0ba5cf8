"""What `deadlines ics`, the server and the static build publish: pure functions of a snapshot.

A `Snapshot` is the catalog as of one day (estimates included) with the plan templates; a
`Selection` is what a subscriber asked for (the filters of `deadlines next`, a window,
named venues). The same snapshot and selection give the same bytes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from deadlines import planner
from deadlines.catalog import Catalog, find_venue
from deadlines.errors import UsageError
from deadlines.estimate import estimate, is_generic
from deadlines.models import Venue
from deadlines.plan import Fallbacks, Plan, Template
from deadlines.planner import Candidate, Filters, Window

# A venue stays in the deadlines feed this long after its last date, so an event a
# subscriber just lived through does not vanish from their calendar the next day.
KEEP_PAST = dt.timedelta(days=90)
DEFAULT_PICK = 3
FEED_NAME = "Paper deadlines"


@dataclass(frozen=True)
class Snapshot:
    """The catalog as of `today`: every venue (estimates included) and the templates."""

    today: dt.date
    tz: dt.tzinfo
    venues: Mapping[str, Venue]
    templates: Mapping[str, Template]

    @classmethod
    def build(
        cls, catalog: Catalog, today: dt.date, tz: dt.tzinfo, templates: Mapping[str, Template]
    ) -> Snapshot:
        venues = dict(catalog.venues)
        for venue in estimate(catalog, today):
            venues[venue.id] = venue
        return cls(today, tz, venues, templates)

    def venue(self, key: str) -> Venue:
        """Find a venue by id; a series id means its newest edition (estimates included)."""
        return find_venue(self.venues, key)


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

    def window(self, today: dt.date) -> Window:
        return Window.around(today, self.months or planner.DEFAULT_MONTHS, self.window_weeks)

    def describe(self) -> str:
        """A short name for the selection, for a calendar's title: ``cv, workshop, 3 months``."""
        parts = [*self.filters.tags]
        if self.filters.kind:
            parts.append(f"{self.filters.kind.value}s")
        if self.filters.rank:
            parts.append(f"rank {self.filters.rank}")
        if self.months is not None:
            parts.append(f"about {self.months} months out")
        parts += self.venues
        return ", ".join(parts)


def calendar_name(selection: Selection, what: str = FEED_NAME) -> str:
    detail = selection.describe()
    return f"{what} ({detail})" if detail else what


def deadline_venues(snap: Snapshot, selection: Selection) -> list[Venue]:
    """The venues a deadlines feed carries: those matching the filters with a date not long
    past (or, with `months`, a submission deadline inside that window). Workshops whose only
    date is the generic estimate of their host are left out: they would all say the same."""
    if selection.months is not None:
        found = planner.in_window(
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


def picks(snap: Snapshot, selection: Selection) -> list[Candidate]:
    """The candidates about `months` out, best fit first."""
    window = selection.window(snap.today)
    found = planner.candidates(
        snap.venues,
        window,
        snap.tz,
        snap.templates,
        selection.filters,
        template=selection.template,
    )
    return sorted(found, key=planner.by_fit(window, selection.filters))


def plans(snap: Snapshot, selection: Selection) -> list[Plan]:
    """Plans of the named venues, or of the `pick` best candidates about `months` out."""
    if not selection.venues:
        return [c.plan for c in picks(snap, selection)[: selection.pick]]
    found = []
    fallbacks = Fallbacks(snap.venues.values())
    for key in selection.venues:
        venue = snap.venue(key)
        deadline = planner.target_deadline(venue, snap.today)
        if deadline is None:
            raise UsageError(f"{venue.name} has no paper or abstract deadline to plan for")
        template = planner.template_for(venue, snap.templates, selection.template)
        found.append(
            planner.make_plan(venue, deadline, snap.today, template, fallbacks)
        )
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
    venues = [snap.venues[p.venue] for p in chosen] if with_deadlines else []
    return build_feed(
        venues,
        chosen,
        name=name or calendar_name(selection, "Paper plans"),
        hosts=snap.venues,
        alarms=selection.alarms,
    )
