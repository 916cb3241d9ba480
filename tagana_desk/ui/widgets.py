"""Small widgets shared by the pages: the rupiah and date fields, headers, figure cards, notices."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tagana_desk.domain.money import MAX_AMOUNT
from tagana_desk.ui.formatting import grouped

#: Digits of the largest accepted amount (Rp1 triliun has 13).
MAX_DIGITS = len(str(MAX_AMOUNT))
#: Dates are shown and typed the Indonesian way: 25/11/2026.
DATE_FORMAT = "dd/MM/yyyy"


_ASCII_DIGITS = re.compile(r"[0-9]*")


class _DigitsAndDots(QValidator):
    """Accepts only what the field itself writes: digits and thousands dots (no letters)."""

    def validate(self, text: str, pos: int) -> QValidator.State:
        digits = text.replace(".", "")
        # ASCII digits only: str.isdigit() also takes "²" or Arabic-Indic digits.
        if not _ASCII_DIGITS.fullmatch(digits):
            return QValidator.State.Invalid
        if len(digits.lstrip("0")) > MAX_DIGITS:
            return QValidator.State.Invalid
        return QValidator.State.Acceptable


class RupiahLineEdit(QLineEdit):
    """A whole-rupiah field: digits only, thousands dots appear as you type (``1.500.000``)."""

    value_changed = Signal(object)  # int | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(_DigitsAndDots(self))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("0")
        self.textEdited.connect(self._reformat)

    def value(self) -> int | None:
        """The amount typed, or None when the field is empty (or holds something else)."""
        digits = self.text().replace(".", "")
        return int(digits) if digits and _ASCII_DIGITS.fullmatch(digits) else None

    def setValue(self, amount: int | None) -> None:  # noqa: N802 - Qt naming, like QSpinBox
        self.setText("" if amount is None else grouped(int(amount)))
        self.value_changed.emit(self.value())

    def _reformat(self, text: str) -> None:
        # Keep the cursor after the same number of digits it was after before regrouping.
        digits_before_cursor = sum(c.isdigit() for c in text[: self.cursorPosition()])
        digits = text.replace(".", "").lstrip("0")
        if not digits and text.replace(".", ""):
            digits = "0"
        formatted = grouped(int(digits)) if digits else ""
        if formatted != text:
            self.setText(formatted)
            seen, pos = 0, 0
            while pos < len(formatted) and seen < digits_before_cursor:
                if formatted[pos].isdigit():
                    seen += 1
                pos += 1
            self.setCursorPosition(pos)
        self.value_changed.emit(self.value())


class PageHeader(QWidget):
    """The title line every page starts with, and a muted line under it."""

    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)
        self.title = QLabel(title)
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel(subtitle)
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setVisible(bool(subtitle))
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)

    def set_subtitle(self, text: str) -> None:
        self.subtitle.setText(text)
        self.subtitle.setVisible(bool(text))


def page_header(title: str, subtitle: str = "") -> PageHeader:
    return PageHeader(title, subtitle)


class FigureCard(QFrame):
    """A labelled figure on a white card: "Tersedia" / "Rp1.500.000"."""

    def __init__(self, caption: str, *, strong: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.setSpacing(2)
        self.caption = QLabel(caption)
        self.caption.setObjectName("cardCaption")
        self.value = QLabel("—")
        self.value.setObjectName("figureValueStrong" if strong else "figureValue")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_text(self, text: str) -> None:
        self.value.setText(text)


def _message_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def error_label() -> QLabel:
    """A red one-line message under a form; hidden while empty."""
    return _message_label("errorLabel")


def ok_label() -> QLabel:
    """A green message of what was done, under a form or a table; hidden while empty."""
    return _message_label("okLabel")


def show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def note_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("noteLabel")
    label.setWordWrap(True)
    return label


class NoticePage(QWidget):
    """A calm full-page notice: a page that is not built yet, or not open to this role."""

    def __init__(self, title: str, body: str, note: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 28, 32, 28)
        card = QFrame()
        card.setObjectName("card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(10)
        heading = QLabel(title)
        heading.setObjectName("placeholderTitle")
        self.body = QLabel(body)
        self.body.setObjectName("placeholderBody")
        self.body.setWordWrap(True)
        inner.addWidget(heading)
        inner.addWidget(self.body)
        if note:
            self.note = note_label(note)
            inner.addWidget(self.note)
        card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        card.setMinimumWidth(480)
        card.setMaximumWidth(720)
        row = QHBoxLayout()
        row.addWidget(card, 1)
        row.addStretch(0)
        outer.addLayout(row)
        outer.addStretch(1)


def date_edit(parent: QWidget | None = None) -> QDateEdit:
    """A date field the Indonesian way (``25/11/2026``) with a calendar, today by default."""
    edit = QDateEdit(parent)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setDate(QDate.currentDate())
    return edit


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())
