"""monthly_counts: arrests and releases per month, kept by triggers; persons index with withheld

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 07:55:00

`vigil stats` reads the per-month chart from `monthly_counts` instead of scanning every
claim. Triggers on `claims` keep it exact: a (kind, month) counts each person record with
at least one accepted claim of that kind dated in that month.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

KINDS = "('arrest', 'release')"

# "No other accepted claim of this person, kind and month": the condition for counting a person
# in (or out of) a month when one claim appears (or goes).
_SQLITE_NONE_OTHER = """NOT EXISTS (
    SELECT 1 FROM claims c WHERE c.person_id = {r}.person_id AND c.kind = {r}.kind AND +c.state = 'accepted'
      AND c.id != {r}.id AND +c.effective_date >= date({r}.effective_date, 'start of month')
      AND +c.effective_date < date({r}.effective_date, 'start of month', '+1 month'))"""
# The unary + keep SQLite on the (person_id, kind) index: without them it may pick the
# (kind, state, effective_date) index and scan a whole month of claims per insert.
_SQLITE_COUNTS = "{r}.state = 'accepted' AND {r}.kind IN " + KINDS + " AND {r}.effective_date IS NOT NULL"
_SQLITE_ADD = """INSERT INTO monthly_counts(kind, month, n)
    SELECT NEW.kind, strftime('%Y-%m', NEW.effective_date), 1 WHERE true
    ON CONFLICT(kind, month) DO UPDATE SET n = n + 1;"""
_SQLITE_REMOVE = """UPDATE monthly_counts SET n = n - 1
    WHERE kind = OLD.kind AND month = strftime('%Y-%m', OLD.effective_date);"""


def _sqlite_triggers() -> list[str]:
    new_ok = _SQLITE_COUNTS.format(r="NEW") + " AND " + _SQLITE_NONE_OTHER.format(r="NEW")
    old_ok = _SQLITE_COUNTS.format(r="OLD") + " AND " + _SQLITE_NONE_OTHER.format(r="OLD")
    update = "UPDATE OF state, kind, effective_date, person_id"
    triggers = [
        ("insert", "INSERT", new_ok, _SQLITE_ADD),
        ("delete", "DELETE", old_ok, _SQLITE_REMOVE),
        ("update_old", update, old_ok, _SQLITE_REMOVE),
        ("update_new", update, new_ok, _SQLITE_ADD),
    ]
    return [
        f"CREATE TRIGGER claims_month_{name} AFTER {event} ON claims WHEN {when} BEGIN {body} END"
        for name, event, when, body in triggers
    ]


_PG_FUNCTION = (
    """
CREATE FUNCTION vigil_monthly_counts() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') AND OLD.state = 'accepted' AND OLD.kind IN """
    + KINDS
    + """
     AND OLD.effective_date IS NOT NULL AND NOT EXISTS (
       SELECT 1 FROM claims c WHERE c.person_id = OLD.person_id AND c.kind = OLD.kind
         AND c.state = 'accepted' AND c.id != OLD.id
         AND c.effective_date >= date_trunc('month', OLD.effective_date)::date
         AND c.effective_date < (date_trunc('month', OLD.effective_date) + interval '1 month')::date) THEN
    UPDATE monthly_counts SET n = n - 1
      WHERE kind = OLD.kind AND month = to_char(OLD.effective_date, 'YYYY-MM');
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.state = 'accepted' AND NEW.kind IN """
    + KINDS
    + """
     AND NEW.effective_date IS NOT NULL AND NOT EXISTS (
       SELECT 1 FROM claims c WHERE c.person_id = NEW.person_id AND c.kind = NEW.kind
         AND c.state = 'accepted' AND c.id != NEW.id
         AND c.effective_date >= date_trunc('month', NEW.effective_date)::date
         AND c.effective_date < (date_trunc('month', NEW.effective_date) + interval '1 month')::date) THEN
    INSERT INTO monthly_counts(kind, month, n) VALUES (NEW.kind, to_char(NEW.effective_date, 'YYYY-MM'), 1)
      ON CONFLICT (kind, month) DO UPDATE SET n = monthly_counts.n + 1;
  END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql
"""
)
_PG_TRIGGER = """CREATE TRIGGER claims_monthly_counts
  AFTER INSERT OR DELETE OR UPDATE OF state, kind, effective_date, person_id ON claims
  FOR EACH ROW EXECUTE FUNCTION vigil_monthly_counts()"""


def upgrade() -> None:
    op.create_table(
        "monthly_counts",
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "month"),
    )
    op.drop_index("ix_persons_status_cover", table_name="persons")
    op.create_index("ix_persons_status_cover", "persons", ["status", "withheld", "canonical_id", "id"])
    sqlite = op.get_bind().dialect.name == "sqlite"
    month = "strftime('%Y-%m', effective_date)" if sqlite else "to_char(effective_date, 'YYYY-MM')"
    op.execute(
        f"INSERT INTO monthly_counts(kind, month, n)"
        f" SELECT kind, {month}, count(DISTINCT person_id) FROM claims"
        f" WHERE state = 'accepted' AND kind IN {KINDS} AND effective_date IS NOT NULL GROUP BY kind, {month}"
    )
    for statement in _sqlite_triggers() if sqlite else [_PG_FUNCTION, _PG_TRIGGER]:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("insert", "delete", "update_old", "update_new"):
            op.execute(f"DROP TRIGGER claims_month_{name}")
    else:
        op.execute("DROP TRIGGER claims_monthly_counts ON claims")
        op.execute("DROP FUNCTION vigil_monthly_counts()")
    op.drop_index("ix_persons_status_cover", table_name="persons")
    op.create_index("ix_persons_status_cover", "persons", ["status", "canonical_id", "id"])
    op.drop_table("monthly_counts")
