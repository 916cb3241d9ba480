"""The race-free locking every money-moving use case goes through.

SQLite: the transaction already holds the database write lock (``BEGIN IMMEDIATE``, see
``db.engine``), so concurrent desks queue; this module only refuses to run in a read transaction.
PostgreSQL: ``SELECT … FOR UPDATE`` on the fund rows (always in id order, so two desks locking
the same funds cannot deadlock) and on the receipt sequence row.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from tagana_desk.db.engine import is_write_transaction
from tagana_desk.db.models import AuditHead, Fund, ReceiptSequence


def _require_write(session: Session) -> None:
    if session.get_bind().dialect.name == "sqlite" and not is_write_transaction(session):
        raise RuntimeError("money-moving use case called inside a read transaction")


def lock_funds(session: Session, fund_ids: Iterable[int]) -> None:
    """Lock the funds' rows until the transaction ends."""
    _require_write(session)
    ids = sorted(set(fund_ids))
    if not ids:
        return
    if session.get_bind().dialect.name != "sqlite":
        session.execute(select(Fund.id).where(Fund.id.in_(ids)).order_by(Fund.id).with_for_update())


def lock_receipt_sequence(session: Session, fund_id: int, year: int) -> ReceiptSequence:
    """The (locked) receipt sequence row of a fund and year, created at 0 when missing.

    Call after ``lock_funds`` for the same fund: the fund lock serialises the creation.
    """
    _require_write(session)
    stmt = select(ReceiptSequence).where(
        ReceiptSequence.fund_id == fund_id, ReceiptSequence.year == year
    )
    if session.get_bind().dialect.name != "sqlite":
        stmt = stmt.with_for_update()
    row = session.execute(stmt).scalar_one_or_none()
    if row is None:
        row = ReceiptSequence(fund_id=fund_id, year=year, last_seq=0)
        session.add(row)
        session.flush()
    return row


def lock_audit_head(session: Session) -> AuditHead:
    """The audit chain head, locked: appends to the chain happen one at a time."""
    _require_write(session)
    stmt = select(AuditHead).where(AuditHead.id == 1)
    if session.get_bind().dialect.name != "sqlite":
        stmt = stmt.with_for_update()
    return session.execute(stmt).scalar_one()
