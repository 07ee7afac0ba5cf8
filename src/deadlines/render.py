"""Turn data into text: terminal tables and JSON-ready dicts. Nothing here prints."""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from deadlines.choose import Candidate, Window, notification_day
from deadlines.models import Deadline, Venue, VenueKind
from deadlines.plan import Fit, Plan


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
        out["history"] = [h.to_json(exclude_none=True) for h in deadline.history]
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
        "rank": series.rank.to_json(exclude_none=True),
        "url": venue.url,
        "location": edition.location,
        "start": edition.start.isoformat() if edition.start else None,
        "end": edition.end.isoformat() if edition.end else None,
        "archival": edition.archival,
        "papers": edition.papers,
        "estimated": edition.estimated,
    }


def candidate_json(c: Candidate, tz: dt.tzinfo) -> dict[str, Any]:
    return {
        **venue_json(c.venue, c.parent),
        "deadline": deadline_json(c.deadline, tz),
        "days_left": c.days_left,
        "work_start": c.work_start.isoformat(),
        "start_by": c.start_by.isoformat(),
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


def plan_status(plan: Plan | Fit) -> str:
    """``ok``, ``tight``, ``infeasible (12d short)`` or ``passed``."""
    if plan.status == "infeasible":
        return f"infeasible ({plan.missing_days}d short)"
    return plan.status


def plan_json(plan: Plan, venues: Mapping[str, Venue]) -> dict[str, Any]:
    venue = venues[plan.venue]
    notified, assumed = notification_day(venue, plan.deadline)
    fallback = venues.get(plan.fallback) if plan.fallback else None
    return {
        **plan.to_json(exclude={"deadline", "milestones"}),
        "deadline": deadline_json(plan.deadline),
        "notification": {"day": notified.isoformat(), "assumed": assumed},
        "fallback": (
            None if fallback is None else {**venue_json(fallback), "why": plan.fallback_why}
        ),
        "milestones": [m.to_json() for m in plan.milestones],
    }


ANSI = {"red": "31", "yellow": "33", "green": "32", "dim": "2", "bold": "1"}
GAP = 2  # spaces between columns


@dataclass(frozen=True)
class Col:
    """A table column: its title, the width it may shrink to (its cells then wrap), and
    when it gives way on a narrow terminal (lowest `drop` first; 0: never)."""

    title: str
    min: int = 0
    drop: int = 0
    squeeze: int = 1  # flexible columns shrink in this order, the widest first within one


@dataclass(frozen=True)
class Styled:
    """A cell's text with a colour for terminals that show colour."""

    text: str
    style: str


Cell = str | Styled


def paint(text: str, style: str | None, colour: bool) -> str:
    """`text` in the ANSI colour `style` when `colour` is on."""
    if not colour or not style or not text:
        return text
    return f"\x1b[{ANSI[style]}m{text}\x1b[0m"


def _text(cell: Cell) -> str:
    return cell.text if isinstance(cell, Styled) else cell


def _style(cell: Cell) -> str | None:
    return cell.style if isinstance(cell, Styled) else None


def _wrap(text: str, width: int) -> list[str]:
    """Lines of at most `width`, broken between words; only a word longer than a line is cut."""
    if len(text) <= width:
        return [text]
    out = []
    for line in textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False):
        out += [line[i : i + width] for i in range(0, len(line), width)]
    return out or [""]


def column_widths(
    cols: Sequence[Col], rows: Sequence[Sequence[Cell]], width: int | None
) -> dict[int, int]:
    """The columns kept and their widths: within `width` if it can be, dropping columns in
    their `drop` order and then shrinking the flexible ones, the widest first."""
    natural = {
        i: max([len(c.title), *(len(_text(r[i])) for r in rows)]) for i, c in enumerate(cols)
    }
    keep = dict(natural)
    if width is None:
        return keep

    def floor(i: int) -> int:
        return min(natural[i], cols[i].min) if cols[i].min else natural[i]

    while sum(floor(i) for i in keep) + GAP * (len(keep) - 1) > width:
        droppable = [i for i in keep if cols[i].drop]
        if not droppable:
            break
        del keep[min(droppable, key=lambda i: cols[i].drop)]
    excess = sum(keep.values()) + GAP * (len(keep) - 1) - width
    while excess > 0:
        flexible = [i for i in keep if keep[i] > floor(i)]
        if not flexible:
            break
        first = min(cols[i].squeeze for i in flexible)
        widest = max(
            (i for i in flexible if cols[i].squeeze == first),
            key=lambda i: (keep[i] - floor(i), keep[i]),
        )
        keep[widest] -= 1
        excess -= 1
    return keep


