"""Backward planning: exact dates worked out by hand, and properties for any input."""

from __future__ import annotations

import datetime as dt
import itertools
import tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deadlines import catalog
from deadlines.catalog import Catalog
from deadlines.errors import DeadlinesError
from deadlines.models import Deadline, DeadlineKind, Edition, Series, Venue
from deadlines.plan import (
    Plan,
    back_plan,
    deadline_keys,
    due_day,
    hard_stops,
    ideal_start,
    later_dates,
    start_by,
)
from deadlines.templates import DEFAULT_TEMPLATES, Phase, Template, templates_from_config

D = dt.date
CONFERENCE = DEFAULT_TEMPLATES["conference"]
WORKSHOP = DEFAULT_TEMPLATES["workshop"]

CATALOG = """\
version: 1
series:
  - id: cvpr
    name: CVPR
    tags: [cv]
    editions:
      - year: 2027
        timezone: AoE
        deadlines:
          - {kind: paper, at: 2027-02-23 23:59, source: https://example.org/cvpr}
          - {kind: supplementary, at: 2027-03-02 23:59, source: https://example.org/cvpr}
          - {kind: rebuttal_start, at: 2027-04-01, source: https://example.org/cvpr}
          - {kind: rebuttal_end, at: 2027-04-07, source: https://example.org/cvpr}
          - {kind: notification, at: 2027-04-25, source: https://example.org/cvpr}
          - {kind: camera_ready, at: 2027-05-10, source: https://example.org/cvpr}
  - id: eccv
    name: ECCV
    tags: [cv]
    editions:
      - year: 2027
        timezone: AoE
        deadlines:
          - {kind: registration, at: 2027-02-16 23:59, source: https://example.org/eccv}
          - {kind: paper, at: 2027-02-23 23:59, source: https://example.org/eccv}
  - id: early
    name: EARLY
    tags: [ml]
    editions:
      - year: 2027
        timezone: AoE
        deadlines:
          - {kind: abstract, at: 2026-12-20 23:59, source: https://example.org/early}
          - {kind: paper, at: 2027-02-23 23:59, source: https://example.org/early}
  - id: midnight
    name: MIDNIGHT
    editions:
      - year: 2027
        timezone: UTC
        deadlines:
          - {kind: paper, at: "2027-02-23 24:00", source: https://example.org/midnight}
  - id: cvmi
    name: CVMI
    kind: workshop
    tags: [cv]
    editions:
      - year: 2027
        parent: cvpr2027
        timezone: AoE
        deadlines:
          - {kind: paper, at: 2027-03-08, source: https://example.org/cvmi}
  - id: iccv
    name: ICCV
    tags: [cv]
    editions:
      - year: 2027
        timezone: AoE
        deadlines:
          - {kind: paper, at: 2027-05-20 23:59, source: https://example.org/iccv}
  - id: bmvc
    name: BMVC
    tags: [cv]
    editions:
      - year: 2027
        timezone: AoE
        deadlines:
          - {kind: paper, at: 2027-04-30 23:59, source: https://example.org/bmvc}
  - id: icml
    name: ICML
    tags: [ml]
    editions:
      - year: 2027
        timezone: AoE
        deadlines:
          - {kind: paper, at: 2027-05-05 23:59, source: https://example.org/icml}
"""


@pytest.fixture(scope="module")
def cat() -> Catalog:
    return catalog.merge([catalog.load_file("plan-test.yaml", CATALOG)])


def paper(venue: Venue) -> Deadline:
    return next(d for d in venue.edition.deadlines if d.kind is DeadlineKind.PAPER)


def plan_for(cat: Catalog, venue_id: str, start: dt.date, template: Template = CONFERENCE) -> Plan:
    venue = cat.venue(venue_id)
    deadline = paper(venue)
    return back_plan(venue, deadline, start, template, later=later_dates(venue, deadline))


def spans(plan: Plan) -> list[tuple[str, dt.date, dt.date, int]]:
    return [(m.key, m.start, m.end, m.days) for m in plan.milestones]


