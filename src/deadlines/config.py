"""User settings: the only module that reads environment variables and config files.

The config file is TOML, in the platform's config directory (``deadlines config`` prints
where), or wherever ``DEADLINES_CONFIG`` points::

    timezone = "Europe/Berlin"          # times are shown in this zone
    catalogs = ["~/lab/venues.yaml"]     # read on top of the shipped catalog

    [next]
    months = 3
    window = 4                           # weeks either side
    tags = ["cv"]

    [refresh]                            # `deadlines refresh`
    builtin = true                       # also read the ccfddl and ai-deadlines datasets
    delay = 1.0                          # seconds between two requests to one host
    timeout = 20                         # seconds; retries = 3; max_bytes = 5000000
    source_deadline = 180                # seconds for all of one source (robots.txt included)
    deadline = 300                       # seconds for the whole fetch

    [[refresh.sources]]                  # a page the lab watches
    name = "fedvision"
    type = "page"                        # ccfddl, ai-deadlines, wikicfp, cvf-workshops,
    url = "https://fedvision.github.io/fedvision2026/"  # cvf-dates or page
    venue = "fedvision2026"              # the edition the page is about
    parent = "cvpr2026"                  # for a workshop: its host edition
"""

from __future__ import annotations

import math
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from deadlines import bounds
from deadlines.errors import DeadlinesError

APP = "deadlines"


def config_path() -> Path:
    """Return where the config file is read from."""
    if env := os.environ.get("DEADLINES_CONFIG"):
        return Path(env).expanduser()
    from platformdirs import user_config_path

    return user_config_path(APP) / "config.toml"


def config_override() -> str | None:
    """DEADLINES_CONFIG as set, for commands that must pass it on (scheduled jobs)."""
    return os.environ.get("DEADLINES_CONFIG") or None


def data_dir() -> Path:
    """Return the directory for machine-owned data (scraped overlay, caches)."""
    if env := os.environ.get("DEADLINES_DATA_DIR"):
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP)


def papers_path(settings: Settings, flag: str | None = None) -> Path:
    """Return the papers file: `--papers`, else DEADLINES_PAPERS, else the config's
    `papers`, else ``papers.yaml`` in the current directory (a lab keeps it in its repo)."""
    if flag:
        return Path(flag).expanduser()
    if env := os.environ.get("DEADLINES_PAPERS"):
        return Path(env).expanduser()
    return settings.papers or Path("papers.yaml")


def cache_dir() -> Path:
    """Return the directory for caches that only make things faster (parsed catalogs)."""
    if env := os.environ.get("DEADLINES_CACHE_DIR"):
        return Path(env).expanduser()
    from platformdirs import user_cache_path

    return user_cache_path(APP)


def system_zone() -> str:
    """Return the IANA name of this machine's zone (TZ, then /etc/localtime), or UTC."""
    if (tz := os.environ.get("TZ", "").lstrip(":")) and "/" in tz and not tz.startswith("/"):
        return tz
    try:
        target = str(Path("/etc/localtime").resolve())
    except OSError:
        return "UTC"
    marker = "zoneinfo/"
    return target.split(marker, 1)[1] if marker in target else "UTC"


def terminal_width(tty: bool) -> int | None:
    """Columns to lay tables out in: COLUMNS, else the terminal's, else no limit (a pipe)."""
    if (env := os.environ.get("COLUMNS", "")).isdigit() and int(env) > 0:
        return int(env)
    if not tty:
        return None
    import shutil

    return shutil.get_terminal_size().columns


def colour_wanted(tty: bool) -> bool:
    """Colour on a terminal unless NO_COLOR is set (https://no-color.org) or TERM is dumb."""
    return tty and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


SOURCE_TYPES = ("ccfddl", "ai-deadlines", "wikicfp", "cvf-workshops", "cvf-dates", "page")

_HF = "https://raw.githubusercontent.com/huggingface/ai-deadlines/main/src/data/conferences/"
_HF_FILES = (
    "cvpr", "iccv", "eccv", "wacv", "3dv", "neurips", "icml", "iclr", "aaai", "ijcai",
    "aistats", "uai", "colt", "acl", "emnlp", "naacl", "coling", "colm", "kdd", "icra",
    "iros", "rss", "corl", "miccai",
)


