"""Session 54: the missed gold quotes of one set, sorted by shape (counts only).

    census_s54_quotes_missed.py GOLD_DIR PRED.jsonl

For every gold quote no predicted quote matches (the scorer's rule: same speaker, same first
words), it tells whether the words were predicted under another speaker, and otherwise whether
they are a fragment of four words or fewer, open in lower case inside the narrator's sentence
(a partial quotation), stand in the first line (a headline), or open with a capital. Prints
counts only: the texts stay where they are (PolNeAR's belong to their publishers).
"""

from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

_REPO = Path(__file__).resolve().parents[1]
# ../shared beside the clone; a worktree in wt/NAME finds it one level further up
_SHARED = next(
    (p for p in (_REPO.parent / "shared", _REPO.parents[1] / "shared") if p.is_dir()), _REPO.parent
)
sys.path.insert(0, str(_SHARED / "eval"))
import score  # noqa: E402  (shared/eval/score.py)


def _shape(text: str, words: str) -> str:
    """The shape of a missed quote in its text."""
    first = words.split()[:4]
    found = re.search(r"\W+".join(map(re.escape, first)), text, re.I)
    if found is None:
        return "not found in the text"
    start = found.start()
    close = re.search(r"[\u201d\"]", text[start:])
    length = len(text[start : start + close.start()].split()) if close else 99
    if "\n" not in text[:start]:
        return "headline"
    if length <= 4:
        return "fragment of 4 words or fewer"
    return "partial, lower case" if text[start].islower() else "capital, in the body"


def main() -> int:
    gold_dir, pred_path = Path(sys.argv[1]), Path(sys.argv[2])
    preds = {}
    for line in pred_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            data = json.loads(line)
            preds[Path(data["source"]).stem] = data
    shapes: collections.Counter[str] = collections.Counter()
    for gold_file in sorted(gold_dir.glob("*.gold.json")):
        name = gold_file.name.removesuffix(".gold.json")
        gold_data = json.loads(gold_file.read_text(encoding="utf-8"))
        pred = preds.get(name, {"text": "", "persons": [], "quotes": []})
        gold_q = score.tuples_gold(gold_data)["quotes"]
        pred_q = score.tuples_pred(pred, score.Gold(gold_data))[0]["quotes"]
        for speaker, words in sorted(gold_q):
            if score.quote_hits({(speaker, words)}, pred_q):
                continue
            same_words = any(q[1].split()[:4] == words.split()[:4] for q in pred_q)
            shapes["same words, another speaker" if same_words else _shape(pred["text"], words)] += 1
    for shape, count in shapes.most_common():
        print(f"{count:5d}  {shape}")
    print(f"{sum(shapes.values()):5d}  missed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
