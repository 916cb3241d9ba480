"""Remembered habits: column widths and splitter positions survive closing the window, and file
dialogs start in the last folder used."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QSplitter, QTableView

from tagana_desk.ui.habits import (
    COLUMNS_PREFIX,
    last_folder,
    remember_folder,
    remember_views,
    restore_view,
)
from tagana_desk.ui.main_window import MainWindow
from tagana_desk.ui.models.audit import AuditTableModel

FORMATS = (QSettings.Format.NativeFormat, QSettings.Format.IniFormat)


@pytest.fixture
def fresh_settings(tmp_path):
    """QSettings in a folder of this test's own; the session's folder is put back after."""
    before = Path(QSettings().fileName()).parent.parent
    for fmt in FORMATS:
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    assert QSettings().allKeys() == []
    yield tmp_path / "settings"
    for fmt in FORMATS:
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(before))


def _audit(qtbot, desk) -> MainWindow:
    window = MainWindow(desk("auditor"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(MainWindow.AUDIT)
    return window


def test_column_width_and_splitter_survive_closing_the_window(fresh_settings, qtbot, desk):
    window = _audit(qtbot, desk)
    page = window.audit_page
    assert page.table.columnWidth(AuditTableModel.USER) == 120  # the default
    page.table.setColumnWidth(AuditTableModel.USER, 233)
    total = sum(page.splitter.sizes())
    page.splitter.setSizes([total - 150, 150])
    sizes = page.splitter.sizes()
    window.close()
    assert QSettings().value(COLUMNS_PREFIX + "auditTable") is not None

    again = _audit(qtbot, desk)
    assert again.audit_page.table.columnWidth(AuditTableModel.USER) == 233
    assert again.audit_page.splitter.sizes() == sizes
    # The other columns kept theirs.
    assert again.audit_page.table.columnWidth(AuditTableModel.TIME) == 130


def test_leaving_a_page_saves_its_columns(fresh_settings, qtbot, desk):
    window = _audit(qtbot, desk)
    window.audit_page.table.setColumnWidth(AuditTableModel.ENTITY, 199)
    window.show_page(MainWindow.BERANDA)  # the page is hidden: its table is saved
    assert QSettings().value(COLUMNS_PREFIX + "auditTable")[AuditTableModel.ENTITY] in (199, "199")


def test_every_table_and_splitter_of_the_window_is_kept(qtbot, desk, open_main_window):
    window = open_main_window(desk("admin"))
    for index in range(window.nav.count()):
        window.page(index)  # pages are built when first shown; build them all
    views = window.findChildren(QTableView) + window.findChildren(QSplitter)
    assert len(views) > 20
    assert [v for v in views if not v.objectName()] == []
    names = [v.objectName() for v in views]
    assert len(set(names)) == len(names)  # one settings key each
    assert remember_views(window) == 0  # all already kept by the window


def test_a_stored_width_list_that_no_longer_fits_is_ignored(fresh_settings, qtbot, desk):
    window = _audit(qtbot, desk)
    table = window.audit_page.table
    QSettings().setValue(COLUMNS_PREFIX + "auditTable", [50, 60])  # an older version's columns
    assert not restore_view(table)
    assert table.columnWidth(AuditTableModel.USER) == 120


def test_last_folder_is_remembered_until_it_disappears(fresh_settings, tmp_path):
    assert last_folder("ui/test/last_folder") == Path.home()
    exports = tmp_path / "ekspor"
    exports.mkdir()
    remember_folder(exports / "kuitansi.pdf", "ui/test/last_folder")  # a file: its folder
    assert last_folder("ui/test/last_folder") == exports
    remember_folder(tmp_path / "LPJ Oktober", "ui/test/last_folder", is_folder=True)
    assert last_folder("ui/test/last_folder", default=tmp_path) == tmp_path  # not made yet
    (tmp_path / "LPJ Oktober").mkdir()
    assert last_folder("ui/test/last_folder") == tmp_path / "LPJ Oktober"