def test_three_months_out_gives_eight_weeks_of_experiments_and_four_of_writing(cat):
    plan = plan_for(cat, "cvpr2027", D(2026, 11, 23))
    assert plan.status == "ok"
    assert (plan.missing_days, plan.shrunk) == (0, ())
    assert (plan.due, plan.work_start) == (D(2027, 2, 23), D(2026, 11, 23))
    # 92 days before the due day: ideal 89, and the 3 spare go to the experiments.
    assert spans(plan) == [
        ("kickoff", D(2026, 11, 23), D(2026, 11, 25), 3),
        ("exp1", D(2026, 11, 26), D(2026, 12, 24), 29),
        ("exp2", D(2026, 12, 25), D(2027, 1, 23), 30),
        ("draft", D(2027, 1, 24), D(2027, 2, 2), 10),
        ("review", D(2027, 2, 3), D(2027, 2, 19), 17),
        ("polish", D(2027, 2, 20), D(2027, 2, 22), 3),
        ("paper", D(2027, 2, 23), D(2027, 2, 23), 1),
        ("supplementary", D(2027, 3, 2), D(2027, 3, 2), 1),
        ("rebuttal_start", D(2027, 4, 1), D(2027, 4, 1), 1),
        ("rebuttal_end", D(2027, 4, 7), D(2027, 4, 7), 1),
        ("notification", D(2027, 4, 25), D(2027, 4, 25), 1),
        ("camera_ready", D(2027, 5, 10), D(2027, 5, 10), 1),
    ]
    kinds = [m.kind for m in plan.milestones]
    assert kinds == ["phase"] * 6 + ["deadline"] + ["after"] * 5
    assert "2027-02-23 23:59 AoE (2027-02-24 11:59 UTC)" in plan.milestones[6].what
    assert plan.milestones[0].checklist[0] == "Not a hyper-competitive topic"


def test_six_weeks_out_is_tight_and_says_what_shrank(cat):
    plan = plan_for(cat, "cvpr2027", D(2027, 1, 12))
    assert plan.status == "tight"
    assert plan.missing_days == 0
    # 42 days for an ideal of 89: each phase gives up days in proportion to its slack.
    assert plan.shrunk == (
        "kickoff: 3 → 1 day",
        "exp1: 28 → 9 days",
        "exp2: 28 → 9 days",
        "draft: 10 → 7 days",
        "review: 17 → 14 days",
        "polish: 3 → 2 days",
    )
    assert [(m.key, m.start, m.end) for m in plan.phases] == [
        ("kickoff", D(2027, 1, 12), D(2027, 1, 12)),
        ("exp1", D(2027, 1, 13), D(2027, 1, 21)),
        ("exp2", D(2027, 1, 22), D(2027, 1, 30)),
        ("draft", D(2027, 1, 31), D(2027, 2, 6)),
        ("review", D(2027, 2, 7), D(2027, 2, 20)),
        ("polish", D(2027, 2, 21), D(2027, 2, 22)),
    ]


def test_two_weeks_out_is_infeasible_with_the_missing_days(cat):
    plan = plan_for(cat, "cvpr2027", D(2027, 2, 9))
    assert plan.status == "infeasible"
    assert plan.missing_days == 38 - 14  # the minimums need 38 days; there are 14
    assert [m.days for m in plan.phases] == [1, 7, 7, 7, 14, 2]
    assert plan.work_start == D(2027, 1, 16) == plan.start - dt.timedelta(days=24)
    assert plan.phases[-1].end == D(2027, 2, 22)


