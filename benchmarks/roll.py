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
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

__all__ = ["RegistryPerson", "Score", "accept_all", "main", "registry_persons", "roll_as_of", "run", "score"]

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
    non_prisoners: int  # of those, named judges, lawyers and rights defenders (truth's `others`)
    by_similarity: int  # registry persons matched only by a close (not exact) spelling
    wrong: list[dict[str, Any]] = field(default_factory=list)
    extras: list[dict[str, Any]] = field(default_factory=list)  # the registry persons behind `extra`

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
    from vigil.names.compare import compare_names
    from vigil.names.thresholds import REVIEW_THRESHOLD

    close = {
        t["id"]
        for t in truth
        for name in person.names
        if " " in _key(name)
        for spelling in t["names"]
        if compare_names(name, spelling).score >= REVIEW_THRESHOLD
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
    others = {_key(o["name"]) for o in truth.get("others", [])}
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
        non_prisoners=sum(1 for r in registry if not matched[r.id] and {_key(n) for n in r.names} & others),
        by_similarity=similar,
        wrong=wrong,
        extras=[
            {"registry": r.id, "names": sorted(r.names)[:4], "vigil": r.status}
            for r in registry
            if not matched[r.id]
        ],
    )


# --- the registry side ------------------------------------------------------------------------


def accept_all(
    db: Any, *, user: str = "roll-benchmark", rounds: int = 10, suggestions: bool = False
) -> dict[str, int]:
    """Accept every proposed claim and merge as an editor would, through `service.decide`;
    contradictions (which an editor must resolve claim by claim) are left and counted. A learned
    model's suggested events are left too unless `suggestions` (an editor weighs each one; this
    benchmark cannot), and counted."""
    from vigil.errors import Conflict, NotFound
    from vigil.registry import service

    done: Counter[str] = Counter()
    for _ in range(rounds):
        items = service.review_items(db)
        todo = [
            item for item in items if item.type in ("claim", "merge") and (suggestions or not item.suggested)
        ]
        done["suggestions left"] = sum(1 for item in items if item.suggested and not suggestions)
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


def roll_as_of(truth: dict[str, Any], vigil: dict[str, int], day: date) -> dict[str, Any]:
    """The roll on an earlier day: the truth from each person's status history, Vigil's from its
    claims dated up to that day. Persons not yet arrested are not on the roll, so `unknown` (which
    Vigil gives a person with no claim by then) is left out; the error is over the persons held,
    released, exiled or dead by that day."""
    true_roll: Counter[str] = Counter()
    for person in truth["persons"]:
        past = [h["status"] for h in person["history"] if date.fromisoformat(h["from"]) <= day]
        if past:
            true_roll[past[-1]] += 1
    on_roll = sum(true_roll.values())
    statuses = ROLL_STATUSES[:-1]
    return {
        "date": day.isoformat(),
        "truth": {s: true_roll.get(s, 0) for s in statuses},
        "vigil": {s: vigil.get(s, 0) for s in statuses},
        "roll_error": sum(abs(vigil.get(s, 0) - true_roll.get(s, 0)) for s in statuses) / on_roll
        if on_roll
        else 0.0,
    }


def run(
    corpus: Path,
    *,
    database_url: str | None,
    quiet: bool = False,
    as_of: Sequence[date] = (),
    extractor: Any = None,
    suggestions: bool = False,
) -> dict[str, Any]:
    """Ingest, accept, score: everything roll.py reports, as a dict."""
    from vigil.registry.db import open_database
    from vigil.registry.service import list_people, stats

    truth = json.loads((corpus / "truth.json").read_text(encoding="utf-8"))
    articles = corpus / truth.get("articles_dir", "articles")
    with tempfile.TemporaryDirectory(prefix="vigil-roll-") as tmp:
        url = database_url or f"sqlite:///{tmp}/roll.db"
        db = open_database(url)
        try:
            if list_people(db, limit=1):
                raise SystemExit(f"roll.py: {url} already holds persons; give it an empty registry")
            report = _ingest(db, articles, quiet=quiet, extractor=extractor)
            review = accept_all(db, suggestions=suggestions)
            result = score(truth, registry_persons(db))
            earlier = [roll_as_of(truth, stats(db, as_of=day).by_status, day) for day in as_of]
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
        "as_of": earlier,
    }


