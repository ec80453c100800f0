"""Registry commands: ingest, review, people, person, stats, merge, split, import, export.

Each is a thin shell over `vigil.registry.service`; the database is `VIGIL_DATABASE_URL`
or the SQLite file `var/vigil.sqlite` under the current directory.
"""

from __future__ import annotations

import getpass
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from vigil.cli.app import (
    LangOption,
    app,
    console,
    err_console,
    lazy,
    load_extractor,
    open_registry,
    parse_date,
)
from vigil.registry.status import STATUSES
from vigil.registry.views import PersonView, Stats, format_date, plain

if TYPE_CHECKING:
    from vigil.registry.db import Database
    from vigil.registry.ingesting import IngestReport, ItemResult

service = lazy("vigil.registry.service")

T = TypeVar("T")


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class ExportFormat(StrEnum):
    csv = "csv"
    json = "json"


def _user(user: str | None) -> str:
    return user or os.environ.get("VIGIL_USER") or getpass.getuser()


def _fmt_date(value: date | None, precision: str | None = None) -> str:
    """As precise as the source: 13 Dec 2025, March 2022, 2021."""
    return format_date(value, precision, missing="—")


UserOption = Annotated[str | None, typer.Option("--user", help="Editor name recorded with the decision.")]
NoteOption = Annotated[str | None, typer.Option("--note", help="Why; kept with the decision.")]


# --- ingest ---------------------------------------------------------------------------------


class Engine(StrEnum):
    local = "local"
    ray = "ray"


