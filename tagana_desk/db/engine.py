"""Opening a database: URL resolution, SQLite pragmas, read and write transactions.

SQLite: foreign keys on, WAL, ``synchronous=FULL``, a busy timeout so a second desk waits for the
lock instead of failing. Write transactions start with ``BEGIN IMMEDIATE`` (the write lock is taken
up front, so a balance read inside the transaction cannot go stale); read transactions with a plain
``BEGIN``. A file (or folder) this user may not write is opened read-only: reading works, every
write transaction is refused with one clear message. PostgreSQL: the same API; money-moving use
cases lock rows (see ``db.locking``).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from tagana_desk.domain.errors import DatabaseError
from tagana_desk.paths import default_database_path

#: Execution option that marks a write transaction (``BEGIN IMMEDIATE`` on SQLite).
WRITE_OPTION = "tagana_write"
SQLITE_BUSY_TIMEOUT_S = 30


def resolve_url(value: str | None) -> str:
    """``--db`` value (URL or file path) or ``TAGANA_DESK_DB`` or the default file → URL."""
    raw = value or os.environ.get("TAGANA_DESK_DB") or str(default_database_path())
    if "://" in raw:
        try:
            url = make_url(raw)
        except ArgumentError:
            raise DatabaseError(f"Alamat database tidak valid: {raw}") from None
        if url.get_backend_name() not in ("sqlite", "postgresql"):
            raise DatabaseError(
                f"Jenis database {url.get_backend_name()!r} tidak didukung (hanya SQLite dan PostgreSQL)."
            )
        if url.get_backend_name() == "postgresql" and url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        return url.render_as_string(hide_password=False)
    path = Path(raw).expanduser().resolve()
    # The URL parser reads "?" as the start of a query and decodes "%XX": escape both, so a
    # folder such as "Bencana%202026" names itself and not another file.
    return "sqlite:///" + str(path).replace("%", "%25").replace("?", "%3F")


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL, or None for PostgreSQL and in-memory databases."""
    parsed = make_url(url)
    if (
        parsed.get_backend_name() != "sqlite"
        or not parsed.database
        or parsed.database == ":memory:"
    ):
        return None
    return Path(parsed.database)


def _check_sqlite_file(path: Path, *, create: bool) -> bool:
    """Refuse what cannot be a database of ours; True when it can only be read."""
    directory = path.parent
    if not directory.exists():
        if not create:
            raise DatabaseError(f"Folder database tidak ada: {directory}")
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(
                f"Folder database tidak dapat dibuat: {directory} ({exc.strerror})"
            ) from None
    if path.exists():
        if path.is_dir():
            raise DatabaseError(f"{path} adalah folder, bukan file database.")
        if not os.access(path, os.R_OK):
            raise DatabaseError(f"File database tidak dapat dibaca: {path}")
        with open(path, "rb") as fh:
            header = fh.read(16)
        if header and header != b"SQLite format 3\x00":
            raise DatabaseError(f"{path} bukan database Tagana Desk (bukan file SQLite).")
        # WAL writes the -wal and -shm files beside the database: the folder must be writable.
        read_only = not os.access(path, os.W_OK) or not os.access(directory, os.W_OK)
        if read_only and create:
            raise DatabaseError(_read_only_message(path))
        return read_only
    else:
        if not create:
            raise DatabaseError(
                f"Database tidak ditemukan: {path}. Jalankan 'tagana-desk init' dulu."
            )
        if not os.access(directory, os.W_OK):
            raise DatabaseError(f"Folder database tidak dapat ditulis: {directory}")
    return False


def _read_only_message(path: object) -> str:
    return (
        f"Database hanya-baca: {path}. Perubahan tidak dapat disimpan; periksa izin file dan "
        "foldernya."
    )


def read_only_uri(path: Path) -> str:
    """A ``file:`` URI that opens ``path`` for reading only (for ``sqlite3.connect(uri=True)``).

    A WAL database is read through its ``-shm`` index, which SQLite creates beside the file. In a
    folder this user cannot write, with no ``-shm`` there, nobody has the database open (the last
    connection to close removes it), so it is opened ``immutable``: read as it is on disk,
    without the index. Otherwise ``mode=ro`` reads through the existing index and sees the
    commits of a desk that has it open.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    shm = path.with_name(path.name + "-shm")
    if not shm.exists() and not os.access(path.parent, os.W_OK):
        uri += "&immutable=1"
    return uri


def _install_sqlite_hooks(
    engine: Engine, *, bulk_load: bool = False, read_only: bool = False
) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record) -> None:
        # Take transaction control away from the sqlite3 module; SQLAlchemy's begin event below
        # emits BEGIN / BEGIN IMMEDIATE itself.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_S * 1000}")
        cursor.execute("PRAGMA foreign_keys = ON")
        # journal_mode=WAL is stored in the file itself: switch only a new (empty) database or
        # one of ours, so a file of another application is left untouched and can be refused.
        tables = {
            row[0] for row in cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if not read_only and (not tables or "tagana_meta" in tables):
            cursor.execute("PRAGMA journal_mode = WAL")
        # FULL: a committed payment survives a power cut. OFF only while the demo generator
        # fills a new file (it can be rebuilt; it is not the desk's real data).
        cursor.execute("PRAGMA synchronous = OFF" if bulk_load else "PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        if conn.get_execution_options().get(WRITE_OPTION):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


@dataclass
class Database:
    """An open database: one engine, a read and a write session factory.

    Use cases run as ``with db.write() as s: service(s, …)``: the caller owns the session and the
    transaction commits when the block ends without an error.
    """

    url: str
    engine: Engine
    _read: sessionmaker[Session]
    _write: sessionmaker[Session]
    #: A SQLite file this user may only read: ``write()`` refuses with a clear message.
    read_only: bool = False

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (rolled back at the end, never commits)."""
        with self._read() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A write unit of work: commits on success, rolls back on any error."""
        self.require_writable()
        with self._write.begin() as session:
            yield session

    def require_writable(self) -> None:
        """Refuse up front (before any work) when the database can only be read."""
        if self.read_only:
            raise DatabaseError(_read_only_message(self.display_name))

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(
    value: str | None = None, *, create: bool = False, bulk_load: bool = False
) -> Database:
    """Open (without migrating) the database named by ``--db``/env/default.

    ``create`` allows a new SQLite file (and its folder) to be made; otherwise a missing file is
    an error. ``bulk_load`` trades durability for speed (demo generation only). Schema checks are
    ``db.migrate``'s job.
    """
    url = resolve_url(value)
    path = sqlite_path(url)
    read_only = False
    if path is not None:
        read_only = _check_sqlite_file(path, create=create)
        options: dict = {}
        if read_only:
            uri = read_only_uri(path)
            options["creator"] = lambda: sqlite3.connect(
                uri, uri=True, timeout=SQLITE_BUSY_TIMEOUT_S, check_same_thread=False
            )
        engine = create_engine(
            url,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S, "check_same_thread": False},
            **options,
        )
        _install_sqlite_hooks(engine, bulk_load=bulk_load, read_only=read_only)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    write_engine = engine.execution_options(**{WRITE_OPTION: True})
    return Database(
        url=url,
        engine=engine,
        _read=sessionmaker(bind=engine, expire_on_commit=False),
        _write=sessionmaker(bind=write_engine, expire_on_commit=False),
        read_only=read_only,
    )


def is_write_transaction(session: Session) -> bool:
    return bool(session.connection().get_execution_options().get(WRITE_OPTION))
