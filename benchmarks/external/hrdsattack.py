#!/usr/bin/env python3
"""HRDsAttack's online news about attacks on human rights defenders (mostly 2019-2022) -> a
justice-news yardstick of whole English articles for `vigil extract` (sets `hrdnews` and,
with `--tier 2` to `8`, `hrdnews2` to `hrdnews8`).

    python benchmarks/external/hrdsattack.py --mirror GIT_DIR --out DIR [--part tune|held|all]
                                             [--tier 1|2|...|8] [--gold FACTS_DIR] [--annotated]

GIT_DIR is a git mirror of the public repository `dataminr-ai/HRDsAttack` (what the `fetch`
tool returns for github:dataminr-ai/HRDsAttack; read at commit e4c5865). Its `data/train.json`,
`data/dev.json` and `data/test.json` are JSON lists of 300 + 100 + 100 annotated articles;
each item's `sample` (a dict, or its Python repr) holds `Input.GLOBALEVENTID` (the article's
GDELT event id), `Input.title`, `Input.publish_date` and `Input.article_interface`, the whole
article body as HTML paragraphs (`<p>...</p>`). The articles were drawn from GDELT by the
dataset's authors (Ran et al., "A New Task and Dataset on Detecting Attacks on Human
Rights Defenders", arXiv:2306.17695, 2023) and come from many publishers worldwide; the
dataset's own labels (perpetrator, violation, victim) are not used here. The repository's
licence is MIT (for the repository; no terms are named for the article texts).

Text: the title, a blank line, then each paragraph on its own line with a blank line between
paragraphs; tags are dropped, entities unescaped, runs of white space joined. ID is
`hrd-GLOBALEVENTID`, so ids depend neither on the file nor on the selection.

Selection (fixed): an article is kept when it holds at least two words of STRONG (the list
of `reuters.py`: arrest, detain, detention, custody, jail, prison, imprison, sentence,
convict, freed, pardon, deport, extradite, expel, behind bars and their inflections; whole
words, any case) and its text (title and body) is at most MAX_CHARS characters long, so each
article can be annotated by hand whole. At commit e4c5865 this keeps 56 of the 500 articles.

Tier 2 (`--tier 2`, set `hrdnews2`, session 56): the same two-justice-word rule for the
longer articles of MAX_CHARS + 1 to TIER2_MAX_CHARS (4,000) characters (91 at commit
e4c5865), of which a fixed subset by id hash is kept so that all could be annotated by hand
in one sitting: those whose SHA-1 of the id ends in a hex digit 0-7 (45 articles; the last
digit is independent of the first, which makes the halves). Its gold defaults to
`benchmarks/external/hrdnews2_gold/`.

Tier 3 (`--tier 3`, set `hrdnews3`, session 57): the other 46 articles of tier 2's band (last
hex digit 8-f). Tier 4 (`--tier 4`, set `hrdnews4`, session 57): the articles of
TIER2_MAX_CHARS + 1 to TIER4_MAX_CHARS (6,000) characters whose last hex digit is 0-4. Their
gold defaults to `hrdnews3_gold/` and `hrdnews4_gold/`. Tiers 5 and 6 (`--tier 5`, `--tier 6`,
sets `hrdnews5` and `hrdnews6`, session 58) are the rest of tier 4's band: last hex digit 5-9
(28 articles at commit e4c5865) and a-f (36); gold in `hrdnews5_gold/` and `hrdnews6_gold/`.
Tiers 7 and 8 (`--tier 7`, `--tier 8`, sets `hrdnews7` and `hrdnews8`, session 59) are the
articles of TIER4_MAX_CHARS + 1 to TIER7_MAX_CHARS (8,000) characters: last hex digit 0-7
(31 articles at commit e4c5865) and 8-f (27); gold in `hrdnews7_gold/` and `hrdnews8_gold/`.

Parts: `--part tune` / `--part held` write one fixed half each, by the first hex digit of the
SHA-1 of the id (0-7 tune, 8-f held); the held-out half is only scored, never read for misses.

Gold: FACTS_DIR (default benchmarks/external/hrdnews_gold/) holds one `ID.json` per annotated
article with the facts only (persons, events, counts, terms; GUIDELINES format), never the
text. For each written article with such a file the script writes `ID.gold.json` beside
`ID.txt`. The facts hold no quotes: only the persons, events, counts and terms parts of
score.py's report mean anything.

The texts belong to their publishers: write them to a git-ignored folder (`.cache/ext/`) and
never commit them.
"""

from __future__ import annotations

import ast
import hashlib
import html
import json
import re
import sys
from pathlib import Path

# the justice list, the halves and the writer of `reuters.py`, as `ecbplus.py` takes them
from reuters import STRONG, converter_args, git, in_part, write_stories
from reuters import part_of as part_of  # (its halves, as the tests check them)

