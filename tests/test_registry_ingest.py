"""Ingest end to end: the sample corpus through the real pipeline into the registry."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from tests.fixtures.extraction import SAMPLE, SEED
from tests.registry_helpers import article, snapshot
from vigil.ingest.sources import iter_documents
from vigil.model import Document, Extraction
from vigil.registry import service
from vigil.registry.models import Article, ArticleOutlet, Claim, GroupEvent, GroupMember


@pytest.fixture(scope="session")
def sample_extractions(extractor) -> list[Extraction | Document]:
    """The sample corpus extracted once per test session."""
    return [e for e in extractor.extract_many(iter_documents([SAMPLE])) if isinstance(e, Extraction)]


def test_seed_and_dev_articles(db, sample_extractions):
    report = service.ingest_items(db, items=sample_extractions)
    assert report.count("new") == len(sample_extractions) and not report.failed
    seed_text = next(e.document.text for e in sample_extractions if e.document.source == str(SEED))
    for name in ("Maria Kolesnikova", "Viktor Babaryka", "Ales Bialiatski"):
        person = service.get_person(db, ref=name)
        assert person.status == "released", name
        releases = [e for e in person.timeline if e.kind == "release" and e.source == str(SEED)]
        assert releases and releases[0].evidence and releases[0].evidence in seed_text
    with db.session() as session:
        group = session.scalar(select(GroupEvent).where(GroupEvent.count == 123))
        assert group is not None and group.type == "release"
        members = session.scalars(select(GroupMember.person_id).where(GroupMember.group_event_id == group.id))
        names = {service.get_person(db, ref=m).name for m in members}
    assert names == {"Maria Kolesnikova", "Viktor Babaryka", "Ales Bialiatski"}
    before = snapshot(db)
    again = service.ingest_items(db, items=sample_extractions)
    assert again.count("known") == len(sample_extractions)
    assert snapshot(db) == before


def test_newer_extractor_replaces_machine_claims_and_keeps_decisions(db):
    body = "Ihar Losik was freed on Friday. Ihar Losik had been detained in 2020."
    first = article("a.txt", body, [("release", ["Ihar Losik"], {"confidence": 0.5})])
    service.ingest_items(db, items=[first])
    [item] = service.review_items(db)
    service.decide(db, item_id=item.id, accept=True, user="ed", note="checked with family")
    newer = article(
        "a.txt",
        body,
        [("release", ["Ihar Losik"], {"confidence": 0.5}), ("arrest", ["Ihar Losik"], {"date": "2020"})],
        version="t2",
    )
    report = service.ingest_items(db, items=[newer])
    assert report.count("re-extracted") == 1
    person = service.get_person(db, ref="Ihar Losik")
    kinds = sorted((e.kind, e.reviewer) for e in person.timeline)
    assert kinds == [("arrest", None), ("release", "ed")]
    assert person.status == "released"
    assert service.review_items(db) == []


def test_death_is_never_auto_accepted(db):
    service.ingest_items(
        db,
        items=[
            article(
                "a.txt", "Ales Pushkin died in custody.", [("death", ["Ales Pushkin"], {"confidence": 1.0})]
            )
        ],
    )
    [item] = service.review_items(db)
    assert item.sensitive and service.get_person(db, ref="Ales Pushkin").status == "unknown"
    service.decide(db, item_id=item.id, accept=True, user="ed")
    assert service.get_person(db, ref="Ales Pushkin").status == "died_in_custody"


def test_non_english_is_stored_not_extracted(db):
    doc = Document(source="ru.txt", text="Мария Колесникова освобождена.", language="ru")
    report = service.ingest_items(db, items=[doc])
    assert [(i.outcome, i.language) for i in report.not_extracted] == [("not-extracted", "ru")]
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Article)) == 1


def test_near_duplicate_is_an_outlet_of_the_original(db):
    body = (
        "Belarus released 52 political prisoners on Thursday and drove them to Lithuania, "
        "among them Ihar Losik, a blogger who had spent five years in prison for his posts. "
        "The release followed talks with the United States envoy John Coale in Minsk."
    )
    one = article("outlet-a.txt", body, [("release", ["Ihar Losik"], {"count": 52})])
    copy = article(
        "outlet-b.txt",
        "Breaking: " + body.replace("Thursday", "Thursday evening"),
        [("release", ["Ihar Losik"], {"count": 52})],
    )
    report = service.ingest_items(db, items=[one, copy])
    assert [i.outcome for i in report.items] == ["new", "copy"]
    with db.session() as session:
        outlets = session.scalars(select(ArticleOutlet.source).order_by(ArticleOutlet.source)).all()
        assert outlets == ["outlet-a.txt", "outlet-b.txt"]
        assert session.scalar(select(func.count()).select_from(Claim)) == 1
    [entry] = service.get_person(db, ref="Ihar Losik").timeline
    assert entry.sources == 1


def _articles(path: Path) -> int:
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT count(*) FROM articles")).scalar() or 0
    except Exception:
        return 0
    finally:
        engine.dispose()


def test_sigkill_mid_batch_leaves_a_consistent_registry(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for source in sorted(SAMPLE.glob("*.txt")):
        (corpus / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    database = tmp_path / "kill.sqlite"
    env = {**os.environ, "VIGIL_DATABASE_URL": f"sqlite:///{database}"}
    command = [sys.executable, "-c", "from vigil.cli import main; main()", "ingest", str(corpus)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _articles(database) < 3 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    stored = _articles(database)
    assert 0 < stored < 25
    engine = create_engine(f"sqlite:///{database}")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        unfinished = conn.execute(
            text("SELECT count(*) FROM articles WHERE extractor_version IS NULL AND language = 'en'")
        ).scalar()
        assert unfinished == 0
    engine.dispose()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert f"{stored} already known" in done.stdout
    assert _articles(database) == 25


def test_newer_extractor_dropping_a_claim_rederives_status(db):
    body = "Mikola Dziadok was freed on Friday."
    service.ingest_items(db, items=[article("a.txt", body, [("release", ["Mikola Dziadok"], {})])])
    assert service.get_person(db, ref="Mikola Dziadok").status == "released"
    service.ingest_items(db, items=[article("a.txt", body, [], version="t2")])
    assert service.get_person(db, ref="Mikola Dziadok").status == "unknown"
