"""Render deadlines and plan milestones as an iCalendar feed (RFC 5545, RFC 7986).

The same input gives the same bytes, so ETags stay put and subscribed clients update
events in place instead of duplicating them. The rules:

* **UID** from what an event is, never from a date or a random number:
  ``{venue}-{kind}[-{track}]@deadlines`` for a deadline (a label, then a count, tells two
  of one kind apart) and ``{venue}-plan-{milestone}[-{track}]@deadlines`` for a milestone.
* **SEQUENCE** counts how often the event's time moved (RFC 5545 §3.8.7.4): the length of
  the deadline's history, plus one once it is announced (0 is left to the estimate that
  may have come first, so the announcement updates it). Milestones carry their deadline's.
* **DTSTAMP = LAST-MODIFIED** = `EPOCH` + SEQUENCE seconds. The catalog does not record
  when a date changed, only how often, so this is the one stamp derivable from the data that
  goes up with every move and never lies in the future. The feed has no METHOD, so DTSTAMP
  means "last revised" (§3.8.7.2), not "generated now". An edit that moves no time (a note,
  a URL) changes neither: clients re-read subscribed feeds whole, so they still see it.
* **Deadlines** are timed events in UTC, so there is no TZID and no VTIMEZONE; they last the
  closing minute (§3.8.2.2: DTEND must be after DTSTART). The stated zone is in the title.
* **Milestones** are all-day events: DTEND is the day after the last (exclusive, §3.6.1).
  A plan's one-day dates (hard stop, submission, later dates) are left out when the feed
  already has that venue's deadlines as timed events.
* Everything is transparent (§3.8.2.7): a deadline does not make anyone busy.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from icalendar import Alarm, Calendar, Event
from icalendar.prop import vDuration, vText

from deadlines.errors import DeadlinesError
from deadlines.models import Deadline, DeadlineKind, Venue, VenueKind
from deadlines.plan import KIND_PHRASES, Milestone, Plan, deadline_keys, slug
from deadlines.render import venue_label

PRODID = "-//deadlines//deadlines//EN"
DOMAIN = "deadlines"
EPOCH = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
CLOSING = dt.timedelta(minutes=1)
# Dates that only inform (nothing to do by then) get no reminder.
NO_ALARM = frozenset(
    {DeadlineKind.NOTIFICATION, DeadlineKind.REVIEW_RELEASE, DeadlineKind.REBUTTAL_START}
)

Entry = Venue | tuple[Venue, Sequence[Deadline]]


def sequence(deadline: Deadline) -> int:
    """Return how often the deadline's time moved, counting the estimate it replaced."""
    return len(deadline.history) + (0 if deadline.estimated else 1)


def revised(deadline: Deadline) -> dt.datetime:
    """Return the deadline's DTSTAMP and LAST-MODIFIED (see the module docstring)."""
    return EPOCH + dt.timedelta(seconds=sequence(deadline))


def _keys(venue: Venue, deadlines: Sequence[Deadline]) -> list[str]:
    """Key each deadline as it is keyed among all of its edition's deadlines."""
    everything = venue.edition.deadlines
    by_id = dict(zip(map(id, everything), deadline_keys(everything), strict=True))
    if all(id(d) in by_id for d in deadlines):
        return [by_id[id(d)] for d in deadlines]
    return deadline_keys(deadlines)  # copies, not the edition's own: key them alone


def _zone(deadline: Deadline) -> str:
    return f"{deadline.zone}?" if deadline.zone_assumed else deadline.zone


def deadline_summary(venue: Venue, deadline: Deadline, host: Venue | None = None) -> str:
    """``CVPR 2027 paper deadline (AoE)``; workshops name their host, estimates say so."""
    phrase = deadline.label if deadline.kind is DeadlineKind.OTHER and deadline.label else None
    text = f"{venue_label(venue, host)} {phrase or KIND_PHRASES[deadline.kind]}"
    if deadline.track:
        text += f", {deadline.track}"
    text += f" ({_zone(deadline)})"
    return text + " (estimated)" if deadline.estimated else text


def _description(venue: Venue, deadline: Deadline, host: Venue | None) -> str:
    lines = [f"{deadline.stated()} = {deadline.utc:%Y-%m-%d %H:%M} UTC"]
    if not deadline.time_stated:
        lines.append("No time stated: read as the end of the day")
    if deadline.track:
        lines.append(f"Track: {deadline.track}")
    if deadline.label:
        lines.append(f"Named: {deadline.label}")
    if deadline.estimated:
        lines.append(f"Estimate: {deadline.basis}")
    if deadline.source:
        lines.append(f"Source: {deadline.source}")
    if deadline.history:
        earlier = ", ".join(f"{h.at} {h.zone or deadline.zone}" for h in deadline.history)
        lines.append(f"Moved from: {earlier}")
    if deadline.note:
        lines.append(f"Note: {deadline.note}")
    if deadline.zone_note:
        lines.append(f"Zone: {deadline.zone_note}")
    if venue.kind is VenueKind.WORKSHOP:
        where = f"Workshop at {host.name if host else venue.edition.parent}"
        archival = venue.edition.archival
        if archival is not None:
            where += ", archival" if archival else ", non-archival"
        lines.append(where)
    return "\n".join(lines)


