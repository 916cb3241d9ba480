"""Shared fixtures. Qt runs offscreen; every database test gets a fresh, migrated database.

Database tests take the ``db`` fixture, which runs each test on SQLite and on PostgreSQL. The
PostgreSQL run needs a server: ``pg_virtualenv`` (Debian postgresql-common) provides one and sets
the ``PG*`` variables, or set ``TAGANA_TEST_PG_URL``. Without one, the PostgreSQL variant is
skipped with the reason shown, unless ``TAGANA_REQUIRE_PG=1`` (CI), where it fails instead.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
_HOME = Path(tempfile.mkdtemp(prefix="tagana-test-home-"))
os.environ["TAGANA_DESK_HOME"] = str(_HOME)  # never touch the real user data directory
os.environ.pop("TAGANA_DESK_DB", None)
os.environ.pop("TAGANA_DESK_USER", None)
os.environ.pop("TAGANA_DESK_PASSWORD", None)

import pytest  # noqa: E402

from tests.support import (  # noqa: E402
    ADMIN_PASSWORD,
    Roles,
    make_roles,
    pg_admin_url,
    seed_role_users,
)

_TEMPLATES: dict[str, object] = {}


def _sqlite_template(tmp_root: Path) -> Path:
    from tagana_desk.db import migrate
    from tagana_desk.db.engine import open_database
    from tagana_desk.services import setup

    path = tmp_root / "template.db"
    db = open_database(str(path), create=True)
    migrate.upgrade(db)
    with db.write() as s:
        setup.initialize(s, "admin", ADMIN_PASSWORD)
        seed_role_users(s)
    db.engine.dispose()
    return path


def _pg_template() -> str:
    from sqlalchemy import create_engine, text

    from tagana_desk.db import migrate
    from tagana_desk.db.engine import open_database
    from tagana_desk.services import setup

    admin_url = pg_admin_url()
    name = f"tagana_tpl_{uuid.uuid4().hex[:8]}"
    eng = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with eng.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    eng.dispose()
    url = admin_url.rsplit("/", 1)[0] + f"/{name}"
    db = open_database(url)
    migrate.upgrade(db)
    with db.write() as s:
        setup.initialize(s, "admin", ADMIN_PASSWORD)
        seed_role_users(s)
    db.engine.dispose()
    return name


@pytest.fixture(scope="session")
def _tmp_root():
    root = Path(tempfile.mkdtemp(prefix="tagana-test-"))
    yield root
    shutil.rmtree(root, ignore_errors=True)


def _new_sqlite(tmp_root: Path, tmp_path: Path) -> str:
    if "sqlite" not in _TEMPLATES:
        _TEMPLATES["sqlite"] = _sqlite_template(tmp_root)
    target = tmp_path / "tagana.db"
    shutil.copyfile(_TEMPLATES["sqlite"], target)
    return str(target)


def _new_pg() -> tuple[str, str]:
    from sqlalchemy import create_engine, text

    admin_url = pg_admin_url()
    if "postgresql" not in _TEMPLATES:
        _TEMPLATES["postgresql"] = _pg_template()
    name = f"tagana_t_{uuid.uuid4().hex[:10]}"
    eng = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with eng.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{_TEMPLATES["postgresql"]}"'))
    eng.dispose()
    return admin_url.rsplit("/", 1)[0] + f"/{name}", name


def _drop_pg(name: str) -> None:
    from sqlalchemy import create_engine, text

    eng = create_engine(pg_admin_url(), isolation_level="AUTOCOMMIT")
    with eng.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    eng.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, _tmp_root, tmp_path):
    """URL of a fresh migrated database with the admin user and default funds, per backend."""
    if request.param == "postgresql":
        if pg_admin_url() is None:
            reason = "PostgreSQL tidak tersedia (jalankan di bawah pg_virtualenv atau set TAGANA_TEST_PG_URL)"
            if os.environ.get("TAGANA_REQUIRE_PG") == "1":
                pytest.fail(reason)
            pytest.skip(reason)
        url, name = _new_pg()
        yield url
        _drop_pg(name)
    else:
        yield _new_sqlite(_tmp_root, tmp_path)


@pytest.fixture
def sqlite_url(_tmp_root, tmp_path):
    """A fresh migrated SQLite database (for tests that are about SQLite or the GUI)."""
    return _new_sqlite(_tmp_root, tmp_path)


@pytest.fixture
def db(db_url):
    from tagana_desk.db.engine import open_database

    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(sqlite_url):
    from tagana_desk.db.engine import open_database

    database = open_database(sqlite_url)
    yield database
    database.dispose()


@pytest.fixture
def roles(db) -> Roles:
    """One signed-in actor per role (password ``Rahasia123``)."""
    return make_roles(db)


@pytest.fixture
def sqlite_roles(sqlite_db) -> Roles:
    return make_roles(sqlite_db)


# --- Empty databases (migration tests) ------------------------------------------------------


def _require_pg() -> str:
    """The PostgreSQL maintenance URL, or skip (fail under TAGANA_REQUIRE_PG=1) without one."""
    admin_url = pg_admin_url()
    if admin_url is None:
        reason = "PostgreSQL tidak tersedia (jalankan di bawah pg_virtualenv atau set TAGANA_TEST_PG_URL)"
        if os.environ.get("TAGANA_REQUIRE_PG") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    return admin_url


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_db_url(request, tmp_path):
    """URL of a database with no tables at all, per backend.

    SQLite: a file path that does not exist yet (open it with ``create=True``). PostgreSQL: a new,
    empty database, dropped after the test.
    """
    if request.param == "sqlite":
        yield str(tmp_path / "kosong.db")
        return
    from sqlalchemy import create_engine, text

    admin_url = _require_pg()
    name = f"tagana_e_{uuid.uuid4().hex[:10]}"
    eng = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with eng.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}" TEMPLATE template0'))
    eng.dispose()
    yield admin_url.rsplit("/", 1)[0] + f"/{name}"
    _drop_pg(name)
