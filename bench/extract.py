"""Score the important-dates reader on the corpus of real pages (tests/data/html/corpus).

    python bench/extract.py [-v] [--part PART] [--corpus DIR ...]

Each page's truth (NAME.truth) was written by reading the page. The corpus is cut into parts:

* ``dev``: pages developed on (those named ``dev-*``, scored once as a fresh set first, and the
  unprefixed pages whose name's hash does not set them aside);
* ``held-out``: unprefixed pages set aside by a hash of their name, fixed before any tuning;
* ``set-aside``, ``set-aside-2`` … ``set-aside-N``: pages named ``aside-*``, ``aside2-*`` …
  ``asideN-*``, one part per collection. Each was collected, and its truth written, after the
  reader's last change, without running the reader on it, and scored once; its one scoring is
  kept in the README and in the corpus's README.txt. Only later were its misses studied and
  turned into general rules, so the figures printed now for the older parts are of pages looked
  at; the newest part's are the reader's figures on strangers until the next rules.

A set-aside page whose site (its repository) also gave a page the tests or the dev and held-out
parts use, or which is itself saved there, is less of a stranger: each set-aside part is scored
again on its pages from new sites only ("…, new sites"), and all set-aside parts together.
Printed per part: precision and recall of the paper deadline (the UTC instant, to the minute),
of every item (kind and instant), and the problems the reader reported. `-v` lists each page's
misses and extra readings, of the part chosen with `--part` (of the dev part when all are
scored). Last, the time to read a page of 100,000 nested elements, a line of 100,000 dates
with no year, 200,000 unclosed tags and 100 long paragraphs that each end on a date (the reader
is linear in a page's size).

`--corpus DIR` scores as well the ``asideN-*`` pages of a directory outside the repository: a
new set of fetched pages may be kept out of the repository's commits and still be scored."""

from __future__ import annotations

import argparse
import hashlib
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from deadlines.errors import DeadlinesError
from deadlines.models import Deadline, DeadlineKind
from deadlines.sources import pages

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "html" / "corpus"
ASIDE = re.compile(r"aside(\d*)-")  # aside-NAME, aside2-NAME, … asideN-NAME


def _parts(*corpora: Path) -> tuple[str, ...]:
    """dev, held-out, then one set-aside part per collection, oldest first."""
    found = {
        int(m.group(1) or 1)
        for corpus in corpora
        for p in corpus.glob("*.truth")
        if (m := ASIDE.match(p.name))
    }
    asides = (f"set-aside-{n}" if n > 1 else "set-aside" for n in sorted(found))
    return ("dev", "held-out", *asides)

ALL_ASIDE = "all set-aside parts"
HTML = CORPUS.parent
REPOSITORY = re.compile(r"repository ([\w.-]+/[\w.-]+)")


def site(source: Path) -> str | None:
    """The repository a saved page was copied from, as its source file names it."""
    m = REPOSITORY.search(source.read_text()) if source.exists() else None
    return m.group(1).lower() if m else None


def known_sites() -> set[str]:
    """Sites of the pages the tests use outside the corpus, and of the dev and held-out pages."""
    sources = [p for p in HTML.rglob("*.source.txt") if p.parent != CORPUS]
    sources += [
        p
        for p in CORPUS.glob("*.source.txt")
        if part_of(p.name.removesuffix(".source.txt")) in {"dev", "held-out"}
    ]
    return {s for p in sources if (s := site(p))}


def known_pages() -> set[str]:
    """Digests of the pages the tests use outside the corpus, and of the dev and held-out
    pages: a set-aside page saved there too (with or without a source file) is no stranger."""
    pages = [p for p in HTML.rglob("*.html") if p.parent != CORPUS]
    pages += [p for p in CORPUS.glob("*.html") if part_of(p.stem) in {"dev", "held-out"}]
    return {hashlib.sha256(p.read_bytes()).hexdigest() for p in pages}


SCORED = set(DeadlineKind) - {DeadlineKind.REBUTTAL_START, DeadlineKind.REVIEW_RELEASE}


def held_out(name: str) -> bool:
    """Whether a page is set aside: only scored, never looked at while developing."""
    return int(hashlib.sha256(name.encode()).hexdigest(), 16) % 3 == 0


def part_of(name: str) -> str:
    """The part a page belongs to: set-aside pages and held-out pages are only scored."""
    if m := ASIDE.match(name):
        return "set-aside" + (f"-{m.group(1)}" if m.group(1) else "")
    if name.startswith("dev-"):
        return "dev"
    return "held-out" if held_out(name) else "dev"


