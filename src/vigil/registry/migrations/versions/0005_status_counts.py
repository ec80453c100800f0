"""status_counts: persons per status (and withheld flag), kept by triggers

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 08:50:00

`vigil stats` and the dashboard read the counts by status from `status_counts` instead of
scanning every person. Triggers on `persons` keep it exact; only canonical records (a
record that is not merged into another: id = canonical_id) count.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_ADD = """INSERT INTO status_counts(status, withheld, n) VALUES ({r}.status, {r}.withheld, 1)
    ON CONFLICT(status, withheld) DO UPDATE SET n = status_counts.n + 1;"""
_REMOVE = "UPDATE status_counts SET n = n - 1 WHERE status = {r}.status AND withheld = {r}.withheld;"
_CANONICAL = "{r}.id = {r}.canonical_id"


def _sqlite_triggers() -> list[str]:
    update = "UPDATE OF status, withheld, canonical_id"
    triggers = [
        ("insert", "INSERT", _CANONICAL.format(r="NEW"), _ADD.format(r="NEW")),
        ("delete", "DELETE", _CANONICAL.format(r="OLD"), _REMOVE.format(r="OLD")),
        ("update_old", update, _CANONICAL.format(r="OLD"), _REMOVE.format(r="OLD")),
        ("update_new", update, _CANONICAL.format(r="NEW"), _ADD.format(r="NEW")),
    ]
    return [
        f"CREATE TRIGGER persons_status_{name} AFTER {event} ON persons WHEN {when} BEGIN {body} END"
        for name, event, when, body in triggers
    ]


_PG_FUNCTION = f"""
CREATE FUNCTION vigil_status_counts() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') AND {_CANONICAL.format(r="OLD")} THEN
    {_REMOVE.format(r="OLD")}
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND {_CANONICAL.format(r="NEW")} THEN
    {_ADD.format(r="NEW")}
  END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql
"""
_PG_TRIGGER = """CREATE TRIGGER persons_status_counts
  AFTER INSERT OR DELETE OR UPDATE OF status, withheld, canonical_id ON persons
  FOR EACH ROW EXECUTE FUNCTION vigil_status_counts()"""


def upgrade() -> None:
    op.create_table(
        "status_counts",
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("withheld", sa.Boolean(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("status", "withheld"),
    )
    op.execute(
        "INSERT INTO status_counts(status, withheld, n)"
        " SELECT status, withheld, count(*) FROM persons WHERE id = canonical_id GROUP BY status, withheld"
    )
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in _sqlite_triggers() if sqlite else [_PG_FUNCTION, _PG_TRIGGER]:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("insert", "delete", "update_old", "update_new"):
            op.execute(f"DROP TRIGGER persons_status_{name}")
    else:
        op.execute("DROP TRIGGER persons_status_counts ON persons")
        op.execute("DROP FUNCTION vigil_status_counts()")
    op.drop_table("status_counts")