@dataclass(frozen=True)
class SourceSpec:
    """One source a refresh reads: its type, its URLs and what it is about."""

    name: str
    type: str
    urls: tuple[str, ...]
    venue: str | None = None  # page, cvf-dates: the edition id the page describes
    series: str | None = None  # its series id (default: the venue id without the year)
    title: str | None = None  # a name for a venue the catalog does not know yet
    parent: str | None = None  # page, cvf-workshops: the host edition (cvpr2026)
    zone: str | None = None  # the zone of dates that state none (cvf-workshops)


BUILTIN_SOURCES = (
    SourceSpec("ccfddl", "ccfddl", ("https://ccfddl.github.io/conference/allconf.yml",)),
    SourceSpec("ai-deadlines", "ai-deadlines", tuple(f"{_HF}{n}.yml" for n in _HF_FILES)),
)


SOURCE_DEADLINE = 180.0  # seconds for all of one source, robots.txt, retries and waits included
REFRESH_DEADLINE = 300.0  # seconds for the whole fetch of a refresh


@dataclass(frozen=True)
class RefreshSettings:
    sources: tuple[SourceSpec, ...] = BUILTIN_SOURCES
    delay: float = 1.0
    timeout: float = 20.0
    retries: int = 3
    max_bytes: int = 5_000_000
    source_deadline: float = SOURCE_DEADLINE
    deadline: float = REFRESH_DEADLINE


@dataclass(frozen=True)
class Settings:
    timezone: str | None = None
    catalogs: tuple[Path, ...] = ()
    months: int = 3
    window_weeks: int = 4
    tags: tuple[str, ...] = ()
    templates: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None
    refresh: RefreshSettings = field(default_factory=RefreshSettings)
    papers: Path | None = None


_TOML_NAMES = {
    str: "a string", int: "a whole number", float: "a number", bool: "true or false",
    list: "a list", dict: "a table", type(None): "absent",
}


def _expect(value: Any, kind: type | tuple[type, ...], key: str, path: Path) -> Any:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
        names = " or ".join(_TOML_NAMES.get(k, k.__name__) for k in kinds if k is not type(None))
        shown = str(value).lower() if isinstance(value, bool) else repr(value)
        raise DeadlinesError(f"{path}: `{key}` must be {names}, not {shown}")
    return value


def _text(value: Any, key: str, path: Path) -> str:
    text = _expect(value, str, key, path)
    if (bad := bounds.control_character(text)) is not None:
        raise DeadlinesError(f"{path}: `{key}` contains the control character {bad}")
    return str(text)


