"""The catalog's data: series -> editions -> deadlines, as frozen dataclasses.

The classes describe `conferences.yaml` itself: pydantic validates a file into them
(`Record.model_validate`) and `deadlines schema` prints their JSON Schema, which editors use
to validate the file. Only reading a file needs pydantic: the checks are annotations
(`Check`, field metadata) that pydantic reads when it first validates, so a command that
loads a cached snapshot never imports it. Times are kept as the venue states them (wall
time and zone label) and converted once, when a deadline is made, to an aware UTC instant.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal, Self, TypeVar

from deadlines import bounds, timezones

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler, TypeAdapter
    from pydantic_core import CoreSchema

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


_set = object.__setattr__
_NONE = object()


# ---- validation, when a file is read ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Check:
    """An annotation: when pydantic validates a file, it calls `check` on the field's value
    (after the type's own checks, or `before` them) and reports its ValueError at the field."""

    check: Callable[[Any], Any]
    before: bool = False

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        from pydantic_core import core_schema

        if self.before:
            return core_schema.no_info_before_validator_function(self.check, handler(source))
        return core_schema.no_info_after_validator_function(self.check, handler(source))


def _text(value: str) -> str:
    return bounds.check_text(value)


def _prose(value: str) -> str:
    return bounds.check_text(value, multiline=True)


def _link(value: str) -> str:
    return bounds.check_url(bounds.check_text(value))


def _citation(value: str) -> str:
    return bounds.check_url(bounds.check_text(value), schemes=("http", "https", "file"))


def _texts(values: tuple[str, ...]) -> tuple[str, ...]:
    for value in values:
        bounds.check_text(value)
    return values


def _real_date(value: str) -> str:
    parse_at(value)
    return value


def _known_zone(value: str) -> str:
    timezones.parse_zone(value)  # raises ZoneError, a ValueError
    return value


def _day(value: Any) -> Any:
    """Read an event day given as text (YAML dates are kept as text)."""
    if isinstance(value, str):
        wall, stated = parse_at(value)
        if stated:
            raise ValueError(f"{value!r}: event days take a date, not a time")
        return wall.date()
    return value


# Every text of a catalog is refused control and bidi characters, and links that are not
# http(s), where every catalog, overlay and scraped value enters: what loads can always be
# written into a feed, a page and a terminal.
Text = Annotated[str, Check(_text)]
Prose = Annotated[str, Check(_prose)]  # may span lines: notes, an estimate's basis
Link = Annotated[str, Check(_link)]  # shown as a link: http(s) only
Citation = Annotated[str, Check(_citation)]  # where a date was read: http(s), or a local file
Texts = Annotated[tuple[str, ...], Check(_texts)]
Zone = Annotated[str, Check(_text), Check(_known_zone)]
WallTime = Annotated[str, Check(_text), Check(_real_date)]
Day = Annotated[dt.date | None, Check(_day, before=True)]


def checked(default: Any = dataclasses.MISSING, **checks: Any) -> Any:
    """A field with what pydantic checks and the JSON Schema says (description, pattern, ge…)."""
    return field(default=default, metadata=checks)


R = TypeVar("R")
_ADAPTERS: dict[type[Any], TypeAdapter[Any]] = {}


def adapter(cls: type[R]) -> TypeAdapter[R]:
    """pydantic's validator of `cls`, made on first use."""
    found = _ADAPTERS.get(cls)
    if found is None:
        from pydantic import TypeAdapter

        found = _ADAPTERS[cls] = TypeAdapter(cls)
    return found


class Record:
    """A frozen dataclass that pydantic validates when it is read from a file.

    The `model_*` methods are pydantic's: what a file reader, a writer and `deadlines
    schema` use. A record made in code is checked only by its `__post_init__`.
    """

    __slots__ = ()
    # pydantic reads this when it validates the class (a dict: nothing to import)
    __pydantic_config__: ClassVar[dict[str, Any]] = {
        "extra": "forbid",
        "str_strip_whitespace": True,
    }

    @classmethod
    def model_validate(cls, data: Any) -> Self:
        """Validate parsed YAML or JSON; a pydantic ValidationError says what and where."""
        return adapter(cls).validate_python(data)

    @classmethod
    def model_json_schema(cls) -> dict[str, Any]:
        return adapter(cls).json_schema()

    def model_dump(self, **options: Any) -> dict[str, Any]:
        """The fields as a dict, with pydantic's options (`mode="json"`, `exclude_none`…)."""
        dumped: dict[str, Any] = adapter(type(self)).dump_python(self, **options)
        return dumped

    def to_json(
        self, *, exclude: Collection[str] = (), exclude_none: bool = False
    ) -> dict[str, Any]:
        """The fields as JSON's types: what `model_dump(mode="json")` gives, without pydantic
        (for a command that prints a loaded snapshot)."""
        return {
            f.name: _json(value)
            for f in dataclasses.fields(self)  # type: ignore[arg-type]
            if f.init
            and f.name not in exclude
            and not ((value := getattr(self, f.name)) is None and exclude_none)
        }

    def model_copy(self, *, update: Mapping[str, Any]) -> Self:
        """A copy with the fields in `update` changed."""
        return dataclasses.replace(self, **update)  # type: ignore[type-var]

    def __getstate__(self) -> dict[str, Any]:
        """Pickle the fields that are not their default (the class holds the defaults): a
        cached snapshot of a large catalog loads a fifth faster."""
        cls = type(self)
        return {k: v for k, v in self.__dict__.items() if getattr(cls, k, _NONE) is not v}

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        from pydantic_core import core_schema

        return core_schema.no_info_before_validator_function(cls._prepare, handler(source))

    @classmethod
    def _prepare(cls, data: Any) -> Any:
        """Complete the raw data of a file before it is validated (a default from a parent)."""
        return data


# ---- the catalog ------------------------------------------------------------------------------


def _json(value: Any) -> Any:
    if isinstance(value, Record):
        return value.to_json()
    if isinstance(value, tuple):
        return [_json(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@dataclass(frozen=True, kw_only=True)
class Rank(Record):
    """Rankings where known."""

    core: Literal["A*", "A", "B", "C"] | None = checked(default=None, description="CORE rank")
    ccf: Literal["A", "B", "C"] | None = checked(default=None, description="CCF rank")


@dataclass(frozen=True, kw_only=True)
class PastValue(Record):
    """An earlier value of a deadline that has since moved (usually an extension)."""

    at: WallTime = checked(pattern=AT_PATTERN, description="The earlier wall time, as stated")
    zone: Zone | None = checked(
        default=None, description="Its zone, if different from the deadline's"
    )
    source: Citation | None = checked(default=None, description="Where the earlier value was seen")
    note: Prose | None = None
    recorded: dt.date | None = checked(
        default=None, description="The day the value was seen replaced (written by a refresh)"
    )

    def __post_init__(self) -> None:
        parse_at(self.at)


@dataclass(frozen=True, kw_only=True)
class Deadline(Record):
    """One dated item of an edition, kept as the venue states it."""

    kind: DeadlineKind
    at: WallTime = checked(
        pattern=AT_PATTERN,
        description="Wall time as stated: 'YYYY-MM-DD HH:MM' (a bare date means 23:59)",
    )
    zone: Zone = checked(
        description="Zone as stated: AoE, UTC-8, PT, America/Los_Angeles… "
        "(defaults to the edition's timezone)"
    )
    zone_assumed: bool = checked(
        default=False, description="True when the source states no zone and `zone` is assumed"
    )
    track: Text | None = checked(
        default=None, description="Track or round, when an edition has several"
    )
    label: Text | None = checked(default=None, description="The venue's own name for this date")
    note: Prose | None = None
    source: Citation | None = checked(default=None, description="URL the date was read from")
    status: Status = Status.ANNOUNCED
    basis: Prose | None = checked(
        default=None, description="For estimated dates: what the estimate is from"
    )
    spread: int | None = checked(
        default=None,
        ge=0,
        description="For estimated dates: how far off (± days) the series' own estimates "
        "were when backtested on its history",
    )
    history: tuple[PastValue, ...] = checked(
        default=(), description="Earlier values, oldest first (a moved deadline keeps them)"
    )
    seen: dt.date | None = checked(
        default=None, description="The day a refresh first saw this date (written by a refresh)"
    )

    # Worked out from the fields when the deadline is made (not in a file, not compared).
    wall: dt.datetime = field(init=False, repr=False, compare=False)
    """The naive wall time, as the venue states it."""
    utc: dt.datetime = field(init=False, repr=False, compare=False)
    """The aware UTC instant of the deadline."""
    time_stated: bool = field(init=False, repr=False, compare=False)
    zone_note: str | None = field(init=False, repr=False, compare=False)
    """An assumption made in reading the zone (e.g. PST stated in summer), if any."""

    def __post_init__(self) -> None:
        wall, stated, utc, note = _instant(self.at, self.zone)
        _set(self, "wall", wall)
        _set(self, "utc", utc)
        _set(self, "time_stated", stated)
        _set(self, "zone_note", note)
        if self.status is Status.ESTIMATED and not self.basis:
            raise ValueError("an estimated deadline needs a `basis` saying what it is from")
        if self.spread is not None and self.status is not Status.ESTIMATED:
            raise ValueError("only an estimated deadline has a `spread`")
        if self.status is Status.ANNOUNCED and not self.source:
            raise ValueError("an announced deadline needs a `source` URL")

    @classmethod
    def trusted(cls, **fields: Any) -> Deadline:
        """Build a deadline from values taken from validated ones (an estimate's copy)."""
        return cls(**fields)

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


@functools.lru_cache(maxsize=1 << 16)
def _instant(at: str, zone: str) -> tuple[dt.datetime, bool, dt.datetime, str | None]:
    """A deadline's wall time, whether a time was stated, its UTC instant and zone note.

    Remembered: equal deadlines share these objects, so a snapshot pickles each once
    (on a large catalog, a third fewer objects to load)."""
    wall, stated = parse_at(at)
    reading = timezones.to_utc(wall, zone)
    return wall, stated, reading.utc, reading.note


@dataclass(frozen=True, kw_only=True)
class Edition(Record):
    """One year of a series: its dates, place and deadlines."""

    year: int = checked(ge=bounds.MIN_YEAR, le=bounds.MAX_YEAR)
    id: Text = checked(pattern=SLUG_PATTERN, description="Unique id; defaults to series id + year")
    parent: Text | None = checked(
        default=None, description="For a workshop: the id of the host edition, e.g. cvpr2027"
    )
    url: Link | None = None
    location: Text | None = None
    start: Day = checked(default=None, description="First day of the event")
    end: Day = checked(default=None, description="Last day of the event")
    timezone: Zone | None = checked(
        default=None, description="Default zone for this edition's deadlines"
    )
    archival: bool | None = checked(
        default=None, description="Workshops: papers appear in proceedings (true) or not (false)"
    )
    papers: bool | None = checked(
        default=None,
        description=(
            "Workshops: false when the edition takes no papers (invited talks or posters only, "
            "no call for papers): nothing to plan for, and nothing is estimated from it"
        ),
    )
    source: Citation | None = checked(default=None, description="URL for the event dates and place")
    note: Prose | None = None
    deadlines: tuple[Deadline, ...] = ()

    @classmethod
    def _prepare(cls, data: Any) -> Any:
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

    def __post_init__(self) -> None:
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        if self.papers is False and any(d.kind in SUBMISSION_KINDS for d in self.deadlines):
            raise ValueError("takes no papers (papers: false) but lists a submission deadline")

    @property
    def estimated(self) -> bool:
        return any(d.estimated for d in self.deadlines)


@dataclass(frozen=True, kw_only=True)
class Series(Record):
    """A venue that recurs: a conference, or a workshop whose identity carries across years."""

    id: Text = checked(pattern=SLUG_PATTERN, description="Stable id, e.g. cvpr or cvpr-cvmi")
    name: Text = checked(description="Short name, e.g. CVPR")
    full_name: Text | None = None
    kind: VenueKind = VenueKind.CONFERENCE
    tags: Texts = checked(default=(), description="Topics: cv, ml, nlp, robotics, …")
    rank: Rank = Rank()
    url: Link | None = None
    note: Prose | None = None
    review_cycles: Text | None = checked(
        default=None,
        description="Id of the series whose cycle deadlines are this venue's paper deadlines "
        "(arr: ACL Rolling Review); the venue's own editions then add a commitment deadline",
    )
    every: int | None = checked(
        default=None,
        ge=1,
        le=4,
        description="Years between editions, for a series held on a fixed rhythm (2: ICCV in "
        "odd years); without it the period is read from the editions listed",
    )
    editions: tuple[Edition, ...] = ()

    @classmethod
    def _prepare(cls, data: Any) -> Any:
        """Give each edition its default id: the series id and the year."""
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


@dataclass(frozen=True, kw_only=True)
class CatalogFile(Record):
    """A catalog file (`conferences.yaml` and user catalogs)."""

    version: Literal[1] = 1
    series: tuple[Series, ...] = ()


@dataclass(frozen=True)
class Venue:
    """One edition of a series, with what it inherits from its series."""

    series: Series
    edition: Edition

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
