"""Same registry, proven: one corpus ingested in one process, with `--workers 2` and on a local
Ray instance, into SQLite and PostgreSQL, gives the same persons, aliases, claims, group
events and statuses; a killed Ray actor loses or doubles nothing; a rerun changes no row.

Extraction is the cost, so each way extracts once: it ingests live into one database while
the stream of what its writer stored is kept, and that stream is stored into the other.
"""

from __future__ import annotations

import itertools
import os
import shutil
import signal
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

import pytest
import ray
from typer.testing import CliRunner

from tests import scale_corpus
from tests.registry_helpers import snapshot
from vigil.cli import app
from vigil.ingest.sources import iter_documents
from vigil.registry.db import Database, open_database
from vigil.registry.ingesting import Copies, IngestReport, Item, plan, store_items
from vigil.registry.settings import Settings
from vigil.scale import cluster, local, session

pytestmark = pytest.mark.postgres

PUBLISHED = date(2025, 5, 1)
_names = itertools.count()


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    assert session.connect(None, num_cpus=2)
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("scale-corpus")
    assert scale_corpus.build(folder) >= 200
    return folder


@pytest.fixture(scope="module")
def fresh(sqlite_template, postgres_server, tmp_path_factory) -> Iterator[Callable[[str], Database]]:
    """A new migrated registry on `sqlite` or `postgres`, kept open until the module ends."""
    opened: list[Database] = []
    folder = tmp_path_factory.mktemp("scale-registries")

    def make(kind: str) -> Database:
        name = f"vigil_scale_{os.getpid()}_{next(_names)}"
        if kind == "sqlite":
            shutil.copy(sqlite_template, folder / f"{name}.sqlite")
            url = f"sqlite:///{folder / name}.sqlite"
        else:
            postgres_server.admin(f"CREATE DATABASE {name} TEMPLATE vigil_template")
            url = postgres_server.url(name)
        opened.append(open_database(url))
        return opened[-1]

    yield make
    for db in opened:
        db.close()


def _kept(items: Iterable[Item], into: list[Item]) -> Iterator[Item]:
    for item in items:
        into.append(item)
        yield item


def _ingest(
    db: Database, items: Callable[[Database, Copies], Iterator[Item]]
) -> tuple[IngestReport, list[Item]]:
    copies, kept = Copies(db), []
    report = store_items(db, _kept(items(db, copies), kept), settings=Settings(), copies=copies)
    return report, kept


@pytest.fixture(scope="module")
def ingested(corpus, fresh, extractor, local_ray) -> dict[str, dict[str, tuple[Database, IngestReport]]]:
    """Per way of extracting: the live registry and the one its stored stream was replayed into."""

    def documents():  # type: ignore[no-untyped-def]
        return iter_documents([corpus], published=PUBLISHED)

    ways = {
        "single": ("sqlite", lambda db, copies: plan(db, documents(), extractor=extractor, copies=copies)),
        "workers": (
            "postgres",
            lambda db, copies: local.plan_parallel(db, documents(), workers=2, copies=copies),
        ),
        "ray": ("postgres", lambda db, copies: cluster.extract_items(db, [corpus], published=PUBLISHED)),
    }
    out = {}
    for way, (kind, items) in ways.items():
        live = fresh(kind)
        report, kept = _ingest(live, items)
        other = fresh("postgres" if kind == "sqlite" else "sqlite")
        replayed = store_items(other, kept, settings=Settings())
        out[way] = {kind: (live, report), ("postgres" if kind == "sqlite" else "sqlite"): (other, replayed)}
    return out


def _outcomes(report: IngestReport) -> list[tuple[str, str, str | None]]:
    return [(item.source, item.outcome, item.reason) for item in report.items]


def test_every_way_builds_the_same_registry(ingested):
    reference_db, reference_report = ingested["single"]["sqlite"]
    reference = scale_corpus.dump(reference_db)
    assert reference_report.count("new") >= 180 and reference_report.count("copy") >= 8
    failed = " ".join(item.source for item in reference_report.failed)
    for bad in ("bad-1-empty.txt", "bad-2-binary.txt", "blank.txt", "corpus.jsonl:5", "corpus.csv:"):
        assert bad in failed
    assert len(reference["persons"]) > 100 and len(reference["claims"]) > 500 and reference["group_events"]
    for way, registries in ingested.items():
        for kind, (db, report) in registries.items():
            assert _outcomes(report) == _outcomes(reference_report), (way, kind)
            assert scale_corpus.dump(db) == reference, (way, kind)


def test_rerun_changes_no_row(ingested, corpus):
    db, _ = ingested["workers"]["postgres"]
    before = snapshot(db)
    again = local.ingest_parallel(db, paths=[corpus], workers=2, published=PUBLISHED)
    assert again.count("new") == again.count("re-extracted") == 0 and again.count("known") > 200
    assert snapshot(db) == before
    db, _ = ingested["ray"]["postgres"]
    before = snapshot(db)
    again = cluster.ingest_ray(db, paths=[corpus], published=PUBLISHED)
    assert again.count("new") == again.count("re-extracted") == 0 and again.count("known") > 200
    assert snapshot(db) == before


