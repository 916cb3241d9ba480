"""Tambah / ubah KK terdampak, with live validation.

As the NIK is typed, what it encodes (sex, birth date, kecamatan, kabupaten) or why it is wrong
appears beside it; the same for the No. KK. Every other field shows the service's own reason
under it once it has been touched (or after Simpan). The same No. KK twice in one incident can be
allowed by a kepala, with a reason; the same NIK twice never.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tagana_desk.domain import regions
from tagana_desk.domain.dates import format_date_short
from tagana_desk.domain.enums import CasualtyKind, DamageLevel
from tagana_desk.domain.errors import ConflictError, ValidationError
from tagana_desk.domain.identity import parse_nik, parse_no_kk
from tagana_desk.domain.roles import Permission
from tagana_desk.services import households
from tagana_desk.services.context import Actor
from tagana_desk.services.households import (
    MAX_PERSONS,
    CasualtyInput,
    HouseholdInput,
    PossibleDuplicate,
    SavedHousehold,
)
from tagana_desk.services.incidents import IncidentInfo
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.errors import describe
from tagana_desk.ui.fields import FieldErrors
from tagana_desk.ui.formatting import long_date
from tagana_desk.ui.incident_labels import (
    casualty_kind_label,
    damage_label,
    duplicate_reason_label,
    sex_label,
)
from tagana_desk.ui.keys import save_with_ctrl_s
from tagana_desk.ui.region_picker import RegionChoices, RegionPicker
from tagana_desk.ui.widgets import date_edit, error_label, note_label, show_message, to_date

#: HouseholdInput attributes in the order the form shows them (the first error gets the focus).
FIELD_ORDER = (
    "head_name", "nik", "no_kk", "phone", "registered_on", "desa_code", "dusun", "rt", "rw",
    "persons", "infants", "elderly", "disabled", "pregnant", "damage", "displaced", "casualties",
    "notes",
)  # fmt: skip


#: Fields that share one red line (the first key names it).
SHARED_GROUPS = (
    ("rt", "rw"),
    ("persons", "infants", "elderly", "disabled", "pregnant"),
    ("damage", "displaced"),
)
SHARED_LABELS = frozenset(key for group in SHARED_GROUPS for key in group)


class HouseholdConflict(ConflictError):
    """The service refused a hard duplicate; ``kind`` says which: ``"nik"`` or ``"kk"``."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


def save_household(
    session: Session, actor: Actor, incident_id: int, household_id: int | None,
    data: HouseholdInput, nik: str, no_kk: str, kk_override_reason: str | None,
) -> SavedHousehold:  # fmt: skip
    """Runs on the write thread: add or update, telling a same-NIK refusal from a same-No.-KK one."""
    try:
        if household_id is None:
            return households.add_household(
                session, actor, incident_id, data, kk_override_reason=kk_override_reason
            )
        return households.update_household(
            session, actor, household_id, data, kk_override_reason=kk_override_reason
        )
    except ConflictError as exc:
        # The refusal comes before anything is written, so the session can still be asked.
        same_nik, same_kk = households.hard_conflicts(session, incident_id, nik, no_kk,
                                                      household_id)  # fmt: skip
        kind = "nik" if same_nik else ("kk" if same_kk else "")
        if not kind:
            raise
        raise HouseholdConflict(exc.message, kind) from exc


def _short_regency(name: str) -> str:
    return name.replace("Kabupaten ", "Kab. ", 1) if name.startswith("Kabupaten ") else name


def describe_nik(text: str, today: dt.date | None = None) -> tuple[bool, str]:
    """(valid, what to show beside the field): "Laki-laki, lahir 12 Maret 1975, Kec. Bantul,
    Kab. Bantul" or the reason it is not a NIK."""
    try:
        nik = parse_nik(text, today=today)
    except ValidationError as exc:
        return False, exc.message
    shown = QCoreApplication.translate(
        "HouseholdDialog", "{sex}, lahir {date}, Kec. {district}, {regency}"
    ).format(
        sex=sex_label(nik.sex), date=long_date(nik.birth_date), district=nik.district_name,
        regency=_short_regency(nik.regency_name),
    )  # fmt: skip
    return True, shown


