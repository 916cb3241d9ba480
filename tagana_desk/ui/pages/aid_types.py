"""Pengaturan → Jenis Bantuan: aid types, the rate in force, and each type's rate history.

A new rate takes effect from its date; a payment keeps the amount and rate it was paid with, so
a rate change never alters what was already paid. Only the admin adds rates.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tagana_desk.domain.roles import Permission
from tagana_desk.services import aid
from tagana_desk.services.aid import AidTypeInfo
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.dialogs.aid_rate import RateDialog
from tagana_desk.ui.errors import describe
from tagana_desk.ui.labels import role_label, roles_with
from tagana_desk.ui.models.aid import AidTypeModel, RateHistoryModel, aid_type_rows, rate_rows
from tagana_desk.ui.tables import fit_column_width
from tagana_desk.ui.widgets import error_label, note_label, show_message


def _table(model) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(26)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    return table


class AidTypesTab(QWidget):
    """Jenis Bantuan."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editable = ctx.actor.can(Permission.EDIT_SETTINGS)
        self.types: tuple[AidTypeInfo, ...] = ()
        self.rate_dialog: RateDialog | None = None
        self._selected_code: str | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(8)
        self.change_note = note_label(
            self.tr("Perubahan tarif tidak mengubah pembayaran yang sudah dilakukan.")
        )
        self.change_note.setObjectName("cardTitle")
        layout.addWidget(self.change_note)

        self.model = AidTypeModel(self)
        self.table = _table(self.model)
        self.table.setObjectName("aidTypesTable")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(AidTypeModel.RATE, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (AidTypeModel.CODE, 168),
            (AidTypeModel.NAME, 200),
            (AidTypeModel.KIND, 100),
            (AidTypeModel.BASIS, 168),
            (AidTypeModel.ELIGIBILITY, 185),
            (AidTypeModel.FUND, 50),
            (AidTypeModel.SINCE, 88),
        ):
            fit_column_width(self.table, column, width)
        # Long eligibility rules and the three rates of a by-damage type wrap onto more lines.
        self.table.setWordWrap(True)
        self.model.modelReset.connect(self.table.resizeRowsToContents)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _i: self.open_rate_dialog())

        history = QGroupBox(self.tr("Riwayat tarif"))
        self.history_box = history
        row = QHBoxLayout(history)
        self.history_model = RateHistoryModel(self)
        self.history_table = _table(self.history_model)
        self.history_table.setObjectName("aidRatesTable")
        self.history_table.horizontalHeader().setSectionResizeMode(
            RateHistoryModel.STATE, QHeaderView.ResizeMode.Stretch
        )
        for column, width in (
            (RateHistoryModel.SINCE, 110),
            (RateHistoryModel.DAMAGE, 90),
            (RateHistoryModel.AMOUNT, 130),
        ):
            fit_column_width(self.history_table, column, width)
        row.addWidget(self.history_table, 3)
        side = QVBoxLayout()
        self.selected_label = QLabel()
        self.selected_label.setObjectName("cardTitle")
        self.selected_label.setWordWrap(True)
        self.items_label = note_label()
        self.rate_button = QPushButton(self.tr("Tarif baru…"))
        self.rate_button.setObjectName("primaryButton")
        self.rate_button.clicked.connect(self.open_rate_dialog)
        self.role_note = note_label()
        side.addWidget(self.selected_label)
        side.addWidget(self.items_label)
        side.addSpacing(6)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rate_button)
        buttons.addStretch(1)
        side.addLayout(buttons)
        side.addWidget(self.role_note)
        side.addStretch(1)
        row.addLayout(side, 2)

        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("aidTypesSplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(history)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self.message = error_label()
        layout.addWidget(self.message)

        if not self.editable:
            self.role_note.setText(
                self.tr("Hanya {roles} yang dapat mengubah tarif; Anda masuk sebagai {role}.")
                .format(roles=roles_with(Permission.EDIT_SETTINGS),
                        role=role_label(ctx.actor.role))
            )  # fmt: skip
            self.rate_button.setToolTip(self.role_note.text())
        self.role_note.setVisible(not self.editable)
        self._selection_changed()

    # --- loading
    def load(self) -> None:
        self.ctx.read(aid.list_aid_types, on_done=self._show, on_error=self._failed, owner=self)

    def _show(self, types: list[AidTypeInfo]) -> None:
        keep = self._selected_code
        self.types = tuple(types)
        self.model.set_rows(aid_type_rows(types, dt.date.today()))
        codes = [t.code for t in types]
        if codes:
            self.table.selectRow(codes.index(keep) if keep in codes else 0)
        show_message(self.message, "")
        self._selection_changed()

    def _failed(self, exc: object) -> None:
        show_message(self.message, describe(exc))

    def selected(self) -> AidTypeInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).info if rows else None

    def select(self, code: str) -> None:
        for i, row in enumerate(self.model.rows):
            if row.info.code == code:
                self.table.selectRow(i)
                return

    def _selection_changed(self) -> None:
        info = self.selected()
        self._selected_code = info.code if info else None
        self.rate_button.setEnabled(self.editable and info is not None)
        if info is None:
            self.history_model.set_rows([])
            self.selected_label.setText(self.tr("Pilih satu jenis bantuan."))
            self.items_label.clear()
            return
        self.history_box.setTitle(self.tr("Riwayat tarif {code}").format(code=info.code))
        self.history_model.set_rows(rate_rows(info, dt.date.today()))
        self.selected_label.setText(f"{info.code} — {info.name}")
        self.items_label.setText(
            self.tr("{n} tarif tercatat. Tarif dengan tanggal mulai di masa depan terjadwal "
                    "dan baru dipakai sejak tanggalnya.").format(n=len(info.rates))
        )  # fmt: skip

    # --- rates
    def open_rate_dialog(self) -> RateDialog | None:
        info = self.selected()
        if info is None or not self.editable:
            return None
        dialog = RateDialog(self.ctx, info, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        self.rate_dialog = dialog
        dialog.open()
        return dialog
