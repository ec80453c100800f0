"""Backing up and restoring a SQLite registry with SQLite's online backup API.

The backup is taken page by page while other processes keep reading and writing (WAL), and
is a consistent snapshot of one moment. A restore checks the backup first (integrity, a
Vigil schema), then copies it into the live file the same way, so open readers see either
the old registry or the restored one, never a mix. PostgreSQL registries are backed up with
`pg_dump` / `pg_restore`; `postgres_instructions` says how.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from vigil.errors import VigilError

__all__ = ["Copied", "backup_sqlite", "is_sqlite", "postgres_instructions", "restore_sqlite", "sqlite_path"]

_BUSY_MS = 30_000


@dataclass(frozen=True)
class Copied:
    """What a backup or restore copied: the file written and its table row counts."""

    path: Path
    tables: dict[str, int]

    @property
    def rows(self) -> int:
        return sum(self.tables.values())


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path:
    """The file of a `sqlite:///...` URL (an in-memory database has none)."""
    database = make_url(url).database
    if not database or database == ":memory:":
        raise VigilError(f"{url} is not a SQLite file")
    return Path(database)


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=_BUSY_MS / 1000, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout={_BUSY_MS}")
    return conn


def _tables(conn: sqlite3.Connection) -> dict[str, int]:
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def _check(path: Path) -> dict[str, int]:
    """Row counts of a readable, intact Vigil registry file; a VigilError saying what is wrong."""
    if not path.is_file():
        raise VigilError("no such file", source=str(path))
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
            tables = _tables(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise VigilError(f"not a SQLite database ({exc})", source=str(path)) from exc
    if verdict != "ok":
        raise VigilError(f"damaged SQLite database: {verdict}", source=str(path))
    if "alembic_version" not in tables or "articles" not in tables:
        raise VigilError("not a Vigil registry (no articles table)", source=str(path))
    return tables


def _copy(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
    # One step under one read transaction: in WAL mode writers go on meanwhile, and the copy is
    # one moment's snapshot. (Step by step, every write by another process restarts the copy,
    # which a busy registry may never let finish.)
    source.backup(target, pages=-1)


def backup_sqlite(url: str, target: Path, *, overwrite: bool = False) -> Copied:
    """Copy the live registry at `url` into the file `target` (written beside it, then renamed)."""
    live = sqlite_path(url)
    if not live.is_file():
        raise VigilError("no registry here to back up", source=str(live))
    if target.exists() and not overwrite:
        raise VigilError("exists; choose another name or pass --force", source=str(target))
    if target.resolve() == live.resolve():
        raise VigilError("a backup cannot overwrite the registry itself", source=str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    source, copy = _connect(live), sqlite3.connect(partial)
    try:
        _copy(source, copy)
        copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
    finally:
        copy.close()
        source.close()
    tables = _check(partial)
    os.replace(partial, target)
    return Copied(target, tables)


def restore_sqlite(source: Path, url: str) -> Copied:
    """Replace the registry at `url` with the backup `source`, after checking the backup."""
    tables = _check(source)
    live = sqlite_path(url)
    live.parent.mkdir(parents=True, exist_ok=True)
    backup, target = sqlite3.connect(f"file:{source}?mode=ro", uri=True), _connect(live)
    try:
        target.execute("PRAGMA journal_mode=WAL")
        _copy(backup, target)
        target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        target.close()
        backup.close()
    return Copied(live, tables)


def postgres_instructions(url: str) -> str:
    """How to back up and restore a PostgreSQL registry with the PostgreSQL tools."""
    parsed = make_url(url)
    name = parsed.database or "vigil"
    conn = parsed.set(drivername="postgresql").render_as_string(hide_password=True)
    return "\n".join(
        [
            "This registry is on PostgreSQL; back it up with PostgreSQL's own tools:",
            f'  pg_dump --format=custom --file={name}.dump "{conn}"',
            "Restore into an empty database (create it first with createdb):",
            f'  pg_restore --clean --if-exists --no-owner --dbname="{conn}" {name}.dump',
            "Both tools take a consistent snapshot while Vigil keeps running.",
        ]
    )
