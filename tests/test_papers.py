"""Committed papers: plans that stay put, the reject loop, the papers feed, the digest."""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import re
from pathlib import Path

import pytest
import vobject
from icalendar import Calendar

from deadlines.cli import main

LAB = """\
version: 1
series:
  - id: labconf
    name: LabConf
    tags: [labtopic]
    rank: {core: A}
    editions:
      - year: 2027
        timezone: AoE
        deadlines:
          - {kind: paper, at: '2027-03-09 23:59', source: https://labconf.example/dates}
          - {kind: notification, at: '2027-05-04', source: https://labconf.example/dates}
  - id: nextconf
    name: NextConf
    tags: [labtopic]
    rank: {core: A}
    editions:
      - year: 2027
        timezone: UTC-7
        deadlines:
          - {kind: paper, at: '2027-06-15 23:59', source: https://nextconf.example/dates}
          - {kind: notification, at: '2027-09-01', source: https://nextconf.example/dates}
  - id: labshop
    name: LabShop
    kind: workshop
    tags: [labtopic]
    editions:
      - year: 2027
        parent: labconf2027
        timezone: AoE
        deadlines:
          - {kind: paper, at: '2027-02-20', source: https://labshop.example/}
"""

D = dt.date


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def lab(tmp_path: Path) -> dict[str, str]:
    catalog = tmp_path / "lab.yaml"
    catalog.write_text(LAB, encoding="utf-8")
    return {"catalog": str(catalog), "papers": str(tmp_path / "papers.yaml")}


def paper(capsys, lab, *argv: str, today: str = "2026-12-01") -> tuple[int, str, str]:
    return run(capsys, "paper", *argv, "--catalog", lab["catalog"], "--papers", lab["papers"],
               "--today", today, "--tz", "UTC")


def add_gaze(capsys, lab, *extra: str) -> dict:
    code, out, err = paper(capsys, lab, "add", "Gaze estimation in the wild", "--venue",
                           "labconf2027", "--start", "2026-12-07", "--author", "Ana",
                           "--author", "Bo", "--reviewer", "Cy", "--short", "Gaze", "--json",
                           *extra)
    assert code == 0, err
    assert err == f"added gaze-estimation to {lab['papers']}\n"
    return json.loads(out)


def papers_feed(capsys, lab, today: str, *extra: str) -> bytes:
    code, out, err = run(capsys, "ics", "--papers", lab["papers"], "--catalog", lab["catalog"],
                         "--today", today, *extra)
    assert code == 0, err
    return out.encode()


def events(feed: bytes) -> dict[str, object]:
    return {str(e["uid"]): e for e in Calendar.from_ical(feed).walk("VEVENT")}


def test_a_paper_is_planned_from_its_own_start_day(capsys, lab) -> None:
    data = add_gaze(capsys, lab)
    assert data["id"] == "gaze-estimation"
    assert data["status"] == "planned"
    plan = data["plan"]
    assert (plan["venue"], plan["start"], plan["due"], plan["status"]) == (
        "labconf2027", "2026-12-07", "2027-03-09", "ok",
    )
    spans = {m["key"]: (m["start"], m["end"]) for m in plan["milestones"]}
    assert spans["kickoff"] == ("2026-12-07", "2026-12-09")
    # 92 days for 89 ideal ones: the 3 spare go to the experiments, the odd one to exp2
    assert spans["exp1"] == ("2026-12-10", "2027-01-07")
    assert spans["exp2"] == ("2027-01-08", "2027-02-06")
    assert spans["draft"] == ("2027-02-07", "2027-02-16")
    assert spans["review"] == ("2027-02-17", "2027-03-05")
    assert spans["polish"] == ("2027-03-06", "2027-03-08")
    assert spans["paper"] == ("2027-03-09", "2027-03-09")
    people = {m["key"]: m["people"] for m in plan["milestones"]}
    assert people["exp1"] == ["Ana", "Bo"]
    assert people["draft"] == ["Ana"]
    assert people["review"] == ["Ana", "Bo", "Cy"]


