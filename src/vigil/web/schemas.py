"""What the API answers and the pages render: one Pydantic context per page (its JSON twin).

Routes build one of these and either return it (JSON) or hand it to a template (HTML), so the
two formats cannot drift apart.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field

__all__ = [
    "Annotation",
    "ArticleDetail",
    "ArticleSummary",
    "Dashboard",
    "DecisionIn",
    "DecisionOut",
    "ErrorOut",
    "EventOut",
    "GroupEventOut",
    "IngestOut",
    "MergeIn",
    "Page",
    "PersonDetail",
    "PersonRef",
    "PersonSummary",
    "ReconcileCandidate",
    "ReconcileEntry",
    "ReconcileOut",
    "ReconcileSide",
    "ReviewItemOut",
    "SplitIn",
    "StatsOut",
    "StatusChangeOut",
    "TimelineEntryOut",
    "WithholdIn",
]

T = TypeVar("T")


class ErrorOut(BaseModel):
    """The one shape of every error the API answers."""

    ok: bool = False
    error: str
    status: int


class Page(BaseModel, Generic[T]):
    """A slice of a list; `next`/`previous` are the URLs of the neighbouring slices, or None."""

    items: list[T]
    limit: int
    offset: int
    total: int | None = None
    next: str | None = None
    previous: str | None = None


class PersonRef(BaseModel):
    id: str
    name: str
    latin: str | None = None  # the name in Latin letters when it is written in another script


class PersonSummary(BaseModel):
    id: str
    name: str  # in the original script of the articles
    latin: str | None = None  # the name in Latin letters when it is written in another script
    status: str
    status_date: date | None
    aliases: list[str]
    withheld: bool = False
    needs_review: bool = False
    url: str
    status_precision: str | None = None  # day, week, month or year of status_date


class TimelineEntryOut(BaseModel):
    claim_id: str
    kind: str
    date: date | None
    date_source: str
    term_months: int | None
    place: str | None
    evidence: str | None
    source: str
    article_id: int | None
    article_url: str | None
    state: str
    reviewer: str | None
    confidence: float | None
    sources: int
    date_precision: str | None = None  # day, week, month or year of `date`
    background: bool = False  # told in passing by a later story


class PersonDetail(BaseModel):
    id: str
    name: str  # in the original script of the articles
    latin: str | None = None  # the name in Latin letters when it is written in another script
    status: str
    status_date: date | None
    needs_review: bool
    withheld: bool
    aliases: list[str]
    roles: list[str]
    key_facts: dict[str, Any]
    timeline: list[TimelineEntryOut]
    quotes: list[dict[str, Any]]
    facts: list[dict[str, Any]]
    conflicts: list[str] = Field(default_factory=list)
    status_precision: str | None = None
    status_claim: str | None = None  # the claim that decides the status
    status_reason: str = ""


class _ArticleHead(BaseModel):
    """What a list of articles and an article's page both tell of it first."""

    id: int
    title: str | None
    source: str
    url: str | None
    published: date | None
    language: str | None


class ArticleSummary(_ArticleHead):
    claims: int
    persons: int


class Annotation(BaseModel):
    """A highlighted span of the article text (character offsets into `text`)."""

    kind: str  # person, event, quote
    start: int
    end: int
    label: str
    person_id: str | None = None
    claim_id: str | None = None
    state: str | None = None


class ArticleDetail(_ArticleHead):
    extractor_version: str | None
    text: str
    annotations: list[Annotation]
    duplicates_removed: int
    outlets: list[dict[str, Any]]
    copies: list[dict[str, Any]]
    canonical_id: int | None = None


class EventOut(BaseModel):
    claim_id: str
    type: str
    date: date | None
    date_precision: str | None = None  # day, week, month or year of `date`
    person: PersonRef
    term_months: int | None
    place: str | None
    state: str
    evidence: str | None
    article_id: int | None


class GroupEventOut(BaseModel):
    id: int
    type: str
    count: int
    date: date | None
    date_precision: str | None = None  # day, week, month or year of `date`
    named: int
    unidentified: int
    persons: list[PersonRef]
    evidence: str | None
    article_id: int


class StatusChangeOut(BaseModel):
    person: PersonRef
    status: str
    date: date | None
    date_precision: str | None = None  # day, week, month or year of `date`
    sources: int
    article_id: int | None
    evidence: str | None


class StatsOut(BaseModel):
    as_of: date
    persons: int
    by_status: dict[str, int]
    withheld: int
    articles: int
    proposed: int
    per_month: list[dict[str, Any]]


class Dashboard(BaseModel):
    stats: StatsOut
    latest: list[StatusChangeOut]
    groups: list[GroupEventOut]


class ReviewItemOut(BaseModel):
    id: str
    type: str
    person_id: str
    person_name: str
    summary: str
    evidence: str | None = None
    source: str | None = None
    confidence: float | None = None
    sensitive: bool = False
    suggested: bool = False  # a learned model's suggestion: no rule stated it
    model: bool = False  # an event the learned model stated: no rule read it
    reasons: list[str] = Field(default_factory=list)
    article_id: int | None = None
    context: dict[str, Any] | None = None
    persons: list[dict[str, Any]] = Field(default_factory=list)


class DecisionIn(BaseModel):
    note: str | None = Field(default=None, max_length=2000)


class DecisionOut(BaseModel):
    ok: bool = True
    result: str
    person: PersonSummary | None = None


class MergeIn(BaseModel):
    a: str = Field(min_length=1, max_length=100)
    b: str = Field(min_length=1, max_length=100)
    note: str | None = Field(default=None, max_length=2000)


class WithholdIn(BaseModel):
    withheld: bool = True


class SplitIn(BaseModel):
    articles: list[int] | None = None
    note: str | None = Field(default=None, max_length=2000)


class IngestOut(BaseModel):
    ok: bool = True
    outcome: str
    article_id: int | None
    language: str | None
    claims: int
    status_changes: list[dict[str, str]]


class ReconcileSide(BaseModel):
    """What the roster or the news says: status, date, the sentence and its source."""

    status: str
    date: date | None
    evidence: str | None = None
    source: str | None = None
    article_id: int | None = None
    claim_id: str | None = None
    date_precision: str | None = None  # day, week, month or year of `date`


class ReconcileCandidate(BaseModel):
    person_id: str
    name: str
    score: float
    reasons: list[str] = []


class ReconcileEntry(BaseModel):
    category: str = Field(description="agree, disagree, news_only, roster_only or ambiguous")
    line: int | None = Field(description="the roster line; null for a person only the news names")
    roster_name: str | None
    person_id: str | None
    person_name: str | None
    roster: ReconcileSide | None = None
    news: ReconcileSide | None = None
    match: str | None = Field(None, description="id, name, surname only or near spelling")
    score: float | None = None
    reasons: list[str] = []
    candidates: list[ReconcileCandidate] = []
    withheld: bool = False
    note: str = ""


class ReconcileOut(BaseModel):
    """A roster reconciled with the registry (`/reconcile`); withheld names are never shown."""

    source: str
    rows: int
    counts: dict[str, int]
    summary: str
    entries: list[ReconcileEntry]
