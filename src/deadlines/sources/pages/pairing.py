"""Pair each date of a dates section with its label, and its time and zone with each date.

A date's label is the text before it on its line, or the short line above it, or — when
neither says anything, or when the date and the line below share a block the line above is
not in (a timeline card) — the text after it or the line below it. Notes in a heading, a
card or a sentence give the dates around them their time and zone.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from deadlines.models import DeadlineKind
from deadlines.sources import dates as dates_
from deadlines.sources.dates import Found
from deadlines.sources.pages.entries import (
    _DATES_SECTION,
    _DATES_TITLE,
    _YEAR,
    PageDates,
    _Raw,
)
from deadlines.sources.pages.labels import (
    _ACT,
    _BARE_REGISTRATION,
    _BRACKETS,
    _CHALLENGE,
    _CHALLENGE_DEADLINE,
    _DOTTED_LABEL,
    _EARLIER,
    _EVENT,
    _EXTENDED_TO,
    _LONG_REMARK,
    _MOVED_LINE,
    _NAMES_DEADLINES,
    _PROGRAMME,
    _SENTENCE,
    _SHARED_TASK,
    _SKIP,
    _SKIP_SECTION,
    _STATUS,
    _STATUS_CELL,
    _STATUS_WORDS,
    _STEP_WORDS,
    _TITLE,
    _VERB,
    CALL_KINDS,
    FIRMNESS,
    MOVED_ES_PT,
    MOVED_ES_PT_TO,
    _is_other,
    _names_track,
    classify,
)
from deadlines.sources.pages.lines import DAY_ALONE, PICTOGRAPHS, STRUCK_CLOSE, STRUCK_OPEN, Line

_LEADING_TIME = re.compile(
    r"^\(?\s*\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\b|(?:AoE|UTC|GMT))", re.IGNORECASE
)
# a note on every date of the page, wherever it stands: 'All times are …', '(*) … AoE'
_FOOTNOTE = re.compile(r"\ball\s+(?:times|dates|deadlines)\b|^\W*\*", re.IGNORECASE)
# a programme table's header, its columns the talks': 'Time (SGT Singapore) | Session |
# Speaker | Chair'
_PROGRAMME_COLUMNS = re.compile(
    r"\|\s*(?:sessions?|speakers?|talks?|chairs?|presenters?|titles?)\s*(?:\||$)", re.IGNORECASE
)
_DEADLINE_NOTE = re.compile(
    # ('Many thanks are due to …' owes, and 'due to' gives a cause: neither dates a step)
    r"deadline|\bdue\b(?!\s+to\b)|all dates|all times?\b|submission"
    r"|^\W*time\s?zone\W*:"  # 'Time zone: AoE'
    r"|^\W*(?:standard\s+)?time\s?zone\s*\("  # 'Standard Timezone (GMT +7)'
    r"|\b(?:dates?|times?)\s+(?:are|is|listed|given|shown|stated)\b"  # 'Times are in UTC.'
    # a table's column header, the zone in brackets: 'Date (Anywhere on Earth) | Event'
    r"|^\W*(?:dates?|times?|date\s*/\s*time)\s*\([^()]+\)\s*(?:\||$)"
    r"|^\s*\([^()]+\)\s*$"  # a zone alone in brackets under a heading: '(anywhere on Earth)'
    r"|^\W*[A-Za-z]+/[\w/+-]+\s+time\s?zone\W*$"  # an Indico event's: 'Europe/Berlin timezone'
    r"|^\W*according\s+to\s+(?:the\s+)?[^.!?]{2,40}\btime\s?zone\W*$"  # 'According to … timezone'
    # the deadlines in other languages: 'Todos os prazos são até às 23h59min (BRT)'
    r"|\bprazos?\b|\bplazos?\b|\bd[ée]lais?\b|\bdates?\s+limites?\b|\bfristen?\b"
    r"|\bscadenz[ae]\b|截止|締切|마감"
    r"|\btarihler\b|\bson\s+tarih",  # Turkish: the dates, the last date
    re.IGNORECASE,
)


# 'August 6th 13th 2025': a day then its replacement, the old one struck by styling lost here
_TWO_DAYS = re.compile(
    rf"(?P<m>{dates_.MONTH})\s+(?P<old>\d{{1,2}}(?:st|nd|rd|th))\s+(?P<new>\d{{1,2}}(?:st|nd|rd|th))"
    r"(?=,?\s+(?:19|20)\d{2}\b)",
    re.IGNORECASE,
)
# a struck day, alone or in brackets: '<s>11</s>', '<s>(3rd)</s>'
_STRUCK_ONE_DAY = r"\x01\s*\(?\d{1,2}(?:st|nd|rd|th)?\)?\s*\x02\s*"
# 'March <s>1st</s> <s>9th</s> 15th': one struck day or more before the live one (and after
# the month's comma: 'March, <s>20th</s> 28th 2026')
_STRUCK_DAY = re.compile(
    rf"(?P<m>{dates_.MONTH})(?P<sp>,?[\s\x01\x02]*)"
    rf"(?P<old>(?:{_STRUCK_ONE_DAY})+)"
    r"(?P<new>\d{1,2}(?:st|nd|rd|th)?\b)",
    re.IGNORECASE,
)
# '<s>16</s> 20 March, 2022': the same, written day first
_STRUCK_DAY_FIRST = re.compile(
    rf"(?P<old>(?:{_STRUCK_ONE_DAY})+)"
    # (or another language's: '<s>10</s> 22 de Mayo de 2023')
    rf"(?P<new>\d{{1,2}}(?:st|nd|rd|th)?)(?P<sp>\s+(?:of\s+|de\s+)?)"
    rf"(?P<m>{dates_.MONTH}|{dates_.FOREIGN_MONTH})\b",
    re.IGNORECASE,
)
# '24th <s>15th</s> of October 2022': the live day first, the struck one after it
_STRUCK_DAY_AFTER = re.compile(
    r"(?<![\d\x02])(?P<new>\d{1,2}(?:st|nd|rd|th)?)\s*"
    rf"(?P<old>(?:{_STRUCK_ONE_DAY})+)"
    rf"(?P<of>(?:of\s+)?)(?P<m>{dates_.MONTH})\b",
    re.IGNORECASE,
)
_SUBHEADING_MAX_WORDS = 14
_TRACK_LINE_WORDS = 5  # a track's name on a line of its own: 'Non-proceedings track'
_TAIL_LABEL_WORDS = 8
_PROSE_WORDS = 14  # more words than this before a date: a sentence, not a label
_COLON_LABEL_WORDS = 20  # words of a label after its date and a colon
_CELL_WORDS = 12  # and in a cell of its own after the date's
_PARAGRAPH_WORDS = 40  # a line this long with a sentence's end in it is a paragraph
_NOTE_WORDS = 40  # words of a note on the page's zone: a longer line is read by its sentences
_SENTENCE_BREAK = re.compile(r"(?<=[A-Za-z)])\.\s+(?=[A-Z])")
_SENTENCE_END = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")
_FILLER = {
    "time", "tentative", "tbc", "extended", "updated", "new", "at", "on", "by", "strict",
    "hard", "firm", "final", "anywhere", "earth", "the", "am", "pm",
    # a date given as approximate: 'Around February 1, 2027'
    "around", "approximately", "approx", "about", "circa", "ca", "expected", "tba",
    # or as a bound: 'Before June 30, 2024' over 'Formal acceptance notice'
    "before", "until", "till",
    # a new date's window, in Portuguese and Spanish: 'Nova data: De 04/03/2024 a 31/03/2024'
    "from", "de", "desde", "hasta", "nova", "nueva", "data", "fecha", "prorrogado", "prorrogada",
}  # fmt: skip
_REMARK = re.compile(r"\(([^()]*)\)")
_FIRM_AFTER_STRUCK = re.compile(
    rf"{STRUCK_CLOSE}\s*(?:{FIRMNESS}\s+deadline\s*:?"
    # or what it now is: '~~Sunday, February 25~~ REVISED: Sunday, March 11, 2018'
    r"|(?:revised|updated|changed|new|extended|postponed)(?:\s+(?:date|deadline))?\s*:"
    r"|(?:[*_]{1,2}\s*)?now\b\s*:?)\s*",  # ('~~June 26~~ ** now June 29**')
    re.IGNORECASE,
)
_HARD_DEADLINE = re.compile(rf"\b(?:{FIRMNESS}|extended)\s+deadline\b", re.IGNORECASE)
# a call's title bar with its deadline: 'Call for Papers, deadline March 15, 2022'
_CALL_LINE = re.compile(
    r"(Call for [\w &/-]{3,60}?)\s*[,:\u2013\u2014-]\s*deadline\b", re.IGNORECASE
)
_CALL_LEVEL = 2  # over the dates heading under it
# the title of a page's next part, styled as no heading ('<div class="title">Call for
# Papers</div>'): the news above it end there
_PART = re.compile(
    r"^(?:call\s+for\s+(?:papers|participation|contributions|submissions|abstracts)"
    r"|submissions?(?:\s+(?:guidelines|instructions))?|(?:invited\s+|keynote\s+)?speakers"
    r"|schedule|program(?:me)?|organi[sz]ers|topics|overview|about|challenges?)\W*$",
    re.IGNORECASE,
)
_NEWS = re.compile(
    r"^\W*(?:latest )?(?:news|updates|announcements|what'?s new|change\s?log|release notes"
    r"|更新履歴|更新情報)"  # (and a Japanese site's change log, its updates)
    r"(?:\s*(?:&|and)\s*(?:news|updates|announcements))?"  # 'News & Updates'
    r"(?:\s*\((?:as\s+of|updated)\b[^()]{0,40}\))?\W*$",  # 'Latest Updates (as of 14/06/2024):'
    re.IGNORECASE,
)


_CARD_REACH = 3  # lines from a card's heading to its date: a sentence or a badge between


_OPENS = r"(?:opens?|opening)(?:\s+date)?"  # a window's opening: 'Open', 'Opening date'
_OPENS_LINE = re.compile(rf"\s*{_OPENS}\s*:", re.IGNORECASE)


def _card_heading(
    lines: list[Line], founds: list[list[Found]], number: int, taken: set[int]
) -> str | None:
    """A card's title set as a heading just above its date, which has no label of its own
    ('<h3>Full Paper Submission</h3><p>Submit your draft …</p><span>September 30, 2026</span>'),
    when the title names a step this reader knows and is no other date's; None otherwise."""
    for back in range(number - 1, max(-1, number - 1 - _CARD_REACH), -1):
        if founds[back] and _OPENS_LINE.match(lines[back].plain):
            continue  # 'Open : 16 October 2025' between the title and its 'Close : …'
        if founds[back] or back in taken:
            return None
        if 1 <= lines[back].level <= 6:
            title = lines[back].plain
            return title if classify(title) not in {None, DeadlineKind.OTHER} else None
    return None


# a call's close said with no subject ('Open until March, 28th', 'Closes on 30th November
# 2016.'), and what names the call on the line above it
_SUBJECTLESS_CLOSE = re.compile(
    r"\W*(?:(?:is\s+|are\s+)?open\s+(?:until|till|through)|clos(?:es|ing)(?:\s+on)?)\W*",
    re.IGNORECASE,
)
_CALL_ABOVE = re.compile(
    rf"\bcall\s+for\s+(?:{CALL_KINDS})\b"
    r"|\bsubmit\s+(?:your|a)\s+(?:talk|proposal|paper|abstract|presentation)s?\b",
    re.IGNORECASE,
)
_CALL_ABOVE_WORDS = 20  # words, at most, of the line naming the call


