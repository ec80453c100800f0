#!/usr/bin/env python3
"""OVD-Info's reports on political repression in Russia -> real-text yardsticks in Russian
for `vigil extract`, written by a rights monitor (sets `realnews4-ru` and `realnews5-ru`,
session 59).

    python benchmarks/external/ovdreports.py --mirror GIT_DIR --out DIR [--part tune|held|all]
                                             [--report cr|trials] [--gold FACTS_DIR] [--annotated]

GIT_DIR is a git mirror of the public repository ovdinfo/reports (what the `fetch` tool
returns for github:ovdinfo/reports; read at its commit f67b0c6). It holds the web editions
of OVD-Info's reports; each report's `content.json` is a Substance document: `nodes` maps a
node id to a node (`heading`, `text`, `list_item`, `figure` ...), and `nodes.content.nodes`
lists the ids in reading order. This converter reads one report, chosen by `--report`
(REPORTS):

* `cr` (the default; set `realnews4-ru`, ids `ovdcr-`): `2014/cr-report/content.json`,
  «Политические репрессии в России в 2011—2014 годах: уголовные преследования»: case by case
  accounts of searches, arrests, trials, sentences and releases of named activists,
  journalists and protesters, with running statistics (which measure precision on counts).
* `trials` (set `realnews5-ru`, ids `ovdtr-`, helper ovd2): `2014/20-2-trials/content.json`,
  the report on court practice under article 20.2 КоАП (breaking the rules of public
  assemblies) drawn from the cases of the protesters detained in Moscow on 21 and 24
  February and 2 March 2014 (the Bolotnaya verdict): mass detentions with approximate counts,
  named detainees' administrative trials, fines and appeals, detainees' own words, and
  passages quoting the law (which should yield nothing). Chosen over the other reports of the
  repository after a look at them: `2014/ej-report` keeps 5 passages, `2014/adm-report` 19
  mostly without names, `2015/20_2-report` 37 of legal analysis, and the `_posts/` Markdown
  reports of 2012-2013 are quarterly statistics of detentions; `trials` keeps 29 passages,
  all of them in the set (no subset needed). Other sources tried: the Meduza articles of
sysblok/corpus_golunov_articles (CC BY 4.0) are investigations of 4,000-54,000 characters
with few justice stories; dmblit/ovdinfo (a copy of ovdinfo.org pages) holds three articles and
loads its news chronicle by script, so the pages hold no news text.

Text (passages): a report is too long to annotate whole, so it is cut into PASSAGES. Its
`text` and `list_item` nodes (figures, their captions and embedded pages are left out) are
read in order; a `heading` starts a new section; within a section, paragraphs are joined
in order into one passage until the next would pass MAX_CHARS (1,500) characters (a longer
single paragraph is a passage of its own). `ID.txt` is the section's heading, a blank line,
then the passage's paragraphs separated by blank lines. ID is the report's prefix (`ovdcr-`,
`ovdtr-`) and the first eight characters of the hash part of the passage's first node id
(`list_item_0a1b…` -> `0a1b…`; Substance ids are fixed hashes, and a node named without a
hash, `text1`, keeps its name), so ids do not depend on the selection.

Selection (fixed): a passage is kept when its paragraphs hold at least two words of
`tgnews_ru.STRONG` (задерж-, арест-, приговор-, осужд-, освобо-, колони-, СИЗО, лишени-
свободы ...). Passages cut out of a longer text sometimes name a person by surname alone
(the full name stood in an earlier passage): that is what the passage says, and the gold
follows it.

Parts: `--part tune` / `--part held` write one fixed half each, by the first hex digit of
the SHA-1 of the id (`reuters.part_of`: 0-7 tune, 8-f held): rules are found on the tuning
half, the held-out half is only scored, never read for misses.

Gold: FACTS_DIR (default the report's: benchmarks/external/realnews4-ru_gold/ for `cr`,
benchmarks/external/realnews5-ru_gold/ for `trials`) holds one `ID.json` per
annotated passage with the facts only (persons, events, quotes) in the format of
shared/eval/GUIDELINES.md, never the text; for each written passage with such a file the
script writes `ID.gold.json` beside `ID.txt`, so `score.py --gold DIR` scores it.

The reports are OVD-Info's, published under the Creative Commons Attribution 3.0 Unported
licence (the footer of each report's index.html): write the passages to a git-ignored folder
and never commit them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import NamedTuple

# the halves and the writer of `reuters.py`, and the justice words of `tgnews_ru.py`
from reuters import converter_args, git, in_part, part_of, write_stories
from tgnews_ru import MIN_HITS, STRONG


class Report(NamedTuple):
    """One report of the repository: its file, the prefix of its ids, its gold folder."""

    path: str
    prefix: str
    facts: Path


HERE = Path(__file__).parent
REPORTS = {
    "cr": Report("2014/cr-report/content.json", "ovdcr", HERE / "realnews4-ru_gold"),
    "trials": Report("2014/20-2-trials/content.json", "ovdtr", HERE / "realnews5-ru_gold"),
}
DEFAULT_REPORT = "cr"
REPORT = REPORTS[DEFAULT_REPORT].path
MAX_CHARS = 1500
PARAGRAPH_TYPES = {"text", "list_item"}
__all__ = ["part_of", "read_passages"]  # part_of: the halves, as the tests check them


def report_nodes(mirror: Path, report: str = REPORT) -> tuple[dict, list[str]]:
    """The report's nodes by id and the ids of its content in reading order."""
    shown = git(mirror, "cat-file", "-p", f"HEAD:{report}")
    if shown.returncode:
        raise SystemExit(f"ovdreports: {mirror} holds no readable {report}: {shown.stderr.strip()}")
    nodes = json.loads(shown.stdout)["nodes"]
    return nodes, list(nodes["content"]["nodes"])


