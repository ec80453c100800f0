"""Census of exchanges, swaps and handovers of prisoners (session 62, exchanges).

    .venv/bin/python benchmarks/census_s62_exchanges.py TAG SET...

For every sentence of a read set that tells an exchange, swap or handover (a word list per
language below), print the gold release/deportation events of its document and the events the
run TAG predicted with evidence in that sentence. Read sets only: it refuses judges.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORES = ROOT / ".cache" / "scores"
WORDS = re.compile(
    r"exchang|swap|handed\b[^.]{0,60}\b(over|back)|hand(ing)? over|traded|"
    r"обмен|обмён|обменя|переда[лвн]|вернул[аи]?\s+(украине|россии|западу|сша)|"
    r"абмен|абмян|перада|вярнул",
    re.I,
)
JUDGE = re.compile(r"^(syn5[345](b|-ru-b|-be-b)$|.*-held$|aghold$|polnear-dev$)")


def _docs(name: str):
    """(id, text, gold) of each document of a read set."""
    for base in (ROOT / "benchmarks" / "sets" / name, ROOT / ".cache" / "ext" / name):
        if base.is_dir():
            for g in sorted(base.glob("*.gold.json")):
                txt = g.with_name(g.name[: -len(".gold.json")] + ".txt")
                yield g.name[: -len(".gold.json")], txt.read_text(), json.loads(g.read_text())
            return


def main(tag: str, sets: list[str]) -> None:
    """Print the census."""
    for name in sets:
        if JUDGE.match(name):
            print("refused judge", name)
            continue
        pred_file = SCORES / tag / f"{name}.jsonl"
        preds = {}
        if pred_file.exists():
            for line in pred_file.read_text().splitlines():
                d = json.loads(line)
                preds[Path(d["source"]).name[:-4]] = d
        for doc, text, gold in _docs(name):
            p = preds.get(doc)
            ptext = p["text"] if p else text
            spans = re.finditer(r"[^.!?\n]*[.!?\n]?", ptext)
            hits = [m for m in spans if m.group(0).strip() and WORDS.search(m.group(0))]
            if not hits:
                continue
            print(f"=== {name} {doc}")
            for e in gold["events"]:
                if e["type"] in ("release", "deportation"):
                    print("  GOLD", e["type"], e.get("persons"), e.get("count"))
            for m in hits:
                print("  S>", m.group(0).strip()[:400])
                if not p:
                    continue
                names = {q["id"]: q["name"] for q in p["persons"]}
                for e in p["events"]:
                    s, t = e["evidence"]
                    if s < m.end() and t > m.start():
                        print("     PRED", e["type"], [names.get(i, i) for i in e["persons"]], e.get("count"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