def instant(at: str, zone: str | None) -> str:
    """The UTC instant of a wall time as stated, to the minute (no zone: read as AoE)."""
    deadline = Deadline(
        kind=DeadlineKind.OTHER, at=at, zone=zone or "AoE", source="https://corpus.test"
    )
    return f"{deadline.utc:%Y-%m-%d %H:%M}"


def read_truth(path: Path) -> tuple[int, list[tuple[str, str]]]:
    """Return the edition's year and the (kind, instant) of each item of a truth file."""
    year, items = 0, []
    for number, line in enumerate(path.read_text().splitlines(), 1):
        if line.startswith("# year:"):
            year = int(line.split(":")[1])
        if not line.strip() or line.startswith("#"):
            continue
        kind, _label, _track, at, zone, _struck = (p.strip() for p in line.split("|"))
        try:
            items.append((kind, instant(at, None if zone == "-" else zone)))
        except DeadlinesError as exc:  # a truth file's fault: name it, score nothing
            raise SystemExit(f"{path.name}:{number}: {exc}") from None
    return year, items


def read_page(path: Path, year: int) -> tuple[list[tuple[str, str]], list[str]]:
    """Return the (kind, instant) of each item the reader finds, and its problems."""
    found = pages.parse_page(path.read_bytes(), year=year)
    items = []
    for entry in found.entries:
        if entry.kind not in SCORED:
            continue
        kind = "challenge" if entry.challenge else entry.kind.value
        items.append((kind, instant(entry.at, entry.zone)))
    return items, found.problems


@dataclass
class Score:
    pages: int = 0
    paper: Counter[str] = field(default_factory=Counter)
    items: Counter[str] = field(default_factory=Counter)
    problems: int = 0
    seconds: float = 0.0

    def add(self, truth: list[tuple[str, str]], got: list[tuple[str, str]], key: str) -> None:
        want, have = Counter(truth), Counter(got)
        counter = self.paper if key == "paper" else self.items
        counter["hit"] += sum((want & have).values())
        counter["truth"] += sum(want.values())
        counter["got"] += sum(have.values())


def ratio(counter: Counter[str], of: str) -> str:
    total = counter[of]
    return "   -  " if not total else f"{100 * counter['hit'] / total:5.1f}%"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list each page's errors")
    parser.add_argument("--part", default="all", help="one part (dev, held-out, set-aside-N)")
    parser.add_argument(
        "--corpus",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help="also score the asideN-* pages of DIR: a set kept outside the repository",
    )
    args = parser.parse_args()
    parts = _parts(CORPUS, *args.corpus)
    if args.part not in {*parts, "all"}:
        parser.error(f"--part: one of {', '.join((*parts, 'all'))}")
    scores = {part: Score() for part in parts}
    scores |= {f"{part}, new sites": Score() for part in parts[2:]}
    scores |= {ALL_ASIDE: Score(), f"{ALL_ASIDE}, new sites": Score()}
    known, seen = known_sites(), known_pages()
    truths = [CORPUS.glob("*.truth")] + [d.glob("aside*-*.truth") for d in args.corpus]
    for truth_path in sorted(chain(*truths), key=lambda p: p.name):
        name, corpus = truth_path.stem, truth_path.parent
        part = part_of(name)
        if args.part not in {"all", part}:
            continue
        year, truth = read_truth(truth_path)
        start = time.perf_counter()
        got, problems = read_page(corpus / f"{name}.html", year)
        seconds = time.perf_counter() - start
        papers = [t for t in truth if t[0] == "paper"], [g for g in got if g[0] == "paper"]
        new = (
            part in parts[2:]
            and site(corpus / f"{name}.source.txt") not in known
            and hashlib.sha256((corpus / f"{name}.html").read_bytes()).hexdigest() not in seen
        )
        counted = [scores[part], *([scores[f"{part}, new sites"]] if new else [])]
        if part in parts[2:]:
            counted += [scores[ALL_ASIDE], *([scores[f"{ALL_ASIDE}, new sites"]] if new else [])]
        for score in counted:
            score.seconds += seconds
            score.pages += 1
            score.problems += len(problems)
            score.add(*papers, "paper")
            score.add(truth, got, "items")
        shown = part == "dev" if args.part == "all" else True
        if args.verbose and shown and Counter(truth) != Counter(got):
            print(f"{name}:")
            for item in sorted((Counter(truth) - Counter(got)).elements()):
                print(f"   missed {item}")
            for item in sorted((Counter(got) - Counter(truth)).elements()):
                print(f"   extra  {item}")
            for problem in problems:
                print(f"   problem {problem}")
    print(
        f"{'part':<31} {'pages':>5}  {'paper P':>7} {'paper R':>7}  {'items P':>7} {'items R':>7}"
        f"  {'problems':>8} {'ms/page':>7}"
    )
    for part, s in scores.items():
        if not s.pages:
            continue
        print(
            f"{part:<31} {s.pages:>5}  {ratio(s.paper, 'got'):>7} {ratio(s.paper, 'truth'):>7}  "
            f"{ratio(s.items, 'got'):>7} {ratio(s.items, 'truth'):>7}  {s.problems:>8} "
            f"{1000 * s.seconds / s.pages:>7.1f}"
        )
        print(
            f"{'':<31} {'':>5}  paper {s.paper['hit']}/{s.paper['got']} read right, "
            f"{s.paper['hit']}/{s.paper['truth']} found; items {s.items['hit']}/{s.items['got']}, "
            f"{s.items['hit']}/{s.items['truth']}"
        )
    deep_page()
    long_line()
    unclosed_tags()
    long_paragraphs()
    long_runs()


