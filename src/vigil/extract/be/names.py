"""Belarusian names in the nominative from Vigil's own lists (no Belarusian morphological
dictionary works offline from PyPI): first names with their generated case forms give the
gender and case, and a surname ending table restores the nominative.

«Віктара Мазурэнку» → «Віктар Мазурэнка», «Марыі Калеснікавай» → «Марыя Калеснікава»;
feminine surnames in a consonant or -іч do not decline («Ларысы Кот»).
"""

from __future__ import annotations

import json
from functools import cached_property
from pathlib import Path

from spacy.tokens import Span

from vigil.extract.ru.persons import NameInfo


def _key(word: str) -> str:
    """A name as looked up: lower case, every apostrophe (', ’, ʼ) the same."""
    return word.lower().replace("’", "'").replace("ʼ", "'")


class BelarusianNames:
    def __init__(self, path: Path) -> None:
        self.data = json.loads(path.read_text(encoding="utf-8"))

    @cached_property
    def forms(self) -> dict[str, tuple[str, str, bool]]:
        """Every case form of every listed first name → (nominative, gender, is nominative)."""
        out: dict[str, tuple[str, str, bool]] = {}
        fem_endings = self.data["fem_endings"]
        for name in self.data["masc"]:
            out[_key(name)] = (name, "masc", True)
            if name[-1] in "ьй":
                stem, endings = name[:-1], ["я", "ю", "ем", "ём", "і", "е"]
            elif name[-1] in "ая":
                stem, endings = name[:-1], fem_endings[name[-1]]
            else:
                stem, endings = name, self.data["masc_endings"]
            for ending in endings:
                out.setdefault(_key(stem + ending), (name, "masc", False))
        for name in self.data["fem"]:
            out[_key(name)] = (name, "fem", True)
            if name[-1] in fem_endings:
                for ending in fem_endings[name[-1]]:
                    out.setdefault(_key(name[:-1] + ending), (name, "fem", False))
        return out

    def is_first_name(self, word: str) -> bool:
        return _key(word) in self.forms

    def describe(self, span: Span) -> NameInfo:
        words = [t.text for t in span]
        first = self.forms.get(_key(words[0])) if len(words) > 1 else None
        if first is None and len(words) == 1 and _key(words[0]) in self.forms:
            name, gender, _ = self.forms[_key(words[0])]
            return NameInfo([name], ["first"], gender)
        if first is None:
            gender = self._surname_gender(words[-1])
            surname = self._nominative(words[-1], gender) if gender == "fem" else words[-1]
            kinds = ["first"] * (len(words) - 1) + ["surname"]
            return NameInfo([*words[:-1], surname], kinds, gender)
        name, gender, nominative = first
        surname = words[-1] if nominative else self._nominative(words[-1], gender)
        middle = words[1:-1]
        kinds = ["first"] + ["patronymic"] * len(middle) + ["surname"]
        return NameInfo([name, *middle, surname], kinds, gender)

    def _surname_gender(self, word: str) -> str | None:
        low = word.lower()
        if any(low.endswith(oblique) for oblique, _ in self.data["surnames"]["fem"][:7]):
            return "fem"
        return None

    def _nominative(self, word: str, gender: str) -> str:
        low = word.lower()
        if gender == "fem" and low[-1] not in "аяйюу":
            return word  # «Кот», «Кудрэвіч»: feminine surnames in a consonant do not decline
        for oblique, nominative in self.data["surnames"][gender]:
            if low.endswith(oblique) and len(low) > len(oblique) + 2:
                return word[: len(word) - len(oblique)] + nominative
        return word


__all__ = ["BelarusianNames"]
