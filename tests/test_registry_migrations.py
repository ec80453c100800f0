"""One linear migration history: fresh databases and databases made when web accounts were a
branch (heads 0005 and 0100_web) both end at the single head, with their rows kept."""

from __future__ import annotations

from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import select, text

from tests.registry_helpers import article
from vigil.registry import service
from vigil.registry.db import MIGRATIONS, open_database
from vigil.registry.models import Person


def _head() -> str:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    heads = ScriptDirectory.from_config(config).get_heads()
    assert len(heads) == 1, heads
    return heads[0]


def _versions(db) -> set[str]:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        return {row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))}


def test_the_history_has_one_head_and_a_fresh_database_reaches_it(tmp_path):
    db = open_database(f"sqlite:///{tmp_path}/fresh.sqlite")
    assert _versions(db) == {_head()}
    db.close()


def test_a_database_at_the_former_two_heads_is_upgraded_in_place(database_url):
    db = open_database(database_url)
    text_ = "Maria Kolesnikova was released on Saturday."
    service.ingest_items(db, items=[article("a.txt", text_, [("release", ["Maria Kolesnikova"], {})])])
    with db.session(write=True) as session:
        session.execute(text("DELETE FROM alembic_version"))
        session.execute(text("INSERT INTO alembic_version (version_num) VALUES ('0005'), ('0100_web')"))
    db.close()

    db = open_database(database_url)
    assert _versions(db) == {_head()}
    with db.session() as session:
        assert session.scalars(select(Person.name)).all() == ["Maria Kolesnikova"]
    db.close()
