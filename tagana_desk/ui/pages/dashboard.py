"""Beranda: what a desk needs to see first — how much money each fund has left."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tagana_desk.services import funds, office
from tagana_desk.services.funds import FundBalance
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.errors import describe
from tagana_desk.ui.formatting import rupiah
from tagana_desk.ui.pages.base import Page
from tagana_desk.ui.widgets import error_label, note_label, page_header, show_message


@dataclass(frozen=True, slots=True)
class DashboardData:
    office_line: str
    disaster_fund: str
    balances: tuple[FundBalance, ...]


def load_dashboard(session: Session) -> DashboardData:
    info = office.get_office(session)
    line = " · ".join(p for p in (info.name, info.kabupaten_name) if p)
    return DashboardData(line, info.disaster_fund_code, tuple(funds.balances(session)))


class FundCard(QFrame):
    """One fund: code and name, then Saldo, Komitmen and (prominent) Tersedia."""

    def __init__(self, balance: FundBalance, *, primary: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.setMinimumWidth(320)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 16)
        layout.setSpacing(6)
        title = QLabel(
            self.tr("Dana {code}").format(code=balance.fund)
            + (self.tr(" · dana bencana") if primary else "")
        )
        title.setObjectName("cardTitle")
        name = note_label(balance.name)
        layout.addWidget(title)
        layout.addWidget(name)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(4)
        self.values: dict[str, QLabel] = {}
        rows = (
            ("balance", self.tr("Saldo"), balance.balance),
            ("committed", self.tr("Komitmen"), balance.committed),
        )
        for i, (key, caption, amount) in enumerate(rows):
            cap = QLabel(caption)
            cap.setObjectName("cardCaption")
            val = QLabel(rupiah(amount))
            val.setObjectName("cardTitle")
            val.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if key == "committed":
                why = self.tr("Pembayaran yang menunggu persetujuan Kepala; sudah dicadangkan.")
                cap.setToolTip(why)
                val.setToolTip(why)
            grid.addWidget(cap, i, 0)
            grid.addWidget(val, i, 1)
            self.values[key] = val
        layout.addLayout(grid)
        cap = QLabel(self.tr("Tersedia untuk dibayarkan"))
        cap.setObjectName("cardCaption")
        available = QLabel(rupiah(balance.available))
        available.setObjectName("figureValueStrong")
        self.values["available"] = available
        layout.addSpacing(4)
        layout.addWidget(cap)
        layout.addWidget(available)


class DashboardPage(Page):
    """Beranda."""

    #: The page has shown its data (the smoke run waits for this).
    data_loaded = Signal()
    #: Loading failed (the message shown).
    data_failed = Signal(str)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        # The whole page scrolls (an office with many funds), the cards themselves never clip.
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setObjectName("pageScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        root.addWidget(scroll)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(28, 22, 28, 22)
        outer.setSpacing(12)
        self.header = page_header(self.tr("Beranda"), self.tr("Memuat…"))
        outer.addWidget(self.header)
        section = QLabel(self.tr("Posisi dana"))
        section.setObjectName("sectionTitle")
        outer.addWidget(section)
        self.cards = QGridLayout()
        self.cards.setContentsMargins(0, 0, 0, 0)
        self.cards.setSpacing(16)
        outer.addLayout(self.cards)
        self.message = error_label()
        outer.addWidget(self.message)
        outer.addSpacing(8)
        self.note = note_label(
            self.tr(
                "Grafik kejadian, KK terdampak dan penyaluran per bulan akan tampil di halaman ini "
                "pada versi berikutnya."
            )
        )
        outer.addWidget(self.note)
        outer.addStretch(1)
        self.data: DashboardData | None = None

    def load(self) -> None:
        self.ctx.read(load_dashboard, on_done=self._show, on_error=self._failed, owner=self)

    def _show(self, data: DashboardData) -> None:
        self.data = data
        self.header.set_subtitle(
            data.office_line or self.tr("Profil kantor belum diisi (Pengaturan → Kantor).")
        )
        while self.cards.count():
            item = self.cards.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for i, bal in enumerate(data.balances):
            card = FundCard(bal, primary=bal.fund == data.disaster_fund)
            self.cards.addWidget(card, i // 3, i % 3)
        if not data.balances:
            self.cards.addWidget(note_label(self.tr("Belum ada dana.")), 0, 0)
        show_message(self.message, "")
        self.data_loaded.emit()

    def _failed(self, exc: object) -> None:
        text = describe(exc)
        show_message(self.message, text)
        self.data_failed.emit(text)
