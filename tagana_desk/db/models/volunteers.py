"""Volunteers (Tagana, TSM, PSM, TKSK, …), their rates, stipend runs and deployments."""

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
from tagana_desk.domain.enums import StipendStatus, VolunteerLevel


class VolunteerType(CreatedMixin, Base):
    __tablename__ = "volunteer_type"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)  # TAGANA, TSM, PSM, TKSK
    name: Mapped[str] = mapped_column(String(120))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class VolunteerRate(CreatedMixin, Base):
    """Monthly rate of a volunteer type from a date on, with its optional tax rule.

    Tax = ``tax_rate_bp`` of ``tax_base_bp`` of the gross (basis points: 500 = 5%), whole rupiah.
    """

    __tablename__ = "volunteer_rate"
    __table_args__ = (
        UniqueConstraint("volunteer_type_id", "effective_from"),
        CheckConstraint("monthly_amount >= 0", name="monthly_nonnegative"),
        CheckConstraint("tax_rate_bp BETWEEN 0 AND 10000", name="tax_rate_range"),
        CheckConstraint("tax_base_bp BETWEEN 0 AND 10000", name="tax_base_range"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    volunteer_type_id: Mapped[int] = mapped_column(ForeignKey("volunteer_type.id"), index=True)
    effective_from: Mapped[dt.date] = mapped_column(Date)
    monthly_amount: Mapped[int] = mapped_column(Money)
    daily_deployment_allowance: Mapped[int] = mapped_column(Money, default=0)
    tax_rate_bp: Mapped[int] = mapped_column(Integer, default=0)
    tax_base_bp: Mapped[int] = mapped_column(Integer, default=10000)


class Volunteer(CreatedMixin, Base):
    __tablename__ = "volunteer"
    __table_args__ = (Index("ix_volunteer_name", "name"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    nik: Mapped[str] = mapped_column(String(16), unique=True)
    volunteer_type_id: Mapped[int] = mapped_column(ForeignKey("volunteer_type.id"), index=True)
    nia: Mapped[str] = mapped_column(String(40), default="")  # Nomor Induk Anggota
    level: Mapped[VolunteerLevel | None] = enum_column(VolunteerLevel, nullable=True)
    kecamatan_code: Mapped[str | None] = mapped_column(ForeignKey("region.code"), nullable=True)
    phone: Mapped[str] = mapped_column(String(32), default="")
    bank_name: Mapped[str] = mapped_column(String(60), default="")
    bank_account: Mapped[str] = mapped_column(String(40), default="")
    joined_on: Mapped[dt.date] = mapped_column(Date)
    left_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class StipendRun(CreatedMixin, Base):
    """One press of "Bayar" for a month; a month may have several runs (late joiners)."""

    __tablename__ = "stipend_run"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    period: Mapped[str] = mapped_column(String(7), index=True)  # 2026-11
    run_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    pay_date: Mapped[dt.date] = mapped_column(Date)
    paid_count: Mapped[int] = mapped_column(Integer, default=0)
    total_net: Mapped[int] = mapped_column(Money, default=0)


_PAID = "status = 'paid'"


class StipendPayment(CreatedMixin, Base):
    """A volunteer's honor for one month: gross, tax, net. Paid at most once per month."""

    __tablename__ = "stipend_payment"
    __table_args__ = (
        Index(
            "uq_stipend_payment_volunteer_period_paid",
            "volunteer_id",
            "period",
            unique=True,
            sqlite_where=text(_PAID),
            postgresql_where=text(_PAID),
        ),
        CheckConstraint("net = gross - tax", name="net_is_gross_minus_tax"),
        CheckConstraint("tax >= 0 AND gross > 0", name="amounts_valid"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("stipend_run.id"), index=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteer.id"), index=True)
    period: Mapped[str] = mapped_column(String(7), index=True)
    fund_id: Mapped[int] = mapped_column(ForeignKey("fund.id"))
    volunteer_rate_id: Mapped[int | None] = mapped_column(
        ForeignKey("volunteer_rate.id"), nullable=True
    )
    monthly_amount: Mapped[int] = mapped_column(Money)
    deployment_days: Mapped[int] = mapped_column(Integer, default=0)
    deployment_amount: Mapped[int] = mapped_column(Money, default=0)
    gross: Mapped[int] = mapped_column(Money)
    tax: Mapped[int] = mapped_column(Money, default=0)
    net: Mapped[int] = mapped_column(Money)
    pay_date: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[StipendStatus] = enum_column(StipendStatus, default=StipendStatus.PAID)
    paid_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())


class Deployment(CreatedMixin, Base):
    """A volunteer assigned to an incident (penugasan) for a span of days."""

    __tablename__ = "deployment"
    __table_args__ = (CheckConstraint("end_date >= start_date", name="dates_ordered"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteer.id"), index=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id"), index=True)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    role: Mapped[str] = mapped_column(String(120), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    #: The stipend payment that paid its allowance, if an allowance applied.
    stipend_payment_id: Mapped[int | None] = mapped_column(
        ForeignKey("stipend_payment.id"), nullable=True
    )
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
