"""A generic reader of "important dates" on any conference's or workshop's own page.

The page is flattened, in one pass of an event parser (linear in its size), into lines: a
table row, a list item, a paragraph or a ``<br>``-ended run is one line; cells are joined by
``|``; a line break in the source is a space; struck-out text (``<del>``/``<s>``/``<strike>``)
is marked; each line keeps the ids of the blocks it sits in. The lines are then read as the
structure of a dates section:

* a date's label is the text before it on its line, or the short line above it, or — when
  neither says anything (``<b>March 14</b> Paper submission``), or when the date and the line
  below share a block the line above is not in (a timeline card) — the text after it or the
  line below it; a card's notes give its time and zone;
* one label may carry several dates with their tracks written after them
  (``March 10 (archival); April 13 (non-archival)``), and a run of dates may each be followed
  by its label (``Apr 27 Release · May 29 Submission deadline``);
* headings are context, not labels: they name tracks ("Archival (8 pages)") and challenges,
  and a challenge's own deadlines get their own kind, decided by the nearest of label, line
  and headings (a test phase or a leaderboard is a competition's; "Challenges and
  Opportunities" in a title is prose); a challenge's results are reported, not read as a
  deadline; dates under "News" are announcements; a rule stated in a sentence outside a
  dates section, and dates left in an HTML comment, are reported and not read;
* one date said twice is one deadline, known by where a dates list says it: tracks named
  alike ("Regular Track") are one track, and a track under its own heading is kept even when
  a dates list elsewhere names other dates of the same kind;
* a struck date followed by a live one is an extension: the struck value becomes the
  deadline's history; a struck day inside a date (``March <s>11</s> 17``) is read the same way,
  and so is a sentence that extends the one deadline of its kind ("The submission deadline has
  been extended to March 22");
* a date with no time is the end of that day (23:59); a date with no zone takes the zone a
  heading or a note states ("Timeline (11:59 PM, Pacific Time)", "All deadlines are AoE",
  "Times are in UTC"),
  and failing that is read as AoE and marked assumed;
* what the reader is unsure of is reported, never dropped silently: a date with no label, a
  label it does not know, two readings of one deadline, placeholders ("??", "TBD", "TBC"), a
  month with no day ("mid-October", "Registration: April 2026"), wrong weekdays and misspelt
  ordinals.

The reader's parts, in the order a page goes through them: `lines` (the HTML flattened),
`pairing` (labels and zones paired with dates), `reading` (kinds, tracks and years; the
entry point `parse_page`), `merging` (one deadline said twice, extensions, tracks told
apart); `labels` holds what a label means and `entries` what the reader yields.
"""

from deadlines.sources.pages.entries import Entry, PageDates
from deadlines.sources.pages.labels import classify
from deadlines.sources.pages.lines import HEADING, STRUCK_CLOSE, STRUCK_OPEN, Line, page_lines
from deadlines.sources.pages.reading import parse_page

__all__ = [
    "HEADING",
    "STRUCK_CLOSE",
    "STRUCK_OPEN",
    "Entry",
    "Line",
    "PageDates",
    "classify",
    "page_lines",
    "parse_page",
]
