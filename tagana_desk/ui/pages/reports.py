"""Laporan: the month's LPJ — check the figures, save the files, then close the month.

Left, the last 12 months with where each stands (Terbuka, LPJ dibuat, Ditutup, Dibuka kembali).
Right, for the chosen month and fund: the LPJ summary (saldo awal, penerimaan, pengeluaran per
jenis bantuan, honor, saldo akhir), whether it agrees with the cash book, and the actions:
"Simpan LPJ…" (bendahara; the PDF, XLSX, CSV and HXL 3W files, written on the task runner with a
progress dialog and Batal, then recorded), "Tutup bulan" (bendahara, after the LPJ, once the
month has ended) and "Buka kembali…" (kepala or admin, with a reason).

Every read and write goes through the task runner: nothing touches the database on the GUI
thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QModelIndex, QRectF, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tagana_desk.domain.dates import parse_period
from tagana_desk.domain.roles import Permission
from tagana_desk.services import aid, funds, lpj, periods
from tagana_desk.services.context import Actor, require
from tagana_desk.services.funds import FundInfo
from tagana_desk.services.lpj import LpjSummary
from tagana_desk.services.periods import MonthState
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.dialogs.reason import ReasonDialog
from tagana_desk.ui.errors import describe
from tagana_desk.ui.formatting import grouped, month_year, rupiah
from tagana_desk.ui.habits import last_folder, remember_folder
from tagana_desk.ui.icons import icon, on_accent
from tagana_desk.ui.labels import roles_with
from tagana_desk.ui.models.base import AnyIndex
from tagana_desk.ui.models.lpj import LpjSummaryModel
from tagana_desk.ui.models.periods import (
    STATUS_COLOURS,
    STATUS_ROLE,
    MonthStatesModel,
    MonthStatus,
    describe_state,
    month_ended,
    month_status,
    status_label,
)
from tagana_desk.ui.pages.base import Page, PageShortcuts
from tagana_desk.ui.progress import TaskProgress
from tagana_desk.ui.style import BORDER, ERROR, TONES, Tone
from tagana_desk.ui.tables import make_table
from tagana_desk.ui.widgets import error_label, note_label, page_header, show_message

LAST_FOLDER_KEY = "ui/reports/last_folder"
MONTHS_SHOWN = 12
OK_GREEN = TONES[Tone.PAID].text
AMBER_TEXT = TONES[Tone.PENDING].text

PAGE_STYLE = f"""
QLabel#monthTitle {{ font-size: 13pt; font-weight: 600; color: #1d2730; }}
QLabel#statusBadge {{ border-radius: 9px; padding: 2px 10px; font-weight: 600; }}
QLabel#reconcileOk {{
    color: {OK_GREEN}; background: #e8f4e8; border: 1px solid #a9d2ab; border-radius: 4px;
    padding: 6px 10px; font-weight: 600;
}}
QLabel#reconcileBad {{
    color: {ERROR}; background: #fbeceb; border: 1px solid #e4a9a4; border-radius: 4px;
    padding: 6px 10px;
}}
QLabel#nikWarning {{ color: {AMBER_TEXT}; }}
QLabel#countValue {{ font-weight: 600; color: #1d2730; }}
QFrame#countsCard {{ background: #ffffff; border: 1px solid {BORDER}; border-radius: 6px; }}
QFrame#countsCard QLabel {{ background: transparent; }}
"""


def open_url(url: QUrl) -> bool:
    """Open a folder in the file manager (a seam for tests)."""
    return QDesktopServices.openUrl(url)


# --------------------------------------------------------------------------- tasks (worker side)


@dataclass(frozen=True)
class ReportView:
    """What the page shows: the months, the fund choice and one month's summary."""

    today: dt.date
    states: tuple[MonthState, ...]
    funds: tuple[FundInfo, ...]
    aid_names: dict[str, str]
    period: str
    fund: str | None
    summary: LpjSummary

    @property
    def state(self) -> MonthState:
        return next(s for s in self.states if s.period == self.period)


