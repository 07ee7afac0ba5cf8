"""One deadline said twice is one deadline: dedupe the entries of a page, tell tracks apart,
and read extensions (a later card or sentence superseding an earlier date).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import replace

from deadlines import timezones
from deadlines.errors import ZoneError
from deadlines.models import DeadlineKind
from deadlines.sources.pages.entries import (
    _DATES_SECTION,
    _DATES_TITLE,
    _OWN_LIST,
    Entry,
    PageDates,
    _own_heading,
    _Raw,
)
from deadlines.sources.pages.labels import (
    _CHALLENGE,
    _NAMES_DEADLINES,
    _NEWER,
    _STEP_WORDS,
    _TITLE,
    _names_track,
)
from deadlines.sources.pages.lines import STRUCK_CLOSE, STRUCK_OPEN
from deadlines.sources.pages.pairing import says_only_moved


def _same_zone(a: Entry, b: Entry) -> bool:
    """Whether two readings of a day are in one zone, named alike or not: 'GMT-4' in the text
    and 'UTC-04:00' in an element's instant are the same clock."""
    if a.zone == b.zone:
        return True
    if a.zone is None or b.zone is None or a.at != b.at:
        return False
    wall = dt.datetime.fromisoformat(a.at)
    try:
        return timezones.to_utc(wall, a.zone).utc == timezones.to_utc(wall, b.zone).utc
    except ZoneError:
        return False


