"""The look: a calm office tool. One stylesheet, object names instead of per-widget styling, and
one set of status colours so that "menunggu persetujuan" is the same amber on every screen."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication

ACCENT = "#1f5f8b"
ERROR = "#b3261e"
MUTED = "#5f6b76"
BORDER = "#d5dbe1"
WINDOW = "#f4f6f8"
TEXT = "#1d2730"


class Tone(StrEnum):
    """What a status means to the desk; each has one colour wherever it is shown."""

    PAID = "paid"  # dibayar, valid, terbuka: done and fine (green)
    PENDING = "pending"  # menunggu persetujuan: needs a person (amber)
    FLAGGED = "flagged"  # kemungkinan duplikat: needs a person (amber)
    VOIDED = "voided"  # batal, ditolak: no longer counts (red, struck through)
    CLOSED = "closed"  # bulan ditutup: locked, archived (slate blue-grey)
    INFO = "info"  # terjadwal, akan dibayar: neutral information (blue)
    MUTED = "muted"  # draf, nonaktif, dilewati: out of the way (grey)


@dataclass(frozen=True, slots=True)
class ToneColours:
    text: str
    fill: str
    strike: bool = False


#: Text and cell background per tone. Every pair keeps a contrast of at least 4.5:1 (WCAG AA),
#: and the word is always shown too: colour is never the only sign.
TONES: dict[Tone, ToneColours] = {
    Tone.PAID: ToneColours("#1e6b2a", "#e6f2e7"),
    Tone.PENDING: ToneColours("#8a5300", "#fff1d6"),
    Tone.FLAGGED: ToneColours("#8a5300", "#fff1d6"),
    Tone.VOIDED: ToneColours("#b3261e", "#fbe7e6", strike=True),
    Tone.CLOSED: ToneColours("#3d5a73", "#e3eaf1"),
    Tone.INFO: ToneColours("#174a7c", "#e1ecf8"),
    Tone.MUTED: ToneColours("#5f6b76", "#eef1f4"),
}


def tone_text(tone: Tone) -> QColor:
    """The text colour of a status (the model's ForegroundRole)."""
    return QColor(TONES[tone].text)


def tone_fill(tone: Tone) -> QColor:
    """The cell background of a status (the model's BackgroundRole)."""
    return QColor(TONES[tone].fill)


def tone_font(tone: Tone) -> QFont | None:
    """A struck-through font for statuses that no longer count (batal), else None."""
    if not TONES[tone].strike:
        return None
    font = QFont()
    font.setStrikeOut(True)
    return font


STYLESHEET = f"""
QMainWindow, QDialog {{ background: {WINDOW}; }}
QListWidget#navList {{
    background: #e9edf1; border: none; border-right: 1px solid {BORDER};
    font-size: 11pt; padding-top: 8px; outline: none;
}}
QListWidget#navList::item {{ padding: 8px 12px; color: {TEXT}; }}
QListWidget#navList::item:selected {{
    background: #ffffff; color: {ACCENT}; border-left: 4px solid {ACCENT};
}}
QListWidget#navList::item:hover:!selected {{ background: #dde3e9; }}
QLabel#pageTitle {{ font-size: 16pt; font-weight: 600; color: {TEXT}; }}
QLabel#pageSubtitle {{ color: {MUTED}; }}
QLabel#sectionTitle {{ font-size: 11pt; font-weight: 600; color: {TEXT}; }}
QScrollArea#pageScroll, QScrollArea#pageScroll > QWidget > QWidget {{ background: transparent; }}
QFrame#card {{ background: #ffffff; border: 1px solid {BORDER}; border-radius: 6px; }}
QLabel#cardTitle {{ font-weight: 600; color: {TEXT}; }}
QLabel#cardCaption {{ color: {MUTED}; }}
QLabel#figureValue {{ font-size: 15pt; font-weight: 600; color: {TEXT}; }}
QLabel#figureValueStrong {{ font-size: 15pt; font-weight: 600; color: {ACCENT}; }}
QLineEdit[readOnly="true"] {{ background: #eef1f4; color: #2b353e; }}
QLabel#errorLabel {{ color: {ERROR}; }}
QLabel#noteLabel {{ color: {MUTED}; }}
QLabel#okLabel {{ color: {TONES[Tone.PAID].text}; }}
QLabel#placeholderTitle {{ font-size: 14pt; font-weight: 600; color: {TEXT}; }}
QLabel#placeholderBody {{ color: #3b4650; font-size: 10.5pt; }}
QLabel#loginTitle {{ font-size: 17pt; font-weight: 600; color: {ACCENT}; }}
QLabel#loginOffice {{ color: {MUTED}; }}
QTableView {{
    background: #ffffff; alternate-background-color: #f7f9fa; gridline-color: #e6eaee;
    selection-background-color: #cfe0ee; selection-color: {TEXT};
}}
QHeaderView::section {{
    background: #eef1f4; border: none; border-bottom: 1px solid {BORDER};
    border-right: 1px solid #e1e6ea; padding: 4px 6px; font-weight: 600; color: {TEXT};
}}
QGroupBox {{
    background: #ffffff; border: 1px solid {BORDER}; border-radius: 6px; margin-top: 12px;
    padding: 8px 6px 6px 6px;
}}
QGroupBox::title {{
    subcontrol-origin: margin; left: 10px; padding: 0 4px; font-weight: 600; color: {TEXT};
}}
QTabWidget::pane {{ border: 1px solid {BORDER}; background: {WINDOW}; top: -1px; }}
QPushButton {{ min-height: 18px; padding: 3px 12px; }}
QPushButton#primaryButton {{
    background: {ACCENT}; color: #ffffff; border: 1px solid #174a6d; border-radius: 4px;
    padding: 3px 14px; font-weight: 600;
}}
QPushButton#primaryButton:hover {{ background: #24699a; }}
QPushButton#primaryButton:disabled {{
    background: #c9d3dc; color: #6b7781; border: 1px solid #c0c9d1;
}}
QTextBrowser#helpText {{ background: #ffffff; border: 1px solid {BORDER}; }}
QListWidget#guideChapters {{
    background: #e9edf1; border: 1px solid {BORDER}; outline: none; padding-top: 4px;
}}
QListWidget#guideChapters::item {{ padding: 5px 10px; color: {TEXT}; }}
QListWidget#guideChapters::item:selected {{
    background: #ffffff; color: {ACCENT}; border-left: 3px solid {ACCENT};
}}
QStatusBar {{ background: #e9edf1; border-top: 1px solid {BORDER}; }}
QStatusBar QLabel {{ padding: 0 8px; color: {TEXT}; }}
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(STYLESHEET)
