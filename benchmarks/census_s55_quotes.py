"""Session 55: which quotes a change gains or loses, on the documents a regex picks.

    PYTHONPATH=src census_s55_quotes.py REGEX SET... [--base TAG]

Runs this checkout's extractor on every document of the sets whose text matches REGEX (a
superset of the construction a rule reads) and compares its quotes with those of the scored
run TAG (default `L55`, the session's start) for the same document, against the gold: each
quote gained or lost, true or false, and the totals. Held-out sets are skipped.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

_REPO = Path(__file__).resolve().parents[1]
_MAIN = Path("/work/main") if Path("/work/main/.cache").is_dir() else _REPO
_SHARED = next(
    (p for p in (_REPO.parent / "shared", _REPO.parents[1] / "shared") if p.is_dir()), _REPO.parent
)
sys.path.insert(0, str(_SHARED / "eval"))
import score  # noqa: E402  (shared/eval/score.py)

_HELD_OUT = {"polnear-dev", "rnews-held", "aghold", "nerel-held", "hrdnews-held", "realnews-ru-held"}


def _folder(name: str) -> Path:
    """The set's folder (dev with its seed, as score_sets links it)."""
    if name == "dev":
        return _MAIN / ".cache" / "scores" / "dev+seed"
    for base in (_SHARED / "corpus", _MAIN / "benchmarks" / "sets", _MAIN / ".cache" / "ext"):
        if (base / name).is_dir():
            return base / name
    raise SystemExit(f"no set {name}")


def _scored(tag: str, name: str) -> dict[str, dict]:
    """The run's predictions of one set, by document stem."""
    out = {}
    for line in (_MAIN / ".cache" / "scores" / tag / f"{name}.jsonl").open():
        d = json.loads(line)
        out[Path(d["source"]).name.removesuffix(".txt")] = d
    return out


def main(argv: list[str]) -> None:
    from vigil.extract import Extractor
    from vigil.ingest.documents import make_document

    base_tag = argv[argv.index("--base") + 1] if "--base" in argv else "L55"
    args = [a for i, a in enumerate(argv) if a != "--base" and (i == 0 or argv[i - 1] != "--base")]
    pattern, names = re.compile(args[0], re.M), [n for n in args[1:] if n not in _HELD_OUT]
    extractor, totals = Extractor(), {"docs": 0, "gained_true": 0, "gained_false": 0, "lost_true": 0}
    for name in names:
        before, folder = _scored(base_tag, name), _folder(name)
        for gold_file in sorted(folder.glob("*.gold.json")):
            stem = gold_file.name.removesuffix(".gold.json")
            text = (folder / f"{stem}.txt").read_text(encoding="utf-8")
            if stem not in before or not pattern.search(text):
                continue
            totals["docs"] += 1
            doc = make_document(text, source=str(folder / f"{stem}.txt"), language=before[stem]["language"])
            gold = score.Gold(json.loads(gold_file.read_text(encoding="utf-8")))
            truth = score.tuples_gold(gold.data)["quotes"]
            old = score.tuples_pred(before[stem], gold)[0]["quotes"]
            new = score.tuples_pred(extractor.extract(doc).to_json(), gold)[0]["quotes"]
            for sign, quotes in (("+", new - old), ("-", old - new)):
                for q in sorted(quotes):
                    right = bool(score.quote_hits(truth, {q}))
                    print(f"{name}/{stem} {sign} {q} {'TRUE' if right else 'false'}")
                    key = ("gained_" if sign == "+" else "lost_") + ("true" if right else "false")
                    totals[key] = totals.get(key, 0) + 1
    print("TOTAL", totals)


if __name__ == "__main__":
    main(sys.argv[1:])
