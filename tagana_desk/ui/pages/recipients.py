"""Penerima: find a person across every incident (NIK prefix, No. KK, part of a name) and see
their history (every registration and every payment); decide the possible duplicates (tab
"Kemungkinan duplikat"); import a DTKS/DTSEN extract."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tagana_desk.db.engine import Database
from tagana_desk.domain.enums import DisbursementStatus
from tagana_desk.domain.errors import ValidationError
from tagana_desk.domain.regions import AreaLabels, area_labels
from tagana_desk.domain.roles import Permission
from tagana_desk.services import disbursements, households
from tagana_desk.services.context import Actor
from tagana_desk.services.disbursements import DisbursementRow
from tagana_desk.services.households import HouseholdDetail, HouseholdRow
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.dialogs.dtks_import import DtksImportDialog
from tagana_desk.ui.errors import describe
from tagana_desk.ui.formatting import grouped, long_date, rupiah
from tagana_desk.ui.icons import icon, mark_search_field, on_accent
from tagana_desk.ui.incident_labels import sex_label
from tagana_desk.ui.labels import roles_with
from tagana_desk.ui.models.households import HistoryTableModel, SearchTableModel
from tagana_desk.ui.models.payments import PersonPaymentsModel
from tagana_desk.ui.pages.base import Page, PageShortcuts
from tagana_desk.ui.pages.duplicates import DuplicatesPanel
from tagana_desk.ui.tables import make_table, selected_row
from tagana_desk.ui.widgets import error_label, note_label, page_header, show_message

SEARCH_BATCH = 100
SEARCH_DELAY_MS = 400
#: Payments read per registration (a household gets each aid type at most once per incident).
PAYMENTS_PER_HOUSEHOLD = 50


@dataclass(frozen=True, slots=True)
class SearchView:
    query: str
    total: int
    first: tuple[HouseholdRow, ...]
    labels: AreaLabels


@dataclass(frozen=True, slots=True)
class PersonHistory:
    detail: HouseholdDetail
    rows: tuple[HouseholdRow, ...]
    #: Every payment to any of the registrations, newest first.
    payments: tuple[DisbursementRow, ...] = ()

    @property
    def paid_total(self) -> int:
        return sum(p.amount for p in self.payments if p.status == DisbursementStatus.PAID)


def load_search(
    session: Session, actor: Actor, query: str, batch: int = SEARCH_BATCH
) -> SearchView:
    """Runs on a worker thread; a too-short query raises the service's ValidationError."""
    total = households.count_search(session, actor, query)
    first = households.search(session, actor, query, limit=batch, offset=0) if total else []
    labels = area_labels(households.office_kabupaten(session))
    return SearchView(query, total, tuple(first), labels)


def read_search_batch(
    db: Database, actor: Actor, query: str, offset: int, limit: int
) -> list[HouseholdRow]:
    with db.read() as session:
        return households.search(session, actor, query, limit=limit, offset=offset)


def load_history(session: Session, actor: Actor, household_id: int) -> PersonHistory:
    """The person (same NIK) in every incident, and what each registration was paid."""
    rows = tuple(households.history(session, actor, household_id))
    payments = [
        payment
        for row in rows
        for payment in disbursements.list_disbursements(
            session, actor, household_id=row.id, limit=PAYMENTS_PER_HOUSEHOLD
        )
    ]
    payments.sort(key=lambda p: (p.pay_date, p.id), reverse=True)
    return PersonHistory(
        households.get_household(session, actor, household_id), rows, tuple(payments)
    )


