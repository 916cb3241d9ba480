"""Pengaturan → Relawan: volunteer types with the rate in force, each type's rate history, and
new rates from a date on (admin). A rate change never alters a past payment."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tagana_desk.domain.roles import Permission
from tagana_desk.services import volunteers
from tagana_desk.services.volunteers import VolunteerTypeInfo
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.dialogs.volunteer_rate import RateDialog
from tagana_desk.ui.errors import describe
from tagana_desk.ui.labels import role_label, roles_with
from tagana_desk.ui.models.volunteers import RateHistoryModel, VolunteerTypeModel
from tagana_desk.ui.tables import make_table, selected_row
from tagana_desk.ui.volunteer_support import LazyTab
from tagana_desk.ui.widgets import error_label, note_label, show_message


class VolunteerTypesTab(LazyTab):
    """Relawan (jenis relawan dan tarif honor)."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.editable = ctx.actor.can(Permission.EDIT_SETTINGS)
        self.types: tuple[VolunteerTypeInfo, ...] = ()
        self.rate_dialog: RateDialog | None = None
        self._code: str | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 10, 16, 10)
        outer.setSpacing(8)
        self.note = note_label(
            self.tr(
                "Honor bulanan per jenis relawan, uang harian penugasan dan aturan potongan "
                "pajaknya. Tarif baru berlaku mulai tanggalnya; perubahan tarif tidak pernah "
                "mengubah honor yang sudah dibayar."
            )
        )
        outer.addWidget(self.note)
        self.type_model = VolunteerTypeModel(self)
        t = VolunteerTypeModel
        self.type_table = make_table(
            self.type_model, stretch=t.NAME,
            widths={t.CODE: 80, t.MONTHLY: 150, t.ALLOWANCE: 140, t.TAX: 170, t.SINCE: 110},
        )  # fmt: skip
        self.type_table.setObjectName("volunteerTypesTable")
        self.type_table.setMinimumHeight(150)
        self.type_table.selectionModel().selectionChanged.connect(lambda *_a: self._picked())
        self.type_table.doubleClicked.connect(lambda _i: self.open_rate_dialog())
        outer.addWidget(self.type_table, 3)

        self.history_title = QLabel(self.tr("Riwayat tarif"))
        self.history_title.setObjectName("sectionTitle")
        outer.addWidget(self.history_title)
        self.history_model = RateHistoryModel(self)
        h = RateHistoryModel
        self.history_table = make_table(
            self.history_model, stretch=h.STATE,
            widths={h.FROM: 110, h.MONTHLY: 150, h.ALLOWANCE: 140, h.TAX: 170},
        )  # fmt: skip
        self.history_table.setObjectName("volunteerRatesTable")
        self.history_table.setMinimumHeight(110)
        outer.addWidget(self.history_table, 2)

        bar = QHBoxLayout()
        self.role_note = note_label()
        self.role_note.setWordWrap(False)
        bar.addWidget(self.role_note)
        self.message = error_label()
        bar.addWidget(self.message)
        bar.addStretch(1)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("okLabel")
        bar.addWidget(self.saved_label)
        self.rate_button = QPushButton(self.tr("Tarif baru…"))
        self.rate_button.setObjectName("primaryButton")
        self.rate_button.clicked.connect(self.open_rate_dialog)
        self.rate_button.setEnabled(False)
        bar.addWidget(self.rate_button)
        outer.addLayout(bar)
        if not self.editable:
            self.role_note.setText(
                self.tr("Hanya {roles} yang dapat mengubah tarif; Anda masuk sebagai {role}.")
                .format(roles=roles_with(Permission.EDIT_SETTINGS),
                        role=role_label(ctx.actor.role))
            )  # fmt: skip
        self.role_note.setVisible(not self.editable)

    def load(self) -> None:
        self.ctx.read(volunteers.list_types, on_done=self._show, on_error=self._failed,
                      owner=self)  # fmt: skip

    def _show(self, types: list[VolunteerTypeInfo]) -> None:
        self.types = tuple(types)
        keep = self._code
        self.type_model.set_rows(self.types)
        index = next((i for i, t in enumerate(self.types) if t.code == keep), 0)
        if self.types:
            self.type_table.selectRow(index)
        self._picked()
        self.rate_button.setEnabled(self.editable and bool(self.types))
        show_message(self.message, "")

    def _failed(self, exc: object) -> None:
        show_message(self.message, describe(exc))

    def selected(self) -> VolunteerTypeInfo | None:
        row = selected_row(self.type_table)
        return self.type_model.row_at(row) if row is not None else None

    def _picked(self) -> None:
        info = self.selected()
        if info is None:
            self.history_title.setText(self.tr("Riwayat tarif"))
            self.history_model.set_rows([])
            return
        self._code = info.code
        self.history_title.setText(self.tr("Riwayat tarif {code}").format(code=info.code))
        self.history_model.set_rows(info.rates)

    def open_rate_dialog(self) -> RateDialog | None:
        if not self.editable or not self.types:
            return None
        info = self.selected()
        dialog = RateDialog(self.ctx, self.types, type_code=info.code if info else None,
                            parent=self)  # fmt: skip
        dialog.rate_saved.connect(self._saved)
        dialog.finished.connect(dialog.deleteLater)
        self.rate_dialog = dialog
        self.saved_label.clear()
        dialog.open()
        return dialog

    def _saved(self, info: VolunteerTypeInfo) -> None:
        self._code = info.code  # the reload after the write keeps this type selected
        self.saved_label.setText(self.tr("Tarif {code} tersimpan.").format(code=info.code))
