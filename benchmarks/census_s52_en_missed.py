"""Census of missed English events (session 52, en-read): the sentences that carry each miss.

    .venv/bin/python benchmarks/census_s52_en_missed.py TAG SET... [--type TYPE] [--scores DIR]

For every missed event ("missed events (TYPE, PERSON)") in `.cache/scores/TAG/SET.verbose.txt`
of each SET named (name the read sets explicitly: never a judge), prints the article, the type,
the person, the types the run did give that person, and every sentence of the article that
names the person (gold name or an alias or the last name) and holds a word of the type's rough
stem list — the sentences a reader classifies the miss by (trigger class missing, argument not
linked, noun trigger, background, ...). It prints sentences only of the sets it is given.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from score_sets import OUT, resolve  # noqa: E402

LINE = re.compile(r"^(\S+): missed events \('(\w+)', '(.*)'\)$")
STEMS = {
    "arrest": r"arrest|detain|detention|custody|jail|abduct|seiz|held|taken|picked up|remand|raid|apprehend",
    "sentence": r"sentenc|convict|jail|prison|serv|term|years|months|verdict|guilty|handed|gave|given|got",
    "release": r"releas|free|pardon|walk|let out|let go|bail|amnest|out of|left|came out|home",
    "deportation": r"deport|expel|border|abroad|exile|forc|driven|lithuania|poland|flown|put on|remov",
    "death": r"died|death|dead|die|killed|body",
}
SENT = re.compile(r"[^\n.!?]+(?:[.!?]+[\"”’)]?|\n|$)")


def _names(gold: dict, person: str) -> list[str]:
    """The gold person's name, aliases and last name: the forms a sentence may name them by."""
    for p in gold["persons"]:
        if p["name"] == person:
            forms = [p["name"], *p.get("aliases", [])]
            last = p["name"].split()[-1]
            if len(last) > 3:
                forms.append(last)
            return forms
    return [person]


def _pred_types(preds: dict, doc: str, person: str) -> list[str]:
    """The types the run gave a person whose name or a mention equals the gold's last name."""
    rec = preds.get(doc)
    if rec is None:
        return []
    last = person.split()[-1].lower()
    ids = {p["id"] for p in rec["persons"] if last in p["name"].lower()}
    return sorted({e["type"] for e in rec["events"] if ids.intersection(e["persons"])})


def census(tag: str, name: str, only: str | None, scores: Path = OUT) -> int:
    folder, judge = resolve(name)
    if judge:
        raise SystemExit(f"{name} is a judge: no sentences")
    verbose = scores / tag / f"{name}.verbose.txt"
    preds = {}
    for line in (scores / tag / f"{name}.jsonl").read_text().splitlines():
        rec = json.loads(line)
        preds[Path(rec["source"]).stem] = rec
    misses = defaultdict(list)
    for line in verbose.read_text().splitlines():
        if m := LINE.match(line):
            misses[m.group(1)].append((m.group(2), m.group(3)))
    n = 0
    for doc, pairs in misses.items():
        gold = json.loads((folder / f"{doc}.gold.json").read_text())
        text = preds[doc]["text"] if doc in preds else (folder / f"{doc}.txt").read_text()
        sents = [s.group(0).strip() for s in SENT.finditer(text) if s.group(0).strip()]
        for etype, person in pairs:
            if only and etype != only:
                continue
            n += 1
            forms = [f.lower() for f in _names(gold, person)]
            stem = re.compile(STEMS[etype], re.I)
            print(f"## {name} {doc} {etype} | {person} | run gave: {_pred_types(preds, doc, person)}")
            named = [i for i, s in enumerate(sents) if any(f in s.lower() for f in forms)]
            shown = [i for i in named if stem.search(sents[i])]
            for i in shown:
                print("   -", sents[i][:400])
            if not shown:  # a pronoun or a group carries it: the sentences just after a naming
                near = sorted({j for i in named for j in (i + 1, i + 2) if j < len(sents)} - set(named))
                for j in near:
                    if stem.search(sents[j]):
                        print("   ~", sents[j][:400])
    return n


def grep_census(tag: str, names: list[str], pattern: str, scores: Path = OUT) -> None:
    """Every sentence of the sets matching `pattern`, with the gold's and the run's types for each
    gold person the sentence names: how often a construction is an event by the gold."""
    rx = re.compile(pattern, re.I)
    for name in names:
        folder, judge = resolve(name)
        if judge:
            raise SystemExit(f"{name} is a judge: no sentences")
        preds = {}
        for line in (scores / tag / f"{name}.jsonl").read_text().splitlines():
            rec = json.loads(line)
            preds[Path(rec["source"]).stem] = rec
        for doc, rec in sorted(preds.items()):
            gold_file = folder / f"{doc}.gold.json"
            if not gold_file.exists():
                continue
            gold = json.loads(gold_file.read_text())
            for m in SENT.finditer(rec["text"]):
                s = m.group(0).strip()
                if not rx.search(s):
                    continue
                low = s.lower()
                told = []
                for p in gold["persons"]:
                    forms = [p["name"], *p.get("aliases", [])]
                    if any(f.lower() in low for f in forms) or p["name"].split()[-1].lower() in low:
                        gt = sorted({e["type"] for e in gold["events"] if p["name"] in e.get("persons", [])})
                        told.append(f"{p['name']}: gold {gt} run {_pred_types(preds, doc, p['name'])}")
                print(f"## {name} {doc}\n   {s[:400]}")
                for t in told:
                    print(f"     {t}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("tag")
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--type")
    ap.add_argument(
        "--grep", help="a regex: print every matching sentence with its persons' gold and run types"
    )
    ap.add_argument("--scores", type=Path, default=OUT, help="the scores folder (a worktree reads main's)")
    args = ap.parse_args()
    if args.grep:
        grep_census(args.tag, args.sets, args.grep, args.scores)
        return
    total = sum(census(args.tag, s, args.type, args.scores) for s in args.sets)
    print(f"# {total} missed events")


if __name__ == "__main__":
    main()
