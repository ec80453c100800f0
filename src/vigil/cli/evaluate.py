"""`vigil evaluate`: how well extraction reads a documenter's own annotated articles."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import Progress
from rich.table import Table

from vigil.cli.app import app, console, err_console, reported_errors
from vigil.errors import SourceError


@app.command()
def evaluate(
    gold_dir: Annotated[
        Path,
        typer.Argument(
            help="Folder of NAME.txt articles with NAME.gold.json annotations (format: docs/extract.md).",
            show_default=False,
        ),
    ],
    predictions: Annotated[
        Path | None,
        typer.Argument(
            help="`vigil extract --format jsonl` output to score; without it the articles are extracted now.",
            show_default=False,
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print scores and differences as JSON.")] = False,
    limit: Annotated[
        int, typer.Option("--show", help="List at most this many misses and false positives (0: none).")
    ] = 200,
) -> None:
    """Score extraction against gold annotations: precision, recall and F1 per category, the
    headline F1 (mean of events, counts, terms and quotes), then each miss and false
    positive with the sentence it comes from."""
    from vigil.evaluation import evaluate as score
    from vigil.evaluation import extract_gold_texts, read_gold, read_predictions

    with reported_errors():
        gold = read_gold(gold_dir)
        if predictions is not None:
            try:
                lines = predictions.read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError) as exc:
                raise SourceError(f"cannot read predictions: {exc}", source=str(predictions)) from exc
            preds = read_predictions(lines, source=str(predictions))
        else:
            preds = {}
            with Progress(console=err_console, transient=True, disable=as_json) as progress:
                task = progress.add_task("extracting", total=len(gold))
                for name, result in extract_gold_texts(gold):
                    if isinstance(result, SourceError):
                        err_console.print(f"[red]skipped[/red] {result}", highlight=False, soft_wrap=True)
                    else:
                        preds[name] = result
                    progress.advance(task)
        report = score(gold, preds)
    if as_json:
        sys.stdout.write(json.dumps(report.as_dict(), ensure_ascii=False, indent=1) + "\n")
        return
    table = Table("category", "precision", "recall", "F1", "hits", "predicted", "gold", title_justify="left")
    table.title = f"{report.documents} documents in {gold_dir}"
    for category, s in report.scores.items():
        table.add_row(
            category,
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
            f"{s.f1:.3f}",
            str(s.tp),
            str(s.pred),
            str(s.gold),
        )
    console.print(table)
    console.print(f"[bold]extraction F1 {report.headline:.3f}[/bold] (mean of events, counts, terms, quotes)")
    hint = report.suggested
    if hint.pred:
        console.print(
            f"suggested events (for review, not scored): {hint.pred} suggested, {hint.tp} of them among "
            f"the {hint.gold} events missed",
            highlight=False,
        )
    if report.missing_predictions:
        console.print(f"no prediction for: {', '.join(report.missing_predictions)}", highlight=False)
    shown = report.differences[:limit] if limit > 0 else []
    for d in shown:
        colour = "yellow" if d.kind == "miss" else "red"
        console.print(
            f"[{colour}]{d.kind}[/] {d.document} {d.category} {d.item}"
            + (" (suggested)" if d.suggested else ""),
            highlight=False,
            soft_wrap=True,
        )
        if d.sentence:
            console.print(f"    {d.sentence}", highlight=False, soft_wrap=True, markup=False)
    if len(report.differences) > len(shown):
        console.print(f"... and {len(report.differences) - len(shown)} more (--show N)")
