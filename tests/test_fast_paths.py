"""The fast paths give what the slow ones give: the text feed writer against icalendar, byte
for byte, on the whole shipped catalog; the on-disk snapshot against a fresh estimate."""

from __future__ import annotations

import datetime as dt
import functools
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from deadlines import catalog, ical, snapshot
from deadlines.cli import main
from deadlines.errors import DeadlinesError
from deadlines.ical import build_feed
from deadlines.plan import Plan, back_plan, later_dates
from deadlines.templates import DEFAULT_TEMPLATES, templates_from_config

TODAY = "2026-11-23"


def cli_feed(capsys: pytest.CaptureFixture[str], *argv: str) -> bytes:
    code = main(["ics", "--today", TODAY, "--tz", "UTC", *argv])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out.encode()


def both_writers(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *argv: str
) -> tuple[bytes, bytes]:
    text = cli_feed(capsys, *argv)
    with monkeypatch.context() as patch:
        patch.setattr(ical, "build_feed", functools.partial(build_feed, writer="icalendar"))
        reference = cli_feed(capsys, *argv)
    return text, reference


def test_the_shipped_catalog_feed_is_the_icalendar_feed_byte_for_byte(capsys, monkeypatch):
    text, reference = both_writers(capsys, monkeypatch, "--alarm", "7d", "--alarm", "36h")
    assert text == reference
    assert text.count(b"BEGIN:VEVENT") > 400
    assert text.count(b"BEGIN:VALARM") > 400
    assert text.count(b"\r\n ") > 400  # folded lines are compared too


def test_the_suggested_plans_feed_is_the_icalendar_feed_byte_for_byte(capsys, monkeypatch):
    text, reference = both_writers(capsys, monkeypatch, "--plan", "--pick", "5")
    assert text == reference
    assert text.count(b"BEGIN:VEVENT") >= 5 * 6


def test_a_plan_of_every_shipped_venue_is_the_icalendar_feed_byte_for_byte() -> None:
    cat = catalog.load(overlay=False, cache=False)
    plans: list[Plan] = []
    for i, venue in enumerate(cat):
        deadlines = venue.submission_deadlines()
        if not deadlines:
            continue
        # starts from roomy to too late: ok, tight, infeasible and slack plans
        start = deadlines[0].wall.date() - dt.timedelta(days=30 + 3 * (i % 40))
        template = DEFAULT_TEMPLATES[venue.kind.value]
        later = later_dates(venue, deadlines[0])
        plans.append(back_plan(venue, deadlines[0], start, template, later=later))
    covered = [cat.venues[p.venue] for p in plans[::2]]  # half with their deadlines
    feeds = [
        build_feed(covered, plans, name="Every plan; all, venues", hosts=cat.venues, writer=w)
        for w in ("text", "icalendar")
    ]
    assert feeds[0] == feeds[1]
    assert {p.status for p in plans} >= {"ok", "tight", "infeasible"}
    assert any(p.slack_days for p in plans)
    # back_plan builds its models without validating them: they pass validation unchanged
    assert [Plan.model_validate(p.model_dump()) for p in plans] == plans
    # what JSON output prints without pydantic is what pydantic dumps
    assert [p.to_json() for p in plans] == [p.model_dump(mode="json") for p in plans]


def test_records_as_json_are_what_pydantic_dumps() -> None:
    cat = catalog.load(overlay=False, cache=False)
    series = list(cat.series.values())
    assert [s.to_json() for s in series] == [s.model_dump(mode="json") for s in series]
    history = [h for v in cat for d in v.edition.deadlines for h in d.history]
    ranks = [s.rank for s in series]
    for records in (history, ranks):
        assert len(records) > 20
        for record in records:
            assert record.to_json(exclude_none=True) == record.model_dump(
                mode="json", exclude_none=True
            )


LAB = """\
version: 1
series:
  - id: labconf
    name: LabConf
    tags: [labtopic]
    editions:
      - year: 2027
        timezone: AoE
        deadlines:
          - {kind: paper, at: '2027-03-09 23:59', source: https://labconf.example/dates}
          - {kind: notification, at: '2027-05-04', source: https://labconf.example/dates}
"""


