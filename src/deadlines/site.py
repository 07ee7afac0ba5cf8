"""The web face of the feeds: query strings, the HTML page, the static site (all pure).

`parse_query` turns a feed URL's query into a `Selection` (or a `UsageError` naming the bad
parameter); `query_string` is its inverse. `render_page` draws the page from a snapshot, a
selection and the address it is served at; `site_files` is everything `deadlines build`
writes. No clock is read: "today" is the snapshot's, so the same input gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape
from urllib.parse import quote, urlencode, urljoin, urlsplit

from deadlines import feeds
from deadlines.choose import Filters
from deadlines.errors import UsageError
from deadlines.feeds import Selection
from deadlines.models import Deadline, Venue, VenueKind
from deadlines.plan import Plan
from deadlines.render import plan_status, venue_label
from deadlines.snapshot import Snapshot

TAG_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
KEY_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._+-]{0,79}$")
RANK_PATTERN = re.compile(r"^(?:(?:core:)?(A\*|A|B|C)|ccf:(A|B|C))$", re.IGNORECASE)
DURATION_PATTERN = re.compile(r"^(\d{1,4})([dhmw])$", re.IGNORECASE)
MAX_MONTHS = 24
MAX_WINDOW_WEEKS = 26
MAX_PICK = 12
MAX_ALARMS = 4
PLAN_ONLY = ("venue", "pick", "template", "start")
PAPERS_ONLY = ("person", "paper")
PAGE_ONLY = ("q", "status", "tz")  # read by the page's script: search, dates, time zone
KNOWN = ("months", "window", "tag", "kind", "rank", "alarm", *PLAN_ONLY, *PAPERS_ONLY)
PAPERS_KNOWN = ("alarm", *PAPERS_ONLY)
MAX_NAME = 80
REPEATABLE = frozenset({"tag", "venue", "alarm"})
GOOGLE_ADD = "https://calendar.google.com/calendar/r?cid="


# ---- query strings ------------------------------------------------------------------------


def _int(name: str, text: str, low: int, high: int) -> int:
    if not text.isdigit() or not low <= int(text) <= high:
        raise UsageError(f"{name}={text!r}: expected a whole number from {low} to {high}")
    return int(text)


def _duration(text: str) -> dt.timedelta:
    m = DURATION_PATTERN.match(text)
    if not m:
        raise UsageError(f"alarm={text!r}: write a duration such as 7d, 2w, 12h or 30m")
    units = {"d": "days", "h": "hours", "m": "minutes", "w": "weeks"}
    return dt.timedelta(**{units[m.group(2).lower()]: int(m.group(1))})


def _rank(text: str) -> str:
    m = RANK_PATTERN.match(text)
    if not m:
        raise UsageError(
            f"rank={text!r}: expected a CORE rank (A*, A, B, C) or ccf:A, ccf:B, ccf:C"
        )
    return m.group(1).upper() if m.group(1) else f"ccf:{m.group(2).upper()}"


def parse_query(
    items: Iterable[tuple[str, str]],
    *,
    plan: bool = True,
    page: bool = False,
    papers: bool = False,
) -> Selection:
    """Read a feed URL's query (``months=3&tag=cv&kind=workshop``) into a selection.

    Raises `UsageError` naming the first bad parameter. With ``plan=False`` (the deadlines
    feed) the parameters that only choose plans are refused rather than silently ignored;
    with ``papers=True`` (the papers feed) only ``person``, ``paper`` and ``alarm`` are read.
    With ``page=True`` the page's own parameters (search, dates, zone) are let through for
    its script.
    """
    values: dict[str, list[str]] = {}
    for name, value in items:
        if page and name in PAGE_ONLY:
            continue
        if name not in KNOWN:
            raise UsageError(f"unknown parameter {name!r}; known: {', '.join(KNOWN)}")
        if papers and name not in PAPERS_KNOWN:
            raise UsageError(f"{name!r} does not apply to /papers.ics; it takes person, paper")
        if not papers and name in PAPERS_ONLY:
            raise UsageError(f"{name!r} chooses papers: use it on /papers.ics")
        if not plan and name in PLAN_ONLY:
            raise UsageError(f"{name!r} chooses plans: use it on /plan.ics or /, not here")
        values.setdefault(name, []).append(value.strip())
        if name not in REPEATABLE and len(values[name]) > 1:
            raise UsageError(f"{name!r} is given twice; give it once")

    def one(name: str) -> str | None:
        return values[name][0] if values.get(name) else None

    tags = sorted({t.lower() for t in values.get("tag", []) if t})
    if bad := next((t for t in tags if not TAG_PATTERN.match(t)), None):
        raise UsageError(f"tag={bad!r}: a tag is lowercase letters, digits and dashes")
    kind = None
    if (text := one("kind")) is not None:
        try:
            kind = VenueKind(text.lower())
        except ValueError:
            raise UsageError(f"kind={text!r}: expected conference or workshop") from None
    venues = tuple(dict.fromkeys(v.lower() for v in values.get("venue", []) if v))
    if bad := next((v for v in venues if not KEY_PATTERN.match(v)), None):
        raise UsageError(f"venue={bad!r}: expected a venue id such as cvpr2027")
    template = one("template")
    if template is not None and not KEY_PATTERN.match(template):
        raise UsageError(f"template={template!r}: expected a template name such as workshop")
    alarms = tuple(sorted({_duration(a) for a in values.get("alarm", [])}))
    if len(alarms) > MAX_ALARMS:
        raise UsageError(f"at most {MAX_ALARMS} alarms")
    rank = one("rank")
    months = one("months")
    window = one("window")
    pick = one("pick")
    start = None
    if (text := one("start")) is not None:
        try:
            start = dt.date.fromisoformat(text)
        except ValueError:
            raise UsageError(f"start={text!r}: expected a date, YYYY-MM-DD") from None
    person, paper = one("person"), one("paper")
    if person is not None and not 0 < len(person) <= MAX_NAME:
        raise UsageError(f"person: expected a name of 1 to {MAX_NAME} characters")
    if paper is not None and not KEY_PATTERN.match(paper):
        raise UsageError(f"paper={paper!r}: expected a paper id such as gaze")
    return Selection(
        filters=Filters(tags=tuple(tags), kind=kind, rank=_rank(rank) if rank else None),
        months=None if months is None else _int("months", months, 1, MAX_MONTHS),
        window_weeks=4 if window is None else _int("window", window, 0, MAX_WINDOW_WEEKS),
        venues=venues,
        pick=feeds.DEFAULT_PICK if pick is None else _int("pick", pick, 1, MAX_PICK),
        template=template or None,
        alarms=alarms,
        start=start,
        person=person or None,
        paper=paper,
    )


def _alarm_text(delta: dt.timedelta) -> str:
    minutes = int(delta.total_seconds()) // 60
    for size, unit in ((7 * 24 * 60, "w"), (24 * 60, "d"), (60, "h")):
        if minutes % size == 0:
            return f"{minutes // size}{unit}"
    return f"{minutes}m"


def query_pairs(selection: Selection, *, plan: bool = True) -> list[tuple[str, str]]:
    """The query parameters that `parse_query` reads back as `selection` (defaults left out)."""
    f = selection.filters
    pairs: list[tuple[str, str]] = []
    if selection.months is not None:
        pairs.append(("months", str(selection.months)))
    if selection.window_weeks != 4:
        pairs.append(("window", str(selection.window_weeks)))
    pairs += [("tag", t) for t in f.tags]
    if f.kind is not None:
        pairs.append(("kind", f.kind.value))
    if f.rank:
        pairs.append(("rank", f.rank))
    pairs += [("alarm", _alarm_text(a)) for a in selection.alarms]
    if plan:
        pairs += [("venue", v) for v in selection.venues]
        if selection.pick != feeds.DEFAULT_PICK:
            pairs.append(("pick", str(selection.pick)))
        if selection.template:
            pairs.append(("template", selection.template))
        if selection.start is not None:
            pairs.append(("start", selection.start.isoformat()))
    return pairs


def query_string(selection: Selection, *, plan: bool = True) -> str:
    """``?months=3&tag=cv``, or the empty string for the default selection."""
    pairs = query_pairs(selection, plan=plan)
    return "?" + urlencode(pairs, safe="*:") if pairs else ""


# ---- subscribe links ----------------------------------------------------------------------


@dataclass(frozen=True)
class FeedLink:
    """A feed to subscribe to: its title and its path relative to the site's root."""

    title: str
    path: str


