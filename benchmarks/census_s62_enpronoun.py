#!/usr/bin/env python3
"""Events, terms and quotes whose person came (or should have come) through a he/she/his/her/him,
in the stored predictions of a run (session 62, enpronoun).

    .venv/bin/python benchmarks/census_s62_enpronoun.py TAG SET... [--all]

SET is a read set's name as `score_sets.py` takes it (never a judge: the script refuses blind sets
and held-out halves). It reads `.cache/scores/TAG/SET.jsonl` and the gold of each document, and
prints every predicted fact whose person is named in its evidence only by a pronoun the extractor
resolved to that person (RIGHT or WRONG under the gold), and every fact with a pronoun in its
evidence that left a gold (type, person) missed (MISSED: given to someone else or to nobody).
`--all` prints the right ones too. A census aid: it changes nothing.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

from score_sets import OUT, SCORE, resolve

PRONOUN = re.compile(r"\b(?:he|she|his|her|him|hers|himself|herself)\b", re.IGNORECASE)
SEX = {"he": "m", "his": "m", "him": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}


def _score_module():
    spec = importlib.util.spec_from_file_location("score", SCORE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _sentence(text: str, start: int, end: int) -> str:
    """The evidence widened to the sentence boundaries around it."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min(x for x in (text.find(". ", end), text.find("\n", end), len(text)) if x >= 0)
    return " ".join(text[left : right + 1].split())


def _pronoun_only(person: dict, text: str, start: int, end: int) -> str | None:
    """The pronoun by which the person is named in [start, end), when no other form of it is."""
    forms = [text[a:b] for a, b in person.get("mentions", []) if a >= start and b <= end]
    if not forms:
        return None
    if all(PRONOUN.fullmatch(f) for f in forms):
        return forms[0]
    return None


def census(tag: str, name: str, show_all: bool, tally: Counter) -> None:
    folder, judge = resolve(name)
    if judge:
        sys.exit(f"{name} is a judge: never read")
    score = _score_module()
    pred_file = OUT / tag / f"{name}.jsonl"
    for line in pred_file.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        pred = json.loads(line)
        if pred.get("language") != "en":
            continue
        stem = Path(pred["source"]).name.removesuffix(".txt")
        gold_path = folder / f"{stem}.gold.json"
        if not gold_path.exists():
            continue
        data = json.loads(gold_path.read_text(encoding="utf-8"))
        gold = score.Gold(data)
        gt = score.tuples_gold(data)
        text = pred["text"]
        ids = {p["id"]: (gold.resolve(p, text) or "?" + p["name"]) for p in pred["persons"]}
        by_id = {p["id"]: p for p in pred["persons"]}
        pt, _, _ = score.tuples_pred(pred, gold)
        missed = {t for t in gt["events"] - pt["events"]}
        facts = []
        for e in pred["events"]:
            a, b = e["evidence"]
            facts.append(("event", e["type"], e["persons"], a, b, e.get("term_months")))
        for q in pred["quotes"]:
            a, b = q["span"]
            # a quote's speaker is named around it: the sentence before to the end of the next
            a2 = max(0, text.rfind("\n", 0, a))
            b2 = text.find("\n", b)
            facts.append(("quote", q["text"][:60], [q["speaker"]] if q.get("speaker") else [], a2, b2, None))
        for kind, what, pids, a, b, term in facts:
            for pid in pids:
                pron = _pronoun_only(by_id[pid], text, a, b)
                if pron is None:
                    continue
                gname = ids[pid]
                if kind == "event":
                    ok = (what, gname) in gt["events"]
                    if term is not None:
                        ok = ok and (gname, int(term)) in gt["terms"]
                else:
                    ok = (
                        score.quote_hits(
                            {(gname, w) for s, w in gt["quotes"] if s == gname}, {(gname, score.words(what))}
                        )
                        > 0
                    )
                verdict = "RIGHT" if ok else "WRONG"
                tally[(kind, verdict)] += 1
                if verdict == "WRONG" or show_all:
                    print(f"{name} {stem} {verdict} {kind} {what} -> {gname} via {pron!r}")
                    print(f"    {_sentence(text, a, b)[:400]}")
            if kind == "event":
                window = text[a:b]
                if not PRONOUN.search(window):
                    continue
                if any((what, ids[p]) in gt["events"] for p in pids):
                    continue  # (the event went to a right person: another's miss is not this one's)
                for typ, gperson in sorted(missed):
                    if typ != what or gperson in {ids[p] for p in pids}:
                        continue
                    # the gold person must be the one the pronoun could be: named nowhere in the evidence
                    forms = gold.persons.get(gperson, [gperson])
                    if any(score.fold(f) and score.fold(f) in score.fold(window) for f in forms):
                        continue
                    tally[("event", "MISSED?")] += 1
                    got = [ids[p] for p in pids]
                    print(f"{name} {stem} MISSED? event {typ} {gperson} (given {got})")
                    print(f"    {_sentence(text, a, b)[:400]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("tag")
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--all", action="store_true")
    a = ap.parse_args()
    tally: Counter = Counter()
    for name in a.sets:
        census(a.tag, name, a.all, tally)
    for key, n in sorted(tally.items()):
        print(key, n)


if __name__ == "__main__":
    main()
