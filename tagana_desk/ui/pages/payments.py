"""Penyaluran: paying aid to affected households, approvals, and receipts.

Three tabs under one incident picker: Pembayaran (the incident's households and what each has
received; pay one household or a batch), Persetujuan (commitments waiting for the kepala) and
Kuitansi (every disbursement with its receipt: print, void, pay drafts, a PDF of an incident).
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tagana_desk.db.engine import Database
from tagana_desk.domain.dates import local_date
from tagana_desk.domain.errors import NotFoundError
from tagana_desk.domain.roles import Permission
from tagana_desk.services import disbursements, households, incidents
from tagana_desk.services.context import Actor
from tagana_desk.services.incidents import IncidentFilter, IncidentInfo
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.dialogs.batch import BatchDialog
from tagana_desk.ui.dialogs.pay_household import PayHouseholdDialog
from tagana_desk.ui.dialogs.receipt_preview import ReceiptPreviewDialog
from tagana_desk.ui.dialogs.verify_receipt import VerifyReceiptDialog
from tagana_desk.ui.errors import describe
from tagana_desk.ui.formatting import short_date
from tagana_desk.ui.icons import mark_search_field, on_accent
from tagana_desk.ui.labels import roles_with
from tagana_desk.ui.models.payments import HouseholdPayments, HouseholdPaymentsModel
from tagana_desk.ui.pages.approvals import ApprovalsTab
from tagana_desk.ui.pages.base import Page, PageShortcuts
from tagana_desk.ui.pages.receipts import ReceiptsTab
from tagana_desk.ui.tables import fit_column_width
from tagana_desk.ui.widgets import error_label, note_label, page_header, show_message

#: Incidents offered in the picker (newest first); the search finds older ones.
INCIDENT_CHOICES = 300
HOUSEHOLD_BATCH = 200
#: Aid records read per household (a household gets each aid type at most once per incident).
PER_HOUSEHOLD = 50
SEARCH_DELAY_MS = 300


def incident_text(info: IncidentInfo) -> str:
    """``20/11/2026 · Banjir Palbapang · Palbapang (12 KK)``."""
    place = info.desa_name or info.kecamatan_name
    return QCoreApplication.translate(
        "PaymentsPage", "{date} · {title} · {place} ({households} KK)"
    ).format(
        date=short_date(local_date(info.occurred_at)), title=info.title, place=place,
        households=info.households,
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class IncidentChoices:
    text: str
    incidents: tuple[IncidentInfo, ...]


def load_incident_choices(session: Session, text: str, want: int | None = None) -> IncidentChoices:
    """The picker's incidents; ``want`` (an incident asked for by id) is added when the newest
    ``INCIDENT_CHOICES`` or the search do not include it."""
    flt = IncidentFilter(text=text.strip() or None)
    found = list(incidents.list_incidents(session, flt, limit=INCIDENT_CHOICES))
    if want is not None and want not in {i.id for i in found}:
        with contextlib.suppress(NotFoundError):
            found.append(incidents.get_incident(session, want))
    return IncidentChoices(text, tuple(found))


def _with_received(session: Session, actor: Actor, rows) -> list[HouseholdPayments]:
    return [
        HouseholdPayments(
            row,
            tuple(
                disbursements.list_disbursements(
                    session, actor, household_id=row.id, limit=PER_HOUSEHOLD
                )
            ),
        )
        for row in rows
    ]


@dataclass(frozen=True, slots=True)
class HouseholdView:
    incident_id: int
    total: int
    first: tuple[HouseholdPayments, ...]


def load_household_payments(
    session: Session, actor: Actor, incident_id: int, batch: int = HOUSEHOLD_BATCH
) -> HouseholdView:
    rows = households.list_households(session, actor, incident_id, sort="name", limit=batch)
    return HouseholdView(
        incident_id,
        households.count_households(session, incident_id),
        tuple(_with_received(session, actor, rows)),
    )


def read_household_batch(
    db: Database, actor: Actor, incident_id: int, offset: int, limit: int
) -> list[HouseholdPayments]:
    with db.read() as session:
        rows = households.list_households(
            session, actor, incident_id, sort="name", limit=limit, offset=offset
        )
        return _with_received(session, actor, rows)


class PaymentTab(QWidget):
    """Pembayaran: the incident's households, what each received, and the two ways to pay."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.incident_id: int | None = None
        self.may_pay_one = ctx.actor.can(Permission.PAY) or ctx.actor.can(
            Permission.DRAFT_DISBURSEMENTS
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(8)
        bar = QHBoxLayout()
        self.pay_button = QPushButton(
            self.tr("Bayar satu KK…")
            if ctx.actor.can(Permission.PAY)
            else self.tr("Siapkan draf satu KK…")
        )
        self.pay_button.setObjectName("primaryButton")
        self.pay_button.setIcon(on_accent("pay"))
        self.pay_button.setToolTip(self.tr("Bayar satu jenis bantuan untuk satu KK (Ctrl+N)"))
        self.batch_button = QPushButton(self.tr("Bayar per kelompok…"))
        self.batch_button.setToolTip(
            self.tr("Satu jenis bantuan untuk semua KK yang memenuhi syarat (Ctrl+Shift+N)")
        )
        bar.addWidget(self.pay_button)
        bar.addWidget(self.batch_button)
        bar.addSpacing(12)
        self.role_note = note_label()
        self.role_note.setWordWrap(False)
        bar.addWidget(self.role_note)
        bar.addStretch(1)
        self.count_label = note_label()
        self.count_label.setWordWrap(False)
        bar.addWidget(self.count_label)
        layout.addLayout(bar)
        if not self.may_pay_one:
            self.pay_button.setToolTip(
                self.tr("Hanya {roles} yang dapat membayar atau menyiapkan draf.").format(
                    roles=roles_with(Permission.DRAFT_DISBURSEMENTS)
                )
            )
            self.role_note.setText(self.pay_button.toolTip())
        elif not ctx.actor.can(Permission.PAY):
            self.role_note.setText(self.tr("Operator menyiapkan draf; Bendahara membayarnya."))

        self.model = HouseholdPaymentsModel(ctx.runner, batch_size=HOUSEHOLD_BATCH, parent=self)
        self.model.rowsInserted.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self.model.load_failed.connect(lambda exc: show_message(self.message, describe(exc)))
        self.table = QTableView()
        self.table.setObjectName("paymentHouseholdsTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)  # sorted by name in SQL; batches load as you scroll
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(HouseholdPaymentsModel.RECEIVED, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (HouseholdPaymentsModel.NAME, 200),
            (HouseholdPaymentsModel.NIK, 140),
            (HouseholdPaymentsModel.DESA, 130),
            (HouseholdPaymentsModel.PERSONS, 50),
            (HouseholdPaymentsModel.DAMAGE, 90),
            (HouseholdPaymentsModel.DISPLACED, 95),
            (HouseholdPaymentsModel.PAID, 120),
        ):
            fit_column_width(self.table, column, width)
        layout.addWidget(self.table, 1)
        self.message = error_label()
        layout.addWidget(self.message)

    def set_incident(self, incident_id: int | None) -> None:
        self.incident_id = incident_id
        self.pay_button.setEnabled(self.may_pay_one and incident_id is not None)
        self.batch_button.setEnabled(incident_id is not None)

    def load(self) -> None:
        if self.incident_id is None:
            self.model.reset(None, 0)
            return
        self.ctx.read(load_household_payments, self.ctx.actor, self.incident_id,
                      self.model.batch_size, on_done=self._show, on_error=self._failed,
                      owner=self)  # fmt: skip

    def _show(self, view: HouseholdView) -> None:
        if view.incident_id != self.incident_id:
            return
        keep = self.selected_household_id()
        loader = partial(read_household_batch, self.ctx.db, self.ctx.actor, view.incident_id)
        self.model.reset(loader, view.total, view.first)
        if keep is not None:
            self.select_household(keep)
        show_message(self.message, "")

    def _failed(self, exc: object) -> None:
        show_message(self.message, describe(exc))

    def _update_count(self, *_args: object) -> None:
        rows = self.model.rows
        shown, total = len(rows), self.model.total
        if self.incident_id is None:
            text = ""
        elif total == 0:
            text = self.tr("Kejadian ini belum mempunyai KK terdampak.")
        else:
            received = sum(1 for r in rows if r.live)
            text = self.tr("{total} KK · {received} sudah menerima bantuan").format(
                total=total, received=received
            )
            if shown < total:
                text += self.tr(" (dari {shown} yang dimuat)").format(shown=shown)
        self.count_label.setText(text)

    def selected_household_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).household.id if rows else None

    def select_household(self, household_id: int) -> bool:
        for i, row in enumerate(self.model.rows):
            if row.household.id == household_id:
                self.table.selectRow(i)
                return True
        return False


class PaymentsPage(Page):
    """Penyaluran."""

    PAYMENTS, APPROVALS, RECEIPTS = range(3)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.incidents: tuple[IncidentInfo, ...] = ()
        self.incident_id: int | None = None
        #: An incident asked for by id (``show_incident``): listed even when not among the newest.
        self._wanted: int | None = None
        self.pay_dialog: PayHouseholdDialog | None = None
        self.batch_dialog: BatchDialog | None = None
        self.preview_dialog: ReceiptPreviewDialog | None = None
        self.verify_dialog: VerifyReceiptDialog | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 22, 28, 12)
        outer.setSpacing(10)
        outer.addWidget(
            page_header(
                self.tr("Penyaluran"),
                self.tr(
                    "Bantuan tunai dan barang untuk KK terdampak. Pembayaran di atas batas "
                    "persetujuan menunggu Kepala; setiap pembayaran berkuitansi."
                ),
            )
        )
        picker = QHBoxLayout()
        picker.setSpacing(8)
        label = QLabel(self.tr("Kejadian:"))
        self.incident_combo = QComboBox()
        self.incident_combo.setMinimumWidth(520)
        label.setBuddy(self.incident_combo)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Cari kejadian… (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        mark_search_field(self.search_edit)
        self.search_edit.setMinimumWidth(240)
        self.search_edit.setMaximumWidth(320)
        picker.addWidget(label)
        picker.addWidget(self.incident_combo, 1)
        picker.addWidget(self.search_edit)
        outer.addLayout(picker)

        self.tabs = QTabWidget()
        self.payment_tab = PaymentTab(ctx)
        self.approvals_tab = ApprovalsTab(ctx)
        self.receipts_tab = ReceiptsTab(ctx)
        self.tabs.addTab(self.payment_tab, self.tr("Pembayaran"))
        self.tabs.addTab(self.approvals_tab, self.tr("Persetujuan"))
        self.tabs.addTab(self.receipts_tab, self.tr("Kuitansi"))
        outer.addWidget(self.tabs, 1)
        self.message = error_label()
        outer.addWidget(self.message)

        self.incident_combo.activated.connect(self._incident_picked)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._read_incidents)
        self.search_edit.textChanged.connect(self._search_typed)
        self.search_edit.returnPressed.connect(self._read_incidents)
        self.payment_tab.pay_button.clicked.connect(self.open_pay_dialog)
        self.payment_tab.batch_button.clicked.connect(self.open_batch_dialog)
        self.payment_tab.table.doubleClicked.connect(lambda _i: self.open_pay_dialog())
        self.approvals_tab.count_changed.connect(self._pending_counted)
        self.approvals_tab.preview_requested.connect(self.open_receipt_preview)
        self.receipts_tab.preview_requested.connect(self.open_receipt_preview)
        self.receipts_tab.verify_requested.connect(self.open_verify_dialog)

        # Ctrl+F, Ctrl+N (pay one) and Ctrl+P (print a receipt) are the window's (shortcuts());
        # paying a batch has a key of its own here.
        batch = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        batch.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        batch.activated.connect(self._shortcut_batch)
        self.tabs.currentChanged.connect(lambda _i: self.shortcuts_changed.emit())
        self.payment_tab.set_incident(None)

    # --- loading
    def load(self) -> None:
        self._read_incidents()
        self.approvals_tab.load()

    def _search_typed(self, _text: str) -> None:
        self._wanted = None  # the search decides what is listed now
        self._search_timer.start()

    def _read_incidents(self) -> None:
        self._search_timer.stop()
        self.ctx.read(load_incident_choices, self.search_edit.text(), self._wanted,
                      on_done=self._show_incidents, on_error=self._failed,
                      owner=self)  # fmt: skip

    def _show_incidents(self, choices: IncidentChoices) -> None:
        if choices.text != self.search_edit.text():
            return  # typed on meanwhile
        self.incidents = choices.incidents
        ids = [i.id for i in choices.incidents]
        if self.incident_id not in ids:
            self.incident_id = ids[0] if ids else None
        self.incident_combo.blockSignals(True)
        self.incident_combo.clear()
        for info in choices.incidents:
            self.incident_combo.addItem(incident_text(info), info.id)
        if not choices.incidents:
            self.incident_combo.addItem(
                self.tr("Tidak ada kejadian yang cocok.")
                if choices.text.strip()
                else self.tr("Belum ada kejadian; catat dulu di halaman Kejadian."),
                None,
            )
        self.incident_combo.setCurrentIndex(max(0, self.incident_combo.findData(self.incident_id)))
        self.incident_combo.blockSignals(False)
        show_message(self.message, "")
        self._incident_changed()

    def _failed(self, exc: object) -> None:
        show_message(self.message, describe(exc))

    def _incident_picked(self, index: int) -> None:
        incident_id = self.incident_combo.itemData(index)
        if incident_id != self.incident_id:
            self.incident_id = incident_id
            self._incident_changed()

    def _incident_changed(self) -> None:
        self.payment_tab.set_incident(self.incident_id)
        self.receipts_tab.set_incident(self.incident_id, self.incident_label())
        self.payment_tab.load()
        self.receipts_tab.load()

    def show_incident(self, incident_id: int) -> None:
        """Show the Pembayaran tab of one incident (read again, also when it is an old one)."""
        self.incident_id = self._wanted = incident_id
        self.tabs.setCurrentIndex(self.PAYMENTS)
        self._stale = False  # read here, not again when the page comes to the front
        self.load()

    def select_incident(self, incident_id: int) -> None:
        index = self.incident_combo.findData(incident_id)
        if index >= 0:
            self.incident_combo.setCurrentIndex(index)
            self._incident_picked(index)

    def incident(self) -> IncidentInfo | None:
        return next((i for i in self.incidents if i.id == self.incident_id), None)

    def incident_label(self) -> str:
        info = self.incident()
        return incident_text(info) if info else ""

    def _pending_counted(self, count: int) -> None:
        title = self.tr("Persetujuan ({n})").format(n=count) if count else self.tr("Persetujuan")
        self.tabs.setTabText(self.APPROVALS, title)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def shortcuts(self) -> PageShortcuts:
        tab = self.tabs.currentIndex()
        pay = tab == self.PAYMENTS and self.payment_tab.may_pay_one
        return PageShortcuts(
            find=self.focus_search,
            new=self.open_pay_dialog if pay else None,
            print=self.receipts_tab.preview_selected if tab == self.RECEIPTS else None,
            new_text=self.payment_tab.pay_button.text() if pay else "",
            print_text=self.tr("Ce&tak kuitansi terpilih…"),
        )

    # --- dialogs

    def _shortcut_batch(self) -> None:
        if self.tabs.currentIndex() == self.PAYMENTS:
            self.open_batch_dialog()

    def open_pay_dialog(self) -> PayHouseholdDialog | None:
        if self.incident_id is None or not self.payment_tab.pay_button.isEnabled():
            return None
        dialog = PayHouseholdDialog(
            self.ctx, self.incident_id, self.incident_label(),
            household_id=self.payment_tab.selected_household_id(), parent=self,
        )  # fmt: skip
        dialog.print_requested.connect(lambda number: self.open_receipt_preview((number,)))
        dialog.finished.connect(dialog.deleteLater)
        self.pay_dialog = dialog
        dialog.open()
        return dialog

    def open_batch_dialog(self) -> BatchDialog | None:
        if self.incident_id is None:
            return None
        choices = [(i.id, incident_text(i)) for i in self.incidents]
        dialog = BatchDialog(self.ctx, choices, incident_id=self.incident_id, parent=self)
        dialog.print_requested.connect(self.open_receipt_preview)
        dialog.finished.connect(dialog.deleteLater)
        self.batch_dialog = dialog
        dialog.open()
        return dialog

    def open_receipt_preview(self, numbers: Sequence[str]) -> ReceiptPreviewDialog | None:
        if not numbers:
            return None
        dialog = ReceiptPreviewDialog(self.ctx, tuple(numbers), parent=self)
        dialog.finished.connect(dialog.deleteLater)
        self.preview_dialog = dialog
        dialog.open()
        return dialog

    def open_verify_dialog(self) -> VerifyReceiptDialog:
        dialog = VerifyReceiptDialog(self.ctx, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        self.verify_dialog = dialog
        dialog.open()
        return dialog
