"""Census of missed and false group counts (session 54, counts) from a run's verbose files.

    .venv/bin/python benchmarks/census_s54_counts.py TAG SET...

For each missed count (type, N) print the sentences of the text that hold N (digits or a
number word); for each false count print the evidence of the predicted events carrying it.
Read sets only: the census must never be run on a judge.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORES = Path("/work/main/.cache/scores")
EN = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
TENS = {
    20: "twenty",
    30: "thirty",
    40: "forty",
    50: "fifty",
    60: "sixty",
    70: "seventy",
    80: "eighty",
    90: "ninety",
}
RU = {
    1: "одн|один|адзін|адна|адзн",
    2: "два|двух|две|двое|дво|дзв|двух|двум|абодв|оба|обе",
    3: "три|трое|трёх|трех|тры|трох",
    4: "четыр|четвер|чатыр|чацвер",
    5: "пят|пяц",
    6: "шест|шост|шасц",
    7: "сем|сям|сем",
    8: "восем|восьм|васьм|восем",
    9: "девят|дзевяц",
    10: "десят|дзесяц",
    11: "одиннадцат|адзінаццац",
    12: "двенадцат|дванаццац",
    13: "тринадцат|трынаццац",
    14: "четырнадцат|чатырнаццац",
    15: "пятнадцат|пятнаццац",
    16: "шестнадцат|шаснаццац",
    17: "семнадцат|сямнаццац",
    18: "восемнадцат|васямнаццац",
    19: "девятнадцат|дзевятнаццац",
    20: "двадцат|дваццац",
    30: "тридцат|трыццац",
    40: "сорок|сорак",
}


def number_pattern(n: int) -> re.Pattern[str]:
    alts = [re.escape(str(n)), re.escape(f"{n:,}")]
    if n < len(EN):
        alts.append(EN[n])
    elif n in TENS:
        alts.append(TENS[n])
    elif n < 100:
        alts.append(f"{TENS[n // 10 * 10]}-{EN[n % 10]}")
    if n in RU:
        alts.append(r"(?:" + RU[n] + r")\w*")
    return re.compile(r"(?<![\w\d])(?:" + "|".join(alts) + r")(?![\d])", re.I)


def sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in re.finditer(r"(?<=[.!?»\"”])\s+|\n+", text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return [(a, b) for a, b in out if b > a]


def main(tag: str, names: list[str]) -> None:
    for name in names:
        verbose = SCORES / tag / f"{name}.verbose.txt"
        preds = {}
        for line in (SCORES / tag / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            preds[Path(d["source"]).name.removesuffix(".txt")] = d
        for line in verbose.read_text(encoding="utf-8").splitlines():
            m = re.match(r"(\S+): (missed|spurious) counts \('(\w+)', (\d+)\)", line)
            if not m:
                continue
            doc, kind, typ, n = m.group(1), m.group(2), m.group(3), int(m.group(4))
            pred = preds.get(doc)
            if pred is None:
                continue
            text = pred["text"]
            print(f"== {name} {doc} {kind.upper()} {typ} {n}")
            if kind == "missed":
                pat = number_pattern(n)
                for a, b in sentences(text):
                    if pat.search(text[a:b]):
                        print("   |", text[a:b].replace("\n", " ")[:400])
                others = sorted(
                    {(e["type"], e["count"]) for e in pred["events"] if e.get("count") is not None}
                )
                print("   pred counts:", others)
                for e in pred["events"]:
                    if (
                        e["type"] == typ
                        and e.get("count") is None
                        and pat.search(text[e["evidence"][0] : e["evidence"][1]])
                    ):
                        a, b = e["evidence"]
                        print("   ~ uncounted", typ, e["persons"], "|", text[a:b].replace("\n", " ")[:200])
            else:
                for e in pred["events"]:
                    if e.get("count") == n and e["type"] == typ:
                        a, b = e["evidence"]
                        print("   >", text[a:b].replace("\n", " ")[:400])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
