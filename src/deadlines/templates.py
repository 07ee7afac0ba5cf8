"""Plan templates: the lab's method as phases whose lengths are ranges of days.

A template is a sequence of phases; `plan.back_plan` fits it between a start day and a
deadline. The shipped templates encode the method (DESIGN.md): kickoff, about two months of
experiments (the whole pipeline, then the model's details) and about one of writing (first
draft, team review, English polish). The config file changes a phase or adds a template.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from deadlines.errors import DeadlinesError
from deadlines.models import DeadlineKind, Record, checked

if TYPE_CHECKING:
    from pathlib import Path

    from pydantic import ValidationError

KEY_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"
Role = Literal["first-author", "author", "reviewer", "advisor"]
ROLES: tuple[Role, ...] = ("first-author", "author", "reviewer", "advisor")


@dataclass(frozen=True, kw_only=True)
class Phase(Record):
    """One stretch of work, with its length as a range of days."""

    __pydantic_config__: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    key: str = checked(pattern=KEY_PATTERN, description="Short id, e.g. exp1")
    name: str = checked(min_length=1, description="Title, e.g. 'First draft'")
    what: str = checked(default="", description="What to do in this phase")
    min_days: int = checked(ge=1, strict=True, description="Shortest it can sensibly be")
    ideal_days: int = checked(ge=1, strict=True, description="Its length when there is room")
    max_days: int = checked(ge=1, strict=True, description="Longest it is worth making it")
    checklist: tuple[str, ...] = checked(
        default=(), description="Questions to answer in this phase"
    )
    takes_spare: bool = checked(default=False, description="Grows (up to max_days) with spare time")
    before_hard_stop: bool = checked(
        default=False, description="Must be done before an abstract or registration deadline"
    )
    roles: tuple[Role, ...] = checked(
        default=ROLES, description="Who does this phase: its events go to these people's calendars"
    )
    heavy: bool = checked(
        default=False, description="Takes a person's days (experiments, the first draft)"
    )

    def __post_init__(self) -> None:
        if not self.min_days <= self.ideal_days <= self.max_days:
            raise ValueError(
                f"need min_days <= ideal_days <= max_days, got "
                f"{self.min_days}, {self.ideal_days}, {self.max_days}"
            )


@dataclass(frozen=True, kw_only=True)
class Template(Record):
    """A named sequence of phases: how a kind of paper gets written."""

    __pydantic_config__: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    name: str = checked(pattern=KEY_PATTERN)
    description: str = ""
    phases: tuple[Phase, ...] = checked(min_length=1)

    def __post_init__(self) -> None:
        if not self.phases:
            raise ValueError("`phases` needs at least 1 item")
        keys = [p.key for p in self.phases]
        if dup := next((k for k, n in Counter(keys).items() if n > 1), None):
            raise ValueError(f"phase key {dup!r} is used twice")
        reserved = {k.value for k in DeadlineKind}
        if bad := next((k for k in keys if k in reserved), None):
            raise ValueError(f"phase key {bad!r} is the name of a deadline kind; rename it")
        flags = [p.before_hard_stop for p in self.phases]
        if flags != sorted(flags, reverse=True):
            raise ValueError("phases with before_hard_stop must come first")


def _phase(key: str, name: str, what: str, days: tuple[int, int, int], **flags: Any) -> Phase:
    low, ideal, high = days
    return Phase(
        key=key, name=name, what=what, min_days=low, ideal_days=ideal, max_days=high, **flags
    )


TOPIC_CHECKLIST = (
    "Not a hyper-competitive topic",
    "Fits our GPUs and data",
    "The team is excited about it",
    "Familiar enough to start fast",
)


def _method(name: str, description: str, days: Mapping[str, tuple[int, int, int]]) -> Template:
    """Build the lab's method (DESIGN.md) with the given ranges per phase."""
    return Template(
        name=name,
        description=description,
        phases=(
            _phase(
                "kickoff",
                "Kickoff and topic check",
                "Pick the topic and check it against the list; name the first author.",
                days["kickoff"],
                checklist=TOPIC_CHECKLIST,
                before_hard_stop=True,
            ),
            _phase(
                "exp1",
                "Experiments 1 — whole pipeline",
                "Get the whole pipeline running end to end (data, model, training); "
                "focus on implementation.",
                days["exp1"],
                takes_spare=True,
                before_hard_stop=True,
                roles=("first-author", "author"),
                heavy=True,
            ),
            _phase(
                "exp2",
                "Experiments 2 — the model's details",
                "Work on the model's details, where most of the score is won or lost; "
                "run the final experiments.",
                days["exp2"],
                takes_spare=True,
                roles=("first-author", "author"),
                heavy=True,
            ),
            _phase(
                "draft",
                "First draft",
                "The first author writes a full first draft following a standard paper structure.",
                days["draft"],
                roles=("first-author",),
                heavy=True,
            ),
            _phase(
                "review",
                "Team review and restructuring",
                "Teammates review, comment and restructure the draft.",
                days["review"],
            ),
            _phase(
                "polish",
                "English polish",
                "Polish the English; check the format, page limit and anonymity.",
                days["polish"],
                roles=("first-author",),
            ),
        ),
    )