def test_the_papers_file_keeps_comments_and_order(capsys, lab) -> None:
    Path(lab["papers"]).write_text(
        "# Our lab's papers\nversion: 1\npapers:\n"
        "  - id: old   # the first one\n    title: An older paper\n    venue: labshop2027\n"
        "    start: 2026-11-02\n    added: 2026-11-01\n",
        encoding="utf-8",
    )
    add_gaze(capsys, lab)
    text = Path(lab["papers"]).read_text(encoding="utf-8")
    head = "# Our lab's papers\nversion: 1\npapers:\n  - id: old   # the first one\n"
    assert text.startswith(head)
    assert text.index("id: old") < text.index("id: gaze-estimation")
    assert "    start: 2026-12-07\n" in text


def test_the_committed_feed_does_not_move_when_today_does(capsys, lab) -> None:
    add_gaze(capsys, lab)
    first = papers_feed(capsys, lab, "2026-12-01")
    assert first == papers_feed(capsys, lab, "2026-12-08")
    found = events(first)
    exp1 = found["paper-gaze-estimation-labconf2027-exp1@deadlines"]
    assert str(exp1["summary"]) == "Gaze paper: Experiments 1 — whole pipeline"
    assert exp1.decoded("dtstart") == D(2026, 12, 10)
    assert exp1.decoded("dtend") == D(2027, 1, 8)  # exclusive
    assert int(exp1["sequence"]) == 1  # the announced deadline: one more than an estimate
    assert exp1.decoded("dtstamp") == dt.datetime(2026, 12, 1, tzinfo=dt.UTC)  # added that day
    vobject.readOne(first.decode(), validate=True)


def test_a_moved_deadline_moves_the_plan_in_place(capsys, lab, tmp_path) -> None:
    add_gaze(capsys, lab)
    before = events(papers_feed(capsys, lab, "2026-12-01"))
    overlay = tmp_path / "moved.yaml"
    overlay.write_text(
        "version: 1\nseries:\n  - id: labconf\n    name: LabConf\n    tags: [labtopic]\n"
        "    rank: {core: A}\n    editions:\n      - year: 2027\n        timezone: AoE\n"
        "        deadlines:\n"
        "          - {kind: paper, at: '2027-03-16 23:59', source: https://labconf.example/d,\n"
        "             history: [{at: '2027-03-09 23:59', recorded: 2027-01-20}]}\n"
        "          - {kind: notification, at: '2027-05-04', source: https://labconf.example/d}\n",
        encoding="utf-8",
    )
    after = events(papers_feed(capsys, lab, "2027-01-21", "--catalog", str(overlay)))
    assert set(after) == set(before)  # the same events, updated in place
    uid = "paper-gaze-estimation-labconf2027-polish@deadlines"
    assert int(after[uid]["sequence"]) == int(before[uid]["sequence"]) + 1
    assert before[uid].decoded("dtstart") == D(2027, 3, 6)
    assert after[uid].decoded("dtstart") == D(2027, 3, 13)
    assert after[uid].decoded("last-modified") == dt.datetime(2027, 1, 20, tzinfo=dt.UTC)


def test_changing_the_paper_raises_the_sequence_and_keeps_the_uids(capsys, lab) -> None:
    add_gaze(capsys, lab)
    before = events(papers_feed(capsys, lab, "2026-12-01"))
    code, _, err = paper(capsys, lab, "edit", "gaze-estimation", "--start", "2026-12-14",
                         today="2026-12-03")
    assert code == 0
    assert err == "gaze-estimation: start 2026-12-07 -> 2026-12-14\n"
    after = events(papers_feed(capsys, lab, "2026-12-03"))
    uid = "paper-gaze-estimation-labconf2027-kickoff@deadlines"
    assert set(after) == set(before)
    assert after[uid].decoded("dtstart") == D(2026, 12, 14)
    assert int(after[uid]["sequence"]) == int(before[uid]["sequence"]) + 1
    assert after[uid].decoded("dtstamp") == dt.datetime(2026, 12, 3, tzinfo=dt.UTC)


