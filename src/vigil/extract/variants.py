"""One person, one entry: the persons of one article whose names are spellings of one name.

An article may write "Alexei Navalny" and "Aleksei Navalny", "Yauhen Karpovich" and "Yevgeny
Karpovich", or "Robert Jenkins" after "Charles Robert Jenkins". Each language's rules find persons
by their own spelling tests; this pass then joins those the registry's name matcher
(`vigil.names.compare`) calls one person, so extraction and linking judge names alike. Relatives
stay apart: two full names with different given names never meet, and a lone name joins a full
name only when exactly one full name can own it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from vigil.extract.findings import Person
from vigil.names.compare import compare_names
from vigil.names.given import given_status
from vigil.names.keys import surname_keys
from vigil.names.parse import generation_of
from vigil.names.translit import latin_key

__all__ = ["CHINESE_GIVEN", "merge_variants"]


def merge_variants(persons: list[Person]) -> dict[int, Person]:
    """Join the persons that are one person under several spellings, in place.

    Returns `id(absorbed) -> kept` so a caller can re-point its token maps. Candidates are found
    through `surname_keys` (the sound skeleton of the last word, the surname as every language's
    rules write a name) and the first word, so only persons that share a key are compared, never
    every pair of the article.
    """
    if len(persons) < 2:
        return {}
    order = sorted(persons, key=lambda p: min(p.mentions, default=(0, 0)))
    groups: list[list[Person]] = []
    by_key: dict[str, list[int]] = {}
    both = _head_and_tail(persons)
    for person in (p for p in order if len(p.tokens) > 1):
        keys = surname_keys(_surname(person)) | {f"g:{latin_key(person.tokens[0])}"}
        near = sorted({g for key in keys for g in by_key.get(key, ())} | set(_tails(person, groups)))
        fits = [g for g in near if all(_same(person, other, both) for other in groups[g])]
        if len(fits) == 1:
            groups[fits[0]].append(person)
            index = fits[0]
        else:
            groups.append([person])
            index = len(groups) - 1
        for key in keys:
            by_key.setdefault(key, []).append(index)
    for person in (p for p in order if len(p.tokens) == 1):
        owners = _owners(person, groups, by_key)
        if len(owners) == 1:
            groups[owners[0]].append(person)
    absorbed: dict[int, Person] = {}
    for group in groups:
        if len(group) > 1:
            _join(group, persons, absorbed)
    return absorbed


def _same(a: Person, b: Person, both: frozenset[tuple[str, ...]] = frozenset()) -> bool:
    """Two full names of one person: the name matcher says so, or the shorter is the longer
    without a leading word ("Robert Jenkins" in "Charles Robert Jenkins", "Zeyar Lwin" after
    "Ko Zeyar Lwin", "Castañeda Ruiz" for "Yunior Castañeda Ruiz"), or one letter slipped, or
    the shorter opens the longer (two words at least) with no generation in it: a double given
    name or a name with its second surname or grandfather's name left off ("Marta Elena" /
    "Marta Elena Ruiz", "Selamawit Tesfaye" / "Selamawit Tesfaye Bekele"; session 50 census:
    6 of 6 pairs of the English read sets one person by the gold, in 6 sets); "Duncan Hunter"
    beside "Duncan Hunter Sr" are father and son.
    A short name that both ends one name and opens another (`both`) is the one it opens: where
    a child's name carries the parent's given names ("Dawit Haile" beside "Dawit Haile Mesfin"
    and his daughter "Ruth Dawit Haile"), the short form is the parent's name without the last."""
    short, long = (a, b) if len(a.tokens) <= len(b.tokens) else (b, a)
    if a.kin != b.kin and (_tail_of(short, long) or _head_of(short, long)):
        return False  # "Ali Hussain al-Mahfoodh ... al-Mahfoodh's son, Hussain al-Mahfoodh": two people
    if both and _key_words(short.name) in both:
        return _head_of(short, long)
    if _tail_of(a, b) or _tail_of(b, a) or _before_chinese_given(short, long):
        return True
    if _head_of(short, long) and _genders_agree(a, b) and not any(generation_of(t) for t in long.tokens):
        return True  # "Marta Elena" for "Marta Elena Ruiz": the name without its last words
    match = compare_names(a.name, b.name)
    if match.same:  # the matcher weighs the genders names tell; a parser's guess per mention adds none
        return True
    return _genders_agree(a, b) and _one_slip(match.reasons, a, b)


def _one_slip(reasons: list[str], a: Person, b: Person) -> bool:
    """One letter apart and nothing else said (no other patronymic, no other second name): a slip
    in an unknown first name beside the same surname ("Dzokhar"/"Dzhokhar Tsarnaev",
    "Zabiullah"/"Zabihullah Mujahid"), or in a surname beside the same first name («Эда
    Гонзалеса» / «Эда Гонсалеса»). Across articles an editor decides; in one article two such
    people would be told apart by the text, not by a letter. Short first names one letter apart
    are often two names (Mario, Marco), so a first name's slip counts from six letters."""
    if len(reasons) == 2:
        long_enough = min(len(latin_key(a.tokens[0])), len(latin_key(b.tokens[0]))) >= 6
        return long_enough and reasons[0] in _SAME_SURNAME and reasons[1].startswith(_FIRST_NAME_SLIP)
    return len(reasons) == 3 and reasons[0].startswith(_SURNAME_SLIP) and reasons[1] == "first name match"


