"""Errors in the GUI: a person's mistake is a message; a bug is a dialog, never a silent exit."""

from __future__ import annotations

import datetime as dt
import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tagana_desk.domain.errors import TaganaError

log = logging.getLogger(__name__)


def describe(exc: BaseException | object) -> str:
    """One line for a person: the service's own message, or a plain account of a fault."""
    if isinstance(exc, TaganaError):
        return exc.message
    try:
        from sqlalchemy.exc import DBAPIError
    except ImportError:  # pragma: no cover - SQLAlchemy is a dependency
        DBAPIError = ()  # type: ignore[assignment]  # noqa: N806
    if isinstance(exc, DBAPIError):
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        if "locked" in reason.lower():
            return QCoreApplication.translate(
                "Errors", "Database sedang dipakai komputer lain; coba lagi sebentar lagi."
            )
        return QCoreApplication.translate(
            "Errors", "Database tidak dapat dipakai: {reason}"
        ).format(reason=reason)
    return QCoreApplication.translate(
        "Errors", "Terjadi kesalahan tak terduga ({kind}: {text})."
    ).format(kind=type(exc).__name__, text=exc)


def write_log(text: str) -> str:
    """Append a traceback to the log file in the data folder; returns where it went."""
    from tagana_desk.paths import log_dir

    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "tagana-desk.log"
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(f"\n--- {dt.datetime.now().isoformat()} gui\n{text}")
        return str(path)
    except OSError:
        return QCoreApplication.translate("Errors", "(log tidak dapat ditulis)")


def show_unexpected(parent: QWidget | None, exc: BaseException) -> None:
    """The dialog for a bug: what happened, that the program keeps running, the details."""
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    where = write_log(details)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Kesalahan tak terduga"))
    box.setText(
        QCoreApplication.translate(
            "Errors",
            "Terjadi kesalahan yang tidak terduga. Aplikasi tetap berjalan, tetapi periksa "
            "apakah pekerjaan terakhir Anda tersimpan.",
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Errors", "Rincian dicatat di {path}. Sampaikan kepada admin."
        ).format(path=where)
    )
    box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.button(QMessageBox.StandardButton.Close).setText(
        QCoreApplication.translate("Errors", "Tutup")
    )
    box.exec()


def show_error(parent: QWidget | None, exc: BaseException | object) -> None:
    """A failed action: the service's message for a person's mistake, the bug dialog otherwise."""
    if isinstance(exc, TaganaError):
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Errors", "Tidak dapat dilanjutkan"))
        box.setText(exc.message)
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.button(QMessageBox.StandardButton.Close).setText(
            QCoreApplication.translate("Errors", "Tutup")
        )
        box.exec()
    elif isinstance(exc, BaseException):
        show_unexpected(parent, exc)


class ExceptHook:
    """``sys.excepthook`` for the GUI: show the bug and keep running.

    With ``fatal=True`` (smoke runs, where nobody can click a dialog) the traceback goes to
    stderr and the event loop ends with exit code 1.
    """

    def __init__(self, *, fatal: bool = False) -> None:
        self.fatal = fatal
        self._showing = False

    def __call__(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.exit(130)
            return
        text = "".join(traceback.format_exception(kind, exc, tb))
        sys.stderr.write(text)
        sys.stderr.flush()
        if self.fatal:
            write_log(text)
            QApplication.exit(1)
            return
        if self._showing:  # an error while the dialog is open: logged, not stacked
            write_log(text)
            return
        self._showing = True
        try:
            show_unexpected(QApplication.activeWindow(), exc.with_traceback(tb))
        finally:
            self._showing = False


def install_excepthook(*, fatal: bool = False) -> ExceptHook:
    hook = ExceptHook(fatal=fatal)
    sys.excepthook = hook
    return hook
