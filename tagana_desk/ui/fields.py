"""Form fields with their own red message underneath: the service names the field, the form
shows the reason right where the person has to fix it."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from tagana_desk.ui.widgets import error_label, show_message


class FieldErrors:
    """Keeps, per field key, the input widget and the red label under it."""

    def __init__(self) -> None:
        self.widgets: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}

    def wrap(self, key: str, widget: QWidget, *, stretch: bool = False) -> QWidget:
        """A container for the form row: ``widget``, its error below. ``stretch``: the widget
        keeps its own width instead of filling the row."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if not stretch:
            column.addWidget(widget)
        else:
            line = QHBoxLayout()
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(widget)
            line.addStretch(1)
            column.addLayout(line)
        label = error_label()
        column.addWidget(label)
        self.widgets[key] = widget
        self.labels[key] = label
        return box

    def add(self, key: str, widget: QWidget, label: QLabel) -> None:
        """A field whose error label is placed by the form itself."""
        self.widgets[key] = widget
        self.labels[key] = label

    def show(self, key: str, message: str) -> bool:
        """Show ``message`` under the field; False when there is no such field."""
        label = self.labels.get(key)
        if label is None:
            return False
        if label.text() != message or label.isHidden() == bool(message):
            show_message(label, message)
        return True

    def clear(self, key: str | None = None) -> None:
        for name, label in self.labels.items():
            if key is None or name == key:
                show_message(label, "")

    def text(self, key: str) -> str:
        label = self.labels.get(key)
        return label.text() if label is not None and not label.isHidden() else ""

    def focus(self, key: str) -> None:
        widget = self.widgets.get(key)
        if widget is not None:
            widget.setFocus()
