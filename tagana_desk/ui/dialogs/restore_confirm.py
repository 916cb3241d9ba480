"""The confirmation before a restore: what will be replaced, where the current data is kept, and
a word to type — a restore replaces everyone's data, so one Enter must never be enough."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from tagana_desk.ui.widgets import note_label

#: What the admin types to confirm (Indonesian, upper case, as shown in the dialog).
#: The word to type (in the language on screen: ``RESTORE`` in English).
CONFIRM_WORD = QT_TRANSLATE_NOOP("RestoreConfirmDialog", "PULIHKAN")


class RestoreConfirmDialog(QDialog):
    """Accepted only after ``PULIHKAN`` is typed and "Ganti database" is pressed."""

    def __init__(
        self,
        *,
        source: str,
        made: str,
        size: str,
        outdated: bool,
        current: str,
        keep_folder: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pulihkan dari cadangan"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(12)

        head = QHBoxLayout()
        head.setSpacing(14)
        icon = QLabel()
        warning: QIcon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(warning.pixmap(40, 40))
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        self.headline = QLabel(
            self.tr(
                "Semua data di database yang sedang dipakai akan DIGANTI dengan isi file "
                "cadangan. Pekerjaan yang dicatat sesudah cadangan itu dibuat tidak ada lagi di "
                "database yang dipakai."
            )
        )
        self.headline.setObjectName("cardTitle")
        self.headline.setWordWrap(True)
        head.addWidget(self.headline, 1)
        layout.addLayout(head)

        form = QFormLayout()
        form.setSpacing(6)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.fields: dict[str, QLabel] = {}
        for key, caption, value in (
            ("source", self.tr("File cadangan"), source),
            ("made", self.tr("Tanggal file"), f"{made} · {size}"),
            ("current", self.tr("Database yang diganti"), current),
            ("kept", self.tr("Salinannya disimpan di"), keep_folder),
        ):
            label = QLabel(value)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, label)
            self.fields[key] = label
        layout.addLayout(form)

        notes = [
            self.tr(
                "Sebelum diganti, database yang sekarang disalin dulu ke folder cadangan di atas, "
                "jadi masih dapat dikembalikan."
            ),
            self.tr(
                "Sesudah pemulihan program ditutup; buka kembali lalu masuk lagi. Pastikan "
                "komputer lain tidak sedang memakai database ini."
            ),
        ]
        if outdated:
            notes.append(
                self.tr("Cadangan ini dari versi program yang lebih lama; skemanya diperbarui.")
            )
        self.notes = note_label(" ".join(notes))
        layout.addWidget(self.notes)

        confirm_row = QHBoxLayout()
        confirm_row.setSpacing(8)
        self.confirm_word = self.tr(CONFIRM_WORD)
        self.word_label = QLabel(
            self.tr("Ketik <b>{word}</b> untuk melanjutkan:").format(word=self.confirm_word)
        )
        self.word_edit = QLineEdit()
        self.word_edit.setMaxLength(20)
        self.word_edit.setPlaceholderText(self.confirm_word)
        self.word_label.setBuddy(self.word_edit)
        confirm_row.addWidget(self.word_label)
        confirm_row.addWidget(self.word_edit, 1)
        layout.addLayout(confirm_row)

        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(
            self.tr("Ganti database"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.restore_button.setEnabled(False)
        # No default button: Enter does nothing until the word is typed, then it confirms.
        for button in (self.restore_button, self.cancel_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.restore_button.clicked.connect(self.confirm)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.word_edit.textChanged.connect(self._word_changed)
        self.word_edit.returnPressed.connect(self.confirm)
        self.word_edit.setFocus()

    def _word_changed(self, text: str) -> None:
        self.restore_button.setEnabled(text.strip() == self.confirm_word)

    def confirm(self) -> None:
        if self.restore_button.isEnabled():
            self.accept()
