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
from typing import TYPE_CHECKING, Literal

from icalendar import Alarm, Calendar, Event
from icalendar.prop import vDuration, vText

from deadlines.errors import DeadlinesError
from deadlines.models import Deadline, DeadlineKind, Venue, VenueKind
from deadlines.plan import KIND_PHRASES, Milestone, Plan, deadline_keys, slug
from deadlines.render import venue_label

if TYPE_CHECKING:
    from deadlines.papers import Committed

PRODID = "-//deadlines//deadlines//EN"
DOMAIN = "deadlines"
EPOCH = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
CLOSING = dt.timedelta(minutes=1)
WEB_LINK = ("https://", "http://")
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
        if deadline.spread is not None:
            lines.append(
                f"Range: {deadline.wall.date()} {deadline.range_text()} "
                "(from the series' own backtest)"
            )
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
    # Only web links: a catalog's `javascript:` URL must not become a link in a calendar app.
    links = (u for u in (venue.url, deadline.source) if u and u.lower().startswith(WEB_LINK))
    if url := next(links, None):
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


def _milestone_summary(plan: Plan, summary: str) -> str:
    return summary + " (estimated)" if plan.deadline.estimated else summary


def _milestone_description(plan: Plan, milestone: Milestone) -> str:
    """What to do in the milestone, its days and the plan's state."""
    lines = [milestone.what] if milestone.what else []
    lines += [f"- {item}" for item in milestone.checklist]
    days = "1 day" if milestone.days == 1 else f"{milestone.days} days"
    lines.append(f"{days}: {milestone.start} to {milestone.end}")
    status = f"Plan: {plan.template} template, {plan.status}"
    if plan.missing_days:
        status += f", {plan.missing_days} days missing"
    if plan.slack_days:
        status += f", {plan.slack_days} days of slack"
    if plan.shrunk:
        status += f" (shrunk: {'; '.join(plan.shrunk)})"
    lines.append(status)
    return "\n".join(lines)


