"""Random text in every command-line argument: a clear one-line refusal, never a traceback."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tagana_desk.cli import EXIT_UNEXPECTED, main

junk = st.one_of(
    st.text(min_size=0, max_size=40),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.sampled_from(["", " ", "-1", "0", "1e9", "NaN", "١٢٣", "'; DROP TABLE fund; --", "9" * 400,
                     "2026-02-30", "13/13/2026", "../../etc/passwd", "\x00", "Rp1.000,5"]),
)  # fmt: skip

TEMPLATES = [
    ["fund", "allocate", "--fund", "{}", "--amount", "1000", "--ref", "SK"],
    ["fund", "allocate", "--fund", "BTT", "--amount", "{}", "--ref", "SK"],
    ["fund", "allocate", "--fund", "BTT", "--amount", "1000", "--ref", "{}"],
    ["fund", "allocate", "--fund", "BTT", "--amount", "1000", "--ref", "SK", "--date", "{}"],
    ["balance", "--fund", "{}"],
    [
        "incident",
        "add",
        "--type",
        "{}",
        "--date",
        "2026-11-20",
        "--desa",
        "34.02.08.2001",
        "--title",
        "x",
    ],
    [
        "incident",
        "add",
        "--type",
        "banjir",
        "--date",
        "{}",
        "--desa",
        "34.02.08.2001",
        "--title",
        "x",
    ],
    ["incident", "add", "--type", "banjir", "--date", "2026-11-20", "--desa", "{}", "--title", "x"],
    [
        "incident",
        "add",
        "--type",
        "banjir",
        "--date",
        "2026-11-20",
        "--desa",
        "34.02.08.2001",
        "--title",
        "{}",
    ],
    ["disburse-batch", "--incident", "1", "--aid-type", "{}"],
    ["void", "{}", "--reason", "salah"],
    ["void", "0001/BTT/XI/2026", "--reason", "{}"],
    ["verify-receipt", "{}"],
    ["stipends", "run", "--month", "{}"],
    ["lpj", "--month", "{}", "--out", "/tmp"],
    ["close-month", "--month", "{}"],
    ["reopen-month", "--month", "2026-01", "--reason", "{}"],
    ["receipt", "{}", "--out", "/tmp/x.pdf"],
]


@pytest.fixture(scope="module")
def database(tmp_path_factory, request):
    from tests.conftest import _new_sqlite

    root = tmp_path_factory.mktemp("fuzz")
    path = _new_sqlite(root, root)
    return path


@pytest.mark.parametrize("template", TEMPLATES, ids=[" ".join(t[:2]) for t in TEMPLATES])
@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(value=junk)
def test_random_argument_is_refused_cleanly(database, template, value, capsys, monkeypatch):
    monkeypatch.setenv("TAGANA_DESK_USER", "bendahara")
    monkeypatch.setenv("TAGANA_DESK_PASSWORD", "Rahasia123")
    argv = ["--db", database, *[value if part == "{}" else part for part in template]]
    if "\x00" in value:  # the OS refuses NUL in real arguments; argparse never sees it
        return
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse usage errors: exit 2 with one line
        code = exc.code
    out, err = capsys.readouterr()
    assert code != EXIT_UNEXPECTED, err
    assert "Traceback" not in err + out
    if code != 0:
        lines = [line for line in err.splitlines() if line.strip()]
        assert len(lines) == 1 and lines[0].startswith("Galat: "), err


def test_nothing_odd_was_written(database):
    """After all the junk, the database still verifies."""
    from tagana_desk.db.engine import open_database
    from tagana_desk.services import verify

    db = open_database(database)
    with db.read() as s:
        assert verify.verify(s).ok
    db.dispose()
