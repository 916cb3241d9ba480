"""Kemungkinan duplikat: flagged households beside the ones they resemble, and the decision.

A flag is decided once: "Bukan duplikat" (two different families; a note is optional) or
"Gabungkan" (the flagged record is merged into the other and stops counting; a note is
required). Decided flags stay readable with who decided and why.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tagana_desk.db.engine import Database
from tagana_desk.domain.enums import DuplicateStatus
from tagana_desk.domain.regions import AreaLabels, area_labels
from tagana_desk.domain.roles import Permission
from tagana_desk.services import households
from tagana_desk.services.context import Actor
from tagana_desk.services.households import FlagInfo, HouseholdDetail
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.dialogs.reason import ReasonDialog
from tagana_desk.ui.errors import describe
from tagana_desk.ui.formatting import grouped, long_date, short_date
from tagana_desk.ui.incident_labels import (
    damage_label,
    duplicate_reason_label,
    duplicate_status_label,
    sex_label,
)
from tagana_desk.ui.labels import role_label, roles_with
from tagana_desk.ui.models.households import FlagTableModel, yes_no
from tagana_desk.ui.tables import make_table, selected_row
from tagana_desk.ui.widgets import error_label, note_label, show_message

FLAG_BATCH = 100


@dataclass(frozen=True, slots=True)
class FlagsView:
    status: DuplicateStatus | None
    open_count: int
    first: tuple[FlagInfo, ...]
    labels: AreaLabels


def load_flags(
    session: Session, actor: Actor, status: DuplicateStatus | None, batch: int = FLAG_BATCH
) -> FlagsView:
    return FlagsView(
        status,
        households.count_open_flags(session),
        tuple(households.list_flags(session, actor, status=status, limit=batch, offset=0)),
        area_labels(households.office_kabupaten(session)),
    )


def read_flag_batch(
    db: Database, actor: Actor, status: DuplicateStatus | None, offset: int, limit: int
) -> list[FlagInfo]:
    with db.read() as session:
        return households.list_flags(session, actor, status=status, limit=limit, offset=offset)


def load_pair(session: Session, actor: Actor, flag: FlagInfo) -> tuple[HouseholdDetail, ...]:
    """Both households of a flag, in full (for the side-by-side view)."""
    return (
        households.get_household(session, actor, flag.household_id),
        households.get_household(session, actor, flag.other_household_id),
    )


class HouseholdCard(QFrame):
    """One household of the pair: who, where, which incident."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(4)
        self.caption = QLabel(caption)
        self.caption.setObjectName("cardCaption")
        self.name = QLabel("—")
        self.name.setObjectName("cardTitle")
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.caption)
        layout.addWidget(self.name)
        layout.addWidget(self.body, 1)

    def clear(self) -> None:
        self.name.setText("—")
        self.body.clear()

    def show_household(self, detail: HouseholdDetail) -> None:
        row = detail.row
        labels = area_labels(row.desa_code)
        self.name.setText(row.head_name)
        born = (
            self.tr("{sex}, lahir {date}").format(
                sex=sex_label(detail.sex), date=long_date(detail.birth_date)
            )
            if detail.birth_date
            else ""
        )
        address = ", ".join(
            part
            for part in (
                f"{labels.dusun} {detail.dusun}" if detail.dusun else "",
                self.tr("RT {rt}/RW {rw}").format(rt=detail.rt or "—", rw=detail.rw or "—")
                if detail.rt or detail.rw
                else "",
                f"{labels.desa} {row.desa_name}",
                f"{labels.kecamatan} {row.kecamatan_name}",
            )
            if part
        )
        lines = [
            self.tr("NIK {nik} · No. KK {kk}").format(nik=row.nik, kk=row.no_kk),
            born,
            address,
            self.tr("{persons} jiwa · {damage} · mengungsi: {displaced}").format(
                persons=grouped(row.persons),
                damage=damage_label(row.damage).lower(),
                displaced=yes_no(row.displaced).lower(),
            ),
            self.tr("Kejadian #{id}: {title} ({date})").format(
                id=row.incident_id, title=row.incident_title, date=short_date(row.incident_date)
            ),
            self.tr("Didata {date}").format(date=short_date(detail.registered_on)),
        ]
        if row.merged:
            lines.append(self.tr("Sudah digabungkan ke data lain."))
        self.body.setText("\n".join(line for line in lines if line))


