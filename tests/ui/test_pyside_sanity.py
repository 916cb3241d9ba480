"""Guards the PySide6 pin: Qt calls must not eat references to None (PySide6 6.12.0 on 3.11 did)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_keep_none_alive(qapp):
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(5000):
        obj.setObjectName("x")
    assert sys.getrefcount(None) >= before - 50
