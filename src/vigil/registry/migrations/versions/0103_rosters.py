"""rosters: the rosters editors upload to reconcile, kept in the registry

Revision ID: 0103_rosters
Revises: 0102_alerts
Create Date: 2026-11-30 06:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0103_rosters"
down_revision = "0102_alerts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rosters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("columns", sa.String(length=2000), nullable=False),
        sa.Column("uploaded_by", sa.String(length=100), nullable=False),
        sa.Column("uploaded_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("rosters")
