"""The task runner: work on worker threads, callbacks on the GUI thread, one write at a time."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, QThread

from tagana_desk.domain.errors import ValidationError
from tagana_desk.ui.tasks import SyncTaskRunner, TaskRunner


@pytest.fixture
def threaded(qapp):
    runner = TaskRunner()
    yield runner
    runner.wait_for_done(10_000)
    runner.deleteLater()


def test_work_runs_on_a_worker_and_the_result_comes_back_on_the_gui_thread(qtbot, threaded):
    seen: dict[str, object] = {}
    gui_thread = QThread.currentThread()

    def work(a, b):
        seen["worker_is_gui"] = QThread.currentThread() is gui_thread
        return a + b

    def done(result):
        seen["result"] = result
        seen["callback_is_gui"] = QThread.currentThread() is gui_thread

    threaded.submit(work, 2, 3, on_done=done)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen == {"worker_is_gui": False, "result": 5, "callback_is_gui": True}


def test_an_error_goes_to_on_error_or_to_task_failed(qtbot, threaded):
    got = []

    def fail():
        raise ValidationError("Jumlah uang harus lebih dari Rp0.", "jumlah")

    threaded.submit(fail, on_error=got.append)
    qtbot.waitUntil(lambda: bool(got))
    assert got[0].message == "Jumlah uang harus lebih dari Rp0."

    with qtbot.waitSignal(threaded.task_failed) as blocker:
        threaded.submit(fail)
    assert isinstance(blocker.args[0], ValidationError)


def test_writes_run_one_at_a_time_in_order(qtbot, threaded):
    release = threading.Event()
    first_started = threading.Event()
    order: list[str] = []

    def first():
        first_started.set()
        assert release.wait(10)
        order.append("first")

    def second():
        order.append("second")

    threaded.submit(first, write=True)
    threaded.submit(second, write=True)
    qtbot.waitUntil(first_started.is_set)
    # The single write thread is busy with the first write, so the second cannot have started.
    assert order == []
    release.set()
    with qtbot.waitSignals([threaded.write_committed, threaded.write_committed]):
        pass
    qtbot.waitUntil(lambda: not threaded.busy)
    assert order == ["first", "second"]


def test_reads_do_not_wait_for_a_write(qtbot, threaded):
    release = threading.Event()
    results = []
    threaded.submit(lambda: release.wait(10), write=True)
    threaded.submit(lambda: "terbaca", on_done=results.append)
    qtbot.waitUntil(lambda: results == ["terbaca"])
    release.set()
    qtbot.waitUntil(lambda: not threaded.busy)


def test_callbacks_of_a_deleted_owner_are_skipped(qtbot, threaded):
    owner = QObject()
    called = []
    release = threading.Event()
    threaded.submit(lambda: release.wait(10), on_done=called.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _valid(owner))
    release.set()
    qtbot.waitUntil(lambda: not threaded.busy)
    assert called == []


def test_sync_runner_has_the_same_interface(qtbot):
    runner = SyncTaskRunner()
    got = []
    with qtbot.waitSignal(runner.write_committed):
        runner.submit(lambda x: x * 2, 21, on_done=got.append, write=True)
    runner.submit(lambda: 1 / 0, on_error=got.append)
    assert got[0] == 42
    assert isinstance(got[1], ZeroDivisionError)
    assert runner.wait_for_done()


def _valid(obj) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)
