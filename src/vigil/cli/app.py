"""The `vigil` Typer application and its shared console; commands live in sibling modules."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING

import typer
from rich.console import Console

from vigil.errors import VigilError

if TYPE_CHECKING:
    from vigil.registry.db import Database

app = typer.Typer(
    name="vigil",
    help=(
        "Vigil reads news about political prisoners and keeps an evidence-backed registry of "
        "who is held, sentenced, freed, forced abroad or dead in custody."
    ),
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)
console = Console()
err_console = Console(stderr=True)


def parse_date(value: str | None) -> date | None:
    """A --date option's value, or a usage error that says what a date looks like."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a date (use YYYY-MM-DD)") from exc


@contextmanager
def open_registry() -> Iterator[Database]:
    """Open the registry; a Vigil error ends the command with its message (and the problems it
    lists, such as a roster's bad lines) and exit code 1."""
    from vigil.registry.db import open_database

    db: Database | None = None
    try:
        db = open_database()
        yield db
    except VigilError as exc:
        err_console.print(f"[red]error:[/] {exc}")
        for problem in getattr(exc, "problems", ()):
            err_console.print(f"  {problem}")
        raise typer.Exit(1) from exc
    finally:
        if db is not None:
            db.close()