def sections(nodes: dict, order: list[str]) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each section as (heading, [(node id, paragraph)]), in reading order; the text before
    the first heading is a section with an empty heading."""
    found: list[tuple[str, list[tuple[str, str]]]] = [("", [])]
    for node_id in order:
        node = nodes.get(node_id) or {}
        content = " ".join(str(node.get("content") or "").split())
        if node.get("type") == "heading":
            found.append((content, []))
        elif node.get("type") in PARAGRAPH_TYPES and content:
            found[-1][1].append((node_id, content))
    return [section for section in found if section[1]]


def passages(paragraphs: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    """One section's paragraphs joined in order into passages of at most MAX_CHARS
    characters (a longer paragraph stands alone)."""
    cut: list[list[tuple[str, str]]] = []
    size = 0
    for node_id, text in paragraphs:
        if cut and cut[-1] and size + len(text) <= MAX_CHARS:
            cut[-1].append((node_id, text))
            size += len(text)
        else:
            cut.append([(node_id, text)])
            size = len(text)
    return cut


def node_key(node_id: str) -> str:
    """A node id's hash part, eight characters («list_item_0a1b…» -> «0a1b…»): the type prefix
    would make ids of passages that open with the same node type collide."""
    return node_id.rsplit("_", 1)[-1][:8]


def read_passages(mirror: Path, report: str = DEFAULT_REPORT) -> list[tuple[str, str]]:
    """Every kept passage of one report of REPORTS as (id, text), in reading order."""
    path, prefix, _ = REPORTS[report]
    nodes, order = report_nodes(mirror, path)
    kept = []
    for heading, paragraphs in sections(nodes, order):
        for passage in passages(paragraphs):
            body = "\n\n".join(text for _, text in passage)
            if len(STRONG.findall(body)) < MIN_HITS:
                continue
            text = f"{heading}\n\n{body}\n" if heading else f"{body}\n"
            kept.append((f"{prefix}-{node_key(passage[0][0])}", text))
    return kept


def report_option(ap: argparse.ArgumentParser) -> None:
    """--report: which report of the repository makes the set (the default keeps `realnews4-ru`)."""
    ap.add_argument("--report", choices=sorted(REPORTS), default=DEFAULT_REPORT, help="which report")


def main() -> int:
    mirror_help = "mirror of the ovdinfo/reports repository"
    args = converter_args(__doc__, mirror_help, None, "passages", report_option)
    if args.gold is None:  # each report's own gold folder unless one is named
        args.gold = REPORTS[args.report].facts
    found = read_passages(args.mirror, args.report)
    written, gold = write_stories(in_part(found, args.part), args.out, args.gold, args.annotated)
    print(
        f"ovdreports: wrote {written} of {len(found)} passages to {args.out} ({gold} with gold)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
