"""Next-edition estimates: exact dates worked out by hand from small inline catalogs."""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from pathlib import Path

import pytest

from deadlines import catalog
from deadlines.catalog import Catalog
from deadlines.estimate import (
    GENERIC_PREFIX,
    Method,
    Spreads,
    add_years,
    align,
    anchor,
    backtest,
    carried_label,
    estimate,
    is_generic,
    keeps_its_date,
    period,
    shift,
    usual_weekday,
    workshop_years,
)
from deadlines.models import DeadlineKind, Edition, Series, Status, Venue, VenueKind

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


def test_a_venue_that_keeps_its_date_keeps_it(tmp_path: Path) -> None:
    text = "- id: ches\n  name: CHES\n  editions:\n" + "".join(
        f"    - {{year: {at[:4]}, deadlines: [{{kind: paper, at: {at}, zone: AoE, "
        "source: https://example.org}]}\n"
        for at in ["2022-04-15", "2023-04-15", "2024-04-15", "2025-04-15"]
    )
    [ches] = estimate(load(tmp_path, text), D(2025, 6, 1))
    # Fri, Sat, Mon, Tue: the 15th each year, never a weekday habit: Wed 2026-04-15.
    assert stated(ches) == {"paper": "2026-04-15 23:59 AoE"}
    assert ches.edition.deadlines[0].basis == (
        "from CHES 2025 (Tue 2025-04-15), one year on, on the same date: it keeps its date, "
        "not a weekday"
    )
    assert keeps_its_date([D(2024, 3, 1), D(2025, 3, 7)]) is False  # Fri, Fri: a weekday
    assert keeps_its_date([D(2024, 3, 1), D(2025, 3, 1)]) is True  # the same date
    assert keeps_its_date([D(2023, 3, 2), D(2024, 3, 5)]) is True  # Thu, Tue: no habit
    assert keeps_its_date([D(2024, 3, 1)]) is False  # one edition: its weekday is followed


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


def test_backtest_flags_a_target_due_before_its_base(tmp_path: Path) -> None:
    # EuroVis 2026's paper deadline as a tracker had it, a year early (its abstract: 2025-11-26).
    text = "- id: eurovis\n  name: EuroVis\n  editions:\n" + "".join(
        f"    - {{year: {year}, deadlines: [{{kind: paper, at: {at}, zone: AoE, "
        "source: https://example.org}]}\n"
        for year, at in [(2024, "2023-12-06"), (2025, "2024-12-04"), (2026, "2024-12-03")]
    )
    trials = {t.edition: t for t in backtest(load(tmp_path, text)).trials}
    assert (trials["eurovis2025"].disordered, trials["eurovis2026"].disordered) == (False, True)
    # Its error stays on the trial, but no stream's range is made from it.
    assert trials["eurovis2026"].error("picked") == 365
    spreads = Spreads.of(backtest(load(tmp_path, text)))
    # Wed 2023-12-06 a year on is Fri 2024-12-06, back to its Wednesday: 2024-12-04, exact.
    assert spreads.streams[("eurovis", None)] == [0]


def test_small_helpers() -> None:
    assert period([2021, 2023, 2025]) == 2
    assert period([2024, 2026, 2025]) == 1


def test_a_hole_in_the_listing_is_no_period() -> None:
    # LoG 2022, 2025 and FAccT 2022, 2026: held every year, the editions between unlisted.
    assert period([2022, 2025]) == 1
    assert period([2022, 2026]) == 1
    # ICWSM 2022, 2025, 2026: the gap of 3 is left out, the newest gap (1) is the period.
    assert period([2022, 2025, 2026]) == 1
    # A single gap of 2 is an edition missing too (DCC 2025, 2027, held every year): yearly,
    # unless the catalog states the rhythm or a second gap of 2 agrees.
    assert period([2021, 2024, 2026]) == 1
    assert period([2025, 2027]) == 1
    assert period([2025, 2027], every=2) == 2
    assert period([2021, 2023, 2025]) == 2


