"""The audit log: every write records who, when, what (entity, id, before/after), hash-chained.

Each event's hash covers the previous event's hash and all of its own fields, and sequence
numbers are gapless, so editing, inserting or deleting a row breaks ``verify_chain``.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tagana_desk.db.base import utcnow
from tagana_desk.db.bulk import insert_rows
from tagana_desk.db.locking import lock_audit_head
from tagana_desk.db.models import AuditEvent, AuditHead
from tagana_desk.domain.dates import to_utc
from tagana_desk.domain.roles import Permission
from tagana_desk.services.context import Actor, require

GENESIS_HASH = "0" * 64


_AS_IS = frozenset((str, int, bool, float, type(None)))


def _plain(value: object) -> object:
    if type(value) in _AS_IS:  # most values: no isinstance chain (a StrEnum is not a str here)
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} byte>"
    return value


#: ``canonical``'s encoder, made once: ``json.dumps`` with options builds a new one per call.
_CANONICAL = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str
)


#: Value types the encoder writes just as it would write their ``_plain`` form: plain values,
#: containers (``_plain`` leaves them as they are) and dates (``str(date)`` is the ISO date).
_ENCODED_AS_IS = _AS_IS | {list, tuple, dict, dt.date}


def canonical(data: dict | None) -> str | None:
    """Stable JSON (sorted keys, no spaces) so the hash does not depend on dict order."""
    if data is None:
        return None
    # An import encodes 50,000 dicts of plain values: those go to the encoder as they are.
    if not _ENCODED_AS_IS.issuperset(map(type, data.values())):
        data = {k: v if type(v) in _AS_IS else _plain(v) for k, v in data.items()}
    return _CANONICAL.encode(data)


def snapshot(obj: object, fields: Iterable[str] | None = None) -> dict:
    """The column values of an ORM object (or the named ones) as plain data."""
    if fields is None:
        fields = [c.key for c in obj.__table__.columns]  # type: ignore[attr-defined]
    return {name: _plain(getattr(obj, name)) for name in fields}


def _occurred_text(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def compute_hash(
    prev_hash: str, seq: int, occurred_at: dt.datetime, username: str, action: str,
    entity: str, entity_id: str, before: str | None, after: str | None, reason: str,
) -> str:  # fmt: skip
    return _digest(
        prev_hash, seq, _occurred_text(occurred_at), username, action, entity, entity_id, before,
        after, reason,
    )  # fmt: skip


def _digest(
    prev_hash: str, seq: int, occurred: str, username: str, action: str, entity: str,
    entity_id: str, before: str | None, after: str | None, reason: str,
) -> str:  # fmt: skip
    """``compute_hash`` with the time already as text (a batch shares one moment)."""
    payload = "\x1f".join(
        [prev_hash, str(seq), occurred, username, action, entity, entity_id, before or "",
         after or "", reason]
    )  # fmt: skip
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: object = "",
    *,
    before: dict | None = None,
    after: dict | None = None,
    reason: str = "",
) -> None:
    """Append one event to the chain (inside the caller's write transaction)."""
    head = lock_audit_head(session)
    # Whole microseconds, UTC: what both backends store and give back unchanged.
    occurred_at = utcnow().replace(tzinfo=dt.UTC)
    seq = head.last_seq + 1
    before_text, after_text = canonical(before), canonical(after)
    digest = compute_hash(
        head.last_hash, seq, occurred_at, actor.username, action, entity, str(entity_id),
        before_text, after_text, reason,
    )  # fmt: skip
    session.add(
        AuditEvent(
            seq=seq,
            occurred_at=occurred_at,
            user_id=actor.user_id,
            username=actor.username,
            action=action,
            entity=entity,
            entity_id=str(entity_id),
            before=before_text,
            after=after_text,
            reason=reason,
            prev_hash=head.last_hash,
            hash=digest,
        )  # fmt: skip
    )
    head.last_seq = seq
    head.last_hash = digest
    session.flush()


#: The audit_event columns ``record_many`` inserts, in the order of its row tuples.
_EVENT_COLUMNS = (
    "seq", "occurred_at", "user_id", "username", "action", "entity", "entity_id", "before",
    "after", "reason", "prev_hash", "hash",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class AuditItem:
    """One event for ``record_many``."""

    action: str
    entity: str
    entity_id: object = ""
    before: dict | None = None
    after: dict | None = None
    reason: str = ""


def record_many(session: Session, actor: Actor, items: list[AuditItem]) -> None:
    """Append many events in one go (bulk imports): the same chain as ``record``, one insert."""
    if not items:
        return
    head = lock_audit_head(session)
    occurred_at = utcnow()
    occurred = _occurred_text(occurred_at)
    user_id, username = actor.user_id, actor.username
    seq, prev = head.last_seq, head.last_hash
    rows = []
    for item in items:
        seq += 1
        entity_id = str(item.entity_id)
        before_text, after_text = canonical(item.before), canonical(item.after)
        digest = _digest(
            prev, seq, occurred, username, item.action, item.entity, entity_id, before_text,
            after_text, item.reason,
        )  # fmt: skip
        rows.append((
            seq, occurred_at, user_id, username, item.action, item.entity, entity_id, before_text,
            after_text, item.reason, prev, digest,
        ))  # fmt: skip
        prev = digest
    # Plain tuples in one executemany, not the ORM's bulk insert nor Core's per-row bookkeeping.
    insert_rows(session, AuditEvent.__table__, _EVENT_COLUMNS, rows)
    head.last_seq, head.last_hash = seq, prev
    session.flush()


@dataclass(frozen=True, slots=True)
class AuditRow:
    seq: int
    occurred_at: dt.datetime
    username: str
    action: str
    entity: str
    entity_id: str
    before: str | None
    after: str | None
    reason: str


@dataclass(frozen=True, slots=True)
class AuditFilter:
    username: str | None = None
    entity: str | None = None
    action: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    text: str | None = None


def _filtered(stmt, flt: AuditFilter):
    if flt.username:
        stmt = stmt.where(AuditEvent.username == flt.username)
    if flt.entity:
        stmt = stmt.where(AuditEvent.entity == flt.entity)
    if flt.action:
        stmt = stmt.where(AuditEvent.action == flt.action)
    # Dates are the desk's local calendar days.
    if flt.date_from:
        stmt = stmt.where(AuditEvent.occurred_at >= to_utc(flt.date_from))
    if flt.date_to:
        stmt = stmt.where(AuditEvent.occurred_at < to_utc(flt.date_to + dt.timedelta(days=1)))
    if flt.text:
        pattern = f"%{flt.text}%"
        stmt = stmt.where(
            AuditEvent.entity_id.like(pattern)
            | AuditEvent.reason.like(pattern)
            | AuditEvent.after.like(pattern)
        )
    return stmt


def list_events(
    session: Session, actor: Actor, flt: AuditFilter = AuditFilter(), *, limit: int = 200,
    offset: int = 0,
) -> list[AuditRow]:  # fmt: skip
    """Newest first, filtered; read-only."""
    require(actor, Permission.VIEW_AUDIT)
    stmt = _filtered(select(AuditEvent), flt).order_by(AuditEvent.seq.desc())
    rows = session.execute(stmt.limit(limit).offset(offset)).scalars()
    return [
        AuditRow(
            e.seq,
            e.occurred_at,
            e.username,
            e.action,
            e.entity,
            e.entity_id,
            e.before,
            e.after,
            e.reason,
        )  # fmt: skip
        for e in rows
    ]


def count_events(session: Session, actor: Actor, flt: AuditFilter = AuditFilter()) -> int:
    require(actor, Permission.VIEW_AUDIT)
    return session.execute(_filtered(select(func.count(AuditEvent.id)), flt)).scalar_one()


def distinct_values(session: Session, actor: Actor) -> tuple[list[str], list[str]]:
    """Known user names and entity names, for filter pickers."""
    require(actor, Permission.VIEW_AUDIT)
    return _distinct(session, AuditEvent.username), _distinct(session, AuditEvent.entity)


def _distinct(session: Session, column) -> list[str]:
    """The distinct values of an indexed column, in order, each found by one probe of its index
    (a loose index scan: the next value is the least one above the last). SELECT DISTINCT read
    every event of the log, a million in a district after a few years."""
    seen = select(func.min(column).label("value")).cte("seen", recursive=True)
    following = select(func.min(column)).where(column > seen.c.value).scalar_subquery()
    seen = seen.union_all(select(following).where(seen.c.value.is_not(None)))
    found = select(seen.c.value).where(seen.c.value.is_not(None)).order_by(seen.c.value)
    return list(session.execute(found).scalars())


def verify_chain(session: Session, batch: int = 5000) -> list[str]:
    """Problems found in the chain (empty when intact). Streams in batches of ``batch`` rows."""
    problems: list[str] = []
    prev_hash = GENESIS_HASH
    expected_seq = 1
    last_id = 0
    while True:
        # Plain rows, not ORM objects: a million events must not pile up in the identity map.
        rows = session.execute(
            select(
                AuditEvent.id, AuditEvent.seq, AuditEvent.occurred_at, AuditEvent.username,
                AuditEvent.action, AuditEvent.entity, AuditEvent.entity_id, AuditEvent.before,
                AuditEvent.after, AuditEvent.reason, AuditEvent.prev_hash, AuditEvent.hash,
            )
            .where(AuditEvent.id > last_id)
            .order_by(AuditEvent.id)
            .limit(batch)
        ).all()  # fmt: skip
        if not rows:
            break
        for e in rows:
            last_id = e.id
            if e.seq != expected_seq:
                problems.append(
                    f"Audit: urutan {expected_seq} hilang atau disisipkan (ditemukan {e.seq}, id {e.id})."
                )
            if e.prev_hash != prev_hash:
                problems.append(f"Audit: rantai terputus pada urutan {e.seq} (id {e.id}).")
            digest = compute_hash(
                e.prev_hash, e.seq, e.occurred_at, e.username, e.action, e.entity, e.entity_id,
                e.before, e.after, e.reason,
            )  # fmt: skip
            if digest != e.hash:
                problems.append(
                    f"Audit: isi peristiwa urutan {e.seq} (id {e.id}, {e.entity} {e.entity_id}) diubah."
                )
            prev_hash = e.hash
            expected_seq = e.seq + 1
        if len(problems) > 50:
            problems.append("Audit: terlalu banyak masalah; pemeriksaan dihentikan.")
            return problems
    head = session.get(AuditHead, 1)
    if head is None:
        problems.append("Audit: baris kepala rantai hilang.")
    elif head.last_seq != expected_seq - 1 or head.last_hash != prev_hash:
        problems.append(
            f"Audit: peristiwa terakhir (urutan {head.last_seq}) hilang atau kepala rantai diubah."
        )
    return problems


def iter_events(
    session: Session, actor: Actor, flt: AuditFilter = AuditFilter(), *, batch: int = 1000
) -> Iterator[AuditRow]:
    """Every event that matches ``flt``, newest first, read ``batch`` rows at a time.

    Keyset paging on ``seq`` (not OFFSET): each batch is an index range scan, so exporting a
    million events costs the same per row at the end as at the start.
    """
    require(actor, Permission.VIEW_AUDIT)
    # Plain rows, not ORM objects: a long export must not pile up objects in the session.
    columns = (
        AuditEvent.seq, AuditEvent.occurred_at, AuditEvent.username, AuditEvent.action,
        AuditEvent.entity, AuditEvent.entity_id, AuditEvent.before, AuditEvent.after,
        AuditEvent.reason,
    )  # fmt: skip
    before: int | None = None
    while True:
        stmt = _filtered(select(*columns), flt)
        if before is not None:
            stmt = stmt.where(AuditEvent.seq < before)
        rows = session.execute(stmt.order_by(AuditEvent.seq.desc()).limit(batch)).all()
        for r in rows:
            yield AuditRow(*r)
        if len(rows) < batch:
            return
        before = rows[-1].seq