def test_the_papers_feed_is_the_icalendar_feed_byte_for_byte(capsys, monkeypatch, tmp_path):
    lab, papers = tmp_path / "lab.yaml", tmp_path / "papers.yaml"
    lab.write_text(LAB, encoding="utf-8")
    code = main(["paper", "add", "Gaze estimation, in the wild; naïvely", "--venue",
                 "labconf2027", "--start", "2026-12-07", "--author", "Ana", "--author", "Bo",
                 "--reviewer", "Cy", "--catalog", str(lab), "--papers", str(papers),
                 "--today", "2026-12-01", "--tz", "UTC"])
    assert code == 0
    assert capsys.readouterr().err == f"added gaze-estimation to {papers}\n"
    text, reference = both_writers(
        capsys, monkeypatch, "--papers", str(papers), "--catalog", str(lab)
    )
    assert text == reference
    assert text.count(b"BEGIN:VEVENT") == 8
    assert "naïvely".encode() in text.replace(b"\r\n ", b"")


def edge_catalog() -> str:
    """Notes that put a backslash, a caret, an escaped comma or a wide character on every
    column around the fold."""
    lines = ["version: 1", "series:"]
    for i, piece in enumerate(["\\\\", "^", ",", ";", "é", "€", "😀", "\\\\n"]):
        for column in range(60, 80):
            note = "n" * column + piece + "x" * 90 + piece + "end"
            lines += [
                f"  - id: edge{i}x{column}",
                f"    name: 'Édge, {i}; {column}'",
                "    tags: [edge]",
                "    editions:",
                "      - year: 2027",
                "        timezone: UTC-8",
                "        deadlines:",
                (
                    f"          - {{kind: paper, at: '2027-03-0{1 + i}', note: \"{note}\", "
                    f"source: 'https://edge.example/{column}?a=1,b;c'}}"
                ),
            ]
    return "\n".join(lines) + "\n"


def test_folding_and_escaping_match_icalendar_at_every_column() -> None:
    cat = catalog.merge([catalog.load_file("edge.yaml", edge_catalog())])
    alarms = [dt.timedelta(days=2, minutes=1), dt.timedelta(seconds=30)]
    feeds = [
        build_feed(list(cat), name="Édge; feed, \\ test", alarms=alarms, writer=w)
        for w in ("text", "icalendar")
    ]
    assert feeds[0] == feeds[1]
    assert feeds[0].count(b"BEGIN:VEVENT") == 8 * 20


def test_two_events_with_one_uid_are_refused_by_the_text_writer_too() -> None:
    cat = catalog.merge([catalog.load_file("edge.yaml", edge_catalog())])
    venue = next(iter(cat))
    for writer in ("text", "icalendar"):
        with pytest.raises(DeadlinesError, match="share the UID edge0x602027-paper@deadlines;"):
            build_feed([venue, venue], name="twice", writer=writer)  # type: ignore[arg-type]


# The on-disk snapshot


def cached(files: list[Path], today: dt.date, cache: Path, loads: list[int]) -> snapshot.Snapshot:
    def load() -> catalog.Catalog:
        loads.append(1)
        return catalog.load(files[1:], overlay=False, cache=False)

    return snapshot.cached(files, today, dt.UTC, templates_from_config({}), load, cache=cache)


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    extra = tmp_path / "lab.yaml"
    extra.write_text(LAB, encoding="utf-8")
    return [catalog.default_catalog_path(), extra]


def test_a_second_snapshot_the_same_day_is_loaded_not_estimated(files, tmp_path) -> None:
    day, loads = dt.date(2026, 11, 23), []
    first = cached(files, day, tmp_path / "cache", loads)
    second = cached(files, day, tmp_path / "cache", loads)
    assert loads == [1]
    assert second.venues == first.venues
    fresh = snapshot.Snapshot.build(catalog.load(files[1:], overlay=False), day, dt.UTC, {})
    assert dict(second.venues) == dict(fresh.venues)
    assert [d.utc for d in second.venue("labconf2027").edition.deadlines] == [
        dt.datetime(2027, 3, 10, 11, 59, tzinfo=dt.UTC),
        dt.datetime(2027, 5, 5, 11, 59, tzinfo=dt.UTC),
    ]
    assert any(v.edition.estimated for v in second.venues.values())


