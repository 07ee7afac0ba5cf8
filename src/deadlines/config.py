"""User settings: the only module that reads environment variables and config files.

The config file is TOML, in the platform's config directory (``deadlines config`` prints
where), or wherever ``DEADLINES_CONFIG`` points::

    timezone = "Europe/Berlin"          # times are shown in this zone
    catalogs = ["~/lab/venues.yaml"]     # read on top of the shipped catalog

    [next]
    months = 3
    window = 4                           # weeks either side
    tags = ["cv"]
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from deadlines.errors import DeadlinesError

APP = "deadlines"


def config_path() -> Path:
    """Return where the config file is read from."""
    if env := os.environ.get("DEADLINES_CONFIG"):
        return Path(env).expanduser()
    from platformdirs import user_config_path

    return user_config_path(APP) / "config.toml"


def data_dir() -> Path:
    """Return the directory for machine-owned data (scraped overlay, caches)."""
    if env := os.environ.get("DEADLINES_DATA_DIR"):
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP)


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


@dataclass(frozen=True)
class Settings:
    timezone: str | None = None
    catalogs: tuple[Path, ...] = ()
    months: int = 3
    window_weeks: int = 4
    tags: tuple[str, ...] = ()
    templates: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None


def _expect(value: Any, kind: type | tuple[type, ...], key: str, path: Path) -> Any:
    if not isinstance(value, kind):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise DeadlinesError(f"{path}: `{key}` must be a {names}")
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
    except OSError as exc:
        raise DeadlinesError(f"{path}: cannot read: {exc.strerror}") from None
    known = {"timezone", "catalogs", "next", "templates"}
    if unknown := sorted(set(raw) - known):
        raise DeadlinesError(
            f"{path}: unknown setting `{unknown[0]}`; known: {', '.join(sorted(known))}"
        )
    nxt = _expect(raw.get("next", {}), dict, "next", path)
    catalogs = _expect(raw.get("catalogs", []), list, "catalogs", path)
    base = path.parent
    return Settings(
        timezone=_expect(raw.get("timezone"), (str, type(None)), "timezone", path),
        catalogs=tuple(
            (base / Path(_expect(c, str, "catalogs", path)).expanduser()) for c in catalogs
        ),
        months=_expect(nxt.get("months", 3), int, "next.months", path),
        window_weeks=_expect(nxt.get("window", 4), int, "next.window", path),
        tags=tuple(_expect(nxt.get("tags", []), list, "next.tags", path)),
        templates=_expect(raw.get("templates", {}), dict, "templates", path),
        path=path,
    )
