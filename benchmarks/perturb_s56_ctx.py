"""Perturbation probe of session 56 (helper ctx): does a line that adds no fact change what Vigil
reads in an article?

    .venv/bin/python benchmarks/perturb_s56_ctx.py write OUT SET...
    .venv/bin/vigil extract --format jsonl OUT/SET > OUT/SET.jsonl      (for each SET)
    .venv/bin/python benchmarks/perturb_s56_ctx.py compare OUT SET...

`write` copies each article of a read set (paragraphs as written) and four variants of it: a
kicker line above the headline, a byline and date line under it, a time stamp line under it,
an "Update:" line at the end. `compare` lists, per article and variant, the facts (an event of a
named person, a group count, a person's term) the variant gains or loses against the article as
written; no gold is read. Blind sets are never perturbed here (`score_sets.resolve`).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from score_sets import resolve  # noqa: E402

VARIANTS: dict[str, Callable[[list[str]], list[str]]] = {
    "kicker": lambda ps: ["News | EUROPE", *ps],
    "byline": lambda ps: [ps[0], "By Staff Reporter | 2026.01.05", *ps[1:]],
    "stamp": lambda ps: [ps[0], "Updated 14:20, 5 January 2026", *ps[1:]],
    "update": lambda ps: [*ps, "Update: This story was updated with a comment from the family."],
}


def paragraphs(text: str) -> list[str]:
    """The article's paragraphs (blank lines between them)."""
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def write(out: Path, name: str) -> None:
    """Each article as written (`__orig`) and its variants, one file each, under OUT/SET."""
    folder, blind = resolve(name)
    if blind:
        raise SystemExit(f"{name} is a judge: not perturbed")
    target = out / name
    target.mkdir(parents=True, exist_ok=True)
    for path in sorted(folder.glob("*.txt")):
        ps = paragraphs(path.read_text())
        (target / f"{path.stem}__orig.txt").write_text("\n\n".join(ps) + "\n")
        for kind, make in VARIANTS.items():
            (target / f"{path.stem}__{kind}.txt").write_text("\n\n".join(make(ps)) + "\n")


def facts(extraction: dict) -> set[tuple]:
    """(event, type, name), (count, type, n) and (term, name, months) of one extraction."""
    names = {p["id"]: p["name"] for p in extraction["persons"]}
    out: set[tuple] = set()
    for event in extraction["events"]:
        for pid in event["persons"]:
            out.add(("event", event["type"], names[pid]))
            if event.get("term_months"):
                out.add(("term", names[pid], event["term_months"]))
        if event.get("count") is not None:
            out.add(("count", event["type"], event["count"]))
    return out


def compare(out: Path, sets: list[str]) -> None:
    """Print every fact a variant loses or gains, then the totals."""
    lost = gained = 0
    for name in sets:
        by_article: dict[str, dict[str, set[tuple]]] = {}
        for line in (out / f"{name}.jsonl").read_text().splitlines():
            extraction = json.loads(line)
            stem, kind = Path(extraction["source"]).stem.rsplit("__", 1)
            by_article.setdefault(stem, {})[kind] = facts(extraction)
        for stem, kinds in sorted(by_article.items()):
            orig = kinds.get("orig", set())
            for kind, found in kinds.items():
                for fact in sorted(orig - found, key=str):
                    print("LOST", name, stem, kind, fact)
                    lost += 1
                for fact in sorted(found - orig, key=str):
                    print("GAIN", name, stem, kind, fact)
                    gained += 1
    print("total lost", lost, "gained", gained)


def main() -> None:
    command, out, sets = sys.argv[1], Path(sys.argv[2]), sys.argv[3:]
    if command == "write":
        for name in sets:
            write(out, name)
    else:
        compare(out, sets)


if __name__ == "__main__":
    main()
