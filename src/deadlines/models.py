"""The catalog's data: series -> editions -> deadlines, as strict, frozen pydantic models.

The models describe `conferences.yaml` itself, so `deadlines schema` can print a JSON Schema
that editors use to validate the file. Times are kept as the venue states them (wall time
and zone label) and converted once, at validation, to an aware UTC instant.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationInfo,
    field_validator,
    model_validator,
)

from deadlines import bounds, timezones

_AT = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$")
AT_PATTERN = r"^\d{4}-\d{1,2}-\d{1,2}([ T]\d{1,2}:\d{2}(:\d{2})?)?$"
SLUG_PATTERN = r"^[a-z0-9][a-z0-9._+-]*$"
END_OF_DAY = dt.time(23, 59)


class DeadlineKind(StrEnum):
    """What a deadline is for, in the order they usually come."""

    REGISTRATION = "registration"
    ABSTRACT = "abstract"
    PAPER = "paper"
    SUPPLEMENTARY = "supplementary"
    COMMITMENT = "commitment"
    REVIEW_RELEASE = "review_release"
    REBUTTAL_START = "rebuttal_start"
    REBUTTAL_END = "rebuttal_end"
    NOTIFICATION = "notification"
    CAMERA_READY = "camera_ready"
    OTHER = "other"


SUBMISSION_KINDS = (DeadlineKind.PAPER, DeadlineKind.ABSTRACT)


class Status(StrEnum):
    ANNOUNCED = "announced"
    ESTIMATED = "estimated"


class VenueKind(StrEnum):
    CONFERENCE = "conference"
    WORKSHOP = "workshop"


def parse_at(text: str) -> tuple[dt.datetime, bool]:
    """Parse ``YYYY-MM-DD[ HH:MM[:SS]]``; a bare date means 23:59 that day.

    Returns the naive wall time and whether a time of day was stated.
    """
    m = _AT.match(text.strip())
    if not m:
        raise ValueError(f"{text!r} is not a date: write YYYY-MM-DD or 'YYYY-MM-DD HH:MM'")
    year, month, day, hour, minute, second = (int(g) if g else None for g in m.groups())
    assert year is not None
    assert month is not None
    assert day is not None
    bounds.check_year(year, repr(text))
    try:
        date = dt.date(year, month, day)
        if hour is None:
            return dt.datetime.combine(date, END_OF_DAY), False
        hour_, minute_ = hour, minute or 0
        if hour_ == 24 and minute_ == 0 and not second:  # "24:00" is the end of that day
            return dt.datetime.combine(date, dt.time()) + dt.timedelta(days=1), True
        return dt.datetime.combine(date, dt.time(hour_, minute_, second or 0)), True
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a real date or time ({exc})") from None


MULTILINE_FIELDS = frozenset({"note", "basis"})
LINK_FIELDS = frozenset({"url"})  # shown as links: http(s) only
CITATION_FIELDS = frozenset({"source"})  # where a date was read: http(s), or a local file


_set = object.__setattr__
_FIELDS: dict[type[_Strict], tuple[str, ...]] = {}
_SHARED_SETS: dict[frozenset[str], set[str]] = {}


def _restore(
    cls: type[_Strict],
    values: tuple[Any, ...],
    fields_set: set[str],
    private: dict[str, Any] | None,
) -> _Strict:
    """Rebuild a pickled model from its field values without validating them again."""
    names = _FIELDS.get(cls) or _FIELDS.setdefault(cls, tuple(cls.model_fields))
    model = cls.__new__(cls)
    _set(model, "__dict__", dict(zip(names, values, strict=True)))
    _set(model, "__pydantic_fields_set__", fields_set)
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", private)
    return model


class _Strict(BaseModel):
    model_config = ConfigDict(
        frozen=True, extra="forbid", str_strip_whitespace=True, defer_build=True
    )

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle as the field values in order: a cached snapshot of a large catalog loads
        several times faster than through pydantic's per-model state dicts."""
        return (
            _restore,
            (
                type(self),
                tuple(self.__dict__[name] for name in type(self).model_fields),
                # one set object for equal sets: pickled once, shared when loaded (the
                # models are frozen, and pydantic copies the set before changing it)
                _SHARED_SETS.setdefault(
                    frozenset(self.__pydantic_fields_set__), set(self.__pydantic_fields_set__)
                ),
                self.__pydantic_private__,
            ),
        )

    @field_validator("*")
    @classmethod
    def _plain_text(cls, value: Any, info: ValidationInfo) -> Any:
        """Refuse control and bidi characters in every text, and links that are not http(s).

        Checked here, where every catalog, overlay and scraped value enters, so that what
        loads can always be written into a feed, a page and a terminal.
        """
        name = info.field_name or ""
        texts = value if isinstance(value, tuple) else (value,)
        for text in texts:
            if isinstance(text, str):
                bounds.check_text(text, multiline=name in MULTILINE_FIELDS)
                if name in LINK_FIELDS:
                    bounds.check_url(text)
                elif name in CITATION_FIELDS:
                    bounds.check_url(text, schemes=("http", "https", "file"))
        return value


class Rank(_Strict):
    """Rankings where known."""

    core: Literal["A*", "A", "B", "C"] | None = Field(None, description="CORE rank")
    ccf: Literal["A", "B", "C"] | None = Field(None, description="CCF rank")


class PastValue(_Strict):
    """An earlier value of a deadline that has since moved (usually an extension)."""

    at: str = Field(pattern=AT_PATTERN, description="The earlier wall time, as stated")
    zone: str | None = Field(None, description="Its zone, if different from the deadline's")
    source: str | None = Field(None, description="Where the earlier value was seen")
    note: str | None = None
    recorded: dt.date | None = Field(
        None, description="The day the value was seen replaced (written by a refresh)"
    )

    @field_validator("at")
    @classmethod
    def _real_date(cls, value: str) -> str:
        parse_at(value)
        return value


class Deadline(_Strict):
    """One dated item of an edition, kept as the venue states it."""

    kind: DeadlineKind
    at: str = Field(
        pattern=AT_PATTERN,
        description="Wall time as stated: 'YYYY-MM-DD HH:MM' (a bare date means 23:59)",
    )
    zone: str = Field(
        description="Zone as stated: AoE, UTC-8, PT, America/Los_Angeles… "
        "(defaults to the edition's timezone)"
    )
    zone_assumed: bool = Field(
        default=False, description="True when the source states no zone and `zone` is assumed"
    )
    track: str | None = Field(None, description="Track or round, when an edition has several")
    label: str | None = Field(None, description="The venue's own name for this date")
    note: str | None = None
    source: str | None = Field(None, description="URL the date was read from")
    status: Status = Status.ANNOUNCED
    basis: str | None = Field(None, description="For estimated dates: what the estimate is from")
    spread: int | None = Field(
        None,
        ge=0,
        description="For estimated dates: how far off (± days) the series' own estimates "
        "were when backtested on its history",
    )
    history: tuple[PastValue, ...] = Field(
        default=(), description="Earlier values, oldest first (a moved deadline keeps them)"
    )
    seen: dt.date | None = Field(
        None, description="The day a refresh first saw this date (written by a refresh)"
    )

    # The properties below read these from pydantic's private slot directly: its
    # `__getattr__` fallback made reading `utc` a tenth of planning a large catalog.
    _wall: dt.datetime = PrivateAttr()
    _utc: dt.datetime = PrivateAttr()
    _time_stated: bool = PrivateAttr()
    _zone_note: str | None = PrivateAttr(default=None)

    @field_validator("zone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        timezones.parse_zone(value)  # raises ZoneError, a ValueError
        return value

    @field_validator("at")
    @classmethod
    def _real_date(cls, value: str) -> str:
        parse_at(value)
        return value

    @classmethod
    def trusted(cls, **fields: Any) -> Deadline:
        """Build a deadline from values taken from validated ones (an estimate's copy):
        only its instant is worked out and its status checked, not every field again."""
        return cls.model_construct(**fields)._derive()  # noqa: SLF001 - its own class

    @model_validator(mode="after")
    def _resolve(self) -> Self:
        return self._derive()

    def _derive(self) -> Self:
        wall, stated = parse_at(self.at)
        reading = timezones.to_utc(wall, self.zone)
        self._wall, self._utc, self._time_stated = wall, reading.utc, stated
        self._zone_note = reading.note
        if self.status is Status.ESTIMATED and not self.basis:
            raise ValueError("an estimated deadline needs a `basis` saying what it is from")
        if self.spread is not None and self.status is not Status.ESTIMATED:
            raise ValueError("only an estimated deadline has a `spread`")
        if self.status is Status.ANNOUNCED and not self.source:
            raise ValueError("an announced deadline needs a `source` URL")
        return self

    @property
    def wall(self) -> dt.datetime:
        """The naive wall time, as the venue states it."""
        return self.__pydantic_private__["_wall"]  # type: ignore[index,no-any-return]

    @property
    def utc(self) -> dt.datetime:
        """The aware UTC instant of the deadline."""
        return self.__pydantic_private__["_utc"]  # type: ignore[index,no-any-return]

    @property
    def time_stated(self) -> bool:
        return self.__pydantic_private__["_time_stated"]  # type: ignore[index,no-any-return]

    @property
    def zone_note(self) -> str | None:
        """An assumption made in reading the zone (e.g. PST stated in summer), if any."""
        return self.__pydantic_private__["_zone_note"]  # type: ignore[index,no-any-return]

    @property
    def estimated(self) -> bool:
        return self.status is Status.ESTIMATED

    def range_text(self) -> str:
        """``± 6 d`` for an estimate with a known spread, else an empty string."""
        return f"± {self.spread} d" if self.spread is not None else ""

    def stated(self) -> str:
        """The deadline as the venue states it, e.g. ``2027-03-07 23:59 AoE``."""
        zone = f"{self.zone}?" if self.zone_assumed else self.zone
        return f"{self.wall:%Y-%m-%d %H:%M} {zone}"


class Edition(_Strict):
    """One year of a series: its dates, place and deadlines."""

    year: int = Field(ge=bounds.MIN_YEAR, le=bounds.MAX_YEAR)
    id: str = Field(pattern=SLUG_PATTERN, description="Unique id; defaults to series id + year")
    parent: str | None = Field(
        None, description="For a workshop: the id of the host edition, e.g. cvpr2027"
    )
    url: str | None = None
    location: str | None = None
    start: dt.date | None = Field(None, description="First day of the event")
    end: dt.date | None = Field(None, description="Last day of the event")
    timezone: str | None = Field(None, description="Default zone for this edition's deadlines")
    archival: bool | None = Field(
        None, description="Workshops: papers appear in proceedings (true) or not (false)"
    )
    source: str | None = Field(None, description="URL for the event dates and place")
    note: str | None = None
    deadlines: tuple[Deadline, ...] = ()

    @model_validator(mode="before")
    @classmethod
    def _inherit_zone(cls, data: Any) -> Any:
        """Give each deadline the edition's zone when it states none."""
        if isinstance(data, dict) and isinstance(data.get("deadlines"), list):
            zone = data.get("timezone")
            if zone is not None:
                data = {
                    **data,
                    "deadlines": [
                        {"zone": zone, **d} if isinstance(d, dict) and "zone" not in d else d
                        for d in data["deadlines"]
                    ],
                }
        return data

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str | None) -> str | None:
        if value is not None:
            timezones.parse_zone(value)
        return value

    @field_validator("start", "end", mode="before")
    @classmethod
    def _date(cls, value: Any) -> Any:
        if isinstance(value, str):
            wall, stated = parse_at(value)
            if stated:
                raise ValueError(f"{value!r}: event days take a date, not a time")
            return wall.date()
        return value

    @model_validator(mode="after")
    def _check(self) -> Self:
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self

    @property
    def estimated(self) -> bool:
        return any(d.estimated for d in self.deadlines)


