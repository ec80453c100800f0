"""The writer alone (link + store, no extraction) on a big registry: a quick, repeatable harness.

`--prepare` once: a generated corpus extracted and staged as Parquet (`ingest --stage`'s format),
a registry of `--persons` generated persons (benchmarks/registry.py's generator) as a SQLite
file, and the same rows in a PostgreSQL database kept in a data folder beside it. Then each
run stores the first `--items` staged items into a fresh copy of each (a file copy; `CREATE
DATABASE ... TEMPLATE`), as `vigil ingest --from-stage` would, and prints articles/s with the
load average; `--profile` prints where the time goes, and `--digest` a digest of every stored
row (timestamps left out), so that a change to the writer can show it stores the same.

    .venv/bin/python benchmarks/writer.py --prepare [--articles 300] [--persons 100000]
    .venv/bin/python benchmarks/writer.py [--items 100] [--db sqlite,postgres] [--profile] [--digest]
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import os
import pstats
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "src")]

from benchmarks.make_corpus import make_corpus, write_corpus  # noqa: E402
from benchmarks.registry import generate  # noqa: E402
from benchmarks.scale import copy_to_postgres, postgres_at  # noqa: E402
from sqlalchemy import select  # noqa: E402
from tests.fixtures.database import _Server  # noqa: E402

from vigil.registry.db import Database, open_database  # noqa: E402
from vigil.registry.ingesting import Item, store_items  # noqa: E402
from vigil.registry.models import Base  # noqa: E402
from vigil.registry.settings import Settings  # noqa: E402
from vigil.scale.stage import StageWriter, read_stage  # noqa: E402

BASE = "vigil_base"


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def postgres(folder: Path, *, create: bool = False):  # type: ignore[no-untyped-def]
    """The PostgreSQL server whose data folder is `folder/pg` (made with `create`), started for
    the block."""
    return postgres_at(folder / "pg", create=create)


def prepare(folder: Path, *, articles: int, persons: int, per_person: int) -> None:
    from vigil.ingest.sources import iter_documents
    from vigil.registry.ingesting import Copies, plan

    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    start = time.perf_counter()
    corpus = make_corpus(prisoners=max(60, articles // 3), articles=articles, seed=3)
    write_corpus(corpus, folder / "corpus", format="txt")
    from vigil.extract import Extractor

    scratch = open_database(f"sqlite:///{folder / 'scratch.sqlite'}")
    documents = iter_documents([folder / "corpus" / "articles"])
    items = plan(scratch, documents, extractor=Extractor(), copies=Copies(scratch))
    with StageWriter(folder / "stage") as stage:
        for item in items:
            stage.add(item)
    scratch.close()
    (folder / "scratch.sqlite").unlink()
    print(f"staged {articles} articles in {time.perf_counter() - start:.0f} s")
    start = time.perf_counter()
    generate(folder / "big.sqlite", persons=persons, per_person=per_person)
    print(f"generated {persons:,} persons in {time.perf_counter() - start:.0f} s")
    start = time.perf_counter()
    with postgres(folder, create=True) as server:
        server.admin(f"CREATE DATABASE {BASE}")
        copy_to_postgres(folder / "big.sqlite", server.url(BASE))
    print(f"copied into PostgreSQL in {time.perf_counter() - start:.0f} s")


def digest(db: Database) -> str:
    """SHA-256 over every table's rows, timestamps left out (they are the clock's), and the status
    intervals without their row IDs (SQLite reuses the IDs of deleted rows): the digest of all
    tables, then each table's."""
    whole, parts = hashlib.sha256(), []
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            skip = {"text", "minhash"} if table.name == "articles" else set()
            order = list(table.primary_key.columns)
            if table.name == "status_intervals":
                skip, order = {"id"}, [table.c.person_id, table.c.valid_from]
            sha = hashlib.sha256()
            columns = [c for c in table.columns if c.name not in skip]
            for row in conn.execute(select(*columns).order_by(*order)):
                values = [None if isinstance(v, datetime) else v for v in row]
                sha.update(repr(values).encode())
            whole.update(sha.digest())
            parts.append(f"{table.name}={sha.hexdigest()[:6]}")
    return whole.hexdigest()[:16] + "  " + " ".join(parts)


