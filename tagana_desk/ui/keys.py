"""Keyboard habits shared by the dialogs: Ctrl+S saves a form like its Simpan button does.

Enter (the default button) and Esc (reject) are QDialog's own; the main window's Ctrl+F / N / P /
S go to the page in front (``PageShortcuts``). A dialog is a window of its own, so its Ctrl+S
never reaches the main window's.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QDialog


def save_with_ctrl_s(dialog: QDialog, button: QAbstractButton) -> QShortcut:
    """Ctrl+S clicks ``button`` (the dialog's Simpan) while it can be clicked."""
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), dialog)

    def save() -> None:
        if button.isEnabled() and button.isVisible():
            button.click()

    shortcut.activated.connect(save)
    return shortcut
