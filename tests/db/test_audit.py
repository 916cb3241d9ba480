"""The hash-chained audit log on both backends: every write is recorded, tampering is found."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import insert, select

from tagana_desk.db.models import AuditEvent, AuditHead
from tagana_desk.domain.enums import Role, SignatoryRole
from tagana_desk.domain.errors import PermissionDenied
from tagana_desk.services import audit, funds, office, users, verify
from tagana_desk.services.audit import AuditFilter
from tests.support import raw

pytestmark = pytest.mark.db


def _events(db) -> list[AuditEvent]:
    with db.read() as s:
        rows = s.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars().all()
        for row in rows:
            s.expunge(row)
        return rows


def _chain(db) -> list[str]:
    with db.read() as s:
        return audit.verify_chain(s)


def _last(db) -> AuditEvent:
    return _events(db)[-1]


def _write_some(db, roles) -> int:
    """Four audited writes by three people, events n+1 … n+4 (user, allocation, office,
    signatory). Returns n, the number of events the template database already held."""
    n = len(_events(db))
    with db.write() as s:
        users.create_user(s, roles.admin, "budi", "Sandi2026x", Role.OPERATOR, full_name="Budi")
    with db.write() as s:
        funds.allocate(s, roles.bendahara, "BTT", 250_000_000, "SK Bupati 188/777/2026")
    with db.write() as s:
        office.update_office(s, roles.admin, name="DINAS SOSIAL", city="Bantul")
    with db.write() as s:
        office.save_signatory(
            s, roles.admin, role=SignatoryRole.BENDAHARA, name="Sri Wahyuni",
            nip="198001012005012001",
        )  # fmt: skip
    return n


# --- Every write is recorded ----------------------------------------------------------------


def test_template_chain_is_intact(db):
    events = _events(db)
    assert [e.seq for e in events] == list(range(1, len(events) + 1))
    # setup.initialize: the first admin, then the default funds (and whatever else it seeds).
    assert (events[0].username, events[0].action, events[0].entity) == ("sistem", "create", "user")
    funds_made = [(e.action, e.entity_id) for e in events if e.entity == "fund"]
    assert funds_made == [("create", "BTT"), ("create", "HONOR")]
    assert {e.username for e in events} == {"sistem"}
    assert events[0].prev_hash == audit.GENESIS_HASH
    assert all(b.prev_hash == a.hash for a, b in zip(events, events[1:], strict=False))
    assert _chain(db) == []


def test_every_write_is_recorded_with_who_what_before_after(db, roles):
    n = _write_some(db, roles)
    events = _events(db)[n:]
    assert [(e.seq, e.username, e.action, e.entity) for e in events] == [
        (n + 1, "admin", "create", "user"),
        (n + 2, "bendahara", "allocate", "fund_allocation"),
        (n + 3, "admin", "update", "office_profile"),
        (n + 4, "admin", "create", "signatory"),
    ]
    user_event, alloc_event, office_event, sig_event = events
    assert user_event.user_id == roles.admin.user_id
    assert alloc_event.user_id == roles.bendahara.user_id

    # The user's safe fields only: never the password hash.
    created = json.loads(user_event.after)
    assert created == {
        "username": "budi", "full_name": "Budi", "nip": "", "role": "operator", "active": True,
    }  # fmt: skip
    assert user_event.before is None

    allocation = json.loads(alloc_event.after)
    assert (allocation["amount"], allocation["fund"], allocation["reference"]) == (
        250_000_000,
        "BTT",
        "SK Bupati 188/777/2026",
    )
    assert alloc_event.entity_id == str(allocation["id"])

    before, after = json.loads(office_event.before), json.loads(office_event.after)
    assert (before["name"], before["city"]) == ("", "")
    assert (after["name"], after["city"]) == ("DINAS SOSIAL", "Bantul")

    signatory = json.loads(sig_event.after)
    assert (signatory["name"], signatory["nip"], signatory["role"]) == (
        "Sri Wahyuni",
        "198001012005012001",
        "bendahara",
    )
    assert all(e.occurred_at.tzinfo is not None for e in events)
    assert _chain(db) == []


def test_updating_a_signatory_records_before_and_after(db, roles):
    with db.write() as s:
        sig = office.save_signatory(s, roles.admin, role="kepala_dinas", name="Drs. Agus")
    with db.write() as s:
        office.save_signatory(
            s, roles.admin, role="kepala_dinas", name="Drs. Agus Salim, M.Si",
            nip="197003031995031002", signatory_id=sig.id,
        )  # fmt: skip
    event = _last(db)
    assert (event.action, event.entity, event.entity_id) == ("update", "signatory", str(sig.id))
    assert json.loads(event.before)["name"] == "Drs. Agus"
    assert json.loads(event.after)["name"] == "Drs. Agus Salim, M.Si"


def test_head_follows_the_chain(db, roles):
    _write_some(db, roles)
    last = _last(db)
    with db.read() as s:
        head = s.get(AuditHead, 1)
        assert (head.last_seq, head.last_hash) == (last.seq, last.hash)


# --- Tampering is found -----------------------------------------------------------------------


def _missing_last(seq: int) -> str:
    return f"Audit: peristiwa terakhir (urutan {seq}) hilang atau kepala rantai diubah."


def test_edited_after_is_reported_by_seq(db, roles):
    n = _write_some(db, roles)
    target = _events(db)[n + 1]  # the allocation
    assert (target.seq, target.entity) == (n + 2, "fund_allocation")
    forged = target.after.replace("250000000", "25000000")
    assert forged != target.after
    changed = raw(db, 'UPDATE audit_event SET "after" = :a WHERE seq = :s', a=forged, s=n + 2)
    assert changed == 1
    assert _chain(db) == [
        f"Audit: isi peristiwa urutan {n + 2} (id {target.id}, fund_allocation "
        f"{target.entity_id}) diubah."
    ]


def test_any_edited_field_is_reported(db, roles):
    n = _write_some(db, roles)
    target = _events(db)[n + 2]  # the office update: every field has a value
    for column in ("username", "action", "entity", "entity_id", "before", "after", "reason"):
        original = getattr(target, column)
        sql = f'UPDATE audit_event SET "{column}" = :v WHERE seq = :s'
        assert raw(db, sql, v=original + " ", s=n + 3) == 1
        problems = _chain(db)
        assert len(problems) == 1, (column, problems)
        assert problems[0].startswith(f"Audit: isi peristiwa urutan {n + 3} "), column
        raw(db, sql, v=original, s=n + 3)  # put back: the chain is whole again
        assert _chain(db) == [], column


def test_edited_timestamp_is_reported(db, roles):
    n = _write_some(db, roles)
    when = _events(db)[n].occurred_at
    with db.engine.begin() as conn:
        conn.execute(
            AuditEvent.__table__.update()
            .where(AuditEvent.seq == n + 1)
            .values(occurred_at=when - dt.timedelta(days=1))
        )
    problems = _chain(db)
    assert len(problems) == 1
    assert problems[0].startswith(f"Audit: isi peristiwa urutan {n + 1} ")


def test_deleted_middle_row_is_reported(db, roles):
    n = _write_some(db, roles)
    assert raw(db, "DELETE FROM audit_event WHERE seq = :s", s=n + 2) == 1
    problems = _chain(db)
    assert len(problems) == 2, problems
    assert problems[0].startswith(
        f"Audit: urutan {n + 2} hilang atau disisipkan (ditemukan {n + 3}, id "
    )
    assert problems[1].startswith(f"Audit: rantai terputus pada urutan {n + 3} (id ")


def test_deleted_first_row_is_reported(db, roles):
    _write_some(db, roles)
    assert raw(db, "DELETE FROM audit_event WHERE seq = 1") == 1
    problems = _chain(db)
    assert problems[0].startswith("Audit: urutan 1 hilang atau disisipkan (ditemukan 2, id ")
    assert problems[1].startswith("Audit: rantai terputus pada urutan 2 (id ")


def test_deleted_last_row_is_reported(db, roles):
    n = _write_some(db, roles)
    assert raw(db, "DELETE FROM audit_event WHERE seq = :s", s=n + 4) == 1
    assert _chain(db) == [_missing_last(n + 4)]


def test_deleted_last_row_with_the_counter_rewound_is_reported(db, roles):
    """Rewinding the head's counter is not enough: its hash still names the deleted event."""
    n = _write_some(db, roles)
    raw(db, "DELETE FROM audit_event WHERE seq = :s", s=n + 4)
    raw(db, "UPDATE audit_head SET last_seq = :s WHERE id = 1", s=n + 3)
    assert _chain(db) == [_missing_last(n + 3)]