def table(
    cols: Sequence[Col],
    rows: Iterable[Sequence[Cell]],
    *,
    width: int | None = None,
    colour: bool = False,
) -> list[str]:
    """Lay out a table within `width` columns (None: no limit); long cells wrap inside their
    column, never the row."""
    rows = list(rows)
    widths = column_widths(cols, rows, width)
    lines = []
    header: list[Cell] = [Styled(c.title, "bold") for c in cols]
    for row in [header, *rows]:
        cells = {i: _wrap(_text(row[i]), w) for i, w in widths.items()}
        styles = {i: _style(row[i]) for i in widths}
        for n in range(max(len(c) for c in cells.values())):
            parts = []
            for i, w in widths.items():
                text = cells[i][n] if n < len(cells[i]) else ""
                parts.append(paint(text, styles[i], colour) + " " * (w - len(text)))
            lines.append((" " * GAP).join(parts).rstrip())
    return lines


def fill(text: str, width: int | None, indent: str = "") -> list[str]:
    """A paragraph wrapped to `width` (None: one line), continuation lines indented."""
    if width is None or len(text) <= width:
        return [text]
    lead = len(text) - len(text.lstrip(" "))
    return textwrap.wrap(
        text,
        width,
        initial_indent="",
        subsequent_indent=" " * lead + indent,
        break_long_words=True,
        break_on_hyphens=False,
        drop_whitespace=True,
    ) or [text]


def days_style(days: int) -> str | None:
    """Red inside two weeks, yellow inside a month."""
    return "red" if days < 14 else "yellow" if days < 31 else None


def status_cell(deadline: Deadline) -> Styled:
    return Styled(_status(deadline), "yellow" if deadline.estimated else "green")


def plan_cell(plan: Plan | Fit) -> Styled:
    style = {"ok": "green", "tight": "yellow"}.get(plan.status, "red")
    return Styled(plan_status(plan), style)


KIND_LABELS = {
    "registration": "registration",
    "abstract": "abstract",
    "paper": "paper",
    "supplementary": "supplementary material",
    "commitment": "commitment",
    "review_release": "reviews released",
    "rebuttal_start": "rebuttal starts",
    "rebuttal_end": "rebuttal ends",
    "notification": "notification",
    "camera_ready": "camera-ready",
    "other": "other date",
}


def kind_label(deadline: Deadline) -> str:
    """A deadline kind as people write it: ``camera-ready``, not ``camera_ready``."""
    if deadline.kind.value == "other" and deadline.label:
        return deadline.label
    return KIND_LABELS.get(deadline.kind.value, deadline.kind.value)


def format_next(
    found: Sequence[Candidate],
    window: Window,
    tzname: str,
    *,
    months: int,
    grouped: Callable[[Candidate], bool] = lambda _: False,
    width: int | None = None,
    colour: bool = False,
) -> str:
    """The `deadlines next` table; generic workshop estimates are summarised per host."""
    head = (
        f"Deadlines about {months} month{'' if months == 1 else 's'} from {window.today} "
        f"({window.first} to {window.last}), times in {tzname}"
    )
    shown = [c for c in found if not grouped(c)]
    folded = [c for c in found if grouped(c)]
    lines = [*fill(head, width), ""]
    cols = (
        Col("ID"),  # never wrapped: it is what `deadlines plan ID` takes
        Col("VENUE", min=12),
        Col("KIND", drop=3),
        Col("DEADLINE"),
        Col("AS STATED", drop=1),
        Col("LEFT"),
        Col("STATUS", drop=2),
        Col("PLAN", min=10),
        Col("START BY", drop=4),
    )
    lines += table(
        cols,
        (
            (
                c.venue.id,
                venue_label(c.venue, c.parent)
                + (f" ({c.deadline.track})" if c.deadline.track else ""),
                c.venue.kind.value
                if c.deadline.kind.value == "paper"
                else f"{c.venue.kind.value}, {kind_label(c.deadline)}",
                c.local.strftime("%Y-%m-%d %H:%M") + ("~" if c.estimated else ""),
                c.deadline.stated(),
                Styled(f"{c.days_left}d", days_style(c.days_left) or ""),
                status_cell(c.deadline),
                plan_cell(c.fit),
                c.start_by.isoformat(),
            )
            for c in shown
        ),
        width=width,
        colour=colour,
    )
    if folded:
        lines.append("")
        by_host: dict[str, list[Candidate]] = {}
        for c in folded:
            by_host.setdefault(c.parent.name if c.parent else "?", []).append(c)
        for host, group in by_host.items():
            first = min(c.local for c in group)
            lines += fill(
                f"+ {len(group)} more {host} workshops, estimated around {first:%Y-%m-%d} "
                f"from the typical {host.split()[0]} workshop deadline "
                f"(`deadlines list --parent {group[0].venue.edition.parent}`)",
                width,
                "  ",
            )
    lines.append("")
    if any(c.estimated for c in found):
        lines += fill(
            "~ estimated: projected from past editions, ± the series' own backtest error; "
            "`deadlines show ID` says from what.",
            width,
            "  ",
        )
    lines += fill(
        "PLAN: whether the phases fit from today (tight: shrunk toward their minimums); "
        "START BY: the last day to start with every phase at its ideal length (if past: at "
        "its shortest); `deadlines plan ID` shows the milestones.",
        width,
        "  ",
    )
    return "\n".join(lines)


