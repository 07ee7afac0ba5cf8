"""The one place that reads the real clock; everything else takes `now`/`today`."""

from __future__ import annotations

import datetime as dt


def now() -> dt.datetime:
    """Return the current instant, aware, in UTC."""
    return dt.datetime.now(dt.UTC)


def today(tz: dt.tzinfo) -> dt.date:
    """Return today's date in the zone `tz`."""
    return now().astimezone(tz).date()