@app.command()
def ingest(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Files (.txt, .html, .jsonl, .csv; .parquet with --engine ray), folders of them, URLs, "
            "feed URLs, or - for stdin.",
            show_default=False,
        ),
    ] = None,
    published: Annotated[
        str | None,
        typer.Option("--date", help="Publication date YYYY-MM-DD for sources that give none."),
    ] = None,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Allow URLs on loopback and private addresses.")
    ] = False,
    lang: LangOption = None,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            min=1,
            help="Extract in this many processes on this machine (about one per core); "
            "one process still links and stores, in input order.",
        ),
    ] = 1,
    engine: Annotated[
        Engine,
        typer.Option(
            "--engine",
            help="local: this machine. ray: extract on a Ray cluster (pip install 'vigil[ray]'), "
            "link and store here. See docs/scale.md.",
        ),
    ] = Engine.local,
    address: Annotated[
        str | None,
        typer.Option(
            "--address",
            help="Ray cluster to join: auto (the one `ray start` runs here) or ray://HOST:PORT; "
            "default: start a local Ray instance.",
            show_default=False,
        ),
    ] = None,
    actors: Annotated[
        int | None,
        typer.Option(
            "--actors",
            min=1,
            help="Ray: extraction actors, each holding the pipelines once [default: the cluster's CPUs].",
            show_default=False,
        ),
    ] = None,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Ray: articles per batch sent to an actor.")
    ] = 16,
    stage: Annotated[
        Path | None,
        typer.Option(
            "--stage",
            help="Ray: also keep the extractions as Parquet files in this folder, so that "
            "`vigil ingest --from-stage DIR` can link them again without extracting.",
            show_default=False,
        ),
    ] = None,
    from_stage: Annotated[
        Path | None,
        typer.Option(
            "--from-stage",
            help="Link and store the extractions staged in this folder by --stage (no extraction).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Extract, link and store articles in the registry, one transaction per article.

    Re-ingesting an article (same cleaned text) changes nothing; a newer extractor replaces
    its machine claims and keeps every editor decision. Near-duplicate copies are stored as
    outlets of the original story. Exit code 1 when some input failed.

    At scale (docs/scale.md): --workers N extracts in N processes here; --engine ray extracts
    on a Ray cluster. Either way one process links and stores, so the same inputs in the same
    order build the same registry.
    """
    pub = parse_date(published)
    if from_stage is None and not paths:
        err_console.print("[red]error[/red] name what to ingest (files, folders, URLs, -), or --from-stage")
        raise typer.Exit(2)
    ray_only = {"--address": address, "--actors": actors, "--stage": stage}
    misplaced = [name for name, value in ray_only.items() if value is not None]
    if engine is not Engine.ray and misplaced:
        err_console.print(f"[red]error[/red] {', '.join(misplaced)} go with --engine ray")
        raise typer.Exit(2)
    if from_stage is not None and (paths or engine is Engine.ray or workers > 1):
        err_console.print("[red]error[/red] --from-stage links staged extractions; give it alone")
        raise typer.Exit(2)
    if engine is Engine.ray or from_stage is not None:
        from vigil.scale.session import ray_missing

        missing = ray_missing()
        if missing:
            err_console.print(f"[red]error[/red] {escape(missing)}", highlight=False, soft_wrap=True)
            raise typer.Exit(2)
    with _ray_session(engine is Engine.ray, address), open_registry() as db:
        report = ingest_with_progress(
            db,
            paths or [],
            published=pub,
            allow_private=allow_private,
            language=lang,
            workers=workers,
            ray=engine is Engine.ray,
            ray_options={"address": address, "actors": actors, "batch_size": batch_size, "stage": stage},
            from_stage=from_stage,
        )
    print_ingest(report)
    if report.failed:
        raise typer.Exit(1)


@contextmanager
def _ray_session(wanted: bool, address: str | None) -> Iterator[None]:
    """When `wanted`, Ray joined at `address` (or a local Ray started) before the registry
    opens, the writer's modules imported while Ray starts; a Ray started here stops here."""
    if not wanted:
        yield
        return
    import ray

    from vigil.scale.session import connect

    started = connect(address, warm=("vigil.scale.cluster",))
    try:
        yield
    finally:
        if started:
            ray.shutdown()


def ingest_with_progress(
    db: Database,
    paths: Sequence[str | Path],
    *,
    published: date | None,
    allow_private: bool = False,
    language: str | None = None,
    workers: int = 1,
    ray: bool = False,
    ray_options: dict[str, Any] | None = None,
    from_stage: Path | None = None,
) -> IngestReport:
    """`service.ingest` (or its parallel or Ray twin) with a progress bar on stderr (a count
    only, when URLs, feeds or corpora make the number of articles unknown in advance)."""
    from vigil.ingest.read import expand_paths
    from vigil.ingest.sources import FOLDER_SUFFIXES, is_url

    files = (
        []
        if any(is_url(p) or p == "-" for p in paths)
        else expand_paths([Path(p) for p in paths], suffixes=FOLDER_SUFFIXES)
    )
    one_each = files and all(f.suffix.lower() in (".txt", ".html", ".htm") for f in files)
    total = len(files) if one_each and from_stage is None else None
    extractor = load_extractor(language)
    columns = (
        TextColumn("ingesting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        TextColumn("{task.description}"),
    )
    with Progress(*columns, console=err_console, transient=True) as progress:
        task = progress.add_task("", total=total)

        def on_item(item: ItemResult) -> None:
            progress.update(task, advance=1, description=Path(item.source).name)

        if from_stage is not None:
            from vigil.scale.stage import ingest_stage

            return ingest_stage(db, from_stage, on_item=on_item)
        if ray:
            from vigil.scale.cluster import ingest_ray

            options = ray_options or {}
            return ingest_ray(
                db, paths=paths, published=published, language=language, on_item=on_item, **options
            )
        if workers > 1:
            from vigil.scale.local import ingest_parallel

            return ingest_parallel(
                db,
                paths=paths,
                workers=workers,
                published=published,
                allow_private=allow_private,
                language=language,
                on_item=on_item,
            )
        return service.ingest(
            db,
            paths=paths,
            published=published,
            allow_private=allow_private,
            extractor=extractor,
            on_item=on_item,
        )


def print_ingest(report: IngestReport) -> None:
    new, known = report.count("new") + report.count("not-extracted"), report.count("known")
    console.print(
        f"articles: {new:,} new, {known:,} already known, {report.count('copy'):,} copies of known "
        f"stories, {report.count('re-extracted'):,} re-extracted"
    )
    console.print(
        f"persons: {report.persons_new:,} new, {report.persons_linked:,} linked; "
        f"{report.claims:,} claims; {report.suggestions:,} merge proposals for review"
    )
    if report.status_changes:
        console.print(f"status changes: {len(report.status_changes):,}")
        for change in report.status_changes:
            console.print(f"  {change.person_id} {change.name}: {change.old} → {change.new}")
    for item in report.not_extracted:
        console.print(f"[yellow]not yet extracted: {item.language}[/] {item.source}")
    if report.failed:
        err_console.print(f"[red]failed: {len(report.failed)}[/]")
        for item in report.failed:
            err_console.print(f"  {item.source}: {item.reason}")


# --- review ---------------------------------------------------------------------------------

review_app = typer.Typer(
    help="List what needs an editor's decision, and accept or reject it.", no_args_is_help=False
)
app.add_typer(review_app, name="review")


@review_app.callback(invoke_without_command=True)
def review(
    ctx: typer.Context,
    limit: Annotated[int, typer.Option(help="Show at most this many items.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="Print the items as JSON.")] = False,
) -> None:
    """List proposals: contradictions, merge proposals and machine claims awaiting review.

    Then decide one with `vigil review accept ID --note ...` or `vigil review reject ID --note ...`.
    """
    if ctx.invoked_subcommand is not None:
        return
    with open_registry() as db:
        items = service.review_items(db, limit=limit)
    if as_json:
        print(json.dumps(plain(items), ensure_ascii=False, indent=2))
        return
    if not items:
        console.print("Nothing to review. Ingest articles with `vigil ingest PATH`.")
        return
    table = Table("id", "type", "person", "what", "evidence", "score")
    for item in items:
        what = ("[bold red]sensitive[/] " if item.sensitive else "") + item.summary
        score = f"{item.confidence:.2f}" if item.confidence is not None else ""
        table.add_row(
            item.id, item.type, item.person_name, what, item.evidence or "; ".join(item.reasons), score
        )
    console.print(table)


OverrideOption = Annotated[
    bool, typer.Option("--override", help="Replace a decision another editor already made.")
]


def _decide(item_id: str, accept: bool, note: str | None, user: str | None, override: bool) -> None:
    with open_registry() as db:
        done = service.decide(
            db, item_id=item_id, accept=accept, user=_user(user), note=note, override=override
        )
        console.print(done)


@review_app.command("accept")
def review_accept(
    item_id: Annotated[str, typer.Argument(help="A claim (cl-…) or merge (mg-…) id.")],
    note: NoteOption = None,
    user: UserOption = None,
    override: OverrideOption = False,
) -> None:
    """Accept a proposed claim, or merge the two persons of a merge proposal."""
    _decide(item_id, True, note, user, override)


@review_app.command("reject")
def review_reject(
    item_id: Annotated[str, typer.Argument(help="A claim (cl-…) or merge (mg-…) id.")],
    note: NoteOption = None,
    user: UserOption = None,
    override: OverrideOption = False,
) -> None:
    """Reject a claim (it stops counting for status), or keep the persons of a merge proposal apart."""
    _decide(item_id, False, note, user, override)


# --- people, person, stats ------------------------------------------------------------------


def _emit(rows: list[dict[str, Any]], fmt: Format, columns: list[str], render: Callable[[], None]) -> None:
    if fmt is Format.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif fmt is Format.csv:
        import csv

        writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: "; ".join(v) if isinstance(v, list) else v for k, v in row.items()})
    else:
        render()


@app.command()
def people(
    status: Annotated[str | None, typer.Option(help=f"Only this status: {', '.join(STATUSES)}.")] = None,
    search: Annotated[
        str | None, typer.Option(help="Any spelling in any script (Kalesnikava, Колесникова ...).")
    ] = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="table, json or csv.")] = Format.table,
    limit: Annotated[int | None, typer.Option(help="At most this many persons.")] = None,
) -> None:
    """List persons in the registry with their status, optionally by status or by name."""
    with open_registry() as db:
        found = service.list_people(db, status=status, search=search, limit=limit)
    rows = plain(found)

    def render() -> None:
        if not found:
            console.print("No persons found. Ingest articles with `vigil ingest PATH`.")
            return
        table = Table("id", "name", "status", "since", "other spellings")
        for p in found:
            table.add_row(
                p.id,
                p.name + (f" · {p.latin}" if p.latin else ""),
                p.status + (" (review)" if p.needs_review else ""),
                _fmt_date(p.status_date, p.status_precision),
                ", ".join(p.aliases),
            )
        console.print(table)
        console.print(f"{len(found):,} persons")

    _emit(rows, format, ["id", "name", "status", "status_date", "aliases", "withheld", "latin"], render)


def print_person(view: PersonView) -> None:
    console.print(f"[bold]{view.name}[/]" + (f" · {view.latin}" if view.latin else "") + f"  {view.id}")
    console.print(
        f"status: [bold]{view.status}[/] since {_fmt_date(view.status_date, view.status_precision)}"
        + ("  [red]contradicting claims: on the review list[/]" if view.needs_review else "")
    )
    if view.status_claim:
        console.print(f"why: {view.status_reason} ({view.status_claim})")
    if view.aliases:
        console.print("other spellings: " + ", ".join(view.aliases))
    if view.roles:
        console.print("roles: " + ", ".join(view.roles))
    for fact in view.facts:
        console.print(f"{fact['kind']}: {fact['value']} ({fact['source']})")
    if not view.timeline:
        console.print("No events yet.")
    table = Table(title="timeline", expand=True)
    table.add_column("date", no_wrap=True)
    table.add_column("event")
    table.add_column("evidence", ratio=4)
    table.add_column("source", ratio=2, overflow="fold")
    table.add_column("review", ratio=1, overflow="fold")
    for e in view.timeline:
        event = e.kind + (f", {e.term_months} months" if e.term_months else "")
        review = (
            "confirmed by " + e.reviewer
            if e.reviewer and e.state == "accepted"
            else ("machine" if e.state == "accepted" else "proposed")
        )
        when = _fmt_date(e.date, e.date_precision) + (" (article date)" if e.date_source == "article" else "")
        if e.background:
            when = (when if e.date else "before the report") + " (told in passing)"
        sources = Path(e.source).name + (f" (+{e.sources - 1} more)" if e.sources > 1 else "")
        table.add_row(when, event, (e.evidence or "").strip(), sources, review)
    if view.timeline:
        console.print(table)
    for quote in view.quotes:
        console.print(f"“{quote['text']}” — {Path(quote['source']).name}")


@app.command()
def person(
    name_or_id: Annotated[str, typer.Argument(help="A vg- id or a name in any spelling or script.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="table or json.")] = Format.table,
    withhold: Annotated[
        bool | None,
        typer.Option("--withhold/--show-name", help="Withhold the name from public pages and exports."),
    ] = None,
    user: UserOption = None,
) -> None:
    """Show one person: status, spellings, roles and a timeline with each entry's evidence and source."""
    with open_registry() as db:
        if withhold is not None:
            found = service.get_person(db, ref=name_or_id)
            service.set_withheld(db, person_id=found.id, withheld=withhold, user=_user(user))
        view = service.get_person(db, ref=name_or_id)
    if format is Format.table:
        print_person(view)
    else:
        print(json.dumps(plain(view), ensure_ascii=False, indent=2))


@app.command()
def stats(
    as_of: Annotated[str | None, typer.Option("--as-of", help="Status as of this date YYYY-MM-DD.")] = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="table or json.")] = Format.table,
) -> None:
    """Counts of persons by status (now or as of a date), and arrests and releases per month."""
    with open_registry() as db:
        result = service.stats(db, as_of=parse_date(as_of))
    if format is not Format.table:
        print(json.dumps(plain(result), ensure_ascii=False, indent=2))
        return
    print_stats(result)


def print_stats(result: Stats) -> None:
    console.print(
        f"as of {_fmt_date(result.as_of or date.today())}: {result.persons:,} persons "
        f"({result.withheld:,} withheld by name), {result.articles:,} articles, "
        f"{result.proposed:,} awaiting review"
    )
    table = Table("status", "persons")
    for status, n in result.by_status.items():
        table.add_row(status, f"{n:,}")
    console.print(table)
    if result.per_month:
        months = Table("month", "arrests", "releases", title="per month")
        for row in result.per_month:
            months.add_row(row["month"], f"{row['arrests']:,}", f"{row['releases']:,}")
        console.print(months)


# --- merge, split ---------------------------------------------------------------------------


@app.command()
def merge(
    a: Annotated[str, typer.Argument(help="A person id (vg-…).")],
    b: Annotated[str, typer.Argument(help="Another person id, the same real person.")],
    note: NoteOption = None,
    user: UserOption = None,
) -> None:
    """Judge two records one person (kept as a judgement; undo with `vigil split`)."""
    with open_registry() as db:
        merged = service.merge(db, a=a, b=b, user=_user(user), note=note)
    console.print(f"merged: {a} + {b} → {merged}")


@app.command()
def split(
    ids: Annotated[list[str], typer.Argument(help="Person id(s) to split off.")],
    article: Annotated[
        list[int] | None,
        typer.Option("--article", help="Move what these article ids said into a new person."),
    ] = None,
    note: NoteOption = None,
    user: UserOption = None,
) -> None:
    """Undo a merge of each record given, or move some articles' mentions into a new person.

    The decision is kept as a judgement, so re-ingesting does not join them again.
    """
    with open_registry() as db:
        for person_id in ids:
            result = service.split(db, person_id=person_id, articles=article, user=_user(user), note=note)
            console.print(f"split {person_id}: now {', '.join(result)}")


# --- import, export -------------------------------------------------------------------------


@app.command("import")
def import_(
    roster: Annotated[
        Path, typer.Argument(help="A roster CSV: name, aliases, status, date of detention, ...")
    ],
    user: UserOption = None,
) -> None:
    """Import a roster CSV as accepted claims from source "roster"; a bad row imports nothing.

    Known columns: name, aliases (; separated), status, date of detention, charges, sentence,
    prison, release date, withheld, id. Unknown columns are reported and ignored.
    """
    with open_registry() as db:
        report = service.import_roster(db, path=roster, user=_user(user))
    if report.unknown_columns:
        err_console.print("[yellow]unknown columns ignored:[/] " + ", ".join(report.unknown_columns))
    console.print(
        f"imported {report.rows:,} rows: {report.persons_new:,} new persons, "
        f"{report.persons_linked:,} linked, {report.claims:,} claims, "
        f"{len(report.status_changes):,} status changes"
    )


@app.command()
def export(
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="csv or json.")] = ExportFormat.csv,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
) -> None:
    """Export every person with status and key dates; withheld persons are counted but unnamed."""
    with open_registry() as db:
        text = service.export(db, format=format.value)
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
        err_console.print(f"wrote {output}")
