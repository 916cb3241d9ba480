"""The rupiah field: digits only, thousands dots while typing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tagana_desk.ui.widgets import RupiahLineEdit


def _edit(qtbot) -> RupiahLineEdit:
    edit = RupiahLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    return edit


def test_groups_digits_as_you_type(qtbot):
    edit = _edit(qtbot)
    shown = []
    for ch in "1500000":
        qtbot.keyClicks(edit, ch)
        shown.append(edit.text())
    assert shown == ["1", "15", "150", "1.500", "15.000", "150.000", "1.500.000"]
    assert edit.value() == 1_500_000


def test_rejects_letters_and_signs(qtbot):
    edit = _edit(qtbot)
    qtbot.keyClicks(edit, "12ab-3,5x")
    assert edit.text() == "1.235"
    assert edit.value() == 1235


def test_empty_and_leading_zeros(qtbot):
    edit = _edit(qtbot)
    assert edit.value() is None
    qtbot.keyClicks(edit, "0005")
    assert edit.text() == "5"
    edit.clear()
    qtbot.keyClicks(edit, "0")
    assert (edit.text(), edit.value()) == ("0", 0)


def test_editing_in_the_middle_keeps_the_cursor_after_the_same_digit(qtbot):
    edit = _edit(qtbot)
    edit.setValue(1_500_000)
    assert edit.text() == "1.500.000"
    edit.setCursorPosition(1)  # after the "1"
    qtbot.keyClicks(edit, "2")
    assert edit.text() == "12.500.000"
    assert edit.cursorPosition() == 2
    qtbot.keyClick(edit, Qt.Key.Key_End)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.text() == "1.250.000"


def test_refuses_more_than_the_largest_amount(qtbot):
    edit = _edit(qtbot)
    qtbot.keyClicks(edit, "1" * 20)
    assert edit.value() == int("1" * 13)
