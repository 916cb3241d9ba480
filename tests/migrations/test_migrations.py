"""Schema versions on SQLite and PostgreSQL: create, check, refuse, back up and upgrade.

A database newer than the program, a file of another application and a file that is not a
database at all are refused and left byte for byte as they were.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from tagana_desk import paths
from tagana_desk.db import migrate
from tagana_desk.db.engine import open_database
from tagana_desk.db.migrate import SchemaState
from tagana_desk.db.models import Base
from tagana_desk.db.search import include_object
from tagana_desk.domain.errors import DatabaseError
from tests.support import raw

HEAD = "0005_audit_username_index"
EXTRA = "0006_test"

pytestmark = pytest.mark.db


@pytest.fixture
def empty_db(empty_db_url):
    database = open_database(empty_db_url, create=True)
    yield database
    database.dispose()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _files(folder: Path) -> dict[str, str]:
    """Every file in a folder with its hash (catches -wal/-shm files left behind, too)."""
    return {p.name: _digest(p) for p in sorted(folder.iterdir()) if p.is_file()}


def _schema(db) -> dict[str, list[tuple[str, str]]]:
    with db.engine.connect() as conn:
        insp = inspect(conn)
        return {
            table: [(c["name"], str(c["type"])) for c in insp.get_columns(table)]
            for table in sorted(insp.get_table_names())
        }


def _data(db) -> dict[str, int]:
    with db.engine.connect() as conn:
        tables = inspect(conn).get_table_names()
        counts = {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one() for t in tables}
        counts["_users"] = conn.execute(text("SELECT username FROM app_user ORDER BY id")).all()
        counts["_head"] = conn.execute(text("SELECT last_seq, last_hash FROM audit_head")).one()
    return counts


def _version(db) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


# --- A new database ------------------------------------------------------------------------------


def test_empty_database_to_head(empty_db, tmp_path):
    info = migrate.schema_info(empty_db)
    assert (info.state, info.current, info.head) == (SchemaState.EMPTY, None, HEAD)
    with pytest.raises(DatabaseError, match="masih kosong.*tagana-desk init"):
        migrate.require_current(empty_db)

    backups = tmp_path / "cadangan"
    assert migrate.upgrade(empty_db, backup_folder=backups) is None  # nothing to back up
    assert not backups.exists()

    info = migrate.schema_info(empty_db)
    assert (info.state, info.current, info.head) == (SchemaState.CURRENT, HEAD, HEAD)
    migrate.require_current(empty_db)
    with empty_db.engine.connect() as conn:
        meta = conn.execute(text("SELECT key, value FROM tagana_meta")).all()
        head = conn.execute(text("SELECT id, last_seq, last_hash FROM audit_head")).all()
    assert [tuple(r) for r in meta] == [("application", "tagana-desk")]
    assert [tuple(r) for r in head] == [(1, 0, "0" * 64)]


def test_head_to_head_is_a_no_op(db, tmp_path):
    schema, data, version = _schema(db), _data(db), _version(db)
    backups = tmp_path / "cadangan"
    assert migrate.upgrade(db, backup_folder=backups) is None
    assert not backups.exists()
    assert (_schema(db), _data(db), _version(db)) == (schema, data, version)
    assert version == HEAD


def _differences(db) -> list:
    """What autogenerate would change: the models against the migrated database (the search
    structures that models cannot declare are left out, as ``migrations/env.py`` does)."""
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include_object}
        )
        return compare_metadata(context, Base.metadata)


def test_models_and_migrations_agree(empty_db):
    migrate.upgrade(empty_db)
    assert _differences(empty_db) == []


def test_models_and_migrations_agree_check_can_fail(empty_db):
    """The comparison above sees a column the migrations do not make."""
    migrate.upgrade(empty_db)
    raw(empty_db, "ALTER TABLE setting ADD COLUMN extra VARCHAR(10)")
    differences = _differences(empty_db)
    assert [(d[0], d[2], d[3].name) for d in differences] == [("remove_column", "setting", "extra")]


# --- Databases the program must not touch ------------------------------------------------------


def test_newer_schema_is_refused_and_untouched(db):
    raw(db, "UPDATE alembic_version SET version_num = '9999_future'")
    db.dispose()  # checkpoint the WAL: the file alone is the database
    folder = db.path.parent if db.path else None
    before = _files(folder) if folder else None

    info = migrate.schema_info(db)
    assert (info.state, info.current) == (SchemaState.NEWER, "9999_future")
    with pytest.raises(DatabaseError, match="versi Tagana Desk yang lebih baru.*9999_future"):
        migrate.ensure_usable(db)
    with pytest.raises(DatabaseError, match="Database tidak diubah"):
        migrate.upgrade(db)
    with pytest.raises(DatabaseError, match="lebih baru"):
        migrate.require_current(db)
    db.dispose()
    if folder:
        assert _files(folder) == before
    assert _version(db) == "9999_future"


def _foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO contacts (name) VALUES ('Budi'), ('Siti')")
    conn.commit()
    conn.close()


def test_sqlite_file_of_another_application_is_refused_and_untouched(tmp_path):
    path = tmp_path / "kontak.db"
    _foreign_sqlite(path)
    before = _files(tmp_path)

    db = open_database(str(path))
    try:
        assert migrate.schema_info(db).state is SchemaState.FOREIGN
        for check in (migrate.ensure_usable, migrate.upgrade, migrate.require_current):
            with pytest.raises(DatabaseError, match="bukan database Tagana Desk; tidak disentuh"):
                check(db)
    finally:
        db.dispose()
    assert _files(tmp_path) == before


def test_our_tables_without_our_mark_are_foreign(db):
    raw(db, "DELETE FROM tagana_meta")
    assert migrate.schema_info(db).state is SchemaState.FOREIGN
    with pytest.raises(DatabaseError, match="bukan database Tagana Desk"):
        migrate.upgrade(db)


@pytest.mark.parametrize(
    "content",
    [b"NIK;Nama\n3402085505900003;Siti\n", b"PK\x03\x04 a spreadsheet", b"\x00" * 100],
    ids=["csv", "zip", "zeros"],
)
def test_file_that_is_not_sqlite_is_refused_and_untouched(tmp_path, content):
    path = tmp_path / "data.db"
    path.write_bytes(content)
    with pytest.raises(DatabaseError) as info:
        open_database(str(path))
    assert info.value.message == f"{path} bukan database Tagana Desk (bukan file SQLite)."
    with pytest.raises(DatabaseError, match="bukan file SQLite"):
        open_database(str(path), create=True)
    assert path.read_bytes() == content
    assert [p.name for p in tmp_path.iterdir()] == ["data.db"]


# --- Opening: missing files, folders, permissions -------------------------------------------------


def test_missing_file_without_create(tmp_path):
    path = tmp_path / "tidak-ada.db"
    with pytest.raises(DatabaseError) as info:
        open_database(str(path))
    assert info.value.message == (
        f"Database tidak ditemukan: {path}. Jalankan 'tagana-desk init' dulu."
    )
    assert not path.exists()


def test_missing_folder(tmp_path):
    folder = tmp_path / "folder" / "baru"
    with pytest.raises(DatabaseError) as info:
        open_database(str(folder / "tagana.db"))
    assert info.value.message == f"Folder database tidak ada: {folder}"
    assert not folder.exists()

    db = open_database(str(folder / "tagana.db"), create=True)
    try:
        assert folder.is_dir()
        assert migrate.schema_info(db).state is SchemaState.EMPTY
    finally:
        db.dispose()


def test_a_folder_is_not_a_database(tmp_path):
    with pytest.raises(DatabaseError, match="adalah folder, bukan file database"):
        open_database(str(tmp_path))


def _writes_despite_chmod(folder: Path) -> bool:
    """Root (and some file systems) ignore permission bits: then the case cannot be tested."""
    probe = folder / ".probe"
    try:
        probe.write_bytes(b"")
    except OSError:
        return False
    probe.unlink()
    return True


@pytest.fixture
def read_only_folder(tmp_path):
    folder = tmp_path / "hanya-baca"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        if _writes_despite_chmod(folder):
            pytest.skip(
                f"chmod does not stop writes here (uid {os.getuid()}): root ignores permissions"
            )
        yield folder
    finally:
        folder.chmod(0o755)


def test_read_only_folder(read_only_folder):
    path = read_only_folder / "tagana.db"
    with pytest.raises(DatabaseError) as info:
        open_database(str(path), create=True)
    assert info.value.message == f"Folder database tidak dapat ditulis: {read_only_folder}"
    with pytest.raises(DatabaseError) as info:
        open_database(str(read_only_folder / "sub" / "tagana.db"), create=True)
    assert info.value.message.startswith(
        f"Folder database tidak dapat dibuat: {read_only_folder / 'sub'}"
    )
    assert list(read_only_folder.iterdir()) == []


def test_read_only_database_file(sqlite_url, tmp_path):
    """A file this user may only read opens for reading; writing is refused in one message.
    (As root, tests/reliability/test_environment.py runs the same as another user.)"""
    path = Path(sqlite_url)
    path.chmod(0o444)
    try:
        if os.access(path, os.W_OK):
            pytest.skip(f"chmod does not stop writes here (uid {os.getuid()}): root ignores it")
        with pytest.raises(DatabaseError, match="Database hanya-baca"):
            open_database(sqlite_url, create=True)  # init/demo would write
        db = open_database(sqlite_url)
        try:
            assert db.read_only
            with db.read() as s:
                assert s.execute(text("SELECT COUNT(*) FROM app_user")).scalar_one() > 0
            with pytest.raises(DatabaseError, match="Database hanya-baca"), db.write():
                pass
        finally:
            db.dispose()
    finally:
        path.chmod(0o644)


def test_unsupported_url():
    with pytest.raises(DatabaseError, match="'mysql' tidak didukung"):
        open_database("mysql://user@localhost/tagana")


# --- SQLite settings ---------------------------------------------------------------------------


def test_sqlite_pragmas(sqlite_db):
    def pragmas(conn) -> tuple:
        return tuple(
            conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")
        )

    with sqlite_db.engine.connect() as conn:
        assert pragmas(conn) == (1, "wal", 2, 30_000)
    with sqlite_db.write() as s:
        assert pragmas(s.connection()) == (1, "wal", 2, 30_000)


def test_sqlite_foreign_keys_are_enforced(sqlite_db):
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), sqlite_db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO region (code, name, level, parent_code) VALUES ('99.99', 'X', 2, '99')"
        )


# --- Upgrading an older database, with a backup first ---------------------------------------------


NO_OP_REVISION = f'''"""A test revision on top of the initial schema: changes nothing.

