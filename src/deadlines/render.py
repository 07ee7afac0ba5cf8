"""Turn data into text: terminal tables and JSON-ready dicts. Nothing here prints."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from deadlines.choose import Candidate, Window, notification_day
from deadlines.models import Deadline, Venue, VenueKind
from deadlines.plan import Plan


def iso_utc(instant: dt.datetime) -> str:
    return instant.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def venue_label(venue: Venue, parent: Venue | None) -> str:
    """``CVPR 2027``, or ``CVMI 2027 @ CVPR 2027`` for a workshop."""
    if venue.kind is VenueKind.WORKSHOP:
        host = parent.name if parent else venue.edition.parent or "?"
        return f"{venue.name} @ {host}"
    return venue.name


def deadline_json(deadline: Deadline, tz: dt.tzinfo | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "kind": deadline.kind.value,
        "track": deadline.track,
        "utc": iso_utc(deadline.utc),
        "stated": deadline.stated(),
        "zone": deadline.zone,
        "zone_assumed": deadline.zone_assumed,
        "status": deadline.status.value,
        "source": deadline.source,
        "basis": deadline.basis,
        "spread_days": deadline.spread,
    }
    if tz is not None:
        out["local"] = deadline.utc.astimezone(tz).isoformat()
    if deadline.label:
        out["label"] = deadline.label
    if deadline.note:
        out["note"] = deadline.note
    if deadline.history:
        out["history"] = [h.model_dump(mode="json", exclude_none=True) for h in deadline.history]
    return out


def venue_json(venue: Venue, parent: Venue | None = None) -> dict[str, Any]:
    edition, series = venue.edition, venue.series
    return {
        "id": venue.id,
        "name": venue.name,
        "series": series.id,
        "full_name": series.full_name,
        "kind": series.kind.value,
        "parent": edition.parent,
        "parent_name": parent.name if parent else None,
        "year": edition.year,
        "tags": list(series.tags),
        "rank": series.rank.model_dump(exclude_none=True),
        "url": venue.url,
        "location": edition.location,
        "start": edition.start.isoformat() if edition.start else None,
        "end": edition.end.isoformat() if edition.end else None,
        "archival": edition.archival,
        "estimated": edition.estimated,
    }


def candidate_json(c: Candidate, tz: dt.tzinfo) -> dict[str, Any]:
    return {
        **venue_json(c.venue, c.parent),
        "deadline": deadline_json(c.deadline, tz),
        "days_left": c.days_left,
        "work_start": c.work_start.isoformat(),
        "plan": {
            "template": c.plan.template,
            "status": c.plan.status,
            "missing_days": c.plan.missing_days,
            "shrunk": list(c.plan.shrunk),
            "fallback": c.plan.fallback,
        },
    }


def _status(deadline: Deadline) -> str:
    """``announced``, or ``estimated ± 6 d`` with the estimate's range."""
    return " ".join(filter(None, [deadline.status.value, deadline.range_text()]))


def plan_status(plan: Plan) -> str:
    """``ok``, ``tight``, ``infeasible (12d short)`` or ``passed``."""
    if plan.status == "infeasible":
        return f"infeasible ({plan.missing_days}d short)"
    return plan.status


def plan_json(plan: Plan, venues: Mapping[str, Venue]) -> dict[str, Any]:
    venue = venues[plan.venue]
    notified, assumed = notification_day(venue, plan.deadline)
    fallback = venues.get(plan.fallback) if plan.fallback else None
    return {
        **plan.model_dump(mode="json", exclude={"deadline", "milestones"}),
        "deadline": deadline_json(plan.deadline),
        "notification": {"day": notified.isoformat(), "assumed": assumed},
        "fallback": (
            None if fallback is None else {**venue_json(fallback), "why": plan.fallback_why}
        ),
        "milestones": [m.model_dump(mode="json") for m in plan.milestones],
    }


def _table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    rows = list(rows)
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = []
    for row in [header, *rows]:
        cells = [str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)]
        lines.append("  ".join(cells).rstrip())
    return lines