def describe_no_kk(text: str) -> tuple[bool, str]:
    """(valid, "Diterbitkan di Kec. Bantul, Kab. Bantul") or the reason it is not a No. KK."""
    try:
        kk = parse_no_kk(text)
    except ValidationError as exc:
        return False, exc.message
    regency = regions.region_name(kk.district_code.rsplit(".", 1)[0]) or ""
    shown = QCoreApplication.translate(
        "HouseholdDialog", "Diterbitkan di Kec. {district}, {regency}"
    ).format(district=kk.district_name, regency=_short_regency(regency))
    return True, shown


def duplicate_notice(name: str, flags: Sequence[PossibleDuplicate]) -> str:
    """The notice after a save that raised possible-duplicate flags."""
    found = "; ".join(
        QCoreApplication.translate(
            "HouseholdDialog", "{name} ({nik}, kejadian #{incident}) — {reason}"
        ).format(
            name=f.other_name,
            nik=f.other_nik_masked,
            incident=f.other_incident_id,
            reason=duplicate_reason_label(f.reason),
        )  # fmt: skip
        for f in flags
    )
    return QCoreApplication.translate(
        "HouseholdDialog",
        "KK {name} tersimpan dan ditandai. Kemungkinan duplikat: {found}. Putuskan di "
        "Penerima → Kemungkinan duplikat.",
    ).format(name=name, found=found)


