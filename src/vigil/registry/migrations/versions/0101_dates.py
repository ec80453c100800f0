"""dates as precise as the source, background claims, and status intervals for "as of" counts

Revision ID: 0101_dates
Revises: 0100_web
Create Date: 2026-11-30 03:30:00

* `claims.date_precision`, `group_events.date_precision`, `persons.status_precision`: a year
  or a month is stored as its first day *and* its precision, so it is never shown as 1 January.
  Existing dates get the precision their `date_text` has ("2021" year, "2021-03" month).
* `claims.background`: told in passing ("who had been detained"); undated, such a claim is
  only known to be older than its article.
* `status_intervals`: each canonical person's status over time (`status.history`). Filled
  here for existing registries; kept by `persons.refresh_status` afterwards.
* `ix_claims_month_persons`: the as-of month's arrests and releases by person, index only.
* `status_deltas`: per day and status, intervals beginning (+1) and ending (-1), kept by
  triggers on `status_intervals`: counts as of a day are the sums up to it, a few thousand
  rows whatever the number of persons, instead of re-deriving every status.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import sqlalchemy as sa
from alembic import op

from vigil.registry.status import STATUS_KINDS, ClaimFact, derive, history

revision = "0101_dates"
down_revision = "0100_web"
branch_labels = None
depends_on = None

# status_deltas: +1 where an interval begins, -1 where it ends; counts as of a day are the
# sums up to that day (a few thousand rows, whatever the number of persons)
_ADD = """INSERT INTO status_deltas(day, status, n) VALUES ({r}.valid_from, {r}.status, 1)
    ON CONFLICT(day, status) DO UPDATE SET n = status_deltas.n + 1;
  INSERT INTO status_deltas(day, status, n) VALUES ({r}.valid_to, {r}.status, -1)
    ON CONFLICT(day, status) DO UPDATE SET n = status_deltas.n - 1;"""
_REMOVE = """UPDATE status_deltas SET n = n - 1 WHERE day = {r}.valid_from AND status = {r}.status;
  UPDATE status_deltas SET n = n + 1 WHERE day = {r}.valid_to AND status = {r}.status;"""
_SQLITE_TRIGGERS = [
    f"CREATE TRIGGER status_intervals_{event.lower()} AFTER {event} ON status_intervals BEGIN {body} END"
    for event, body in (("INSERT", _ADD.format(r="NEW")), ("DELETE", _REMOVE.format(r="OLD")))
]
_PG_FUNCTION = f"""
CREATE FUNCTION vigil_status_deltas() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    {_REMOVE.format(r="OLD")}
  ELSE
    {_ADD.format(r="NEW")}
  END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql
