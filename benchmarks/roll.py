"""Vigil's end-to-end measure: ingest a generated country, accept every proposal, compare the roll.

    python benchmarks/make_corpus.py --out /tmp/country
    python benchmarks/roll.py /tmp/country [--database-url URL] [--json] [--details]

A fresh registry (a temporary SQLite file, or an empty database at `--database-url`) ingests
`articles/`; an editor then accepts every proposal (claims and merges) through the registry's
review service; the registry's persons are matched to the truth by their linked spellings.

What a rights group checks (docs/roll.md):

* the roll: registry persons per status (held, released, exiled, died in custody, unknown)
  against the truth at the corpus end;
* roll error = sum over statuses of |Vigil - truth| / true persons (every misplaced person counts
  twice: once where it is missing and once where it is extra; the issue's 52 % is this figure);
* persons with the right status, persons found, split in two (one true person -> 2+ registry
  persons) and wrongly merged (one registry person -> 2+ true persons).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["RegistryPerson", "Score", "accept_all", "main", "registry_persons", "score"]

ROLL_STATUSES = ("held", "released", "exiled", "died_in_custody", "unknown")
_PUNCT = re.compile(r"[^\w\s-]")


@dataclass(frozen=True)
class RegistryPerson:
    id: str
    status: str
    names: tuple[str, ...]


@dataclass
class Score:
    persons: int
    truth: dict[str, int]
    vigil: dict[str, int]
    roll_error: float  # sum |vigil - truth| / persons
    right_status: int
    found: int
    split: int
    merged: int
    extra: int  # registry persons that match no true person
    by_similarity: int  # registry persons matched only by a close (not exact) spelling
    wrong: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _key(name: str) -> str:
    """A spelling for comparison: no accents, no case, ё as е, single spaces."""
    text = unicodedata.normalize("NFKD", name.replace("ё", "е").replace("Ё", "Е"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(_PUNCT.sub("", text.casefold()).split())


def _match(
    person: RegistryPerson,
    exact: dict[str, set[str]],
    surnames: dict[str, set[str]],
    truth: list[dict[str, Any]],
) -> tuple[set[str], bool]:
    """The true persons a registry person's spellings name: exact spellings (any script, any
    Russian case), a surname alone when only one true person bears it, else Vigil's own name
    comparison as a last resort (flagged, so a reader can see how often it was needed)."""
    found: set[str] = set()
    for name in person.names:
        key = _key(name)
        if key in exact:
            found |= exact[key]
        elif " " not in key and len(surnames.get(key, ())) == 1:
            found |= surnames[key]
    if found:
        return found, False
    from vigil.registry import names

    close = {
        t["id"]
        for t in truth
        for name in person.names
        if " " in _key(name)
        for spelling in t["names"]
        if names.compare_names(name, spelling).score >= names.REVIEW_THRESHOLD
    }
    return close, bool(close)


def score(truth: dict[str, Any], registry: Iterable[RegistryPerson]) -> Score:
    """Compare a registry's persons with the truth of a generated corpus (pure: no database)."""
    people = truth["persons"]
    exact: dict[str, set[str]] = defaultdict(set)
    surnames: dict[str, set[str]] = defaultdict(set)
    for t in people:
        for spelling in [*t["names"], *t.get("forms", [])]:
            exact[_key(spelling)].add(t["id"])
            surnames[_key(spelling).split()[-1]].add(t["id"])
    registry = list(registry)
    matched: dict[str, set[str]] = {}
    similar = 0
    for r in registry:
        matched[r.id], close = _match(r, exact, surnames, people)
        similar += close
    records: dict[str, list[RegistryPerson]] = defaultdict(list)
    for r in registry:
        for tid in matched[r.id]:
            records[tid].append(r)
    vigil = Counter(r.status for r in registry)
    true_roll = Counter(t["status"] for t in people)
    n = len(people)
    right = 0
    wrong = []
    for t in people:
        mine = records.get(t["id"], [])
        ok = len(mine) == 1 and len(matched[mine[0].id]) == 1 and mine[0].status == t["status"]
        right += ok
        if not ok:
            wrong.append(
                {
                    "id": t["id"],
                    "name": t["spellings"]["en"],
                    "truth": t["status"],
                    "vigil": [r.status for r in mine],
                    "registry": [r.id for r in mine],
                }
            )
    return Score(
        persons=n,
        truth={s: true_roll.get(s, 0) for s in ROLL_STATUSES},
        vigil={s: vigil.get(s, 0) for s in ROLL_STATUSES},
        roll_error=sum(abs(vigil.get(s, 0) - true_roll.get(s, 0)) for s in ROLL_STATUSES) / n if n else 0.0,
        right_status=right,
        found=sum(1 for t in people if records.get(t["id"])),
        split=sum(1 for t in people if len(records.get(t["id"], [])) > 1),
        merged=sum(1 for r in registry if len(matched[r.id]) > 1),
        extra=sum(1 for r in registry if not matched[r.id]),
        by_similarity=similar,
        wrong=wrong,
    )


# --- the registry side ------------------------------------------------------------------------


