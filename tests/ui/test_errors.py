"""Errors in the GUI: a person's mistake is its message; a bug is logged, shown, and survived."""

from __future__ import annotations

import sys

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