def _actor_pids() -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                title = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if title.startswith(b"ray::") and b"ExtractActor" in title:
                pids.append(int(entry.name))
    return sorted(pids)


def test_a_killed_actor_loses_and_doubles_nothing(ingested, corpus, fresh):
    db = fresh("sqlite")
    killed: list[int] = []

    def kill_one(item) -> None:  # type: ignore[no-untyped-def]
        if not killed and item.outcome == "new":
            pids = _actor_pids()
            assert pids, "no extraction actor is running"
            os.kill(pids[0], signal.SIGKILL)
            killed.append(pids[0])

    report = cluster.ingest_ray(db, paths=[corpus], published=PUBLISHED, batch_size=8, on_item=kill_one)
    assert killed
    reference_db, reference_report = ingested["single"]["sqlite"]
    assert _outcomes(report) == _outcomes(reference_report)
    assert scale_corpus.dump(db) == scale_corpus.dump(reference_db)


def test_stage_then_link_again_without_extracting(local_ray, corpus, fresh, tmp_path, monkeypatch):
    small = tmp_path / "small"
    small.mkdir()
    articles = sorted((corpus / "generated" / "articles").glob("*.txt"))
    for path in [p for p in articles if "copy" not in p.name][:10] + [articles[-3]]:  # the last: bad-1-empty
        shutil.copy(path, small / path.name)
    first, second = fresh("sqlite"), fresh("postgres")
    runner = CliRunner()
    monkeypatch.setenv("VIGIL_DATABASE_URL", str(first.engine.url.render_as_string(hide_password=False)))
    result = runner.invoke(
        app,
        [
            "ingest",
            str(small),
            "--engine",
            "ray",
            "--stage",
            str(tmp_path / "stage"),
            "--date",
            PUBLISHED.isoformat(),
            "--batch-size",
            "4",
            "--actors",
            "2",
        ],
    )
    assert result.exit_code == 1, result.output  # empty.txt failed, and is named
    assert "empty.txt:emptyfile" in "".join(result.output.split()) and "articles: 10 new" in result.output
    monkeypatch.setenv("VIGIL_DATABASE_URL", str(second.engine.url.render_as_string(hide_password=False)))
    again = runner.invoke(app, ["ingest", "--from-stage", str(tmp_path / "stage")])
    assert again.exit_code == 1 and "articles: 10 new" in again.output
    assert "empty.txt:emptyfile" in "".join(again.output.split())
    assert scale_corpus.dump(first) == scale_corpus.dump(second) and scale_corpus.dump(first)["claims"]


def test_a_parquet_corpus_on_ray_builds_what_its_jsonl_twin_builds(local_ray, extractor, fresh, tmp_path):
    """Parquet records (two row groups, one record without text, one file that is not Parquet)
    are read on Ray and named FILE:ROW, as the same records given as a JSONL corpus are."""
    import json

    import pyarrow as pa
    import pyarrow.parquet as pq
    from benchmarks.make_corpus import make_corpus

    stories = [a for a in make_corpus(prisoners=20, articles=14, seed=8, copies=0, bad=0).articles][:6]
    rows = [{"text": a.text, "published": a.published.isoformat(), "outlet": a.outlet} for a in stories]
    rows.insert(3, {"text": "", "published": "2025-07-02", "outlet": None})
    (tmp_path / "jsonl").mkdir()
    (tmp_path / "parquet").mkdir()
    with (tmp_path / "jsonl" / "corpus.jsonl").open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(row) + "\n" for row in rows)
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "parquet" / "corpus.parquet", row_group_size=4)
    (tmp_path / "parquet" / "torn.parquet").write_bytes(b"PAR1 not really")
    assert pq.ParquetFile(tmp_path / "parquet" / "corpus.parquet").metadata.num_row_groups == 2

    reference = fresh("sqlite")
    documents = iter_documents([tmp_path / "jsonl"], published=PUBLISHED)
    expected, _ = _ingest(
        reference, lambda db, copies: plan(db, documents, extractor=extractor, copies=copies)
    )
    db = fresh("postgres")
    report = cluster.ingest_ray(db, paths=[tmp_path / "parquet"], published=PUBLISHED, actors=1, batch_size=4)

    torn = [item for item in report.failed if item.source.endswith("torn.parquet")]
    assert [item.reason for item in torn] == ["not a readable Parquet file"]
    named = [
        (item.source.replace(str(tmp_path / "parquet" / "corpus.parquet"), "C"), item.outcome, item.reason)
        for item in report.items
        if item not in torn
    ]
    assert named == [
        (item.source.replace(str(tmp_path / "jsonl" / "corpus.jsonl"), "C"), item.outcome, item.reason)
        for item in expected.items
    ]
    assert ("C:4", "failed", "no text or html field") in named and expected.count("new") == 6
    same = repr(scale_corpus.dump(db)).replace(str(tmp_path / "parquet" / "corpus.parquet"), "C")
    assert same == repr(scale_corpus.dump(reference)).replace(str(tmp_path / "jsonl" / "corpus.jsonl"), "C")


def test_a_local_ray_started_by_vigil_reports_no_usage_statistics(local_ray):
    """Vigil makes no network call its user did not ask for; Ray's usage report would be one."""
    from ray._common.usage import usage_lib

    assert not usage_lib.usage_stats_enabled()