def _dedupe(entries: list[Entry], out: PageDates) -> list[Entry]:
    """Merge repeated mentions; tell tracks apart; 'New deadline: …' supersedes the old."""
    entries = _clock_across_kinds(_repeated_lists(entries, out))
    by_kind: dict[tuple[DeadlineKind, bool], list[Entry]] = {}
    lists = Counter(e.section for e in entries if not e.prose)  # dated rows per heading
    # the page lists no dates at all, or only ones it does not name a step of the reviewing
    alone = all(e.outside is not None or e.kind is DeadlineKind.OTHER for e in entries)
    # the page lists a submission of its own (a paper's or an abstract's)
    submitted = any(
        e.outside is None and not e.challenge and e.kind in _SUBMITTING for e in entries
    )
    for entry in entries:  # a challenge's deadlines are told apart among themselves
        by_kind.setdefault((entry.kind, entry.challenge), []).append(entry)
    result: list[Entry] = []
    for (kind, _), every in by_kind.items():
        items = [e for e in every if e.outside is None]
        kept: list[Entry] = []
        for entry in items:
            same = next(
                (
                    k
                    for k in kept
                    if k.at[:10] == entry.at[:10]
                    and k.track == entry.track
                    and k.challenge == entry.challenge
                    and not _other_tracks(k, entry, lists)
                    and not _told_apart(k, entry)
                    # (or one says its time and zone where the other has a page's note's zone
                    # and no time: 'June 22nd, 2025 (11:59PM UTC-12)' in the list, a banner's
                    # 'June 22nd, 2025' under 'all deadlines refer to GMT')
                    and (
                        _same_zone(k, entry)
                        or k.zone_assumed
                        or entry.zone_assumed
                        or k.time_stated != entry.time_stated
                    )
                ),
                None,
            )
            if same is not None:  # the same date said twice; keep the fuller reading
                if _row_names(same.label, entry.label, parts=True):
                    out.problems.append(
                        f"{entry.label!r} ({entry.at[:10]}) is due with {same.label!r}: "
                        "a meeting's part beside the papers, read as one deadline"
                    )
                best = entry if _fuller(entry) > _fuller(same) else same
                other = same if best is entry else entry
                if not best.zone_assumed and not best.time_stated and other.time_stated:
                    # its zone said in one place, its time in the other ('CFP ~ Mar. 10th,
                    # 2024 UTC+8' in a bar, 'Call for Proposal deadline: 11:59 pm, Mar. 10th')
                    best = replace(best, at=other.at, time_stated=True)
                # where it was said: a dates list outranks a sentence elsewhere on the page
                where = entry if _rank(entry) > _rank(same) else same
                # (and the earlier values one of them strikes: 'Deadline: <s>9 Feb</s> 12 Feb'
                # beside a news item's 'extended to 12 Feb 2024 23:59 UTC')
                history = best.history or (same if best is entry else entry).history
                kept[kept.index(same)] = replace(
                    best,
                    label=where.label,
                    section=where.section,
                    prose=where.prose,
                    history=history,
                )
                continue
            older = next(
                (
                    k
                    for k in kept
                    if (_renews(entry.label, k.label) or _extended_again(entry, k))
                    # (not another track's list: 'Full papers:', then 'Short papers:')
                    and not _other_tracks(k, entry, lists)
                ),
                None,
            )
            if older is not None:
                kept.remove(older)
                entry = replace(  # noqa: PLW2901
                    entry,
                    label=_row(older.label, entry.label),
                    history=(*older.history, (older.at, older.zone), *entry.history),
                )
            newer = next(
                (
                    k
                    for k in kept
                    if k.at != entry.at
                    and _renews(k.label, entry.label)
                    and not _other_tracks(k, entry, lists)
                ),
                None,
            )
            if newer is not None:
                # 'Deadline (Extended): 22 Mar' above '<del>Deadline: 15 Mar</del>': the date
                # the newer one replaced, said after it
                kept[kept.index(newer)] = replace(
                    newer,
                    label=_row(entry.label, newer.label),
                    history=(*entry.history, (entry.at, entry.zone), *newer.history),
                )
                continue
            kept.append(entry)
        kept = _extend(kept, kind, out)
        said = [e for e in every if e.outside is not None]
        kept = _clock_from_sentences(kept, said, out, alone=alone, submitted=submitted)
        listed = [e for e in kept if _in_dates_list(e)]
        if len(kept) > 1 and listed:  # a dates list outranks what other parts of the page say
            for e in [
                e
                for e in kept
                if not _in_dates_list(e)
                and not _under_track(e)
                and (e.prose or lists[e.section] < _OWN_LIST)  # another call's list stays
            ]:
                out.problems.append(
                    f"{kind.value}: the page's text also says {e.at} ({e.label!r}); "
                    "kept its dates list"
                )
                kept.remove(e)
        for e in [e for e in kept if not e.history]:
            newer = next(
                (
                    k
                    for k in kept
                    if e.at[:10] in {h[:10] for h, _ in k.history}
                    and not _other_tracks(k, e, lists)  # another track's list moved its date
                    and not _apart_lists(k, e, lists)
                    and not _told_apart(k, e)  # another row's: 'JDSA' moved, 'MLJ' did not
                ),
                None,
            )
            if newer is not None:  # struck elsewhere on the page: an earlier value, not a track
                out.problems.append(
                    f"{kind.value}: {e.at} ({e.label!r}) is struck elsewhere on the page for "
                    f"{newer.at}; kept {newer.at}"
                )
                kept.remove(e)
        kept = _said_again(kept, kind, out)
        kept = _opened_then_closed(kept, out)
        kept = _struck_restated(kept, kind, out)
        kept = _extended(kept, kind, lists, out)
        if len(kept) > 1:
            headings = [_own_heading(e.section) for e in kept]
            if len(set(headings)) < len(headings):
                # 'Artifacts' under 'First Cycle' and under 'Second Cycle': the two headings
                two = [_two_headings(e.section) for e in kept]
                headings = two if len(set(two)) == len(two) else headings
            tracks = [_track(e) for e in kept]
            short = [
                _track_of_label(t) if t == e.label else t
                for e, t in zip(kept, tracks, strict=True)
            ]
            # 'Decisions announced (Mentorship track)' beside '… (Archival track)': the brackets
            told = _brackets_apart([e.label for e in kept])
            short = [t or s for t, s in zip(told, short, strict=True)]
            if len(set(short)) == len(short):  # 'Lightning Talks', not '… Submission Deadline'
                tracks = short
            named = all(
                e.track or any(_names_track(p) for p in (e.section or "").split(" / "))
                for e in kept
            )
            if (
                not named
                and all(h and not _TITLE.search(h) for h in headings)
                and len(set(headings)) == len(headings)
            ):  # each under its own heading: 'Archival (8 pages)', 'Non-archival (4 pages)'
                # 'Competition Important Dates' names the competition's track
                bare = [" ".join(_IMPORTANT_DATES.sub(" ", h).split()) for h in headings]
                bare = [b.strip(" :-–") for b in bare]
                tracks = bare if all(bare) and len(set(bare)) == len(bare) else headings
            if len(set(tracks)) == len(tracks):
                kept = [replace(e, track=t) for e, t in zip(kept, tracks, strict=True)]
            else:
                kept = [
                    replace(e, track=f"{t} ({i + 1})")
                    for i, (e, t) in enumerate(zip(kept, tracks, strict=True))
                ]
                out.problems.append(
                    f"{kind.value}: {len(kept)} different dates with no telling them apart; "
                    "kept each as its own track"
                )
        result.extend(kept)
    on_list = {e.at[:10]: e for e in result if _in_dates_list(e)}
    for e in [e for e in result if e.kind is DeadlineKind.OTHER and e.prose]:
        if (same := on_list.get(e.at[:10])) is not None and same is not e:
            # 'notify acceptance or rejection on August 28': a listed date said again
            out.problems.append(
                f"other: the page's text also says {e.at} ({e.label!r}), listed as "
                f"{same.kind.value}; kept its dates list"
            )
            result.remove(e)
    order = list(DeadlineKind)
    return sorted(result, key=lambda e: (order.index(e.kind), e.track or "", e.at))


# '… (Extended)', '… - extended': a label that says its date replaced the one before
_EXTENDED_AFTER = re.compile(  # and 'Submission Deadline (final)' after its struck values
    # (or the word alone after it: 'Paper submission deadline extended')
    r"\s*(?:\(\s*(?:extended|final|new|updated|revised|postponed)\s*\)|[-–—:]?\s+extended"
    r"|\(\s*(?:final\s+)?(?:extended|new|updated|revised|postponed)\s+(?:deadline|date)\s*\))\s*$",
    re.IGNORECASE,
)


# '(extended!)' after a date: the label's date said before it is the one it replaced
# ('(extended)', '(extended to May 2)'; not what is extended: '(extended selected papers)')
_EXTENDED_WHAT = r"(?!\s+(?:selected|versions?|papers?|abstracts?|submissions?|works?)\b)"
_EXTENDED_NOTE = re.compile(rf"\(\s*extended\b{_EXTENDED_WHAT}[^()]*\)", re.IGNORECASE)
_EXTENDED_REACH = 2


