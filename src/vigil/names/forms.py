"""Finding a stored name in article text in any grammatical case.

The registry keeps names in the nominative (Мария Колесникова), while Russian and Belarusian
articles inflect them (Марию Колесникову, Марыяй Калеснікавай, Ігара Лосіка). The article
highlighter and the redaction of withheld names must both find those forms, or a withheld name
would show in the genitive. A Cyrillic name word matches its stem (the word without a final vowel
or soft sign) plus a short case ending; a feminine word (ending in а/я) needs an ending, so
Колесникова does not match her brother Колесников. Stress marks (a combining acute, as in
Колесни́кова) may follow any letter. Latin words match as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from vigil.names.translit import is_cyrillic

__all__ = ["name_regex", "spellings_pattern"]

_MARKS = "[\u0300-\u036f]*"
_CASE_ENDING = "[аяоеёыиіуюэйьўмх]"
_FINAL = "аяоеёыиіуюэйь"
_BOUNDARY_BEFORE = r"(?<![\w\u0300-\u036f])"
_BOUNDARY_AFTER = r"(?![\w\u0300-\u036f])"


def _letters(text: str) -> str:
    return "".join(re.escape(ch) + _MARKS for ch in text)


def _word(word: str) -> str:
    if not is_cyrillic(word) or len(word) < 3:
        return _letters(word)
    low = word[-1].lower()
    if low not in _FINAL:
        return _letters(word) + f"(?:{_CASE_ENDING}{_MARKS}){{0,3}}"
    least = 1 if low in "ая" else 0
    return _letters(word[:-1]) + f"(?:{_CASE_ENDING}{_MARKS}){{{least},3}}"


def name_regex(name: str) -> str:
    """A regular expression (source) for `name` as a whole word sequence, in any case form."""
    return _BOUNDARY_BEFORE + r"\s+".join(_word(w) for w in name.split()) + _BOUNDARY_AFTER


def spellings_pattern(spellings: Iterable[str]) -> re.Pattern[str] | None:
    """One case-insensitive pattern for every spelling in any grammatical case, longest first.

    The public pages and the roster reconciliation blank withheld names with it: both must hide
    «Марию Колесникову» as well as the stored «Мария Колесникова».
    """
    words = sorted((w for w in set(spellings) if w.strip()), key=len, reverse=True)
    if not words:
        return None
    return re.compile("|".join(f"(?:{name_regex(w)})" for w in words), re.IGNORECASE)
