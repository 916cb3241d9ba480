"""The LPJ summary of a month as a table: one line per item, one column per fund (+ Jumlah)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from tagana_desk.services.lpj import FundSummary, LpjSummary
from tagana_desk.ui.formatting import grouped
from tagana_desk.ui.models.base import LEFT, RIGHT, AnyIndex

_CTX = "LpjSummaryModel"


class LineKind(StrEnum):
    HEADING = "heading"  # "Penerimaan", "Pengeluaran": no figures
    ITEM = "item"
    SUM = "sum"  # Jumlah penerimaan / pengeluaran
    BALANCE = "balance"  # Saldo awal / akhir


@dataclass(frozen=True, slots=True)
class SummaryLine:
    key: str  # "opening", "allocations", "reversals", "in", "aid:SEMBAKO", "stipends", "out", …
    label: str
    kind: LineKind
    values: tuple[int, ...]  # per fund, in the report's order

    @property
    def total(self) -> int:
        return sum(self.values)


#: The fixed lines' labels, translated when a summary is built.
_LABELS = {
    "opening": QT_TRANSLATE_NOOP("LpjSummaryModel", "Saldo awal"),
    "in_heading": QT_TRANSLATE_NOOP("LpjSummaryModel", "Penerimaan"),
    "allocations": QT_TRANSLATE_NOOP("LpjSummaryModel", "Alokasi dana"),
    "reversals": QT_TRANSLATE_NOOP("LpjSummaryModel", "Pembatalan kuitansi"),
    "in": QT_TRANSLATE_NOOP("LpjSummaryModel", "Jumlah penerimaan"),
    "out_heading": QT_TRANSLATE_NOOP("LpjSummaryModel", "Pengeluaran"),
    "aid": QT_TRANSLATE_NOOP("LpjSummaryModel", "Bantuan bencana"),
    "stipends": QT_TRANSLATE_NOOP("LpjSummaryModel", "Honor relawan"),
    "out": QT_TRANSLATE_NOOP("LpjSummaryModel", "Jumlah pengeluaran"),
    "closing": QT_TRANSLATE_NOOP("LpjSummaryModel", "Saldo akhir"),
}


def _label(key: str) -> str:
    return QCoreApplication.translate(_CTX, _LABELS[key])


def summary_lines(report: LpjSummary, aid_names: Mapping[str, str]) -> list[SummaryLine]:
    """Saldo awal, penerimaan, pengeluaran per jenis bantuan, honor, saldo akhir."""
    funds = report.funds

    def line(key: str, label: str, kind: LineKind, pick) -> SummaryLine:
        return SummaryLine(key, label, kind, tuple(int(pick(f)) for f in funds))

    order = {code: i for i, code in enumerate(aid_names)}
    codes = sorted(
        {code for f in funds for code in f.paid_by_aid_type},
        key=lambda c: (order.get(c, len(order)), c),
    )
    lines = [
        line("opening", _label("opening"), LineKind.BALANCE, lambda f: f.opening),
        SummaryLine("in_heading", _label("in_heading"), LineKind.HEADING, ()),
        line("allocations", _label("allocations"), LineKind.ITEM, lambda f: f.allocations),
        line("reversals", _label("reversals"), LineKind.ITEM, lambda f: f.reversals),
        line("in", _label("in"), LineKind.SUM, lambda f: f.total_in),
        SummaryLine("out_heading", _label("out_heading"), LineKind.HEADING, ()),
    ]
    for code in codes:
        lines.append(
            line(
                f"aid:{code}",
                aid_names.get(code, code),
                LineKind.ITEM,
                lambda f, code=code: f.paid_by_aid_type.get(code, 0),
            )  # fmt: skip
        )
    if not codes:
        lines.append(line("aid", _label("aid"), LineKind.ITEM, lambda f: 0))
    lines += [
        line("stipends", _label("stipends"), LineKind.ITEM, lambda f: f.stipends),
        line("out", _label("out"), LineKind.SUM, lambda f: f.total_out),
        line("closing", _label("closing"), LineKind.BALANCE, lambda f: f.closing),
    ]
    return lines


class LpjSummaryModel(QAbstractTableModel):
    """Uraian | one column per fund | Jumlah (when the report has more than one fund)."""

    LABEL = 0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.funds: tuple[FundSummary, ...] = ()
        self.lines: list[SummaryLine] = []

    def set_report(self, report: LpjSummary | None, aid_names: Mapping[str, str]) -> None:
        self.beginResetModel()
        self.funds = report.funds if report is not None else ()
        self.lines = summary_lines(report, aid_names) if report is not None else []
        self.endResetModel()

    @property
    def has_total(self) -> bool:
        return len(self.funds) > 1

    def fund_column(self, code: str) -> int:
        return 1 + [f.fund for f in self.funds].index(code)

    @property
    def total_column(self) -> int | None:
        return 1 + len(self.funds) if self.has_total else None

    def line(self, key: str) -> SummaryLine:
        return next(li for li in self.lines if li.key == key)

    def headers(self) -> Sequence[str]:
        heads = [self.tr("Uraian")] + [
            self.tr("{fund} (Rp)").format(fund=f.fund) for f in self.funds
        ]
        if self.has_total:
            heads.append(self.tr("Jumlah (Rp)"))
        return heads

    # --- Qt
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers()) if self.funds else 0

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        li = self.lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.LABEL:
                return li.label if li.kind != LineKind.ITEM else "    " + li.label
            if li.kind == LineKind.HEADING:
                return ""
            if column == self.total_column:
                return grouped(li.total)
            return grouped(li.values[column - 1])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(LEFT if column == self.LABEL else RIGHT)
        if role == Qt.ItemDataRole.FontRole and li.kind in (LineKind.SUM, LineKind.BALANCE,
                                                             LineKind.HEADING):  # fmt: skip
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and li.kind == LineKind.BALANCE:
            return QColor("#eef4f9")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.LABEL:
            if li.key == "reversals":
                return self.tr("Uang yang kembali ke dana karena kuitansinya dibatalkan bulan ini.")
            return li.label
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(LEFT if section == self.LABEL else RIGHT)
        return None

    def text(self, key: str, fund: str | None = None) -> str:
        """The cell shown for a line (``fund=None``: the Jumlah column, or the only fund)."""
        row = [li.key for li in self.lines].index(key)
        if fund is not None:
            column = self.fund_column(fund)
        else:
            column = self.total_column if self.has_total else 1
        return self.data(self.index(row, column), Qt.ItemDataRole.DisplayRole)