def _extended_again(entry: Entry, earlier: Entry) -> bool:
    """Whether an entry is its label's date said again later, marked extended ('Abstract
    submission: February 24' then 'Abstract submission: March 3 (extended!)')."""
    return (
        entry.label.lower() == earlier.label.lower()
        and entry.section == earlier.section
        and 0 < entry.line - earlier.line <= _EXTENDED_REACH  # one after the other
        and entry.at > earlier.at
        and bool(_EXTENDED_NOTE.search(entry.rest))
    )


def _renews(label: str, earlier: str) -> bool:
    """Whether a label says its date replaced the one said under another: 'Extended paper
    deadline' and 'Paper deadline (Extended)' renew 'Paper deadline'; a table's column of
    extensions renews its column of dates ('Full Paper Deadline: (Extension (if
    applicable))' renews 'Full Paper Deadline: (Date)')."""
    for said in (_NEWER, _EXTENDED_AFTER):
        if said.search(label) and said.sub("", label).strip().lower() == earlier.lower():
            return True
    row = _one_row(earlier, label)
    return row is not None and bool(
        _EXTENSION_COLUMN.match(row[2]) and not _EXTENSION_COLUMN.match(row[1])
    )


def _one_row(earlier: str, label: str) -> tuple[str, str, str] | None:
    """The row and the two columns of two labels of one table row ('Full Paper Deadline',
    'Date' and 'Extension (if applicable)' of 'Full Paper Deadline: (Date)' and 'Full Paper
    Deadline: (Extension (if applicable))'); None unless both name their column in one row."""
    old, new = _COLUMN.fullmatch(earlier), _COLUMN.fullmatch(label)
    if old is None or new is None or old["row"].lower() != new["row"].lower():
        return None
    return old["row"].rstrip(" :"), old["column"], new["column"]


def _row(earlier: str, label: str) -> str:
    """The label a renewed date keeps: the earlier one's, or their table row's when each
    names its column ('Full Paper Deadline' of '… (Date)' and '… (Extension)')."""
    row = _one_row(earlier, label)
    return earlier if row is None else row[0]


# a table row's label and the column a date sits in, as the reader names them: 'Full Paper
# Deadline: (Date)'; the column of the dates that replaced the first ones: 'Extension (if
# applicable)', 'Extended deadline', 'New date'
_COLUMN = re.compile(r"(?P<row>.+?)\s*\((?P<column>.+)\)")
_EXTENSION_COLUMN = re.compile(
    rf"(?:extension|extended{_EXTENDED_WHAT}|new|updated|revised|postponed)\b", re.IGNORECASE
)


def _repeated_lists(entries: list[Entry], out: PageDates) -> list[Entry]:
    """A dates list said again whole under another heading ('Key Dates' at the top of the
    page, 'Important Information' further down) is one list, not two tracks: one copy is left
    out, the one not under a dates title (else the later). One of the two headings names
    dates, and neither names a track or what one submits: the same dates under two workshops'
    names, or under 'Abstract Submission' and 'Full Papers Submission', stay two."""
    lists: dict[str | None, list[Entry]] = {}
    for e in entries:
        if not e.prose and e.outside is None:
            lists.setdefault(e.section, []).append(e)
    first: dict[tuple[tuple[object, ...], ...], str | None] = {}
    again: set[str | None] = set()
    for section, rows in lists.items():
        if len(rows) < 2:
            continue
        said = tuple((e.kind, e.label.lower(), e.at, e.zone, e.challenge) for e in rows)
        if said not in first:
            first[said] = section
            continue
        heads = [(s or "").split(" / ")[-1] for s in (first[said], section)]
        # (and the headings above them: 'Important dates' under each of two shared tasks)
        owns = [_own_heading(s) for s in (first[said], section)]
        if not any(_DATES_TITLE.search(h) for h in heads) or not all(
            _names_nothing(h) for h in [*heads, *owns]
        ):
            continue
        # the copy under a dates title is kept: a dates list outranks other parts of a page
        keep, drop = first[said], section
        if _DATES_TITLE.search(heads[1]) and not _DATES_TITLE.search(heads[0]):
            keep, drop = section, keep
            first[said] = keep
        again.add(drop)
        out.problems.append(f"{drop!r} repeats the dates listed under {keep!r}; read once")
    return [e for e in entries if e.prose or e.outside is not None or e.section not in again]


# what a heading names that makes its list a track's: what is submitted, or a call of its own
_NAMES_CALL = re.compile(
    r"\b(?:abstracts?|papers?|posters?|demos?|demonstrations?|tracks?|challenges?|"
    r"competitions?|shared\s+tasks?|proposals?|tutorials?|doctoral|students?)\b",
    re.IGNORECASE,
)
_CALL_FOR_PAPERS = re.compile(r"\bcall\s+for\s+papers\b", re.IGNORECASE)


def _names_nothing(heading: str) -> bool:
    """Whether a heading names no track and no call of its own ('Important Information',
    'Key Dates', 'Call for Papers')."""
    return not _names_track(heading) and not _NAMES_CALL.search(_CALL_FOR_PAPERS.sub("", heading))


def _unread(raw: _Raw, out: PageDates) -> list[Entry]:
    dated = ", ".join(f.text for f in raw.dates)
    out.problems.append(f"{dated!r} is in a sentence outside a dates section; not read")
    return []


_SUBMITTING = frozenset({DeadlineKind.PAPER, DeadlineKind.ABSTRACT})


_APPLIED = re.compile(r"\bapplications?\b", re.IGNORECASE)


