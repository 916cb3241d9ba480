"""Dana: a fund's balance, commitments, what is available, and its cash book (BKU)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tagana_desk.db.engine import Database
from tagana_desk.domain.errors import NotFoundError
from tagana_desk.domain.roles import Permission
from tagana_desk.services import funds, office
from tagana_desk.services.funds import AllocationResult, FundBalance, FundInfo, LedgerLine
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.dialogs.allocate import AllocateDialog
from tagana_desk.ui.errors import describe
from tagana_desk.ui.formatting import rupiah
from tagana_desk.ui.icons import on_accent
from tagana_desk.ui.models.ledger import LedgerTableModel
from tagana_desk.ui.pages.base import Page, PageShortcuts
from tagana_desk.ui.tables import fit_column_width
from tagana_desk.ui.widgets import FigureCard, error_label, note_label, page_header, show_message

#: Ledger lines read per batch as the table scrolls.
LEDGER_BATCH = 200


@dataclass(frozen=True, slots=True)
class FundView:
    funds: tuple[FundInfo, ...]
    code: str | None
    balance: FundBalance | None
    total: int
    first: tuple[LedgerLine, ...]


def load_fund_view(session: Session, code: str | None, batch: int = LEDGER_BATCH) -> FundView:
    """The fund list and one fund (the given one, else the office's disaster fund)."""
    fund_list = tuple(funds.list_funds(session))
    codes = [f.code for f in fund_list]
    if code not in codes:
        preferred = office.get_office(session).disaster_fund_code
        code = preferred if preferred in codes else (codes[0] if codes else None)
    if code is None:
        return FundView(fund_list, None, None, 0, ())
    return FundView(
        fund_list,
        code,
        funds.balance(session, code),
        funds.ledger_count(session, code),
        tuple(funds.ledger(session, code, limit=batch, offset=0)),
    )


def read_ledger_batch(db: Database, code: str, offset: int, limit: int) -> list[LedgerLine]:
    """One batch of BKU lines in its own read transaction (runs on a worker thread)."""
    with db.read() as session:
        try:
            return funds.ledger(session, code, limit=limit, offset=offset)
        except NotFoundError:
            return []


class FundsPage(Page):
    """Dana."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.view_data: FundView | None = None
        self._code: str | None = None
        self.allocate_dialog: AllocateDialog | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 22, 28, 18)
        outer.setSpacing(12)
        outer.addWidget(
            page_header(
                self.tr("Dana"),
                self.tr(
                    "Saldo dihitung dari Buku Kas Umum; Tersedia = Saldo − Komitmen yang menunggu "
                    "persetujuan."
                ),
            )
        )

        picker = QHBoxLayout()
        picker.setSpacing(8)
        label = QLabel(self.tr("Dana:"))
        self.fund_combo = QComboBox()
        self.fund_combo.setMinimumWidth(380)
        label.setBuddy(self.fund_combo)
        self.fund_combo.activated.connect(self._fund_picked)
        picker.addWidget(label)
        picker.addWidget(self.fund_combo)
        picker.addStretch(1)
        self.allocate_note = note_label()
        self.allocate_note.setWordWrap(False)
        picker.addWidget(self.allocate_note)
        self.allocate_button = QPushButton(self.tr("Tambah alokasi…"))
        self.allocate_button.setObjectName("primaryButton")
        self.allocate_button.setIcon(on_accent("new"))
        self.allocate_button.clicked.connect(self.open_allocate_dialog)
        picker.addWidget(self.allocate_button)
        outer.addLayout(picker)
        may_allocate = ctx.actor.can(Permission.ALLOCATE_FUNDS)
        self.allocate_button.setEnabled(False)
        if may_allocate:
            self.allocate_button.setToolTip(self.tr("Tambah alokasi dana (Ctrl+N)"))
        else:
            why = self.tr("Hanya Bendahara yang dapat menambah alokasi.")
            self.allocate_button.setToolTip(why)
            self.allocate_note.setText(why)

        figures = QHBoxLayout()
        figures.setSpacing(16)
        self.balance_card = FigureCard(self.tr("Saldo"))
        self.committed_card = FigureCard(self.tr("Komitmen"))
        self.available_card = FigureCard(self.tr("Tersedia"), strong=True)
        for card in (self.balance_card, self.committed_card, self.available_card):
            figures.addWidget(card)
        outer.addLayout(figures)

        heading = QHBoxLayout()
        section = QLabel(self.tr("Buku Kas Umum (BKU)"))
        section.setObjectName("sectionTitle")
        heading.addWidget(section)
        heading.addStretch(1)
        self.count_label = note_label()
        heading.addWidget(self.count_label)
        outer.addLayout(heading)

        self.model = LedgerTableModel(ctx.runner, batch_size=LEDGER_BATCH, parent=self)
        self.model.rowsInserted.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self.model.load_failed.connect(lambda exc: show_message(self.message, describe(exc)))
        self.table = QTableView()
        self.table.setObjectName("ledgerTable")
        self.table.setModel(self.model)
        # The BKU is chronological by nature (the running balance only reads that way), and a
        # click-sort would only sort the batches loaded so far: no header sorting here.
        self.table.setSortingEnabled(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(LedgerTableModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (LedgerTableModel.DATE, 100),
            (LedgerTableModel.PROOF, 210),
            (LedgerTableModel.AMOUNT_IN, 150),
            (LedgerTableModel.AMOUNT_OUT, 150),
            (LedgerTableModel.BALANCE, 160),
        ):
            fit_column_width(self.table, column, width)
        outer.addWidget(self.table, 1)

        self.message = error_label()
        outer.addWidget(self.message)

    # --- loading
    def load(self) -> None:
        self.ctx.read(load_fund_view, self._code, self.model.batch_size, on_done=self._show,
                      on_error=self._failed, owner=self)  # fmt: skip

    def _show(self, data: FundView) -> None:
        self.view_data = data
        self._code = data.code
        self.fund_combo.blockSignals(True)
        self.fund_combo.clear()
        for info in data.funds:
            self.fund_combo.addItem(f"{info.code} — {info.name}", info.code)
        if data.code is not None:
            self.fund_combo.setCurrentIndex(self.fund_combo.findData(data.code))
        self.fund_combo.blockSignals(False)
        bal = data.balance
        self.balance_card.set_text(rupiah(bal.balance) if bal else "—")
        self.committed_card.set_text(rupiah(bal.committed) if bal else "—")
        self.available_card.set_text(rupiah(bal.available) if bal else "—")
        loader = partial(read_ledger_batch, self.ctx.db, data.code) if data.code else None
        self.model.reset(loader, data.total, data.first)
        self.allocate_button.setEnabled(
            self.ctx.actor.can(Permission.ALLOCATE_FUNDS) and bool(data.funds)
        )
        show_message(self.message, "")

    def _failed(self, exc: object) -> None:
        show_message(self.message, describe(exc))

    def _fund_picked(self, index: int) -> None:
        code = self.fund_combo.itemData(index)
        if code and code != self._code:
            self._code = code
            self.load()

    def _update_count(self, *_args: object) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if total == 0:
            text = self.tr("Belum ada transaksi.")
        elif shown < total:
            text = self.tr("{shown} dari {total} baris").format(shown=shown, total=total)
        else:
            text = self.tr("{total} baris").format(total=total)
        self.count_label.setText(text)

    def shortcuts(self) -> PageShortcuts:
        # The BKU has no filter to search in: Ctrl+F does nothing here.
        allowed = self.ctx.actor.can(Permission.ALLOCATE_FUNDS)
        return PageShortcuts(
            new=self.open_allocate_dialog if allowed else None,
            new_text=self.tr("Tambah &alokasi…"),
        )

    # --- allocating
    def open_allocate_dialog(self) -> AllocateDialog | None:
        if not self.ctx.actor.can(Permission.ALLOCATE_FUNDS) or self.view_data is None:
            return None
        dialog = AllocateDialog(self.ctx, self.view_data.funds, fund_code=self._code, parent=self)
        dialog.allocation_saved.connect(self._allocated)
        dialog.finished.connect(dialog.deleteLater)
        self.allocate_dialog = dialog
        dialog.open()
        return dialog

    def _allocated(self, result: AllocationResult) -> None:
        # The page reloads after the write (``write_committed``); show the fund just topped up.
        self._code = result.fund
