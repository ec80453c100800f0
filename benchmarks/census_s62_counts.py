"""Census of four count shapes (session 62, counts) over a run's predictions on read sets.

    .venv/bin/python benchmarks/census_s62_counts.py TAG SHAPE SET...

SHAPE is one of:

* `pairs`: a release and a deportation told by the same sentence of the same people, one with a
  count and the other without: would copying the count to the other be a gold count?
* `stays`: a counted arrest in a sentence that tells time spent in custody or a stay there
  ("having spent nine months in pretrial detention", "still in pretrial detention", "held
  since"): is the count gold?
* `headlines`: counts read from a text's first line: is the count gold?
* `named`: counts of at most six whose people are all named (count == persons): gold or not, by
  language.

Each predicted count is judged against its document's gold (the pair (type, count) anywhere in
it, as `score.py` scores counts). Read sets only: a judge (blind or held out) is refused.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORES = ROOT / ".cache" / "scores"
sys.path.insert(0, str(ROOT / "benchmarks"))
from score_sets import HELD_OUT  # noqa: E402

PARTNER = {"release": "deportation", "deportation": "release"}
STAY = re.compile(
    r"spent .{0,40}(pre-?trial|remand|custody|detention)|still in (pre-?trial|custody|detention)"
    r"|remain(s|ed)? in (pre-?trial|custody|detention)|held since",
    re.I,
)


def documents(tag: str, name: str) -> Iterator[tuple[dict, dict, str]]:
    """Each document of a read set: its prediction, its gold and its text."""
    if name in HELD_OUT or (ROOT / "benchmarks" / "sets" / "blind" / name).is_dir():
        sys.exit(f"{name} is a judge: no census")
    path = SCORES / tag / f"{name}.jsonl"
    if not path.exists():
        return
    for line in path.open(encoding="utf-8"):
        pred = json.loads(line)
        gold_path = Path(pred["source"].removesuffix(".txt") + ".gold.json")
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = pred.get("text") or gold.get("text") or Path(pred["source"]).read_text(encoding="utf-8")
        yield pred, gold, text


def gold_counts(gold: dict) -> set[tuple[str, int | None]]:
    """The (type, count) pairs of a gold file."""
    return {(e["type"], e.get("count")) for e in gold["events"]}


def pairs(tag: str, names: list[str]) -> Counter:
    """Copy a counted release's number to its uncounted deportation (or back): right or wrong."""
    tally: Counter = Counter()
    for name in names:
        for pred, gold, text in documents(tag, name):
            told, predicted = gold_counts(gold), {(e["type"], e.get("count")) for e in pred["events"]}
            for e in pred["events"]:
                if e["type"] not in PARTNER or not e.get("count"):
                    continue
                for f in pred["events"]:
                    same = set(f["persons"]) & set(e["persons"]) or not (f["persons"] or e["persons"])
                    if f["type"] != PARTNER[e["type"]] or f.get("count") or f["evidence"] != e["evidence"]:
                        continue
                    if not same:
                        continue
                    copy = (f["type"], e["count"])
                    verdict = "already" if copy in predicted else "right" if copy in told else "wrong"
                    tally[verdict] += 1
                    a, b = e["evidence"]
                    shown = text[a:b].strip()[:200]
                    print(name, f"{e['type']} {e['count']} -> {f['type']}", verdict, "|", shown)
    return tally


def stays(tag: str, names: list[str]) -> Counter:
    """Counted arrests in a sentence of time spent in custody."""
    tally: Counter = Counter()
    for name in names:
        for pred, gold, text in documents(tag, name):
            told = gold_counts(gold)
            for e in pred["events"]:
                a, b = e["evidence"]
                if e["type"] != "arrest" or not e.get("count") or not STAY.search(text[a:b]):
                    continue
                verdict = "gold" if ("arrest", e["count"]) in told else "false"
                tally[verdict] += 1
                print(name, "arrest", e["count"], verdict, "|", text[a:b].strip()[:200])
    return tally


def headlines(tag: str, names: list[str]) -> Counter:
    """Counts read from the first line."""
    tally: Counter = Counter()
    for name in names:
        for pred, gold, text in documents(tag, name):
            told, first = gold_counts(gold), len(text.split("\n", 1)[0])
            for e in pred["events"]:
                if not e.get("count") or e["evidence"][0] >= first:
                    continue
                verdict = "gold" if (e["type"], e["count"]) in told else "false"
                tally[verdict] += 1
                if verdict == "false":
                    print(name, e["type"], e["count"], "|", text[:first][:200])
    return tally


def named(tag: str, names: list[str]) -> Counter:
    """Small counts whose people are all named, against the others, by language."""
    tally: Counter = Counter()
    for name in names:
        for pred, gold, _ in documents(tag, name):
            told = gold_counts(gold)
            for e in pred["events"]:
                n = e.get("count")
                if not n or n > 6:
                    continue
                shape = "all named" if len(e["persons"]) == n else "not all named"
                tally[(pred.get("language"), shape, "gold" if (e["type"], n) in told else "false")] += 1
    return tally


def main() -> None:
    tag, shape, names = sys.argv[1], sys.argv[2], sys.argv[3:]
    shapes = {"pairs": pairs, "stays": stays, "headlines": headlines, "named": named}
    for key, n in sorted(shapes[shape](tag, names).items(), key=str):
        print("#", key, n)


if __name__ == "__main__":
    main()
