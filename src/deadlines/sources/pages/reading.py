"""Read a page's important dates: from its label/date pairs to deadlines with a kind, a track,
a year, a time and a zone; the entry point is `parse_page`.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from deadlines import timezones
from deadlines.errors import ZoneError
from deadlines.models import DeadlineKind
from deadlines.sources import dates as dates_
from deadlines.sources.pages.entries import (
    _DATES_SECTION,
    _DATES_TITLE,
    _YEAR,
    Entry,
    PageDates,
    _Raw,
)
from deadlines.sources.pages.labels import (
    _ANNOUNCED,
    _BARE_1159,
    _BARE_DEADLINE,
    _BARE_REGISTRATION,
    _BESIDE_THE_PAPER,
    _CHALLENGE,
    _CHALLENGE_DEADLINE,
    _CHALLENGES_PROSE,
    _EVENT,
    _EXTENDED_TO,
    _FOR_AUTHORS,
    _KIND_WORDS,
    _KINDS,
    _NEWER,
    _OPENING,
    _OTHER,
    _OWN_SUBMISSIONS,
    _PAGE_STAMP,
    _PAPER_WORDS,
    _PERPANJANG,
    _PROGRAMME,
    _RESULTS,
    _SHARED_TASK,
    _SKIP,
    _SKIP_SECTION,
    _SOFTWARE,
    _STEP_WORDS,
    _SUPPORT,
    _TITLE,
    AFTER_TALKS,
    ANSWERS_GO_OUT,
    CALL_EXTENDED,
    CALL_KINDS,
    CONTEST_ZH,
    FIRMNESS,
    _is_other,
    classify,
)
from deadlines.sources.pages.lines import (
    STRUCK_CLOSE,
    STRUCK_OPEN,
    Line,
    _decode,
    page_lines,
    script_rows,
)
from deadlines.sources.pages.merging import (
    _dedupe,
    _in_dates_list,
    _in_dates_part,
    _unread,
    _without_dates,
    bracketed_tail,
)
from deadlines.sources.pages.pairing import _qualifier, _scan, _tail_clock


def parse_page(
    html: str | bytes,
    *,
    year: int | None = None,
    sections: re.Pattern[str] | None = None,
) -> PageDates:
    """Read the important dates of a page.

    `year` is the edition's year, used for dates written without one when the page itself
    gives no better clue. `sections`, when given, keeps only entries under a heading that
    matches it (a CVF dates page lists the main conference, workshops and tutorials).
    """
    out = _read(html, year, sections)
    if not out.entries:
        text = _decode(html) if isinstance(html, bytes) else html
        if "<!--" in text:  # a page that hid its dates list once the deadline had passed
            hidden = _read(re.sub(r"<!--|-->", " ", text), year, sections)
            # an old edition's list, left in a comment, is as likely: report, do not read
            out.problems.extend(
                f"{e.kind.value} {e.at} ({e.label!r}) is in a part of the page hidden in an "
                "HTML comment; not read"
                for e in hidden.entries
            )
        if not out.entries and (rows := script_rows(text, writing=True)):
            # a page whose script fills its dates table from a data array (an empty <tbody>
            # and 'dates.forEach(…)'): the rows it writes
            filled = _read(rows, year, sections)
            if filled.entries:
                filled.problems.insert(
                    0, "the dates are read from the data a script of the page fills it with"
                )
                return filled
    return out


_COLON_ALONE = re.compile(r"\s*[:：]\s*")


def _pairable_lines(lines: list[Line]) -> list[Line]:
    """The page's lines without those that say nothing a date could be paired with: a colon
    alone (a cell's ':' between a date and its label; not a rule of dashes, which parts an old
    date from its new one), and a line that says again, undated, what the line before it said
    (a label written twice for two screen sizes, '<h3 class="hidden-xs">Final deadline …</h3>
    <h3 class="hidden-lg">Final deadline …</h3>'). Either would stand between a date and its
    label, which would then read as the next date's."""
    kept: list[Line] = []
    last = None  # the text of the last line kept
    for line in lines:
        plain = line.plain
        if _COLON_ALONE.fullmatch(plain):
            continue
        if plain and plain == last and not dates_.find_dates(plain):
            continue
        kept.append(line)
        last = plain
    return kept


# 'CST' is US Central's standard time and China's (and Taiwan's): the places a page names say
# which. A state or city of the US Central zone, or the US itself ('Austin, Texas', 'PyTexas',
# 'Minneapolis, MN'); or China's, Hong Kong's, Taiwan's, or UTC+8 written out
_US_CENTRAL = re.compile(
    r"\b(?:USA|U\.S\.A?\.|United\s+States|Central\s+Time|CDT)\b"
    r"|(?:\b|(?<=[a-z]))(?:Texas|Illinois|Iowa|Minnesota|Wisconsin|Missouri|Oklahoma|Kansas"
    r"|Nebraska|Louisiana|Arkansas|Alabama|Mississippi|Tennessee|Chicago|Houston|Dallas|Austin"
    r"|San\s+Antonio|Minneapolis|Milwaukee|New\s+Orleans|Nashville|Memphis|Omaha|Tulsa"
    r"|Des\s+Moines)\b"
    r"|,\s*(?:TX|IL|IA|MN|WI|MO|OK|KS|NE|LA|AR|AL|MS|TN)\b"
)
_CHINA = re.compile(
    r"\b(?:China|PRC|Beijing|Shanghai|Shenzhen|Hangzhou|Guangzhou|Nanjing|Wuhan|Chengdu"
    r"|Tianjin|Suzhou|Hong\s+Kong|Macau|Macao|Taiwan|Taipei|Hsinchu|Tainan)\b"
    r"|\b(?:UTC|GMT)\s*\+\s*0?8\b|中国|北京|上海|台湾|臺灣"
)
_CST = re.compile(r"\bCST\b")
_PLACES_AGREE = 2  # one country's places named at least twice as often as the other's


def _central_standard(lines: list[Line], out: PageDates) -> list[Line]:
    """The lines, their 'CST' read as the zone of the country the page's places name (US
    Central, America/Chicago; or China's, Asia/Shanghai); as they were when the places do not
    say ('CST' stays unread, and the reader says so)."""
    if not any(_CST.search(line.text) for line in lines):
        return lines
    text = "\n".join(line.plain for line in lines)
    us, china = len(_US_CENTRAL.findall(text)), len(_CHINA.findall(text))
    if us >= _PLACES_AGREE * china and us:
        zone, country = "America/Chicago", "US Central time: the page names places in the US"
    elif china >= _PLACES_AGREE * us and china:
        zone, country = "Asia/Shanghai", "China's time: the page names places in China"
    else:
        return lines
    read = False
    kept = []
    for line in lines:
        if _CST.search(line.text) and dates_.find_clock(line.text).zone is None:
            kept.append(replace(line, text=_CST.sub(f"CST ({zone})", line.text)))
            read = True
        else:
            kept.append(line)
    if read:
        out.problems.append(f"'CST' read as {country}")
    return kept


def _read(html: str | bytes, year: int | None, sections: re.Pattern[str] | None) -> PageDates:
    html = _decode(html) if isinstance(html, bytes) else html
    out = PageDates()
    lines = _central_standard(_pairable_lines(page_lines(html)), out)
    raws, page_clock, unread = _scan(lines, sections, out)
    # the year the page's steps and event state most; a year stated beside no step
    # ('Scope: content published after October 7th, 2023') only when the caller names none
    stated = [(r, f.date.year) for r in raws for f in r.dates if f.date and f.year_stated]
    # (a step of the reviewing, not a remark kept as 'other': a privacy notice's 'In case of
    # withdrawal … of consent' dated by its law, 07/27/2006)
    steps = [y for r, y in stated if _EVENT.search(r.label) or classify(r.label) not in _UNNAMED]
    stated_years = steps or ([y for _, y in stated] if year is None else [])
    page_year = Counter(stated_years).most_common(1)[0][0] if stated_years else year
    # the event's own day, when the page states it with its year: a deadline given without
    # a year comes before it ('October 22' for a workshop on 'January 20-27, 2026': 2025)
    event = next(
        (
            f.date
            for r in raws
            for f in r.dates
            if f.date
            and f.year_stated
            # labelled as the event, or a range of days named as no step of the reviewing
            # ('January 20-27, 2026' under the workshop's title)
            and (
                _EVENT.search(r.label)
                or (f.end_date and classify(r.label) is None and not _SKIP.search(r.label))
            )
        ),
        None,
    )
    year_earlier = _year_before(raws) if event is None and page_year is not None else set()
    if event is None and page_year is not None:
        year_earlier |= _listed_before_dated(raws, page_year)
    for i, raw in enumerate(raws):
        # a yearless list that turns the year ('Oct 1', 'Dec 15', 'Feb 15', … 'July 29'): what
        # comes before the turn is the year before the edition's
        year_of = page_year - 1 if page_year is not None and i in year_earlier else page_year
        _resolve_years(raw, year_of, None if _EVENT.search(raw.label) else event)
    contests = _contests(raws, unread)
    # a competition's page that calls for no papers: each of its deadlines is the competition's
    # (its entries' abstracts, 'Abstract submission deadline' with no paper on the page, are
    # what each team writes of its solution: no call for papers)
    papers = any(_PAPER_WORDS.search(_ABSTRACT_WORD.sub("", r.label)) for r in raws)
    contest_page = _contest_page(html, lines)
    contest_papers = contest_page in {_CONTEST_PAPERS, _TASK_PAGE}
    # a competition's short name, given once ('3rd Clarity Prediction Challenge (CPC3)'), names
    # its steps after ('CPC3 submission window')
    short = {m[1] for line in lines for m in _CONTEST_SHORT.finditer(line.text)}
    for raw in raws:
        # on a competition's page that also calls for papers, what no kind names is its own:
        # the first pull request's deadline
        contest = contest_page and (not papers or classify(raw.label) in _UNNAMED)
        named = any(re.search(rf"\b{re.escape(name)}\b", raw.label) for name in short)
        raw.contest = bool(contest) or raw.section in contests or named
        raw.contest_named = named
        raw.contest_papers = contest_papers
    entries: list[Entry] = []
    for raw in raws:
        before = entries[-1] if entries else None
        if (
            before is not None
            and _BARE_EXTENSION.fullmatch(raw.label)
            and not before.prose
            # (or beside it on its line, when its date is struck: 'Abstract Due: | <s>March
            # 15</s> | Final Deadline Extension: April 30')
            and (0 < raw.line_no - before.line <= _EXTENSION_REACH or (
                raw.line_no == before.line and before.passed
            ))
            and (raw.section or "").startswith(before.section or "")
        ):
            # 'Paper deadline: <del>15 August</del>' then 'Extended deadline: 27 August' (or
            # 'Fecha extendida'): the line before's deadline moved, said under its label
            raw.label = f"Extended deadline: {before.label}"
        entries.extend(_entries(raw, page_clock, out, page_year))
    entries = _papers_registered(entries, out)
    entries = _repeats_of_challenge(_challenge_reports(_challenge_papers(entries)), out)
    entries = _final_before_decision(_revision_rounds(_journal_after(entries)), out)
    entries = _registered_after_decision(_abstract_stage(entries, out), out)
    entries = _earlier_edition(entries, year, out)
    entries = _revisions_of_papers(_revised_after_decision(entries, out), out)
    entries = _reviewed_tracks(_dedupe(entries, out), out)
    entries = _presentation_after_decision(_poster_after_decision(entries, out), out)
    entries = _workshops_proposed(entries, lines, out)
    out.entries = _abstract_as_paper(entries, out)
    out.entries = _supplementary_with_paper(out.entries, lines)
    # (not the meeting's own days, said again beside its place or its host)
    # (nor a placeholder: 'Room: TBD')
    rows = [row for row, day in out.unknown_rows if day is not None and not _in_meeting(day, out)]
    if out.entries and rows:
        out.problems.append(
            f"{len(rows)} dated row{'s' if len(rows) > 1 else ''} outside a dates list, under no "
            f"label of a step this reader knows (the first: {rows[0]!r}); not read"
        )
    return out


# 'The deadline for supplementary material is the same as the paper submission deadline'
_SUPPLEMENTARY_SAME = re.compile(
    r"(?:\bdeadline\b[^.]{0,60}?\bsupplementa\w*|\bsupplementa\w*[^.]{0,40}?\bdeadline\b)"
    r"[^.]{0,40}?\bsame\s+as\b[^.]{0,40}?\b(?:paper|submission)",
    re.IGNORECASE,
)


def _supplementary_with_paper(entries: list[Entry], lines: list[Line]) -> list[Entry]:
    """A supplementary material deadline the page states as the paper's, in a sentence: a
    deadline of its own at the paper's instant (the page's one paper deadline only)."""
    if any(e.kind is DeadlineKind.SUPPLEMENTARY for e in entries):
        return entries
    papers = [e for e in entries if e.kind is DeadlineKind.PAPER and not e.challenge]
    if len({(e.at, e.zone) for e in papers}) != 1:
        return entries
    said = next((m for line in lines if (m := _SUPPLEMENTARY_SAME.search(line.plain))), None)
    if said is None:
        return entries
    label = said[0][0].upper() + said[0][1:]
    at = entries.index(papers[0]) + 1
    supplementary = replace(papers[0], kind=DeadlineKind.SUPPLEMENTARY, label=label, prose=True)
    return [*entries[:at], supplementary, *entries[at:]]


# the call's deadline named in a sentence: 'Deadline for the CFP is August 14th 2012'
_CALLS_DEADLINE = re.compile(
    r"\W*(?:the\s+)?deadline\s+(?:for|of)\s+(?:the\s+|our\s+)?(?:cf[pa]s?|call\s+for\s+\w+)"
    r"(?:\s+(?:is|will\s+be))?\W*",
    re.IGNORECASE,
)
# and the call left open until a day: 'We'll leave the call for proposals open until March 31'
_CALL_OPEN_UNTIL = re.compile(
    r"\b(?:call\s+for\s+\w+|cf[ps])\b[^.!?]{0,40}\bopen\s+(?:until|till|through)\W*$",
    re.IGNORECASE,
)
# and the speakers' answer: 'You will hear back from us before 1st June'
_HEAR_BACK = re.compile(
    r"\b(?:you\s+will|you['’]ll)\s+hear\s+back\b[^.!?]{0,30}\b(?:before|by|on)\W*$"
    # (or the answers going out, by a day: 'You will be informed of your proposals' status no
    # later than')
    rf"|(?:{ANSWERS_GO_OUT})[^.!?]{{0,40}}?(?:\s+(?:on|by|before|no\s+later\s+than))?\W*$",
    re.IGNORECASE,
)
# a sentence that ends on the registration's deadline: 'Please note, the registration deadline
# is April 1, 2024'
_REGISTRATION_NAMED = re.compile(
    r"(?:\bthe\s+|^\W*|[.!?]\s+)(?:(?:early|final|late|online|conference|new|extended)\s+)?"
    r"registration"
    r"\s+deadline(?:\s+(?:is|will\s+be))?\W*$"
    # 'The last date to register is March 5, 2021'
    r"|\bthe\s+last\s+(?:date|day)\s+(?:to\s+register|for\s+registration)(?:\s+(?:is|will\s+be))?\W*$"
    # 'The deadline to register is July 14, 2022'
    r"|\bthe\s+deadline\s+(?:to|for)\s+register(?:ing)?(?:\s+(?:is|will\s+be))?\W*$",
    re.IGNORECASE,
)
_MEETING_AT = re.compile(
    r"\b(?:present(?:ed|ation)|held|take\s+place)\s+(?:at|in|during)\s+(?:the\s+)?[^.;]{0,120}?"
    r"\b(?:meeting|conference|symposium|workshop|congress|colloquium|forum)\b[^.;]{0,100}$",
    re.IGNORECASE,
)
_HELD_ON = re.compile(
    r"\b(?:held|tak(?:e|es|ing)\s+place)(?:\s+(?:on|from|in|at|between|over))?"
    rf"(?:\s+{dates_.WEEKDAY}(?:\s+(?:and|to|through|-|–))?)?\W*$",
    re.IGNORECASE,
)
# a line that only says a deadline moved: 'Extended deadline', 'New date', 'Fecha extendida'
_BARE_EXTENSION = re.compile(
    r"\W*(?:(?:new|extended|updated)(?:\s+(?:deadline|date|due date))?"
    r"|(?:(?:final|second|further|last)\s+)?(?:deadline\s+)?extension"
    r"|fecha\s+(?:extendida|ampliada|prorrogada)|nueva\s+fecha|plazo\s+(?:extendido|ampliado)"
    r"|nouvelle\s+date|date\s+prolong[ée]e"
    # (or the firm one after a first: 'Submission: Sep 20', then 'Hard Deadline: Sep 25')
    r"|hard\s+deadline)\W*",
    re.IGNORECASE,
)
_EXTENSION_REACH = 2  # lines between the moved deadline and the line that moves it


def _dates_alone(raw: _Raw) -> bool:
    """Whether a line's dates stand apart from its words ('Deadline: …' or a cell of their
    own) and follow one another with nothing but times, zones and separators between them."""
    head = raw.head.replace(STRUCK_CLOSE, "").rstrip()
    return (not head or head[-1] in ":|–—-") and all(
        re.fullmatch(r"[\W_]*", dates_.strip_clock(tail).replace("UTC", ""))
        for tail in raw.tails[:-1]
    )


_EDITION_GAP = dt.timedelta(days=300)  # no step of one edition comes this long before its paper


def _earlier_edition(entries: list[Entry], year: int | None, out: PageDates) -> list[Entry]:
    """A page of the edition of `year` that keeps last year's dates beside this year's (an
    archive block a component still holds): a paper deadline about a year before the newest
    one, with what else is as old, is an earlier edition's, left out and said. Not when the
    newest is after the edition's year: a journal's later call beside the workshop's."""
    papers = [
        e
        for e in entries
        if e.kind is DeadlineKind.PAPER and not e.challenge and not e.track and not e.prose
    ]
    if year is None or len(papers) < 2:
        return entries
    newest = dt.date.fromisoformat(max(e.at for e in papers)[:10])
    if newest.year > year:
        return entries
    cut = newest - _EDITION_GAP
    old = [e for e in entries if e.outside is None and dt.date.fromisoformat(e.at[:10]) < cut]
    if not any(e in papers for e in old):
        return entries
    first = min(e.at for e in old)[:10]
    out.problems.append(
        f"{len(old)} deadline{'s' if len(old) > 1 else ''} from {first} on, about a year before "
        "the newest paper deadline: an earlier edition's, left out"
    )
    return [e for e in entries if e not in old]


# a competition's standings made public ('Ranking publication of the first submission')
_PUBLISHED = re.compile(rf"{_ANNOUNCED.pattern}|publication", re.IGNORECASE)
# a competition's own steps: a test set released to its teams, winners named
_CONTEST_CUE = re.compile(
    # (and its teams' standings: 'Ranking publication', 'Team registration deadline')
    r"\btest[- ](?:set|data)\b|\bwinners?\b|\bprizes?\b|\brankings?\b"
    r"|\bfinalists?\s+(?:announc|notif|select)"  # (not a research competition's talks)
    r"|\bteams?\s+registration\b"
    # and its rounds and entrants: 'Qualifiers Submission Due', 'Finals Smoke Test', 'Team
    # Signups Close', 'Software Released to Competitors'
    r"|\bqualifiers\b|\bqualifying\s+round|\bfinals\b|\bteam\s+sign[- ]?ups?\b|\bcompetitors\b"
    r"|\b(?:preliminary|final)\s+round\b",
    re.IGNORECASE,
)


# a competition's own site: 'Edge-Device Large Language Model Competition', 'KiVA Challenge
# @ ICCV 2025' (not a workshop's topic: 'Opportunities and Challenges')
_CONTEST_TITLE = re.compile(
    # (ACM's Student Research Competition is a track of students' abstracts, not a contest)
    rf"\b(?:challenge|(?<!research )competition|contest|shared task)\b(?!s)|{CONTEST_ZH}"
    r"|\b(?-i:Cup)\b"  # a data cup: 'WSDM Cup 2026', 'PWS Cup 2022', 'KDD Cup
    # a solvers' evaluation of its year: 'MaxSAT Evaluation 2023', 'QBF Evaluation 2024'
    r"|^\W*+(?:[\w-]+\s+){1,3}evaluation\s+(?:19|20)\d\d\W*$",
    re.IGNORECASE,
)
# a page of a competition's papers ('Challenge papers | MARIO-MICCAI 2024')
_CONTEST_PAPERS_TITLE = re.compile(
    r"\b(?:challenge|competition|contest|shared task)\s+papers?\b", re.IGNORECASE
)
_CONTEST_PAPERS = "papers"
_TASK_PAGE = "task"
_CONTEST_SHORT = re.compile(
    r"\b(?:[Cc]hallenge|[Cc]ompetition|[Cc]ontest|[Ss]hared [Tt]ask)"
    r"\s*\(([A-Z][A-Za-z0-9-]{1,15})\)"
)
_UNNAMED = {None, DeadlineKind.OTHER}
_MEETING = re.compile(r"\b(?:workshop|symposium|conference|tutorial)s?\b", re.IGNORECASE)
_AT_HOST = re.compile(
    r"\s(?:at|@|held\s+(?:at|with)|co-?located\s+with|in\s+conjunction\s+with)\s", re.IGNORECASE
)
_OPENING_LINES = 3
_CALLS_ITSELF = re.compile(
    r"([^.]{0,80}?\b(?:is|are)\s+(?:the|an?)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:challenge|competition|contest|shared\s+task)\b"
    # (or welcomes its entrants: 'Welcome to the Microsoft Membership Inference Competition',
    # or opens on what it chose for them: 'For this competition, we have selected data …')
    r"|\bwelcome\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,6}?(?:challenge|competition|contest)\b"
    r"|(?:.{0,1500}?[.!?]\s+)?(?-i:For|In)\s+this\s+(?:competition|contest)\b"
    # (or a shared task says it is one: 'A Shared Task at NAACL 2021 that focuses on …', 'WNUT
    # 2020 shared task is designed on …', or names itself under its title: 'SIGTYP Shared Task
    # 2023')
    r"|\W*an?\s+shared\s+task\b|\W*+(?:[\w-]+\s+){1,4}shared\s+task\s+(?:is|was|will)\b"
    r"|\W*+(?:[\w-]+\s+){1,4}shared\s+task(?:\s+(?:19|20)\d\d)?\W*$"
    # (or its site says whose it is: 'This is the official website of the Critical Questions
    # Generation shared task, hosted in …')
    r"|[^.]{0,80}?\bofficial\s+(?:github\s+)?(?:website|site|page|repository|repo)\s+(?:of|for)"
    r"\s+the\s+(?:[\w@.&-]+\s+){1,8}?shared\s+task\b)",
    re.IGNORECASE,
)
# an evaluation campaign's track, lab or task: 'TREC 2025 Tip-of-the-Tongue (ToT) Track',
# 'PAN at CLEF 2026', 'CLEF 2025 lab', 'NTCIR-18 Transfer-2 task', 'FIRE 2024 track'
_CAMPAIGN_TASK = re.compile(
    r"\bTREC\b[^.!]{0,80}\b(?i:track)\b|\b(?i:track)\b[^.!]{0,40}\bTREC\b"
    r"|\b(?:CLEF|NTCIR|FIRE)(?:[- ]?\d+)?\b[^.!]{0,60}\b(?i:lab|task|track)s?\b"
    r"|\b(?i:lab|task|track)\b[^.!]{0,60}\bat\s+(?:CLEF|NTCIR|FIRE)\b|\bPAN\s+at\s+CLEF\b"
    # and the other campaigns of shared tasks, by name: 'GermEval 2025 features a task on …',
    # 'DSTC8 Meta-Learning User Response Models Task'
    r"|\b(?:[A-Z][A-Za-z]*Eval|EVALITA|IberLEF|BioASQ|DSTC|VarDial)(?:[- ]?\d+)?\b[^.!]{0,60}"
    r"\b(?i:lab|task|track)s?\b"
)
_REVIEWERS = re.compile(
    # (not a round of the entries' own: 'Preliminary review deadline')
    r"\b(?<!preliminary )review(?:s|ing)?\s+(?:submitted|deadline|due|period)\b|\breviewers?\b",
    re.IGNORECASE,
)
# a competition named as such: 'the Space Optimization Competition', 'The first annual
# Agentic-based Python Dependency Resolution challenge'
_NAMED_CONTEST = re.compile(
    r"\b[Tt]he\s+[*_]*(?:(?:first|second|third|fourth|fifth|annual|inaugural|\d+(?:st|nd|rd|th))\s+)*"
    r"(?:[A-Z0-9][\w-]*\s+){1,6}(?:[Cc]hallenge|[Cc]ompetition|[Cc]ontest)\b(?!s)"
)
_WORKSHOP = re.compile(r"\bworkshops?\b", re.IGNORECASE)
_PAGE_TITLE = re.compile(r"<title[^>]*>(.*?)</title", re.IGNORECASE | re.DOTALL)


def _contest_page(html: str, lines: list[Line]) -> str | None:
    """Whether the page is a competition's own, by its title and its first main heading:
    'contest', or 'papers' for a page of a competition's papers; None if not."""
    titles = [m.group(1) for m in [_PAGE_TITLE.search(html[:20000])] if m]
    titles += [line.plain for line in lines if line.level == 1][:1]
    # (a title said over two headings: '# Welcome!' over '# To the Shared Task on …')
    titles += [line.plain for line in itertools.takewhile(lambda x: x.level == 1, lines)][1:3]
    # the lines before its first heading, where a page says what it is ('Bot Bowl IV is the
    # fourth AI competition in Blood Bowl and will happen at …'): the competition it names
    # (or after its title, when the page opens with it: 'ECML 2026' over 'The ECML 2026
    # Challenge is the newest competition around …')
    # (a title of any level: 'Critical Questions Generation Shared Task' set as a second-level
    # heading over 'Welcome to the official website of …')
    start = 1 if lines and lines[0].level >= 1 else 0
    opening = list(
        itertools.takewhile(lambda line: line.level == 0, lines[start : start + _OPENING_LINES])
    )
    titles += [m[1] for line in opening if (m := _CALLS_ITSELF.match(line.plain))]
    # (or names it, capitalised, in its first lines of prose, past a heading or two: 'The
    # EmoPain challenge provides …', '… presents the Space Optimization Competition (SpOC)')
    prose = [line.plain for line in lines[: 2 * _OPENING_LINES + 2] if line.level == 0]
    titles += [
        m[0]
        for text in prose[: 2 * _OPENING_LINES]
        if not _WORKSHOP.search(text) and (m := _NAMED_CONTEST.search(text))
    ]
    # (so too a line that says so: 'Welcome to the TREC 2025 Product Search … Track!')
    titles += [line.plain for line in opening if _CAMPAIGN_TASK.search(line.plain)]
    # the meeting a competition is held at names its host, not the page ('Tales of Tribute AI
    # Competition at IEEE Conference on Games 2023')
    if any(_MEETING.search(_AT_HOST.split(t, maxsplit=1)[0]) for t in titles):
        return None
    if any(_CONTEST_PAPERS_TITLE.search(t) for t in titles):
        return _CONTEST_PAPERS
    if any(_SHARED_TASK.search(t) or _CAMPAIGN_TASK.search(t) for t in titles):
        # a shared task's own page calls for no papers but its teams' system descriptions (so
        # does an evaluation campaign's track or lab: TREC's runs and notebooks, CLEF's
        # working notes)
        return _TASK_PAGE
    return "contest" if any(_CONTEST_TITLE.search(t) for t in titles) else None


def _contests(raws: list[_Raw], unread: dict[str, list[str]]) -> set[str]:
    """Sections that are a competition's track ('Systems Track': 'Test set release: May 27',
    'Winners announced: July 6'), though no heading says challenge: their deadlines are its.
    The lines of a schedule left unread say so too ('Results announced; prizes awarded')."""
    found = set()
    said = [(raw.section or "", raw.line) for raw in raws]
    said += [(section, line) for section, lines in unread.items() for line in lines]
    rows: dict[str, list[str]] = {}  # each section's lines, a title's 'challenges' left out
    for section, line in said:
        rows.setdefault(section, []).append(_CHALLENGES_PROSE.sub(" ", line))
        inner = section.split(" / ")[-1]
        if (
            inner
            and not _PAPER_WORDS.search(inner)
            and not _DATES_TITLE.search(inner)
            and _CONTEST_CUE.search(line)
            and not _PAPER_WORDS.search(line)
        ):
            found.add(section)
    # a dates list that calls for no papers and names the competition in three rows or more,
    # half of them ('Competition kickoff', 'Leaderboard opens', 'Winners notification'): the
    # competition's
    for section, texts in rows.items():
        named = sum(bool(_CHALLENGE.search(t) or _CONTEST_CUE.search(t)) for t in texts)
        if named >= max(_CONTEST_ROWS, len(texts) / 2) and not any(
            _PAPER_WORDS.search(t) for t in texts
        ):
            found.add(section)
    return found


_CONTEST_ROWS = 3


def _final_before_decision(entries: list[Entry], out: PageDates) -> list[Entry]:
    """A 'Final submission' due before the decisions of its part of the page, where that part
    lists no paper deadline, is the full paper's after its abstract (or a competition's
    results), not a camera-ready version; so is one that is the page's only step besides its
    registration."""
    own = [e for e in entries if not e.challenge]

    def early_final(e: Entry) -> str | None:
        if not (
            e.kind is DeadlineKind.CAMERA_READY
            and not e.challenge
            and re.search(r"\bfinal\b", e.label, re.IGNORECASE)
            and not re.search(r"camera|version|proceedings", e.label, re.IGNORECASE)
        ):
            return None
        part = [o for o in own if o.section == e.section]
        # (of its own track where a table's column names it: 'Final submission deadline
        # (Mentorship track)' before 'Decisions announced (Mentorship track)')
        tag = bracketed_tail(e.label)
        if tag and any(bracketed_tail(o.label) == tag for o in part if o is not e):
            part = [o for o in part if bracketed_tail(o.label) == tag]
        decisions = [o.at[:10] for o in part if o.kind is DeadlineKind.NOTIFICATION]
        if any(o.kind is DeadlineKind.PAPER for o in part):
            return None
        camera = [
            o.at[:10]
            for o in part
            if o.kind is DeadlineKind.CAMERA_READY and re.search(r"camera", o.label, re.IGNORECASE)
        ]
        abstracts = [o.at[:10] for o in part if o.kind is DeadlineKind.ABSTRACT]
        if (
            not decisions
            and any(day < e.at[:10] for day in abstracts)
            and any(day > e.at[:10] for day in camera)
        ):
            # 'Interspeech final paper upload deadline' a week after the abstracts, then a
            # 'Camera ready paper deadline' in June: the page names its camera-ready apart
            # (with no abstract before it, a final paper beside a camera-ready is the accepted
            # paper's, its camera-ready asked for twice)
            return (
                f"{e.label!r} comes after the abstracts and before the page's camera-ready: "
                "the paper's deadline"
            )
        if not decisions:
            # a page whose one step besides its registration is a 'Final Paper Submission
            # Deadline' (ICIRCA 2023), no challenge's
            others = (o for o in entries if o is not e)
            if any(o.challenge or o.kind is not DeadlineKind.REGISTRATION for o in others):
                return None
            return f"{e.label!r} is the page's only step besides registration: the paper's deadline"
        if e.at[:10] >= min(decisions):
            return None
        return (
            f"{e.label!r} ({e.at[:10]}) is due before the decisions: the paper's deadline, "
            "not a camera-ready's"
        )

    return _read_as(entries, out, early_final)


# an extended abstract, and the full paper the accepted then send in
_EXTENDED_ABSTRACT = re.compile(r"\bextended\s+abstracts?\b", re.IGNORECASE)
_FULL_PAPER = re.compile(
    r"\W*(?:(?:submission|last\s+date)\s+(?:of|for)\s+(?:the\s+)?)?full[- ]?(?:length\s+)?papers?"
    r"(?:\s+(?:submission|due|deadline))*\W*",
    re.IGNORECASE,
)


def _abstract_stage(entries: list[Entry], out: PageDates) -> list[Entry]:
    """An extended abstract due before the decisions, then the full paper after them
    ('Extended abstract submission', 'Notification of acceptance', 'Full paper submission'):
    the abstract is the first stage of one paper, not a submission of its own."""
    own = [e for e in entries if not e.challenge]
    decided = [e.at[:10] for e in own if e.kind is DeadlineKind.NOTIFICATION]
    full = [
        e.at[:10] for e in own if e.kind is DeadlineKind.PAPER and _FULL_PAPER.fullmatch(e.label)
    ]

    def first_stage(e: Entry) -> str | None:
        if e.kind is not DeadlineKind.PAPER or e.challenge:
            return None
        if not _EXTENDED_ABSTRACT.search(e.label) or _FULL_PAPER.fullmatch(e.label):
            return None
        day = e.at[:10]
        if not any(day < d < f for d in decided for f in full):
            return None
        return f"{e.label!r}: decided on before the full paper is due; read as its abstract"

    return _read_as(entries, out, first_stage, DeadlineKind.ABSTRACT)


_PAPER_REGISTRATION = re.compile(r"\bpapers?\s+registration\b", re.IGNORECASE)


def _registered_after_decision(entries: list[Entry], out: PageDates) -> list[Entry]:
    """A 'Paper Registration' due after the papers are decided on is the authors' seat paid
    for ('Paper Submission', 'Notification', 'Camera Ready', 'Paper Registration'), not the
    paper's title and abstract registered before it."""
    own = [e for e in entries if not e.challenge]
    decided = [e.at[:10] for e in own if e.kind is DeadlineKind.NOTIFICATION]
    papers = [e.at[:10] for e in own if e.kind is DeadlineKind.PAPER]

    def paid(e: Entry) -> str | None:
        if e.kind is not DeadlineKind.ABSTRACT or not _PAPER_REGISTRATION.search(e.label):
            return None
        day = e.at[:10]
        if not decided or not papers or day <= max(papers) or day <= min(decided):
            return None
        return f"{e.label!r}: due after the papers are decided on; the authors' registration"

    return _read_as(entries, out, paid, DeadlineKind.REGISTRATION)


def _reviewed_tracks(entries: list[Entry], out: PageDates) -> list[Entry]:
    """A deadline of a track with no label this reader knows ('Doctoral Colloquium Deadline'),
    before that track's own notification: what the track takes in and decides on, its papers
    (not a panel's, a workshop's or a tutorial's proposals)."""
    decided: dict[str, str] = {}
    for e in entries:
        if e.kind is DeadlineKind.NOTIFICATION and e.track and not e.challenge:
            decided[e.track] = min(decided.get(e.track, e.at), e.at)

    def why(e: Entry) -> str | None:
        if not (
            e.kind is DeadlineKind.OTHER
            and not e.challenge
            and not e.prose
            and e.track in decided
            and e.at < decided[e.track]
            and _TRACK_DEADLINE.fullmatch(e.label.removeprefix(e.track or "").strip())
            and not _OTHERS_PROPOSALS.search(f"{e.track} {e.label}")
            and not _ARTIFACT.search(f"{e.track} {e.label}")  # (an artifact's evaluation)
        ):
            return None
        return (
            f"{e.label!r}: the deadline of a track that notifies its authors later; read as a "
            "paper"
        )

    return _read_as(entries, out, why)


_ARTIFACT = re.compile(r"\bartifacts?\b|\bartefacts?\b", re.IGNORECASE)
# what a track's deadline is called once its name is taken off: 'Deadline', 'Submission due'
_TRACK_DEADLINE = re.compile(
    r"\W*(?:submission\s+)?(?:deadline|due(?:\s+date)?|submissions?)\W*", re.IGNORECASE
)


def _poster_after_decision(entries: list[Entry], out: PageDates) -> list[Entry]:
    """A poster's submission due after the decisions on what was submitted before them
    (an abstract or a paper) is the accepted works' final version, not a call of its own."""
    own = [e for e in entries if not e.challenge and not e.track]
    first = _first_decision(own)
    if first is None:
        return entries

    def why(e: Entry) -> str | None:
        poster = (
            e.kind is DeadlineKind.PAPER
            and bool(_POSTER_WORD.search(e.label))
            and not _LATE.search(e.label)  # 'Late poster submission ends': a call of its own
        )
        if not (poster and e in own and e.at > first):
            return None
        return _FINAL_VERSION.format(label=e.label, day=e.at[:10])

    return _read_as(entries, out, why, DeadlineKind.CAMERA_READY)


def _presentation_after_decision(entries: list[Entry], out: PageDates) -> list[Entry]:
    """A presentation's submission due after the decisions on the papers submitted before
    them ('Presentation Submission' after 'Acceptance Notification') is the accepted authors'
    talk or slides, not a call for talks (though the page names it as a track of its own)."""
    own = [e for e in entries if not e.challenge]
    first = _first_decision(own)

    def why(e: Entry) -> str | None:
        talk = e.kind is DeadlineKind.PAPER and _PRESENTATION.fullmatch(e.label)
        if not (talk and first is not None and e in own and e.at > first):
            return None
        return f"{e.label!r} ({e.at[:10]}) is due after the decisions: the accepted works' talk"

    return _read_as(entries, out, why, DeadlineKind.OTHER)


# (the step named by the presentation alone: not 'Presentation proposal', 'Poster presentation')
_PRESENTATION = re.compile(
    r"\W*(?:(?:submission|upload)\s+of\s+(?:the\s+)?presentations?"
    r"|presentations?\s+(?:submission|upload)(?:\s+deadline)?)\W*",
    re.IGNORECASE,
)


def _revised_after_decision(entries: list[Entry], out: PageDates) -> list[Entry]:
    """A revised or final paper or abstract due after the decisions on what was submitted
    before them ('Revised abstracts', 'Final proceedings version of accepted papers due') is
    the accepted works' final version, not a second call."""
    own = [e for e in entries if not e.challenge and not e.track]
    # (the decisions on what was first submitted: not on a revised work's)
    first_of = [
        e for e in own if e.kind is DeadlineKind.NOTIFICATION or not _REVISED_WORK.search(e.label)
    ]
    first = _first_decision(first_of)
    if first is None:
        return entries

    def why(e: Entry) -> str | None:
        # (an abstract only when revised or extended: 'Final abstract and video due' is a
        # pitch's final form)
        revised = bool(
            (e.kind is DeadlineKind.PAPER and _REVISED_WORK.search(e.label))
            or (e.kind is DeadlineKind.ABSTRACT and _REVISED_ONLY.search(e.label))
        )
        if not (revised and e in own and not _LATE.search(e.label)):
            return None
        # (the decisions of its own track where a table's column names it: 'Final submission
        # deadline (Mentorship track)', then 'Decisions announced (Mentorship track)')
        tag = bracketed_tail(e.label)
        same = [o for o in first_of if tag and bracketed_tail(o.label) == tag]
        decided = _first_decision(same) if same else first
        if decided is None or e.at <= decided:
            return None
        # (the first work of a later stage, in a part of its own whose decisions come after it:
        # 'Second stage: submission of final papers', then 'decisions released')
        part = [o for o in own if o is not e and o.section == e.section]
        if any(o.kind is DeadlineKind.NOTIFICATION and o.at > e.at for o in part) and not any(
            o.at < e.at for o in part
        ):
            return None
        return _FINAL_VERSION.format(label=e.label, day=e.at[:10])

    return _read_as(entries, out, why, DeadlineKind.CAMERA_READY)


# a revision of what was submitted, named first ('Revised Paper Submission', 'Paper Revision
# Deadline', 'Resubmission for conditionally accepted paper'; not 'Paper submission (&
# resubmissions)', a call that takes them)
_REVISION = re.compile(r"^[^(]*\b(?:revis(?:ed|ions?)|re-?submi(?:ssions?|t))\b", re.IGNORECASE)


def _revisions_of_papers(entries: list[Entry], out: PageDates) -> list[Entry]:
    """A paper deadline named a revision, due after another paper deadline of the page and
    read as no round's end or final version by the rules before: the authors' revision of
    what they submitted, an author's other step, not a second call."""

    def said(label: str) -> str:
        return " ".join(re.findall(r"\w+", label.lower()))

    firsts = [
        e
        for e in entries
        if e.kind is DeadlineKind.PAPER and not e.challenge and not _REVISION.search(e.label)
    ]
    first_labels = {said(f.label) for f in firsts}

    def why(e: Entry) -> str | None:
        if not (
            e.kind is DeadlineKind.PAPER
            and not e.challenge
            and _REVISION.search(e.label)
            and any(f.at < e.at for f in firsts)
        ):
            return None
        newer = _NEWER.match(e.label.strip())
        if newer and said(e.label.strip()[newer.end() :]) in first_labels:
            return None  # 'Revised submissions due' after 'Submissions due': the date moved
        return f"{e.label!r} ({e.at[:10]}) revises a paper submitted before; kept as 'other'"

    return _read_as(entries, out, why, DeadlineKind.OTHER)


def _first_decision(own: list[Entry]) -> str | None:
    """The first decision's day that something was submitted before; None if there is no
    such decision. (A decision before every submission is another call's: a workshops' call's
    notification months before the papers are due.)"""
    submitted = min(
        (e.at for e in own if e.kind in {DeadlineKind.PAPER, DeadlineKind.ABSTRACT}), default=None
    )
    if submitted is None:
        return None
    return min(
        (e.at for e in own if e.kind is DeadlineKind.NOTIFICATION and e.at > submitted),
        default=None,
    )


_FINAL_VERSION = (
    "{label!r} ({day}) is due after the decisions: the accepted works' final version, read as "
    "the camera-ready"
)


# a step's label that says it is extended, before the new date: '… deadline is extended to:'
_LABEL_EXTENDED = re.compile(
    r"\b(?:is|are|has\s+been|have\s+been|was|were)\s+(?:further\s+)?extended\s+(?:to|until)\W*$"
    # (and in Indonesian: 'panitia memperpanjang penerimaan abstrak sampai dengan')
    rf"|{_PERPANJANG}",
    re.IGNORECASE,
)
# ('Final Full Paper Submissions', 'Final proceedings version': not a '(final)' deadline)
_REVISED_WORK = re.compile(
    r"\brevised\b|\bfinal(?:i[sz]ed)?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:papers?|versions?|manuscripts?|submissions?|abstracts?)\b"
    # (the versions printed: 'Electronic versions of papers due', after the decisions)
    r"|\b(?:electronic|printable|print)\s+versions?\b"
    # (and the proceedings' papers: 'Proceedings papers due', after the decisions)
    r"|\bproceedings\s+papers?\b",
    re.IGNORECASE,
)
# (an abstract revised, or extended once chosen: 'Revised abstracts', 'Extended abstract due', in
# Thai 'ปิดรับบทคัดย่อแบบขยาย')
_REVISED_ONLY = re.compile(r"\brevised\b|\bextended\s+abstracts?\b|บทคัดย่อแบบขยาย", re.IGNORECASE)


# a meeting's workshops submitted, named by no paper: 'Workshop Submission Deadline'
_WORKSHOP_SUBMISSION = re.compile(
    r"\W*workshops?\s+submissions?(?:\s+(?:deadline|due|clos(?:es|ed|e|ing)))?\W*", re.IGNORECASE
)
_WORKSHOP_PROPOSALS = re.compile(r"\bworkshops?\b.*\bproposals?\b", re.IGNORECASE)
_SUBMITTED_AGAIN = re.compile(r"\bre-?submi|\brevis", re.IGNORECASE)


def _workshops_proposed(entries: list[Entry], lines: list[Line], out: PageDates) -> list[Entry]:
    """'Workshop Submission Deadline' on a conference's page beside its own paper deadline
    (BMVC's, RSS's, AISTATS's timelines) is the workshops' proposals, unless the page names
    their proposals apart (MobiSys: 'Workshop Proposal Submission', then the workshops'
    papers)."""
    own = [e for e in entries if not e.challenge]
    workshops = [
        e for e in own if e.kind is DeadlineKind.PAPER and _WORKSHOP_SUBMISSION.fullmatch(e.label)
    ]
    # (a paper submitted again is no call of the meeting's own: 'Resubmission Closed')
    papers = any(
        e.kind is DeadlineKind.PAPER and e not in workshops and not _SUBMITTED_AGAIN.search(e.label)
        for e in own
    )
    if not workshops or not papers or any(_WORKSHOP_PROPOSALS.search(x.plain) for x in lines):
        return entries

    def why(e: Entry) -> str | None:
        if e not in workshops:
            return None
        return (
            f"{e.label!r}: workshops submitted beside the page's papers, their proposals; kept "
            "as 'other'"
        )

    return _read_as(entries, out, why, DeadlineKind.OTHER)


# a conference's call for the proposals of its parts: 'Call for Tutorials', 'Call for
# Contributions - Panels' (not 'Call for Workshop Papers')
_BARE_PROPOSALS = re.compile(
    # (or its period, whose end is the deadline: 'Proposal submission period')
    # (moved, as said before or after it: 'NEW Proposal Submission Deadline - extended a day!')
    r"(?:(?:new|extended|updated|revised)\s+)?(?:talk\s+)?proposals?\s+(?:submissions?\s+)?"
    r"(?:deadline|due|clos(?:es?|ed|ing)|window|period)"
    r"(?:\s*\([^()]{1,40}\))?"  # (and a remark: 'Proposal submissions close (DEADLINE UPDATED)')
    r"(?:\s*[-\u2013\u2014]\s*(?:extended|new|updated|postponed)\b[^()]{0,30})?"
    # and the last day to send them in, as a Spanish-speaking venue's English page says it
    # ('Limit to send proposals', from 'Fecha límite para enviar propuestas')
    r"|(?:the\s+)?(?:deadline|limit|last\s+day)\s+(?:to|for)\s+send(?:ing)?\s+(?:in\s+)?"
    r"(?:the\s+|your\s+)?(?:talk\s+)?proposals?"
    # 'Deadline for proposals', 'The submission deadline for all proposals is'
    r"|(?:the\s+)?(?:submission\s+)?deadline\s+for\s+(?:all\s+)?(?:talk\s+)?proposals(?:\s+is)?",
    re.IGNORECASE,
)
_SUBMIT_PROPOSAL = re.compile(
    # (and a timeline's line: 'Authors submit proposals by'; 'submit a proposal online by';
    # '… to cfp@faucet.nz by')
    r"(?:please\s+|authors\s+)?submit\s+(?:your\s+|a\s+|the\s+|their\s+)?(?:talk\s+)?"
    r"proposals?(?:\s+online)?(?:\s+(?:to|via|at)\s+\S+)?(?:\s+(?:by|before))?"
    # and said the other way round: 'Proposals can be submitted until', 'We will be accepting
    # CFPs from now until'
    r"|(?:talk\s+)?proposals?\s+(?:can|may|must|should)\s+be\s+submitted"
    r"(?:\s+(?:until|by|before|through))?"
    # (or 'We're accepting proposals until', 'Now accepting', 'We accept proposals until',
    # 'Proposals will be accepted until')
    r"|(?:(?:we\s+(?:will\s+be|are)|we['’]re|now)\s+)?accepting\s+(?:cf[ps]s?|proposals)"
    r"(?:\s+from\s+now)?(?:\s+until)?|get\s+(?:your|a|the)\s+(?:talk\s+)?proposals?\s+in"
    r"|we\s+accept\s+(?:talk\s+)?proposals(?:\s+\w+ly)?(?:\s+until)?"  # ('… continuously until')
    r"|(?:talk\s+)?proposals\s+(?:are|will\s+be)\s+accepted\s+until"
    # the deadline for submitting them, said in a sentence ('… is August 5'), initial ones too
    r"|(?:the\s+)?(?:deadline|last\s+date)\s+(?:for|to)\s+submit(?:ting)?\s+"
    r"(?:your\s+|the\s+)?(?:initial\s+|full\s+)?(?:talk\s+)?proposals?"
    # (and where to: 'The deadline to submit proposals to the 2026 … Conference is')
    r"(?:\s+(?:to|for)\s+(?:the\s+)?[^.!?]{1,80}?)?(?:\s+is)?"
    # 'Proposals are due October 1, 2019', 'Last date for proposal submissions will be 12 June'
    r"|(?:talk\s+)?proposals\s+are\s+due(?:\s+(?:on|by))?"
    r"|(?:the\s+)?(?:deadline|last\s+date)\s+for\s+(?:talk\s+)?proposal\s+submissions?"
    r"(?:\s+(?:is|will\s+be))?"
    # 'Please send all proposals to proposals@goruco.com by', 'Please send in your proposals by'
    r"|(?:please\s+)?send\s+(?:us\s+|in\s+)?(?:all\s+|your\s+|the\s+)?(?:talk\s+)?proposals?\b"
    r"(?:[^.!?]|\.(?=\S)){0,60}?\b(?:by|before)"
    # 'Proposals must be submitted by Sunday 13th August'
    r"|(?:talk\s+)?proposals?\s+(?:must|should)\s+be\s+(?:submitted|sent\s+in|received)"
    r"(?:\s+(?:by|before|no\s+later\s+than))?"
    # and in French: 'Vous pouvez proposer un sujet jusqu'au dimanche 9 décembre 2018'
    r"|(?:vous\s+pouvez\s+)?(?:proposer|soumettre)\s+(?:un|une|vos|votre)\s+"
    r"(?:sujets?|propositions?|talks?|communications?|conf[ée]rences?)"
    r"(?:\s+jusqu['’]\s*(?:au|à))?"
    # 'Toutes les propositions doivent nous parvenir avant le': the proposals must reach the
    # organizers by
    r"|(?:toutes\s+)?(?:les\s+|vos\s+)?propositions\s+(?:doivent|devront)\s+"
    r"(?:nous\s+)?(?:parvenir|être\s+(?:envoy[ée]es|soumises|d[ée]pos[ée]es))"
    r"(?:\s+(?:avant|au\s+plus\s+tard)(?:\s+le)?)?"
    # 'Faites vos propositions sur le formulaire jusqu'au': make your proposals until
    r"|faites\s+(?:vos|une|des)\s+propositions?\b[^.!?]{0,60}?(?:\bjusqu['’]\s*(?:au|à))?",
    re.IGNORECASE,
)
# (before the step: '[Case papers only] - Technical preparations')
_ONLY_FOR = re.compile(r"^\W*[\[(]\s*((?:for\s+)?[^\[\]()]{1,40}?\s+only)\s*[\])]", re.IGNORECASE)
_CALL_EXTENDED = re.compile(
    rf"\b(?:the\s+|our\s+)?(?:cf[psa]|call[- ]for[- ](?:{CALL_KINDS}))(?:\s+deadline)?\s+"
    r"(?:was|has\s+been|is|will\s+be)\s+extended\s+(?:to|until|till)\W*$",
    re.IGNORECASE,
)
# the call said to close then, after its opening: 'The Call for Participation is now open and
# will close at 23:59 BST on August 10th'
_CALL_WILL_CLOSE = re.compile(
    rf"\b(?:the\s+|our\s+)?(?:cf[psa]|call[- ]for[- ](?:{CALL_KINDS}|participation))\s+"
    r"(?:is\s+(?:now\s+)?open,?\s+and\s+)?(?:will\s+)?clos(?:es?|ing)(?:\s+(?:at|on))*\W*$"
    # or moved by its organisers: 'We are extending our Call For Proposals until'
    rf"|\b{CALL_EXTENDED}\W*$",
    re.IGNORECASE,
)
_REGISTER_BY = re.compile(r"\W*register\s+(?:now\s+)?(?:by|before)\s*", re.IGNORECASE)
_OPEN_UNTIL_ALONE = re.compile(
    r"\W*(?:(?:is\s+)?open\s+(?:until|till|through)|clos(?:es|ing)(?:\s+on)?)\W*",
    re.IGNORECASE,
)
_CALL_TITLE = re.compile(
    rf"\W*(?:cf[psa]|call[- ]for[- ](?:{CALL_KINDS}))\W*(?::.*)?", re.IGNORECASE
)
# a heading that names only what a call takes: 'Talk', 'Community Poster', 'Devsprint'
_CONTRIBUTION_TITLE = re.compile(
    r"\W*(?:(?:community|lightning|regular|short|long|full|student)\s+)?"
    r"(?:talks?|posters?|workshops?|tutorials?|papers?|proposals?|(?:dev\s?)?sprints?|demos?"
    r"|panels?|abstracts?)\W*",
    re.IGNORECASE,
)
_LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
def _last_sentence(text: str) -> str:
    return _LAST_SENTENCE.split(text)[-1]


_DEADLINE_IS = re.compile(r"(?:the\s+)?(?:new\s+|extended\s+)?deadline(?:\s+is)?", re.IGNORECASE)


def _step_before(line: str, label: str) -> tuple[str, DeadlineKind] | None:
    """The sentence just before a sentence that only says 'Deadline is …', and the step it
    names (a registration that opens is the registration's), if it names one."""
    before = line[: line.find(label)].rstrip() if label in line else ""
    if not before.endswith((".", "!")):  # (the label's sentence starts after a full stop)
        return None
    previous = _last_sentence(before).strip(" .!")
    kind = classify(previous)
    if kind is None and re.search(r"\bregistration\b", previous, re.IGNORECASE):
        kind = DeadlineKind.REGISTRATION
    return (previous, kind) if kind is not None and kind is not DeadlineKind.OTHER else None
_OTHERS_PROPOSALS = re.compile(
    # (a word's start: 'PGSession 12 - Call for Papers' names no session)
    # (but a call for sessions alone is for talks: BoostCon's 'Call for Sessions')
    # (the talks' and the workshops' together are the speakers': 'Talks and Workshops proposals')
    rf"\b(?:{AFTER_TALKS}workshop|tutorial|panel|(?<!call for )session|demo|exhibit"
    r"|competition|challenge"
    # (an event named by its kind, 'Side Events', not a data file's 'events' records alone)
    r"|satellite|(?<=\w[ -])events?\b|book)",
    re.IGNORECASE,
)
_RECEIVED_BEFORE = re.compile(
    r"\b(?:submissions?|papers?|proposals?|abstracts?)\s+(?:received|submitted|sent)\s+"
    r"(?:before|by|prior\s+to)\W*$",
    re.IGNORECASE,
)
_WILL = re.compile(r"\W*will\b", re.IGNORECASE)
_YEAR_LEFT = re.compile(r"^\W*(?:19|20)\d\d\b")
_ROW_LABEL_WORDS = 6  # a row's label is short: 'Call for papers', not a sentence
# a row that says when or where the meeting is ('Date:', 'When:', 'Location:', 'ICCV 2025
# Workshop:', 'Guangzhou, China:'), or what the page is ('Website Online', 'Last Updated')
_MEETING_ROW = re.compile(
    r"^\W*(?:dates?|when|time|where|location|venue|place|day|top)\W*$|\bworkshop\b|\bconference\b"
    r"|\bin\s+conjunction\b|,\s*[A-Z][a-z]+\W*$|\bwebsite\b|\bupdated\b|\bprogram(?:me)?\b",
    re.IGNORECASE,
)


def _in_meeting(day: dt.date | None, out: PageDates) -> bool:
    start, end = out.start, out.end or out.start
    return day is not None and start is not None and end is not None and start <= day <= end
_PROPOSALS_DECIDED = re.compile(
    r"\W*(?:(?:talk\s+)?proposals?['’]?\s+(?:decisions?|notifications?|acceptances?)"
    r"(?:\s+(?:sent|due|announced))?"
    # (or the chosen ones made known: 'Announcement of accepted proposals', 'Selected
    # proposals announced')
    r"|announce\w*\s+(?:of\s+)?(?:the\s+)?(?:accepted|selected)\s+(?:talk\s+)?proposals?"
    r"|(?:accepted|selected)\s+(?:talk\s+)?proposals?\s+announced)\W*",
    re.IGNORECASE,
)
_PARENTHESES = re.compile(r"\([^()]*\)")
_PROPOSALS_CALL = re.compile(
    r"\bcall\s+for\s+(?:contributions\s*[-–:]\s*)?(?:workshops|tutorials|panels)\b",
    re.IGNORECASE,
)
_POSTER_WORD = re.compile(r"\bposters?\b", re.IGNORECASE)
_LATE = re.compile(r"\blate\b", re.IGNORECASE)  # late posters, late-breaking results


# a sentence that gives the reader until a day, then names the step: 'You have until the 16th
# of April to submit your proposal', 'please apply before the 4th of August by submitting your
# extended abstract'
_UNTIL_THEN = re.compile(
    r"\b(?:(?:have|has|get|is|are)\s+until|apply\s+(?:before|by|until))(?:\s+the)?\W*$",
    re.IGNORECASE,
)
_TO_STEP = re.compile(
    # (or getting it in: 'You have until June 25, 2016 to get your proposal in')
    r"\W*(?:to|by)\s+((?:submit|send|register|upload)\w*\b[^.!?]*"
    r"|get\s+(?:your|a|the)\s+(?:talk\s+)?proposals?\s+in\b)",
    re.IGNORECASE,
)

# Korean and Japanese text, whose sentences say the step after its date; their verbs of handing
# in (submitting, contributing, applying)
_STEP_SAID_AFTER = re.compile(r"[\uac00-\ud7a3\u3040-\u30ff]")
_HANDED_IN = re.compile(r"제출|투고|접수|提出|投稿|送付|応募|申し?込")
# and the sentence's end asking it of the reader ('…提出してください', '…제출해주시기 바랍니다')
_ASKED = re.compile(
    r"(?:ください|下さい|願います|すること|바랍니다|주세요|하십시오|해야\s*합니다)\W*$"
)
# a sentence that says until when submissions are taken: 'Submissions can be made via the
# following form until April 10', 'Please send your submissions to … by January 26'
_SUBMITTED_UNTIL = re.compile(
    r"\bsubmi(?:t|tted|ssions?)\b(?:[^.!?]|\.(?=\S)){0,80}"  # (an address's dots go on)
    # (its time said before the date: 'submit … by noon Boston time on June 8')
    r"\b(?:until|by|before|no\s+later\s+than)\b(?:\s+the\s+latest\b|\s+the)?(?:[^.!?]{0,30}\bon)?\W*$"
    # (and the call's entries taken until then: 'We will be accepting CFPs from now until')
    r"|\baccepting\s+(?:cf[ps]s?|proposals|talks|submissions)\b[^.!?]{0,30}\buntil\W*$"
    # in Portuguese and Spanish: 'Receberemos propostas de trabalhos … até o dia'
    r"|\b(?:propostas?|trabalhos?|submiss(?:ão|ões)|propuestas?|trabajos?)\b[^.!?]{0,80}"
    r"\b(?:até|hasta)(?:\s+(?:(?:o|el)\s+)?d[ií]a)?\W*$"  # (and 'vão até dia')
    # in Ukrainian and Russian: 'Тези … необхідно надіслати … до' (to be sent by)
    r"|\b(?:надіслати|надсилати|подати|подавати|отправить|прислать|подать)\b[^.!?]{0,80}"
    r"\bдо\W*$"
    # in Bulgarian: 'Приемаме предложения до' (we take proposals until); in Hebrew: 'ניתן
    # להגיש עד' (one may submit until)
    r"|\b(?:приемаме|изпратете|подайте)\b[^.!?]{0,80}\bдо\W*$|(?:להגיש|הגשה|הגשת)[^.!?]{0,80}עד\W*$"
    # in Croatian and Serbian: 'Prijave sažetaka moguće su do' (submissions are taken until)
    r"|\b(?:prijav|slanj|predaj)\w*\b[^.!?]{0,80}\bdo\W*$"
    # in Swedish: 'Sista datum för att skicka in ditt bidrag är' (the last day … is)
    r"|\bsista\s+(?:dag(?:en)?|datum(?:et)?)\b[^.!?]{0,80}\b(?:är|blir)\W*$"
    # and in French: 'La date limite pour l'envoi des propositions est fixée au'
    r"|\bdate\s+limite\b[^.!?]{0,80}\b(?:est|sera)\s+(?:fix[ée]e\s+)?(?:au|le)\W*$"
    # ('Les propositions de communication devront être adressées à … au plus tard le': one
    # sentence, an address's dots in it; not the decisions on them: '… les décisions seront
    # communiquées au plus tard le')
    r"|\bpropositions?\b(?:(?!\bd[ée]cision|\br[ée]ponse)(?:[^.!?]|\.(?=\S))){0,120}"
    r"\bau\s+plus\s+tard\s+(?:le|au)\W*$"
    # and in Spanish: 'La fecha límite para presentar los trabajos científicos es el'
    r"|\bfecha\s+l[ií]mite\b[^.!?]{0,80}\b(?:es|ser[áa])\s+(?:el\s+)?(?:d[ií]a\s+)?\W*$"
    # ('Vous pouvez soumettre votre présentation jusqu'au 17 janvier')
    r"|\b(?:soumettre|envoyer|d[ée]poser)\b[^.!?]{0,80}\b(?:jusqu[’']au|avant\s+le)\W*$",
    re.IGNORECASE,
)


# an application named alone: 'Application deadline', 'Applications due', 'application' (a
# data file's key), 'Application closing date' (not a grant's, a visa's or a tutorial's)
# (and a sentence of it: 'Applications must be received by 14th July 2023')
_APPLICATIONS_RECEIVED = re.compile(
    r"\W*(?:the\s+|all\s+(?:the\s+)?)?applications?\s+"
    r"(?:(?:must|should)\s+be\s+(?:received|submitted)|are\s+due)"
    r"(?:\s+(?:by|before|on))?(?:\s+midnight)?\W*"  # ('… received by midnight Friday 11th July')
    # and the applicants told to send them: 'Timeline: Send in your application by'
    r"|\W*(?:timeline\s*:\s*)?(?:please\s+)?(?:send\s+in|submit)\s+your\s+applications?"
    r"(?:\s+(?:by|before|on))?\W*",
    re.IGNORECASE,
)
_BARE_APPLICATION = re.compile(
    r"\W*(?:(?:the\s+)?deadline\s+(?:for|of)\s+(?:the\s+)?)?applications?"
    r"(?:\s+(?:deadlines?|due|closing\s+date|closes?|close|submission(?:\s+deadline)?))?"
    # (and what is applied with: 'Application deadline for talks/workshops/rituals')
    r"(?:\s+for\s+(?:talks?|presentations?|posters?|speakers?|contributions?)"
    r"(?:\s*(?:/|,|and|&|or)\s*\w+){0,4})?"
    # ('Deadline for applications and submission of reference letters': what comes with them)
    r"(?:\s+and\s+(?:the\s+)?(?:submission\s+of\s+)?(?:reference|recommendation)\s+letters?)?\W*"
    rf"|{_APPLICATIONS_RECEIVED.pattern}",
    re.IGNORECASE,
)
# a heading of a part whose applications are papers: a doctoral consortium, a track, a call
_APPLYING_WITH_PAPERS = re.compile(
    r"doctoral|consortium|\bdc\b|\btrack\b|ph\.?d\.?\s+(?:forum|symposium)|student\s+research"
    r"|\bcall\s+for\s+(?:\w+\s+){0,3}(?:contributions|papers|talks|abstracts|posters)\b",
    re.IGNORECASE,
)
# a heading of what an application is for when it is no paper's: grants, travel, awards


# an abstract submitted, not registered ahead of a paper or sent in final form with a talk
_OWN_CALL_ABSTRACT = re.compile(r"^(?!.*(?:regist|final|camera|video)).*submi", re.IGNORECASE)
_CALL_HEADING = re.compile(r"^\W*call\s+for\b", re.IGNORECASE)


# the final paper named alone: 'Final Paper Submission', 'Submission of Final Paper'
_FINAL_PAPER = re.compile(
    r"\W*(?:(?:last\s+date\s+(?:for|of)\s+)?(?:the\s+)?final\s+(?:full\s+)?papers?\s+"
    r"(?:submission|due)(?:\s+deadline)?|submission\s+of\s+(?:the\s+)?final\s+(?:full\s+)?papers?)"
    r"\W*",
    re.IGNORECASE,
)


def _papers_registered(entries: list[Entry], out: PageDates) -> list[Entry]:
    """A bare 'Registration' on or shortly before the first paper deadline ('Registration: May 11',
    'Submission: May 18') is the papers' registration, their titles and abstracts: read as the
    abstract deadline, not a seat at the venue."""
    papers = [e.at[:10] for e in entries if e.kind is DeadlineKind.PAPER and not e.challenge]
    first = dt.date.fromisoformat(min(papers)) if papers else None

    def why(e: Entry) -> str | None:
        if e.kind is not DeadlineKind.REGISTRATION or e.challenge:
            return None
        if not re.fullmatch(r"\W*registrations?\W*", e.label, re.IGNORECASE):
            return None
        days = (first - dt.date.fromisoformat(e.at[:10])).days if first else -1
        if not 0 <= days <= _REGISTERED_BEFORE:  # (before the first, not a later track's)
            return None
        return (
            f"{e.label!r}: a registration on or just before the paper deadline; read as the "
            "abstract"
        )

    return _read_as(entries, out, why, DeadlineKind.ABSTRACT)


_REGISTERED_BEFORE = 10  # days before the paper deadline the papers' registration closes, at most


def _abstract_as_paper(entries: list[Entry], out: PageDates) -> list[Entry]:
    """With no paper deadline on the page, an abstract's is the submission's ('Abstract
    submissions due on OpenReview', for a workshop of posters): read as the paper deadline; so
    is an abstract submitted after every paper deadline, a call of its own."""
    # a bare 'Deadline' on an abstract's day (a banner's 'Deadline September 10, 2026' over the
    # list's 'Abstract Submission Deadline') is that abstract's, said again
    days = {e.at[:10] for e in entries if e.kind is DeadlineKind.ABSTRACT and not e.challenge}
    entries = [
        e
        for e in entries
        if not (
            e.kind is DeadlineKind.PAPER
            and not e.time_stated
            and e.at[:10] in days
            and re.fullmatch(r"\W*deadline\W*", e.label, re.IGNORECASE)
        )
    ]
    # (a late call's papers, 'Late poster submission ends', are not the main call's)
    kinds = {
        e.kind
        for e in entries
        if not e.challenge and not (e.kind is DeadlineKind.PAPER and _LATE.search(e.label))
    }
    if DeadlineKind.PAPER in kinds or DeadlineKind.ABSTRACT in kinds:
        # a call named alone beside its listed deadlines: its opening, or its title
        called = [
            e for e in entries if e.kind is DeadlineKind.OTHER and _BARE_CALL.fullmatch(e.label)
        ]
        for e in called:
            out.problems.append(f"{e.label!r}: a call named alone beside its deadlines; not read")
        entries = [e for e in entries if e not in called]
    if DeadlineKind.ABSTRACT not in kinds:
        if DeadlineKind.PAPER in kinds:
            return entries
        # no paper and no abstract: an application named alone is the submission (a school's,
        # a doctoral consortium's, a call's for talks), and so is a suggested date named alone
        # (NeurIPS workshops' 'Suggested submission deadline'), which is then not kept as 'other'
        read = _read_as(entries, out, _alone_as_paper)
        taken = {f"{e.label!r}: {_KEPT_SUGGESTED}" for e in read if _SUGGESTED.search(e.label)}
        lone = [
            e for e in read if _LONE_DEADLINE.fullmatch(e.label) or _LONE_POSTER.fullmatch(e.label)
        ]
        taken |= {f"{e.label!r}: {_KEPT_UNKNOWN}" for e in lone}
        out.problems = [p for p in out.problems if p not in taken]
        return read
    if DeadlineKind.PAPER not in kinds:
        # an abstract first, then the final paper ('Last date for Abstract Submission', …,
        # 'Final Paper Submission'): with no paper deadline besides, the full paper's, not the
        # accepted paper's last version
        first = min(e.at for e in entries if e.kind is DeadlineKind.ABSTRACT and not e.challenge)
        # (not once the abstracts are decided, with no decision on the final paper after it:
        # 'Acceptance Notification' between them, nothing after, makes the final paper the
        # accepted one's last version)
        decided = [e.at for e in entries if e.kind is DeadlineKind.NOTIFICATION and e.at > first]
        full = [
            e
            for e in entries
            if e.kind is DeadlineKind.CAMERA_READY
            and not e.challenge
            and e.at > first
            and (not decided or min(decided) >= e.at or max(decided) > e.at)
            and _FINAL_PAPER.fullmatch(e.label)
        ]
        for e in full:
            out.problems.append(
                f"{e.label!r}: a final paper after the abstracts, no paper deadline besides; "
                "read as the paper deadline"
            )
        if full:
            entries = [
                replace(e, kind=DeadlineKind.PAPER) if any(e is f for f in full) else e
                for e in entries
            ]
            kinds.add(DeadlineKind.PAPER)
    papers = DeadlineKind.PAPER in kinds
    last = max(
        (e.at[:10] for e in entries if e.kind is DeadlineKind.PAPER and not e.challenge), default=""
    )

    def why(e: Entry) -> str | None:
        if e.kind is not DeadlineKind.ABSTRACT or e.challenge:
            return None
        if not papers:
            return (
                f"{e.label!r}: an abstract with no paper deadline on the page; read as the paper "
                "deadline"
            )
        # an abstract due after every paper is no paper's registration, but a call of its own
        # ('Research-pitch abstract submission', two months after the short papers')
        # ('Abstract Due' under 'Call for Tool Release Talks', after the call for papers')
        own = _OWN_CALL_ABSTRACT.search(e.label) or _CALL_HEADING.search(
            (e.section or "").split(" / ")[-1]
        )
        if not e.prose and e.at[:10] > last and own:
            return f"{e.label!r}: an abstract due after every paper deadline; read as a call's own"
        return None

    return _read_as(entries, out, why)

# a deadline named by nothing but itself ('Firm Deadline', '<> Deadline', 'Deadline to submit',
# a call's 'Yes, there is a deadline'), or by its round ('Original Deadline', 'Late-breaking
# Deadline')
_LONE_DEADLINE = re.compile(
    rf"\W*(?:yes,?\s+)?(?:there\s+is\s+a\s+)?(?:{FIRMNESS}\s+)?"
    r"(?:(?:original|first|second|third|early|regular|late(?:[- ]breaking)?)\s+)?"
    r"(?:submission\s+)?"
    r"deadline(?:\s+to\s+submit)?\W*",
    re.IGNORECASE,
)

# a call for posters' deadline, named alone ('Poster deadline'): the page's submission when it has
# no paper deadline
_LONE_POSTER = re.compile(
    r"\W*(?:the\s+)?posters?\s+(?:deadline|due(?:\s+date)?)\W*", re.IGNORECASE
)


def _alone_as_paper(e: Entry) -> str | None:
    if e.kind is not DeadlineKind.OTHER or e.challenge:
        return None
    if _SUGGESTED.search(e.label) and classify(e.label) is DeadlineKind.PAPER:
        return (
            f"{e.label!r}: a suggested date with no paper deadline on the page; read as the "
            "paper deadline"
        )
    if _BARE_CALL.fullmatch(e.label):
        return (
            f"{e.label!r}: a call named alone with no paper deadline on the page; read as its "
            "close, the paper deadline"
        )
    if _LONE_DEADLINE.fullmatch(e.label):
        return (
            f"{e.label!r}: a deadline named alone with no paper deadline on the page; read as the "
            "paper deadline"
        )
    if _LONE_POSTER.fullmatch(e.label):
        return (
            f"{e.label!r}: a poster's deadline with no paper deadline on the page; read as the "
            "paper deadline"
        )
    if not _BARE_APPLICATION.fullmatch(_last_sentence(e.label) if e.prose else e.label):
        return None
    if _SUPPORT.search(e.section or "") or _SUPPORT.search(e.track or ""):
        return None
    return (
        f"{e.label!r}: an application with no paper deadline on the page; read as the paper "
        "deadline"
    )


def _read_as(
    entries: list[Entry],
    out: PageDates,
    why: Callable[[Entry], str | None],
    kind: DeadlineKind = DeadlineKind.PAPER,
) -> list[Entry]:
    """Read as deadlines of `kind` (paper ones unless told) the entries `why` gives a reason
    for, reporting the reason."""
    read = []
    for e in entries:
        if (reason := why(e)) is not None:
            out.problems.append(reason)
            e = replace(e, kind=kind)  # noqa: PLW2901
        read.append(e)
    return read


# a heading that is only a year, over dates that state none
_YEAR_HEADING = re.compile(r"\W*((?:19|20)\d\d)\W*")


_TURN = 4  # months a list's dates go back at the turn of the year, at least (December to February)
_TURN_LIST = 2  # yearless dates that make a list (a deadline and its decision)


def _year_before(raws: list[_Raw]) -> set[int]:
    """The entries of a page whose dates, none of which states its year, fall in the year
    before the edition's: those before the turn of a list in order, or in a table of tracks
    ('Sep 13', 'Oct 14', 'Dec 10' and 'Jan 10' in rows out of order) those in the months the
    page's deadlines start from, when they all fall within half a year across New Year."""
    if any(f.year_stated for r in raws for f in r.dates if f.date is not None):
        return set()
    if turn := _turn_of_year(raws):
        return set(range(turn))
    days = {
        i: [d for f in r.dates if f.parts is not None and (d := _on_leap_year(*f.parts[:2]))]
        for i, r in enumerate(raws)
        if not r.prose
    }
    # (on a leap year's calendar, which has every day a page may name)
    points = sorted({d for ds in days.values() for d in ds})
    if len(points) < _TURN_LIST or _back_steps(raws) < 2:
        return set()
    gaps = [((b - a).days, b) for a, b in itertools.pairwise(points)]
    widest, first = max(gaps, default=(0, points[0]))
    across = (points[0] - points[-1]).days + 366  # the gap across New Year
    if widest <= across or 366 - widest > _WITHIN_HALF_YEAR:
        return set()
    return {i for i, ds in days.items() if ds and min(ds) >= first}


_WITHIN_HALF_YEAR = 200  # days a page's yearless deadlines span, at most, to turn a year in


def _parent_part(section: str | None) -> str | None:
    """The heading a part of the page is under: 'Important Dates' for 'Important Dates / First
    stage'; None for a part under no heading."""
    return section.rsplit(" / ", 1)[0] if section and " / " in section else None


_LISTED_BEFORE = 60  # days a yearless date listed first would fall after a dated step below it


def _listed_before_dated(raws: list[_Raw], page_year: int) -> set[int]:
    """The entries whose dates state no year, listed in a part of the page just above the
    part of the first step that states one, under the same heading, that fall in the year
    before the edition's: put in the edition's year, each would come months after that step
    ('First stage: August 1: submissions due' over 'Second stage: April 16, 2024: submission of
    final papers'), while a year earlier each comes before it. (Above a dates list, not beside
    it, a meeting's own days and registration, which come after its deadlines, are left.)"""
    found: set[int] = set()
    waiting: list[int] = []
    for i, raw in enumerate(raws):
        dates = [f for f in raw.dates if f.parts is not None or f.date is not None]
        if raw.prose or not dates:
            continue
        stated = [f.date for f in dates if f.date is not None and f.year_stated]
        if not stated:
            if all(f.date is None for f in dates):
                waiting.append(i)
            continue
        if classify(raw.label) is None or _EVENT.search(raw.label):
            continue
        step = min(stated)
        parent = _parent_part(raw.section)
        waiting = [
            j
            for j in waiting
            if raws[j].section != raw.section and _parent_part(raws[j].section) == parent
        ]
        if step.year == page_year and waiting and parent is not None:
            after = [
                (dated - step).days
                for j in waiting
                for f in raws[j].dates
                if (dated := dates_.with_year(f, page_year).date) is not None
            ]
            if after and min(after) >= _LISTED_BEFORE:
                found.update(waiting)
        break
    return found


def _on_leap_year(month: int, day: int) -> dt.date | None:
    try:
        return dt.date(2000, month, day)
    except ValueError:
        return None


def _back_steps(raws: list[_Raw]) -> int:
    """How often a page's yearless dates go back in the order the page gives them."""
    days = [f.parts[:2] for r in raws if not r.prose for f in r.dates if f.parts is not None]
    return sum(1 for a, b in itertools.pairwise(days) if b < a)


def _turn_of_year(raws: list[_Raw]) -> int:
    """Where a page's dates, none of which states its year, turn the year as a list in order
    does: the index of the first entry after the one place they go back months, or 0."""
    days = [
        (i, f.parts[0], f.parts[1], r.section)
        for i, r in enumerate(raws)
        for f, struck in zip(r.dates, r.struck, strict=True)
        if f.parts is not None and not struck and not r.prose
    ]
    # (within one list: a card of registrations after a card of submissions starts again from
    # its own first month, in the same year)
    back = [
        (i, month - next_month)
        for (_, month, day, section), (i, next_month, next_day, next_section) in itertools.pairwise(
            days
        )
        if (next_month, next_day) < (month, day) and next_section == section
    ]
    if len(days) < _TURN_LIST or len(back) != 1:
        return 0
    i, months = back[0]
    return i if months >= _TURN else 0


_YEAR_BEFORE = re.compile(r"\b((?:19|20)\d\d)\s*,?\s*$")
# days after the event's start within which a date without a year stays in the event's year
# (a rebuttal's 'by June 16' a week after 'June 9-16, 2016', a post-proceedings' deadline), not
# a year before it
_JUST_AFTER_EVENT = 31
_WITHIN_A_YEAR = 366  # days before the event a date without a year falls, at most


def _resolve_years(raw: _Raw, page_year: int | None, event: dt.date | None = None) -> None:
    """Give a date without a year the year its line states later, or the page's year: the
    one before if that puts it after the `event` its deadlines lead up to, or a struck date
    after the value that replaced it."""
    line_years = [f.date.year for f in raw.dates if f.date and f.year_stated]
    heading = _YEAR_HEADING.fullmatch((raw.section or "").rsplit(" / ", 1)[-1])
    if not line_years and heading:
        line_years = [int(heading.group(1))]  # '## 2023' over '- December 7 - Abstracts due'
    # the first date after each one that has its own (in one pass: a line may hold many dates)
    later_dates: list[dt.date | None] = []
    later: dt.date | None = None
    for f in reversed(raw.dates):
        later_dates.append(later)
        later = f.date if f.date is not None else later
    later_dates.reverse()
    for i, item in enumerate(raw.dates):
        if item.date is not None or item.parts is None:
            continue
        tail_year = _YEAR.search(raw.tails[i])
        # (or the year written just before it: '2019, 15 de novembro', a data file's order)
        tail_year = tail_year or _YEAR_BEFORE.search(raw.head if i == 0 else raw.tails[i - 1])
        # a struck value whose line states the year of the one that replaced it ('December
        # 8th, 2025: Abstract submission is closed (extended from December 1st)'): that year
        said = [int(y) for y in _YEAR.findall(raw.line)] if raw.struck[i] else []
        year = (
            int(tail_year.group(1))
            if tail_year
            else (line_years[-1] if line_years else said[0] if said else page_year)
        )
        if year is None:
            continue
        dated = dates_.with_year(item, year)
        if (
            not tail_year
            and not line_years
            and event is not None
            and dated.date is not None
            and (dated.date - event).days > _JUST_AFTER_EVENT
        ):
            dated = dates_.with_year(item, year - 1)
        elif (
            not tail_year
            and not line_years
            and event is not None
            and dated.date is not None
            and (event - dated.date).days > _WITHIN_A_YEAR
        ):
            # 'Paper submission: February 28' above a workshops' call of 'September 27, 2021',
            # for a meeting on 'July 31 to August 12, 2022': no deadline is a year before its
            # event, so the event's year
            dated = dates_.with_year(item, year + 1)
        later = later_dates[i]
        if raw.struck[i] and later is not None and dated.date is not None and dated.date > later:
            # '<s>December 22</s> February 9, 2024': a value struck for a later one is earlier
            dated = dates_.with_year(item, year - 1)
        if not tail_year and not line_years and dates_.weekday_disagrees(dated):
            # 'Friday 8th December' on the page of a meeting in February 2024: its weekday
            # says which year the day is in, the one before
            before = dates_.with_year(item, year - 1)
            dated = before if not dates_.weekday_disagrees(before) else dated
        raw.dates[i] = dated


# a part of the page on registering alone: 'Registration', 'Conference Registration & Fees'
_REGISTRATION_HEADING = re.compile(
    r"\W*(?:\w+\s+)?registrations?(?:\s+(?:&|and)\s+(?:fees?|payments?|accommodation))?\W*",
    re.IGNORECASE,
)
_REVIEWS_NOTIFIED = re.compile(r"\breviews?\s+notification\b", re.IGNORECASE)
# a deadline named by the word alone, in English or Japanese ('Deadline', '締切')
_DEADLINE_WORD = re.compile(r"\W*(?:the\s+)?deadline\W*|\W*締め?切り?\W*", re.IGNORECASE)
_REGISTRATION_ITEM = re.compile(r"\W*(?:\w+\s+)?registrations?\W*:", re.IGNORECASE)
# the steps a heading can name for the items under it, each item naming what it is for
_HEADING_STEPS = frozenset({DeadlineKind.NOTIFICATION, DeadlineKind.CAMERA_READY})


_STEP_NAMED = re.compile(r"notif|deadline|\bdue\b|submi|camera|decision", re.IGNORECASE)
# a part of the meeting, or a step, not for a paper's authors (no opening, no release)
_NOT_AUTHORS_PART = re.compile(
    r"tutori[ae]l|exhibit|\bpanels?\b|reviewer|area chair|volunteer|travel|grant|award|visa"
    r"|hotel|booking",
    re.IGNORECASE,
)


# the submissions' span of days, named as a dates section's title is: its close the deadline
_SUBMISSIONS_SPAN = re.compile(
    r"\W*(?:(?:papers?|proposals?|abstracts?|talks?)\s+)?submissions?\s+(?:timeline|dates?)\W*",
    re.IGNORECASE,
)
_FROM_END = re.compile(
    # (in French and Spanish too: 'est ouvert du 13 mai 2020 jusqu'au 21 juin 2020')
    r"\s*\b(?:is\s+|runs\s+)?(?:from|starting|du|desde|del)(?:\s+the)?\s*$", re.IGNORECASE
)
# a call named alone: 'Call for Talks', 'Call for papers'
_BARE_CALL = re.compile(
    rf"\W*(?:call\s+for\s+(?:{CALL_KINDS}|participation)"
    # in Spanish, Portuguese and French: 'Convocatoria', 'Chamada de trabalhos', 'Appel à
    # communications'
    r"|convocatoria|chamada(?:\s+de\s+trabalhos)?|appel\s+[àa]\s+(?:communications|contributions))\W*",
    re.IGNORECASE,
)
_AND_OPENS = re.compile(
    r"(.+?)\s+(?:and|&)\s+(?:registration|submissions?)\s+(?:starts?|opens?|begins?)\W*",
    re.IGNORECASE,
)
_LAST_BRACKET = re.compile(r"\(([^()]{1,40})\)\s*$")
_CALL_FOR = re.compile(r"\bcall[- ]for[- ]", re.IGNORECASE)
_IS_OPEN = re.compile(
    r"\s*\b(?:(?:is|are|will\s+be)\s+open|est\s+ouverte?|sont\s+ouverte?s"
    r"|est[áa]\s+(?:abiert|abert)[oa])\s*$",
    re.IGNORECASE,
)


def _restated_elsewhere(
    raw: _Raw, readings: list[tuple[dates_.Found, bool, dates_.Clock]]
) -> list[tuple[dates_.Found, bool, dates_.Clock]]:
    """The first of two live values when the second, in brackets after it, states the same
    instant in another zone ('31 December 2024 @ 23:00 UTC (01 January 2025 00:00 CEST)'): a
    restatement, not a new value (within the hour a summer time's name said in winter adds)."""
    if len(readings) != 2 or readings[0][1] or readings[1][1]:
        return readings  # (two live values, neither struck)
    (first, _, clock), (second, _, other) = readings
    if not (
        first.date and second.date and clock.time and other.time and clock.zone and other.zone
    ) or clock.zone == other.zone:
        return readings
    if "(" not in raw.line[first.end : second.start] or ")" in raw.line[first.end : second.start]:
        return readings
    try:
        one = timezones.to_utc(dt.datetime.combine(first.date, clock.time), clock.zone).utc
        two = timezones.to_utc(dt.datetime.combine(second.date, other.time), other.zone).utc
    except ZoneError:
        return readings
    return readings[:1] if abs(one - two) <= dt.timedelta(hours=1) else readings


def _entries(
    raw: _Raw, page_clock: dates_.Clock, out: PageDates, page_year: int | None = None
) -> list[Entry]:
    label = raw.label
    where = f"{label or raw.line[:40]!r}"
    if (
        not raw.track
        and not raw.prose
        # (not a competition's: 'Submission of solutions and papers', one step of its own)
        and not (raw.contest or _is_challenge("", "", raw.section))
        # (not the presenters' registration: 'Inscription deadline for presenters (papers,
        # posters, workshop, panels)')
        and classify(label) is not DeadlineKind.REGISTRATION
        and (named := _submission_list(label)) is not None
    ):
        # one day for several kinds of submission: the authors' are each a track
        found: list[Entry] = []
        for track, alone in named:
            if alone is None:
                out.problems.append(f"{where}: {track}: proposed to the venue; not read")
                continue
            found += [
                replace(e, label=label)
                for e in _entries(replace(raw, label=alone, track=track), page_clock, out)
            ]
        return found
    if (
        _EVENT.search(label)
        or (raw.prose and _HELD_ON.search(label))
        # ('… invited to submit papers to be presented at the PSA 2006 meeting in Vancouver,
        # November 2-5': the meeting's days, a range)
        or (raw.prose and _MEETING_AT.search(label) and any(f.end_date for f in raw.dates))
    ):
        # (and a sentence's clause that says the meeting is held then: '… now accepting papers
        # for its conference to be held on Saturday and Sunday, November 14th-15th, 2026')
        days = [f for f, s in zip(raw.dates, raw.struck, strict=True) if f.date and not s]
        if days and out.start is None:
            out.start = days[0].date
            out.end = days[-1].end_date or days[-1].date
        return []
    kind = classify(label)
    plain_deadline = raw.prose and bool(_DEADLINE_IS.fullmatch(label))
    before_it = _step_before(raw.line, label) if plain_deadline else None
    if before_it is not None:
        # 'Registration is now open. Deadline is June 18, 2023.', 'Deadline for the abstract
        # submission has been extended. New deadline is May 15, 2023.': the sentence before
        # names the step
        label, kind = f"{before_it[0]}: {label}", before_it[1]
    if (only := _ONLY_FOR.search(label)) and _ONLY_FOR.sub(" ", label).strip(" -–:"):
        # '[Case papers only] - Technical preparations': the part it is for, then the step
        # ('papers' names whom it is asked of, not the step)
        label = " ".join(_ONLY_FOR.sub(" ", label).split()).strip(" -–:")
        kind, raw.track = classify(label), raw.track or only[1]
    if kind is None and raw.tails and _STEP_SAID_AFTER.search(raw.line):
        # Korean and Japanese name the step after its date, the verb last ('6월 27일까지 발표
        # 제목과 초록을 제출해주시기 바랍니다': the talk's title and abstract, submitted by then)
        after = " ".join(re.split(r"[.。!?！？]", raw.tails[-1], maxsplit=1)[0].split())
        if (
            (step := classify(after)) is not None
            and _HANDED_IN.search(after)
            and _ASKED.search(after)
        ):
            kind, label = step, after
    if kind is None and raw.prose and _CALL_EXTENDED.search(raw.head):
        # 'The CfP was extended to May 3rd 2020': the call's close, moved
        kind, label = DeadlineKind.PAPER, " ".join(raw.head.split())
    # the call's close said in a sentence whose words before the date are cut from its label
    # ('The Call for Participation is now open and will close at 23:59 BST on', 'Please send in
    # your proposals by')
    call_closes = raw.prose and _CALL_WILL_CLOSE.search(dates_.strip_clock(raw.head)) is not None
    proposals_by = raw.prose and _SUBMIT_PROPOSAL.fullmatch(_last_sentence(raw.head.strip()))
    if kind is None and call_closes:
        kind, label = DeadlineKind.PAPER, " ".join(dates_.strip_clock(raw.head).split())
    if kind is None and _REGISTER_BY.fullmatch(raw.head):
        # 'Register by **July 14, 2024**': the attendees told their last day (its label, a
        # button's word once its 'by' is cut)
        kind, label = DeadlineKind.REGISTRATION, raw.head.strip()
    until = (
        raw.prose
        and len(raw.dates) == 1
        and _UNTIL_THEN.search(raw.head)
        and (named_after := _TO_STEP.match(raw.tails[0]))
    )
    if kind is None and raw.prose and raw.tails and _EXTENDED_TO.search(raw.head):
        # the step named after its new day: 'Se prorrogó hasta el 31 de mayo la fecha límite
        # para el envío de resúmenes', the close moved
        after = " ".join(re.split(r"[.!?]\s", raw.tails[0] + " ", maxsplit=1)[0].split())
        if (step := classify(after)) not in _UNNAMED:
            kind, label = step, after
    if until and named_after:
        # the step named after the day: read it as its label ('submit your proposal')
        label = " ".join(named_after[1].split())
        kind = classify(label) or (
            DeadlineKind.PAPER
            if _SUBMIT_PROPOSAL.fullmatch(label) and not _OTHERS_PROPOSALS.search(raw.section or "")
            else None
        )
    if (
        (opening := _AND_OPENS.fullmatch(label))
        and not _BARE_REGISTRATION.fullmatch(opening[1])  # 'Registration & Submissions opens'
        and (first := classify(opening[1])) is not None
    ):
        # 'Intimation for paper acceptance and Registration starts': the step, then an opening
        kind = first
    if (
        kind is None
        and (raw.dates[0].end_date or _opens_window(raw, 0))
        and (since := _FROM_END.search(label))
    ):
        # 'The speaker submission period for RVSC2024 is from May 28 to June 22': the period
        # a range of days spans, named before it (its close the deadline), no opening; 'The
        # call for proposals is open from 1 February 2026 until 29 March 2026': the call closes
        period = label[: since.start()]
        if is_open := _IS_OPEN.search(period):
            period = period[: is_open.start()]
            call = _CALL_FOR.search(period)
            if call and not _NOT_AUTHORS_PART.search(period[: call.start()]):
                period = period[call.start() :]  # (after the event's name: 'The PyCon AU')
            period += " closes"
        kind = classify(period)
    if (
        kind is None
        and (raw.dates[0].end_date or _opens_window(raw, 0))
        and _SUBMISSIONS_SPAN.fullmatch(label)
    ):
        kind = DeadlineKind.PAPER  # 'Submission timeline: July 15th to August 15th 2019'
    if kind is not None and " | " in label and (last := classify(label.rsplit(" | ", 1)[1])):
        # 'Already accepted/published (Non-archival) | Submission deadline': the cell beside
        # the date names the step, the one before it the track (a part not for authors,
        # 'Tutorial Proposal | Submission Deadline', stays unread)
        kind = last
    if (
        kind is DeadlineKind.PAPER
        and not raw.prose
        and not _STEP_WORDS.search(label)  # 'Conference Papers' names no step of its own
        and (heading := classify((raw.section or "").split(" / ")[-1])) in _HEADING_STEPS
    ):
        # 'Conference Papers: 9th May' under 'Notifications to Authors': the heading names the
        # step, the item only the papers it is for, their track
        kind, raw.track = heading, raw.track or label
    under = (raw.section or "").split(" / ")[-1]
    if (
        kind is DeadlineKind.PAPER
        and _DEADLINE_WORD.fullmatch(label)
        and (
            # (not a card's 'Deadline: April 5' under it: each card's own call)
            (raw.prose and _REGISTRATION_HEADING.fullmatch(under))
            # (or a line of its own under a heading on registering that says more than the
            # word: '参加登録方法', how to register, over its '締切' (deadline))
            or (
                not raw.prose
                and not _REGISTRATION_HEADING.fullmatch(under)
                and classify(under) is DeadlineKind.REGISTRATION
            )
            # a list item on registering: '**Registration:** … Use this form. Deadline: April 2'
            or _REGISTRATION_ITEM.match(raw.line)
        )
    ):
        # 'The deadline was 25th August 2024' under 'Registration': the registration's
        kind = DeadlineKind.REGISTRATION
    said = (
        raw.track
        or ((bracket := _LAST_BRACKET.search(label)) and bracket[1])  # 'Deadline (Abstract)'
        or (_qualifier(raw.tails[-1], leading=True) if raw.tails else None)
    )
    if (
        kind is DeadlineKind.PAPER
        and said
        and classify(said) is DeadlineKind.ABSTRACT
        and not _PAPER_WORDS.search(_ABSTRACT_WORD.sub("", label))
    ):
        kind = DeadlineKind.ABSTRACT  # 'Submissions due | December 10, 2021 (abstracts)'
    if kind is DeadlineKind.PAPER and (call := _PROPOSALS_CALL.search(raw.section or "")):
        # 'Submission deadline' under 'Call for Tutorials': a proposal's, not a paper's
        out.problems.append(f"{where}: under {call[0]!r}, a proposal's; kept as 'other'")
        kind = DeadlineKind.OTHER
    if kind is DeadlineKind.OTHER and _SKIP.search(label) and _FOR_AUTHORS.search(label):
        out.problems.append(
            f"{where}: a step this reader skips, asked of the authors; kept as 'other'"
        )
    is_challenge = (
        _is_challenge(label, raw.line, raw.section)
        or (raw.contest and not _PAPER_WORDS.search(_ABSTRACT_WORD.sub("", label)))
        # 'SPGC paper submission' after 'a Signal Processing Grand Challenge (SPGC)': as
        # 'Challenge paper submission', the competition's
        or raw.contest_named
        # on a page of a competition's papers, their submission is the competition's
        or (raw.contest_papers and kind is DeadlineKind.PAPER)
    )
    if (
        is_challenge
        and not raw.prose
        and kind in {None, DeadlineKind.OTHER, DeadlineKind.PAPER}
        and _RESULTS.match(label.lstrip(" -*|"))
        and _PUBLISHED.search(label)
    ):
        # 'Ranking publication of the first submission': the standings, named first, of what
        # the teams submitted (not their submission)
        kind = DeadlineKind.NOTIFICATION
    if is_challenge and not raw.prose and kind in {None, DeadlineKind.OTHER}:
        if _RESULTS.search(label) and _ANNOUNCED.search(label):
            kind = DeadlineKind.NOTIFICATION  # 'Final results & winners announced'
        if (
            kind is None
            and _CHALLENGE_DEADLINE.search(label)
            and not _OPENING.search(label)
            and not _CONTESTS_PROPOSED.search(label)
            and not _REVIEWERS.search(label)  # (the reviewers' own: 'Review deadline')
        ):
            kind = DeadlineKind.OTHER  # 'Submission deadline for leaderboard ranking'
    if (
        kind is None
        and (
            (not raw.prose and _BARE_PROPOSALS.fullmatch(label))
            # (and in a sentence: 'The deadline for proposals is June 30, 2026')
            or (raw.prose and _BARE_PROPOSALS.fullmatch(_last_sentence(label)))
            # (in a sentence after another: 'The call for presentations is now open! Submit
            # proposals by Monday, May 3rd')
            or _SUBMIT_PROPOSAL.fullmatch(_last_sentence(label) if raw.prose else label)
            or proposals_by
        )
        and not _OTHERS_PROPOSALS.search(raw.section or "")
    ):
        # 'Proposal Submission Deadline' after 'Call for Proposals Opens': a meeting whose
        # call takes talk proposals, named by no workshop, tutorial or panel (and in a
        # sentence: 'Submit your proposal by January 26th 2024')
        out.problems.append(f"{where}: a proposal naming no workshop or tutorial; read as a paper")
        kind = DeadlineKind.PAPER
    if (
        kind is None
        and not raw.prose
        and _PROPOSALS_DECIDED.fullmatch(_PARENTHESES.sub(" ", label))
        and not _OTHERS_PROPOSALS.search(raw.section or "")
    ):
        # 'Proposals decisions sent (tentative program available)': the talks' answer
        kind = DeadlineKind.NOTIFICATION
    if (
        kind is None
        and not raw.prose
        and _OPEN_UNTIL_ALONE.fullmatch(label)
        and (_CALL_TITLE.fullmatch(under) or _CONTRIBUTION_TITLE.fullmatch(under))
    ):
        # 'OPEN UNTIL May 19 2020' under 'Call for Speakers': the call's close; and 'Closes on
        # 1st July, 2019' under 'Talk', a card of the calls a page lists, that call's own
        out.problems.append(f"{where}: the close of the call it is under; read as a paper")
        kind = DeadlineKind.PAPER
        if _CONTRIBUTION_TITLE.fullmatch(under) and raw.track is None:
            raw.track = under.strip(" :")
    if (
        kind is None
        and (not raw.prose or _APPLICATIONS_RECEIVED.fullmatch(_last_sentence(label)))
        and not is_challenge
        and _BARE_APPLICATION.fullmatch(_last_sentence(label) if raw.prose else label)
        and not _SUPPORT.search(raw.section or "")
    ):
        # 'Application deadline' of a school or a call for talks: the applicants' own deadline
        # (their paper's when the page has none, see `_abstract_as_paper`); a doctoral
        # consortium's or a track's applications are its papers
        applying = _APPLYING_WITH_PAPERS.search(f"{raw.section or ''} | {raw.track or ''}")
        kind = DeadlineKind.PAPER if applying else DeadlineKind.OTHER
    if kind is None and label and not raw.prose:
        if is_challenge and _CHALLENGE_DEADLINE.search(label) and not _SKIP.search(label):
            kind = DeadlineKind.OTHER
        elif (
            _BARE_CALL.fullmatch(label)
            and raw.section
            and _DATES_SECTION.search(raw.section)
            and not _OTHERS_PROPOSALS.search(raw.section)
        ):
            # 'Call for Talks: Dec 20, 2025 11:59pm EST' in a dates list: the call's close
            # where the page lists no paper deadline (see `_abstract_as_paper`)
            kind = DeadlineKind.OTHER
        elif _is_other(label):
            kind = DeadlineKind.OTHER
            out.problems.append(f"{where}: {_KEPT_UNKNOWN}")
        elif not _SKIP.search(label) and raw.section and _DATES_SECTION.search(raw.section):
            out.problems.append(f"{where}: not a label this reader knows; skipped")
        elif (
            (not _SKIP.search(label) or _BARE_CALL.fullmatch(label))
            and len(label.split()) <= _ROW_LABEL_WORDS
            and raw.dates[0].end_date is None  # (a range of days is a meeting's)
            and not _EVENT.search(label)
            and not _PAGE_STAMP.search(raw.line)
            and not _MEETING_ROW.search(label)
        ):
            out.unknown_rows.append((f"{label}: {raw.dates[0].text}", raw.dates[0].date))
        elif ((part := _SKIP_SECTION.search(label)) and not _PROGRAMME.search(part[0])) or (
            _OTHER.search(label) and not _TITLE.search(label)
        ):
            # 'Application deadline', 'Reviewer nomination deadline': a deadline, not an
            # author's; so is 'Workshop proposal submission'
            skipped = part or _SKIP.search(label)
            reason = f" ({skipped.group().lower()})" if skipped else ""
            out.problems.append(f"{where}: a deadline that is not an author's{reason}; not read")
        elif (
            raw.section
            and _DATES_SECTION.search(raw.section)
            and _STEP_NAMED.search(label)
            and (part := _NOT_AUTHORS_PART.search(label))
        ):
            # 'Tutorial Notification' in a timeline: a step of a part not for authors, said
            # (not a launch or a release, no step at all)
            out.problems.append(f"{where}: a step not for authors ({part[0].lower()}); not read")
    elif kind is None and raw.prose and _OTHER.search(label) and not _TITLE.search(label):
        # a deadline in a sentence ('… (registration deadline: Jan 15 2026)') is reported
        dated = ", ".join(f.text for f in raw.dates)
        out.problems.append(f"{where} ({dated}): a deadline named in a sentence; not read")
    elif (
        kind is None
        and raw.prose
        and raw.section
        and _DATES_SECTION.search(raw.section)
        and not _PAGE_STAMP.search(raw.line)  # 'Last updated December 16': the page's own
    ):
        # a sentence of the dates section whose step the reader cannot name is said, not lost
        dated = ", ".join(f.text for f in raw.dates)
        out.problems.append(
            f"{where} ({dated}): a sentence naming no step this reader knows; not read"
        )
    before_date = raw.line[: raw.line.find(raw.dates[0].text)]
    extends = (  # a sentence, not a label with its status ('Paper: extended to May 2')
        # (or a label that says its step is extended: 'Paper submission deadline is extended
        # to: April 7, 2026' under '<s>Paper submission deadline: March 27, 2026</s>')
        (raw.prose or bool(_LABEL_EXTENDED.search(before_date)))
        and kind is not None
        and kind is not DeadlineKind.OTHER
        and not raw.track
        and bool(_EXTENDED_TO.search(before_date))
        # (a range of days is a meeting's: 'extended the dates to September 20-24, 2021')
        and raw.dates[0].end_date is None
    )
    if kind is None:
        return []
    if (
        raw.prose
        and kind is DeadlineKind.PAPER
        and _RECEIVED_BEFORE.search(raw.head)
        and _WILL.match(_YEAR_LEFT.sub("", raw.tails[0]))
    ):
        # 'Submissions received before September 1st 2022 will receive notification on …': a
        # condition on the papers sent by then, not their deadline
        dated = raw.dates[0].text
        out.problems.append(f"{where} ({dated}): a condition on what is sent by then; not read")
        return []
    if (
        raw.prose
        and not extends
        and not _KIND_WORDS.search(label)
        and not _BARE_DEADLINE.fullmatch(label)
        and not _CALLS_DEADLINE.fullmatch(_last_sentence(label))
        and not _CALL_OPEN_UNTIL.search(label)
        and not _HEAR_BACK.search(label)
        and not _REGISTRATION_NAMED.search(label)
        and not _APPLICATIONS_RECEIVED.fullmatch(_last_sentence(label))
        and not _SUBMIT_PROPOSAL.fullmatch(_last_sentence(label))
        and not proposals_by
        and not call_closes
        and not _BARE_PROPOSALS.fullmatch(_last_sentence(label))
        and before_it is None
        # (its time said before the date: 'Submissions must be received no later than 11:59 PM
        # (AWST), 5 October 2021')
        and not _SUBMITTED_UNTIL.search(dates_.strip_clock(raw.head))
        and not until
        and not (_STEP_SAID_AFTER.search(label) and _HANDED_IN.search(label))
    ):
        dated = ", ".join(f.text for f in raw.dates)
        out.problems.append(f"{where} ({dated}): in a sentence, not a dates list; not read")
        return []
    # 'Each accepted paper must be registered by May 5': a rule stated in passing, read only
    # to give a listed deadline of that day its time and zone ('open until 19 June, 11:59 PM PT')
    outside = (
        raw.prose and not extends and not _in_dates_part(raw.section)
    )
    sink: list[str] = [] if outside else out.problems  # a sentence's own doubts go unsaid
    if kind in {DeadlineKind.NOTIFICATION, DeadlineKind.REVIEW_RELEASE} and _HOST.search(label):
        sink.append(f"{where}: the host conference's date, not this venue's; skipped")
        return _unread(raw, out) if outside else []
    if kind is DeadlineKind.PAPER and _SUGGESTED.search(label):
        sink.append(f"{where}: {_KEPT_SUGGESTED}")
        kind = DeadlineKind.OTHER
    if kind is DeadlineKind.PAPER and under and _BESIDE_THE_PAPER.search(under):
        kind = DeadlineKind.OTHER  # 'Submission' under 'Artifacts:': code and data, no paper
    if (
        kind is DeadlineKind.PAPER
        and _BARE_DEADLINE.fullmatch(label)
        and (
            (_PARTS_CALLED.search(under) and _PARTS_LISTED.search(under))
            # (or a heading of one part alone: 'Submission Deadline' under 'Tutorials', 'Panel
            # Proposals')
            or _PART_ALONE.fullmatch(under)
        )
    ):
        # 'Deadline' under 'Workshop, Panels and Competition Submission Deadlines': the
        # proposals of the meeting's parts, not a paper
        kind = DeadlineKind.OTHER
    if kind is not None and not is_challenge and _nearest(raw, _AWARD):
        kind = DeadlineKind.OTHER  # 'Submission deadline' of an award's applications
    for item in raw.dates:
        sink.extend(f"{where}: {p}" for p in item.problems)
    if is_challenge and (
        (kind is DeadlineKind.CAMERA_READY and _PAPERS_CAMERA.search(label))
        or (kind is DeadlineKind.NOTIFICATION and _TO_AUTHORS.search(label))
        # (or the reviews' notice: 'Review Notification', of the teams' reports)
        or (kind is DeadlineKind.NOTIFICATION and _REVIEWS_NOTIFIED.search(label))
        # (or a bare 'Notification' on the page of a competition that calls for its teams'
        # papers: their decisions, the results having their own step)
        or (
            kind is DeadlineKind.NOTIFICATION
            and raw.contest_papers
            and _BARE_NOTICE.fullmatch(label)
        )
    ):
        # a competition's papers, accepted and made camera-ready like any other's (a final
        # submission or a technical report's last version are the competition's own)
        is_challenge = False
    if is_challenge and kind is DeadlineKind.NOTIFICATION:
        dated = ", ".join(f.text for f in raw.dates)
        sink.append(
            f"{where} ({dated}): a challenge's results, not its participants' deadline; not read"
        )
        return _unread(raw, out) if outside else []
    # 'Submission deadline for both Challenge and Workshop submissions': the papers' too
    shared = is_challenge and kind is DeadlineKind.PAPER
    shared = shared and bool(_CHALLENGE_AND_PAPERS.search(label))
    if is_challenge:
        kind = DeadlineKind.OTHER
        head = raw.line.split(":")[0].strip(" |")
        if head and head != label and len(head.split()) <= 10 and not dates_.find_dates(head):
            label = head
    readings = []
    unset = False  # a placeholder not struck: 'TBC' where the date was
    # '~~11:59 PM AOE Saturday 8th April 2023~~ 9:59 PM UTC-0, Tuesday 11th April 2023': a
    # line whose first date has its time before it writes every time before its date
    times_first = dates_.clock_before(raw.head) is not None
    for i, item in enumerate(raw.dates):
        if item.date is None:
            if not item.problems:
                sink.append(f"{where}: {item.text!r} has no year; skipped")
            unset = unset or bool(item.problems and not raw.struck[i])
            continue
        tail = raw.tails[i]
        if (
            raw.struck[i]
            and i + 1 < len(raw.dates)
            and not raw.struck[i + 1]
            and (then := dates_.clock_before(tail)) is not None
            and STRUCK_CLOSE in tail[: then[1]]
            and _tail_clock(raw.tails[i + 1]).time is None
        ):
            tail = tail[: tail.index(STRUCK_CLOSE)]  # (that time is the new value's, below)
        clock = _tail_clock(tail)
        said_before = raw.tails[i - 1] if i else raw.head
        before = dates_.clock_before(said_before)
        if before is not None and (
            times_first
            or (clock.time is None and _tail_clock(said_before[: before[1]]).time)
            # (or said after the strike that ends the value it replaces: '<s>September 14,
            # 2021</s> 11:59 PM, October 01, 2021'; unless this date states its own after it:
            # '<del>3 August</del> (11:59 PM PST) 8 August (11:59 PM CET)', the PST the old one's)
            or (
                i
                and raw.struck[i - 1]
                and not raw.struck[i]
                and STRUCK_CLOSE in said_before[: before[1]]
                and clock.time is None
            )
        ):
            # (or the time after the date before it and this one's before it: '8th April
            # 2023 11:59PM AOE~~ 9:59 PM UTC-0 on Tuesday 11th April 2023.')
            clock = before[0]
        if clock.time is None and clock.zone is None:
            clock = dates_.find_clock(raw.head)
        if clock.time is None and raw.label and raw.label in raw.tails[i]:
            # '07 May 2026: System submission deadline (20:00 CEST)': the label after its
            # date, and the time after the label
            late = dates_.find_clock(raw.tails[i])
            if late.time is not None:
                clock = dates_.Clock(late.time, late.zone or clock.zone)
        if _opens_window(raw, i):
            continue  # '2026/August/01 - 2026/October/18': submissions open, then close
        readings.append((item, raw.struck[i], clock))
    if not readings:
        return _unread(raw, out) if outside else []
    if unset and all(r[1] for r in readings):
        # '~~July 24th, 2023~~ TBC': the date withdrawn, the new one not set yet
        sink.append(f"{where}: its date struck and not set again yet; not read")
        return _unread(raw, out) if outside else []
    readings = _restated_elsewhere(raw, readings)
    live = [r for r in readings if not r[1]]
    struck = [r for r in readings if r[1]]
    passed = not live
    if not live:  # every date struck: the page marks it as past, the value still holds
        # (the latest of them: '~~Paper submission deadline: March 19 (was March 12)~~')
        said_on = [item.date or dt.date.min for item, _, _ in readings]
        newest = max(range(len(said_on)), key=lambda n: (said_on[n], n))
        if said_on[newest] - said_on[-1] > _EDITION_GAP:
            newest = len(said_on) - 1  # (the last one's year mistyped: see below)
        live = [readings[newest]]
        struck = readings[:newest] + readings[newest + 1 :]
    elif len(live) > 1 and not struck and _dates_alone(raw):
        # two live values of one step, none struck and nothing said between them
        # ('2022-03-04; 2022-02-18', a record's dates listed newest first): a deadline moves
        # later, so the latest is the current
        said_on = [item.date or dt.date.min for item, _, _ in live]
        latest = max(range(len(said_on)), key=lambda n: (said_on[n], n))
        if said_on[latest] - min(said_on) <= _EDITION_GAP:
            live = [r for n, r in enumerate(live) if n != latest] + [live[latest]]
    current = live[-1]
    # a range ('Rebuttal: January 20-27' or 'April 5 - April 7'): the deadline is its end
    first_live = live[0]
    if kind is DeadlineKind.REBUTTAL_END:
        date = current[0].end_date or current[0].date
    else:
        date = current[0].end_date if (len(live) == 1 and current[0].end_date) else None
        date = date or current[0].date
    del first_live
    if current[0].end_date and kind != DeadlineKind.REBUTTAL_END:
        date = current[0].end_date
    replaced = max((item.date for item, _, _ in struck if item.date), default=None)
    if (
        date is not None
        and replaced is not None
        and date < replaced - _EDITION_GAP
        and replaced.year == page_year != date.year
    ):
        # '<del>February 2, 2026</del> February 8, 2025' on a page of 2026's dates: a new date
        # a year before the one it replaces, in a year the page's other dates are not, is
        # the year mistyped
        slip = date.replace(year=date.year + 1) if (date.month, date.day) != (2, 29) else date
        if replaced < slip < replaced + _EDITION_GAP:
            sink.append(
                f"{where}: {date} comes a year before the date it replaces ({replaced}); "
                f"read as {slip}, the year mistyped"
            )
            date = slip
    # '~~May 01 2025 12:00AM UTC-0~~ May 15 2025 AoE': a live date that states its own zone
    # takes no time from a struck value, whose time went with that value's zone
    timed = live if any(c.zone for _, _, c in live) else readings
    clock_time = next((c.time for _, _, c in reversed(timed) if c.time), None)
    clock_zone = next((c.zone for _, _, c in reversed(readings) if c.zone), None)
    clock_time = clock_time or raw.line_clock.time
    clock_zone = clock_zone or raw.line_clock.zone
    # a part's own note ('All deadlines are AoE') outranks the page's, time and all
    own_note = raw.section_clock.zone not in {None, page_clock.zone}
    time = clock_time or raw.section_clock.time or (None if own_note else page_clock.time)
    zone = clock_zone or raw.section_clock.zone or page_clock.zone
    if clock_zone and page_clock.zone and clock_zone != page_clock.zone:
        sink.append(
            f"{where}: states {clock_zone} but the page also says deadlines are in "
            f"{page_clock.zone}; kept {clock_zone}"
        )
    india = "'IST' read as India Standard Time (UTC+5:30)"  # said once for the page
    if zone == dates_.INDIA and re.search(r"\bIST\b", raw.line) and india not in out.problems:
        sink.append(india)
    if zone is None and (unread := dates_.AMBIGUOUS.search(raw.line)):
        sink.append(
            f"{where}: {unread.group()!r} names two zones (US Central or China, Atlantic or "
            "Arabia); not read"
        )
    if time == dt.time(11, 59) and _BARE_1159.search(raw.line):
        sink.append(f"{where}: '11:59' has no am or pm; read as 11:59 in the morning")
    assert date is not None
    at = _at(date, time)
    history = []
    for item, _, clock in struck:
        assert item.date is not None
        history.append((_at(item.date, clock.time or time), clock.zone or zone))
    for item, _, clock in live[:-1]:  # a live earlier value in the same cell: superseded too
        assert item.date is not None
        if item.date != date:  # not the same day said twice ('2025-08-01 | 2025年8月1日')
            history.append((_at(item.date, clock.time or time), clock.zone or zone))
    if kind is DeadlineKind.REBUTTAL_END and len(live) == 1 and current[0].end_date:
        start = current[0].date
        assert start is not None
        return [
            Entry(
                label,
                DeadlineKind.REBUTTAL_START,
                _at(start, dt.time(0, 0)),
                zone,
                zone is None,
                section=raw.section,
                challenge=is_challenge,
            ),
            Entry(
                label,
                kind,
                at,
                zone,
                zone is None,
                section=raw.section,
                time_stated=time is not None,
                challenge=is_challenge,
            ),
        ]
    entry = Entry(
        label,
        kind,
        at,
        zone,
        zone_assumed=zone is None,
        # (once each: a record's old date again in other forms, 'oldDateText', 'oldDateEnd')
        history=tuple(dict.fromkeys(history)),
        track=raw.track,
        section=raw.section,
        time_stated=time is not None,
        prose=raw.prose,
        challenge=is_challenge,
        extends=extends,
        outside=", ".join(f.text for f in raw.dates) if outside else None,
        line=raw.line_no,
        passed=passed,
        rest=" ".join(_without_dates(raw).split()),
    )
    if outside:
        return [entry]
    if kind is DeadlineKind.PAPER and _JOINT_SUPPLEMENT.search(label):
        # 'Paper and supplementary material deadline': the supplement is due with the paper
        return [entry, replace(entry, kind=DeadlineKind.SUPPLEMENTARY)]
    if kind is DeadlineKind.ABSTRACT and _JOINT_ABSTRACT.search(label):
        return [entry, replace(entry, kind=DeadlineKind.PAPER)]  # one day for both
    if not raw.track and (tracks := _two_tracks(label, kind)) is not None:
        return [replace(entry, track=t) for t in tracks]
    if (
        kind is DeadlineKind.PAPER
        and not raw.track
        and (both := _JOINT_TRACK.search(label))
        and not _EITHER_FORM.search(label)
        and not _LENGTHS.search(label)
    ):
        # 'Paper & Demo Submissions': one day, two kinds of submission, each its own track
        # (but 'Full paper/abstract submission' is one submission, in either form)
        second = both.group("second").strip()
        return [entry, replace(entry, track=second[0].upper() + second[1:])]
    if shared:
        return [
            replace(entry, track="Challenge"),
            replace(entry, kind=DeadlineKind.PAPER, challenge=False, track="Workshop"),
        ]
    if kind is DeadlineKind.REGISTRATION and _KINDS[0][0].search(label):
        # 'Camera-ready copies and registration': both due that day
        return [replace(entry, kind=DeadlineKind.CAMERA_READY), entry]
    if kind is DeadlineKind.REGISTRATION and _PAPER_AND_REGISTRATION.search(label):
        # 'Full paper submission and co-author registration deadline': both due that day
        return [replace(entry, kind=DeadlineKind.PAPER), entry]
    if kind is DeadlineKind.REGISTRATION and (joint := _REGISTRATION_AND_SUBMISSION.search(label)):
        # 'Early-bird registration and abstract submission have been extended until': so too
        # named the other way round
        submitted = joint[1].lower()
        other = DeadlineKind.ABSTRACT if submitted.startswith("abstract") else DeadlineKind.PAPER
        return [entry, replace(entry, kind=other)]
    if kind is DeadlineKind.CAMERA_READY and _JOINED_REGISTRATION.search(label):
        # 'Last date of Registration/Camera Ready Version': so too named the other way round
        return [entry, replace(entry, kind=DeadlineKind.REGISTRATION)]
    return [entry]


_JOINED_REGISTRATION = re.compile(
    # (or its fee: 'Camera Ready Paper and Payment Deadline')
    r"(?:[/&+]|\band\b)\s*(?:(?:co-?)?authors?\s+)?(?:registration|payment)\b"
    r"|\b(?:registration|payment)\s*(?:[/&+]|\band\b)",
    re.IGNORECASE,
)


_REGISTRATION_AND_SUBMISSION = re.compile(
    r"\bregistration\s*(?:and|&|\+)\s*(?:full\s+)?(abstracts?|papers?)\s+submissions?\b",
    re.IGNORECASE,
)
_PAPER_AND_REGISTRATION = re.compile(
    r"\b(?:full\s+)?papers?\s+submissions?\s*(?:and|&|\+)\s*(?:(?:co-?)?authors?\s+)?registration\b"
    # Chinese: the papers' close (or their submission) and the registration's ('论文截稿与报名')
    r"|(?:论文|稿件|投稿)[^与和及、]{0,4}[与和及、]\s*(?:参会)?报名",
    re.IGNORECASE,
)


_ABSTRACT_WORD = re.compile(r"\babstracts?\b", re.IGNORECASE)
_MARKS = re.compile(f"[{STRUCK_OPEN}{STRUCK_CLOSE}]")  # where a strike opens and closes
# (and 'from the 1st of April to the 31st of May')
_WINDOW = re.compile(
    r"[-–—~～〜]|(?:to|until|till|through)(?:\s+the)?"
    r"|a|al|at[ée]|hasta|au|bis"  # ('De 04/03/2024 a 31/03/2024', 'del … al …', 'du … au …')
    r"|jusqu['’]\s?(?:au|à)",  # ('du 13 mai 2020 jusqu'au 21 juin 2020')
    re.IGNORECASE,
)


def _opens_window(raw: _Raw, i: int) -> bool:
    """Whether date `i` opens a window the next date closes: neither struck, and only a dash
    or 'to' between them (a date superseded by the next one is struck or says so)."""
    if i + 1 >= len(raw.dates) or raw.struck[i]:
        return False
    if raw.struck[i + 1] and not (
        # 'December 1, 2021 through ~~March 15, 2022~~ **March 25, 2022**': the window's close
        # struck for the next date, which is not
        i + 2 < len(raw.dates)
        and not raw.struck[i + 2]
        and not _MARKS.sub("", dates_.strip_clock(raw.tails[i + 1])).strip(" ,()*")
    ):
        return False
    first, then = raw.dates[i].date, raw.dates[i + 1].date
    between = _MARKS.sub("", dates_.strip_clock(raw.tails[i])).strip(" ,()")
    return first is not None and then is not None and first < then and bool(
        _WINDOW.fullmatch(between)
    )


# several kinds of submission due one day: 'Papers, workshops, tutorials, and panels are
# due', 'Submission of Panels, Challenge Solutions, Tutorials & Working Papers', 'Posters and
# demo proposals due'
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+|\s*/\s*", re.IGNORECASE)
_SUBMITTED_THING = re.compile(
    r"\b(?:papers?|posters?|demos?|demonstrations?|abstracts?|workshops?|tutorials?|panels?"
    r"|solutions?|entries|sessions?|talks?)\b",
    re.IGNORECASE,
)
_AUTHORS_THING = re.compile(r"paper|poster|demo|abstract|talk", re.IGNORECASE)
# (a competition's entries, named alone: 'Submission of solutions and papers')
_CONTEST_THING = re.compile(r"challenge|competition|contest|solutions?\b|entries", re.IGNORECASE)
_SUBMISSION_LEAD = re.compile(
    r"^.*\b(?:of|for)\s+|^(?:submissions?|deadline)\s*:?\s*", re.IGNORECASE
)
_SUBMISSION_TAIL = re.compile(
    r"\s+(?:(?:proposals?|submissions?)\s*)?"
    r"(?:(?:are\s+)?due|deadlines?|submissions?|(?:submissions?\s+)?clos(?:es?|ed|ing))?"
    r"(?:\s*\([^()]*\))?\s*$",  # ('… submission close (new deadline!)': a remark after it)
    re.IGNORECASE,
)
_ITEM_WORDS = 3  # 'Challenge Solutions', 'extended abstracts': a kind of submission is short


def _submission_list(label: str) -> list[tuple[str, str | None]] | None:
    """The kinds of submission a label names together, each as its track and a label of its
    own (None for one not the authors': workshops, tutorials, panels proposed to the venue);
    None unless the label lists a paper's kind and one that is not."""
    joint = (_JOINT_TRACK, _JOINT_ABSTRACT, _JOINT_SUPPLEMENT, _CHALLENGE_AND_PAPERS)
    if any(p.search(label) for p in joint) or not re.search(
        r"\bdue\b|deadline|submi", label, re.IGNORECASE
    ):
        return None
    pieces = _LIST_SPLIT.split(label.strip())
    if len(pieces) < 2:
        return None
    pieces[0] = _SUBMISSION_LEAD.sub("", pieces[0])
    pieces[-1] = _SUBMISSION_TAIL.sub("", pieces[-1])
    named: list[tuple[str, str | None]] = []
    for piece in pieces:
        words = piece.split()
        if not 0 < len(words) <= _ITEM_WORDS or not _SUBMITTED_THING.search(words[-1]):
            return None
        track = " ".join(w[:1].upper() + w[1:] for w in words)
        if _CONTEST_THING.search(piece):
            named.append((track, f"{track} submission deadline"))
        elif _AUTHORS_THING.search(piece):
            named.append((track, f"{track} submission"))
        else:
            named.append((track, None))
    # 'Posters & Demos' alone is as often one track as two: only a list that also names what
    # is not a paper (a panel, a challenge's solutions) is told apart
    papers = [n for n in named if n[1] is not None and not _CONTEST_THING.search(n[0])]
    distinct = len({track for track, _ in named}) == len(named)
    return named if papers and len(papers) < len(named) and distinct else None


# one label, one day, two tracks, each pattern naming them 'a' and 'b'
_TWO_TRACKS = re.compile(  # 'Submission deadline (Proceedings and Workshop Tracks)'
    r"\((?P<a>[\w-]+(?:\s[\w-]+)?)\s+(?:and|&)\s+(?P<b>[\w-]+(?:\s[\w-]+)?)\s+tracks?\)",
    re.IGNORECASE,
)
_TRACK_AND_TRACK = re.compile(  # 'Submission deadline — Track 1 & Track 2'
    r"\b(?P<a>track\s+[A-Z\d]\b)\s*(?:and|&|/|,)\s*(?P<b>track\s+[A-Z\d])\b", re.IGNORECASE
)
_MAIN_AND_TRACK = re.compile(  # 'Regular & special session papers due': a paper deadline
    r"^(?P<a>regular|main|research|full)\s*(?:&|and|/)\s*"
    r"(?P<b>special[- ]sessions?|special[- ]tracks?|industry(?:[- ]track)?)\s+papers?\b",
    re.IGNORECASE,
)


def _two_tracks(label: str, kind: DeadlineKind | None) -> tuple[str, str] | None:
    """The two tracks one label gives its day to, as they would be named; None if not two."""
    if pair := _TWO_TRACKS.search(label):
        return f"{pair['a']} Track", f"{pair['b']} Track"
    if pair := _TRACK_AND_TRACK.search(label):
        return pair["a"].strip(), pair["b"].strip()
    if kind is DeadlineKind.PAPER and (pair := _MAIN_AND_TRACK.search(label)):
        return " ".join(pair["a"].lower().split()), " ".join(pair["b"].lower().split())
    return None


# papers and another kind of submission due the same day: 'Paper & Demo Submissions',
# 'Regular Paper & SRC Abstract Submission' (a track's abstracts, named by its acronym; not
# 'Paper and extended abstract submission', one call's papers in either form)
_EITHER_FORM = re.compile(
    r"papers?\s*(?:/|and|&|or)\s*(?:extended\s+)?abstracts?\b", re.IGNORECASE
)
_JOINT_TRACK = re.compile(
    r"^(?:regular\s+|full\s+|research\s+)?papers?\s*(?:&|and|/|\+)\s*"
    r"(?P<second>(?:[A-Z]{2,6}\s+)?(?:demos?|(?:extended\s+)?abstracts?|short\s+papers?"
    r"|position\s+papers?))\b(?!\s+(?:acceptance|notification|decision))",
    re.IGNORECASE,
)
# 'Full paper and short paper submission deadline': one call's papers of two lengths, as 'Full
# and short paper submission' is, not two tracks
_LENGTHS = re.compile(
    r"^\W*(?:full|long)(?:[- ]length)?\s+papers?\s*(?:&|and|/|\+)\s*short\s+papers?\b",
    re.IGNORECASE,
)
_PAPERS_CAMERA = re.compile(
    r"^(?!.*\b(?:reports?|fact\s?sheets?)\b).*(?:camera|终稿|定稿)", re.IGNORECASE
)
# a competition's notice to its papers' authors, not its results: 'Paper acceptance',
# 'Notifications sent to Authors', 'Lab Working Notes Notification'
# ('Decision notification': a decision on the papers, where a contest's results are ranked)
_TO_AUTHORS = re.compile(
    r"accept|\bauthors?\b|\bpapers?\b|\bworking notes\b|\bdecisions?\b|录用", re.IGNORECASE
)
_BARE_NOTICE = re.compile(r"\W*notifications?\W*", re.IGNORECASE)
# one deadline for a challenge's entries and the workshop's papers alike
_CHALLENGE_AND_PAPERS = re.compile(  # 'Paper submissions and final challenge submissions'
    r"\b(?:challenge|competition|shared[- ]tasks?)(?:\s+\w+){0,2}\s+(?:and|&)\s+(?:\w+\s+){0,2}"
    r"(?:workshop|papers?)\b"
    # (and 'Due date for workshop and shared task papers')
    r"|\b(?:workshop|papers?)(?:\s+\w+){0,2}\s+(?:and|&)\s+(?:\w+\s+){0,2}"
    r"(?:challenge|competition|shared[- ]tasks?)\b",
    re.IGNORECASE,
)
# a deadline of the paper and its supplementary material together
# 'Abstract & Submission deadline', 'Abstract and full paper submission': both due that day
# 'Abstract and paper submission': two steps; 'abstract/paper submission' names either
_JOINT_ABSTRACT = re.compile(
    r"\babstracts?\s*(?:and|&|\+)\s*(?:full[- ]?)?(?:papers?\s*)?submissions?\b"
    r"|\babstracts?\s*(?:and|&|\+)\s*(?:full[- ]?)?papers?\b(?!\s*registration)",
    re.IGNORECASE,
)
_JOINT_SUPPLEMENT = re.compile(  # (and 'Two-page extended abstract and optional material')
    r"\b(?:papers?|extended\s+abstracts?)(?:\s+submissions?)?\W*(?:and|&|/|\+|with)\W*"
    r"(?:(?:\(?optional\)?\s*)?supplement|\(?optional\)?\s+(?:additional\s+)?materials?\b)"
    r"|supplement\w*(?:\s+materials?)?\W*(?:and|&|/|\+)\W*(?:main\s+)?papers?\b",
    re.IGNORECASE,
)


_HOST = re.compile(
    r"^\W*(?:the\s+)?(?:main\s+)?(?:CVPR|ICCV|ECCV|NeurIPS|ICML|ICLR|WACV|AAAI|IJCAI|ACL|EMNLP|NAACL"
    r"|MICCAI|BMVC|ACCV|KDD|ACM\s?MM)\b",
    re.IGNORECASE,
)
_KEPT_SUGGESTED = "a suggested date, not a deadline; kept as 'other'"
_KEPT_UNKNOWN = "not a label this reader knows; kept as 'other'"
_SUGGESTED = re.compile(r"\b(?:suggested|recommended)\b", re.IGNORECASE)
_AWARD = re.compile(r"\bawards?\b|fellowship", re.IGNORECASE)


def _nearest(raw: _Raw, context: re.Pattern[str]) -> bool:
    """Whether the nearest heading that names a context or a paper names the context."""
    for part in reversed((raw.section or "").split(" / ")):
        if context.search(part):
            return True
        if re.search(r"\bpapers?\b", part, re.IGNORECASE):
            return False
    return False


_REVISED = re.compile(
    r"^\W*(?:revised|shepherded)\b|\brevision\s+(?:submission|deadline|due)"
    r"|\bdeadline\s+for\s+revised\b",  # 'Deadline for revised submissions'
    re.IGNORECASE,
)
_REVISED_VERSION = re.compile(r"\brevised\b|\brevision\b|修改稿", re.IGNORECASE)
# 'Revisions of accepted papers due': the accepted papers' final version
_ACCEPTED_REVISED = re.compile(r"\brevisions?\s+of\s+(?:the\s+)?accepted\b", re.IGNORECASE)


def _after_decisions(
    entries: list[Entry], named: re.Pattern[str], kind: DeadlineKind
) -> list[Entry]:
    """A paper deadline whose label `named` matches, due after a notification that follows
    another paper deadline, is no new submission: it is read as `kind`."""
    papers = [
        e.at[:10]
        for e in entries
        if e.kind is DeadlineKind.PAPER and not e.challenge and not named.search(e.label)
    ]
    notices = [e.at[:10] for e in entries if e.kind is DeadlineKind.NOTIFICATION]
    return [
        replace(e, kind=kind)
        if e.kind is DeadlineKind.PAPER
        and named.search(e.label)
        and any(p < n < e.at[:10] for p in papers for n in notices)
        else e
        for e in entries
    ]


def _revision_rounds(entries: list[Entry]) -> list[Entry]:
    """'Revised submissions due' after a first notification ends a revision round (two review
    cycles), not a new submission deadline; so does a shepherded paper's revision. The
    revisions of accepted papers are their final version."""
    entries = _after_decisions(entries, _ACCEPTED_REVISED, DeadlineKind.CAMERA_READY)
    entries = _after_decisions(entries, _REVISED, DeadlineKind.REBUTTAL_END)
    # a revised version due before a later decision and a later final version ('提交修改稿',
    # then '反馈第二轮评审意见', then '提交最终稿件'): the first round's revision
    finals = [e.at[:10] for e in entries if e.kind is DeadlineKind.CAMERA_READY and not e.challenge]
    notices = [e.at[:10] for e in entries if e.kind is DeadlineKind.NOTIFICATION]
    return [
        replace(e, kind=DeadlineKind.REBUTTAL_END)
        if e.kind is DeadlineKind.CAMERA_READY
        and not e.challenge
        and _REVISED_VERSION.search(e.label)
        and any(e.at[:10] < n < f for n in notices for f in finals)
        else e
        for e in entries
    ]


# a journal's call after the workshop's decisions: 'Journal submission deadline' (the extended
# papers of a special issue), not a track of the workshop's ('Journal Track' is one)
_JOURNAL = re.compile(r"\bjournal\b(?!\s+track)", re.IGNORECASE)


def _journal_after(entries: list[Entry]) -> list[Entry]:
    return _after_decisions(entries, _JOURNAL, DeadlineKind.OTHER)


# a report handed in beside a challenge's entries: 'Report Submission Deadline' a week after
# 'Docker Container Submission Deadline' in the same list is the challenge's
_REPORT = re.compile(r"\breports?\b", re.IGNORECASE)


def _challenge_reports(entries: list[Entry]) -> list[Entry]:
    contests = {e.section for e in entries if e.challenge and not e.prose}
    return [
        replace(e, kind=DeadlineKind.OTHER, challenge=True)
        if e.kind is DeadlineKind.PAPER
        and not e.challenge
        and not e.prose
        and e.section in contests
        and _REPORT.search(e.label)
        and not _PAPER_WORDS.search(e.label)
        else e
        for e in entries
    ]


def _under_challenge(entry: Entry) -> bool:
    """Whether an entry's own heading names a competition ('Challenge', 'XYZ Challenge')."""
    return _contest_heading((entry.section or "").split(" / ")[-1])


def _contest_heading(heading: str) -> bool:
    """Whether a heading names a competition: not 'Workshop, Panels and Competition
    Submission Deadlines', a call for the proposals of a meeting's parts."""
    named = _CHALLENGE.search(_CHALLENGES_PROSE.sub(" ", heading))
    # (nor 'Short Paper, Graduate Student, and SBSE Challenge Tracks': a list of tracks, the
    # competition's one of them beside the papers)
    parts = _LISTED_PARTS.split(heading)
    papers = len(parts) > 1 and any(
        _PAPER_WORDS.search(p) and not _CHALLENGE.search(p) for p in parts
    )
    return bool(named) and not _PARTS_CALLED.search(heading) and not papers


def _repeats_of_challenge(entries: list[Entry], out: PageDates) -> list[Entry]:
    """A paper deadline read in a sentence outside the dates list, at the instant that list
    gives a challenge's step ('Submit your CSV file … before the deadline (December 31)' under
    'Submission Instructions'): the challenge's deadline said again, not a paper's. (A list of
    a paper track's own, 'Non-Archival Track: Submission Deadline', is that track's.)"""
    listed = {(e.at, e.zone) for e in entries if e.challenge and _in_dates_list(e)}
    again = [
        e
        for e in entries
        if e.kind is DeadlineKind.PAPER
        and not e.challenge
        and e.prose
        and not _in_dates_list(e)
        and (e.at, e.zone) in listed
    ]
    out.problems.extend(
        f"{e.label!r} ({e.at}): the challenge's listed deadline said again; not read as a paper's"
        for e in again
    )
    return [e for e in entries if e not in again]


def _challenge_papers(entries: list[Entry]) -> list[Entry]:
    """A paper or abstract deadline under a challenge's own heading is the challenge's when
    the page lists the workshop's paper deadlines under another heading."""
    papers = {DeadlineKind.PAPER, DeadlineKind.ABSTRACT}
    workshop = {e.at[:10] for e in entries if e.kind in papers and not _under_challenge(e)}
    if not workshop:
        return entries
    return [
        replace(e, kind=DeadlineKind.OTHER, challenge=True)
        if e.kind in papers
        and not e.challenge
        and _under_challenge(e)
        and e.at[:10] not in workshop  # the workshop's own deadline, said again
        else e
        for e in entries
    ]


_ATTENDANCE = re.compile(  # (and 'Registration deadline for virtual participants')
    r"\battendees?\b|\bin[- ]person\b|\bon[- ]?site\b"
    r"|\b(?:virtual|remote|online)\s+participants?\b",
    re.IGNORECASE,
)


def _is_challenge(label: str, line: str, section: str | None) -> bool:
    """Whether a deadline is a challenge's: the nearest of label, line and headings decides.

    'Challenge paper submission deadline' is the challenge's; 'Paper Submissions' under a
    page titled 'X Challenge 2026' is the workshop's call for papers.
    """
    if _ATTENDANCE.search(label):  # 'Registration closes for in person attendees'
        return False
    # (one day for the workshop's papers and the task's: 'submission deadline (both research
    # and systems description papers)')
    both = bool(_RESEARCH_AND.search(label) and _SYSTEM_PAPERS.search(label))
    if not both and _CHALLENGE.search(label):
        return True
    if not both and any(
        p.search(label) for p in (_SHARED_TASK, _SYSTEM_PAPERS, _SOLUTIONS, _SOFTWARE)
    ):
        # 'Shared task submission': the systems' outputs; 'System paper submission
        # deadline (shared tasks)', 'Submission of system description': the task's papers;
        # 'Final Code Submission Deadline': a team's software
        return True
    if _PAPER_WORDS.search(label) and not _ARTEFACTS.search(label):
        return False
    if _NUMBERED_TASK.search(label) and _OWN_SUBMISSIONS.search(label):
        return True  # 'Task 3 endpoint submission deadline': a shared task's entries
    for part in [line, *reversed((section or "").split(" / "))]:
        if _CHALLENGE.search(_CHALLENGES_PROSE.sub(" ", part)):
            return part is line or _contest_heading(part)  # a heading may call for proposals
        if _PAPER_WORDS.search(part) and not _ARTEFACTS.search(part):
            return False
    return False


# challenges proposed to the venue by their organisers: 'Workshop/Grand Challenge Proposals'
_CONTESTS_PROPOSED = re.compile(
    r"\b(?:challenges?|competitions?|tasks?)\s+proposals?\b", re.IGNORECASE
)
_RESEARCH_AND = re.compile(
    r"\b(?:research|regular|long|short|full|workshop)\s+(?:papers?\s+)?(?:and|&|/|,)\s",
    re.IGNORECASE,
)
_LISTED_PARTS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*", re.IGNORECASE)
_PARTS_CALLED = re.compile(r"\b(?:panels|tutorials|workshops)\b", re.IGNORECASE)
_PARTS_LISTED = re.compile(r"proposals?|,|\band\b|&", re.IGNORECASE)
_PART_ALONE = re.compile(r"\W*(?:tutorials?|panels?)(?:\s+proposals?)?\W*", re.IGNORECASE)
# a shared task's task by its number: 'Task 3', 'Subtask 2', 'Task 1/2', 'Task A'
_NUMBERED_TASK = re.compile(r"\b(?:sub-?)?tasks?\s*(?:\d{1,2}|[A-D])\b", re.IGNORECASE)
# (and a planning or solving competition's entries: 'Planner abstract', 'Solver description')
_SYSTEM_PAPERS = re.compile(
    r"\b(?:system|planner|solver)s?\s+(?:description\s+)?(?:papers?|descriptions?|abstracts?)\b"
    # a robot league's 'Team Description Paper (TDP)': each team's entry, as RoboCup asks it
    r"|\bteam\s+description\s+papers?\b|\bTDPs?\b",
    re.IGNORECASE,
)
# a competition's entries: 'Solution Submission Deadline', 'Deadline for submitting solutions'
_SOLUTIONS = re.compile(
    r"\bsolutions?\s+(?:submission|upload)|\bsubmi\w*\s+(?:of\s+)?(?:\w+\s+){0,2}solutions?\b",
    re.IGNORECASE,
)
# what a competition's teams hand in beside a paper: 'Final submission deadline (Predictions,
# Code and ArXiv paper)' under 'Competition Important Dates' is the competition's
_ARTEFACTS = re.compile(
    r"\b(?:predictions?|code|docker|(?:test|system)\s+outputs?)\b", re.IGNORECASE
)


def _at(date: dt.date, time: dt.time | None) -> str:
    if time is None:
        return f"{date:%Y-%m-%d}"
    return f"{date:%Y-%m-%d} {time:%H:%M}"