def accept_all(db: Any, *, user: str = "roll-benchmark", rounds: int = 10) -> dict[str, int]:
    """Accept every proposed claim and merge as an editor would, through `service.decide`;
    contradictions (which an editor must resolve claim by claim) are left and counted."""
    from vigil.errors import Conflict, NotFound
    from vigil.registry import service

    done: Counter[str] = Counter()
    for _ in range(rounds):
        items = service.review_items(db)
        todo = [item for item in items if item.type in ("claim", "merge")]
        if not todo:
            done["conflicts"] = sum(1 for item in items if item.type == "conflict")
            break
        for item in todo:
            try:
                service.decide(db, item_id=item.id, accept=True, user=user)
                done[item.type + "s"] += 1
            except (Conflict, NotFound):  # a merge already done through another edge
                done["skipped"] += 1
    return dict(done)


def registry_persons(db: Any) -> list[RegistryPerson]:
    """Every person the registry lists (one per real person it believes in), with all spellings."""
    from vigil.registry import service

    return [
        RegistryPerson(p.id, p.status, tuple(dict.fromkeys([p.name, *p.aliases])))
        for p in service.list_people(db, reveal_withheld=True)
    ]


def run(corpus: Path, *, database_url: str | None, quiet: bool = False) -> dict[str, Any]:
    """Ingest, accept, score: everything roll.py reports, as a dict."""
    from vigil.registry.db import open_database
    from vigil.registry.service import list_people

    truth = json.loads((corpus / "truth.json").read_text(encoding="utf-8"))
    articles = corpus / truth.get("articles_dir", "articles")
    with tempfile.TemporaryDirectory(prefix="vigil-roll-") as tmp:
        url = database_url or f"sqlite:///{tmp}/roll.db"
        db = open_database(url)
        try:
            if list_people(db, limit=1):
                raise SystemExit(f"roll.py: {url} already holds persons; give it an empty registry")
            report = _ingest(db, articles, quiet=quiet)
            review = accept_all(db)
            result = score(truth, registry_persons(db))
        finally:
            db.engine.dispose()
    return {
        "corpus": str(corpus),
        "seed": truth.get("seed"),
        "end": truth.get("end"),
        "languages": truth.get("languages"),
        "articles": len(truth["articles"]),
        "ingest": {
            "new": report.count("new"),
            "copies": report.count("copy"),
            "failed": len(report.failed),
            "not_extracted": report.count("not-extracted"),
            "claims": report.claims,
        },
        "review": review,
        **result.as_dict(),
    }


def _ingest(db: Any, articles: Path, *, quiet: bool) -> Any:
    from vigil.registry import service

    if quiet:
        return service.ingest(db, paths=[articles])
    from vigil.cli.registry import ingest_with_progress

    return ingest_with_progress(db, [articles], published=None)


def print_report(result: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    n = result["persons"]
    table = Table(title=f"The roll at {result['end']}: truth and Vigil ({result['articles']} articles)")
    table.add_column("")
    table.add_column("truth", justify="right")
    table.add_column("Vigil", justify="right")
    table.add_column("error", justify="right")
    for status in ROLL_STATUSES:
        t, v = result["truth"][status], result["vigil"][status]
        if status == "unknown" and not (t or v):
            continue
        table.add_row(status.replace("_", " "), str(t), f"[bold]{v}[/bold]", f"{v - t:+d}")
    table.add_section()
    table.add_row("persons with the right status", str(n), f"[bold]{result['right_status']}[/bold]", "")
    table.add_row(
        "persons found / split in two / wrongly merged",
        f"{n} / 0 / 0",
        f"[bold]{result['found']} / {result['split']} / {result['merged']}[/bold]",
        "",
    )
    table.add_row("registry persons matching nobody", "0", str(result["extra"]), "")
    console.print(table)
    console.print(
        f"roll error [bold]{result['roll_error']:.0%}[/bold]"
        f" (sum of |Vigil - truth| over statuses / {n} persons)"
    )
    ingest, review = result["ingest"], result["review"]
    console.print(
        f"ingest: {ingest['new']} new, {ingest['copies']} copies, {ingest['failed']} failed, "
        f"{ingest['claims']} claims; accepted {review.get('claims', 0)} claims and "
        f"{review.get('merges', 0)} merges; {review.get('conflicts', 0)} contradictions left for review",
        highlight=False,
    )
    if result["by_similarity"]:
        console.print(f"{result['by_similarity']} registry persons matched by a close spelling only")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Ingest a generated corpus, accept every proposal, compare the roll with the truth.",
    )
    parser.add_argument("corpus", type=Path, help="a folder written by benchmarks/make_corpus.py")
    parser.add_argument(
        "--database-url", help="an empty registry to fill (default: a temporary SQLite file)", default=None
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON instead of a table")
    parser.add_argument("--details", action="store_true", help="also list the persons with a wrong status")
    args = parser.parse_args(argv)
    if not (args.corpus / "truth.json").is_file():
        parser.error(f"{args.corpus}: no truth.json (write one with benchmarks/make_corpus.py --out DIR)")
    result = run(args.corpus, database_url=args.database_url, quiet=args.json)
    if args.json:
        print(json.dumps(result, indent=1, ensure_ascii=False))
        return 0
    print_report(result)
    if args.details:
        for w in result["wrong"]:
            print(
                f"  {w['id']} {w['name']}: truth {w['truth']}, Vigil {', '.join(w['vigil']) or 'not found'}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