def _call_above(lines: list[Line], founds: list[list[Found]], number: int) -> str | None:
    """The call a subjectless close names, from the undated line just above it ('Submit
    your proposal' over 'Open until March, 28th'; 'The Call for Proposals for PyCon Pune 2017
    is open.' over 'Closes on 30th November 2016.'); None when that line names none."""
    if number == 0 or founds[number - 1]:
        return None
    above = lines[number - 1].plain
    if len(above.split()) > _CALL_ABOVE_WORDS or not (call := _CALL_ABOVE.search(above)):
        return None
    return call[0]


def _dated_next(lines: list[Line], founds: list[list[Found]], number: int) -> bool:
    """Whether the line after `number` holds dates and no words that could label them."""
    after = number + 1
    return after < len(lines) and bool(founds[after]) and _date_only(lines[after], founds[after])


def _one_of_pairs(lines: list[Line], founds: list[list[Found]], number: int) -> bool:
    """Whether a line ending ':' over a date alone is followed, after that date, by another
    such line or a date: one of a list of labels and their dates, each pair two lines."""
    after = number + 2
    return after >= len(lines) or bool(founds[after]) or lines[after].plain.rstrip().endswith(":")


def _without_dates(text: str, found: list[Found]) -> str:
    """A line's words with its dates cut out: what else a dated heading says."""
    for item in reversed(found):
        text = text[: item.start] + " " + text[item.end :]
    text = text.replace(STRUCK_OPEN, " ").replace(STRUCK_CLOSE, " ")
    return " ".join(text.split()).strip(" :-–—,(")


def _labelled_next(lines: list[Line], founds: list[list[Found]], number: int) -> bool:
    """Whether the line after `number` holds dates and words that label them."""
    after = number + 1
    if after >= len(lines) or not founds[after]:
        return False
    return not _date_only(lines[after], founds[after])


_PROPOSALS = re.compile(r"\bproposals?\b", re.IGNORECASE)
_PAPERS_OF = re.compile(r"^(?!.*\bproposals?\b).*\bpapers?\b", re.IGNORECASE)


def _noted(section: str, clock: dates_.Clock, notes: dict[str, dates_.Clock]) -> dates_.Clock:
    """A heading's own time and zone, or else those its nearest enclosing part's note states
    ('EDBT Research Papers / All deadlines are at 5 pm PT', then 'Research track - 1st cycle')."""
    if clock.time or clock.zone:
        return clock
    parts = section.split(" / ")
    for end in range(len(parts), 0, -1):
        if (noted := notes.get(" / ".join(parts[:end]))) is not None:
            return noted
    return clock


def _skipped_part(section: str, line: str) -> str | None:
    """The part of a line's section about travel grants, mentoring, proposals or the
    programme, whose dates are not the authors' (None when the line's dates are theirs). A
    grant's key dates are the grant's, but a dates heading below the programme's is the page's
    own ('Workshop Schedule / Important Dates'), as is a timeline under a menu bar that names
    the schedule, and a line of the programme that names a deadline ('November 1, 2026 | Paper
    Submission Deadline')."""
    parts = section.split(" / ")
    skipped = [i for i, p in enumerate(parts) if _SKIP_SECTION.search(p)]
    if not skipped:
        return None
    outer, last = parts[skipped[0]], parts[skipped[-1]]  # the outer one names it
    if _PROPOSALS.search(last) and _PAPERS_OF.search(line):
        return None  # 'Submission of workshop papers' under 'Workshop Proposals': the authors'
    if not _PROGRAMME.search(last) or _SKIP_SECTION.search(_PROGRAMME.sub("", last)):
        return outer
    # 'Schedule and task deadlines' names the dates it holds, as a dates title below would
    dated = any(_DATES_TITLE.search(p) for p in parts[skipped[-1] :])
    # 'Friday June 30: System descriptions due.' or 'Feb 17: Evaluation period ends.' under
    # 'Tentative schedule': a deadline too
    due = _NAMES_DEADLINES.search(line) or _NAMES_DUE.search(line)
    # 'Acceptance: Jun 19, 2026', 'Camera-Ready: Jun 27': a step no programme holds
    kind = classify(line)
    decided = kind in {DeadlineKind.NOTIFICATION, DeadlineKind.CAMERA_READY}
    # 'Submission of paper: July 27', 'Working notes paper submission', 'Registration close:
    # June 26', 'System runs submitted': a hand-in no programme holds either
    handed = kind is not None and bool(_HAND_IN.search(line))
    # 'The CHAOSScon CfP will be open until End of Day (MDT) May 9, 2025': the call's close
    closes = bool(_CALL_OPEN_UNTIL.search(line))
    return None if dated or due or decided or handed or closes else outer


# a news item's words between the day it was posted and the day it moves a deadline to
_POSTED_MOVE = re.compile(
    r"\s*[:\-–]\s*[^.!?]{0,80}?\b(?:extended|postponed|moved|changed|pushed)\b"
    r"[^.!?]{0,20}?\b(?:to|until|till)\W*",
    re.IGNORECASE,
)
_HAND_IN = re.compile(
    r"\bsubmissions?\b|\bsubmit(?:ted)?\b|\bdeadline\b|\bclos(?:e|ed|es|ing)\b", re.IGNORECASE
)
_NAMES_DUE = re.compile(r"\bdue\b(?!\s+to\b)|\bends\b|\bcloses\b", re.IGNORECASE)
_CALL_OPEN_UNTIL = re.compile(
    r"\b(?:cf[pas]|call\s+for\s+\w+)\s+(?:is|will\s+be)\s+(?:now\s+|currently\s+|still\s+)?"
    r"open\s+(?:until|till|through)\b",
    re.IGNORECASE,
)


_PREVIOUSLY = re.compile(
    # (after a word or three on the change: '(Extended, previously August 27th)', '(not
    # extendable, was: April 14)')
    rf"\(((?:(?:\w+\s+){{0,2}}\w+\s*[,;:]\s*)?(?:previously|formerly|originally|initially|was"
    # (and named first: a bracket's 'Deadline Extended from April 2')
    # (and the earlier value said as such after it: 'extended from previously November 15')
    rf"|(?:(?:deadline|date)\s+)?(?:extended|moved|postponed|changed|pushed)\s+from"
    rf"(?:\s+(?:previously|formerly|originally|initially))?)\b\s*:?\s*)"
    rf"([^(){STRUCK_OPEN}{STRUCK_CLOSE}]+)\)",
    re.IGNORECASE,
)


def _unstrike_days(line: Line) -> Line:
    """Rewrite a struck day inside a date as a struck date: 'March <s>11</s> 17' -> 11, then 17.

    The struck value then reads as the earlier value of the deadline, the live one as its date;
    so does a day followed by its replacement before the year ('August 6th 13th 2025').
    """
    text = _TWO_DAYS.sub(_old_then_new, line.text)
    # 'June 9, 2022 (previously: June 3, May 27)', 'Sep.8, 2023: … (extended from Sep. 1st)':
    # the bracket's dates are struck in words
    if (
        text.startswith(STRUCK_OPEN)
        and text.endswith(STRUCK_CLOSE)
        and text.count(STRUCK_OPEN) == 1
        and _PREVIOUSLY.search(text)
    ):
        # a whole line struck because it passed, that still says its earlier value ('~~New
        # Notification of acceptance: 11 May, 2026 (was 8 May, 2026)~~'): the bracket decides
        text = text[1:-1]
    text = _PREVIOUSLY.sub(lambda m: f"({STRUCK_OPEN}{m[2]}{STRUCK_CLOSE})", text)
    if STRUCK_OPEN not in text:
        return line
    # 'February 28, 2026 (struck) Hard Deadline: March 15, 2026': the new date's firmness
    text = _FIRM_AFTER_STRUCK.sub(STRUCK_CLOSE + " ", text)
    text = _STRUCK_DAY.sub(_old_then_new, text)
    text = _STRUCK_DAY_AFTER.sub(_day_first_new_then_old, text)
    return replace(line, text=_STRUCK_DAY_FIRST.sub(_day_first_old_then_new, text))


def _struck_days(m: re.Match[str], *, day_first: bool) -> str:
    """The struck days of a match's 'old' group, each with its month, as struck dates."""
    olds = re.findall(r"\d{1,2}(?:st|nd|rd|th)?", m["old"], re.IGNORECASE)
    between = m.groupdict().get("sp") or " "  # ('10 de Mayo')
    dates = (f"{day}{between}{m['m']}" if day_first else f"{m['m']} {day}" for day in olds)
    return " ".join(f"{STRUCK_OPEN}{date}{STRUCK_CLOSE}" for date in dates)


def _old_then_new(m: re.Match[str]) -> str:
    """'March <old> <new>' as struck dates then a live one: '<s>March old</s> March new'."""
    return f"{_struck_days(m, day_first=False)} {m['m']} {m['new']}"


def _day_first_old_then_new(m: re.Match[str]) -> str:
    """'<old> <new> March' as struck dates then a live one: '<s>old March</s> new March'."""
    return f"{_struck_days(m, day_first=True)} {m['new']}{m['sp']}{m['m']}"


def _day_first_new_then_old(m: re.Match[str]) -> str:
    """'<new> <old> of March' as struck dates then a live one: '<s>old March</s> new of March'."""
    return f"{_struck_days(m, day_first=True)} {m['new']} {m['of']}{m['m']}"


_NUMERIC_CELL = re.compile(r"\s*(\d{1,2})/(\d{1,2})\s*")


def _numeric_cell(line: Line, *, day_first: bool) -> Line:
    """A table row whose one date is a cell of two numbers and no year, beside a cell naming a
    deadline ('09/27 | Abstract Submission Deadline'): the cell written as the date it is,
    month first unless the page writes dates day first. Elsewhere '9/27' may be a score."""
    cells = line.text.split("|")
    numeric = [(i, m) for i, c in enumerate(cells) if (m := _NUMERIC_CELL.fullmatch(c))]
    if len(numeric) != 1 or not any(classify(c.strip()) is not None for c in cells):
        return line
    i, m = numeric[0]
    month, day = (int(m[2]), int(m[1])) if day_first else (int(m[1]), int(m[2]))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return line
    cells[i] = f" {dates_.MONTH_NAMES[month - 1].capitalize()} {day} "
    return replace(line, text="|".join(cells))


def _found(line: Line, *, day_first: bool = False) -> list[Found]:
    found = dates_.find_dates(line.text, day_first=day_first)
    return [f for f in found if f.date or f.parts or f.problems]


_CJK = r"[\u3131-\u318e\uac00-\ud7a3\u3040-\u30ff\u4e00-\u9fff]"  # Hangul, kana, ideographs