def test_a_workshop_counts_its_hosts_editions_not_years() -> None:
    naacl = [2022, 2024, 2025, 2027]
    # TrustNLP at NAACL 2022 and 2024 came to each NAACL: next at NAACL 2025, then 2027
    assert workshop_years([2022, 2024], naacl, 2024) == [2025, 2027]
    # from 2022 alone, NAACL's next listed edition is 2024, not a phantom 2023
    assert workshop_years([2022], naacl, 2022, 1, bounded=False) == [2024]
    # EventVision at CVPR 2021, 2023, 2025 skips every other CVPR: 2027, 2029, 2031
    cvpr = list(range(2019, 2028))
    assert workshop_years([2019, 2021, 2023, 2025], cvpr, 2025) == [2027, 2029, 2031]
    # one gap that skipped, then one that did not: the host's rhythm, not a guess
    assert workshop_years([2022, 2024, 2025], cvpr, 2025) == [2026, 2027, 2028]
    # at ICCV (odd years only) every other year is every edition: past its listing, by 2
    assert workshop_years([2023, 2025], [2019, 2021, 2023, 2025], 2025) == [2027, 2029, 2031]
    # silent for three of its periods or more: left alone unless a backtest asks
    assert workshop_years([2022], naacl, 2022) == [2024, 2025]


def test_backtest_flags_a_target_that_is_not_the_next_edition(tmp_path: Path) -> None:
    def edition(year: int, at: str | None) -> str:
        if at is None:  # listed, with no dates (LREC-COLING 2024 under COLING)
            return f"    - {{year: {year}, start: {year}-05-20}}\n"
        return (
            f"    - {{year: {year}, deadlines: [{{kind: paper, at: {at}, zone: AoE, "
            "source: https://example.org}]}\n"
        )

    text = "- id: conf\n  name: CONF\n  editions:\n" + "".join(
        edition(y, at)
        for y, at in [
            (2018, "2018-05-17"),
            (2022, "2022-05-17"),
            (2023, None),
            (2024, "2024-09-16"),
            (2025, "2025-09-15"),
        ]
    )
    trials = {t.edition: t for t in backtest(load(tmp_path, text)).trials}
    # 2018 → 2022: four years on, the editions between are missing; 2022 → 2024: the
    # 2023 edition is listed between without dates. Neither target is the next edition.
    assert (trials["conf2022"].hole, trials["conf2024"].hole) == (True, True)
    # 2024 → 2025 is: the period of 2018, 2022, 2023, 2024 (the gap of 4 left out) is 1.
    t = trials["conf2025"]
    assert (t.hole, t.irregular, t.year_right) == (False, False, True)
    # No weekday seen twice (Thu, Tue, Mon): the same date a year on, Tue 2025-09-16.
    assert t.predicted["picked"] == D(2025, 9, 16)
    assert period([2025]) == 1
    assert add_years(D(2024, 2, 29), 1) == D(2025, 2, 28)
    assert align(D(2027, 3, 7), 2) == D(2027, 3, 10)  # Sun → Wed is 3 days on
    assert align(D(2025, 11, 17), 4) == D(2025, 11, 14)  # Mon → Fri is 3 days back


def _held(edition_id: str, start: str, paper: str) -> Edition:
    """An edition held on `start` whose paper deadline was `paper`."""
    deadline = {"kind": "paper", "at": paper, "zone": "AoE", "source": "https://x.org"}
    year = int(edition_id[-4:])
    return Edition.model_validate(
        {"year": year, "id": edition_id, "start": start, "deadlines": [deadline]}
    )


def test_start_method_meets_the_calendar_midway_unless_the_event_moved() -> None:
    base = _held("cvmi2026", "2026-06-03", "2026-03-12")
    workshop = Series(id="cvmi", name="CVMI", kind=VenueKind.WORKSHOP)
    later = shift(workshop, [base], 1, D(2026, 6, 3), D(2027, 6, 19), workshop_starts=True)
    # The start moves 381 days; the calendar 364 (Thu 2026-03-12 → Thu 2027-03-11): midway,
    # (381 + 364) // 2 = 372 days, 2027-03-19.
    assert later.method is Method.START
    assert D(2026, 3, 12) + dt.timedelta(days=later.days) == D(2027, 3, 19)
    assert later.basis == (
        "from CVMI 2026 (2026-03-12), midway between its shift with the workshop start "
        "(2026-06-03 → 2027-06-19) and its usual date (2027-03-11)"
    )
    # June to September: 474 days, 110 more than the calendar's: the event moved, the
    # deadline keeps its distance to it.
    moved = shift(workshop, [base], 1, D(2026, 6, 3), D(2027, 9, 20), workshop_starts=True)
    assert moved.method is Method.START
    assert D(2026, 3, 12) + dt.timedelta(days=moved.days) == D(2027, 6, 29)
    assert moved.basis == (
        "from CVMI 2026 (2026-03-12), shifted with the workshop start (2026-06-03 → 2027-09-20)"
    )