def _clock_across_kinds(entries: list[Entry]) -> list[Entry]:
    """Let a sentence outside the dates section give its time and zone to the one listed
    deadline of its day when it names that deadline in other words: 'Final paper submission
    will close at 11:59 PM UTC-10 on September 14, 2016' (read as a camera-ready) beside
    'September 14, 2016: Electronic papers due'; 'the submission deadline is 5:00 PM EST,
    August 30, 2018' beside '- August 30, 2018: Abstract submission deadline'. Only when the
    list has nothing of the sentence's own kind that day and one deadline alone, said with
    no time or zone."""
    listed = [e for e in entries if e.outside is None]
    for sentence in [e for e in entries if e.outside is not None]:
        if not sentence.time_stated or sentence.zone_assumed:
            continue
        day = [e for e in listed if e.at[:10] == sentence.at[:10]]
        if len(day) != 1 or day[0].kind is sentence.kind:
            continue
        (one,) = day
        if one.time_stated or not one.zone_assumed or one.challenge != sentence.challenge:
            continue
        moved = replace(
            one, at=sentence.at, zone=sentence.zone, zone_assumed=False, time_stated=True
        )
        entries = [moved if e is one else e for e in entries if e is not sentence]
        listed = [moved if e is one else e for e in listed]
    return entries


def _clock_from_sentences(
    kept: list[Entry], said: list[Entry], out: PageDates, *, alone: bool, submitted: bool = True
) -> list[Entry]:
    """Let a sentence outside the dates section that names a listed deadline's day give it
    the time and zone the list leaves out; any other such sentence is reported, not read.

    On a page that lists no dates at all (`alone`), a sentence naming a step of the
    reviewing is all the page says of it, and is read; so is a sentence that names the
    submission deadline ('Deadline for submission is March 31, 2024.') on a page whose list
    has none (`submitted` false: its registration's alone).
    """
    for sentence in said:
        same = next((k for k in kept if k.at[:10] == sentence.at[:10]), None)
        named = (
            not submitted
            and sentence.kind in _SUBMITTING  # ('The deadline for abstract submission is')
            and _NAMES_DEADLINES.search(sentence.label) is not None
        )
        # (an application is a step of the reviewing too: 'Applications must be received by
        # 14th July 2023', a school's one deadline)
        step = sentence.kind is not DeadlineKind.OTHER or bool(_APPLIED.search(sentence.label))
        if same is None and (alone or named) and step:
            lists = "no dates" if alone else "no submission deadline"
            out.problems.append(
                f"{sentence.kind.value} {sentence.outside!r} is read from a sentence; the page "
                f"lists {lists}"
            )
            kept = [*kept, replace(sentence, outside=None)]
            continue
        if same is None:
            out.problems.append(
                f"{sentence.outside!r} is in a sentence outside a dates section; not read"
            )
            continue
        if same.zone_assumed and not same.time_stated and not sentence.zone_assumed:
            moved = replace(
                same,
                at=sentence.at,
                zone=sentence.zone,
                zone_assumed=False,
                time_stated=sentence.time_stated,
            )
            kept = [moved if k is same else k for k in kept]
    return kept


def _extend(kept: list[Entry], kind: DeadlineKind, out: PageDates) -> list[Entry]:
    """Carry a sentence that extends a deadline ('… has been extended to March 22') to the one
    deadline of its kind it moves: the new value wins and the old becomes its history."""
    for ext in [e for e in kept if e.extends]:
        if any(k.at[:10] == ext.at[:10] for k in kept if not k.extends):
            kept = [k for k in kept if k is not ext]  # it restates a deadline already listed
            continue
        earlier = [k for k in kept if not k.extends and k.at < ext.at and not k.challenge]
        later = [k for k in kept if not k.extends and k.at > ext.at and not k.challenge]
        if not earlier and len(later) == 1:
            # 'extended to 30 June' in the news, the list's 'Deadline: <s>31 May</s> 31 August':
            # a step between them, the deadline's value for a while
            (new,) = later
            kept = [
                replace(k, history=tuple(sorted({*k.history, (ext.at, ext.zone)})))
                if k is new
                else k
                for k in kept
                if k is not ext
            ]
            continue
        if len(earlier) != 1:
            if earlier:
                out.problems.append(
                    f"{kind.value}: {ext.label!r} extends to {ext.at}, but {len(earlier)} "
                    "deadlines could be the one extended; moved none"
                )
            continue
        (old,) = earlier
        at = ext.at if ext.time_stated or not old.time_stated else f"{ext.at[:10]}{old.at[10:]}"
        zone = old.zone if ext.zone_assumed else ext.zone
        moved = replace(
            old,
            at=at,
            zone=zone,
            zone_assumed=old.zone_assumed and ext.zone_assumed,
            history=(*old.history, (old.at, old.zone)),
        )
        kept = [moved if k is old else k for k in kept if k is not ext]
    return kept


_TWICE = 2


def _without_dates(raw: _Raw) -> str:
    """A line's words besides its dates, struck or not ('<del>Paper due: Sep 29</del>' says
    what 'Paper due: Oct 4' says)."""
    text = raw.line.replace(STRUCK_OPEN, " ").replace(STRUCK_CLOSE, " ")
    for found in raw.dates:
        text = text.replace(found.text, " ")
    return text


# the word that makes a step's name its close: 'Paper submission' and 'Paper submission Deadline'
_CLOSE_WORD = re.compile(
    r"\b(?:deadline|due(?:\s+date)?|clos(?:es|ing)|ends?|last\s+date(?:\s+(?:of|for))?)\b",
    re.IGNORECASE,
)