"""
_PG_TRIGGER = """CREATE TRIGGER status_intervals_deltas AFTER INSERT OR DELETE ON status_intervals
  FOR EACH ROW EXECUTE FUNCTION vigil_status_deltas()"""

_PRECISION = """CASE length(date_text) WHEN 4 THEN 'year' WHEN 7 THEN 'month' ELSE 'day' END"""

_claims = sa.table(
    "claims",
    sa.column("id", sa.String),
    sa.column("person_id", sa.String),
    sa.column("kind", sa.String),
    sa.column("value", sa.Text),
    sa.column("effective_date", sa.Date),
    sa.column("article_id", sa.Integer),
    sa.column("evidence_start", sa.Integer),
    sa.column("date_precision", sa.String),
    sa.column("background", sa.Boolean),
    sa.column("state", sa.String),
)
_persons = sa.table(
    "persons",
    sa.column("id", sa.String),
    sa.column("canonical_id", sa.String),
    sa.column("status", sa.String),
    sa.column("status_date", sa.Date),
    sa.column("status_precision", sa.String),
    sa.column("needs_review", sa.Boolean),
)
_articles = sa.table("articles", sa.column("id", sa.Integer), sa.column("published", sa.Date))
_intervals = sa.table(
    "status_intervals",
    sa.column("person_id", sa.String),
    sa.column("status", sa.String),
    sa.column("valid_from", sa.Date),
    sa.column("valid_to", sa.Date),
    sa.column("claim_id", sa.String),
)


def upgrade() -> None:
    op.add_column("claims", sa.Column("date_precision", sa.String(length=8), nullable=True))
    op.add_column("claims", sa.Column("background", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column("group_events", sa.Column("date_precision", sa.String(length=8), nullable=True))
    op.add_column("persons", sa.Column("status_precision", sa.String(length=8), nullable=True))
    op.create_table(
        "status_intervals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.String(length=24), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=False),
        sa.Column("claim_id", sa.String(length=24), nullable=True),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_status_intervals_person_id", "status_intervals", ["person_id"])
    op.create_index("ix_status_intervals_asof", "status_intervals", ["valid_from", "valid_to", "status"])
    # covers the persons arrested/released in the part of a month before an "as of" date
    op.create_index("ix_claims_month_persons", "claims", ["kind", "state", "effective_date", "person_id"])
    op.create_table(
        "status_deltas",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "status"),
    )
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in _SQLITE_TRIGGERS if sqlite else [_PG_FUNCTION, _PG_TRIGGER]:
        op.execute(statement)
    op.execute("UPDATE group_events SET date_precision = 'day' WHERE effective_date IS NOT NULL")
    op.execute("UPDATE claims SET date_precision = 'day' WHERE effective_date IS NOT NULL")
    op.execute(
        f"UPDATE claims SET date_precision = {_PRECISION}"
        " WHERE event_date IS NOT NULL AND date_text IS NOT NULL"
    )
    _fill_intervals(op.get_bind())


def _fill_intervals(bind: sa.engine.Connection) -> None:
    """Every canonical person's status and history under the rules of `status`, as
    `persons.refresh_status` keeps them (the default conflict window)."""
    rows = bind.execute(
        sa.select(
            _persons.c.canonical_id,
            _claims.c.id,
            _claims.c.kind,
            _claims.c.effective_date,
            _claims.c.article_id,
            _claims.c.evidence_start,
            _claims.c.value,
            _claims.c.date_precision,
            _claims.c.background,
            _articles.c.published,
        )
        .select_from(_claims.join(_persons, _persons.c.id == _claims.c.person_id))
        .outerjoin(_articles, _articles.c.id == _claims.c.article_id)
        .where(_claims.c.state == "accepted", _claims.c.kind.in_(STATUS_KINDS))
    )
    facts: dict[str, list[ClaimFact]] = defaultdict(list)
    for cid, claim, kind, when, article, position, value, precision, background, published in rows:
        article_key = None if article is None else str(article)
        facts[cid].append(
            ClaimFact(claim, kind, when, article_key, position, value, precision, bool(background), published)
        )
    batch = []
    for cid, claims in facts.items():
        derived = derive(claims)
        bind.execute(
            _persons.update()
            .where(_persons.c.id == cid)
            .values(
                status=derived.status,
                status_date=derived.date,
                status_precision=derived.precision,
                needs_review=derived.conflict,
            )
        )
        batch += [
            {
                "person_id": cid,
                "status": i.status,
                "valid_from": i.valid_from or date.min,
                "valid_to": i.valid_to or date.max,
                "claim_id": i.claim,
            }
            for i in history(claims)
        ]
        if len(batch) >= 5000:
            bind.execute(_intervals.insert(), batch)
            batch = []
    if batch:
        bind.execute(_intervals.insert(), batch)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER status_intervals_insert")
        op.execute("DROP TRIGGER status_intervals_delete")
    else:
        op.execute("DROP TRIGGER status_intervals_deltas ON status_intervals")
        op.execute("DROP FUNCTION vigil_status_deltas()")
    op.drop_table("status_deltas")
    op.drop_index("ix_claims_month_persons", table_name="claims")
    op.drop_index("ix_status_intervals_asof", table_name="status_intervals")
    op.drop_index("ix_status_intervals_person_id", table_name="status_intervals")
    op.drop_table("status_intervals")
    # plain ALTER TABLE DROP COLUMN (SQLite >= 3.35): a batch copy would drop the count triggers
    op.drop_column("persons", "status_precision")
    op.drop_column("group_events", "date_precision")
    op.drop_column("claims", "background")
    op.drop_column("claims", "date_precision")