def subscribe_urls(base_url: str, path: str) -> tuple[str, str | None, str | None]:
    """The feed's https URL, its webcal:// URL and Google Calendar's add-by-URL link.

    Without a base URL (a static build that does not know where it will be hosted) the
    feed's URL is relative and the other two are left to the page's script.
    """
    if not base_url:
        return path, None, None
    url = urljoin(base_url if base_url.endswith("/") else base_url + "/", path)
    webcal = "webcal://" + url.split("://", 1)[1]
    return url, webcal, GOOGLE_ADD + quote(webcal, safe="")


# ---- the page ----------------------------------------------------------------------------

ASSETS = ("page.css", "page.js")
RANKS = ("A*", "A", "B", "C", "ccf:A", "ccf:B", "ccf:C")
MONTHS = (1, 2, 3, 4, 5, 6)
SOON_DAYS = 14
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "[::1]", "0.0.0.0"})  # noqa: S104
GOOGLE_TEMPLATE = "https://calendar.google.com/calendar/render?"


def asset(name: str) -> bytes:
    """The bytes of one of the page's files (``page.css``, ``page.js``)."""
    from importlib.resources import files

    if name not in ASSETS:
        raise KeyError(name)
    return files("deadlines").joinpath("assets", name).read_bytes()


def asset_version() -> str:
    """A short hash of the page's files, so a browser never mixes an old script with a new page."""
    digest = hashlib.sha256(b"".join(asset(n) for n in ASSETS)).hexdigest()
    return digest[:10]