def _date_only(line: Line, found: list[Found]) -> bool:
    """Whether a line holds dates (and times, zones) but no words that could label them."""
    text, cursor, rest = line.text, 0, []
    for item in found:
        rest.append(text[cursor : item.start])
        cursor = item.end
    rest.append(text[cursor:])
    # a weekday after its date ('2023-07-20 Thu') is the date's, as a bracketed one is
    after = rf"^[\s,]*{dates_.WEEKDAY}\b\.?"
    rest[1:] = [re.sub(after, " ", r, flags=re.IGNORECASE) for r in rest[1:]]
    rest_text = re.sub(rf"\(\s*{dates_.WEEKDAY}\s*\)", " ", " ".join(rest), flags=re.IGNORECASE)
    # a remark in brackets that names no step, like the time zone's or a hard deadline's
    # (nested ones too: '(End of the day, Anywhere on Earth (AoE))')
    for _ in range(3):
        rest_text = _REMARK.sub(lambda m: f"[{m[1]}]" if _names_a_step(m[1]) else " ", rest_text)
    # ('(Tuesday)' is no label; Korean, Chinese and Japanese words are: '초록제출 마감(1차)')
    words = re.findall(rf"[A-Za-z]{{2,}}|{_CJK}{{2,}}", dates_.strip_clock(rest_text))
    return all(w.lower() in _FILLER for w in words)


def _names_a_step(remark: str) -> bool:
    """Whether a remark in brackets names a step ('(abstract)'), not how firm its date is."""
    return _labels(_HARD_DEADLINE.sub(" ", remark))


def _label_like(text: str) -> bool:
    """Whether a line's text names a date, a deadline or not ('Competition starts')."""
    return _labels(text) or (bool(_SKIP.search(text)) and not _TITLE.search(text))


def _labels(text: str) -> bool:
    """Whether a line's text names a deadline or the event (so it can label a date)."""
    return (
        classify(text) is not None
        or bool(_EVENT.search(text))
        or _is_other(text)
        or bool(_CHALLENGE.search(text) and _CHALLENGE_DEADLINE.search(text))
    )


def _rejoin(
    lines: list[Line], founds: list[list[Found]], *, day_first: bool
) -> tuple[list[Line], list[list[Found]]]:
    """Join the lines markup split that one row of a table would have kept together.

    - a card's new date and the struck one under or over it, old then new ('<h4>Dec 28,
      2025</h4><del>Dec 18, 2025</del><p>Paper Submission</p>'): the title below labels both;
    - a column of labels and the column of dates beside it, line by line ('<div
      class="left">Submission deadline<br>Notification</div><div class="right">Sep 11,
      2024<br>Oct 2, 2024</div>').
    """
    lines, founds = _with_remarks(lines, founds)
    kept: list[Line] = []
    kept_founds: list[list[Found]] = []

    def join(line: Line) -> None:
        kept.append(line)
        kept_founds.append(_found(line, day_first=day_first))

    number = 0
    while number < len(lines):
        line = lines[number]
        if number + 2 < len(lines) and _new_over_struck(lines, founds, number):
            first, second = line, lines[number + 1]
            if not _inside_struck(first.text, founds[number][0].start):
                first, second = second, first  # the struck dates first: old, then new
            join(Line(f"{first.text} {second.text}", line.level, line.blocks))
            number += 2
        elif number + 1 < len(lines) and (day := _day_over_month(line, lines[number + 1])):
            # '<h3>15<sup>th</sup></h3><p>March 2026</p>', 'March <s>7</s>' over '21, 2024'
            join(_unstrike_days(Line(day, 0, line.blocks)))
            number += 2
        elif size := _label_column(lines, founds, number):
            for offset in range(size):
                label, date = lines[number + offset], lines[number + size + offset]
                join(Line(f"{label.text} | {date.text}", 0, label.blocks))
            number += 2 * size
        else:
            kept.append(line)
            kept_founds.append(founds[number])
            number += 1
    return kept, kept_founds


def _with_remarks(
    lines: list[Line], founds: list[list[Found]]
) -> tuple[list[Line], list[list[Found]]]:
    """Join a remark in brackets on its own line to the date line above it, in its block
    ('June 29, 2024<br>(End of the day, Anywhere on Earth (AoE))'): the date's zone note."""
    kept: list[Line] = []
    kept_founds: list[list[Found]] = []
    for line, found in zip(lines, founds, strict=True):
        remark = line.plain
        if (
            kept
            and not found
            and kept_founds[-1]
            and remark.startswith("(")
            and remark.endswith(")")
            and kept[-1].shared(line) >= 0
            and _date_only(kept[-1], kept_founds[-1])
            and not _names_a_step(remark[1:-1])
        ):
            kept[-1] = Line(f"{kept[-1].text} {line.text}", kept[-1].level, kept[-1].blocks)
            continue
        kept.append(line)
        kept_founds.append(found)
    return kept, kept_founds


_MONTH_YEAR_ALONE = re.compile(rf"^{dates_.MONTH}\.?,?\s+(?:19|20)\d\d$", re.IGNORECASE)
_MONTH_STRUCK_DAY = re.compile(
    rf"^{dates_.MONTH}\.?\s+{STRUCK_OPEN}\s*\d{{1,2}}(?:st|nd|rd|th)?\s*{STRUCK_CLOSE}$",
    re.IGNORECASE,
)
_DAY_YEAR_ALONE = re.compile(r"^\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d$", re.IGNORECASE)


def _day_over_month(line: Line, under: Line) -> str | None:
    """A card's day over its month and year, as one date ('15th' over 'March 2026'), or a
    month and its struck day over the new day and the year ('March <s>7</s>' over '21, 2024':
    a paragraph opened inside another); None if the two lines are not such."""
    day, month = line.plain, under.plain
    if line.shared(under) < 0:
        return None
    if (
        DAY_ALONE.fullmatch(day)
        and _MONTH_YEAR_ALONE.match(month)
        and STRUCK_OPEN not in line.text + under.text
    ):
        return f"{day} {month}"
    if _MONTH_STRUCK_DAY.match(line.text) and _DAY_YEAR_ALONE.match(under.text):
        return f"{line.text} {under.text}"
    return None


def _label_column(lines: list[Line], founds: list[list[Found]], number: int) -> int:
    """The number of label lines starting at `number` that a column of as many date lines
    follows, in a sibling block of theirs; 0 if none do.

    (Or a column of headings beside one of dates set as headings of that level too: '<ul>
    <h2>Paper Submission Deadline</h2>…</ul><ul><h2>: January 30, 2023</h2>…</ul>', each
    heading a block of its own in its column's.)"""
    first = lines[number]
    level = first.level

    def block(line: Line) -> tuple[int, ...]:  # the column a line is in
        return line.blocks[:-1] if level else line.blocks

    if not block(first) or founds[number]:
        return 0
    size = 0
    while (
        number + size < len(lines)
        and not founds[number + size]
        and lines[number + size].level == level
        and block(lines[number + size]) == block(first)
    ):
        size += 1
    dates = lines[number + size : number + 2 * size]
    if size < 2 or len(dates) < size or not block(dates[0]):  # one pair is no column
        return 0
    column = block(dates[0])
    if column == block(first) or column[:-1] != block(first)[:-1]:
        return 0  # not a sibling block of the labels'
    dated = founds[number + size : number + 2 * size]
    if any(
        block(d) != column or not f or not _date_only(d, f) or (level and d.level != level)
        for d, f in zip(dates, dated, strict=True)
    ):
        return 0
    if number + 2 * size < len(lines) and block(lines[number + 2 * size]) == column:
        return 0  # more dates than labels
    labels = sum(_label_like(lines[number + i].plain) for i in range(size))
    return size if 2 * labels >= size else 0


def _new_over_struck(lines: list[Line], founds: list[list[Found]], number: int) -> bool:
    """Whether a line of dates and a line of struck dates of its card sit one over the other,
    in either order, with a label below them."""
    line, under = lines[number], lines[number + 1]
    if not (
        founds[number]
        and founds[number + 1]
        and not founds[number + 2]
        and not under.heading
        and line.shared(under) >= 0
        and _date_only(line, founds[number])
        and _date_only(under, founds[number + 1])
        and lines[number + 2].plain
    ):
        return False
    struck = [
        [_inside_struck(one.text, f.start) for f in founds[number + i]]
        for i, one in enumerate((line, under))
    ]
    # '<h4>Dec 28</h4><del>Dec 18</del>', or '<s>March 7</s><br>March 14, 2024'
    return any(all(struck[i]) and not any(struck[1 - i]) for i in (0, 1))


