"""The one background task runner of the desktop app.

Every database call of the GUI goes through ``runner.submit(fn, *args, on_done=…, on_error=…)``:
``fn`` runs on a worker thread of a ``QThreadPool`` and returns plain data (services return frozen
dataclasses); the result or the exception comes back to the GUI thread through a queued Qt signal,
where the callbacks run. Writes go to a second pool with one thread, so they run one at a time in
the order they were submitted (Anki's single background executor, Picard's ``run_task``).

``SyncTaskRunner`` has the same interface and runs everything at once on the calling thread; tests
inject it so they need no waiting.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Callback = Callable[[Any], object]

#: Threads for reads. SQLite in WAL mode serves several readers beside the one writer.
READ_THREADS = 4


class Runner(Protocol):
    """What pages need from a runner (``TaskRunner`` and ``SyncTaskRunner`` both provide it)."""

    write_committed: Signal
    task_failed: Signal
    busy_changed: Signal

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callback | None = None,
        on_error: Callback | None = None,
        write: bool = False,
        owner: QObject | None = None,
    ) -> int: ...

    def wait_for_done(self, msecs: int = -1) -> bool: ...


@dataclass(slots=True)
class _Pending:
    on_done: Callback | None
    on_error: Callback | None
    write: bool
    owner: QObject | None


class _Relay(QObject):
    """Carries results from worker threads; lives in the GUI thread."""

    succeeded = Signal(int, object)
    failed = Signal(int, object)


class _Task(QRunnable):
    def __init__(self, task_id: int, fn: Callable[..., Any], args: tuple, relay: _Relay) -> None:
        super().__init__()
        self._id = task_id
        self._fn = fn
        self._args = args
        self._relay = relay

    def run(self) -> None:  # worker thread: touch no widget here
        try:
            result = self._fn(*self._args)
        except Exception as exc:  # noqa: BLE001 - every failure is reported to the GUI thread
            self._relay.failed.emit(self._id, exc)
            return
        self._relay.succeeded.emit(self._id, result)


class _RunnerBase(QObject):
    #: A write task finished without an error (its transaction is committed).
    write_committed = Signal()
    #: A task failed and had no ``on_error``: the main window shows it.
    task_failed = Signal(object)
    #: True while any task is running or queued.
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}

    def _deliver_success(self, task_id: int, result: object) -> None:
        pending = self._pop(task_id)
        if pending is None:
            return
        try:
            if pending.on_done is not None and _alive(pending.owner):
                pending.on_done(result)
        finally:
            if pending.write:
                self.write_committed.emit()

    def _deliver_failure(self, task_id: int, exc: object) -> None:
        pending = self._pop(task_id)
        if pending is None:
            return
        if not _is_user_error(exc):
            log.error("Tugas latar belakang gagal", exc_info=exc)  # type: ignore[arg-type]
            if pending.on_error is not None:
                # The page shows it in a line of its own; the traceback still goes to the log
                # file (without ``on_error`` the main window's bug dialog writes it).
                _write_log(exc)
        if pending.on_error is not None:
            if _alive(pending.owner):
                pending.on_error(exc)
        else:
            self.task_failed.emit(exc)

    def _pop(self, task_id: int) -> _Pending | None:
        pending = self._pending.pop(task_id, None)
        if not self._pending:
            self.busy_changed.emit(False)
        return pending

    def _register(self, pending: _Pending) -> int:
        task_id = next(self._ids)
        if not self._pending:
            self.busy_changed.emit(True)
        self._pending[task_id] = pending
        return task_id

    @property
    def busy(self) -> bool:
        return bool(self._pending)


class TaskRunner(_RunnerBase):
    """Runs tasks on worker threads; callbacks run on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(READ_THREADS)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._relay = _Relay(self)
        # Queued: the slots run in this object's (the GUI) thread whatever thread emitted.
        self._relay.succeeded.connect(self._on_succeeded, Qt.ConnectionType.QueuedConnection)
        self._relay.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callback | None = None,
        on_error: Callback | None = None,
        write: bool = False,
        owner: QObject | None = None,
    ) -> int:
        """Run ``fn(*args)`` in the background; returns the task id.

        Args:
            on_done: called on the GUI thread with the result.
            on_error: called on the GUI thread with the exception; without it the runner's
                ``task_failed`` signal is emitted.
            write: the task writes to the database; writes run one at a time, in order.
            owner: a widget the callbacks belong to; when it has been deleted meanwhile the
                callbacks are skipped.
        """
        task_id = self._register(_Pending(on_done, on_error, write, owner))
        pool = self._writes if write else self._reads
        pool.start(_Task(task_id, fn, args, self._relay))
        return task_id

    @Slot(int, object)
    def _on_succeeded(self, task_id: int, result: object) -> None:
        self._deliver_success(task_id, result)

    @Slot(int, object)
    def _on_failed(self, task_id: int, exc: object) -> None:
        self._deliver_failure(task_id, exc)

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until the worker threads are idle (at shutdown). Callbacks still need events."""
        writes = self._writes.waitForDone(msecs)
        reads = self._reads.waitForDone(msecs)
        return writes and reads


class SyncTaskRunner(_RunnerBase):
    """Same interface as ``TaskRunner``; runs each task immediately on the calling thread."""

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callback | None = None,
        on_error: Callback | None = None,
        write: bool = False,
        owner: QObject | None = None,
    ) -> int:
        task_id = self._register(_Pending(on_done, on_error, write, owner))
        try:
            result = fn(*args)
        except Exception as exc:  # noqa: BLE001 - delivered like the threaded runner does
            self._deliver_failure(task_id, exc)
        else:
            self._deliver_success(task_id, result)
        return task_id

    def wait_for_done(self, msecs: int = -1) -> bool:
        return True


def _alive(owner: QObject | None) -> bool:
    return owner is None or shiboken6.isValid(owner)


def _write_log(exc: object) -> None:
    if not isinstance(exc, BaseException):
        return
    import traceback

    from tagana_desk.ui.errors import write_log

    write_log("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))


def _is_user_error(exc: object) -> bool:
    from tagana_desk.domain.errors import TaganaError

    return isinstance(exc, TaganaError)