@dataclass(frozen=True)
class Row:
    venue: Venue
    parent: Venue | None
    deadline: Deadline


@dataclass(frozen=True)
class TimelineGroup:
    """One block of the timeline: a heading and its plans (the picks; committed papers)."""

    title: str
    plans: Sequence[Plan]
    names: Sequence[str]


def papers_timeline(snap: Snapshot) -> TimelineGroup:
    """The lab's committed papers still being worked on or waiting for a decision, each
    planned from its own start day (a paper whose venue is unknown is left out here; the
    papers commands name it)."""
    from deadlines import papers

    plans, names = [], []
    for paper in snap.papers.papers if snap.papers is not None else ():
        if paper.status not in papers.IN_FEED or paper.status == "accepted":
            continue
        try:
            plan = papers.plan_of(paper, snap)
        except UsageError:
            continue
        plans.append(plan)
        names.append(f"{paper.label} paper → {plan.venue_name}")
    return TimelineGroup("Our papers", plans, names)


def rows(snap: Snapshot, selection: Selection) -> list[Row]:
    """The submission deadlines on the page: those of the feed's venues from today on."""
    today = dt.datetime.combine(snap.today, dt.time(), snap.tz)
    found = [
        Row(v, snap.venues.get(v.edition.parent or ""), d)
        for v in feeds.deadline_venues(snap, selection)
        for d in v.submission_deadlines()
        if d.utc >= today
    ]
    return sorted(
        found, key=lambda r: (r.deadline.utc, r.venue.kind is VenueKind.WORKSHOP, r.venue.id)
    )


def _href(url: str | None) -> str | None:
    """A catalog URL usable as a link: http(s) only, never ``javascript:``."""
    return url if url and url.lower().startswith(("https://", "http://")) else None


def _left(days: int) -> str:
    if days == 0:
        return "today"
    return "tomorrow" if days == 1 else f"in {days} days"


def is_loopback(base_url: str) -> bool:
    """Whether a page's address is this machine only (a calendar service cannot reach it)."""
    host = urlsplit(base_url).hostname or ""
    return host in LOOPBACK_HOSTS or host.startswith("127.")


def google_template(row: Row) -> str:
    """Google Calendar's "add this event" link for one deadline (it needs no feed)."""
    from deadlines.ical import CLOSING, deadline_summary

    d = row.deadline
    utc = d.utc.astimezone(dt.UTC)
    details = [f"As stated: {d.stated()}"]
    if d.estimated:
        details.append(f"Estimate: {d.basis or 'from past editions'}")
    if url := _href(row.venue.url) or _href(d.source):
        details.append(url)
    query = {
        "action": "TEMPLATE",
        "text": deadline_summary(row.venue, d, row.parent),
        "dates": f"{utc:%Y%m%dT%H%M%SZ}/{utc + CLOSING:%Y%m%dT%H%M%SZ}",
        "details": "\n".join(details),
    }
    return GOOGLE_TEMPLATE + urlencode(query, quote_via=quote)


def event_file(row: Row) -> tuple[str, str]:
    """The one-event ``.ics`` of a row as a ``data:`` URL, and the file name to save it as."""
    from deadlines.ical import single_event

    body = single_event(row.venue, row.deadline, row.parent)
    name = f"{row.venue.id}-{row.deadline.kind.value}.ics"
    return "data:text/calendar;charset=utf-8," + quote(body, safe=":;,.=@/-()"), name


