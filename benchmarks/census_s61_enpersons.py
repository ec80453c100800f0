#!/usr/bin/env python3
"""Missed and false persons of English read sets, each in its sentence with the tagger's entities
(session 61, enpersons2).

    PYTHONPATH=src .venv/bin/python benchmarks/census_s61_enpersons.py SET... [--false]

SET is a read set's name as `score_sets.py` takes it (never a judge: the script refuses blind
sets and held-out halves). For every English document the script runs the English pipeline of
`src/` once, matches its persons to the gold ones as `score.py` does, and prints each missed gold
person with the gold events and quotes it blocks, then every sentence that writes one of its
forms, the entities of that sentence as `[words|LABEL]`. With `--false` it prints the false
persons too, with the events and quotes they took. A census aid: it changes nothing.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from pathlib import Path

from score_sets import SCORE, resolve

from vigil.extract.en.extractor import EnglishExtractor
from vigil.ingest.sources import iter_documents
from vigil.model import Document


def _score_module():
    """`score.py` of the shared evaluation, whose person matching the census repeats."""
    spec = importlib.util.spec_from_file_location("score", SCORE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _marked(sent) -> str:
    """The sentence with each entity written `[words|LABEL]`."""
    out, at = [], sent.start_char
    text = sent.doc.text
    for ent in sent.ents:
        out.append(text[at : ent.start_char])
        out.append(f"[{ent.text}|{ent.label_}]")
        at = ent.end_char
    out.append(text[at : sent.end_char])
    return " ".join("".join(out).split())


def census(name: str, show_false: bool) -> None:
    folder, judge = resolve(name)
    if judge:
        sys.exit(f"{name} is a judge: never read")
    score = _score_module()
    extractor = EnglishExtractor()
    docs = [d for d in iter_documents([str(folder)]) if isinstance(d, Document)]
    pairs = ((extractor._make_doc(d.text), d) for d in docs)
    for doc, document in extractor.nlp.pipe(pairs, as_tuples=True, batch_size=8):
        stem = Path(document.source).name.removesuffix(".txt")
        gold_file = folder / f"{stem}.gold.json"
        if not gold_file.exists():
            continue
        data = json.loads(gold_file.read_text(encoding="utf-8"))
        pred = extractor.to_extraction(doc, document).to_json()
        gold = score.Gold(data)
        ids, found = {}, set()
        for p in pred.get("persons", []):
            g = gold.resolve(p, pred.get("text", ""))
            ids[p["id"]] = g
            if g:
                found.add(g)
        for gname, forms in gold.persons.items():
            if gname in found:
                continue
            events = [e["type"] for e in data.get("events", []) if gname in e.get("persons", [])]
            quotes = sum(q["speaker"] == gname for q in data.get("quotes", []))
            print(f"MISSED {name} {stem}: {gname!r} events={events} quotes={quotes}")
            pattern = re.compile("|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)), re.I)
            shown = 0
            for sent in doc.sents:
                if pattern.search(sent.text) and shown < 3:
                    print(f"    | {_marked(sent)}")
                    shown += 1
        if show_false:
            for p in pred.get("persons", []):
                if ids[p["id"]]:
                    continue
                events = [e["type"] for e in pred.get("events", []) if p["id"] in e.get("persons", [])]
                quotes = sum(q.get("speaker") == p["id"] for q in pred.get("quotes", []))
                start, end = p["mentions"][0]
                sent = doc.char_span(start, end, alignment_mode="expand")
                line = _marked(sent.sent) if sent is not None else ""
                print(f"FALSE {name} {stem}: {p['name']!r} events={events} quotes={quotes}")
                print(f"    | {line}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--false", action="store_true", help="list the false persons too")
    args = ap.parse_args()
    for name in args.sets:
        census(name, args.false)
    return 0


if __name__ == "__main__":
    sys.exit(main())
