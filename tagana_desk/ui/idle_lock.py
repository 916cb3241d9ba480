"""Locking the desk after minutes without keyboard or mouse input.

Names, NIKs and money stay on screen when someone steps away from the desk; after the idle time
every window of the program is covered and the lock dialog asks the signed-in person for their
password again. Activity is seen by one application-wide event filter that restarts a single-shot
timer; the time comes from ``QSettings`` (``security/idle_minutes``, default 15, 0 = off) and can
be given in milliseconds instead (tests).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from tagana_desk import APP_NAME
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.dialogs.lock import LockDialog

IDLE_MINUTES_KEY = "security/idle_minutes"
DEFAULT_IDLE_MINUTES = 15
MAX_IDLE_MINUTES = 480

#: Input that counts as someone at the desk.
ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
    QEvent.Type.ShortcutOverride,
})  # fmt: skip


def idle_minutes() -> int:
    """The stored idle time in minutes (0 = never lock)."""
    value = QSettings().value(IDLE_MINUTES_KEY, DEFAULT_IDLE_MINUTES)
    try:
        minutes = int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return DEFAULT_IDLE_MINUTES
    return max(0, min(minutes, MAX_IDLE_MINUTES))


def set_idle_minutes(minutes: int) -> None:
    QSettings().setValue(IDLE_MINUTES_KEY, max(0, min(int(minutes), MAX_IDLE_MINUTES)))


class _Cover(QWidget):
    """An opaque sheet over one window while the desk is locked (follows its size)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("QWidget#lockCover { background: #e9edf1; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 60, 40, 40)
        label = QLabel(self.tr("{app} terkunci").format(app=APP_NAME))
        label.setObjectName("placeholderTitle")
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(label)
        layout.addStretch(1)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
            self.raise_()
        return False


class IdleLock(QObject):
    """Locks ``window`` (and covers every other window of the program) when input stops."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, ctx: DeskContext, window: QWidget, *, timeout_ms: int | None = None) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.dialog: LockDialog | None = None
        self._covers: list[_Cover] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # Precise: a coarse timer of minutes is aligned to whole seconds, so a restart within
        # the same second would not move it (and the idle time would drift by up to 5%).
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.lock)
        self._minutes = idle_minutes()
        self._timeout_ms = timeout_ms
        self._watching = False
        self._restart()

    def stop(self) -> None:
        """The window closes: stop counting and stop looking at every event."""
        self._timer.stop()
        self._watch(False)

    def _watch(self, on: bool) -> None:
        app = QApplication.instance()
        if app is None or on == self._watching:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._watching = on

    # --- the time
    @property
    def interval_ms(self) -> int:
        """Milliseconds without input before the lock; 0 = off."""
        if self._timeout_ms is not None:
            return self._timeout_ms
        return self._minutes * 60_000

    @property
    def active(self) -> bool:
        """The timer is counting (a lock will come unless someone touches the desk)."""
        return self._timer.isActive()

    def set_minutes(self, minutes: int) -> None:
        """A new idle time from Pengaturan (0 = off); counting starts again."""
        self._minutes = max(0, int(minutes))
        self._timeout_ms = None
        self._restart()

    def set_timeout_ms(self, msecs: int) -> None:
        """The idle time in milliseconds (tests); 0 = off."""
        self._timeout_ms = max(0, int(msecs))
        self._restart()

    def _restart(self) -> None:
        # The filter is installed only while a lock can come: every event of the program passes
        # through it, so it must cost nothing while the lock is off.
        if self.is_locked or self.interval_ms <= 0:
            self._timer.stop()
            self._watch(False)
            return
        self._timer.start(self.interval_ms)
        self._watch(True)

    # --- activity
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in ACTIVITY and not self.is_locked and self._timer.isActive():
            self._timer.start()
        return False

    # --- locking
    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def lock(self) -> LockDialog | None:
        """Cover the windows and ask for the password (only while the main window is shown)."""
        if self.is_locked or not self.window.isVisible():
            return self.dialog
        self._timer.stop()
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()  # an open menu or drop-down would stay above the cover
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget.isWindow():
                self._covers.append(_Cover(widget))
        minutes = round(self.interval_ms / 60_000) if self._timeout_ms is None else 0
        dialog = LockDialog(self.ctx, minutes, parent=self.window)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.unlocked.connect(self._unlocked)
        dialog.quit_requested.connect(self._quit)
        self.dialog = dialog
        dialog.open()
        self.locked.emit()
        return dialog

    def _remove_covers(self) -> None:
        for cover in self._covers:
            cover.hide()
            cover.deleteLater()
        self._covers.clear()

    def _unlocked(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self._remove_covers()
        self._restart()
        self.unlocked.emit()

    def _quit(self) -> None:
        self.dialog = None
        self._timer.stop()
        self.window.close()
