"""faq revisions, soft delete, reviewed questions

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "faq_revisions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entry_id", sa.String(length=64), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("actor_key", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("snapshot", sa.JSON(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_faq_revisions")),
    )
    with op.batch_alter_table("faq_revisions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_faq_revisions_entry_id"), ["entry_id"], unique=False)

    with op.batch_alter_table("faq_entries", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False)
        )

    with op.batch_alter_table("query_log", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("reviewed", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:

    with op.batch_alter_table("query_log", schema=None) as batch_op:
        batch_op.drop_column("reviewed")

    with op.batch_alter_table("faq_entries", schema=None) as batch_op:
        batch_op.drop_column("deleted")

    with op.batch_alter_table("faq_revisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_faq_revisions_entry_id"))

    op.drop_table("faq_revisions")
