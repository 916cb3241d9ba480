"""Keyboard habits: the window's Ctrl+F / N / P / S on every page, Enter and Esc in dialogs, and
Tab through the household and incident forms in the order the fields are seen."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tagana_desk.services import funds, office
from tagana_desk.ui.dialogs.allocate import AllocateDialog
from tagana_desk.ui.dialogs.household import HouseholdDialog
from tagana_desk.ui.dialogs.incident import IncidentDialog
from tagana_desk.ui.dialogs.reason import ReasonDialog
from tagana_desk.ui.main_window import MainWindow
from tagana_desk.ui.pages import reports
from tagana_desk.ui.region_picker import load_region_choices
from tests.ui.helpers import set_office_bantul
from tests.ui.month_data import OCT, TODAY, build_two_months
from tests.ui.payment_data import add_household, allocate, bantul_incident, pay

CTRL = Qt.KeyboardModifier.ControlModifier


def _activate(qtbot, window: QWidget) -> None:
    """Shortcuts reach only the active window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _press(qtbot, window: QWidget, key: Qt.Key, modifier=CTRL) -> None:
    _activate(qtbot, window)
    qtbot.keyClick(window, key, modifier)


def _open(open_main_window, desk, role: str, page: int) -> MainWindow:
    window = open_main_window(desk(role))
    window.show_page(page)
    return window


# --------------------------------------------------------------------------- Ctrl+F


SEARCH_FIELDS = {
    "kejadian": (MainWindow.KEJADIAN, lambda w: w.incidents_page.search_edit),
    "penerima": (MainWindow.PENERIMA, lambda w: w.recipients_page.search.search_edit),
    "penyaluran": (MainWindow.PENYALURAN, lambda w: w.payments_page.search_edit),
    "tagana": (MainWindow.TAGANA, lambda w: w.volunteers_page.roster_tab.search_edit),
    "audit": (MainWindow.AUDIT, lambda w: w.audit_page.search_edit),
}


@pytest.mark.parametrize("name", sorted(SEARCH_FIELDS))
def test_ctrl_f_puts_the_cursor_in_the_pages_search_field(name, qtbot, desk, open_main_window):
    page, field = SEARCH_FIELDS[name]
    window = _open(open_main_window, desk, "kepala", page)
    edit = field(window)
    edit.setText("banjir")
    window.nav.setFocus()
    _press(qtbot, window, Qt.Key.Key_F)
    assert QApplication.focusWidget() is edit
    assert edit.selectedText() == "banjir"  # typing replaces the old search


def test_ctrl_f_in_penerima_returns_from_the_duplicates_tab(qtbot, desk, open_main_window):
    window = _open(open_main_window, desk, "kepala", MainWindow.PENERIMA)
    page = window.recipients_page
    page.show_duplicates()
    _press(qtbot, window, Qt.Key.Key_F)
    assert page.tabs.currentIndex() == page.SEARCH
    assert QApplication.focusWidget() is page.search.search_edit


def test_pages_without_a_search_field_disable_cari(qtbot, desk, open_main_window):
    window = _open(open_main_window, desk, "bendahara", MainWindow.DANA)
    assert not window.find_action.isEnabled()
    window.show_page(MainWindow.KEJADIAN)
    assert window.find_action.isEnabled()
    window.show_page(MainWindow.BERANDA)
    assert not window.find_action.isEnabled()


# --------------------------------------------------------------------------- Ctrl+N


