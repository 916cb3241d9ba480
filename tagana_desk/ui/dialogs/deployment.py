"""Tugaskan relawan: a volunteer assigned to an incident for a span of days (penugasan)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tagana_desk.domain.dates import local_date
from tagana_desk.services import volunteers
from tagana_desk.services.context import Actor
from tagana_desk.services.incidents import IncidentInfo
from tagana_desk.services.volunteers import DeploymentInfo, VolunteerInfo
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.errors import describe
from tagana_desk.ui.fields import FieldErrors
from tagana_desk.ui.formatting import short_date
from tagana_desk.ui.keys import add_save_cancel
from tagana_desk.ui.widgets import date_edit, error_label, note_label, show_message, to_date

_FIELDS = {"mulai": "start", "selesai": "end"}


def incident_text(info: IncidentInfo) -> str:
    """``20/11/2026 · Banjir Palbapang (#3)``."""
    return f"{short_date(local_date(info.occurred_at))} · {info.title} (#{info.id})"


def volunteer_text(info: VolunteerInfo) -> str:
    """``Heri Purnomo · TAGANA · 34.02.08.0012``."""
    return " · ".join(x for x in (info.name, info.type_code, info.nia) if x)


def _deploy(
    session: Session, actor: Actor, volunteer_id: int, incident_id: int, start: dt.date,
    end: dt.date, role: str, notes: str,
) -> DeploymentInfo:  # fmt: skip
    return volunteers.deploy(session, actor, volunteer_id, incident_id, start, end, role, notes)


class DeploymentDialog(QDialog):
    """Kejadian, Relawan (type to search), Mulai, Selesai, Peran, Catatan."""

    deployment_saved = Signal(object)  # DeploymentInfo

    def __init__(
        self,
        ctx: DeskContext,
        incident_list: Sequence[IncidentInfo],
        volunteer_list: Sequence[VolunteerInfo],
        *,
        incident_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved_info: DeploymentInfo | None = None
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("Tugaskan relawan"))
        self.setMinimumWidth(600)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(
            note_label(
                self.tr(
                    "Catat relawan yang diterjunkan ke sebuah kejadian. Uang harian penugasan "
                    "dibayar bersama honor bulanan bila tarifnya diatur di Pengaturan → Relawan."
                )
            )
        )
        form = QFormLayout()
        form.setSpacing(8)
        self.incident_combo = QComboBox()
        for info in incident_list:
            self.incident_combo.addItem(incident_text(info), info.id)
        if incident_id is not None:
            self.incident_combo.setCurrentIndex(max(0, self.incident_combo.findData(incident_id)))
        self.volunteer_combo = QComboBox()
        self.volunteer_combo.setEditable(True)
        self.volunteer_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.volunteer_combo.lineEdit().setPlaceholderText(self.tr("ketik nama atau NIA"))
        for info in volunteer_list:
            self.volunteer_combo.addItem(volunteer_text(info), info.id)
        self.volunteer_combo.setCurrentIndex(-1)
        completer = self.volunteer_combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        today = QDate.currentDate()
        self.start_edit = date_edit()
        self.end_edit = date_edit()
        for edit in (self.start_edit, self.end_edit):
            edit.setMaximumDate(today.addDays(90))
        self.days_label = QLabel()
        self.days_label.setObjectName("noteLabel")
        self.start_edit.dateChanged.connect(self._dates_changed)
        self.end_edit.dateChanged.connect(self._dates_changed)
        dates = QWidget()
        row = QHBoxLayout(dates)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.start_edit)
        row.addWidget(QLabel(self.tr("s.d.")))
        row.addWidget(self.end_edit)
        row.addWidget(self.days_label)
        row.addStretch(1)
        self.role_edit = QLineEdit()
        self.role_edit.setMaxLength(120)
        self.role_edit.setPlaceholderText(self.tr("mis. dapur umum, evakuasi, asesmen"))
        self.notes_edit = QLineEdit()
        self.notes_edit.setMaxLength(500)
        form.addRow(self.tr("Kejadian"), self.errors.wrap("incident", self.incident_combo))
        form.addRow(self.tr("Relawan"), self.errors.wrap("volunteer", self.volunteer_combo))
        form.addRow(self.tr("Tanggal"), self.errors.wrap("start", dates))
        self.errors.add("end", self.end_edit, self.errors.labels["start"])
        form.addRow(self.tr("Peran"), self.role_edit)
        form.addRow(self.tr("Catatan"), self.notes_edit)
        layout.addLayout(form)
        self._dates_changed()

        self.message = error_label()
        layout.addWidget(self.message)
        self.buttons = add_save_cancel(self, layout)
        self.volunteer_combo.setFocus()

    def _dates_changed(self, *_args: object) -> None:
        days = self.start_edit.date().daysTo(self.end_edit.date()) + 1
        self.days_label.setText(self.tr("{n} hari").format(n=days) if days > 0 else "")

    def select_volunteer(self, volunteer_id: int) -> None:
        self.volunteer_combo.setCurrentIndex(self.volunteer_combo.findData(volunteer_id))

    def volunteer_id(self) -> int | None:
        """The volunteer picked: the item whose text is in the box (typed or chosen)."""
        index = self.volunteer_combo.findText(self.volunteer_combo.currentText())
        return self.volunteer_combo.itemData(index) if index >= 0 else None

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.errors.clear()
        show_message(self.message, "")
        incident_id = self.incident_combo.currentData()
        volunteer_id = self.volunteer_id()
        if incident_id is None:
            self.errors.show("incident", self.tr("Belum ada kejadian; catat kejadiannya dulu."))
            return
        if volunteer_id is None:
            self.errors.show("volunteer", self.tr("Pilih relawan dari daftar."))
            self.errors.focus("volunteer")
            return
        self.save_button.setEnabled(False)
        self.ctx.write(
            _deploy, self.ctx.actor, volunteer_id, incident_id, to_date(self.start_edit.date()),
            to_date(self.end_edit.date()), self.role_edit.text(), self.notes_edit.text(),
            on_done=self._saved, on_error=self._show_error, owner=self,
        )  # fmt: skip

    def _saved(self, info: DeploymentInfo) -> None:
        self.saved_info = info
        self.save_button.setEnabled(True)
        self.deployment_saved.emit(info)
        self.accept()

    def _show_error(self, exc: object) -> None:
        self.save_button.setEnabled(True)
        key = _FIELDS.get(getattr(exc, "field", None) or "", "")
        if not self.errors.show(key, describe(exc)):
            show_message(self.message, describe(exc))