def _scan(
    lines: list[Line], sections: re.Pattern[str] | None, out: PageDates
) -> tuple[list[_Raw], dates_.Clock, dict[str, list[str]]]:
    """Pair the dates of `lines` with their labels, into raw entries; also return the page's
    zone note, and the dated lines left unread in each part not for authors (by section)."""
    lines = [_unstrike_days(line) for line in lines]
    day_first = dates_.day_first("\n".join(line.plain for line in lines))  # 30/03/2026
    lines = [_numeric_cell(line, day_first=day_first) for line in lines]
    founds = [_found(line, day_first=day_first) for line in lines]
    lines, founds = _rejoin(lines, founds, day_first=day_first)
    # a step's state on a line of its own, between its date and its label ('12 Jul', 'DONE',
    # 'Submission deadline (AoE)'): a badge, no line of the list
    kept = [
        n for n, line in enumerate(lines) if line.heading or not _BADGE_LINE.fullmatch(line.plain)
    ]
    lines, founds = [lines[n] for n in kept], [founds[n] for n in kept]
    raws: list[_Raw] = []
    stack: list[tuple[int, str]] = []
    section: str | None = None
    section_clock = dates_.Clock()
    part_notes: dict[str, dates_.Clock] = {}  # each part's own note: 'All deadlines are AoE'
    page_clock = dates_.Clock()
    page_named = False  # the page's note names the deadlines
    pending: str | None = None  # a label on a line of its own, waiting for its date
    taken: set[int] = set()  # lines read as the label of the date above them
    cards: set[int] = set()  # of those, the titles of cards
    news = False  # under a 'News' heading: dated announcements, not deadlines
    news_rows: bool | None = None  # whether those announcements are a table's rows
    skipped: set[str] = set()  # sections whose dates are not the authors'
    unread: dict[str, list[str]] = {}  # their dated lines, which still say what a part is
    dated_heading: tuple[int, str] | None = None  # a heading holding its step's date
    # a dates title said as a heading more than once at one level: one list per sibling above
    titles = Counter(
        (line.level, line.plain)
        for line, found in zip(lines, founds, strict=True)
        if line.heading and not found and _DATES_TITLE.search(line.plain)
    )
    repeated = {plain for (_, plain), count in titles.items() if count > 1}
    for number, line in enumerate(lines):
        found = founds[number]
        plain = line.plain
        if found and _NEWS.match(plain):
            found = []  # 'Latest Updates (as of 14/06/2024):' heads news; its day is its own
        if dated_heading is not None:
            # '## Abstract Submission - Deadline: December 12, 2025', read as that deadline,
            # heads the part below it too ('… notified of the acceptance by December 23')
            stack = [*stack, dated_heading]
            section = " / ".join(t for _, t in stack)
            section_clock = _noted(section, dates_.Clock(), part_notes)
            dated_heading = None
        if (
            found
            and line.heading
            and number not in taken
            and number + 1 < len(lines)
            and not lines[number + 1].heading  # (not one of a list of such headings)
            and classify(_without_dates(line.text, found)) is not None
        ):
            # (not a date alone, '<h2>July 24, 2024 (12AM UTC)</h2>' over its label: a card's)
            # it closes the parts at its level above it ('## Accommodation Grants')
            stack = [(lv, t) for lv, t in stack if lv < line.level]
            section = " / ".join(t for _, t in stack) or None
            section_clock = _noted(section or "", dates_.Clock(), part_notes)
            dated_heading = (line.level, plain)
        elif (
            found
            and line.heading
            and number not in taken
            and classify(rest := _without_dates(line.text, found)) is None
            and len(rest.split()) >= 3
        ):
            # '### Co-located with FM 2024 in Milano, on September 10, 2024': a heading that
            # names the event's day, no step, heads the part below it all the same (the
            # programme's part above it ends)
            stack = [(lv, t) for lv, t in stack if lv < line.level] + [(line.level, plain)]
            section = " / ".join(t for _, t in stack)
            section_clock = _noted(section, dates_.Clock(), part_notes)
        if number in taken:
            if line.heading and number not in cards:  # a title under its date: context below
                stack = [(lv, t) for lv, t in stack if lv < line.level] + [(line.level, plain)]
                section = " / ".join(t for _, t in stack)
                section_clock = _noted(section, dates_.find_clock(plain), part_notes)
            pending = None
            continue
        if not found and raws and raws[-1].line_no == number - 1 and _LEADING_TIME.match(plain):
            # '2014 November 14 (Fri), at:<br>1pm Pacific Standard Time': the time goes on
            raws[-1].tails[-1] += " " + plain
            raws[-1].line_clock = dates_.find_clock(plain)
            continue
        if not found and (
            line.heading or _NEWS.match(plain) or _TITLE.search(plain) or _PART.match(plain)
        ):
            news, news_rows = bool(_NEWS.match(plain)), None
        if news and found:
            # a table after a list of news, no heading between ('2019/4/8 | Model & paper
            # submission deadline' below '2019/2/20 - Please note …'): the dates', news no more
            if news_rows is None:
                news_rows = " | " in line.text
            elif " | " in line.text and not news_rows:
                news = False
        if not found:
            clock = dates_.find_clock(plain)
            words = len(plain.split())
            subheading = (
                not line.heading
                and words <= _SUBHEADING_MAX_WORDS
                and plain.rstrip().endswith(":")
                and (
                    clock.zone
                    or not _labels(plain[:-1])
                    or _CHALLENGE.search(plain)
                    # 'Artifacts:' over 'Submission: February 9': what the labels below are of,
                    # and 'Full papers:', 'Short papers and posters:', a track naming no step
                    or (
                        (
                            classify(plain[:-1]) is DeadlineKind.OTHER
                            or (
                                classify(plain[:-1]) is DeadlineKind.PAPER
                                and not _STEP_WORDS.search(plain)
                            )
                        )
                        and _labelled_next(lines, founds, number)
                    )
                )
                # 'Workshop proposal submission:' over a date alone labels that date, as
                # a <dt> its <dd>: not a heading over the authors' dates below; so does any
                # such line in a list of them ('Data Release (Dev):', '20 Jan 2023',
                # 'Baseline System Release:', '24 Jan 2023')
                and not (
                    _dated_next(lines, founds, number)
                    and (_SKIP.search(plain) or _one_of_pairs(lines, founds, number))
                )
            ) or (
                not line.heading
                and words <= 8
                # 'Important dates', or 'Schedule and task deadlines': a title naming them
                and bool(
                    _TITLE.search(plain) or (_DATES_TITLE.search(plain) and not classify(plain))
                )
                and not _SENTENCE.search(plain)  # 'Deadlines are at 23:59 AoE.': a note
            ) or (
                # '<b>Proceedings track</b><br>Submission deadline: March 13<br>…': a track's
                # name on a line of its own heads the labelled dates under it
                not line.heading
                and words <= _TRACK_LINE_WORDS
                and _names_track(plain)
                and classify(plain) is None
                and not _SENTENCE.search(plain)
                and _labelled_next(lines, founds, number)
            )
            # 'Important Dates · Deadlines 23:59 AoE' in a plain <div>: a title all the same
            if line.heading or subheading:
                level = line.level or 8
                # a label's heading at its track's level is under it: 'Archival Track' h3,
                # then 'Submission deadline' h3 over its date
                label = (
                    classify(plain) is not None
                    and not _names_track(plain)
                    # 'Extended abstract (non-archival)' names a track of its own, no step
                    and bool(_STEP_WORDS.search(plain))
                )
                here = " / ".join(t for _, t in stack)  # the part the heading ends
                stack = [
                    (lv, t)
                    for lv, t in stack
                    if lv < level
                    or (lv == level and label and _names_track(t) and not _ACT.search(t))
                    # a dates title said again under each of its siblings that name a track,
                    # a task or a challenge ('Quran QA Shared Task', 'Important dates:', then
                    # the next task, 'Important dates:'): each list is its sibling's
                    or (
                        lv == level
                        and plain in repeated
                        and t not in repeated
                        and bool(_names_track(t) or _CHALLENGE.search(t) or _SHARED_TASK.search(t))
                        and (not raws or raws[-1].section != here)
                    )
                ] + [(level, plain.rstrip(":"))]
                section = " / ".join(t for _, t in stack)
                section_clock = _noted(section, clock, part_notes)
                out.problems.extend(clock.problems)
                pending = plain if line.heading and _label_like(plain) else None
                if (
                    clock.zone
                    and _FOOTNOTE.search(plain)
                    and not page_clock.zone
                    and not any(_PROGRAMME.search(t) for _, t in stack[:-1])
                ):
                    page_clock = clock  # a table's last row: '(*) All times are AoE'
            else:
                note, note_clock = plain, clock
                if clock.zone and words > _NOTE_WORDS:
                    # 'Each deadline is midnight GMT on the stated day, no matter where the
                    # submitter is located. ** The submission deadlines will be strictly
                    # enforced. ** …': a paragraph, one sentence of which is the note
                    note, note_clock = next(
                        (
                            (sentence, sentence_clock)
                            for sentence in _SENTENCE_BREAK.split(plain)
                            if (sentence_clock := dates_.find_clock(sentence)).zone
                        ),
                        (plain, clock),
                    )
                if (
                    note_clock.zone
                    and len(note.split()) <= _NOTE_WORDS
                    and _DEADLINE_NOTE.search(note)
                ):
                    named = bool(_NAMES_DEADLINES.search(note))
                    # 'All times on the schedule are …' is the talks', unless it names deadlines
                    talks = (section and _PROGRAMME.search(section.split(" / ")[-1])) or (
                        _PROGRAMME.search(note) or _PROGRAMME_COLUMNS.search(note)
                    )
                    # the first note holds, but one that names the deadlines outranks one
                    # that does not ('All times listed below are in SGT' over the talks)
                    if (named or not talks) and (not page_clock.zone or (named and not page_named)):
                        page_clock, page_named = note_clock, named
                    if (named or not talks) and section:  # its part's, the page's or not
                        part_notes[section] = section_clock = note_clock
                if pending is not None and _REMARK_LINE.fullmatch(plain):
                    # '(within 4 weeks from submission)' between 'Notification of Acceptance'
                    # and its date: the step's remark, not its name
                    continue
                short = words <= 10 and not re.search(r"[.!?](?:\s|$)", plain)
                # (a remark in brackets after it is not counted: 'Last date of submission of full
                # paper (only selected high quality paper)' over its date)
                bare_words = len(_BRACKETS.sub(" ", plain).split())
                short = short or (
                    bare_words <= 10
                    and bare_words < words
                    and not re.search(r"[.!?](?:\s|$)", plain)
                    and classify(plain) is not None
                )
                # 'The final submission will have to take place before:' over its date
                leads = words <= 25 and plain.endswith(":") and classify(plain[:-1]) is not None
                # 'Midterm deadline (We recommend you do midterm submission, but …)' over its
                # date: a label and a long remark in brackets
                bare = _LONG_REMARK.sub(" ", plain).strip()
                remarked = bare != plain and len(bare.split()) <= 5 and _labels(bare)
                # 'Presenter deadline to upload pre-recorded talk and access "presenter early
                # bird rate"' over its date in a cell: a long label, still a step's name
                # (a deadline said to be one: not 'We invite submissions for the 1st US-RSE
                # Conference to be held in Chicago' over the conference's days)
                named = (
                    words <= _COLON_LABEL_WORDS
                    and not re.search(r"[.!?](?:\s|$)", plain)
                    and _NAMES_DEADLINES.search(plain) is not None
                    and classify(plain) is not None
                )
                pending = plain if short or leads or remarked or named else None
            continue
        if (call := _CALL_LINE.match(plain)) and not line.heading:
            # 'Call for Workshop Proposals, deadline February 14, 2022': a call's title bar,
            # whose dates section below is that call's (its date is said again there)
            stack = [(lv, t) for lv, t in stack if lv < _CALL_LEVEL] + [(_CALL_LEVEL, call[1])]
            section = " / ".join(t for _, t in stack)
            section_clock = _noted(section, dates_.Clock(), part_notes)
        said = line.plain
        if _date_only(line, found) and number + 1 < len(lines):
            # '<strong>2022-09-30</strong><br>Presentation and notebook paper deadline': a
            # date over its label, which says whether it is a deadline
            said = f"{said} {lines[number + 1].plain}"
        if section and not news and (part := _skipped_part(section, said)):
            if part not in skipped:  # said once per part: 'Travel Grants', 'Mentoring'
                skipped.add(part)
                out.problems.append(f"{part!r}: dates of a part not for authors; not read")
            if found:
                unread.setdefault(section, []).append(plain)
            pending = None
            continue
        # (a news item that moves a deadline, 'the submission system will be kept open until
        # Nov. 8', is read as the sentence it is: it extends the listed deadline)
        if (
            len(found) > 1
            and not line.text[: found[0].start].strip(" -–*•\x01\x02")
            and _POSTED_MOVE.fullmatch(line.text[found[0].end : found[1].start])
        ):
            # '01/09/2023: Paper Submission Deadline extended to Friday, 15 October 2023': the
            # day a news item was posted, then the day it moves a deadline to
            found = found[1:]
        moves = bool(found) and bool(_EXTENDED_TO.search(line.text[: found[0].start]))
        # a news item that says a deadline's time and zone ('Paper submission due: July 20,
        # 2023, 11.59pm ET'), read as a sentence: it may give a listed deadline its clock
        clocked = news and bool(found) and _states_clock(line.text[found[0].start :])
        if (news and not (moves or clocked)) or (
            sections is not None and not (section and sections.search(section))
        ):
            pending = None
            continue
        hint = pending  # a short line right above labels a date line that has none
        card_clock = dates_.Clock()
        if (
            _date_only(line, found)
            and raws
            and max(raws[-1].line_no, raws[-1].through) == number - 1
            and (
                (
                    all(raws[-1].struck)
                    # in one block, or rows of a table (which name no block): '<tr><td>
                    # Notification:</td><td><strike>21 Sep</strike></td></tr><tr><td></td>
                    # <td>26 Sep</td></tr>'
                    and (
                        line.shared(lines[number - 1]) >= 0
                        or not (line.blocks or lines[number - 1].blocks)
                    )
                )
                # or the other way round, in one section: '20th June 2024 AoE.' over
                # '~~13th June 2024 AoE.~~', the date it replaced
                or (
                    raws[-1].section == section
                    and not any(raws[-1].struck)
                    and all(_inside_struck(line.text, f.start) for f in found)
                )
            )
        ):
            # '<dd><del>April 5</del><br>April 9</dd>': the new date under its struck one, or
            # another struck one ('<p><del>Nov 9</del></p><p><del>Dec 7</del></p><p>Dec 14</p>')
            raws[-1].dates.extend(found)
            raws[-1].struck.extend(_inside_struck(line.text, f.start) for f in found)
            raws[-1].tails.extend(line.text[f.end :] for f in found)
            raws[-1].through = number
            if (
                not raws[-1].label
                and _date_only(line, found)
                and (below := _label_below(lines, founds, number)) is not None
                and not _heads_its_own(lines, founds, number, taken)
            ):
                # '<s>Nov 12</s>', '<s>Nov 15</s>', 'Nov 16', then 'Submission deadline': a
                # card's dates, its title under the last
                raws[-1].label = below
                taken.update(range(number + 1, number + 1 + _title_lines(lines, founds, number)))
                unlabelled = f"{raws[-1].dates[0].text!r} under {section!r} has no label; skipped"
                out.problems = [p for p in out.problems if p != unlabelled]
            pending = None
            continue
        if _date_only(line, found):
            below = _label_below(lines, founds, number)
            if below is not None and _heads_its_own(lines, founds, number, taken):
                below = None
            above = line.shared(lines[number - 1]) if number else -1
            if (
                below is None
                and hint is not None
                and _card_below(lines, number)
                and not founds[number + 1]
                and _another_card(lines, founds, number)
            ):
                # the date's card goes on below with what no label says ('Track Guidelines
                # Released'): the short line above ends another card, and labels nothing here
                hint = None
            if below is not None and line.shared(lines[number + 1]) < above and hint is None:
                # the line above shares the date's card, the one below does not: the card's
                # title is above, though no label this reader knows ('Result release')
                below, hint = None, lines[number - 1].plain
            if below is not None and (hint is None or line.shared(lines[number + 1]) > above):
                # a card: the date and the title under it share a block the line above is
                # not in ('<div><span>Mar 28</span><h4>Notification</h4><p>11:59 PM AoE</p>')
                hint = below
                for title in range(number + 1, number + 1 + _title_lines(lines, founds, number)):
                    taken.add(title)
                    cards.add(title)  # a card's title is its own, not the next card's context
                card_clock, notes = _card_notes(lines, founds, number, taken)
                if card_clock.zone and _DEADLINE_NOTE.search(notes) and not page_clock.zone:
                    page_clock = card_clock  # 'Submissions close at 23:59 AoE.'
        groups = _split(line, found, hint, section, section_clock, number)
        line_clock = _tail_clock(line.text[found[-1].end :])
        out.problems.extend(p for p in line_clock.problems if p not in out.problems)
        if not (line_clock.time or line_clock.zone):
            line_clock = card_clock
        if not (line_clock.time or line_clock.zone) and hint:
            # its label's own line states them: 'Abstract deadline (23:59 in Pacific time)'
            line_clock = dates_.find_clock(hint)
        after_last = line.text[found[-1].end :][:_ZONE_REACH]
        shared = re.search(r"\b(?:both|all|each)\b", after_last, re.IGNORECASE)
        for group in groups if shared else groups[-1:]:  # '(both 23:59, Pacific Time)'
            group.line_clock = line_clock
        before = line.text[: found[0].start].replace(STRUCK_CLOSE, "")
        follows = bool(raws) and raws[-1].line_no >= number - 2
        if len(groups) == 1 and follows and _MOVED_LINE.match(before):
            # 'Postponed to May 31, 2023' under a labelled date: that deadline's new value
            moved, last = groups[0], raws[-1]
            last.struck = [True] * len(last.struck) + moved.struck
            last.dates += moved.dates
            last.tails += moved.tails
            pending = None
            continue
        for group in groups:
            if not group.label and (heading := _card_heading(lines, founds, number, taken)):
                group.label = heading
            elif not group.label and (step := _step_over_track(section, lines, number)):
                group.label, group.track = step
            elif not group.label and section and _DATES_SECTION.search(section):
                dated = ", ".join(f.text for f in group.dates)
                out.problems.append(f"{dated!r} under {section!r} has no label; skipped")
            elif _SUBJECTLESS_CLOSE.fullmatch(group.label) and (
                the_call := _call_above(lines, founds, number)
            ):
                group.label = f"{the_call}: {group.label}"  # ('Submit your proposal: Open until')
        if (
            len(groups) == 1
            and hint is not None
            and number + 1 in taken
            and _date_only(line, found)
            and (due := _also_due(lines, founds, number))
        ):
            # a date over a list of the steps due that day ('July 15, 2018' over 'Final version
            # of papers due', 'Early registration ends'): the first is its title, each of the
            # others a deadline of that day too
            taken.update(due)
            groups += [replace(groups[0], label=lines[n].plain) for n in due]
        items = _listed(lines, founds, number) if _FOR_LIST.search(plain) else []
        if len(groups) == 1 and len(items) > 1:
            # 'Submission deadline for:' over 'Posters', 'Demonstrations': a deadline per track
            taken.update(items)
            head = groups[0].label.rstrip(" :")
            groups = [
                replace(groups[0], label=f"{head} {lines[n].plain}", track=lines[n].plain)
                for n in items
            ]
        if news:  # (one that moves a deadline is a sentence, whatever its words: it extends)
            for group in groups:
                group.prose = True
        raws.extend(groups)
        pending = None
    return raws, page_clock, unread


