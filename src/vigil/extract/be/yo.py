"""«ё» put back into Belarusian copy typed without it («памер» → «памёр», «Ен» → «Ён»).

Belarusian writes «ё» wherever it is said, and Vigil's Belarusian word lists (`patterns/`) do too:
«ён», «памёр», «калёнія», «пяцёра». Copy from a keyboard or a transliterating tool without the
letter writes «е» instead, and every rule that reads such a word goes blind: in session 44's fuzz
(`benchmarks/fuzz_layouts.py --mutation yo-as-e`) 59 % of the Belarusian read-set articles lost
facts that way, mostly through «ён» («Ен быў асуджаны …» no longer names the person before).

A document that holds no «ё» at all is read as typed without it: each word whose «е» spelling is
the folded form of a word or word start in Vigil's lists, and not itself a listed word, gets its
«ё» back. One letter for one letter, so every offset stays the same; the caller gives quotes back
as the source wrote them. A document with any «ё» is left as it is.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
_SHORTEST_PREFIX = 4  # a word start shorter than this («дзё», «сё») would catch ordinary words
# words of «е» whose start is a listed start of «ё»: knees («калені») are no colony («калёніі»)
_ORDINARY = frozenset({"калені", "каленях", "каленям", "каленямі"})


def fold(word: str) -> str:
    return word.replace("ё", "е").replace("Ё", "Е")


def _strings(value: object) -> list[str]:
    """Every string inside a JSON value (lists, dicts' keys and values)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _first_name_stems(names: dict) -> list[str]:
    """First names with «ё» as word starts of their case forms («Арцём» → «Арцёму», «Сямёна»):
    the name, less a last vowel («Алёна» → «Алён-»), unless a first name of «е» starts so too
    (Алена and Алёна are two names: «Алену» stays). Five letters at least: «Пётр» is no start of
    «Петрыкаў»."""
    first = [n.lower() for n in (*names["masc"], *names["fem"])]
    plain = [n for n in first if "ё" not in n]
    stems = []
    for name in (n for n in first if "ё" in n):
        stem = name[:-1] if name[-1] in "аяеоуы" else name
        if len(stem) > _SHORTEST_PREFIX and not any(p.startswith(fold(stem)) for p in plain):
            stems.append(stem)
    return stems


@dataclass(frozen=True)
class YoRestorer:
    """Folded spelling → the listed spelling with «ё», for whole words and for word starts."""

    words: dict[str, str]
    prefixes: dict[str, str]
    plain_words: frozenset[str]
    plain_prefixes: frozenset[str]

    @classmethod
    def load(cls, patterns: Path, lemma_starts: Iterable[str]) -> YoRestorer:
        """The words of every list in `patterns/` (JSON and JSON lines), each file read once,
        and the word starts of the lemma table (`lemma_starts`: the extractor's own prefix
        table of `lemmas.tsv`), the respelling table's stems (`russify.json`) and the first
        names (`names.json`)."""
        files = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(patterns.glob("*.json"))}
        texts: list[str] = []
        for name, data in files.items():
            # (the respelling table's values are Russian; its stems are word starts, below)
            texts.extend(_strings(list(data["words"]) if name == "russify.json" else data))
        for line in (patterns / "triggers.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.extend(_strings(json.loads(line).get("pattern", [])))
        starts = [*lemma_starts, *files["russify.json"]["stems"], *_first_name_stems(files["names.json"])]
        words = {w.lower() for text in texts for w in _WORD.findall(text)}
        return cls(
            words={fold(w): w for w in words if "ё" in w},
            prefixes={fold(p): p for p in starts if "ё" in p and len(p) >= _SHORTEST_PREFIX},
            plain_words=frozenset(w for w in words if "ё" not in w),
            plain_prefixes=frozenset(p for p in starts if "ё" not in p),
        )

    def __call__(self, text: str) -> str:
        """`text` with «ё» put back, or `text` itself when it has any «ё» or needs none."""
        if "ё" in text or "Ё" in text or ("е" not in text and "Е" not in text):
            return text
        return _WORD.sub(lambda m: self._word(m.group()), text)

    def _word(self, word: str) -> str:
        low = word.lower()
        if "е" not in low or low in self.plain_words or low in _ORDINARY:
            return word
        listed = self.words.get(low)
        if listed is None:
            listed = self._start(low)
        if listed is None:
            return word
        spelt = listed + word[len(listed) :]
        letters = zip(word, spelt, strict=True)
        return "".join(("Ё" if c.isupper() else y) if y == "ё" else c for c, y in letters)

    def _start(self, low: str) -> str | None:
        """The listed word start with «ё» that is the longest start of `low`, unless a start
        written with «е» is as long (then the word is read as written)."""
        for n in range(len(low), _SHORTEST_PREFIX - 1, -1):
            head = low[:n]
            if head in self.plain_prefixes:
                return None
            if head in self.prefixes:
                return self.prefixes[head]
        return None


__all__ = ["YoRestorer", "fold"]