def _forge(db, *, seq: int, prev_hash: str, digest: str) -> None:
    with db.engine.begin() as conn:
        conn.execute(
            insert(AuditEvent).values(
                seq=seq, occurred_at=dt.datetime(2026, 11, 1, tzinfo=dt.UTC), user_id=None,
                username="admin", action="delete", entity="receipt", entity_id="1", before=None,
                after=None, reason="", prev_hash=prev_hash, hash=digest,
            )
        )  # fmt: skip


def test_inserted_row_with_a_forged_hash_is_reported(db, roles):
    n = _write_some(db, roles)
    last = _last(db)
    _forge(db, seq=n + 5, prev_hash=last.hash, digest="f" * 64)
    problems = _chain(db)
    assert len(problems) == 2, problems
    assert problems[0].startswith(f"Audit: isi peristiwa urutan {n + 5} (id ")
    assert problems[0].endswith(", receipt 1) diubah.")
    assert problems[1] == _missing_last(n + 4)


def test_inserted_row_with_a_correct_hash_is_still_reported(db, roles):
    """Someone who computes the hash right but cannot move the head is still found."""
    n = _write_some(db, roles)
    last = _last(db)
    when = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    digest = audit.compute_hash(
        last.hash, n + 5, when, "admin", "delete", "receipt", "1", None, None, ""
    )
    _forge(db, seq=n + 5, prev_hash=last.hash, digest=digest)
    assert _chain(db) == [_missing_last(n + 4)]