_SAME_SURNAME = ("surname match", "surname transliteration match")
_FIRST_NAME_SLIP = ("first name differs by one letter", "first names sound alike")
_SURNAME_SLIP = "surnames one letter apart"


def _tail_of(short: Person, long: Person) -> bool:
    """The shorter name's words (hyphens as spaces) end the longer's ("Abu Laban", "Salah Abu-Laban"),
    unless a patronymic link stands before them: "Nasser al-Dosari" after "Fahd bin Nasser al-Dosari"
    is the father's (or a son's) name, another person."""
    words, longer = _key_words(short.name), _key_words(long.name)
    if not 2 <= len(words) < len(longer) or longer[-len(words) :] != words:
        return False
    return longer[-len(words) - 1] not in _PATRONYMIC_LINKS


# a Chinese given name as Hong Kong writes it after the surname: "Ho-yin", "Wai-yee", "Siu-wah"
CHINESE_GIVEN = re.compile(r"^[A-Z][a-z]+-[a-z]+$")


def _before_chinese_given(short: Person, long: Person) -> bool:
    """'Vivian Kwan' after 'Vivian Kwan Siu-wah': Hong Kong names join an English given name, the
    surname and a hyphenated Chinese given name; the short form drops the last, one person."""
    return (
        len(short.tokens) == 2
        and len(long.tokens) == 3
        and bool(CHINESE_GIVEN.match(long.tokens[-1]))
        and [t.casefold() for t in long.tokens[:2]] == [t.casefold() for t in short.tokens]
    )


def _head_of(short: Person, long: Person) -> bool:
    words, longer = _key_words(short.name), _key_words(long.name)
    return 2 <= len(words) < len(longer) and longer[: len(words)] == words


def _head_and_tail(persons: list[Person]) -> frozenset[tuple[str, ...]]:
    """The names (as key words) that open one longer name of the article and end another."""
    heads: set[tuple[str, ...]] = set()
    tails: set[tuple[str, ...]] = set()
    for person in persons:
        words = _key_words(person.name)
        for k in range(2, len(words)):
            heads.add(words[:k])
            tails.add(words[-k:])
    return frozenset(heads & tails)


# "bin", "bint", "ibn", "ould": "son/daughter of"; the words after one name the father
_PATRONYMIC_LINKS = frozenset({"bin", "bint", "binti", "ibn", "ould", "wuld"})


@lru_cache(maxsize=65536)
def _key_words(name: str) -> tuple[str, ...]:
    """The words of a name's `latin_key` (`_tail_of` compares every pair of an article's names)."""
    return tuple(latin_key(name).split())


def _tails(person: Person, groups: list[list[Person]]) -> list[int]:
    """Groups holding a name this one ends (or is the end of): not found through surname keys
    when the two read the surname differently ("Castañeda Ruiz": Ruiz, or Castañeda?)."""
    return [
        g for g, group in enumerate(groups) if any(_tail_of(person, o) or _tail_of(o, person) for o in group)
    ]


def _owners(person: Person, groups: list[list[Person]], by_key: dict[str, list[int]]) -> list[int]:
    """The groups a lone word may name: by its surname (a spelling of it) or by its given name
    (a spelling or cognate of it, Aleksei for Alexei), of a compatible gender."""
    word = person.tokens[0]
    near = {g for key in surname_keys(word) for g in by_key.get(key, ())}
    owners = []
    for g in sorted(near):
        if any(_genders_agree(person, o) and _surname_is(word, o) for o in groups[g]):
            owners.append(g)
    for g, group in enumerate(groups):
        if g not in owners and any(_given_is(word, person, other) for other in group):
            owners.append(g)
    return owners


def _surname(person: Person) -> str:
    """The last word that is no generation ("Kennedy" of "Robert F. Kennedy Jr.")."""
    return next((t for t in reversed(person.tokens) if not generation_of(t)), person.tokens[-1])


def _surname_is(word: str, person: Person) -> bool:
    return compare_names(word, _surname(person)).same


def _given_is(word: str, lone: Person, person: Person) -> bool:
    """The word is the person's first name in another spelling or a cognate; written the same,
    it is that name whatever gender the parser gave either mention («Асия» / «Асия Биби»)."""
    status, why = given_status(word, person.tokens[0])
    return status == "match" and (why == "first name match" or _genders_agree(lone, person))


def _genders_agree(a: Person, b: Person) -> bool:
    return a.gender is None or b.gender is None or a.gender == b.gender


def _join(group: list[Person], persons: list[Person], absorbed: dict[int, Person]) -> None:
    """Keep the name the article uses most (then the fullest, then the first written: a
    misread run such as "Тим Бернерсом-Ли Аарон Шварц" names no one), and take every mention."""
    kept = max(group, key=lambda p: (len(p.mentions), len(p.tokens), -group.index(p)))
    for other in group:
        if other is kept:
            continue
        kept.mentions.extend(other.mentions)
        kept.roles.extend(r for r in other.roles if r not in kept.roles)
        if other.name != kept.name and other.name not in kept.aliases:
            kept.aliases.append(other.name)
        kept.aliases.extend(a for a in other.aliases if a not in kept.aliases)
        if not _tail_of(other, kept):  # ("Ben Salah" of "Amira Ben Salah" opens with no given name)
            kept.gender = kept.gender or other.gender
        persons.remove(other)
        absorbed[id(other)] = kept
    kept.mentions.sort()
