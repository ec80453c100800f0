"""The database layer: migrations on open, concurrent writers, editors' decisions not overwritten."""

from __future__ import annotations

import threading
from datetime import datetime

import pytest
from sqlalchemy import func, inspect, select

from tests.registry_helpers import article
from vigil.errors import Conflict
from vigil.registry import service
from vigil.registry.db import database_url, open_database
from vigil.registry.models import Audit


def test_default_url_and_environment(monkeypatch):
    monkeypatch.delenv("VIGIL_DATABASE_URL", raising=False)
    assert database_url() == "sqlite:///var/vigil.sqlite"
    monkeypatch.setenv("VIGIL_DATABASE_URL", "postgresql+psycopg://u@h/db")
    assert database_url() == "postgresql+psycopg://u@h/db"
    assert database_url("sqlite:///x.sqlite") == "sqlite:///x.sqlite"


def test_open_migrates_a_fresh_file_in_wal_mode(tmp_path):
    db = open_database(f"sqlite:///{tmp_path}/new/vigil.sqlite")
    tables = set(inspect(db.engine).get_table_names())
    assert {"articles", "persons", "claims", "judgements", "audit", "monthly_counts"} <= tables
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    db.close()
    open_database(f"sqlite:///{tmp_path}/new/vigil.sqlite").close()  # a second open is a no-op


def test_concurrent_writers_queue_instead_of_failing(db):
    errors: list[Exception] = []

    def write(user: str) -> None:
        for _ in range(15):
            try:
                with db.session(write=True) as session:
                    session.scalar(select(func.count()).select_from(Audit))
                    session.add(Audit(at=datetime.now(), user=user, action="test", target=None, detail=None))
            except Exception as exc:
                errors.append(exc)

    threads = [threading.Thread(target=write, args=(f"u{i}",)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Audit).where(Audit.action == "test")) == 60


def test_a_decision_is_not_silently_overwritten(db):
    service.ingest_items(
        db,
        items=[article("a.txt", "Ihar Losik was freed.", [("release", ["Ihar Losik"], {"confidence": 0.3})])],
    )
    [item] = service.review_items(db)
    service.decide(db, item_id=item.id, accept=True, user="anna")
    with pytest.raises(Conflict):
        service.decide(db, item_id=item.id, accept=False, user="boris")
    service.decide(db, item_id=item.id, accept=False, user="boris", override=True)
    assert service.get_person(db, ref="Ihar Losik").status == "unknown"
