#!/usr/bin/env python3
"""CoNLL-2003's Reuters English news (August 1996 - 1997) -> a justice-news yardstick of
whole articles for `vigil extract`.

    python benchmarks/external/reuters.py --mirror GIT_DIR --out DIR [--part tune|held|all]
                                          [--gold FACTS_DIR] [--annotated]

GIT_DIR is a git mirror of a public repository that holds the CoNLL-2003 English files
`eng.train`, `eng.testa` and `eng.testb` anywhere in its newest commit (e.g. what the
`fetch` tool returns for github:imabhivaibhav/NER). Each file is a run of documents opened
by `-DOCSTART-`, one token a line (`token POS chunk NER`), a blank line between sentences.
Each document is one whole Reuters story: headline, optional byline, dateline, body.

Text: every sentence is detokenised (sacremoses' Moses detokeniser, after joining the split
`n't` back to its verb) and written on its own line, the headline first and a blank line
after it, so `ID.txt` reads as the story did (CoNLL keeps no paragraph breaks). ID is
`FILE-NNN`: the file (`train`, `testa`, `testb`) and the document's 1-based position in it,
so ids do not depend on the selection.

Selection: a document is kept when it holds at least two words of STRONG (one fixed list,
whole words, any case): arrest, detain, detention, custody, jail, prison, imprison,
sentence, convict, freed, pardon, deport, extradite, expel, behind bars and their
inflections. The list is narrower than AG News' (no bare free / release / exile), since a
whole article with two such words is nearly always a story about police, courts or prisons;
what is kept still holds other senses ("sentenced" in a football ban, "jail breaker"), which
measure precision. The three files give 86 such stories.

Parts: `--part tune` / `--part held` write one fixed half each, by the first hex digit of
the SHA-1 of the id (0-7 tune, 8-f held), so rules are found on the tuning half and the
held-out half is only scored, never read for misses.

Gold: FACTS_DIR (default benchmarks/external/reuters_gold/) holds one `ID.json` per
annotated story with the facts only — persons (names, aliases), events (type, persons,
count, term_months) — in the format of shared/eval/GUIDELINES.md, never the text. For each
written story with such a file the script writes `ID.gold.json` beside `ID.txt`, so
`score.py --gold DIR` scores it. The facts hold no quotes: only the persons, events, counts
and terms parts of score.py's report mean anything.

The texts belong to Reuters: write them to a git-ignored folder and never commit them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from sacremoses import MosesDetokenizer

FILES = ("eng.train", "eng.testa", "eng.testb")
PARTS = ("tune", "held", "all")
STRONG = re.compile(
    r"\b(?:arrest(?:s|ed|ing)?|detain(?:s|ed|ing|ee|ees)?|detention|custody|"
    r"jail(?:s|ed|ing|er|ers)?|prison(?:s|er|ers)?|imprison(?:s|ed|ing|ment)?|"
    r"sentenc(?:e|es|ed|ing)|convict(?:s|ed|ion|ions)?|freed|pardon(?:s|ed|ing)?|"
    r"deport(?:s|ed|ing|ation|ations|ee|ees)?|extradit(?:e|es|ed|ing|ion)|"
    r"expel(?:s|led|ling)?|behind bars)\b",
    re.IGNORECASE,
)
MIN_HITS = 2
DOCSTART = "-DOCSTART-"
DEFAULT_FACTS = Path(__file__).with_name("reuters_gold")

_detokenizer = MosesDetokenizer(lang="en")


def git(mirror: Path, *args: str, text: bool = True) -> subprocess.CompletedProcess:
    """A git command on the bare mirror (the converters read it, never a work tree); with
    `text=False` its output stays bytes, for a source in an encoding of its own."""
    return subprocess.run(["git", "--git-dir", str(mirror), *args], capture_output=True, text=text)


def find_files(mirror: Path) -> dict[str, str]:
    """Each CoNLL English file's path in the mirror's newest commit, by file name."""
    listing = git(mirror, "ls-tree", "-r", "--name-only", "HEAD")
    if listing.returncode:
        raise SystemExit(f"reuters: {mirror} is no readable git directory: {listing.stderr.strip()}")
    paths: dict[str, str] = {}
    for path in listing.stdout.splitlines():
        name = path.rsplit("/", 1)[-1]
        if name in FILES:
            paths.setdefault(name, path)
    if not paths:
        raise SystemExit(f"reuters: {mirror} holds none of {', '.join(FILES)}")
    return paths


def detokenise(tokens: list[str]) -> str:
    """One sentence as it was printed: Moses' rules, with `do n't` joined first."""
    joined: list[str] = []
    for token in tokens:
        if token.lower() == "n't" and joined:
            joined[-1] += token
        else:
            joined.append(token)
    return _detokenizer.detokenize(joined)


def _reattach_quotes(sentences: list[list[str]]) -> list[list[str]]:
    """CoNLL's splitter leaves a quotation's opening mark at the end of the sentence before
    it (`... he shouted. "` / `That's the truth. "`): move it to the sentence it opens."""
    for this, after in zip(sentences, sentences[1:], strict=False):
        if len(this) > 1 and this[-1] == '"' and this.count('"') % 2:
            after.insert(0, this.pop())
    return sentences


def detokenise_story(sentences: list[list[str]]) -> list[str]:
    """Every sentence of one story, a quotation carried over sentence ends: Moses pairs
    quotation marks within one call, so a sentence that starts inside a quotation is
    detokenised behind a stand-in opening mark, which is then cut."""
    texts = []
    inside = False
    for tokens in _reattach_quotes(sentences):
        if inside:
            texts.append(detokenise(['"', *tokens])[1:].lstrip())
        else:
            texts.append(detokenise(tokens))
        inside ^= tokens.count('"') % 2 == 1
    return texts


def documents(data: str) -> Iterator[list[str]]:
    """Each document of one CoNLL file as its detokenised sentences."""
    sentences: list[list[str]] = []
    tokens: list[str] = []
    started = False
    for line in [*data.splitlines(), ""]:
        fields = line.split()
        if fields and fields[0] == DOCSTART:
            if started:
                yield detokenise_story(sentences)
            started, sentences, tokens = True, [], []
        elif fields:
            tokens.append(fields[0])
        elif tokens:
            sentences.append(tokens)
            tokens = []
    if started:
        yield detokenise_story(sentences)


def story(sentences: list[str]) -> str:
    """The headline, a blank line, then one sentence a line."""
    return "\n".join([sentences[0], "", *sentences[1:]]) + "\n"


def part_of(doc_id: str) -> str:
    return "tune" if hashlib.sha1(doc_id.encode()).hexdigest()[0] in "01234567" else "held"


def read_stories(mirror: Path) -> list[tuple[str, str]]:
    """Every kept story as (id, text), in file order."""
    kept = []
    for name, path in sorted(find_files(mirror).items()):
        data = git(mirror, "cat-file", "-p", f"HEAD:{path}").stdout
        prefix = name.removeprefix("eng.")
        for number, sentences in enumerate(documents(data), start=1):
            if not sentences:
                continue
            text = story(sentences)
            if len(STRONG.findall(text)) >= MIN_HITS:
                kept.append((f"{prefix}-{number:03d}", text))
    return kept


def write_stories(stories: list[tuple[str, str]], out: Path, facts: Path, annotated: bool) -> tuple[int, int]:
    """Write `ID.txt` for each story and `ID.gold.json` beside those with facts: (texts, golds)."""
    out.mkdir(parents=True, exist_ok=True)
    written = gold = 0
    for doc_id, text in stories:
        facts_file = facts / f"{doc_id}.json"
        known = json.loads(facts_file.read_text(encoding="utf-8")) if facts_file.is_file() else None
        if annotated and known is None:
            continue
        (out / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        written += 1
        if known is not None:
            known.setdefault("quotes", [])
            known.setdefault("duplicates_removed", 0)
            gold_text = json.dumps(known, ensure_ascii=False, indent=1)
            (out / f"{doc_id}.gold.json").write_text(gold_text, encoding="utf-8")
            gold += 1
    return written, gold


def converter_args(
    description: str | None,
    mirror_help: str,
    facts: Path | None,
    items: str,
    extra: Callable[[argparse.ArgumentParser], None] | None = None,
) -> argparse.Namespace:
    """The command line of a converter that writes a tuning and a held-out half with gold facts
    (this one and those that take its halves): --mirror, --out, --part, --gold, --annotated,
    and whatever options `extra` adds (a converter of several sets picks its set so)."""
    ap = argparse.ArgumentParser(
        description=description, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--mirror", required=True, type=Path, help=mirror_help)
    ap.add_argument("--out", required=True, type=Path, help="output folder (git-ignored)")
    ap.add_argument("--part", choices=PARTS, default="all", help="the tuning or held-out half, or all")
    ap.add_argument("--gold", type=Path, default=facts, help="folder of ID.json facts")
    ap.add_argument("--annotated", action="store_true", help=f"only {items} that have gold facts")
    if extra is not None:
        extra(ap)
    return ap.parse_args()


def in_part(items: list[tuple[str, str]], part: str) -> list[tuple[str, str]]:
    """The (id, text) items of one half, or all of them."""
    return [item for item in items if part == "all" or part_of(item[0]) == part]


def main() -> int:
    args = converter_args(__doc__, "git mirror holding eng.train/testa/testb", DEFAULT_FACTS, "stories")
    stories = read_stories(args.mirror)
    written, gold = write_stories(in_part(stories, args.part), args.out, args.gold, args.annotated)
    print(
        f"reuters: wrote {written} of {len(stories)} stories to {args.out} ({gold} with gold)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
