"""Laporan: month states, the reconciled summary, saving the LPJ, closing and reopening a month."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from tagana_desk.db.models import AuditEvent, LpjReport
from tagana_desk.ui.main_window import MainWindow
from tagana_desk.ui.models.periods import MonthStatesModel
from tagana_desk.ui.pages import reports
from tagana_desk.ui.pages.reports import LAST_FOLDER_KEY, ReportsPage
from tests.support import raw
from tests.ui.month_data import OCT, TODAY, build_two_months

LPJ_FILES = ["3w-2026-10-hxl.csv", "lpj-2026-10.csv", "lpj-2026-10.pdf", "lpj-2026-10.xlsx"]


@pytest.fixture
def two_months(sqlite_db, sqlite_roles):
    build_two_months(sqlite_db, sqlite_roles)


def _laporan(window: MainWindow) -> ReportsPage:
    page = window.reports_page
    page.today = lambda: TODAY
    window.show_page(MainWindow.LAPORAN)
    assert window.stack.currentWidget() is page
    return page


def _states(page: ReportsPage) -> dict[str, str]:
    model = page.months_model
    return {
        model.row_at(r).period: model.data(model.index(r, MonthStatesModel.STATUS))
        for r in range(model.rowCount())
    }


def _save(page: ReportsPage, folder: Path) -> None:
    page.save_lpj_to(folder)
    assert not page.running
    assert page.message.isHidden(), page.message.text()


def test_month_list_and_reconciled_summary(two_months, qtbot, desk, open_main_window):
    page = _laporan(open_main_window(desk("bendahara")))
    states = _states(page)
    assert list(states)[:3] == ["2026-11", "2026-10", "2026-09"]
    assert len(states) == 12
    assert set(states.values()) == {"Terbuka"}
    # Last month is shown first: it is the one whose LPJ is due.
    assert page.view.period == OCT
    assert page.month_title.text() == "Oktober 2026"
    assert page.status_badge.text() == "Terbuka"
    assert page.state_label.text() == "Bulan sudah berakhir: buat LPJ, lalu tutup bulan."
    model = page.summary_model
    assert model.headers() == ["Uraian", "BTT (Rp)", "HONOR (Rp)", "Jumlah (Rp)"]
    assert [li.label for li in model.lines] == [
        "Saldo awal", "Penerimaan", "Alokasi dana", "Pembatalan kuitansi",
        "Jumlah penerimaan", "Pengeluaran", "Paket sembako", "Honor relawan",
        "Jumlah pengeluaran", "Saldo akhir",
    ]  # fmt: skip
    assert model.text("opening", "BTT") == "0"
    assert model.text("allocations", "BTT") == "10.000.000"
    assert model.text("reversals", "BTT") == "250.000"
    assert model.text("aid:SEMBAKO", "BTT") == "1.000.000"
    assert model.text("stipends", "HONOR") == "200.000"
    assert model.text("closing", "BTT") == "9.250.000"
    assert model.text("closing", "HONOR") == "800.000"
    assert model.text("closing") == "10.050.000"
    assert model.text("in") == "11.250.000"
    assert model.text("out") == "1.200.000"
    assert {k: v.text() for k, v in page.counts.items()} == {
        "incidents": "0", "households": "3", "persons": "9", "issued": "5", "voided": "1",
        "beneficiary_total": "Rp1.000.000", "stipend_total": "Rp200.000",
    }  # fmt: skip
    assert page.reconcile_label.objectName() == "reconcileOk"
    assert "Cocok dengan buku kas" in page.reconcile_label.text()
    assert page.save_button.isEnabled()
    assert not page.close_button.isEnabled()  # no LPJ yet
    assert page.close_button.toolTip().startswith("Simpan LPJ bulan ini dulu")
    assert not page.reopen_button.isEnabled()
    assert (
        page.reopen_button.toolTip() == "Hanya Kepala dan Admin yang dapat membuka kembali bulan."
    )
    assert page.full_nik_check.isVisible()


def test_one_fund_and_another_month(two_months, qtbot, desk, open_main_window):
    page = _laporan(open_main_window(desk("kepala")))
    combo = page.fund_combo
    assert [combo.itemText(i) for i in range(combo.count())][0] == "Semua dana"
    combo.setCurrentIndex(combo.findData("HONOR"))
    combo.activated.emit(combo.currentIndex())
    assert page.view.fund == "HONOR"
    assert page.summary_model.headers() == ["Uraian", "HONOR (Rp)"]
    assert page.summary_model.text("closing") == "800.000"
    # November: the current month, nothing to close yet.
    page.months_table.selectRow(0)
    assert page.view.period == "2026-11" and page.view.fund == "HONOR"
    assert page.month_title.text() == "November 2026"
    assert page.state_label.text() == "Bulan berjalan."


def test_save_lpj_writes_four_files_and_records_it(
    two_months, qtbot, sqlite_db, desk, open_main_window, tmp_path, monkeypatch
):
    window = open_main_window(desk("bendahara"))
    page = _laporan(window)
    out = tmp_path / "LPJ Oktober"
    with qtbot.waitSignal(page.lpj_saved) as saved:
        _save(page, out)
    assert sorted(p.name for p in out.iterdir()) == LPJ_FILES
    assert sorted(Path(p).name for p in saved.args[0].values()) == LPJ_FILES
    assert QSettings().value(LAST_FOLDER_KEY) == str(out)
    with sqlite_db.read() as s:
        rows = s.execute(select(LpjReport.period, LpjReport.fund_id)).all()
    assert rows == [(OCT, None)]
    # The page read itself again after the write: October now has its LPJ.
    assert _states(page)[OCT] == "LPJ dibuat"
    assert page.status_badge.text() == "LPJ dibuat"
    assert page.result_label.isVisible()
    assert "lpj-2026-10.pdf" in page.result_label.text()
    assert page.open_folder_button.isVisible()
    assert page.close_button.isEnabled()
    opened = []
    monkeypatch.setattr(reports, "open_url", lambda url: opened.append(url.toLocalFile()))
    qtbot.mouseClick(page.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [str(out)]


def test_full_nik_option_warns_and_is_audited(
    two_months, qtbot, sqlite_db, desk, open_main_window, tmp_path
):
    page = _laporan(open_main_window(desk("bendahara")))
    assert not page.nik_warning.isVisible()
    page.full_nik_check.setChecked(True)
    assert page.nik_warning.isVisible()
    assert "log audit" in page.nik_warning.text()
    _save(page, tmp_path / "lpj")
    assert "NIK lengkap" in page.result_label.text()
    with sqlite_db.read() as s:
        reason = s.execute(
            select(AuditEvent.reason).where(AuditEvent.entity == "lpj_report")
        ).scalar_one()
    assert reason == "LPJ dengan NIK lengkap"
    csv_text = (tmp_path / "lpj" / "lpj-2026-10.csv").read_text(encoding="utf-8-sig")
    assert "******" not in csv_text


def test_cancel_leaves_no_files_and_records_nothing(
    two_months, qtbot, sqlite_db, desk, open_main_window, tmp_path
):
    page = _laporan(open_main_window(desk("bendahara")))
    messages = []

    def press_batal(text: str) -> None:
        messages.append(text)
        button = page.progress_dialog.findChild(QPushButton)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    page.lpj_progress.connect(press_batal)
    page.save_lpj_to(tmp_path / "lpj")
    assert messages == ["Ringkasan"]
    assert page.message.text() == "Pembuatan LPJ dibatalkan."
    assert not page.running
    assert list((tmp_path / "lpj").glob("*")) == []
    with sqlite_db.read() as s:
        assert s.execute(select(LpjReport.id)).first() is None
    assert page.save_button.isEnabled()


def test_close_then_reopen(two_months, qtbot, sqlite_db, sqlite_roles, desk, open_main_window,
                           tmp_path):  # fmt: skip
    bendahara = open_main_window(desk("bendahara"))
    page = _laporan(bendahara)
    _save(page, tmp_path / "lpj")
    assert page.close_button.isEnabled()
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    box = page.confirm_box
    assert box is not None and box.isVisible()
    assert box.text() == "Tutup Oktober 2026?"
    with qtbot.waitSignal(page.month_closed):
        qtbot.mouseClick(page.close_confirm_button, Qt.MouseButton.LeftButton)
    assert _states(page)[OCT] == "Ditutup"
    assert page.status_badge.text() == "Ditutup"
    assert page.state_label.text().startswith("Ditutup oleh bendahara pada ")
    assert not page.close_button.isEnabled()
    assert page.close_button.toolTip() == "Bulan ini sudah ditutup."
    assert not page.reopen_button.isEnabled()  # the bendahara may not reopen
    assert page.result_label.text() == "Oktober 2026 ditutup."
    bendahara.close()

    kepala = open_main_window(desk("kepala"))
    page = _laporan(kepala)
    assert _states(page)[OCT] == "Ditutup"
    assert not page.save_button.isEnabled()
    assert page.save_button.toolTip() == "Hanya Bendahara yang dapat membuat LPJ."
    assert page.reopen_button.isEnabled()
    qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
    dialog = page.reason_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.message.text() == "Alasan wajib diisi."
    qtbot.keyClicks(dialog.reason_edit, "Koreksi kuitansi salah tanggal")
    with qtbot.waitSignal(page.month_reopened):
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert _states(page)[OCT] == "Dibuka kembali"
    assert page.status_badge.text() == "Dibuka kembali"
    assert "Koreksi kuitansi salah tanggal" in page.state_label.text()
    assert not page.reopen_button.isEnabled()
    with sqlite_db.read() as s:
        reasons = s.execute(
            select(AuditEvent.action, AuditEvent.reason).where(AuditEvent.entity == "closed_period")
        ).all()
    assert reasons == [("close_month", ""), ("reopen_month", "Koreksi kuitansi salah tanggal")]


def test_cancelled_close_changes_nothing(two_months, qtbot, desk, open_main_window, tmp_path):
    page = _laporan(open_main_window(desk("bendahara")))
    _save(page, tmp_path / "lpj")
    page.close_month()
    qtbot.keyClick(page.confirm_box, Qt.Key.Key_Escape)
    assert _states(page)[OCT] == "LPJ dibuat"
    assert page.close_button.isEnabled()


def test_current_month_cannot_be_closed(two_months, qtbot, desk, open_main_window, tmp_path):
    page = _laporan(open_main_window(desk("bendahara")))
    page.select_month("2026-11")
    _save(page, tmp_path / "lpj")
    assert _states(page)["2026-11"] == "LPJ dibuat"
    assert not page.close_button.isEnabled()
    assert page.close_button.toolTip().startswith("Bulan ini belum berakhir")
    assert page.close_month() is None


def test_operator_sees_every_action_disabled(two_months, qtbot, desk, open_main_window):
    page = _laporan(open_main_window(desk("operator")))
    assert page.summary_model.text("closing") == "10.050.000"  # the figures are open to all
    for button, tip in (
        (page.save_button, "Hanya Bendahara yang dapat membuat LPJ."),
        (page.close_button, "Hanya Bendahara yang dapat menutup bulan."),
        (page.reopen_button, "Hanya Kepala dan Admin yang dapat membuka kembali bulan."),
    ):
        assert not button.isEnabled()
        assert button.toolTip() == tip
    assert not page.full_nik_check.isVisible()
    assert page.role_note.text() == (
        "LPJ dibuat dan bulan ditutup oleh Bendahara. Bulan yang sudah ditutup dibuka kembali "
        "oleh Kepala dan Admin."
    )
    page.save_lpj_to(Path("/nonexistent"))
    assert not page.running
    assert page.close_month() is None and page.reopen_month() is None


def test_a_month_that_does_not_reconcile_is_shown_in_red(
    two_months, qtbot, sqlite_db, desk, open_main_window, tmp_path
):
    raw(sqlite_db, "UPDATE receipt SET amount = amount + 1000 WHERE number LIKE '0002/BTT/%'")
    page = _laporan(open_main_window(desk("bendahara")))
    label = page.reconcile_label
    assert label.objectName() == "reconcileBad"
    assert "Tidak cocok dengan buku kas" in label.text()
    assert "daftar penerima" in label.text() and "Rp1.000" in label.text()
    assert not page.save_button.isEnabled()
    assert page.save_button.toolTip() == (
        "LPJ tidak dapat dibuat selama angka belum cocok dengan buku kas."
    )
    page.save_lpj_to(tmp_path / "lpj")
    assert list((tmp_path / "lpj").glob("*")) == []


def test_a_month_changed_after_its_lpj_cannot_be_closed(
    two_months, qtbot, sqlite_db, desk, open_main_window, tmp_path
):
    page = _laporan(open_main_window(desk("bendahara")))
    _save(page, tmp_path / "lpj")
    assert page.close_button.isEnabled()
    raw(sqlite_db, "UPDATE receipt SET amount = amount + 1000 WHERE number LIKE '0002/BTT/%'")
    page.activate()  # shown again
    assert page.status_badge.text() == "LPJ dibuat"
    assert page.reconcile_label.objectName() == "reconcileBad"
    assert not page.close_button.isEnabled()
    assert page.close_button.toolTip().startswith("Angka bulan ini tidak lagi cocok")
