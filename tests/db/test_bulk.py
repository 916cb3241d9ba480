"""Multi-row inserts (db.bulk): the very rows Core's insert() stores, on both backends."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert, select

from tagana_desk.db.base import utcnow
from tagana_desk.db.bulk import _converted, insert_rows
from tagana_desk.db.models import Household
from tagana_desk.domain.enums import DamageLevel, DtksStatus
from tagana_desk.services import incidents
from tests.support import setup_bantul


def _rows(incident_id: int, count: int, now: dt.datetime) -> list[dict]:
    """Households with every type a bind processor converts: dates, enums, bool, UTC times."""
    damages = list(DamageLevel)
    return [
        {
            "incident_id": incident_id,
            "head_name": f"Warga {i}",
            "head_name_norm": f"WARGA {i}",
            "nik": f"340208120375{i:04d}",
            "no_kk": f"340208010110{i:04d}",
            "birth_date": dt.date(1975, 3, 12 + i % 3),
            "sex": "LP"[i % 2],
            "desa_code": "34.02.08.2001",
            "dusun": "Jodog",
            "rt": f"{i:03d}",
            "rw": "005",
            "persons": 1 + i % 4,
            "infants": i % 2,
            "elderly": 0,
            "disabled": 0,
            "pregnant": 0,
            "damage": damages[i % len(damages)],
            "displaced": bool(i % 2),
            "phone": "0812345678",
            "notes": "",
            "registered_on": dt.date(2026, 11, 18 + i % 3),
            "dtks_status": DtksStatus.UNKNOWN,
            "created_at": now,
            "updated_at": now,
        }
        for i in range(1, count + 1)
    ]


def _stored(session, incident_id: int) -> list[tuple]:
    found = session.execute(
        select(Household).where(Household.incident_id == incident_id).order_by(Household.id)
    ).scalars()
    skip = {"id", "incident_id"}
    return [
        tuple(getattr(h, c.key) for c in Household.__table__.columns if c.key not in skip)
        for h in found
    ]


@pytest.mark.db
def test_insert_rows_stores_what_core_insert_stores_page_by_page(db, roles, monkeypatch):
    first = setup_bantul(db, roles)
    with db.write() as s:
        second = incidents.create_incident(
            s, roles.operator,
            incidents.IncidentInput(type="banjir", title="Banjir kedua",
                                    occurred_at=dt.datetime(2026, 11, 21, 9, 0),
                                    desa_code="34.02.08.2001"),
        ).id  # fmt: skip
    with db.write() as s:
        # Four rows per statement: two whole pages and a rest of three.
        monkeypatch.setattr(s.connection().dialect, "insertmanyvalues_page_size", 4)
        now = utcnow()
        rows = _rows(first, 11, now)
        insert_rows(s, Household.__table__, list(rows[0]), [tuple(r.values()) for r in rows])
        s.connection().execute(insert(Household.__table__), _rows(second, 11, now))
    with db.read() as s:
        ours, core = _stored(s, first), _stored(s, second)
        names = s.execute(
            select(Household.head_name).where(Household.incident_id == first).order_by(Household.id)
        ).scalars()
        assert list(names) == [f"Warga {i}" for i in range(1, 12)]  # in the order given
    assert len(ours) == 11 and ours == core
    keys = [c.key for c in Household.__table__.columns if c.key not in ("id", "incident_id")]
    assert {r[keys.index("merged_into_id")] for r in ours} == {None}  # left out: NULL


def test_converted_calls_the_processor_once_per_distinct_value_of_one_type():
    calls = []

    def process(value):
        calls.append(value)
        return repr(value)

    days = [dt.date(2026, 11, 20), dt.date(2026, 11, 21), dt.date(2026, 11, 20)]
    assert _converted(days, process) == [repr(d) for d in days]
    assert sorted(calls) == days[:2]
    # 1 == True: with mixed types every value is converted on its own.
    assert _converted([1, True, 1], process) == ["1", "True", "1"]
