"""Per-person upkeep: refreshing the cached status from accepted claims, and cluster lookups."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from vigil.errors import NotFound
from vigil.registry.alerts import record_changes
from vigil.registry.models import Claim, Person
from vigil.registry.settings import Settings
from vigil.registry.status import STATUS_KINDS, ClaimFact, derive

__all__ = ["StatusChange", "canonical", "members", "refresh_status", "status_facts"]


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
        )
        .join(Claim, Claim.person_id == Person.id)
        .where(Claim.state == "accepted", Claim.kind.in_(STATUS_KINDS), *conditions)
    )
    facts: dict[str, list[ClaimFact]] = defaultdict(list)
    for cid, claim, kind, when, article, position, value in rows:
        facts[cid].append(
            ClaimFact(claim, kind, when, None if article is None else str(article), position, value)
        )
    return facts


def refresh_status(
    session: Session, person_ids: Iterable[str], *, settings: Settings, now: datetime
) -> list[StatusChange]:
    """Re-derive the status of the persons (any of their records) and store it; answer the changes."""
    ids = set(person_ids)
    if not ids:
        return []
    cids = set(session.scalars(select(Person.canonical_id).where(Person.id.in_(ids))))
    facts = status_facts(session, Person.canonical_id.in_(cids))
    changes = []
    for person in session.scalars(select(Person).where(Person.id.in_(cids))):
        derived = derive(facts[person.id], window_days=settings.conflict_days)
        if (person.status, person.status_date, person.needs_review) != (
            derived.status,
            derived.date,
            derived.conflict,
        ):
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
            person.status, person.status_date, person.needs_review = (
                derived.status,
                derived.date,
                derived.conflict,
            )
            person.updated_at = now
    session.flush()
    record_changes(session, changes, now=now)
    return changes
