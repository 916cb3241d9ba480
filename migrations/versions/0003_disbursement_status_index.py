"""Disbursements by status: Beranda's "menunggu persetujuan" count.

Without it, counting the pending disbursements read every disbursement of a district (a million
after a few years: 0.1–0.25 s on the GUI's first read). The existing ``(fund_id, status)`` index
cannot answer a question about the status alone.

Revision ID: 0003_disbursement_status_index
Revises: 0002_fund_ledger_balance
Create Date: 2026-11-25 12:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0003_disbursement_status_index"
down_revision = "0002_fund_ledger_balance"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_disbursement_status", "disbursement", ["status"])


def downgrade() -> None:
    op.drop_index("ix_disbursement_status", table_name="disbursement")
