"""person_words: word-prefix search over every spelling's Latin form

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 07:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    words = op.create_table(
        "person_words",
        sa.Column("word", sa.String(length=100), nullable=False),
        sa.Column("person_id", sa.String(length=24), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("word", "person_id"),
    )
    op.create_index("ix_person_words_person_id", "person_words", ["person_id"])
    connection = op.get_bind()
    pairs = {
        (word[:100], person_id)
        for person_id, latin in connection.execute(sa.text("SELECT person_id, latin FROM person_names"))
        for word in latin.split()
    }
    if pairs:
        op.bulk_insert(words, [{"word": w, "person_id": p} for w, p in sorted(pairs)])


def downgrade() -> None:
    op.drop_index("ix_person_words_person_id", table_name="person_words")
    op.drop_table("person_words")