def _days(n: int) -> str:
    return "1 day" if n == 1 else f"{n} days"


def format_plan(
    plan: Plan,
    venues: Mapping[str, Venue],
    tz: dt.tzinfo,
    tzname: str,
    *,
    width: int | None = None,
    colour: bool = False,
) -> str:
    """The `deadlines plan` page: status, then every milestone with its dates and what to do."""
    venue = venues[plan.venue]
    d = plan.deadline
    parent = venues.get(venue.edition.parent or "")
    head = [
        f"Plan for {venue_label(venue, parent)}: {kind_label(d)} deadline {d.stated()} "
        f"= {d.utc.astimezone(tz):%Y-%m-%d %H:%M %a} {tzname}"
        + (" (ESTIMATED)" if d.estimated else ""),
        f"Template {plan.template}, starting {plan.start}: "
        + paint(plan_status(plan), plan_cell(plan).style, colour),
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
        rows += [("", "", "", f"[ ] {item}") for item in m.checklist]
    cols = (
        Col("WHEN", min=12, squeeze=0),
        Col("LENGTH"),
        Col("MILESTONE", min=16),
        Col("WHAT", min=20, squeeze=2),
    )
    lines = [
        *(line for text in head for line in fill(text, width, "  ")),
        "",
        *table(cols, rows, width=width, colour=colour),
    ]
    notified, assumed = notification_day(venue, d)
    fallback = venues.get(plan.fallback) if plan.fallback else None
    known = "assumed" if assumed else "notification"
    if fallback is not None:
        subs = [x for x in fallback.submission_deadlines() if x.utc.date() > notified]
        when = f", {kind_label(subs[0])} deadline {subs[0].stated()}" if subs else ""
        est = " (estimated)" if fallback.edition.estimated else ""
        label = venue_label(fallback, venues.get(fallback.edition.parent or ""))
        lines += ["", *fill(f"If rejected ({known} {notified}): aim at {label}{when}{est}.", width)]
        if plan.fallback_why:
            lines += fill(f"  Why: {plan.fallback_why}.", width, "    ")
    else:
        lines += [
            "",
            *fill(f"If rejected ({known} {notified}): no later venue in the catalog yet.", width),
        ]
    return "\n".join(lines)


def format_venues(
    venues: Sequence[Venue],
    today: dt.date,
    tz: dt.tzinfo,
    parents: Mapping[str, Venue],
    *,
    width: int | None = None,
    colour: bool = False,
) -> str:
    """The `deadlines list` table: one line per edition with its next submission deadline."""

    def next_deadline(v: Venue) -> tuple[Cell, Cell, Cell]:
        subs = v.submission_deadlines()
        future = [d for d in subs if d.utc.astimezone(tz).date() >= today]
        pick = min(future or subs, key=lambda d: d.utc, default=None)
        if pick is None:
            return "-", "-", "-"
        local = pick.utc.astimezone(tz)
        days = (local.date() - today).days
        return (
            Styled(
                local.strftime("%Y-%m-%d %H:%M") + ("~" if pick.estimated else ""),
                (days_style(days) or "") if days >= 0 else "dim",
            ),
            pick.stated(),
            status_cell(pick),
        )

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
    cols = (
        Col("ID"),
        Col("VENUE", min=14),
        Col("KIND", drop=2),
        Col("TAGS", min=8, drop=3),
        Col("SUBMISSION"),
        Col("AS STATED", drop=1),
        Col("STATUS", drop=4),
    )
    lines = table(cols, rows, width=width, colour=colour)
    if any(v.edition.estimated for v in venues):
        lines += ["", *fill("~ estimated from past editions: `deadlines show ID`", width)]
    return "\n".join(lines)


def format_show(
    venue: Venue,
    parent: Venue | None,
    tz: dt.tzinfo,
    tzname: str,
    workshops: Sequence[Venue] = (),
    *,
    also: Sequence[Venue] = (),
    venues: Mapping[str, Venue] | None = None,
    width: int | None = None,
    colour: bool = False,
) -> str:
    """The `deadlines show` page: every deadline with its zone, source, notes and history.

    `also` are the series' other editions of the same year (a workshop at a second host),
    named with their hosts from `venues`.
    """
    ed, series = venue.edition, venue.series
    others = []
    for other in also:
        host = (venues or {}).get(other.edition.parent or "")
        others.append(other.id + (f" (at {host.name})" if host else ""))
    lines = fill(f"{venue.name}" + (f" — {series.full_name}" if series.full_name else ""), width)
    facts = [
        ("id", venue.id),
        ("kind", series.kind.value + (f" of {parent.name} ({parent.id})" if parent else "")),
        ("tags", ", ".join(series.tags)),
        (
            "rank",
            ", ".join(
                f"{k.upper()} {v}" for k, v in series.rank.to_json(exclude_none=True).items()
            ),
        ),
        ("when", f"{ed.start} to {ed.end}" if ed.start and ed.end else (str(ed.start or ""))),
        ("where", ed.location or ""),
        ("archival", {True: "yes", False: "no", None: ""}[ed.archival]),
        ("papers", "none: no call for papers" if ed.papers is False else ""),
        ("url", venue.url or ""),
        ("note", ed.note or ""),
        ("also", ", ".join(others)),
    ]
    for k, v in facts:
        if v:
            lines += fill(f"  {k:<9}{v}", width, " " * 9)
    lines += ["", f"  Deadlines (times in {tzname}):"]
    detail = " " * 6
    for d in sorted(ed.deadlines, key=lambda d: (d.utc, d.kind.value)):
        what = kind_label(d) + (f" ({d.track})" if d.track else "")
        when = f"{d.utc.astimezone(tz):%Y-%m-%d %H:%M %a}"
        estimated = f"ESTIMATED {d.range_text()}".rstrip()
        flag = paint(estimated, "yellow", colour) if d.estimated else ""
        tail = 2 + len(estimated) if d.estimated else 0
        if width is None or 2 + max(len(what), 22) + 2 + len(when) + tail <= width:
            lines.append(f"  {what:<22}  {when}" + (f"  {flag}" if flag else ""))
        else:
            lines += fill(f"  {what}", width, "  ")
            lines.append(detail + when + (f"  {flag}" if flag else ""))
        notes = [f"as stated {d.stated()}"]
        notes += [f"moved from {h.at} {h.zone or d.zone}" for h in d.history]
        if d.basis:
            notes.append(f"estimate {d.basis}")
        if d.note:
            notes.append(f"note: {d.note}")
        if d.zone_note:
            notes.append(f"zone: {d.zone_note}")
        if d.source:
            notes.append(f"source {d.source}")
        for note in notes:
            lines += fill(detail + note, width, "  ")
    if not ed.deadlines:
        lines.append("  (none known)")
    if workshops:
        lines += [
            "",
            *fill(
                f"  Workshops ({len(workshops)}): "
                + ", ".join(f"{w.series.name} ({w.id})" for w in workshops),
                width,
                "  ",
            ),
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
    fetched_from = [s for s in report.sources if s.type != "file"]
    if fetched_from and all(s.error is not None for s in fetched_from):
        lines.append(
            f"failed: all {len(fetched_from)} sources failed, nothing was refreshed; what they "
            "gave before is kept. Check the network connection, or a proxy "
            "(HTTPS_PROXY and HTTP_PROXY are used when set), and run again."
        )
    elif report.partial:
        lines.append("partial: some sources failed; what they gave before is kept")
    return "\n".join(lines)


class ProgressLine:
    """A live line on a terminal while a refresh fetches: the source being read and how far
    along; each source gets a line of its own once all its pages are in.

    Called as ``progress(url, done, total)`` when a page starts and again when it ends.
    """

    def __init__(
        self, stream: Any, sources: Mapping[str, Sequence[str]], width: int | None = None
    ) -> None:
        self.stream = stream
        self.width = max((width or 80) - 1, 20)
        self.owner = {url: name for name, urls in sources.items() for url in urls}
        self.left = {name: len(set(urls)) for name, urls in sources.items()}
        self.started: set[str] = set()

    def _line(self, text: str) -> str:
        return "\r" + text[: self.width].ljust(self.width)

    def __call__(self, url: str, done: int, total: int) -> None:
        name = self.owner.get(url, url)
        if url not in self.started:
            self.started.add(url)
            host = url.split("/")[2] if "//" in url else url
            self.stream.write(self._line(f"[{done}/{total}] reading {name} ({host})…"))
        else:
            self.left[name] = self.left.get(name, 1) - 1
            if self.left[name] == 0:
                self.stream.write(self._line(f"[{done}/{total}] {name}: fetched") + "\n")
        self.stream.flush()

    def close(self) -> None:
        """Clear the live line."""
        self.stream.write(self._line("") + "\r")
        self.stream.flush()
