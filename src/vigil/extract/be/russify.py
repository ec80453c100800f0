"""A Russian-like surface of Belarusian words, for natasha's syntax parser only.

natasha's morphology tagger and syntax parser read a word through a Russian word embedding
and a shape feature whose Cyrillic is Russian's alphabet: a Belarusian form is mostly an
unknown word, and one with «і» or «ў» («ўзялі», «Ірына», «інжынер») has the shape of no
Cyrillic word at all, so the parser reads it as punctuation. Each token is parsed as a
Russian-like spelling of itself (a table of frequent words and word starts as data in
`patterns/russify.json`, then regular letter rules); the document keeps its Belarusian text,
offsets, morphology, names and lemmas.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from vigil.extract.be.names import SOFT_ASSIMILATION

# «ц», «дз» before a soft vowel or soft sign are Russian «т», «д» («судзе» → «суде», «вызваліць» →
# «вызвалить»); «шч» is «щ»; «э» after a consonant is «е»
_LETTER_RULES = (
    (re.compile("шч"), "щ"),
    (re.compile("дз(?=[іеёюяь])"), "д"),
    (re.compile("ц(?=[іеёюяь])"), "т"),
    (re.compile("(?<=.)э"), "е"),
)
_AFTER_VELAR = re.compile("([кгх])ы")
_CYRILLIC = re.compile("[а-яёіў]")
_NUMBER_PREFIX = re.compile(r"\d+[-‑]")
_LETTERS = str.maketrans({"і": "и", "ў": "в", "'": "ъ", "’": "ъ", "ʼ": "ъ"})


@dataclass(frozen=True)
class Russifier:
    """Belarusian word → the Russian-like form natasha's tagger is given; `known` tells a
    Russian word natasha's embedding knows, to choose between an ending's readings."""

    words: dict[str, str]
    stems: tuple[tuple[str, str], ...]
    endings: tuple[tuple[str, tuple[str, ...]], ...]
    known: Callable[[str], bool] = field(default=lambda _word: False)

    @classmethod
    def load(cls, path: Path, known: Callable[[str], bool] | None = None) -> Russifier:
        data = json.loads(path.read_text(encoding="utf-8"))
        stems = sorted(data["stems"].items(), key=lambda kv: -len(kv[0]))
        endings = sorted(((e, tuple(r)) for e, r in data["endings"]), key=lambda kv: -len(kv[0]))
        if known is None:
            return cls(dict(data["words"]), tuple(stems), tuple(endings))
        return cls(dict(data["words"]), tuple(stems), tuple(endings), known)

    def __call__(self, word: str) -> str:
        low = word.lower()
        if not _CYRILLIC.search(low):
            return word
        number = _NUMBER_PREFIX.match(low)
        if number:  # «20-гадовага» → «20-летнего»
            return word[: number.end()] + _same_case(word[number.end() :], self._lower(low[number.end() :]))
        return _same_case(word, self._lower(low))

    def _lower(self, low: str) -> str:
        """The Russian-like form of a lower-case word: a listed word, else its Belarusian
        ending replaced, its start by the stem table and the rest by letter rules."""
        low = low.replace("’", "'").replace("ʼ", "'")
        if low.startswith("ў"):
            low = "у" + low[1:]  # a word's first у is written ў after a vowel
        plain = SOFT_ASSIMILATION.sub(r"\1", low)
        for form in (low, plain):
            if form in self.words:
                return self.words[form]
        stem, head = next(((b, r) for b, r in self.stems if plain.startswith(b)), ("", ""))
        rest = plain[len(stem) :]
        for ending, readings in self.endings:
            if plain.endswith(ending) and len(plain) - len(ending) >= 2:
                return self._reading(head, rest, len(ending), readings)
        # Russian writes «и», not «ы», after к, г, х («палітычн|ых» → «политическ|их»)
        return _AFTER_VELAR.sub(r"\1и", head + _letters(rest))

    def _reading(self, head: str, rest: str, ending: int, readings: tuple[str, ...]) -> str:
        """The word of Russian stem `head` and Belarusian `rest` whose last `ending` letters
        are read as one of `readings`: the first form the embedding knows, else the first.
        An ending that reaches into the stem («вызвален|ых» ending in «-еных») keeps the
        Russian stem whole («освобожден|ных») or gives its last letters to the ending."""
        over = max(0, ending - len(rest))
        if over:
            forms = [head + r[over:] for r in readings] + [head[:-over] + r for r in readings]
        else:
            core = head + _letters(rest[: len(rest) - ending])
            forms = [core + r for r in readings]
        forms = [_AFTER_VELAR.sub(r"\1и", f) for f in forms]
        return next((f for f in forms if self.known(f)), forms[0])


def _letters(word: str) -> str:
    for pattern, russian in _LETTER_RULES:
        word = pattern.sub(russian, word)
    return word.translate(_LETTERS)


def _same_case(original: str, form: str) -> str:
    """`form` with the letter case of `original` (all capitals, or a capital first letter)."""
    if len(original) > 1 and original.isupper():
        return form.upper()
    if original[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


__all__ = ["Russifier"]
