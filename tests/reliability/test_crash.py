"""Fast variant of the crash script (the long one: ``python -m tests.reliability.crash``)."""

from __future__ import annotations

from tests.reliability import crash


def test_killed_operations_leave_all_or_nothing(tmp_path):
    result = crash.run(tmp_path, kills_per_operation=2, seed=3)
    for op, entry in result["results"].items():
        assert entry["failures"] == [], (op, entry)
        assert entry["kills"] == 2
