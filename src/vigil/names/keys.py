"""Blocking keys: a cheap index under which every spelling of one person's name is found."""

from __future__ import annotations

from functools import lru_cache

from vigil.names.given import is_initial, known_given
from vigil.names.parse import split_name
from vigil.names.translit import phonemes

__all__ = ["name_keys", "surname_keys"]


def _surname_key(surname: str) -> str:
    """Consonant skeleton: the part of a surname every transliteration keeps."""
    classes = {"g": "h", "H": "h", "X": "h", "C": "h", "c": "t", "D": "d", "S": "s", "Z": "z", "w": "v"}
    out = []
    for sym in phonemes(surname):
        if sym in "aeiouj":
            continue
        sym = classes.get(sym, sym)
        if out and out[-1] == sym:
            continue
        out.append(sym)
    return "".join(out)


def name_keys(name: str) -> set[str]:
    """Blocking keys for a DB index: spelling variants of one person share at least one.

    The main key is the surname's consonant skeleton (vowels, glides, gender endings and
    transliteration classes collapsed: Kalesnikava, Kolesnikova, Колесникова all give `klsnkv`).
    A double surname also gets a key per part; a name whose word order cannot be told (two words,
    neither a known first name) also gets the other word's key. Keys are prefixed (`s:`) so other
    kinds can be added without clashing.
    """
    given, surname = split_name(name)
    keys = set(surname_keys(surname)) if surname else set()
    if given:
        words = given.split()
        if len(words) == 1 and not is_initial(words[0]) and known_given(words[0]) is None:
            key = _surname_key(words[0])
            if key:
                keys.add(f"s:{key}")
    return keys


@lru_cache(maxsize=65_536)
def surname_keys(surname: str) -> frozenset[str]:
    """The keys of a word already known to be the surname (no name to split): the skeleton, and
    for a double surname that of each part too."""
    parts = [surname, *surname.split("-")] if "-" in surname else [surname]
    keys = (_surname_key(part) for part in parts[:3])  # a double surname is also found by each part
    return frozenset(f"s:{key}" for key in keys if key)
