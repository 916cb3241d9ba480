"""Bantuan: the user guide (F1) in the GUI's language, and Tentang with what support asks for."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from tagana_desk import __version__
from tagana_desk.paths import data_dir
from tagana_desk.ui.help import LANGUAGE_KEY, GuideDialog, guide_path
from tagana_desk.ui.icons import ICONS, app_icon, icon, icon_path

GUIDE_CHAPTERS_ID = [
    "Masuk dan peran", "Mencatat kejadian", "KK terdampak", "Mengimpor daftar desa",
    "Membayar satu KK", "Membayar per kelompok", "Persetujuan", "Kuitansi dan pembatalan",
    "Honor Tagana", "LPJ dan tutup bulan", "Cadangan", "Pengguna dan kata sandi", "Tombol pintas",
]  # fmt: skip


@pytest.fixture
def language():
    """Set ``ui/language`` for one test."""
    settings = QSettings()
    before = settings.value(LANGUAGE_KEY)

    def set_to(code: str) -> None:
        QSettings().setValue(LANGUAGE_KEY, code)

    yield set_to
    if before is None:
        QSettings().remove(LANGUAGE_KEY)
    else:
        QSettings().setValue(LANGUAGE_KEY, before)


def test_f1_opens_the_indonesian_guide(qtbot, desk, open_main_window, language, monkeypatch):
    monkeypatch.delenv("TAGANA_DESK_LANG", raising=False)
    language("id")
    window = open_main_window(desk("operator"))
    assert window.guide_action.shortcut().toString() == "F1"
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.guide_dialog
    assert guide is not None and guide.isVisible()
    assert guide.heading_texts(1) == ["Panduan Tagana Desk"]
    assert guide.heading_texts(2) == GUIDE_CHAPTERS_ID
    assert [guide.chapters.item(i).text() for i in range(guide.chapters.count())] == (
        GUIDE_CHAPTERS_ID
    )
    text = guide.browser.toPlainText()
    assert "Ctrl+F" in text and "Ctrl+N" in text and "Ctrl+P" in text and "Ctrl+S" in text
    # Picking a chapter scrolls to it; the search finds the next match.
    guide.chapters.setCurrentRow(len(GUIDE_CHAPTERS_ID) - 1)
    assert guide.browser.verticalScrollBar().value() > 0
    guide.search_edit.setText("SALINAN")
    assert guide.find_next()
    assert guide.browser.textCursor().selectedText() == "SALINAN"
    guide.search_edit.setText("tidak ada kata ini")
    assert not guide.find_next()
    assert guide.search_note.text() == "Tidak ditemukan."
    # F1 again brings the open guide forward instead of opening a second one.
    assert window.open_guide() is guide
    guide.close()


def test_the_guide_follows_the_english_ui(qtbot, language, monkeypatch):
    monkeypatch.delenv("TAGANA_DESK_LANG", raising=False)
    language("en")
    guide = GuideDialog()
    qtbot.addWidget(guide)
    assert guide.language == "en"
    assert guide.heading_texts(1) == ["Tagana Desk guide"]
    assert "Keyboard shortcuts" in guide.heading_texts(2)
    assert len(guide.heading_texts(2)) == len(GUIDE_CHAPTERS_ID)


def test_both_guides_have_the_same_shortcuts_table():
    def keys(path) -> list[str]:
        lines = path.read_text(encoding="utf-8").splitlines()
        return [ln.split("|")[1].strip() for ln in lines if ln.startswith("| Ctrl") or
                ln.startswith("| F1") or ln.startswith("| Esc") or ln.startswith("| Enter")]  # fmt: skip

    assert keys(guide_path("id")) == keys(guide_path("en"))
    assert "Ctrl+F" in keys(guide_path("id"))


def test_about_shows_version_database_and_licences(qtbot, sqlite_db, desk, open_main_window):
    window = open_main_window(desk("auditor"))
    about = window.show_about()
    assert about.isVisible()
    assert about.title_label.text() == f"Tagana Desk versi {__version__}"
    text = about.plain_text()
    assert f"Database: {sqlite_db.display_name}" in text
    assert f"Folder data: {data_dir()}" in text
    assert "Lisensi: MIT" in text
    for notice in ("PySide6", "LGPL-3.0", "ReportLab", "BSD-3-Clause", "Lucide", "ISC"):
        assert notice in text
    shown = about.text.toPlainText()
    assert sqlite_db.display_name in shown and "LGPL-3.0" in shown
    about.copy()
    assert QApplication.clipboard().text() == text
    assert about.copy_button.text() == "Tersalin"
    about.reject()


def test_about_hides_a_server_password(qtbot):
    from tagana_desk.db.engine import open_database
    from tagana_desk.ui.help import AboutDialog

    # A server database is not connected to until it is used: the dialog only names it.
    db = open_database("postgresql+psycopg://dinsos:rahasia@10.0.0.5:5432/tagana")
    try:
        about = AboutDialog(db)
        qtbot.addWidget(about)
        assert "rahasia" not in about.plain_text()
        assert "rahasia" not in about.text.toPlainText()
        assert "dinsos:***@10.0.0.5:5432/tagana" in about.plain_text()
    finally:
        db.dispose()


def test_every_icon_comes_from_the_one_set():
    for name in ICONS:
        assert icon_path(name).is_file(), name
        assert not icon(name).isNull(), name
    assert icon("tidak-ada").isNull()  # an unknown name is an empty icon, not an error
    sizes = {(s.width(), s.height()) for s in app_icon().availableSizes()}
    assert {(16, 16), (32, 32), (256, 256)} <= sizes
