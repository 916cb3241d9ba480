"""The Beranda charts (QtCharts), with money axes in millions the Indonesian way (``1.250``, ``2,5``).

QtCharts formats axis numbers with printf formats, which know neither the thousands dot nor the
decimal comma; the money axes are therefore ``QCategoryAxis`` objects whose labels are written
here, at round values chosen here. The bar sets hold whole rupiah (a double is exact far beyond
any budget), so a tooltip or a test reads the real amount.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QStackedBarSeries,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QPainter
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from tagana_desk.services.dashboard import MonthPoint
from tagana_desk.ui.formatting import grouped, rupiah

#: Series colours: cash in the accent blue, in-kind lighter, stipends ochre.
CASH_COLOUR = "#1f5f8b"
IN_KIND_COLOUR = "#6fa8cf"
STIPEND_COLOUR = "#c98b2f"
AID_COLOUR = "#1f5f8b"
AXIS_COLOUR = "#5f6b76"
GRID_COLOUR = "#e6eaee"
MILLION = 1_000_000


def juta(amount: int) -> str:
    """Rupiah as millions, Indonesian digits: ``1_250_000_000`` → ``1.250``, ``2_500_000`` → ``2,5``.

    Up to two decimals, trailing zeros dropped (``750_000`` → ``0,75``).
    """
    sign = "-" if amount < 0 else ""
    hundredths = round(abs(amount) / (MILLION / 100))
    whole, part = divmod(hundredths, 100)
    text = grouped(whole)
    if part:
        text += "," + f"{part:02d}".rstrip("0")
    return sign + text


def juta_short(amount: int) -> str:
    """A bar's figure: ``Rp12,5 jt`` (``Rp144 jt`` from 100 juta); below a million ``Rp750 rb``."""
    if abs(amount) < MILLION:
        return QCoreApplication.translate("Charts", "Rp{n} rb").format(
            n=grouped(round(amount / 1000))
        )
    return QCoreApplication.translate("Charts", "Rp{n} jt").format(
        n=juta(round(amount, -6 if abs(amount) >= 100 * MILLION else -5))
    )


