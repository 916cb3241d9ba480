"""Add or change a signatory (penandatangan): role, name, NIP, jabatan, active."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tagana_desk.domain.enums import SignatoryRole
from tagana_desk.services import office
from tagana_desk.services.office import SignatoryInfo
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.errors import describe
from tagana_desk.ui.keys import save_with_ctrl_s
from tagana_desk.ui.labels import signatory_role_label
from tagana_desk.ui.widgets import error_label, note_label, show_message


class SignatoryDialog(QDialog):
    signatory_saved = Signal(object)  # SignatoryInfo

    def __init__(
        self, ctx: DeskContext, existing: SignatoryInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx = ctx
        self.existing = existing
        self.setWindowTitle(
            self.tr("Ubah penandatangan") if existing else self.tr("Tambah penandatangan")
        )
        self.setMinimumWidth(500)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(
            note_label(
                self.tr(
                    "Nama dan NIP dicetak di bawah tanda tangan pada kuitansi dan LPJ. "
                    "NIP 18 digit; kosongkan untuk penandatangan non-PNS."
                )
            )
        )
        form = QFormLayout()
        form.setSpacing(8)
        self.role_combo = QComboBox()
        for role in SignatoryRole:
            self.role_combo.addItem(signatory_role_label(role), role.value)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(120)
        self.name_edit.setPlaceholderText(self.tr("mis. Drs. Sri Wahyuni, M.Si."))
        self.nip_edit = QLineEdit()
        self.nip_edit.setMaxLength(21)
        self.nip_edit.setPlaceholderText(self.tr("18 digit, mis. 197001011998031001"))
        self.nip_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9 ]*"), self.nip_edit)
        )
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(160)
        self.title_edit.setPlaceholderText(self.tr("mis. Kepala Dinas Sosial Kabupaten Bantul"))
        self.active_check = QCheckBox(self.tr("Aktif (dipakai saat mencetak)"))
        self.active_check.setChecked(True)
        form.addRow(self.tr("Peran"), self.role_combo)
        form.addRow(self.tr("Nama"), self.name_edit)
        form.addRow(self.tr("NIP"), self.nip_edit)
        form.addRow(self.tr("Jabatan"), self.title_edit)
        form.addRow("", self.active_check)
        layout.addLayout(form)
        if existing is not None:
            self.role_combo.setCurrentIndex(self.role_combo.findData(existing.role.value))
            self.name_edit.setText(existing.name)
            self.nip_edit.setText(existing.nip)
            self.title_edit.setText(existing.title)
            self.active_check.setChecked(existing.active)

        self.message = error_label()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Simpan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setObjectName("primaryButton")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # Simpan answers Enter once it belongs to the dialog; Ctrl+S too.
        self.save_button.setDefault(True)
        save_with_ctrl_s(self, self.save_button)
        self.name_edit.setFocus()

    def save(self) -> None:
        self.save_button.setEnabled(False)
        self.ctx.write(
            _save,
            self.ctx.actor,
            self.role_combo.currentData(),
            self.name_edit.text(),
            self.nip_edit.text(),
            self.title_edit.text(),
            self.active_check.isChecked(),
            self.existing.id if self.existing else None,
            on_done=self._saved,
            on_error=self._failed,
            owner=self,
        )

    def _saved(self, info: SignatoryInfo) -> None:
        self.save_button.setEnabled(True)
        self.signatory_saved.emit(info)
        self.accept()

    def _failed(self, exc: object) -> None:
        self.save_button.setEnabled(True)
        show_message(self.message, describe(exc))
        field = getattr(exc, "field", None)
        if field == "nip":
            self.nip_edit.setFocus()
        elif field == "nama":
            self.name_edit.setFocus()


def _save(session, actor, role, name, nip, title, active, signatory_id) -> SignatoryInfo:
    return office.save_signatory(
        session, actor, role=role, name=name, nip=nip, title=title, active=active,
        signatory_id=signatory_id,
    )  # fmt: skip