def test_each_person_gets_their_own_milestones(capsys, lab) -> None:
    add_gaze(capsys, lab)
    cy = events(papers_feed(capsys, lab, "2026-12-01", "--person", "cy"))
    keys = sorted(uid.split("-labconf2027-")[1].split("@")[0] for uid in cy)
    assert keys == ["kickoff", "notification", "paper", "review"]
    code, _, err = run(capsys, "ics", "--person", "Cy", "--catalog", lab["catalog"])
    assert code == 2
    assert "add --papers" in err


def test_done_submit_reject_goes_to_the_fallback_from_the_notification(capsys, lab) -> None:
    add_gaze(capsys, lab)
    code, out, err = paper(capsys, lab, "done", "gaze-estimation", "kickoff", "--json",
                           today="2026-12-09")
    assert (code, err) == (0, "gaze-estimation: kickoff done on 2026-12-09\n")
    data = json.loads(out)
    assert (data["status"], data["done"]) == ("experiments", {"kickoff": "2026-12-09"})
    code, _, err = paper(capsys, lab, "done", "gaze-estimation", "experiments 2",
                         today="2027-02-09")
    assert err == "gaze-estimation: exp2 done on 2027-02-09\n"
    code, _, err = paper(capsys, lab, "submit", "gaze-estimation", today="2027-03-09")
    assert err == "gaze-estimation: experiments -> submitted\n"
    code, _, err = paper(capsys, lab, "reject", "gaze-estimation", "--json", today="2027-05-05")
    assert code == 0
    assert err == (
        "gaze-estimation: rejected at LabConf 2027; now aiming at NextConf 2027: CORE A "
        "conference in labtopic, deadline 2027-06-15, 42 days after the notification on "
        "2027-05-04, from 2027-05-04\n"
    )
    code, out, _ = paper(capsys, lab, "show", "gaze-estimation", "--json", today="2027-05-05")
    data = json.loads(out)
    assert (data["venue"], data["start"], data["status"], data["done"]) == (
        "nextconf2027", "2027-05-04", "planned", {},
    )
    assert data["history"] == [
        {"venue": "labconf2027", "start": "2026-12-07", "template": None,
         "outcome": "rejected", "ended": "2027-05-05", "why": "rejected at LabConf 2027",
         "submitted": "2027-03-09"},
    ]
    assert data["plan"]["status"] == "tight"  # six weeks for a conference paper
    assert data["plan"]["milestones"][0]["start"] == "2027-05-04"
    feed = events(papers_feed(capsys, lab, "2027-05-05"))
    assert all("-nextconf2027-" in uid for uid in feed)  # the old attempt's events are gone


def test_reject_with_a_venue_of_ones_own_choice(capsys, lab) -> None:
    add_gaze(capsys, lab)
    paper(capsys, lab, "submit", "gaze-estimation", today="2027-03-09")
    code, _, err = paper(capsys, lab, "reject", "gaze-estimation", "--venue", "nextconf",
                         "--start", "2027-05-10", today="2027-05-05")
    assert code == 0
    assert err.endswith("now aiming at NextConf 2027: chosen when the reject was recorded, "
                        "from 2027-05-10\n")


def test_status_changes_that_do_not_follow_are_refused(capsys, lab) -> None:
    add_gaze(capsys, lab)
    code, _, err = paper(capsys, lab, "accept", "gaze-estimation")
    assert code == 2
    assert err == "deadlines: error: gaze-estimation is planned: it cannot become accepted\n"
    code, _, err = paper(capsys, lab, "done", "gaze-estimation", "nothing")
    assert code == 2
    assert "'nothing' is not a milestone of the plan; choose one of: kickoff, exp1" in err
    code, _, err = paper(capsys, lab, "show", "gaze")
    assert code == 2
    assert "no paper 'gaze'; did you mean gaze-estimation?" in err