@contextmanager
def statements(db: Database) -> Iterator[None]:
    """Prints the SQL statements that took the most time in the block, with their counts."""
    from collections import Counter

    from sqlalchemy import event

    spent: Counter[str] = Counter()
    counts: Counter[str] = Counter()

    def before(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        conn.info["vigil_t0"] = time.perf_counter()

    def after(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        key = " ".join(statement.split())[:160]
        spent[key] += time.perf_counter() - conn.info.pop("vigil_t0", time.perf_counter())
        counts[key] += 1

    event.listen(db.engine, "before_cursor_execute", before)
    event.listen(db.engine, "after_cursor_execute", after)
    try:
        yield
    finally:
        event.remove(db.engine, "before_cursor_execute", before)
        event.remove(db.engine, "after_cursor_execute", after)
        print(f"{sum(counts.values())} statements, {sum(spent.values()):.1f} s")
        for key, seconds in spent.most_common(60):
            print(f"{seconds:7.2f} s {counts[key]:6d}x  {key}")


def _server_cpu(server: _Server | None) -> float:
    """CPU seconds the PostgreSQL server's processes (its backends) have used so far."""
    if server is None:
        return 0.0
    postmaster = int((server.data / "postmaster.pid").read_text().split()[0])
    total = 0
    for entry in Path("/proc").iterdir():
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if entry.name.isdigit() and (int(fields[1]) == postmaster or int(entry.name) == postmaster):
            total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / os.sysconf("SC_CLK_TCK")


def run(
    label: str,
    url: str,
    items: list[Item],
    *,
    profile: bool,
    show_digest: bool,
    sql: bool = False,
    server: _Server | None = None,
) -> float:
    db = open_database(url)
    profiler = cProfile.Profile() if profile else None
    load = _load()
    start, cpu, served = time.perf_counter(), time.process_time(), _server_cpu(server)
    if profiler:
        profiler.enable()
    with statements(db) if sql else nullcontext():
        report = store_items(db, items, settings=Settings())
    if profiler:
        profiler.disable()
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    served = _server_cpu(server) - served
    rate = len(items) / seconds
    print(
        f"writer {label:<10} {rate:7.1f} articles/s  ({len(items)} items in {seconds:.1f} s, "
        f"CPU {1000 * cpu / len(items):.1f} ms an article here"
        + (f" + {1000 * served / len(items):.1f} ms in PostgreSQL; " if server else "; ")
        + f"{report.count('new')} new, {report.claims} claims, {report.persons_new} new persons, "
        f"{report.suggestions} suggestions; load {load})"
    )
    if show_digest:
        print(f"digest {label:<10} {digest(db)}")
    db.close()
    if profiler:
        profiler.dump_stats(Path(tempfile.gettempdir()) / f"writer-{label.split()[0].lower()}.prof")
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.sort_stats("cumulative").print_stats(45)
        stats.sort_stats("tottime").print_stats(25)
        print(out.getvalue())
    return rate


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "vigil-writer-bench")
    parser.add_argument("--prepare", action="store_true")
    parser.add_argument("--articles", type=int, default=300, help="generated articles (--prepare)")
    parser.add_argument("--persons", type=int, default=100_000, help="registry size (--prepare)")
    parser.add_argument("--claims-per-person", type=int, default=5)
    parser.add_argument("--items", type=int, default=100, help="staged items stored per run")
    parser.add_argument("--db", default="sqlite,postgres", help="sqlite, postgres, empty (a new SQLite)")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--digest", action="store_true")
    parser.add_argument("--sql", action="store_true", help="the statements that took the most time")
    args = parser.parse_args()
    if args.prepare:
        prepare(args.dir, articles=args.articles, persons=args.persons, per_person=args.claims_per_person)
    items: list[Item] = []
    for item in read_stage(args.dir / "stage"):
        items.append(item)
        if len(items) >= args.items:
            break
    kinds = args.db.split(",")
    options = {"profile": args.profile, "show_digest": args.digest, "sql": args.sql}
    if "sqlite" in kinds:
        with tempfile.TemporaryDirectory() as tmp:
            shutil.copy(args.dir / "big.sqlite", Path(tmp) / "run.sqlite")
            run("SQLite", f"sqlite:///{tmp}/run.sqlite", items, **options)
    if "empty" in kinds:  # a registry the corpus's own persons fill: more matches, merges proposed
        with tempfile.TemporaryDirectory() as tmp:
            run("SQLite 0", f"sqlite:///{tmp}/run.sqlite", items, **options)
    if "postgres" in kinds:
        with postgres(args.dir) as server:
            server.admin("DROP DATABASE IF EXISTS vigil_run")
            server.admin(f"CREATE DATABASE vigil_run TEMPLATE {BASE}")
            try:
                run("PostgreSQL", server.url("vigil_run"), items, server=server, **options)
            finally:
                server.admin("DROP DATABASE IF EXISTS vigil_run")
    return 0


if __name__ == "__main__":
    sys.exit(main())