def _stamp(event: Event, deadline: Deadline) -> None:
    when = revised(deadline)
    event.add("dtstamp", when)
    event.add("last-modified", when)
    event.add("sequence", sequence(deadline))


def deadline_event(
    venue: Venue,
    deadline: Deadline,
    key: str,
    host: Venue | None = None,
    alarms: Sequence[dt.timedelta] = (),
) -> Event:
    """Return the timed UTC event of one deadline."""
    summary = deadline_summary(venue, deadline, host)
    event = Event()
    event.add("uid", f"{venue.id}-{key}@{DOMAIN}")
    _stamp(event, deadline)
    event.add("summary", summary)
    event.add("dtstart", deadline.utc)
    event.add("dtend", deadline.utc + CLOSING)
    event.add("transp", "TRANSPARENT")
    event.add("status", "TENTATIVE" if deadline.estimated else "CONFIRMED")
    url = venue.url or deadline.source
    if url and url.lower().startswith(("https://", "http://")):  # a link: never file: or data:
        event.add("url", url)
    event.add("categories", list(dict.fromkeys([*venue.series.tags, deadline.kind.value])))
    event.add("description", _description(venue, deadline, host))
    for before in () if deadline.kind in NO_ALARM else alarms:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        alarm.add("trigger", -before)  # relative to DTSTART (RFC 5545 §3.8.6.3)
        event.add_component(alarm)
    return event


def milestone_event(plan: Plan, milestone: Milestone) -> Event:
    """Return the all-day event of one plan milestone."""
    track = f"-{slug(plan.deadline.track)}" if plan.deadline.track else ""
    event = Event()
    event.add("uid", f"{plan.venue}-plan-{milestone.key}{track}@{DOMAIN}")
    _stamp(event, plan.deadline)
    summary = f"{plan.venue_name}: {milestone.name}"
    event.add("summary", summary + " (estimated)" if plan.deadline.estimated else summary)
    event.add("dtstart", milestone.start)
    event.add("dtend", milestone.end + dt.timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    event.add("categories", ["plan", milestone.kind])
    lines = [milestone.what] if milestone.what else []
    lines += [f"- {item}" for item in milestone.checklist]
    days = "1 day" if milestone.days == 1 else f"{milestone.days} days"
    lines.append(f"{days}: {milestone.start} to {milestone.end}")
    status = f"Plan: {plan.template} template, {plan.status}"
    if plan.missing_days:
        status += f", {plan.missing_days} days missing"
    if plan.shrunk:
        status += f" (shrunk: {'; '.join(plan.shrunk)})"
    lines.append(status)
    event.add("description", "\n".join(lines))
    return event


def _order(event: Event) -> tuple[dt.datetime, str]:
    start = event.decoded("dtstart")
    if not isinstance(start, dt.datetime):
        start = dt.datetime.combine(start, dt.time(), dt.UTC)
    return start, str(event["uid"])


def build_feed(
    venues_with_deadlines: Iterable[Entry],
    plans: Iterable[Plan] = (),
    *,
    name: str,
    hosts: Mapping[str, Venue] | None = None,
    refresh: dt.timedelta = dt.timedelta(hours=12),
    alarms: Sequence[dt.timedelta] = (),
) -> bytes:
    """Return the feed of the given deadlines and plan milestones, as bytes.

    An entry is a venue (all of its deadlines) or a ``(venue, deadlines)`` pair. `hosts`
    maps an edition id to its venue, to name a workshop's host. `alarms` adds reminders
    that long before each deadline with something to do (not before a notification).
    """
    hosts = hosts or {}
    events: list[Event] = []
    covered: set[str] = set()
    for entry in venues_with_deadlines:
        venue, deadlines = entry if isinstance(entry, tuple) else (entry, entry.edition.deadlines)
        covered.add(venue.id)
        host = hosts.get(venue.edition.parent) if venue.edition.parent else None
        for key, deadline in zip(_keys(venue, deadlines), deadlines, strict=True):
            events.append(deadline_event(venue, deadline, key, host, alarms))
    for plan in plans:
        events.extend(
            milestone_event(plan, m)
            for m in plan.milestones
            if m.kind == "phase" or plan.venue not in covered
        )

    uids = Counter(str(e["uid"]) for e in events)
    if dup := next((uid for uid, n in uids.items() if n > 1), None):
        raise DeadlinesError(f"two events of the feed would share the UID {dup}; list each once")

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    # NAME (RFC 7986 §5.1) is TEXT, but icalendar 7.3 writes it (and X-WR-CALNAME) as an
    # unknown type, without escaping commas and semicolons: give it the type itself.
    calendar.add("name", vText(name))
    calendar.add("x-wr-calname", vText(name))
    # RFC 7986 §5.7 requires the VALUE parameter; X-PUBLISHED-TTL is its older, Microsoft form.
    calendar.add("refresh-interval", refresh, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(refresh))
    for event in sorted(events, key=_order):
        calendar.add_component(event)
    return bytes(calendar.to_ical())
