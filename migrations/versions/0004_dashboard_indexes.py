"""Beranda's charts and open-incident count answered from indexes.

The two charts add up the valid receipts of the last twelve months by month, kind and aid type.
Through ``ix_receipt_issue_date`` each of those receipts was read from the table itself: on a
district's database (a million receipts, twenty thousand in the last year) the charts took
60 ms of every Beranda refresh. ``ix_receipt_status_issue_date`` holds every column they read,
so the table is not touched. Counting the open incidents read every incident;
``ix_incident_status`` answers it.

Revision ID: 0004_dashboard_indexes
Revises: 0003_disbursement_status_index
Create Date: 2026-11-25 13:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0004_dashboard_indexes"
down_revision = "0003_disbursement_status_index"
branch_labels = None
depends_on = None

RECEIPT_COLUMNS = ["status", "issue_date", "kind", "disbursement_id", "amount"]


def upgrade() -> None:
    op.create_index("ix_receipt_status_issue_date", "receipt", RECEIPT_COLUMNS)
    op.create_index("ix_incident_status", "incident", ["status"])


def downgrade() -> None:
    op.drop_index("ix_incident_status", table_name="incident")
    op.drop_index("ix_receipt_status_issue_date", table_name="receipt")
