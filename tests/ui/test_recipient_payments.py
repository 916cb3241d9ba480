"""Penerima: a person's history lists every payment of every registration (same NIK)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from tagana_desk.domain.enums import DisbursementStatus
from tagana_desk.services import receipts
from tagana_desk.ui.main_window import MainWindow
from tagana_desk.ui.models.households import HistoryTableModel as H
from tagana_desk.ui.models.payments import PersonPaymentsModel as P
from tagana_desk.ui.payment_labels import STATUS_COLOURS
from tests.ui.helpers import add_incident, cell, column_texts
from tests.ui.payment_data import add_household, allocate, bantul_incident, pay, receipt_number


def test_history_lists_the_payments_of_every_registration(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    db, roles = sqlite_db, sqlite_roles
    flood = bantul_incident(db, roles, "Banjir Palbapang")
    wind = add_incident(
        db, roles.operator, "Angin puting beliung Palbapang", kind="angin_puting_beliung",
        when=dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=10),
    )  # fmt: skip
    in_wind = add_household(db, roles, wind, 1, name="Suparman")
    in_flood = add_household(db, roles, flood, 1, name="Suparman", displaced=True)
    other = add_household(db, roles, flood, 2, name="Sutrisno")
    allocate(db, roles, 10_000_000)
    pay(db, roles, in_wind, "SEMBAKO")  # 0001
    pay(db, roles, in_flood, "JADUP")  # 0002: 4 jiwa × 7 hari × Rp15.000
    pay(db, roles, other, "SEMBAKO")  # 0003: someone else
    voided = pay(db, roles, in_flood, "SEMBAKO").receipt_number  # 0004, voided
    with db.write() as s:
        receipts.void(s, roles.bendahara, voided, "Dobel dengan kejadian angin")
    assert pay(db, roles, in_flood, "FAMILY_KIT", actor=roles.operator).status == (
        DisbursementStatus.DRAFT
    )

    window = open_main_window(desk("kepala"))
    window.show_page(MainWindow.PENERIMA)
    panel = window.recipients_page.search
    qtbot.keyClicks(panel.search_edit, "Suparman")
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Return)
    assert panel.model.total == 2
    assert column_texts(panel.history_model, H.INCIDENT) == [
        "Banjir Palbapang", "Angin puting beliung Palbapang",
    ]  # fmt: skip
    model = panel.payments_model
    assert column_texts(model, P.INCIDENT) == [
        "Banjir Palbapang", "Banjir Palbapang", "Banjir Palbapang",
        "Angin puting beliung Palbapang",
    ]  # fmt: skip
    assert column_texts(model, P.AID) == ["FAMILY_KIT", "SEMBAKO", "JADUP", "SEMBAKO"]
    assert column_texts(model, P.AMOUNT) == ["350.000", "250.000", "420.000", "250.000"]
    assert column_texts(model, P.STATUS) == ["Draf", "Dibatalkan", "Dibayar", "Dibayar"]
    assert column_texts(model, P.NUMBER) == [
        "—", receipt_number(4), receipt_number(2), receipt_number(1),
    ]  # fmt: skip
    assert cell(model, 0, P.DATE) == f"{dt.date.today():%d/%m/%Y}"
    assert (
        model.data(model.index(1, P.STATUS), Qt.ItemDataRole.ForegroundRole)
        == (STATUS_COLOURS[DisbursementStatus.VOIDED][0])
    )
    assert model.data(model.index(2, P.AMOUNT), Qt.ItemDataRole.ToolTipRole) == (
        "4 jiwa × 7 hari × Rp15.000 = Rp420.000"
    )
    assert panel.payments_total.text() == "2 kali dibayar, jumlah Rp670.000"
    assert panel.history.paid_total == 670_000
    # The other person's history has only their own payment.
    panel.search_edit.clear()
    qtbot.keyClicks(panel.search_edit, "Sutrisno")
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Return)
    assert column_texts(panel.payments_model, P.NUMBER) == [receipt_number(3)]
    assert panel.payments_total.text() == "1 kali dibayar, jumlah Rp250.000"


def test_history_says_when_nothing_was_paid_and_counts_what_awaits_approval(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window
):
    db, roles = sqlite_db, sqlite_roles
    flood = bantul_incident(db, roles)
    tukiman = add_household(db, roles, flood, 3, name="Tukiman", deaths=1)
    allocate(db, roles, 20_000_000)
    window = open_main_window(desk("operator"))
    window.show_page(MainWindow.PENERIMA)
    panel = window.recipients_page.search
    qtbot.keyClicks(panel.search_edit, "Tukiman")
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Return)
    assert panel.payments_total.text() == "Belum pernah menerima bantuan."
    pay(db, roles, tukiman, "SANTUNAN_MENINGGAL")  # above the threshold: waits for the kepala
    panel.refresh()
    assert column_texts(panel.payments_model, P.STATUS) == ["Menunggu persetujuan"]
    assert panel.payments_total.text() == "Belum ada yang dibayar · 1 menunggu persetujuan"
