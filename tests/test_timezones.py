"""Zone labels to exact UTC instants: the table the whole tool stands on."""

from __future__ import annotations

import datetime as dt

import pytest

from deadlines import timezones
from deadlines.errors import ZoneError
from deadlines.models import parse_at


def utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("wall", "label", "expected"),
    [
        # AoE is UTC-12: 23:59 AoE is 11:59 UTC the next day.
        ("2026-03-07 23:59", "AoE", "2026-03-08 11:59"),
        ("2026-03-07 23:59", "Anywhere on Earth", "2026-03-08 11:59"),
        ("2026-03-07 23:59", "AoE (UTC-12)", "2026-03-08 11:59"),
        ("2026-03-07 23:59", "UTC-12", "2026-03-08 11:59"),
        # UTC-8 is eight hours behind UTC.
        ("2026-01-10 23:59", "UTC-8", "2026-01-11 07:59"),
        ("2026-01-10 23:59", "UTC-08", "2026-01-11 07:59"),
        ("2026-01-10 23:59", "UTC−8", "2026-01-11 07:59"),  # a real minus sign
        ("2026-01-10 23:59", "UTC+8", "2026-01-10 15:59"),
        ("2026-01-10 23:59", "UTC+5:30", "2026-01-10 18:29"),
        ("2026-01-10 23:59", "UTC", "2026-01-10 23:59"),
        ("2026-01-10 23:59", "UTC+-0", "2026-01-10 23:59"),
        ("2026-01-10 23:59", "GMT", "2026-01-10 23:59"),
        # The Etc/GMT sign trap: Etc/GMT+12 is UTC-12 (AoE), Etc/GMT-8 is UTC+8.
        ("2026-03-07 23:59", "Etc/GMT+12", "2026-03-08 11:59"),
        ("2026-01-10 23:59", "Etc/GMT-8", "2026-01-10 15:59"),
        # Pacific time follows the date: PST (UTC-8) in winter, PDT (UTC-7) in summer.
        ("2026-01-15 23:59", "PT", "2026-01-16 07:59"),
        ("2026-07-15 23:59", "PT", "2026-07-16 06:59"),
        ("2026-07-15 23:59", "Pacific Time", "2026-07-16 06:59"),
        ("2026-01-15 23:59", "America/Los_Angeles", "2026-01-16 07:59"),
        ("2026-07-15 23:59", "America/Los_Angeles", "2026-07-16 06:59"),
        ("2026-01-15 23:59", "PST", "2026-01-16 07:59"),
        ("2026-07-15 23:59", "PDT", "2026-07-16 06:59"),
        # DST transition days: US clocks spring forward on 2026-03-08, fall back 2026-11-01.
        ("2026-03-08 23:59", "PT", "2026-03-09 06:59"),
        ("2026-03-08 01:59", "PT", "2026-03-08 09:59"),
        ("2026-11-01 23:59", "PT", "2026-11-02 07:59"),
        # Europe changes on 2026-03-29: CET before, CEST after.
        ("2026-03-28 23:59", "Europe/Paris", "2026-03-28 22:59"),
        ("2026-03-29 23:59", "Europe/Paris", "2026-03-29 21:59"),
        ("2026-03-16 23:59", "MT", "2026-03-17 05:59"),
        ("2026-08-01 12:00", "CEST", "2026-08-01 10:00"),
        ("2026-08-01 12:00", "KST", "2026-08-01 03:00"),
    ],
)
def test_exact_instants(wall: str, label: str, expected: str) -> None:
    reading = timezones.to_utc(dt.datetime.fromisoformat(wall), label)
    assert reading.utc == utc(expected)
    assert reading.utc.tzinfo is dt.UTC


def test_bare_date_means_end_of_day() -> None:
    wall, stated = parse_at("2026-03-08")
    assert (wall, stated) == (dt.datetime(2026, 3, 8, 23, 59), False)
    assert timezones.to_utc(wall, "AoE").utc == utc("2026-03-09 11:59")


def test_midnight_24_00_is_the_next_day() -> None:
    assert parse_at("2026-03-08 24:00") == (dt.datetime(2026, 3, 9, 0, 0), True)


def test_pst_in_july_is_reported_and_the_earlier_instant_used() -> None:
    reading = timezones.to_utc(dt.datetime(2026, 7, 10, 23, 59), "PST")
    # PST would be 07:59Z; Pacific time in July is PDT, 06:59Z. The earlier one wins.
    assert reading.utc == utc("2026-07-11 06:59")
    assert reading.note is not None
    assert "PST" in reading.note
    assert "UTC-7" in reading.note


def test_pdt_in_january_is_reported_and_the_earlier_instant_used() -> None:
    reading = timezones.to_utc(dt.datetime(2026, 1, 10, 23, 59), "PDT")
    assert reading.utc == utc("2026-01-11 06:59")  # PDT's UTC-7, not January's UTC-8
    assert reading.note is not None


def test_gmt_plus_is_read_as_people_write_it_and_says_so() -> None:
    reading = timezones.to_utc(dt.datetime(2026, 1, 10, 23, 59), "GMT+8")
    assert reading.utc == utc("2026-01-10 15:59")
    assert reading.note is not None
    assert "opposite sign" in reading.note


def test_a_wall_time_in_the_spring_gap_is_reported() -> None:
    reading = timezones.to_utc(dt.datetime(2026, 3, 8, 2, 30), "PT")
    assert reading.note is not None
    assert "does not exist" in reading.note
    assert reading.utc == utc("2026-03-08 10:30")


def test_a_repeated_hour_takes_the_first_reading() -> None:
    reading = timezones.to_utc(dt.datetime(2026, 11, 1, 1, 30), "PT")
    assert reading.utc == utc("2026-11-01 08:30")  # 01:30 PDT, the first of the two
    assert reading.note is not None
    assert "twice" in reading.note


def test_plain_labels_carry_no_note() -> None:
    assert timezones.to_utc(dt.datetime(2026, 7, 15, 23, 59), "PT").note is None
    assert timezones.to_utc(dt.datetime(2026, 7, 15, 23, 59), "AoE").note is None


@pytest.mark.parametrize(
    ("label", "fragment"),
    [
        ("CST", "ambiguous"),
        ("IST", "ambiguous"),
        ("Mars/Olympus", "unknown time zone"),
        ("XYZ", "unknown time zone"),
        ("UTC+15", "more than 14 hours"),
        ("UTC±3", "no sign"),
        ("", "empty"),
    ],
)
def test_unreadable_labels_are_errors(label: str, fragment: str) -> None:
    with pytest.raises(ZoneError, match=fragment):
        timezones.parse_zone(label)


def test_naive_wall_time_required() -> None:
    with pytest.raises(ValueError, match="naive"):
        timezones.to_utc(dt.datetime(2026, 1, 1, tzinfo=dt.UTC), "AoE")


@pytest.mark.parametrize("text", ["2026-02-30", "2026-13-01", "2026-01-01 25:00", "March 3"])
def test_impossible_dates_are_errors(text: str) -> None:
    with pytest.raises(ValueError, match="not a"):
        parse_at(text)


def test_user_zone_for_display() -> None:
    tz = timezones.user_tz("Europe/Berlin")
    assert utc("2027-03-09 11:59").astimezone(tz).strftime("%H:%M") == "12:59"
    assert timezones.user_tz("AoE").utcoffset(None) == dt.timedelta(hours=-12)
