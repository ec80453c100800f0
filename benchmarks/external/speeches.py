#!/usr/bin/env python3
"""Court speeches ("последнее слово", the defendant's last word) of Russian political
prisoners, in Russian -> a real-text yardstick of mostly first-person text for
`vigil extract` (set `speeches-ru`).

    python benchmarks/external/speeches.py --mirror GIT_DIR --out DIR
                                           [--part tune|held|all] [--gold FACTS_DIR] [--annotated]

GIT_DIR is a git mirror of the public repository shichchirtch/Heros_book (the same
repository as `heroes.py`, read at its commit 73a3388), the "Faces of Russian Resistance"
exhibition's Telegram bot. Its `bot/last_words.py` holds one dict literal per speaker
(`kriger = {201: (photo id, Russian text), ...}`) and `dict_collection`, speaker key -> dict.
The file is read as data: it is parsed with `ast` and only those dict literals are
evaluated (`ast.literal_eval`), the bot is never imported.

Selection (fixed): every speaker of `dict_collection` (20 speeches; all are kept, there are
fewer than the 30-45 a set would take). A speech's pages are joined in page order and
cleaned as `heroes.py` cleans profile pages (its `clean_page` and `join_pages`: tags and
emoji cut, so the decorative first page is empty and dropped; a page that stops
mid-sentence runs on). Nine speeches open with the bot's own short biography (name in
bold, occupation, article, term, a few paragraphs of the case); it is kept, it is part of
the page as published.

Cut (fixed): whole paragraphs from the start while the text stays within 4,000
characters (the first paragraph is always kept); nothing else is dropped or reordered.

The speaker: a speech is mostly first person ("меня задержали") and the bot's pages name
the speaker only in its menus, not in most speeches. Under GUIDELINES an event needs a
named person, so each text opens with a title line the converter writes,
`NAME. Последнее слово`, NAME the speaker's name as the bot spells it in its headings and
profiles (`SPEAKERS`; one speaker, Simonov, has only a surname in the bot). The speaker
therefore counts as named in every text, and the gold holds the speaker's events that the
speech states as fact in the first person ("я провёл год в СИЗО"), as for any named
person; wishes, fears, the prosecutor's request and the coming verdict are not events.

ID is `ru-SLUG`, SLUG the speaker's slug in `heroes.py` (the bot's keys `kriger`,
`kara_murza`, `skolichenko` are the profiles' `krieger`, `karamurza`, `skochilenko`).

Parts: `--part tune` / `--part held` write one fixed half each, by `reuters.part_of` of
the SLUG, as `heroes.py` splits the profiles: a person's profile and speech fall in the
same half, so the held half's people are never read through the tuning half.

Gold: FACTS_DIR (default benchmarks/external/speeches_gold/) holds one `ID.json` per
annotated speech with the facts only (persons, events, quotes) in the format of
shared/eval/GUIDELINES.md, never the text; for each written speech with such a file the
script writes `ID.gold.json` beside `ID.txt`.

The speeches were published by the exhibition's authors (the repository states no
licence): write them to a git-ignored folder and never commit them.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

# the page cleaning of the profiles' converter, and the halves and writer of `reuters.py`
from heroes import clean_page, in_person_part, join_pages
from reuters import converter_args, git, write_stories
from reuters import part_of as part_of  # (its halves, as the tests check them)

SPEECHES_FILE = "bot/last_words.py"
COLLECTION = "dict_collection"
DEFAULT_FACTS = Path(__file__).with_name("speeches_gold")
LIMIT = 4000  # characters of whole paragraphs kept from a speech's start

# bot key -> (slug of the person in heroes.py, the name the title line gives)
SPEAKERS = {
    "kriger": ("krieger", "Михаил Кригер"),
    "gorinov": ("gorinov", "Алексей Горинов"),
    "kara_murza": ("karamurza", "Владимир Кара-Мурза"),
    "yashin": ("yashin", "Илья Яшин"),
    "navalny": ("navalny", "Алексей Навальный"),
    "pivovarov": ("pivovarov", "Андрей Пивоваров"),
    "skolichenko": ("skochilenko", "Александра Скочиленко"),
    "moskalev": ("moskalev", "Алексей Москалёв"),
    "simonov": ("simonov", "Симонов"),
    "ivanov": ("ivanov", "Дмитрий Иванов"),
    "afanasyev": ("afanasyev", "Михаил Афанасьев"),
    "gutnikova": ("gutnikova", "Алла Гутникова"),
    "uvarov": ("uvarov", "Никита Уваров"),
    "kamardin": ("kamardin", "Артём Камардин"),
    "petrova": ("petrova", "Виктория Петрова"),
    "orlov": ("orlov", "Олег Орлов"),
    "chanysheva": ("chanysheva", "Лилия Чанышева"),
    "galyamina": ("galyamina", "Юлия Галямина"),
    "baryshnikov": ("baryshnikov", "Игорь Барышников"),
    "ponomarenko": ("ponomarenko", "Мария Пономаренко"),
}


def read_speeches(source: str) -> dict[str, dict[int, tuple[str, ...]]]:
    """Speaker key -> pages, the dict literals `dict_collection` names (nothing is executed)."""
    literals: dict[str, ast.expr] = {}
    keys: list[tuple[str, str]] = []
    for node in ast.parse(source).body:
        if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict)):
            continue
        for target in node.targets:
            if getattr(target, "id", None) == COLLECTION:
                keys = [
                    (ast.literal_eval(k), v.id)
                    for k, v in zip(node.value.keys, node.value.values, strict=True)
                ]
            elif isinstance(target, ast.Name):
                literals[target.id] = node.value
    if not keys:
        raise SystemExit(f"speeches: {SPEECHES_FILE} holds no {COLLECTION}")
    return {key: ast.literal_eval(literals[name]) for key, name in keys if name in literals}


def cut(text: str, limit: int = LIMIT) -> str:
    """Whole paragraphs from the start within `limit` characters (the first always kept)."""
    kept: list[str] = []
    for paragraph in text.strip().split("\n\n"):
        if kept and len("\n\n".join([*kept, paragraph])) > limit:
            break
        kept.append(paragraph)
    return "\n\n".join(kept) + "\n"


def speeches(collection: dict[str, dict[int, tuple[str, ...]]]) -> list[tuple[str, str]]:
    """Every known speaker's speech as (id, text): title line, then the cut speech."""
    kept = []
    for key, pages in collection.items():
        if key not in SPEAKERS:
            continue
        slug, name = SPEAKERS[key]
        body = join_pages([clean_page(pages[n][1]) for n in sorted(pages) if len(pages[n]) > 1])
        if body:
            kept.append((f"ru-{slug}", f"{name}. Последнее слово\n\n" + cut(body)))
    return kept


def main() -> int:
    args = converter_args(__doc__, "git mirror of shichchirtch/Heros_book", DEFAULT_FACTS, "speeches")
    shown = git(args.mirror, "show", f"HEAD:{SPEECHES_FILE}")
    if shown.returncode:
        raise SystemExit(f"speeches: {args.mirror} holds no readable {SPEECHES_FILE}: {shown.stderr.strip()}")
    items = speeches(read_speeches(shown.stdout))
    chosen = in_person_part(items, args.part)
    written, gold = write_stories(chosen, args.out, args.gold, args.annotated)
    print(
        f"speeches: wrote {written} of {len(items)} speeches to {args.out} ({gold} with gold)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
