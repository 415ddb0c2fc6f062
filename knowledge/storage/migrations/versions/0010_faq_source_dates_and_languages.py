"""faq entries: source date, text-reviewed date, sources and legal bases in three languages

``checked_on`` claimed a check against the official page that nobody made; the column keeps
its value (the day the text was last compared with its source) under its honest name.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("faq_entries", schema=None) as batch_op:
        batch_op.alter_column("checked_on", new_column_name="reviewed_on")
        batch_op.add_column(sa.Column("source_date", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("source_titles", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("source_urls", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("legal_basis_i18n", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("faq_entries", schema=None) as batch_op:
        batch_op.drop_column("legal_basis_i18n")
        batch_op.drop_column("source_urls")
        batch_op.drop_column("source_titles")
        batch_op.drop_column("source_date")
        batch_op.alter_column("reviewed_on", new_column_name="checked_on")
