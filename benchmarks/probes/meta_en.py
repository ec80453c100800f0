"""Build the metamorphic English probe `benchmarks/sets/meta-en/` from its `probe.spec`.

    python benchmarks/probes/meta_en.py            # (re)write the .txt and .gold.json files
    python benchmarks/probes/meta_en.py --table TAG  # recall of the probed facts per dimension

Each spec item is one construction Vigil extracted right on a read set, re-told in new words
(base) and in five variants that change one thing each (voice, clause, lexeme, person,
register). A document per wording, so one wording's hit cannot hide another's miss. The table
counts only the probed facts (the item's `E:` lines and a variant's `+` events), per dimension.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "benchmarks" / "sets" / "meta-en"
DIMENSIONS = ("base", "voice", "clause", "lexeme", "person", "register")
HONORIFICS = {"U", "Daw", "Ko", "Ma", "Father"}


def parse_event(text: str) -> dict:
    """`type Name Words [months]` -> a gold event."""
    words = text.split()
    months = int(words[-1]) if words[-1].isdigit() else None
    name = " ".join(words[1 : -1 if months is not None else None])
    event = {"type": words[0], "persons": [name]}
    if months is not None:
        event["term_months"] = months
    return event


def aliases(name: str) -> list[str]:
    words = name.split()
    if words[0] in HONORIFICS:
        return [" ".join(words[1:])]
    out = {words[-1]}
    if len(words) >= 3:
        out.add(" ".join(words[-2:]))
    out.discard(name)
    return sorted(out)


def items() -> list[dict]:
    """The spec's items: number, type, header, shared events and the wordings."""
    result: list[dict] = []
    for line in (FOLDER / "probe.spec").read_text().splitlines():
        if line.startswith("## "):
            number, kind = line[3:].split()[:2]
            result.append({"n": number, "type": kind, "header": line[3:], "events": [], "texts": {}})
        elif line.startswith("E: "):
            result[-1]["events"].append(parse_event(line[3:]))
        elif result and line.split(":", 1)[0] in DIMENSIONS:
            dim, body = line.split(":", 1)
            text, _, extra = body.strip().partition(" || ")
            extras = [e.strip() for e in extra.split(",") if e.strip()]
            more = [parse_event(e[1:]) for e in extras if e.startswith("+")]
            # "~type Name": a fact the wording also states, gold but not probed
            also = [parse_event(e[1:]) for e in extras if e.startswith("~")]
            result[-1]["texts"][dim] = (text.replace("\\n", "\n"), more, also)
    return result


def build() -> None:
    for old in [*FOLDER.glob("*.txt"), *FOLDER.glob("*.gold.json")]:
        old.unlink()
    for item in items():
        for dim, (text, more, also) in item["texts"].items():
            name = f"meta-en-{item['n']}-{item['type']}-{dim}"
            events = item["events"] + more + also
            people = list(dict.fromkeys(p for e in events for p in e["persons"]))
            gold = {
                "persons": [{"name": p, "aliases": aliases(p)} for p in people],
                "events": events,
                "quotes": [],
                "duplicates_removed": 0,
            }
            (FOLDER / f"{name}.txt").write_text(text.rstrip() + "\n")
            (FOLDER / f"{name}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n")


def fold(name: str) -> str:
    return name.casefold().split()[-1]


def table(tag: str) -> None:
    """Recall of probed (type, person) pairs per dimension and per event type."""
    pred = {}
    for line in (ROOT / ".cache" / "scores" / tag / "meta-en.jsonl").read_text().splitlines():
        doc = json.loads(line)
        names = {p["id"]: p["name"] for p in doc["persons"]}
        pred[Path(doc["source"]).stem] = {
            (e["type"], fold(names[pid])) for e in doc["events"] for pid in e["persons"]
        }
    hits: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses = []
    for item in items():
        for dim, (_, more, _also) in item["texts"].items():
            name = f"meta-en-{item['n']}-{item['type']}-{dim}"
            for event in item["events"] + more:
                for person in event["persons"]:
                    ok = (event["type"], fold(person)) in pred.get(name, set())
                    for key in (dim, f"type:{event['type']}", "all"):
                        hits[key][0] += ok
                        hits[key][1] += 1
                    if not ok:
                        misses.append(f"{name}: {event['type']} {person}")
    for key in [*DIMENSIONS, *sorted(k for k in hits if k.startswith("type:")), "all"]:
        good, total = hits[key]
        print(f"{key:18} {good:4}/{total:<4} {good / total:.3f}")
    print("\n".join(misses))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--table", metavar="TAG")
    args = parser.parse_args()
    table(args.table) if args.table else build()
