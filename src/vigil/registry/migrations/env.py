"""Alembic environment: runs on the connection `db.migrate` hands over (or on a URL)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from vigil.registry.db import database_url
from vigil.registry.models import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        engine = create_engine(database_url(config.get_main_option("sqlalchemy.url")))
        with engine.begin() as connection:
            _run_with(connection)
        return
    _run_with(connection)


def _run_with(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


run()