def _opened_then_closed(kept: list[Entry], out: PageDates) -> list[Entry]:
    """A step named alone in a list, then again with its close on a later date ('Paper
    submission: 20 Jun', 'Paper submission Deadline: 10 Sep'): the first is the window's
    opening, not a deadline of its own."""
    opened = []
    for e in kept:
        bare = " ".join(e.label.lower().split())
        if e.prose or e.track or _CLOSE_WORD.search(bare):
            continue
        close = next(
            (
                k
                for k in kept
                if k.section == e.section
                and not k.prose
                and k.at > e.at
                and _CLOSE_WORD.search(k.label)
                and " ".join(_CLOSE_WORD.sub(" ", k.label.lower()).split()) == bare
            ),
            None,
        )
        if close is not None:
            out.problems.append(
                f"{e.label!r} ({e.at[:10]}) is listed before {close.label!r} ({close.at[:10]}): "
                "the window's opening; not read"
            )
            opened.append(e)
    return [e for e in kept if e not in opened]


def _said_again(kept: list[Entry], kind: DeadlineKind, out: PageDates) -> list[Entry]:
    """One label listed twice, line after line, with two dates: the later is the deadline
    moved, the earlier struck by a style this reader cannot see ('Submission deadline:
    August 25' then 'Submission deadline: September 2')."""
    groups: dict[tuple[str, str | None], list[Entry]] = {}
    for e in kept:
        if not (e.prose or e.track or e.history):
            groups.setdefault((e.label.lower(), e.section), []).append(e)
    for same in groups.values():
        lines = sorted(e.line for e in same)
        latest = max(same, key=lambda e: e.at)
        # where every earlier one is struck through, a few lines between: '---EXTENDED---',
        # or other struck lines and their new values ('<del>Paper: Sep 25</del>', '<del>Shared
        # task: Oct 7</del>', 'Shared task: Oct 15', 'Paper: Oct 10')
        gap = 0
        if all(e.passed for e in same if e is not latest):
            gap = 1 if latest.passed else _STRUCK_GAP  # all struck: rounds passed, not moves
        if (
            len(same) < _TWICE
            or lines[-1] - lines[0] > (len(same) - 1) * (1 + gap)
            or len({e.rest for e in same}) > 1
        ):
            continue  # said again line after line, word for word: not one label per track
        earlier = sorted((e for e in same if e is not latest), key=lambda e: e.at)
        out.problems.append(
            f"{kind.value}: {latest.label!r} is listed with {len(same)} dates; kept the latest, "
            f"{latest.at}, as the one that replaced the others"
        )
        moved = replace(latest, history=tuple((e.at, e.zone) for e in earlier))
        kept = [moved if e is latest else e for e in kept if e not in earlier]
    return kept


_STRUCK_GAP = 3


def _same_list(new: str | None, old: str | None) -> bool:
    """Whether a live entry is in a struck one's part: the same, or the same said again with
    a remark in brackets on a heading ('Important Date (Perubahan)', the changes, beside the
    struck 'Important Date')."""
    live, struck = (new or "").lower(), (old or "").lower()
    if live == struck:
        return True
    return bool(_HEADING_REMARK.search(live)) and _HEADING_REMARK.sub("", live) == struck


_HEADING_REMARK = re.compile(r"\s*\([^()/]*\)(?=\s*(?:/|$))")


def _struck_restated(kept: list[Entry], kind: DeadlineKind, out: PageDates) -> list[Entry]:
    """A line struck through whole whose label one live line of the same part and track says
    (or says renewed) with a later date is that deadline's earlier value, however far apart
    ('Paper submission due: 4 October' over '<del>Paper submission due: 29 September</del>')."""
    for old in [e for e in kept if e.passed]:
        same = [
            e
            for e in kept
            if e is not old
            and not e.passed
            # (a struck sentence, by the one that replaced it on its line: '~~Deadline for
            # submission is February 10.~~ Final extended submission deadline is February 17.')
            and (not old.prose or e.line == old.line)
            and e.track == old.track  # (none, or one part's: 'Call for abstracts')
            # (or said renewed: 'Call for abstracts closes (final extended deadline)')
            and (
                e.label.lower() == old.label.lower()
                or _renews(e.label, old.label)
                # or says it anew in other plain words: 'Final extended submission deadline'
                # beside the struck 'Deadline for submission'
                or (
                    bool(_NEWER.search(e.label))
                    and _naming_words(e.label) == _naming_words(old.label)
                )
                # or in fewer plain words, a line of its own list: '<s>Paper submission
                # deadline: 10 March</s>' under 'Paper submission: March 27'
                or (
                    not old.prose
                    and e.section == old.section
                    and _step_words(e.label) == _step_words(old.label)
                )
            )
            and _same_list(e.section, old.section)  # not another track's
            and e.at > old.at
        ]
        if not same and old.label and says_only_moved(old.label):
            # '~~7th December: Top teams invited to submit~~ DEADLINE EXTENDED': the struck
            # line's new value is the next line of its kind
            same = sorted(
                (
                    e
                    for e in kept
                    if not e.passed
                    and 0 < e.line - old.line <= _STRUCK_GAP
                    and e.at > old.at
                    and (e.section or "").lower() == (old.section or "").lower()
                ),
                key=lambda e: e.line,
            )[:1]
        if len(same) != 1:
            continue
        (new,) = same
        out.problems.append(
            f"{kind.value}: {old.at} ({old.label!r}) is struck through where {new.at} is not; "
            f"kept {new.at}"
        )
        moved = replace(new, history=(*old.history, (old.at, old.zone), *new.history))
        kept = [moved if e is new else e for e in kept if e is not old]
    return kept

