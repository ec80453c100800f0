"""Date words normalised against the article's publication date, at the precision written.

"in 2022" -> 2022 (year), "in March 2021" -> 2021-03 (month), "on 13 December 2025" ->
2025-12-13 (day), "last week" -> the Monday of that week (week). A value is an ISO string
exactly as precise as its precision: a year is never stored as 1 January. Relative dates
("on Saturday", "last week") need the publication date and stay None without it rather than
being guessed against today. dateparser reads the words and says how precise they are (its
`period`); Vigil only adds the news conventions below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from vigil.model import DATE_PRECISIONS as PRECISIONS
from vigil.model import precision_of

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

__all__ = [
    "MONTH_NAMES",
    "MONTH_WORDS",
    "PRECISIONS",
    "WEEKDAY_WORDS",
    "YEAR_WORD",
    "DateReader",
    "DateValue",
    "precision_of",
]

# Weekday names as news writes them ("on Friday", «в пятницу», «у пятніцу»), Monday = 0; the
# Russian and Belarusian accusative is the form after в/у.
_WEEKDAY_NAMES = (
    ("monday", "понедельник", "панядзелак"),
    ("tuesday", "вторник", "аўторак"),
    ("wednesday", "среду", "среда", "сераду", "серада"),
    ("thursday", "четверг", "чацвер"),
    ("friday", "пятницу", "пятница", "пятніцу", "пятніца"),
    ("saturday", "субботу", "суббота", "суботу", "субота"),
    ("sunday", "воскресенье", "нядзелю", "нядзеля"),
)
_WEEKDAYS = {name: i for i, names in enumerate(_WEEKDAY_NAMES) for name in names}
# the English weekday names, lower case ("monday" ... "sunday")
WEEKDAY_WORDS = frozenset(names[0] for names in _WEEKDAY_NAMES)
# "in March" in Russian and Belarusian is the prepositional case, which dateparser does not
# read («в марте», «у сакавіку»): named in English instead.
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")  # fmt: skip
# a month's name or its abbreviation ("sept", "feb"), lower case, without the abbreviation's dot
MONTH_WORDS = frozenset({*MONTH_NAMES, *(m[:3] for m in MONTH_NAMES), "sept"})
_MONTHS_RU = ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе",
              "сентябре", "октябре", "ноябре", "декабре")  # fmt: skip
_MONTHS_BE = ("студзені", "лютым", "сакавіку", "красавіку", "траўні", "чэрвені", "ліпені",
              "жніўні", "верасні", "кастрычніку", "лістападзе", "снежні")  # fmt: skip
_MONTHS_IN = {
    **dict(zip(_MONTHS_RU, MONTH_NAMES, strict=True)),
    **dict(zip(_MONTHS_BE, MONTH_NAMES, strict=True)),
}
_RELATIVE = re.compile(
    r"\b(yesterday|today|last|next|this|ago|earlier|later|"
    + "|".join(_WEEKDAYS)
    + r"|вчера|сегодня|учора|сёння)\b",
    re.I,
)
_NOISE = re.compile(
    r"(?<!\w)(on|in|at|since|by|from|early|late|mid|the|morning|evening|night|afternoon|"
    r"в|во|у|ў|на|году|года|год|годзе|гаду|г\.)(?!\w)",
    re.I,
)
_YEAR = re.compile(r"^(19|20)\d\d$")
# a year written as an ordinal: «в декабре 2021-го», «у 2021-м», «2020-га»
_ORDINAL = r"-(?:го|га|м|й|ы|ом|ым)"
_YEAR_ENDING = re.compile(rf"\b((?:19|20)\d\d){_ORDINAL}\b")
YEAR_WORD = re.compile(rf"(?:19|20)\d\d(?:{_ORDINAL})?")  # one token that is a year
# Dates written out in full, read without dateparser (slow to import and to set up): "13 December
# 2025", "July 11, 2021", "March 2021". Anything else, or a day the month does not have, goes to it.
_MONTH_NUMBER = {name: i for i, name in enumerate(MONTH_NAMES, 1)}
_WRITTEN_OUT = (
    (re.compile(r"(?P<day>\d{1,2}) (?P<month>[A-Za-z]+) (?P<year>\d{4})"), "day"),
    (re.compile(r"(?P<month>[A-Za-z]+) (?P<day>\d{1,2}), (?P<year>\d{4})"), "day"),
    (re.compile(r"(?P<month>[A-Za-z]+) (?P<year>\d{4})"), "month"),
)
_HAS_YEAR = re.compile(r"\b(19|20)\d\d\b")


@dataclass(frozen=True)
class DateValue:
    """A date as precise as the words: `value` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a week is
    its Monday)."""

    value: str
    precision: str

    @property
    def start(self) -> date:
        """The first day the date may mean."""
        return date.fromisoformat(self.value + {4: "-01-01", 7: "-01"}.get(len(self.value), ""))


class DateReader:
    """Caches dateparser, which is slow to call, per (text, publication date, reference year)."""

    def read(self, text: str | None, published: object = None, *, language: str = "en") -> str | None:
        found = self.when(text, published, language=language)
        return found.value if found else None

    def when(
        self,
        text: str | None,
        published: object = None,
        *,
        language: str = "en",
        year: int | None = None,
    ) -> DateValue | None:
        """The date `text` names; `year` completes a date written without one ("in March" after
        the text spoke of 2023), else the publication date does (the latest such day before it)."""
        if not text:
            return None
        pub = published if isinstance(published, date) else None
        return _when(text.strip(), pub, language, year)


@lru_cache(maxsize=4096)
def _parser(language: str, base: date | None) -> DateDataParser:
    from dateparser.date import DateDataParser  # slow to import; the fast paths above need none

    settings: dict[str, object] = {
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DAY_OF_MONTH": "first",
    }
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    return DateDataParser(languages=[language], settings=settings)


@lru_cache(maxsize=4096)
def _when(
    text: str, published: date | None, language: str = "en", year: int | None = None
) -> DateValue | None:
    relative = bool(_RELATIVE.search(text))
    if relative and published is None:
        return None
    core = _NOISE.sub(" ", _YEAR_ENDING.sub(r"\1", text)).strip(" ,.")
    core = re.sub(r"\s+", " ", core)
    if not core:
        return None
    if language != "en" and any(w in _MONTHS_IN for w in core.lower().split()):
        core = " ".join(_MONTHS_IN.get(w.lower(), w) for w in core.split())
        language = "en"
    if _YEAR.match(core):
        return DateValue(core, "year")
    weekday = _WEEKDAYS.get(core.lower())
    if weekday is not None and published is not None:
        # news convention: "on Saturday" is the latest Saturday up to the publication day itself
        day = published - timedelta(days=(published.weekday() - weekday) % 7)
        return DateValue(day.isoformat(), "day")
    base = published
    if not relative and not _HAS_YEAR.search(core) and year is not None:
        base = date(year, 12, 31) if published is None or published.year != year else published
    if base is None and not _HAS_YEAR.search(core):
        return None  # "on 2 May": which year is unknown without the publication date
    written = _written_out(core) if language == "en" else None
    if written is not None:
        parsed, period = written
    else:
        try:
            data = _parser(language, base).get_date_data(core)
        except (ValueError, OverflowError):
            return None
        if data is None or data.date_obj is None:
            return None
        parsed, period = data.date_obj.date(), data.period or "day"
    if (published is not None and parsed > published) or parsed.year < 1900:
        return None
    if period == "year":
        return DateValue(f"{parsed:%Y}", "year")
    if period == "month":
        return DateValue(f"{parsed:%Y-%m}", "month")
    if period == "week":
        monday = parsed - timedelta(days=parsed.weekday())
        return DateValue(monday.isoformat(), "week")
    return DateValue(parsed.isoformat(), "day")


def _written_out(core: str) -> tuple[date, str] | None:
    """(the date, its precision) of an English date written out in full, as dateparser reads it
    (a month alone is its first day), or None to leave the words to dateparser."""
    for pattern, period in _WRITTEN_OUT:
        match = pattern.fullmatch(core)
        if match is None:
            continue
        month = _MONTH_NUMBER.get(match["month"].lower())
        if month is None:
            return None
        try:
            return date(int(match["year"]), month, int(match["day"]) if period == "day" else 1), period
        except ValueError:
            return None
    return None
