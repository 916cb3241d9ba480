"""A virtual 1366×768 screen for offscreen Qt: the smallest office screen the app must fit.

``TAGANA_DESK_SCREEN=1920x1080`` makes it another size (the screenshot script at full HD).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

WIDTH, HEIGHT = 1366, 768
_size = os.environ.get("TAGANA_DESK_SCREEN", "")
if _size.count("x") == 1 and all(part.isdigit() for part in _size.split("x")):
    WIDTH, HEIGHT = (int(part) for part in _size.split("x"))


def use_desk_screen() -> None:
    """Make the offscreen platform's screen 1366×768 (its default is 800×800).

    Only effective before the QApplication exists; later it changes nothing.
    """
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        return
    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    if not platform.startswith("offscreen") or "configfile" in platform:
        return
    config = Path(tempfile.gettempdir()) / f"tagana-desk-screen-{WIDTH}x{HEIGHT}.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "Layar kantor",
                        "x": 0,
                        "y": 0,
                        "width": WIDTH,
                        "height": HEIGHT,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        ),  # fmt: skip
        encoding="utf-8",
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
