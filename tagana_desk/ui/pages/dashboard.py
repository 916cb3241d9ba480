"""Beranda: what the desk needs to see first, and a way into each page behind it.

Figures (open incidents, households this month, paid this month, what waits for the kepala, months
not closed, what each fund still has) are cards: a click, or Enter on a focused card, opens the
page behind it. Below them, the last 12 months of payments and the split by aid type (QtCharts).
Everything is read by ``services.dashboard.load`` on the task runner; the page shows "Memuat…"
until it arrives and reads again whenever it is shown or a write is committed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tagana_desk.domain.dates import parse_period
from tagana_desk.services import dashboard, office
from tagana_desk.services.context import Actor
from tagana_desk.services.dashboard import Dashboard
from tagana_desk.ui.charts import AidTypeChart, MonthlyPaymentsChart
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.errors import describe
from tagana_desk.ui.formatting import grouped, long_date, month_year, rupiah, short_month_year
from tagana_desk.ui.pages.base import Page
from tagana_desk.ui.style import ACCENT, BORDER, MUTED, TONES, Tone
from tagana_desk.ui.widgets import error_label, note_label, page_header, show_message

# Cards that need someone (approvals waiting, months not closed): the desk's amber.
AMBER_BORDER = "#d19a1f"
AMBER_BACKGROUND = TONES[Tone.PENDING].fill
AMBER_TEXT = TONES[Tone.PENDING].text

#: Page keys a card can open (the main window maps them to its pages).
KEJADIAN, PENERIMA, PENYALURAN, DANA, LAPORAN = (
    "kejadian", "penerima", "penyaluran", "dana", "laporan",
)  # fmt: skip

PAGE_STYLE = f"""
QFrame#statCard {{
    background: #ffffff; border: 1px solid {BORDER}; border-radius: 6px;
}}
QFrame#statCard:hover {{ border: 1px solid {ACCENT}; }}
QFrame#statCard:focus {{ border: 2px solid {ACCENT}; }}
QFrame#statCard[warning="true"] {{
    background: {AMBER_BACKGROUND}; border: 1px solid {AMBER_BORDER};
}}
QFrame#statCard[warning="true"]:focus {{ border: 2px solid {AMBER_BORDER}; }}
QFrame#statCard QLabel {{ background: transparent; border: none; }}
QFrame#statCard QLabel#statValue {{ font-size: 15pt; font-weight: 600; color: #1d2730; }}
QFrame#statCard QLabel#fundValue {{ font-size: 13pt; font-weight: 600; color: {ACCENT}; }}
QFrame#statCard[warning="true"] QLabel#statValue {{ color: {AMBER_TEXT}; }}
QFrame#statCard[warning="true"] QLabel#statDetail {{ color: {AMBER_TEXT}; }}
QFrame#statCard QLabel#statDetail {{ color: {MUTED}; }}
QFrame#chartCard {{ background: #ffffff; border: 1px solid {BORDER}; border-radius: 6px; }}
QFrame#chartCard QLabel {{ background: transparent; border: none; }}
"""


@dataclass(frozen=True, slots=True)
class DashboardData:
    office_line: str
    disaster_fund: str
    figures: Dashboard


def load_dashboard(session: Session, actor: Actor, today: dt.date | None = None) -> DashboardData:
    """Runs on a worker thread: the office line and every figure of the page."""
    info = office.get_office(session)
    line = " · ".join(p for p in (info.name, info.kabupaten_name) if p)
    return DashboardData(line, info.disaster_fund_code, dashboard.load(session, actor, today=today))


def short_month(period: str) -> str:
    """``2026-10`` → ``Okt 2026``."""
    year, month = parse_period(period)
    return short_month_year(year, month)


class StatCard(QFrame):
    """A figure that is also a way in: click it, or focus it and press Enter, to open its page."""

    #: The page key behind the card.
    activated = Signal(str)

    def __init__(
        self,
        caption: str,
        target: str,
        *,
        hint: str,
        value_name: str = "statValue",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("statCard")
        self.target = target
        self.hint = hint
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setProperty("warning", False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 9, 14, 10)
        layout.setSpacing(1)
        self.caption = QLabel(caption)
        self.caption.setObjectName("cardCaption")
        self.value = QLabel(self.tr("…"))
        self.value.setObjectName(value_name)
        self.detail = QLabel()
        self.detail.setObjectName("statDetail")
        self.detail.setWordWrap(True)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setToolTip(hint)
        self.setAccessibleName(caption)

    def set_figure(self, value: str, detail: str = "", *, warning: bool = False) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setAccessibleDescription(f"{value} {detail}".strip())
        if bool(self.property("warning")) != warning:
            self.setProperty("warning", warning)
            # A dynamic property only restyles after a re-polish.
            for widget in (self, self.value, self.detail):
                widget.style().unpolish(widget)
                widget.style().polish(widget)

    @property
    def warning(self) -> bool:
        return bool(self.property("warning"))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.activated.emit(self.target)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.target)
            event.accept()
            return
        super().keyPressEvent(event)


def _chart_card(title: str, chart: QWidget, empty: QLabel) -> tuple[QFrame, QStackedWidget]:
    card = QFrame()
    card.setObjectName("chartCard")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(14, 10, 14, 8)
    layout.setSpacing(4)
    heading = QLabel(title)
    heading.setObjectName("sectionTitle")
    layout.addWidget(heading)
    stack = QStackedWidget()
    stack.addWidget(chart)
    holder = QWidget()
    holder_layout = QVBoxLayout(holder)
    holder_layout.addStretch(1)
    empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
    holder_layout.addWidget(empty)
    holder_layout.addStretch(1)
    stack.addWidget(holder)
    layout.addWidget(stack, 1)
    return card, stack


class DashboardPage(Page):
    """Beranda."""

    #: The page has shown its data (the smoke run waits for this).
    data_loaded = Signal()
    #: Loading failed (the message shown).
    data_failed = Signal(str)
    #: A card asks for a page: ``kejadian``, ``penerima``, ``penyaluran``, ``dana``, ``laporan``.
    page_requested = Signal(str)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setStyleSheet(PAGE_STYLE)
        #: The office's today; tests fix it.
        self.today: Callable[[], dt.date] = dt.date.today
        self.data: DashboardData | None = None
        self._token = 0

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 12)
        outer.setSpacing(10)
        self.header = page_header(self.tr("Beranda"), self.tr("Memuat…"))
        outer.addWidget(self.header)

        figures = QHBoxLayout()
        figures.setSpacing(12)
        self.cards: dict[str, StatCard] = {
            "incidents": StatCard(
                self.tr("Kejadian terbuka"), KEJADIAN,
                hint=self.tr("Buka halaman Kejadian (Enter)"),
            ),
            "households": StatCard(
                self.tr("KK terdampak bulan ini"), PENERIMA,
                hint=self.tr("Buka halaman Penerima (Enter)"),
            ),
            "paid": StatCard(
                self.tr("Dibayar bulan ini"), PENYALURAN,
                hint=self.tr("Buka halaman Penyaluran (Enter)"),
            ),
            "pending": StatCard(
                self.tr("Menunggu persetujuan"), PENYALURAN,
                hint=self.tr(
                    "Pembayaran di atas batas persetujuan yang menunggu Kepala; uangnya sudah "
                    "dicadangkan. Buka halaman Penyaluran (Enter)"
                ),
            ),
            "not_closed": StatCard(
                self.tr("Bulan belum ditutup"), LAPORAN,
                hint=self.tr(
                    "Bulan yang sudah berakhir tetapi belum ditutup setelah LPJ. Buka halaman "
                    "Laporan (Enter)"
                ),
            ),
        }  # fmt: skip
        for card in self.cards.values():
            card.activated.connect(self.page_requested)
            figures.addWidget(card, 1)
        outer.addLayout(figures)

        section = QLabel(self.tr("Saldo tersedia per dana"))
        section.setObjectName("sectionTitle")
        outer.addWidget(section)
        self.fund_grid = QGridLayout()
        self.fund_grid.setSpacing(12)
        outer.addLayout(self.fund_grid)
        self.fund_cards: dict[str, StatCard] = {}
        self.no_funds = note_label(self.tr("Belum ada dana."))
        self.no_funds.hide()
        outer.addWidget(self.no_funds)

        charts = QHBoxLayout()
        charts.setSpacing(12)
        self.monthly_chart = MonthlyPaymentsChart()
        self.monthly_empty = note_label(
            self.tr("Belum ada penyaluran atau honor dalam 12 bulan terakhir.")
        )
        monthly_card, self.monthly_stack = _chart_card(
            self.tr("Penyaluran per bulan"), self.monthly_chart, self.monthly_empty
        )
        self.aid_chart = AidTypeChart()
        self.aid_empty = note_label(
            self.tr("Belum ada bantuan dibayarkan dalam 12 bulan terakhir.")
        )
        aid_card, self.aid_stack = _chart_card(
            self.tr("Menurut jenis bantuan (12 bulan)"), self.aid_chart, self.aid_empty
        )
        charts.addWidget(monthly_card, 3)
        charts.addWidget(aid_card, 2)
        outer.addLayout(charts, 1)

        self.message = error_label()
        outer.addWidget(self.message)

    # --- loading
    def activate(self) -> None:
        # Other desks write too: the figures are read again every time the page is shown.
        self._stale = False
        self.load()

    def load(self) -> None:
        self._token += 1
        token = self._token
        self.ctx.read(
            load_dashboard, self.ctx.actor, self.today(),
            on_done=lambda data: self._show(token, data),
            on_error=lambda exc: self._failed(token, exc),
            owner=self,
        )  # fmt: skip

    def _show(self, token: int, data: DashboardData) -> None:
        if token != self._token:
            return  # an older read finished after a newer one was asked for
        self.data = data
        fig = data.figures
        where = data.office_line or self.tr("Profil kantor belum diisi (Pengaturan → Kantor).")
        self.header.set_subtitle(
            self.tr("{office} · keadaan {date}").format(office=where, date=long_date(fig.today))
        )
        month = month_year(fig.today.year, fig.today.month)
        self.cards["incidents"].set_figure(grouped(fig.open_incidents), self.tr("sedang ditangani"))
        self.cards["households"].set_figure(
            grouped(fig.households_this_month), self.tr("didaftar {month}").format(month=month)
        )
        self.cards["paid"].set_figure(
            rupiah(fig.paid_this_month), self.tr("kuitansi sah {month}").format(month=month)
        )
        self.cards["pending"].set_figure(
            grouped(fig.pending_approvals),
            self.tr("senilai {amount}").format(amount=rupiah(fig.pending_amount))
            if fig.pending_approvals
            else self.tr("tidak ada"),
            warning=fig.pending_approvals > 0,
        )
        self.cards["not_closed"].set_figure(
            grouped(len(fig.months_not_closed)),
            self._months_text(fig.months_not_closed),
            warning=bool(fig.months_not_closed),
        )
        self._show_funds(data)
        has_payments = any(p.cash or p.in_kind or p.stipends for p in fig.months)
        self.monthly_chart.set_points(fig.months)
        self.monthly_stack.setCurrentIndex(0 if has_payments else 1)
        self.aid_chart.set_rows(fig.by_aid_type)
        self.aid_stack.setCurrentIndex(0 if fig.by_aid_type else 1)
        show_message(self.message, "")
        self.data_loaded.emit()

    def _months_text(self, periods: tuple[str, ...]) -> str:
        if not periods:
            return self.tr("semua sudah ditutup")
        names = [short_month(p) for p in periods]
        if len(names) > 3:
            return self.tr("{first} … {last}").format(first=names[0], last=names[-1])
        return ", ".join(names)

    def _show_funds(self, data: DashboardData) -> None:
        while self.fund_grid.count():
            item = self.fund_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.fund_cards = {}
        balances = data.figures.balances
        per_row = max(min(len(balances), 5), 1)
        for i, bal in enumerate(balances):
            primary = bal.fund == data.disaster_fund
            caption = self.tr("{code} · tersedia").format(code=bal.fund)
            card = StatCard(
                caption, DANA, value_name="fundValue",
                hint=self.tr("{name}\nSaldo {balance} − komitmen {committed}. Buka halaman Dana "
                             "(Enter)").format(name=bal.name, balance=rupiah(bal.balance),
                                               committed=rupiah(bal.committed)),
            )  # fmt: skip
            detail = self.tr("komitmen {amount}").format(amount=rupiah(bal.committed))
            if primary:
                detail += self.tr(" · dana bencana")
            card.set_figure(rupiah(bal.available), detail)
            card.activated.connect(self.page_requested)
            self.fund_grid.addWidget(card, i // per_row, i % per_row)
            self.fund_cards[bal.fund] = card
        self.no_funds.setVisible(not balances)

    def _failed(self, token: int, exc: object) -> None:
        if token != self._token:
            return
        text = describe(exc)
        show_message(self.message, text)
        self.data_failed.emit(text)