def nice_ticks(maximum: int, target: int = 5) -> list[int]:
    """Round tick values from 0 to at least ``maximum`` (rupiah), about ``target`` steps.

    Steps are 1, 2, 2.5 or 5 × a power of ten, never below Rp100.000; an empty chart gets 0–1 juta.
    """
    maximum = max(int(maximum), 0)
    if maximum == 0:
        return [0, MILLION // 2, MILLION]
    raw = maximum / target
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    step = max(int(step), 100_000)
    count = math.ceil(maximum / step)
    return [i * step for i in range(count + 1)]


def money_axis(maximum: int) -> QCategoryAxis:
    """A value axis in millions (``Rp juta``) with Indonesian labels at round values."""
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    ticks = nice_ticks(maximum)
    axis.setStartValue(0)
    for value in ticks:
        axis.append(juta(value), value)
    axis.setRange(0, ticks[-1])
    axis.setTitleText(QCoreApplication.translate("Charts", "Rp juta"))
    _style_axis(axis)
    return axis


def _style_axis(axis) -> None:
    font = QFont()
    font.setPointSizeF(8.5)
    axis.setLabelsFont(font)
    axis.setLabelsColor(QColor(AXIS_COLOUR))
    title = QFont(font)
    title.setPointSizeF(8.5)
    axis.setTitleFont(title)
    axis.setTitleBrush(QColor(AXIS_COLOUR))
    axis.setGridLineColor(QColor(GRID_COLOUR))
    axis.setLinePenColor(QColor("#c5ccd3"))


def _chart() -> QChart:
    chart = QChart()
    chart.setBackgroundRoundness(0)
    chart.setBackgroundVisible(False)
    # Room above and to the right for the last axis label, which QtCharts centres on its tick.
    chart.setMargins(QMargins(2, 10, 14, 2))
    chart.layout().setContentsMargins(0, 0, 0, 0)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


class _ChartView(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_chart(), parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(200)
        self.setStyleSheet("background: transparent;")

    def _clear(self) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)


class MonthlyPaymentsChart(_ChartView):
    """Penyaluran per bulan: 12 stacked bars, Tunai + Barang + Honor relawan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: tuple[MonthPoint, ...] = ()
        self.categories: list[str] = []
        #: ``cash``, ``in_kind``, ``stipends`` → the bar set (values in whole rupiah).
        self.sets: dict[str, QBarSet] = {}
        self.series: QStackedBarSeries | None = None
        legend = self.chart().legend()
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        font = QFont()
        font.setPointSizeF(9)
        legend.setFont(font)

    def set_points(self, points: Sequence[MonthPoint]) -> None:
        self._clear()
        self.points = tuple(points)
        series = QStackedBarSeries()
        series.setBarWidth(0.62)
        self.sets = {}
        for key, caption, colour in (
            ("cash", QCoreApplication.translate("Charts", "Tunai"), CASH_COLOUR),
            ("in_kind", QCoreApplication.translate("Charts", "Barang"), IN_KIND_COLOUR),
            ("stipends", QCoreApplication.translate("Charts", "Honor relawan"), STIPEND_COLOUR),
        ):
            bar_set = QBarSet(caption)
            bar_set.setColor(QColor(colour))
            bar_set.setBorderColor(QColor(colour))
            bar_set.append([float(getattr(p, key)) for p in self.points])
            bar_set.hovered.connect(
                lambda on, index, key=key, caption=caption: self._hovered(on, index, key, caption)
            )
            series.append(bar_set)
            self.sets[key] = bar_set
        chart = self.chart()
        chart.addSeries(series)
        self.series = series
        months = QBarCategoryAxis()
        self.categories = month_labels(self.points)
        months.append(self.categories)
        _style_axis(months)
        months.setGridLineVisible(False)
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(months)
        top = max((p.cash + p.in_kind + p.stipends for p in self.points), default=0)
        values = money_axis(top)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)

    def values(self, key: str) -> list[int]:
        """The amounts of one series, month by month (whole rupiah)."""
        bar_set = self.sets[key]
        return [int(bar_set.at(i)) for i in range(bar_set.count())]

    def _hovered(self, on: bool, index: int, key: str, caption: str) -> None:
        if not on or not 0 <= index < len(self.points):
            QToolTip.hideText()
            return
        point = self.points[index]
        total = point.cash + point.in_kind + point.stipends
        QToolTip.showText(
            QCursor.pos(),
            QCoreApplication.translate(
                "Charts", "{month} · {what}: {amount}\nJumlah bulan ini: {total}"
            ).format(
                month=point.label,
                what=caption,
                amount=rupiah(getattr(point, key)),
                total=rupiah(total),
            ),  # fmt: skip
            self,
        )


class AidTypeChart(_ChartView):
    """Menurut jenis bantuan: one horizontal bar per aid type, the largest on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: tuple[tuple[str, str, int], ...] = ()
        self.bar_set: QBarSet | None = None
        self.categories: list[str] = []
        self.chart().legend().hide()

    def set_rows(self, rows: Sequence[tuple[str, str, int]]) -> None:
        """``(code, name, amount)`` rows, largest first (as the dashboard service gives them)."""
        self._clear()
        # A horizontal bar chart draws its first category at the bottom: reverse for largest on top.
        self.rows = tuple(reversed(tuple(rows)))
        bar_set = QBarSet(QCoreApplication.translate("Charts", "Dibayar"))
        bar_set.setColor(QColor(AID_COLOUR))
        bar_set.setBorderColor(QColor(AID_COLOUR))
        bar_set.append([float(amount) for _code, _name, amount in self.rows])
        bar_set.hovered.connect(self._hovered)
        series = QHorizontalBarSeries()
        series.setBarWidth(0.66)
        series.append(bar_set)
        chart = self.chart()
        chart.addSeries(series)
        self.bar_set = bar_set
        self.categories = [
            f"{_html(short_aid_name(name))}<br><b>{juta_short(amount)}</b>"
            for _code, name, amount in self.rows
        ]
        names = QBarCategoryAxis()
        names.append(self.categories)
        _style_axis(names)
        names.setGridLineVisible(False)
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names)
        values = money_axis(max((amount for *_rest, amount in self.rows), default=0))
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)

    def amounts(self) -> dict[str, int]:
        """Aid type code → amount shown."""
        if self.bar_set is None:
            return {}
        return {code: int(self.bar_set.at(i)) for i, (code, _n, _a) in enumerate(self.rows)}

    def _hovered(self, on: bool, index: int) -> None:
        if not on or not 0 <= index < len(self.rows):
            QToolTip.hideText()
            return
        _code, name, amount = self.rows[index]
        QToolTip.showText(QCursor.pos(), f"{name}: {rupiah(amount)}", self)


def month_labels(points: Sequence[MonthPoint]) -> list[str]:
    """Axis labels (QtCharts takes HTML): the month, and the year under the first month and
    under every January — ``Des<br>2025``, ``Jan<br>2026``, ``Feb`` …"""
    labels = []
    for i, point in enumerate(points):
        year, month = point.period.split("-")
        name = point.label.split()[0]
        if i == 0 or month == "01":
            name += f"<br><span style='color:{AXIS_COLOUR}'>{year}</span>"
        labels.append(name)
    return labels


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def short_aid_name(name: str) -> str:
    """A chart label: ``Bantuan bahan bangunan rumah`` → ``Bahan bangunan rumah``."""
    for prefix in ("Bantuan ", "Santunan ahli waris korban ", "Santunan korban "):
        if name.startswith(prefix) and len(name) > len(prefix) + 3:
            rest = name[len(prefix) :]
            if prefix.startswith("Santunan"):
                return "Santunan " + rest
            return rest[0].upper() + rest[1:]
    return name