def test_time_past_every_maximum_is_slack_and_work_starts_on_the_start_day(cat):
    plan = plan_for(cat, "cvpr2027", D(2026, 6, 1))
    assert plan.status == "ok"
    assert [m.days for m in plan.phases] == [5, 42, 42, 14, 21, 3]
    assert plan.work_start == D(2026, 6, 1)
    assert plan.slack_days == 140  # 267 days to the due day, 127 at every maximum
    assert [(m.key, m.start, m.end, m.days) for m in plan.milestones][:7] == [
        ("kickoff", D(2026, 6, 1), D(2026, 6, 5), 5),
        ("exp1", D(2026, 6, 6), D(2026, 7, 17), 42),
        ("exp2", D(2026, 7, 18), D(2026, 8, 28), 42),
        ("slack", D(2026, 8, 29), D(2027, 1, 15), 140),
        ("draft", D(2027, 1, 16), D(2027, 1, 29), 14),
        ("review", D(2027, 1, 30), D(2027, 2, 19), 21),
        ("polish", D(2027, 2, 20), D(2027, 2, 22), 3),
    ]
    assert plan.milestones[3].kind == "slack"
    assert plan.milestones[3].what.startswith("140 spare days beyond every phase's")


def test_slack_with_a_hard_stop_keeps_the_leading_phases_before_it(cat):
    plan = plan_for(cat, "eccv2027", D(2026, 9, 1))  # registration 2027-02-16
    assert plan.work_start == D(2026, 9, 1)
    spans = {m.key: (m.start, m.end) for m in plan.milestones}
    assert spans["kickoff"] == (D(2026, 9, 1), D(2026, 9, 5))
    assert spans["exp2"][1] < spans["slack"][0] <= spans["slack"][1] < spans["draft"][0]
    assert spans["polish"][1] == D(2027, 2, 22)


def test_a_deadline_before_the_start_day_has_passed(cat):
    plan = plan_for(cat, "cvpr2027", D(2027, 3, 1))
    assert (plan.status, plan.missing_days, plan.milestones) == ("passed", 0, ())
    assert plan.due == D(2027, 2, 23)
    assert ideal_start(cat.venue("cvpr2027"), paper(cat.venue("cvpr2027")), CONFERENCE) == D(
        2026, 11, 26
    )


def test_start_by_is_the_last_day_for_ideal_phases_then_for_the_shortest(cat):
    venue = cat.venue("cvpr2027")
    deadline = paper(venue)  # due 2027-02-23
    ideal = sum(p.ideal_days for p in CONFERENCE.phases)
    shortest = sum(p.min_days for p in CONFERENCE.phases)
    assert start_by(venue, deadline, CONFERENCE, D(2026, 11, 1)) == D(2026, 11, 26)
    assert start_by(venue, deadline, CONFERENCE, D(2026, 11, 26)) == D(2026, 11, 26)
    late = D(2027, 2, 23) - dt.timedelta(days=shortest)
    assert (ideal, start_by(venue, deadline, CONFERENCE, D(2026, 11, 27))) == (89, late)


def test_a_deadline_at_midnight_closes_the_day_before(cat):
    deadline = paper(cat.venue("midnight2027"))
    assert deadline.wall == dt.datetime(2027, 2, 24, 0, 0)
    assert due_day(deadline) == D(2027, 2, 23)
    assert plan_for(cat, "midnight2027", D(2026, 11, 23)).phases[-1].end == D(2027, 2, 22)


@pytest.mark.parametrize(
    ("kind", "day"),
    [
        (DeadlineKind.REBUTTAL_START, D(2027, 5, 10)),
        (DeadlineKind.REVIEW_RELEASE, D(2027, 5, 10)),
        (DeadlineKind.NOTIFICATION, D(2027, 5, 10)),
        (DeadlineKind.REBUTTAL_END, D(2027, 5, 9)),
        (DeadlineKind.CAMERA_READY, D(2027, 5, 9)),
    ],
)
def test_what_opens_at_midnight_is_on_its_own_day(kind, day):
    """ICCV's "rebuttal period start 2027-05-10 00:00 AoE" starts on the 10th; a
    rebuttal due at that minute closes the 9th."""
    at = Deadline(kind=kind, at="2027-05-10 00:00", zone="AoE", source="https://example.org")
    assert due_day(at) == day


