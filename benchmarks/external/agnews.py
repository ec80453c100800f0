#!/usr/bin/env python3
"""AG News (real 2004-05 wire news) -> a justice-news yardstick for `vigil extract`.

    python benchmarks/external/agnews.py --mirror GIT_DIR --out DIR --split train|test
                                         [--n N] [--seed S] [--gold FACTS_DIR]

GIT_DIR is a git mirror of a public repository that holds AG News as
`data/ag_news_csv/{train,test}.csv` (e.g. what the `fetch` tool returns for
github:suuuch/TransformerClassification or github:Shane-Neeley/CharCnn_Keras). Each CSV
row is `class, title, lead` of one Reuters / AP / AFP / USATODAY ... item. The script looks
through every commit of the mirror for that path and reads the largest blob the snapshot
holds (public snapshots often miss the 29 MB train.csv: the script then says so and stops;
an earlier, trimmed train.csv that a commit still holds is used and named).

Selection: a row is kept when its title or lead holds a justice word of JUSTICE (one fixed
list, whole words, any case): arrest, detain, detention, custody, jail, prison, imprison,
sentence, convict, free / freed / frees / freeing, release, pardon, parole, deport, expel,
exile, extradite, behind bars, died in custody and their inflections. The list is wide on
purpose: "released its earnings", "free agent", "prison reform" are kept, so the set also
measures precision on senses that are no event.

Each kept row becomes `ID.txt` — the title, a blank line, the lead — with ID
`SPLIT-NNNNN` (the row's 1-based line number in the CSV, so ids survive a change of
--n/--seed). AG News' escapes are undone: a backslash is its line break (a space here),
`\\$` is `$`, and the entities written without their ampersand (` #39;`, `#36;`,
`quot;`, `amp;`, `lt;`, `gt;`) become their characters; HTML tags (a feed's `<FONT>` credit)
are cut. --n takes a random sample of N kept
rows (Random(--seed)), otherwise every kept row is written.

Gold: FACTS_DIR (default benchmarks/external/agnews_gold/) holds one `ID.json` per
annotated row with the facts only — persons (names, aliases), events (type, persons,
count, term_months) — in the format of shared/eval/GUIDELINES.md, and never the text. For
each written row with such a file the script writes `ID.gold.json` beside `ID.txt`, so
`score.py --gold DIR` scores it. `ID.json` may carry `"set": "tune"` or `"set": "hold"`
(`--set` writes only those rows). The annotations hold no quotes: only the persons,
events, counts and terms parts of score.py's report mean anything here.

Outputs hold news text that belongs to its publishers: write them to a git-ignored folder
(e.g. .cache/agnews/) and never commit them.
"""

from __future__ import annotations

import argparse
import csv
import html
import io
import json
import random
import re
import subprocess
import sys
from pathlib import Path

SPLITS = ("train", "test")
PATH = "data/ag_news_csv/{split}.csv"
JUSTICE = re.compile(
    r"\b(?:arrest(?:s|ed|ing)?|detain(?:s|ed|ing|ee|ees)?|detention|custody|"
    r"jail(?:s|ed|ing)?|prison(?:s|er|ers)?|imprison(?:s|ed|ing|ment)?|"
    r"sentenc(?:e|es|ed|ing)|convict(?:s|ed|ion|ions)?|free(?:s|d|ing)?|"
    r"releas(?:e|es|ed|ing)|pardon(?:s|ed|ing)?|parole(?:s|d)?|"
    r"deport(?:s|ed|ing|ation|ations)?|expel(?:s|led|ling)?|exile(?:s|d)?|"
    r"extradit(?:e|es|ed|ing|ion)|behind bars|died in custody)\b",
    re.IGNORECASE,
)
ENTITY = re.compile(r" ?#(\d+);|&?\b(quot|amp|lt|gt);")
TAG = re.compile(r"</?[A-Za-z][^>]*>")
DEFAULT_FACTS = Path(__file__).with_name("agnews_gold")


