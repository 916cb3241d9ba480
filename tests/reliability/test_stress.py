"""Fast variant of the stress script (the long one: ``python -m tests.reliability.stress``)."""

from __future__ import annotations

import pytest

from tests.reliability import stress

pytestmark = pytest.mark.db


def test_parallel_use_cases_keep_every_invariant(db_url):
    from tagana_desk.db.engine import open_database
    from tagana_desk.services import demo

    db = open_database(db_url)
    demo.build(db, households=80, seed=11)
    db.dispose()
    result = stress.run(db_url, processes=3, rounds=8)
    assert result["failures"] == []
    assert result["problems"] == []
    done = sum(n for key, n in result["counts"].items() if key.endswith(":ok"))
    assert done >= 6, result["counts"]
