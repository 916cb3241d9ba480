"""Penerima: searching every incident by name fragment, NIK prefix and No. KK (on the task
runner, with the service's hint for short queries), a person's history, and deciding the
possible-duplicate flags."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from tagana_desk.domain.enums import DuplicateStatus
from tagana_desk.services import households
from tagana_desk.services.context import SYSTEM
from tagana_desk.ui.main_window import MainWindow
from tagana_desk.ui.models.households import FlagTableModel as F
from tagana_desk.ui.models.households import HistoryTableModel as H
from tagana_desk.ui.models.households import SearchTableModel as S
from tests.support import make_kk, make_nik, setup_bantul
from tests.ui.helpers import add_household, add_incident, cell, column_texts

NIK = "3402081203750001"


@pytest.fixture
def two_incidents(sqlite_db, sqlite_roles):
    """Banjir Palbapang (20/11) and an earlier whirlwind (10/11); Suparman is in both, so his
    second registration is flagged; Sutrisno only in the flood."""
    flood = setup_bantul(sqlite_db, sqlite_roles)
    wind = add_incident(sqlite_db, sqlite_roles.operator, "Angin puting beliung Palbapang",
                        kind="angin_puting_beliung", when=dt.datetime(2026, 11, 10, 16, 0))  # fmt: skip
    op = sqlite_roles.operator
    add_household(sqlite_db, op, wind, "Suparman", NIK, make_kk(1), damage="RR")
    add_household(sqlite_db, op, flood, "Sutrisno", make_nik(serial=2), make_kk(2))
    saved = add_household(sqlite_db, op, flood, "Suparman", NIK, make_kk(1), damage="RB")
    assert saved.flags
    return flood, wind


def _page(open_main_window, ctx):
    window = open_main_window(ctx)
    window.show_page(MainWindow.PENERIMA)
    return window, window.recipients_page


def _search(qtbot, page, text: str) -> None:
    panel = page.search
    panel.search_edit.clear()
    qtbot.keyClicks(panel.search_edit, text)
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Return)


def test_search_by_name_fragment_shows_the_history(
    qtbot, sqlite_db, two_incidents, desk, open_main_window, monkeypatch
):
    import tagana_desk.ui.pages.recipients as recipients

    _window, page = _page(open_main_window, desk("operator"))
    panel = page.search
    assert page.tabs.tabText(0) == "Cari penerima"
    # The search runs on the task runner (here the synchronous one), never inline.
    submitted = []
    original = panel.ctx.runner.submit

    def spy(fn, *args, **kwargs):
        submitted.append(args[1] if len(args) > 1 else fn)
        return original(fn, *args, **kwargs)

    monkeypatch.setattr(panel.ctx.runner, "submit", spy)
    _search(qtbot, page, "pa")
    assert panel.hint_label.text() == "Ketik minimal 3 huruf nama."
    assert panel.model.rowCount() == 0
    assert recipients.load_search in submitted

    _search(qtbot, page, "parm")
    assert panel.hint_label.text() == "2 hasil untuk “parm”, terbaru di atas"
    assert column_texts(panel.model, S.NAME) == ["Suparman ⚠", "Suparman"]
    assert column_texts(panel.model, S.INCIDENT) == [
        "Banjir Palbapang", "Angin puting beliung Palbapang",
    ]  # fmt: skip
    assert cell(panel.model, 0, S.NIK) == NIK
    assert cell(panel.model, 0, S.NO_KK) == make_kk(1)
    assert cell(panel.model, 0, S.DESA) == "Palbapang"
    assert cell(panel.model, 0, S.KECAMATAN) == "Bantul"
    assert cell(panel.model, 0, S.DATE) == "20/11/2026"
    assert cell(panel.model, 0, S.DAMAGE) == "Rusak berat"
    assert cell(panel.model, 0, S.DTKS) == "Belum dicek"

    # The first result is opened: every incident the person was registered in.
    assert panel.person_title.text() == (f"Riwayat Suparman · NIK {NIK} · terdaftar di 2 kejadian")
    assert panel.person_details.text().startswith("Laki-laki, lahir 12 Maret 1975 · No. KK ")
    assert column_texts(panel.history_model, H.INCIDENT) == [
        "Banjir Palbapang", "Angin puting beliung Palbapang",
    ]  # fmt: skip
    assert column_texts(panel.history_model, H.DATE) == ["20/11/2026", "10/11/2026"]
    assert cell(panel.history_model, 0, H.NOTE) == "Kemungkinan duplikat, belum diputuskan"
    assert panel.payments_total.text() == "Belum pernah menerima bantuan."
    assert panel.payments_model.rowCount() == 0


def test_search_by_nik_prefix_and_no_kk(qtbot, sqlite_db, two_incidents, desk, open_main_window):
    _window, page = _page(open_main_window, desk("operator"))
    panel = page.search
    _search(qtbot, page, "340")
    assert panel.hint_label.text() == "Ketik minimal 4 digit NIK atau No. KK."
    _search(qtbot, page, "340208")  # a NIK prefix: everyone from Kapanewon Bantul
    assert column_texts(panel.model, S.NAME) == ["Suparman ⚠", "Sutrisno", "Suparman"]
    _search(qtbot, page, NIK)
    assert column_texts(panel.model, S.NAME) == ["Suparman ⚠", "Suparman"]
    _search(qtbot, page, make_nik(serial=2))
    assert column_texts(panel.model, S.NAME) == ["Sutrisno"]
    _search(qtbot, page, make_kk(2))
    assert column_texts(panel.model, S.NAME) == ["Sutrisno"]
    assert panel.person_title.text().startswith("Riwayat Sutrisno")
    _search(qtbot, page, "Wagiman")
    assert panel.hint_label.text() == "Tidak ditemukan untuk “Wagiman”."
    assert panel.history_model.rowCount() == 0


def test_ctrl_f_goes_to_the_search_box(qtbot, sqlite_db, two_incidents, desk, open_main_window):
    _window, page = _page(open_main_window, desk("auditor"))
    page.show_duplicates()
    page.focus_search()
    assert page.tabs.currentIndex() == page.SEARCH
    _search(qtbot, page, "Sutris")
    assert cell(page.search.model, 0, S.NIK) == "340208******0002"  # masked for an auditor


def test_duplicates_side_by_side_and_not_a_duplicate(
    qtbot, sqlite_db, sqlite_roles, two_incidents, desk, open_main_window
):
    flood, wind = two_incidents
    _window, page = _page(open_main_window, desk("operator"))
    panel = page.duplicates
    assert page.tabs.tabText(page.DUPLICATES) == "Kemungkinan duplikat (1)"
    page.show_duplicates()
    assert panel.count_label.text() == "1 tanda menunggu keputusan"
    assert panel.model.rowCount() == 1
    assert cell(panel.model, 0, F.NAME) == "Suparman"
    assert cell(panel.model, 0, F.INCIDENT) == f"#{flood}"
    assert cell(panel.model, 0, F.OTHER_NAME) == "Suparman"
    assert cell(panel.model, 0, F.OTHER_INCIDENT) == f"#{wind}"
    assert cell(panel.model, 0, F.REASON) == "NIK sama di kejadian lain (≤30 hari)"
    assert panel.table.isColumnHidden(F.DECIDED_BY)

    assert not panel.distinct_button.isEnabled()
    panel.table.selectRow(0)
    assert panel.distinct_button.isEnabled() and panel.merge_button.isEnabled()
    assert panel.reason_label.text() == "Alasan: NIK sama di kejadian lain (≤30 hari)"
    assert "Banjir Palbapang (20/11/2026)" in panel.left_card.body.text()
    assert "Angin puting beliung Palbapang (10/11/2026)" in panel.right_card.body.text()
    assert "rusak berat" in panel.left_card.body.text()
    assert "rusak ringan" in panel.right_card.body.text()

    qtbot.mouseClick(panel.distinct_button, Qt.MouseButton.LeftButton)
    ask = panel.reason_dialog
    assert ask is not None and ask.isVisible()
    qtbot.keyClick(ask.reason_edit, Qt.Key.Key_Return)  # the note is optional
    assert not ask.isVisible()
    with sqlite_db.read() as s:
        flags = households.list_flags(s, SYSTEM, status=None)
        assert households.count_open_flags(s) == 0
    assert [(f.status, f.decided_by) for f in flags] == [
        (DuplicateStatus.CONFIRMED_DISTINCT, "operator")
    ]
    assert panel.model.rowCount() == 0
    assert panel.count_label.text() == "Tidak ada kemungkinan duplikat yang menunggu keputusan."
    assert page.tabs.tabText(page.DUPLICATES) == "Kemungkinan duplikat"

    panel.set_status(None)  # decided flags stay readable, with who decided
    assert not panel.table.isColumnHidden(F.DECIDED_BY)
    assert cell(panel.model, 0, F.STATUS) == "Bukan duplikat"
    assert cell(panel.model, 0, F.DECIDED_BY) == "operator"
    panel.table.selectRow(0)
    assert panel.decision_label.text() == "Diputuskan oleh operator: Bukan duplikat."
    assert not panel.merge_button.isEnabled()


def test_merging_needs_a_note_and_takes_the_household_out(
    qtbot, sqlite_db, sqlite_roles, two_incidents, desk, open_main_window
):
    flood, _wind = two_incidents
    _window, page = _page(open_main_window, desk("kepala"))
    panel = page.duplicates
    panel.table.selectRow(0)
    ask = panel.merge()
    qtbot.mouseClick(ask.confirm_button, Qt.MouseButton.LeftButton)
    assert ask.isVisible() and ask.message.text() == "Alasan wajib diisi."
    qtbot.keyClicks(ask.reason_edit, "Orang yang sama, sudah dicek ke kalurahan")
    qtbot.keyClick(ask.reason_edit, Qt.Key.Key_Return)
    assert not ask.isVisible()
    with sqlite_db.read() as s:
        assert households.count_households(s, flood) == 1  # Suparman merged away
        (flag,) = households.list_flags(s, SYSTEM, status=None)
    assert (flag.status, flag.note) == (
        DuplicateStatus.MERGED, "Orang yang sama, sudah dicek ke kalurahan",
    )  # fmt: skip
    panel.set_status(DuplicateStatus.MERGED)
    assert column_texts(panel.model, F.STATUS) == ["Digabungkan"]
    assert cell(panel.model, 0, F.NOTE) == "Orang yang sama, sudah dicek ke kalurahan"


def test_an_auditor_reads_flags_but_cannot_decide(
    qtbot, sqlite_db, two_incidents, desk, open_main_window
):
    _window, page = _page(open_main_window, desk("auditor"))
    panel = page.duplicates
    panel.table.selectRow(0)
    assert not panel.distinct_button.isEnabled()
    assert not panel.merge_button.isEnabled()
    assert panel.mark_distinct() is None
    assert panel.role_note.text().startswith("Hanya Operator, Bendahara dan Kepala")
    assert cell(panel.model, 0, F.NIK) == "340208******0001"
