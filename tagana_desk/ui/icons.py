"""Icons: one set (Lucide, ISC licence, ``resources/icons/``), drawn in the palette's colours.

Lucide icons are outlines drawn with ``stroke="currentColor"``; Qt's SVG renderer does not know
the widget's colour, so :func:`icon` writes the colour into the SVG before rendering it: the text
colour for normal use, the accent for a selected navigation item, white on a primary button.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QLineEdit

from tagana_desk.paths import resources_dir
from tagana_desk.ui.style import ACCENT, TEXT

#: What the program calls an icon → the Lucide file (``resources/icons/<file>.svg``).
ICONS: dict[str, str] = {
    # navigation
    "beranda": "house",
    "kejadian": "siren",
    "penerima": "users",
    "penyaluran": "hand-coins",
    "dana": "wallet",
    "tagana": "life-buoy",
    "laporan": "file-chart-column",
    "pengaturan": "settings",
    "audit": "scroll-text",
    # actions
    "new": "plus",
    "search": "search",
    "print": "printer",
    "save": "save",
    "import": "import",
    "export": "file-output",
    "verify": "scan-qr-code",
    "lock": "lock",
    "password": "key-round",
    "backup": "database-backup",
    "restore": "archive-restore",
    "help": "circle-help",
    "about": "info",
    "quit": "log-out",
    "back": "arrow-left",
    "folder": "folder-open",
    "edit": "pencil",
    "pay": "banknote",
    "void": "ban",
    "approve": "check",
}

#: Sizes drawn in advance; Qt scales from the nearest for anything else.
SIZES = (16, 20, 24, 32, 48)
DISABLED = "#9aa4ad"
ON_ACCENT = "#ffffff"
APP_ICON = "tagana-desk.svg"
#: The same icon drawn for 16-24 px: the full drawing's gold rim turns to blur that small.
APP_ICON_SMALL = "tagana-desk-small.svg"


def icon_path(name: str):
    """The SVG file of an icon (a name from :data:`ICONS` or a Lucide file name)."""
    return resources_dir() / "icons" / f"{ICONS.get(name, name)}.svg"


@cache
def _svg(name: str) -> str:
    path = icon_path(name)
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


def _pixmap(svg: str, colour: str, size: int) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour).encode("utf-8")))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


@cache
def icon(name: str, colour: str = TEXT, selected: str = ACCENT) -> QIcon:
    """``icon("print")`` → the printer, in ``colour``; greyed when disabled, ``selected`` when
    its item is selected. An unknown name gives an empty icon (never an error)."""
    svg = _svg(name)
    result = QIcon()
    if not svg:
        return result
    for size in SIZES:
        result.addPixmap(_pixmap(svg, colour, size), QIcon.Mode.Normal)
        result.addPixmap(_pixmap(svg, DISABLED, size), QIcon.Mode.Disabled)
        result.addPixmap(_pixmap(svg, selected, size), QIcon.Mode.Selected)
    return result


def on_accent(name: str) -> QIcon:
    """The icon for a primary (accent-coloured) button: white, and grey when disabled."""
    return icon(name, ON_ACCENT, ON_ACCENT)


@cache  # drawn once: the application, the main window and Tentang all show it
def app_icon() -> QIcon:
    """The program's own icon (windows, taskbar), from its SVGs at the usual sizes."""
    result = QIcon()
    for size in (16, 20, 24, 32, 48, 64, 128, 256):
        path = resources_dir() / "icons" / (APP_ICON_SMALL if size <= 24 else APP_ICON)
        try:
            svg = path.read_text(encoding="utf-8")
        except OSError:
            continue
        renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
        pixmap = QPixmap(QSize(size, size))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
    return result


def mark_search_field(edit: QLineEdit) -> QLineEdit:
    """A magnifier at the start of a search box, the same on every page."""
    edit.addAction(icon("search", DISABLED), QLineEdit.ActionPosition.LeadingPosition)
    return edit
