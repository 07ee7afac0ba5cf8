"""Next-edition estimates: exact dates worked out by hand from small inline catalogs."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from deadlines import catalog
from deadlines.catalog import Catalog
from deadlines.estimate import (
    GENERIC_PREFIX,
    Method,
    add_years,
    align,
    anchor,
    backtest,
    estimate,
    is_generic,
    period,
    shift,
    usual_weekday,
)
from deadlines.models import DeadlineKind, Edition, Series, Status, Venue

D = dt.date


def load(tmp_path: Path, text: str) -> Catalog:
    path = tmp_path / "catalog.yaml"
    path.write_text("version: 1\nseries:\n" + textwrap.dedent(text), encoding="utf-8")
    return catalog.merge([catalog.load_file(path)])


def by_id(venues: list[Venue]) -> dict[str, Venue]:
    return {v.id: v for v in venues}


def stated(venue: Venue) -> dict[str, str]:
    """Each deadline as stated, keyed by kind (and track)."""
    return {
        d.kind.value + (f"/{d.track}" if d.track else ""): d.stated()
        for d in venue.edition.deadlines
    }


# An annual conference whose deadline is a Thursday (ICML-like), with an abstract, a
# labelled supplementary deadline and a second track. Start dates are known, but a
# conference follows the calendar (FOLLOW_START), so they do not move its estimate.
ANNUAL = """\
- id: icml
  name: ICML
  editions:
    - year: 2023
      start: 2023-07-23
      timezone: AoE
      deadlines:
        - {kind: paper, at: 2023-01-26, source: https://example.org/2023}
    - year: 2024
      start: 2024-07-21
      timezone: AoE
      deadlines:
        - {kind: paper, at: 2024-02-01, source: https://example.org/2024}
    - year: 2025
      start: 2025-07-13
      timezone: AoE
      url: https://icml.cc/2025
      deadlines:
        - {kind: abstract, at: 2025-01-23, source: https://example.org/2025}
        - {kind: paper, at: 2025-01-30, source: https://example.org/2025}
        - {kind: paper, at: 2025-02-06 12:00, zone: UTC, track: position,
           source: https://example.org/2025}
        - {kind: supplementary, at: 2025-02-06, label: Supplementary material,
           source: https://example.org/2025}
"""


def test_calendar_method_aligns_to_the_usual_weekday(tmp_path: Path) -> None:
    venues = by_id(estimate(load(tmp_path, ANNUAL), D(2025, 6, 1)))
    assert list(venues) == ["icml2026"]
    icml = venues["icml2026"]
    # Thu 2025-01-30 + 1 year = Fri 2026-01-30; every edition used a Thursday, and the
    # nearest Thursday is 2026-01-29: one delta of 364 days moves every deadline.
    assert stated(icml) == {
        "abstract": "2026-01-22 23:59 AoE",
        "paper": "2026-01-29 23:59 AoE",
        "paper/position": "2026-02-05 12:00 UTC",
        "supplementary": "2026-02-05 23:59 AoE",
    }
    supplementary = icml.edition.deadlines[-1]
    assert supplementary.label == "Supplementary material"
    assert supplementary.kind is DeadlineKind.SUPPLEMENTARY
    assert icml.edition.year == 2026
    assert icml.edition.url is None  # last year's site is not this year's
    assert icml.edition.deadlines[1].basis == (
        "from ICML 2025 (Thu 2025-01-30), one year on, moved to its usual Thursday"
    )


def test_weekday_habit_outvotes_an_odd_base_year(tmp_path: Path) -> None:
    text = "- id: conf\n  name: CONF\n  editions:\n" + "".join(
        f"    - {{year: {at[:4]}, deadlines: [{{kind: paper, at: {at}, zone: AoE, "
        "source: https://example.org}]}\n"
        for at in ["2023-03-12", "2024-03-10", "2025-03-14"]
    )
    [conf] = estimate(load(tmp_path, text), D(2025, 6, 1))
    # Sun, Sun, then Fri 2025-03-14: + 1 year = Sat 2026-03-14, nearest Sunday 2026-03-15.
    assert stated(conf) == {"paper": "2026-03-15 23:59 AoE"}


def test_weekday_ties_go_to_the_newest_edition() -> None:
    def edition(year: int, at: str) -> Edition:
        return Edition.model_validate(
            {
                "year": year,
                "id": f"c{year}",
                "deadlines": [
                    {"kind": "paper", "at": at, "zone": "AoE", "source": "https://example.org"}
                ],
            }
        )

    # Thu 2022-05-19, Wed 2023-05-17, Wed 2024-05-22, Thu 2025-05-15: two each, newest Thu.
    history = [
        edition(2022, "2022-05-19"),
        edition(2023, "2023-05-17"),
        edition(2024, "2024-05-22"),
        edition(2025, "2025-05-15"),
    ]
    assert usual_weekday([anchor(e) for e in history]) == 3
    # Fri 2026-05-15 → Thu 2026-05-14.
    moved = shift(Series(id="c", name="C"), history, 1, None, None)
    assert (moved.method, moved.days) == (Method.CALENDAR, 364)


def test_small_helpers() -> None:
    assert period([2021, 2023, 2025]) == 2
    assert period([2024, 2026, 2025]) == 1
    assert period([2025]) == 1
    assert add_years(D(2024, 2, 29), 1) == D(2025, 2, 28)
    assert align(D(2027, 3, 7), 2) == D(2027, 3, 10)  # Sun → Wed is 3 days on
    assert align(D(2025, 11, 17), 4) == D(2025, 11, 14)  # Mon → Fri is 3 days back


def test_start_method_keeps_the_distance_to_the_conference() -> None:
    base = Edition.model_validate(
        {
            "year": 2026,
            "id": "cvpr2026",
            "start": "2026-06-03",
            "deadlines": [
                {"kind": "paper", "at": "2025-11-13", "zone": "AoE", "source": "https://x.org"}
            ],
        }
    )
    moved = shift(Series(id="cvpr", name="CVPR"), [base], 1, D(2026, 6, 3), D(2027, 6, 19))
    # 2026-06-03 → 2027-06-19 is 381 days; 2025-11-13 + 381 days = 2026-11-29.
    assert moved.method is Method.START
    assert D(2025, 11, 13) + dt.timedelta(days=moved.days) == D(2026, 11, 29)
    assert moved.basis == (
        "from CVPR 2026 (2025-11-13), shifted with the conference start (2026-06-03 → 2027-06-19)"
    )


CVPR = """\
- id: cvpr
  name: CVPR
  editions:
    - year: 2026
      start: 2026-06-03
      timezone: AoE
      deadlines:
        - {kind: abstract, at: 2025-11-07, source: https://example.org/cvpr}
        - {kind: paper, at: 2025-11-13, source: https://example.org/cvpr}
    - year: 2027
      start: 2027-06-19
      end: 2027-06-26
      url: https://cvpr.thecvf.com/Conferences/2027
      location: Seattle, USA
      source: https://example.org/cvpr2027
      note: dates only
- id: cvmi
  name: CVMI
  kind: workshop
  editions:
    - year: 2026
      parent: cvpr2026
      archival: true
      deadlines:
        - {kind: paper, at: 2026-03-08, zone: AoE, source: https://example.org/cvmi}
        - {kind: camera_ready, at: 2026-04-10, zone: AoE, source: https://example.org/cvmi}
"""


def test_existing_target_edition_is_filled_and_keeps_its_fields(tmp_path: Path) -> None:
    venues = by_id(estimate(load(tmp_path, CVPR), D(2026, 4, 1)))
    cvpr = venues["cvpr2027"]
    # Thu 2025-11-13 + 1 year = Fri 2026-11-13 → Thu 2026-11-12 (the calendar method: a
    # conference does not follow its start, which would give 2026-11-29).
    assert stated(cvpr) == {"abstract": "2026-11-06 23:59 AoE", "paper": "2026-11-12 23:59 AoE"}
    edition = cvpr.edition
    assert (edition.id, edition.url, edition.location) == (
        "cvpr2027",
        "https://cvpr.thecvf.com/Conferences/2027",
        "Seattle, USA",
    )
    assert (edition.start, edition.end, edition.source, edition.note) == (
        D(2027, 6, 19),
        D(2027, 6, 26),
        "https://example.org/cvpr2027",
        "dates only",
    )


def test_workshop_follows_its_parent_start(tmp_path: Path) -> None:
    venues = by_id(estimate(load(tmp_path, CVPR), D(2026, 4, 1)))
    cvmi = venues["cvmi2027"]
    assert cvmi.edition.parent == "cvpr2027"
    assert cvmi.edition.archival is True
    # CVPR moves 2026-06-03 → 2027-06-19, 381 days: 2026-03-08 → 2027-03-24 and the
    # camera-ready 2026-04-10 → 2027-04-26.
    assert stated(cvmi) == {"paper": "2027-03-24 23:59 AoE", "camera_ready": "2027-04-26 23:59 AoE"}
    assert cvmi.edition.deadlines[0].basis == (
        "from CVMI 2026 (2026-03-08), shifted with the conference start (2026-06-03 → 2027-06-19)"
    )
    assert not is_generic(cvmi)


def test_workshop_keeps_a_host_whose_own_deadline_has_passed(tmp_path: Path) -> None:
    text = CVPR[: CVPR.index("    - year: 2027")] + CVPR[CVPR.index("- id: cvmi") :]
    venues = estimate(load(tmp_path, text), D(2026, 11, 23))
    # CVPR 2027's estimated paper deadline (2026-11-12) has passed, so CVPR rolls on to
    # 2028; CVPR 2027 itself is still returned as the host of CVMI 2027, whose deadline
    # (Sun 2026-03-08 + 1 year = Mon 2027-03-08 → Sun 2027-03-07) is ahead.
    assert [v.id for v in venues] == ["cvpr2028", "cvpr2027", "cvmi2027"]
    cvpr2027, cvmi = venues[1], venues[2]
    assert stated(cvpr2027)["paper"] == "2026-11-12 23:59 AoE"
    assert cvmi.edition.parent == "cvpr2027"
    assert stated(cvmi) == {"paper": "2027-03-07 23:59 AoE", "camera_ready": "2027-04-09 23:59 AoE"}


ICCV = """\
- id: iccv
  name: ICCV
  editions:
    - year: 2021
      deadlines: [{kind: paper, at: 2021-03-17, zone: UTC-7, source: https://example.org/21}]
    - year: 2023
      deadlines: [{kind: paper, at: 2023-03-08, zone: UTC, source: https://example.org/23}]
    - year: 2025
      start: 2025-10-19
      deadlines:
        - {kind: paper, at: 2025-03-07 23:59:59, zone: UTC-10, source: https://example.org/25}
- id: abaw
  name: ABAW
  kind: workshop
  editions:
    - year: 2025
      id: abaw2025-iccv
      parent: iccv2025
      deadlines: [{kind: paper, at: 2025-07-08, zone: AoE, source: https://example.org/abaw}]
"""


def test_biennial_series_skips_a_year(tmp_path: Path) -> None:
    venues = by_id(estimate(load(tmp_path, ICCV), D(2025, 11, 1)))
    iccv = venues["iccv2027"]
    # Wed, Wed, Fri: usual Wednesday. Fri 2025-03-07 + 2 years = Sun 2027-03-07, nearest
    # Wednesday 2027-03-10 (3 days on); the wall time and zone stay as stated.
    assert stated(iccv) == {"paper": "2027-03-10 23:59 UTC-10"}
    assert iccv.edition.deadlines[0].basis == (
        "from ICCV 2025 (Fri 2025-03-07), two years on, moved to its usual Wednesday"
    )


def test_workshop_of_a_biennial_conference_follows_it(tmp_path: Path) -> None:
    venues = by_id(estimate(load(tmp_path, ICCV), D(2025, 11, 1)))
    abaw = venues["abaw2027-iccv"]  # named the way abaw2025-iccv was
    assert abaw.edition.parent == "iccv2027"  # the estimated ICCV edition
    assert [v.id for v in venues.values()] == ["iccv2027", "abaw2027-iccv"]  # parent first
    # iccv2027 has no start yet, so the calendar: Tue 2025-07-08 + 2 years = Thu
    # 2027-07-08, nearest Tuesday 2027-07-06.
    assert stated(abaw) == {"paper": "2027-07-06 23:59 AoE"}


GENERIC = (
    """\
- id: cvpr
  name: CVPR
  editions:
    - {year: 2024, start: 2024-06-17}
    - {year: 2025, start: 2025-06-11}
    - {year: 2026, start: 2026-06-03}
    - {year: 2027, start: 2027-06-19}
"""
    + "".join(
        f"""\
- id: w{n}
  name: W{n}
  kind: workshop
  editions:
    - year: {at[:4]}
      parent: cvpr{at[:4]}
      deadlines: [{{kind: paper, at: {at}, zone: AoE, source: https://example.org/w{n}}}]
"""
        # Leads before the conference start: 86, 82, 87, 81, 75 days.
        for n, at in enumerate(
            ["2025-03-17", "2025-03-21", "2026-03-08", "2026-03-14", "2026-03-20"]
        )
    )
    + """\
- id: roster
  name: Roster
  kind: workshop
  editions:
    - {year: 2026, parent: cvpr2026, url: https://roster.example.org}
- id: gone
  name: Gone
  kind: workshop
  editions:
    - {year: 2024, parent: cvpr2024}
"""
)


def test_generic_workshop_estimate_uses_the_median_lead(tmp_path: Path) -> None:
    venues = by_id(estimate(load(tmp_path, GENERIC), D(2026, 1, 10)))
    roster = venues["roster2026"]  # its own roster edition, still ahead
    # Median of 75, 81, 82, 86, 87 is 82 days; 82 days before 2026-06-03 is 2026-03-13.
    assert stated(roster) == {"paper": "2026-03-13 23:59 AoE"}
    assert roster.edition.url == "https://roster.example.org"
    assert roster.edition.deadlines[0].basis == (
        "typical for CVPR workshops: median 82 days before the conference "
        "over 5 workshops (2025–2026)"
    )
    assert is_generic(roster)
    assert roster.edition.deadlines[0].basis.startswith(GENERIC_PREFIX)
    assert all(v.series.id != "gone" for v in venues.values())  # not at CVPR 2026
    assert not any(is_generic(v) for k, v in venues.items() if k != "roster2026")


def test_generic_workshop_estimate_rolls_to_the_next_conference(tmp_path: Path) -> None:
    venues = by_id(estimate(load(tmp_path, GENERIC), D(2026, 7, 1)))
    roster = venues["roster2027"]
    assert roster.edition.parent == "cvpr2027"
    assert roster.edition.url is None
    assert stated(roster) == {"paper": "2027-03-29 23:59 AoE"}  # 82 days before 2027-06-19


ONE = """\
- id: conf
  name: CONF
  editions:
    - year: {year}
      deadlines: [{{kind: paper, at: {at}, zone: AoE, source: https://example.org}}]
"""


def test_estimate_already_past_rolls_forward(tmp_path: Path) -> None:
    text = ONE.format(year=2024, at="2023-11-17")
    [conf] = estimate(load(tmp_path, text), D(2025, 6, 1))
    # 2025: Sun 2024-11-17 → Fri 2024-11-15, past. 2026: Mon 2025-11-17 → Fri 2025-11-14.
    assert conf.id == "conf2026"
    assert stated(conf) == {"paper": "2025-11-14 23:59 AoE"}
    assert "two years on" in (conf.edition.deadlines[0].basis or "")


def test_deadline_on_today_is_not_past(tmp_path: Path) -> None:
    text = ONE.format(year=2024, at="2023-11-17")
    [conf] = estimate(load(tmp_path, text), D(2024, 11, 15))
    assert conf.id == "conf2025"


def test_dead_series_is_left_alone(tmp_path: Path) -> None:
    text = ONE.format(year=2020, at="2019-11-15")
    assert estimate(load(tmp_path, text), D(2025, 6, 1)) == []


def test_every_estimate_is_marked_and_deterministic(tmp_path: Path) -> None:
    text = (
        ANNUAL
        + CVPR
        + GENERIC.replace("- id: cvpr\n", "- id: cvpr-old\n", 1).replace("cvpr20", "cvpr-old20")
        + ICCV
    )
    cat = load(tmp_path, text)
    first = estimate(cat, D(2026, 1, 10))
    assert len(first) >= 10
    for venue in first:
        assert venue.edition.deadlines
        for deadline in venue.edition.deadlines:
            assert deadline.status is Status.ESTIMATED
            assert deadline.basis
            assert deadline.source is None
    assert estimate(cat, D(2026, 1, 10)) == first
    assert [v.id for v in first] == [v.id for v in estimate(load(tmp_path, text), D(2026, 1, 10))]


def test_backtest_scores_each_method(tmp_path: Path) -> None:
    result = backtest(load(tmp_path, ANNUAL))
    calendar, start, same, picked, generic = (
        result.score(m) for m in ("calendar", "start", "same-date", "picked", "generic")
    )
    # 2024 from 2023: Thu 2023-01-26 → Fri 2024-01-26 → Thu 2024-01-25, actual 02-01: 7.
    # 2025 from 2023-24: Thu 2024-02-01 → Sat 2025-02-01 → Thu 2025-01-30, actual: 0.
    # The 2025 position track is new: from 2024's only cycle, 2025-01-30, actual 02-06: 7.
    assert (calendar.n, calendar.median, calendar.within_week, calendar.p90) == (3, 7, 100, 7)
    assert calendar.mean == pytest.approx(14 / 3)
    # Unaligned: 6, 2 and 5 days off.
    assert (same.n, same.mean, same.median) == (3, 13 / 3, 5)
    # With the start: 2023-01-26 + 364 days = 2024-01-25 (7 off); 2024-02-01 + 357 days
    # = 2025-01-23 (7 and 14 off).
    assert (start.n, start.mean, start.p90) == (3, 28 / 3, 14)
    assert picked == calendar.__class__("picked", 3, 14 / 3, 7, 100, 7)  # a conference
    assert (generic.n, generic.mean) == (0, None)
    assert [(t.edition, t.track) for t in result.trials] == [
        ("icml2024", None),
        ("icml2025", None),
        ("icml2025", "position"),
    ]


@pytest.mark.parametrize("today", [D(2025, 6, 1), D(2026, 4, 1)])
def test_shipped_catalog_estimates_validate(today: dt.date) -> None:
    for venue in estimate(catalog.load(), today):
        # An edition may keep announced cycles (KDD's first) next to estimated ones.
        estimated = [d for d in venue.edition.deadlines if d.estimated]
        assert estimated
        assert all(d.basis and d.spread is not None for d in estimated)