class SearchPanel(QWidget):
    """Cari penerima: the search box, lazily paged results, and the selected person's history."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.history: PersonHistory | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)

        row = QHBoxLayout()
        row.setSpacing(8)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        mark_search_field(self.search_edit)
        self.search_edit.setPlaceholderText(
            self.tr("NIK (awalan, min. 4 digit), No. KK, atau bagian nama (min. 3 huruf)… (Ctrl+F)")
        )
        self.search_button = QPushButton(on_accent("search"), self.tr("Cari"))
        self.search_button.setObjectName("primaryButton")
        self.search_button.clicked.connect(self.search_now)
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.search_button)
        layout.addLayout(row)

        self.hint_label = note_label(
            self.tr(
                "Cari di semua kejadian: ketik NIK, No. KK, atau sebagian nama kepala keluarga."
            )
        )
        layout.addWidget(self.hint_label)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.search_edit.returnPressed.connect(self.search_now)

        self.model = SearchTableModel(ctx.runner, batch_size=SEARCH_BATCH, parent=self)
        self.model.rowsInserted.connect(self._update_count)
        self.model.load_failed.connect(lambda exc: show_message(self.message, describe(exc)))
        m = SearchTableModel
        self.table = make_table(
            self.model, stretch=m.INCIDENT,
            widths={m.NAME: 170, m.NIK: 135, m.NO_KK: 135, m.DESA: 110, m.KECAMATAN: 100,
                    m.DATE: 85, m.DAMAGE: 105, m.DTKS: 90},
        )  # fmt: skip
        self.table.setObjectName("recipientsTable")
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _i: self.history_table.setFocus())

        details = QFrame()
        details.setObjectName("card")
        dlayout = QVBoxLayout(details)
        dlayout.setContentsMargins(14, 10, 14, 12)
        dlayout.setSpacing(6)
        self.person_title = QLabel(self.tr("Pilih satu hasil untuk melihat riwayatnya."))
        self.person_title.setObjectName("cardTitle")
        self.person_title.setWordWrap(True)
        self.person_details = note_label()
        self.person_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        dlayout.addWidget(self.person_title)
        dlayout.addWidget(self.person_details)
        self.history_model = HistoryTableModel(self)
        h = HistoryTableModel
        self.history_table = make_table(
            self.history_model, stretch=h.INCIDENT,
            widths={h.DATE: 90, h.DESA: 130, h.PERSONS: 50, h.DAMAGE: 110, h.DISPLACED: 100,
                    h.NOTE: 280},
        )  # fmt: skip
        self.history_table.setObjectName("recipientHistoryTable")
        dlayout.addWidget(self.history_table, 2)
        payments_row = QHBoxLayout()
        payments_row.setSpacing(12)
        self.payments_title = QLabel(self.tr("Bantuan yang diterima"))
        self.payments_title.setObjectName("cardTitle")
        payments_row.addWidget(self.payments_title)
        self.payments_total = note_label()
        self.payments_total.setWordWrap(False)
        payments_row.addWidget(self.payments_total, 1)
        dlayout.addLayout(payments_row)
        self.payments_model = PersonPaymentsModel(self)
        p = PersonPaymentsModel
        self.payments_table = make_table(
            self.payments_model, stretch=p.INCIDENT,
            widths={p.DATE: 90, p.AID: 130, p.AMOUNT: 120, p.STATUS: 160, p.NUMBER: 160},
        )  # fmt: skip
        self.payments_table.setObjectName("recipientPaymentsTable")
        dlayout.addWidget(self.payments_table, 3)

        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("recipientsSplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self.message = error_label()
        layout.addWidget(self.message)
        self._query = ""

    # --- searching
    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def search_now(self) -> None:
        self._timer.stop()
        query = self.search_edit.text().strip()
        self._query = query
        show_message(self.message, "")
        if not query:
            self.model.reset(None, 0)
            self._show_history(None)
            self.hint_label.setText(
                self.tr(
                    "Cari di semua kejadian: ketik NIK, No. KK, atau sebagian nama kepala keluarga."
                )
            )
            return
        self.hint_label.setText(self.tr("Mencari…"))
        self.ctx.read(load_search, self.ctx.actor, query, self.model.batch_size,
                      on_done=self._show, on_error=self._failed, owner=self)  # fmt: skip

    def refresh(self) -> None:
        """Read the current search again (after a write)."""
        if self._query:
            self.search_now()

    def _show(self, data: SearchView) -> None:
        if data.query != self._query:
            return  # typed on meanwhile; the newer search follows
        self.model.set_area_labels(data.labels)
        self.history_model.set_area_labels(data.labels)
        keep = self.selected()
        loader = partial(read_search_batch, self.ctx.db, self.ctx.actor, data.query)
        self.model.reset(loader, data.total, data.first)
        self._update_count()
        if keep is not None and self.select_household(keep.id):
            return
        self._show_history(None)
        if data.total:
            self.table.selectRow(0)

    def _failed(self, exc: object) -> None:
        if isinstance(exc, ValidationError):
            # Too short to search an index: a hint, not an error.
            self.model.reset(None, 0)
            self._show_history(None)
            self.hint_label.setText(describe(exc))
            return
        self.hint_label.setText("")
        show_message(self.message, describe(exc))

    def _update_count(self, *_args: object) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if not self._query:
            return
        if total == 0:
            text = self.tr("Tidak ditemukan untuk “{q}”.").format(q=self._query)
        elif shown < total:
            text = self.tr("{shown} dari {total} hasil untuk “{q}”, terbaru di atas").format(
                shown=grouped(shown), total=grouped(total), q=self._query
            )
        else:
            text = self.tr("{total} hasil untuk “{q}”, terbaru di atas").format(
                total=grouped(total), q=self._query
            )
        self.hint_label.setText(text)

    # --- history
    def selected(self) -> HouseholdRow | None:
        row = selected_row(self.table)
        return self.model.row_at(row) if row is not None else None

    def select_household(self, household_id: int) -> bool:
        for i in range(self.model.rowCount()):
            if self.model.row_at(i).id == household_id:
                self.table.selectRow(i)
                return True
        return False

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        row = self.selected()
        if row is None:
            self._show_history(None)
            return
        self.ctx.read(load_history, self.ctx.actor, row.id, on_done=self._show_history,
                      on_error=self._failed, owner=self)  # fmt: skip

    def _show_history(self, history: PersonHistory | None) -> None:
        self.history = history
        if history is None:
            self.person_title.setText(self.tr("Pilih satu hasil untuk melihat riwayatnya."))
            self.person_details.clear()
            self.history_model.set_rows([])
            self.payments_model.set_rows([])
            self.payments_total.clear()
            return
        detail, row = history.detail, history.detail.row
        labels = area_labels(row.desa_code)
        self.person_title.setText(
            self.tr("Riwayat {name} · NIK {nik} · terdaftar di {n} kejadian").format(
                name=row.head_name, nik=row.nik, n=len(history.rows)
            )
        )
        parts = []
        if detail.birth_date:
            parts.append(
                self.tr("{sex}, lahir {date}").format(
                    sex=sex_label(detail.sex), date=long_date(detail.birth_date)
                )
            )
        parts.append(self.tr("No. KK {kk}").format(kk=row.no_kk))
        parts.append(f"{labels.desa} {row.desa_name}, {labels.kecamatan} {row.kecamatan_name}")
        if detail.phone:
            parts.append(self.tr("HP {phone}").format(phone=detail.phone))
        self.person_details.setText(" · ".join(parts))
        self.history_model.set_rows(history.rows)
        self.payments_model.set_rows(history.payments)
        self.payments_total.setText(self._payments_text(history))

    def _payments_text(self, history: PersonHistory) -> str:
        if not history.payments:
            return self.tr("Belum pernah menerima bantuan.")
        paid = sum(1 for p in history.payments if p.status == DisbursementStatus.PAID)
        waiting = sum(
            1 for p in history.payments if p.status == DisbursementStatus.PENDING_APPROVAL
        )
        if paid:
            parts = [
                self.tr("{n} kali dibayar, jumlah {amount}").format(
                    n=grouped(paid), amount=rupiah(history.paid_total)
                )
            ]
        else:
            parts = [self.tr("Belum ada yang dibayar")]
        if waiting:
            parts.append(self.tr("{n} menunggu persetujuan").format(n=grouped(waiting)))
        return " · ".join(parts)


class RecipientsPage(Page):
    """Penerima."""

    SEARCH, DUPLICATES = 0, 1

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 22, 28, 12)
        outer.setSpacing(10)
        self.dtks_dialog: DtksImportDialog | None = None
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(
            page_header(
                self.tr("Penerima"),
                self.tr(
                    "Semua KK terdampak dari semua kejadian: cari seseorang dan lihat riwayatnya, "
                    "lalu putuskan kemungkinan data ganda."
                ),
            ),
            1,
        )
        self.dtks_button = QPushButton(icon("import"), self.tr("Impor DTKS/DTSEN…"))
        self.dtks_button.clicked.connect(self.open_dtks_import)
        if ctx.actor.can(Permission.EDIT_HOUSEHOLDS):
            self.dtks_button.setToolTip(
                self.tr("Tandai KK terdampak yang tercantum di ekstrak DTKS/DTSEN")
            )
        else:
            self.dtks_button.setEnabled(False)
            self.dtks_button.setToolTip(
                self.tr("Hanya {roles} yang dapat mengimpor DTKS/DTSEN.").format(
                    roles=roles_with(Permission.EDIT_HOUSEHOLDS)
                )
            )
        top.addWidget(self.dtks_button, 0, Qt.AlignmentFlag.AlignBottom)
        outer.addLayout(top)
        self.tabs = QTabWidget()
        self.search = SearchPanel(ctx)
        self.duplicates = DuplicatesPanel(ctx)
        self.duplicates.open_count_changed.connect(self._show_open_count)
        self.tabs.addTab(self.search, self.tr("Cari penerima"))
        self.tabs.addTab(self.duplicates, self.tr("Kemungkinan duplikat"))
        outer.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _i: self.shortcuts_changed.emit())

    def shortcuts(self) -> PageShortcuts:
        # Ctrl+F from either tab: the search is what one looks for on this page.
        return PageShortcuts(find=self.focus_search)

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(self.SEARCH)
        self.search.focus_search()

    def show_duplicates(self) -> None:
        self.tabs.setCurrentIndex(self.DUPLICATES)

    def load(self) -> None:
        self.duplicates.load()
        self.search.refresh()

    def open_dtks_import(self) -> DtksImportDialog | None:
        if not self.ctx.actor.can(Permission.EDIT_HOUSEHOLDS):
            return None
        dialog = DtksImportDialog(self.ctx, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        self.dtks_dialog = dialog
        dialog.open()
        return dialog

    def _show_open_count(self, count: int) -> None:
        title = self.tr("Kemungkinan duplikat")
        if count:
            title += f" ({grouped(count)})"
        self.tabs.setTabText(self.DUPLICATES, title)
