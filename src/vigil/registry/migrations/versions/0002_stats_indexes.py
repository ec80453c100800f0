"""covering indexes for stats

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 08:50:00
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_persons_status", table_name="persons")
    op.create_index("ix_persons_status_cover", "persons", ["status", "canonical_id", "id"])
    op.create_index("ix_claims_monthly", "claims", ["kind", "state", "effective_date"])


def downgrade() -> None:
    op.drop_index("ix_claims_monthly", table_name="claims")
    op.drop_index("ix_persons_status_cover", table_name="persons")
    op.create_index("ix_persons_status", "persons", ["status", "canonical_id"])
