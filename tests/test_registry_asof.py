"""Counts "as of" a date come from the status intervals; they must equal a full re-derivation of
every status from the claims dated on or before that date (SQLite and PostgreSQL). The
migration that adds them upgrades an empty database and one at the previous head."""

from __future__ import annotations

import os
import random
from datetime import date, timedelta
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import select, text

from tests.registry_helpers import article
from vigil.registry import service
from vigil.registry.db import MIGRATIONS, make_engine, open_database
from vigil.registry.models import Claim, Person, StatusInterval

KINDS = ("arrest", "sentence", "release", "deportation", "arrest", "release")
NAMES = [
    "Ihar Losik",
    "Maria Kolesnikova",
    "Ales Bialiatski",
    "Maryna Zolatava",
    "Pavel Seviarynets",
    "Andrei Kuznechyk",
    "Siarhei Tsikhanouski",
    "Mikola Statkevich",
]


def _story(rng: random.Random, i: int):
    """One article about one or two persons with dated, imprecise, undated and background events."""
    named = rng.sample(NAMES, 2)
    body = f"{named[0]} and {named[1]} were in the news."
    events = []
    for name in named:
        for _ in range(rng.randint(1, 2)):
            day = date(2020, 1, 1) + timedelta(days=rng.randint(0, 5 * 365))
            form = rng.choice(("day", "month", "year", "none", "background"))
            when = {"day": day.isoformat(), "month": f"{day:%Y-%m}", "year": f"{day:%Y}"}.get(form)
            extra = {
                "date": when,
                "date_precision": form if when else None,
                "background": form == "background",
            }
            events.append((rng.choice(KINDS), [name], extra))
    published = date(2020, 6, 1) + timedelta(days=rng.randint(0, 5 * 365))
    return article(f"s{i}.txt", body, events, published=published)


def _as_of_days() -> list[date]:
    return [date(2019, 12, 31), date(2021, 1, 1), date(2021, 7, 15), date(2022, 12, 31), date(2024, 3, 1)] + [
        date(2030, 1, 1)
    ]


def test_as_of_counts_equal_a_full_recomputation(db):
    rng = random.Random(13)
    service.ingest_items(db, items=[_story(rng, i) for i in range(40)])
    for day in _as_of_days():
        fast = service.stats(db, as_of=day).by_status
        slow = service.status_as_of_recomputed(db, as_of=day)
        assert fast == {s: slow.get(s, 0) for s in fast}, day
    # a merge, a review decision and a re-extraction rewrite the intervals of whom they touch
    people = service.list_people(db)
    service.merge(db, a=people[0].id, b=people[1].id, user="ed")
    with db.session() as session:
        some = session.scalars(select(Claim.id).where(Claim.state == "accepted").order_by(Claim.id)).first()
    service.decide(db, item_id=some, accept=False, user="ed", override=True)
    service.ingest_items(db, items=[_story(random.Random(99), 3)])
    for day in _as_of_days():
        fast = service.stats(db, as_of=day).by_status
        slow = service.status_as_of_recomputed(db, as_of=day)
        assert fast == {s: slow.get(s, 0) for s in fast}, day
    # the current status is the open interval of every person
    with db.session() as session:
        open_ = dict(
            session.execute(
                select(StatusInterval.person_id, StatusInterval.status).where(
                    StatusInterval.valid_to == date.max
                )
            ).all()
        )
        for person in session.scalars(select(Person).where(Person.id == Person.canonical_id)):
            assert open_.get(person.id, "unknown") == person.status or person.needs_review


def test_year_only_release_counts_from_the_first_day_of_its_year(db):
    items = [
        article("a.txt", "Ihar Losik was detained.", [("arrest", ["Ihar Losik"], {"date": "2020-06-25"})]),
        article(
            "b.txt",
            "Ihar Losik was freed.",
            [("release", ["Ihar Losik"], {"date": "2022", "date_precision": "year"})],
        ),
    ]
    service.ingest_items(db, items=items)
    assert service.stats(db, as_of=date(2021, 12, 31)).by_status["held"] == 1
    assert service.stats(db, as_of=date(2022, 1, 1)).by_status["released"] == 1
    person = service.get_person(db, ref="Ihar Losik")
    assert (person.status, person.status_date, person.status_precision) == (
        "released",
        date(2022, 1, 1),
        "year",
    )


# -- the migration ---------------------------------------------------------------------------


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.sqlite'}"
        return
    server = request.getfixturevalue("postgres_server")
    name = f"vigil_old_{os.getpid()}_{request.node.name[-8:].strip('[]')}"
    server.admin(f"CREATE DATABASE {name}")
    yield server.url(name)
    server.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def test_upgrade_from_the_previous_head_keeps_data_and_fills_precision_and_intervals(empty_url):
    engine = make_engine(empty_url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0100_web")
    with engine.begin() as conn:
        now = "2025-12-13 10:00:00"
        conn.execute(
            text(
                "INSERT INTO articles(id, source, published, text_hash, text, duplicates_removed, created_at)"
                " VALUES (1, 'a.txt', '2025-12-13', 'h1', 'Ihar Losik was freed in 2022.', 0, :now)"
            ),
            {"now": now},
        )
        conn.execute(
            text(
                "INSERT INTO persons(id, name, latin, withheld, canonical_id, status, needs_review,"
                " created_at, updated_at) VALUES ('vg-1', 'Ihar Losik', 'ihar losik', false, 'vg-1',"
                " 'unknown', false, :now, :now)"
            ),
            {"now": now},
        )
        for cid, kind, text_, when in (
            ("cl-1", "arrest", "2020-06-25", "2020-06-25"),
            ("cl-2", "release", "2022", "2022-01-01"),
        ):
            conn.execute(
                text(
                    "INSERT INTO claims(id, person_id, kind, date_text, event_date, effective_date,"
                    " article_id, source, origin, state, created_at)"
                    " VALUES (:id, 'vg-1', :kind, :t, :d, :d, 1, 'a.txt', 'machine', 'accepted', :now)"
                ),
                {"id": cid, "kind": kind, "t": text_, "d": when, "now": now},
            )
    engine.dispose()
    db = open_database(empty_url)  # upgrades to head
    try:
        with db.session() as session:
            precisions = dict(session.execute(select(Claim.id, Claim.date_precision)).all())
            assert precisions == {"cl-1": "day", "cl-2": "year"}
            person = session.get(Person, "vg-1")
            assert (person.status, person.status_precision) == ("released", "year")
        assert service.stats(db, as_of=date(2021, 6, 1)).by_status["held"] == 1
        assert service.stats(db).by_status["released"] == 1
        assert service.get_person(db, ref="vg-1").timeline[1].date_precision == "year"
    finally:
        db.close()