def _step_over_track(section: str | None, lines: list[Line], number: int) -> tuple[str, str] | None:
    """The step and the track of a date line with no label, alone under a heading that names
    no step, in turn under one that does ('Submission period' over 'General talks' over 'Dec
    22 - Feb 14'): the upper heading's step, for the lower one's track (not a dates title, nor
    an event's name with its year, under a page's title: 'Submit to CHIWork 2026' over 'Key
    deadlines')."""
    parts = (section or "").split(" / ")
    if len(parts) < 2 or _labels(parts[-1]) or _DATES_SECTION.search(parts[-1]):
        return None
    alone = (
        number >= 1
        and lines[number - 1].heading
        and (number + 1 == len(lines) or lines[number + 1].heading)
    )
    # (the nearest that names one: tracks between, headings set a level too deep, name none)
    step = next((p for p in reversed(parts[:-1]) if _labels(p)), None)
    if not alone or step is None or classify(step) is None or _DATES_TITLE.search(step):
        return None
    if any(_YEAR.search(p) for p in (step, parts[-1])):
        return None
    return step, parts[-1]


_FOR_LIST = re.compile(r"\bfor\s*:\W*$", re.IGNORECASE)
_LISTED_WORDS = 5  # a track's name in a list under its deadline
_LISTED_MAX = 12


def _listed(lines: list[Line], founds: list[list[Found]], number: int) -> list[int]:
    """The short undated lines right under a dated label that ends 'for:'."""
    items = []
    for after in range(number + 1, min(len(lines), number + 1 + _LISTED_MAX)):
        line = lines[after]
        if founds[after] or line.level or len(line.plain.split()) > _LISTED_WORDS:
            break
        items.append(after)
    return items


def _card_notes(
    lines: list[Line], founds: list[list[Found]], number: int, taken: set[int]
) -> tuple[dates_.Clock, str]:
    """Take the notes under a card's title ('Friday, 11:59 PM AoE'): their time, zone and text.

    A note is a line without a date in the same card as the date and its title: it says
    something about that deadline, and labels nothing below it.
    """
    card = lines[number].shared(lines[number + 1])
    clock, notes = dates_.Clock(), []
    below = number + 2
    while (
        card >= 0
        and below < len(lines)
        and not founds[below]
        and not lines[below].heading
        and lines[number].shared(lines[below]) == card
    ):
        note = dates_.find_clock(lines[below].plain)
        clock = dates_.Clock(clock.time or note.time, clock.zone or note.zone)
        notes.append(lines[below].plain)
        taken.add(below)
        below += 1
    return clock, " ".join(notes)


_TITLE_LINES = 3  # a card's title broken over more lines than this is text, not a title


def _title_lines(lines: list[Line], founds: list[list[Found]], number: int) -> int:
    """How many lines under a date make its title: one, and those after it in its own block
    ('<p>Submission<br>Opens</p>'), with no date and no heading."""
    first = lines[number + 1]
    count = 1
    while (
        count < _TITLE_LINES
        and number + 1 + count < len(lines)
        and lines[number + 1 + count].blocks == first.blocks
        and first.blocks
        and not founds[number + 1 + count]
        and not lines[number + 1 + count].heading
    ):
        count += 1
    return count


def _another_card(lines: list[Line], founds: list[list[Found]], number: int) -> bool:
    """Whether the line above a date ends a card of another date: it sits in a block beside
    the date's that holds a date of its own, or a month ('<li>March 2022 … Technical:
    csl</li>' over '<li>25 March 2024 …</li>')."""
    above = lines[number - 1]
    shared = lines[number].shared(above)
    if shared not in above.blocks or above.blocks[-1] == shared:
        return False
    card = above.blocks[above.blocks.index(shared) + 1]
    before = number - 1
    while before >= 0 and card in lines[before].blocks:
        if founds[before] or _MONTH_YEAR_ALONE.match(lines[before].plain):
            return True
        before -= 1
    return False


_BADGE_LINE = re.compile(
    r"\W*(?:done|upcoming|passed|closed|completed|ongoing|past|expired|finished)\W*",
    re.IGNORECASE,
)


def _label_below(lines: list[Line], founds: list[list[Found]], number: int) -> str | None:
    """The label written under a date ('<span>Mar 28</span> <h3>Notification</h3>'), if any."""
    if number + 1 >= len(lines) or founds[number + 1]:
        return None
    count = _title_lines(lines, founds, number)
    after = number + 1 + count
    if (
        # (a page's heading, not a data file's group named by its key: '<h5>notification</h5>')
        0 < lines[number + 1].level < _GROUP_LEVEL
        and after < len(lines)
        and founds[after]
        and _label_like(lines[after].plain[: founds[after][0].start].strip(" :–-"))
        # (the heading in a block with its list, not with the date: no card's title)
        and lines[number + 1].shared(lines[after]) > lines[number].shared(lines[number + 1])
    ):
        # a heading over a list of labelled dates ('4-5 November 2024' above 'Research Papers',
        # then 'Paper submission deadline: 15th September'): the list's, not the date's
        return None
    below = " ".join(line.plain for line in lines[number + 1 : after])
    # (a long remark in brackets is no part of its length: 'Paper Submission Deadline -
    # Workshop Papers (Some workshops may have an abstract submission deadline. Please check
    # again at a later date.)')
    below = " ".join(_LONG_REMARK.sub(" ", below).split()) or below
    first = re.split(r"(?<=[A-Za-z])\.\s+(?=[A-Z])", below)[0].rstrip(".")  # 'Deadline. Last day…'
    if re.search(r"[!?]", first) or (
        # 'Workshop accepted!', 'Policy update: …': news; not a step and its track ('Abstract
        # Registration: Regular Papers')
        re.search(r"\S:\s+\S", first)
        and classify(first.split(":")[0]) in {None, DeadlineKind.OTHER}
    ):
        return None
    if _BARE_REGISTRATION.fullmatch(first):
        # a button's or a section's word under a date ('6-8th November 2024' over a
        # 'Registration' button), no step's title
        return None
    # (a card's title, the date and it in a block the line above is not in, may be longer:
    # 'CLIR/MLIR News Task and Report Generation Task Submissions due to NIST')
    words = _CARD_TITLE_WORDS if _card_below(lines, number) else 10
    if len(first.split()) > words or not _label_like(first):
        return None
    return first


