"""Uploaded rosters are kept in the registry (SQLite and PostgreSQL): the newest is the last
roster, and only the newest `KEEP` stay."""

from __future__ import annotations

from sqlalchemy import func, select

from vigil.registry.roster_models import StoredRoster
from vigil.registry.rosters import KEEP, last_roster, save_roster


def test_the_newest_upload_is_the_last_roster_and_old_ones_go(db) -> None:
    assert last_roster(db) is None
    for n in range(KEEP + 3):
        save_roster(db, name=f"roster-{n}.csv", data=f"name\nPerson {n}\n".encode(), columns="", user="ed")
    last = last_roster(db)
    assert last is not None
    assert last.name == f"roster-{KEEP + 2}.csv" and last.data == f"name\nPerson {KEEP + 2}\n".encode()
    assert last.uploaded_by == "ed" and last.uploaded_at is not None
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(StoredRoster)) == KEEP
        oldest = session.scalar(select(StoredRoster.name).order_by(StoredRoster.id).limit(1))
    assert oldest == "roster-3.csv"
