"""The catalog as of one day: every venue, estimates included, and the plan templates."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import hashlib
import os
import pickle
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from deadlines import __version__
from deadlines.errors import DeadlinesError

if TYPE_CHECKING:  # a snapshot loaded from the cache needs neither catalog nor estimate
    from deadlines.catalog import Catalog
    from deadlines.models import Venue
    from deadlines.papers import Papers
    from deadlines.templates import Template


@dataclass(frozen=True)
class Snapshot:
    """The catalog as of `today`: every venue (estimates included), the templates, and the
    lab's committed papers when it keeps a papers file."""

    today: dt.date
    tz: dt.tzinfo
    venues: Mapping[str, Venue]
    templates: Mapping[str, Template]
    papers: Papers | None = None

    @classmethod
    def build(
        cls,
        catalog: Catalog,
        today: dt.date,
        tz: dt.tzinfo,
        templates: Mapping[str, Template],
        papers: Papers | None = None,
    ) -> Snapshot:
        return cls(today, tz, estimated_venues(catalog, today), templates, papers)

    @cached_property
    def tags(self) -> frozenset[str]:
        """Every tag a venue of the snapshot carries."""
        return frozenset(t for v in self.venues.values() for t in v.series.tags)

    def venue(self, key: str) -> Venue:
        """Find a venue by id; a series id means its next edition as of `today` (estimates
        included)."""
        from deadlines.catalog import find_venue

        return find_venue(self.venues, key, self.today)


def estimated_venues(catalog: Catalog, today: dt.date) -> dict[str, Venue]:
    """Every venue of `catalog`, and the estimated editions as of `today`."""
    from deadlines.estimate import estimate

    venues = dict(catalog.venues)
    for venue in estimate(catalog, today):
        venues[venue.id] = venue
    return venues


@contextlib.contextmanager
def _no_collection(*, freeze: bool) -> Iterator[None]:
    """Pause the cyclic garbage collector while the venues are built or loaded, and with
    `freeze` exempt everything alive then from later collections (for a command that ends
    soon: the venues live as long as it does). Collections that walked tens of thousands
    of models, freeing nothing, were a third of `deadlines next` on a large catalog."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if enabled:
            gc.enable()


def _code_version() -> str:
    """Identify the code that estimates: a snapshot made by other code is stale."""
    here = Path(__file__).parent
    stats = sorted(
        (entry.name, entry.stat().st_size, entry.stat().st_mtime_ns)
        for entry in os.scandir(here)
        if entry.name.endswith(".py")
    )
    return f"{__version__}:{stats}"


def _snapshot_key(
    files: Sequence[Path], today: dt.date, templates: Mapping[str, Template]
) -> str | None:
    """Hash what the estimated venues are a function of, or None when a file is unreadable
    (building the snapshot then says what is wrong with it)."""
    digest = hashlib.sha256()
    digest.update(_code_version().encode())
    digest.update(today.isoformat().encode())
    digest.update(repr(sorted(templates.items())).encode())
    for path in files:
        digest.update(b"\0" + str(path).encode() + b"\0")
        try:
            digest.update(path.read_bytes())
        except FileNotFoundError:
            digest.update(b"\0missing")
        except OSError:
            return None
    return digest.hexdigest()


def cached(
    files: Sequence[Path],
    today: dt.date,
    tz: dt.tzinfo,
    templates: Mapping[str, Template],
    load: Callable[[], Catalog],
    *,
    cache: Path | None,
    papers: Papers | None = None,
    one_shot: bool = False,
) -> Snapshot:
    """`Snapshot.build` of the catalog that `load` reads from `files`, through a pickle of
    its venues kept in `cache` (a directory).

    The estimated venues are a function of the files' bytes, `today`, the templates and
    this code, so a second command on the same day loads them instead of estimating every
    series again. One entry per set of files, replaced when stale; the cache is the user's
    own, as trusted as the code, and a missing, unreadable or unwritable one only makes the
    command slower. `one_shot` says the process ends after one command (not a server).
    """
    key = _snapshot_key(files, today, templates) if cache is not None else None
    if cache is None or key is None:
        return Snapshot.build(load(), today, tz, templates, papers)
    names = "\0".join(str(p) for p in files).encode()
    entry = cache / f"snapshot-{hashlib.sha256(names).hexdigest()[:20]}.pickle"
    try:
        with entry.open("rb") as handle, _no_collection(freeze=one_shot):
            found, venues = pickle.load(handle)  # noqa: S301 - the user's own cache
        if found == key and isinstance(venues, dict):
            return Snapshot(today, tz, venues, templates, papers)
    except (OSError, EOFError, ValueError, TypeError, AttributeError, ImportError,
            IndexError, pickle.PickleError):
        pass  # no entry, or one written by other code: build again
    with _no_collection(freeze=one_shot):
        venues = estimated_venues(load(), today)
    from deadlines import fsutil

    with contextlib.suppress(DeadlinesError):
        fsutil.atomic_write(entry, pickle.dumps((key, venues), pickle.HIGHEST_PROTOCOL))
    return Snapshot(today, tz, venues, templates, papers)