def previous_month(today: dt.date) -> str:
    index = today.year * 12 + today.month - 2
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def load_report_view(
    session: Session, actor: Actor, period: str | None, fund: str | None, today: dt.date
) -> ReportView:
    """Runs on a worker thread. A month outside the last 12 falls back to last month."""
    states = tuple(periods.month_states(session, months=MONTHS_SHOWN, today=today))
    fund_list = tuple(funds.list_funds(session))
    if fund not in {f.code for f in fund_list}:
        fund = None
    if period not in {s.period for s in states}:
        period = previous_month(today)
    report = lpj.summary(session, actor, period, fund_code=fund)
    names = {t.code: t.name for t in aid.list_aid_types(session)}
    return ReportView(today, states, fund_list, names, period, fund, report)


def write_lpj_files(
    session: Session, actor: Actor, period: str, fund: str | None, full_nik: bool, out_dir: str,
    progress: Callable[[str], None], cancelled: Callable[[], bool],
) -> tuple[LpjSummary, dict[str, Path]]:  # fmt: skip
    """Runs on a worker thread, in a read transaction: the figures again, then the four files."""
    from tagana_desk.reports.lpj_writer import write_lpj

    require(actor, Permission.PRODUCE_LPJ)
    report = lpj.summary(session, actor, period, fund_code=fund, full_nik=full_nik)
    lpj.require_reconciled(report)
    files = write_lpj(session, report, Path(out_dir), progress=progress, cancelled=cancelled)
    return report, files


def record_lpj(session: Session, actor: Actor, report: LpjSummary, files: dict[str, Path]) -> int:
    return lpj.record(session, actor, report, {key: str(path) for key, path in files.items()})


def close_month(session: Session, actor: Actor, period: str, today: dt.date) -> None:
    periods.close_month(session, actor, period, today=today)


def reopen_month(session: Session, actor: Actor, period: str, reason: str) -> None:
    periods.reopen_month(session, actor, period, reason)


def month_name(period: str) -> str:
    year, month = parse_period(period)
    return month_year(year, month)


# --------------------------------------------------------------------------- widgets


