"""Catalog loading: valid files load; every kind of bad input names its file and line."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from deadlines import catalog
from deadlines.errors import CatalogError, UsageError
from deadlines.models import DeadlineKind, Status

GOOD = """\
version: 1
series:
  - id: cvpr
    name: CVPR
    tags: [cv]
    rank: {core: A*, ccf: A}
    editions:
      - year: 2026
        start: 2026-06-03
        end: 2026-06-07
        timezone: AoE
        deadlines:
          - kind: paper
            at: 2025-11-13 23:59
            source: https://example.org/cvpr2026
            history:
              - at: 2025-11-06 23:59
  - id: cvmi
    name: CVMI
    kind: workshop
    editions:
      - year: 2026
        parent: cvpr2026
        archival: true
        deadlines:
          - {kind: paper, at: 2026-03-16 23:59, zone: PST, source: https://example.org/cvmi}
"""


def write(tmp_path: Path, text: str, name: str = "cat.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def load_alone(path: Path) -> catalog.Catalog:
    return catalog.load([path], include_default=False)


def test_good_catalog_loads_with_exact_instants(tmp_path: Path) -> None:
    cat = load_alone(write(tmp_path, GOOD))
    cvpr = cat.venue("cvpr2026")
    paper = cvpr.edition.deadlines[0]
    assert paper.kind is DeadlineKind.PAPER
    assert paper.status is Status.ANNOUNCED
    assert paper.utc == dt.datetime(2025, 11, 14, 11, 59, tzinfo=dt.UTC)
    assert paper.history[0].at == "2025-11-06 23:59"
    assert cvpr.edition.start == dt.date(2026, 6, 3)
    cvmi = cat.venue("cvmi2026")
    assert cat.parent(cvmi) is cvpr
    assert cvmi.edition.archival is True


def test_pst_after_dst_start_is_a_warning_with_its_line(tmp_path: Path) -> None:
    cat = load_alone(write(tmp_path, GOOD))
    # 2026-03-16 is after US clocks went forward: the page says PST, the date is PDT.
    (warning,) = cat.warnings
    assert warning.line == 26
    assert "PST" in warning.message
    assert cat.venue("cvmi2026").edition.deadlines[0].utc == dt.datetime(
        2026, 3, 17, 6, 59, tzinfo=dt.UTC
    )


def test_two_papers_of_one_track_are_a_warning_with_its_line(tmp_path: Path) -> None:
    """AABI's proceedings and fast-track papers told apart by their labels alone were two
    identical `paper` rows in `next`: each wants a track."""
    text = """\
    version: 1
    series:
      - id: aabi
        name: AABI
        editions:
          - year: 2025
            timezone: AoE
            deadlines:
              - {kind: paper, at: 2025-02-14 23:59, label: Proceedings, source: https://a.example}
              - {kind: paper, at: 2025-03-14 23:59, label: Fast Track, source: https://a.example}
              - {kind: abstract, at: 2025-02-07, track: A, source: https://a.example}
              - {kind: abstract, at: 2025-03-07, track: B, source: https://a.example}
    """
    (warning,) = load_alone(write(tmp_path, text)).warnings
    assert warning.line == 10
    assert warning.message == (
        "aabi2025: two paper deadlines with no track (2025-02-14 and 2025-03-14); give each "
        "its own `track`"
    )


def test_series_id_finds_newest_edition_and_typos_get_suggestions(tmp_path: Path) -> None:
    cat = load_alone(write(tmp_path, GOOD))
    assert cat.venue("CVPR").id == "cvpr2026"
    with pytest.raises(UsageError, match="did you mean cvpr2026"):
        cat.venue("cvpr2062")


def error_for(tmp_path: Path, text: str) -> CatalogError:
    path = write(tmp_path, text)
    with pytest.raises(CatalogError) as info:
        load_alone(path)
    assert info.value.exit_code == 2
    assert str(info.value).startswith(f"{path}:")
    assert "\n" not in str(info.value)
    return info.value


def test_malformed_yaml_names_the_line(tmp_path: Path) -> None:
    err = error_for(tmp_path, GOOD.replace("    tags: [cv]", "    tags: [cv"))
    assert err.line == 6
    assert "malformed YAML" in err.message


def test_unknown_zone_names_the_line_and_the_fix(tmp_path: Path) -> None:
    err = error_for(tmp_path, GOOD.replace("zone: PST", "zone: Pacific/Nowhere"))
    assert err.line == 26
    assert "unknown time zone 'Pacific/Nowhere'" in err.message


def test_a_workshop_that_takes_no_papers_cannot_list_a_paper_deadline(tmp_path: Path) -> None:
    err = error_for(tmp_path, GOOD.replace("        archival: true", "        papers: false"))
    assert err.line == 22  # the edition that says so
    assert "takes no papers (papers: false) but lists a submission deadline" in err.message


def test_ambiguous_zone_is_an_error(tmp_path: Path) -> None:
    err = error_for(tmp_path, GOOD.replace("timezone: AoE", "timezone: CST"))
    assert err.line == 11
    assert "ambiguous" in err.message


def test_impossible_date(tmp_path: Path) -> None:
    err = error_for(tmp_path, GOOD.replace("at: 2025-11-13 23:59", "at: 2025-02-30 23:59"))
    assert err.line == 14
    assert "not a real date" in err.message


def test_end_before_start(tmp_path: Path) -> None:
    err = error_for(tmp_path, GOOD.replace("end: 2026-06-07", "end: 2026-05-07"))
    assert err.line == 8
    assert "before start" in err.message


def test_duplicate_series_id(tmp_path: Path) -> None:
    twice = GOOD + "  - id: cvpr\n    name: CVPR again\n"
    err = error_for(tmp_path, twice)
    assert err.line == 27
    assert "duplicate series id 'cvpr'" in err.message


def test_duplicate_edition_id(tmp_path: Path) -> None:
    edition = "      - year: 2026\n        parent: cvpr2026"
    text = GOOD.replace(edition, f"{edition}\n{edition}")
    err = error_for(tmp_path, text)
    assert "duplicate edition id 'cvmi2026'" in err.message
    assert err.line == 24


def test_duplicate_key(tmp_path: Path) -> None:
    err = error_for(tmp_path, GOOD.replace("    tags: [cv]", "    tags: [cv]\n    tags: [ml]"))
    assert err.line == 6
    assert "duplicate key 'tags' (first on line 5)" in err.message


def test_unknown_field_and_missing_zone(tmp_path: Path) -> None:
    err = error_for(tmp_path, GOOD.replace("    tags: [cv]", "    tagz: [cv]"))
    assert err.line == 5
    assert "unknown field `tagz`" in err.message
    err = error_for(tmp_path, GOOD.replace("        timezone: AoE\n", ""))
    assert err.line == 12
    assert "no zone" in err.message


def test_unknown_parent_and_orphan_workshop(tmp_path: Path) -> None:
    err = error_for(tmp_path, GOOD.replace("parent: cvpr2026", "parent: cvpr2062"))
    assert "unknown parent edition 'cvpr2062'; did you mean 'cvpr2026'?" in err.message
    assert err.line == 23
    err = error_for(tmp_path, GOOD.replace("        parent: cvpr2026\n", ""))
    assert "needs a `parent`" in err.message


def test_announced_date_without_source(tmp_path: Path) -> None:
    err = error_for(
        tmp_path, GOOD.replace("            source: https://example.org/cvpr2026\n", "")
    )
    assert "needs a `source`" in err.message
    assert err.line == 13


def test_not_a_mapping_and_missing_file(tmp_path: Path) -> None:
    err = error_for(tmp_path, "- just\n- a list\n")
    assert "mapping" in err.message
    with pytest.raises(CatalogError, match="no such file"):
        load_alone(tmp_path / "missing.yaml")


def test_user_catalog_adds_and_replaces_editions(tmp_path: Path) -> None:
    base = write(tmp_path, GOOD, "base.yaml")
    extra = write(
        tmp_path,
        """\
        version: 1
        series:
          - id: cvpr
            name: CVPR
            tags: [cv]
            editions:
              - year: 2027
                start: 2027-06-19
          - id: labday
            name: Lab Day
            editions:
              - year: 2027
                deadlines:
                  - {kind: paper, at: 2027-02-01, zone: Europe/Berlin, source: https://lab.example}
        """,
        "extra.yaml",
    )
    cat = catalog.load([base, extra], include_default=False)
    assert sorted(cat.venues) == ["cvmi2026", "cvpr2026", "cvpr2027", "labday2027"]
    assert cat.venue("labday2027").edition.deadlines[0].utc == dt.datetime(
        2027, 2, 1, 22, 59, tzinfo=dt.UTC
    )


def test_shipped_catalog_is_valid() -> None:
    cat = catalog.load()
    assert len(cat.series) >= 1
    for venue in cat:
        for deadline in venue.edition.deadlines:
            assert deadline.source or deadline.basis, venue.id


def test_parse_cache_is_used_while_the_file_is_unchanged(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    path = tmp_path / "lab.yaml"
    path.write_text(
        "version: 1\nseries:\n  - id: lab\n    name: Lab\n    editions:\n      - year: 2027\n"
        "        deadlines:\n          - {kind: paper, at: '2027-02-23 23:59', zone: AoE,"
        " source: https://lab.example/}\n",
        encoding="utf-8",
    )
    first = catalog.load_cached(path, cache)
    (entry,) = cache.iterdir()
    assert catalog.load_cached(path, cache) is not first  # read back from the pickle
    assert catalog.load_cached(path, cache).catalog == first.catalog
    assert catalog.load_cached(path, cache).catalog.series[0].editions[0].deadlines[0].utc == (
        dt.datetime(2027, 2, 24, 11, 59, tzinfo=dt.UTC)
    )
    # An edit changes the size or mtime: the file is parsed again and the entry replaced.
    path.write_text(path.read_text().replace("23:59", "12:00"), encoding="utf-8")
    again = catalog.load_cached(path, cache)
    assert again.catalog.series[0].editions[0].deadlines[0].utc == (
        dt.datetime(2027, 2, 24, 0, 0, tzinfo=dt.UTC)
    )
    assert list(cache.iterdir()) == [entry]
    # A damaged entry is parsed over, never trusted; a bad file still says what is wrong.
    entry.write_bytes(b"not a pickle")
    assert catalog.load_cached(path, cache).catalog == again.catalog
    path.write_text("series: [", encoding="utf-8")
    with pytest.raises(CatalogError, match=r"lab\.yaml:2: malformed YAML"):
        catalog.load_cached(path, cache)


def test_unknown_review_cycles_series(tmp_path: Path) -> None:
    text = GOOD.replace("    tags: [cv]", "    tags: [cv]\n    review_cycles: arr", 1)
    err = error_for(tmp_path, text)
    assert err.line == 6
    assert err.message == "cvpr: unknown review_cycles series 'arr'"


def test_a_later_file_keeps_what_it_leaves_out_of_a_series(tmp_path: Path) -> None:
    """A lab adding an edition to a shipped series need not repeat its tags, rank or kind;
    what it does state (a name, a tag) wins."""
    shipped = write(tmp_path, """\
        version: 1
        series:
          - id: host
            name: Host
            editions:
              - {year: 2026, deadlines: [{kind: paper, at: 2025-11-14, zone: AoE,
                 source: https://host.example/}]}
              - {year: 2027, deadlines: [{kind: paper, at: 2026-11-13, zone: AoE,
                 source: https://host.example/}]}
          - id: cvmi
            name: CVMI
            kind: workshop
            tags: [cv, medical]
            rank: {core: B}
            url: https://cvmi.example/
            editions:
              - {year: 2026, parent: host2026, deadlines: [{kind: paper, at: 2026-03-16,
                 zone: AoE, source: https://cvmi.example/}]}
        """, "shipped.yaml")
    lab = write(tmp_path, """\
        version: 1
        series:
          - id: cvmi
            name: CVMI workshop
            editions:
              - {year: 2027, parent: host2027, deadlines: [{kind: paper, at: 2027-03-15,
                 zone: AoE, source: https://lab.example/}]}
        """, "lab.yaml")
    cat = catalog.load([shipped, lab], include_default=False)
    series = cat.venue("cvmi2027").series
    assert (series.name, series.kind.value, series.tags, series.rank.core, series.url) == (
        "CVMI workshop", "workshop", ("cv", "medical"), "B", "https://cvmi.example/"
    )
    assert [e.year for e in series.editions] == [2026, 2027]
    retagged = write(tmp_path, "version: 1\nseries:\n  - {id: cvmi, name: CVMI, tags: [ml]}\n",
                     "retag.yaml")
    assert catalog.load([shipped, retagged], include_default=False).series["cvmi"].tags == ("ml",)


def test_an_edition_off_its_series_rhythm_is_a_warning_with_its_line(tmp_path: Path) -> None:
    text = """\
    version: 1
    series:
      - id: eccv
        name: ECCV
        every: 2
        editions:
          - {year: 2022}
          - {year: 2024}
          - {year: 2025}
    """
    (warning,) = load_alone(write(tmp_path, text)).warnings
    assert warning.line == 9
    assert warning.message == (
        "eccv2025: ECCV is held every 2 years from 2022, not in 2025; fix the year or `every`"
    )
