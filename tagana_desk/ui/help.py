"""Bantuan: the user guide (F1) and Tentang (version, where the data is, licences).

The guide is Markdown in ``resources/help/``: ``panduan.md`` (Indonesian, the default) and
``guide-en.md`` (English), chosen by the language of the GUI (QSettings ``ui/language``).
"""

from __future__ import annotations

import importlib.metadata
import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QKeySequence,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tagana_desk import APP_NAME, __version__
from tagana_desk.db.engine import Database
from tagana_desk.paths import data_dir, resources_dir
from tagana_desk.ui.icons import app_icon, icon, mark_search_field
from tagana_desk.ui.style import ACCENT
from tagana_desk.ui.widgets import note_label

LANGUAGE_KEY = "ui/language"
GUIDES = {"id": "panduan.md", "en": "guide-en.md"}

#: Third-party software the program ships with, and the terms it comes under.
THIRD_PARTY = (
    ("Qt 6 / PySide6", "LGPL-3.0", "The Qt Company; Qt for Python", "https://www.qt.io/licensing"),
    ("ReportLab", "BSD-3-Clause", "ReportLab Europe Ltd.", "https://www.reportlab.com"),
    (QT_TRANSLATE_NOOP("AboutDialog", "Lucide (ikon)"), "ISC",
     QT_TRANSLATE_NOOP("AboutDialog", "Lucide Contributors; sebagian Feather (MIT), Cole Bemis"),
     "https://lucide.dev"),
    ("SQLAlchemy, Alembic", "MIT", QT_TRANSLATE_NOOP("AboutDialog", "Michael Bayer dan kontributor"),
     "https://www.sqlalchemy.org"),
    ("python-calamine (calamine)", "MIT", "Dmitriy (dimastbk); Johann Tuffe (tafia)",
     "https://github.com/dimastbk/python-calamine"),
    ("XlsxWriter", "BSD-2-Clause", "John McNamara", "https://xlsxwriter.readthedocs.io"),
    ("psycopg 3", "LGPL-3.0", "Daniele Varrazzo", "https://www.psycopg.org"),
    ("segno", "BSD-3-Clause", "Lars Heuer", "https://github.com/heuer/segno"),
    ("argon2-cffi", "MIT", "Hynek Schlawack", "https://argon2-cffi.readthedocs.io"),
    ("platformdirs", "MIT", "platformdirs contributors", "https://github.com/platformdirs"),
)  # fmt: skip


def third_party() -> list[tuple[str, str, str, str]]:
    """:data:`THIRD_PARTY` with its few Indonesian words in the language on screen."""
    return [
        (QCoreApplication.translate("AboutDialog", name), lic,
         QCoreApplication.translate("AboutDialog", who), url)
        for name, lic, who, url in THIRD_PARTY
    ]  # fmt: skip


def ui_language() -> str:
    """``"id"`` or ``"en"``: the language chosen in Pengaturan (Indonesian by default)."""
    try:
        from tagana_desk.ui import i18n

        saved = getattr(i18n, "saved_language", None)
        if callable(saved):
            language = str(saved() or "id")
            return language if language in GUIDES else "id"
    except ImportError:
        pass
    language = str(QSettings().value(LANGUAGE_KEY, "id") or "id")
    return language if language in GUIDES else "id"


def guide_path(language: str | None = None) -> Path:
    return resources_dir() / "help" / GUIDES.get(language or ui_language(), GUIDES["id"])


def guide_text(language: str | None = None) -> str:
    """The guide's Markdown (the Indonesian one when the other is missing)."""
    for path in (guide_path(language), guide_path("id")):
        try:
            return path.read_text(encoding="utf-8")
        except OSError:
            continue
    return "# Panduan\n\nBerkas panduan tidak ditemukan."


class GuideDialog(QDialog):
    """Panduan pengguna: the guide with its chapters on the left and a search box."""

    def __init__(self, parent: QWidget | None = None, *, language: str | None = None) -> None:
        super().__init__(parent)
        self.language = language or ui_language()
        self.setWindowTitle(self.tr("Panduan pengguna — {app}").format(app=APP_NAME))
        self.setWindowIcon(icon("help"))
        self.resize(980, 680)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(8)

        search_row = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Cari di panduan… (Ctrl+F, Enter: berikutnya)"))
        self.search_edit.setClearButtonEnabled(True)
        mark_search_field(self.search_edit)
        self.search_edit.returnPressed.connect(self.find_next)
        self.search_note = note_label()
        self.search_note.setWordWrap(False)
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.search_note)
        layout.addLayout(search_row)

        body = QHBoxLayout()
        body.setSpacing(10)
        self.chapters = QListWidget()
        self.chapters.setObjectName("guideChapters")
        self.chapters.setFixedWidth(250)
        self.chapters.currentRowChanged.connect(self._chapter_picked)
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpText")
        self.browser.setOpenExternalLinks(True)
        self.browser.document().setDocumentMargin(18)
        self.browser.setMarkdown(guide_text(self.language))
        self._colour_headings()
        body.addWidget(self.chapters)
        body.addWidget(self.browser, 1)
        layout.addLayout(body, 1)

        self.buttons = QDialogButtonBox()
        self.close_button = self.buttons.addButton(
            self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)

        self.headings: list[tuple[int, str, int]] = self._read_headings()
        for level, text, _position in self.headings:
            if level == 2:
                self.chapters.addItem(QListWidgetItem(text))
        self.setTabOrder(self.search_edit, self.chapters)
        self.setTabOrder(self.chapters, self.browser)
        self.setTabOrder(self.browser, self.close_button)
        self.browser.setFocus()

    def _colour_headings(self) -> None:
        """Chapter headings in the accent colour (Markdown brings no colours of its own)."""
        cursor = QTextCursor(self.browser.document())
        block = self.browser.document().begin()
        heading = QTextCharFormat()
        heading.setForeground(QColor(ACCENT))
        while block.isValid():
            if block.blockFormat().headingLevel() in (1, 2):
                cursor.setPosition(block.position())
                cursor.setPosition(
                    block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor
                )
                cursor.mergeCharFormat(heading)
            block = block.next()

    def _read_headings(self) -> list[tuple[int, str, int]]:
        """(level, text, position in the document) of every heading, in order."""
        found = []
        block = self.browser.document().begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level:
                found.append((level, block.text().strip(), block.position()))
            block = block.next()
        return found

    def heading_texts(self, level: int | None = None) -> list[str]:
        return [text for lvl, text, _p in self.headings if level is None or lvl == level]

    def _chapter_picked(self, row: int) -> None:
        chapters = [h for h in self.headings if h[0] == 2]
        if not 0 <= row < len(chapters):
            return
        block = self.browser.document().findBlock(chapters[row][2])
        top = self.browser.document().documentLayout().blockBoundingRect(block).top()
        self.browser.verticalScrollBar().setValue(int(top))

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def find_next(self) -> bool:
        """Find the search text after the cursor, wrapping round once at the end."""
        text = self.search_edit.text().strip()
        if not text:
            self.search_note.clear()
            return False
        found = self.browser.find(text)
        if not found:
            cursor = self.browser.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text)
        self.search_note.setText("" if found else self.tr("Tidak ditemukan."))
        return found

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        # Enter in the search box finds the next match; it must not close the guide.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)


def licence_name() -> str:
    """The program's licence as the package metadata (pyproject) states it."""
    try:
        meta = importlib.metadata.metadata("tagana-desk")
    except importlib.metadata.PackageNotFoundError:
        return "MIT"
    return meta.get("License-Expression") or meta.get("License") or "MIT"


def _version_of(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return ""


class AboutDialog(QDialog):
    """Tentang: version, database, data folder, licence and third-party notices, all copyable."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Tentang {app}").format(app=APP_NAME))
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)

        top = QHBoxLayout()
        top.setSpacing(14)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        top.addWidget(logo)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        self.title_label = QLabel(
            self.tr("{app} versi {version}").format(app=APP_NAME, version=__version__)
        )
        self.title_label.setObjectName("pageTitle")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        heading.addWidget(self.title_label)
        heading.addWidget(
            note_label(
                self.tr(
                    "Meja piket siaga bencana Dinas Sosial: kejadian, KK terdampak, dana "
                    "insidentil, honor Tagana, kuitansi dan LPJ."
                )
            )
        )
        top.addLayout(heading, 1)
        layout.addLayout(top)

        self.text = QTextBrowser()
        self.text.setObjectName("helpText")
        self.text.setOpenExternalLinks(True)
        self.text.document().setDocumentMargin(14)
        self.text.setHtml(self.html())
        layout.addWidget(self.text, 1)

        self.buttons = QDialogButtonBox()
        self.copy_button = self.buttons.addButton(
            self.tr("Salin ke papan klip"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setToolTip(
            self.tr("Salin versi, letak database dan lisensi, mis. untuk laporan ke dukungan")
        )
        self.copy_button.clicked.connect(self.copy)
        self.close_button = self.buttons.addButton(
            self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.setDefault(True)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # --- what it says
    def facts(self) -> list[tuple[str, str]]:
        return [
            (self.tr("Versi"), __version__),
            (self.tr("Database"), self.db.display_name),
            (self.tr("Folder data"), str(data_dir())),
            (self.tr("Lisensi"), licence_name()),
            (
                self.tr("Python / Qt"),
                f"{sys.version.split()[0]} / PySide6 {_version_of('PySide6')}",
            ),
        ]

    def plain_text(self) -> str:
        """Everything the dialog says, as plain text (what Salin copies)."""
        lines = [f"{APP_NAME} {__version__}", ""]
        lines += [f"{label}: {value}" for label, value in self.facts()]
        lines += ["", self.tr("Perangkat lunak pihak ketiga:")]
        lines += [f"- {name} — {lic} — {who} — {url}" for name, lic, who, url in third_party()]
        return "\n".join(lines)

    def html(self) -> str:
        def esc(text: str) -> str:
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

        rows = "".join(
            f"<tr><td style='color:#5f6b76; padding-right:14px'>{esc(label)}</td>"
            f"<td>{esc(value)}</td></tr>"
            for label, value in self.facts()
        )
        parties = "".join(
            f"<tr><td><b>{esc(name)}</b></td><td style='padding-left:12px; padding-right:12px'>"
            f"{esc(lic)}</td>"
            f"<td>{esc(who)} · <a href='{url}'>{esc(url.removeprefix('https://'))}</a></td></tr>"
            for name, lic, who, url in third_party()
        )
        notice = esc(
            self.tr(
                "{app} diterbitkan dengan lisensi {licence}. Program ini memakai perangkat lunak "
                "pihak ketiga berikut, masing-masing dengan lisensinya sendiri. Qt dan PySide6 "
                "dipakai di bawah LGPL versi 3: Anda boleh mengganti pustaka Qt yang terpasang "
                "dengan versi lain yang kompatibel."
            ).format(app=APP_NAME, licence=licence_name())
        )
        # Outside the f-string: lupdate does not read calls inside one.
        heading = esc(self.tr("Lisensi dan pihak ketiga"))
        return (
            f"<table cellspacing='0' cellpadding='3'>{rows}</table>"
            f"<h3>{heading}</h3><p>{notice}</p>"
            f"<table cellspacing='0' cellpadding='3'>{parties}</table>"
        )

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.plain_text())
        self.copy_button.setText(self.tr("Tersalin"))
