"""Tagana page: the roster and its dialog, filters, imports, deployments, and a month's stipends
paid by the bendahara (and refused to others, and when the fund is short)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from sqlalchemy import func, select

from tagana_desk.db.models import Receipt, StipendPayment, Volunteer
from tagana_desk.domain.enums import VolunteerLevel
from tagana_desk.domain.errors import ValidationError
from tagana_desk.services import funds, incidents, office, stipends, volunteers
from tagana_desk.services.volunteers import VolunteerInput
from tagana_desk.ui.dialogs.payment_list_preview import render_payment_list_to
from tagana_desk.ui.dialogs.stipend_run import StipendRunDialog
from tagana_desk.ui.main_window import MainWindow
from tagana_desk.ui.models.volunteers import RosterTableModel, StipendPreviewModel
from tagana_desk.ui.pages.volunteers import VolunteersPage
from tests.importing.builders import write_xlsx
from tests.support import make_nik

DISPLAY = Qt.ItemDataRole.DisplayRole
TODAY = dt.date.today()
PERIOD = f"{TODAY:%Y-%m}"


def cell(model, row: int, column: int) -> str:
    return model.data(model.index(row, column), DISPLAY)


def column(model, col: int) -> list[str]:
    return [cell(model, r, col) for r in range(model.rowCount())]


def count(db, model) -> int:
    with db.read() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def bantul(db, roles) -> None:
    with db.write() as s:
        office.update_office(s, roles.admin, kabupaten_code="34.02", name="DINAS SOSIAL",
                             government="PEMERINTAH KABUPATEN BANTUL", city="Bantul")  # fmt: skip


def add(db, roles, serial: int, name: str, *, kind="TAGANA", level="muda", kec="34.02.08",
        joined=dt.date(2025, 1, 1), left=None) -> int:  # fmt: skip
    with db.write() as s:
        return volunteers.save_volunteer(s, roles.operator, VolunteerInput(
            name=name, nik=make_nik(serial=serial, yy=90), type_code=kind, joined_on=joined,
            left_on=left, nia=f"34.02.08.{serial:04d}", level=level, kecamatan_code=kec,
        )).id  # fmt: skip


def allocate(db, roles, amount: int) -> None:
    with db.write() as s:
        funds.allocate(s, roles.bendahara, "HONOR", amount, "DPA Dinas Sosial 2026 honor relawan")


def tagana_page(open_main_window, ctx, tab: int = VolunteersPage.ANGGOTA) -> VolunteersPage:
    window = open_main_window(ctx)
    window.show_page(MainWindow.TAGANA)
    page = window.volunteers_page
    assert window.stack.currentWidget() is page
    page.show_tab(tab)
    return page


# ------------------------------------------------------------------------------ roster


def test_operator_adds_a_volunteer_through_the_dialog(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    bantul(sqlite_db, sqlite_roles)
    tab = tagana_page(open_main_window, desk("operator")).roster_tab
    assert tab.add_button.isEnabled() and not tab.edit_button.isEnabled()
    assert tab.count_label.text() == "Tidak ada relawan yang cocok."
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.volunteer_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.kecamatan_combo.itemText(0) == "— pilih kapanewon —"

    qtbot.keyClicks(dialog.name_edit, "Heri Purnomo")
    qtbot.keyClicks(dialog.nik_edit, "3402083213")
    assert dialog.nik_info.text() == "10 dari 16 digit"
    qtbot.keyClicks(dialog.nik_edit, "900001")  # day 32: not a date
    bad = "NIK: tanggal lahir 32 tidak valid (1–31 untuk laki-laki, 41–71 untuk perempuan)."
    assert dialog.errors.text("nik") == bad
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.errors.text("nik") == bad  # the service refuses it with the same words
    assert count(sqlite_db, Volunteer) == 0

    dialog.nik_edit.clear()
    qtbot.keyClicks(dialog.nik_edit, "3402 0852 0390 0012")  # a woman born 12 March 1990
    assert dialog.errors.text("nik") == ""
    assert dialog.nik_info.text() == (
        "Lahir 12 Maret 1990 · perempuan · terbit di Kec. Bantul, Kabupaten Bantul"
    )
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("TSM"))
    qtbot.keyClicks(dialog.nia_edit, "TSM-0012")
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData("madya"))
    dialog.kecamatan_combo.setCurrentIndex(dialog.kecamatan_combo.findData("34.02.16"))
    qtbot.keyClicks(dialog.phone_edit, "0812 2700 1234")
    qtbot.keyClicks(dialog.bank_edit, "BPD DIY")
    qtbot.keyClicks(dialog.account_edit, "001.221.334455")
    dialog.joined_edit.setDate(QDate(2024, 3, 1))
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    assert not dialog.isVisible(), dialog.message.text()
    with sqlite_db.read() as s:
        (stored,) = volunteers.list_volunteers(s, sqlite_roles.bendahara)
    assert (stored.name, stored.nik, stored.type_code, stored.nia, stored.level) == (
        "Heri Purnomo", "3402085203900012", "TSM", "TSM-0012", VolunteerLevel.MADYA,
    )  # fmt: skip
    assert (stored.kecamatan_code, stored.phone, stored.bank_account, stored.joined_on) == (
        "34.02.16", "0812 2700 1234", "001.221.334455", dt.date(2024, 3, 1),
    )  # fmt: skip
    assert stored.active and stored.left_on is None
    model = tab.model
    assert model.rowCount() == 1
    assert cell(model, 0, RosterTableModel.NAME) == "Heri Purnomo"
    assert cell(model, 0, RosterTableModel.NIK) == "3402085203900012"  # operators see it whole
    assert cell(model, 0, RosterTableModel.KECAMATAN) == "Kasihan"
    assert cell(model, 0, RosterTableModel.LEVEL) == "Madya"
    assert cell(model, 0, RosterTableModel.JOINED) == "01/03/2024"
    assert cell(model, 0, RosterTableModel.ACTIVE) == "Ya"
    assert model.headerData(RosterTableModel.KECAMATAN, Qt.Orientation.Horizontal) == "Kapanewon"
    # The new volunteer is selected: Ubah opens the form filled in.
    assert tab.selected().id == stored.id
    edit = tab.edit_volunteer()
    assert edit.nik_edit.text() == "3402085203900012"
    assert edit.kecamatan_combo.currentData() == "34.02.16"
    edit.left_check.setChecked(True)
    edit.left_edit.setDate(QDate(2025, 12, 31))
    edit.save()
    assert not edit.isVisible(), edit.message.text()
    assert cell(tab.model, 0, RosterTableModel.LEFT) == "31/12/2025"
    assert cell(tab.model, 0, RosterTableModel.ACTIVE) == "Tidak"


def test_a_nik_already_on_the_roster_is_refused_under_the_field(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    add(sqlite_db, sqlite_roles, 1, "Suparman")
    tab = tagana_page(open_main_window, desk("bendahara")).roster_tab
    dialog = tab.add_volunteer()
    qtbot.keyClicks(dialog.name_edit, "Orang Lain")
    qtbot.keyClicks(dialog.nik_edit, make_nik(serial=1, yy=90))
    dialog.save()
    assert dialog.isVisible()
    assert dialog.errors.text("nik") == (
        "NIK 340208******0001 sudah terdaftar sebagai relawan (Suparman)."
    )
    assert count(sqlite_db, Volunteer) == 1


def test_roster_filters_search_and_deployments_of_the_selected(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    bantul(sqlite_db, sqlite_roles)
    heri = add(sqlite_db, sqlite_roles, 1, "Heri Purnomo", level="utama")
    add(sqlite_db, sqlite_roles, 2, "Siti Aminah", kind="TSM", level="madya", kec="34.02.16")
    add(sqlite_db, sqlite_roles, 3, "Budi Santoso", kec="34.02.16")
    add(sqlite_db, sqlite_roles, 4, "Agus Riyanto", left=dt.date(2025, 6, 30))
    add(sqlite_db, sqlite_roles, 5, "Endang Lestari", kind="TSM")
    with sqlite_db.write() as s:
        incident = incidents.create_incident(s, sqlite_roles.operator, incidents.IncidentInput(
            type="banjir", title="Banjir Palbapang", occurred_at=dt.datetime(2026, 1, 20, 14, 30),
            desa_code="34.02.08.2001")).id  # fmt: skip
        volunteers.deploy(s, sqlite_roles.operator, heri, incident, dt.date(2026, 1, 20),
                          dt.date(2026, 1, 23), "Dapur umum")  # fmt: skip

    tab = tagana_page(open_main_window, desk("kepala")).roster_tab
    names = lambda: column(tab.model, RosterTableModel.NAME)  # noqa: E731
    assert names() == ["Agus Riyanto", "Budi Santoso", "Endang Lestari", "Heri Purnomo",
                       "Siti Aminah"]  # fmt: skip
    assert tab.count_label.text() == "5 relawan"
    # Kepala may see full NIKs; former volunteers are shown greyed.
    agus = tab.model.index(0, RosterTableModel.NAME)
    assert tab.model.data(agus, Qt.ItemDataRole.ForegroundRole) is not None

    tab.type_filter.setCurrentIndex(tab.type_filter.findData("TSM"))
    tab.apply_filters()
    assert names() == ["Endang Lestari", "Siti Aminah"]
    tab.kecamatan_filter.setCurrentIndex(tab.kecamatan_filter.findData("34.02.16"))
    tab.apply_filters()
    assert names() == ["Siti Aminah"]
    tab.type_filter.setCurrentIndex(0)
    tab.kecamatan_filter.setCurrentIndex(0)
    tab.level_filter.setCurrentIndex(tab.level_filter.findData("utama"))
    tab.apply_filters()
    assert names() == ["Heri Purnomo"]
    tab.level_filter.setCurrentIndex(0)
    tab.active_filter.setCurrentIndex(tab.active_filter.findData(False))
    tab.apply_filters()
    assert names() == ["Agus Riyanto"]
    tab.active_filter.setCurrentIndex(tab.active_filter.findData(True))
    tab.apply_filters()
    assert len(names()) == 4
    assert tab.kecamatan_filter.itemText(0) == "Semua kapanewon"

    # Ctrl+F goes to the search box; Enter searches at once (name, NIA or NIK prefix).
    window = tab.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is tab.search_edit
    qtbot.keyClicks(tab.search_edit, "heri")
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Return)
    assert names() == ["Heri Purnomo"]
    tab.search_edit.setText("34.02.08.0002")
    tab.apply_filters()
    assert names() == ["Siti Aminah"]
    tab.search_edit.setText(make_nik(serial=3, yy=90))
    tab.apply_filters()
    assert names() == ["Budi Santoso"]
    tab.search_edit.setText("Agus")
    tab.apply_filters()
    assert names() == []  # "Hanya aktif" still holds
    assert tab.count_label.text() == "Tidak ada relawan yang cocok."
    tab.active_filter.setCurrentIndex(0)

    # The deployments of the selected volunteer are listed under the roster.
    tab.search_edit.setText("Heri")
    tab.apply_filters()
    tab.table.selectRow(0)
    assert tab.deployments_title.text() == "Penugasan Heri Purnomo"
    assert tab.deployment_model.rowCount() == 1
    assert cell(tab.deployment_model, 0, 0) == f"#{incident} Banjir Palbapang"
    assert cell(tab.deployment_model, 0, 3) == "4"
    assert cell(tab.deployment_model, 0, 4) == "Dapur umum"
    # Kepala reads but may not change the roster.
    assert not tab.add_button.isEnabled() and not tab.edit_button.isEnabled()
    assert tab.role_note.text() == (
        "Hanya Operator dan Bendahara yang dapat menambah atau mengubah data relawan."
    )
    assert tab.add_volunteer() is None


def test_import_from_excel_shows_the_rows_then_imports_the_valid_ones(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window, tmp_path
):
    bantul(sqlite_db, sqlite_roles)
    path = write_xlsx(tmp_path / "tagana.xlsx", [
        ["DAFTAR ANGGOTA TAGANA"],
        ["Nama", "NIK", "NIA", "Tingkat", "Kapanewon", "TMT"],
        ["Heri Purnomo", make_nik(serial=1, yy=90), "T-1", "Muda", "Bantul",
         dt.datetime(2024, 1, 1)],
        ["Siti Aminah", int(make_nik(serial=2, yy=90)), "T-2", "Madya", "Kasihan",
         dt.datetime(2024, 1, 1)],
        ["Budi Santoso", make_nik(serial=3, yy=90), "T-3", "", "Sewon", "01/02/2024"],
    ])  # fmt: skip
    tab = tagana_page(open_main_window, desk("operator")).roster_tab
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    dialog = tab.import_dialog
    assert dialog.type_combo.currentData() == "TAGANA"
    dialog.open_file(path)
    assert dialog.summary.text() == "3 baris data: 2 siap diimpor, 1 ditolak, 0 duplikat."
    assert column(dialog.model, 3) == ["Valid", "Ditolak", "Valid"]
    assert "digit ke-16 hilang" in cell(dialog.model, 1, 4)
    assert cell(dialog.model, 1, 2) == "340208******0002"
    assert count(sqlite_db, Volunteer) == 0
    assert dialog.import_button.text() == "Impor 2 baris valid"
    report_path = dialog.save_report(tmp_path / "laporan.xlsx")
    assert report_path is not None and report_path.is_file()

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.summary.text() == "3 baris data: 2 diimpor, 1 ditolak, 0 duplikat."
    assert dialog.done_label.text() == "2 relawan tersimpan di daftar anggota."
    assert not dialog.import_button.isEnabled()
    assert dialog.close_button.text() == "Selesai"
    assert count(sqlite_db, Volunteer) == 2
    assert column(tab.model, RosterTableModel.NAME) == ["Budi Santoso", "Heri Purnomo"]


# ------------------------------------------------------------------------------ stipends


def test_bendahara_pays_the_month_once(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window, tmp_path
):
    bantul(sqlite_db, sqlite_roles)
    allocate(sqlite_db, sqlite_roles, 5_000_000)
    for serial, name in ((1, "Heri Purnomo"), (2, "Siti Aminah"), (3, "Budi Santoso")):
        add(sqlite_db, sqlite_roles, serial, name)
    add(sqlite_db, sqlite_roles, 4, "Endang Lestari", kind="TSM")
    add(
        sqlite_db,
        sqlite_roles,
        5,
        "Agus Riyanto",
        joined=dt.date(2024, 1, 1),
        left=dt.date(2024, 12, 31),
    )  # not active this month
    ctx = desk("bendahara")
    page = tagana_page(open_main_window, ctx, VolunteersPage.HONOR)
    tab = page.stipend_tab
    assert tab.period == PERIOD
    assert tab.gross_card.caption.text() == "Akan dibayar (4 relawan), bruto"
    assert tab.gross_card.value.text() == "Rp1.600.000"
    assert tab.tax_card.value.text() == "Rp0"
    assert tab.net_card.value.text() == "Rp1.600.000"
    assert tab.available_card.caption.text() == "Tersedia HONOR"
    assert tab.available_card.value.text() == "Rp5.000.000"
    assert not tab.shortfall_label.isVisible()
    assert column(tab.model, StipendPreviewModel.STATUS) == ["Bayar"] * 4
    assert column(tab.model, StipendPreviewModel.GROSS) == [
        "200.000",
        "1.000.000",
        "200.000",
        "200.000",
    ]  # Budi, Endang (TSM), Heri, Siti
    assert tab.pay_button.isEnabled()
    assert not tab.list_button.isEnabled()

    qtbot.mouseClick(tab.pay_button, Qt.MouseButton.LeftButton)
    dialog = tab.run_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.cancel_button.isDefault()  # Enter does not pay by accident
    qtbot.mouseClick(dialog.pay_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.message.text()

    assert count(sqlite_db, StipendPayment) == 4
    assert column(tab.model, StipendPreviewModel.STATUS) == ["Sudah dibayar"] * 4
    assert column(tab.model, StipendPreviewModel.GROSS) == [""] * 4
    assert tab.gross_card.caption.text() == "Akan dibayar (0 relawan), bruto"
    assert tab.gross_card.value.text() == "Rp0"
    assert tab.paid_card.caption.text() == "Sudah dibayar (4 relawan)"
    assert tab.paid_card.value.text() == "Rp1.600.000"
    assert tab.available_card.value.text() == "Rp3.400.000"
    assert not tab.pay_button.isEnabled()
    assert tab.pay_button.toolTip().startswith("Tidak ada relawan yang perlu dibayar")
    assert "dibayar kepada 4 relawan: bruto Rp1.600.000" in tab.done_label.text()
    assert tab.last_run.receipts[0].startswith("0001/HONOR/")
    assert tab.list_button.isEnabled() and tab.receipts_button.isEnabled()

    # Running the month again (a second desk, a double click) pays nobody.
    again = StipendRunDialog(ctx, tab.view.preview, parent=tab)
    qtbot.addWidget(again)
    again.confirm()
    assert again.result_value is not None and again.result_value.paid == 0
    assert count(sqlite_db, StipendPayment) == 4
    assert count(sqlite_db, Receipt) == 4

    # The fund figures elsewhere follow (the pages reload after the write).
    window = page.window()
    window.show_page(MainWindow.DANA)
    funds_page = window.funds_page
    funds_page.fund_combo.setCurrentIndex(funds_page.fund_combo.findData("HONOR"))
    funds_page.fund_combo.activated.emit(funds_page.fund_combo.currentIndex())
    assert funds_page.available_card.value.text() == "Rp3.400.000"

    # The daftar penerimaan of the month: the PDF on screen, then saved.
    window.show_page(MainWindow.TAGANA)
    qtbot.mouseClick(tab.list_button, Qt.MouseButton.LeftButton)
    preview = tab.list_dialog
    assert preview is not None and preview.isVisible(), tab.message.text()
    assert preview.document.pageCount() == 1
    assert preview.note.text() == ("4 relawan, diterima bersih Rp1.600.000; 1 halaman A4 mendatar.")
    assert preview.print_button.isEnabled()
    preview.save_to(tmp_path / "daftar-honor")
    out = tmp_path / "daftar-honor.pdf"
    assert preview.done_label.text() == f"Tersimpan: {out} (1 halaman)."
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert "DAFTAR PENERIMAAN HONOR RELAWAN BULAN" in text
    for name in ("Heri Purnomo", "Siti Aminah", "Budi Santoso", "Endang Lestari"):
        assert name in text
    assert "JUMLAH 1.600.000 0 1.600.000" in text
    preview.reject()

    # The receipts, one page per volunteer, in the receipt preview.
    qtbot.mouseClick(tab.receipts_button, Qt.MouseButton.LeftButton)
    receipts_dialog = tab.receipts_dialog
    assert receipts_dialog is not None and receipts_dialog.isVisible()
    assert receipts_dialog.numbers == tuple(tab.last_run.receipts)
    receipts_dialog.reject()


def test_a_short_honor_fund_disables_bayar_and_shows_the_shortfall(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    allocate(sqlite_db, sqlite_roles, 300_000)
    add(sqlite_db, sqlite_roles, 1, "Heri Purnomo")
    add(sqlite_db, sqlite_roles, 2, "Siti Aminah")
    tab = tagana_page(open_main_window, desk("bendahara"), VolunteersPage.HONOR).stipend_tab
    assert tab.shortfall_label.isVisible()
    assert tab.shortfall_label.text() == (
        "Saldo dana HONOR tidak cukup: dibutuhkan Rp400.000, tersedia Rp300.000 — kurang "
        "Rp100.000. Tambah alokasi di halaman Dana sebelum membayar."
    )
    assert not tab.pay_button.isEnabled()
    assert tab.pay_button.toolTip() == "Saldo dana HONOR kurang Rp100.000."
    assert tab.open_run_dialog() is None
    # The service refuses too, with the amounts, when a dialog was opened before the fund fell.
    dialog = StipendRunDialog(tab.ctx, tab.view.preview, parent=tab)
    qtbot.addWidget(dialog)
    dialog.confirm()
    assert dialog.message.text() == (
        "Saldo dana HONOR tidak cukup: dibutuhkan Rp400.000, tersedia Rp300.000."
    )
    assert count(sqlite_db, StipendPayment) == 0
    # Topping the fund up enables Bayar.
    allocate(sqlite_db, sqlite_roles, 100_000)
    tab.refresh()
    assert not tab.shortfall_label.isVisible()
    assert tab.pay_button.isEnabled()


def test_an_operator_cannot_pay(qtbot, sqlite_db, sqlite_roles, desk, open_main_window):
    allocate(sqlite_db, sqlite_roles, 1_000_000)
    add(sqlite_db, sqlite_roles, 1, "Heri Purnomo")
    tab = tagana_page(open_main_window, desk("operator"), VolunteersPage.HONOR).stipend_tab
    assert tab.gross_card.caption.text() == "Akan dibayar (1 relawan), bruto"
    assert not tab.pay_button.isEnabled()
    assert tab.role_note.isVisible()
    assert tab.role_note.text() == "Hanya Bendahara yang dapat membayar honor."
    assert tab.open_run_dialog() is None
    dialog = StipendRunDialog(tab.ctx, tab.view.preview, parent=tab)
    qtbot.addWidget(dialog)
    dialog.confirm()
    assert dialog.isVisible() or dialog.result_value is None
    assert dialog.message.text() == "Peran Operator tidak berwenang membayar honor relawan."
    assert count(sqlite_db, StipendPayment) == 0


def test_month_picker_shows_a_past_month_paid_and_a_future_one_not_payable(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    allocate(sqlite_db, sqlite_roles, 2_000_000)
    add(sqlite_db, sqlite_roles, 1, "Heri Purnomo")
    last_month = (TODAY.replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
    with sqlite_db.write() as s:
        stipends.run(s, sqlite_roles.bendahara, last_month, pay_date=TODAY)
    add(sqlite_db, sqlite_roles, 2, "Siti Aminah", joined=TODAY.replace(day=1))
    tab = tagana_page(open_main_window, desk("bendahara"), VolunteersPage.HONOR).stipend_tab
    assert column(tab.model, StipendPreviewModel.STATUS) == ["Bayar", "Bayar"]
    tab.set_period(last_month)
    # Siti joined this month: not active last month.
    assert column(tab.model, StipendPreviewModel.NAME) == ["Heri Purnomo"]
    assert column(tab.model, StipendPreviewModel.STATUS) == ["Sudah dibayar"]
    assert tab.list_button.isEnabled()
    future = TODAY.replace(day=28) + dt.timedelta(days=10)
    tab.set_period(f"{future:%Y-%m}")
    assert (
        tab.pay_button.toolTip().startswith("Bulan ") and "belum mulai" in tab.pay_button.toolTip()
    )
    assert not tab.pay_button.isEnabled()


# ------------------------------------------------------------------------------ deployments


def test_penugasan_assigns_a_volunteer_to_an_incident(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    bantul(sqlite_db, sqlite_roles)
    add(sqlite_db, sqlite_roles, 1, "Heri Purnomo")
    add(sqlite_db, sqlite_roles, 2, "Siti Aminah")
    with sqlite_db.write() as s:
        incident = incidents.create_incident(s, sqlite_roles.operator, incidents.IncidentInput(
            type="banjir", title="Banjir Palbapang", occurred_at=dt.datetime(2026, 1, 20, 14, 30),
            desa_code="34.02.08.2001")).id  # fmt: skip
    tab = tagana_page(open_main_window, desk("operator"), VolunteersPage.PENUGASAN).deployment_tab
    assert tab.incident_combo.currentData() == incident
    assert tab.summary.text() == "Belum ada relawan yang ditugaskan ke kejadian ini."
    qtbot.mouseClick(tab.deploy_button, Qt.MouseButton.LeftButton)
    dialog = tab.deployment_dialog
    assert dialog.incident_combo.currentData() == incident
    dialog.save()
    assert dialog.errors.text("volunteer") == "Pilih relawan dari daftar."
    qtbot.keyClicks(dialog.volunteer_combo.lineEdit(), "Siti Aminah · TAGANA · 34.02.08.0002")
    dialog.start_edit.setDate(QDate(2026, 1, 20))
    dialog.end_edit.setDate(QDate(2026, 1, 19))
    dialog.save()
    assert dialog.errors.text("start") == "Tanggal selesai tidak boleh sebelum tanggal mulai."
    dialog.end_edit.setDate(QDate(2026, 1, 24))
    assert dialog.days_label.text() == "5 hari"
    qtbot.keyClicks(dialog.role_edit, "Dapur umum")
    dialog.save()
    assert not dialog.isVisible(), dialog.message.text()
    assert tab.model.rowCount() == 1
    assert column(tab.model, 0) == ["Siti Aminah"]
    assert column(tab.model, 3) == ["5"]
    assert tab.summary.text() == "1 relawan ditugaskan, 5 hari-orang."
    with sqlite_db.read() as s:
        (stored,) = volunteers.list_deployments(s, incident_id=incident)
    assert (stored.volunteer_name, stored.start_date, stored.end_date, stored.role) == (
        "Siti Aminah", dt.date(2026, 1, 20), dt.date(2026, 1, 24), "Dapur umum",
    )  # fmt: skip
    # An overlapping deployment is refused with the service's reason.
    again = tab.open_deploy_dialog()
    again.select_volunteer(stored.volunteer_id)
    again.start_edit.setDate(QDate(2026, 1, 22))
    again.end_edit.setDate(QDate(2026, 1, 23))
    again.save()
    assert again.message.text() == (
        "Siti Aminah sudah ditugaskan pada tanggal yang bertumpang tindih."
    )


def test_nothing_to_print_before_a_month_is_paid(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    add(sqlite_db, sqlite_roles, 1, "Heri Purnomo")
    tab = tagana_page(open_main_window, desk("auditor"), VolunteersPage.HONOR).stipend_tab
    assert not tab.list_button.isEnabled() and not tab.receipts_button.isEnabled()
    assert tab.open_list_preview() is None
    with (
        pytest.raises(ValidationError, match="Belum ada honor yang dibayar untuk"),
        sqlite_db.read() as s,
    ):
        render_payment_list_to(s, sqlite_roles.auditor, PERIOD, Path("/tmp/tidak.pdf"))
