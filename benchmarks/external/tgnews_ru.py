#!/usr/bin/env python3
"""Russian-language Telegram news posts (2024) -> real-news yardsticks in Russian for
`vigil extract`, with Belarus and Russia court and arrest stories (sets `realnews-ru`, the
short posts, `realnews2-ru`, the long ones, and `realnews3-ru`, the posts those two left out).

    python benchmarks/external/tgnews_ru.py --mirror GIT_DIR --out DIR [--part tune|held|all]
                                            [--band short|long|rest] [--gold FACTS_DIR] [--annotated]

GIT_DIR is a git mirror of the public repository NKTKLN/telegram-news-classifier (what the
`fetch` tool returns for github:NKTKLN/telegram-news-classifier; read at its commit
b8b03f19). Its `data/raw/CHANNEL_messages.json` files hold the posts of Russian-language
news channels (one JSON list a channel: message_id, sender_id, text, date, channel,
category), written by the channels' newsrooms. The source first tried, the state paper
corpus tsimafeip/SB-belarus, holds its `data/sb_articles.db` only as a Git LFS pointer.

Text: a post's Telegram markdown is undone: `**bold**` and `__italic__` marks are cut, a
link `[words](url)` keeps its words, bare URLs and the channel's promotional lines ("Читать
нас без VPN", "Подпишитесь", a bare @channel, "Подробнее — здесь", podcast time codes ...) are dropped, and a
bold first line becomes the headline, followed by a blank line, so `ID.txt` reads as the post
did. ID is `CHANNEL-MESSAGE` (the channel's numeric id from the file name and the post's
message_id), so ids do not depend on the selection.

Selection (fixed): a post is kept when

* it is from the BBC Russian service's channel (`1001003921752`, the one general newsroom
  of the set that reports political trials at length), or it names Belarus (BELARUS:
  Беларусь, белорус-, Минск, Лукашенко, a Belarusian region's centre) in any news channel
  (the programming and science channels are never read);
* its cleaned text holds at least two words of STRONG (whole words, any case): задерж-,
  арест-, приговор-, осужд-/осуждён-, освобо-, депорт-, помилов-, выслан-, выдвор-,
  экстрадир-, СИЗО, колони-, тюрьм-/тюрем-, заключённ-, политзаключ-, за решёткой/у, под
  стражу/стражей, лишени- свободы;
* its cleaned text's length is in the band: `--band short` (the default, set `realnews-ru`)
  at most MAX_CHARS (900) characters, so that each can be annotated by hand, whole;
  `--band long` (set `realnews2-ru`, session 56) 901 to LONG_MAX_CHARS (3,000) characters,
  of which only those whose id's SHA-1 has a decimal digit (0-9) as its SECOND hex digit
  are kept (a fixed subset of 33 of the 54 long posts, so that annotating them by hand fits
  a session; the first digit still picks the half, so the subset does not lean to either);
  `--band rest` (set `realnews3-ru`, session 57) what those two leave out: the long band's
  other posts (second hex digit a-f, 21 posts) and every post of 3,001 to REST_MAX_CHARS
  (6,000) characters (the mirror at b8b03f19 has none: Telegram caps a post at 4,096
  characters and no kept post passes 3,000), so the set is 21 posts;
* its cleaned text is not the same as an earlier kept post's of the band (the channel reposts).

Kept posts hold other senses too ("освобождение" of a region, a sentence "вынес приговор
самому себе"), which measure precision.

Parts: `--part tune` / `--part held` write one fixed half each, by the first hex digit of
the SHA-1 of the id (0-7 tune, 8-f held): rules are found on the tuning half, the held-out
half is only scored, never read for misses.

Gold: FACTS_DIR (default benchmarks/external/realnews-ru_gold/, for `--band long`
benchmarks/external/realnews2-ru_gold/, for `--band rest` benchmarks/external/realnews3-ru_gold/)
holds one `ID.json` per annotated post with the facts only (persons, events, quotes) in the format of
shared/eval/GUIDELINES.md, never the text; for each written post with such a file the
script writes `ID.gold.json` beside `ID.txt`, so `score.py --gold DIR` scores it.

The posts belong to their channels (the repository's data/LICENCE.md is CC BY 4.0 for the
collection): write them to a git-ignored folder and never commit them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

# the halves and the writer of `reuters.py`, as `ecbplus.py` takes them
from reuters import converter_args, git, in_part, write_stories

RAW = "data/raw/"
BBC_RUSSIAN = "1001003921752"
# programming, IT and science channels: no news of courts, never read
NOT_NEWS = {
    "1001000724666",
    "1001032086354",
    "1001039626561",
    "1001044298783",
    "1001138587070",
    "1001465826763",
    "1001966291562",
}
STRONG = re.compile(
    r"\b(?:задерж\w*|арест\w*|приговор\w*|осужд\w*|осуждён\w*|освобо\w*|депорт\w*|помилов\w*|"
    r"выслан\w*|выдвор\w*|экстрадир\w*|сизо|колони\w*|тюрьм\w*|тюрем\w*|заключённ\w*|"
    r"заключенн\w*|политзаключ\w*|за решётк\w*|за решетк\w*|под страж\w*|лишени\w* свободы)\b",
    re.IGNORECASE,
)
BELARUS = re.compile(
    r"\b(?:беларус\w*|белорус\w*|минск\w*|лукашенк\w*|гродн\w*|гомел\w*|витебск\w*|могил[её]в\w*|"
    r"бреста?\b)",
    re.IGNORECASE,
)
MIN_HITS = 2
MAX_CHARS = 900
LONG_MAX_CHARS = 3000
REST_MAX_CHARS = 6000
# the length band of each set: (shortest, longest) cleaned text kept
BANDS = {
    "short": (1, MAX_CHARS),
    "long": (MAX_CHARS + 1, LONG_MAX_CHARS),
    "rest": (MAX_CHARS + 1, REST_MAX_CHARS),
}
DEFAULT_FACTS = Path(__file__).with_name("realnews-ru_gold")
BAND_FACTS = {
    "short": DEFAULT_FACTS,
    "long": Path(__file__).with_name("realnews2-ru_gold"),
    "rest": Path(__file__).with_name("realnews3-ru_gold"),
}

LINK = re.compile(r"\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)")
URL = re.compile(r"(?:https?://|www\.|bit\.ly/|bbc\.in/|t\.me/)\S*|(?<![\w.])@\w+", re.IGNORECASE)
MARKS = re.compile(r"\*\*|__")
PROMO = re.compile(
    r"читать нас без vpn|подпишитесь|подписывайтесь|подписывайся|подписаться|подробнее\s*[—-]|"
    r"нас можно слушать|слушайте подкаст|"
    r"на нашем сайте|на странице в|на вашей любимой|по этой ссылке|^\s*\d{1,2}:\d{2}\b|"
    r"#\w+\s*$|^\W*$",
    re.IGNORECASE,
)


def channel_files(mirror: Path) -> dict[str, str]:
    """Each channel's numeric id -> its messages file in the mirror's newest commit."""
    listing = git(mirror, "ls-tree", "-r", "--name-only", "HEAD")
    if listing.returncode:
        raise SystemExit(f"tgnews_ru: {mirror} is no readable git directory: {listing.stderr.strip()}")
    files = {}
    for path in listing.stdout.splitlines():
        name = path.removeprefix(RAW)
        if path.startswith(RAW) and name.endswith("_messages.json") and "/" not in name:
            files[name.removesuffix("_messages.json")] = path
    if not files:
        raise SystemExit(f"tgnews_ru: {mirror} holds no {RAW}*_messages.json")
    return files


def clean(text: str) -> str:
    """A post as read: markdown and links undone, promotional lines and URLs dropped, a bold
    first line set apart as the headline."""
    lines = text.replace("\r", "").split("\n")
    headline = bool(lines) and lines[0].lstrip().startswith("**")
    kept: list[str] = []
    for line in lines:
        line = URL.sub("", MARKS.sub("", LINK.sub(r"\1", line))).strip()
        if not line or PROMO.search(line):
            continue
        kept.append(re.sub(r"\s{2,}", " ", line))
    if headline and len(kept) > 1:
        return "\n".join([kept[0], "", *kept[1:]]) + "\n"
    return "\n".join(kept) + "\n" if kept else ""


def keep(channel: str, text: str, band: str = "short") -> bool:
    """The fixed selection rule (see the docstring), for the posts of one length band."""
    if channel in NOT_NEWS:
        return False
    if channel != BBC_RUSSIAN and not BELARUS.search(text):
        return False
    low, high = BANDS[band]
    return len(STRONG.findall(text)) >= MIN_HITS and low <= len(text) <= high


def in_subset(doc_id: str, band: str, length: int = 0) -> bool:
    """The long band's fixed subset: the SECOND hex digit of the id's SHA-1 is 0-9 (the first
    picks the half), so which long posts are annotated does not depend on their content; the
    rest band takes the long band's other posts (a-f) and every longer one."""
    second_is_digit = hashlib.sha1(doc_id.encode()).hexdigest()[1] in "0123456789"
    if band == "long":
        return second_is_digit
    if band == "rest":
        return length > LONG_MAX_CHARS or not second_is_digit
    return True


