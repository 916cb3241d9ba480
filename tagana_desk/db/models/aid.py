"""Aid types (jenis bantuan), their rates with effective dates, and in-kind item lists."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tagana_desk.db.base import Base, BigId, CreatedMixin, Money, enum_column
from tagana_desk.domain.enums import AidBasis, AidKind, DamageLevel, Eligibility


class AidType(CreatedMixin, Base):
    __tablename__ = "aid_type"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(160))
    kind: Mapped[AidKind] = enum_column(AidKind)
    basis: Mapped[AidBasis] = enum_column(AidBasis)
    eligibility: Mapped[Eligibility] = enum_column(Eligibility)
    default_days: Mapped[int | None] = mapped_column(Integer, nullable=True)  # jadup: 7
    fund_id: Mapped[int | None] = mapped_column(ForeignKey("fund.id"), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class AidRate(CreatedMixin, Base):
    """Rate of an aid type from a date on; by-damage types have one row per damage level."""

    __tablename__ = "aid_rate"
    __table_args__ = (
        UniqueConstraint("aid_type_id", "effective_from", "damage_level"),
        CheckConstraint("amount >= 0", name="amount_nonnegative"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    aid_type_id: Mapped[int] = mapped_column(ForeignKey("aid_type.id"), index=True)
    effective_from: Mapped[dt.date] = mapped_column(Date)
    damage_level: Mapped[DamageLevel | None] = enum_column(DamageLevel, nullable=True)
    amount: Mapped[int] = mapped_column(Money)


class AidItem(CreatedMixin, Base):
    """One line of an in-kind package (e.g. beras 10 kg) from a date on."""

    __tablename__ = "aid_item"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    aid_type_id: Mapped[int] = mapped_column(ForeignKey("aid_type.id"), index=True)
    effective_from: Mapped[dt.date] = mapped_column(Date)
    damage_level: Mapped[DamageLevel | None] = enum_column(DamageLevel, nullable=True)
    name: Mapped[str] = mapped_column(String(120))
    unit: Mapped[str] = mapped_column(String(24))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_value: Mapped[int] = mapped_column(Money)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