def _facts(v: Venue) -> list[str]:
    """Rank, place and dates of a venue, for the line under its name."""
    rank = v.series.rank
    out = [f"CORE {rank.core}"] if rank.core else []
    if rank.ccf:
        out.append(f"CCF {rank.ccf}")
    ed = v.edition
    if ed.location:
        out.append(ed.location)
    if ed.start and ed.end and ed.end != ed.start:
        out.append(f"{ed.start:%d %b} – {ed.end:%d %b %Y}")
    elif ed.start:
        out.append(f"{ed.start:%d %b %Y}")
    if v.kind is VenueKind.WORKSHOP and ed.archival is not None:
        out.append("archival" if ed.archival else "non-archival")
    return out


def _searchable(row: Row) -> str:
    v, d = row.venue, row.deadline
    parts = [
        venue_label(v, row.parent),
        v.id,
        v.kind.value,
        v.series.full_name or "",
        " ".join(v.series.tags),
        v.edition.location or "",
        d.track or "",
        row.parent.series.full_name or "" if row.parent else "",
    ]
    return " ".join(p for p in parts if p).lower()


def _row_html(row: Row, snap: Snapshot, shown: bool) -> str:
    e = escape
    v, d = row.venue, row.deadline
    label = venue_label(v, row.parent) + (f" ({d.track})" if d.track else "")
    url = _href(v.url)
    name = f'<a href="{e(url)}">{e(label)}</a>' if url else e(label)
    what = d.kind.value + ("" if v.kind is VenueKind.CONFERENCE else ", workshop")
    utc = d.utc.astimezone(dt.UTC)
    day = d.utc.astimezone(snap.tz).date()
    days = (day - snap.today).days
    estimated = " ".join(filter(None, ["estimated", d.range_text()]))
    badge = f' <span class="badge">{e(estimated)}</span>' if d.estimated else ""
    facts = _facts(v)
    meta = f'<div class="meta">{e(" · ".join(facts))}</div>' if facts else ""
    basis = f'<div class="basis">Estimate: {e(d.basis or "from past editions")}</div>'
    note = f'<div class="note">{e(d.note)}</div>' if d.note else ""
    rank = v.series.rank
    classes = "deadline estimated-row" if d.estimated else "deadline"
    if days < SOON_DAYS:
        classes += " soon"
    ics, filename = event_file(row)
    attrs = {
        "class": classes,
        "data-venue": v.id,
        "data-kind": v.kind.value,
        "data-tags": " ".join(v.series.tags),
        "data-core": rank.core or "",
        "data-ccf": rank.ccf or "",
        "data-status": d.status.value,
        "data-day": day.isoformat(),
        "data-search": _searchable(row),
    }
    opened = " ".join(f'{k}="{e(value)}"' for k, value in attrs.items())
    return (
        f"<tr {opened}{'' if shown else ' hidden'}>"
        f'<td class="venue"><span class="name">{name}</span> <span class="id">{e(v.id)}</span>'
        f"{badge}{meta}{basis if d.estimated else ''}{note}</td>"
        f'<td class="what">{e(what)}</td>'
        f'<td class="when"><time class="local" datetime="{utc:%Y-%m-%dT%H:%M:%SZ}" '
        f'data-stated="{e(d.stated())}">{utc:%Y-%m-%d %H:%M} UTC</time>'
        f'<div class="stated">as stated: {e(d.stated())}</div></td>'
        f'<td class="countdown" data-utc="{utc:%Y-%m-%dT%H:%M:%SZ}">{e(_left(days))}</td>'
        f'<td class="add"><a class="ics" download="{e(filename)}" href="{e(ics)}" '
        f'aria-label="{e(label)}: download an .ics file">.ics</a>'
        f'<a class="gcal" href="{e(google_template(row))}" '
        f'aria-label="{e(label)}: add to Google Calendar">Google</a></td>'
        "</tr>"
    )


TIMELINE_WIDTH = 960
LABEL_WIDTH = 230
ROW_HEIGHT = 34
HEAD_HEIGHT = 28
PHASE_CLASSES = 7


def phase_colours(groups: Sequence[TimelineGroup]) -> dict[str, int]:
    """A colour class per phase name, in the order the phases first appear."""
    out: dict[str, int] = {}
    for group in groups:
        for plan in group.plans:
            for m in plan.phases:
                out.setdefault(m.name, len(out) % PHASE_CLASSES)
    return out