def test_another_day_or_edited_file_or_other_code_rebuilds(files, tmp_path, monkeypatch) -> None:
    day, loads, cache = dt.date(2026, 11, 23), [], tmp_path / "cache"
    cached(files, day, cache, loads)
    cached(files, day + dt.timedelta(days=1), cache, loads)
    assert len(loads) == 2
    files[1].write_text(LAB.replace("LabConf", "LabConference"), encoding="utf-8")
    edited = cached(files, day + dt.timedelta(days=1), cache, loads)
    assert len(loads) == 3
    assert edited.venue("labconf2027").name == "LabConference 2027"
    monkeypatch.setattr(snapshot, "_code_version", lambda: "another version")
    cached(files, day + dt.timedelta(days=1), cache, loads)
    assert len(loads) == 4


def test_an_unreadable_snapshot_is_rebuilt_and_replaced(files, tmp_path) -> None:
    day, loads, cache = dt.date(2026, 11, 23), [], tmp_path / "cache"
    cached(files, day, cache, loads)
    (entry,) = cache.glob("snapshot-*.pickle")
    for garbage in (b"", b"not a pickle", pickle.dumps(("key", "not venues"))[:-3]):
        entry.write_bytes(garbage)
        snap = cached(files, day, cache, loads)
        assert snap.venue("labconf2027").name == "LabConf 2027"
    assert len(loads) == 4
    cached(files, day, cache, loads)
    assert len(loads) == 4  # the rebuilt entry is used again


