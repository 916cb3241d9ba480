"""Inserting many rows at once (imports): multi-row INSERTs in the caller's transaction."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import chain

from sqlalchemy import Table
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

#: The DB-API parameter marker of a positional parameter, per paramstyle (sqlite3; psycopg).
_MARKERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}

Processor = Callable[[object], object]


def insert_rows(
    session: Session, table: Table, columns: Sequence[str], rows: Sequence[tuple]
) -> None:
    """Insert ``rows`` (tuples of values in the order of ``columns``) through the session's
    connection, in its transaction, in the order given.

    Values are what a Core ``insert()`` takes (dates, enums, aware datetimes): each column's
    own bind processor converts them, once per distinct value. Columns left out get NULL (no
    Python-side defaults).

    Why not Core's executemany: it looks up and converts every parameter of every row, which
    for 50,000 households cost more Python time than SQLite spent storing them; and it runs one
    statement per row, where SQLite's full-text index (filled by a trigger on household) writes
    its pending terms to disk at every statement. Here each statement inserts a page of rows
    (``INSERT … VALUES (…), (…), …``, as many as the driver takes in one statement).
    """
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    columns = tuple(columns)
    by_column = list(zip(*rows, strict=True))
    for i, process in enumerate(_processors(dialect, table, columns)):
        if process is not None:
            by_column[i] = _converted(by_column[i], process)
    # Rows per statement: as many as SQLAlchemy's own multi-row inserts put in one.
    page = min(
        dialect.insertmanyvalues_page_size,
        max(1, dialect.insertmanyvalues_max_parameters // len(columns)),
    )
    # Each statement's parameters, row after row, flattened.
    params = [
        tuple(
            chain.from_iterable(zip(*(values[i : i + page] for values in by_column), strict=True))
        )
        for i in range(0, len(rows), page)
    ]
    whole = len(rows) // page
    if whole:
        connection.exec_driver_sql(_statement(dialect, table, columns, page), params[:whole])
    if len(params) > whole:
        rest = len(rows) - whole * page
        connection.exec_driver_sql(_statement(dialect, table, columns, rest), params[whole])


def _converted(values: Sequence[object], process: Processor) -> Sequence[object]:
    """``process`` of each value. A column of an import holds few distinct values (a handful of
    dates, the enum members, one timestamp) of one type: then each is converted once. (Equal
    values of different types, ``1`` and ``True``, may convert differently: not memoised.)"""
    try:
        if len(set(map(type, values))) != 1:
            return [process(v) for v in values]
        done = {v: process(v) for v in set(values)}
    except TypeError:  # values that cannot be set members (a list, a dict): each on its own
        return [process(v) for v in values]
    return list(map(done.__getitem__, values))


@lru_cache(maxsize=32)
def _processors(
    dialect: Dialect, table: Table, columns: tuple[str, ...]
) -> tuple[Processor | None, ...]:
    """The columns' bind processors for the dialect (None where a value goes to the driver as
    it is), as Core's own execution would apply them."""
    return tuple(table.c[key].type.dialect_impl(dialect).bind_processor(dialect) for key in columns)


@lru_cache(maxsize=64)
def _statement(dialect: Dialect, table: Table, columns: tuple[str, ...], rows: int) -> str:
    """``INSERT INTO table (columns) VALUES (…), …`` for ``rows`` rows, in the driver's
    parameter style (positional)."""
    marker = _MARKERS.get(dialect.paramstyle)
    if marker is None:
        raise NotImplementedError(f"paramstyle {dialect.paramstyle!r}")
    quote = dialect.identifier_preparer
    names = ", ".join(quote.format_column(table.c[key]) for key in columns)
    one = "(" + ", ".join([marker] * len(columns)) + ")"
    return f"INSERT INTO {quote.format_table(table)} ({names}) VALUES " + ", ".join([one] * rows)