def _all_day(event: Event, plan: Plan, milestone: Milestone, summary: str) -> None:
    """Fill an all-day milestone event: summary, days, what to do and the plan's state."""
    event.add("summary", _milestone_summary(plan, summary))
    event.add("dtstart", milestone.start)
    event.add("dtend", milestone.end + dt.timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    event.add("categories", ["plan", milestone.kind])
    event.add("description", _milestone_description(plan, milestone))


def _track(plan: Plan) -> str:
    return f"-{slug(plan.deadline.track)}" if plan.deadline.track else ""


def milestone_event(plan: Plan, milestone: Milestone) -> Event:
    """Return the all-day event of one milestone of a suggested plan."""
    event = Event()
    event.add("uid", _milestone_uid(plan, milestone))
    _stamp(event, plan.deadline)
    _all_day(event, plan, milestone, f"{plan.venue_name}: {milestone.name}")
    return event


def paper_event(committed: Committed, milestone: Milestone) -> Event:
    """Return the all-day event of one milestone of a committed paper.

    The UID names the paper, its venue and the milestone: a reject or a move to another
    venue replaces the events, a moved deadline or a changed paper updates them in place.
    """
    from deadlines import papers

    paper, plan = committed.paper, committed.plan
    event = Event()
    event.add("uid", _paper_uid(committed, milestone))
    when = papers.revised(paper, plan)
    event.add("dtstamp", when)
    event.add("last-modified", when)
    event.add("sequence", papers.sequence(paper, plan))
    _all_day(event, plan, milestone, f"{paper.label} paper: {milestone.name}")
    event["description"] = vText(f"{_paper_heading(committed, milestone)}\n{event['description']}")
    return event


def _milestone_uid(plan: Plan, milestone: Milestone) -> str:
    return f"{plan.venue}-plan-{milestone.key}{_track(plan)}@{DOMAIN}"


def _paper_uid(committed: Committed, milestone: Milestone) -> str:
    plan = committed.plan
    return f"paper-{committed.paper.id}-{plan.venue}-{milestone.key}{_track(plan)}@{DOMAIN}"


def _paper_heading(committed: Committed, milestone: Milestone) -> str:
    """The paper's title and venue, and who works on the milestone."""
    paper = committed.paper
    who = [p.name for p in paper.people if p.role in milestone.roles]
    extra = f"{paper.title} — for {committed.plan.venue_name}"
    if who:
        extra += f"\nWho: {', '.join(who)}"
    return extra


# The text writer: the same bytes as the icalendar-built feed (tests compare the two on the
# whole shipped catalog), written straight from the data. Building an icalendar Event and
# serialising it took about a millisecond an event, a minute for ten thousand venues.

_FOLD = 75  # octets: a folded line holds at most 74 plus the CRLF (as icalendar folds)
_DONE = "END:VEVENT"


def _fold(line: str) -> str:
    """Fold a content line as icalendar 7 does: the most whole characters that fit in 74
    octets, but never ending on a backslash or caret (an escape stays whole, icalendar
    issue #1501)."""
    data = line.encode()
    if len(data) < _FOLD:
        return line
    parts = []
    start = 0
    while len(data) - start >= _FOLD:
        end = start + _FOLD - 1
        while data[end] & 0xC0 == 0x80:  # inside a UTF-8 sequence: fold before it
            end -= 1
        if data[end - 1] in b"\\^":
            end -= 1
        parts.append(data[start:end])
        start = end
    parts.append(data[start:])
    return b"\r\n ".join(parts).decode()


def _text(value: str) -> str:
    """Escape a TEXT value (RFC 5545 §3.3.11) as icalendar does."""
    return (
        value.replace(r"\N", "\n")
        .replace("\\", "\\\\")
        .replace(";", r"\;")
        .replace(",", r"\,")
        .replace("\r\n", r"\n")
        .replace("\n", r"\n")
        .replace("\r", r"\n")
    )


def _utc_text(when: dt.datetime) -> str:
    """A UTC DATE-TIME value, ``20270224T115900Z``."""
    if when.utcoffset() != dt.timedelta(0):
        raise ValueError(f"{when} is not in UTC")
    iso = when.isoformat()  # 2027-02-24T11:59:00+00:00, much faster than strftime
    return f"{iso[:4]}{iso[5:7]}{iso[8:13]}{iso[14:16]}{iso[17:19]}Z"


def _duration(delta: dt.timedelta) -> str:
    """A DURATION value (RFC 5545 §3.3.6) as icalendar writes it: days, then H, M, S."""
    sign = "-" if delta.days < 0 else ""
    delta = abs(delta)
    time = ""
    if delta.seconds:
        hours, rest = divmod(delta.seconds, 3600)
        minutes, seconds = divmod(rest, 60)
        time = "T" + (f"{hours}H" if hours else "")
        time += f"{minutes}M" if minutes or (hours and seconds) else ""
        time += f"{seconds}S" if seconds else ""
    if delta.days == 0 and time:
        return f"{sign}P{time}"
    return f"{sign}P{delta.days}D{time}"


def _event_text(lines: list[str]) -> str:
    return "\r\n".join(map(_fold, ["BEGIN:VEVENT", *lines, _DONE])) + "\r\n"


def _deadline_text(
    venue: Venue,
    deadline: Deadline,
    key: str,
    host: Venue | None,
    alarms: Sequence[dt.timedelta],
) -> str:
    """`deadline_event`, as text."""
    summary = _text(deadline_summary(venue, deadline, host))
    stamp = _utc_text(revised(deadline))
    lines = [
        f"SUMMARY:{summary}",
        f"DTSTART:{_utc_text(deadline.utc)}",
        f"DTEND:{_utc_text(deadline.utc + CLOSING)}",
        f"DTSTAMP:{stamp}",
        f"UID:{_text(f'{venue.id}-{key}@{DOMAIN}')}",
        f"SEQUENCE:{sequence(deadline)}",
        "CATEGORIES:"
        + ",".join(_text(c) for c in dict.fromkeys([*venue.series.tags, deadline.kind.value])),
        f"DESCRIPTION:{_text(_description(venue, deadline, host))}",
        f"LAST-MODIFIED:{stamp}",
        f"STATUS:{'TENTATIVE' if deadline.estimated else 'CONFIRMED'}",
        "TRANSP:TRANSPARENT",
    ]
    if url := venue.url or deadline.source:
        lines.append(f"URL:{url}")
    for before in () if deadline.kind in NO_ALARM else alarms:
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{summary}",
            f"TRIGGER:{_duration(-before)}",
            "END:VALARM",
        ]
    return _event_text(lines)


def _all_day_text(
    plan: Plan,
    milestone: Milestone,
    *,
    uid: str,
    when: dt.datetime,
    seq: int,
    summary: str,
    description: str,
) -> str:
    """`milestone_event` and `paper_event`, as text."""
    stamp = _utc_text(when)
    return _event_text(
        [
            f"SUMMARY:{_text(_milestone_summary(plan, summary))}",
            f"DTSTART;VALUE=DATE:{milestone.start:%Y%m%d}",
            f"DTEND;VALUE=DATE:{milestone.end + dt.timedelta(days=1):%Y%m%d}",
            f"DTSTAMP:{stamp}",
            f"UID:{_text(uid)}",
            f"SEQUENCE:{seq}",
            f"CATEGORIES:plan,{_text(milestone.kind)}",
            f"DESCRIPTION:{_text(description)}",
            f"LAST-MODIFIED:{stamp}",
            "TRANSP:TRANSPARENT",
        ]
    )


