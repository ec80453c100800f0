"""Event dates normalised against the article's publication date.

"in 2022" -> "2022", "in March 2021" -> "2021-03", "on 13 December 2025" -> "2025-12-13";
relative dates ("on Saturday", "last week") need the publication date and stay None
without it rather than being guessed against today.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

import dateparser

_RELATIVE = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last|next|this|ago|earlier|later)\b",
    re.I,
)
_NOISE = re.compile(r"\b(on|in|at|since|by|from|early|late|mid|the|morning|evening|night|afternoon)\b", re.I)
_WEEKDAYS = {
    d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
}
_YEAR = re.compile(r"^(19|20)\d\d$")
_MONTH_YEAR = re.compile(r"^[A-Za-z]+\.? (19|20)\d\d$")


class DateReader:
    """Caches dateparser, which is slow to call, per (text, publication date)."""

    def read(self, text: str | None, published: object = None, *, language: str = "en") -> str | None:
        if not text:
            return None
        pub = published if isinstance(published, date) else None
        return _read(text.strip(), pub, language)


@lru_cache(maxsize=4096)
def _read(text: str, published: date | None, language: str = "en") -> str | None:
    relative = bool(_RELATIVE.search(text))
    if relative and published is None:
        return None
    core = _NOISE.sub(" ", text).strip(" ,.")
    core = re.sub(r"\s+", " ", core)
    if not core:
        return None
    if _YEAR.match(core):
        return core
    weekday = _WEEKDAYS.get(core.lower())
    if weekday is not None and published is not None:
        # news convention: "on Saturday" is the latest Saturday up to the publication day itself
        return (published - timedelta(days=(published.weekday() - weekday) % 7)).isoformat()
    if published is None and not re.search(r"\b(19|20)\d\d\b", core):
        return None  # "on 2 May": which year is unknown without the publication date
    settings = {
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DAY_OF_MONTH": "first",
    }
    if published is not None:
        settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
    parsed = dateparser.parse(core, languages=[language], settings=settings)
    if parsed is None:
        return None
    if published is not None and parsed.date() > published:
        return None
    if _MONTH_YEAR.match(core):
        return parsed.strftime("%Y-%m")
    if relative and re.search(r"\b(week|month|year)\b", text, re.I):
        return None  # "last week": a span, not a day
    return parsed.date().isoformat()
