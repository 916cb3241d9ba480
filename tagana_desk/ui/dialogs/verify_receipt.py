"""Periksa kuitansi: is a printed receipt genuine? Paste (or scan) the text of its QR code.

A barcode scanner types the code and presses Enter, so Enter checks at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tagana_desk.services import receipts
from tagana_desk.services.receipts import ReceiptCheck
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.errors import describe
from tagana_desk.ui.formatting import rupiah, short_date
from tagana_desk.ui.icons import on_accent
from tagana_desk.ui.widgets import error_label, note_label, show_message

GENUINE_STYLE = (
    "QFrame#verdict { background: #e6f2e7; border: 1px solid #9cc9a1; border-radius: 6px; }"
    "QLabel#verdictTitle { color: #1e6b2a; font-size: 17pt; font-weight: 700; }"
)
NEUTRAL_STYLE = (
    "QFrame#verdict { background: #ffffff; border: 1px solid #d5dbe1; border-radius: 6px; }"
    "QLabel#verdictTitle { color: #5f6b76; font-size: 12pt; }"
)
REFUSED_STYLE = (
    "QFrame#verdict { background: #fbe7e6; border: 1px solid #e3a29d; border-radius: 6px; }"
    "QLabel#verdictTitle { color: #b3261e; font-size: 14pt; font-weight: 700; }"
)


class VerifyReceiptDialog(QDialog):
    """One field for the QR text, a big verdict, and the number, amount and date it carries."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.check: ReceiptCheck | None = None
        self.setWindowTitle(self.tr("Periksa kuitansi"))

        layout = QVBoxLayout(self)
        # The dialog takes the height its text needs: a long reason wraps instead of clipping.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(
            note_label(
                self.tr(
                    "Pindai kode QR pada kuitansi, atau tempel teksnya (mulai dengan TGD1|…), lalu "
                    "tekan Enter. Kode memuat nomor, jumlah dan tanggal kuitansi beserta tanda "
                    "tangan digital kantor."
                )
            )
        )
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("TGD1|0007/BTT/XI/2026|525000|20261125|…"))
        self.code_edit.setClearButtonEnabled(True)
        self.code_edit.setMinimumWidth(580)
        # Enter (a scanner ends with it) presses Periksa, the default button.
        self.code_edit.textEdited.connect(lambda _t: self._clear())
        layout.addWidget(self.code_edit)

        self.verdict = QFrame()
        self.verdict.setObjectName("verdict")
        box = QVBoxLayout(self.verdict)
        box.setContentsMargins(18, 14, 18, 14)
        box.setSpacing(10)
        self.verdict_title = QLabel()
        self.verdict_title.setObjectName("verdictTitle")
        self.verdict_title.setWordWrap(True)
        self.verdict_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.verdict_title)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setColumnStretch(1, 1)
        self.number_value = self._value()
        self.amount_value = self._value()
        self.date_value = self._value()
        for i, (caption, value) in enumerate(
            (
                (self.tr("Nomor"), self.number_value),
                (self.tr("Jumlah"), self.amount_value),
                (self.tr("Tanggal"), self.date_value),
            )
        ):
            label = QLabel(caption)
            label.setObjectName("cardCaption")
            grid.addWidget(label, i, 0)
            grid.addWidget(value, i, 1)
        box.addLayout(grid)
        layout.addWidget(self.verdict)
        self._clear()

        self.message = error_label()
        layout.addWidget(self.message)

        self.buttons = QDialogButtonBox()
        self.verify_button = self.buttons.addButton(
            self.tr("Periksa"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.verify_button.setObjectName("primaryButton")
        self.verify_button.setIcon(on_accent("verify"))
        self.verify_button.clicked.connect(self.verify)
        self.close_button = self.buttons.addButton(
            self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.verify_button.setDefault(True)  # once it belongs to the dialog
        self.code_edit.setFocus()

    def _value(self) -> QLabel:
        label = QLabel("—")
        label.setObjectName("cardTitle")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def verify(self) -> None:
        code = self.code_edit.text().strip()
        if not code:
            show_message(self.message, self.tr("Tempel atau pindai kode QR kuitansi dulu."))
            return
        show_message(self.message, "")
        self.ctx.read(receipts.verify_code, code, on_done=self._show, on_error=self._failed,
                      owner=self)  # fmt: skip

    def _show(self, check: ReceiptCheck) -> None:
        self.check = check
        if check.ok:
            self.verdict.setStyleSheet(GENUINE_STYLE)
            self.verdict_title.setText(self.tr("✔ ASLI dan berlaku"))
        else:
            self.verdict.setStyleSheet(REFUSED_STYLE)
            self.verdict_title.setText("✖ " + check.message)
        self.number_value.setText(check.number or "—")
        self.amount_value.setText(rupiah(check.amount) if check.number else "—")
        self.date_value.setText(short_date(check.issue_date) if check.issue_date else "—")
        self.code_edit.selectAll()  # the next scan replaces the code

    def _failed(self, exc: object) -> None:
        self._clear()
        show_message(self.message, describe(exc))

    def _clear(self) -> None:
        self.check = None
        self.verdict.setStyleSheet(NEUTRAL_STYLE)
        self.verdict_title.setText(self.tr("Belum ada kode yang diperiksa."))
        for value in (self.number_value, self.amount_value, self.date_value):
            value.setText("—")
