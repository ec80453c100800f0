#!/usr/bin/env python3
"""English Wikinews articles of 2019 and 2020 -> a justice-news yardstick of whole articles in
wire style for `vigil extract` (set `wikinews-en`, session 57).

    python benchmarks/external/wikinews.py --mirror GIT_DIR --out DIR [--part tune|held|all]
                                           [--gold FACTS_DIR] [--annotated]

GIT_DIR is a git mirror of the public repository `vanatteveldt/wikinews` (what the `fetch`
tool returns for github:vanatteveldt/wikinews; read at commit 3472541). Its
`data/wikinews_2019.csv` and `data/wikinews_2020.csv` (171 + 124 articles) are CSV files with
the columns `url`, `date`, `title`, `text`: every published article of the year's category on
en.wikinews.org, scraped whole by the repository's R script (the text opens with the dateline,
"Friday, January 4, 2019"; paragraphs are separated by blank lines; pull-quotes are kept as the
"—Name ..." line that attributes them). Wikinews articles are written by volunteers in wire
style and are licensed CC BY 2.5 (Wikinews' own terms; the repository says the same).

Text: the title, a blank line, then each paragraph of the article (the dateline first) on its
own line with a blank line between paragraphs; runs of white space inside a line are joined.
ID is `wn-DATE-HHHHHH`: the article's date and the first six hex digits of the SHA-1 of its
URL, so ids depend neither on the file, nor on the order, nor on the selection.

Selection (fixed): an article is kept when it holds at least two words of STRONG (the list of
`reuters.py`: arrest, detain, detention, custody, jail, prison, imprison, sentence, convict,
freed, pardon, deport, extradite, expel, behind bars and their inflections; whole words, any
case) and its text is at most MAX_CHARS (6,000) characters long, so each article can be
annotated by hand whole (the long interviews and monthly campaign diaries fall out). At commit
3472541 this keeps 41 of the 295 articles.

Parts: `--part tune` / `--part held` write one fixed half each, by the first hex digit of the
SHA-1 of the id (`reuters.part_of`: 0-7 tune, 8-f held); the held-out half is only scored,
never read for misses.

Gold: FACTS_DIR (default benchmarks/external/wikinews-en_gold/) holds one `ID.json` per
annotated article with the facts only (persons, events, counts, terms, quotes with speaker and
opening words; GUIDELINES format), never the text. For each written article with such a file
the script writes `ID.gold.json` beside `ID.txt`.

The texts are Wikinews' (CC BY 2.5, attribution: Wikinews contributors): write them to a
git-ignored folder (`.cache/ext/`) and never commit them.
"""

from __future__ import annotations

import csv
import hashlib
import io
import sys
from pathlib import Path

# the justice list, the halves and the writer of `reuters.py`, as `hrdsattack.py` takes them
from reuters import STRONG, converter_args, git, in_part, write_stories
from reuters import part_of as part_of  # (its halves, as the tests check them)

FILES = ("data/wikinews_2019.csv", "data/wikinews_2020.csv")
MIN_HITS = 2
MAX_CHARS = 6000
DEFAULT_FACTS = Path(__file__).with_name("wikinews-en_gold")


def article_text(title: str, body: str) -> str:
    """The title, a blank line, then the body's paragraphs one a line with blank lines between."""
    paragraphs = [" ".join(line.split()) for line in body.splitlines()]
    return "\n\n".join([" ".join(title.split()), *[p for p in paragraphs if p]]) + "\n"


def article_id(url: str, date: str) -> str:
    """`wn-DATE-HHHHHH`: the date and a fixed hash of the URL, whatever the file or order."""
    return f"wn-{date.strip()}-{hashlib.sha1(url.strip().encode('utf-8')).hexdigest()[:6]}"


def read_articles(mirror: Path) -> list[tuple[str, str]]:
    """Every article of the two files as (id, text), in file order, each id once."""
    csv.field_size_limit(sys.maxsize)
    articles: dict[str, str] = {}
    found = False
    for path in FILES:
        shown = git(mirror, "cat-file", "-p", f"HEAD:{path}")
        if shown.returncode:
            continue
        found = True
        for row in csv.DictReader(io.StringIO(shown.stdout)):
            doc_id = article_id(row.get("url", ""), row.get("date", ""))
            articles.setdefault(doc_id, article_text(row.get("title", ""), row.get("text", "")))
    if not found:
        raise SystemExit(f"wikinews: {mirror} holds none of {', '.join(FILES)} (or is no git directory)")
    return list(articles.items())


def selected(text: str) -> bool:
    """The fixed selection rule: two justice words and a length one can annotate whole."""
    return len(text) <= MAX_CHARS and len(STRONG.findall(text)) >= MIN_HITS


def main() -> int:
    args = converter_args(__doc__, "git mirror of vanatteveldt/wikinews", DEFAULT_FACTS, "articles")
    articles = read_articles(args.mirror)
    kept = [a for a in articles if selected(a[1])]
    written, gold = write_stories(in_part(kept, args.part), args.out, args.gold, args.annotated)
    print(
        f"wikinews: wrote {written} of {len(kept)} selected articles ({len(articles)} in all) "
        f"to {args.out} ({gold} with gold)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
