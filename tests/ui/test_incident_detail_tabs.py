"""Incident detail: the Penyaluran tab (the incident's disbursements, a total line, a way to the
Penyaluran page) and the Tagana tab (its deployments, assigning a volunteer)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from tagana_desk.domain.enums import DisbursementStatus
from tagana_desk.services import receipts, volunteers
from tagana_desk.services.volunteers import VolunteerInput
from tagana_desk.ui.main_window import MainWindow
from tagana_desk.ui.models.payments import IncidentDisbursementModel as M
from tagana_desk.ui.models.volunteers import IncidentDeploymentModel as D
from tagana_desk.ui.payment_labels import STATUS_COLOURS
from tests.support import make_nik
from tests.ui.helpers import cell, column_texts
from tests.ui.payment_data import add_household, allocate, bantul_incident, pay, receipt_number

FOREGROUND = Qt.ItemDataRole.ForegroundRole
FONT = Qt.ItemDataRole.FontRole


def _paid_incident(db, roles) -> int:
    """JADUP and SEMBAKO paid to Suparman, SEMBAKO to Sumini (then voided), a santunan awaiting
    the kepala and an operator's draft family kit."""
    incident = bantul_incident(db, roles)
    suparman = add_household(db, roles, incident, 1, name="Suparman", displaced=True)
    sumini = add_household(db, roles, incident, 2, name="Sumini")
    tukiman = add_household(db, roles, incident, 3, name="Tukiman", deaths=1)
    add_household(db, roles, incident, 4, name="Paimin")  # received nothing
    allocate(db, roles, 50_000_000)
    assert pay(db, roles, suparman, "JADUP").amount == 420_000  # 4 jiwa × 7 hari × Rp15.000
    pay(db, roles, suparman, "SEMBAKO")
    voided = pay(db, roles, sumini, "SEMBAKO").receipt_number
    with db.write() as s:
        receipts.void(s, roles.bendahara, voided, "Salah penerima")
    assert pay(db, roles, tukiman, "SANTUNAN_MENINGGAL").status == (
        DisbursementStatus.PENDING_APPROVAL
    )
    assert pay(db, roles, sumini, "FAMILY_KIT", actor=roles.operator).status == (
        DisbursementStatus.DRAFT
    )
    return incident


def _detail(window: MainWindow, incident: int, tab: int):
    window.show_page(MainWindow.KEJADIAN)
    window.incidents_page.open_incident(incident)
    detail = window.incidents_page.detail
    detail.tabs.setCurrentIndex(tab)
    return detail


