"""Incidents (kejadian bencana), affected households (KK terdampak), casualties, duplicates, DTKS."""

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
)
from sqlalchemy.orm import Mapped, mapped_column

from tagana_desk.db.base import Base, BigId, CreatedMixin, UtcDateTime, enum_column, utcnow
from tagana_desk.domain.enums import (
    CasualtyKind,
    DamageLevel,
    DtksStatus,
    DuplicateReason,
    DuplicateStatus,
    IncidentStatus,
    IncidentType,
)


class Incident(CreatedMixin, Base):
    """A disaster or emergency, with the BNPB DIBI fields."""

    __tablename__ = "incident"
    __table_args__ = (
        Index("ix_incident_occurred_at", "occurred_at"),
        Index("ix_incident_status", "status"),  # Beranda: the incidents still being handled
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    type: Mapped[IncidentType] = enum_column(IncidentType)
    title: Mapped[str] = mapped_column(String(200))
    occurred_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    kecamatan_code: Mapped[str] = mapped_column(ForeignKey("region.code"), index=True)
    desa_code: Mapped[str | None] = mapped_column(ForeignKey("region.code"), nullable=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(200), default="")  # sumber laporan
    deaths: Mapped[int] = mapped_column(Integer, default=0)
    missing: Mapped[int] = mapped_column(Integer, default=0)
    injured: Mapped[int] = mapped_column(Integer, default=0)
    displaced: Mapped[int] = mapped_column(Integer, default=0)
    houses_rb: Mapped[int] = mapped_column(Integer, default=0)
    houses_rs: Mapped[int] = mapped_column(Integer, default=0)
    houses_rr: Mapped[int] = mapped_column(Integer, default=0)
    houses_flooded: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[IncidentStatus] = enum_column(IncidentStatus, default=IncidentStatus.OPEN)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), default=utcnow)


class Household(CreatedMixin, Base):
    """An affected household of one incident (the same family in two incidents is two rows)."""

    __tablename__ = "household"
    __table_args__ = (
        UniqueConstraint("incident_id", "nik"),
        Index("ix_household_nik", "nik"),
        Index("ix_household_no_kk", "no_kk"),
        Index("ix_household_incident_no_kk", "incident_id", "no_kk"),
        Index("ix_household_name_desa_birth", "head_name_norm", "desa_code", "birth_date"),
        CheckConstraint("persons >= 1", name="persons_positive"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id"), index=True)
    head_name: Mapped[str] = mapped_column(String(120))
    #: Upper-case, single-spaced, no titles or punctuation: for duplicate checks and search.
    head_name_norm: Mapped[str] = mapped_column(String(120))
    nik: Mapped[str] = mapped_column(String(16))
    no_kk: Mapped[str] = mapped_column(String(16))
    birth_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)  # decoded from NIK
    sex: Mapped[str | None] = mapped_column(String(1), nullable=True)  # L / P
    desa_code: Mapped[str] = mapped_column(ForeignKey("region.code"), index=True)
    dusun: Mapped[str] = mapped_column(String(80), default="")
    rt: Mapped[str] = mapped_column(String(3), default="")
    rw: Mapped[str] = mapped_column(String(3), default="")
    persons: Mapped[int] = mapped_column(Integer, default=1)
    infants: Mapped[int] = mapped_column(Integer, default=0)
    elderly: Mapped[int] = mapped_column(Integer, default=0)
    disabled: Mapped[int] = mapped_column(Integer, default=0)
    pregnant: Mapped[int] = mapped_column(Integer, default=0)
    damage: Mapped[DamageLevel] = enum_column(DamageLevel, default=DamageLevel.NONE)
    displaced: Mapped[bool] = mapped_column(Boolean, default=False)
    phone: Mapped[str] = mapped_column(String(32), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    dtks_status: Mapped[DtksStatus] = enum_column(DtksStatus, default=DtksStatus.UNKNOWN)
    #: Date of data collection (tanggal pendataan): the date the period lock applies to.
    registered_on: Mapped[dt.date] = mapped_column(Date, index=True)
    #: Set when a person merged this record into another one (a duplicate); it is then inactive.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("household.id"), nullable=True)
    #: Reason given by a kepala who allowed a second household with the same No. KK.
    kk_override_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    kk_override_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), default=utcnow)


class Casualty(CreatedMixin, Base):
    """A death, serious injury or missing person of a household."""

    __tablename__ = "casualty"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id"), index=True)
    kind: Mapped[CasualtyKind] = enum_column(CasualtyKind)
    name: Mapped[str] = mapped_column(String(120))
    nik: Mapped[str | None] = mapped_column(String(16), nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class DuplicateFlag(CreatedMixin, Base):
    """A possible duplicate a person must confirm or merge; keeps who decided and why."""

    __tablename__ = "duplicate_flag"
    __table_args__ = (UniqueConstraint("household_id", "other_household_id", "reason"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id"), index=True)
    other_household_id: Mapped[int] = mapped_column(ForeignKey("household.id"), index=True)
    reason: Mapped[DuplicateReason] = enum_column(DuplicateReason)
    status: Mapped[DuplicateStatus] = enum_column(DuplicateStatus, default=DuplicateStatus.OPEN)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    decided_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class DtksImport(CreatedMixin, Base):
    """One imported DTKS/DTSEN extract."""

    __tablename__ = "dtks_import"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    filename: Mapped[str] = mapped_column(String(260))
    extract_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    rows: Mapped[int] = mapped_column(Integer, default=0)
    imported_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)


class DtksEntry(Base):
    """A NIK (and No. KK) listed in a DTKS/DTSEN extract."""

    __tablename__ = "dtks_entry"
    __table_args__ = (UniqueConstraint("import_id", "nik"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    import_id: Mapped[int] = mapped_column(ForeignKey("dtks_import.id"), index=True)
    nik: Mapped[str] = mapped_column(String(16), index=True)
    no_kk: Mapped[str | None] = mapped_column(String(16), nullable=True, index=True)
    decile: Mapped[int | None] = mapped_column(Integer, nullable=True)  # desil DTSEN, if given