DEFAULT_TEMPLATES: dict[str, Template] = {
    "conference": _method(
        "conference",
        "8-page main-conference paper: about 8 weeks of experiments, 4 of writing",
        {
            "kickoff": (1, 3, 5),
            "exp1": (7, 28, 42),
            "exp2": (7, 28, 42),
            "draft": (7, 10, 14),  # 1-2 weeks
            "review": (14, 17, 21),  # 2-3 weeks
            "polish": (2, 3, 3),  # 2-3 days
        },
    ),
    "workshop": _method(
        "workshop",
        "4-page workshop paper: about 4 weeks of experiments, 2 of writing",
        {
            "kickoff": (1, 2, 3),
            "exp1": (5, 14, 21),
            "exp2": (5, 14, 21),
            "draft": (3, 5, 7),
            "review": (4, 7, 10),
            "polish": (1, 2, 3),
        },
    ),
}


# ---- config ------------------------------------------------------------------------------------

_TEMPLATE_FIELDS = ("base", "description", "phases")


def templates_from_config(
    raw: Mapping[str, Any], origin: Path | None = None
) -> dict[str, Template]:
    """Return the default templates with the config's ``[templates]`` table applied.

    `raw` is that table (``Settings.templates``): NAME -> a table with ``description``,
    ``base`` and ``phases``. ``phases`` as a list of tables defines every phase, in order;
    as a table keyed by phase key it changes only the fields it names in the phases of
    ``base`` (default: the template of the same name). A problem's message starts with
    `origin`, the config file, when given::

        [templates.conference.phases.review]   # the shipped template, one phase changed
        min_days = 7
        ideal_days = 10
        max_days = 14

        [[templates.sprint.phases]]            # a new template
        key = "build"
        name = "Build it"
        min_days = 3
        ideal_days = 7
        max_days = 10
    """
    templates = dict(DEFAULT_TEMPLATES)
    where = f"{origin}: " if origin else ""
    for name, table in raw.items():
        if not isinstance(table, Mapping):
            raise DeadlinesError(
                f"{where}template {name!r}: write it as a [templates.{name}] table"
            )
        try:
            templates[name] = _template(str(name), table, templates)
        except DeadlinesError as exc:
            raise DeadlinesError(f"{where}{exc}") from None
    return templates


def _template(name: str, table: Mapping[str, Any], known: Mapping[str, Template]) -> Template:
    if unknown := sorted(set(table) - set(_TEMPLATE_FIELDS)):
        raise DeadlinesError(
            f"template {name!r}: unknown field `{unknown[0]}`; known: {', '.join(_TEMPLATE_FIELDS)}"
        )
    base_name = table.get("base", name)
    base = known.get(base_name) if isinstance(base_name, str) else None
    if "base" in table and base is None:
        raise DeadlinesError(
            f"template {name!r}: `base` {base_name!r} is not a template; "
            f"known: {', '.join(sorted(known))}"
        )
    phases = table.get("phases")
    if isinstance(phases, Mapping):
        if base is None:
            raise DeadlinesError(
                f"template {name!r}: `phases` as a table changes an existing template; "
                "set `base` or list every phase as [[templates.NAME.phases]]"
            )
        by_key = {p.key: p for p in base.phases}
        if unknown := sorted(set(phases) - set(by_key)):
            raise DeadlinesError(
                f"template {name!r}: no phase {unknown[0]!r} in {base.name!r}; "
                f"its phases: {', '.join(by_key)}"
            )
        phases = [{**p.model_dump(), **phases.get(p.key, {})} for p in base.phases]
    elif phases is None:
        if base is None:
            raise DeadlinesError(
                f"template {name!r}: no phases; list them as [[templates.{name}.phases]]"
            )
        phases = [p.model_dump() for p in base.phases]
    description = table.get("description", base.description if base else "")
    from pydantic import ValidationError

    try:
        return Template.model_validate({"name": name, "description": description, "phases": phases})
    except ValidationError as exc:
        raise DeadlinesError(_describe(name, exc, phases)) from None


def _describe(name: str, exc: ValidationError, phases: Any) -> str:
    """Say the first problem in one line: template, phase and field."""
    error = exc.errors(include_url=False)[0]
    loc = list(error["loc"])
    message = str(error["msg"]).removeprefix("Value error, ")
    where = f"template {name!r}"
    if loc[:1] == ["phases"] and len(loc) > 1 and isinstance(loc[1], int):
        index = loc[1]
        item = phases[index] if isinstance(phases, list) and index < len(phases) else None
        key = item.get("key") if isinstance(item, Mapping) else None
        where += f", phase {key!r}" if isinstance(key, str) else f", phase {index + 1}"
        loc = loc[2:]
    if loc:
        field = ".".join(str(p) for p in loc)
        if error["type"] == "unexpected_keyword_argument":
            message = f"unknown field; known: {', '.join(f.name for f in fields(Phase))}"
        where += f", `{field}`"
    return f"{where}: {message}"
