"""The importer: real ccfddl and ai-deadlines files in, a valid, byte-stable catalog out."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from deadlines import catalog
from deadlines.errors import CatalogError, UsageError
from deadlines.importer import ImportReport, import_path
from deadlines.models import DeadlineKind, Edition, Rank
from deadlines.sources import ParseError, ccfddl, parse_event_dates

DATA = Path(__file__).parent / "data"
CCFDDL = DATA / "ccfddl"
HF = DATA / "ai-deadlines"
PWC = DATA / "ai-deadlines-pwc"
CCF_BASE = (
    "https://github.com/ccfddl/ccf-deadlines/blob/5f8dce347bc17783bc6cd50509e07cc0196863b4/"
    "conference/"
)
HF_BASE = (
    "https://github.com/huggingface/ai-deadlines/blob/de9f41b1e2b8611d9a29f5206be4e14fa2d99fce/"
    "src/data/conferences/"
)


def utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


def edition(report: ImportReport, edition_id: str) -> Edition:
    for series in report.catalog.series:
        for ed in series.editions:
            if ed.id == edition_id:
                return ed
    raise AssertionError(f"no edition {edition_id}")


def only(ed: Edition, kind: DeadlineKind, track: str | None = None):
    found = [d for d in ed.deadlines if d.kind is kind and d.track == track]
    assert len(found) == 1, found
    return found[0]


@pytest.fixture(scope="module")
def ccf() -> ImportReport:
    return import_path("ccfddl", CCFDDL, source_base=CCF_BASE)


@pytest.fixture(scope="module")
def hf() -> ImportReport:
    return import_path("ai-deadlines", HF, source_base=HF_BASE)


# --- ccfddl ---------------------------------------------------------------------------------


def test_ccfddl_cvpr2026_paper_deadline_is_aoe(ccf: ImportReport) -> None:
    ed = edition(ccf, "cvpr2026")
    paper = only(ed, DeadlineKind.PAPER)
    assert (paper.at, paper.zone) == ("2025-11-13 23:59", "AoE")  # ccfddl writes UTC-12
    assert paper.utc == utc("2025-11-14T11:59")
    assert paper.source == CCF_BASE + "AI/cvpr.yml"
    abstract = only(ed, DeadlineKind.ABSTRACT)
    assert (abstract.at, abstract.utc) == ("2025-11-06 23:59", utc("2025-11-07T11:59"))
    assert (ed.start, ed.end) == (dt.date(2026, 6, 3), dt.date(2026, 6, 7))
    assert ed.location == "Denver, Colorado, United States"
    assert ed.url == "https://cvpr.thecvf.com/Conferences/2026"
    assert ed.timezone == "AoE"


def test_ccfddl_series_fields(ccf: ImportReport) -> None:
    cvpr = next(s for s in ccf.catalog.series if s.id == "cvpr")
    assert cvpr.name == "CVPR"
    assert cvpr.full_name == "IEEE/CVF Conference on Computer Vision and Pattern Recognition"
    assert cvpr.tags == ("ai",)
    assert (cvpr.rank.core, cvpr.rank.ccf) == ("A*", "A")
    assert [e.id for e in cvpr.editions] == [f"cvpr{y}" for y in range(2022, 2027)]
    assert edition(ccf, "cvpr2022").deadlines[0].zone == "UTC-8"


def test_ccfddl_nips_file_becomes_neurips_by_title(ccf: ImportReport) -> None:
    ids = {s.id for s in ccf.catalog.series}
    assert "neurips" in ids
    assert "nips" not in ids
    paper = only(edition(ccf, "neurips2024"), DeadlineKind.PAPER)
    assert (paper.at, paper.zone) == ("2024-05-22 20:00", "UTC+0")
    assert paper.utc == utc("2024-05-22T20:00")
    assert paper.source == CCF_BASE + "AI/nips.yml"
    # "December 9-December 15, 2024": a range with the month stated twice
    ed = edition(ccf, "neurips2024")
    assert (ed.start, ed.end) == (dt.date(2024, 12, 9), dt.date(2024, 12, 15))


def test_ccfddl_abstract_deadline_key_with_a_space(ccf: ImportReport) -> None:
    abstract = only(edition(ccf, "prcv2024"), DeadlineKind.ABSTRACT)
    assert (abstract.at, abstract.zone) == ("2024-04-18 23:59", "UTC+8")
    assert abstract.utc == utc("2024-04-18T15:59")
    assert next(s for s in ccf.catalog.series if s.id == "prcv").tags == ("graphics",)


def test_ccfddl_tbd_is_reported_and_skipped(ccf: ImportReport) -> None:
    sensys = [p for p in ccf.problems if "sensys2027" in p]
    assert any("abstract: date is 'TBD'; skipped" in p for p in sensys)
    assert any("paper: date is 'TBD'; skipped" in p for p in sensys)
    ed = edition(ccf, "sensys2027")
    assert [(d.kind.value, d.track) for d in ed.deadlines] == [
        ("abstract", "round 1"),
        ("paper", "round 1"),
    ]
    assert ed.deadlines[0].note == "1st deadline"
    assert ed.note == "Dates: 2027"  # not a date range: kept as text, and reported
    assert any("event dates '2027' not understood" in p for p in sensys)


def test_ccfddl_rounds_become_tracks(ccf: ImportReport) -> None:
    ed = edition(ccf, "sensys2026")
    round2 = only(ed, DeadlineKind.PAPER, "round 2")
    assert (round2.at, round2.note) == ("2025-11-13 23:59", "2nd deadline")


def test_whole_ccfddl_ai_directory() -> None:
    report = import_path("ccfddl", CCFDDL / "AI")
    assert (report.series, report.editions, report.deadlines) == (55, 182, 270)
    assert report.skipped == 1
    assert report.problems == [
        f"{CCFDDL / 'AI' / 'acl.yml'}: acl2027 (acl27) paper: date is 'TBD'; skipped"
    ]
    # without a source base, every date cites its file
    assert edition(report, "iclr2025").deadlines[0].source == (CCFDDL / "AI/iclr.yml").resolve(
    ).as_uri()


def test_ccfddl_whole_fixture_tree_names_a_file_in_every_problem(ccf: ImportReport) -> None:
    assert (ccf.series, ccf.editions, ccf.deadlines, ccf.skipped) == (57, 188, 281, 3)
    assert ccf.problems
    for problem in ccf.problems:
        assert re.match(r"^\S+\.yml: ", problem), problem


def test_ccfddl_zone_errors_skip_that_editions_deadlines() -> None:
    text = """
