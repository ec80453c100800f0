"""Kinds of event misses and false events of one scored run, as counts only.

    .venv/bin/python benchmarks/miss_kinds.py TAG SET [SET...]

Reads `.cache/scores/TAG/SET.jsonl` (written by `score_sets.py run`) and the set's gold, and
sorts every missed and every false (type, person) event pair into a kind: the person was not
found at all, was found with an event of another type only (the article's second event about
them was missed), or was found with no event (alone or as a member of a group). It prints no
text of the set, so it may be run on judges (blind sets, held-out halves): the counts say which
family of misses is largest on text nobody tuned to, without showing a sentence to tune on.
Matching is score.py's own (its module is loaded from `../shared/eval/score.py`).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from collections import Counter
from pathlib import Path
from types import ModuleType

try:  # run as a script (benchmarks/ on sys.path) or imported as benchmarks.miss_kinds by the tests
    from score_sets import OUT, SCORE, resolve
except ModuleNotFoundError:
    from benchmarks.score_sets import OUT, SCORE, resolve


def _score_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("vigil_eval_score", SCORE)
    assert spec and spec.loader, SCORE
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _miss_kind(etype: str, person: str, gold: dict, pred_pairs: set, found: set) -> str:
    """Why the gold pair (etype, person) is missing from the prediction."""
    if person not in found:
        return f"{etype}: person not found"
    others = sorted({t for t, p in pred_pairs if p == person})
    if others:
        return f"{etype}: person has only other types {others}"
    events = [e for e in gold["events"] if e["type"] == etype and person in e.get("persons", [])]
    grouped = any(len(e["persons"]) > 1 or e.get("count") for e in events)
    return f"{etype}: person found, no event ({'member of a group' if grouped else 'alone'})"


def _false_kind(etype: str, person: str, gold_pairs: set) -> str:
    if person.startswith("?"):
        return f"{etype}: no gold person"
    if any(p == person for _, p in gold_pairs):
        return f"{etype}: gold person, wrong type"
    return f"{etype}: gold person with no event"


def kinds(tag: str, name: str, score: ModuleType) -> tuple[Counter, Counter, Counter, Counter]:
    """Found and gold pairs by type, and the kinds of misses and of false pairs."""
    folder, _ = resolve(name)
    preds = {}
    for line in (OUT / tag / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        preds[Path(doc["source"]).name.removesuffix(".txt")] = doc
    hits, totals, misses, false = Counter(), Counter(), Counter(), Counter()
    for path in sorted(folder.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        gold_pairs = score.tuples_gold(gold)["events"]
        doc = preds.get(path.name.removesuffix(".gold.json"), {})
        pred, found, _ = score.tuples_pred(doc, score.Gold(gold))
        pred_pairs = pred["events"]
        for etype, person in gold_pairs:
            totals[etype] += 1
            if (etype, person) in pred_pairs:
                hits[etype] += 1
            else:
                misses[_miss_kind(etype, person, gold, pred_pairs, found)] += 1
        for etype, person in pred_pairs - gold_pairs:
            false[_false_kind(etype, person, gold_pairs)] += 1
    return hits, totals, misses, false


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("tag", help="a run of score_sets.py (folder of .cache/scores/)")
    ap.add_argument("sets", nargs="+", help="set names as score_sets.py takes them")
    args = ap.parse_args()
    score = _score_module()
    for name in args.sets:
        hits, totals, misses, false = kinds(args.tag, name, score)
        recall = ", ".join(f"{t} {hits[t]}/{totals[t]}" for t in sorted(totals))
        print(f"{name}: events found by type: {recall}")
        for kind, n in misses.most_common():
            print(f"  missed {n:3d}  {kind}")
        for kind, n in false.most_common():
            print(f"  false  {n:3d}  {kind}")


if __name__ == "__main__":
    main()
