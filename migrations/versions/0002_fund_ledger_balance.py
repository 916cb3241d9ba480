"""Fund ledger balance kept by the database: the sum of the fund's ledger, updated on insert.

A district's ledger reaches a million entries; summing it on every payment (three times per
batch, under the fund lock) took a quarter of a second each. The ledger is append-only, so an
AFTER INSERT trigger keeps ``fund.ledger_balance`` equal to ``SUM(ledger_entry.amount)``;
``verify`` compares the two.

Revision ID: 0002_fund_ledger_balance
Revises: 0001_initial
Create Date: 2026-11-25 09:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_fund_ledger_balance"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

_MONEY = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    with op.batch_alter_table("fund") as batch:
        batch.add_column(sa.Column("ledger_balance", _MONEY, nullable=False, server_default="0"))
    op.execute(
        "UPDATE fund SET ledger_balance = "
        "(SELECT COALESCE(SUM(amount), 0) FROM ledger_entry WHERE ledger_entry.fund_id = fund.id)"
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE TRIGGER ledger_entry_fund_balance AFTER INSERT ON ledger_entry BEGIN "
            "UPDATE fund SET ledger_balance = ledger_balance + NEW.amount WHERE id = NEW.fund_id; "
            "END"
        )
    else:
        op.execute(
            "CREATE FUNCTION tagana_ledger_entry_fund_balance() RETURNS trigger AS $$ BEGIN "
            "UPDATE fund SET ledger_balance = ledger_balance + NEW.amount WHERE id = NEW.fund_id; "
            "RETURN NULL; END $$ LANGUAGE plpgsql"
        )
        op.execute(
            "CREATE TRIGGER ledger_entry_fund_balance AFTER INSERT ON ledger_entry "
            "FOR EACH ROW EXECUTE FUNCTION tagana_ledger_entry_fund_balance()"
        )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS ledger_entry_fund_balance" + (
        "" if op.get_bind().dialect.name == "sqlite" else " ON ledger_entry"))
    if op.get_bind().dialect.name != "sqlite":
        op.execute("DROP FUNCTION IF EXISTS tagana_ledger_entry_fund_balance()")
    with op.batch_alter_table("fund") as batch:
        batch.drop_column("ledger_balance")