def _also_due(lines: list[Line], founds: list[list[Found]], number: int) -> list[int]:
    """The lines after a date's title that list more steps of its day: undated, in the list
    its title opens (which the date is not in), each a step of another kind this reader knows
    and no sentence ('Decisions released via OpenReview.' describes the card's one step)."""
    first = number + 1
    kinds = {classify(lines[first].plain)}
    if None in kinds:  # (a title that names no step: 'Camera-Ready Site Opens')
        return []
    due = []
    for n in range(first + _title_lines(lines, founds, number), len(lines)):
        text = lines[n].plain
        kind = classify(text)
        if (
            founds[n]
            or lines[n].heading
            or kind is None
            or kind in kinds
            or re.search(r"[.!?:]\s*$", text)
            or _VERB.search(text)
            or re.match(dates_.WEEKDAY, text, re.IGNORECASE)  # 'Monday — for accepted papers'
            or lines[n].shared(lines[first]) <= lines[number].shared(lines[first])
        ):
            break
        kinds.add(kind)
        due.append(n)
    return due


def _heads_its_own(
    lines: list[Line], founds: list[list[Found]], number: int, taken: set[int]
) -> bool:
    """Whether the heading under a date, itself under a heading, heads a date of its own
    below it: the date between the two is the upper heading's ('<h3>General talks</h3>
    <li>Dec 22 - Feb 14</li><h3>Lightning talks</h3><li>Dec 22 - Feb 28</li>'), unless the
    upper one is the section's title or a card's already, or a card holds the date and the
    heading under it together."""
    if number < 1 or " | " in lines[number].plain:  # (a data file's row, its cells named)
        return False
    above, under = lines[number - 1], lines[number + 1]
    after = number + 1 + _title_lines(lines, founds, number)
    return (
        above.heading
        and under.heading
        and number - 1 not in taken
        and not _DATES_SECTION.search(above.plain)
        and after < len(lines)
        and bool(founds[after])
        and _date_only(lines[after], founds[after])
        and under.shared(lines[after]) >= lines[number].shared(under)
    )


_GROUP_LEVEL = 5  # the level a data file's groups are read at ('"review_period": {…}')


def _card_below(lines: list[Line], number: int) -> bool:
    """Whether a date and the line under it share a block the line above is not in: a card
    that goes on below the date."""
    if number + 1 >= len(lines):
        return False
    above = lines[number].shared(lines[number - 1]) if number else -1
    return lines[number].shared(lines[number + 1]) > above


_CARD_TITLE_WORDS = 14


_ENUMERATOR = re.compile(r"^\W*\d{1,2}[.)]\s+")  # a numbered list item's number
# a label's words that only go on from the line above: 'for direct submissions'
_CONTINUATION = re.compile(r"(?-i:for|of|to|and|or|with|in|on|by)\s", re.IGNORECASE)


def _split(  # noqa: PLR0917 - one call site, in reading order
    line: Line,
    found: list[Found],
    pending: str | None,
    section: str | None,
    section_clock: dates_.Clock,
    number: int,
) -> list[_Raw]:
    """Cut a line into labelled groups of dates; a label may follow its date."""
    text = line.text
    labels = _labels_after(text, found)
    if labels is not None:  # 'Timeline: Apr 27 Release · May 29 Submission deadline · …'
        return [
            _Raw(
                label,
                [item],
                [_inside_struck(text, item.start)],
                line.plain,
                [text[item.end : item.end + len(label) + 4]],
                section,
                section_clock,
                number,
            )
            for item, label in zip(found, labels, strict=True)
        ]
    groups: list[_Raw] = []
    cursor = 0
    above: str | None = None
    # a paragraph of several sentences: every date in it is in a sentence ('While the abstract
    # submission (January 17) and the initial paper submission (January 24) deadlines …')
    # — in a table's row, the cells up to the last date's: a description in a later cell, of
    # sentences that say when submissions close, is a remark on the row, and leaves its label
    # and date a row's (InC4's 'Submission Deadline', 'June 05, 2026', then its description)
    said = text
    if " | " in text:
        said = text[: found[-1].end] + text[found[-1].end :].split(" | ")[0]
    paragraph = len(said.split()) > _PARAGRAPH_WORDS and bool(_SENTENCE_END.search(said))
    for i, item in enumerate(found):
        before = text[cursor : item.start]
        label = _clean_label(before)
        bare = _BRACKETS.sub(" ", before)  # '(to be considered for spotlights)' is no sentence
        bare = _ENUMERATOR.sub("", bare)  # nor is '3. LÍMITE PARA ENTREGA', a numbered item
        prose = ". " in bare or bool(_VERB.search(bare)) or len(before.split()) > _PROSE_WORDS
        prose = prose or paragraph
        # '… decisions Nov 1 and may consult responses submitted after Oct 21': a clause
        prose = prose or bool(groups and groups[-1].prose and _CLAUSE.match(before))
        if prose and _LABEL_COLON.search(before) and _KINDS_NAMED.search(label):
            prose = False  # '… single-stage review. Submission deadline is: March 21, 2026.'
        if not groups and pending and label and _CONTINUATION.match(label):
            # 'Abstract deadline for OpenReview direct submissions<br>for direct submissions |
            # June 16': a cell's label broken over two lines, the second going on from the first
            label = f"{pending} {label}"
        if prose and not groups and (head := _head_label(before)):
            # 'Challenge Report: A 4-8 page report should be submitted … until May 8': the
            # step named before the colon, the sentence after it says what is due
            label, prose = head, False
        nxt = found[i + 1].start if i + 1 < len(found) else len(text)
        tail = text[item.end : nxt]
        struck = _inside_struck(text, item.start)
        earlier = bool(groups) and bool(_EARLIER.match(text[cursor : item.start]))
        struck = struck or earlier  # 'March 1 (extended from Feb 22)': an earlier value
        joined = earlier or (
            bool(groups)
            and (
                not label
                or _is_connector(text[cursor : item.start])
                # a struck value after the live one, a remark on the live one between ('October
                # 12, 2026 (Hard Deadline) | <s>September 30, 2026</s>'): the value it replaced
                or (struck and _is_connector(_BRACKETS.sub(" ", text[cursor : item.start])))
            )
        )
        qualified = _qualifier(before)
        if groups and qualified and _qualifier(tail, leading=True):
            # 'Paper deadline: March 10 (archival); April 13 (non-archival)': one label, tracks
            groups[-1].track = qualified
            groups.append(
                _Raw(
                    groups[-1].label,
                    [item],
                    [struck],
                    line.plain,
                    [tail],
                    section,
                    section_clock,
                    number,
                    track=_qualifier(tail, leading=True),
                )
            )
            groups[-1].prose, groups[-1].head = groups[-2].prose, groups[-2].head
            cursor = item.end
            continue
        if joined:
            groups[-1].dates.append(item)
            groups[-1].struck.append(struck)
            groups[-1].tails.append(tail)
        else:
            if not label and not groups:
                after = _tail_label(tail)
                if after and says_only_moved(after) and (i + 1 < len(found) or pending):
                    # 'June 21 Extended deadline: July 17': the move, no label (nor under its
                    # step's name, a badge); alone on its row it names the date's step
                    after = None
                # '~~May 16~~ May 26 | Paper deadline': the label after the run of dates
                # outranks the line above, which is taken only if none follows (below)
                label = after or ""
                above = pending if not after else None
            if (
                # '(new time!)' before the date is a note on it, not a sentence's end
                re.search(r"[.!?][\s|)]*$", _BRACKETS.sub(" ", before.replace(STRUCK_CLOSE, "")))
                and label
                # 'Submission closes. | 4/14/2025': a table's label cell, full stop and all
                and not _DOTTED_LABEL.fullmatch(before.replace(STRUCK_CLOSE, "").strip(" |"))
            ):
                label = ""  # a sentence ended: the date is a news item's, not a deadline's
                prose = True
            groups.append(
                _Raw(label, [item], [struck], line.plain, [tail], section, section_clock, number)
            )
            groups[-1].prose = prose
            groups[-1].head = before.replace(STRUCK_OPEN, " ").replace(STRUCK_CLOSE, " ")
        cursor = item.end
    opening = _LINE_TRACK.match(line.plain)
    for group in groups:
        if not group.label:  # '[-02 Jun-] 05 Jun 2023 — Challenge submission deadline'
            after = _tail_label(group.tails[-1]) or ""
            if above and group is groups[0] and says_only_moved(after):
                # 'August 8th, 2025 (AoE) New deadline' under its step's name: a badge
                after = ""
            group.label = after
        if not group.label and group is groups[0]:
            group.label = _trim(above or "")  # the line above, less its colon
        if opening and group.track is None:  # '2) Non-Proceedings Track. … Deadline: March 21'
            group.track = opening.group(1).strip()
    return groups


# what ends one date's label before the next date: a bullet, a bar, a semicolon, a full stop
_ITEM_SEPARATOR = re.compile(r"\s[·•|;]\s|\s*;\s|(?<=[a-z)])\.(?:\s+|$)")


def _labels_after(text: str, found: list[Found]) -> list[str] | None:
    """The labels of a run of dates each followed by its label, or None if the line is not one.

    'Timeline: Apr 27 Release · May 11 Submission opening · May 29 Submission deadline': the
    text before the first date is a title (or nothing), each date's label runs from the date to
    the next separator, and nothing stands between a separator and the next date.
    """
    if len(found) < 2:
        return None
    first = _clean_label(text[: found[0].start])
    if first and not _TITLE.search(first):
        return None
    labels = []
    for i, item in enumerate(found):
        end = found[i + 1].start if i + 1 < len(found) else len(text)
        between = text[item.end : end].replace(STRUCK_OPEN, " ").replace(STRUCK_CLOSE, " ")
        pieces = _ITEM_SEPARATOR.split(between)
        if i + 1 < len(found) and (len(pieces) != 2 or pieces[1].strip()):
            return None
        label = _trim(dates_.strip_clock(pieces[0]).strip(" .")) if pieces else ""
        if not label or len(label.split()) > _TAIL_LABEL_WORDS or _VERB.search(label):
            return None
        labels.append(label)
    return labels if any(_label_like(label) for label in labels) else None


_QUALIFIER = re.compile(r"\(([^()]{2,40})\)")


def _qualifier(text: str, *, leading: bool = False) -> str | None:
    """The words in brackets that qualify a date ('(archival)'), not its time or zone.

    With `leading`, the brackets must open the text (right after the date); else they must be
    all the text says between two dates, but for a separator ('(archival); ').
    """
    plain = " ".join(text.replace(STRUCK_OPEN, " ").replace(STRUCK_CLOSE, " ").split())
    m = _QUALIFIER.match(plain)
    if m is None or not (leading or re.fullmatch(r"\([^()]+\)\s*[;,/|]?", plain)):
        return None
    words = m.group(1).strip()
    clock = dates_.find_clock(words)
    if clock.time or clock.zone or dates_.find_dates(words) or not re.search("[A-Za-z]", words):
        return None
    # ('February 14, 2025 (Friday)': the date's weekday, no track; '(Extended)', '(Hard
    # Deadline)': its state)
    if _DATE_STATE.fullmatch(words):
        return None
    return None if re.fullmatch(rf"{dates_.WEEKDAY}\.?", words, re.IGNORECASE) else words


_DATE_STATE = re.compile(
    r"(?:(?:hard|firm|final|new|strict|extended)\s+)?deadline|extended|postponed|updated"
    r"|no\s+extensions?|firm|final",
    re.IGNORECASE,
)