def test_registration_a_week_before_is_a_hard_stop_inside_the_writing(cat):
    plan = plan_for(cat, "eccv2027", D(2026, 11, 23))
    assert plan.status == "ok"
    assert [m.days for m in plan.phases] == [3, 29, 30, 10, 17, 3]
    (stop,) = (m for m in plan.milestones if m.kind == "hard_stop")
    assert (stop.key, stop.start, stop.name) == (
        "registration",
        D(2027, 2, 16),
        "Registration deadline (hard stop)",
    )
    # What the plan has finished by the stop (the review runs on to 19 February).
    assert stop.what.endswith(
        " Done by now: Kickoff and topic check, Experiments 1 — whole pipeline, Experiments 2 — "
        "the model's details, First draft."
    )
    ordered = [m.key for m in plan.milestones]
    assert ordered.index("review") < ordered.index("registration") < ordered.index("polish")


def test_an_early_abstract_shrinks_the_phases_before_it(cat):
    plan = plan_for(cat, "early2027", D(2026, 11, 23))
    # Kickoff and the pipeline must be done by 2026-12-19: 27 days for an ideal of 31.
    assert plan.status == "tight"
    assert plan.shrunk == ("exp1: 28 → 24 days",)
    assert spans(plan)[:4] == [
        ("kickoff", D(2026, 11, 23), D(2026, 11, 25), 3),
        ("exp1", D(2026, 11, 26), D(2026, 12, 19), 24),
        ("abstract", D(2026, 12, 20), D(2026, 12, 20), 1),
        # the other 65 days: the writing at its ideal and 7 spare days to the details
        ("exp2", D(2026, 12, 20), D(2027, 1, 23), 35),
    ]
    assert plan.phases[-1].end == D(2027, 2, 22)


def test_an_abstract_deadline_already_past_is_infeasible(cat):
    plan = plan_for(cat, "early2027", D(2026, 12, 25))
    assert plan.status == "infeasible"
    # Kickoff and pipeline need 1 + 7 days before 2026-12-20: start 13 days earlier.
    assert plan.missing_days == 13
    assert plan.work_start == D(2026, 12, 12)
    assert plan.phases[1].end == D(2026, 12, 19)


def test_workshop_template(cat):
    plan = plan_for(cat, "cvmi2027", D(2027, 1, 20), WORKSHOP)
    assert (plan.template, plan.status, plan.due) == ("workshop", "ok", D(2027, 3, 8))
    # 47 days for an ideal of 44: 3 spare days to the experiments.
    assert spans(plan)[:7] == [
        ("kickoff", D(2027, 1, 20), D(2027, 1, 21), 2),
        ("exp1", D(2027, 1, 22), D(2027, 2, 5), 15),
        ("exp2", D(2027, 2, 6), D(2027, 2, 21), 16),
        ("draft", D(2027, 2, 22), D(2027, 2, 26), 5),
        ("review", D(2027, 2, 27), D(2027, 3, 5), 7),
        ("polish", D(2027, 3, 6), D(2027, 3, 7), 2),
        ("paper", D(2027, 3, 8), D(2027, 3, 8), 1),
    ]


CONFIG = """\
[templates.conference.phases.review]
min_days = 7
ideal_days = 10
max_days = 14

[templates.sprint]
description = "two-week hack"

[[templates.sprint.phases]]
key = "build"
name = "Build it"
min_days = 3
ideal_days = 7
max_days = 10
takes_spare = true

[[templates.sprint.phases]]
key = "write"
name = "Write it up"
what = "Four pages."
min_days = 2
ideal_days = 4
max_days = 5

[templates.short]
base = "workshop"
description = "workshop, faster review"
phases.review.ideal_days = 4
"""


