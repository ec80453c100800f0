"""Reading a name string: its words, which are given names, patronymic and surname, and the
gender its surname's ending or first name tells."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rigour.names import remove_person_prefixes

from vigil.names.given import given_gender, is_initial, known_given
from vigil.names.translit import latin_key

__all__ = [
    "generation",
    "generation_of",
    "given_words",
    "name_words",
    "parse_name",
    "person_gender",
    "split_name",
    "surname_gender",
]

_PATRONYMIC = re.compile(r"(?:vich|vych|vitch|vic|ich|vna|auna|euna|ichna|ovych)$")
_FEMININE = re.compile(r"(?:ova|eva|yova|iova|ava|ina|yna|aya|aja|skaya|ska|cka|tskaja|kaja)$")
_MASCULINE = re.compile(
    r"(?:ov|ev|yov|iov|ou|au|eu|in|yn|ski|sky|skiy|skii|skij|cki|cky|ckij|tsky|oy|oi|[^aeiouy]yy?|iy|ij|yj)$"
)
_TOKEN_SPLIT = re.compile(r"[\s,;]+")
_STRIP = re.compile(r"[^\w\-.'’ʼ]+")

_PARTICLES = {
    "mc",
    "mac",
    "de",
    "di",
    "da",
    "du",
    "la",
    "le",
    "van",
    "von",
    "der",
    "del",
    "des",
    "ter",
    "fitz",
}
_LEET = str.maketrans("013459", "oieasg")  # Ig0r Sech1n: digits typed for look-alike letters
_GLUED_INITIALS = re.compile(r"^(?:\w\.){2,3}$")  # "M.A." is two initials


def _unglue(word: str, *, glued_initials: bool = False) -> list[str]:
    if any(ch.isdigit() for ch in word) and any(ch.isalpha() for ch in word):
        word = word.translate(_LEET)
    if _GLUED_INITIALS.match(word):
        return [f"{ch}." for ch in word.split(".") if ch]
    if 2 <= len(word) <= 3 and word.isupper() and word.isalpha() and glued_initials:
        return [f"{ch}." for ch in word]  # "JC Juncker", "JRR Tolkien"
    cuts = [i for i in range(1, len(word) - 1) if word[i - 1].islower() and word[i].isupper()]
    parts = [word[i:j] for i, j in zip([0, *cuts], [*cuts, len(word)], strict=True)]
    if len(parts) > 1 and not any(p.casefold() in _PARTICLES for p in parts[:-1]):
        return parts
    return [word]


def name_words(name: str) -> list[str]:
    return list(_name_words(name))


@lru_cache(maxsize=262_144)
def _name_words(name: str) -> tuple[str, ...]:
    name = remove_person_prefixes(unicodedata.normalize("NFC", name).strip())  # Mr, Dr, Ms ...
    words = [_STRIP.sub("", w) for w in _TOKEN_SPLIT.split(name)]
    words = [w for k, w in enumerate(words) if not (k and generation_of(w))]  # Jr., III: see `generation`
    mixed_case = not name.isupper()
    words = [part for w in words for part in _unglue(w.strip("-'’ʼ"), glued_initials=mixed_case)]
    words = [w.strip("-'’ʼ") for w in words if any(ch.isalpha() for ch in w)]
    out: list[str] = []  # "Shoigu Shoigu Sergey": a repeated word says nothing more
    for w in words:
        if is_initial(w) or w.casefold() not in {x.casefold() for x in out}:
            out.append(w)
    return tuple(out)


# Generational suffixes: a father and his son share every other word of their names.
_ROMAN_GENERATIONS = {"II": "ii", "III": "iii", "IV": "iv"}


def generation_of(word: str) -> str | None:
    """The generation a word marks ("Jr." -> "jr", "III" -> "iii"; Roman numerals in capitals
    only, so that no given name is read as one), else None."""
    bare = word.strip().rstrip(".")
    if bare.casefold() in ("jr", "sr"):
        return bare.casefold()
    return _ROMAN_GENERATIONS.get(bare)


@lru_cache(maxsize=65_536)
def generation(name: str) -> str | None:
    """The generational suffix of a name ("Martin Luther King Jr.", "Brent Bozell III"), which
    `name_words` and so every comparison leaves out: `compare_names` weighs it on its own."""
    words = [_STRIP.sub("", w) for w in _TOKEN_SPLIT.split(name.strip())]
    return next((g for w in words[1:] if (g := generation_of(w))), None)


def surname_gender(surname: str) -> str | None:
    key = latin_key(surname).replace(" ", "")
    if _FEMININE.search(key):
        return "f"
    if _MASCULINE.search(key):
        return "m"
    return None


def split_name(name: str) -> tuple[str | None, str]:
    """Split into (given names or None, surname); patronymics are dropped.

    Handles "Maria Kolesnikova", "Kolesnikova Maria", "Kolesnikova, Maria", "KOLESNIKOVA Maria",
    "M. Kolesnikova" and "Мария Александровна Колесникова"; a single word is taken as the surname.
    """
    given, _, surname = parse_name(name)
    return given, surname


@lru_cache(maxsize=262_144)
def parse_name(name: str) -> tuple[str | None, str | None, str]:
    """(given names or None, patronymic or None, surname)."""
    if "," in name:  # "Kolesnikova, Maria": the catalogue order says which is the surname
        head, _, tail = name.partition(",")
        head_words, tail_words = name_words(head), name_words(tail)
        if head_words and tail_words:
            given, patronymic = _drop_patronymic(tail_words, given_only=True)
            return " ".join(given), patronymic, " ".join(head_words)
    words = name_words(name)
    if not words:
        return None, None, ""
    words, patronymic = _drop_patronymic(words)
    if len(words) == 1:
        return None, patronymic, words[0]
    capitals = [w for w in words if len(w) > 2 and w.isupper()]
    if len(capitals) == 1 and len(words) > len(capitals):  # "KOLESNIKOVA Maria": capitals mark it
        return " ".join(w for w in words if w != capitals[0]), patronymic, capitals[0]
    first, last = words[0], words[-1]
    first_given = is_initial(first) or known_given(first) is not None
    last_given = is_initial(last) or known_given(last) is not None
    reversed_order = last_given and (not first_given or surname_gender(first) is not None)
    if reversed_order and not is_initial(first):
        return " ".join(words[1:]), patronymic, first
    return " ".join(words[:-1]), patronymic, last


def _drop_patronymic(words: list[str], *, given_only: bool = False) -> tuple[list[str], str | None]:
    """Take out a patronymic: it follows the first name (Мария Александровна); -vich after
    anything else is a surname (Dashkevich). With an unknown first name, the middle of three.
    `given_only`: the words hold no surname (the part after the comma of "Surname, Given ...")."""
    if len(words) < (2 if given_only else 3):
        return words, None

    def patronymic(i: int) -> bool:
        if is_initial(words[i]) or not _PATRONYMIC.search(latin_key(words[i])):
            return False
        if not given_only and i == len(words) - 1 and (i == 0 or known_given(words[i - 1]) is None):
            return False  # "Hans J. Friedrich": last, it is a surname unless a first name precedes it
        prev = words[i - 1] if i else ""
        after_given = bool(prev) and (is_initial(prev) or known_given(prev) is not None)
        return after_given and (given_only or len(words) >= 3) or (len(words) == 3 and i == 1)

    for i in range(len(words)):
        if patronymic(i):
            return words[:i] + words[i + 1 :], words[i]
    return words, None


def person_gender(given: str | None, surname: str) -> str | None:
    """A known first name decides (English often writes Svetlana Tikhanovsky), else the surname."""
    if given:
        first = given.split()[0]
        gender = None if is_initial(first) else given_gender(first)
        if gender is None and known_given(first) is None and len(first) > 2 and latin_key(first)[-1:] == "o":
            gender = "m"  # Mario, Marco, Bruno, Petro: not Maria
        if gender:
            return gender
    return surname_gender(surname)


def given_words(given: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", given) if w]
