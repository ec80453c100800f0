#!/usr/bin/env python3
"""BBC News website articles of 2004-2005 (the "BBC" dataset of Greene and Cunningham) -> a
justice-news yardstick of whole articles from a national broadcaster for `vigil extract`
(set `realnews-en`, session 60).

    python benchmarks/external/bbcnews.py --mirror GIT_DIR --out DIR [--part tune|held|all]
                                          [--gold FACTS_DIR] [--annotated]

GIT_DIR is a git mirror of the public repository `DokahlSoZoor/DieNeueKrone` (what the `fetch`
tool returns for github:DokahlSoZoor/DieNeueKrone, a git directory `repo/.git`, which the
script also takes as its parent `repo`; read at commit 4abe2d2). Its `data/bbc/` is the whole
raw BBC dataset of D. Greene and P. Cunningham ("Practical Solutions to the Problem of
Diagonal Dominance in Kernel Document Clustering", ICML 2006; http://mlg.ucd.ie/datasets/
bbc.html): 2,225 articles of the BBC News website, one plain-text file each under
`data/bbc/CATEGORY/NNN.txt` (business, entertainment, politics, sport, tech), the headline on
the first line, then the paragraphs separated by blank lines. The files are Latin-1 (the pound
sign); a file that is valid UTF-8 is read as such. The dataset's README says: "All rights,
including copyright, in the content of the original articles are owned by the BBC"; the
repository names no licence. The category labels are not used.

Text: the headline, a blank line, then each paragraph on its own line with a blank line between
paragraphs; runs of white space inside a line are joined. ID is `bbc-CATEGORY-NNN` (the file's
folder and number), so ids depend neither on the order nor on the selection. The dataset
holds some articles twice under two numbers; a text that repeats an earlier one (in path
order) is read only under its first id, so no article is scored twice.

Selection (fixed): an article is kept when it holds at least MIN_HITS (3) words of STRONG (the
list of `reuters.py`: arrest, detain, detention, custody, jail, prison, imprison, sentence,
convict, freed, pardon, deport, extradite, expel, behind bars and their inflections; whole
words, any case) and its text is at most MAX_CHARS (2,800) characters long, so each article
can be annotated by hand whole. Three words, not the two of the other converters: BBC's
politics desk of 2004-2005 uses "detention" and "custody" in policy stories (the Belmarsh
detainees, child custody) that two words let in by the dozen. At commit 4abe2d2 this keeps 37
of the 2,225 articles (2,127 once repeated texts are read once): business 10, entertainment
9, politics 15, tech 3; no sport article has three.

Parts: `--part tune` / `--part held` write one fixed half each, by the first hex digit of the
SHA-1 of the id (`reuters.part_of`: 0-7 tune, 8-f held); the held-out half is only scored,
never read for misses.

Gold: FACTS_DIR (default benchmarks/external/realnews-en_gold/) holds one `ID.json` per
annotated article with the facts only (persons, events, counts, terms, quotes with speaker and
opening words; GUIDELINES format), never the text. For each written article with such a file
the script writes `ID.gold.json` beside `ID.txt`.

The texts belong to the BBC: write them to a git-ignored folder (`.cache/ext/`) and never
commit them.
"""

from __future__ import annotations

import sys
from pathlib import Path

# the justice list, the halves and the writer of `reuters.py`, as `wikinews.py` takes them
from reuters import STRONG, converter_args, git, in_part, write_stories
from reuters import part_of as part_of  # (its halves, as the tests check them)

FOLDER = "data/bbc/"
MIN_HITS = 3
MAX_CHARS = 2800
DEFAULT_FACTS = Path(__file__).with_name("realnews-en_gold")


def git_dir(mirror: Path) -> Path:
    """The git directory: the mirror itself, or its `.git` when `fetch` left a clone."""
    return mirror / ".git" if (mirror / ".git").is_dir() else mirror


def decode(raw: bytes) -> str:
    """UTF-8 when the bytes are valid UTF-8, else Latin-1 (the dataset's own encoding)."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def article_text(raw: str) -> str:
    """The headline, a blank line, then the paragraphs one a line with blank lines between."""
    lines = [" ".join(line.split()) for line in raw.splitlines()]
    return "\n\n".join(line for line in lines if line) + "\n"


def article_id(path: str) -> str | None:
    """`bbc-CATEGORY-NNN` for `data/bbc/CATEGORY/NNN.txt`, None for any other file."""
    parts = path.removeprefix(FOLDER).split("/")
    if not path.startswith(FOLDER) or len(parts) != 2 or not parts[1].endswith(".txt"):
        return None
    number = parts[1].removesuffix(".txt")
    return f"bbc-{parts[0]}-{number}" if number.isdigit() else None


def read_articles(mirror: Path) -> list[tuple[str, str]]:
    """Every article of the dataset as (id, text), in path order; a text that repeats an earlier
    one (the dataset holds some articles twice, under two numbers) only under its first id."""
    where = git_dir(mirror)
    listing = git(where, "ls-tree", "-r", "--name-only", "HEAD", FOLDER)
    paths = [(article_id(p), p) for p in listing.stdout.splitlines()] if not listing.returncode else []
    paths = [(doc_id, p) for doc_id, p in paths if doc_id]
    if not paths:
        raise SystemExit(f"bbcnews: {mirror} holds no {FOLDER}CATEGORY/NNN.txt (or is no git directory)")
    articles: dict[str, str] = {}
    for doc_id, path in sorted(paths):
        raw = git(where, "cat-file", "-p", f"HEAD:{path}", text=False).stdout
        articles.setdefault(article_text(decode(raw)), doc_id)
    return [(doc_id, text) for text, doc_id in articles.items()]


def selected(text: str) -> bool:
    """The fixed selection rule: three justice words and a length one can annotate whole."""
    return len(text) <= MAX_CHARS and len(STRONG.findall(text)) >= MIN_HITS


def main() -> int:
    args = converter_args(__doc__, "git mirror of DokahlSoZoor/DieNeueKrone", DEFAULT_FACTS, "articles")
    articles = read_articles(args.mirror)
    kept = [a for a in articles if selected(a[1])]
    written, gold = write_stories(in_part(kept, args.part), args.out, args.gold, args.annotated)
    print(
        f"bbcnews: wrote {written} of {len(kept)} selected articles ({len(articles)} in all) "
        f"to {args.out} ({gold} with gold)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
