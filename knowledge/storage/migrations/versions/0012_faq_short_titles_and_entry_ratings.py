"""faq translations: a short title for buttons; 👍/👎 on answers opened from a button

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("faq_translations", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("short_title", sa.String(length=64), server_default="", nullable=False)
        )
    op.create_table(
        "entry_ratings",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.func.now(),
            nullable=False,
        ),
        sa.Column("entry_id", sa.String(length=64), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("helpful", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entry_ratings")),
    )
    with op.batch_alter_table("entry_ratings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_entry_ratings_created_at"), ["created_at"])
        batch_op.create_index(batch_op.f("ix_entry_ratings_entry_id"), ["entry_id"])


def downgrade() -> None:
    with op.batch_alter_table("entry_ratings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_entry_ratings_entry_id"))
        batch_op.drop_index(batch_op.f("ix_entry_ratings_created_at"))
    op.drop_table("entry_ratings")
    with op.batch_alter_table("faq_translations", schema=None) as batch_op:
        batch_op.drop_column("short_title")
