"""Office profile (kop surat), signatories, regions, settings and database identity."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tagana_desk.db.base import Base, BigId, Money, UtcDateTime, enum_column, utcnow
from tagana_desk.domain.enums import SignatoryRole


class Meta(Base):
    """Key/value facts about the database itself; ``application = tagana-desk`` marks ours."""

    __tablename__ = "tagana_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class OfficeProfile(Base):
    """The one office this database belongs to (row id 1): letterhead and money settings."""

    __tablename__ = "office_profile"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    government: Mapped[str] = mapped_column(
        String(200), default=""
    )  # "PEMERINTAH KABUPATEN BANTUL"
    name: Mapped[str] = mapped_column(String(200), default="")  # "DINAS SOSIAL"
    kabupaten_code: Mapped[str | None] = mapped_column(String(5), nullable=True)
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    city: Mapped[str] = mapped_column(String(80), default="")  # place printed beside the date
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    #: Per-office secret for receipt QR codes (HMAC); never shown.
    receipt_secret: Mapped[str] = mapped_column(String(128), default="")
    approval_threshold: Mapped[int] = mapped_column(Money, default=5_000_000)
    disaster_fund_code: Mapped[str] = mapped_column(String(16), default="BTT")
    stipend_fund_code: Mapped[str] = mapped_column(String(16), default="HONOR")
    #: Who signs "Mengetahui" on receipts: kepala_dinas or pptk.
    acknowledger_role: Mapped[SignatoryRole] = enum_column(
        SignatoryRole, default=SignatoryRole.KEPALA_DINAS
    )
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), default=utcnow)


class Signatory(Base):
    """A person who signs documents (Kepala Dinas, PPTK, Bendahara), with NIP."""

    __tablename__ = "signatory"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    role: Mapped[SignatoryRole] = enum_column(SignatoryRole, index=True)
    name: Mapped[str] = mapped_column(String(120))
    nip: Mapped[str] = mapped_column(String(21), default="")
    title: Mapped[str] = mapped_column(String(160), default="")  # jabatan as printed
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    valid_from: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class Region(Base):
    """Kemendagri region codes used by this office (kabupaten, its kecamatan and desa)."""

    __tablename__ = "region"

    code: Mapped[str] = mapped_column(String(13), primary_key=True)  # 34.02.08.2001
    name: Mapped[str] = mapped_column(String(120))
    level: Mapped[int] = mapped_column(Integer)  # 1 provinsi … 4 desa
    parent_code: Mapped[str | None] = mapped_column(
        ForeignKey("region.code"), nullable=True, index=True
    )


class Setting(Base):
    """Small office-wide settings (idle lock minutes, default days of jadup, …)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