def test_verify_report_flags_tampering(db, roles):
    n = _write_some(db, roles)
    with db.read() as s:
        clean = verify.verify(s)
    assert clean.ok, clean.problems
    assert clean.checked["audit_events"] == n + 4
    raw(db, "UPDATE audit_event SET username = 'operator' WHERE seq = :s", s=n + 1)
    with db.read() as s:
        report = verify.verify(s)
    assert not report.ok
    assert len(report.problems) == 1
    assert report.problems[0].startswith(f"Audit: isi peristiwa urutan {n + 1} ")


def test_verify_chain_in_small_batches(db, roles):
    _write_some(db, roles)
    raw(db, "DELETE FROM audit_event WHERE seq = 3")
    with db.read() as s:
        small = audit.verify_chain(s, batch=2)
        whole = audit.verify_chain(s)
    assert small == whole
    assert small[0].startswith("Audit: urutan 3 hilang atau disisipkan (ditemukan 4")


# --- Reading the log --------------------------------------------------------------------------


def test_list_and_count_with_filters(db, roles):
    n = _write_some(db, roles)
    events = _events(db)
    newest_first = [e.seq for e in reversed(events)]
    day = events[-1].occurred_at.astimezone(dt.UTC).date()
    with db.read() as s:

        def both(flt: AuditFilter) -> tuple[list[int], int]:
            return (
                [e.seq for e in audit.list_events(s, roles.auditor, flt)],
                audit.count_events(s, roles.auditor, flt),
            )

        def expected(keep) -> tuple[list[int], int]:
            seqs = [e.seq for e in reversed(events) if keep(e)]
            return seqs, len(seqs)

        assert both(AuditFilter()) == (newest_first, n + 4)
        assert both(AuditFilter(username="bendahara")) == ([n + 2], 1)
        assert both(AuditFilter(username="admin")) == ([n + 4, n + 3, n + 1], 3)
        assert both(AuditFilter(username="sistem")) == (list(range(n, 0, -1)), n)
        assert both(AuditFilter(entity="user")) == expected(lambda e: e.entity == "user")
        assert both(AuditFilter(entity="user"))[0][0] == n + 1
        assert both(AuditFilter(entity="fund")) == expected(lambda e: e.entity == "fund")
        assert both(AuditFilter(action="allocate")) == ([n + 2], 1)
        assert both(AuditFilter(username="admin", entity="signatory")) == ([n + 4], 1)
        assert both(AuditFilter(username="admin", entity="fund")) == ([], 0)
        assert both(AuditFilter(text="188/777")) == ([n + 2], 1)
        assert both(AuditFilter(text="Sri Wahyuni")) == ([n + 4], 1)
        assert both(AuditFilter(text="tidak ada di mana pun")) == ([], 0)
        assert both(AuditFilter(date_from=day, date_to=day)) == (newest_first, n + 4)
        assert both(AuditFilter(date_from=day + dt.timedelta(days=1))) == ([], 0)
        assert both(AuditFilter(date_to=day - dt.timedelta(days=1))) == ([], 0)

        page = audit.list_events(s, roles.auditor, limit=3, offset=2)
        assert [e.seq for e in page] == newest_first[2:5]
        names, entities = audit.distinct_values(s, roles.auditor)
        assert names == ["admin", "bendahara", "sistem"]
        assert entities == sorted({e.entity for e in events})
        assert {"fund_allocation", "office_profile", "signatory", "user"} <= set(entities)