def test_a_named_papers_file_must_exist_and_a_withdrawn_paper_has_nothing_to_do(
    capsys, lab, tmp_path
) -> None:
    missing = str(tmp_path / "typo.yaml")
    code, out, err = run(capsys, "paper", "list", "--papers", missing, "--catalog", lab["catalog"])
    assert (code, out) == (2, "")
    assert err == (
        f"deadlines: error: {missing}: no such papers file (`deadlines paper add` starts one)\n"
    )
    code, _, err = run(capsys, "ics", "--papers", missing, "--catalog", lab["catalog"])
    assert code == 2
    add_gaze(capsys, lab)
    assert paper(capsys, lab, "withdraw", "gaze-estimation")[0] == 0
    code, _, err = paper(capsys, lab, "done", "gaze-estimation", "kickoff")
    assert code == 2
    assert "gaze-estimation is withdrawn: its plan has no milestones left to do" in err


def test_a_papers_file_names_each_of_its_problems(capsys, lab) -> None:
    Path(lab["papers"]).write_text(
        "papers:\n  - id: a\n    title: A\n    venue: labconf2027\n    start: 2026-12-01\n"
        "    added: 2026-12-01\n  - id: a\n    title: 5\n    venue: labconf2027\n"
        "    start: someday\n    added: 2026-12-01\n    bogus: 1\n",
        encoding="utf-8",
    )
    code, out, err = paper(capsys, lab, "list")
    assert (code, out) == (2, "")
    where = lab["papers"]
    assert err.splitlines() == [
        f"deadlines: error: {where}:8: title: Input should be a valid string (and 2 more, below)",
        (f"deadlines: error: {where}:10: start: Input should be a valid date or datetime, input "
         "is too short"),
        f"deadlines: error: {where}:12: bogus: Extra inputs are not permitted",
    ]
    Path(lab["papers"]).write_text(
        "papers:\n" + "".join(
            f"  - {{id: a, title: T{n}, venue: labconf2027, start: 2026-12-01, "
            "added: 2026-12-01}\n"
            for n in range(3)
        ),
        encoding="utf-8",
    )
    code, _, err = paper(capsys, lab, "list")
    assert err.splitlines() == [
        (f"deadlines: error: {where}:3: duplicate paper id 'a' (first at item 1); rename one "
         "(and 1 more, below)"),
        f"deadlines: error: {where}:4: duplicate paper id 'a' (first at item 1); rename one",
    ]


def test_an_empty_title_is_refused_before_the_file_is_touched(capsys, lab) -> None:
    code, out, err = paper(capsys, lab, "add", "  ", "--venue", "labconf2027")
    assert (code, out) == (2, "")
    assert err == (
        'deadlines: error: the paper\'s title is empty; give it in quotes: paper add "Title"\n'
    )
    assert not Path(lab["papers"]).exists()


def test_a_plan_feed_says_which_deadlines_have_passed(capsys, lab, tmp_path) -> None:
    out_file = tmp_path / "plan.ics"
    code, out, err = run(capsys, "ics", "--plan", "labconf2027", "nextconf2027", "-o",
                         str(out_file), "--today", "2027-03-20", "--catalog", lab["catalog"])
    assert (code, out) == (0, "")
    assert err.splitlines()[0] == (
        "deadlines: warning: labconf2027: the deadline passed on 2027-03-09; its plan has no "
        "milestones, only the venue's dates"
    )
    assert "nextconf2027" not in err


def test_a_passed_deadline_says_so_and_names_the_next_venue(capsys, lab) -> None:
    code, out, _ = run(capsys, "plan", "labconf2027", "--start", "2027-03-20", "--catalog",
                       lab["catalog"], "--tz", "UTC")
    assert code == 0
    assert "starting 2027-03-20: passed" in out
    assert "The deadline passed on 2027-03-09: nothing left to plan." in out
    assert "Aim at NextConf 2027 instead: deadlines plan nextconf2027 --start 2027-03-20" in out


