"""query log reference for ratings

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    with op.batch_alter_table("query_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ref", sa.String(length=16), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_query_log_ref"), ["ref"])


def downgrade() -> None:

    with op.batch_alter_table("query_log", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_query_log_ref"), type_="unique")
        batch_op.drop_column("ref")