def timeline_svg(
    plans: Sequence[Plan],
    today: dt.date,
    names: Sequence[str],
    colours: dict[str, int] | None = None,
) -> str:
    """An SVG picture of the plans' phases on one time axis, a row per plan."""
    if not plans:
        return ""
    e = escape
    colours = colours if colours is not None else phase_colours([TimelineGroup("", plans, names)])
    first = min(min(p.work_start, p.start) for p in plans)
    last = max(p.due for p in plans) + dt.timedelta(days=1)
    span = max((last - first).days, 1)
    scale = (TIMELINE_WIDTH - LABEL_WIDTH - 10) / span

    def x(day: dt.date) -> float:
        return round(LABEL_WIDTH + (day - first).days * scale, 1)

    height = HEAD_HEIGHT + ROW_HEIGHT * len(plans) + 8
    out = [
        (
            f'<svg class="timeline" xmlns="http://www.w3.org/2000/svg" role="img" '
            f'viewBox="0 0 {TIMELINE_WIDTH} {height}" aria-labelledby="tl-title">'
        ),
        '<title id="tl-title">Back-planned phases of the picked venues</title>',
    ]
    month = dt.date(first.year, first.month, 1)
    while month <= last:
        if month >= first and x(month) + 50 <= TIMELINE_WIDTH:  # room for its label
            out.append(
                f'<line class="grid" x1="{x(month)}" y1="{HEAD_HEIGHT - 6}" x2="{x(month)}" '
                f'y2="{height}"/>'
                f'<text class="sub" x="{x(month) + 2}" y="{HEAD_HEIGHT - 10}">'
                f"{month:%b %Y}</text>"
            )
        month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
    if first <= today <= last:
        out.append(
            f'<line class="today" x1="{x(today)}" y1="{HEAD_HEIGHT - 6}" x2="{x(today)}" '
            f'y2="{height}"/>'
        )
    for i, (plan, name) in enumerate(zip(plans, names, strict=True)):
        y = HEAD_HEIGHT + i * ROW_HEIGHT
        out.append(
            f'<g class="plan" data-venue="{e(plan.venue)}" data-status="{e(plan.status)}">'
            f'<text x="4" y="{y + 15}" font-weight="bold">{e(name)}</text>'
            f'<text class="sub" x="4" y="{y + 28}">'
            f"{e(plan.template)}: {e(plan_status(plan))}</text>"
        )
        for m in plan.phases:
            x0, x1 = x(m.start), x(m.end + dt.timedelta(days=1))
            width = max(round(x1 - x0, 1), 1.0)
            out.append(
                f'<rect class="phase ph{colours.get(m.name, 0)}" x="{x0}" y="{y + 4}" '
                f'width="{width}" height="22">'
                f"<title>{e(m.name)}: {m.start} to {m.end} ({m.days} days)</title></rect>"
            )
            if width > 6.5 * len(m.name):
                out.append(
                    f'<text class="bar-label" x="{x0 + 3}" y="{y + 19}">{e(m.name)}</text>'
                )
        for m in plan.milestones:
            if m.kind in ("deadline", "hard_stop"):
                xm = x(m.start)
                out.append(
                    f'<path class="{m.kind}" d="M{xm} {y + 2}l5 13l-5 13l-5 -13z">'
                    f"<title>{e(m.name)}: {m.start}</title></path>"
                )
        out.append("</g>")
    out.append("</svg>")
    return "".join(out)


DIAMOND = (
    '<svg viewBox="0 0 10 26" aria-hidden="true">'
    '<path class="{}" d="M5 0l5 13l-5 13l-5 -13z"/></svg>'
)


def timeline_legend(colours: dict[str, int]) -> str:
    """What each colour and mark of the timeline means."""
    e = escape
    items = [
        f'<li><span class="swatch ph{c}" aria-hidden="true"></span>{e(name)}</li>'
        for name, c in colours.items()
    ]
    items += [
        f"<li>{DIAMOND.format('deadline')}submission deadline</li>",
        f"<li>{DIAMOND.format('hard_stop')}hard stop (abstract or registration)</li>",
        "<li>dashed line: today</li>",
    ]
    return f'<ul class="legend" aria-label="Legend">{"".join(items)}</ul>'


