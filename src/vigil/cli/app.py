"""The `vigil` Typer application and its shared console; commands live in sibling modules."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from types import ModuleType
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from vigil.errors import VigilError

if TYPE_CHECKING:
    from vigil.extract import Extractor
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


def lazy(name: str) -> ModuleType:
    """Module `name`, imported on first attribute access (the standard library's LazyLoader).

    Every command registers at start-up; without this, `vigil extract` would import the
    database, web and feed libraries it never uses (seconds on a slow machine)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ImportError(name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module


LangOption = Annotated[
    str | None,
    typer.Option(
        "--lang",
        help="Treat every input as this language (en, ru, be) instead of detecting it.",
        show_default=False,
    ),
]


def load_extractor(lang: str | None) -> Extractor:
    """The extraction pipeline for a command's `--lang`; an unknown language is a usage error."""
    from vigil.errors import SourceError
    from vigil.extract import Extractor

    try:
        return Extractor(language=lang)
    except SourceError as exc:
        err_console.print(f"[red]error[/red] --lang {lang}: {exc.message}", highlight=False)
        raise typer.Exit(2) from exc


def parse_date(value: str | None) -> date | None:
    """A --date option's value, or a usage error that says what a date looks like."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a date (use YYYY-MM-DD)") from exc


@contextmanager
def reported_errors() -> Iterator[None]:
    """A Vigil error ends the command with its message (and the problems it lists, such as a
    roster's bad lines) on stderr and exit code 1."""
    try:
        yield
    except VigilError as exc:
        err_console.print(f"[red]error:[/] {exc}", highlight=False)
        for problem in getattr(exc, "problems", ()):
            err_console.print(f"  {problem}", highlight=False)
        raise typer.Exit(1) from exc


@contextmanager
def open_registry() -> Iterator[Database]:
    """Open the registry for one command; Vigil errors are reported as `reported_errors` does."""
    from vigil.registry.db import open_database

    with reported_errors():
        db = open_database()
        try:
            yield db
        finally:
            db.close()
