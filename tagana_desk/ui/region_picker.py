"""Kecamatan → desa pickers over the office's kabupaten, with the region's own words.

DIY calls its kecamatan *kapanewon* and its desa *kalurahan*; ``regions.area_labels`` says which
words to show. The choices are read once on the task runner (:func:`load_region_choices`) and
handed to the forms as plain data.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox
from sqlalchemy.orm import Session

from tagana_desk.domain import regions
from tagana_desk.domain.regions import AreaLabels
from tagana_desk.services import households, incidents


@dataclass(frozen=True, slots=True)
class RegionChoices:
    """The office's kecamatan and, per kecamatan, its desa: (code, name) pairs."""

    kabupaten_code: str | None
    labels: AreaLabels
    kecamatan: tuple[tuple[str, str], ...]
    desa: dict[str, tuple[tuple[str, str], ...]]

    def desa_name(self, code: str | None) -> str:
        if not code:
            return ""
        for pairs in self.desa.values():
            for c, name in pairs:
                if c == code:
                    return name
        return ""


def load_region_choices(session: Session) -> RegionChoices:
    """Runs on a worker thread: the office kabupaten, its kecamatan and their desa."""
    kabupaten = households.office_kabupaten(session)
    kecamatan = tuple(incidents.kecamatan_choices(session))
    desa = {code: tuple(incidents.desa_choices(code)) for code, _name in kecamatan}
    return RegionChoices(kabupaten, regions.area_labels(kabupaten), kecamatan, desa)


class RegionPicker(QObject):
    """Two combos that work together: pick a kecamatan, then one of its desa.

    ``desa_optional``: the desa combo starts with "— seluruh kecamatan —" (an incident may cover
    a whole kecamatan); otherwise it starts with "— pilih desa —", which is no choice.
    """

    kecamatan_changed = Signal(object)  # str | None
    desa_changed = Signal(object)  # str | None

    def __init__(self, *, desa_optional: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desa_optional = desa_optional
        self.choices: RegionChoices | None = None
        self.kecamatan_combo = QComboBox()
        self.desa_combo = QComboBox()
        for combo in (self.kecamatan_combo, self.desa_combo):
            combo.setMinimumWidth(220)
            combo.setMaxVisibleItems(20)
        self.kecamatan_combo.currentIndexChanged.connect(self._kecamatan_picked)
        self.desa_combo.currentIndexChanged.connect(
            lambda _i: self.desa_changed.emit(self.desa_code())
        )

    @property
    def labels(self) -> AreaLabels:
        return self.choices.labels if self.choices else regions.area_labels(None)

    def set_choices(self, choices: RegionChoices) -> None:
        keep_kec, keep_desa = self.kecamatan_code(), self.desa_code()
        self.choices = choices
        self.kecamatan_combo.blockSignals(True)
        self.kecamatan_combo.clear()
        self.kecamatan_combo.addItem(
            self.tr("— pilih {kecamatan} —").format(kecamatan=choices.labels.kecamatan.lower()),
            None,
        )
        for code, name in choices.kecamatan:
            self.kecamatan_combo.addItem(name, code)
        self.kecamatan_combo.blockSignals(False)
        self.set_value(keep_kec, keep_desa)

    def set_value(self, kecamatan_code: str | None, desa_code: str | None = None) -> None:
        """Select a kecamatan (or the desa's own) and a desa; unknown codes select nothing."""
        if desa_code and not kecamatan_code:
            kecamatan_code = desa_code.rsplit(".", 1)[0]
        index = self.kecamatan_combo.findData(kecamatan_code) if kecamatan_code else 0
        self.kecamatan_combo.blockSignals(True)
        self.kecamatan_combo.setCurrentIndex(max(0, index))
        self.kecamatan_combo.blockSignals(False)
        self._fill_desa(self.kecamatan_code())
        if desa_code:
            self.desa_combo.setCurrentIndex(max(0, self.desa_combo.findData(desa_code)))
        self.kecamatan_changed.emit(self.kecamatan_code())
        self.desa_changed.emit(self.desa_code())

    def kecamatan_code(self) -> str | None:
        return self.kecamatan_combo.currentData()

    def desa_code(self) -> str | None:
        return self.desa_combo.currentData()

    def set_enabled(self, enabled: bool) -> None:
        self.kecamatan_combo.setEnabled(enabled)
        self.desa_combo.setEnabled(enabled)

    def _kecamatan_picked(self, _index: int) -> None:
        self._fill_desa(self.kecamatan_code())
        self.kecamatan_changed.emit(self.kecamatan_code())
        self.desa_changed.emit(self.desa_code())

    def _fill_desa(self, kecamatan_code: str | None) -> None:
        labels = self.labels
        self.desa_combo.blockSignals(True)
        self.desa_combo.clear()
        if self.desa_optional:
            first = self.tr("— seluruh {kecamatan} —").format(kecamatan=labels.kecamatan.lower())
        else:
            first = self.tr("— pilih {desa} —").format(desa=labels.desa.lower())
        self.desa_combo.addItem(first, None)
        if kecamatan_code and self.choices is not None:
            pairs = self.choices.desa.get(kecamatan_code)
            if pairs is None:  # a kecamatan outside the office's list (an old record)
                pairs = tuple(incidents.desa_choices(kecamatan_code))
            for code, name in pairs:
                self.desa_combo.addItem(name, code)
        self.desa_combo.setEnabled(bool(kecamatan_code) and self.kecamatan_combo.isEnabled())
        self.desa_combo.blockSignals(False)