def channel_posts(mirror: Path) -> Iterator[tuple[str, str, str]]:
    """Every post of every channel as (channel, CHANNEL-MESSAGE id, cleaned text), by channel id
    then message id."""
    for channel, path in sorted(channel_files(mirror).items()):
        data = git(mirror, "cat-file", "-p", f"HEAD:{path}").stdout
        messages = json.loads(data) if data.strip() else []
        for message in sorted(messages, key=lambda m: int(m.get("message_id", 0))):
            yield channel, f"{channel}-{message['message_id']}", clean(message.get("text") or "")


def read_posts(mirror: Path, band: str = "short") -> list[tuple[str, str]]:
    """Every kept post of the band as (id, cleaned text), by channel id then message id."""
    kept, seen = [], set()
    for channel, doc_id, text in channel_posts(mirror):
        if text and text not in seen and keep(channel, text, band) and in_subset(doc_id, band, len(text)):
            seen.add(text)
            kept.append((doc_id, text))
    return kept


def _band_option(ap: argparse.ArgumentParser) -> None:
    ap.add_argument(
        "--band", choices=sorted(BANDS), default="short", help="short posts, long ones or the rest"
    )


def main() -> int:
    args = converter_args(__doc__, "mirror of the Telegram posts repository", None, "posts", _band_option)
    posts = read_posts(args.mirror, args.band)
    args.gold = args.gold or BAND_FACTS[args.band]
    written, gold = write_stories(in_part(posts, args.part), args.out, args.gold, args.annotated)
    print(
        f"tgnews_ru: wrote {written} of {len(posts)} posts to {args.out} ({gold} with gold)", file=sys.stderr
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
