"""What the Tagana page, its dialogs and Pengaturan → Relawan share.

The choices a roster form needs (volunteer types with their rates, the office's kapanewon) are
read once on the task runner (:func:`load_roster_choices`) and handed around as plain data; the
words for levels, stipend actions and tax rules are here so every screen says them the same way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from tagana_desk.domain import regions
from tagana_desk.domain.enums import VolunteerLevel
from tagana_desk.domain.money import percent_of
from tagana_desk.domain.regions import AreaLabels
from tagana_desk.services import incidents, office, volunteers
from tagana_desk.services.volunteers import RateInfo, VolunteerTypeInfo
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.style import Tone, tone_fill, tone_text

_CTX = "VolunteerLabels"

LEVELS: dict[VolunteerLevel, str] = {
    VolunteerLevel.MUDA: QT_TRANSLATE_NOOP("VolunteerLabels", "Muda"),
    VolunteerLevel.MADYA: QT_TRANSLATE_NOOP("VolunteerLabels", "Madya"),
    VolunteerLevel.UTAMA: QT_TRANSLATE_NOOP("VolunteerLabels", "Utama"),
}

#: Stipend preview actions (``StipendLine.action``) → what the desk reads.
ACTIONS: dict[str, str] = {
    "bayar": QT_TRANSLATE_NOOP("VolunteerLabels", "Bayar"),
    "sudah": QT_TRANSLATE_NOOP("VolunteerLabels", "Sudah dibayar"),
    "lewati": QT_TRANSLATE_NOOP("VolunteerLabels", "Dilewati"),
}
#: Action → (text colour, cell background): to pay blue, paid green, skipped grey.
ACTION_COLOURS: dict[str, tuple[QColor, QColor]] = {
    action: (tone_text(tone), tone_fill(tone))
    for action, tone in (("bayar", Tone.INFO), ("sudah", Tone.PAID), ("lewati", Tone.MUTED))
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def level_label(level: VolunteerLevel | str | None) -> str:
    return _tr(LEVELS[VolunteerLevel(level)]) if level else ""


def action_label(action: str) -> str:
    return _tr(ACTIONS[action]) if action in ACTIONS else action


def percent_text(basis_points: int) -> str:
    """``500`` → ``5%``, ``250`` → ``2,5%``, ``1275`` → ``12,75%`` (Indonesian decimal comma)."""
    whole, rest = divmod(int(basis_points), 100)
    if not rest:
        return f"{whole}%"
    return f"{whole},{rest:02d}".rstrip("0") + "%"


def tax_rule_text(tax_rate_bp: int, tax_base_bp: int) -> str:
    """``5% × 50% bruto``, ``5% × bruto`` or ``tanpa potongan``."""
    if not tax_rate_bp or not tax_base_bp:
        return QCoreApplication.translate("VolunteerLabels", "tanpa potongan")
    if tax_base_bp == 10_000:
        return QCoreApplication.translate("VolunteerLabels", "{rate} × bruto").format(
            rate=percent_text(tax_rate_bp)
        )
    return QCoreApplication.translate("VolunteerLabels", "{rate} × {base} bruto").format(
        rate=percent_text(tax_rate_bp), base=percent_text(tax_base_bp)
    )


def tax_of(gross: int, tax_rate_bp: int, tax_base_bp: int) -> int:
    """The withholding the service computes (``stipends.tax_for``): each step rounded half up."""
    if not tax_rate_bp:
        return 0
    return percent_of(percent_of(gross, tax_base_bp), tax_rate_bp)


def current_rate(info: VolunteerTypeInfo, on: dt.date | None = None) -> RateInfo | None:
    """The rate in force on a day (rates are newest first); None before the first one."""
    on = on or dt.date.today()
    return next((r for r in info.rates if r.effective_from <= on), None)


@dataclass(frozen=True, slots=True)
class RosterChoices:
    """Volunteer types (with rates) and the office's kapanewon, for filters and forms."""

    types: tuple[VolunteerTypeInfo, ...]
    kecamatan: tuple[tuple[str, str], ...]  # (code, name)
    labels: AreaLabels
    kabupaten_name: str

    def type_name(self, code: str) -> str:
        return next((t.name for t in self.types if t.code == code), code)


def load_roster_choices(session: Session) -> RosterChoices:
    """Runs on a worker thread."""
    info = office.get_office(session)
    return RosterChoices(
        tuple(volunteers.list_types(session)),
        tuple(incidents.kecamatan_choices(session)),
        regions.area_labels(info.kabupaten_code),
        info.kabupaten_name,
    )


class LazyTab(QWidget):
    """A tab that reads its data when it is first shown, and again after every committed write
    (at once while it is visible, else when it is shown next) — the tab's version of ``Page``."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        ctx.runner.write_committed.connect(self._data_changed)

    def load(self) -> None:
        """Read the tab's data (through the task runner)."""

    def refresh(self) -> None:
        self._stale = False
        self.load()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _data_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()
