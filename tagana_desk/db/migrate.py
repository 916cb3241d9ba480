"""Schema versions: create, check and upgrade a database with Alembic (``migrations/``).

A database whose schema is newer than this program is refused and left untouched; a file that
is not a Tagana database is refused; before any upgrade of an existing SQLite file a backup copy
is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

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


def alembic_config(db: Database | None = None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if db is not None:
        cfg.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return cfg


def _script():
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


_REVISION = re.compile(r"""^revision\s*=\s*['"]([^'"]+)['"]""", re.M)
_DOWN_REVISION = re.compile(r"""^down_revision\s*=\s*['"]([^'"]+)['"]""", re.M)


def known_revisions() -> dict[str, str | None]:
    """Revision → the one it follows, read from the migration files themselves.

    Opening the desk only needs to know whether the database is at the newest revision; reading
    two lines per file spares loading Alembic (a tenth of a second) on every start. Alembic,
    which runs the migrations, reads the same files (a test checks that both agree).
    """
    return dict(_read_revisions(migrations_dir()))


@lru_cache(maxsize=8)
def _read_revisions(folder: Path) -> tuple[tuple[str, str | None], ...]:
    found: list[tuple[str, str | None]] = []
    for path in sorted((folder / "versions").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        revision = _REVISION.search(source)
        if revision:
            down = _DOWN_REVISION.search(source)
            found.append((revision.group(1), down.group(1) if down else None))
    return tuple(found)


def head_revision() -> str:
    revisions = known_revisions()
    heads = set(revisions) - {down for down in revisions.values() if down}
    if len(heads) == 1:
        return heads.pop()
    head = _script().get_current_head()  # unusual files: let Alembic decide
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
        current = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if current == head:
        return SchemaInfo(SchemaState.CURRENT, current, head)
    if current in known_revisions():
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
    from alembic import command

    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup
