"""Language of the GUI: Indonesian by default.

Our own strings are written in Indonesian (the source language). Qt's own strings (standard
buttons, the text-field context menu) come from Qt's ``qtbase_*.qm`` catalogue when it is
installed; PySide6 wheels ship none for Indonesian, so a small built-in table covers the ones a
desk sees every day.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

#: Qt's own strings that appear on our screens, by translation context.
_QT_STRINGS: dict[str, dict[str, str]] = {
    "QPlatformTheme": {
        "OK": "OK",
        "Cancel": "Batal",
        "Close": "Tutup",
        "Save": "Simpan",
        "Apply": "Terapkan",
        "Open": "Buka",
        "Discard": "Buang",
        "Reset": "Atur ulang",
        "Help": "Bantuan",
        "&Yes": "&Ya",
        "&No": "&Tidak",
        "Yes to &All": "Ya untuk &semua",
        "N&o to All": "T&idak untuk semua",
        "Abort": "Batalkan",
        "Retry": "Coba lagi",
        "Ignore": "Abaikan",
    },
    "QMessageBox": {
        "Show Details...": "Tampilkan rincian…",
        "Hide Details...": "Sembunyikan rincian…",
    },
    "QLineEdit": {
        "&Undo": "&Urungkan",
        "&Redo": "&Ulangi",
        "Cu&t": "Po&tong",
        "&Copy": "&Salin",
        "&Paste": "&Tempel",
        "Delete": "Hapus",
        "Select All": "Pilih semua",
    },
    "QWidgetTextControl": {
        "&Undo": "&Urungkan",
        "&Redo": "&Ulangi",
        "Cu&t": "Po&tong",
        "&Copy": "&Salin",
        "Copy &Link Location": "Salin &alamat tautan",
        "&Paste": "&Tempel",
        "Delete": "Hapus",
        "Select All": "Pilih semua",
    },
}


class _BuiltinQtTranslator(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None (a null string) means "not mine": Qt asks the next translator. An empty string
        # would count as a translation and blank every label.
        return _QT_STRINGS.get(context, {}).get(source)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


_installed: list[QTranslator] = []


def install_indonesian(app: QApplication) -> None:
    """Indonesian locale (calendar, month names) and translations for Qt's own strings."""
    locale = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
    QLocale.setDefault(locale)
    if _installed:
        return
    qt = QTranslator(app)
    path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(locale, "qtbase", "_", path):
        app.installTranslator(qt)
        _installed.append(qt)
    builtin = _BuiltinQtTranslator(app)
    app.installTranslator(builtin)
    _installed.append(builtin)