def test_a_cache_that_cannot_be_written_only_costs_time(files, tmp_path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a directory", encoding="utf-8")
    loads: list[int] = []
    snap = cached(files, dt.date(2026, 11, 23), blocker / "cache", loads)
    assert snap.venue("labconf2027").name == "LabConf 2027"
    cached(files, dt.date(2026, 11, 23), blocker / "cache", loads)
    assert len(loads) == 2


# The server's prepared headers


def test_prepared_headers_are_exactly_what_the_server_sends(shared_live) -> None:
    import gzip

    import httpx

    from conftest import web_snapshot
    from deadlines import server

    now = dt.datetime(2026, 11, 23, 9, 30, 15, 123456, tzinfo=dt.UTC)
    live, switch = shared_live
    switch.app = server.create_app(server.FeedServer(web_snapshot, now=lambda: now))
    with httpx.Client(base_url=live.url) as client:
        plain = client.get("/deadlines.ics", headers={"Accept-Encoding": "identity"})
        tag = plain.headers["etag"]
        common = [
            ("etag", tag),
            ("last-modified", "Mon, 23 Nov 2026 09:30:15 GMT"),
            ("cache-control", "public, max-age=300"),
            ("vary", "Accept-Encoding"),
            *((k.lower(), v) for k, v in server.SECURITY_HEADERS.items()),
        ]
        assert plain.status_code == 200
        mine = [(k, v) for k, v in plain.headers.items() if k not in ("date", "server")]
        assert mine == [
            *common,
            ("content-type", "text/calendar; charset=utf-8"),
            ("content-length", str(len(plain.content))),
        ]
        packed = client.get("/deadlines.ics", headers={"Accept-Encoding": "br, gzip;q=0.5"})
        assert packed.headers["etag"] == tag[:-1] + '-gz"'
        assert packed.headers["content-encoding"] == "gzip"
        assert packed.content == plain.content  # httpx unpacked it
        for header in (tag, tag[:-1] + '-gz"', f'"other", {tag}', "*"):
            again = client.get(
                "/deadlines.ics",
                headers={"If-None-Match": header, "Accept-Encoding": "identity"},
            )
            assert again.status_code == 304
            assert [(k, v) for k, v in again.headers.items() if k not in ("date", "server")] == (
                common
            )
            assert again.content == b""
        head = client.head("/deadlines.ics", headers={"Accept-Encoding": "gzip"})
        raw = gzip.compress(plain.content, compresslevel=6, mtime=0)
        assert head.headers["content-length"] == str(len(raw))
        assert head.content == b""
        stale = client.get("/deadlines.ics", headers={"If-None-Match": '"stale"'})
        assert stale.status_code == 200


# The fallback search


def scan_best(venues, venue, earliest):
    """The fallback as the search defines it, by scanning every venue in day order."""
    from deadlines.choose import FALLBACK_HORIZON, _level
    from deadlines.plan import due_day

    entries = sorted(
        ((due_day(d), v.id, v) for v in venues for d in v.submission_deadlines()),
        key=lambda e: (e[0], e[1]),
    )
    tags, level, ranked = set(venue.series.tags), _level(venue), []
    for day, _, other in entries:
        if day < earliest or other.series.id == venue.series.id:
            continue
        if day - earliest > FALLBACK_HORIZON and ranked:
            break
        shared = len(tags & set(other.series.tags))
        if (tags and not shared) or _level(other) < level:
            continue
        far = day - earliest > FALLBACK_HORIZON
        key = (far, other.kind is not venue.kind, _level(other) - level, -shared, day, other.id)
        ranked.append((key, other, day))
    return min(ranked, key=lambda r: r[0])[1:] if ranked else None


def test_the_indexed_fallback_search_finds_what_a_full_scan_finds() -> None:
    from deadlines.choose import Fallbacks

    snap = snapshot.Snapshot.build(
        catalog.load(overlay=False, cache=False), dt.date(2026, 11, 23), dt.UTC, {}
    )
    venues = list(snap.venues.values())
    fallbacks = Fallbacks(venues)
    checked = found = 0
    for i, venue in enumerate(venues):
        for earliest in (dt.date(2026, 1, 5), dt.date(2026, 11, 23), dt.date(2027, 6, 1 + i % 28)):
            expected = scan_best(venues, venue, earliest)
            assert fallbacks.best(venue, earliest) == expected, (venue.id, earliest)
            checked += 1
            found += expected is not None
    assert checked == 3 * len(venues)
    assert found > 0
    # Past every deadline of the catalog, nothing is left to fall back on.
    for venue in venues[:50]:
        assert scan_best(venues, venue, dt.date(2031, 1, 1)) is None
        assert fallbacks.best(venue, dt.date(2031, 1, 1)) is None


def test_a_second_command_the_same_day_imports_neither_pydantic_nor_yaml() -> None:
    """The cached snapshot holds plain objects: only reading a file needs the validator."""
    day = ["--today", TODAY, "--tz", "UTC"]
    more = [["next", "--json"], ["list", "--json"], ["show", "cvpr", "--json"]]
    code = (
        "import contextlib, io, sys\n"
        "from deadlines.cli import main\n"
        "main(sys.argv[1:])\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    for more in {more}:\n"
        f"        main([*more, *{day}])\n"
        "heavy = ('pydantic', 'pydantic_core', 'yaml', 'httpx', 'icalendar')\n"
        "print(sorted(m for m in heavy if m in sys.modules), file=sys.stderr)\n"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", code, "next", "--months", "3", *day],
            check=True,
            capture_output=True,
            text=True,
        )
        for _ in range(2)
    ]
    assert runs[0].stderr.strip() == "['pydantic', 'pydantic_core', 'yaml']"  # estimated
    assert runs[1].stderr.strip() == "[]"  # loaded
    assert runs[1].stdout == runs[0].stdout
    assert runs[0].stdout.startswith("Deadlines about 3 months from 2026-11-23")
    # the next day estimates again, from the parsed catalog in the cache: still no validator
    show = "print(sorted(m for m in ('pydantic', 'yaml') if m in sys.modules), file=sys.stderr)"
    code = f"import sys\nfrom deadlines.cli import main\nmain(sys.argv[1:])\n{show}\n"
    later = ["next", "--months", "3", "--today", "2026-11-24", "--tz", "UTC"]
    next_day = subprocess.run(
        [sys.executable, "-c", code, *later], check=True, capture_output=True, text=True
    )
    assert next_day.stderr.strip() == "[]"
    assert next_day.stdout.startswith("Deadlines about 3 months from 2026-11-24")
