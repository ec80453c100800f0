"""`vigil names`: check person-name matching by hand or over a CSV of pairs."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import typer

from vigil.cli.app import app, console, err_console, lazy
from vigil.names.thresholds import REVIEW_THRESHOLD, SAME_THRESHOLD

names = lazy("vigil.names.compare")

names_app = typer.Typer(
    help=(
        "Person-name matching: do two spellings (Latin or Cyrillic, Belarusian or Russian) "
        "name the same person?"
    ),
    no_args_is_help=True,
)
app.add_typer(names_app, name="names")


def _read_pairs(path: Path) -> list[tuple[str, str, bool | None]]:
    """The (a, b) columns of a CSV, and its `same` label (true/false) if it has one; a one-line
    error naming the file if it cannot be used."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            fields = [f.strip() for f in reader.fieldnames or []]
            missing = [col for col in ("a", "b") if col not in fields]
            if missing:
                found = ",".join(fields) or "nothing"
                raise ValueError(f"needs columns a,b; missing {','.join(missing)} (header: {found})")
            reader.fieldnames = fields
            return [(row.get("a") or "", row.get("b") or "", _label(row.get("same"))) for row in reader]
    except (OSError, UnicodeDecodeError, csv.Error, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        err_console.print(
            f"error: cannot use pairs file {path}: {reason}", markup=False, highlight=False, soft_wrap=True
        )
        raise typer.Exit(2) from exc


def _label(value: str | None) -> bool | None:
    value = (value or "").strip().lower()
    return True if value in ("true", "1", "yes") else False if value in ("false", "0", "no") else None


def _scores(results: list[tuple[bool, bool | None]]) -> str:
    """Precision, recall and F1 of the labelled pairs (same or possible counted as same)."""
    labelled = [(pred, gold) for pred, gold in results if gold is not None]
    tp = sum(1 for pred, gold in labelled if pred and gold)
    fp = sum(1 for pred, gold in labelled if pred and not gold)
    fn = sum(1 for pred, gold in labelled if gold and not pred)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return (
        f"{len(labelled)} labelled pairs: precision {precision:.3f}, recall {recall:.3f}, F1 {f1:.3f} "
        f"({fp} false matches, {fn} missed)"
    )


_SAME_HELP = (
    "Say whether two names can denote the same person: prints `same` or `different`, the score and "
    f"why (e.g. `same 0.99  (surname transliteration match; first name cognate)`).\n\n"
    f"A score of {SAME_THRESHOLD} or more is a sure match; from {REVIEW_THRESHOLD} up the names are "
    "compatible but not conclusive (e.g. a surname alone, 'Kalesnikava' vs 'Maria Kolesnikova'): "
    "they are `same` here, and the registry links them only when nobody else fits, else asks an "
    "editor.\n\n"
    "With --pairs FILE.csv (columns a,b), prints one JSON line per pair: "
    '{"a", "b", "same", "score", "verdict"}, verdict being same, possible or different; a '
    "`same` column (true/false) adds precision, recall and F1 on stderr."
)


def compatible(verdict: str) -> bool:
    """Names that can denote the same person: a sure or a possible match."""
    return verdict in ("same", "possible")


@names_app.command("same", help=_SAME_HELP)
def same(
    a: str | None = typer.Argument(None, help="First name, e.g. 'Maria Kolesnikova'."),
    b: str | None = typer.Argument(None, help="Second name, e.g. 'Марыя Калеснікава'."),
    pairs: Path | None = typer.Option(
        None,
        "--pairs",
        help="CSV file with columns a,b (other columns ignored): print one JSON line per pair.",
    ),
) -> None:
    """Compare two names, or every pair in a CSV file."""
    if pairs is not None:
        if a is not None or b is not None:
            err_console.print(
                "error: give either two names or --pairs FILE, not both", markup=False, soft_wrap=True
            )
            raise typer.Exit(2)
        results: list[tuple[bool, bool | None]] = []
        for left, right, gold in _read_pairs(pairs):
            match = names.compare_names(left, right)
            results.append((compatible(match.verdict), gold))
            line = {
                "a": left,
                "b": right,
                "same": compatible(match.verdict),
                "score": match.score,
                "verdict": match.verdict,
            }
            typer.echo(json.dumps(line, ensure_ascii=False))
        if any(gold is not None for _, gold in results):
            err_console.print(_scores(results), markup=False, highlight=False, soft_wrap=True)
        return
    if a is None or b is None:
        err_console.print(
            "error: give two names (vigil names same A B) or --pairs FILE", markup=False, soft_wrap=True
        )
        raise typer.Exit(2)
    match = names.compare_names(a, b)
    reasons = list(match.reasons)
    if match.verdict == "possible" and not any("review" in r for r in reasons):
        reasons.append("possible match: for review")
    word = "same" if compatible(match.verdict) else "different"
    console.print(
        f"{word} {match.score:.2f}  ({'; '.join(reasons)})", markup=False, highlight=False, soft_wrap=True
    )
