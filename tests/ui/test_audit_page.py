"""Audit: the events for roles that may see them, a plain refusal for the others."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tagana_desk.services import funds
from tagana_desk.ui.main_window import MainWindow
from tagana_desk.ui.models.audit import AuditTableModel
from tagana_desk.ui.pages import audit as audit_page


def _allocate(db, roles, amount=1_500_000, ref="SK Bupati 188/123/2026"):
    with db.write() as s:
        return funds.allocate(s, roles.bendahara, "BTT", amount, ref)


def _texts(model, column):
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_auditor_sees_the_allocation_event_newest_first(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    result = _allocate(sqlite_db, sqlite_roles)
    window = open_main_window(desk("auditor"))
    window.show_page(MainWindow.AUDIT)
    page = window.audit_page
    assert page.allowed
    model = page.model
    assert model.rowCount() >= 1
    assert model.data(model.index(0, AuditTableModel.ACTION)) == "Alokasi dana"
    assert model.data(model.index(0, AuditTableModel.USER)) == "bendahara"
    assert model.data(model.index(0, AuditTableModel.ENTITY_ID)) == str(result.allocation_id)
    assert page.count_label.text() == f"{model.total} peristiwa, terbaru di atas"

    page.table.selectRow(0)
    assert "Alokasi dana" in page.detail_title.text()
    assert '"amount": 1500000' in page.after_text.toPlainText()
    assert '"reference": "SK Bupati 188/123/2026"' in page.after_text.toPlainText()
    assert page.before_text.toPlainText() == "—"


def test_filters_narrow_the_list(qtbot, sqlite_db, sqlite_roles, desk, open_main_window):
    _allocate(sqlite_db, sqlite_roles, ref="SK Bupati 188/1/2026")
    _allocate(sqlite_db, sqlite_roles, ref="SK Bupati 188/2/2026")
    window = open_main_window(desk("auditor"))
    window.show_page(MainWindow.AUDIT)
    page = window.audit_page
    everything = page.model.total
    assert everything > 2

    page.user_combo.setCurrentIndex(page.user_combo.findData("bendahara"))
    page.user_combo.activated.emit(page.user_combo.currentIndex())
    assert page.model.total == 2
    assert set(_texts(page.model, AuditTableModel.USER)) == {"bendahara"}

    qtbot.keyClicks(page.search_edit, "188/2/")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert page.model.total == 1

    page.reset_filters()
    assert page.model.total == everything
    assert page.search_edit.text() == ""

    page.entity_combo.setCurrentIndex(page.entity_combo.findData("fund_allocation"))
    page.entity_combo.activated.emit(page.entity_combo.currentIndex())
    assert _texts(page.model, AuditTableModel.ENTITY) == ["Alokasi dana", "Alokasi dana"]

    page.reset_filters()
    page.date_check.setChecked(True)  # last 30 days up to today: everything made just now
    assert page.model.total == everything


def test_audit_loads_in_batches_as_the_view_asks(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window, monkeypatch
):
    for i in range(5):
        _allocate(sqlite_db, sqlite_roles, ref=f"SK {i}")
    reads = []
    real = audit_page.read_audit_batch

    def counting(db, actor, flt, offset, limit):
        reads.append((offset, limit))
        return real(db, actor, flt, offset, limit)

    monkeypatch.setattr(audit_page, "read_audit_batch", counting)
    window = open_main_window(desk("admin"))
    page = window.audit_page
    page.model.batch_size = 3
    window.show_page(MainWindow.AUDIT)
    assert page.model.rowCount() == 3  # the first batch comes with the count
    assert page.model.total > 12
    # The view asks for more, three at a time, to fill its viewport and as it scrolls.
    qtbot.waitUntil(lambda: page.model.rowCount() > 3)
    assert page.model.rowCount() < page.model.total

    def scrolled_to_the_end() -> bool:
        page.table.scrollToBottom()
        return page.model.rowCount() == page.model.total

    qtbot.waitUntil(scrolled_to_the_end)
    assert [offset for offset, _limit in reads] == list(range(3, page.model.total, 3))
    assert all(limit <= 3 for _offset, limit in reads)


def test_operator_gets_a_refusal_message(qtbot, sqlite_db, sqlite_roles, desk, open_main_window):
    _allocate(sqlite_db, sqlite_roles)
    window = open_main_window(desk("operator"))
    window.show_page(MainWindow.AUDIT)
    page = window.audit_page
    assert not page.allowed
    assert not hasattr(page, "model")
    assert page.notice.body.text() == (
        "Log audit hanya dapat dilihat oleh peran Kepala, Admin dan Auditor."
    )
    assert page.notice.note.text().startswith("Anda masuk sebagai Operator.")


def test_niks_in_the_details_are_masked_for_roles_without_full_nik(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    from tests.support import make_nik
    from tests.ui.payment_data import add_household, bantul_incident

    incident = bantul_incident(sqlite_db, sqlite_roles)
    add_household(sqlite_db, sqlite_roles, incident, 7, name="Suparman")
    for role, shown in (("auditor", "340208******0007"), ("kepala", make_nik(serial=7))):
        window = open_main_window(desk(role))
        window.show_page(MainWindow.AUDIT)
        page = window.audit_page
        page.table.selectRow(0)  # the household, newest
        assert f'"nik": "{shown}"' in page.after_text.toPlainText(), role
