"""Search structures that SQLAlchemy models cannot declare: name search over 1M households.

SQLite: an FTS5 table with the trigram tokenizer over ``household.head_name_norm`` (external
content, kept in sync by triggers); ``LIKE '%fragment%'`` on it uses the index for fragments of
three or more characters. PostgreSQL: ``pg_trgm`` with a GIN index, which serves ``LIKE`` /
``ILIKE '%fragment%'`` on the column itself. NIK and No. KK prefixes use plain b-tree range scans.

SQLite batch migrations that recreate ``household`` drop its triggers: call
``create_sqlite_triggers`` again after such a migration.
"""

from __future__ import annotations

#: Database objects created here, for the migration comparison to leave alone.
SEARCH_TABLE_PREFIX = "household_fts"
SEARCH_INDEXES = frozenset({"ix_household_name_trgm"})

_SQLITE_TABLE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS household_fts USING fts5("
    "head_name_norm, content='household', content_rowid='id', tokenize='trigram')"
)
_SQLITE_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS household_fts_ai AFTER INSERT ON household BEGIN "
    "INSERT INTO household_fts(rowid, head_name_norm) VALUES (new.id, new.head_name_norm); END",
    "CREATE TRIGGER IF NOT EXISTS household_fts_ad AFTER DELETE ON household BEGIN "
    "INSERT INTO household_fts(household_fts, rowid, head_name_norm) "
    "VALUES ('delete', old.id, old.head_name_norm); END",
    "CREATE TRIGGER IF NOT EXISTS household_fts_au AFTER UPDATE OF head_name_norm ON household "
    "BEGIN INSERT INTO household_fts(household_fts, rowid, head_name_norm) "
    "VALUES ('delete', old.id, old.head_name_norm); "
    "INSERT INTO household_fts(rowid, head_name_norm) VALUES (new.id, new.head_name_norm); END",
)


def create_sqlite_triggers(execute) -> None:
    for statement in _SQLITE_TRIGGERS:
        execute(statement)


def create_search_objects(execute, dialect: str) -> None:
    """Create the search structures; ``execute`` runs one SQL statement (e.g. ``op.execute``)."""
    if dialect == "sqlite":
        execute(_SQLITE_TABLE)
        create_sqlite_triggers(execute)
        execute("INSERT INTO household_fts(household_fts) VALUES ('rebuild')")
    elif dialect == "postgresql":
        execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        execute(
            "CREATE INDEX IF NOT EXISTS ix_household_name_trgm ON household "
            "USING gin (head_name_norm gin_trgm_ops)"
        )


def drop_search_objects(execute, dialect: str) -> None:
    if dialect == "sqlite":
        for name in ("household_fts_ai", "household_fts_ad", "household_fts_au"):
            execute(f"DROP TRIGGER IF EXISTS {name}")
        execute("DROP TABLE IF EXISTS household_fts")
    elif dialect == "postgresql":
        execute("DROP INDEX IF EXISTS ix_household_name_trgm")


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Alembic ``include_object`` hook: ignore the search structures in comparisons."""
    if type_ == "table" and name and name.startswith(SEARCH_TABLE_PREFIX):
        return False
    return not (type_ == "index" and name in SEARCH_INDEXES)
