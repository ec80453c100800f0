"""`vigil reconcile ROSTER.csv`: where a rights group's list and the news agree, and where not."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.table import Table

from vigil.cli.app import app, console, err_console, lazy, open_registry, reported_errors
from vigil.registry.views import format_date

if TYPE_CHECKING:
    from vigil.registry.reconcile import Entry, Reconciliation, Side

reconciling = lazy("vigil.registry.reconcile")
rosters = lazy("vigil.registry.roster")


class ReconcileFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


_HELP = (
    "Match every row of a roster (a rights group's CSV list) to the registry and sort it into: "
    "[bold]agree[/] (the same person, the same status); [bold]disagree[/] (another status in the news, "
    "with each side's sentence, source and date); [bold]in the news only[/] (persons with a custody "
    "status that no row names: candidates to add); [bold]in the roster only[/] (rows nobody in the news "
    "matches); [bold]ambiguous[/] (rows that fit several persons, or one only possibly: for an editor). "
    "The last line is the counts. Nothing in the registry is changed.\n\n"
    "The roster needs a header row (name, or surname + first name + patronymic; status; birth year; "
    "date of detention; article; sentence … in English, Russian or Belarusian), separated by commas, "
    "semicolons or tabs; --columns maps other headers. Names may be 'SURNAME, Given Patronymic', "
    "'Given Surname', Latin or Cyrillic. A row without a status counts as held unless it gives a "
    "release date. Details: docs/reconcile.md.\n\n"
    "Examples:\n\n"
    "vigil reconcile viasna.csv\n\n"
    "vigil reconcile list.csv --columns 'name=ФИО,status=Статус' --csv out.csv --json out.json\n\n"
    "vigil reconcile list.csv --format json > out.json"
)


def _side(side: Side | None) -> str:
    if side is None:
        return "—"
    when = f" on {format_date(side.date, side.date_precision)}" if side.date else ""
    text = f"[bold]{side.status}[/]{when}"
    if side.evidence:
        text += f"\n“{escape(side.evidence)}”"
    if side.source:
        text += f"\n[dim]{escape(side.source)}[/]"
    return text


def _who(e: Entry) -> str:
    parts = []
    if e.roster_name:
        parts.append(f"line {e.line}: {escape(e.roster_name)}")
    if e.person_id:
        parts.append(f"{escape(e.person_name or '')} [dim]{e.person_id}[/]")
    for c in e.candidates:
        parts.append(f"? {escape(c.name)} [dim]{c.person_id} {c.score:.2f}[/]")
    if e.match and e.match != "name":
        parts.append(f"[dim]matched by {e.match}[/]")
    if e.note:
        parts.append(f"[italic]{escape(e.note)}[/]")
    return "\n".join(parts)


def _report(result: Reconciliation) -> None:
    for category in reconciling.CATEGORIES:
        entries = [e for e in result.entries if e.category == category]
        if not entries:
            continue
        title = f"{reconciling.LABELS[category]} ({len(entries)})"
        table = Table(title=title, show_lines=True, title_justify="left")
        table.add_column("who", ratio=2)
        table.add_column("roster says", ratio=2)
        table.add_column("the news says", ratio=3)
        for e in entries:
            table.add_row(_who(e), _side(e.roster), _side(e.news))
        console.print(table)
    console.print(result.summary(), highlight=False, soft_wrap=True)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    err_console.print(f"wrote {path}", highlight=False)


@app.command("reconcile", help=_HELP)
def reconcile_command(
    roster: Annotated[
        Path, typer.Argument(help="The roster: a CSV file with a header row.", show_default=False)
    ],
    columns: Annotated[
        str | None,
        typer.Option(
            "--columns",
            help="Map fields to your headers, e.g. 'name=ФИО,status=State,born=Year'. Fields: id, name, "
            "surname, given, patronymic, aliases, born, status, detained, charges, sentence, prison, "
            "released, withheld.",
        ),
    ] = None,
    fmt: Annotated[
        ReconcileFormat, typer.Option("--format", "-f", help="Print a table (Rich report), json or csv.")
    ] = ReconcileFormat.table,
    csv_out: Annotated[Path | None, typer.Option("--csv", help="Also write the result as CSV here.")] = None,
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Also write the result as JSON here.")
    ] = None,
    show_withheld: Annotated[
        bool,
        typer.Option(
            "--show-withheld",
            help="Show withheld names (for an editor's own eyes; they are blanked by default, "
            "as on every public page and export).",
        ),
    ] = False,
) -> None:
    with reported_errors():
        mapping = rosters.parse_columns(columns)
    with open_registry() as db:
        result = reconciling.reconcile_file(db, roster, columns=mapping, reveal_withheld=show_withheld)
    if csv_out is not None:
        _write(csv_out, result.to_csv())
    if json_out is not None:
        _write(json_out, result.to_json())
    if fmt is ReconcileFormat.json:
        sys.stdout.write(result.to_json() + "\n")
        err_console.print(result.summary(), highlight=False, soft_wrap=True)
    elif fmt is ReconcileFormat.csv:
        sys.stdout.write(result.to_csv())
        err_console.print(result.summary(), highlight=False, soft_wrap=True)
    else:
        _report(result)
