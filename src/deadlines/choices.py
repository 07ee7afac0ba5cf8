"""The valid values of the command line's options, and "did you mean" when one is not.

Pure: the caller passes what is known (the catalog's tags, the zone names) and gets back the
normalised value or a `UsageError` that names the closest choices.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence

from deadlines.errors import UsageError
from deadlines.models import Venue

# Words people type for a topic, to the catalog's tag.
TAG_SYNONYMS = {
    "vision": "cv",
    "computer-vision": "cv",
    "computervision": "cv",
    "machine-learning": "ml",
    "learning": "ml",
    "language": "nlp",
    "natural-language": "nlp",
    "artificial-intelligence": "ai",
    "robot": "robotics",
    "robots": "robotics",
    "retrieval": "ir",
    "information-retrieval": "ir",
    "audio": "speech",
    "medicine": "medical",
    "health": "medical",
    "datamining": "data-mining",
}
RANK = re.compile(r"^(?:(?:core:)?(A\*|A|B|C)|ccf:(A|B|C))$", re.IGNORECASE)


def tag_counts(venues: Iterable[Venue]) -> Counter[str]:
    """How many series carry each tag."""
    seen: dict[str, tuple[str, ...]] = {v.series.id: v.series.tags for v in venues}
    return Counter(t for tags in seen.values() for t in tags)


def check_tags(wanted: Sequence[str], known: Collection[str]) -> tuple[str, ...]:
    """The tags asked for, lowercased and read through common synonyms (``vision`` is
    ``cv``); an unknown tag is a `UsageError` naming the closest ones and every choice."""
    out = []
    for raw in wanted:
        tag = raw.strip().lower().replace(" ", "-")
        tag = tag if tag in known else TAG_SYNONYMS.get(tag, tag)
        if tag not in known:
            words = {t: t for t in known} | {w: t for w, t in TAG_SYNONYMS.items() if t in known}
            close = difflib.get_close_matches(tag, list(words), n=5, cutoff=0.6)
            found = list(dict.fromkeys(words[w] for w in close))[:3]
            hint = f"did you mean {' or '.join(found)}? " if found else ""
            raise UsageError(
                f"unknown tag {raw!r}; {hint}"
                f"known tags: {', '.join(sorted(known))} (`deadlines tags` counts them)"
            )
        out.append(tag)
    return tuple(dict.fromkeys(out))


def check_rank(text: str) -> str:
    """``A*``, ``A``, ``B``, ``C`` (CORE) or ``ccf:A``…; anything else is a `UsageError`."""
    m = RANK.match(text.strip())
    if not m:
        raise UsageError(
            f"--rank {text!r}: expected a CORE rank (A*, A, B, C) or a CCF one (ccf:A, ccf:B, "
            "ccf:C)"
        )
    return m.group(1).upper() if m.group(1) else f"ccf:{m.group(2).upper()}"


def zone_hint(name: str, zones: Collection[str]) -> str:
    """Close IANA names for a zone the user typed: ``Berlin`` → ``Europe/Berlin``."""
    key = name.strip().lower().replace(" ", "_")
    by_city = {z.rsplit("/", 1)[-1].lower(): z for z in zones if "/" in z}
    if key in by_city:
        return f"did you mean {by_city[key]}?"
    lowered = {z.lower(): z for z in zones}
    close = difflib.get_close_matches(key, list(lowered), n=3, cutoff=0.7)
    close += [by_city[c] for c in difflib.get_close_matches(key, list(by_city), n=3, cutoff=0.8)]
    found = [z for z in dict.fromkeys(lowered.get(c, c) for c in close) if z.lower() != key][:3]
    return f"did you mean {' or '.join(found)}?" if found else ""