def test_ctrl_n_on_kejadian_opens_a_new_incident(qtbot, desk, open_main_window):
    window = _open(open_main_window, desk, "operator", MainWindow.KEJADIAN)
    assert window.new_action.text() == "Kejadian &baru…"
    _press(qtbot, window, Qt.Key.Key_N)
    dialog = window.incidents_page.incident_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_ctrl_n_in_an_incident_adds_a_household(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    incident = bantul_incident(sqlite_db, sqlite_roles)
    window = _open(open_main_window, desk, "operator", MainWindow.KEJADIAN)
    page = window.incidents_page
    page.open_incident(incident)
    assert window.new_action.isEnabled() and window.new_action.text() == "&Tambah KK…"
    assert not window.find_action.isEnabled()  # the detail has no search box
    _press(qtbot, window, Qt.Key.Key_N)
    dialog = page.detail.household_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    # Back on the list, Ctrl+N is a new incident again.
    page.show_list()
    assert window.new_action.text() == "Kejadian &baru…"


def test_ctrl_n_on_tagana_adds_a_volunteer(qtbot, desk, open_main_window):
    window = _open(open_main_window, desk, "operator", MainWindow.TAGANA)
    _press(qtbot, window, Qt.Key.Key_N)
    dialog = window.volunteers_page.roster_tab.volunteer_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_ctrl_n_on_dana_opens_the_allocation(qtbot, desk, open_main_window):
    window = _open(open_main_window, desk, "bendahara", MainWindow.DANA)
    _press(qtbot, window, Qt.Key.Key_N)
    dialog = window.funds_page.allocate_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_ctrl_n_on_penyaluran_pays_one_household(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    incident = bantul_incident(sqlite_db, sqlite_roles)
    add_household(sqlite_db, sqlite_roles, incident, 1)
    window = _open(open_main_window, desk, "bendahara", MainWindow.PENYALURAN)
    page = window.payments_page
    assert page.incident_id == incident
    _press(qtbot, window, Qt.Key.Key_N)
    assert page.pay_dialog is not None and page.pay_dialog.isVisible()
    page.pay_dialog.reject()


@pytest.mark.parametrize(
    ("role", "page"),
    [("auditor", MainWindow.KEJADIAN), ("operator", MainWindow.DANA),
     ("auditor", MainWindow.TAGANA), ("kepala", MainWindow.PENYALURAN)],
)  # fmt: skip
def test_ctrl_n_does_nothing_where_the_role_may_not(role, page, qtbot, desk, open_main_window):
    window = _open(open_main_window, desk, role, page)
    assert not window.new_action.isEnabled()
    dialogs_before = set(window.findChildren(QDialog))
    _press(qtbot, window, Qt.Key.Key_N)
    assert not [
        d for d in window.findChildren(QDialog) if d not in dialogs_before and d.isVisible()
    ]


# --------------------------------------------------------------------------- Ctrl+P


def test_ctrl_p_on_kuitansi_previews_the_selected_receipt(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    incident = bantul_incident(sqlite_db, sqlite_roles)
    allocate(sqlite_db, sqlite_roles, 5_000_000)
    number = pay(sqlite_db, sqlite_roles, add_household(sqlite_db, sqlite_roles, incident, 1),
                 "SEMBAKO").receipt_number  # fmt: skip
    window = _open(open_main_window, desk, "bendahara", MainWindow.PENYALURAN)
    page = window.payments_page
    assert not window.print_action.isEnabled()  # Pembayaran has nothing to print
    page.tabs.setCurrentIndex(page.RECEIPTS)
    assert window.print_action.isEnabled()
    page.receipts_tab.table.selectRow(0)
    _press(qtbot, window, Qt.Key.Key_P)
    preview = page.preview_dialog
    assert preview is not None and preview.numbers == (number,)
    preview.reject()


def test_ctrl_p_on_honor_bulanan_previews_the_payment_list(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    build_two_months(sqlite_db, sqlite_roles)
    window = _open(open_main_window, desk, "bendahara", MainWindow.TAGANA)
    page = window.volunteers_page
    page.show_tab(page.HONOR)
    page.stipend_tab.set_period(OCT)
    assert window.print_action.text() == "Ce&tak daftar penerimaan…"
    _press(qtbot, window, Qt.Key.Key_P)
    dialog = page.stipend_tab.list_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


@pytest.mark.parametrize("key", [Qt.Key.Key_P, Qt.Key.Key_S])
def test_ctrl_p_and_ctrl_s_on_laporan_save_the_lpj(
    key, qtbot, sqlite_db, sqlite_roles, desk, open_main_window, tmp_path, monkeypatch
):
    build_two_months(sqlite_db, sqlite_roles)
    folder = tmp_path / "LPJ"
    asked: list[str] = []

    def choose(_parent, title, _start):
        asked.append(title)
        return str(folder)

    monkeypatch.setattr(reports.QFileDialog, "getExistingDirectory", choose)
    window = open_main_window(desk("bendahara"))
    window.reports_page.today = lambda: TODAY
    window.show_page(MainWindow.LAPORAN)
    _press(qtbot, window, key)
    assert asked == ["Pilih folder untuk LPJ Oktober 2026"]
    assert sorted(p.suffix for p in folder.iterdir()) == [".csv", ".csv", ".pdf", ".xlsx"]


def test_laporan_without_the_role_cannot_print_or_save(qtbot, desk, open_main_window):
    window = _open(open_main_window, desk, "operator", MainWindow.LAPORAN)
    assert not window.print_action.isEnabled()
    assert not window.save_action.isEnabled()


# --------------------------------------------------------------------------- Ctrl+S


def test_ctrl_s_saves_the_office_profile(qtbot, sqlite_db, desk, open_main_window):
    window = _open(open_main_window, desk, "admin", MainWindow.PENGATURAN)
    tab = window.settings_page.office_tab
    assert window.save_action.isEnabled()
    tab.name_edit.setText("DINAS SOSIAL P3A")
    tab.name_edit.setFocus()
    _press(qtbot, window, Qt.Key.Key_S)
    assert tab.saved_label.text() == "Tersimpan."
    with sqlite_db.read() as s:
        assert office.get_office(s).name == "DINAS SOSIAL P3A"
    # Another tab of Pengaturan saves in its own dialogs.
    window.settings_page.tabs.setCurrentIndex(2)
    assert not window.save_action.isEnabled()


def test_ctrl_s_is_not_offered_to_a_role_that_cannot_save(qtbot, desk, open_main_window):
    window = _open(open_main_window, desk, "bendahara", MainWindow.PENGATURAN)
    assert not window.save_action.isEnabled()


def test_ctrl_s_in_a_dialog_saves_it(qtbot, sqlite_db, desk):
    with sqlite_db.read() as s:
        dialog = AllocateDialog(desk("bendahara"), funds.list_funds(s), fund_code="BTT")
    qtbot.addWidget(dialog)
    dialog.show()
    _activate(qtbot, dialog)
    dialog.amount_edit.setValue(2_500_000)
    dialog.reference_edit.setText("SK Bupati 188/9/2026")
    qtbot.keyClick(dialog.reference_edit, Qt.Key.Key_S, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with sqlite_db.read() as s:
        assert funds.balance(s, "BTT").balance == 2_500_000


# --------------------------------------------------------------------------- Enter and Esc


def _reason_dialog() -> ReasonDialog:
    return ReasonDialog("Tutup kejadian", "Tutup?", field_label="Alasan", confirm_text="Tutup",
                        required=True)  # fmt: skip


def test_enter_accepts_and_esc_rejects_a_dialog(qtbot):
    given: list[str] = []
    dialog = _reason_dialog()
    qtbot.addWidget(dialog)
    dialog.reason_given.connect(given.append)
    dialog.show()
    _activate(qtbot, dialog)
    qtbot.keyClicks(dialog.reason_edit, "Penanganan selesai")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert given == ["Penanganan selesai"]

    dialog = _reason_dialog()
    qtbot.addWidget(dialog)
    dialog.reason_given.connect(given.append)
    dialog.show()
    _activate(qtbot, dialog)
    qtbot.keyClicks(dialog.reason_edit, "Tidak jadi")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert given == ["Penanganan selesai"]


def test_enter_saves_an_allocation_and_esc_stores_nothing(qtbot, sqlite_db, desk):
    def make() -> AllocateDialog:
        with sqlite_db.read() as s:
            dialog = AllocateDialog(desk("bendahara"), funds.list_funds(s), fund_code="BTT")
        qtbot.addWidget(dialog)
        dialog.show()
        _activate(qtbot, dialog)
        dialog.amount_edit.setValue(1_000_000)
        dialog.reference_edit.setText("SK Bupati 188/10/2026")
        return dialog

    dialog = make()
    qtbot.keyClick(dialog.amount_edit, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    dialog = make()
    qtbot.keyClick(dialog.amount_edit, Qt.Key.Key_Enter)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with sqlite_db.read() as s:
        assert funds.balance(s, "BTT").balance == 1_000_000


# --------------------------------------------------------------------------- Tab order


def _tab_through(qtbot, dialog: QDialog, first: QWidget, count: int, known: list[QWidget]):
    """Press Tab from ``first`` until ``count`` more fields are visited; the fields in order (a
    spin box's inner line edit counts as its box; Tab first steps through a date's day, month
    and year, as Qt's date fields do)."""
    dialog.show()
    _activate(qtbot, dialog)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    visited = [first]
    for _ in range(count * 4):
        if len(visited) > count:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        while widget is not None and widget not in known:
            widget = widget.parentWidget()
        if widget is not visited[-1]:
            visited.append(widget)
    return visited


def test_tab_visits_the_household_form_in_visual_order(qtbot, sqlite_db, sqlite_roles, desk):
    from tagana_desk.services import incidents

    incident_id = bantul_incident(sqlite_db, sqlite_roles)
    with sqlite_db.read() as s:
        incident, choices = incidents.get_incident(s, incident_id), load_region_choices(s)
    dialog = HouseholdDialog(desk("operator"), incident, choices, today=dt.date(2026, 11, 25))
    qtbot.addWidget(dialog)
    d = dialog
    expected = [
        d.name_edit, d.nik_edit, d.kk_edit, d.phone_edit, d.registered_edit,  # left: head
        d.regions.kecamatan_combo, d.regions.desa_combo, d.dusun_edit, d.rt_edit, d.rw_edit,
        d.persons_box, d.infants_box, d.elderly_box, d.disabled_box, d.pregnant_box,  # right
        d.damage_combo, d.displaced_check, d.casualty_table, d.add_casualty_button,
        d.remove_casualty_button, d.notes_edit, d.save_button, d.cancel_button,
    ]  # fmt: skip
    expected = [w for w in expected if w.isEnabled()]
    visited = _tab_through(qtbot, dialog, d.name_edit, len(expected) - 1, expected)
    assert visited == expected
    # The head of household is the left column, the members the right: left before right.
    assert (
        d.name_edit.mapTo(d, d.name_edit.rect().topLeft()).x()
        < d.persons_box.mapTo(d, d.persons_box.rect().topLeft()).x()
    )


def test_tab_visits_the_incident_form_in_visual_order(qtbot, sqlite_db, sqlite_roles, desk):
    set_office_bantul(sqlite_db, sqlite_roles)
    with sqlite_db.read() as s:
        choices = load_region_choices(s)
    dialog = IncidentDialog(desk("operator"), choices)
    qtbot.addWidget(dialog)
    d = dialog
    d.regions.set_value("34.02.08", "34.02.08.2001")  # the desa list is filled
    counts = [d.counts[name] for name in d.counts]
    expected = [
        d.type_combo, d.title_edit, d.when_edit, d.regions.kecamatan_combo,
        d.regions.desa_combo, d.place_edit, d.source_edit, d.description_edit, *counts,
        d.save_button, d.cancel_button,
    ]  # fmt: skip
    visited = _tab_through(qtbot, dialog, d.type_combo, len(expected) - 1, expected)
    assert visited == expected
    ys = [w.mapTo(d, w.rect().topLeft()).y() for w in counts]
    assert ys == sorted(ys)  # the counts column, top to bottom
