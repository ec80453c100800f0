"""One linear migration history: fresh databases and databases made when web accounts were a
branch (heads 0005 and 0100_web) both end at the single head, with their rows kept."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import select, text

from vigil.registry.db import MIGRATIONS, make_engine, open_database
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
    open_database(database_url).close()
    engine = make_engine(database_url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0100_web")  # the schema as it was at the former heads
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO persons(id, name, latin, withheld, canonical_id, status, needs_review,"
                " created_at, updated_at) VALUES ('vg-1', 'Maria Kolesnikova', 'maria kolesnikova', false,"
                " 'vg-1', 'released', false, '2025-12-13 10:00:00', '2025-12-13 10:00:00')"
            )
        )
        conn.execute(text("DELETE FROM alembic_version"))
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES ('0005'), ('0100_web')"))
    engine.dispose()

    db = open_database(database_url)
    assert _versions(db) == {_head()}
    with db.session() as session:
        assert session.scalars(select(Person.name)).all() == ["Maria Kolesnikova"]
    db.close()
