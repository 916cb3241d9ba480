"""Users, roles and the hash-chained audit log."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tagana_desk.db.base import Base, BigId, CreatedMixin, UtcDateTime, enum_column
from tagana_desk.domain.enums import Role


class User(CreatedMixin, Base):
    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(120), default="")
    nip: Mapped[str] = mapped_column(String(21), default="")
    role: Mapped[Role] = enum_column(Role)
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    password_changed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), nullable=True)


class AuditEvent(Base):
    """One write: who, when, what (entity, id, before/after), hash-chained to the previous one.

    ``seq`` is gapless (assigned under the chain-head lock), so a deleted row leaves a hole that
    ``verify`` reports; ``hash`` covers ``prev_hash`` and every field, so an edited row breaks
    the chain.
    """

    __tablename__ = "audit_event"
    __table_args__ = (
        Index("ix_audit_event_entity", "entity", "entity_id"),
        Index("ix_audit_event_occurred_at", "occurred_at"),
        Index("ix_audit_event_username", "username"),  # the Audit page's user picker
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    seq: Mapped[int] = mapped_column(BigId, unique=True)
    occurred_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id"), nullable=True, index=True
    )
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(48))
    entity_id: Mapped[str] = mapped_column(String(64), default="")
    before: Mapped[str | None] = mapped_column(Text, nullable=True)  # canonical JSON
    after: Mapped[str | None] = mapped_column(Text, nullable=True)  # canonical JSON
    reason: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """Single row (id 1): the last sequence number and hash of the chain.

    Every audited write locks this row first, which serialises appends on PostgreSQL the same
    way ``BEGIN IMMEDIATE`` does on SQLite.
    """

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigId, default=0)
    last_hash: Mapped[str] = mapped_column(String(64))
