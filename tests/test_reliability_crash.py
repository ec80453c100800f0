"""Crash safety: `vigil ingest` killed with SIGKILL at random points, and backup/restore.

After every kill the registry is consistent (each article has all its claims or is not
there; no orphan rows), and a rerun completes to the same registry an uninterrupted run
makes. `vigil backup` copies a registry that is being written; `vigil restore` brings it back.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.fixtures.extraction import SAMPLE, SEED
from tests.fixtures.reliability import (
    _articles,
    consistency_problems,
    kill_during_ingest,
    registry_rows,
    run_vigil,
)
from tests.fixtures.web import Demo
from vigil.cli import app
from vigil.registry import service
from vigil.registry.db import open_database
from vigil.registry.models import Audit

runner = CliRunner()
CORPUS = [SEED, *sorted(SAMPLE.glob("dev-0*.txt"))[:5]]


def _claim_ids(url: str) -> set[tuple[str, str, str]]:
    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            return set(conn.exec_driver_sql("SELECT id, person_id, state FROM claims").all())
    finally:
        db.close()


def test_ingest_killed_at_random_points_leaves_a_consistent_registry(
    tmp_path: Path,
    extractor,  # type: ignore[no-untyped-def]
) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in CORPUS:
        shutil.copy(path, folder / path.name)
    reference = f"sqlite:///{tmp_path / 'reference.sqlite'}"
    db = open_database(reference)
    try:
        service.ingest(db, paths=[folder], extractor=extractor)
    finally:
        db.close()

    db_path = tmp_path / "killed.sqlite"
    url = f"sqlite:///{db_path}"
    log = tmp_path / "ingest.log"
    outcomes = []
    for seed in (1, 2):
        outcomes.append(kill_during_ingest(folder, db_path, random.Random(seed), log))
        if db_path.exists():
            assert consistency_problems(url) == [], outcomes
    rerun = run_vigil("ingest", str(folder), url=url, timeout=300)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert consistency_problems(url) == []
    assert _articles(db_path) == len(CORPUS) or "copies of known stories" in rerun.stdout
    assert _claim_ids(url) == _claim_ids(reference), outcomes
    db = open_database(url)
    try:
        again = service.ingest(db, paths=[folder], extractor=extractor)
    finally:
        db.close()
    assert again.count("new") == 0 and not again.failed


def _fill(url: str, stop: threading.Event, written: list[int]) -> None:
    """Write small transactions until told to stop (what a running `vigil ingest` does)."""
    db = open_database(url)
    try:
        while not stop.is_set():
            with db.session() as session:
                now = datetime.now(UTC).replace(tzinfo=None)
                session.add(Audit(at=now, user="writer", action="test.write"))
            written.append(1)
    finally:
        db.close()


def test_backup_while_written_and_restore(tmp_path: Path, demo_registry: Demo) -> None:
    live = tmp_path / "live.sqlite"
    shutil.copy(demo_registry.path, live)
    url = f"sqlite:///{live}"
    env = {"VIGIL_DATABASE_URL": url}
    stop, written = threading.Event(), []
    writer = threading.Thread(target=_fill, args=(url, stop, written))
    writer.start()
    try:
        while len(written) < 20:
            time.sleep(0.01)
        backup = tmp_path / "backups" / "registry.sqlite"
        made = runner.invoke(app, ["backup", str(backup)], env=env)
        during = len(written)
    finally:
        stop.set()
        writer.join(timeout=30)
    assert made.exit_code == 0, made.output
    assert "backed up" in made.stdout and backup.exists()
    backup_url = f"sqlite:///{backup}"
    assert consistency_problems(backup_url) == []
    with sqlite3.connect(backup) as conn:
        copied = conn.execute("SELECT count(*) FROM audit WHERE action = 'test.write'").fetchone()[0]
    assert 20 <= copied <= during + 1  # one moment's snapshot, taken while the writer went on
    snapshot = registry_rows(backup_url)

    refused = runner.invoke(app, ["backup", str(backup)], env=env)
    assert refused.exit_code == 1 and "exists" in " ".join(refused.stderr.split())

    # the registry changes after the backup ...
    db = open_database(url)
    try:
        person = service.list_people(db, limit=1)[0]
        service.set_withheld(db, person_id=person.id, withheld=True, user="tester")
    finally:
        db.close()
    assert registry_rows(url) != snapshot
    # ... and the backup brings it back
    restored = runner.invoke(app, ["restore", str(backup)], env=env)
    assert restored.exit_code == 0, restored.output
    assert registry_rows(url) == snapshot
    assert consistency_problems(url) == []

    not_a_backup = tmp_path / "photo.sqlite"
    not_a_backup.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    before = registry_rows(url)
    bad = runner.invoke(app, ["restore", str(not_a_backup)], env=env)
    assert bad.exit_code == 1
    assert "photo.sqlite: not a SQLite database" in " ".join(bad.stderr.split())
    missing = runner.invoke(app, ["restore", str(tmp_path / "nothing.sqlite")], env=env)
    assert missing.exit_code == 1 and "no such file" in " ".join(missing.stderr.split())
    assert registry_rows(url) == before


@pytest.mark.postgres
def test_backup_on_postgres_says_how(postgres_server) -> None:  # type: ignore[no-untyped-def]
    url = postgres_server.url("vigil_template")
    for command in ("backup", "restore"):
        result = runner.invoke(app, [command, "out.dump"], env={"VIGIL_DATABASE_URL": url})
        assert result.exit_code == 1
        text = " ".join(result.stderr.split())
        assert "pg_dump --format=custom" in text and "pg_restore" in text and "vigil_template" in text