def test_penyaluran_tab_lists_the_incidents_receipts_and_total(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    incident = _paid_incident(sqlite_db, sqlite_roles)
    window = open_main_window(desk("bendahara"))
    detail = _detail(window, incident, 1)
    assert detail.tabs.tabText(detail.PAYMENTS) == "Penyaluran (5)"
    model = detail.payment_model
    assert model.rowCount() == 5 and model.total == 5
    assert column_texts(model, M.NAME) == ["Sumini", "Tukiman", "Sumini", "Suparman", "Suparman"]
    assert column_texts(model, M.AID) == [
        "FAMILY_KIT", "SANTUNAN_MENINGGAL", "SEMBAKO", "SEMBAKO", "JADUP",
    ]  # fmt: skip
    assert column_texts(model, M.AMOUNT) == [
        "350.000", "15.000.000", "250.000", "250.000", "420.000",
    ]  # fmt: skip
    assert column_texts(model, M.STATUS) == [
        "Draf", "Menunggu persetujuan", "Dibatalkan", "Dibayar", "Dibayar",
    ]  # fmt: skip
    assert column_texts(model, M.NUMBER) == [
        "—", "—", receipt_number(3), receipt_number(2), receipt_number(1),
    ]  # fmt: skip
    assert cell(model, 4, M.COMPUTATION) == "4 jiwa × 7 hari × Rp15.000 = Rp420.000"
    assert cell(model, 4, M.NIK) == make_nik(serial=1)  # the bendahara sees full NIKs
    assert cell(model, 4, M.DATE) == f"{dt.date.today():%d/%m/%Y}"
    # Coloured as on the Penyaluran page: the status cell, and a voided row red, struck through.
    index = model.index(2, M.STATUS)
    assert model.data(index, FOREGROUND) == STATUS_COLOURS[DisbursementStatus.VOIDED][0]
    assert model.data(model.index(2, M.NAME), FONT).strikeOut()
    assert model.data(model.index(3, M.NAME), FONT) is None
    assert (
        model.data(model.index(1, M.STATUS), FOREGROUND)
        == (STATUS_COLOURS[DisbursementStatus.PENDING_APPROVAL][0])
    )
    assert detail.payments_total_label.text() == "Dibayar Rp670.000 kepada 1 KK (2 kuitansi)"
    assert detail.payments_detail_label.text() == (
        "Belum dibayar atau tidak dihitung: menunggu persetujuan 1 (Rp15.000.000) · "
        "draf 1 (Rp350.000) · dibatalkan 1."
    )
    assert detail.payments_count_label.text() == "5 penyaluran, terbaru di atas"

    # "Buka di Penyaluran" shows that page on this incident.
    assert detail.open_payments_button.isVisible()
    qtbot.mouseClick(detail.open_payments_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.payments_page
    assert window.payments_page.incident_id == incident
    assert window.payments_page.incident_combo.currentData() == incident
    assert window.payments_page.payment_tab.model.total == 4


def test_penyaluran_tab_is_read_only_with_masked_niks_for_the_auditor(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    incident = _paid_incident(sqlite_db, sqlite_roles)
    detail = _detail(open_main_window(desk("auditor")), incident, 1)
    assert cell(detail.payment_model, 4, M.NIK) == "340208******0001"
    # Large incidents load in batches as the table scrolls.
    detail.payment_model.batch_size = 2
    detail.load()
    assert (detail.payment_model.rowCount(), detail.payment_model.total) == (2, 5)
    assert detail.payments_count_label.text() == "2 dari 5 penyaluran, terbaru di atas"


def test_penyaluran_tab_of_an_incident_without_payments(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    incident = bantul_incident(sqlite_db, sqlite_roles)
    detail = _detail(open_main_window(desk("operator")), incident, 1)
    assert detail.payment_model.rowCount() == 0
    assert detail.payments_total_label.text() == (
        "Belum ada bantuan yang disalurkan untuk kejadian ini."
    )
    assert not detail.payments_detail_label.isVisible()
    assert detail.tabs.tabText(detail.PAYMENTS) == "Penyaluran"


def _volunteer(db, roles, serial: int, name: str) -> int:
    with db.write() as s:
        return volunteers.save_volunteer(s, roles.operator, VolunteerInput(
            name=name, nik=make_nik(serial=serial, yy=90), type_code="TAGANA",
            joined_on=dt.date(2025, 1, 1), nia=f"34.02.08.{serial:04d}", level="muda",
            kecamatan_code="34.02.08",
        )).id  # fmt: skip


def test_tagana_tab_lists_deployments_and_assigns_a_volunteer(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    incident = bantul_incident(sqlite_db, sqlite_roles)
    heri = _volunteer(sqlite_db, sqlite_roles, 1, "Heri Purnomo")
    _volunteer(sqlite_db, sqlite_roles, 2, "Siti Aminah")
    start = dt.date.today() - dt.timedelta(days=2)
    with sqlite_db.write() as s:
        volunteers.deploy(s, sqlite_roles.operator, heri, incident, start, start, "Evakuasi")
    window = open_main_window(desk("operator"))
    detail = _detail(window, incident, 2)
    assert detail.tabs.tabText(detail.TAGANA) == "Tagana (1)"
    assert column_texts(detail.deployment_model, D.VOLUNTEER) == ["Heri Purnomo"]
    assert cell(detail.deployment_model, 0, D.DAYS) == "1"
    assert cell(detail.deployment_model, 0, D.ROLE) == "Evakuasi"
    assert cell(detail.deployment_model, 0, D.PAID) == ""
    assert detail.deployment_summary.text() == "1 relawan ditugaskan, 1 hari-orang."

    assert detail.deploy_button.isVisible() and detail.deploy_button.isEnabled()
    qtbot.mouseClick(detail.deploy_button, Qt.MouseButton.LeftButton)
    dialog = detail.deployment_dialog
    assert dialog is not None and dialog.isVisible()
    # The Tagana page's dialog, on this incident only.
    assert dialog.incident_combo.count() == 1
    assert dialog.incident_combo.currentData() == incident
    qtbot.keyClicks(dialog.volunteer_combo.lineEdit(), "Siti Aminah · TAGANA · 34.02.08.0002")
    first = QDate(start.year, start.month, start.day)
    dialog.start_edit.setDate(first)
    dialog.end_edit.setDate(first.addDays(2))
    qtbot.keyClicks(dialog.role_edit, "Dapur umum")
    dialog.save()
    assert not dialog.isVisible(), dialog.message.text()
    # The write reloads the tab.
    assert column_texts(detail.deployment_model, D.VOLUNTEER) == ["Heri Purnomo", "Siti Aminah"]
    assert column_texts(detail.deployment_model, D.DAYS) == ["1", "3"]
    assert detail.deployment_summary.text() == "2 relawan ditugaskan, 4 hari-orang."
    assert detail.tabs.tabText(detail.TAGANA) == "Tagana (2)"


def test_tagana_tab_without_the_right_to_assign(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    incident = bantul_incident(sqlite_db, sqlite_roles)
    detail = _detail(open_main_window(desk("kepala")), incident, 2)
    assert not detail.deploy_button.isVisible()
    assert (
        detail.deploy_note.text() == "Hanya Operator dan Bendahara yang dapat menugaskan relawan."
    )
    assert detail.deployment_summary.text() == "Belum ada relawan yang ditugaskan ke kejadian ini."
    detail.open_deploy_dialog()
    assert detail.deployment_dialog is None
