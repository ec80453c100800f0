"""The plain results the service answers with (the CLI and the web app render them)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

__all__ = [
    "BLANK",
    "PersonSummary",
    "PersonView",
    "ReviewItem",
    "Stats",
    "TimelineEntry",
    "format_date",
    "iso_date",
    "plain",
]

WITHHELD = "(name withheld)"
BLANK = "█"  # one a letter of a withheld spelling blanked out of a text
_PRECISE = (("status_date", "status_precision"), ("date", "date_precision"))


def plain(obj: Any) -> Any:
    """A dataclass as JSON-ready dicts (dates as ISO strings, as precise as their source)."""
    data = asdict(obj) if hasattr(obj, "__dataclass_fields__") else obj
    if isinstance(data, dict):
        out = {k: plain(v) for k, v in data.items()}
        for key, precision in _PRECISE:
            if isinstance(data.get(key), date) and precision in data:
                out[key] = iso_date(data[key], data[precision])  # a year stays "2021"
        return out
    if isinstance(data, list | tuple):
        return [plain(v) for v in data]
    if isinstance(data, date):
        return data.isoformat()
    return data


def format_date(value: date | None, precision: str | None = None, *, missing: str = "undated") -> str:
    """A date for readers, as precise as its source: 13 Dec 2025, week of 1 Dec 2025, March 2022,
    2021 (a year is never shown as 1 January)."""
    if value is None:
        return missing
    if precision == "year":
        return f"{value.year}"
    if precision == "month":
        return f"{value:%B %Y}"
    if precision == "week":
        return f"week of {value.day} {value:%b %Y}"
    return f"{value.day} {value:%b %Y}"


def iso_date(value: date | None, precision: str | None = None) -> str | None:
    """A date for files, as precise as its source: `2021`, `2022-03`, `2025-12-13` (a week: its
    Monday, with the precision beside it)."""
    if value is None:
        return None
    if precision == "year":
        return f"{value:%Y}"
    if precision == "month":
        return f"{value:%Y-%m}"
    return value.isoformat()


@dataclass(frozen=True)
class PersonSummary:
    id: str
    name: str
    status: str
    status_date: date | None
    aliases: list[str]
    withheld: bool = False
    needs_review: bool = False
    status_precision: str | None = None
    latin: str | None = None  # `name` in Latin letters, when it is written in another script


@dataclass(frozen=True)
class TimelineEntry:
    claim_id: str
    kind: str
    date: date | None
    date_source: str  # "event", "article" or "none"
    term_months: int | None
    value: str | None
    evidence: str | None
    source: str
    article_id: int | None
    state: str
    reviewer: str | None
    confidence: float | None
    sources: int  # independent stories telling the same kind of event on the same date
    date_precision: str | None = None  # day, week, month or year of `date`
    background: bool = False  # told in passing by a later story


@dataclass(frozen=True)
class PersonView:
    id: str
    name: str
    status: str
    status_date: date | None
    needs_review: bool
    withheld: bool
    aliases: list[str]
    roles: list[str]
    records: list[str]
    timeline: list[TimelineEntry]
    quotes: list[dict[str, Any]] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)
    status_precision: str | None = None
    status_claim: str | None = None  # the claim that decides the status (see `status.derive`)
    status_reason: str = ""
    conflicts: list[str] = field(default_factory=list)  # the contradicting claims, when on review
    latin: str | None = None  # `name` in Latin letters, when it is written in another script


@dataclass(frozen=True)
class ReviewItem:
    id: str
    type: str  # claim, merge, conflict
    person_id: str
    person_name: str
    summary: str
    evidence: str | None = None
    source: str | None = None
    confidence: float | None = None
    sensitive: bool = False
    reasons: list[str] = field(default_factory=list)
    suggested: bool = False  # a learned model's suggested event, not a rule's claim
    model: bool = False  # an event the learned model stated (origin "model"): no rule read it


@dataclass(frozen=True)
class Stats:
    as_of: date | None
    persons: int
    by_status: dict[str, int]
    withheld: int
    articles: int
    proposed: int
    per_month: list[dict[str, Any]]
