"""Claims: content-hashed IDs, dates and the facts an extraction asserts about one article.

A claim's ID hashes what it says and where (article, name, kind, values, evidence span), so
the same extraction of the same article always yields the same IDs.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date

from vigil.model import Extraction, precision_of

__all__ = ["ClaimDraft", "claim_id", "drafts", "parse_date"]

_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")


def parse_date(text: str | None) -> date | None:
    """`2025-12-13`, `2025-12` or `2025` as a date (the first day of a month or year; the precision
    is kept beside it); else None."""
    if not text:
        return None
    match = _DATE.match(text.strip())
    if not match:
        return None
    year, month, day = (int(g) if g else 1 for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def claim_id(*parts: object) -> str:
    """`cl-` and 16 hex digits of the SHA-256 of the parts."""
    digest = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode()).hexdigest()
    return f"cl-{digest[:16]}"


# the origins of claims a learned model stated: a suggestion, or an event it promoted
LEARNED_ORIGINS = ("suggested", "model")


@dataclass(frozen=True)
class ClaimDraft:
    """A claim as the extraction states it, before it is tied to a registry person."""

    id: str
    name: str  # the article's fullest name of the person
    kind: str
    value: str | None = None
    term_months: int | None = None
    count: int | None = None
    date_text: str | None = None
    evidence: tuple[int, int] | None = None
    confidence: float | None = None
    group: int | None = None  # index into the extraction's events when it is a counted group event
    date_precision: str | None = None  # day, week, month or year of `date_text`
    background: bool = False  # told in passing; undated, it precedes the article
    # "machine" for the rules' claims; a learned model's ("suggested", "model") always goes before
    # an editor and alone makes no person
    origin: str = "machine"

    @property
    def learned(self) -> bool:
        """Stated by a learned model, not a rule (`LEARNED_ORIGINS`)."""
        return self.origin in LEARNED_ORIGINS


def drafts(extraction: Extraction, *, article_key: str) -> list[ClaimDraft]:
    """Every claim of one extraction: events per named person, suggested events, roles, quotes."""
    out: list[ClaimDraft] = []
    seen: set[str] = set()

    def add(draft: ClaimDraft) -> None:
        if draft.id not in seen:
            seen.add(draft.id)
            out.append(draft)

    for index, event in enumerate(extraction.events):
        for pid in event.persons:
            person = extraction.person(pid)
            if person is None:
                continue
            span = tuple(event.evidence_for(pid))
            add(
                ClaimDraft(
                    id=claim_id(
                        article_key,
                        person.name,
                        event.type,
                        event.term_months,
                        event.count,
                        event.date,
                        *span,
                        *(("model",) if event.origin == "model" else ()),
                    ),
                    name=person.name,
                    kind=event.type,
                    value=event.place,
                    term_months=event.term_months,
                    count=event.count,
                    date_text=event.date,
                    evidence=(span[0], span[1]),
                    confidence=event.confidence,
                    group=index if event.count is not None else None,
                    date_precision=event.date_precision or precision_of(event.date),
                    background=event.background,
                    origin=event.origin or "machine",
                )
            )
    for hint in extraction.suggested_events:
        person = extraction.person(hint.person)
        if person is not None:
            add(
                ClaimDraft(
                    id=claim_id(article_key, person.name, hint.type, "suggested", *hint.evidence),
                    name=person.name,
                    kind=hint.type,
                    evidence=(hint.evidence[0], hint.evidence[1]),
                    confidence=hint.score,
                    origin="suggested",
                )
            )
    for person in extraction.persons:
        first = person.mentions[0] if person.mentions else None
        for role in person.roles:
            add(
                ClaimDraft(
                    id=claim_id(article_key, person.name, "role", role),
                    name=person.name,
                    kind="role",
                    value=role,
                    evidence=first,
                )
            )
    for quote in extraction.quotes:
        speaker = extraction.person(quote.speaker) if quote.speaker else None
        if speaker is not None:
            add(
                ClaimDraft(
                    id=claim_id(article_key, speaker.name, "quote", *quote.span),
                    name=speaker.name,
                    kind="quote",
                    value=quote.text,
                    evidence=(quote.span[0], quote.span[1]),
                )
            )
    return out