def test_start_with_spare_time_starts_that_day(capsys, lab) -> None:
    code, out, _ = run(capsys, "plan", "nextconf2027", "--start", "2026-12-07", "--json",
                       "--catalog", lab["catalog"])
    data = json.loads(out)
    spans = {m["key"]: (m["start"], m["end"], m["days"]) for m in data["milestones"]}
    assert data["work_start"] == "2026-12-07"
    # 190 days; every phase at its maximum takes 127 of them
    assert spans["kickoff"] == ("2026-12-07", "2026-12-11", 5)
    assert spans["exp2"] == ("2027-01-23", "2027-03-05", 42)
    assert spans["slack"] == ("2027-03-06", "2027-05-07", 63)
    assert spans["draft"] == ("2027-05-08", "2027-05-21", 14)
    code, out, _ = run(capsys, "ics", "--plan", "nextconf2027", "--start", "2026-12-07",
                       "--catalog", lab["catalog"], "--today", "2026-12-01")
    assert code == 0
    kickoff = events(out.encode())["nextconf2027-plan-kickoff@deadlines"]
    assert kickoff.decoded("dtstart") == D(2026, 12, 7)


def test_list_shows_pace_and_warns_about_capacity(capsys, lab) -> None:
    add_gaze(capsys, lab)
    code, _, _ = paper(capsys, lab, "add", "Segmenting cells", "--venue", "labshop2027",
                       "--start", "2026-12-14", "--author", "Ana")
    assert code == 0
    code, out, _ = paper(capsys, lab, "list", today="2027-01-05")
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "VENUE", "NOW", "PACE", "NEXT", "DATE"]
    cells = re.split(r"\s{2,}", lines[1])
    assert cells[:3] == ["gaze-estimation", "labconf2027", "Experiments 1 — whole pipeline"]
    assert "27d behind (Kickoff and topic check was due 2026-12-09)" in lines[1]
    assert "segmenting-cells" in lines[2]
    # From today: gaze's experiments run to 2027-02-06; the cells paper's experiments to
    # 01-27, then 3 days of slack, then its first draft 01-31 to 02-06: 23 + 7 days at once.
    assert out.splitlines()[-1] == (
        "warning: Ana carries heavy phases (experiments, first draft) of gaze-estimation and "
        "segmenting-cells on the same 30 days, from 2027-01-05 to 2027-02-06"
    )


@pytest.mark.parametrize(
    ("venue", "start", "message"),
    [
        ("labconf2027", "2026-13-01", ":6: start: "),  # the file itself
        ("cvpr2099x", "2026-12-01", ":5: paper 'x': unknown venue "),  # against the catalog
    ],
)
def test_a_bad_papers_file_is_one_line_with_its_line_number(
    capsys, lab, venue, start, message
) -> None:
    Path(lab["papers"]).write_text(
        f"version: 1\npapers:\n  - id: x\n    title: X\n    venue: {venue}\n"
        f"    start: {start}\n    added: 2026-11-01\n",
        encoding="utf-8",
    )
    code, _, err = paper(capsys, lab, "list")
    assert code == 2
    assert err.startswith(f"deadlines: error: {lab['papers']}{message}")
    assert err.count("\n") == 1


def _mark(args: tuple[str, str, str, str]) -> int:
    import os

    os.environ["DEADLINES_CACHE_DIR"] = args[3]
    return main(["paper", "done", "gaze-estimation", args[0], "--papers", args[1],
                 "--catalog", args[2], "--today", "2026-12-20"])


def test_concurrent_done_calls_lose_nothing(capsys, lab, tmp_path) -> None:
    add_gaze(capsys, lab)
    keys = ["kickoff", "exp1", "exp2", "draft", "review", "polish"]
    cache = str(tmp_path / "cache")
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(6) as pool:
        codes = pool.map(_mark, [(k, lab["papers"], lab["catalog"], cache) for k in keys])
    assert codes == [0] * 6
    _, out, _ = paper(capsys, lab, "show", "gaze-estimation", "--json")
    assert json.loads(out)["done"] == dict.fromkeys(keys, "2026-12-20")


