"""Small helpers for the incident and household GUI tests (plain functions, no fixtures)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt

from tagana_desk.services import households, incidents, office
from tagana_desk.services.households import HouseholdInput

DISPLAY = Qt.ItemDataRole.DisplayRole


def set_office_bantul(db, roles) -> None:
    with db.write() as s:
        office.update_office(s, roles.admin, kabupaten_code="34.02", name="DINAS SOSIAL")


def add_incident(db, actor, title: str, *, kind: str = "banjir", desa: str = "34.02.08.2001",
                 when: dt.datetime = dt.datetime(2026, 11, 20, 14, 30), **kw) -> int:  # fmt: skip
    with db.write() as s:
        return incidents.create_incident(
            s, actor, incidents.IncidentInput(type=kind, title=title, occurred_at=when,
                                              desa_code=desa, **kw),
        ).id  # fmt: skip


def household_input(name: str, nik: str, no_kk: str, **kw) -> HouseholdInput:
    values = dict(head_name=name, nik=nik, no_kk=no_kk, desa_code="34.02.08.2001", persons=4)
    values.update(kw)
    return HouseholdInput(**values)


def add_household(db, actor, incident_id: int, name: str, nik: str, no_kk: str, **kw):
    with db.write() as s:
        return households.add_household(
            s, actor, incident_id, household_input(name, nik, no_kk, **kw),
            today=dt.date(2026, 11, 25),
        )  # fmt: skip


def cell(model, row: int, column: int) -> str:
    return model.data(model.index(row, column), DISPLAY)


def column_texts(model, column: int) -> list[str]:
    return [cell(model, r, column) for r in range(model.rowCount())]


def fetch_all(model) -> None:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def click_header(qtbot, table, column: int) -> None:
    """A real click on a header section (the header flips its sort indicator itself)."""
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    pos = header.viewport().rect().center()
    pos.setX(x)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def double_click_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# --- village lists for the import dialog

IMPORT_HEADER = [
    "No", "Nama KK", "No. NIK", "Nomor KK", "Desa/Kelurahan", "Dusun", "RT/RW", "Jumlah Jiwa",
    "Balita", "Kondisi Rumah", "Mengungsi", "No. HP", "Keterangan",
]  # fmt: skip


def list_nik(serial: int, *, day: int = 12, month: int = 3, yy: int = 75) -> str:
    return f"340208{day:02d}{month:02d}{yy:02d}{serial:04d}"


def list_kk(serial: int) -> str:
    return f"340208010110{serial:04d}"


def list_row(no, name, nik_value, kk_value, desa="Palbapang", persons=4, damage="RB",
             displaced="Ya", notes=None) -> list:  # fmt: skip
    return [no, name, nik_value, kk_value, desa, "Jodog", "003/005", persons, 0, damage,
            displaced, "081234567890", notes]  # fmt: skip


def write_workbook(path, rows) -> str:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Data"
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(row=r, column=c, value=value)
    wb.save(path)
    return str(path)


def messy_workbook(path, registered_nik: str | None = None) -> str:
    """A desa's list as it arrives: title rows, a NIK typed as a number, a short NIK, the same
    NIK twice, an unknown desa, a bad count, a total row. ``registered_nik``: a NIK registered
    in another incident within 30 days (its row is stored but flagged)."""
    rows = [
        ["DAFTAR KK TERDAMPAK BANJIR DESA PALBAPANG KEC. BANTUL"],
        [],
        IMPORT_HEADER,
        list_row(1, "Suparman", list_nik(1), list_kk(1)),  # 4 valid
        list_row(2, "Sumini", list_nik(2, day=52, month=6, yy=80), list_kk(2), damage="RS",
                 displaced="Tidak"),  # 5 valid  # fmt: skip
        list_row(3, "Karto Wiyono", int(list_nik(3)), list_kk(3)),  # 6 NIK as a number cell
        list_row(4, "Ngadiyem", "34020812037", list_kk(4)),  # 7 short NIK
        list_row(5, "Suparman", list_nik(1), list_kk(5)),  # 8 same NIK as row 4
        list_row(6, "Wagiman", list_nik(6), list_kk(6), desa="Ngawur"),  # 9 unknown desa
        list_row(7, "Slamet Riyadi", list_nik(7), list_kk(7), persons="abc"),  # 10 bad count
        list_row(8, "Tukiman", registered_nik or list_nik(8), list_kk(8)),  # 11 valid/flagged
        list_row(9, "Paimin", list_nik(9), list_kk(9), damage="terendam", displaced="Tidak"),
        ["JUMLAH", None, None, None, None, None, None, 32, 0],  # total row: skipped
    ]  # fmt: skip
    return write_workbook(path, rows)