- title: ABC
  description: A Conference
  sub: AI
  rank: {ccf: N, core: Australasian B}
  dblp: abc
  confs:
    - {year: 2026, id: abc26, link: 'https://abc.org', timezone: CST, date: 'May 1-3, 2026',
       place: Here, timeline: [{deadline: '2025-12-01 23:59:59'}]}
    - {year: 2027, id: ABC27, link: 'https://abc.org', timezone: UTC-7, date: 'Dec 30-Jan 2',
       place: TBD, timeline: [{deadline: '2026-13-01 23:59:59'}]}
"""
    parsed = ccfddl.parse(text, source="https://example.org/abc.yml")
    [series] = parsed.series
    assert "rank" not in series
    assert [e["year"] for e in series["editions"]] == [2026, 2027]
    assert "deadlines" not in series["editions"][0]
    assert "location" not in series["editions"][1]
    assert parsed.skipped == 2
    assert any("ambiguous" in p and "abc2026" in p for p in parsed.problems)
    assert any("'Australasian B'" in p for p in parsed.problems)
    assert any("id 'ABC27' is not lower case" in p for p in parsed.problems)
    assert any("abc2027 (ABC27) paper:" in p and "2026-13-01" in p for p in parsed.problems)
    assert any("'Dec 30-Jan 2' not understood" in p for p in parsed.problems)


def test_ccfddl_rejects_other_formats() -> None:
    with pytest.raises(ParseError, match="not a ccfddl file"):
        ccfddl.parse((HF / "cvpr.yml").read_text(), source="x")


# --- ai-deadlines (Hugging Face) --------------------------------------------------------------


def test_hf_cvpr2026_deadline_list(hf: ImportReport) -> None:
    ed = edition(hf, "cvpr2026")
    assert [(d.kind.value, d.at) for d in ed.deadlines] == [
        ("abstract", "2025-11-07 23:59"),
        ("paper", "2025-11-13 23:59"),
        ("supplementary", "2025-11-20 23:59"),
        ("review_release", "2026-01-22 23:59"),
        ("rebuttal_start", "2026-01-22 23:59"),
        ("rebuttal_end", "2026-01-29 23:59"),
        ("notification", "2026-02-20 23:59"),
    ]
    assert {d.zone for d in ed.deadlines} == {"AoE"}
    assert only(ed, DeadlineKind.SUPPLEMENTARY).label == "Supplementary Materials"
    assert only(ed, DeadlineKind.PAPER).utc == utc("2025-11-14T11:59")
    assert only(ed, DeadlineKind.PAPER).source == HF_BASE + "cvpr.yml"
    assert ed.location == "Denver, USA"
    assert ed.url == "https://cvpr.thecvf.com/Conferences/2026/CallForPapers"


def test_hf_edition_without_deadlines_is_kept(hf: ImportReport) -> None:
    ed = edition(hf, "cvpr2027")
    assert ed.deadlines == ()
    assert (ed.start, ed.end, ed.location) == (dt.date(2027, 6, 19), dt.date(2027, 6, 26),
                                               "Seattle, USA")


def test_hf_legacy_flat_fields(hf: ImportReport) -> None:
    ed = edition(hf, "cvpr2025")
    assert [(d.kind.value, d.at, d.zone) for d in ed.deadlines] == [
        ("abstract", "2024-11-07 23:59", "UTC-8"),
        ("paper", "2024-11-14 23:59", "UTC-8"),
        ("review_release", "2025-01-23 07:59", "UTC-8"),
        ("rebuttal_end", "2025-01-31 07:59", "UTC-8"),
        ("notification", "2025-02-26 07:59", "UTC-8"),
    ]
    assert only(ed, DeadlineKind.PAPER).utc == utc("2024-11-15T07:59")


def test_hf_series_merges_editions_and_normalises_tags(hf: ImportReport) -> None:
    cvpr = next(s for s in hf.catalog.series if s.id == "cvpr")
    assert [e.year for e in cvpr.editions] == [2025, 2026, 2027]
    assert cvpr.tags == ("cv", "robotics", "ml", "optimization-methods",
                         "representation-learning")
    assert (cvpr.rank.core, cvpr.rank.ccf) == ("A*", "A")
    neurips = next(s for s in hf.catalog.series if s.id == "neurips")
    assert neurips.tags == ("ml",)
    assert neurips.rank.core is None


def test_hf_gmt_offset_is_read_as_people_write_it_and_reported(hf: ImportReport) -> None:
    paper = only(edition(hf, "icassp2025"), DeadlineKind.PAPER)
    assert (paper.at, paper.zone) == ("2025-09-18 08:59", "GMT+02")
    assert paper.utc == utc("2025-09-18T06:59")
    icassp = [p for p in hf.problems if p.startswith(f"{HF / 'icassp.yml'}: icassp2025")]
    assert any("zone 'GMT+02' assumed" in p for p in icassp)


def test_hf_pst_in_summer_is_reported(hf: ImportReport) -> None:
    paper = only(edition(hf, "icdar2025"), DeadlineKind.PAPER)
    assert (paper.at, paper.zone) == ("2025-03-14 23:59", "PST")
    assert paper.utc == utc("2025-03-15T06:59")  # PDT that day: the earlier instant
    abstract = only(edition(hf, "icdar2025"), DeadlineKind.ABSTRACT)
    assert abstract.utc == utc("2025-03-01T07:59")  # February: PST is right
    assert any("icdar2025 paper: zone 'PST' assumed" in p for p in hf.problems)
    assert not any("icdar2025 abstract" in p for p in hf.problems)


@pytest.mark.parametrize(
    ("edition_id", "kind", "zone", "instant"),
    [
        ("miccai2026", DeadlineKind.PAPER, "UTC-08", "2026-02-27T07:59"),
        ("mathai2025", DeadlineKind.PAPER, "Europe/London", "2025-02-19T23:59"),
        ("mathai2025", DeadlineKind.NOTIFICATION, "AoE", "2025-03-11T11:59"),
        ("hicss2027", DeadlineKind.PAPER, "Pacific/Honolulu", "2026-06-16T09:59"),
        ("3dv2027", DeadlineKind.PAPER, "UTC-7", "2026-08-28T18:00"),
    ],
)
def test_hf_zones(hf: ImportReport, edition_id: str, kind: DeadlineKind, zone: str,
                  instant: str) -> None:
    deadline = only(edition(hf, edition_id), kind)
    assert deadline.zone == zone
    assert deadline.utc == utc(instant)


def test_hf_camera_ready_twice_keeps_both_labels(hf: ImportReport) -> None:
    ed = edition(hf, "miccai2026")
    labels = [d.label for d in ed.deadlines if d.kind is DeadlineKind.CAMERA_READY]
    assert labels == ["Camera-Ready (Early Accepted Papers)", "Camera-Ready (All Other Papers)"]


def test_hf_start_that_disagrees_with_the_date_text_is_reported(hf: ImportReport) -> None:
    assert any(
        "icassp2026 (icassp26): start/end 2025-05-04..2025-05-08 disagree with the date text"
        in p for p in hf.problems
    )
    assert any("icassp2026 (icassp26) paper: 2025-09-18 08:59 is after the event starts" in p
               for p in hf.problems)


def test_whole_hf_directory(hf: ImportReport) -> None:
    assert (hf.series, hf.editions, hf.deadlines, hf.skipped) == (68, 122, 486, 0)
    assert len(hf.problems) == 12
    for problem in hf.problems:
        assert re.match(rf"^{re.escape(str(HF))}/[a-z0-9_+]+\.yml: ", problem), problem


# --- ai-deadlines (Papers with Code, the flat schema) ----------------------------------------


def test_pwc_dataset_mistakes_become_problems() -> None:
    report = import_path("ai-deadlines", PWC)
    assert (report.series, report.editions) == (95, 169)
    neurips = edition(report, "neurips2024")
    assert (neurips.start, neurips.end) == (None, None)
    assert any("neurips2024 (neurips24): end 2023-12-15 is before start 2024-12-09" in p
               for p in report.problems)
    cikm = edition(report, "cikm2024")
    assert any("id 'CIKM24' is not lower case" in p for p in report.problems)
    assert any("cikm2024 (CIKM24): `data:` read as `date:`" in p for p in report.problems)
    assert (cikm.start, cikm.end) == (dt.date(2024, 10, 21), dt.date(2024, 10, 25))
    assert next(s for s in report.catalog.series if s.id == "cikm").tags == (
        "data-mining", "knowledge-representation")
    # HTML links in notes become plain text
    assert "<a" not in (edition(report, "emnlp2024").note or "")
    assert "(https://2024.emnlp.org/calls/main_conference_papers/)" in (
        edition(report, "emnlp2024").note or "")
    # a wall time without seconds, and AoE written as UTC-12
    paper = only(edition(report, "emnlp2024"), DeadlineKind.PAPER)
    assert (paper.at, paper.zone) == ("2024-06-15 23:59", "AoE")


# --- output -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("fmt", "path"), [("ccfddl", CCFDDL), ("ai-deadlines", HF),
                                           ("ai-deadlines", PWC)])
def test_output_is_byte_stable_and_reloads(fmt: str, path: Path, tmp_path: Path) -> None:
    first = import_path(fmt, path, source_base="https://example.org/data/")
    second = import_path(fmt, path, source_base="https://example.org/data/")
    assert first.yaml_text == second.yaml_text
    out = tmp_path / "imported.yaml"
    out.write_text(first.yaml_text, encoding="utf-8")
    loaded = catalog.load_file(out)
    assert loaded.catalog == first.catalog
    merged = catalog.merge([loaded])
    assert len(merged.venues) == first.editions


def test_output_leaves_out_defaults_and_nulls() -> None:
    report = import_path("ccfddl", CCFDDL / "AI" / "cvpr.yml", source_base="https://x.org/")
    text = report.yaml_text
    assert "null" not in text
    assert "status:" not in text
    assert "zone_assumed" not in text
    assert "id: cvpr2026" not in text  # the default edition id is not written
    assert "  - id: cvpr\n    name: CVPR\n    full_name:" in text
    assert "tags: [ai]" in text
    assert "rank: {core: A*, ccf: A}" in text
    assert "start: 2026-06-03\n" in text
    # deadlines in date order, inheriting the edition's zone
    assert text.index("at: 2025-11-06 23:59") < text.index("at: 2025-11-13 23:59")
    assert "source: https://x.org/cvpr.yml" in text


# --- inputs that go wrong ---------------------------------------------------------------------


def test_unknown_format_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="unknown import format 'wikicfp'"):
        import_path("wikicfp", CCFDDL)


def test_a_bad_file_is_one_problem_and_the_rest_continue(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "broken.yml").write_text("- title: [unclosed\n", encoding="utf-8")
    (tmp_path / "a" / "types.yml").write_text("- name: x\n  sub: AI\n", encoding="utf-8")
    (tmp_path / "b.yml").write_bytes(b"\xff\xfe not utf-8")
    (tmp_path / "cvpr.yml").write_text((CCFDDL / "AI" / "cvpr.yml").read_text(),
                                       encoding="utf-8")
    report = import_path("ccfddl", tmp_path)
    assert report.series == 1
    assert len(report.problems) == 2
    assert report.problems[0].startswith(f"{tmp_path / 'a' / 'broken.yml'}: malformed YAML")
    assert report.problems[1].startswith(f"{tmp_path / 'b.yml'}: cannot read")


def test_nothing_readable_is_a_catalog_error(tmp_path: Path) -> None:
    (tmp_path / "x.yml").write_text("just: a mapping\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="nothing could be imported"):
        import_path("ccfddl", tmp_path)
    with pytest.raises(CatalogError, match="no such file"):
        import_path("ccfddl", tmp_path / "missing")


def test_two_venues_with_one_short_name_get_distinct_ids(tmp_path: Path) -> None:
    base = "- title: SEC\n  description: {}\n  sub: {}\n  rank: {{ccf: C}}\n  dblp: x\n  confs: []"
    (tmp_path / "DS").mkdir()
    (tmp_path / "SC").mkdir()
    (tmp_path / "DS" / "sec.yml").write_text(base.format("Edge Computing", "DS"))
    (tmp_path / "SC" / "sec.yml").write_text(base.format("Information Security", "SC"))
    report = import_path("ccfddl", tmp_path)
    assert [s.id for s in report.catalog.series] == ["sec", "sec-security"]
    assert report.problems == [
        (
            f"{tmp_path / 'SC' / 'sec.yml'}: series id 'sec' is already used by "
            f"{tmp_path / 'DS' / 'sec.yml'} (Edge Computing); using 'sec-security'"
        )
    ]


def test_known_series_get_only_the_editions_the_catalog_lacks() -> None:
    known = catalog.load().series
    everything = import_path("ccfddl", CCFDDL / "AI", source_base=CCF_BASE)
    report = import_path("ccfddl", CCFDDL / "AI", source_base=CCF_BASE, known=known)
    theirs = {s.id: s for s in everything.catalog.series}
    mine = {s.id: s for s in report.catalog.series}
    # CVPR: the catalog has every year the tracker has, so nothing of it is written
    assert "cvpr" in theirs
    assert "cvpr" not in mine
    # RuleML+RR is ccfddl's `ruleml+rr`, the catalog's `ruleml-rr`: its 2026 is known too
    assert "ruleml+rr" in theirs
    assert not {"ruleml+rr", "ruleml-rr"} & set(mine)
    assert report.left_out == 1 + sum(
        len([e for e in s.editions if e.year in {k.year for k in known[s.id].editions}])
        for s in everything.catalog.series
        if s.id in known
    )
    for sid, series in mine.items():
        if sid in known:  # written as the catalog names it, with no tags or rank of the tracker's
            assert series.name == known[sid].name
            assert not series.tags
            assert series.rank == Rank()
            assert not {e.year for e in series.editions} & {e.year for e in known[sid].editions}
    assert any(sid in known for sid in mine)
    # a series the catalog lacks is written whole
    new = [sid for sid in theirs if sid not in known and sid != "ruleml+rr"]
    assert new
    assert all(mine[sid] == theirs[sid] for sid in new)


def test_a_known_series_under_another_id_is_found_by_its_name(tmp_path: Path) -> None:
    (tmp_path / "AI").mkdir()
    (tmp_path / "AI" / "rulemlrr.yml").write_text(
        "- title: RuleML+RR\n  description: Rules and Reasoning\n  sub: AI\n"
        "  rank: {ccf: N, core: B}\n  dblp: ruleml\n  confs:\n"
        "  - year: 2031\n    id: rulemlrr31\n    link: https://example.org/\n"
        "    timeline:\n    - deadline: '2031-05-22 23:59:59'\n    timezone: AoE\n"
        "    date: May 1-3, 2031\n    place: Vilnius\n"
    )
    known = catalog.load().series
    assert "ruleml-rr" in known
    assert "ruleml+rr" not in known
    report = import_path("ccfddl", tmp_path, known=known)
    (series,) = report.catalog.series
    assert (series.id, [e.id for e in series.editions]) == ("ruleml-rr", ["ruleml-rr2031"])
    assert not series.tags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("June 3-7, 2026", ("2026-06-03", "2026-06-07")),
        ("June 19 - June 24, 2022", ("2022-06-19", "2022-06-24")),
        ("Dec 6-12, 2026", ("2026-12-06", "2026-12-12")),
        ("November 28-December 9, 2022", ("2022-11-28", "2022-12-09")),
        ("29 June - 3 July, 2026", ("2026-06-29", "2026-07-03")),
        ("January 31 - 4 February, 2026", ("2026-01-31", "2026-02-04")),
        ("November 22-26 2026", ("2026-11-22", "2026-11-26")),
        ("Sep. 8-13, 2026", ("2026-09-08", "2026-09-13")),
        ("Sept 22 - Oct 2, 2025", ("2025-09-22", "2025-10-02")),
        ("August 30 - Septemper 1, 2024", ("2024-08-30", "2024-09-01")),
        ("September 30 to October 3, 2025", ("2025-09-30", "2025-10-03")),
        ("August 10–14, 2025", ("2025-08-10", "2025-08-14")),
        ("December 6, 2026", ("2026-12-06", "2026-12-06")),
        ("November 3 - December 1", ("2026-11-03", "2026-12-01")),
        ("December 30, 2026 - January 3, 2027", ("2026-12-30", "2027-01-03")),
    ],
)
def test_event_dates(text: str, expected: tuple[str, str]) -> None:
    start, end = expected
    assert parse_event_dates(text, 2026) == (dt.date.fromisoformat(start),
                                             dt.date.fromisoformat(end))


@pytest.mark.parametrize(
    "text",
    ["TBD", "2027", "November, 2026", "March-April, 2025", "May 2027 (exact dates TBD)",
     "June 31-32, 2026", "Dec 30-Jan 2, 2026", "Extended", ""],
)
def test_event_dates_not_guessed(text: str) -> None:
    assert parse_event_dates(text, 2026) is None
