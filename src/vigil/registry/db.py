"""Opening the registry database: SQLite by default, PostgreSQL through `VIGIL_DATABASE_URL`.

Opening migrates the schema to the newest Alembic revision, so every command works on a
fresh file or an older database without a set-up step.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

__all__ = ["DEFAULT_PATH", "Database", "database_url", "open_database"]

DEFAULT_PATH = Path("var") / "vigil.sqlite"
MIGRATIONS = Path(__file__).parent / "migrations"


def database_url(url: str | None = None) -> str:
    """The URL given, else `VIGIL_DATABASE_URL`, else the SQLite file `var/vigil.sqlite` under the cwd."""
    return url or os.environ.get("VIGIL_DATABASE_URL") or f"sqlite:///{DEFAULT_PATH}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Autocommit at the driver level so SQLAlchemy's own BEGIN (below) is the only transaction
    # control: a whole article is then one real SQLite transaction.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    # A writing transaction takes the write lock up front (waiting up to busy_timeout): a deferred
    # one that read first fails at once when another writer committed meanwhile (SQLITE_BUSY_SNAPSHOT).
    write = conn.get_execution_options().get("vigil_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def make_engine(url: str) -> Engine:
    """An engine for `url`; SQLite gets WAL, a busy timeout and explicit transactions."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1] if "///" in url else ""
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


# Before the history was made linear, web accounts were a branch (0100_web off 0002) beside
# 0003..0005: such a database records both heads. Now 0100_web follows 0005, so 0005 is implied.
_FORMER_HEADS = {"0005", "0100_web"}


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision (a no-op when it is already there).

    The check reads; only a real upgrade takes the write lock, up front, so that migrating a
    SQLite file another process is writing waits for it instead of failing."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    wanted = set(ScriptDirectory.from_config(config).get_heads())
    with engine.connect() as connection:
        if set(MigrationContext.configure(connection).get_current_heads()) == wanted:
            return
    with engine.connect() as connection:
        connection = connection.execution_options(vigil_write=True)
        with connection.begin():
            if set(MigrationContext.configure(connection).get_current_heads()) == _FORMER_HEADS:
                connection.execute(text("DELETE FROM alembic_version WHERE version_num = '0005'"))
            config.attributes["connection"] = connection
            command.upgrade(config, "head")


class Database:
    """An engine and its session factory; `session()` is one transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back when it raises.

        `write=True` for transactions that change the registry: on SQLite they take the write
        lock when they begin, so concurrent writers queue instead of failing.
        """
        with self.sessions.begin() as session:
            if write:
                session.connection(execution_options={"vigil_write": True})
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_database(url: str | None = None, *, upgrade: bool = True) -> Database:
    """Open (and migrate) the registry at `url` or the configured default."""
    engine = make_engine(database_url(url))
    if upgrade:
        migrate(engine)
    return Database(engine)