_LINE_TRACK = re.compile(r"^\W*(?:\d{1,2}[).]\s*)?([^.:|]{0,50}\btrack)\s*[.:]", re.IGNORECASE)
_LABEL_COLON = re.compile(r"(?:^|[.!?]\s)[^.!?]{1,60}:\s*$")
_KINDS_NAMED = re.compile(
    r"deadline|\bdue\b|notification|camera"
    # (in Spanish, Portuguese and French too: 'Notificación a los autores sobre la aceptación de
    # los trabajos', 'Envío de la versión definitiva de los trabajos aceptados')
    r"|notificaci[oó]n|notifica[çc][ãa]o|\bl[ií]mite\b|\bprazo\b"
    r"|\bversi[oó]n\s+(?:final|definitiva)|\bvers[aã]o\s+(?:final|definitiva)|\bversion\s+finale",
    re.IGNORECASE,
)
_STATUS_TAG = re.compile(
    r"(?<=\w)\s+(?:open|closed|upcoming|passed|ongoing|expired|done|completed|finished|soon)\s*$",
    re.IGNORECASE,
)
# (and what must be handed in by then: 'All Presentation Proposals MUST be submitted')
_DUE = re.compile(
    r"\s+(?:(?:are|is)\s+due|(?:must|should|shall)\s+be\s+(?:submitted|received|uploaded))\s*$",
    re.IGNORECASE,
)


def _tail_label(tail: str) -> str | None:
    """The label written after a date on its line ('12 Apr 2023 — Paper deadline'), if any."""
    # 'June 13th - Submission deadline. Paper acceptance will be notified …', '22 March:
    # Challenge-paper submission deadline. Teams submit the papers …': its first sentence
    # labels the date, the next ones say more
    first = _SENTENCE_BREAK.split(tail, maxsplit=1)
    if len(first) > 1 and (label := _tail_label(first[0])):
        return label
    # and so does its name before a dash that says more: '| CFP Submission Deadline — all
    # proposals must be submitted by this date'
    head, dash, rest = tail.partition(" — ")
    if dash and head.strip(" |") and _VERB.search(rest) and (label := _tail_label(head)):
        return label
    # '17.07.24 | Paper submission due | please see our submission page': the next cell
    cells = _CELL.split(tail)
    # (and after a struck value's end: '<s>…</s> | Notification | Authors will be notified')
    if len(cells) > 2 and not cells[0].strip(" \x02") and (label := _tail_label(cells[1])):
        return label
    after = _clean_label(tail)
    # words in brackets qualify the label, and may be a sentence of their own: '… deadline
    # (both direct and ARR commitment)', '… submission (there won't be any extension!)'
    # 'Papers are due', 'Author registration is due': a label, said with its verb
    # ('Abstract submission is closed': a step and its state, no sentence)
    unbracketed = _IS_STATE.sub(" ", _DUE.sub(" due", _BRACKETS.sub(" ", after)))
    words = len(unbracketed.split())
    # a longer one still labels its date when it names a deadline and has no verb
    named = words <= _TAIL_LABEL_WORDS or (
        words <= _PROSE_WORDS - 2 and bool(_KINDS_NAMED.search(after))
    )
    # '8 Feb 2025: Deadline for accepted papers to upload … final version for NAACL 2025 or
    # Findings of NAACL 2025': after the date's colon, a long label is still its label
    # '7/24/25 AoE: Deadline for …': the time and zone before the colon are the date's
    colon = dates_.strip_clock(tail).lstrip().startswith(":")
    # and so is the label's cell after the date's ('July 6 | Submissions of annotations on
    # test corpus, using foreign annotation guidelines')
    cell = dates_.strip_clock(tail).lstrip().startswith("|") and after[:1].isupper()
    # (or after a dash, when it names its step and says no sentence: 'April 1, 2026 - Acceptance
    # notification for oral presentation and inclusion of two-page paper in the proceedings')
    dashed = dates_.strip_clock(tail).lstrip().startswith(("- ", "– ", "— "))
    named = named or (words <= _COLON_LABEL_WORDS and colon) or (cell and words <= _CELL_WORDS)
    named = named or (
        dashed
        and words <= _COLON_LABEL_WORDS
        and bool(_KINDS_NAMED.search(after))
        and not _VERB.search(unbracketed)
    )
    # (an exclamation that ends it is a status: 'Submission deadline extended!')
    short = named and not re.search(r"[!?]", unbracketed.rstrip(" !"))
    if _HARD_DEADLINE.fullmatch(after.strip(" ()[]")) and not tail.lstrip().startswith("|"):
        # '(hard deadline)' says how firm the date is, not what it is for (in a cell of its
        # own, 'March 8th, 2020 | Extended deadline', it names the date's step)
        return None
    # '… for Camera-Ready Versions to be Included in ACM DL': an infinitive is no sentence's verb
    # ('May 1: The participants have to submit a report.': after the date's colon, what must
    # be handed in that day)
    obliged = colon and bool(_OBLIGED.search(unbracketed))
    verb = not obliged and bool(_VERB.search(_TO_BE.sub(" ", unbracketed)))
    if after and short and _label_like(after) and not verb:
        return after
    return None


_OBLIGED = re.compile(
    r"\b(?:must|ha(?:ve|s)\s+to|need\s+to|should)\s+(?:\w+\s+){0,2}?(?:submit|send|upload|register)"
    # or what is done to them that day: 'June 26: Authors will be notified if papers are …'
    r"|\b(?:will\s+be|are|get)\s+notified\b",
    re.IGNORECASE,
)


_TO_BE = re.compile(r"\bto\s+be\b", re.IGNORECASE)
_IS_STATE = re.compile(
    r"\s+(?:is|are)\s+(?=(?:now\s+)?(?:closed|closing|open|extended|postponed|over"
    # ('Notifications are sent to authors': the step, said in the passive)
    r"|sent(?:\s+out)?(?:\s+to\s+(?:the\s+)?authors)?)\s*[.!]?\s*$)",
    re.IGNORECASE,
)
_CELL = re.compile(r"\s*\|\s*")
_HEAD = re.compile(r"^\s*([^:.!?|]{2,50}):\s")
_HEAD_WORDS = 5


def _head_label(before: str) -> str | None:
    """The step named before a line's first colon, when a sentence follows it ('Challenge
    Report: A 4-8 page report should be submitted …'); None if the head names none."""
    head = _HEAD.match(before.replace(STRUCK_OPEN, " ").replace(STRUCK_CLOSE, " "))
    if not head:
        return None
    name = _clean_label(head[1])
    if len(name.split()) > _HEAD_WORDS or _VERB.search(name) or dates_.find_dates(name):
        return None
    return name if classify(name) is not None or _CHALLENGE.search(name) else None


def _inside_struck(text: str, pos: int) -> bool:
    return text.rfind(STRUCK_OPEN, 0, pos + 1) > text.rfind(STRUCK_CLOSE, 0, pos + 1)


def _is_connector(between: str) -> bool:
    """Whether the text between two dates joins them as one deadline's: a range, a choice,
    or a move ('… 11:59 PM AOE → Extended to Aug 9')."""
    # a struck note after a struck date is part of the old value: 'Feb 17 (if missed)</s> Feb 27'
    head, closed, rest = between.partition(STRUCK_CLOSE)
    if closed and STRUCK_OPEN not in head:
        between = rest
    between = re.sub(f"{STRUCK_OPEN}[^{STRUCK_CLOSE}]*{STRUCK_CLOSE}", " ", between)
    cleaned = between.replace(STRUCK_OPEN, " ").replace(STRUCK_CLOSE, " ")
    cleaned = _PICTOGRAPHS.sub(" ", cleaned)  # '</s> 📣 Extended deadline:'
    if _MOVED_TO.search(cleaned):
        cleaned = _MOVED_TO.sub(" ", dates_.strip_clock(cleaned))
        # what the first date's time leaves: 'June 12 at 11:59 pm PT (Extended to June 21)'
        cleaned = re.sub(r"\b(?:at|by|on)\b", " ", cleaned, flags=re.IGNORECASE)
        # and the note's own stops: '~~September 29th, 2023~~ Extension!. October 3rd'
        cleaned = re.sub(r"[!.]", " ", cleaned)
        # and its remark: '~~July 23rd~~ **Extended (firm deadline):** July 30'
        cleaned = re.sub(r"\((?:\s*[^\W\d]+){1,3}\s*\)\s*:?", " ", cleaned)
    cleaned = cleaned.strip(" ,;|()，；（）")  # and the full-width marks of CJK text
    # (an ellipsis that leads on to the new value: '~~August 10, 2020~~ ... until September 15')
    cleaned = re.sub(r"^(?:\.{2,}|…)\s*", "", cleaned)
    # ('from the 1st of April to the 31st of May': the day's article)
    cleaned = re.sub(r"\s+the$", "", cleaned, flags=re.IGNORECASE)
    return cleaned.lower() in {
        "", "-", "–", "—", "to", "until", "till", "through", "thru", "and", "or", "/", "→", "->",
        "⇒", "=>", "⟶", "➔", "»",
        "~", "～", "〜",  # (a range's tilde in Chinese, Japanese and Korean: '06/18~07/21')
        # 'de 30 de junho a 5 de agosto', 'del 3 al 7 de mayo', 'du 2 au 5 mai', 'vom 3. bis'
        "a", "al", "à", "ao", "até", "hasta", "au", "jusqu'au", "bis",
    }


_PICTOGRAPHS = re.compile(f"[{PICTOGRAPHS}]")
_LEAD_EMOJI_CELL = re.compile(
    f"^[{PICTOGRAPHS}\\s]*[{PICTOGRAPHS}][{PICTOGRAPHS}\\s]*\\|\\s*"
    # (and the one the date's cell opens with, after the label: 'Submission | 📆 March 22')
    f"|\\s*\\|[{PICTOGRAPHS}\\s]*[{PICTOGRAPHS}][{PICTOGRAPHS}\\s]*$"
)
_CLAUSE = re.compile(r"\s*(?:and|or|but|then|while|which|so)\b")  # lowercase: a sentence goes on
_MOVED_TO = re.compile(
    r"\b(?:extended|postponed|moved|changed|pushed(?:\s+back)?)(?:\s+(?:deadline|date))?"
    r"(?:\s+(?:to|until))?\b:?"
    r"|\bnew\s*:|\bnew\s+(?:deadline|date)\b:?"
    r"|(?:\b(?:final|second|third)\s+|\b\d(?:st|nd|rd|th)\s+)?\bextension\b:?"  # '2nd Extension:'
    r"|\b(?:deadline|date)\s+(?:extended|postponed|moved)\b:?"  # '| deadline extended |'
    r"|(?:締切)?(?:延長|延期)|[(（][月火水木金土日][)）]"  # Japanese: '(金) → 締切延長'
    # Spanish and Portuguese: '~~29/07/2019~~ Extendido al día 6/8/2019', 'prorrogado até'
    rf"|\b(?:{MOVED_ES_PT})(?:\s+(?:{MOVED_ES_PT_TO}))?(?!\w):?"
    # and German: 'verlängert bis:', 'verschoben auf'
    r"|\b(?:verl[äa]ngert|verschoben)(?:\s+(?:bis|auf)(?:\s+zum)?)?(?!\w):?",
    re.IGNORECASE,
)


def says_only_moved(text: str) -> bool:
    """Whether a text says only that a deadline moved ('Extended deadline:', 'DEADLINE
    EXTENDED', 'New deadline')."""
    return not _MOVED_TO.sub(" ", text).strip(" :;,")


_WINDOW_EDGE = re.compile(
    rf"(?P<open>{_OPENS})|(?:closes?|closing)(?:\s+date)?", re.IGNORECASE
)


