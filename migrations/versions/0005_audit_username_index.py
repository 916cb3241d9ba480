"""Audit events by user name: the Audit page's "Pengguna" picker.

The picker lists every user name the log holds. Without an index that meant reading all of a
district's audit events (a million after a few years: a third of a second each time the Audit page
opened). With ``ix_audit_event_username`` each name is found by one probe of the index.

Revision ID: 0005_audit_username_index
Revises: 0004_dashboard_indexes
Create Date: 2026-11-25 13:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0005_audit_username_index"
down_revision = "0004_dashboard_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_audit_event_username", "audit_event", ["username"])


def downgrade() -> None:
    op.drop_index("ix_audit_event_username", table_name="audit_event")