def _timelines(groups: Sequence[TimelineGroup], today: dt.date, stale_note: bool) -> str:
    """The plan section: a timeline per group under one legend, and each plan in words."""
    e = escape
    colours = phase_colours(groups)
    out = ['<section class="timelines" aria-labelledby="plans-h">']
    out.append('<h2 id="plans-h">Plans: when to start, phase by phase</h2>')
    if stale_note:
        out.append(
            '<p class="stale" id="stale" hidden>These plans are for the filters the page was '
            'opened with. <a id="replan" href="./">Plan for the current filters</a></p>'
        )
    for group in groups:
        out.append(f"<h3>{e(group.title)}</h3>")
        if not group.plans:
            out.append('<p class="muted">No venue about that far out matches these filters.</p>')
            continue
        out.append(timeline_svg(group.plans, today, group.names, colours))
        out.append(
            '<ul class="plans">'
            + "".join(
                f"<li>{e(n)}: start {p.work_start}, due {p.due}, {e(plan_status(p))}"
                + (f" (shrunk: {e('; '.join(p.shrunk))})" if p.shrunk else "")
                + "</li>"
                for p, n in zip(group.plans, group.names, strict=True)
            )
            + "</ul>"
        )
    if colours:
        out.append(timeline_legend(colours))
    out.append("</section>")
    return "".join(out)


def _filters_form(snap: Snapshot, selection: Selection) -> str:
    e = escape
    tags = sorted({t for v in snap.venues.values() for t in v.series.tags if TAG_PATTERN.match(t)})
    boxes = "".join(
        f'<label><input type="checkbox" name="tag" value="{e(t)}"'
        f"{' checked' if t in selection.filters.tags else ''}>{e(t)}</label>"
        for t in tags
    )

    def select(name: str, label: str, choices: Sequence[tuple[str, str]], chosen: str) -> str:
        options = "".join(
            f'<option value="{e(value)}"{" selected" if value == chosen else ""}>{e(text)}</option>'
            for value, text in choices
        )
        return (
            f'<label for="{name}">{label}<select id="{name}" name="{name}">{options}</select>'
            "</label>"
        )

    f = selection.filters
    kinds = (("", "all kinds"), ("conference", "conferences"), ("workshop", "workshops"))
    ranks = (("", "any rank"), *((r, f"{r} or better") for r in RANKS))
    months = (
        ("", "any time"),
        *((str(m), f"about {m} month{'' if m == 1 else 's'} out") for m in MONTHS),
    )
    statuses = (
        ("", "announced or estimated"),
        ("announced", "announced"),
        ("estimated", "estimated"),
    )
    months_chosen = "" if selection.months is None else str(selection.months)
    zones = (
        ("", "Your zone"),
        ("AoE", "AoE (UTC-12)"),
        ("venue", "Each venue's own zone"),
        ("UTC", "UTC"),
        ("other", "Another zone…"),
    )
    local = ' id="tz-local"'
    zone_options = "".join(
        f'<option value="{v}"{"" if v else local}>{e(t)}</option>' for v, t in zones
    )
    return (
        '<form class="filters" id="filters" method="get" action="./" role="search">'
        '<label class="search" for="q">Search venues, places, topics'
        '<input type="search" id="q" name="q" autocomplete="off" placeholder="e.g. cvpr, vision">'
        "</label>"
        f'<fieldset><legend>Topics</legend>{boxes}</fieldset>'
        + select("kind", "Kind", kinds, f.kind.value if f.kind else "")
        + select("rank", "Rank", ranks, f.rank or "")
        + select("months", "When", months, months_chosen)
        + select("status", "Dates", statuses, "")
        + f'<label for="tz">Times in<select id="tz" name="tz">{zone_options}</select></label>'
        '<label id="tz-other-label" for="tz-other" hidden>IANA zone'
        '<input type="text" id="tz-other" list="zones" autocomplete="off" '
        'placeholder="Europe/Berlin"></label><datalist id="zones"></datalist>'
        '<button type="submit" id="apply">Filter</button> <a id="clear" href="./">clear</a>'
        '<p class="warning" id="tz-error" hidden>Unknown time zone: showing your own.</p>'
        "</form>"
    )


def _subscribe(base_url: str, link: FeedLink, role: str = "") -> str:
    url, webcal, google = subscribe_urls(base_url, link.path)
    e = escape
    if webcal is None:
        # The script fills these in from the page's own address.
        webcal_a = f'<a class="webcal" href="{e(url)}">webcal</a>'
        google_a = f'<a class="google" href="{e(url)}">Google Calendar</a>'
    else:
        webcal_a = f'<a class="webcal" href="{e(webcal)}">webcal</a>'
        google_a = f'<a class="google" href="{e(google or "")}">Google Calendar</a>'
    data_role = f' data-role="{role}"' if role else ""
    return (
        f'<li data-feed="{e(link.path)}"{data_role}><span class="feed-title">{e(link.title)}'
        f"</span>: {webcal_a} · {google_a} · "
        f'<a class="https" href="{e(url)}">{e(link.path)}</a></li>'
    )


