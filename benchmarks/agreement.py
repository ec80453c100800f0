"""How far two annotators of the same articles agree: one gold folder scored against another.

    python benchmarks/agreement.py GOLD_A GOLD_B [--json]

Issue 9 judges extraction on sets whose gold was written by people Vigil never saw. Two careful
annotators following the same GUIDELINES do not write the same gold either (a stay "held since
2021" is an arrest for one and a state for the other; an interviewer's questions are quotes for
one and not for the other), so no extractor can score 1.0 on another writer's set. This script
measures that ceiling: annotation B of the articles of GOLD_A (written independently from the
texts and GUIDELINES alone) is turned into the prediction format (`vigil extract --format jsonl`)
and scored by the shared `score.py` against annotation A, category by category, as an extraction
would be. A's `.txt` files are the texts; B holds `NAME.gold.json` for each (its texts may be
copies). The figure is symmetric up to which side counts as gold (precision and recall swap).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from score_sets import SCORE  # noqa: E402


def as_prediction(gold: dict, name: str, text: str) -> dict:
    """Annotation B of one article as an extraction record: persons with the spans where their
    name and aliases occur (so score.py resolves them as it does Vigil's), events, quotes."""
    ids = {p["name"]: f"p{i}" for i, p in enumerate(gold.get("persons", []), 1)}
    persons = []
    for p in gold.get("persons", []):
        mentions = []
        for form in [p["name"], *p.get("aliases", [])]:
            at = text.find(form) if form else -1
            if at >= 0:
                mentions.append([at, at + len(form)])
        persons.append({"id": ids[p["name"]], "name": p["name"], "mentions": mentions})
    events = [
        {
            "type": e["type"],
            "persons": [ids[n] for n in e.get("persons", []) if n in ids],
            "count": e.get("count"),
            "term_months": e.get("term_months"),
            "evidence": [0, 0],
        }
        for e in gold.get("events", [])
    ]
    quotes = [
        {"speaker": ids.get(q.get("speaker", ""), ""), "text": q.get("starts_with", ""), "span": [0, 0]}
        for q in gold.get("quotes", [])
    ]
    return {"source": f"{name}.txt", "text": text, "persons": persons, "events": events, "quotes": quotes}


def agreement(gold_a: Path, gold_b: Path) -> dict:
    """score.py's JSON result for annotation B read as predictions against annotation A."""
    lines = []
    for gf in sorted(gold_a.glob("*.gold.json")):
        name = gf.name.removesuffix(".gold.json")
        other = gold_b / gf.name
        if not other.exists():
            continue  # score.py reports it under missing_predictions
        text = (gold_a / f"{name}.txt").read_text(encoding="utf-8")
        record = as_prediction(json.loads(other.read_text(encoding="utf-8")), name, text)
        lines.append(json.dumps(record, ensure_ascii=False))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as out:
        out.write("\n".join(lines) + "\n")
    done = subprocess.run(
        [sys.executable, str(SCORE), "--gold", str(gold_a), "--pred", out.name, "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    Path(out.name).unlink()
    return json.loads(done.stdout)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold_a", type=Path, help="the first annotation, with the articles' .txt files")
    ap.add_argument("gold_b", type=Path, help="a second annotation of the same articles (NAME.gold.json)")
    ap.add_argument("--json", action="store_true", help="print score.py's JSON result")
    a = ap.parse_args(argv)
    result = agreement(a.gold_a, a.gold_b)
    if a.json:
        print(json.dumps(result, indent=2))
        return 0
    for cat, s in result["scores"].items():
        counts = f"(tp {s['tp']}, B {s['pred']}, A {s['gold']})"
        print(f"{cat:8} P={s['p']:.3f} R={s['r']:.3f} F1={s['f1']:.3f}  {counts}")
    print(f"agreement (extraction F1 of B against A): {result['extraction_f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
