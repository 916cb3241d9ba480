"""Disbursements (penyaluran), their in-kind items, approvals, receipts and receipt sequences."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from tagana_desk.db.base import Base, BigId, CreatedMixin, Money, UtcDateTime, enum_column
from tagana_desk.domain.enums import (
    AidKind,
    ApprovalDecision,
    DisbursementStatus,
    ReceiptStatus,
)

#: Statuses in which a disbursement still counts (a household gets an aid type at most once).
_LIVE = "status IN ('draft', 'pending_approval', 'paid')"


class Disbursement(CreatedMixin, Base):
    """Aid to one household of one incident, of one aid type, from one fund.

    ``pending_approval`` is a commitment: it reserves money from the available balance and has
    no receipt yet. Paid → a ledger entry (negative) and a receipt.
    """

    __tablename__ = "disbursement"
    __table_args__ = (
        CheckConstraint("amount > 0", name="amount_positive"),
        # At most one live disbursement per household and aid type, enforced by the database.
        Index(
            "uq_disbursement_household_aid_live",
            "household_id",
            "aid_type_id",
            unique=True,
            sqlite_where=text(_LIVE),
            postgresql_where=text(_LIVE),
        ),
        Index("ix_disbursement_fund_status", "fund_id", "status"),
        Index("ix_disbursement_status", "status"),  # Beranda: what waits for approval
        Index("ix_disbursement_pay_date", "pay_date"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id"), index=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id"), index=True)
    aid_type_id: Mapped[int] = mapped_column(ForeignKey("aid_type.id"), index=True)
    fund_id: Mapped[int] = mapped_column(ForeignKey("fund.id"))
    kind: Mapped[AidKind] = enum_column(AidKind)
    amount: Mapped[int] = mapped_column(Money)
    #: How the amount was computed, as shown and printed: "5 jiwa × 7 hari × Rp15.000".
    computation: Mapped[str] = mapped_column(String(300), default="")
    days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    rate_amount: Mapped[int | None] = mapped_column(Money, nullable=True)  # rate used, frozen
    is_manual: Mapped[bool] = mapped_column(Boolean, default=False)
    manual_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    status: Mapped[DisbursementStatus] = enum_column(DisbursementStatus)
    pay_date: Mapped[dt.date] = mapped_column(Date)
    requested_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    paid_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    paid_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    batch_ref: Mapped[str | None] = mapped_column(String(40), nullable=True, index=True)


class DisbursementItem(Base):
    """One line of an in-kind disbursement (tanda terima barang)."""

    __tablename__ = "disbursement_item"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    disbursement_id: Mapped[int] = mapped_column(ForeignKey("disbursement.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    unit: Mapped[str] = mapped_column(String(24))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_value: Mapped[int] = mapped_column(Money)
    total: Mapped[int] = mapped_column(Money)


class Approval(CreatedMixin, Base):
    """The kepala's decision on a commitment."""

    __tablename__ = "approval"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    disbursement_id: Mapped[int] = mapped_column(ForeignKey("disbursement.id"), unique=True)
    decision: Mapped[ApprovalDecision] = enum_column(ApprovalDecision)
    decided_by: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    decided_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    reason: Mapped[str] = mapped_column(Text, default="")


class ReceiptSequence(Base):
    """Last receipt number issued per fund per year; locked while a number is taken (gapless)."""

    __tablename__ = "receipt_sequence"

    fund_id: Mapped[int] = mapped_column(ForeignKey("fund.id"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)


class Receipt(CreatedMixin, Base):
    """Kuitansi / tanda terima: issued when paid, never deleted; a void keeps the number."""

    __tablename__ = "receipt"
    __table_args__ = (
        UniqueConstraint("fund_id", "year", "seq"),
        CheckConstraint("amount > 0", name="amount_positive"),
        CheckConstraint(
            "(disbursement_id IS NULL) <> (stipend_payment_id IS NULL)", name="one_source"
        ),
        Index("ix_receipt_issue_date", "issue_date"),
        # Beranda's charts: every column they read, so the receipts themselves are not read.
        Index(
            "ix_receipt_status_issue_date",
            "status",
            "issue_date",
            "kind",
            "disbursement_id",
            "amount",
        ),  # fmt: skip
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    fund_id: Mapped[int] = mapped_column(ForeignKey("fund.id"))
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    issue_date: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[int] = mapped_column(Money)
    kind: Mapped[AidKind] = enum_column(AidKind)
    recipient_name: Mapped[str] = mapped_column(String(120))
    recipient_nik: Mapped[str | None] = mapped_column(String(16), nullable=True)
    recipient_address: Mapped[str] = mapped_column(String(300), default="")
    purpose: Mapped[str] = mapped_column(Text)
    disbursement_id: Mapped[int | None] = mapped_column(
        ForeignKey("disbursement.id"), nullable=True, unique=True
    )
    stipend_payment_id: Mapped[int | None] = mapped_column(
        ForeignKey("stipend_payment.id"), nullable=True, unique=True
    )
    status: Mapped[ReceiptStatus] = enum_column(ReceiptStatus, default=ReceiptStatus.VALID)
    print_count: Mapped[int] = mapped_column(Integer, default=0)
    issued_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    voided_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    voided_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    void_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