def format_next(
    found: Sequence[Candidate],
    window: Window,
    tzname: str,
    *,
    months: int,
    grouped: Callable[[Candidate], bool] = lambda _: False,
) -> str:
    """The `deadlines next` table; generic workshop estimates are summarised per host."""
    head = (
        f"Deadlines about {months} months from {window.today} "
        f"({window.first} to {window.last}), times in {tzname}"
    )
    shown = [c for c in found if not grouped(c)]
    folded = [c for c in found if grouped(c)]
    lines = [head, ""]
    lines += _table(
        (
            "VENUE",
            "KIND",
            f"DEADLINE ({tzname})",
            "AS STATED",
            "LEFT",
            "STATUS",
            "PLAN",
            "START WORK",
        ),
        (
            (
                venue_label(c.venue, c.parent)
                + (f" ({c.deadline.track})" if c.deadline.track else ""),
                c.venue.kind.value
                if c.deadline.kind.value == "paper"
                else f"{c.venue.kind.value}, {c.deadline.kind.value}",
                c.local.strftime("%Y-%m-%d %H:%M %a"),
                c.deadline.stated(),
                f"{c.days_left}d",
                _status(c.deadline),
                plan_status(c.plan),
                c.work_start.isoformat(),
            )
            for c in shown
        ),
    )
    if folded:
        lines.append("")
        by_host: dict[str, list[Candidate]] = {}
        for c in folded:
            by_host.setdefault(c.parent.name if c.parent else "?", []).append(c)
        for host, group in by_host.items():
            first = min(c.local for c in group)
            lines.append(
                f"+ {len(group)} more {host} workshops, estimated around {first:%Y-%m-%d} "
                f"from the typical {host.split()[0]} workshop deadline "
                f"(`deadlines list --parent {group[0].venue.edition.parent}`)"
            )
    lines.append("")
    if any(c.estimated for c in found):
        lines.append(
            "estimated: projected from past editions, ± the series' own backtest error; "
            "`deadlines show ID` says from what."
        )
    lines.append(
        "PLAN: whether the phases fit from today (tight: shrunk toward their minimums); "
        "`deadlines plan ID` shows the milestones."
    )
    return "\n".join(lines)


def _days(n: int) -> str:
    return "1 day" if n == 1 else f"{n} days"


def format_plan(plan: Plan, venues: Mapping[str, Venue], tz: dt.tzinfo, tzname: str) -> str:
    """The `deadlines plan` page: status, then every milestone with its dates and what to do."""
    venue = venues[plan.venue]
    d = plan.deadline
    parent = venues.get(venue.edition.parent or "")
    head = [
        f"Plan for {venue_label(venue, parent)}: {d.kind.value} deadline {d.stated()} "
        f"= {d.utc.astimezone(tz):%Y-%m-%d %H:%M %a} {tzname}"
        + (" (ESTIMATED)" if d.estimated else ""),
        f"Template {plan.template}, starting {plan.start}: {plan_status(plan)}",
    ]
    if d.estimated:
        head.append(f"  The date is estimated {d.basis}.")
    if plan.status == "passed":
        head.append(f"  The deadline passed on {plan.due}: nothing left to plan.")
        nxt = venues.get(plan.fallback) if plan.fallback else None
        head.append(
            f"  Aim at {venue_label(nxt, venues.get(nxt.edition.parent or ''))} instead: "
            f"deadlines plan {nxt.id} --start {plan.start}"
            if nxt
            else "  No later venue like it in the catalog yet."
        )
        return "\n".join(head)
    if plan.status == "infeasible":
        head.append(
            f"  Even the shortest phases need {plan.missing_days} more days: work should have "
            f"started on {plan.work_start}. Cut scope, or aim at a later venue."
        )
    elif plan.shrunk:
        head.append(f"  Shrunk toward the minimums: {'; '.join(plan.shrunk)}.")
    if plan.slack_days:
        head.append(
            f"  Every phase has its longest useful length and {_days(plan.slack_days)} are left "
            "over: they are slack after the experiments (see Slack below)."
        )
    rows = []
    for m in plan.milestones:
        when = f"{m.start}" if m.days == 1 and m.kind != "phase" else f"{m.start} → {m.end}"
        long = m.kind in ("phase", "slack")
        rows.append((when, _days(m.days) if long else "", m.name, m.what))
        rows += [("", "", f"  [ ] {item}", "") for item in m.checklist]
    lines = [*head, "", *_table(("WHEN", "LENGTH", "MILESTONE", "WHAT"), rows)]
    notified, assumed = notification_day(venue, d)
    fallback = venues.get(plan.fallback) if plan.fallback else None
    known = "assumed" if assumed else "notification"
    if fallback is not None:
        subs = [x for x in fallback.submission_deadlines() if x.utc.date() > notified]
        when = f", {subs[0].kind.value} deadline {subs[0].stated()}" if subs else ""
        est = " (estimated)" if fallback.edition.estimated else ""
        label = venue_label(fallback, venues.get(fallback.edition.parent or ""))
        lines += ["", f"If rejected ({known} {notified}): aim at {label}{when}{est}."]
        if plan.fallback_why:
            lines.append(f"  Why: {plan.fallback_why}.")
    else:
        lines += ["", f"If rejected ({known} {notified}): no later venue in the catalog yet."]
    return "\n".join(lines)


def format_venues(
    venues: Sequence[Venue], today: dt.date, tz: dt.tzinfo, parents: Mapping[str, Venue]
) -> str:
    """The `deadlines list` table: one line per edition with its next submission deadline."""

    def next_deadline(v: Venue) -> tuple[str, str, str]:
        subs = v.submission_deadlines()
        future = [d for d in subs if d.utc.astimezone(tz).date() >= today]
        pick = min(future or subs, key=lambda d: d.utc, default=None)
        if pick is None:
            return "-", "-", "-"
        return pick.utc.astimezone(tz).strftime("%Y-%m-%d %H:%M"), pick.stated(), pick.status.value

    rows = [
        (
            v.id,
            venue_label(v, parents.get(v.edition.parent or "")),
            v.kind.value,
            ",".join(v.series.tags),
            *next_deadline(v),
        )
        for v in venues
    ]
    return "\n".join(
        _table(("ID", "VENUE", "KIND", "TAGS", "SUBMISSION", "AS STATED", "STATUS"), rows)
    )