def _day_order(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), dt.UTC)


def _feed_text(
    entries: Iterable[tuple[Venue, Sequence[Deadline]]],
    plans: Iterable[Plan],
    committed: Iterable[Committed],
    *,
    hosts: Mapping[str, Venue],
    alarms: Sequence[dt.timedelta],
) -> list[tuple[tuple[dt.datetime, str], str]]:
    """Every event of the feed as ((start, uid), text)."""
    from deadlines import papers

    events: list[tuple[tuple[dt.datetime, str], str]] = []
    covered: set[str] = set()
    for venue, deadlines in entries:
        covered.add(venue.id)
        host = hosts.get(venue.edition.parent) if venue.edition.parent else None
        for key, deadline in zip(_keys(venue, deadlines), deadlines, strict=True):
            text = _deadline_text(venue, deadline, key, host, alarms)
            events.append(((deadline.utc, f"{venue.id}-{key}@{DOMAIN}"), text))
    for plan in plans:
        when, seq = revised(plan.deadline), sequence(plan.deadline)
        for m in plan.milestones:
            if m.kind in ("phase", "slack") or plan.venue not in covered:
                uid = _milestone_uid(plan, m)
                name = f"{plan.venue_name}: {m.name}"
                text = _all_day_text(
                    plan,
                    m,
                    uid=uid,
                    when=when,
                    seq=seq,
                    summary=name,
                    description=_milestone_description(plan, m),
                )
                events.append(((_day_order(m.start), uid), text))
    for item in committed:
        paper, plan = item.paper, item.plan
        when, seq = papers.revised(paper, plan), papers.sequence(paper, plan)
        for m in item.milestones:
            uid = _paper_uid(item, m)
            name = f"{paper.label} paper: {m.name}"
            description = f"{_paper_heading(item, m)}\n{_milestone_description(plan, m)}"
            text = _all_day_text(
                plan, m, uid=uid, when=when, seq=seq, summary=name, description=description
            )
            events.append(((_day_order(m.start), uid), text))
    return events


def _calendar_head(name: str, refresh: dt.timedelta) -> str:
    every = _duration(refresh)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{_text(PRODID)}",
        "CALSCALE:GREGORIAN",
        f"NAME:{_text(name)}",
        f"X-WR-CALNAME:{_text(name)}",
        f"REFRESH-INTERVAL;VALUE=DURATION:{every}",
        f"X-PUBLISHED-TTL:{every}",
    ]
    return "\r\n".join(map(_fold, lines)) + "\r\n"


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
    committed: Iterable[Committed] = (),
    writer: Literal["text", "icalendar"] = "text",
) -> bytes:
    """Return the feed of the given deadlines and plan milestones, as bytes.

    An entry is a venue (all of its deadlines) or a ``(venue, deadlines)`` pair. `hosts`
    maps an edition id to its venue, to name a workshop's host. `alarms` adds reminders
    that long before each deadline with something to do (not before a notification).
    `writer` "icalendar" builds the feed with the icalendar library instead of writing the
    text directly: the same bytes, many times slower (the reference the tests compare with).
    """
    hosts = hosts or {}
    if writer == "text":
        pairs = (
            entry if isinstance(entry, tuple) else (entry, entry.edition.deadlines)
            for entry in venues_with_deadlines
        )
        texts = _feed_text(pairs, plans, committed, hosts=hosts, alarms=alarms)
        uids = Counter(uid for (_, uid), _ in texts)
        if dup := next((uid for uid, n in uids.items() if n > 1), None):
            raise DeadlinesError(
                f"two events of the feed would share the UID {dup}; list each once"
            )
        texts.sort(key=lambda item: item[0])
        body = "".join(text for _, text in texts)
        return f"{_calendar_head(name, refresh)}{body}END:VCALENDAR\r\n".encode()
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
            if m.kind in ("phase", "slack") or plan.venue not in covered
        )
    for paper in committed:
        events.extend(paper_event(paper, m) for m in paper.milestones)

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


def single_event(venue: Venue, deadline: Deadline, host: Venue | None = None) -> bytes:
    """Return a calendar of one deadline, to import once (its UID is the feed's)."""
    (key,) = _keys(venue, [deadline])
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add_component(deadline_event(venue, deadline, key, host))
    return bytes(calendar.to_ical())
