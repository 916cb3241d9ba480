"""A short question that needs a reason (or a note): close an incident, decide a duplicate.

Opened with ``open()`` (never a blocking ``exec``) so the window keeps running and tests can type
into it; ``reason_given`` carries the text when the person confirms.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tagana_desk.ui.widgets import error_label, note_label, show_message


class ReasonDialog(QDialog):
    """Title, an explanation, one text field (required or optional), confirm and Batal."""

    reason_given = Signal(str)

    def __init__(
        self,
        title: str,
        text: str,
        *,
        field_label: str,
        confirm_text: str,
        required: bool,
        placeholder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.required = required
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        self.text_label = note_label(text)
        layout.addWidget(self.text_label)
        form = QFormLayout()
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(500)
        self.reason_edit.setPlaceholderText(
            placeholder or (self.tr("wajib diisi") if required else self.tr("boleh dikosongkan"))
        )
        form.addRow(field_label, self.reason_edit)
        layout.addLayout(form)
        self.message = error_label()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox()
        self.confirm_button = self.buttons.addButton(
            confirm_text, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.confirm_button.setObjectName("primaryButton")
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # Only once the buttons belong to the dialog does this make Simpan the Enter button.
        self.confirm_button.setDefault(True)
        self.reason_edit.setFocus()

    def confirm(self) -> None:
        reason = " ".join(self.reason_edit.text().split())
        if self.required and not reason:
            show_message(self.message, self.tr("Alasan wajib diisi."))
            self.reason_edit.setFocus()
            return
        self.accept()
        self.reason_given.emit(reason)