class DuplicatesPanel(QWidget):
    """The list of flags with the pair side by side and the two decisions."""

    open_count_changed = Signal(int)

    STATUS_CHOICES = (
        DuplicateStatus.OPEN,
        DuplicateStatus.CONFIRMED_DISTINCT,
        DuplicateStatus.MERGED,
        None,
    )

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.may_decide = ctx.actor.can(Permission.EDIT_HOUSEHOLDS)
        self.open_count = 0
        self.reason_dialog: ReasonDialog | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.status_combo = QComboBox()
        for status in self.STATUS_CHOICES:
            text = duplicate_status_label(status) if status else self.tr("Semua keputusan")
            self.status_combo.addItem(text, status.value if status else None)
        self.status_combo.activated.connect(lambda _i: self.load())
        bar.addWidget(QLabel(self.tr("Tampilkan")))
        bar.addWidget(self.status_combo)
        bar.addSpacing(12)
        self.count_label = note_label()
        self.count_label.setWordWrap(False)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        self.role_note = note_label()
        self.role_note.setWordWrap(False)
        bar.addWidget(self.role_note)
        self.distinct_button = QPushButton(self.tr("Bukan duplikat…"))
        self.distinct_button.setToolTip(self.tr("Dua keluarga yang berbeda: tanda dihapus"))
        self.distinct_button.clicked.connect(self.mark_distinct)
        self.merge_button = QPushButton(self.tr("Gabungkan…"))
        self.merge_button.setToolTip(
            self.tr("Orang yang sama: KK yang ditandai digabungkan ke KK yang mirip")
        )
        self.merge_button.clicked.connect(self.merge)
        bar.addWidget(self.distinct_button)
        bar.addWidget(self.merge_button)
        layout.addLayout(bar)
        if not self.may_decide:
            self.role_note.setText(
                self.tr("Hanya {roles} yang dapat memutuskan; Anda {role}.").format(
                    roles=roles_with(Permission.EDIT_HOUSEHOLDS),
                    role=role_label(ctx.actor.role),
                )
            )
        self.role_note.setVisible(not self.may_decide)

        self.model = FlagTableModel(ctx.runner, batch_size=FLAG_BATCH, parent=self)
        self.model.rowsInserted.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self.model.modelReset.connect(lambda: self._show_pair(None))
        self.model.load_failed.connect(lambda exc: show_message(self.message, describe(exc)))
        m = FlagTableModel
        self.table = make_table(
            self.model, stretch=m.REASON,
            widths={m.NAME: 170, m.NIK: 135, m.INCIDENT: 80, m.OTHER_NAME: 170,
                    m.OTHER_NIK: 135, m.OTHER_INCIDENT: 80, m.STATUS: 120, m.DECIDED_BY: 100,
                    m.NOTE: 220},
        )  # fmt: skip
        self.table.setObjectName("duplicatesTable")
        # Where each lives is in the cards below; the reason needs the width.
        self.table.setColumnHidden(m.DESA, True)
        self.table.setColumnHidden(m.OTHER_DESA, True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        pair = QWidget()
        pair_layout = QVBoxLayout(pair)
        pair_layout.setContentsMargins(0, 0, 0, 0)
        pair_layout.setSpacing(6)
        self.reason_label = QLabel(self.tr("Pilih satu tanda untuk melihat kedua KK."))
        self.reason_label.setObjectName("cardTitle")
        self.reason_label.setWordWrap(True)
        pair_layout.addWidget(self.reason_label)
        cards = QGridLayout()
        cards.setHorizontalSpacing(12)
        self.left_card = HouseholdCard(self.tr("KK yang ditandai"))
        self.right_card = HouseholdCard(self.tr("Mirip dengan"))
        cards.addWidget(self.left_card, 0, 0)
        cards.addWidget(self.right_card, 0, 1)
        pair_layout.addLayout(cards, 1)
        self.decision_label = note_label()
        pair_layout.addWidget(self.decision_label)

        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("duplicatesSplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(pair)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self.message = error_label()
        layout.addWidget(self.message)
        self._update_buttons()

    # --- loading
    def current_status(self) -> DuplicateStatus | None:
        value = self.status_combo.currentData()
        return DuplicateStatus(value) if value else None

    def set_status(self, status: DuplicateStatus | None) -> None:
        index = self.status_combo.findData(status.value if status else None)
        self.status_combo.setCurrentIndex(max(0, index))
        self.load()

    def load(self) -> None:
        self.ctx.read(load_flags, self.ctx.actor, self.current_status(), self.model.batch_size,
                      on_done=self._show, on_error=self._failed, owner=self)  # fmt: skip

    def _show(self, data: FlagsView) -> None:
        if data.status != self.current_status():
            return
        self.open_count = data.open_count
        self.open_count_changed.emit(data.open_count)
        self.model.set_area_labels(data.labels)
        decided = data.status != DuplicateStatus.OPEN
        for column in (FlagTableModel.STATUS, FlagTableModel.DECIDED_BY, FlagTableModel.NOTE):
            self.table.setColumnHidden(column, not decided)
        for column in (FlagTableModel.NIK, FlagTableModel.OTHER_NIK):
            self.table.setColumnHidden(column, decided)  # room for who decided and why
        keep = self.selected()
        loader = partial(read_flag_batch, self.ctx.db, self.ctx.actor, data.status)
        if data.status == DuplicateStatus.OPEN:
            self.model.reset(loader, data.open_count, data.first)
        else:
            self.model.reset_open(loader, data.first)
        if keep is not None:
            self.select_flag(keep.id)
        show_message(self.message, "")

    def _failed(self, exc: object) -> None:
        show_message(self.message, describe(exc))

    def _update_count(self, *_args: object) -> None:
        shown = self.model.rowCount()
        if self.current_status() == DuplicateStatus.OPEN:
            text = (
                self.tr("Tidak ada kemungkinan duplikat yang menunggu keputusan.")
                if shown == 0
                else self.tr("{n} tanda menunggu keputusan").format(n=grouped(self.model.total))
            )
        elif shown == 0:
            text = self.tr("Tidak ada tanda.")
        elif self.model.complete:
            text = self.tr("{n} tanda").format(n=grouped(shown))
        else:
            text = self.tr("{n} tanda pertama (gulir untuk selebihnya)").format(n=grouped(shown))
        self.count_label.setText(text)

    # --- selection
    def selected(self) -> FlagInfo | None:
        row = selected_row(self.table)
        return self.model.row_at(row) if row is not None else None

    def select_flag(self, flag_id: int) -> bool:
        for i in range(self.model.rowCount()):
            if self.model.row_at(i).id == flag_id:
                self.table.selectRow(i)
                return True
        return False

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        flag = self.selected()
        self._show_pair(flag)
        if flag is not None:
            self.ctx.read(load_pair, self.ctx.actor, flag,
                          on_done=lambda pair, flag=flag: self._pair_loaded(flag, pair),
                          on_error=self._failed, owner=self)  # fmt: skip

    def _show_pair(self, flag: FlagInfo | None) -> None:
        self._update_buttons()
        self.left_card.clear()
        self.right_card.clear()
        if flag is None:
            self.reason_label.setText(self.tr("Pilih satu tanda untuk melihat kedua KK."))
            self.decision_label.clear()
            return
        self.reason_label.setText(
            self.tr("Alasan: {reason}").format(reason=duplicate_reason_label(flag.reason))
        )
        if flag.status == DuplicateStatus.OPEN:
            self.decision_label.setText(
                self.tr(
                    "Bukan duplikat: dua keluarga berbeda, keduanya tetap terdaftar. Gabungkan: "
                    "orang yang sama; KK yang ditandai dinonaktifkan dan tidak dihitung lagi."
                )
            )
        else:
            text = self.tr("Diputuskan oleh {user}: {decision}.").format(
                user=flag.decided_by or "—", decision=duplicate_status_label(flag.status)
            )
            if flag.note:
                text += " " + self.tr("Catatan: {note}").format(note=flag.note)
            self.decision_label.setText(text)

    def _pair_loaded(self, flag: FlagInfo, pair: tuple[HouseholdDetail, ...]) -> None:
        current = self.selected()
        if current is None or current.id != flag.id:
            return
        self.left_card.show_household(pair[0])
        self.right_card.show_household(pair[1])

    def _update_buttons(self) -> None:
        flag = self.selected()
        can = self.may_decide and flag is not None and flag.status == DuplicateStatus.OPEN
        self.distinct_button.setEnabled(can)
        self.merge_button.setEnabled(can)

    # --- deciding
    def mark_distinct(self) -> ReasonDialog | None:
        flag = self.selected()
        if flag is None or not self.distinct_button.isEnabled():
            return None
        dialog = ReasonDialog(
            self.tr("Bukan duplikat"),
            self.tr(
                "{a} (kejadian #{ia}) dan {b} (kejadian #{ib}) adalah dua keluarga yang berbeda? "
                "Keduanya tetap terdaftar dan tanda ini ditutup."
            ).format(
                a=flag.head_name,
                ia=flag.incident_id,
                b=flag.other_head_name,
                ib=flag.other_incident_id,
            ),  # fmt: skip
            field_label=self.tr("Catatan"),
            confirm_text=self.tr("Bukan duplikat"),
            required=False,
            placeholder=self.tr("boleh dikosongkan, mis. sudah dicek ke kalurahan"),
            parent=self,
        )
        return self._open_decision(dialog, flag, DuplicateStatus.CONFIRMED_DISTINCT)

    def merge(self) -> ReasonDialog | None:
        flag = self.selected()
        if flag is None or not self.merge_button.isEnabled():
            return None
        dialog = ReasonDialog(
            self.tr("Gabungkan"),
            self.tr(
                "{a} (kejadian #{ia}) akan digabungkan ke {b} (kejadian #{ib}): data {a} "
                "dinonaktifkan dan tidak dihitung lagi. Tidak dapat dibatalkan di sini."
            ).format(
                a=flag.head_name,
                ia=flag.incident_id,
                b=flag.other_head_name,
                ib=flag.other_incident_id,
            ),  # fmt: skip
            field_label=self.tr("Alasan"),
            confirm_text=self.tr("Gabungkan"),
            required=True,
            placeholder=self.tr("wajib, mis. NIK salah ketik, orang yang sama"),
            parent=self,
        )
        return self._open_decision(dialog, flag, DuplicateStatus.MERGED)

    def _open_decision(
        self, dialog: ReasonDialog, flag: FlagInfo, decision: DuplicateStatus
    ) -> ReasonDialog:
        dialog.reason_given.connect(lambda note: self._decide(flag.id, decision, note))
        dialog.finished.connect(dialog.deleteLater)
        self.reason_dialog = dialog
        dialog.open()
        return dialog

    def _decide(self, flag_id: int, decision: DuplicateStatus, note: str) -> None:
        self.ctx.write(households.decide_flag, self.ctx.actor, flag_id, decision, note,
                       on_error=self._failed, owner=self)  # fmt: skip
