"""The look: a calm office tool. One stylesheet, object names instead of per-widget styling."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

ACCENT = "#1f5f8b"
ERROR = "#b3261e"
MUTED = "#5f6b76"
BORDER = "#d5dbe1"
WINDOW = "#f4f6f8"

STYLESHEET = f"""
QMainWindow, QDialog {{ background: {WINDOW}; }}
QListWidget#navList {{
    background: #e9edf1; border: none; border-right: 1px solid {BORDER};
    font-size: 11pt; padding-top: 8px; outline: none;
}}
QListWidget#navList::item {{ padding: 9px 16px; color: #1d2730; }}
QListWidget#navList::item:selected {{
    background: #ffffff; color: {ACCENT}; border-left: 4px solid {ACCENT};
}}
QListWidget#navList::item:hover:!selected {{ background: #dde3e9; }}
QLabel#pageTitle {{ font-size: 16pt; font-weight: 600; color: #1d2730; }}
QLabel#pageSubtitle {{ color: {MUTED}; }}
QLabel#sectionTitle {{ font-size: 11pt; font-weight: 600; color: #1d2730; }}
QScrollArea#pageScroll, QScrollArea#pageScroll > QWidget > QWidget {{ background: transparent; }}
QFrame#card {{ background: #ffffff; border: 1px solid {BORDER}; border-radius: 6px; }}
QLabel#cardTitle {{ font-weight: 600; color: #1d2730; }}
QLabel#cardCaption {{ color: {MUTED}; }}
QLabel#figureValue {{ font-size: 15pt; font-weight: 600; color: #1d2730; }}
QLabel#figureValueStrong {{ font-size: 15pt; font-weight: 600; color: {ACCENT}; }}
QLineEdit[readOnly="true"] {{ background: #eef1f4; color: #2b353e; }}
QLabel#errorLabel {{ color: {ERROR}; }}
QLabel#noteLabel {{ color: {MUTED}; }}
QLabel#okLabel {{ color: #2e6b30; }}
QLabel#placeholderTitle {{ font-size: 14pt; font-weight: 600; color: #1d2730; }}
QLabel#placeholderBody {{ color: #3b4650; font-size: 10.5pt; }}
QLabel#loginTitle {{ font-size: 17pt; font-weight: 600; color: {ACCENT}; }}
QLabel#loginOffice {{ color: {MUTED}; }}
QTableView {{
    background: #ffffff; alternate-background-color: #f7f9fa; gridline-color: #e6eaee;
    selection-background-color: #cfe0ee; selection-color: #1d2730;
}}
QHeaderView::section {{
    background: #eef1f4; border: none; border-bottom: 1px solid {BORDER};
    border-right: 1px solid #e1e6ea; padding: 4px 6px; font-weight: 600; color: #1d2730;
}}
QGroupBox {{
    background: #ffffff; border: 1px solid {BORDER}; border-radius: 6px; margin-top: 12px;
    padding: 8px 6px 6px 6px;
}}
QGroupBox::title {{
    subcontrol-origin: margin; left: 10px; padding: 0 4px; font-weight: 600; color: #1d2730;
}}
QTabWidget::pane {{ border: 1px solid {BORDER}; background: {WINDOW}; top: -1px; }}
QPushButton#primaryButton {{
    background: {ACCENT}; color: #ffffff; border: 1px solid #174a6d; border-radius: 4px;
    padding: 5px 16px; font-weight: 600;
}}
QPushButton#primaryButton:hover {{ background: #24699a; }}
QPushButton#primaryButton:disabled {{
    background: #c9d3dc; color: #6b7781; border: 1px solid #c0c9d1;
}}
QStatusBar {{ background: #e9edf1; border-top: 1px solid {BORDER}; }}
QStatusBar QLabel {{ padding: 0 8px; color: #1d2730; }}
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(STYLESHEET)