_PLAIN_WORDS = {
    "paper", "papers", "submission", "submissions", "deadline", "deadlines", "due", "date",
    "the", "a", "an", "of", "for", "and", "to", "on", "by", "at", "in", "is", "extended",
    "new", "final", "updated",
}  # fmt: skip


# words that say only what kind of deadline a label is, not whose
_KIND_VOCABULARY = {
    "notification", "notifications", "acceptance", "decision", "decisions", "author", "authors",
    "camera", "ready", "camera-ready", "version", "abstract", "abstracts", "rebuttal",
    "supplementary", "material", "registration",
}  # fmt: skip


# words that name a kind of submission other than a paper, due beside the papers
_SUBMISSION_KINDS = {
    "demo", "demos", "demonstration", "demonstrations", "poster", "posters",
    "report", "reports",  # 'Challenge Report' beside the challenge's 'Submission Deadline'
    "position", "statement", "statements",  # 'Position Statement submission' beside the papers'
}  # fmt: skip


# words that name no step: 'Paper submission deadline' says what 'Paper submission' does
_NO_STEP_WORDS = {"deadline", "deadlines", "due", "date", "the", "a", "an", "of", "for", "is"}


def _words_beyond(label: str, plain: set[str]) -> set[str]:
    return {w for w in re.findall(r"[\w-]+", label.lower()) if w not in plain}


def _step_words(label: str) -> set[str]:
    """The words of a label that name its step ('paper', 'submission'), not its deadline."""
    return _words_beyond(label, _NO_STEP_WORDS)


def _naming_words(label: str) -> set[str]:
    """The words of a label that name what is due, beyond 'paper submission deadline'."""
    return _words_beyond(label, _PLAIN_WORDS)


# 'New extended deadline paper submission', 'Extended deadline', 'Extended submission': a
# card of its own that moves another's date (not 'Extended abstract submission', which names
# what is submitted)
_EXTENSION_LABEL = re.compile(
    r"^\W*(?:new\s+)?(?:extended(?!\s+abstracts?)|extension|new)\b.*\b(?:deadline|due|date"
    r"|submissions?)\b"
    r"|\bextended\s+(?:deadline|due\s+date)\b",  # 'Abstract submission extended deadline'
    re.IGNORECASE,
)


def _extended(
    kept: list[Entry], kind: DeadlineKind, lists: Counter[str | None], out: PageDates
) -> list[Entry]:
    """Let a deadline labelled as an extension take the one earlier deadline of its kind as
    its earlier value, where neither names a track: one deadline moved, not two tracks."""
    for moved in [e for e in kept if _EXTENSION_LABEL.search(e.label) and not e.track]:
        earlier = [
            e
            for e in kept
            if e is not moved
            and not e.track
            and e.at < moved.at
            and not _EXTENSION_LABEL.search(e.label)
            and not _other_tracks(e, moved, lists)
        ]
        if len(earlier) != 1:
            continue
        (first,) = earlier
        out.problems.append(
            f"{kind.value}: {moved.label!r} moves {first.at} ({first.label!r}); kept {moved.at}"
        )
        history = (*first.history, (first.at, first.zone), *moved.history)
        kept = [replace(e, history=history) if e is moved else e for e in kept if e is not first]
    return kept


def _two_headings(section: str | None) -> str:
    """A section's nearest heading with the one above it, dates titles left out ('First Cycle
    deadlines / Artifacts')."""
    parts = [p for p in (section or "").split(" / ") if not _TITLE.search(p)]
    return " / ".join(parts[-2:])


def _told_apart(one: Entry, other: Entry) -> bool:
    """Whether two rows of one dates list name different things on the same day.

    'Workshop paper submission' and 'ICTIR paper submission', both April 25: two deadlines,
    where 'Paper submission deadline' said again as 'Submission' is one, as is 'Short Papers
    Notification' said again as 'Notification'.
    """
    if one.prose or other.prose:
        return False
    if _row_names(one.label, other.label):
        return True  # 'Paper Submission Deadline' and 'Talk Submission Deadline': two rows
    if one.section != other.section:
        return False
    words = _naming_words(one.label), _naming_words(other.label)
    if bool(words[0] & _SUBMISSION_KINDS) != bool(words[1] & _SUBMISSION_KINDS):
        return True  # 'Paper Submission Due' and 'Demo Submission Due': two tracks
    named = [m[0].lower() if (m := _NAMED_TRACK.search(e.label)) else "" for e in (one, other)]
    if any(named) and named[0] != named[1]:
        return True  # 'Paper submission deadline' and 'Fast track submission': two routes
    # 'Notification' again under 'Short Papers Notification' (a card repeating a table row)
    # is the same deadline said in fewer words
    fewer, more = sorted(words, key=len)
    restated = fewer <= more and not fewer - _KIND_VOCABULARY
    return all(words) and words[0] != words[1] and not restated


