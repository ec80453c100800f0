"""`vigil backup PATH` and `vigil restore PATH`: a consistent copy of a SQLite registry, and back.

PostgreSQL registries are backed up with pg_dump / pg_restore; both commands say how.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from vigil.cli.app import app, console, err_console, lazy, reported_errors

backups = lazy("vigil.registry.backup")
registry_db = lazy("vigil.registry.db")

__all__ = ["backup", "restore"]


def _sqlite_url() -> str:
    """The registry's URL when it is SQLite; for PostgreSQL the pg_dump and pg_restore
    commands are printed and the command ends (exit 1)."""
    url = registry_db.database_url()
    if not backups.is_sqlite(url):
        err_console.print(backups.postgres_instructions(url), highlight=False, soft_wrap=True)
        raise typer.Exit(1)
    return url


@app.command()
def backup(
    path: Annotated[Path, typer.Argument(help="The backup file to write.", show_default=False)],
    force: Annotated[bool, typer.Option("--force", help="Overwrite PATH if it exists.")] = False,
) -> None:
    """Copy the registry into PATH while it stays in use (SQLite's online backup API).

    For a PostgreSQL registry this prints the pg_dump and pg_restore commands instead.
    """
    url = _sqlite_url()
    with reported_errors():
        copied = backups.backup_sqlite(url, path, overwrite=force)  # as it is: a backup changes nothing
    console.print(f"backed up {copied.rows:,} rows in {len(copied.tables)} tables to {copied.path}")


@app.command()
def restore(
    path: Annotated[Path, typer.Argument(help="A backup made by `vigil backup`.", show_default=False)],
) -> None:
    """Replace the registry with the backup PATH, after checking that PATH is an intact registry.

    For a PostgreSQL registry this prints the pg_dump and pg_restore commands instead.
    """
    url = _sqlite_url()
    with reported_errors():
        copied = backups.restore_sqlite(path, url)
        registry_db.open_database(url).close()  # a backup from an older version is migrated
    console.print(f"restored {copied.rows:,} rows in {len(copied.tables)} tables into {copied.path}")
