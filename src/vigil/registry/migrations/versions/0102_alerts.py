"""alerts: accepted status changes, webhooks with their outbox and log, watchlists

Revision ID: 0102_alerts
Revises: 0101_dates
Create Date: 2026-11-30 03:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0102_alerts"
down_revision = "0101_dates"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.String(length=24), nullable=False),
        sa.Column("old", sa.String(length=24), nullable=False),
        sa.Column("new", sa.String(length=24), nullable=False),
        sa.Column("status_date", sa.Date(), nullable=True),
        sa.Column("claim_id", sa.String(length=24), nullable=True),
        sa.Column("kind", sa.String(length=24), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=1000), nullable=True),
        sa.Column("article_id", sa.Integer(), nullable=True),
        sa.Column("place", sa.String(length=300), nullable=True),
        sa.Column("outlet", sa.String(length=300), nullable=True),
        sa.Column("reviewer", sa.String(length=100), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_status_changes_person_id", "status_changes", ["person_id"])
    op.create_index("ix_status_changes_new", "status_changes", ["new", "id"])
    op.create_index("ix_status_changes_place", "status_changes", ["place"])
    op.create_index("ix_status_changes_outlet", "status_changes", ["outlet"])
    op.create_index("ix_status_changes_at", "status_changes", ["at"])
    op.create_table(
        "webhooks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("secret", sa.String(length=200), nullable=False),
        sa.Column("allow_private", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("removed_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "webhook_deliveries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("webhook_id", sa.Integer(), nullable=False),
        sa.Column("change_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_at", sa.DateTime(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("delivered_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["webhook_id"], ["webhooks.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["change_id"], ["status_changes.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("webhook_id", "change_id"),
    )
    op.create_index("ix_webhook_deliveries_due", "webhook_deliveries", ["state", "next_at"])
    op.create_index("ix_webhook_deliveries_change_id", "webhook_deliveries", ["change_id"])
    op.create_table(
        "webhook_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("delivery_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.Integer(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("duration_ms", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["delivery_id"], ["webhook_deliveries.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_webhook_attempts_delivery_id", "webhook_attempts", ["delivery_id"])
    op.create_index("ix_webhook_attempts_at", "webhook_attempts", ["at"])
    op.create_table(
        "watches",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.String(length=24), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("user_id", "person_id"),
    )
    op.create_index("ix_watches_person_id", "watches", ["person_id"])
    op.create_table(
        "watch_visits",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("user_id"),
    )


def downgrade() -> None:
    op.drop_table("watch_visits")
    op.drop_index("ix_watches_person_id", table_name="watches")
    op.drop_table("watches")
    op.drop_index("ix_webhook_attempts_at", table_name="webhook_attempts")
    op.drop_index("ix_webhook_attempts_delivery_id", table_name="webhook_attempts")
    op.drop_table("webhook_attempts")
    op.drop_index("ix_webhook_deliveries_change_id", table_name="webhook_deliveries")
    op.drop_index("ix_webhook_deliveries_due", table_name="webhook_deliveries")
    op.drop_table("webhook_deliveries")
    op.drop_table("webhooks")
    for index in ("at", "outlet", "place", "new", "person_id"):
        op.drop_index(f"ix_status_changes_{index}", table_name="status_changes")
    op.drop_table("status_changes")
