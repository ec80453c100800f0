"""Reading counts and prison terms written in digits or words.

"123", "fourteen", "Twenty-six", "1,135" are counts; "a 10-year sentence", "eight and a half
years", "two years and three months", "18 months", "a decade" are terms in months.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from functools import lru_cache

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
SMALL_NUMBERS = dict(_UNITS)  # the number words under twenty, for other modules' phrases
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000}
# no "and" between number words: "seven and six years" is a list of two terms, not thirteen years
# (a term over fifty years is no term anyway, so "a hundred and ..." is never needed)
_NUMBER_WORD = "|".join(sorted([*_UNITS, *_TENS, *_SCALES, "dozen"], key=len, reverse=True))

# Words before a number that make it approximate: such a number is no exact group size or term.
_APPROX = re.compile(
    r"\b(?:more\s+than|less\s+than|fewer\s+than|up\s+to|at\s+least|at\s+most|over|about|around|nearly|"
    r"almost|some|approximately|roughly|under|estimated|upwards\s+of|as\s+many\s+as|close\s+to|"
    r"dozens|hundreds|thousands|several|from|between|ranging\s+from"
    # a law's bound, not a verdict: "under Article 331, which carries a maximum of seven years"
    # (session 55; "the maximum sentence of seven years" a court gave keeps its "the")
    r"|a\s+maximum(?:\s+(?:sentence|penalty|term|punishment|prison\s+term))?\s+of)\s*$",
    re.IGNORECASE,
)


# Either end of a range: "terms of between seven and a half and nine years"
_RANGE_END = re.compile(r"\bbetween\s+(?:(?!\b(?:to|for|in|on|of)\b)[\w\s.,½-]){0,40}$", re.IGNORECASE)


@lru_cache(maxsize=4096)  # asked again of the same words by several term rules
def is_approximate(preceding_text: str) -> bool:
    """True when the words right before a number hedge it ("more than 30", "up to six years") or
    make it the end of a range ("between five and seven years", "ranging from two to six years")."""
    return bool(
        _APPROX.search(preceding_text)
        or _RANGE_END.search(preceding_text[-60:])
        or _RANGE_TO.search(preceding_text[-60:])
    )


@lru_cache(maxsize=4096)  # a text has few distinct numbers, asked of by many rules
def parse_number(text: str) -> int | None:
    """An integer written in digits ("1,135", "37") or English words ("twenty-six"), else None."""
    s = text.strip().lower().replace("\u2013", "-")
    if not s:
        return None
    digits = s.replace(",", "").replace("\u202f", "").replace(" ", "")
    if digits.isdecimal():  # not isdigit: "²" is a digit that int() refuses
        return int(digits)
    words = [w for w in re.split(r"[\s-]+", s) if w and w != "and"]
    if not words or any(
        w not in _UNITS and w not in _TENS and w not in _SCALES and w != "dozen" for w in words
    ):
        return None
    total = current = 0
    for w in words:
        if w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w == "dozen":
            current = (current or 1) * 12
        elif w == "hundred":
            current = (current or 1) * 100
        else:  # thousand
            total += (current or 1) * 1000
            current = 0
    return total + current


_NUM = rf"(?:\d+(?:[.,]\d+)?|(?:{_NUMBER_WORD})(?:[\s-]+(?:{_NUMBER_WORD}))*)"
# the upper end of a range: "terms ranging from two to six years", "terms of three to six years"
_RANGE_TO = re.compile(
    rf"\b(?:from|of|for)\s+(?:\d+|(?:{_NUMBER_WORD})(?:-(?:{_NUMBER_WORD}))?)(?:[\s-]+(?:years?|months?))?\s+to\s*$",
    re.IGNORECASE,
)
NUM_WORD = rf"(?:\d+|(?:{_NUMBER_WORD})(?:-(?:{_NUMBER_WORD}))?)"
_FRACTION = r"(?:[\s-]+and[\s-]+a[\s-]+half|(?:\s*|-)(?:½|1/2))"  # "4-1/2 years": a wire fraction
_YEARS = (
    rf"(?P<y>{_NUM}|an?|another)(?:\s+(?:additional|further|extra|more))?(?P<yh>{_FRACTION})?[\s-]+(?:years?|yrs)"
    r"(?P<yh2>[\s-]+and[\s-]+a[\s-]+half)?"
)  # "an additional year", "a further year and a half", "a year-and-a-half", a headline's "8 yrs"
_MONTHS = rf"(?P<m>{_NUM})[\s-]+months?"
_ONLY_MONTHS = rf"(?P<m2>{_NUM})[\s-]+months?"
# Short terms in days or weeks ("a 30-day sentence", "15 days of administrative arrest", "jailed
# for ten days") only where the words after them keep them a custodial term: "a three-day
# trial", "15 days of talks" and "ten days after his arrest" are no terms.
_CUSTODY_AFTER = (
    r"(?:administrative|jail|prison|custodial|military|sentence|term|detention|arrest|imprisonment)"
)
_SHORT_UNIT = r"(?P<unit>days?|weeks?)"
_SHORT = (
    rf"(?P<short>{_NUM})(?:-(?:day|week)(?=\s+{_CUSTODY_AFTER}\b)|\s+{_SHORT_UNIT}"
    rf"(?=\s+(?:in|behind|for|on|of\s+(?:administrative\s+)?{_CUSTODY_AFTER})\b|\s*[,.;)]|\s*$))"
)
# Every term opens with a digit, a number word, "a", "an", "another" or "one" ("a decade"): a
# look-ahead for such a first letter lets the scan pass over every other word without trying
# the number words at it (a third of the time; it matches exactly what it matched before)
NUM_START = "[\\d" + "".join(sorted({word[0] for word in _NUMBER_WORD.split("|")})) + "]"  # of NUM_WORD
_TERM_START = NUM_START[:-1] + "ao]"


class Guarded:
    """A compiled pattern each match of which holds one of a few words (`needs`, a plain
    alternation of them): a text without any of them is not scanned at all. The rules scan
    phrases and sentences for terms a few hundred times per article and most hold no unit of
    time; finding a literal word is many times faster than trying the pattern at every word.
    Same answers as the pattern (`search`, `match`, `finditer`, with `pos` and `endpos`)."""

    __slots__ = ("regex", "needs")

    def __init__(self, regex: re.Pattern[str], needs: re.Pattern[str]) -> None:
        self.regex, self.needs = regex, needs

    @property
    def pattern(self) -> str:
        return self.regex.pattern

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.search(string, pos, endpos) if self.needs.search(string, pos, endpos) else None

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.match(string, pos, endpos) if self.needs.search(string, pos, endpos) else None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if self.needs.search(string, pos, endpos) is None:
            return iter(())
        if pos == 0 and endpos == sys.maxsize:
            return iter(_all_matches(self.regex, string))
        return self.regex.finditer(string, pos, endpos)


@lru_cache(maxsize=256)
def _all_matches(regex: re.Pattern[str], string: str) -> tuple[re.Match[str], ...]:
    """Every match in a whole text, kept for the next rule that scans the same text: the term
    rules each scan the sentences of an article's verdicts (two calls in three repeat one), and
    a match object is never changed. (A few hundred texts: those of the article at hand.)"""
    return tuple(regex.finditer(string))


# every term holds its unit: years, months, a decade, days or weeks
TERM_RE = Guarded(
    re.compile(
        rf"\b(?={_TERM_START})"
        rf"(?:(?:{_YEARS})(?:(?:,?\s+(?:and\s+)?|-and-)(?:{_MONTHS}))?|(?:{_ONLY_MONTHS})|(?P<decade>(?P<dn>a|one|two|three|four)[\s-]+decades?)"
        rf"|(?P<half>half\s+a\s+year)|{_SHORT})\b"
        # "a 23-year-old" is an age, "two months ago" a time, "three years of probation" no prison
        # (nor "two years' probation"; "a three-year probationary sentence" keeps its term, as a
        # read set's writer gave it)
        r"(?![\s-]*(?:old|ago|earlier)\b|\s+of\s+probation\b|'?\s+probation\b)",
        re.IGNORECASE,
    ),
    re.compile("year|yrs|month|decade|day|week", re.IGNORECASE),
)
_DAYS_A_MONTH = 30


def _value(text: str) -> float | None:
    text = text.strip()
    if text.lower() in ("a", "an", "another"):  # "another year and a half was added"
        return 1.0
    if re.fullmatch(r"\d+[.,]\d+", text):
        return float(text.replace(",", "."))
    n = parse_number(text)
    return float(n) if n is not None else None


def parse_term(text: str) -> int | None:
    """The first prison term in `text`, in months ("eight and a half years" -> 102), else None."""
    for match in TERM_RE.finditer(text):
        months = term_months(match)
        if months:
            return months
    return None


# "the harshest verdict in two decades", "one visit in five months", "the third case in two
# years": a duration right after "in" measures a span of time, never a prison term
_SPAN_BEFORE = re.compile(
    r"\bin\s+(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+|over\s+|about\s+|some\s+|just\s+|under\s+)?$",
    re.IGNORECASE,
)


def term_months(match: re.Match[str]) -> int | None:
    """Months of one TERM_RE match."""
    if _SPAN_BEFORE.search(match.string, max(0, match.start() - 24), match.start()):
        return None
    if match.group("half"):
        return 6  # "half a year"
    if match.group("decade"):
        # "a decade", "two decades behind bars" (only as many as a term can run)
        return round(120 * (_value(match.group("dn")) or 1))
    if match.group("short"):
        return _short_term(match)
    total = 0.0
    if match.group("y"):
        years = _value(match.group("y"))
        if years is None:
            return None
        if match.group("yh") or match.group("yh2"):
            years += 0.5
        total += years * 12
    month_text = match.group("m") or match.group("m2")
    if month_text:
        months = _value(month_text)
        if months is None or match.group("y") and months >= 12:
            # ("sentencing them to two years and 18 months respectively": months past a year are
            # no remainder of the years before them but a second term, so no one term is told)
            return None
        total += months
    months_int = round(total)
    # terms beyond a century are misreads ("2020 years"); stacked terms reach it ("to 87 years")
    return months_int if 0 < months_int <= 1200 else None


def _short_term(match: re.Match[str]) -> int | None:
    """Days and weeks in whole months, half a month rounding up, from a month on (a 30-day
    sentence is one month, 45 days two); a term shorter than a month ("15 days of administrative
    arrest") states no month at all: two annotators reading GUIDELINES apart both gave it none."""
    number = _value(match.group("short"))
    if number is None:
        return None
    week = "week" in (match.group("unit") or match.group(0)).lower()
    days = number * 7 if week else number
    if days < _DAYS_A_MONTH:
        return None
    months = int(days / _DAYS_A_MONTH + 0.5)
    return months if 0 < months <= 600 else None