class HintLabel(QLabel):
    """Beside the NIK / No. KK field: what the number means (green) or what is wrong (red)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setMinimumWidth(220)
        # Two lines always: the form does not jump as the text changes length.
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 2)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.ok = True

    def set_state(self, ok: bool, text: str) -> None:
        self.ok = ok
        name = "okLabel" if ok else "errorLabel"
        if self.objectName() != name:
            self.setObjectName(name)
            self.style().unpolish(self)
            self.style().polish(self)
        if self.text() != text:
            self.setText(text)
            self.setToolTip(text)


def member_box(minimum: int = 0) -> QSpinBox:
    box = QSpinBox()
    box.setRange(minimum, MAX_PERSONS)
    box.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
    box.setFixedWidth(64)
    return box


class HouseholdDialog(QDialog):
    """One affected household (KK) of an incident."""

    household_saved = Signal(object, str)  # SavedHousehold, head of household's name

    CASUALTY_KIND, CASUALTY_NAME, CASUALTY_NIK = range(3)

    def __init__(
        self,
        ctx: DeskContext,
        incident: IncidentInfo,
        choices: RegionChoices,
        *,
        household_id: int | None = None,
        existing: HouseholdInput | None = None,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.incident = incident
        self.choices = choices
        self.household_id = household_id
        self.today = today
        self.saved: SavedHousehold | None = None
        self.may_override = ctx.actor.can(Permission.OVERRIDE_DUPLICATES)
        self.errors = FieldErrors()
        self._touched: set[str] = set()
        self._attempted = False
        self._filling = False
        labels = choices.labels

        self.setWindowTitle(self.tr("Ubah KK terdampak") if household_id else
                            self.tr("Tambah KK terdampak"))  # fmt: skip
        self.setMinimumWidth(1100)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        self.incident_label = note_label(
            self.tr("Kejadian: {title} · {date} · {kec} {name}").format(
                title=incident.title,
                date=format_date_short(incident.local_date),
                kec=labels.kecamatan,
                name=incident.kecamatan_name,
            )  # fmt: skip
        )
        layout.addWidget(self.incident_label)

        columns = QHBoxLayout()
        columns.setSpacing(14)
        left = QVBoxLayout()
        left.setSpacing(10)
        right = QVBoxLayout()
        right.setSpacing(10)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout.addLayout(columns)

        # --- head of household
        head = QGroupBox(self.tr("Kepala keluarga"))
        form = self._form(head)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(120)
        self.name_edit.setPlaceholderText(self.tr("sesuai KTP, mis. Suparman"))
        digits = QRegularExpressionValidator(QRegularExpression(r"[0-9 .\-]{0,24}"), self)
        self.nik_edit = QLineEdit()
        self.nik_edit.setValidator(digits)
        self.nik_edit.setPlaceholderText(self.tr("16 digit"))
        self.nik_edit.setFixedWidth(170)
        self.nik_hint = HintLabel()
        self.kk_edit = QLineEdit()
        self.kk_edit.setValidator(digits)
        self.kk_edit.setPlaceholderText(self.tr("16 digit"))
        self.kk_edit.setFixedWidth(170)
        self.kk_hint = HintLabel()
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(20)
        self.phone_edit.setPlaceholderText(self.tr("mis. 0812 3456 7890"))
        self.phone_edit.setFixedWidth(170)
        self.registered_edit = date_edit()
        self.registered_edit.setMaximumDate(QDate.currentDate())
        form.addRow(self.tr("Nama"), self.errors.wrap("head_name", self.name_edit))
        form.addRow(self.tr("NIK"), self._with_hint("nik", self.nik_edit, self.nik_hint))
        form.addRow(self.tr("No. KK"), self._with_hint("no_kk", self.kk_edit, self.kk_hint))
        form.addRow(self.tr("No. HP"), self.errors.wrap("phone", self.phone_edit, stretch=True))
        form.addRow(
            self.tr("Tanggal pendataan"),
            self.errors.wrap("registered_on", self.registered_edit, stretch=True),
        )
        left.addWidget(head)

        # --- address
        address = QGroupBox(self.tr("Alamat"))
        aform = self._form(address)
        self.regions = RegionPicker(desa_optional=False, parent=self)
        self.regions.set_choices(choices)
        self.dusun_edit = QLineEdit()
        self.dusun_edit.setMaxLength(80)
        self.dusun_edit.setPlaceholderText(self.tr("mis. Jodog"))
        self.rt_edit = QLineEdit()
        self.rw_edit = QLineEdit()
        small = QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,3}"), self)
        for edit, placeholder in ((self.rt_edit, "003"), (self.rw_edit, "005")):
            edit.setValidator(small)
            edit.setFixedWidth(60)
            edit.setPlaceholderText(placeholder)
        rt_rw = QWidget()
        rt_row = QHBoxLayout(rt_rw)
        rt_row.setContentsMargins(0, 0, 0, 0)
        rt_row.setSpacing(6)
        rt_row.addWidget(self.rt_edit)
        rt_row.addWidget(QLabel(self.tr("RW")))
        rt_row.addWidget(self.rw_edit)
        rt_row.addStretch(1)
        self.rt_rw_error = error_label()
        rt_box = QWidget()
        rt_column = QVBoxLayout(rt_box)
        rt_column.setContentsMargins(0, 0, 0, 0)
        rt_column.setSpacing(2)
        rt_column.addWidget(rt_rw)
        rt_column.addWidget(self.rt_rw_error)
        self.errors.add("rt", self.rt_edit, self.rt_rw_error)
        self.errors.add("rw", self.rw_edit, self.rt_rw_error)
        aform.addRow(labels.kecamatan, self.regions.kecamatan_combo)
        aform.addRow(labels.desa, self.errors.wrap("desa_code", self.regions.desa_combo))
        aform.addRow(labels.dusun, self.dusun_edit)
        aform.addRow(self.tr("RT"), rt_box)
        left.addWidget(address)
        left.addStretch(1)

        # --- members
        members = QGroupBox(self.tr("Anggota keluarga (jiwa)"))
        grid = QGridLayout(members)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        self.persons_box = member_box()
        self.infants_box = member_box()
        self.elderly_box = member_box()
        self.disabled_box = member_box()
        self.pregnant_box = member_box()
        self.persons_box.setValue(1)
        self.count_boxes = {
            "persons": self.persons_box, "infants": self.infants_box,
            "elderly": self.elderly_box, "disabled": self.disabled_box,
            "pregnant": self.pregnant_box,
        }  # fmt: skip
        placed = (
            ("persons", self.tr("Jiwa"), 0, 0),
            ("infants", self.tr("Balita"), 0, 1),
            ("elderly", self.tr("Lansia"), 0, 2),
            ("disabled", self.tr("Disabilitas"), 1, 0),
            ("pregnant", self.tr("Ibu hamil"), 1, 1),
        )
        # One red line under the grid for every count: "balita (3) melebihi jiwa (2)" needs
        # the width.
        self.members_error = error_label()
        for key, text, row, column in placed:
            caption = QLabel(text)
            caption.setBuddy(self.count_boxes[key])
            grid.addWidget(caption, row, column * 2)
            grid.addWidget(self.count_boxes[key], row, column * 2 + 1)
            self.errors.add(key, self.count_boxes[key], self.members_error)
        grid.setColumnStretch(6, 1)
        grid.addWidget(self.members_error, 2, 0, 1, 7)
        right.addWidget(members)

        # --- impact
        impact = QGroupBox(self.tr("Dampak"))
        impact_row = QHBoxLayout(impact)
        impact_row.setSpacing(10)
        self.damage_combo = QComboBox()
        for level in DamageLevel:
            self.damage_combo.addItem(damage_label(level), level.value)
        self.damage_combo.setCurrentIndex(self.damage_combo.findData(DamageLevel.NONE.value))
        self.displaced_check = QCheckBox(self.tr("Mengungsi"))
        damage_caption = QLabel(self.tr("Kerusakan rumah"))
        damage_caption.setBuddy(self.damage_combo)
        impact_row.addWidget(damage_caption)
        impact_row.addWidget(self.damage_combo)
        impact_row.addSpacing(16)
        impact_row.addWidget(self.displaced_check)
        impact_row.addStretch(1)
        impact_error = error_label()
        self.errors.add("damage", self.damage_combo, impact_error)
        self.errors.add("displaced", self.displaced_check, impact_error)
        right.addWidget(impact)
        right.addWidget(impact_error)

        # --- casualties
        victims = QGroupBox(self.tr("Korban dalam KK ini"))
        vlayout = QVBoxLayout(victims)
        vlayout.setSpacing(6)
        self.casualty_table = QTableWidget(0, 3)
        self.casualty_table.setHorizontalHeaderLabels(
            [self.tr("Jenis"), self.tr("Nama"), self.tr("NIK (bila ada)")]
        )
        self.casualty_table.verticalHeader().hide()
        self.casualty_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.casualty_table.setTabKeyNavigation(False)
        self.casualty_table.setFixedHeight(104)
        header = self.casualty_table.horizontalHeader()
        header.setSectionResizeMode(self.CASUALTY_NAME, QHeaderView.ResizeMode.Stretch)
        self.casualty_table.setColumnWidth(self.CASUALTY_KIND, 120)
        self.casualty_table.setColumnWidth(self.CASUALTY_NIK, 140)
        self.casualty_table.itemChanged.connect(lambda _item: self._changed("casualties"))
        vlayout.addWidget(self.casualty_table)
        casualty_buttons = QHBoxLayout()
        self.add_casualty_button = QPushButton(self.tr("Tambah korban"))
        self.add_casualty_button.clicked.connect(lambda: self.add_casualty())
        self.remove_casualty_button = QPushButton(self.tr("Hapus korban"))
        self.remove_casualty_button.clicked.connect(self.remove_casualty)
        casualty_buttons.addWidget(self.add_casualty_button)
        casualty_buttons.addWidget(self.remove_casualty_button)
        casualty_buttons.addStretch(1)
        vlayout.addLayout(casualty_buttons)
        casualty_error = error_label()
        vlayout.addWidget(casualty_error)
        self.errors.add("casualties", self.casualty_table, casualty_error)
        right.addWidget(victims)
        right.addStretch(1)

        notes_row = QFormLayout()
        self.notes_edit = QLineEdit()
        self.notes_edit.setMaxLength(500)
        self.notes_edit.setPlaceholderText(
            self.tr("mis. rumah ambruk bagian dapur, tinggal di rumah saudara")
        )
        notes_row.addRow(self.tr("Catatan"), self.notes_edit)
        layout.addLayout(notes_row)

        # --- same No. KK: the kepala may allow it, with a reason
        self.override_box = QFrame()
        self.override_box.setObjectName("card")
        self.override_box.setStyleSheet(
            "QFrame#card { background: #fdf3dc; border: 1px solid #b07a12; }"
        )
        obox = QVBoxLayout(self.override_box)
        obox.setContentsMargins(12, 8, 12, 10)
        self.override_label = QLabel()
        self.override_label.setWordWrap(True)
        obox.addWidget(self.override_label)
        oform = QHBoxLayout()
        self.override_reason_edit = QLineEdit()
        self.override_reason_edit.setMaxLength(300)
        self.override_reason_edit.setPlaceholderText(
            self.tr("Alasan (wajib), mis. dua keluarga dalam satu KK, rumah terpisah")
        )
        self.override_button = QPushButton(self.tr("Izinkan KK ganda"))
        self.override_button.clicked.connect(self.save)
        oform.addWidget(QLabel(self.tr("Alasan KK ganda")))
        oform.addWidget(self.override_reason_edit, 1)
        oform.addWidget(self.override_button)
        obox.addLayout(oform)
        self.override_box.hide()
        layout.addWidget(self.override_box)

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

        self._set_tab_order()
        self._connect_changes()
        self._filling = True
        if existing is not None:
            self._fill(existing)
        else:
            self.regions.set_value(incident.kecamatan_code, incident.desa_code)
        self._filling = False
        self._validate_live()
        self.name_edit.setFocus()

    # --- building helpers
    @staticmethod
    def _form(parent: QWidget) -> QFormLayout:
        form = QFormLayout(parent)
        form.setSpacing(7)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return form

    def _with_hint(self, key: str, edit: QLineEdit, hint: HintLabel) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        row.addWidget(edit, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(hint, 1)
        self.errors.add(key, edit, hint)
        return box

    def _set_tab_order(self) -> None:
        order: list[QWidget] = [
            self.name_edit, self.nik_edit, self.kk_edit, self.phone_edit, self.registered_edit,
            self.regions.kecamatan_combo, self.regions.desa_combo, self.dusun_edit, self.rt_edit,
            self.rw_edit, self.persons_box, self.infants_box, self.elderly_box,
            self.disabled_box, self.pregnant_box, self.damage_combo, self.displaced_check,
            self.casualty_table, self.add_casualty_button, self.remove_casualty_button,
            self.notes_edit, self.override_reason_edit, self.override_button,
        ]  # fmt: skip
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)

    def _connect_changes(self) -> None:
        self.name_edit.textEdited.connect(lambda _t: self._changed("head_name"))
        self.nik_edit.textChanged.connect(lambda _t: self._changed("nik"))
        self.kk_edit.textChanged.connect(lambda _t: self._changed("no_kk"))
        self.kk_edit.textEdited.connect(lambda _t: self._kk_edited())
        self.phone_edit.textEdited.connect(lambda _t: self._changed("phone"))
        self.registered_edit.dateChanged.connect(lambda _d: self._changed("registered_on"))
        self.regions.desa_changed.connect(lambda _c: self._changed("desa_code"))
        self.rt_edit.textEdited.connect(lambda _t: self._changed("rt"))
        self.rw_edit.textEdited.connect(lambda _t: self._changed("rw"))
        for key, box in self.count_boxes.items():
            box.valueChanged.connect(lambda _v, key=key: self._changed(key))
        self.damage_combo.currentIndexChanged.connect(lambda _i: self._changed("damage"))

    # --- values
    def _fill(self, data: HouseholdInput) -> None:
        self.name_edit.setText(str(data.head_name or ""))
        self.nik_edit.setText(str(data.nik or ""))
        self.kk_edit.setText(str(data.no_kk or ""))
        self.phone_edit.setText(str(data.phone or ""))
        if isinstance(data.registered_on, dt.date):
            day = data.registered_on
            self.registered_edit.setDate(QDate(day.year, day.month, day.day))
        desa = str(data.desa_code or "")
        self.regions.set_value(desa.rsplit(".", 1)[0] if desa else None, desa or None)
        self.dusun_edit.setText(str(data.dusun or ""))
        self.rt_edit.setText(str(data.rt or ""))
        self.rw_edit.setText(str(data.rw or ""))
        for key, box in self.count_boxes.items():
            box.setValue(int(getattr(data, key) or 0))
        self.damage_combo.setCurrentIndex(max(0, self.damage_combo.findData(str(data.damage))))
        self.displaced_check.setChecked(bool(data.displaced))
        self.notes_edit.setText(str(data.notes or ""))
        for casualty in data.casualties:
            self.add_casualty(casualty)

    def form_input(self) -> HouseholdInput:
        return HouseholdInput(
            head_name=self.name_edit.text(),
            nik=self.nik_edit.text(),
            no_kk=self.kk_edit.text(),
            desa_code=self.regions.desa_code() or "",
            dusun=self.dusun_edit.text(),
            rt=self.rt_edit.text(),
            rw=self.rw_edit.text(),
            persons=self.persons_box.value(),
            infants=self.infants_box.value(),
            elderly=self.elderly_box.value(),
            disabled=self.disabled_box.value(),
            pregnant=self.pregnant_box.value(),
            damage=self.damage_combo.currentData(),
            displaced=self.displaced_check.isChecked(),
            phone=self.phone_edit.text(),
            notes=self.notes_edit.text(),
            casualties=self.casualties(),
            registered_on=to_date(self.registered_edit.date()),
        )

    # --- casualties
    def add_casualty(self, casualty: CasualtyInput | None = None) -> int:
        row = self.casualty_table.rowCount()
        self.casualty_table.insertRow(row)
        combo = QComboBox()
        for kind in CasualtyKind:
            combo.addItem(casualty_kind_label(kind), kind.value)
        if casualty is not None:
            combo.setCurrentIndex(max(0, combo.findData(casualty.kind)))
        combo.currentIndexChanged.connect(lambda _i: self._changed("casualties"))
        self.casualty_table.setCellWidget(row, self.CASUALTY_KIND, combo)
        self.casualty_table.blockSignals(True)
        name = casualty.name if casualty else ""
        nik = (casualty.nik or "") if casualty else ""
        self.casualty_table.setItem(row, self.CASUALTY_NAME, QTableWidgetItem(name))
        self.casualty_table.setItem(row, self.CASUALTY_NIK, QTableWidgetItem(nik))
        self.casualty_table.blockSignals(False)
        if casualty is None:
            self.casualty_table.setCurrentCell(row, self.CASUALTY_NAME)
            self.casualty_table.editItem(self.casualty_table.item(row, self.CASUALTY_NAME))
            self._changed("casualties")
        return row

    def remove_casualty(self) -> None:
        row = self.casualty_table.currentRow()
        if row < 0:
            row = self.casualty_table.rowCount() - 1
        if row >= 0:
            self.casualty_table.removeRow(row)
            self._changed("casualties")

    def casualties(self) -> tuple[CasualtyInput, ...]:
        out = []
        for row in range(self.casualty_table.rowCount()):
            combo = self.casualty_table.cellWidget(row, self.CASUALTY_KIND)
            name_item = self.casualty_table.item(row, self.CASUALTY_NAME)
            nik_item = self.casualty_table.item(row, self.CASUALTY_NIK)
            name = name_item.text().strip() if name_item else ""
            nik = nik_item.text().strip() if nik_item else ""
            if not name and not nik:
                continue  # an empty row the person added and left
            out.append(CasualtyInput(combo.currentData(), name, nik or None))
        return tuple(out)

    # --- live validation
    def _changed(self, key: str) -> None:
        if self._filling:
            return
        self._touched.add(key)
        self._validate_live()

    def _kk_edited(self) -> None:
        # A different No. KK may not clash any more: ask again before offering an override.
        self.override_box.hide()
        self.override_reason_edit.clear()

    def _validate_live(self) -> list[households.FieldError]:
        _valid, errors = households.validate(
            self.form_input(), kabupaten_code=self.choices.kabupaten_code, today=self.today
        )
        by_field: dict[str, str] = {}
        for error in errors:
            by_field.setdefault(error.field, error.message)
        for key in FIELD_ORDER:
            if key in ("nik", "no_kk") or key in SHARED_LABELS:
                continue
            shown = key in self._touched or self._attempted
            self.errors.show(key, by_field.get(key, "") if shown else "")
        for group in SHARED_GROUPS:
            shown = [by_field[k] for k in group if k in by_field
                     and (k in self._touched or self._attempted)]  # fmt: skip
            self.errors.show(group[0], " ".join(dict.fromkeys(shown)))
        self._show_identity(self.nik_edit, self.nik_hint, describe_nik(self.nik_edit.text(),
                                                                       self.today))  # fmt: skip
        self._show_identity(self.kk_edit, self.kk_hint, describe_no_kk(self.kk_edit.text()))
        return errors

    def _show_identity(self, edit: QLineEdit, hint: HintLabel, state: tuple[bool, str]) -> None:
        ok, text = state
        if not edit.text().strip() and not self._attempted:
            hint.set_state(True, "")  # nothing typed yet: nothing to say
            return
        hint.set_state(ok, text)

    # --- saving
    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self._attempted = True
        show_message(self.message, "")
        errors = self._validate_live()
        if errors:
            fields = {e.field for e in errors}
            first = next((k for k in FIELD_ORDER if k in fields), errors[0].field)
            self.errors.focus(first)
            show_message(
                self.message,
                self.tr("Periksa {n} isian yang ditandai merah.").format(n=len(fields))
                if len(fields) > 1 else self.tr("Periksa isian yang ditandai merah."),
            )  # fmt: skip
            return
        reason: str | None = None
        if self.override_box.isVisible():
            reason = " ".join(self.override_reason_edit.text().split())
            if not reason:
                show_message(self.message, self.tr("Alasan KK ganda wajib diisi."))
                self.override_reason_edit.setFocus()
                return
        nik = "".join(ch for ch in self.nik_edit.text() if ch.isdigit())
        no_kk = "".join(ch for ch in self.kk_edit.text() if ch.isdigit())
        self._set_busy(True)
        self.ctx.write(
            save_household, self.ctx.actor, self.incident.id, self.household_id,
            self.form_input(), nik, no_kk, reason,
            on_done=self._saved, on_error=self._failed, owner=self,
        )  # fmt: skip

    def _saved(self, saved: SavedHousehold) -> None:
        self.saved = saved
        self._set_busy(False)
        self.household_saved.emit(saved, " ".join(self.name_edit.text().split()))
        self.accept()

    def _failed(self, exc: object) -> None:
        self._set_busy(False)
        text = describe(exc)
        if isinstance(exc, HouseholdConflict) and exc.kind == "nik":
            self.nik_hint.set_state(False, self.tr("Sudah terdaftar pada kejadian ini."))
            show_message(self.message, self.tr("Ditolak: {reason}").format(reason=text))
            self.nik_edit.setFocus()
            return
        if isinstance(exc, HouseholdConflict) and exc.kind == "kk":
            self.kk_hint.set_state(False, self.tr("Sudah dipakai pada kejadian ini."))
            if self.may_override:
                self.override_label.setText(
                    self.tr(
                        "{reason}\nSebagai Kepala Anda dapat mengizinkan KK ganda; alasannya "
                        "dicatat di log audit."
                    ).format(reason=text)
                )
                self.override_box.show()
                show_message(self.message, "")
                self.override_reason_edit.setFocus()
            else:
                show_message(self.message, self.tr("Ditolak: {reason}").format(reason=text))
                self.kk_edit.setFocus()
            return
        field = getattr(exc, "field", None) or ""
        if field in ("nik", "no_kk"):
            (self.nik_hint if field == "nik" else self.kk_hint).set_state(False, text)
        elif field and self.errors.show(field, text):
            self.errors.focus(field)
        show_message(self.message, text)

    def _set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.override_button.setEnabled(not busy)
        self.save_button.setText(self.tr("Menyimpan…") if busy else self.tr("Simpan"))