def _ingest(db: Any, articles: Path, *, quiet: bool, extractor: Any = None) -> Any:
    from vigil.registry import service

    if quiet or extractor is not None:
        return service.ingest(db, paths=[articles], extractor=extractor)
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
        "found / split / merged",
        f"{n} / 0 / 0",
        f"[bold]{result['found']} / {result['split']} / {result['merged']}[/bold]",
        "",
    )
    table.add_row(
        "registry persons matching no prisoner",
        "0",
        f"{result['extra']} ({result['non_prisoners']} named officials)",
        "",
    )
    console.print(table)
    console.print(
        f"roll error [bold]{result['roll_error']:.0%}[/bold]"
        f" (sum of |Vigil - truth| over statuses / {n} persons)"
    )
    ingest, review = result["ingest"], result["review"]
    console.print(
        f"ingest: {ingest['new']} new, {ingest['copies']} copies, {ingest['failed']} failed, "
        f"{ingest['claims']} claims; accepted {review.get('claims', 0)} claims and "
        f"{review.get('merges', 0)} merges; {review.get('conflicts', 0)} contradictions and "
        f"{review.get('suggestions left', 0)} suggested events left for review",
        highlight=False,
    )
    if result["by_similarity"]:
        console.print(f"{result['by_similarity']} registry persons matched by a close spelling only")
    for earlier in result["as_of"]:
        pairs = ", ".join(
            f"{s.replace('_', ' ')} {earlier['truth'][s]}/{earlier['vigil'][s]}" for s in earlier["truth"]
        )
        console.print(
            f"as of {earlier['date']} (truth/Vigil): {pairs}; roll error {earlier['roll_error']:.0%}",
            highlight=False,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Ingest a generated corpus, accept every proposal, compare the roll with the truth.",
        epilog="Roll error = sum over statuses of |Vigil - truth| / true persons;"
        " docs/roll.md explains each figure.",
    )
    parser.add_argument(
        "corpus",
        type=Path,
        nargs="+",
        help="folders written by benchmarks/make_corpus.py (several: a mean too)",
    )
    parser.add_argument(
        "--database-url", help="an empty registry to fill (default: a temporary SQLite file)", default=None
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON instead of a table")
    parser.add_argument(
        "--details",
        action="store_true",
        help="also list the persons with a wrong status and the registry persons matching none",
    )
    parser.add_argument(
        "--as-of",
        type=date.fromisoformat,
        action="append",
        default=[],
        metavar="YYYY-MM-DD",
        help="also compare the roll on this earlier day (repeatable)",
    )
    parser.add_argument(
        "--accept-suggestions",
        action="store_true",
        help="accept the learned model's suggested events too (an editor would weigh each one)",
    )
    args = parser.parse_args(argv)
    for corpus in args.corpus:
        if not (corpus / "truth.json").is_file():
            parser.error(f"{corpus}: no truth.json (write one with benchmarks/make_corpus.py --out DIR)")
    if args.database_url and len(args.corpus) > 1:
        parser.error("--database-url takes one corpus (each run needs an empty registry)")
    results = [
        run(
            c,
            database_url=args.database_url,
            quiet=args.json,
            as_of=args.as_of,
            suggestions=args.accept_suggestions,
        )
        for c in args.corpus
    ]
    mean = {
        "mean_roll_error": sum(r["roll_error"] for r in results) / len(results),
        "mean_right_status": sum(r["right_status"] / r["persons"] for r in results) / len(results),
    }
    if args.json:
        out = results[0] if len(results) == 1 else {"runs": results, **mean}
        print(json.dumps(out, indent=1, ensure_ascii=False))
        return 0
    for result in results:
        print_report(result)
        if args.details:
            for w in result["wrong"]:
                found = ", ".join(w["vigil"]) or "not found"
                print(f"  {w['id']} {w['name']}: truth {w['truth']}, Vigil {found}")
            for x in result["extras"]:
                print(f"  extra {x['registry']} {' / '.join(x['names'])}: Vigil {x['vigil']}")
    if len(results) > 1:
        print(
            f"{len(results)} corpora: mean roll error {mean['mean_roll_error']:.0%}, "
            f"mean share with the right status {mean['mean_right_status']:.0%}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
