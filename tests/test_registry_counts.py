"""The trigger-kept counters (`status_counts`, `monthly_counts`) always equal a full count."""

from __future__ import annotations

from sqlalchemy import func, select

from tests.fixtures.extraction import SAMPLE
from vigil.registry import service
from vigil.registry.models import Person, StatusCount


def counted_by_scan(db) -> dict[tuple[str, bool], int]:
    with db.session() as session:
        rows = session.execute(
            select(Person.status, Person.withheld, func.count())
            .where(Person.id == Person.canonical_id)
            .group_by(Person.status, Person.withheld)
        ).all()
    return {(s, bool(w)): n for s, w, n in rows}


def counted_by_triggers(db) -> dict[tuple[str, bool], int]:
    with db.session() as session:
        rows = session.execute(select(StatusCount.status, StatusCount.withheld, StatusCount.n)).all()
    return {(s, bool(w)): n for s, w, n in rows if n}


def test_status_counts_follow_ingest_merge_split_and_withholding(db, extractor):
    files = sorted(SAMPLE.glob("dev-0[1-4]*.txt")) + [SAMPLE / "seed-belarus-release.txt"]
    service.ingest(db, paths=files, extractor=extractor)
    assert counted_by_triggers(db) == counted_by_scan(db)
    people = service.list_people(db)
    first, second = people[0].id, people[1].id
    merged = service.merge(db, a=first, b=second, user="editor")
    assert counted_by_triggers(db) == counted_by_scan(db)
    service.split(db, person_id=merged, user="editor")
    assert counted_by_triggers(db) == counted_by_scan(db)
    service.set_withheld(db, person_id=people[2].id, withheld=True, user="editor")
    assert counted_by_triggers(db) == counted_by_scan(db)
    stats = service.stats(db)
    assert stats.withheld == 1
    assert stats.persons == sum(counted_by_scan(db).values())
