#!/usr/bin/env python3
"""Profiles of Russian political prisoners from the "Faces of Russian Resistance" exhibition
(Лица Российского Сопротивления), in Russian and in English -> two real-text yardsticks of
whole profiles for `vigil extract` (sets `heroes-ru` and `heroes-en`).

    python benchmarks/external/heroes.py --mirror GIT_DIR --out DIR --lang ru|en
                                         [--part tune|held|all] [--gold FACTS_DIR] [--annotated]

GIT_DIR is a git mirror of the public repository shichchirtch/Heros_book (what the `fetch`
tool returns for github:shichchirtch/Heros_book; read at its commit 73a3388), the
exhibition's Telegram bot. Its `bot/pagination.py` holds one dict literal, `pagin_dict`:
page number -> (photo id, Russian text, English text, German text), written by the
exhibition's authors. The file is read as data: it is parsed with `ast` and only that dict
literal is evaluated (`ast.literal_eval`), the bot is never imported.

Selection (fixed): the "Faces" index pages (the pages whose first line is "Лица") list each
profile's first page as `/NUMBER`; a profile runs from its first page to the page before the
next profile's first page (the last one to the last page). The pages before the first
profile (the project's own "about", "Russian prison" and index pages) are never read. Every
profile listed is kept; one profile can be of two people (Nuriev and Nasryev).

Text: a profile's pages in one language are joined in page order; HTML tags (`<b>`, `<i>`)
are cut, emoji and other pictographs dropped, runs of blank lines made one. A page that
ends inside a sentence (no closing punctuation) runs on into the next with a space, as the
bot splits pages mid-sentence; other pages are separate paragraphs. The English slot of a
page that is written in German (one page: the bot's authors pasted the German text there)
is left out of the English profile; no page is translated or added. ID is
`LANG-SLUG`, SLUG the surname(s) of the profile's English heading in lower case
(`ru-gorinov`, `en-gorinov`, `ru-nuriev-nasryev`).

Parts: `--part tune` / `--part held` write one fixed half each, by `reuters.part_of` of the
SLUG (the PERSON, not the file), so a person's Russian and English profiles always fall in
the same half: rules are found on the tuning half, the held-out half is only scored, never
read for misses.

Gold: FACTS_DIR (default benchmarks/external/heroes_gold/) holds one `ID.json` per
annotated profile with the facts only (persons, events, quotes) in the format of
shared/eval/GUIDELINES.md, never the text; for each written profile with such a file the
script writes `ID.gold.json` beside `ID.txt`, so `score.py --gold DIR` scores it.

The profiles belong to the exhibition's authors (the repository states no licence): write
them to a git-ignored folder and never commit them.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

# the halves and the writer of `reuters.py`, as the other converters take them
from reuters import converter_args, git, part_of, write_stories

PAGES_FILE = "bot/pagination.py"
PAGES_DICT = "pagin_dict"
LANGS = {"ru": 1, "en": 2}  # the text's place in a page's tuple
DEFAULT_FACTS = Path(__file__).with_name("heroes_gold")

INDEX_HEAD = re.compile(r"^\s*(?:<b>)?\s*Лица\s*(?:</b>)?\s*$", re.MULTILINE)
INDEX_ENTRY = re.compile(r"/(\d+)\s*$", re.MULTILINE)
TAG = re.compile(r"</?\w+[^>]*>")
# pictographs, dingbats, variation selectors and the like: the bot's decoration
EMOJI = re.compile("[\U0001f000-\U0001ffff\u2600-\u27bf\ufe0f\u200d]")
GERMAN = re.compile(r"\b(?:und|der|die|das|nicht|ist|mit|wurde|sich|werden)\b")
ENGLISH = re.compile(r"\b(?:the|and|was|of|to|in|is|with|were)\b")
SENTENCE_END = re.compile(r"[.!?…:;»\"”')]\s*$")


def read_pages(source: str) -> dict[int, tuple[str, ...]]:
    """`pagin_dict` of the bot's source, evaluated as a literal only (nothing is executed)."""
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == PAGES_DICT for t in node.targets):
            return ast.literal_eval(node.value)
    raise SystemExit(f"heroes: {PAGES_FILE} holds no {PAGES_DICT} literal")


