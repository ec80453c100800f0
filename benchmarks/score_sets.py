"""Score `vigil extract` on many annotated sets at once, and compare two runs set by set.

    .venv/bin/python benchmarks/score_sets.py run TAG SET... [--src DIR] [--jobs N]
    .venv/bin/python benchmarks/score_sets.py table TAG [--base TAG] [SET...]
    .venv/bin/python benchmarks/score_sets.py compare BASE TAG SET...

Issue 9 asks that every extraction change be scored on every set before and after; one
`vigil evaluate` a set does not show what moved where. `run` extracts each set with the code
in `--src` (default this checkout's `src/`; pass a copy to keep a baseline while you edit) and
keeps, under `.cache/scores/TAG/`, the predictions (`SET.jsonl`), `score.py --json` and
`score.py --verbose` of each. `compare` prints each set's headline and the categories whose
counts moved and, for read sets only, every miss or false positive that is new or gone.

A SET is a folder name: `dev` (the English dev set with the seed report), `dev2`, `dev-ru`,
`dev-be` (`../shared/corpus/`), a folder of `benchmarks/sets/` or `benchmarks/sets/blind/`,
or one of `.cache/ext/` (external real news, built by `benchmarks/external/*.py` and
`../shared/eval/external/polnear_train.py`). Blind sets and the held-out external halves are
judges: `compare` shows their counts only, never their sentences (`benchmarks/sets/README.md`).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# ../shared beside the checkout; a worktree in wt/NAME finds it one level further up
SHARED = next(
    (p / "shared" for p in (ROOT.parent, ROOT.parents[1]) if (p / "shared").is_dir()), ROOT.parent / "shared"
)
SCORE = SHARED / "eval" / "score.py"
OUT = ROOT / ".cache" / "scores"
HELD_OUT = {
    "rnews-held",
    "aghold",
    "nerel-held",
    "polnear-dev",
    "hrdnews-held",
    "realnews-ru-held",
    "hrdnews2-held",
    "realnews2-ru-held",
    "heroes-ru-held",
    "heroes-en-held",
    "hrdnews3-held",
    "wikinews-en-held",
    "hrdnews4-held",
    "realnews3-ru-held",
    "realnews-be-held",
    "hrdnews5-held",
    "hrdnews6-held",
    "speeches-ru-held",
    "realnews2-be-held",
    "hrdnews7-held",
    "hrdnews8-held",
    "realnews4-ru-held",
    "realnews5-ru-held",
    "realnews-en-held",
    "realnews6-ru-held",
    "realnews2-en-held",
}
CATEGORIES = ("events", "counts", "terms", "quotes", "persons")
EXTRACT = "import sys; from vigil.cli import main; sys.argv[0] = 'vigil'; main()"


def resolve(name: str) -> tuple[Path, bool]:
    """The set's folder and whether it is a judge (blind or held out)."""
    if name == "dev":
        return _dev_with_seed(), False
    for base, blind in (
        (SHARED / "corpus", False),
        (ROOT / "benchmarks" / "sets" / "blind", True),
        (ROOT / "benchmarks" / "sets", False),
        (ROOT / ".cache" / "ext", name in HELD_OUT),
    ):
        if (base / name).is_dir():
            return base / name, blind
    raise SystemExit(f"score_sets: no set named {name!r}")


def _dev_with_seed() -> Path:
    """`dev` is scored with the seed report, as the issue's floor is stated."""
    folder = OUT / "dev+seed"
    folder.mkdir(parents=True, exist_ok=True)
    corpus = SHARED / "corpus"
    for source in [*(corpus / "dev").iterdir(), *corpus.glob("seed-*")]:
        link = folder / source.name
        if not link.exists():
            link.symlink_to(source)
    return folder


