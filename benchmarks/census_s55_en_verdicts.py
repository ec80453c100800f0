"""Census of the session-55 term rules (helper en-verdicts): where each new reader gives a term.

    PYTHONPATH=src .venv/bin/python benchmarks/census_s55_en_verdicts.py SET...

Runs the English extractor over each set's articles with the new readers wrapped, and prints one
line per finding a reader returns: the rule, the article, the person, the term and whether the
gold holds that (person, term) pair ("gold" / "NOT IN GOLD"). Judges are refused (`resolve`).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from score_sets import resolve  # noqa: E402

import vigil.extract.en.events as events  # noqa: E402
from vigil.extract import Extractor  # noqa: E402
from vigil.ingest.documents import make_document  # noqa: E402

RULES = (
    "verbless_terms_after",
    "verbless_runs_after_verdict",
    "verdict_lines",
    "verdict_list",
    "bare_terms_after",
)
HITS: list[tuple[str, str, int]] = []


def _wrap(name: str):
    real = getattr(events, name)

    def run(ctx, findings):
        out = real(ctx, findings)
        found = out[0] if isinstance(out, tuple) else out
        HITS.extend((name, p.name, f.term) for f in found for p in f.persons if f.term)
        return out

    return run


def main(names: list[str]) -> None:
    for name in RULES:
        setattr(events, name, _wrap(name))
    extractor = Extractor()
    tally: Counter[tuple[str, bool]] = Counter()
    for set_name in names:
        folder, judge = resolve(set_name)
        if judge:
            raise SystemExit(f"{set_name} is a judge")
        for txt in sorted(folder.glob("*.txt")):
            gold_file = txt.with_suffix(".gold.json")
            if not gold_file.exists():
                continue
            gold = json.loads(gold_file.read_text())
            names_of = {
                n.lower(): g["name"] for g in gold["persons"] for n in [g["name"], *g.get("aliases", [])]
            }
            terms = {
                (p, e["term_months"]) for e in gold["events"] if e.get("term_months") for p in e["persons"]
            }
            HITS.clear()
            extractor.extract(make_document(txt.read_text(), source=txt.name, language="en"))
            for rule, person, months in HITS:
                right = (names_of.get(person.lower(), person), months) in terms
                tally[(rule, right)] += 1
                print(f"{rule}\t{txt.stem}\t{person}\t{months}\t{'gold' if right else 'NOT IN GOLD'}")
    for (rule, right), n in sorted(tally.items()):
        print(f"# {rule}: {'gold' if right else 'not in gold'} {n}")


if __name__ == "__main__":
    main(sys.argv[1:])