class BadgeDelegate(QStyledItemDelegate):
    """Paints the status cell as a coloured pill with its label."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        status = index.data(STATUS_ROLE)
        if status is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.backgroundBrush = option.palette.base()
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        text_colour, fill = STATUS_COLOURS[MonthStatus(status)]
        label = status_label(MonthStatus(status))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = option.fontMetrics
        width = metrics.horizontalAdvance(label) + 18
        height = metrics.height() + 4
        rect = QRectF(
            option.rect.left() + 6, option.rect.center().y() - height / 2 + 1, width, height
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(text_colour)
        font = option.font
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
        painter.restore()


class ReportsPage(Page):
    """Laporan."""

    #: The page has shown a month (tests and the screenshots wait for this).
    data_loaded = Signal()
    #: The LPJ files were written and recorded: ``{"pdf": Path, …}``.
    lpj_saved = Signal(object)
    #: A progress line of the LPJ writer (as the progress dialog shows it).
    lpj_progress = Signal(str)
    month_closed = Signal(str)
    month_reopened = Signal(str)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setStyleSheet(PAGE_STYLE)
        #: The office's today; tests fix it.
        self.today: Callable[[], dt.date] = dt.date.today
        self.view: ReportView | None = None
        self._period: str | None = None
        self._fund: str | None = None
        self._token = 0
        self._filling = False
        self.saved_folder: Path | None = None
        self.saved_files: dict[str, Path] = {}
        self.progress: TaskProgress | None = None
        self.confirm_box: QMessageBox | None = None
        self.close_confirm_button: QPushButton | None = None
        self.reason_dialog: ReasonDialog | None = None
        actor = ctx.actor
        self.may_produce = actor.can(Permission.PRODUCE_LPJ)
        self.may_close = actor.can(Permission.CLOSE_PERIOD)
        self.may_reopen = actor.can(Permission.REOPEN_PERIOD)
        self.may_full_nik = actor.can(Permission.EXPORT_FULL_NIK)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 20, 28, 14)
        outer.setSpacing(10)
        outer.addWidget(
            page_header(
                self.tr("Laporan"),
                self.tr(
                    "LPJ bulanan per dana: periksa ringkasan dan kecocokannya dengan buku kas, "
                    "simpan berkas LPJ (PDF, Excel, CSV, 3W), lalu tutup bulan."
                ),
            )
        )
        body = QHBoxLayout()
        body.setSpacing(18)
        outer.addLayout(body, 1)

        # --- left: the months
        left = QVBoxLayout()
        left.setSpacing(6)
        section = QLabel(self.tr("12 bulan terakhir"))
        section.setObjectName("sectionTitle")
        left.addWidget(section)
        self.months_model = MonthStatesModel(self)
        self.months_table = make_table(
            self.months_model, stretch=MonthStatesModel.MONTH, widths={MonthStatesModel.STATUS: 140}
        )
        self.months_table.setObjectName("monthsTable")
        self.months_table.setItemDelegateForColumn(MonthStatesModel.STATUS, BadgeDelegate(self))
        self.months_table.setFixedWidth(290)
        self.months_table.horizontalHeader().setSectionResizeMode(
            MonthStatesModel.STATUS, QHeaderView.ResizeMode.Fixed
        )
        self.months_table.selectionModel().currentRowChanged.connect(self._month_picked)
        left.addWidget(self.months_table, 1)
        legend = note_label(
            self.tr(
                "Bulan ditutup setelah LPJ-nya dibuat. Catatan bertanggal di bulan yang sudah "
                "ditutup tidak dapat ditambah atau diubah; koreksi masuk ke bulan berjalan."
            )
        )
        legend.setFixedWidth(290)
        left.addWidget(legend)
        body.addLayout(left)

        # --- right: the month
        right = QVBoxLayout()
        right.setSpacing(8)
        title_row = QHBoxLayout()
        title_row.setSpacing(10)
        self.month_title = QLabel(self.tr("Memuat…"))
        self.month_title.setObjectName("monthTitle")
        self.status_badge = QLabel()
        self.status_badge.setObjectName("statusBadge")
        self.status_badge.hide()
        title_row.addWidget(self.month_title)
        title_row.addWidget(self.status_badge)
        title_row.addStretch(1)
        fund_label = QLabel(self.tr("&Dana:"))
        self.fund_combo = QComboBox()
        self.fund_combo.setMinimumWidth(300)
        fund_label.setBuddy(self.fund_combo)
        self.fund_combo.activated.connect(self._fund_picked)
        title_row.addWidget(fund_label)
        title_row.addWidget(self.fund_combo)
        right.addLayout(title_row)
        self.state_label = note_label()
        right.addWidget(self.state_label)

        middle = QHBoxLayout()
        middle.setSpacing(12)
        self.summary_model = LpjSummaryModel(self)
        self.summary_table = make_table(self.summary_model, stretch=LpjSummaryModel.LABEL)
        self.summary_table.setObjectName("lpjSummaryTable")
        self.summary_table.setSelectionMode(self.summary_table.SelectionMode.NoSelection)
        self.summary_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.summary_table.verticalHeader().setDefaultSectionSize(24)
        middle.addWidget(self.summary_table, 1)
        middle.addWidget(self._counts_card())
        right.addLayout(middle, 1)

        self.reconcile_label = QLabel()
        self.reconcile_label.setWordWrap(True)
        self.reconcile_label.setTextFormat(Qt.TextFormat.RichText)
        self.reconcile_label.hide()
        right.addWidget(self.reconcile_label)

        actions = QHBoxLayout()
        actions.setSpacing(8)
        self.save_button = QPushButton(self.tr("Simpan LPJ…"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.setIcon(on_accent("save"))
        self.save_button.clicked.connect(self.save_lpj)
        self.full_nik_check = QCheckBox(self.tr("NIK lengkap"))
        self.full_nik_check.setToolTip(
            self.tr(
                "Tanpa centang, NIK pada berkas LPJ disamarkan (340208******0003). NIK lengkap "
                "hanya bila benar-benar diperlukan; pembuatannya dicatat di log audit."
            )
        )
        self.full_nik_check.setVisible(self.may_full_nik)
        self.full_nik_check.toggled.connect(self._full_nik_toggled)
        self.close_button = QPushButton(icon("lock"), self.tr("Tutup bulan"))
        self.close_button.clicked.connect(self.close_month)
        self.reopen_button = QPushButton(self.tr("Buka kembali…"))
        self.reopen_button.clicked.connect(self.reopen_month)
        actions.addWidget(self.save_button)
        actions.addWidget(self.full_nik_check)
        actions.addStretch(1)
        actions.addWidget(self.close_button)
        actions.addWidget(self.reopen_button)
        right.addLayout(actions)
        self.nik_warning = QLabel(
            self.tr(
                "⚠ Berkas akan berisi NIK lengkap (data pribadi, UU 27/2022). Pembuatannya dicatat "
                "di log audit atas nama Anda; simpan dan bagikan dengan hati-hati."
            )
        )
        self.nik_warning.setObjectName("nikWarning")
        self.nik_warning.setWordWrap(True)
        self.nik_warning.hide()
        right.addWidget(self.nik_warning)
        self.role_note = note_label(self._role_note())
        self.role_note.setVisible(bool(self.role_note.text()))
        right.addWidget(self.role_note)

        result_row = QHBoxLayout()
        result_row.setSpacing(8)
        self.result_label = QLabel()
        self.result_label.setObjectName("okLabel")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(icon("folder"), self.tr("Buka folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        result_row.addWidget(self.result_label, 1)
        result_row.addWidget(self.open_folder_button)
        right.addLayout(result_row)
        self._show_result("")
        self.message = error_label()
        right.addWidget(self.message)
        body.addLayout(right, 1)
        self._update_buttons()

    def shortcuts(self) -> PageShortcuts:
        # The LPJ is printed from its PDF: Ctrl+P and Ctrl+S both write the month's files.
        if not self.may_produce:
            return PageShortcuts()
        return PageShortcuts(
            save=self.save_lpj,
            print=self.save_lpj,
            save_text=self.tr("&Simpan LPJ…"),
            print_text=self.tr("Ce&tak LPJ (simpan PDF)…"),
        )

    def _counts_card(self) -> QFrame:
        card = QFrame()
        card.setObjectName("countsCard")
        card.setFixedWidth(280)
        grid = QGridLayout(card)
        grid.setContentsMargins(14, 10, 14, 10)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(5)
        heading = QLabel(self.tr("Rekap bulan"))
        heading.setObjectName("sectionTitle")
        grid.addWidget(heading, 0, 0, 1, 2)
        self.counts: dict[str, QLabel] = {}
        for i, (key, caption) in enumerate(
            (
                ("incidents", self.tr("Kejadian")),
                ("households", self.tr("KK menerima bantuan")),
                ("persons", self.tr("Jiwa")),
                ("issued", self.tr("Kuitansi terbit")),
                ("voided", self.tr("Kuitansi dibatalkan")),
                ("beneficiary_total", self.tr("Kuitansi bantuan")),
                ("stipend_total", self.tr("Kuitansi honor")),
            ),
            start=1,
        ):
            cap = QLabel(caption)
            cap.setObjectName("cardCaption")
            value = QLabel("—")
            value.setObjectName("countValue")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(cap, i, 0)
            grid.addWidget(value, i, 1)
            self.counts[key] = value
        grid.setRowStretch(len(self.counts) + 1, 1)
        return card

    def _role_note(self) -> str:
        parts = []
        if not self.may_produce:
            parts.append(
                self.tr("LPJ dibuat dan bulan ditutup oleh {roles}.").format(
                    roles=roles_with(Permission.PRODUCE_LPJ)
                )
            )
        if not self.may_reopen:
            parts.append(
                self.tr("Bulan yang sudah ditutup dibuka kembali oleh {roles}.").format(
                    roles=roles_with(Permission.REOPEN_PERIOD)
                )
            )
        return " ".join(parts)

    # --- loading
    def activate(self) -> None:
        # Another desk may have made an LPJ or closed a month: read again whenever shown.
        self._stale = False
        self.load()

    def load(self) -> None:
        self._token += 1
        token = self._token
        self.ctx.read(
            load_report_view, self.ctx.actor, self._period, self._fund, self.today(),
            on_done=lambda view: self._show(token, view),
            on_error=lambda exc: self._failed(token, exc),
            owner=self,
        )  # fmt: skip

    def select_month(self, period: str) -> None:
        """Show ``period`` (``2026-10``) when it is one of the listed months."""
        if period != self._period:
            self._period = period
            self._show_loading()
            self.load()

    def _show_loading(self) -> None:
        self.state_label.setText(self.tr("Memuat…"))
        self._update_buttons()

    def _show(self, token: int, view: ReportView) -> None:
        if token != self._token:
            return  # a newer read was asked for meanwhile
        previous = self.view
        self.view = view
        self._period, self._fund = view.period, view.fund
        if previous is not None and (previous.period, previous.fund) != (view.period, view.fund):
            self._show_result("")
        self._filling = True
        try:
            self.months_model.set_states(view.states, view.today)
            row = self.months_model.row_of(view.period)
            if row is not None:
                self.months_table.setCurrentIndex(self.months_model.index(row, 0))
                self.months_table.selectRow(row)
            self.fund_combo.clear()
            self.fund_combo.addItem(self.tr("Semua dana"), None)
            for info in view.funds:
                self.fund_combo.addItem(f"{info.code} — {info.name}", info.code)
            self.fund_combo.setCurrentIndex(max(self.fund_combo.findData(view.fund), 0))
        finally:
            self._filling = False
        state = view.state
        status = month_status(state)
        self.month_title.setText(month_name(view.summary.period))
        text_colour, fill = STATUS_COLOURS[status]
        self.status_badge.setText(status_label(status))
        self.status_badge.setStyleSheet(f"color: {text_colour.name()}; background: {fill.name()};")
        self.status_badge.show()
        self.state_label.setText(describe_state(state, view.today))
        self.summary_model.set_report(view.summary, view.aid_names)
        self._fit_summary_columns()
        self._show_counts(view.summary)
        self._show_reconciliation(view.summary)
        show_message(self.message, "")
        self._update_buttons()
        self.data_loaded.emit()

    def _fit_summary_columns(self) -> None:
        # The columns come and go with the fund choice: set their sizing after every reset.
        header = self.summary_table.horizontalHeader()
        header.setMinimumSectionSize(110)
        for column in range(self.summary_model.columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column == LpjSummaryModel.LABEL
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        # A long aid name ("Santunan ahli waris korban meninggal") wraps onto a second line
        # instead of being cut at 1366 px.
        self.summary_table.setWordWrap(True)
        self.summary_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )

    def _show_counts(self, report: LpjSummary) -> None:
        values = {
            "incidents": grouped(report.incidents),
            "households": grouped(report.households_served),
            "persons": grouped(report.persons_served),
            "issued": grouped(report.receipts_issued),
            "voided": grouped(report.receipts_voided),
            "beneficiary_total": rupiah(report.beneficiary_total),
            "stipend_total": rupiah(report.stipend_total),
        }
        for key, label in self.counts.items():
            label.setText(values[key])

    def _show_reconciliation(self, report: LpjSummary) -> None:
        label = self.reconcile_label
        if report.reconciled:
            label.setObjectName("reconcileOk")
            label.setText(
                "✓ "
                + self.tr("Cocok dengan buku kas")
                + " <span style='font-weight:400'>"
                + self.tr(
                    "— saldo awal + penerimaan − pengeluaran = saldo akhir; daftar penerima, "
                    "honor dan kuitansi sama dengan BKU."
                )
                + "</span>"
            )
        else:
            label.setObjectName("reconcileBad")
            items = "".join(f"<li>{_escape(p)}</li>" for p in report.problems)
            label.setText(
                "<b>✗ "
                + self.tr("Tidak cocok dengan buku kas — LPJ belum dapat dibuat:")
                + f"</b><ul style='margin:2px 0 0 -20px'>{items}</ul>"
            )
        label.style().unpolish(label)
        label.style().polish(label)
        label.show()

    def _failed(self, token: int, exc: object) -> None:
        if token != self._token:
            return
        show_message(self.message, describe(exc))
        self.state_label.setText("")
        self._update_buttons()

    def _month_picked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._filling or not current.isValid():
            return
        self.select_month(self.months_model.row_at(current.row()).period)

    def _fund_picked(self, index: int) -> None:
        code = self.fund_combo.itemData(index)
        if code != self._fund:
            self._fund = code
            self._show_loading()
            self.load()

    # --- what may be done now
    @property
    def current(self) -> ReportView | None:
        """The view, when it is the month and fund the person chose (not a read in flight)."""
        view = self.view
        if view is None or (view.period, view.fund) != (self._period, self._fund):
            return None
        return view

    @property
    def running(self) -> bool:
        return self.progress is not None

    def _update_buttons(self) -> None:
        view = self.current
        busy = self.running

        def set_state(button: QPushButton, allowed: bool, reason: str, tip: str) -> None:
            button.setEnabled(allowed and not busy)
            button.setToolTip(tip if allowed else reason)

        who_lpj = self.tr("Hanya {roles} yang dapat membuat LPJ.").format(
            roles=roles_with(Permission.PRODUCE_LPJ)
        )
        who_close = self.tr("Hanya {roles} yang dapat menutup bulan.").format(
            roles=roles_with(Permission.CLOSE_PERIOD)
        )
        who_reopen = self.tr("Hanya {roles} yang dapat membuka kembali bulan.").format(
            roles=roles_with(Permission.REOPEN_PERIOD)
        )
        # Simpan LPJ
        if not self.may_produce:
            set_state(self.save_button, False, who_lpj, "")
        elif view is None:
            set_state(self.save_button, False, self.tr("Memuat…"), "")
        elif not view.summary.reconciled:
            set_state(
                self.save_button, False,
                self.tr("LPJ tidak dapat dibuat selama angka belum cocok dengan buku kas."), "",
            )  # fmt: skip
        else:
            set_state(
                self.save_button, True, "",
                self.tr("Simpan LPJ {month}: PDF, Excel, CSV dan 3W HXL (Ctrl+S)").format(
                    month=month_name(view.summary.period)
                ),
            )  # fmt: skip
        self.full_nik_check.setEnabled(self.may_produce and not busy)
        # Tutup bulan
        if not self.may_close:
            set_state(self.close_button, False, who_close, "")
        elif view is None:
            set_state(self.close_button, False, self.tr("Memuat…"), "")
        elif view.state.closed:
            set_state(self.close_button, False, self.tr("Bulan ini sudah ditutup."), "")
        elif not month_ended(view.period, view.today):
            set_state(
                self.close_button, False,
                self.tr("Bulan ini belum berakhir; dapat ditutup mulai tanggal 1 bulan berikutnya."),
                "",
            )  # fmt: skip
        elif not view.state.has_lpj:
            set_state(
                self.close_button, False, self.tr("Simpan LPJ bulan ini dulu; bulan ditutup "
                                                  "setelah LPJ dibuat."), "",
            )  # fmt: skip
        elif not view.summary.reconciled:
            # The data changed after the LPJ was made: locking the month would lock the mismatch.
            set_state(
                self.close_button, False,
                self.tr("Angka bulan ini tidak lagi cocok dengan buku kas; periksa dan buat LPJ "
                        "ulang sebelum menutup bulan."), "",
            )  # fmt: skip
        else:
            set_state(
                self.close_button, True, "",
                self.tr("Kunci {month}: tidak ada lagi yang dapat dicatat dengan tanggal di "
                        "bulan ini.").format(month=month_name(view.summary.period)),
            )  # fmt: skip
        # Buka kembali
        if not self.may_reopen:
            set_state(self.reopen_button, False, who_reopen, "")
        elif view is None:
            set_state(self.reopen_button, False, self.tr("Memuat…"), "")
        elif not view.state.closed:
            set_state(self.reopen_button, False, self.tr("Bulan ini tidak sedang ditutup."), "")
        else:
            set_state(
                self.reopen_button, True, "",
                self.tr("Buka kembali {month} untuk koreksi (dengan alasan; dicatat di log "
                        "audit).").format(month=month_name(view.summary.period)),
            )  # fmt: skip
        self.fund_combo.setEnabled(not busy)
        self.months_table.setEnabled(not busy)

    def _full_nik_toggled(self, on: bool) -> None:
        self.nik_warning.setVisible(on)

    # --- Simpan LPJ
    def save_lpj(self) -> None:
        """Ask for a folder (the last one offered first), then write the LPJ into it."""
        view = self.current
        if view is None or not self.save_button.isEnabled():
            return
        folder = str(last_folder(LAST_FOLDER_KEY))
        month = month_name(view.summary.period)
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Pilih folder untuk LPJ {month}").format(month=month), folder
        )
        if chosen:
            self.save_lpj_to(Path(chosen))

    def save_lpj_to(self, folder: Path) -> None:
        """Write the LPJ of the shown month and fund into ``folder`` on the task runner."""
        view = self.current
        if view is None or self.running or not self.may_produce or not view.summary.reconciled:
            return
        remember_folder(folder, LAST_FOLDER_KEY, is_folder=True)
        full_nik = self.may_full_nik and self.full_nik_check.isChecked()
        self._show_result("")
        show_message(self.message, "")
        month = month_name(view.summary.period)
        self.progress = TaskProgress(self, self.tr("Simpan LPJ"),
                                     self.tr("Menyiapkan LPJ {month}…").format(month=month),
                                     show_after_ms=0)  # fmt: skip
        self.progress.said.connect(self._progressed)
        self._update_buttons()
        self.ctx.read(
            write_lpj_files, self.ctx.actor, view.period, view.fund, full_nik, str(folder),
            self.progress.say, self.progress.cancelled,
            on_done=lambda result: self._lpj_written(folder, result),
            on_error=self._lpj_failed, owner=self,
        )  # fmt: skip

    @property
    def progress_dialog(self) -> QProgressDialog | None:
        return self.progress.dialog if self.progress is not None else None

    def cancel(self) -> None:
        """Batal: the writer stops at its next check and leaves no new file behind."""
        if self.progress is not None:
            self.progress.cancel()

    def _progressed(self, text: str) -> None:
        if self.progress is not None and not self.progress.cancelled():
            self.lpj_progress.emit(text)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.finish()
            self.progress = None
        self._update_buttons()

    def _lpj_written(self, folder: Path, result: tuple[LpjSummary, dict[str, Path]]) -> None:
        report, files = result
        if self.progress is not None:
            self.progress.dialog.setLabelText(self.tr("Mencatat LPJ…"))
        self.ctx.write(
            record_lpj, self.ctx.actor, report, files,
            on_done=lambda _id: self._lpj_recorded(folder, report, files),
            on_error=lambda exc: self._record_failed(folder, exc),
            owner=self,
        )  # fmt: skip

    def _lpj_recorded(self, folder: Path, report: LpjSummary, files: dict[str, Path]) -> None:
        self._close_progress()
        self.saved_folder = folder
        self.saved_files = dict(files)
        names = ", ".join(Path(p).name for p in files.values())
        text = self.tr("LPJ {month} disimpan di {folder}: {names}.").format(
            month=month_name(report.period), folder=folder, names=names
        )
        if report.full_nik:
            text += " " + self.tr("Berkas berisi NIK lengkap; tercatat di log audit.")
        self._show_result(text)
        self.open_folder_button.setFocus()
        self.lpj_saved.emit(dict(files))

    def _record_failed(self, folder: Path, exc: object) -> None:
        self._close_progress()
        self.saved_folder = folder
        show_message(
            self.message,
            self.tr(
                "Berkas LPJ sudah ditulis di {folder}, tetapi pencatatannya gagal: {why}"
            ).format(folder=folder, why=describe(exc)),
        )
        self.open_folder_button.setVisible(True)

    def _lpj_failed(self, exc: object) -> None:
        self._close_progress()
        show_message(self.message, describe(exc))

    def _show_result(self, text: str) -> None:
        self.result_label.setText(text)
        self.result_label.setVisible(bool(text))
        self.open_folder_button.setVisible(bool(text))

    def open_folder(self) -> None:
        if self.saved_folder is not None:
            open_url(QUrl.fromLocalFile(str(self.saved_folder)))

    # --- Tutup bulan
    def close_month(self) -> QMessageBox | None:
        view = self.current
        if view is None or not self.close_button.isEnabled():
            return None
        month = month_name(view.summary.period)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Tutup bulan"))
        box.setText(self.tr("Tutup {month}?").format(month=month))
        box.setInformativeText(
            self.tr(
                "Setelah ditutup, tidak ada yang dapat dicatat dengan tanggal di {month}; koreksi "
                "dicatat di bulan berjalan sebagai pembalikan. Bulan hanya dapat dibuka kembali "
                "oleh {roles}, dengan alasan."
            ).format(month=month, roles=roles_with(Permission.REOPEN_PERIOD))
        )
        confirm = box.addButton(self.tr("Tutup bulan"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        period = view.period
        box.finished.connect(lambda _result: self._close_answered(box, confirm, period))
        self.confirm_box = box
        self.close_confirm_button = confirm
        box.open()
        return box

    def _close_answered(self, box: QMessageBox, confirm: QPushButton, period: str) -> None:
        box.deleteLater()
        self.confirm_box = None
        self.close_confirm_button = None
        if box.clickedButton() is not confirm:
            return
        self.close_button.setEnabled(False)
        self.ctx.write(
            close_month, self.ctx.actor, period, self.today(),
            on_done=lambda _r: self._closed(period), on_error=self._action_failed, owner=self,
        )  # fmt: skip

    def _closed(self, period: str) -> None:
        self._show_result("")
        self.result_label.setText(self.tr("{month} ditutup.").format(month=month_name(period)))
        self.result_label.show()
        self.month_closed.emit(period)

    # --- Buka kembali
    def reopen_month(self) -> ReasonDialog | None:
        view = self.current
        if view is None or not self.reopen_button.isEnabled():
            return None
        month = month_name(view.summary.period)
        dialog = ReasonDialog(
            self.tr("Buka kembali {month}").format(month=month),
            self.tr(
                "Selama dibuka kembali, catatan bertanggal di bulan ini dapat ditambah lagi sampai "
                "Bendahara menutupnya kembali (setelah LPJ-nya diperbarui). Alasan dicatat di log "
                "audit."
            ),
            field_label=self.tr("Alasan"),
            confirm_text=self.tr("Buka kembali"),
            required=True,
            placeholder=self.tr("mis. koreksi kuitansi yang salah tanggal"),
            parent=self,
        )
        period = view.period
        dialog.reason_given.connect(lambda reason: self._reopen_confirmed(period, reason))
        dialog.finished.connect(dialog.deleteLater)
        self.reason_dialog = dialog
        dialog.open()
        return dialog

    def _reopen_confirmed(self, period: str, reason: str) -> None:
        self.reason_dialog = None
        self.reopen_button.setEnabled(False)
        self.ctx.write(
            reopen_month, self.ctx.actor, period, reason,
            on_done=lambda _r: self._reopened(period), on_error=self._action_failed, owner=self,
        )  # fmt: skip

    def _reopened(self, period: str) -> None:
        self._show_result("")
        self.result_label.setText(
            self.tr("{month} dibuka kembali.").format(month=month_name(period))
        )
        self.result_label.show()
        self.month_reopened.emit(period)

    def _action_failed(self, exc: object) -> None:
        show_message(self.message, describe(exc))
        self._update_buttons()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
