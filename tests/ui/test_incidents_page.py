"""Kejadian: logging an incident through the dialog, filters and SQL sorting, closing with a
reason, the detail view, and what a read-only role sees."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QDateTime, QModelIndex, Qt, QTime

from tagana_desk.domain.enums import IncidentStatus
from tagana_desk.services import incidents
from tagana_desk.ui.main_window import MainWindow
from tagana_desk.ui.models.incidents import IncidentTableModel as M
from tests.ui.helpers import (
    add_incident,
    cell,
    click_header,
    column_texts,
    double_click_row,
    set_office_bantul,
)


@pytest.fixture
def bantul(sqlite_db, sqlite_roles):
    set_office_bantul(sqlite_db, sqlite_roles)
    return sqlite_db


def _page(open_main_window, ctx):
    window = open_main_window(ctx)
    window.show_page(MainWindow.KEJADIAN)
    return window, window.incidents_page


def _stored(db):
    with db.read() as s:
        return incidents.list_incidents(s, sort="id", descending=False)


def test_operator_logs_an_incident_through_the_dialog(qtbot, bantul, desk, open_main_window):
    _window, page = _page(open_main_window, desk("operator"))
    assert page.model.rowCount() == 0
    assert page.count_label.text() == "Tidak ada kejadian yang cocok."
    # DIY calls its kecamatan and desa kapanewon and kalurahan.
    assert page.model.headerData(M.KECAMATAN, Qt.Orientation.Horizontal) == "Kapanewon"
    assert page.model.headerData(M.DESA, Qt.Orientation.Horizontal) == "Kalurahan"

    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.incident_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Catat kejadian baru"
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("tanah_longsor"))
    assert dialog.type_combo.currentText() == "Tanah longsor"
    qtbot.keyClicks(dialog.title_edit, "Longsor tebing di Palbapang")
    dialog.when_edit.setDateTime(QDateTime(QDate(2026, 11, 21), QTime(5, 45)))
    assert dialog.when_edit.text() == "21/11/2026 05:45"
    kec = dialog.regions.kecamatan_combo
    qtbot.keyClicks(kec, "Bantul")  # typing selects the matching kapanewon
    assert kec.currentData() == "34.02.08"
    desa = dialog.regions.desa_combo
    assert desa.currentText() == "— seluruh kapanewon —"
    desa.setCurrentIndex(desa.findText("Palbapang"))
    qtbot.keyClicks(dialog.place_edit, "Padukuhan Jodog RT 03")
    qtbot.keyClicks(dialog.source_edit, "Laporan Kalurahan")
    qtbot.keyClicks(dialog.description_edit, "Tebing setinggi 6 m runtuh menimpa dua rumah.")
    for name, value in (("deaths", "1"), ("injured", "2"), ("displaced", "1250"),
                        ("houses_rb", "2")):  # fmt: skip
        box = dialog.counts[name]
        box.selectAll()
        qtbot.keyClicks(box, value)
    assert dialog.counts["displaced"].value() == 1250
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    stored = _stored(bantul)
    assert [(i.title, i.type.value, i.kecamatan_code, i.desa_code) for i in stored] == [
        ("Longsor tebing di Palbapang", "tanah_longsor", "34.02.08", "34.02.08.2001")
    ]
    info = stored[0]
    assert (info.deaths, info.injured, info.displaced, info.houses_rb) == (1, 2, 1250, 2)
    assert info.place == "Padukuhan Jodog RT 03" and info.source == "Laporan Kalurahan"
    assert page.model.rowCount() == 1
    expected_time = dt.datetime(2026, 11, 21, 5, 45).astimezone()
    assert cell(page.model, 0, M.DATE) == f"{expected_time:%d/%m/%Y %H:%M}"
    assert cell(page.model, 0, M.TYPE) == "Tanah longsor"
    assert cell(page.model, 0, M.TITLE) == "Longsor tebing di Palbapang"
    assert cell(page.model, 0, M.KECAMATAN) == "Bantul"
    assert cell(page.model, 0, M.DESA) == "Palbapang"
    assert cell(page.model, 0, M.HOUSEHOLDS) == "0"
    assert cell(page.model, 0, M.STATUS) == "Terbuka"
    assert page.selected().id == info.id  # the new incident is selected
    assert page.count_label.text() == "1 kejadian"


def test_service_refusal_is_shown_under_its_field(qtbot, bantul, desk, open_main_window):
    _window, page = _page(open_main_window, desk("operator"))
    dialog = page.new_incident()
    dialog.regions.set_value("34.02.08")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors.text("judul") == "Judul kejadian wajib diisi."
    assert dialog.focusWidget() is dialog.title_edit
    assert _stored(bantul) == []

    qtbot.keyClicks(dialog.title_edit, "Banjir")
    dialog.regions.set_value(None)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert dialog.errors.text("judul") == ""
    assert dialog.errors.text("kecamatan") == "Kecamatan (atau desa) kejadian wajib diisi."
    assert _stored(bantul) == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert _stored(bantul) == []


def test_filters_and_header_sorting_query_the_database(
    qtbot, bantul, sqlite_roles, desk, open_main_window
):
    op = sqlite_roles.operator
    a = add_incident(bantul, op, "Angin puting beliung Sewon", kind="angin_puting_beliung",
                     desa="34.02.09.2001", when=dt.datetime(2026, 10, 2, 9, 0))  # fmt: skip
    add_incident(bantul, op, "Banjir Palbapang", when=dt.datetime(2026, 11, 20, 14, 30))
    add_incident(bantul, op, "Kebakaran rumah Trirenggo", kind="kebakaran",
                 desa="34.02.08.2004", when=dt.datetime(2026, 11, 1, 22, 0))  # fmt: skip
    with bantul.write() as s:
        incidents.set_status(s, op, a, IncidentStatus.CLOSED, "Selesai")

    _window, page = _page(open_main_window, desk("kepala"))
    assert column_texts(page.model, M.TITLE) == [
        "Banjir Palbapang",
        "Kebakaran rumah Trirenggo",
        "Angin puting beliung Sewon",
    ]  # fmt: skip  (newest first)

    click_header(qtbot, page.table, M.TITLE)  # A→Z on the first click of a word column
    assert page.sort.key == "title" and not page.sort.descending
    assert column_texts(page.model, M.TITLE) == [
        "Angin puting beliung Sewon", "Banjir Palbapang", "Kebakaran rumah Trirenggo",
    ]  # fmt: skip
    click_header(qtbot, page.table, M.TITLE)
    assert column_texts(page.model, M.TITLE)[0] == "Kebakaran rumah Trirenggo"
    click_header(qtbot, page.table, M.DESA)  # not sortable in SQL: nothing changes
    assert page.sort.key == "title"
    assert page.table.horizontalHeader().sortIndicatorSection() == M.TITLE

    page.status_combo.setCurrentIndex(page.status_combo.findData("closed"))
    page.status_combo.activated.emit(page.status_combo.currentIndex())
    assert column_texts(page.model, M.TITLE) == ["Angin puting beliung Sewon"]
    assert cell(page.model, 0, M.STATUS) == "Ditutup"

    page.reset_filters()
    page.type_combo.setCurrentIndex(page.type_combo.findData("kebakaran"))
    page.type_combo.activated.emit(page.type_combo.currentIndex())
    assert column_texts(page.model, M.TITLE) == ["Kebakaran rumah Trirenggo"]

    page.reset_filters()
    page.kecamatan_combo.setCurrentIndex(page.kecamatan_combo.findData("34.02.09"))
    page.kecamatan_combo.activated.emit(page.kecamatan_combo.currentIndex())
    assert column_texts(page.model, M.TITLE) == ["Angin puting beliung Sewon"]
    assert page.kecamatan_combo.itemText(0) == "Semua kapanewon"

    page.reset_filters()
    page.date_check.setChecked(True)
    page.date_from.setDate(QDate(2026, 11, 1))
    page.date_to.setDate(QDate(2026, 11, 19))
    assert column_texts(page.model, M.TITLE) == ["Kebakaran rumah Trirenggo"]

    page.reset_filters()
    page.search_edit.setFocus()
    qtbot.keyClicks(page.search_edit, "palbapang")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert column_texts(page.model, M.TITLE) == ["Banjir Palbapang"]
    assert page.count_label.text() == "1 kejadian"


def test_the_list_loads_lazily_in_batches(
    qtbot, bantul, sqlite_roles, desk, open_main_window, monkeypatch
):
    import tagana_desk.ui.pages.incidents as incidents_page

    monkeypatch.setattr(incidents_page, "INCIDENT_BATCH", 2)
    for day in range(1, 6):
        add_incident(bantul, sqlite_roles.operator, f"Banjir {day}",
                     when=dt.datetime(2026, 11, day, 8, 0))  # fmt: skip
    reads = []
    original = incidents_page.read_incident_batch

    def counting(*args):
        reads.append(args[-2:])  # (offset, limit)
        return original(*args)

    monkeypatch.setattr(incidents_page, "read_incident_batch", counting)
    _window, page = _page(open_main_window, desk("operator"))
    assert (page.model.total, page.model.batch_size) == (5, 2)
    while page.model.canFetchMore(QModelIndex()):
        page.model.fetchMore(QModelIndex())
    assert column_texts(page.model, M.TITLE) == [f"Banjir {d}" for d in (5, 4, 3, 2, 1)]
    assert page.count_label.text() == "5 kejadian"
    assert reads == [(2, 2), (4, 1)]  # the first batch came with the count


def test_closing_and_reopening_asks_for_a_reason(
    qtbot, bantul, sqlite_roles, desk, open_main_window
):
    incident_id = add_incident(bantul, sqlite_roles.operator, "Banjir Palbapang")
    _window, page = _page(open_main_window, desk("operator"))
    page.table.selectRow(0)
    assert page.status_button.text() == "Tutup kejadian…"
    qtbot.mouseClick(page.status_button, Qt.MouseButton.LeftButton)
    ask = page.reason_dialog
    assert ask is not None and ask.isVisible()
    qtbot.keyClick(ask.reason_edit, Qt.Key.Key_Return)
    assert ask.isVisible() and ask.message.text() == "Alasan wajib diisi."
    qtbot.keyClicks(ask.reason_edit, "Penanganan darurat selesai")
    qtbot.keyClick(ask.reason_edit, Qt.Key.Key_Return)
    assert not ask.isVisible()
    with bantul.read() as s:
        assert incidents.get_incident(s, incident_id).status == IncidentStatus.CLOSED
    assert cell(page.model, 0, M.STATUS) == "Ditutup"
    assert page.status_button.text() == "Buka kembali…"

    dialog = page.toggle_status(page.selected())
    qtbot.keyClicks(dialog.reason_edit, "Ada KK susulan")
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    with bantul.read() as s:
        assert incidents.get_incident(s, incident_id).status == IncidentStatus.OPEN
    assert cell(page.model, 0, M.STATUS) == "Terbuka"

    from tagana_desk.services import audit
    from tagana_desk.services.audit import AuditFilter

    with bantul.read() as s:
        events = audit.list_events(s, sqlite_roles.kepala, AuditFilter(entity="incident"))
    assert [(e.action, e.reason) for e in events[:2]] == [
        ("reopen", "Ada KK susulan"), ("close", "Penanganan darurat selesai"),
    ]  # fmt: skip


def test_editing_an_incident_changes_the_row(qtbot, bantul, sqlite_roles, desk, open_main_window):
    add_incident(bantul, sqlite_roles.operator, "Banjir Palbapang", displaced=12)
    _window, page = _page(open_main_window, desk("operator"))
    page.table.selectRow(0)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.incident_dialog
    assert dialog.windowTitle() == "Ubah kejadian"
    assert dialog.title_edit.text() == "Banjir Palbapang"
    assert dialog.regions.desa_combo.currentText() == "Palbapang"
    assert dialog.counts["displaced"].value() == 12
    assert dialog.when_edit.dateTime().date() == QDate(2026, 11, 20)
    dialog.title_edit.clear()
    qtbot.keyClicks(dialog.title_edit, "Banjir luapan Sungai Winongo")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert cell(page.model, 0, M.TITLE) == "Banjir luapan Sungai Winongo"
    assert [i.title for i in _stored(bantul)] == ["Banjir luapan Sungai Winongo"]


def test_double_click_opens_the_detail_with_its_tabs(
    qtbot, bantul, sqlite_roles, desk, open_main_window
):
    add_incident(bantul, sqlite_roles.operator, "Banjir Palbapang", source="Pusdalops BPBD",
                 deaths=1, displaced=1250, houses_rb=3)  # fmt: skip
    _window, page = _page(open_main_window, desk("operator"))
    double_click_row(qtbot, page.table, 0)
    detail = page.detail
    assert page.stack.currentWidget() is detail
    assert detail.title_label.text() == "Banjir Palbapang"
    assert detail.status_label.text() == "Terbuka"
    assert detail.facts["type"].text() == "Banjir"
    assert detail.facts["where"].text() == "Kalurahan Palbapang, Kapanewon Bantul"
    assert detail.facts["source"].text() == "Pusdalops BPBD"
    assert detail.facts["people"].text() == "Meninggal 1 · hilang 0 · luka 0 · mengungsi 1.250"
    assert detail.facts["houses"].text() == "RB 3 · RS 0 · RR 0 · terendam 0"
    tabs = [detail.tabs.tabText(i) for i in range(detail.tabs.count())]
    assert tabs == ["KK terdampak", "Penyaluran", "Tagana", "Ringkasan"]
    assert detail.count_label.text() == "Belum ada KK terdaftar."
    assert detail.summary_cards["households"].value.text() == "0"
    qtbot.mouseClick(detail.back_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.list_panel


def test_auditor_sees_no_edit_buttons_enabled(qtbot, bantul, sqlite_roles, desk, open_main_window):
    add_incident(bantul, sqlite_roles.operator, "Banjir Palbapang")
    _window, page = _page(open_main_window, desk("auditor"))
    page.table.selectRow(0)
    assert not page.new_button.isEnabled()
    assert not page.edit_button.isEnabled()
    assert not page.status_button.isEnabled()
    assert page.open_button.isEnabled()
    assert page.role_note.text().startswith("Hanya Operator, Bendahara dan Kepala")
    assert page.new_incident() is None
    page.open_selected()
    detail = page.detail
    assert detail.title_label.text() == "Banjir Palbapang"
    for button in (detail.add_button, detail.edit_button, detail.import_button,
                   detail.edit_incident_button, detail.status_button):  # fmt: skip
        assert not button.isEnabled(), button.text()
    assert detail.add_household() is None
    assert "Anda Auditor" in detail.register_note.text()
