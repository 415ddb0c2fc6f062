"""request numbers never reused; the messages each request's replies are tied to

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Numbers people and buttons refer to. PostgreSQL's sequences never hand a value out twice;
# SQLite does unless the table is declared AUTOINCREMENT, which only a rebuild can add.
NUMBERED = ("consult_requests", "kb_proposals")


def _set_sqlite_autoincrement(enabled: bool) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in NUMBERED:
        with op.batch_alter_table(
            table, recreate="always", table_kwargs={"sqlite_autoincrement": enabled}
        ):
            pass


def upgrade() -> None:
    _set_sqlite_autoincrement(True)
    op.create_table(
        "consult_relay_messages",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("recipient_key", sa.String(length=64), nullable=False),
        sa.Column("message_id", sa.BigInteger(), nullable=False),
        sa.Column("side", sa.String(length=8), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["consult_requests.id"],
            name=op.f("fk_consult_relay_messages_request_id_consult_requests"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consult_relay_messages")),
    )
    with op.batch_alter_table("consult_relay_messages", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_consult_relay_messages_recipient_key"), ["recipient_key"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_consult_relay_messages_request_id"), ["request_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("consult_relay_messages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consult_relay_messages_request_id"))
        batch_op.drop_index(batch_op.f("ix_consult_relay_messages_recipient_key"))
    op.drop_table("consult_relay_messages")
    _set_sqlite_autoincrement(False)
