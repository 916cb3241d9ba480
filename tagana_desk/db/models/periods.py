"""Month locks (tutup buku) and the record of produced LPJ reports."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tagana_desk.db.base import Base, BigId, CreatedMixin, Money, UtcDateTime, enum_column
from tagana_desk.domain.enums import PeriodStatus


class ClosedPeriod(Base):
    """A month the bendahara closed. Nothing dated in a closed month can be written."""

    __tablename__ = "closed_period"

    period: Mapped[str] = mapped_column(String(7), primary_key=True)  # 2026-10
    status: Mapped[PeriodStatus] = enum_column(PeriodStatus, default=PeriodStatus.CLOSED)
    closed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    reopened_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    reopened_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    reopen_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    #: Ledger fingerprint at closing (count and sum of entries dated in the month), for verify.
    ledger_count: Mapped[int] = mapped_column(Money, default=0)
    ledger_sum: Mapped[int] = mapped_column(Money, default=0)


class LpjReport(CreatedMixin, Base):
    """An LPJ produced for a month (one fund or all), with its totals and file hashes."""

    __tablename__ = "lpj_report"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    period: Mapped[str] = mapped_column(String(7), index=True)
    fund_id: Mapped[int | None] = mapped_column(ForeignKey("fund.id"), nullable=True)
    generated_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    totals_json: Mapped[str] = mapped_column(Text, default="{}")
    files_json: Mapped[str] = mapped_column(Text, default="{}")