def _row_names(one: str, other: str, *, parts: bool = False) -> bool:
    """Whether two labels say the same step after two different names: a table's rows, each
    a track ('Talk' and 'Notebook', then the column's 'Submission Deadline'), not one name
    said again in more words ('Paper submission deadline', 'Full paper submission deadline').

    With `parts`, whether they would be, but a name is a meeting's part (read as one).
    """
    words = one.lower().split(), other.lower().split()
    common = 0
    while common < min(map(len, words)) and words[0][-1 - common] == words[1][-1 - common]:
        common += 1
    names = [" ".join(w[: len(w) - common]) for w in words]
    return (
        common >= _SAME_STEP_WORDS
        and all(names)
        # a meeting's part named beside its papers ('Workshop Submission Deadline' on a
        # conference's page) may be a call for its proposals, not a track of papers
        and any(_MEETING_PART.search(n) for n in names) is parts
    )


_SAME_STEP_WORDS = 2  # 'Submission Deadline', 'Notification Date': the column's words
_MEETING_PART = re.compile(r"\b(?:workshops?|tutorials?|panels?)\b", re.IGNORECASE)


_NUMBERED_PART = re.compile(r"^\W*\d{1,2}[.)]\s+(?=[A-Za-z])")


def _numbered_part(heading: str) -> bool:
    """Whether a heading is a numbered part of a call that names no step ('2. Projects')."""
    numbered = _NUMBERED_PART.match(heading)
    return numbered is not None and not _STEP_WORDS.search(heading)


def _other_tracks(one: Entry, other: Entry, lists: Counter[str | None]) -> bool:
    """Whether two entries sit under headings that name two different tracks.

    `lists` counts the dated rows under each heading: sibling headings that each hold a
    list of dates of its own ('Short papers', 'Demo Papers') are tracks too.
    """
    tracks = [
        [_track_name(p) for p in (e.section or "").split(" / ") if _names_track(p)][-1:]
        for e in (one, other)
    ]
    if all(tracks):
        return tracks[0] != tracks[1]
    # 'Proceedings track', then 'Extended abstract (non-archival)' at the same level: the
    # headings of one list of tracks, though only one says so
    paths = [(e.section or "").split(" / ") for e in (one, other)]
    owns = [_own_heading(e.section) for e in (one, other)]
    if (
        len(paths[0]) == len(paths[1]) > 1
        and paths[0][-1] == paths[1][-1]
        and paths[0][:-2] == paths[1][:-2]
        and owns[0] != owns[1]
        and not any(map(_names_nothing, owns))
    ):
        # 'Quran QA Shared Task / Important dates' and 'Arabic Hate Speech Shared Task /
        # Important dates': one dates title under each of two sibling tasks
        return True
    if (
        len(paths[0]) == len(paths[1]) > 2
        and paths[0][-1] == paths[1][-1]
        and paths[0][:-2] == paths[1][:-2]
        and paths[0][-2] != paths[1][-2]
        and not _TITLE.search(paths[0][-1])  # (a dates title is the case above)
        and all(lists[e.section] >= _OWN_LIST for e in (one, other))
    ):
        # 'Workshops / Ethics in XR / Take me to the event' and 'Workshops / SeatedVR / Take
        # me to the event': a list of its own under each of two sibling parts, below a heading
        # their template repeats
        return True
    if len(paths[0]) != len(paths[1]) or paths[0][-1] == paths[1][-1]:
        return False
    if all(lists[e.section] >= _OWN_LIST for e in (one, other)):
        # 'The Workshop / Workshop Important Dates' and 'The Competition / Competition
        # Important Dates': two lists of their own, each named
        named = [_LIST_WORDS.sub(" ", p[-1]).strip(" :-–") for p in paths]
        # ('Important dates for task participants' and '… for task organizers': whom each
        # list is for, its shared rows said twice)
        if all(named) and not all(_AUDIENCE.fullmatch(n) for n in named):
            return True
    if paths[0][:-1] == paths[1][:-1] and all(_SUBMITTED.fullmatch(p[-1].strip()) for p in paths):
        return True  # sibling cards 'Abstracts' and 'Demos': what each track submits
    if (
        paths[0][:-1] == paths[1][:-1]
        and not (one.prose or other.prose)
        and all(_numbered_part(p[-1]) for p in paths)
    ):
        return True  # numbered sibling parts of a call: '1. Technical Papers', '2. Projects'
    if (
        paths[0][:-1] == paths[1][:-1]
        and any(_DATES_TITLE.search(p) for p in paths[0][:-1])
        and all(lists[e.section] >= _TWO_ROWS for e in (one, other))
        and not any(_DATES_TITLE.search(p[-1]) for p in paths)
    ):
        # 'Important Dates / Journal First, Conference Second (J1C2)' and 'Important Dates /
        # Doctoral symposium papers': the dates section's parts, each its own list of dates
        return True
    return paths[0][:-1] == paths[1][:-1] and any(tracks) and not any(
        _DATES_TITLE.search(p[-1]) or _TITLE.search(p[-1]) or _CHALLENGE.search(p[-1])
        for p in paths
    )


_TWO_ROWS = 2  # dated rows under a part of a dates section that make it a list of its own


def _apart_lists(one: Entry, other: Entry, lists: Counter[str | None]) -> bool:
    """Whether two entries sit in two lists of their own, each under a heading that names it,
    at any depth and neither part holding the other: 'NAACL workshops / Workshop papers' and
    'Student research workshop', whose struck day is not the workshops' live one (one step
    said again under another heading, naming the same, is still one)."""
    if _naming_words(one.label) == _naming_words(other.label):
        return False
    paths = [(e.section or "").split(" / ") for e in (one, other)]
    short = min(map(len, paths))
    named = [_LIST_WORDS.sub(" ", p[-1]).strip(" :-–") for p in paths]
    return (
        paths[0][:short] != paths[1][:short]
        and all(lists[e.section] >= _OWN_LIST for e in (one, other))
        and all(named)
        and not all(_AUDIENCE.fullmatch(n) for n in named)
    )


