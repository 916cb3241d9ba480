"""Worker process for the concurrency test: waits for a start signal, then allocates."""

from __future__ import annotations

import sys
import time
from pathlib import Path


def run(url: str, worker: int, rounds: int, go_file: str) -> None:
    from tagana_desk.db.engine import open_database
    from tagana_desk.services import funds, users

    db = open_database(url)
    with db.read() as s:
        from sqlalchemy import select

        from tagana_desk.db.models import User

        actor = users.actor_of(
            s.execute(select(User).where(User.username == "bendahara")).scalar_one()
        )
    deadline = time.monotonic() + 30
    while not Path(go_file).exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    for i in range(rounds):
        with db.write() as s:
            funds.allocate(s, actor, "BTT", 1000 * worker + i + 1, f"SK {worker}/{i}")
    db.dispose()


if __name__ == "__main__":
    run(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