_LEADING_WEEKDAY = re.compile(
    r"^(?:mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rsday|urday)?\.?\s*(?:\||,|-|:)\s*(?=\S)",
    re.IGNORECASE,
)


_MONTH_OPENING = re.compile(
    rf"\W*(?:{dates_.MONTH}|{dates_.FOREIGN_MONTH})\s*(?:-|–|to|a|hasta)?\W*", re.IGNORECASE
)
_END_OF_DAY = re.compile(r"\s*\b(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?day\W*$", re.IGNORECASE)
# (or a record's title cell, then its empty ones: 'Important Dates: | . | Submission Deadline')
_DATES_PREFIX = re.compile(
    r"^\W*(?:important|key)\s+dates\s*(?::\s*|(?=\|))(?:\|[\W_]*)*(?=\w)", re.IGNORECASE
)


# a word alone before a date that says it is approximate, or new: no label ('Around
# February 1, 2027 | Paper submission deadline', 'Update: August 15, 2015: Poster Submissions')
_NOT_A_LABEL = re.compile(
    r"^\W*(?:around|approximately|approx\.?|about|circa|ca\.|expected|estimated|tentatively"
    r"|update[ds]?|news|reminder|before|on\s+or\s+before|no\s+later\s+than|until|till"
    # and 'until', 'by' in other languages: 'до 22.05.2026 | Подаване на заявка'
    r"|до|bis|hasta|at[ée]|jusqu[’']au|entro(?:\s+il)?|avant(?:\s+le)?)\W*$",
    re.IGNORECASE,
)


_WINDOW_FROM = re.compile(r"\W*(?:from|de|desde|del|du|von|dal)\W*", re.IGNORECASE)
_DANGLING = re.compile(r"^\W*within\b.*\b(?:or|and)\W*$", re.IGNORECASE)


def _clean_label(raw: str) -> str:
    text = raw.replace(STRUCK_OPEN, " ").replace(STRUCK_CLOSE, " ")
    text = dates_.strip_clock(text)
    # (and the bracket or the '!' a time left alone: 'Registrations Close @ 5pm!')
    text = re.sub(r"[\[(]\s*$|\s+!+\s*$", "", text)
    # what a time in brackets leaves before the year and the label: '( + ), 2026 — Final …'
    text = re.sub(
        r"^\s*(?:\([^\w()]*\)\s*)?,\s*(?:19|20)\d{2}\b|^\s*\((?:[A-Z]{2,5}\b|[^\w()])*\)\s*:?",
        "",
        text,
    )
    # a day range's first day left before its last and the month: 'Meeting: 12th - 14th January'
    text = re.sub(r"(?<=[:\s])\d{1,2}(?:st|nd|rd|th)\s*(?:[-\u2013\u2014]|to|until)?\s*$", "", text)
    text = _trim(" ".join(text.split()))
    text = _trim(re.sub(r"^[.!?]\s+", "", text))  # the end of a sentence before the label
    text = re.sub(r"^[→⇒➔➜➡⟶]\s+", "", text)  # 'February 13th, 2023 → Submission Deadline'
    # an emoji the date's cell ends with, before the label's cell: '| 2025-05-23 🟠 | Abstract …'
    text = _LEAD_EMOJI_CELL.sub("", text)
    # the weekday an ISO date leaves before its label: '|2024-08-23 Fri|Submission deadline|'
    text = _LEADING_WEEKDAY.sub("", text)
    text = _STATUS.sub("", text)
    text = _trim(re.sub(r"^[.!?]\s+", "", text))  # '(extended). Short paper deadline'
    text = _STATUS_CELL.sub("", text)  # 'Paper deadline | Closed'
    # the dates' title run into the first label: 'Important Dates: Submission deadline'
    text = _DATES_PREFIX.sub("", text)
    text = _END_OF_DAY.sub("", text)  # 'open until End of Day (MDT) May 9': the day's end
    text = _NOT_A_LABEL.sub("", text)  # 'Around February 1, 2027 | Paper submission deadline'
    if _MONTH_OPENING.fullmatch(text):
        text = ""  # 'Abril - 15 de Julio': a window opening in a month, no label
    # 'Paper Submission Deadline Open': a badge beside a deadline's name, not an opening
    if (tag := _STATUS_TAG.search(text)) and _KINDS_NAMED.search(text[: tag.start()]):
        text = text[: tag.start()]
    edge = _WINDOW_EDGE.fullmatch(text)
    if edge and raw.replace(STRUCK_CLOSE, "").rstrip().endswith(":"):
        # a window's two ends under its card's title ('Open : 16 October 2025', 'Close : 13
        # November 2025'): the opening is no deadline, the close is the title's
        return "Submissions open" if edge.group("open") else ""
    if text.lower() in _STATUS_WORDS or _WINDOW_FROM.fullmatch(text):
        text = ""  # (or a window's 'from' alone: 'Nova data: De 04/03/2024 a 31/03/2024')
    # prose: keep the clause just before the date ("… and the paper deadline is"), never
    # cutting inside brackets ('Notification (accept as spotlight, poster, or reject)')
    brackets = _BRACKETS.findall(text)
    text = _BRACKETS.sub(lambda m: f"\x06{brackets.index(m.group())}\x06", text)
    sentence = bool(_VERB.search(text)) or len(text.split()) > _PROSE_WORDS
    for cut in (". ", ": ", "; ", " and ", ", "):
        if cut in {" and ", ", "} and not sentence:
            continue  # 'Camera-ready deadline for accepted full and extended abstract papers'
        if cut in text and (len(text.split()) > 8 or (cut == ". " and sentence)):
            clauses = text.split(cut)
            if len(clauses) > 1 and _BARE_CLOSE.fullmatch(clauses[-1]):
                # 'The Call for Proposals is currently open and closes': the close's subject
                clauses[-2:] = [cut.join(clauses[-2:])]
            named = [c for c in clauses if classify(c) is not None]
            # (a clause that leads into the date is a condition on it, not the step's name:
            # 'Paper Acceptance Notification: Within 15 days of submission or 22nd April')
            named = [c for c in named if not _DANGLING.search(c)] or named
            dangling = bool(_DANGLING.search(clauses[-1]))
            if named and (dangling or not _label_like(clauses[-1])):
                text = named[-1]
            else:
                text = clauses[-1]
    text = re.sub("\x06([0-9]+)\x06", lambda m: brackets[int(m.group(1))], text)
    text = re.sub(rf"\b{dates_.WEEKDAY},?\s*$", "", text, flags=re.IGNORECASE)  # 'Thu 2026-03-26'
    # and in a cell of its own, in another language: '… de Trabajos | Viernes | 11/05/2018'
    text = re.sub(rf"\s*\|\s*(?:{dates_.FOREIGN_WEEKDAY}),?\s*$", "", text, flags=re.IGNORECASE)
    # the day's article before its date: 'The deadline for submissions is the 31st of March'
    text = re.sub(
        r"\b(is|are|was|on|by|at|to|until|from)\s+the\s*$", r"\1", text, flags=re.IGNORECASE
    )
    text = re.sub(
        r"\b(?:is|are|was|on|by|at|to|(?<!open\s)(?<!accepted\s)until|extended to|moved to)\s*$"
        r"|(?:\bat[ée]|\bhasta|\bjusqu'au|\bbis|\bentro il)\W*$"  # 'until' in other languages
        r"|\b(?:ist|sind)(?:\s+(?:der|am|bis(?:\s+zum)?))?\W*$"  # and German 'is': '… ist der'
        r"|\bau\s+plus\s+tard(?:\s+le)?\W*$|\ba\s+m[aá]s\s+tardar(?:\s+el)?\W*$"  # 'at the latest'
        # Croatian and Serbian: 'produljen je do' (extended to), 'moguće su do' (possible until)
        r"|\b(?:produ(?:lj|ž)en[aoi]?|mogu[ćc][aei])\s+(?:je\s+|su\s+)?do\W*$",
        "",
        text,
        flags=re.IGNORECASE,
    )
    return _trim(_trim(text).removesuffix("."))  # 'Paper Submission Deadline. 30 June


_BARE_CLOSE = re.compile(r"\s*(?:clos(?:es|ing)|ends)(?:\s+on)?\s*", re.IGNORECASE)


def _trim(text: str) -> str:
    """Strip punctuation around a label, keeping a closing bracket that closes one inside."""
    while True:
        before = text
        # (and the full-width marks of CJK text, and guillemets set as bullets: '» 15th of
        # February 2025')
        text = text.strip(" |:-–—•*·,;/@：，；»›")
        for opening, closing in ("()", "[]"):
            if text.startswith(opening) and text.count(opening) > text.count(closing):
                text = text[1:]
            if text.endswith(closing) and text.count(closing) > text.count(opening):
                text = text[:-1]
            if text.startswith(closing):  # '[Jul. 30, 2025] | Paper deadline': the date's
                text = text[1:]
            if text.startswith(opening) and text.endswith(closing) and text.count(opening) == 1:
                text = text[1:-1]
            text = text.rstrip(opening) if text.endswith(opening) else text
        if text == before:
            return text


# a line that is only a remark in brackets: '(within 4 weeks from submission)'
_REMARK_LINE = re.compile(r"\s*\([^()]+\)\s*")

_TIME_REACH, _ZONE_REACH = 30, 60  # how far after a date its time and zone may be written


# a label after its date, then its time and zone in brackets: 'Workshop paper submission due
# (23:59, Pacific Standard Time)'
_LABEL_THEN_CLOCK = re.compile(r"\W*[^()\d]{1,60}?\(([^()]{3,60})\)")


def _states_clock(text: str) -> bool:
    """Whether a text states a time and a zone."""
    clock = dates_.find_clock(text)
    return clock.time is not None and clock.zone is not None


def _tail_clock(tail: str) -> dates_.Clock:
    tail = tail.replace(STRUCK_OPEN, "").replace(STRUCK_CLOSE, "")
    zoned = dates_.find_clock(tail[:_ZONE_REACH])
    clock = dates_.Clock(dates_.find_clock(tail[:_TIME_REACH]).time, zoned.zone, zoned.problems)
    if (
        not (clock.time and clock.zone)
        and (m := _LABEL_THEN_CLOCK.match(tail))
        and re.search(r"[^\W\d_]", dates_.strip_clock(m[0][: m.start(1)]))  # (a label, not 'AoE')
        and not re.search(r"\w", dates_.strip_clock(m[1]))  # (nothing but the clock inside)
    ):
        # what the reach left out, or cut short ('(10pm Pacific Daylight Time)' read as far as
        # 'Pacific')
        said = dates_.find_clock(m[1])
        return dates_.Clock(clock.time or said.time, said.zone or clock.zone, said.problems)
    if not (clock.time or clock.zone):
        return _note_cell_clock(tail) or clock
    return clock


def _note_cell_clock(tail: str) -> dates_.Clock | None:
    """The clock of the row's next cell, when the date's own cell ends with none and that
    cell is a note stating a time and a zone but no date ('July 10, 2025 | All submissions
    must be received by 11:59 PM Hawaii Standard Time (HST)'); None otherwise."""
    own, _, after = tail.partition(" | ")
    cell = after.partition(" | ")[0]
    if not cell or re.search(r"\w", dates_.strip_clock(own)) or dates_.find_dates(cell):
        return None
    said = dates_.find_clock(cell)
    return said if said.time and said.zone else None
