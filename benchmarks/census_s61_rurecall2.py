"""Census of missed and false Russian events (session 61, rurecall2): each with its sentences.

    .venv/bin/python benchmarks/census_s61_rurecall2.py TAG SET... [--kind missed|spurious] [--type T]

For every "missed events" or "spurious events" line of `.cache/scores/TAG/SET.verbose.txt` of each
read SET named (never a judge), prints the article, the type, the person, the types the run gave
that person, and the sentences naming the person (a stem of each name word, since Russian
inflects names) that hold a rough trigger stem of the type; when none does, the two sentences
after a naming (a pronoun or group may carry it). Sentences only of the sets it is given.
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

LINE = re.compile(r"^(\S+): (missed|spurious) events \('(\w+)', '(.*)'\)$")
STEMS = {
    "arrest": r"задерж|арест|заключ|под страж|сизо|изолятор|задзерж|затрыма|взял|увез|забрал|обыск|суток",
    "sentence": r"пригов|осуд|срок|лет|год|месяц|колони|лишени|наказан|получил|штраф|суд",
    "release": r"освоб|вышел|вышл|выпуст|отпуст|помил|на свобод|покинул|вернул|обмен|амнист|отбыв|отбыл",
    "deportation": (r"выдвор|депорт|выслан|высыл|вывез|границ|обмен|экстрадир|выдал|передан|самолет|самолёт"),
    "death": r"умер|скончал|погиб|смерт|тело|убит",
}
SENT = re.compile(r"[^\n.!?…]+(?:[.!?…]+[\"»”’)]?|\n|$)")


def _forms(gold: dict, person: str) -> list[str]:
    """Lowercase stems of the person's name words and aliases (Russian inflects names)."""
    names = [person]
    for p in gold["persons"]:
        if p["name"] == person:
            names += p.get("aliases", [])
    out = set()
    for n in names:
        for w in n.split():
            w = w.lower().strip(".,")
            if len(w) >= 3:
                out.add(w[: max(3, len(w) - 2)])
    return sorted(out)


def _pred_types(rec: dict | None, person: str) -> list[str]:
    """The types the run gave a person whose name shares the gold's last name stem."""
    if rec is None:
        return []
    last = person.split()[-1].lower()
    last = last[: max(3, len(last) - 2)]
    ids = {p["id"] for p in rec["persons"] if last in p["name"].lower()}
    return sorted({e["type"] for e in rec["events"] if ids.intersection(e["persons"])})


def census(tag: str, name: str, kind: str | None, only: str | None, scores: Path = OUT) -> int:
    folder, judge = resolve(name)
    if judge:
        raise SystemExit(f"{name} is a judge: no sentences")
    preds = {}
    for line in (scores / tag / f"{name}.jsonl").read_text().splitlines():
        rec = json.loads(line)
        preds[Path(rec["source"]).stem] = rec
    items = defaultdict(list)
    for line in (scores / tag / f"{name}.verbose.txt").read_text().splitlines():
        if m := LINE.match(line):
            if kind and m.group(2) != kind:
                continue
            if only and m.group(3) != only:
                continue
            items[m.group(1)].append((m.group(2), m.group(3), m.group(4)))
    n = 0
    for doc, rows in items.items():
        gold = json.loads((folder / f"{doc}.gold.json").read_text())
        rec = preds.get(doc)
        text = rec["text"] if rec else (folder / f"{doc}.txt").read_text()
        sents = [s.group(0).strip() for s in SENT.finditer(text) if s.group(0).strip()]
        for k, etype, person in rows:
            n += 1
            forms = _forms(gold, person)
            stem = re.compile(STEMS[etype], re.I)
            print(f"## {name} {doc} {k} {etype} | {person} | run gave: {_pred_types(rec, person)}")
            named = [i for i, s in enumerate(sents) if any(f in s.lower() for f in forms)]
            shown = [i for i in named if stem.search(sents[i])]
            for i in shown:
                print("   -", sents[i][:500])
            if not shown:
                near = sorted({j for i in named for j in (i + 1, i + 2) if j < len(sents)} - set(named))
                for j in near:
                    if stem.search(sents[j]):
                        print("   ~", sents[j][:500])
    return n


def grep_census(tag: str, names: list[str], pattern: str, etype: str | None, scores: Path = OUT) -> None:
    """Every sentence of the sets matching `pattern`, with the gold's and the run's types of each
    gold person it names (by name stems): how often a construction is an event, and found."""
    rx = re.compile(pattern, re.I)
    tally = {"found": 0, "missed": 0, "false": 0}
    for name in names:
        folder, judge = resolve(name)
        if judge:
            raise SystemExit(f"{name} is a judge: no sentences")
        path = scores / tag / f"{name}.jsonl"
        if not path.exists():
            print(f"# no run {tag} {name}")
            continue
        for line in path.read_text().splitlines():
            rec = json.loads(line)
            doc = Path(rec["source"]).stem
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
                    if not any(f in low for f in _forms(gold, p["name"])):
                        continue
                    gt = sorted({e["type"] for e in gold["events"] if p["name"] in e.get("persons", [])})
                    rt = _pred_types(rec, p["name"])
                    mark = ""
                    if etype:
                        g, r = etype in gt, etype in rt
                        mark = "FOUND" if g and r else "MISS" if g else "FALSE" if r else "-"
                        if mark != "-":
                            tally[{"FOUND": "found", "MISS": "missed", "FALSE": "false"}[mark]] += 1
                    told.append(f"{mark} {p['name']}: gold {gt} run {rt}")
                print(f"## {name} {doc}\n   {s[:500]}")
                for t in told:
                    print(f"     {t}")
    if etype:
        print(f"# {etype}: {tally}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("tag")
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--kind", choices=["missed", "spurious"])
    ap.add_argument("--type")
    ap.add_argument("--scores", type=Path, default=OUT)
    ap.add_argument("--grep", help="a regex: every matching sentence with its persons' gold and run types")
    args = ap.parse_args()
    if args.grep:
        grep_census(args.tag, args.sets, args.grep, args.type, args.scores)
        return
    total = sum(census(args.tag, s, args.kind, args.type, args.scores) for s in args.sets)
    print(f"# {total} events")


if __name__ == "__main__":
    main()
