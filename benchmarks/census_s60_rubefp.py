#!/usr/bin/env python3
"""Real Russian news that no yardstick selects, for a census of false facts (session 60, rubefp).

    python benchmarks/census_s60_rubefp.py --mirror GIT_DIR --out DIR

GIT_DIR is the git mirror of NKTKLN/telegram-news-classifier that `external/tgnews_ru.py` reads.
Selection (fixed): the posts of its news channels that `tgnews_ru.py` never takes — not the BBC
Russian service's channel and naming no Belarusian word (`tgnews_ru.BELARUS`) — with at least
MIN_HITS words of `tgnews_ru.STRONG` (arrests, verdicts, releases, colonies ...) and at most
MAX_CHARS characters, once each (reposts dropped). At b8b03f19 that is 442 posts: arrests of
officials and celebrities, crime news, escapes, exchanges, pardons abroad.

No gold: the census runs `vigil extract` on DIR and a reader judges every predicted event, count,
term and quote under GUIDELINES (false facts only; precision, never recall). No set of
`score_sets.py` uses these posts, so rules found on them are measured on the read sets and the
real tuning halves as any other.

The posts belong to their channels: DIR must be git-ignored (`.cache/ext/...`); never commit them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).with_name("external")))

import tgnews_ru  # noqa: E402  (the converter's reading and cleaning of the posts)

MIN_HITS = 2
MAX_CHARS = 3000


def unselected_posts(mirror: Path) -> list[tuple[str, str]]:
    """Every post the census takes, as (CHANNEL-MESSAGE id, cleaned text), by channel then id."""
    kept, seen = [], set()
    for channel, doc_id, text in tgnews_ru.channel_posts(mirror):
        if channel in tgnews_ru.NOT_NEWS or channel == tgnews_ru.BBC_RUSSIAN:
            continue
        if not text or text in seen or tgnews_ru.BELARUS.search(text):
            continue
        if len(tgnews_ru.STRONG.findall(text)) < MIN_HITS or len(text) > MAX_CHARS:
            continue
        seen.add(text)
        kept.append((doc_id, text))
    return kept


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mirror", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    posts = unselected_posts(args.mirror)
    for doc_id, text in posts:
        (args.out / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    print(f"census_s60_rubefp: {len(posts)} posts -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