def _within(value: Any, key: str, path: Path, low: float, high: float) -> Any:
    """A number from `low` to `high` (NaN and infinity are refused; so is a bool)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise DeadlinesError(f"{path}: `{key}` must be a number")
    if (isinstance(value, float) and not math.isfinite(value)) or not low <= value <= high:
        raise DeadlinesError(f"{path}: `{key}` is {value}; expected {low:g} to {high:g}")
    return value


def load_settings(path: Path | None = None) -> Settings:
    """Read the config file; a missing file means defaults."""
    path = path or config_path()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except tomllib.TOMLDecodeError as exc:
        raise DeadlinesError(f"{path}: malformed TOML: {exc}") from None
    except UnicodeDecodeError as exc:
        raise DeadlinesError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise DeadlinesError(f"{path}: cannot read: {exc.strerror}") from None
    known = {"timezone", "catalogs", "papers", "next", "templates", "refresh"}
    if unknown := sorted(set(raw) - known):
        raise DeadlinesError(
            f"{path}: unknown setting `{unknown[0]}`; known: {', '.join(sorted(known))}"
        )
    nxt = _expect(raw.get("next", {}), dict, "next", path)
    if unknown := sorted(set(nxt) - {"months", "window", "tags"}):
        raise DeadlinesError(
            f"{path}: unknown setting `next.{unknown[0]}`; known: months, tags, window"
        )
    catalogs = _expect(raw.get("catalogs", []), list, "catalogs", path)
    base = path.parent
    papers = _expect(raw.get("papers"), (str, type(None)), "papers", path)
    return Settings(
        timezone=None if raw.get("timezone") is None else _text(raw["timezone"], "timezone", path),
        catalogs=tuple(
            (base / Path(_expect(c, str, "catalogs", path)).expanduser()) for c in catalogs
        ),
        months=_within(
            _expect(nxt.get("months", 3), int, "next.months", path),
            "next.months", path, 1, bounds.MAX_MONTHS,
        ),
        window_weeks=_within(
            _expect(nxt.get("window", 4), int, "next.window", path),
            "next.window", path, 0, bounds.MAX_WINDOW_WEEKS,
        ),
        tags=tuple(
            _text(t, "next.tags", path) for t in _expect(nxt.get("tags", []), list, "next.tags",
                                                           path)
        ),
        templates=_expect(raw.get("templates", {}), dict, "templates", path),
        path=path,
        refresh=_refresh(_expect(raw.get("refresh", {}), dict, "refresh", path), path),
        papers=base / Path(papers).expanduser() if papers else None,
    )


def _refresh(raw: dict[str, Any], path: Path) -> RefreshSettings:
    known = {"builtin", "delay", "timeout", "retries", "max_bytes", "sources",
             "source_deadline", "deadline"}
    if unknown := sorted(set(raw) - known):
        raise DeadlinesError(
            f"{path}: unknown setting `refresh.{unknown[0]}`; known: {', '.join(sorted(known))}"
        )
    builtin = _expect(raw.get("builtin", True), bool, "refresh.builtin", path)
    sources = list(BUILTIN_SOURCES) if builtin else []
    listed = _expect(raw.get("sources", []), list, "refresh.sources", path)
    for index, item in enumerate(listed, start=1):
        where = f"refresh.sources[{index}]"
        item = _expect(item, dict, where, path)  # noqa: PLW2901
        fields = {"name", "type", "url", "urls", "venue", "series", "title", "parent", "zone"}
        if unknown := sorted(set(item) - fields):
            raise DeadlinesError(f"{path}: unknown key `{where}.{unknown[0]}`")
        kind = _expect(item.get("type"), str, f"{where}.type", path)
        if kind not in SOURCE_TYPES:
            raise DeadlinesError(
                f"{path}: `{where}.type` is {kind!r}; use one of: {', '.join(SOURCE_TYPES)}"
            )
        urls = _expect(item.get("urls", []), list, f"{where}.urls", path)
        if "url" in item:
            urls = [_expect(item["url"], str, f"{where}.url", path), *urls]
        if not urls or not all(isinstance(u, str) for u in urls):
            raise DeadlinesError(f"{path}: `{where}` needs a `url` (or a list of `urls`)")
        for url in urls:
            try:
                bounds.check_url(url)
            except ValueError as exc:
                raise DeadlinesError(f"{path}: `{where}.url`: {exc}") from None
        name = _expect(item.get("name", kind), str, f"{where}.name", path)
        if any(s.name == name for s in sources):
            raise DeadlinesError(f"{path}: `{where}.name` {name!r} is used twice")
        optional = {
            key: None if item.get(key) is None else _text(item[key], f"{where}.{key}", path)
            for key in ("venue", "series", "title", "parent", "zone")
        }
        if kind in {"page", "cvf-dates"} and not optional["venue"]:
            raise DeadlinesError(f"{path}: `{where}` ({kind}) needs `venue`, e.g. cvpr2026")
        if kind == "cvf-workshops" and not optional["parent"]:
            raise DeadlinesError(f"{path}: `{where}` (cvf-workshops) needs `parent`, e.g. cvpr2014")
        sources.append(SourceSpec(name, kind, tuple(urls), **optional))
    numbers = {
        key: _within(raw.get(key, default), f"refresh.{key}", path, low, high)
        for key, default, low, high in (
            ("delay", 1.0, 0, 3600),
            ("timeout", 20.0, 0.1, 3600),
            ("retries", 3, 0, 20),
            ("max_bytes", 5_000_000, 1, 1_000_000_000),
            ("source_deadline", SOURCE_DEADLINE, 0.1, 24 * 3600),
            ("deadline", REFRESH_DEADLINE, 0.1, 24 * 3600),
        )
    }
    return RefreshSettings(
        sources=tuple(sources),
        delay=float(numbers["delay"]),
        timeout=float(numbers["timeout"]),
        retries=int(numbers["retries"]),
        max_bytes=int(numbers["max_bytes"]),
        source_deadline=float(numbers["source_deadline"]),
        deadline=float(numbers["deadline"]),
    )
