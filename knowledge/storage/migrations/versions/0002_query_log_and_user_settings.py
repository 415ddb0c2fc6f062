"""query log and user settings

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "query_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column("user_key", sa.String(length=64), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("entry_id", sa.String(length=64), nullable=True),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("feedback", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_query_log")),
    )
    with op.batch_alter_table("query_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_query_log_created_at"), ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_query_log_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_query_log_user_key"), ["user_key"], unique=False)

    op.create_table(
        "user_settings",
        sa.Column("user_key", sa.String(length=64), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.PrimaryKeyConstraint("user_key", name=op.f("pk_user_settings")),
    )


def downgrade() -> None:

    op.drop_table("user_settings")
    with op.batch_alter_table("query_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_query_log_user_key"))
        batch_op.drop_index(batch_op.f("ix_query_log_status"))
        batch_op.drop_index(batch_op.f("ix_query_log_created_at"))

    op.drop_table("query_log")
