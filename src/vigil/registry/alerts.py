"""Status changes as they are published: recorded where a person's stored status changes,
read back for feeds, watchlists and `vigil watch`; and each user's watchlist.

A change is *published* when a person's stored status moves to a new status that accepted
claims decide. A status left `unknown` by contradicting claims is not published: the
contradiction waits for an editor, and the change published afterwards goes from the last
published status (held -> contradiction -> released publishes held -> released once). Claims
awaiting review never decide a status (`status.derive` reads accepted claims only), so they
never publish anything. Withheld persons' changes are recorded but never shown or sent.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Select, bindparam, delete, func, select
from sqlalchemy.orm import Session, aliased

from vigil.errors import NotFound
from vigil.registry.alert_models import StatusChangeRow, Watch, WatchVisit, Webhook, WebhookDelivery
from vigil.registry.models import ArticleOutlet, Claim, Person

if TYPE_CHECKING:
    from vigil.registry.persons import StatusChange

__all__ = [
    "Change",
    "Watchlist",
    "follow",
    "following",
    "latest_change_id",
    "list_changes",
    "mark_visit",
    "record_changes",
    "unfollow",
    "watchlist",
]


@dataclass(frozen=True)
class Change:
    """One published status change, with the evidence that decided it."""

    id: int
    person_id: str  # the canonical record now
    name: str
    withheld: bool
    old: str
    new: str
    date: date | None
    kind: str | None
    evidence: str | None
    source: str | None
    article_id: int | None
    place: str | None
    outlet: str | None
    reviewer: str | None
    at: datetime


_IDS = bindparam("ids", expanding=True)
# the statements of `record_changes`, built once: it runs in every ingest transaction that moves a status
_LAST_CHANGE = select(StatusChangeRow.person_id, StatusChangeRow.new).where(
    StatusChangeRow.id.in_(
        select(func.max(StatusChangeRow.id))
        .where(StatusChangeRow.person_id.in_(_IDS))
        .group_by(StatusChangeRow.person_id)
    )
)
_DECIDING = select(
    Claim.id, Claim.kind, Claim.evidence, Claim.source, Claim.article_id, Claim.value, Claim.reviewer
).where(Claim.id.in_(_IDS))
_OUTLETS = (
    select(ArticleOutlet.article_id, ArticleOutlet.outlet)
    .where(ArticleOutlet.article_id.in_(_IDS), ArticleOutlet.outlet.is_not(None))
    .order_by(ArticleOutlet.id.desc())
)
_WITHHELD = select(Person.id).where(Person.id.in_(_IDS), Person.withheld.is_(True))
_HOOKS = select(Webhook.id).where(Webhook.removed_at.is_(None))


def record_changes(session: Session, changes: Sequence[StatusChange], *, now: datetime) -> list[int]:
    """Store the published ones among `changes` and queue them for every webhook (withheld persons
    excepted), in the caller's transaction; answers the new change ids."""
    published = [c for c in changes if not c.conflict]
    if not published:
        return []
    session.flush()  # the reads below run on the connection: they must see the session's changes
    connection = session.connection()
    ids = sorted({c.person_id for c in published})
    last: dict[str, str] = {person: new for person, new in connection.execute(_LAST_CHANGE, {"ids": ids})}
    deciding = sorted({c.claims[0] for c in published if c.claims})
    claims = {row.id: row for row in connection.execute(_DECIDING, {"ids": deciding})}
    articles = sorted({c.article_id for c in claims.values() if c.article_id is not None})
    outlets: dict[int, str] = {}
    for article_id, outlet in connection.execute(_OUTLETS, {"ids": articles}):
        outlets[article_id] = outlet
    withheld = set(connection.execute(_WITHHELD, {"ids": ids}).scalars())
    rows = []
    for change in published:
        old = last.get(change.person_id, change.old)
        if old == change.new:
            continue
        claim = claims.get(change.claims[0]) if change.claims else None
        rows.append(
            StatusChangeRow(
                person_id=change.person_id,
                old=old,
                new=change.new,
                status_date=change.date,
                claim_id=claim.id if claim else None,
                kind=claim.kind if claim else None,
                evidence=claim.evidence if claim else None,
                source=claim.source if claim else None,
                article_id=claim.article_id if claim else None,
                place=(claim.value or None) if claim and claim.kind != "status" else None,
                outlet=outlets.get(claim.article_id) if claim and claim.article_id else None,
                reviewer=claim.reviewer if claim else None,
                at=now,
            )
        )
    if not rows:
        return []
    session.add_all(rows)
    session.flush()
    hooks = list(connection.execute(_HOOKS).scalars())
    session.add_all(
        WebhookDelivery(webhook_id=hook, change_id=row.id, state="pending", attempts=0, next_at=now)
        for row in rows
        if row.person_id not in withheld
        for hook in hooks
    )
    return [row.id for row in rows]


