"""`vigil extract`: persons, events and quotes from reports, as a summary or as JSONL."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import Annotated

import typer
from rich.table import Table

from vigil.cli.app import LangOption, app, console, err_console, load_extractor, parse_date
from vigil.errors import SourceError
from vigil.model import Extraction


class OutputFormat(StrEnum):
    summary = "summary"
    jsonl = "jsonl"


@app.command()
def extract(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files (.txt, .html, .jsonl, .csv), folders of them, URLs, feed URLs, or - for stdin.",
            show_default=False,
        ),
    ],
    format: Annotated[
        OutputFormat,
        typer.Option("--format", "-f", help="summary: readable tables; jsonl: the extraction contract."),
    ] = OutputFormat.summary,
    published: Annotated[
        str | None,
        typer.Option(
            "--date", help="Publication date YYYY-MM-DD for sources that give none; anchors 'on Saturday'."
        ),
    ] = None,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Allow URLs on loopback and private addresses.")
    ] = False,
    lang: LangOption = None,
) -> None:
    """Extract persons, events (arrest, sentence, release, deportation, death) and quotes.

    Each fact carries character offsets into the cleaned text. Events no rule stated but a
    learned model finds likely come apart, as suggested events for an editor to review
    (`suggested_events` in JSONL; never counted as extracted). Unreadable files and
    languages not yet extracted are reported one line each on stderr; the rest of the
    batch is still extracted and the exit code is 1 when some input failed.
    """
    from vigil.ingest.sources import iter_documents, read_ahead

    pub = parse_date(published)
    # inputs are read and their languages detected (none under --lang) in the background while
    # spaCy loads and parses
    documents = read_ahead(iter_documents(paths, published=pub, allow_private=allow_private, language=lang))
    extractor = load_extractor(lang)
    failed = 0
    done = 0
    for result in extractor.extract_many(documents):
        if isinstance(result, SourceError):
            failed += 1
            err_console.print(f"[red]skipped[/red] {result}", highlight=False, soft_wrap=True)
            continue
        done += 1
        if format is OutputFormat.jsonl:
            sys.stdout.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
        else:
            print_summary(result)
    if format is OutputFormat.summary:
        console.print(f"\n[bold]{done}[/bold] extracted, [bold]{failed}[/bold] failed")
    if failed:
        raise typer.Exit(1)


def print_summary(result: Extraction) -> None:
    """One document as readable tables: who, what happened to them, who said what."""
    doc = result.document
    names = {p.id: p.name for p in result.persons}
    console.rule(
        f"[bold]{doc.source}[/bold]  ({doc.language}, {doc.duplicates_removed} repeated paragraphs dropped)"
    )
    people = Table("id", "name", "mentions", "roles", title="Persons", title_justify="left")
    for p in result.persons:
        people.add_row(p.id, p.name, str(len(p.mentions)), ", ".join(p.roles))
    console.print(people)
    events = Table(
        "type", "persons", "count", "term", "date", "evidence", title="Events", title_justify="left"
    )
    for e in result.events:
        start, end = e.evidence
        term = f"{e.term_months} mo" if e.term_months else ""
        evidence = doc.text[start:end]
        events.add_row(
            e.type + (f" (model {e.score:.2f})" if e.origin == "model" else ""),
            ", ".join(names.get(p, p) for p in e.persons),
            str(e.count or ""),
            term,
            e.date or "",
            evidence if len(evidence) < 120 else evidence[:117] + "...",
        )
    console.print(events)
    quotes = Table("speaker", "quote", title="Quotes", title_justify="left")
    for q in result.quotes:
        quotes.add_row(names.get(q.speaker or "", "?"), q.text if len(q.text) < 120 else q.text[:117] + "...")
    console.print(quotes)
    if result.suggested_events:
        hints = Table(
            "type",
            "person",
            "score",
            "sentence",
            title="Suggested for review (a learned model's, not stated by a rule)",
            title_justify="left",
        )
        for s in result.suggested_events:
            sentence = doc.text[s.evidence[0] : s.evidence[1]]
            hints.add_row(
                s.type,
                names.get(s.person, s.person),
                f"{s.score:.2f}",
                sentence if len(sentence) < 120 else sentence[:117] + "...",
            )
        console.print(hints)