# a heading that names only what a track submits: 'Demos', 'Short papers', 'Posters'
_SUBMITTED = re.compile(
    r"(?:(?:full|short|long|regular|position|research|proceedings|extended|student|industry)\s+)?"
    r"(?:papers?|abstracts?|demos?|demonstrations?|posters?|extended abstracts?)",
    re.IGNORECASE,
)


_IMPORTANT_DATES = re.compile(r"\b(?:important|key)\s+dates\b", re.IGNORECASE)
_AUDIENCE = re.compile(
    r"for\s+(?:the\s+)?(?:task\s+|challenge\s+|workshop\s+)?"
    r"(?:participants|organi[sz]ers|authors|attendees|reviewers|teams)",
    re.IGNORECASE,
)
_LIST_WORDS = re.compile(
    r"\b(?:important|key|main|dates?|deadlines?|timelines?|schedule|and|&)\b", re.IGNORECASE
)


_TRACK_NAME = re.compile(r"([\w-]+)\s+track\b(?:\s*(\d+))?", re.IGNORECASE)
# a label naming its own track ('ACM MM fast track submission'), not every track ('all tracks')
_NAMED_TRACK = re.compile(r"\b(?!(?:all|each|both|every|any|the)\s)[\w-]+\s+track\b", re.IGNORECASE)


def _track_name(heading: str) -> str:
    """The name a heading gives its track: 'regular' for 'Call for Papers (Regular Track)'.

    'Submission Track 2: Non-Proceedings Track' is 'submission 2 non-proceedings'.
    """
    names = [" ".join(filter(None, m.groups())) for m in _TRACK_NAME.finditer(heading)]
    return (" ".join(names) or heading).lower()


def _under_track(entry: Entry) -> bool:
    """Whether an entry sits under a heading of its own track ('RoboTwin Track')."""
    return any(_names_track(p) for p in (entry.section or "").split(" / "))


def _in_dates_part(section: str | None) -> bool:
    """Whether a sentence sits in a part of the page about dates: under a heading naming
    dates, or right under one naming a call ('Call for Papers' as the page's title is not)."""
    parts = (section or "").split(" / ")
    return bool(_DATES_TITLE.search(section or "") or _DATES_SECTION.search(parts[-1]))


def _in_dates_list(entry: Entry) -> bool:
    return not entry.prose and bool(entry.section and _DATES_TITLE.search(entry.section))


def _rank(entry: Entry) -> tuple[bool, bool]:
    """Read from a dates list, then from a table or a card rather than a sentence."""
    return (_in_dates_list(entry), not entry.prose)


def _fuller(entry: Entry) -> tuple[bool, bool, int]:
    return (not entry.zone_assumed, entry.time_stated, len(entry.history))


def _track(entry: Entry) -> str:
    if entry.track:
        return entry.track
    parts = (entry.section or "").split(" / ")
    named = [p for p in parts if _names_track(p)]
    if named:
        return named[-1]
    return entry.label or parts[-1]


# the words that name a deadline's kind, not its track, at a label's end
_KIND_TAIL = re.compile(
    r"(?:\s+(?:submissions?|deadlines?|due|dates?|authors?|notifications?|to|of|for|the|closes"
    r"|ends|sent))+\s*$",
    re.IGNORECASE,
)


# a label's last words in brackets: what a table's column or a list's remark adds to the step
_BRACKETED_TAIL = re.compile(r".*\S\s*\(([^()]*\w[^()]*)\)\s*")


# … unless they say the date's status, its zone or its terms: '(Extended)', '(AoE)'
_STATUS_TAIL = re.compile(
    r"\s*\([^()]*\b(?:extended(?!\s+abstract)|final|new|updated|revised|postponed|firm|hard"
    r"|tentative|tb[ad]|aoe|utc|gmt|anywhere|applicable|optional|closed|passed|expired|approx\w*)"
    r"\b[^()]*\)\s*$",
    re.IGNORECASE,
)


def bracketed_tail(label: str) -> str | None:
    """A label's last words in brackets ('Mentorship track' of 'Decisions announced
    (Mentorship track)'), or None (or when they say the date's status: '(Extended)')."""
    bracket = _BRACKETED_TAIL.fullmatch(label)
    return bracket[1].strip() if bracket and not _STATUS_TAIL.search(label) else None


def _brackets_apart(labels: list[str]) -> list[str | None]:
    """The track of each label told apart from another only by its last words in brackets
    ('Decisions announced (Mentorship track)', '… (Archival track)'), else None."""
    tails = [bracketed_tail(label) for label in labels]
    heads = [label[: label.rfind("(")].strip().lower() for label in labels]
    return [
        tail
        if tail
        and any(h == head and t and t != tail for h, t in zip(heads, tails, strict=True))
        else None
        for head, tail in zip(heads, tails, strict=True)
    ]


def _track_of_label(label: str) -> str:
    """A label without its kind's words: 'Lightning Talks' of 'Lightning Talks Submission
    Deadline', 'Brave New Idea Papers' of 'Brave New Idea Papers Submission (Extended)', the
    label itself when nothing would be left."""
    plain = _STATUS_TAIL.sub("", label)
    return _KIND_TAIL.sub("", plain).rstrip(" ,;:") or label