def _changes_query() -> tuple[Select[tuple[StatusChangeRow, Person]], type[Person]]:
    record, shown = aliased(Person), aliased(Person)
    query = (
        select(StatusChangeRow, shown)
        .join(record, record.id == StatusChangeRow.person_id)
        .join(shown, shown.id == record.canonical_id)
    )
    return query, shown  # type: ignore[return-value]


def list_changes(
    session: Session,
    *,
    person_id: str | None = None,
    persons: Iterable[str] | None = None,
    ids: Iterable[int] | None = None,
    status: str | None = None,
    place: str | None = None,
    outlet: str | None = None,
    after_id: int | None = None,
    since: datetime | None = None,
    limit: int | None = 50,
    include_withheld: bool = False,
) -> list[Change]:
    """Published changes, newest first (oldest first with `after_id`, for followers of the log).

    Withheld persons' changes are left out unless `include_withheld` (then named by the caller's
    choice: `Change.withheld` says so)."""
    query, shown = _changes_query()
    if person_id is not None:
        query = query.where(shown.id == person_id)
    if persons is not None:
        query = query.where(shown.id.in_(list(persons)))
    if ids is not None:
        query = query.where(StatusChangeRow.id.in_(list(ids)))
    if status is not None:
        query = query.where(StatusChangeRow.new == status)
    if place is not None:
        query = query.where(func.lower(StatusChangeRow.place) == place.casefold())
    if outlet is not None:
        query = query.where(func.lower(StatusChangeRow.outlet) == outlet.casefold())
    if since is not None:
        query = query.where(StatusChangeRow.at > since)
    if not include_withheld:
        query = query.where(shown.withheld.is_(False))
    if after_id is not None:
        query = query.where(StatusChangeRow.id > after_id).order_by(StatusChangeRow.id)
    else:
        query = query.order_by(StatusChangeRow.id.desc())
    if limit is not None:
        query = query.limit(limit)
    return [
        Change(
            id=row.id,
            person_id=person.id,
            name=person.name,
            withheld=person.withheld,
            old=row.old,
            new=row.new,
            date=row.status_date,
            kind=row.kind,
            evidence=row.evidence,
            source=row.source,
            article_id=row.article_id,
            place=row.place,
            outlet=row.outlet,
            reviewer=row.reviewer,
            at=row.at,
        )
        for row, person in session.execute(query)
    ]


def latest_change_id(session: Session) -> int:
    """The newest change's id (0 for none): where a follower of the log starts."""
    return session.scalar(select(func.max(StatusChangeRow.id))) or 0


# --- watchlists -----------------------------------------------------------------------------


def _canonical_id(session: Session, person_id: str) -> str:
    found = session.scalar(select(Person.canonical_id).where(Person.id == person_id))
    if found is None:
        raise NotFound(f"no person {person_id}")
    return found


def follow(session: Session, *, user_id: int, person_id: str, now: datetime) -> str:
    """`user_id` follows the person; answers the canonical id followed (following twice is harmless)."""
    cid = _canonical_id(session, person_id)
    if session.get(Watch, (user_id, cid)) is None:
        session.add(Watch(user_id=user_id, person_id=cid, created_at=now))
    return cid


def unfollow(session: Session, *, user_id: int, person_id: str) -> None:
    """Stop following the person (any of its records)."""
    cid = _canonical_id(session, person_id)
    records = select(Person.id).where(Person.canonical_id == cid)
    session.execute(
        delete(Watch)
        .where(Watch.user_id == user_id, Watch.person_id.in_(records))
        .execution_options(synchronize_session=False)
    )


def following(session: Session, *, user_id: int) -> list[str]:
    """The canonical ids of the persons `user_id` follows (records merged since count as one)."""
    return sorted(
        set(
            session.scalars(
                select(Person.canonical_id)
                .join(Watch, Watch.person_id == Person.id)
                .where(Watch.user_id == user_id)
            )
        )
    )


@dataclass(frozen=True)
class Watchlist:
    persons: list[Person]
    since: datetime | None  # the previous visit
    changes: list[Change]  # of the followed persons since `since` (all of them on a first visit)


def watchlist(session: Session, *, user_id: int, limit: int = 200) -> Watchlist:
    """The followed persons and what changed for them since the user's last visit."""
    ids = following(session, user_id=user_id)
    persons = list(session.scalars(select(Person).where(Person.id.in_(ids)).order_by(Person.latin)))
    visit = session.get(WatchVisit, user_id)
    since = visit.seen_at if visit else None
    changes = (
        list_changes(session, persons=ids, since=since, limit=limit, include_withheld=True) if ids else []
    )
    return Watchlist(persons, since, changes)


def mark_visit(session: Session, *, user_id: int, now: datetime) -> None:
    """Remember this visit: the next one shows changes from now on."""
    visit = session.get(WatchVisit, user_id)
    if visit is None:
        session.add(WatchVisit(user_id=user_id, seen_at=now))
    else:
        visit.seen_at = now