def long_line(count: int = 100_000) -> None:
    """Time one line of `count` dates with no year: a year looked up from each date's
    followers, date by date, took minutes."""
    html = "<p>" + "2 June " * count + "</p>"
    start = time.perf_counter()
    pages.parse_page(html, year=2026)
    print(
        f"{count:,} dates on one line ({len(html) / 1e6:.1f} MB): "
        f"{time.perf_counter() - start:.2f} s"
    )


def deep_page(depth: int = 100_000) -> None:
    """Time a page of `depth` nested elements: quadratic readers take minutes."""
    html = "<body>" + "<div>" * depth + "Paper deadline: March 3, 2026" + "</div>" * depth
    start = time.perf_counter()
    pages.parse_page(html)
    print(
        f"{depth:,} nested elements ({len(html) / 1e6:.1f} MB): {time.perf_counter() - start:.2f} s"
    )


def unclosed_tags(count: int = 200_000) -> None:
    """Time a page of `count` tags that never close ('<Aa <Aa …'): the HTML parser rescans
    each to the page's end unless they are read as text (20,000 took a minute)."""
    html = "<Aa " * count
    start = time.perf_counter()
    pages.parse_page(html, year=2026)
    print(
        f"{count:,} unclosed tags ({len(html) / 1e6:.1f} MB): {time.perf_counter() - start:.2f} s"
    )


def long_paragraphs(count: int = 100, size: int = 1900) -> None:
    """Time `count` paragraphs of `size` characters of prose, each ending on a date: each is a
    label read again and again by rules that rewrite it (it took a hundred milliseconds each)."""
    words = "Over the last decades the data made available in many formats grew quickly. "
    prose = words * (size // len(words) + 1)
    html = "".join(
        f"<p>Room {i}, 11:50, {(f'{i} ' + prose)[:size]} May {i % 28 + 1}, 2026</p>"
        for i in range(count)
    )
    start = time.perf_counter()
    pages.parse_page(html, year=2026)
    print(
        f"{count:,} paragraphs of {size:,} characters ({len(html) / 1e6:.1f} MB): "
        f"{time.perf_counter() - start:.2f} s"
    )


# Pages of one long run where the reader expects a short one: each took seconds to minutes when
# a pattern tried the whole run again from each of its characters (found by a fuzzer that
# put runs of many fillers in many places).
LONG_RUNS = {
    "a style sheet of 80 KB with no brace": "<style>" + "a " * 40_000 + "</style>",
    "a paragraph of 10,000 zone names": "<p>" + "UTC " * 10_000 + "</p>",
    "an element of 10,000 classes": '<div class="' + "a " * 10_000 + '"><p>x</p></div>',
    "a class value of 10,000 'a-'": '<div class="' + "a-" * 10_000 + '"><p>x</p></div>',
    "a line of 10,000 dashes": "<p>" + "-" * 10_000 + "</p>",
    "a table cell of 10,000 bars": "<table><tr><td>" + "| " * 10_000 + "</td></tr></table>",
    # (these two took exponential time: forty bars, or twenty sessions, ran for minutes)
    "a JSON text of 10,000 bars": '{{"a": "' + "| " * 10_000 + '"}}',
    "a row of 1,000 session cells": "<p>" + "keynote sessions | " * 1_000 + "x</p>",
}


def long_runs() -> None:
    """Time each page of `LONG_RUNS`, each with a dated step after its run."""
    for name, run in LONG_RUNS.items():
        html = run + "<p>Paper deadline: May 1, 2026</p>"
        start = time.perf_counter()
        pages.parse_page(html, year=2026)
        print(f"{name} ({len(html) / 1e3:.0f} KB): {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
