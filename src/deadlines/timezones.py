"""Read time-zone labels as venues write them, and turn wall times into UTC instants.

Sign rules, because they are where deadline trackers go wrong:

* ``AoE`` (Anywhere on Earth) is UTC-12: the deadline has passed everywhere on Earth.
* ``UTC-8`` / ``GMT-8`` mean eight hours *behind* UTC, as people write them.
* ``Etc/GMT+8`` is the IANA (POSIX) name for UTC-8: its sign is inverted. It is read
  through zoneinfo, which gets it right; we never parse the digits of an ``Etc/`` name.
* ``dateutil.parser`` reads ``UTC-12`` as +12 (POSIX again); we do not use it.

A label that names a specific offset (``PST``) on a date when that zone is on the other
offset (July is PDT) is reported, and the earlier of the two instants is used, so the
tool never tells anyone they have an hour they might not have.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from deadlines.errors import ZoneError

AOE = dt.timezone(dt.timedelta(hours=-12), "AoE")

# Generic regional names: DST-aware, the offset follows the date.
_GENERIC = {
    "pt": "America/Los_Angeles",
    "pacific": "America/Los_Angeles",
    "pacific time": "America/Los_Angeles",
    "mt": "America/Denver",
    "mountain time": "America/Denver",
    "ct": "America/Chicago",
    "central time": "America/Chicago",
    "et": "America/New_York",
    "eastern time": "America/New_York",
    "uk time": "Europe/London",
    "central european time": "Europe/Paris",
}

# Abbreviations that state one offset; the zone is used to check the date agrees.
_SPECIFIC: dict[str, tuple[float, str]] = {
    "pst": (-8, "America/Los_Angeles"),
    "pdt": (-7, "America/Los_Angeles"),
    "mst": (-7, "America/Denver"),
    "mdt": (-6, "America/Denver"),
    "cdt": (-5, "America/Chicago"),
    "est": (-5, "America/New_York"),
    "edt": (-4, "America/New_York"),
    "cet": (1, "Europe/Paris"),
    "cest": (2, "Europe/Paris"),
    "bst": (1, "Europe/London"),
    "wet": (0, "Europe/Lisbon"),
    "west": (1, "Europe/Lisbon"),
    "eet": (2, "Europe/Athens"),
    "eest": (3, "Europe/Athens"),
    "kst": (9, "Asia/Seoul"),
    "jst": (9, "Asia/Tokyo"),
    "sgt": (8, "Asia/Singapore"),
    "hst": (-10, "Pacific/Honolulu"),
    "aest": (10, "Australia/Sydney"),
    "aedt": (11, "Australia/Sydney"),
    "acst": (9.5, "Australia/Adelaide"),
    "acdt": (10.5, "Australia/Adelaide"),
    "awst": (8, "Australia/Perth"),
    "nzst": (12, "Pacific/Auckland"),
    "nzdt": (13, "Pacific/Auckland"),
}

_AMBIGUOUS = {
    "cst": "US Central (UTC-6) or China Standard Time (UTC+8)",
    "ist": "India (UTC+5:30), Ireland (UTC+1) or Israel (UTC+2)",
    "ast": "Atlantic (UTC-4) or Arabia (UTC+3)",
}

_UTC_WORDS = {"utc", "gmt", "z", "zulu", "utc+0", "utc-0", "utc+-0", "utc±0", "gmt+0", "gmt-0"}
_AOE_WORDS = {"aoe", "anywhere on earth", "aoe (utc-12)", "utc-12 (aoe)", "aoe utc-12"}
_OFFSET = re.compile(r"^(utc|gmt)\s*([+\-−±])\s*(\d{1,2})(?:[:.]?(\d{2}))?$")  # ('GMT +5.30')


@dataclass(frozen=True, slots=True)
class Zone:
    """A parsed zone label: a fixed offset, or a region whose offset follows the date."""

    label: str
    fixed: dt.timezone | None = None
    region: str | None = None
    note: str | None = None  # an assumption made in reading the label, said aloud

    @property
    def tzinfo(self) -> dt.tzinfo:
        if self.fixed is not None:
            return self.fixed
        assert self.region is not None
        return ZoneInfo(self.region)


@dataclass(frozen=True, slots=True)
class Reading:
    """A wall time read in a zone: the UTC instant, its offset, and any reported assumption."""

    utc: dt.datetime
    offset: dt.timedelta
    note: str | None = None


def _fixed(hours: float, name: str) -> dt.timezone:
    delta = dt.timedelta(minutes=round(hours * 60))
    return dt.UTC if not delta else dt.timezone(delta, name)


@lru_cache(maxsize=512)
def parse_zone(label: str) -> Zone:
    """Read a zone label (``AoE``, ``UTC-8``, ``PT``, ``Europe/Paris``…) or raise ZoneError."""
    text = " ".join(label.strip().split())
    key = text.lower().replace("−", "-")
    if not key:
        raise ZoneError("empty time-zone label")
    if key in _AOE_WORDS or key in {"utc-12", "gmt-12", "utc-12:00"}:
        return Zone(text, fixed=AOE)
    if key in _UTC_WORDS:
        return Zone(text, fixed=dt.UTC)
    if m := _OFFSET.match(key):
        word, sign, hours, minutes = m.groups()
        if sign == "±":
            if int(hours) or int(minutes or 0):
                raise ZoneError(f"time zone {label!r} has no sign; write UTC+H or UTC-H")
            return Zone(text, fixed=dt.UTC)
        if int(minutes or 0) >= 60:
            raise ZoneError(f"time zone {label!r}: {minutes} is not a number of minutes (0 to 59)")
        value = int(hours) + int(minutes or 0) / 60
        if value > 14:
            raise ZoneError(f"time zone {label!r} is more than 14 hours from UTC")
        offset = -value if sign == "-" else value
        # (the minutes too, where there are some: 'GMT+0530' is UTC+05:30)
        name = f"UTC{sign}{hours}" + (f":{minutes}" if int(minutes or 0) else "")
        note = None
        if word == "gmt" and value:
            note = (
                f"{text} read as {name}, as people write it "
                f"(the POSIX reading, as in Etc/{text}, would be the opposite sign)"
            )
        return Zone(text, fixed=_fixed(offset, name), note=note)
    if key in _GENERIC:
        return Zone(text, region=_GENERIC[key])
    if key in _SPECIFIC:
        hours_f, region = _SPECIFIC[key]
        return Zone(text, fixed=_fixed(hours_f, text.upper()), region=region)
    if key in _AMBIGUOUS:
        raise ZoneError(f"time zone {label!r} is ambiguous: {_AMBIGUOUS[key]}; use an IANA name")
    if "/" in text:
        try:
            ZoneInfo(text)
        except (ZoneInfoNotFoundError, ValueError):
            pass
        else:
            return Zone(text, region=text)
    raise ZoneError(
        f"unknown time zone {label!r}; use AoE, UTC±H[:MM], an abbreviation such as PT "
        "or an IANA name such as America/Los_Angeles"
    )


def to_utc(wall: dt.datetime, label: str) -> Reading:
    """Convert a naive wall time stated in the zone `label` into an aware UTC instant."""
    if wall.tzinfo is not None:
        raise ValueError("to_utc takes a naive wall time")
    zone = parse_zone(label)
    if zone.region is None:
        assert zone.fixed is not None
        offset = zone.fixed.utcoffset(None)
        return Reading((wall - offset).replace(tzinfo=dt.UTC), offset, zone.note)

    region = ZoneInfo(zone.region)
    # fold=0 is the first of two readings of an hour that repeats (the earlier instant).
    local = wall.replace(tzinfo=region, fold=0)
    actual = local.utcoffset()
    assert actual is not None
    note = zone.note
    if local.replace(fold=1).utcoffset() != actual:
        note = f"{wall:%Y-%m-%d %H:%M} happens twice in {zone.region}; the first is used"
    # A wall time skipped by a spring-forward gap does not round-trip through UTC.
    roundtrip = local.astimezone(dt.UTC).astimezone(region).replace(tzinfo=None)
    if roundtrip != wall:
        note = f"{wall:%Y-%m-%d %H:%M} does not exist in {zone.region} (clocks jump forward)"
    if zone.fixed is not None:
        stated = zone.fixed.utcoffset(None)
        if stated != actual:
            offset = max(stated, actual)  # the larger offset gives the earlier instant
            note = (
                f"{zone.label} stated for {wall:%Y-%m-%d}, when {zone.region} is on "
                f"UTC{_fmt_offset(actual)}; the earlier instant (UTC{_fmt_offset(offset)}) is used"
            )
            return Reading((wall - offset).replace(tzinfo=dt.UTC), offset, note)
    return Reading((wall - actual).replace(tzinfo=dt.UTC), actual, note)


def _fmt_offset(offset: dt.timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours}" + (f":{mins:02d}" if mins else "")


def user_tz(name: str) -> dt.tzinfo:
    """Return the tzinfo for a zone the user asked to see times in (``--tz``)."""
    return parse_zone(name).tzinfo
