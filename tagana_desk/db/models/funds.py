"""Funds, allocations and the append-only fund ledger."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tagana_desk.db.base import Base, BigId, CreatedMixin, Money, enum_column
from tagana_desk.domain.enums import EntryKind, FundKind


class Fund(CreatedMixin, Base):
    """A fund (BTT, HONOR, CSR, …). Its balance is the sum of its ledger, never typed in.

    ``ledger_balance`` is that sum, kept by a database trigger on every ledger insert (the ledger
    is append-only) so a payment does not add up a million entries; the program never writes it,
    and ``verify`` compares it with the sum.
    """

    __tablename__ = "fund"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(160))
    kind: Mapped[FundKind] = enum_column(FundKind, default=FundKind.DISASTER)
    description: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    ledger_balance: Mapped[int] = mapped_column(Money, default=0, server_default="0")


class FundAllocation(CreatedMixin, Base):
    """Money put into a fund, with its legal reference (e.g. SK Bupati 188/123/2026)."""

    __tablename__ = "fund_allocation"
    __table_args__ = (CheckConstraint("amount > 0", name="amount_positive"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    fund_id: Mapped[int] = mapped_column(ForeignKey("fund.id"), index=True)
    reference: Mapped[str] = mapped_column(String(200))
    allocation_date: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[int] = mapped_column(Money)
    source: Mapped[str] = mapped_column(String(120), default="")  # APBD BTT, CSR PT …, …
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)


class LedgerEntry(CreatedMixin, Base):
    """One movement of money (BKU line). Never updated or deleted; corrections are reversals.

    ``amount`` is signed: positive is money in (allocation, reversal of a payment), negative is
    money out (disbursement, stipend, reversal of an allocation).
    """

    __tablename__ = "ledger_entry"
    __table_args__ = (
        CheckConstraint("amount <> 0", name="amount_nonzero"),
        Index("ix_ledger_entry_fund_date", "fund_id", "entry_date", "id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    fund_id: Mapped[int] = mapped_column(ForeignKey("fund.id"))
    entry_date: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[EntryKind] = enum_column(EntryKind)
    amount: Mapped[int] = mapped_column(Money)
    proof_number: Mapped[str] = mapped_column(String(64), default="")  # receipt no. or SK ref
    description: Mapped[str] = mapped_column(String(400), default="")
    allocation_id: Mapped[int | None] = mapped_column(
        ForeignKey("fund_allocation.id"), nullable=True, index=True
    )
    disbursement_id: Mapped[int | None] = mapped_column(
        ForeignKey("disbursement.id"), nullable=True, index=True
    )
    stipend_payment_id: Mapped[int | None] = mapped_column(
        ForeignKey("stipend_payment.id"), nullable=True, index=True
    )
    reverses_entry_id: Mapped[int | None] = mapped_column(
        ForeignKey("ledger_entry.id"), nullable=True, unique=True
    )
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