def profile_starts(pages: dict[int, tuple[str, ...]]) -> list[int]:
    """The first page of each profile, as the Russian "Faces" index pages list them."""
    starts: set[int] = set()
    for page in pages.values():
        if INDEX_HEAD.search(page[1].split("\n", 1)[0]):
            starts.update(int(n) for n in INDEX_ENTRY.findall(page[1]) if int(n) in pages)
    return sorted(starts)


def clean_page(text: str) -> str:
    """A page as read: tags and emoji cut, line ends kept, runs of blank lines made one."""
    text = EMOJI.sub("", TAG.sub("", text)).replace("\r", "")
    lines = [re.sub(r"[ \t]{2,}", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def is_german(text: str) -> bool:
    """A page's English slot that holds the German text instead."""
    return len(GERMAN.findall(text)) > max(3, len(ENGLISH.findall(text)))


def join_pages(texts: list[str]) -> str:
    """Pages joined: one that stops mid-sentence runs on into the next with a space."""
    out = ""
    for text in (t for t in texts if t):
        if not out:
            out = text
        elif SENTENCE_END.search(out) or text[:1].isupper() and out.endswith("\n"):
            out += "\n\n" + text
        else:
            out += " " + text
    return out + "\n" if out else ""


def slug(heading: str) -> str:
    """The surnames of a profile's English heading: `Alexey Nuriev / Roman Nasryev` -> nuriev-nasryev."""
    names = [line for line in clean_page(heading).split("\n") if line][:4]
    surnames = [line.split()[-1].lower() for line in names if len(line.split()) == 2 and line.istitle()]
    return "-".join(re.sub(r"\W", "", s) for s in surnames) or "profile"


def profiles(pages: dict[int, tuple[str, ...]], lang: str) -> list[tuple[str, str]]:
    """Every profile in one language as (id, text), in page order."""
    starts = profile_starts(pages)
    last = max(pages)
    place = LANGS[lang]
    kept = []
    for first, nxt in zip(starts, [*starts[1:], last + 1], strict=True):
        numbers = [n for n in range(first, nxt) if n in pages]
        texts = [pages[n][place] for n in numbers if not (lang == "en" and is_german(pages[n][place]))]
        text = join_pages([clean_page(t) for t in texts])
        if text:
            kept.append((f"{lang}-{slug(pages[first][LANGS['en']])}", text))
    return kept


def in_person_part(items: list[tuple[str, str]], part: str) -> list[tuple[str, str]]:
    """The items of one half, split by the person's slug (the id after its prefix), so that a
    person's profile and speech always fall in the same half."""
    return [item for item in items if part == "all" or part_of(item[0].split("-", 1)[1]) == part]


def main() -> int:
    sys.argv, lang = _take_lang(sys.argv)
    args = converter_args(__doc__, "git mirror of shichchirtch/Heros_book", DEFAULT_FACTS, "profiles")
    shown = git(args.mirror, "show", f"HEAD:{PAGES_FILE}")
    if shown.returncode:
        raise SystemExit(f"heroes: {args.mirror} holds no readable {PAGES_FILE}: {shown.stderr.strip()}")
    items = profiles(read_pages(shown.stdout), lang)
    chosen = in_person_part(items, args.part)
    written, gold = write_stories(chosen, args.out, args.gold, args.annotated)
    print(
        f"heroes: wrote {written} of {len(items)} {lang} profiles to {args.out} ({gold} with gold)",
        file=sys.stderr,
    )
    return 0


def _take_lang(argv: list[str]) -> tuple[list[str], str]:
    """`--lang ru|en` out of the command line (the rest is the shared converter_args)."""
    if "--lang" not in argv or argv.index("--lang") + 1 >= len(argv):
        raise SystemExit("heroes: --lang ru|en is required")
    at = argv.index("--lang")
    lang = argv[at + 1]
    if lang not in LANGS:
        raise SystemExit(f"heroes: --lang must be one of {', '.join(LANGS)}")
    return argv[:at] + argv[at + 2 :], lang


if __name__ == "__main__":
    sys.exit(main())