def unescape(field: str) -> str:
    """Undo AG News' escapes: `\\` line breaks, `\\$`, and entities missing their `&`."""
    field = field.replace("\\$", "$").replace("\\", " ")
    field = ENTITY.sub(lambda m: html.unescape(f"&#{m[1]};" if m[1] else f"&{m[2]};"), field)
    field = TAG.sub(" ", field)
    return re.sub(r"\s+", " ", field).strip()


def _git(mirror: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", "--git-dir", str(mirror), *args], capture_output=True, text=True)


def find_blob(mirror: Path, split: str) -> tuple[str, int, str]:
    """The largest blob of the split's CSV that the snapshot holds: (blob, size, commit)."""
    path = PATH.format(split=split)
    commits = _git(mirror, "rev-list", "--all").stdout.split()
    best: tuple[str, int, str] | None = None
    missing = 0
    for commit in commits:
        line = _git(mirror, "ls-tree", "-l", commit, path).stdout.split()
        if len(line) < 4:
            continue
        blob, size = line[2], line[3]
        if not size.isdigit() or _git(mirror, "cat-file", "-e", blob).returncode:
            missing += 1
            continue
        if best is None or int(size) > best[1]:
            best = (blob, int(size), commit)
    if best is None:
        why = f" ({missing} version(s) listed but absent from the snapshot)" if missing else ""
        raise SystemExit(f"agnews: {mirror} holds no readable {path}{why}")
    return best


def read_rows(mirror: Path, split: str) -> list[tuple[str, str, str]]:
    """Every row as (id, title, lead), unescaped."""
    blob, size, commit = find_blob(mirror, split)
    print(f"agnews: {PATH.format(split=split)} {size} bytes at {commit[:10]}", file=sys.stderr)
    data = _git(mirror, "cat-file", "-p", blob).stdout
    rows = []
    for number, row in enumerate(csv.reader(io.StringIO(data)), start=1):
        if len(row) != 3:
            continue
        rows.append((f"{split}-{number:05d}", unescape(row[1]), unescape(row[2])))
    return rows


def select(rows: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    return [row for row in rows if JUSTICE.search(row[1]) or JUSTICE.search(row[2])]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mirror", required=True, type=Path, help="git mirror holding data/ag_news_csv/")
    ap.add_argument("--out", required=True, type=Path, help="output folder (git-ignored)")
    ap.add_argument("--split", required=True, choices=SPLITS)
    ap.add_argument("--n", type=int, help="a random sample of N selected rows")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--gold", type=Path, default=DEFAULT_FACTS, help="folder of ID.json facts")
    ap.add_argument("--set", choices=("tune", "hold"), help="only rows annotated for this set")
    ap.add_argument("--annotated", action="store_true", help="only rows that have gold facts")
    args = ap.parse_args()

    rows = select(read_rows(args.mirror, args.split))
    if args.n is not None:
        rows = sorted(random.Random(args.seed).sample(rows, min(args.n, len(rows))))
    args.out.mkdir(parents=True, exist_ok=True)
    written = gold = 0
    for row_id, title, lead in rows:
        facts_file = args.gold / f"{row_id}.json"
        facts = json.loads(facts_file.read_text(encoding="utf-8")) if facts_file.is_file() else None
        if (args.annotated or args.set) and facts is None:
            continue
        if args.set and facts.get("set") != args.set:
            continue
        (args.out / f"{row_id}.txt").write_text(f"{title}\n\n{lead}\n", encoding="utf-8")
        written += 1
        if facts is not None:
            facts = {k: v for k, v in facts.items() if k != "set"}
            facts.setdefault("quotes", [])
            facts.setdefault("duplicates_removed", 0)
            gold_text = json.dumps(facts, ensure_ascii=False, indent=1)
            (args.out / f"{row_id}.gold.json").write_text(gold_text, encoding="utf-8")
            gold += 1
    print(f"agnews: wrote {written} {args.split} rows to {args.out} ({gold} with gold)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
