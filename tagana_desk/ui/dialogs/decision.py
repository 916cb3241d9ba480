"""A decision with a reason that writes at once: approve or reject a commitment, void a receipt.

The dialog is the confirmation: it says what will happen, takes the reason (required or not),
and runs the write itself, so the service's refusal (a reason too short, a receipt already
voided elsewhere) appears in red right under the field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.errors import describe
from tagana_desk.ui.widgets import error_label, show_message

#: A red confirm button for what cannot be undone (a void).
DANGER_BUTTON = (
    "QPushButton { background: #b3261e; color: #ffffff; border: 1px solid #8c1d17;"
    " border-radius: 4px; padding: 5px 16px; font-weight: 600; }"
    "QPushButton:hover { background: #c62f26; }"
    "QPushButton:disabled { background: #e2b4b1; color: #ffffff; border-color: #d9a5a1; }"
)


class DecisionDialog(QDialog):
    """Title, what will happen, a reason field, a confirm button and Batal.

    ``action(session, reason)`` runs in a write transaction when the person confirms; its result
    is emitted as ``decided``.
    """

    decided = Signal(object)

    def __init__(
        self,
        ctx: DeskContext,
        action: Callable[[Session, str], Any],
        *,
        title: str,
        text: str,
        field_label: str,
        confirm_text: str,
        required: bool,
        placeholder: str = "",
        destructive: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.action = action
        self.required = required
        self.result_value: object = None
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        self.text_label = QLabel(text)
        self.text_label.setWordWrap(True)
        layout.addWidget(self.text_label)
        form = QFormLayout()
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(500)
        self.reason_edit.setPlaceholderText(
            placeholder or (self.tr("wajib diisi") if required else self.tr("boleh dikosongkan"))
        )
        self.reason_error = error_label()
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(self.reason_edit)
        column.addWidget(self.reason_error)
        form.addRow(field_label, column)
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
        self.confirm_button.setDefault(True)
        self.confirm_button.setObjectName("primaryButton")
        if destructive:
            self.confirm_button.setStyleSheet(DANGER_BUTTON)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason_edit.setFocus()

    def confirm(self) -> None:
        reason = " ".join(self.reason_edit.text().split())
        show_message(self.message, "")
        if self.required and not reason:
            show_message(self.reason_error, self.tr("Alasan wajib diisi."))
            self.reason_edit.setFocus()
            return
        show_message(self.reason_error, "")
        self.confirm_button.setEnabled(False)
        self.ctx.write(self.action, reason, on_done=self._done, on_error=self._failed, owner=self)

    def _done(self, result: object) -> None:
        self.result_value = result
        self.accept()
        self.decided.emit(result)

    def _failed(self, exc: object) -> None:
        self.confirm_button.setEnabled(True)
        if getattr(exc, "field", None) == "alasan":
            show_message(self.reason_error, describe(exc))
            self.reason_edit.setFocus()
        else:
            show_message(self.message, describe(exc))
