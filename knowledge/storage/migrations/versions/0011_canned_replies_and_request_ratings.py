"""canned replies for council members; migrants' ratings of the answers, by request

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "consult_canned",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consult_canned")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("consult_canned", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consult_canned_language"), ["language"], unique=False)

    op.create_table(
        "consult_ratings",
        sa.Column("request_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("helpful", sa.Boolean(), nullable=False),
        sa.Column("comment", sa.String(length=300), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["consult_requests.id"],
            name=op.f("fk_consult_ratings_request_id_consult_requests"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("request_id", name=op.f("pk_consult_ratings")),
    )
    with op.batch_alter_table("consult_ratings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consult_ratings_at"), ["at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("consult_ratings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consult_ratings_at"))
    op.drop_table("consult_ratings")
    with op.batch_alter_table("consult_canned", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consult_canned_language"))
    op.drop_table("consult_canned")
