"""Errors in the GUI: a person's mistake is its message; a bug is logged, shown, and survived."""

from __future__ import annotations

import sys

import pytest

from tagana_desk.domain.errors import InsufficientFunds
from tagana_desk.paths import log_dir
from tagana_desk.ui import errors


def test_describe_gives_the_services_message_or_a_plain_account():
    assert errors.describe(InsufficientFunds("BTT", 2_000_000, 500_000)) == (
        "Saldo dana BTT tidak cukup: dibutuhkan Rp2.000.000, tersedia Rp500.000."
    )
    assert errors.describe(KeyError("x")) == "Terjadi kesalahan tak terduga (KeyError: 'x')."


def test_excepthook_shows_the_bug_logs_it_and_keeps_running(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(errors, "show_unexpected", lambda parent, exc: shown.append(exc))
    hook = errors.ExceptHook()
    try:
        raise RuntimeError("rusak")
    except RuntimeError:
        hook(*sys.exc_info())
    assert [str(e) for e in shown] == ["rusak"]


def test_fatal_excepthook_writes_the_log(qtbot, monkeypatch):
    exits = []
    monkeypatch.setattr(
        errors.QApplication, "exit", staticmethod(lambda code=0: exits.append(code))
    )
    hook = errors.ExceptHook(fatal=True)
    try:
        raise RuntimeError("smoke rusak")
    except RuntimeError:
        hook(*sys.exc_info())
    assert exits == [1]
    assert "smoke rusak" in (log_dir() / "tagana-desk.log").read_text(encoding="utf-8")


def _capture_boxes(monkeypatch) -> list:
    """``QMessageBox.exec`` records the box instead of waiting for a click."""
    from PySide6.QtWidgets import QMessageBox

    boxes = []

    def fake_exec(box):
        boxes.append((box.windowTitle(), box.text(), box.informativeText(), box.detailedText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return boxes


def _log_text() -> str:
    path = log_dir() / "tagana-desk.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_shows_the_dialog_and_appends_to_the_log(qtbot, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    boxes = _capture_boxes(monkeypatch)
    before = _log_text()
    monkeypatch.setattr(sys, "excepthook", errors.ExceptHook())
    button = QPushButton("Simpan")
    qtbot.addWidget(button)

    def broken() -> None:
        raise RuntimeError("rusak di tombol simpan")

    button.clicked.connect(broken)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    (box,) = boxes
    title, text, informative, details = box
    assert title == "Kesalahan tak terduga"
    assert text.startswith("Terjadi kesalahan yang tidak terduga. Aplikasi tetap berjalan")
    path = log_dir() / "tagana-desk.log"
    assert informative == f"Rincian dicatat di {path}. Sampaikan kepada admin."
    assert "RuntimeError: rusak di tombol simpan" in details
    log = _log_text()
    assert log.startswith(before)  # appended, nothing lost
    added = log[len(before) :]
    assert "Traceback (most recent call last)" in added
    assert "in broken" in added and "RuntimeError: rusak di tombol simpan" in added


def test_a_failed_background_task_shows_the_dialog_and_is_logged(
    qtbot, desk, open_main_window, monkeypatch
):
    boxes = _capture_boxes(monkeypatch)
    window = open_main_window(desk("operator"))
    before = _log_text()

    def broken_read() -> None:
        raise KeyError("kolom_hilang")

    window.ctx.runner.submit(broken_read)  # no on_error: the main window shows it
    ((title, _text, _informative, details),) = boxes
    assert title == "Kesalahan tak terduga"
    assert "KeyError: 'kolom_hilang'" in details
    assert "KeyError: 'kolom_hilang'" in _log_text()[len(before) :]


def test_a_bug_a_page_shows_inline_is_still_written_to_the_log(qtbot, runner):
    before = _log_text()
    seen = []

    def broken_read() -> None:
        raise ZeroDivisionError("pembagian nol di ringkasan")

    runner.submit(broken_read, on_error=seen.append)
    assert [type(e) for e in seen] == [ZeroDivisionError]
    assert errors.describe(seen[0]) == (
        "Terjadi kesalahan tak terduga (ZeroDivisionError: pembagian nol di ringkasan)."
    )
    added = _log_text()[len(before) :]
    assert "ZeroDivisionError: pembagian nol di ringkasan" in added and "broken_read" in added
    # A person's mistake (a service's message) is not a bug: not logged.
    from tagana_desk.domain.errors import ValidationError

    def refused() -> None:
        raise ValidationError("NIK harus 16 digit, bukan 15 digit.")

    runner.submit(refused, on_error=seen.append)
    assert _log_text()[len(before) :] == added