def format_show(
    venue: Venue, parent: Venue | None, tz: dt.tzinfo, tzname: str, workshops: Sequence[Venue] = ()
) -> str:
    """The `deadlines show` page: every deadline with its zone, source and history."""
    ed, series = venue.edition, venue.series
    lines = [f"{venue.name}" + (f" — {series.full_name}" if series.full_name else "")]
    facts = [
        ("id", venue.id),
        ("kind", series.kind.value + (f" of {parent.name}" if parent else "")),
        ("tags", ", ".join(series.tags)),
        (
            "rank",
            ", ".join(
                f"{k.upper()} {v}" for k, v in series.rank.model_dump(exclude_none=True).items()
            ),
        ),
        ("when", f"{ed.start} to {ed.end}" if ed.start and ed.end else (str(ed.start or ""))),
        ("where", ed.location or ""),
        ("archival", {True: "yes", False: "no", None: ""}[ed.archival]),
        ("url", venue.url or ""),
        ("note", ed.note or ""),
    ]
    lines += [f"  {k:<9}{v}" for k, v in facts if v]
    lines += ["", f"  Deadlines (times in {tzname}):"]
    for d in sorted(ed.deadlines, key=lambda d: (d.utc, d.kind.value)):
        what = d.kind.value + (f" ({d.track})" if d.track else "")
        lines.append(
            f"  {what:<28}{d.utc.astimezone(tz):%Y-%m-%d %H:%M %a}   stated {d.stated()}"
            + (f"   ESTIMATED {d.range_text()}".rstrip() if d.estimated else "")
        )
        for h in d.history:
            lines.append(f"  {'':<28}moved from {h.at} {h.zone or d.zone}")
        if d.basis:
            lines.append(f"  {'':<28}estimate {d.basis}")
        if d.source:
            lines.append(f"  {'':<28}source {d.source}")
        if d.zone_note:
            lines.append(f"  {'':<28}note: {d.zone_note}")
    if not ed.deadlines:
        lines.append("  (none known)")
    if workshops:
        lines += [
            "",
            f"  Workshops ({len(workshops)}): " + ", ".join(w.series.name for w in workshops),
        ]
    return "\n".join(lines)


_PROBLEMS_SHOWN = 50  # per source, in the text output of a refresh


def format_refresh(report: Any) -> str:
    """Render a refresh report (`refresh.Report`): one line per change, conflict, failure."""
    lines = []
    ok = [s for s in report.sources if s.error is None and s.type != "file"]
    fetched = sum(s.pages for s in report.sources)
    unchanged = sum(s.not_modified for s in report.sources)
    lines.append(
        f"refreshed {len(ok)} of {len([s for s in report.sources if s.type != 'file'])} "
        f"sources ({fetched} pages, {unchanged} unchanged since last time)"
    )
    lines.extend(f"new: {venue}" for venue in report.new_venues)
    for m in report.moved:
        track = f" ({m.track})" if m.track else ""
        lines.append(f"moved: {m.venue} {m.kind}{track}: {m.old} -> {m.new} [{m.source}]")
    for c in report.conflicts:
        track = f" ({c.track})" if c.track else ""
        lines.append(f"conflict: {c.venue} {c.kind}{track}: {c.kept} vs {c.other}; {c.why}")
    lines.extend(f"filled: {item}" for item in report.filled)
    for s in report.sources:
        if s.error is not None:
            lines.append(f"failed: {s.name}: {s.error}")
        elif s.type == "file":
            lines.extend(f"note: {p}" for p in s.problems)
        else:  # what a source's pages said that was not understood, page by page
            lines.extend(f"problem: {s.name}: {p}" for p in s.problems[:_PROBLEMS_SHOWN])
            if len(s.problems) > _PROBLEMS_SHOWN:
                hidden = len(s.problems) - _PROBLEMS_SHOWN
                lines.append(f"problem: {s.name}: ... and {hidden} more")
    if report.dry_run:
        lines.append(f"dry run: {report.overlay} not written")
    elif report.written:
        lines.append(f"overlay: {report.overlay}")
    if report.partial:
        lines.append("partial: some sources failed; what they gave before is kept")
    return "\n".join(lines)


def progress_bar(stream: Any, width: int = 30) -> Callable[[str, int, int], None]:
    """Return a callback drawing `[#####     ] 3/10 host` on a terminal."""

    def draw(url: str, done: int, total: int) -> None:
        filled = width * done // max(total, 1)
        host = url.split("/")[2] if "//" in url else url
        stream.write(f"\r[{'#' * filled}{' ' * (width - filled)}] {done}/{total} {host[:40]:<40}")
        stream.flush()

    return draw