def score(gold: Path, pred: Path, *flags: str) -> str:
    args = [sys.executable, str(SCORE), "--gold", str(gold), "--pred", str(pred), *flags]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def run_set(tag: str, src: Path, name: str) -> tuple[str, float]:
    folder, _ = resolve(name)
    out = OUT / tag
    out.mkdir(parents=True, exist_ok=True)
    pred = out / f"{name}.jsonl"
    env = dict(os.environ, PYTHONPATH=str(src))
    with pred.open("w") as stdout, (out / f"{name}.err").open("w") as stderr:
        command = [sys.executable, "-c", EXTRACT, "extract", "--format", "jsonl", str(folder)]
        subprocess.run(command, stdout=stdout, stderr=stderr, env=env, check=False)
    (out / f"{name}.score.json").write_text(score(folder, pred, "--json"))
    (out / f"{name}.verbose.txt").write_text(score(folder, pred, "--verbose"))
    return name, load(tag, name)["extraction_f1"]


def load(tag: str, name: str) -> dict | None:
    path = OUT / tag / f"{name}.score.json"
    return json.loads(path.read_text()) if path.exists() else None


def table_row(name: str, result: dict, base: dict | None, with_base: bool) -> str:
    s = result["scores"]
    quotes = "(no gold)" if not s["quotes"]["gold"] else f"{s['quotes']['p']:.3f} / {s['quotes']['r']:.3f}"
    cells = [
        f"**{name}** (blind)" if resolve(name)[1] else name,
        f"{s['events']['p']:.3f} / {s['events']['r']:.3f}",
        f"{s['counts']['f1']:.3f}",
        f"{s['terms']['f1']:.3f} ({s['terms']['r']:.3f})",
        quotes,
        f"**{result['extraction_f1']:.3f}**",
    ]
    if with_base:
        cells.append(f"{base['extraction_f1']:.3f}" if base else "—")
    return "| " + " | ".join(cells) + " |"


def compare(base: str, tag: str, name: str) -> list[str]:
    before, after = load(base, name), load(tag, name)
    if not before or not after:
        return [f"{name}: not scored in both runs"]
    blind = resolve(name)[1]
    moved = []
    for category in CATEGORIES:
        a, b = before["scores"][category], after["scores"][category]
        if (a["tp"], a["pred"]) != (b["tp"], b["pred"]):
            moved.append(f"{category} tp {a['tp']}->{b['tp']} pred {a['pred']}->{b['pred']}")
    head = (
        f"{name}{' (blind)' if blind else ''}: {before['extraction_f1']:.3f} -> {after['extraction_f1']:.3f}"
    )
    lines = [head + ("  " + "; ".join(moved) if moved else "")]
    if not blind:
        old = set((OUT / base / f"{name}.verbose.txt").read_text().splitlines())
        new = set((OUT / tag / f"{name}.verbose.txt").read_text().splitlines())
        lines += [f"   NEW  {line}" for line in sorted(new - old)]
        lines += [f"   GONE {line}" for line in sorted(old - new)]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="extract and score sets under a tag")
    run.add_argument("tag")
    run.add_argument("sets", nargs="+")
    run.add_argument(
        "--src", type=Path, default=ROOT / "src", help="code to run (default: this checkout's src/)"
    )
    run.add_argument("--jobs", type=int, default=1, help="sets extracted at once (one process each)")
    table = commands.add_parser("table", help="a Markdown table of a run")
    table.add_argument("tag")
    table.add_argument("sets", nargs="*")
    table.add_argument("--base", help="a run whose headline F1 goes beside")
    cmp = commands.add_parser("compare", help="what moved between two runs")
    cmp.add_argument("base")
    cmp.add_argument("tag")
    cmp.add_argument("sets", nargs="+")
    args = parser.parse_args()

    if args.command == "run":
        with ThreadPoolExecutor(args.jobs) as pool:
            for name, f1 in pool.map(lambda n: run_set(args.tag, args.src.resolve(), n), args.sets):
                print(f"{args.tag} {name} {f1:.3f}", flush=True)
    elif args.command == "table":
        names = args.sets or sorted(
            p.name.removesuffix(".score.json") for p in (OUT / args.tag).glob("*.score.json")
        )
        header = "| set | events P / R | counts F1 | terms F1 (R) | quotes P / R | extraction F1 |"
        print(header + (" base |" if args.base else ""))
        print("| --- " * (7 if args.base else 6) + "|")
        for name in names:
            if result := load(args.tag, name):
                print(table_row(name, result, load(args.base, name) if args.base else None, bool(args.base)))
    else:
        for name in args.sets:
            print("\n".join(compare(args.base, args.tag, name)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
