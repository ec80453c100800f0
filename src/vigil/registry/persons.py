"""Per-person upkeep: refreshing the cached status from accepted claims, and cluster lookups."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, delete, select
from sqlalchemy.orm import Session

from vigil.errors import NotFound
from vigil.registry.alerts import record_changes
from vigil.registry.models import Article, Claim, Person, StatusInterval
from vigil.registry.settings import Settings
from vigil.registry.status import STATUS_KINDS, ClaimFact, Interval, derive, history

__all__ = [
    "StatusChange",
    "canonical",
    "facts_of",
    "members",
    "refresh_status",
    "status_facts",
    "write_intervals",
]


@dataclass(frozen=True)
class StatusChange:
    person_id: str
    name: str
    old: str
    new: str
    date: date | None = None
    conflict: bool = False
    claims: tuple[str, ...] = ()  # the deciding claim, or the conflicting ones


def canonical(session: Session, person_id: str) -> Person:
    """The canonical record of the person `person_id` belongs to."""
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(f"no person {person_id}")
    if person.canonical_id != person.id:
        person = session.get(Person, person.canonical_id) or person
    return person


def members(session: Session, canonical_id: str) -> list[str]:
    return list(session.scalars(select(Person.id).where(Person.canonical_id == canonical_id)))


def status_facts(session: Session, *conditions: ColumnElement[bool]) -> dict[str, list[ClaimFact]]:
    """The accepted claims that bear on status, as `status.derive` takes them, by canonical person."""
    rows = session.execute(
        select(
            Person.canonical_id,
            Claim.id,
            Claim.kind,
            Claim.effective_date,
            Claim.article_id,
            Claim.evidence_start,
            Claim.value,
            Claim.date_precision,
            Claim.background,
            Article.published,
        )
        .join(Claim, Claim.person_id == Person.id)
        .outerjoin(Article, Article.id == Claim.article_id)
        .where(Claim.state == "accepted", Claim.kind.in_(STATUS_KINDS), *conditions)
    )
    return facts_of(rows)


def facts_of(rows: Iterable[Sequence[Any]]) -> dict[str, list[ClaimFact]]:
    """`ClaimFact`s by canonical person from rows (canonical id, claim id, kind, effective date,
    article id, evidence start, value, precision, background, publication date)."""
    facts: dict[str, list[ClaimFact]] = defaultdict(list)
    for cid, claim, kind, when, article, position, value, precision, background, published in rows:
        facts[cid].append(
            ClaimFact(
                claim,
                kind,
                when,
                None if article is None else str(article),
                position,
                value,
                precision,
                bool(background),
                published,
            )
        )
    return facts


def write_intervals(session: Session, person_id: str, intervals: list[Interval]) -> None:
    """Replace a person's status intervals (the as-of index); open ends are stored as `date.min`
    and `date.max` so that one index range answers "as of". Unchanged intervals are left alone:
    most refreshes change nothing, and every rewrite also rewrites the day counts (triggers)."""
    wanted = [(i.status, i.valid_from or date.min, i.valid_to or date.max, i.claim) for i in intervals]
    row = StatusInterval
    stored = session.execute(
        select(row.status, row.valid_from, row.valid_to, row.claim_id)
        .where(row.person_id == person_id)
        .order_by(row.valid_from)
    ).all()
    if [tuple(r) for r in stored] == sorted(wanted, key=lambda w: w[1]):
        return
    session.execute(delete(StatusInterval).where(StatusInterval.person_id == person_id))
    session.add_all(
        StatusInterval(person_id=person_id, status=status, valid_from=start, valid_to=end, claim_id=claim)
        for status, start, end, claim in wanted
    )


def refresh_status(
    session: Session, person_ids: Iterable[str], *, settings: Settings, now: datetime
) -> list[StatusChange]:
    """Re-derive the status of the persons (any of their records) and store it, with its history
    over time; answer the changes."""
    ids = set(person_ids)
    if not ids:
        return []
    cids = set(session.scalars(select(Person.canonical_id).where(Person.id.in_(ids))))
    facts = status_facts(session, Person.canonical_id.in_(cids))
    # records merged into another keep no history of their own
    session.execute(delete(StatusInterval).where(StatusInterval.person_id.in_(ids - cids)))
    changes = []
    for person in session.scalars(select(Person).where(Person.id.in_(cids))):
        derived = derive(facts[person.id], window_days=settings.conflict_days)
        write_intervals(session, person.id, history(facts[person.id], window_days=settings.conflict_days))
        new = (derived.status, derived.date, derived.precision, derived.conflict)
        if (person.status, person.status_date, person.status_precision, person.needs_review) != new:
            if person.status != derived.status:
                changes.append(
                    StatusChange(
                        person.id,
                        person.name,
                        person.status,
                        derived.status,
                        derived.date,
                        derived.conflict,
                        derived.claims,
                    )
                )
            person.status, person.status_date, person.status_precision, person.needs_review = new
            person.updated_at = now
    session.flush()
    record_changes(session, changes, now=now)
    return changes