def _subscribe_section(
    base_url: str, links: Sequence[FeedLink], roles: Sequence[str], compact: int
) -> str:
    """Subscribe links: the first `compact` shown, the rest folded away."""
    loopback = (
        '<p class="warning" id="loopback"{}>These feeds are on a loopback address: only '
        "calendar apps on this computer can reach them, and Google Calendar cannot. Serve them "
        "from an address others can reach (<code>deadlines serve --host 0.0.0.0</code> behind "
        "your domain) or publish with <code>deadlines build</code>.</p>"
    ).format("" if base_url and is_loopback(base_url) else " hidden")
    items = [
        _subscribe(base_url, link, role) for link, role in zip(links, roles, strict=True)
    ]
    more = items[compact:]
    folded = (
        f"<details><summary>More feeds: by kind and topic ({len(more)})</summary>"
        f"<ul>{''.join(more)}</ul></details>"
        if more
        else ""
    )
    return (
        '<section class="subscribe" aria-labelledby="subscribe-h">'
        '<h2 id="subscribe-h">Subscribe</h2>'
        f"{loopback}<ul>{''.join(items[:compact])}</ul>{folded}"
        '<p class="muted">A calendar app polls the feed and keeps the dates current; '
        "the .ics and Google links of a row add that one deadline.</p></section>"
    )


def _canonical(pairs: Iterable[tuple[str, str]]) -> str:
    return "&".join(sorted(f"{n}={v}" for n, v in pairs))


def _page_data(snap: Snapshot, selection: Selection, base_url: str, *, static: bool) -> str:
    """The JSON the script reads: the windows of "about N months out", the mode, the base."""
    windows = {}
    for m in MONTHS:
        w = Selection(months=m, window_weeks=selection.window_weeks).window(snap.today)
        windows[str(m)] = [w.first.isoformat(), w.last.isoformat()]
    data = {
        "today": snap.today.isoformat(),
        "mode": "static" if static else "server",
        "base": base_url,
        "windows": windows,
        "planned": _canonical(query_pairs(selection)),
    }
    # `</` cannot end the script element early: JSON allows `\/`.
    return json.dumps(data, sort_keys=True).replace("</", "<\\/")


def _shown(row: Row, selection: Selection, snap: Snapshot) -> bool:
    if not selection.filters.match(row.venue):
        return False
    if selection.months is None:
        return True
    window = selection.window(snap.today)
    return window.first <= row.deadline.utc.astimezone(snap.tz).date() <= window.last


def render_page(
    snap: Snapshot,
    selection: Selection,
    base_url: str,
    *,
    feed_links: Sequence[FeedLink] | None = None,
    static: bool = False,
    extra_timelines: Sequence[TimelineGroup] = (),
) -> str:
    """The page: the plans of the picks, then every upcoming deadline with filters.

    Every upcoming deadline is in the page; those outside `selection` are hidden, and the
    script filters again as the visitor types. `base_url` is where the site is served
    (``http://host:8000/``); empty means unknown (a static build), and the subscribe links
    are then completed by the script. `feed_links` defaults to the deadlines and plan feeds
    of the current selection. `extra_timelines` are drawn under the picks' (committed work).
    """
    e = escape
    found = rows(snap, Selection())
    chosen = feeds.plans(snap, selection)
    names = [
        venue_label(
            snap.venues[p.venue], snap.venues.get(snap.venues[p.venue].edition.parent or "")
        )
        for p in chosen
    ]
    roles: list[str]
    if feed_links is None:
        detail = selection.describe()
        suffix = f" ({detail})" if detail else ""
        feed_links = [
            FeedLink(f"Deadlines{suffix}", "deadlines.ics" + query_string(selection, plan=False)),
            FeedLink(f"Plans of the picks{suffix}", "plan.ics" + query_string(selection)),
        ]
        roles = ["deadlines", "plan"]
    else:
        roles = [""] * len(feed_links)
    title = feeds.calendar_name(selection)
    shown = [_shown(r, selection, snap) for r in found]
    body = "".join(_row_html(r, snap, s) for r, s in zip(found, shown, strict=True))
    estimated = sum(r.deadline.estimated for r in found)
    picks = TimelineGroup(
        f"Best picks about {selection.months or 3} months out", chosen, names
    )
    committed = [g for g in [papers_timeline(snap)] if g.plans]
    version = asset_version()
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="color-scheme" content="light dark">'
        f"<title>{e(title)}</title>"
        '<link rel="icon" href="data:,">'
        f'<link rel="stylesheet" href="assets/page.css?v={version}">'
        f'<script src="assets/page.js?v={version}" defer></script></head><body>'
        '<a class="skip" href="#deadlines-h">Skip to the deadlines</a>'
        f"<header><h1>{e(title)}</h1>"
        f'<p class="muted">As of {snap.today}. {len(found)} upcoming submission deadlines'
        + (f", {estimated} of them estimated from past editions" if estimated else "")
        + '. Times in <span class="zone-name">UTC</span>.</p></header><main>'
        + _timelines([*committed, picks, *extra_timelines], snap.today, stale_note=not static)
        + '<section aria-labelledby="deadlines-h"><h2 id="deadlines-h">Deadlines</h2>'
        + _filters_form(snap, selection)
        + f'<p class="count" id="count" aria-live="polite">{sum(shown)} of {len(found)} '
        "upcoming deadlines shown</p>"
        '<table class="deadlines"><caption class="muted">Submission deadlines, soonest first'
        "</caption><thead><tr>"
        '<th scope="col">Venue</th><th scope="col">Kind</th>'
        '<th scope="col">Deadline (<span class="zone-name">UTC</span>)</th>'
        '<th scope="col">Left</th><th scope="col">Add to calendar</th></tr></thead>'
        f"<tbody>{body}</tbody></table>"
        f'<p class="muted" id="none"{"" if not any(shown) else " hidden"}>'
        "No upcoming deadline matches these filters.</p></section>"
        + _subscribe_section(base_url, feed_links, roles, compact=2)
        + "</main>"
        '<footer><p class="muted">Made by <a href="https://github.com/deadlines-tool/deadlines">'
        "deadlines</a>. Estimated dates are projections from past editions; each row says "
        "from which.</p></footer>"
        '<script type="application/json" id="page-data">'
        + _page_data(snap, selection, base_url, static=static)
        + "</script></body></html>\n"
    )