def test_digest_says_what_is_due_per_person_and_what_is_behind(capsys, lab) -> None:
    add_gaze(capsys, lab)
    code, out, _ = run(capsys, "digest", "--papers", lab["papers"], "--catalog", lab["catalog"],
                       "--today", "2027-02-01", "--tz", "UTC")
    assert code == 0
    assert out.splitlines()[:8] == [
        "Week of 2027-02-01 to 2027-02-07",
        "",
        "Ana:",
        "  Gaze paper: Experiments 2 — the model's details, ends Sat 06 Feb",
        "  Gaze paper: First draft, starts Sun 07 Feb",
        "",
        "Bo:",
        "  Gaze paper: Experiments 2 — the model's details, ends Sat 06 Feb",
    ]
    assert "Behind:\n  Gaze paper: Kickoff and topic check was due 2026-12-09, 54d ago" in out
    assert out.endswith("Deadlines moved or announced since 2027-01-25:\n  none\n")


def test_cron_offers_the_weekly_digest_of_the_papers_file(capsys, lab) -> None:
    add_gaze(capsys, lab)
    code, out, _ = run(capsys, "cron", "--papers", lab["papers"])
    assert code == 0
    line = next(x for x in out.splitlines() if x.startswith("0 8 * * 1 "))
    assert line.endswith(f" digest --papers {Path(lab['papers']).resolve()}")
    code, out, _ = run(capsys, "cron")  # no papers file here: no digest line
    assert " digest --papers " not in out


def test_papers_and_suggested_plans_over_http(capsys, lab, shared_live) -> None:
    import httpx

    from deadlines import catalog, feeds, papers, server
    from deadlines.feeds import Selection
    from deadlines.snapshot import Snapshot
    from deadlines.templates import templates_from_config

    add_gaze(capsys, lab)
    cat = catalog.load([lab["catalog"]], overlay=False, cache=False)
    found = papers.load(Path(lab["papers"]))
    snap = Snapshot.build(cat, D(2026, 12, 1), dt.UTC, templates_from_config({}), found)
    live, switch = shared_live
    switch.app = server.create_app(server.FeedServer(lambda: snap))
    with httpx.Client(base_url=live.url) as client:
        r = client.get("/papers.ics?person=Cy")
        assert r.status_code == 200
        assert r.content == feeds.papers_ics(snap, found, Selection(person="Cy"))
        assert b"SUMMARY:Gaze paper: Team review and restructuring\r\n" in r.content
        assert b"Experiments 1" not in r.content
        r = client.get("/papers.ics?tag=cv")
        assert (r.status_code, r.text) == (
            400, "bad request: 'tag' does not apply to /papers.ics; it takes person, paper\n"
        )
        r = client.get("/deadlines.ics?person=Ana")
        assert r.text == "bad request: 'person' chooses papers: use it on /papers.ics\n"
        r = client.get("/plan.ics?venue=nextconf2027&start=2026-12-07")
        kickoff = events(r.content)["nextconf2027-plan-kickoff@deadlines"]
        assert kickoff.decoded("dtstart") == D(2026, 12, 7)
        r = client.get("/plan.ics?start=2026-13-01")
        assert r.text == "bad request: start='2026-13-01': expected a date, YYYY-MM-DD\n"


def test_build_writes_the_papers_feed_and_one_per_person(capsys, lab, tmp_path) -> None:
    add_gaze(capsys, lab)
    out = tmp_path / "www"
    code, _, err = run(capsys, "build", "--out", str(out), "--papers", lab["papers"],
                       "--catalog", lab["catalog"], "--today", "2026-12-01")
    assert code == 0, err
    for name in ("papers.ics", "papers-ana.ics", "papers-bo.ics", "papers-cy.ics"):
        assert (out / name).exists(), name
    ana = events((out / "papers-ana.ics").read_bytes())
    assert "paper-gaze-estimation-labconf2027-draft@deadlines" in ana
    cy = events((out / "papers-cy.ics").read_bytes())
    assert "paper-gaze-estimation-labconf2027-draft@deadlines" not in cy
    assert b'href="papers-cy.ics"' in (out / "index.html").read_bytes()