Revision ID: {EXTRA}
Revises: {HEAD}
"""

revision = "{EXTRA}"
down_revision = "{HEAD}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
'''


@pytest.fixture
def newer_program(tmp_path, monkeypatch):
    """The program as its next version: the real migrations plus a no-op next revision."""
    folder = tmp_path / "migrations"
    shutil.copytree(paths.migrations_dir(), folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / f"{EXTRA}.py").write_text(NO_OP_REVISION, encoding="utf-8")
    monkeypatch.setattr(migrate, "migrations_dir", lambda: folder)
    assert migrate.head_revision() == EXTRA
    return folder


def test_outdated_database_is_backed_up_then_upgraded(db, roles, newer_program, tmp_path):
    from tagana_desk.services import funds

    with db.write() as s:
        funds.allocate(s, roles.bendahara, "BTT", 15_000_000, "SK Bupati 188/1/2026")
    data = _data(db)

    info = migrate.schema_info(db)
    assert (info.state, info.current, info.head) == (SchemaState.OUTDATED, HEAD, EXTRA)
    with pytest.raises(DatabaseError) as refused:
        migrate.require_current(db)
    assert refused.value.message == (
        f"Skema database perlu diperbarui ({HEAD} → {EXTRA}). "
        "Jalankan 'tagana-desk migrate' (cadangan dibuat otomatis)."
    )

    backups = tmp_path / "folder cadangan"  # a space, as in "C:\\Users\\Budi Santoso"
    backup = migrate.upgrade(db, backup_folder=backups)

    assert migrate.schema_info(db).state is SchemaState.CURRENT
    assert _version(db) == EXTRA
    assert _data(db) == data
    if db.path is None:  # PostgreSQL: the server's own backups are the DBA's job
        assert backup is None
        return
    assert backup is not None and backup.parent == backups
    assert backup.name.startswith("tagana-") and backup.name.endswith(f"-pra-migrasi-{HEAD}.db")
    assert [p.name for p in backups.iterdir()] == [backup.name]  # no leftover .part file
    copy = open_database(str(backup))
    try:
        assert _version(copy) == HEAD
        assert _data(copy) == data
        with copy.engine.connect() as conn:
            amount = conn.execute(text("SELECT amount FROM fund_allocation")).scalar_one()
        assert amount == 15_000_000
    finally:
        copy.dispose()


def test_backup_folder_defaults_to_the_data_directory(sqlite_db, newer_program):
    backup = migrate.upgrade(sqlite_db)
    assert backup is not None
    assert backup.parent == paths.backup_dir()
    assert backup.exists()
    backup.unlink()


def test_revisions_read_from_the_files_agree_with_alembic():
    """Opening a database reads the revision chain itself (no Alembic import); same answer."""
    script = migrate._script()  # noqa: SLF001 - Alembic's own view, for comparison
    alembic_chain = {rev.revision: rev.down_revision for rev in script.walk_revisions()}
    assert migrate.known_revisions() == alembic_chain
    assert migrate.head_revision() == script.get_current_head() == HEAD
