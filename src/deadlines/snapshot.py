"""The catalog as of one day: every venue, estimates included, and the plan templates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from deadlines.catalog import Catalog, find_venue
from deadlines.estimate import estimate
from deadlines.models import Venue
from deadlines.templates import Template

if TYPE_CHECKING:
    from deadlines.papers import Papers


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
        venues = dict(catalog.venues)
        for venue in estimate(catalog, today):
            venues[venue.id] = venue
        return cls(today, tz, venues, templates, papers)

    def venue(self, key: str) -> Venue:
        """Find a venue by id; a series id means its newest edition (estimates included)."""
        return find_venue(self.venues, key)