def test_an_estimate_replaced_by_the_announced_date_moves_the_plan(capsys, lab) -> None:
    import os

    code, _, err = paper(capsys, lab, "add", "Segmenting cells", "--venue", "labconf2028",
                         "--start", "2027-12-01", "--author", "Ana", today="2027-11-20")
    assert code == 0, err
    before = events(papers_feed(capsys, lab, "2027-11-20"))
    uid = "paper-segmenting-cells-labconf2028-polish@deadlines"
    assert int(before[uid]["sequence"]) == 0  # planned against an estimate
    assert str(before[uid]["summary"]).endswith(" (estimated)")
    overlay = Path(os.environ["DEADLINES_DATA_DIR"]) / "scraped.yaml"
    overlay.parent.mkdir(parents=True, exist_ok=True)
    overlay.write_text(
        "version: 1\nseries:\n  - id: labconf\n    name: LabConf\n    editions:\n"
        "      - year: 2028\n        timezone: AoE\n        deadlines:\n"
        "          - {kind: paper, at: '2028-03-14 23:59', source: https://labconf.example/28,\n"
        "             seen: 2028-01-10}\n",
        encoding="utf-8",
    )
    after = events(papers_feed(capsys, lab, "2028-01-11"))
    assert set(after) <= set(before)  # the same events (the estimated notification is gone)
    assert int(after[uid]["sequence"]) == 1
    assert str(after[uid]["summary"]) == "Segmenting cells paper: English polish"
    assert after[uid].decoded("dtstart") == D(2028, 3, 11)
    assert after[uid].decoded("dtstamp") == dt.datetime(2028, 1, 10, tzinfo=dt.UTC)


def test_the_page_draws_the_committed_papers_above_the_picks(capsys, lab) -> None:
    from deadlines import catalog, papers, site
    from deadlines.feeds import Selection
    from deadlines.snapshot import Snapshot
    from deadlines.templates import templates_from_config

    add_gaze(capsys, lab)
    cat = catalog.load([lab["catalog"]], overlay=False, cache=False)
    found = papers.load(Path(lab["papers"]))
    snap = Snapshot.build(cat, D(2026, 12, 1), dt.UTC, templates_from_config({}), found)
    page = site.render_page(snap, Selection(), "")
    assert "Our papers" in page
    assert "Gaze paper → LabConf 2027" in page
    assert page.index("Our papers") < page.index("Best picks about 3 months out")
    assert "Our papers" not in site.render_page(
        Snapshot.build(cat, D(2026, 12, 1), dt.UTC, templates_from_config({})), Selection(), ""
    )


def test_a_paper_started_today_is_written_without_yaml_aliases(capsys, lab) -> None:
    code, _, err = paper(capsys, lab, "add", "Cells", "--venue", "labshop2027", "--author", "Bo")
    assert code == 0, err
    text = Path(lab["papers"]).read_text(encoding="utf-8")
    assert "    start: 2026-12-01\n" in text
    assert "    added: 2026-12-01\n" in text
    assert "&" not in text
    code, _, err = paper(capsys, lab, "done", "cells", "kickoff", today="2026-12-01")
    assert code == 0, err


def test_serve_rebuilds_when_the_papers_file_changes_without_reading_sources(capsys, lab):
    from deadlines import catalog, papers, server
    from deadlines.snapshot import Snapshot
    from deadlines.templates import templates_from_config

    add_gaze(capsys, lab)
    path = Path(lab["papers"])
    cat = catalog.load([lab["catalog"]], overlay=False, cache=False)
    refreshes: list[int] = []

    def build() -> Snapshot:
        found = papers.load(path)
        return Snapshot.build(cat, D(2026, 12, 1), dt.UTC, templates_from_config({}), found)

    feed_server = server.FeedServer(build, refresh=lambda: refreshes.append(1))

    def fingerprint() -> tuple[int, int]:
        st = path.stat()
        return st.st_size, st.st_mtime_ns

    check = server.watcher(feed_server, fingerprint)
    assert check() is False  # nothing changed
    generation = feed_server.current.generation
    code, _, _ = paper(capsys, lab, "add", "Cells", "--venue", "labshop2027", "--author", "Bo")
    assert code == 0
    assert check() is True
    assert feed_server.current.generation == generation + 1
    assert [p.id for p in feed_server.current.snap.papers.papers] == ["gaze-estimation", "cells"]
    assert refreshes == []  # the sources were not read again
    assert check() is False
