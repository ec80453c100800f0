"""Editor splits: undoing a merge, or moving some articles' mentions into a person of their own."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from vigil.errors import Conflict, NotFound
from vigil.registry import linking
from vigil.registry.models import (
    Claim,
    GroupMember,
    Judgement,
    Mention,
    Person,
    PersonKey,
    PersonName,
    PersonWord,
)
from vigil.registry.persons import canonical, members

__all__ = ["rebuild_names", "split_articles", "split_record"]


def split_record(
    session: Session, person_id: str, *, user: str, now: datetime, note: str | None
) -> list[str]:
    """Retract the positive judgements joining record `person_id` to others, and judge them apart."""
    if session.get(Person, person_id) is None:
        raise NotFound(f"no person {person_id}")
    edges = list(
        session.scalars(
            select(Judgement).where(
                Judgement.judgement == "positive",
                Judgement.deleted_at.is_(None),
                or_(Judgement.left_id == person_id, Judgement.right_id == person_id),
            )
        )
    )
    if not edges:
        raise Conflict(f"{person_id} was not merged with another record; name the articles to split off")
    touched = {person_id}
    for edge in edges:
        other = edge.right_id if edge.left_id == person_id else edge.left_id
        linking.judge(session, person_id, other, "negative", user=user, now=now, note=note)
        touched.add(other)
    result = linking.recluster(session, touched)
    return sorted(set(result.values()))


def split_articles(
    session: Session, person_id: str, articles: list[int], *, user: str, now: datetime, note: str | None
) -> list[str]:
    """Move the mentions and claims of `articles` from the person into a new person."""
    person = canonical(session, person_id)
    records = members(session, person.id)
    moved = list(
        session.scalars(
            select(Mention).where(Mention.article_id.in_(articles), Mention.person_id.in_(records))
        )
    )
    if not moved:
        raise NotFound(f"{person.id} is not named in article(s) {', '.join(map(str, articles))}")
    seed = f"split:{person.id}:{','.join(map(str, sorted(articles)))}:{now.isoformat()}"
    new = linking.new_person(session, moved[0].name, seed=seed, now=now, origin="article")
    session.execute(
        update(Mention).where(Mention.id.in_([m.id for m in moved])).values(person_id=new.id, method="editor")
    )
    session.execute(
        update(Claim)
        .where(Claim.article_id.in_(articles), Claim.person_id.in_(records))
        .values(person_id=new.id)
    )
    session.execute(
        update(GroupMember)
        .where(
            GroupMember.person_id.in_(records),
            GroupMember.group_event_id.in_(
                select(Claim.group_event_id).where(
                    Claim.person_id == new.id, Claim.group_event_id.is_not(None)
                )
            ),
        )
        .values(person_id=new.id)
    )
    linking.judge(session, new.id, person.id, "negative", user=user, now=now, note=note)
    for record in [*records, new.id]:
        rebuild_names(session, record)
    return [person.id, new.id]


def rebuild_names(session: Session, person_id: str) -> None:
    """Spellings and keys from the record's article mentions plus those an editor or roster gave."""
    kept = list(
        session.scalars(
            select(PersonName.name).where(PersonName.person_id == person_id, PersonName.origin != "article")
        )
    )
    mentioned = list(
        session.scalars(select(Mention.name).where(Mention.person_id == person_id).order_by(Mention.id))
    )
    session.execute(
        delete(PersonName).where(PersonName.person_id == person_id, PersonName.origin == "article")
    )
    session.execute(delete(PersonKey).where(PersonKey.person_id == person_id))
    session.execute(delete(PersonWord).where(PersonWord.person_id == person_id))
    session.flush()
    person = session.get(Person, person_id)
    if person is not None and mentioned:
        person.name = mentioned[0]
    for name in mentioned:
        linking.add_name(session, person_id, name, origin="article")
    for name in kept:
        linking.index_name(session, person_id, name)
