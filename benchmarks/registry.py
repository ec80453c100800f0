"""Registry benchmark (not a test): ingest cost over extraction, and query latency at scale.

1. Ingest throughput (extract + link + store, one transaction per article) against
   extract-only throughput on the same articles, as a ratio.
2. p50/p95 of `list_people(search=...)`, `get_person`, `stats`, `stats --as-of` and the
   dashboard's date picker on a generated SQLite registry of 100,000 persons and 1,000,000
   claims (bulk inserted, a tenth of the dates only a month or a year), with the full
   re-derivation that `--as-of` used to do as the baseline of the same run.

    .venv/bin/python benchmarks/registry.py [--persons 100000] [--claims-per-person 10]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from vigil.extract import Extractor
from vigil.ingest.sources import iter_documents
from vigil.model import Document
from vigil.names.keys import name_keys
from vigil.names.translit import latin_key
from vigil.registry import service
from vigil.registry.db import Database, open_database
from vigil.registry.linking import name_words
from vigil.registry.models import Person
from vigil.registry.status import STATUS_KINDS, STATUSES, ClaimFact, derive, history
from vigil.web.routes.dashboard import dashboard

REPO = Path(__file__).resolve().parents[1]
GIVEN = [
    "Ales",
    "Aliaksandr",
    "Andrei",
    "Anna",
    "Darya",
    "Dzmitry",
    "Hanna",
    "Ihar",
    "Iryna",
    "Katsiaryna",
    "Maria",
    "Mikalai",
    "Maryna",
    "Nasta",
    "Pavel",
    "Raman",
    "Siarhei",
    "Sviatlana",
    "Tatsiana",
    "Uladzimir",
    "Viktar",
    "Volha",
    "Yauhen",
    "Yulia",
    "Zmitser",
]
ONSETS = [
    "b",
    "br",
    "d",
    "dr",
    "h",
    "k",
    "kr",
    "l",
    "m",
    "n",
    "p",
    "r",
    "s",
    "st",
    "sh",
    "t",
    "ts",
    "v",
    "z",
    "zh",
]
VOWELS = ["a", "e", "i", "o", "u", "ya", "yu"]
ENDINGS = ["ka", "ko", "ich", "evich", "ovich", "enka", "uk", "yk", "ski", "ava", "ova", "ina", "chyk"]
KINDS = ("arrest", "sentence", "release", "role", "quote")


def ingest_ratio(paths: list[Path]) -> None:
    docs = [d for d in iter_documents(paths) if isinstance(d, Document)]
    extractor = Extractor()
    list(extractor.extract_many(docs[:4]))  # warm up
    start = time.perf_counter()
    extracted = list(extractor.extract_many(docs))
    extract_s = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{tmp}/ingest.sqlite")
        start = time.perf_counter()
        report = service.ingest(db, paths=paths, extractor=extractor)
        ingest_s = time.perf_counter() - start
        db.close()
    n = len(docs)
    print(
        f"articles: {n} ({report.count('new')} new, {report.count('copy')} copies),"
        f" {len(extracted)} extracted"
    )
    print(f"extract only: {n / extract_s:8.1f} articles/s")
    print(f"ingest:       {n / ingest_s:8.1f} articles/s   ratio ingest/extract = {extract_s / ingest_s:.2f}")


def _name(rng: random.Random) -> str:
    surname = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(rng.randint(1, 3)))
    return f"{rng.choice(GIVEN)} {(surname + rng.choice(ENDINGS)).capitalize()}"


_COLUMNS = {
    "persons": "id, name, latin, withheld, canonical_id, status, status_date, status_precision, needs_review,"
    " created_at, updated_at",
    "person_names": "person_id, name, latin, origin",
    "person_keys": "key, person_id",
    "person_words": "word, person_id",
    "claims": "id, person_id, kind, term_months, date_text, event_date, effective_date, date_precision,"
    " evidence_start, evidence_end, evidence, source, origin, confidence, state, created_at",
    "status_intervals": "person_id, status, valid_from, valid_to, claim_id",
}


def _insert(cursor: sqlite3.Cursor, table: str, rows: list[tuple[object, ...]]) -> None:
    columns = _COLUMNS[table]
    marks = ", ".join("?" * (columns.count(",") + 1))
    cursor.executemany(f"INSERT OR IGNORE INTO {table} ({columns}) VALUES ({marks})", rows)


def generate(path: Path, *, persons: int, per_person: int, seed: int = 7) -> list[tuple[str, str]]:
    """Bulk-insert a registry through the driver (the triggers on claims still run); answers
    (id, name) of every person."""
    open_database(f"sqlite:///{path}").close()  # the schema, by the migrations
    rng = random.Random(seed)
    now = "2026-01-01 00:00:00.000000"
    people: list[tuple[str, str]] = []
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=OFF")
    batch = 10_000
    for lo in range(0, persons, batch):
        tables: dict[str, list[tuple[object, ...]]] = {table: [] for table in _COLUMNS}
        for i in range(lo, min(lo + batch, persons)):
            pid, name = f"vg-{i:010x}", _name(rng)
            people.append((pid, name))
            for spelling in {name, name.split()[-1]}:
                tables["person_names"].append((pid, spelling, latin_key(spelling), "roster"))
            tables["person_keys"].extend((key, pid) for key in name_keys(name))
            tables["person_words"].extend((word, pid) for word in name_words(name))
            facts = []
            for j in range(per_person):
                kind = KINDS[j % len(KINDS)]
                day = date(2020, 1, 1) + timedelta(days=rng.randrange(2200))
                precision = rng.choices(("day", "month", "year"), (8, 1, 1))[0]
                when = {"day": day, "month": day.replace(day=1), "year": date(day.year, 1, 1)}[precision]
                text = {"day": f"{when}", "month": f"{when:%Y-%m}", "year": f"{when:%Y}"}[precision]
                state = "accepted" if rng.random() < 0.9 else "proposed"
                cid = f"cl-{i:010x}{j:04x}"
                if state == "accepted" and kind in STATUS_KINDS:
                    facts.append(ClaimFact(cid, kind, when, None, None, None, precision))
                tables["claims"].append(
                    (
                        cid,
                        pid,
                        kind,
                        60 if kind == "sentence" else None,
                        text,
                        when.isoformat(),
                        when.isoformat(),
                        precision,
                        0,
                        40,
                        f"{name} was {kind}ed, the report said.",
                        "generated",
                        "roster",
                        0.9,
                        state,
                        now,
                    )
                )
            # the status and its history, as `persons.refresh_status` keeps them
            derived = derive(facts)
            when = derived.date.isoformat() if derived.date else None
            tables["persons"].append(
                (
                    pid,
                    name,
                    latin_key(name),
                    0,
                    pid,
                    derived.status,
                    when,
                    derived.precision,
                    int(derived.conflict),
                    now,
                    now,
                )
            )
            tables["status_intervals"].extend(
                (
                    pid,
                    span.status,
                    (span.valid_from or date.min).isoformat(),
                    (span.valid_to or date.max).isoformat(),
                    span.claim,
                )
                for span in history(facts)
            )
        with connection:
            cursor = connection.cursor()
            for table, rows in tables.items():
                _insert(cursor, table, rows)
    connection.execute("ANALYZE")
    connection.close()
    return people


def _timed(label: str, runs: int, call: Callable[[int], object]) -> tuple[float, float]:
    """Runs `call` `runs` times; prints and answers (p50, p95) in ms."""
    times = []
    for i in range(runs):
        start = time.perf_counter()
        call(i)
        times.append((time.perf_counter() - start) * 1000)
    p50 = statistics.median(times)
    p95 = statistics.quantiles(times, n=20)[-1] if runs > 1 else times[0]
    print(f"{label:<28} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms   ({runs} runs)")
    return p50, p95


def query_latency(persons: int, per_person: int, runs: int, keep: Path | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = keep or Path(tmp) / "big.sqlite"
        url = f"sqlite:///{path}"
        if keep is not None and keep.exists():
            db = open_database(url)
            with db.session() as session:
                people = [tuple(row) for row in session.execute(select(Person.id, Person.name))]
            db.close()
            print(f"reusing {keep}: {len(people):,} persons")
        else:
            start = time.perf_counter()
            people = generate(path, persons=persons, per_person=per_person)
            print(
                f"generated {persons:,} persons, {persons * per_person:,} claims"
                f" in {time.perf_counter() - start:.1f} s"
            )
        db = open_database(url)
        rng = random.Random(3)
        sample = [rng.choice(people) for _ in range(runs)]
        _timed(
            "people --search surname",
            runs,
            lambda i: service.list_people(db, search=sample[i][1].split()[-1], limit=50),
        )
        _timed(
            "people --search cyrillic",
            runs,
            lambda i: service.list_people(db, search="Калеснікава", limit=50),
        )
        _timed("people --status held", runs, lambda i: service.list_people(db, status="held", limit=50))
        _timed("person ID", runs, lambda i: service.get_person(db, ref=sample[i][0]))
        _timed("stats", max(runs // 10, 5), lambda i: service.stats(db))
        as_of(db, runs)
        db.close()


def as_of(db: Database, runs: int) -> None:
    """`stats --as-of` and the dashboard's date picker from the status intervals, against the full
    re-derivation of every status they replace (two runs: it is the slow baseline), whose
    counts they must equal."""
    rng = random.Random(5)
    days = [date(2020, 1, 1) + timedelta(days=rng.randrange(2400)) for _ in range(runs)]
    fast = _timed("stats --as-of", runs, lambda i: service.stats(db, as_of=days[i]))
    # distinct dates, so that the dashboard's cache never answers
    picker = _timed("dashboard date picker", runs, lambda i: dashboard(db, days[i] + timedelta(days=1)))
    recomputed: dict[date, dict[str, int]] = {}

    def slow(i: int) -> None:
        recomputed[days[i]] = {
            **dict.fromkeys(STATUSES, 0),
            **service.status_as_of_recomputed(db, as_of=days[i]),
        }

    before = _timed("as-of recomputed (before)", 2, slow)
    same = all(service.stats(db, as_of=day).by_status == counts for day, counts in recomputed.items())
    print(
        f"as-of: intervals p50 {fast[0]:.1f} ms vs recomputed p50 {before[0]:.0f} ms"
        f" = {before[0] / fast[0]:.0f}x faster; dashboard picker p95 {picker[1]:.1f} ms;"
        f" same counts as recomputed: {same}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--claims-per-person", type=int, default=10)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--articles", type=Path, nargs="*", default=[REPO / "sample"])
    parser.add_argument("--skip-ingest", action="store_true", help="Only the query latencies.")
    parser.add_argument("--keep", type=Path, help="Keep the generated registry here and reuse it next time.")
    args = parser.parse_args()
    if not args.skip_ingest:
        ingest_ratio(args.articles)
    query_latency(args.persons, args.claims_per_person, args.runs, args.keep)
    return None


if __name__ == "__main__":
    sys.exit(main())
