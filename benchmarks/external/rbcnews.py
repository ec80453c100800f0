#!/usr/bin/env python3
"""RBC's news articles (a national Russian daily, summer 2025) -> a real-text yardstick in
Russian for `vigil extract` (set `realnews6-ru`, session 60).

    python benchmarks/external/rbcnews.py --mirror GIT_DIR --out DIR [--part tune|held|all]
                                          [--gold FACTS_DIR] [--annotated]

GIT_DIR is a git mirror of the public repository mewcrow/rbc-news (what the `fetch` tool
returns for github:mewcrow/rbc-news; read at its commit 2ed1b30): a news-reader web app whose
seed database, `docker/postgres/dump.sql` (a PostgreSQL dump), holds 364 articles scraped
from rbc.ru in June-July 2025 in the table `news` (id, page_link_id, slug, title, image,
text, rating, deleted_at, created_at, updated_at), copied as a `COPY public.news ... FROM
stdin;` block of tab-separated rows. RBC writes wire-style national news: detentions of
Russians abroad, arrests of officials and businessmen, verdicts, searches, court rulings on
property, diplomatic protests. Our real Russian sets so far are Telegram posts (realnews,
realnews2, realnews3), a rights monitor's reports (realnews4, realnews5) and heroes' cards,
none a national paper's news. Found in session 60 after a search for real Belarusian news
held as text found none (see docs/extract-ru-be.md, "Session 60 — a new real Belarusian
yardstick (berealsrc)").

Text: `ID.txt` is the article's title, a blank line, then its text (one paragraph as the
dump stores it; COPY's backslash escapes undone). ID is `rbc-` and the row's `id`, so ids do
not depend on the selection. Rows with a `deleted_at` are left out.

Selection (fixed): an article is kept when its text (title included) holds at least two
words of `tgnews_ru.STRONG` (задерж-, арест-, приговор-, осужд-, освобо-, колони-, СИЗО,
лишени- свободы ...) and is at most MAX_CHARS (2,500) characters long, so each can be
annotated whole: 42 of the 364 articles (16 tune / 26 held).

Parts: `--part tune` / `--part held` write one fixed half each, by the first hex digit of the
SHA-1 of the id (`reuters.part_of`: 0-7 tune, 8-f held): rules are found on the tuning half,
the held-out half is only scored, never read for misses.

Gold: FACTS_DIR (default benchmarks/external/realnews6-ru_gold/) holds one `ID.json` per
annotated article with the facts only (persons, events, quotes) in the format of
shared/eval/GUIDELINES.md, never the text; for each written article with such a file the
script writes `ID.gold.json` beside `ID.txt`, so `score.py --gold DIR` scores it.

The articles are RBC's (© RBC; the repository states no licence for them): write them to a
git-ignored folder and never commit them.
"""

from __future__ import annotations

import sys
from pathlib import Path

# the halves and the writer of `reuters.py`, and the justice words of `tgnews_ru.py`
from reuters import converter_args, git, in_part, part_of, write_stories
from tgnews_ru import MIN_HITS, STRONG

DUMP = "docker/postgres/dump.sql"
TABLE = "COPY public.news "
FACTS = Path(__file__).parent / "realnews6-ru_gold"
MAX_CHARS = 2500
ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "\\": "\\", "b": "\b", "f": "\f", "v": "\v"}
__all__ = ["part_of", "read_articles"]  # part_of: the halves, as the tests check them


def unescape(field: str) -> str:
    """One COPY text field with its backslash escapes undone (\\N, SQL NULL, becomes "")."""
    if field == "\\N":
        return ""
    out: list[str] = []
    chars = iter(field)
    for char in chars:
        if char == "\\":
            nxt = next(chars, "")
            out.append(ESCAPES.get(nxt, nxt))
        else:
            out.append(char)
    return "".join(out)


def news_rows(dump: str) -> list[dict[str, str]]:
    """The rows of the `news` table's COPY block as dicts by column name."""
    rows: list[dict[str, str]] = []
    columns: list[str] = []
    for line in dump.splitlines():
        if not columns:
            if line.startswith(TABLE) and line.endswith("FROM stdin;"):
                inside = line[line.index("(") + 1 : line.index(")")]
                columns = [name.strip() for name in inside.split(",")]
            continue
        if line == "\\.":
            break
        rows.append(dict(zip(columns, (unescape(field) for field in line.split("\t")), strict=False)))
    return rows


def read_articles(mirror: Path) -> list[tuple[str, str]]:
    """Every kept article as (id, text), in the dump's order."""
    shown = git(mirror, "cat-file", "-p", f"HEAD:{DUMP}")
    if shown.returncode:
        raise SystemExit(f"rbcnews: {mirror} holds no readable {DUMP}: {shown.stderr.strip()}")
    kept = []
    for row in news_rows(shown.stdout):
        if row.get("deleted_at"):
            continue
        title = " ".join(row.get("title", "").split())
        body = " ".join(row.get("text", "").split())
        text = f"{title}\n\n{body}\n" if title else f"{body}\n"
        if len(STRONG.findall(text)) < MIN_HITS or len(text) > MAX_CHARS:
            continue
        kept.append((f"rbc-{row['id']}", text))
    return kept


def main() -> int:
    args = converter_args(__doc__, "mirror of the mewcrow/rbc-news repository", FACTS, "articles")
    found = read_articles(args.mirror)
    written, gold = write_stories(in_part(found, args.part), args.out, args.gold, args.annotated)
    print(
        f"rbcnews: wrote {written} of {len(found)} articles to {args.out} ({gold} with gold)", file=sys.stderr
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