# ---- the static site ----------------------------------------------------------------------


def site_feeds(snap: Snapshot) -> list[tuple[FeedLink, Selection, bool]]:
    """The feeds a static build publishes: all deadlines, the plans of the picks, per kind
    and per tag. Each is (link, selection, is-a-plan-feed)."""
    conference, workshop = VenueKind.CONFERENCE, VenueKind.WORKSHOP
    tags = sorted({t for v in snap.venues.values() for t in v.series.tags if TAG_PATTERN.match(t)})
    out = [
        (FeedLink("All deadlines", "deadlines.ics"), Selection(), False),
        (FeedLink("Plans of the best picks, about 3 months out", "plan.ics"), Selection(), True),
        (
            FeedLink("Conference deadlines", "conferences.ics"),
            Selection(filters=Filters(kind=conference)),
            False,
        ),
        (
            FeedLink("Workshop deadlines", "workshops.ics"),
            Selection(filters=Filters(kind=workshop)),
            False,
        ),
    ]
    out += [
        (
            FeedLink(f"Deadlines tagged {t}", f"tag-{t}.ics"),
            Selection(filters=Filters(tags=(t,))),
            False,
        )
        for t in tags
    ]
    return out


def person_slug(name: str) -> str:
    """A file-name part for a person: ``Ana Lima`` -> ``ana-lima``."""
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "someone"


def site_files(snap: Snapshot, base_url: str = "") -> dict[str, bytes]:
    """Every file of the static site, by name: ``index.html`` and the feeds it links."""
    published = site_feeds(snap)
    files: dict[str, bytes] = {}
    for link, selection, is_plan in published:
        files[link.path] = (
            feeds.plan_ics(snap, selection, with_deadlines=True)
            if is_plan
            else feeds.deadlines_ics(snap, selection)
        )
    links = [link for link, _, _ in published]
    if snap.papers is not None and snap.papers.papers:
        # The lab's committed papers: one feed for the lab, one per person.
        files["papers.ics"] = feeds.papers_ics(snap, snap.papers, Selection())
        links.append(FeedLink("Our papers' milestones", "papers.ics"))
        for person in feeds.people(snap.papers):
            path = f"papers-{person_slug(person)}.ics"
            files[path] = feeds.papers_ics(snap, snap.papers, Selection(person=person))
            links.append(FeedLink(f"{person}'s milestones", path))
    page = render_page(snap, Selection(), base_url, feed_links=links, static=True)
    files["index.html"] = page.encode()
    for name in ASSETS:
        files[f"assets/{name}"] = asset(name)
    return files
