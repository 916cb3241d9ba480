"""Keyboard habits shared by the dialogs: Ctrl+S saves a form like its Simpan button does.

Enter (the default button) and Esc (reject) are QDialog's own; the main window's Ctrl+F / N / P /
S go to the page in front (``PageShortcuts``). A dialog is a window of its own, so its Ctrl+S
never reaches the main window's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QBoxLayout, QDialog, QDialogButtonBox


def save_with_ctrl_s(dialog: QDialog, button: QAbstractButton) -> QShortcut:
    """Ctrl+S clicks ``button`` (the dialog's Simpan) while it can be clicked."""
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), dialog)

    def save() -> None:
        if button.isEnabled() and button.isVisible():
            button.click()

    shortcut.activated.connect(save)
    return shortcut


def add_save_cancel(dialog: QDialog, layout: QBoxLayout) -> QDialogButtonBox:
    """The form's Simpan / Batal row, added to ``layout``: Simpan (``dialog.save``) answers Enter
    and Ctrl+S, Batal (``dialog.reject``) Esc. Sets ``dialog.save_button`` and
    ``dialog.cancel_button``."""
    buttons = QDialogButtonBox()
    save = buttons.addButton(
        QCoreApplication.translate("Dialog", "Simpan"), QDialogButtonBox.ButtonRole.AcceptRole
    )
    cancel = buttons.addButton(
        QCoreApplication.translate("Dialog", "Batal"), QDialogButtonBox.ButtonRole.RejectRole
    )
    save.setObjectName("primaryButton")
    buttons.accepted.connect(dialog.save)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    # Simpan answers Enter once it belongs to the dialog (so only after addWidget); Ctrl+S too.
    save.setDefault(True)
    save_with_ctrl_s(dialog, save)
    dialog.save_button, dialog.cancel_button = save, cancel
    return buttons
