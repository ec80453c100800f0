"""Per-person upkeep: refreshing the cached status from accepted claims, and cluster lookups."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, bindparam, delete, select
from sqlalchemy.orm import Session

from vigil.errors import NotFound
from vigil.registry.alerts import record_changes
from vigil.registry.models import Article, Claim, Mention, Person, PersonName, StatusInterval
from vigil.registry.settings import Settings
from vigil.registry.status import STATUS_KINDS, ClaimFact, Interval, derive_history

__all__ = [
    "StatusChange",
    "canonical",
    "facts_of",
    "members",
    "refresh_status",
    "spellings",
    "status_facts",
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


def spellings(session: Session, ids: Any) -> set[str]:
    """Every spelling of the person records `ids` (a collection or a select of ids): their
    names, a several-word name's surname alone (four letters at least) and the words of their
    mentions: what blanking a withheld person out of a text must cover."""
    words: set[str] = set()
    for name in session.scalars(select(PersonName.name).where(PersonName.person_id.in_(ids))):
        words.add(name)
        parts = name.split()
        if len(parts) > 1 and len(parts[-1]) >= 4:
            words.add(parts[-1])
    words.update(session.scalars(select(Mention.name).where(Mention.person_id.in_(ids))))
    return words


_FACTS = (
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
    .where(Claim.state == "accepted", Claim.kind.in_(STATUS_KINDS))
)
# the statements of a status refresh, built once: building one costs more than running it here
_IDS = bindparam("ids", expanding=True)
_FACTS_OF = _FACTS.where(Person.canonical_id.in_(_IDS))
_CANONICAL = (
    select(Person)
    .where(Person.id.in_(select(Person.canonical_id).where(Person.id.in_(_IDS))))
    .order_by(Person.id)
)
_INTERVALS = (
    select(
        StatusInterval.person_id,
        StatusInterval.status,
        StatusInterval.valid_from,
        StatusInterval.valid_to,
        StatusInterval.claim_id,
    )
    .where(StatusInterval.person_id.in_(_IDS))
    .order_by(StatusInterval.person_id, StatusInterval.valid_from)
)

_DELETE_INTERVALS = delete(StatusInterval).where(StatusInterval.person_id.in_(_IDS))


def status_facts(session: Session, *conditions: ColumnElement[bool]) -> dict[str, list[ClaimFact]]:
    """The accepted claims that bear on status, as `status.derive` takes them, by canonical person."""
    return facts_of(session.execute(_FACTS.where(*conditions)))


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


_Row = tuple[str, date, date, str | None]  # an interval as stored: status, from, to, claim


def _interval_rows(intervals: list[Interval]) -> list[_Row]:
    """Intervals as stored: open ends as `date.min` and `date.max`, in time order."""
    wanted = [(i.status, i.valid_from or date.min, i.valid_to or date.max, i.claim) for i in intervals]
    return sorted(wanted, key=lambda w: w[1])


def _replace_intervals(session: Session, rows: dict[str, list[_Row]]) -> None:
    """Rewrite these persons' intervals (the as-of index). Only histories that changed come
    here: every rewrite also rewrites the day counts (triggers)."""
    if not rows:
        return
    session.connection().execute(_DELETE_INTERVALS, {"ids": sorted(rows)})
    values = [
        {"person_id": person_id, "status": status, "valid_from": start, "valid_to": end, "claim_id": claim}
        for person_id, wanted in rows.items()
        for status, start, end, claim in wanted
    ]
    if values:
        session.connection().execute(StatusInterval.__table__.insert(), values)


def _stored_intervals(session: Session, person_ids: Collection[str]) -> dict[str, list[_Row]]:
    stored: dict[str, list[_Row]] = defaultdict(list)
    for person_id, *values in session.connection().execute(_INTERVALS, {"ids": sorted(person_ids)}):
        stored[person_id].append(tuple(values))  # type: ignore[arg-type]
    return stored


def refresh_status(
    session: Session, person_ids: Iterable[str], *, settings: Settings, now: datetime
) -> list[StatusChange]:
    """Re-derive the status of the persons (any of their records) and store it, with its history
    over time; answer the changes.

    A few statements whatever the number of persons: their canonical records, their accepted
    claims and their stored intervals are each read in one query, and only the histories that
    changed are rewritten."""
    ids = set(person_ids)
    if not ids:
        return []
    # this first statement flushes what is pending; the reads after it see the same rows
    persons = list(session.scalars(_CANONICAL, {"ids": sorted(ids)}))
    cids = {person.id for person in persons}
    facts = facts_of(session.connection().execute(_FACTS_OF, {"ids": sorted(cids)})) if cids else {}
    if ids - cids:  # records merged into another keep no history of their own
        session.connection().execute(_DELETE_INTERVALS, {"ids": sorted(ids - cids)})
    stored = _stored_intervals(session, cids) if cids else {}
    rewrite: dict[str, list[_Row]] = {}
    changes = []
    for person in persons:
        derived, intervals = derive_history(facts.get(person.id, []), window_days=settings.conflict_days)
        wanted = _interval_rows(intervals)
        if stored.get(person.id, []) != wanted:
            rewrite[person.id] = wanted
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
    _replace_intervals(session, rewrite)
    session.flush()
    record_changes(session, changes, now=now)
    return changes