def test_date_range_uses_the_event_time(db, roles):
    n = _write_some(db, roles)
    # Move one event back to the last second of 31 October, desk time (the chain breaks; the
    # filter must follow the column and count in the desk's local calendar days).
    with db.engine.begin() as conn:
        conn.execute(
            AuditEvent.__table__.update()
            .where(AuditEvent.seq == n + 2)
            .values(occurred_at=dt.datetime(2001, 10, 31, 23, 59, 59).astimezone(dt.UTC))
        )
    with db.read() as s:
        october = AuditFilter(date_from=dt.date(2001, 10, 1), date_to=dt.date(2001, 10, 31))
        assert [e.seq for e in audit.list_events(s, roles.kepala, october)] == [n + 2]
        assert audit.count_events(s, roles.kepala, october) == 1
        november = AuditFilter(date_from=dt.date(2001, 11, 1), date_to=dt.date(2001, 11, 30))
        assert audit.list_events(s, roles.kepala, november) == []
        before = AuditFilter(date_to=dt.date(2001, 10, 30))
        assert audit.count_events(s, roles.kepala, before) == 0


def test_who_may_read_the_log(db, roles):
    events = _events(db)
    newest = [events[-1].seq, events[-2].seq]
    with db.read() as s:
        for role in ("auditor", "admin", "kepala"):
            actor = roles.all()[role]
            assert audit.count_events(s, actor) == len(events)
            assert [e.seq for e in audit.list_events(s, actor, limit=2)] == newest
        for role in ("operator", "bendahara"):
            actor = roles.all()[role]
            for call in (audit.list_events, audit.count_events, audit.distinct_values):
                with pytest.raises(PermissionDenied, match="tidak berwenang melihat log audit"):
                    call(s, actor)


def test_user_and_entity_pickers_probe_indexes(sqlite_db, sqlite_roles):
    """SQLite's plan for the pickers' look-ups: index probes only, no scan of the log."""
    from sqlalchemy import event

    sent: list[tuple[str, tuple]] = []
    event.listen(sqlite_db.engine, "before_cursor_execute",
                 lambda conn, cur, stmt, params, ctx, many: sent.append((stmt, params)))  # fmt: skip
    with sqlite_db.read() as s:
        names, _ = audit.distinct_values(s, sqlite_roles.auditor)
        conn = s.connection().connection.driver_connection
        plans = [
            " | ".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + stmt, params))
            for stmt, params in sent
            if "audit_event" in stmt
        ]
    assert names and len(plans) == 2
    for plan in plans:
        assert "SCAN audit_event" not in plan and "INDEX ix_audit_event_" in plan, plan