def test_a_conference_follows_its_start_only_when_it_moved_by_months() -> None:
    base = _held("sdm2025", "2025-05-01", "2024-10-04")
    sdm = Series(id="sdm", name="SDM")
    drifted = shift(sdm, [base], 1, D(2025, 5, 1), D(2026, 5, 14))  # a fortnight: the calendar
    assert drifted.method is Method.CALENDAR
    assert D(2024, 10, 4) + dt.timedelta(days=drifted.days) == D(2025, 10, 3)  # its Friday
    moved = shift(sdm, [base], 1, D(2025, 5, 1), D(2026, 11, 19))  # spring to autumn: moved
    assert moved.method is Method.START
    assert D(2024, 10, 4) + dt.timedelta(days=moved.days) == D(2026, 4, 24)
    assert "which moved (2025-05-01 → 2026-11-19)" in moved.basis
    wrong_year = shift(sdm, [base], 1, D(2025, 5, 1), D(2027, 5, 6))  # a year off: the listing's
    assert wrong_year.method is Method.CALENDAR


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
    # CVPR moves 2026-06-03 → 2027-06-19, 381 days; the calendar 364 (Sun 2026-03-08 → Sun
    # 2027-03-07): midway, 372 days, 2026-03-08 → 2027-03-15 and the camera-ready
    # 2026-04-10 → 2027-04-17.
    assert stated(cvmi) == {"paper": "2027-03-15 23:59 AoE", "camera_ready": "2027-04-17 23:59 AoE"}
    assert cvmi.edition.deadlines[0].basis == (
        "from CVMI 2026 (2026-03-08), midway between its shift with the conference start "
        "(2026-06-03 → 2027-06-19) and its usual date (2027-03-07)"
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


def test_a_workshop_listed_after_its_newest_dates_recurs_after_the_listing(
    tmp_path: Path,
) -> None:
    # Dates known only from 2023; the series is listed again at CVPR 2026 with none yet. It
    # is no series silent for years: its next edition is at CVPR 2027, not left alone.
    text = """\
- id: cvpr
  name: CVPR
  editions:
    - {year: 2023, start: 2023-06-18}
    - {year: 2026, start: 2026-06-03}
    - {year: 2027, start: 2027-06-19}
- id: ccd
  name: CCD
  kind: workshop
  editions:
    - year: 2023
      parent: cvpr2023
      deadlines: [{kind: paper, at: 2023-05-21, zone: AoE, source: https://example.org/ccd}]
    - {year: 2026, parent: cvpr2026}
"""
    venues = by_id(estimate(load(tmp_path, text), D(2026, 12, 8)))
    ccd = venues["ccd2027"]
    assert ccd.edition.parent == "cvpr2027"
    # CVPR's start moved 1462 days (2023-06-18 → 2027-06-19); the calendar 1463 (Sun
    # 2023-05-21 four years on is Fri 2027-05-21, to its usual Sunday 2027-05-23): midway,
    # 1462 days, Sat 2027-05-22.
    assert stated(ccd) == {"paper": "2027-05-22 23:59 AoE"}


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


def test_a_workshop_whose_newest_edition_takes_no_papers_gets_no_estimate(tmp_path: Path) -> None:
    talks = GENERIC + """\
- id: talks
  name: Talks
  kind: workshop
  editions:
    - {year: 2026, parent: cvpr2026, papers: false}
- id: turned
  name: Turned
  kind: workshop
  editions:
    - year: 2025
      parent: cvpr2025
      deadlines: [{kind: paper, at: 2025-03-20, zone: AoE, source: https://example.org/t}]
    - {year: 2026, parent: cvpr2026, papers: false}
"""
    venues = by_id(estimate(load(tmp_path, talks), D(2026, 1, 10)))
    assert "roster2026" in venues  # the same roster entry with a call is estimated
    assert not [k for k in venues if k.startswith(("talks", "turned"))]


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


def test_backtest_tries_the_methods_not_picked(tmp_path: Path) -> None:
    result = backtest(load(tmp_path, ANNUAL))
    trials = {t.edition: t.predicted for t in result.trials if not t.track}
    # icml2025 from Thu 2023-01-26 and Thu 2024-02-01, carried to 2025: Thu 01-26 and Sat 02-01.
    assert trials["icml2025"]["same-weekday"] == D(2025, 1, 30)  # Sat 02-01 to a Thursday
    assert trials["icml2025"]["last-three"] == D(2025, 1, 26)  # the lower of the two
    assert trials["icml2025"]["trend"] == D(2025, 2, 7)  # 02-01 moved on by 6 days again
    # From a single edition there is no change to repeat.
    assert "trend" not in trials["icml2024"]
    assert trials["icml2024"]["last-three"] == D(2024, 1, 26)


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


# ---- streams: per host, per cycle, the series' own period, review cycles ------------------

NAACL = """\
- id: naacl
  name: NAACL
  editions:
    - year: 2022
      timezone: AoE
      deadlines: [{kind: paper, at: 2022-01-15, source: https://example.org/naacl22}]
    - year: 2024
      timezone: AoE
      deadlines: [{kind: paper, at: 2023-12-15, source: https://example.org/naacl24}]
    - year: 2025
      timezone: AoE
      deadlines: [{kind: paper, at: 2024-10-15, source: https://example.org/naacl25}]
"""


def test_irregular_series_gets_no_phantom_edition(tmp_path: Path) -> None:
    # 2022, 2024, 2025: the gaps (2, then 1) disagree, so no next year is guessed.
    assert period([2022, 2024, 2025]) is None
    assert estimate(load(tmp_path, NAACL), D(2025, 6, 1)) == []


def test_irregular_series_fills_an_edition_the_catalog_lists(tmp_path: Path) -> None:
    text = NAACL + "    - {year: 2027, start: 2027-06-01, url: https://2027.naacl.org/}\n"
    [naacl] = estimate(load(tmp_path, text), D(2025, 6, 1))
    assert naacl.id == "naacl2027"  # never naacl2026
    # Tue 2024-10-15 + 2 years = Thu 2026-10-15; no weekday seen twice (Sat, Fri, Tue), so
    # the date is kept.
    assert stated(naacl) == {"paper": "2026-10-15 23:59 AoE"}
    assert naacl.edition.url == "https://2027.naacl.org/"


def test_shipped_catalog_projects_no_naacl2026() -> None:
    ids = {v.id for v in estimate(catalog.load(), D(2025, 6, 1))}
    ids |= {v.id for v in estimate(catalog.load(), D(2026, 12, 1))}
    assert not {i for i in ids if i.startswith("naacl")}  # 2027 is announced; 2028 unknown


HOSTS = """\
- id: cvpr
  name: CVPR
  editions:
    - {year: 2024, start: 2024-06-17}
    - {year: 2025, start: 2025-06-11}
    - {year: 2026, start: 2026-06-03}
    - {year: 2027, start: 2027-06-19}
- id: iccv
  name: ICCV
  editions:
    - {year: 2023, start: 2023-10-02}
    - {year: 2025, start: 2025-10-19}
    - {year: 2027, start: 2027-10-10}
- id: abaw
  name: ABAW
  kind: workshop
  editions:
    - year: 2024
      parent: cvpr2024
      deadlines: [{kind: paper, at: 2024-03-30, zone: AoE, source: https://example.org/6th}]
    - year: 2025
      parent: cvpr2025
      deadlines: [{kind: paper, at: 2025-03-21, zone: AoE, source: https://example.org/8th}]
    - year: 2025
      id: abaw2025-iccv
      parent: iccv2025
      deadlines: [{kind: paper, at: 2025-07-08, zone: AoE, source: https://example.org/9th}]
    - {year: 2026, parent: cvpr2026, url: https://example.org/10th}
- id: adfm
  name: ADFM
  kind: workshop
  editions:
    - year: 2025
      parent: iccv2025
      deadlines: [{kind: paper, at: 2025-06-30, zone: AoE, source: https://example.org/adfm}]
    - {year: 2026, parent: cvpr2026}
"""


def test_workshop_that_moved_hosts_gets_one_estimate_per_host(tmp_path: Path) -> None:
    venues = by_id(estimate(load(tmp_path, HOSTS), D(2026, 12, 1)))
    assert {k: v.edition.parent for k, v in venues.items()} == {
        "abaw2027": "cvpr2027",
        "abaw2027-iccv": "iccv2027",
        "adfm2027": "cvpr2027",
        "adfm2027-iccv": "iccv2027",
    }
    # At CVPR from ABAW 2025 at CVPR: midway between 2025-03-21 + (2025-06-11 → 2027-06-19:
    # 738 days) and two years on by the calendar (Sun 2027-03-21, 730 days): 734 days.
    assert stated(venues["abaw2027"]) == {"paper": "2027-03-25 23:59 AoE"}
    # At ICCV from ABAW 2025 at ICCV: midway between 2025-07-08 + (2025-10-19 → 2027-10-10:
    # 721 days) and the calendar's Tue 2027-07-06 (728 days): 724 days.
    assert stated(venues["abaw2027-iccv"]) == {"paper": "2027-07-02 23:59 AoE"}
    # ADFM never had dates at CVPR: its ICCV lead (111 days) before CVPR 2027's start.
    assert stated(venues["adfm2027"]) == {"paper": "2027-02-28 23:59 AoE"}
    assert venues["adfm2027"].edition.deadlines[0].basis == (
        "from ADFM 2025 at ICCV 2025 (2025-06-30, 111 days before its start), "
        "the same lead before CVPR 2027 (2027-06-19)"
    )
    # The only workshop trial (ABAW 2025 at CVPR from 2024: midway between the start's
    # 2025-03-24 and the calendar's Sat 2025-03-29, 2025-03-26 for 03-21) is off by 5 days:
    # the spread of every workshop estimate here.
    assert {v.edition.deadlines[0].spread for v in venues.values()} == {5}


def test_shipped_catalog_estimates_abaw_and_adfm_at_cvpr_2027() -> None:
    venues = by_id(estimate(catalog.load(), D(2026, 12, 1)))
    assert venues["abaw2027"].edition.parent == "cvpr2027"
    assert venues["adfm2027"].edition.parent == "cvpr2027"
    assert venues["abaw2027-iccv"].edition.parent == "iccv2027"


KDD = """\
- id: kdd
  name: KDD
  editions:
    - year: 2024
      timezone: AoE
      deadlines:
        - {kind: paper, at: 2024-02-08, source: https://example.org/kdd24}
    - year: 2025
      timezone: AoE
      deadlines:
        - {kind: paper, at: 2024-08-08, track: cycle 1, source: https://example.org/kdd25}
        - {kind: paper, at: 2025-02-10, track: cycle 2, source: https://example.org/kdd25}
    - year: 2026
      timezone: AoE
      deadlines:
        - {kind: abstract, at: 2025-07-24, track: cycle 1, source: https://example.org/kdd26}
        - {kind: paper, at: 2025-07-31, track: cycle 1, source: https://example.org/kdd26}
        - {kind: abstract, at: 2026-02-01, track: cycle 2, source: https://example.org/kdd26}
        - {kind: paper, at: 2026-02-08, track: cycle 2, source: https://example.org/kdd26}
        - {kind: notification, at: 2026-05-16, track: cycle 2, source: https://example.org/kdd26}
"""


def test_each_cycle_is_estimated_from_its_own_history(tmp_path: Path) -> None:
    [kdd] = estimate(load(tmp_path, KDD), D(2026, 3, 1))
    # Cycle 1: Thu 2025-07-31 + 1 year = Fri → its usual Thursday, 2026-07-30 (the abstract
    # keeps its week). Cycle 2: Sun 2026-02-08 + 1 year = Mon 2027-02-08, kept: its anchors
    # fell on a Thu (2024, the one cycle then), a Mon and a Sun, no weekday twice.
    assert stated(kdd) == {
        "abstract/cycle 1": "2026-07-23 23:59 AoE",
        "paper/cycle 1": "2026-07-30 23:59 AoE",
        "abstract/cycle 2": "2027-02-01 23:59 AoE",
        "paper/cycle 2": "2027-02-08 23:59 AoE",
        "notification/cycle 2": "2027-05-16 23:59 AoE",
    }


def test_a_cycle_not_announced_yet_is_estimated_next_to_the_announced_one(
    tmp_path: Path,
) -> None:
    text = KDD + (
        "    - year: 2027\n      timezone: AoE\n      deadlines:\n"
        "        - {kind: paper, at: 2026-07-26, track: cycle 1, source: https://example.org/k}\n"
    )
    [kdd] = estimate(load(tmp_path, text), D(2026, 12, 1))
    assert kdd.id == "kdd2027"
    assert stated(kdd) == {
        "paper/cycle 1": "2026-07-26 23:59 AoE",
        "abstract/cycle 2": "2027-02-01 23:59 AoE",
        "paper/cycle 2": "2027-02-08 23:59 AoE",
        "notification/cycle 2": "2027-05-16 23:59 AoE",
    }
    announced = [d for d in kdd.edition.deadlines if not d.estimated]
    assert [(d.track, d.source) for d in announced] == [("cycle 1", "https://example.org/k")]


def test_backtest_tries_each_cycle_and_flags_a_new_one(tmp_path: Path) -> None:
    trials = [t for t in backtest(load(tmp_path, KDD)).trials if t.edition == "kdd2025"]
    # KDD 2024 had one cycle (Thu 2024-02-08): cycle 2 is carried from it (4 days off);
    # cycle 1 is new in 2025, and carried from it too, half a year off.
    assert [(t.track, t.error("picked"), t.new_cycle) for t in trials] == [
        ("cycle 1", 182, True),
        ("cycle 2", 4, True),
    ]


ARR = """\
- id: arr
  name: ARR
  editions:
    - year: 2025
      timezone: AoE
      deadlines:
        - {kind: paper, at: 2025-02-15, track: February, source: https://example.org/arr}
        - {kind: paper, at: 2025-05-19, track: May, source: https://example.org/arr}
        - {kind: paper, at: 2025-10-06, track: October, source: https://example.org/arr}
    - year: 2026
      timezone: AoE
      deadlines:
        - {kind: paper, at: 2026-01-05, track: January, source: https://example.org/arr}
        - {kind: paper, at: 2026-03-16, track: March, source: https://example.org/arr}
        - {kind: paper, at: 2026-05-25, track: May, source: https://example.org/arr}
- id: acl
  name: ACL
  review_cycles: arr
  editions:
    - year: 2025
      start: 2025-07-27
      timezone: AoE
      deadlines:
        - {kind: paper, at: 2025-02-15, source: https://example.org/acl25}
        - {kind: commitment, at: 2025-04-20, source: https://example.org/acl25}
    - year: 2026
      start: 2026-07-02
      timezone: AoE
      deadlines:
        - {kind: paper, at: 2026-01-05, source: https://example.org/acl26}
        - {kind: commitment, at: 2026-03-14, source: https://example.org/acl26}
        - {kind: notification, at: 2026-04-04, source: https://example.org/acl26}
    - {year: 2027, start: 2027-08-17}
"""


def test_venue_on_review_cycles_is_tied_to_the_cycle_that_feeds_it(tmp_path: Path) -> None:
    venues = by_id(estimate(load(tmp_path, ARR), D(2026, 6, 1)))
    # ARR 2026 has not listed a cycle after May: October is carried from 2025 (Mon
    # 2025-10-06 → Tue 2026-10-06 → Monday 2026-10-05); the dropped February is not.
    assert stated(venues["arr2026"])["paper/October"] == "2026-10-05 23:59 AoE"
    assert "paper/February" not in stated(venues["arr2026"])
    acl = venues["acl2027"]
    # ACL 2026 committed 68 days after its cycle, 110 days before its start. ACL 2027
    # starts 2027-08-17: commitment about 2027-04-29, so the cycle near 2027-02-20: ARR's
    # March cycle (Mon 2026-03-16 a year on: Mon 2027-03-15). The commitment and the
    # notification keep ACL 2026's distance to its cycle (68 and 89 days).
    assert stated(acl) == {
        "paper": "2027-03-15 23:59 AoE",
        "commitment": "2027-05-22 23:59 AoE",
        "notification": "2027-06-12 23:59 AoE",
    }
    paper = acl.edition.deadlines[0]
    assert paper.label == "ARR March cycle (2027-03-15)"
    assert acl.edition.deadlines[1].basis == paper.basis + ", keeping ACL 2026's spacing"
    assert paper.basis == (
        "from the ARR March cycle (estimated, 2027-03-15), whose reviews are out 68 days "
        "before the commitment deadline, as for ACL 2026"
    )


def test_backtest_of_a_linked_venue_picks_the_announced_cycle(tmp_path: Path) -> None:
    [trial] = [t for t in backtest(load(tmp_path, ARR)).trials if t.series == "acl"]
    # ACL 2026 from 2025: commitment 2025-04-20 moved with the start (-390 days) is
    # 2026-03-26; 64 days before it, 2026-01-21, is nearest the January cycle: exact.
    assert (trial.edition, trial.predicted["picked"], trial.error("picked")) == (
        "acl2026",
        D(2026, 1, 5),
        0,
    )
    # The calendar alone (Sat 2025-02-15 a year on, its usual Saturday) is 40 days off.
    assert trial.error("calendar") == 40


def test_shipped_catalog_ties_acl_2027_to_an_arr_cycle() -> None:
    venues = by_id(estimate(catalog.load(), D(2026, 12, 1)))
    paper = next(d for d in venues["acl2027"].edition.deadlines if d.kind is DeadlineKind.PAPER)
    arr = {d.at: d for d in venues["arr2027"].edition.deadlines}
    assert paper.label == f"ARR {arr[paper.at].track} cycle ({paper.at[:10]})"
    # tied to an estimated cycle, ACL is at least as unsure as that cycle
    cycle_spread = arr[paper.at].spread
    assert cycle_spread is not None
    assert cycle_spread > 3
    assert paper.spread is not None
    assert paper.spread >= cycle_spread


def test_spread_is_the_streams_largest_recent_error_and_a_week(tmp_path: Path) -> None:
    venues = by_id(estimate(load(tmp_path, ANNUAL), D(2025, 6, 1)))
    # ICML's own trials were off by 7, 0 and 7 days (see the backtest test): 7 + 7 = ± 14 d.
    icml = venues["icml2026"]
    assert {d.spread for d in icml.edition.deadlines} == {14}
    assert icml.edition.deadlines[0].range_text() == "± 14 d"


def test_stated_ranges_are_those_known_before_each_trial(tmp_path: Path) -> None:
    """The bench scores each trial against the range its estimate would have carried then:
    the kind's 90th percentile while the stream had fewer than two trials, then its own."""
    result = backtest(load(tmp_path, ANNUAL))
    stated = Spreads.of(result).stated(result)
    icml = [(t.error("picked"), r) for t, r in zip(result.trials, stated, strict=True)
            if t.series == "icml"]
    # errors 7, 0, 7; the kind's 90th percentile over every trial here is 7
    assert icml == [(7, 7), (0, 7), (7, 7 + 7)]


def test_a_deadline_a_year_too_early_is_warned_about_and_not_built_on(tmp_path: Path) -> None:
    """A tracker typed the year wrong (EuroVis 2026's paper "2024-12-03", 552 days before
    the event): the loader says so by line, and the estimate builds on the edition before."""
    text = """\
    - id: vis
      name: VIS
      editions:
        - year: 2025
          start: 2025-06-02
          timezone: AoE
          deadlines:
            - {kind: paper, at: 2024-12-04 23:59, source: https://example.org/2025}
        - year: 2026
          start: 2026-06-08
          timezone: AoE
          deadlines:
            - {kind: paper, at: 2024-12-03 23:59, source: https://example.org/2026}
    """
    cat = load(tmp_path, text)
    (warning,) = cat.warnings
    assert warning.line == 15  # the `at` of its paper deadline, after two header lines
    assert warning.message == (
        "vis2026 paper: 2024-12-03 is 552 days before the event (2026-06-08); is the year "
        "right? Estimates do not build on it"
    )
    [vis] = estimate(cat, D(2026, 7, 1))
    # from VIS 2025 (Wed 2024-12-04), two years on: Fri 2026-12-04 → its Wednesday, 12-02
    assert vis.id == "vis2027"
    assert stated(vis) == {"paper": "2026-12-02 23:59 AoE"}


def test_no_range_is_narrower_than_a_week(tmp_path: Path) -> None:
    """Three editions on the same Friday make exact trials, yet the range stays ± 7 d."""
    text = "- id: conf\n  name: CONF\n  editions:\n" + "".join(
        f"    - {{year: {at[:4]}, deadlines: [{{kind: paper, at: {at}, zone: AoE, "
        "source: https://example.org}]}\n"
        for at in ["2022-03-04", "2023-03-03", "2024-03-01", "2025-02-28"]
    )
    cat = load(tmp_path, text)
    spreads = Spreads.of(backtest(cat))
    assert spreads.streams[("conf", None)] == [0, 0, 0]
    assert spreads.of_stream(cat.series["conf"], None) == 7


@pytest.mark.parametrize(
    ("label", "days", "carried"),
    [
        # the base edition's days go, in parentheses, after a colon or in the text …
        ("Author rebuttal (May 2-11, 2026)", 728, "Author rebuttal"),
        ("Author rebuttal period (22-29 January 2024)", 364, "Author rebuttal period"),
        ("Author Rebuttal: Thur, Jul 24 - Wed, Jul 30", 364, "Author Rebuttal"),
        (
            "Paper submission deadline (Tue, Sep 29, 2026; all deadlines 11:59 PM AoE, UTC-12)",
            728,
            "Paper submission deadline",
        ),
        (
            "at least one author Full Registration before June 1, 2026 (else paper withdrawn)",
            364,
            "at least one author Full Registration (else paper withdrawn)",
        ),
        # … a year alone moves on with the date, by as many years as it moved …
        ("March 2026 cycle submission", 364, "March 2027 cycle submission"),
        ("Reviews (ARR May 2026 cycle)", 371, "Reviews (ARR May 2027 cycle)"),
        ("Deadline for ARR 2024 October", 728, "Deadline for ARR 2026 October"),
        # … and not within the same year; a label of dates only is no label
        ("May 2026 cycle submission", 7, "May 2026 cycle submission"),
        ("Nov 25 - Dec 9, 2026", 364, None),
        ("Paper deadline", 364, "Paper deadline"),
    ],
)
def test_an_estimate_does_not_repeat_its_base_editions_days(label, days, carried) -> None:
    assert carried_label(label, days) == carried


def test_shipped_estimates_name_no_day_of_an_earlier_edition() -> None:
    day = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b")
    venues = estimate(catalog.load(), D(2026, 12, 1))
    labels = [d.label for v in venues for d in v.edition.deadlines if d.label]
    assert labels
    assert not [label for label in labels if day.search(label)]
    arr = by_id(venues)["arr2027"]
    assert "March 2027 cycle submission" in {d.label for d in arr.edition.deadlines}


def test_a_calendar_estimate_is_not_ranged_by_a_move_it_did_not_follow(tmp_path: Path) -> None:
    """ICAPS (the catalog's dates): its conference moved from June to November 2025 and back
    to June 2026, its deadline stayed in November-December. The estimator followed the moves
    and was off by 202 and 172 days; ICAPS 2027, not listed, is estimated by the calendar,
    whose own errors those years were 40 and 40 days: its range is the calendar's."""
    text = "- id: icaps\n  name: ICAPS\n  editions:\n" + "".join(
        f"    - {{year: {start[:4]}, start: {start}, deadlines: [{{kind: paper, at: {at}, "
        "zone: AoE, source: https://example.org}]}\n"
        for start, at in [
            ("2022-06-19", "2021-12-15"),
            ("2023-07-08", "2022-11-30"),
            ("2024-06-01", "2023-12-13"),
            ("2025-11-09", "2024-11-01"),
            ("2026-06-27", "2025-12-08"),
        ]
    )
    cat = load(tmp_path, text)
    result = backtest(cat)
    errors = [(t.error("picked"), t.error("calendar")) for t in result.trials]
    assert errors == [(14, 14), (14, 14), (202, 40), (172, 40)]
    [icaps] = estimate(cat, D(2026, 12, 1))
    # Mon 2025-12-08 a year on is Tue 2026-12-08; its usual weekday (Wednesday, twice) is
    # the 9th. Its range: the largest of the last three trials (14, 40, 40), and a week.
    assert (icaps.id, stated(icaps)) == ("icaps2027", {"paper": "2026-12-09 23:59 AoE"})
    assert [d.spread for d in icaps.edition.deadlines] == [47]
    # The bench states each trial's range by the method of its own estimate: the third and
    # fourth followed the moved start, so theirs come from the estimates' errors before
    # them: 14 + 7, then 202 + 7.
    assert Spreads.of(result).stated(result)[2:] == [21, 209]


# ECCV as the catalog first knew it: one edition, and the rhythm stated.
ECCV_ONCE = """\
- id: eccv
  name: ECCV
  every: 2
  editions:
    - year: 2024
      deadlines: [{kind: paper, at: 2024-03-07 22:00, zone: UTC, source: https://example.org/24}]
    - year: 2026
      deadlines: [{kind: paper, at: 2026-03-05 22:00, zone: UTC, source: https://example.org/26}]
"""


def test_a_stated_rhythm_wins_over_one_edition(tmp_path: Path) -> None:
    # One edition alone reads as yearly; `every: 2` says otherwise.
    assert period([2024]) == 1
    assert period([2024], every=2) == 2
    assert period([2021, 2022, 2023], every=2) == 2
    # ECCV 2024 alone (Thu 2024-03-07): the next is 2026, not 2025. Two years on is
    # Sat 2026-03-07, back to its Thursday 2026-03-05.
    text = ECCV_ONCE.replace(ECCV_ONCE[ECCV_ONCE.index("    - year: 2026") :], "")
    venues = by_id(estimate(load(tmp_path, text), D(2024, 11, 1)))
    assert list(venues) == ["eccv2026"]
    assert stated(venues["eccv2026"]) == {"paper": "2026-03-05 22:00 UTC"}


def test_backtest_takes_the_stated_rhythm(tmp_path: Path) -> None:
    (trial,) = backtest(load(tmp_path, ECCV_ONCE)).trials
    assert trial.edition == "eccv2026"
    assert trial.year_right
    assert trial.error("picked") == 0
    # Without the rhythm the same single edition is taken as yearly: the year is wrong.
    (yearly,) = backtest(load(tmp_path, ECCV_ONCE.replace("  every: 2\n", ""))).trials
    assert not yearly.year_right