FILES = ("data/train.json", "data/dev.json", "data/test.json")
MIN_HITS = 2
MAX_CHARS = 2200
TIER2_MAX_CHARS = 4000
TIER4_MAX_CHARS = 6000
TIER7_MAX_CHARS = 8000
DEFAULT_FACTS = Path(__file__).with_name("hrdnews_gold")
TIER2_FACTS = Path(__file__).with_name("hrdnews2_gold")
TIER3_FACTS = Path(__file__).with_name("hrdnews3_gold")
TIER4_FACTS = Path(__file__).with_name("hrdnews4_gold")
TIER5_FACTS = Path(__file__).with_name("hrdnews5_gold")
TIER6_FACTS = Path(__file__).with_name("hrdnews6_gold")
TIER7_FACTS = Path(__file__).with_name("hrdnews7_gold")
TIER8_FACTS = Path(__file__).with_name("hrdnews8_gold")
_PARAGRAPH = re.compile(r"<p\b[^>]*>(.*?)</p>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def _clean(fragment: str) -> str:
    """One line of text from an HTML fragment: tags out, entities in, white space joined."""
    return " ".join(html.unescape(_TAG.sub(" ", fragment)).split())


def article_text(title: str, body_html: str) -> str:
    """The title, a blank line, then the paragraphs one a line with blank lines between."""
    paragraphs = [_clean(p) for p in _PARAGRAPH.findall(body_html)] or [_clean(body_html)]
    return "\n\n".join([_clean(title), *[p for p in paragraphs if p]]) + "\n"


def _sample(item: dict) -> dict:
    sample = item.get("sample", item)
    return ast.literal_eval(sample) if isinstance(sample, str) else sample


def read_articles(mirror: Path) -> list[tuple[str, str]]:
    """Every article of the three files as (id, text), in file order, each id once."""
    articles: dict[str, str] = {}
    found = False
    for path in FILES:
        shown = git(mirror, "cat-file", "-p", f"HEAD:{path}")
        if shown.returncode:
            continue
        found = True
        for item in json.loads(shown.stdout):
            sample = _sample(item)
            doc_id = f"hrd-{sample['Input.GLOBALEVENTID']}"
            text = article_text(sample.get("Input.title", ""), sample.get("Input.article_interface", ""))
            articles.setdefault(doc_id, text)
    if not found:
        raise SystemExit(f"hrdsattack: {mirror} holds none of {', '.join(FILES)} (or is no git directory)")
    return list(articles.items())


def selected(text: str) -> bool:
    """The fixed selection rule: two justice words and a length one can annotate whole."""
    return len(text) <= MAX_CHARS and len(STRONG.findall(text)) >= MIN_HITS


def _last_digit(doc_id: str) -> str:
    """The last hex digit of the id's SHA-1: it picks a tier's subset, independent of the
    first digit that picks the half, so neither content nor half chooses what is annotated."""
    return hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[-1]


# tier -> (shortest + 1, longest, last SHA-1 digits kept, facts folder); tier 1 is `selected`
TIERS: dict[int, tuple[int, int, str, Path]] = {
    2: (MAX_CHARS, TIER2_MAX_CHARS, "01234567", TIER2_FACTS),
    3: (MAX_CHARS, TIER2_MAX_CHARS, "89abcdef", TIER3_FACTS),
    4: (TIER2_MAX_CHARS, TIER4_MAX_CHARS, "01234", TIER4_FACTS),
    5: (TIER2_MAX_CHARS, TIER4_MAX_CHARS, "56789", TIER5_FACTS),
    6: (TIER2_MAX_CHARS, TIER4_MAX_CHARS, "abcdef", TIER6_FACTS),
    7: (TIER4_MAX_CHARS, TIER7_MAX_CHARS, "01234567", TIER7_FACTS),
    8: (TIER4_MAX_CHARS, TIER7_MAX_CHARS, "89abcdef", TIER8_FACTS),
}


def selected_tier(tier: int, doc_id: str, text: str) -> bool:
    """A longer tier: two justice words, a length in the tier's band, in the tier's subset."""
    low, high, digits, _facts = TIERS[tier]
    return low < len(text) <= high and len(STRONG.findall(text)) >= MIN_HITS and _last_digit(doc_id) in digits


def _tier() -> int:
    """The `--tier` option, taken off sys.argv before the shared command line reads it."""
    if "--tier" not in sys.argv:
        return 1
    at = sys.argv.index("--tier")
    value = sys.argv[at + 1] if at + 1 < len(sys.argv) else ""
    if not value.isdigit() or int(value) not in (1, *TIERS):
        raise SystemExit(f"hrdsattack: --tier takes one of 1, {', '.join(map(str, TIERS))}")
    del sys.argv[at : at + 2]
    return int(value)


def main() -> int:
    tier = _tier()
    facts = TIERS[tier][3] if tier in TIERS else DEFAULT_FACTS
    args = converter_args(__doc__, "git mirror of dataminr-ai/HRDsAttack", facts, "articles")
    articles = read_articles(args.mirror)
    if tier in TIERS:
        kept = [a for a in articles if selected_tier(tier, *a)]
    else:
        kept = [a for a in articles if selected(a[1])]
    written, gold = write_stories(in_part(kept, args.part), args.out, args.gold, args.annotated)
    print(
        f"hrdsattack: wrote {written} of {len(kept)} selected articles ({len(articles)} in all) "
        f"to {args.out} ({gold} with gold)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
