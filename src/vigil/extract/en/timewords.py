"""English function words for event dates (`timing.Words`): anaphora ("that June"), dates
relative to publication ("last year"), offsets ("two months later"), and the durations and ages
that look like dates but are not ("ten years that June", "34 years old")."""

from __future__ import annotations

import re

from vigil.extract.en.numbers import SMALL_NUMBERS
from vigil.extract.timing import Words

__all__ = ["TIME_WORDS"]

_UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month"}
_UNITS |= {"months": "month", "year": "year", "years": "year"}
_NUMBERS = SMALL_NUMBERS | {"a": 1, "an": 1, "several": 2, "few": 2}

TIME_WORDS = Words(
    perfect=frozenset({"have", "having"}),  # ("Having" keeps its form as lemma at a sentence start)
    anaphoric=re.compile(r"\b(that|same)\s+\w+\b", re.I),
    demonstratives=frozenset({"that"}),
    anaphoric_strip=re.compile(
        r"\b(?:in|on|of|during|by)?\s*(?:that|the\s+same)\s*(?:year|month|week|day)?\b|\b(?:in|on)\b",
        re.I,
    ),
    now=re.compile(r"\b(this|last|ago|today|yesterday)\b", re.I),
    years={"last year": -1, "this year": 0, "the previous year": -1},
    years_strip=re.compile(r"\b(?:of\s+)?(?:last|this|the previous)\s+year\b", re.I),
    later=re.compile(r"\b(later|after|afterwards|following|next)\b", re.I),
    earlier=re.compile(r"\b(earlier|before|previous|prior)\b", re.I),
    units=_UNITS,
    numbers=_NUMBERS,
    duration=re.compile(
        r"^\s*(?:\d+|" + "|".join(_NUMBERS) + r")(?:[\s-]+and[\s-]+a[\s-]+half)?[\s-]+"
        r"(?:days?|weeks?|months?|years?)\b\s*",
        re.I,
    ),
    age=frozenset({"old", "aged"}),
    groups=frozenset({"those", "them", "these", "others", "people", "prisoners"}),
    before_main=frozenset({"after"}),
)
