"""Catat / ubah kejadian: the BNPB DIBI fields of an incident. Enter saves, Esc cancels."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tagana_desk.domain.enums import IncidentType
from tagana_desk.services import incidents
from tagana_desk.services.context import Actor
from tagana_desk.services.incidents import IncidentInfo, IncidentInput
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.errors import describe
from tagana_desk.ui.fields import FieldErrors
from tagana_desk.ui.incident_labels import incident_type_label
from tagana_desk.ui.keys import save_with_ctrl_s
from tagana_desk.ui.region_picker import RegionChoices, RegionPicker
from tagana_desk.ui.widgets import error_label, note_label, show_message

DATETIME_FORMAT = "dd/MM/yyyy HH:mm"
MAX_COUNT = 1_000_000


def count_box() -> QSpinBox:
    """A whole-number field for people and houses: 0 … 1.000.000, thousands dots."""
    box = QSpinBox()
    box.setRange(0, MAX_COUNT)
    box.setGroupSeparatorShown(True)
    box.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
    box.setMinimumWidth(90)
    box.setMaximumWidth(120)
    return box


def _create(session: Session, actor: Actor, data: IncidentInput) -> IncidentInfo:
    return incidents.create_incident(session, actor, data)


def _update(session: Session, actor: Actor, incident_id: int, data: IncidentInput) -> IncidentInfo:
    return incidents.update_incident(session, actor, incident_id, data)


class IncidentDialog(QDialog):
    """Jenis, judul, tanggal dan jam, lokasi, tempat, sumber, uraian, korban dan rumah."""

    incident_saved = Signal(object)  # IncidentInfo

    COUNT_FIELDS = (
        "deaths", "missing", "injured", "displaced", "houses_rb", "houses_rs", "houses_rr",
        "houses_flooded",
    )  # fmt: skip

    def __init__(
        self,
        ctx: DeskContext,
        choices: RegionChoices,
        existing: IncidentInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.existing = existing
        self.saved_info: IncidentInfo | None = None
        self.errors = FieldErrors()
        labels = choices.labels
        self.setWindowTitle(
            self.tr("Ubah kejadian") if existing else self.tr("Catat kejadian baru")
        )
        self.setMinimumWidth(860)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        intro = self.tr(
            "Data kejadian mengikuti isian DIBI BNPB. Angka korban dan rumah adalah angka "
            "laporan; angka KK terdampak dihitung dari daftar KK."
        )
        if not choices.kecamatan:
            intro += " " + self.tr(
                "Kabupaten kantor belum diatur: minta admin mengisinya di Pengaturan → Kantor."
            )
        layout.addWidget(note_label(intro))

        columns = QHBoxLayout()
        columns.setSpacing(16)
        layout.addLayout(columns)

        # --- what, when, where
        main = QGroupBox(self.tr("Kejadian"))
        form = QFormLayout(main)
        form.setSpacing(8)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.type_combo = QComboBox()
        for kind in IncidentType:
            self.type_combo.addItem(incident_type_label(kind), kind.value)
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(200)
        self.title_edit.setPlaceholderText(
            self.tr("mis. Banjir luapan Sungai Winongo di Palbapang")
        )
        self.when_edit = QDateTimeEdit()
        self.when_edit.setDisplayFormat(DATETIME_FORMAT)
        self.when_edit.setCalendarPopup(True)
        now = QDateTime.currentDateTime()
        now.setTime(QTime(now.time().hour(), now.time().minute()))
        self.when_edit.setDateTime(now)
        self.when_edit.setMaximumDateTime(now.addSecs(300))
        self.regions = RegionPicker(desa_optional=True, parent=self)
        self.regions.set_choices(choices)
        self.place_edit = QLineEdit()
        self.place_edit.setMaxLength(200)
        self.place_edit.setPlaceholderText(
            self.tr("mis. {dusun} Jodog, tepi sungai").format(dusun=labels.dusun)
        )
        self.source_edit = QLineEdit()
        self.source_edit.setMaxLength(200)
        self.source_edit.setPlaceholderText(
            self.tr("mis. Laporan {desa}, Pusdalops BPBD, Tagana").format(desa=labels.desa)
        )
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlaceholderText(
            self.tr("Kronologi singkat, kebutuhan mendesak (Ctrl+Enter menyimpan)")
        )
        self.description_edit.setFixedHeight(84)
        form.addRow(self.tr("Jenis"), self.errors.wrap("jenis", self.type_combo, stretch=True))
        form.addRow(self.tr("Judul"), self.errors.wrap("judul", self.title_edit))
        form.addRow(
            self.tr("Tanggal dan jam"), self.errors.wrap("tanggal", self.when_edit, stretch=True)
        )
        form.addRow(labels.kecamatan, self.errors.wrap("kecamatan", self.regions.kecamatan_combo))
        form.addRow(labels.desa, self.errors.wrap("desa", self.regions.desa_combo))
        form.addRow(self.tr("Tempat"), self.place_edit)
        form.addRow(self.tr("Sumber laporan"), self.source_edit)
        form.addRow(self.tr("Uraian"), self.description_edit)
        columns.addWidget(main, 3)

        # --- people and houses
        side = QVBoxLayout()
        side.setSpacing(12)
        self.counts: dict[str, QSpinBox] = {}
        people = QGroupBox(self.tr("Korban (jiwa)"))
        people_form = QFormLayout(people)
        people_form.setSpacing(8)
        for name, text in (
            ("deaths", self.tr("Meninggal")),
            ("missing", self.tr("Hilang")),
            ("injured", self.tr("Luka-luka")),
            ("displaced", self.tr("Mengungsi")),
        ):
            self.counts[name] = count_box()
            people_form.addRow(self._count_label(text), self.errors.wrap(name, self.counts[name]))
        houses = QGroupBox(self.tr("Rumah (unit)"))
        houses_form = QFormLayout(houses)
        houses_form.setSpacing(8)
        for name, text in (
            ("houses_rb", self.tr("Rusak berat (RB)")),
            ("houses_rs", self.tr("Rusak sedang (RS)")),
            ("houses_rr", self.tr("Rusak ringan (RR)")),
            ("houses_flooded", self.tr("Terendam")),
        ):
            self.counts[name] = count_box()
            houses_form.addRow(self._count_label(text), self.errors.wrap(name, self.counts[name]))
        side.addWidget(people)
        side.addWidget(houses)
        side.addStretch(1)
        columns.addLayout(side, 2)

        self.message = error_label()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Simpan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button.setObjectName("primaryButton")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # Only once the buttons belong to the dialog does this make Simpan the Enter button.
        self.save_button.setDefault(True)
        save_with_ctrl_s(self, self.save_button)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.save)

        self.setTabOrder(self.type_combo, self.title_edit)
        self.setTabOrder(self.title_edit, self.when_edit)
        self.setTabOrder(self.when_edit, self.regions.kecamatan_combo)
        self.setTabOrder(self.regions.kecamatan_combo, self.regions.desa_combo)
        self.setTabOrder(self.regions.desa_combo, self.place_edit)
        self.setTabOrder(self.place_edit, self.source_edit)
        self.setTabOrder(self.source_edit, self.description_edit)
        previous: QWidget = self.description_edit
        for name in self.COUNT_FIELDS:
            self.setTabOrder(previous, self.counts[name])
            previous = self.counts[name]

        if existing is not None:
            self._fill(incidents.input_from_info(existing))
        self.type_combo.setFocus()

    @staticmethod
    def _count_label(text: str) -> QLabel:
        # One width for both groups, so the people and house figures line up.
        label = QLabel(text)
        label.setMinimumWidth(140)
        return label

    def _fill(self, data: IncidentInput) -> None:
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(data.type)))
        self.title_edit.setText(data.title)
        when = data.occurred_at
        if not isinstance(when, dt.datetime):
            when = dt.datetime.combine(when, dt.time(0, 0))
        self.when_edit.setDateTime(QDateTime(when.date(), QTime(when.hour, when.minute)))
        self.regions.set_value(data.kecamatan_code, data.desa_code)
        self.place_edit.setText(data.place)
        self.source_edit.setText(data.source)
        self.description_edit.setPlainText(data.description)
        for name in self.COUNT_FIELDS:
            self.counts[name].setValue(int(getattr(data, name)))

    def form_input(self) -> IncidentInput:
        when = self.when_edit.dateTime()
        date, time = when.date(), when.time()
        return IncidentInput(
            type=self.type_combo.currentData(),
            title=self.title_edit.text(),
            occurred_at=dt.datetime(date.year(), date.month(), date.day(), time.hour(),
                                    time.minute()),
            kecamatan_code=self.regions.kecamatan_code(),
            desa_code=self.regions.desa_code(),
            place=self.place_edit.text(),
            description=self.description_edit.toPlainText(),
            source=self.source_edit.text(),
            **{name: self.counts[name].value() for name in self.COUNT_FIELDS},
        )  # fmt: skip

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.errors.clear()
        show_message(self.message, "")
        self._set_busy(True)
        data = self.form_input()
        if self.existing is None:
            self.ctx.write(_create, self.ctx.actor, data, on_done=self._saved,
                           on_error=self._show_error, owner=self)  # fmt: skip
        else:
            self.ctx.write(_update, self.ctx.actor, self.existing.id, data, on_done=self._saved,
                           on_error=self._show_error, owner=self)  # fmt: skip

    def _saved(self, info: IncidentInfo) -> None:
        self.saved_info = info
        self._set_busy(False)
        self.incident_saved.emit(info)
        self.accept()

    def _show_error(self, exc: object) -> None:
        self._set_busy(False)
        field = getattr(exc, "field", None) or ""
        if field == "kode_wilayah":
            field = "desa" if self.regions.desa_code() else "kecamatan"
        if self.errors.show(field, describe(exc)):
            self.errors.focus(field)
        else:
            show_message(self.message, describe(exc))

    def _set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.save_button.setText(self.tr("Menyimpan…") if busy else self.tr("Simpan"))
