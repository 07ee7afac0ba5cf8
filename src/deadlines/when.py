"""Days as people type them: ``2027-03-01``, ``today``, ``tomorrow``, ``next monday``, ``+2w``.

Pure: every word is read relative to the `today` it is given.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from deadlines.errors import UsageError

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)} | {
    name.lower(): i for i, name in enumerate(calendar.day_abbr)
}
OFFSET = re.compile(
    r"^(?:(?P<sign>[+-])\s*|in\s+)(?P<n>\d{1,4})\s*"
    r"(?P<unit>d|days?|w|weeks?|m|months?|y|years?)$"
)
HELP = "write YYYY-MM-DD, today, tomorrow, yesterday, a weekday (next monday), or +3d, +2w, +1m"


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (or earlier), kept within the month: 31 Jan + 1 = 28 Feb."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def parse_day(text: str, today: dt.date) -> dt.date:
    """Read a day; a `UsageError` says what is accepted."""
    word = " ".join(text.strip().lower().split())
    try:
        return dt.date.fromisoformat(word)
    except ValueError:
        pass
    fixed = {"today": 0, "tomorrow": 1, "yesterday": -1}
    if word in fixed:
        return today + dt.timedelta(days=fixed[word])
    name = word.removeprefix("next ")
    if name in WEEKDAYS:  # the first such day after today
        ahead = (WEEKDAYS[name] - today.weekday() - 1) % 7 + 1
        return today + dt.timedelta(days=ahead)
    if m := OFFSET.match(word):
        n = int(m.group("n")) * (-1 if m.group("sign") == "-" else 1)
        unit = m.group("unit")[0]
        if unit == "d":
            return today + dt.timedelta(days=n)
        if unit == "w":
            return today + dt.timedelta(weeks=n)
        return add_months(today, n * (12 if unit == "y" else 1))
    raise UsageError(f"{text!r} is not a day: {HELP}")