def test_config_overrides_and_adds_templates(cat):
    templates = templates_from_config(tomllib.loads(CONFIG)["templates"])
    assert set(templates) == {"conference", "workshop", "sprint", "short"}
    review = next(p for p in templates["conference"].phases if p.key == "review")
    assert (review.min_days, review.ideal_days, review.max_days) == (7, 10, 14)
    assert templates["conference"].phases[0] == CONFERENCE.phases[0]
    assert [p.ideal_days for p in templates["short"].phases] == [2, 14, 14, 5, 4, 2]
    assert templates["workshop"] == WORKSHOP

    plan = plan_for(cat, "cvpr2027", D(2027, 2, 9), templates["sprint"])
    assert (plan.status, plan.template) == ("ok", "sprint")
    assert spans(plan)[:3] == [
        ("build", D(2027, 2, 9), D(2027, 2, 18), 10),
        ("write", D(2027, 2, 19), D(2027, 2, 22), 4),
        ("paper", D(2027, 2, 23), D(2027, 2, 23), 1),
    ]
    assert plan.phases[1].what == "Four pages."


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        (
            "[templates.conference.phases.review]\nmin_days = 30",
            (
                "template 'conference', phase 'review': need min_days <= ideal_days <= max_days, "
                "got 30, 17, 21"
            ),
        ),
        (
            "[templates.conference.phases.review]\nideal_days = '10'",
            "template 'conference', phase 'review', `ideal_days`: Input should be a valid integer",
        ),
        (
            "[templates.conference.phases.reveiw]\nideal_days = 10",
            "template 'conference': no phase 'reveiw' in 'conference'",
        ),
        (
            "[templates.x]\ndescription = 'no phases'",
            "template 'x': no phases; list them as [[templates.x.phases]]",
        ),
        ("[templates.x]\nbase = 'nope'", "template 'x': `base` 'nope' is not a template"),
        ("[templates.x]\nphase = []", "template 'x': unknown field `phase`"),
        (
            (
                "[[templates.x.phases]]\nkey = 'a'\nname = 'A'\nmin_days = 1\nideal_days = 1\n"
                "max_days = 1\nminimum = 3"
            ),
            "template 'x', phase 'a', `minimum`: unknown field; known: key, name, what",
        ),
        (
            (
                "[[templates.x.phases]]\nkey = 'a'\nname = 'A'\nmin_days = 1\nideal_days = 1\n"
                "max_days = 1\n[[templates.x.phases]]\nkey = 'a'\nname = 'B'\nmin_days = 1\n"
                "ideal_days = 1\nmax_days = 1"
            ),
            "template 'x': phase key 'a' is used twice",
        ),
        (
            (
                "[[templates.x.phases]]\nkey = 'paper'\nname = 'A'\nmin_days = 1\nideal_days = 1\n"
                "max_days = 1"
            ),
            "template 'x': phase key 'paper' is the name of a deadline kind; rename it",
        ),
        (
            (
                "[templates.x]\nbase = 'conference'\nphases.exp2.before_hard_stop = true\n"
                "phases.exp1.before_hard_stop = false"
            ),
            "template 'x': phases with before_hard_stop must come first",
        ),
        ("templates.x = 3", "template 'x': write it as a [templates.x] table"),
    ],
)
def test_bad_template_config_says_which_template_and_field(toml, message):
    with pytest.raises(DeadlinesError) as caught:
        templates_from_config(tomllib.loads(toml)["templates"])
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_later_dates_and_hard_stops_pick_the_right_kinds(cat):
    eccv = cat.venue("eccv2027")
    assert [d.kind for d in hard_stops(eccv, paper(eccv))] == [DeadlineKind.REGISTRATION]
    assert later_dates(eccv, paper(eccv)) == []
    cvpr = cat.venue("cvpr2027")
    assert hard_stops(cvpr, paper(cvpr)) == []
    assert len(later_dates(cvpr, paper(cvpr))) == 5


def test_deadline_keys_tell_apart_two_of_a_kind():
    def other(label: str | None, track: str | None = None) -> Deadline:
        return Deadline(
            kind=DeadlineKind.OTHER, at="2027-01-01", zone="UTC", label=label, track=track,
            source="https://example.org",
        )  # fmt: skip

    found = deadline_keys([other("Demo papers"), other("Tutorials"), other(None), other(None)])
    assert found == ["other-demo-papers", "other-tutorials", "other", "other-2"]
    assert deadline_keys([other(None, "Round 2")]) == ["other-round-2"]
    assert deadline_keys([other(None, "Round 2")], track=False) == ["other"]


# ---- properties ----------------------------------------------------------------------------------


