"""What every page works with: the database, the signed-in actor and the task runner."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject

from tagana_desk.db.engine import Database
from tagana_desk.services.context import Actor
from tagana_desk.ui.tasks import Callback, Runner


@dataclass(frozen=True)
class DeskContext:
    """The signed-in desk. Use cases run as one session per user action (button push)."""

    db: Database
    actor: Actor
    runner: Runner

    def read(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callback | None = None,
        on_error: Callback | None = None,
        owner: QObject | None = None,
    ) -> int:
        """Run ``fn(session, *args)`` in a read transaction, in the background."""
        return self.runner.submit(
            _in_read, self.db, fn, args, on_done=on_done, on_error=on_error, owner=owner
        )

    def write(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callback | None = None,
        on_error: Callback | None = None,
        owner: QObject | None = None,
    ) -> int:
        """Run ``fn(session, *args)`` in a write transaction (committed before ``on_done``)."""
        return self.runner.submit(
            _in_write, self.db, fn, args, on_done=on_done, on_error=on_error, owner=owner,
            write=True,
        )  # fmt: skip


def _in_read(db: Database, fn: Callable[..., Any], args: tuple) -> Any:
    with db.read() as session:
        return fn(session, *args)


def _in_write(db: Database, fn: Callable[..., Any], args: tuple) -> Any:
    with db.write() as session:
        return fn(session, *args)
