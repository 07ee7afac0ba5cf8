"""`deadlines plan`, `deadlines ics` and the plan columns of `deadlines next`, end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from icalendar import Calendar

from deadlines.cli import main

LAB = """\
version: 1
series:
  - id: labconf
    name: LabConf
    tags: [cv, ml]
    rank: {core: A}
    editions:
      - year: 2027
        url: https://labconf.example/2027
        timezone: AoE
        deadlines:
          - {kind: abstract, at: '2027-02-16 23:59', source: https://labconf.example/dates}
          - {kind: paper, at: '2027-02-23 23:59', source: https://labconf.example/dates}
          - {kind: notification, at: '2027-04-20', source: https://labconf.example/dates}
  - id: labshop
    name: LabShop
    kind: workshop
    tags: [cv]
    editions:
      - year: 2027
        parent: labconf2027
        timezone: UTC-8
        deadlines:
          - {kind: paper, at: '2027-02-20 23:59', source: https://labshop.example/}
  - id: laterconf
    name: LaterConf
    tags: [cv]
    editions:
      - year: 2027
        timezone: AoE
        deadlines:
          - {kind: paper, at: '2027-04-27', source: https://laterconf.example/dates}
  - id: lowconf
    name: LowConf
    tags: [cv, ml]
    rank: {core: B}
    editions:
      - year: 2027
        timezone: AoE
        deadlines:
          - {kind: paper, at: '2027-05-06', source: https://lowconf.example/dates}
  - id: revconf
    name: RevConf
    tags: [cv, ml]
    rank: {core: A}
    editions:
      - year: 2027
        timezone: AoE
        deadlines:
          - {kind: paper, at: '2027-05-10', source: https://revconf.example/dates}
"""


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def lab(tmp_path: Path) -> str:
    path = tmp_path / "lab.yaml"
    path.write_text(LAB, encoding="utf-8")
    return str(path)


def plan(capsys, lab: str, start: str, *extra: str) -> dict:
    code, out, err = run(capsys, "plan", "labconf2027", "--start", start, "--json",
                         "--catalog", lab, *extra)
    assert code == 0, err
    return json.loads(out)


def spans(data: dict) -> dict[str, tuple[str, str, int]]:
    return {m["key"]: (m["start"], m["end"], m["days"]) for m in data["milestones"]}


def test_three_months_out_is_eight_weeks_of_experiments_and_four_of_writing(capsys, lab) -> None:
    data = plan(capsys, lab, "2026-11-23")
    assert data["status"] == "ok"
    assert data["work_start"] == "2026-11-23"
    assert spans(data) == {
        "kickoff": ("2026-11-23", "2026-11-25", 3),
        "exp1": ("2026-11-26", "2026-12-24", 29),
        "exp2": ("2026-12-25", "2027-01-23", 30),
        "draft": ("2027-01-24", "2027-02-02", 10),
        "review": ("2027-02-03", "2027-02-19", 17),
        "abstract": ("2027-02-16", "2027-02-16", 1),
        "polish": ("2027-02-20", "2027-02-22", 3),
        "paper": ("2027-02-23", "2027-02-23", 1),
        "notification": ("2027-04-20", "2027-04-20", 1),
    }
    assert data["notification"] == {"day": "2027-04-20", "assumed": False}
    # LaterConf's paper day is a week after the notification: too soon to revise (two weeks
    # for a conference paper). LowConf is sooner than RevConf, but ranks lower than LabConf.
    assert data["fallback"]["id"] == "revconf2027"
    assert data["fallback"]["why"] == (
        "RevConf 2027: CORE A conference in cv, ml, deadline 2027-05-10, "
        "20 days after the notification on 2027-04-20"
    )


def test_six_weeks_out_is_tight_and_says_what_shrank(capsys, lab) -> None:
    data = plan(capsys, lab, "2027-01-12")
    assert data["status"] == "tight"
    assert data["work_start"] == "2027-01-12"
    days = {k: d for k, (_, _, d) in spans(data).items()}
    assert sum(days[k] for k in ("kickoff", "exp1", "exp2", "draft", "review", "polish")) == 42
    # 47 days to cut, in proportion to each phase's slack (ideal - min), largest remainder.
    assert data["shrunk"] == [
        "kickoff: 3 → 1 day",
        "exp1: 28 → 9 days",
        "exp2: 28 → 9 days",
        "draft: 10 → 7 days",
        "review: 17 → 14 days",
        "polish: 3 → 2 days",
    ]
    assert spans(data)["polish"][1] == "2027-02-22"


def test_two_weeks_out_is_infeasible_with_the_missing_days(capsys, lab) -> None:
    data = plan(capsys, lab, "2027-02-09")
    assert data["status"] == "infeasible"
    assert data["missing_days"] == 24  # the minimums need 38 days; there are 14
    assert data["work_start"] == "2027-01-16"
    code, out, _ = run(capsys, "plan", "labconf2027", "--start", "2027-02-09", "--catalog", lab,
                       "--tz", "UTC")
    assert code == 0
    assert "Template conference, starting 2027-02-09: infeasible (24d short)" in out
    assert "work should have started on 2027-01-16" in out


def test_workshop_template_and_unknown_template(capsys, lab) -> None:
    code, out, _ = run(capsys, "plan", "labshop2027", "--start", "2027-01-01", "--json",
                       "--catalog", lab)
    data = json.loads(out)
    assert data["template"] == "workshop"
    assert data["due"] == "2027-02-20"
    # No notification day stated: a workshop's is assumed four weeks after the deadline.
    assert data["notification"] == {"day": "2027-03-20", "assumed": True}
    code, _, err = run(capsys, "plan", "labconf2027", "--template", "poster", "--catalog", lab)
    assert code == 2
    assert err == "deadlines: error: no template 'poster'; known: conference, workshop\n"


def test_next_ranks_by_fit_and_shows_the_plan(capsys, lab) -> None:
    code, out, _ = run(capsys, "next", "--today", "2026-12-20", "--tz", "UTC", "--json",
                       "--catalog", lab, "--tag", "cv", "--months", "2", "--window", "2")
    assert code == 0
    rows = [(v["id"], v["plan"]["status"]) for v in json.loads(out)["venues"]]
    mine = [r for r in rows if r[0] in {"labconf2027", "labshop2027"}]
    # The workshop's shorter template fits in two months; the conference's does not.
    assert mine == [("labshop2027", "ok"), ("labconf2027", "tight")]
    code, out, _ = run(capsys, "next", "--today", "2026-12-20", "--tz", "UTC", "--json",
                       "--catalog", lab, "--tag", "cv", "--months", "2", "--window", "2",
                       "--sort", "date")
    ids = [v["id"] for v in json.loads(out)["venues"]]
    assert ids.index("labshop2027") < ids.index("labconf2027")  # 20 Feb, then 23 Feb


def test_ics_is_byte_stable_and_a_moved_deadline_keeps_its_uid(capsys, lab, tmp_path) -> None:
    out1, out2 = tmp_path / "a.ics", tmp_path / "b.ics"
    for out in (out1, out2):
        code, _, err = run(capsys, "ics", "--today", "2026-11-23", "--catalog", lab,
                           "--plan", "labconf2027", "-o", str(out))
        assert code == 0
        assert err.startswith(f"wrote {out}: ")
    assert out1.read_bytes() == out2.read_bytes()

    cal = Calendar.from_ical(out1.read_bytes())
    events = {str(e["uid"]): e for e in cal.walk("VEVENT")}
    paper = events["labconf2027-paper@deadlines"]
    assert paper.decoded("dtstart").isoformat() == "2027-02-24T11:59:00+00:00"
    assert str(paper["summary"]) == "LabConf 2027 paper deadline (AoE)"
    assert int(paper["sequence"]) == 1
    exp1 = events["labconf2027-plan-exp1@deadlines"]
    assert exp1.decoded("dtstart").isoformat() == "2026-11-26"
    assert exp1.decoded("dtend").isoformat() == "2026-12-25"  # exclusive

    moved = Path(lab).read_text(encoding="utf-8").replace(
        "{kind: paper, at: '2027-02-23 23:59', source: https://labconf.example/dates}",
        "{kind: paper, at: '2027-03-02 23:59', source: https://labconf.example/dates,"
        " history: [{at: '2027-02-23 23:59'}]}",
    )
    Path(lab).write_text(moved, encoding="utf-8")
    code, _, _ = run(capsys, "ics", "--today", "2026-11-23", "--catalog", lab, "-o", str(out2))
    events = {str(e["uid"]): e for e in Calendar.from_ical(out2.read_bytes()).walk("VEVENT")}
    paper = events["labconf2027-paper@deadlines"]
    assert paper.decoded("dtstart").isoformat() == "2027-03-03T11:59:00+00:00"
    assert int(paper["sequence"]) == 2
    assert paper.decoded("last-modified") > events["labconf2027-abstract@deadlines"].decoded(
        "last-modified"
    )


def test_ics_filters_and_picks(capsys, lab, tmp_path) -> None:
    code, out, _ = run(capsys, "ics", "--today", "2026-11-23", "--catalog", lab,
                       "--kind", "workshop", "--months", "3", "--tag", "cv")
    assert code == 0
    assert "X-WR-CALNAME:Paper deadlines (cv\\, workshops\\, about 3 months out)\r\n" in out
    cal = Calendar.from_ical(out)
    summaries = {str(e["summary"]) for e in cal.walk("VEVENT")}
    assert "LabShop 2027 @ LabConf 2027 paper deadline (UTC-8)" in summaries
    assert not any(s.startswith("LabConf") for s in summaries)
    code, out, _ = run(capsys, "ics", "--today", "2026-11-23", "--catalog", lab, "--plan",
                       "--pick", "1", "--tag", "cv", "--kind", "workshop")
    assert code == 0
    uids = {str(e["uid"]) for e in Calendar.from_ical(out).walk("VEVENT")}
    assert "labshop2027-plan-exp1@deadlines" in uids
    assert sum(u.endswith("-plan-kickoff@deadlines") for u in uids) == 1
