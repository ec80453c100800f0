#!/usr/bin/env python3
"""ECB+ (English web news of 2005-2013, grouped by topic) -> more whole articles for the
justice-news yardstick that `reuters.py` starts.

    python benchmarks/external/ecbplus.py --mirror GIT_DIR --out DIR [--part tune|held|all]
                                          [--gold FACTS_DIR] [--annotated]

GIT_DIR is a git mirror of a public repository that holds the ECB+ corpus unpacked
(`ECB+/<topic>/<topic>_<n>ecb.xml` and `..._<n>ecbplus.xml`, one token an element with its
sentence number; e.g. what the `fetch` tool returns for github:tommasoc80/EventStoryLine,
whose `ECB+_LREC2014/ECB+/` is the corpus of Cybulska & Vossen, LREC 2014, CC BY 3.0).
ECB+ gathers several reports of the same news event per topic (a courthouse killer's
sentence, a football player's arrest for drunk driving, a Mafia boss's arrest and suicide in
jail, a polygamist leader's trial ...), written by different outlets.

Text: each sentence is detokenised as `reuters.py` does, one a line. The `ecbplus`
documents open with their source's web address run into the headline in one sentence; that
sentence is left out (the address cannot be told from the headline reliably). ID is the file
name without `.xml` (`3_1ecbplus`).

Selection: a document is kept when it holds at least four words of `reuters.STRONG` (the same
fixed justice list) and at most 700 words: ECB+ has many long features that mention a prison
once or twice, and the cap keeps the set one that can be annotated by hand.

Parts: by the SHA-1 of the topic (`topic-3`; first hex digit 0-7 tune, 8-f held), so that
reports of one event never sit in both halves.

Gold: FACTS_DIR (default benchmarks/external/ecbplus_gold/) holds one `ID.json` per
annotated document with the facts only (persons, events, counts, terms; no quotes), never the
text; `ID.gold.json` is written beside `ID.txt` as `reuters.py` does.

The texts belong to their publishers: write them to a git-ignored folder, never commit them.
"""

from __future__ import annotations

import hashlib
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from reuters import STRONG, converter_args, detokenise_story, git, write_stories

MIN_HITS = 4
MAX_WORDS = 700
NAME = re.compile(r"(?:^|/)((\d+)_\d+ecb(?:plus)?)\.xml$")
DEFAULT_FACTS = Path(__file__).with_name("ecbplus_gold")


def find_documents(mirror: Path) -> list[tuple[str, str, str]]:
    """Each ECB+ document in the mirror's newest commit as (id, topic, path)."""
    listing = git(mirror, "ls-tree", "-r", "--name-only", "HEAD")
    if listing.returncode:
        raise SystemExit(f"ecbplus: {mirror} is no readable git directory: {listing.stderr.strip()}")
    found = []
    for path in listing.stdout.splitlines():
        match = NAME.search(path)
        if match:
            found.append((match[1], match[2], path))
    if not found:
        raise SystemExit(f"ecbplus: {mirror} holds no ECB+ document (TOPIC_Necb.xml / TOPIC_Necbplus.xml)")
    return sorted(found, key=lambda row: tuple(int(n) for n in re.findall(r"\d+", row[0])) + (row[0],))


_CURLY = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})
_JOINED = {"-", ":", "'"}
_CLITICS = {"s", "t", "re", "ve", "ll", "d", "m"}
_PENN = {"``": '"', "''": '"'}


def _split_quotes(tokens: list[str]) -> list[str]:
    """Marks that ECB+ left on a word (`"The`, `Chin'`) and its Penn-style quotes made
    separate tokens, so that Moses pairs them."""
    out: list[str] = []
    for token in tokens:
        token = _PENN.get(token, token).translate(_CURLY)
        if len(token) > 1 and token[0] in "'\"" and token[1].isalnum() and token[1:].lower() not in _CLITICS:
            out += [token[0], token[1:]]
        elif len(token) > 1 and token[-1] in "'\"" and token[-2].isalnum():
            out += [token[:-1], token[-1]]
        else:
            out.append(token)
    return out


def _rejoin(tokens: list[str]) -> list[str]:
    """ECB+'s tokeniser split words that Moses cannot join: `35 - year - old`, `1 : 45`,
    `Sheriff ' s` (curly marks, straightened here, as Vigil's reader does)."""
    out: list[str] = []
    for token in _split_quotes(tokens):
        between = len(out) >= 2 and out[-1] in _JOINED and out[-2][-1:].isalnum() and token[:1].isalnum()
        if between and (out[-1] != "'" or token in _CLITICS):
            joint = out.pop()
            out[-1] += joint + token
        else:
            out.append(token)
    return out


def sentences_of(xml_text: str) -> list[list[str]]:
    """The document's tokens by sentence, the web address (and the headline it runs into) left out."""
    sentences: dict[str, list[str]] = {}
    for token in ET.fromstring(xml_text).iter("token"):
        sentences.setdefault(token.get("sentence", ""), []).append(token.text or "")
    return [
        _rejoin(tokens)
        for tokens in sentences.values()
        if tokens and not tokens[0].lower().startswith("http")
    ]


def part_of(topic: str) -> str:
    return "tune" if hashlib.sha1(f"topic-{topic}".encode()).hexdigest()[0] in "01234567" else "held"


def read_stories(mirror: Path, part: str = "all") -> list[tuple[str, str]]:
    """Every kept document of the part as (id, text)."""
    kept = []
    for doc_id, topic, path in find_documents(mirror):
        if part != "all" and part_of(topic) != part:
            continue
        sentences = detokenise_story(sentences_of(git(mirror, "cat-file", "-p", f"HEAD:{path}").stdout))
        if not sentences:
            continue
        text = "\n".join(sentences) + "\n"
        if len(STRONG.findall(text)) >= MIN_HITS and len(text.split()) <= MAX_WORDS:
            kept.append((doc_id, text))
    return kept


def main() -> int:
    args = converter_args(__doc__, "git mirror holding ECB+/<topic>/*.xml", DEFAULT_FACTS, "documents")
    stories = read_stories(args.mirror, args.part)
    written, gold = write_stories(stories, args.out, args.gold, args.annotated)
    print(f"ecbplus: wrote {written} documents to {args.out} ({gold} with gold)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
