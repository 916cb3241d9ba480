"""DTKS/DTSEN extracts on both backends: entries stored, households marked in or out."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from tagana_desk.db.models import AuditEvent, DtksEntry, DtksImport, Household
from tagana_desk.domain.enums import DtksStatus
from tagana_desk.domain.errors import PermissionDenied
from tagana_desk.services import dtks, households
from tagana_desk.services.household_import import ImportCancelled
from tagana_desk.services.households import HouseholdInput
from tests.importing.builders import kk, nik, write_csv, write_xlsx
from tests.support import setup_bantul

pytestmark = pytest.mark.db
TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def registered(db, roles):
    """Four households of one incident: serials 1–4 (NIK and No. KK)."""
    incident = setup_bantul(db, roles)
    with db.write() as s:
        for i, name in enumerate(("Ahmad", "Bejo", "Cipto", "Darmi"), start=1):
            households.add_household(
                s, roles.operator, incident,
                HouseholdInput(head_name=name, nik=nik(i), no_kk=kk(i),
                               desa_code="34.02.08.2001", persons=3),
                today=TODAY,
            )  # fmt: skip
    return incident


def _statuses(db):
    with db.read() as s:
        rows = s.execute(select(Household.head_name, Household.dtks_status)).all()
    return {name: DtksStatus(status) for name, status in rows}


def extract(tmp_path):
    rows = [
        ["DATA DTSEN DESA PALBAPANG"],
        [],
        ["No", "NIK", "Nama", "No. KK", "Desil Nasional"],
        [1, "'" + nik(1), "Ahmad", kk(1), 1],  # 4: Ahmad, by NIK
        [2, nik(50), "Istri Bejo", kk(2), 2],  # 5: a family member: Bejo by No. KK
        [3, int(nik(3)), "Cipto", None, 3],  # 6: NIK as a number cell: refused
        [4, "12345", "Salah", None, None],  # 7: too short: refused
        [5, nik(1), "Ahmad", kk(1), 1],  # 8: repeated NIK: stored once
        [6, nik(60), "Lain", "12", 11],  # 9: stored without the bad KK and desil
        [],
        ["JUMLAH", None, None, None, 6],  # total row
    ]
    return write_xlsx(tmp_path / "dtsen.xlsx", rows)


def test_extract_is_stored_and_households_marked(db, roles, registered, tmp_path):
    assert set(_statuses(db).values()) == {DtksStatus.UNKNOWN}
    with db.write() as s:
        report = dtks.import_extract(s, roles.operator, extract(tmp_path), today=TODAY,
                                     extract_date=dt.date(2026, 10, 1))  # fmt: skip
    assert (report.rows_read, report.entries_stored, report.repeated, report.rejected) == (
        6,
        3,
        1,
        2,
    )
    assert (report.households_in, report.households_out) == (2, 2)
    assert [(e.row, e.column) for e in report.errors] == [
        (6, "NIK"), (7, "NIK"), (9, "No. KK"), (9, "Desil Nasional"),
    ]  # fmt: skip
    assert "15 digit" in report.errors[0].message
    assert "16 digit" in report.errors[1].message
    assert report.errors[3].message == "Desil harus angka 1–10, bukan '11'."
    assert _statuses(db) == {
        "Ahmad": DtksStatus.IN, "Bejo": DtksStatus.IN, "Cipto": DtksStatus.OUT,
        "Darmi": DtksStatus.OUT,
    }  # fmt: skip
    with db.read() as s:
        entries = s.execute(
            select(DtksEntry.nik, DtksEntry.no_kk, DtksEntry.decile).order_by(DtksEntry.id)
        ).all()
        record = s.execute(select(DtksImport)).scalar_one()
        event = s.execute(select(AuditEvent).where(AuditEvent.entity == "dtks_import")).scalar_one()
        assert (record.rows, record.filename, record.extract_date) == (
            3, "dtsen.xlsx", dt.date(2026, 10, 1),
        )  # fmt: skip
        assert event.action == "import" and '"households_in":2' in event.after
    assert entries == [(nik(1), kk(1), 1), (nik(50), kk(2), 2), (nik(60), None, None)]


def test_extracts_add_up_unless_replaced(db, roles, registered, tmp_path):
    with db.write() as s:
        dtks.import_extract(s, roles.operator, extract(tmp_path), today=TODAY)
    second = write_csv(tmp_path / "desa2.csv", [["NIK", "No KK"], [nik(4), ""]], delimiter=";")
    with db.write() as s:
        report = dtks.import_extract(s, roles.operator, second, today=TODAY)
    assert (report.households_in, report.households_out) == (3, 1)
    assert _statuses(db)["Darmi"] == DtksStatus.IN and _statuses(db)["Ahmad"] == DtksStatus.IN

    with db.write() as s:
        report = dtks.import_extract(s, roles.operator, second, today=TODAY, replace=True)
    assert (report.households_in, report.households_out) == (1, 3)
    assert _statuses(db) == {
        "Ahmad": DtksStatus.OUT, "Bejo": DtksStatus.OUT, "Cipto": DtksStatus.OUT,
        "Darmi": DtksStatus.IN,
    }  # fmt: skip
    with db.read() as s:
        assert s.execute(select(func.count(DtksEntry.id))).scalar_one() == 1
        assert s.execute(select(func.count(DtksImport.id))).scalar_one() == 3


def test_loaded_households_see_the_new_status_in_the_same_session(db, roles, registered, tmp_path):
    with db.write() as s:
        ahmad = s.execute(select(Household).where(Household.nik == nik(1))).scalar_one()
        assert ahmad.dtks_status == DtksStatus.UNKNOWN
        dtks.import_extract(s, roles.operator, extract(tmp_path), today=TODAY)
        assert ahmad.dtks_status == DtksStatus.IN


def test_refused_for_auditor_and_cancel_stores_nothing(db, roles, registered, tmp_path):
    path = extract(tmp_path)
    with pytest.raises(PermissionDenied), db.write() as s:
        dtks.import_extract(s, roles.auditor, path, today=TODAY)
    with pytest.raises(ImportCancelled), db.write() as s:
        dtks.import_extract(s, roles.operator, path, today=TODAY, cancelled=lambda: True)
    with db.read() as s:
        assert s.execute(select(func.count(DtksImport.id))).scalar_one() == 0
    assert set(_statuses(db).values()) == {DtksStatus.UNKNOWN}


def test_a_nik_only_extract_is_read(db, roles, registered, tmp_path):
    path = write_csv(tmp_path / "nik.csv", [["NIK"], [nik(2)], [nik(3)]])
    with db.write() as s:
        report = dtks.import_extract(s, roles.operator, path, today=TODAY)
    assert (report.entries_stored, report.households_in, report.households_out) == (2, 2, 2)