@st.composite
def templates(draw: st.DrawFn) -> Template:
    count = draw(st.integers(1, 6))
    head = draw(st.integers(0, count))
    phases = []
    for i in range(count):
        low = draw(st.integers(1, 30))
        ideal = low + draw(st.integers(0, 30))
        phases.append(
            Phase(
                key=f"p{i}",
                name=f"Phase {i}",
                min_days=low,
                ideal_days=ideal,
                max_days=ideal + draw(st.integers(0, 30)),
                takes_spare=draw(st.booleans()),
                before_hard_stop=i < head,
            )
        )
    return Template(name="random", phases=tuple(phases))


def make_venue(due: dt.date, stop: dt.date | None) -> tuple[Venue, Deadline]:
    deadlines = [{"kind": "paper", "at": f"{due} 23:59"}]
    if stop is not None:
        deadlines.append({"kind": "abstract", "at": f"{stop} 12:00"})
    edition = Edition.model_validate(
        {
            "year": 2027,
            "id": "rand2027",
            "timezone": "AoE",
            "deadlines": [{**d, "source": "https://example.org"} for d in deadlines],
        }
    )
    venue = Venue(Series(id="rand", name="RAND", editions=(edition,)), edition)
    return venue, edition.deadlines[0]


@settings(max_examples=300, deadline=None)
@given(
    template=templates(),
    start=st.dates(D(2026, 1, 1), D(2027, 12, 31)),
    lead=st.integers(-20, 300),
    stop_lead=st.one_of(st.none(), st.integers(0, 200)),
)
def test_any_plan_is_ordered_within_ranges_and_ends_by_the_deadline(
    template, start, lead, stop_lead
):
    due = start + dt.timedelta(days=lead)
    stop = None if stop_lead is None else due - dt.timedelta(days=stop_lead)
    venue, deadline = make_venue(due, stop)
    plan = back_plan(venue, deadline, start, template)
    if due < start:
        assert (plan.status, plan.milestones, plan.due) == ("passed", (), due)
        return

    phases = plan.phases
    assert [m.key for m in phases] == [p.key for p in template.phases]
    starts = [m.start for m in plan.milestones]
    assert starts == sorted(starts)
    blocks = [*phases, next(m for m in plan.milestones if m.kind == "deadline")]
    for before, after in itertools.pairwise(blocks):
        assert before.end < after.start  # no overlap
    assert all(m.end <= due for m in plan.milestones)
    assert blocks[-1].start == blocks[-1].end == due
    assert plan.work_start == phases[0].start

    for m, p in zip(phases, template.phases, strict=True):
        assert p.min_days <= m.days <= p.max_days
    below = [p.key for m, p in zip(phases, template.phases, strict=True) if m.days < p.ideal_days]
    assert [s.split(":")[0] for s in plan.shrunk] == below
    if stop is not None:
        for m, p in zip(phases, template.phases, strict=True):
            if p.before_hard_stop:
                assert m.end < stop
    slack = [m for m in plan.milestones if m.kind == "slack"]
    assert sum(m.days for m in slack) == plan.slack_days
    if plan.status in ("ok", "tight"):  # every day from the start is planned
        assert plan.work_start == start
        assert sum(m.days for m in phases) + plan.slack_days <= (due - start).days
    if plan.slack_days:
        assert all(m.days == p.max_days for m, p in zip(phases, template.phases, strict=True)
                   if p.takes_spare)
    if plan.status == "ok":
        assert not below
        assert plan.missing_days == 0
        assert plan.work_start >= start
    elif plan.status == "tight":
        assert below
        assert plan.missing_days == 0
        assert plan.work_start >= start
    else:
        assert plan.missing_days > 0
        assert plan.work_start == start - dt.timedelta(days=plan.missing_days)


def test_templates_reject_bad_ranges_directly():
    with pytest.raises(ValueError, match="min_days <= ideal_days"):
        Phase(key="a", name="A", min_days=3, ideal_days=2, max_days=4)
    with pytest.raises(ValueError, match="at least 1 item"):
        Template(name="empty", phases=())
