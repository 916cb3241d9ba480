"""Schema versions: create, check and upgrade a database with Alembic (``migrations/``).

A database whose schema is newer than this program is refused and left untouched; a file that
is not a Tagana database is refused; before any upgrade of an existing SQLite file a backup copy
is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from tagana_desk.db.backup import timestamped_backup
from tagana_desk.db.engine import Database
from tagana_desk.domain.errors import DatabaseError
from tagana_desk.paths import backup_dir, migrations_dir

APPLICATION_MARK = "tagana-desk"


class SchemaState(StrEnum):
    EMPTY = "empty"  # no tables at all: a new database
    CURRENT = "current"
    OUTDATED = "outdated"  # ours, older revision: needs `migrate`
    NEWER = "newer"  # ours, made by a newer program
    FOREIGN = "foreign"  # has tables, but is not a Tagana database


@dataclass(frozen=True)
class SchemaInfo:
    state: SchemaState
    current: str | None
    head: str


def alembic_config(db: Database | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if db is not None:
        cfg.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return cfg


def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = _script().get_current_head()
    assert head is not None
    return head


def schema_info(db: Database) -> SchemaInfo:
    head = head_revision()
    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if not tables:
            return SchemaInfo(SchemaState.EMPTY, None, head)
        if "alembic_version" not in tables or "tagana_meta" not in tables:
            return SchemaInfo(SchemaState.FOREIGN, None, head)
        mark = conn.execute(
            text("SELECT value FROM tagana_meta WHERE key = 'application'")
        ).scalar_one_or_none()
        if mark != APPLICATION_MARK:
            return SchemaInfo(SchemaState.FOREIGN, None, head)
        current = MigrationContext.configure(conn).get_current_revision()
    if current == head:
        return SchemaInfo(SchemaState.CURRENT, current, head)
    known = {rev.revision for rev in _script().walk_revisions()}
    if current in known:
        return SchemaInfo(SchemaState.OUTDATED, current, head)
    return SchemaInfo(SchemaState.NEWER, current, head)


def ensure_usable(db: Database) -> SchemaInfo:
    """Refuse a database the program must not use as it is; returns its state otherwise."""
    info = schema_info(db)
    if info.state is SchemaState.FOREIGN:
        raise DatabaseError(f"{db.display_name} bukan database Tagana Desk; tidak disentuh.")
    if info.state is SchemaState.NEWER:
        raise DatabaseError(
            f"Database dibuat oleh versi Tagana Desk yang lebih baru (skema {info.current}); "
            "perbarui program ini. Database tidak diubah."
        )
    return info


def require_current(db: Database) -> None:
    info = ensure_usable(db)
    if info.state is SchemaState.EMPTY:
        raise DatabaseError(
            f"Database {db.display_name} masih kosong. Jalankan 'tagana-desk init --admin NAMA' dulu."
        )
    if info.state is SchemaState.OUTDATED:
        raise DatabaseError(
            f"Skema database perlu diperbarui ({info.current} → {info.head}). "
            "Jalankan 'tagana-desk migrate' (cadangan dibuat otomatis)."
        )


def upgrade(db: Database, *, backup_folder: Path | None = None) -> Path | None:
    """Bring the schema to head. Returns the backup written before the upgrade, if any."""
    info = ensure_usable(db)
    if info.state is SchemaState.CURRENT:
        return None
    db.require_writable()
    backup = None
    if info.state is SchemaState.OUTDATED and db.path is not None:
        backup = timestamped_backup(
            db.path, backup_folder or backup_dir(), f"pra-migrasi-{info.current}"
        )
    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup
