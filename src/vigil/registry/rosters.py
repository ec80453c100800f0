"""Keeping the rosters editors upload: the last one is what `/reconcile` compares with the
registry on every visit, whichever web worker answers; the few before it stay for the record."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import delete, select

from vigil.registry.db import Database
from vigil.registry.roster_models import StoredRoster

__all__ = ["KEEP", "last_roster", "save_roster"]

KEEP = 20  # uploads kept; older ones are removed when a new one arrives


def save_roster(db: Database, *, name: str, data: bytes, columns: str, user: str) -> StoredRoster:
    """Store an upload as the last roster, dropping those beyond the newest `KEEP`."""
    with db.session(write=True) as session:
        roster = StoredRoster(
            name=name[:300],
            data=data,
            columns=columns[:2000],
            uploaded_by=user[:100],
            uploaded_at=datetime.now(UTC).replace(tzinfo=None),
        )
        session.add(roster)
        session.flush()
        keep = select(StoredRoster.id).order_by(StoredRoster.id.desc()).limit(KEEP).scalar_subquery()
        session.execute(delete(StoredRoster).where(StoredRoster.id.not_in(keep)))
        session.expunge(roster)
        return roster


def last_roster(db: Database) -> StoredRoster | None:
    """The newest upload, or None before any."""
    with db.session() as session:
        roster = session.scalars(select(StoredRoster).order_by(StoredRoster.id.desc()).limit(1)).first()
        if roster is not None:
            session.expunge(roster)
        return roster
