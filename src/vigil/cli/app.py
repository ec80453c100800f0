"""The `vigil` Typer application and its shared console; commands live in sibling modules."""

from __future__ import annotations

from datetime import date

import typer
from rich.console import Console

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