class Series(_Strict):
    """A venue that recurs: a conference, or a workshop whose identity carries across years."""

    id: str = Field(pattern=SLUG_PATTERN, description="Stable id, e.g. cvpr or cvpr-cvmi")
    name: str = Field(description="Short name, e.g. CVPR")
    full_name: str | None = None
    kind: VenueKind = VenueKind.CONFERENCE
    tags: tuple[str, ...] = Field(default=(), description="Topics: cv, ml, nlp, robotics, …")
    rank: Rank = Rank()
    url: str | None = None
    note: str | None = None
    review_cycles: str | None = Field(
        None,
        description="Id of the series whose cycle deadlines are this venue's paper deadlines "
        "(arr: ACL Rolling Review); the venue's own editions then add a commitment deadline",
    )
    editions: tuple[Edition, ...] = ()

    @model_validator(mode="before")
    @classmethod
    def _edition_ids(cls, data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get("editions"), list):
            sid = data.get("id", "")
            data = {
                **data,
                "editions": [
                    {"id": f"{sid}{e['year']}", **e}
                    if isinstance(e, dict) and "id" not in e and "year" in e
                    else e
                    for e in data["editions"]
                ],
            }
        return data


class CatalogFile(_Strict):
    """A catalog file (`conferences.yaml` and user catalogs)."""

    version: Literal[1] = 1
    series: tuple[Series, ...] = ()


@dataclass(frozen=True, slots=True)
class Venue:
    """One edition of a series, with what it inherits from its series."""

    series: Series
    edition: Edition

    def __reduce__(self) -> tuple[Any, ...]:
        return (Venue, (self.series, self.edition))

    @property
    def id(self) -> str:
        return self.edition.id

    @property
    def name(self) -> str:
        return f"{self.series.name} {self.edition.year}"

    @property
    def kind(self) -> VenueKind:
        return self.series.kind

    @property
    def url(self) -> str | None:
        return self.edition.url or self.series.url

    def submission_deadlines(self) -> list[Deadline]:
        """The deadlines a paper is aimed at: papers, or abstracts where there is no paper."""
        papers = [d for d in self.edition.deadlines if d.kind is DeadlineKind.PAPER]
        if papers:
            return papers
        return [d for d in self.edition.deadlines if d.kind is DeadlineKind.ABSTRACT]


# The basis of a workshop's estimate made from its host's workshops (deadlines.estimate).
GENERIC_PREFIX = "typical for "


def is_generic(venue: Venue) -> bool:
    """Tell whether a venue's estimate comes from its parent's workshops, not its own history."""
    return any(d.basis and d.basis.startswith(GENERIC_PREFIX) for d in venue.edition.deadlines)
