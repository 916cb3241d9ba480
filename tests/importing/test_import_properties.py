"""Property: whatever mix of rows a list holds, the counts add up and exactly the valid,
non-duplicate rows are stored (both backends)."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from tagana_desk.db.models import Household
from tagana_desk.services import households
from tagana_desk.services.household_import import import_households
from tagana_desk.services.households import HouseholdInput
from tests.importing.builders import kk, letters, nik, write_csv, write_xlsx
from tests.support import setup_bantul

pytestmark = pytest.mark.db
TODAY = dt.date(2026, 11, 25)
PEOPLE = 12
HEADER = ["No", "Nama Kepala Keluarga", "NIK", "No. KK", "Desa", "Jiwa", "Kerusakan"]


def person_nik(i: int) -> str:
    return nik(i + 1, day=1 + i % 28, month=1 + i % 12, yy=50 + i)


ROW = st.one_of(
    st.tuples(st.just("valid"), st.integers(0, PEOPLE - 1)),
    st.tuples(st.just("nik_number"), st.integers(0, PEOPLE - 1)),
    st.tuples(st.just("bad_persons"), st.integers(0, PEOPLE - 1)),
    st.tuples(st.just("bad_birth_date"), st.integers(0, PEOPLE - 1)),
    st.tuples(st.just("bad_damage"), st.integers(0, PEOPLE - 1)),
    st.tuples(st.just("other_kk"), st.integers(0, PEOPLE - 1), st.integers(0, PEOPLE - 1)),
    st.tuples(st.just("blank")),
    st.tuples(st.just("total")),
)


def build(kind: tuple, no: int, csv: bool) -> list | None:
    """The row for a kind (None: blank) and whether it is valid by itself."""
    name = kind[0]
    if name == "blank":
        return [None] * len(HEADER)
    if name == "total":
        return ["JUMLAH", None, None, None, None, 9, None]
    i = kind[1]
    row = [no, f"Warga {letters(i)}", person_nik(i), kk(i + 1), "Palbapang", 3, "RB"]
    if name == "nik_number":
        row[2] = "3.40208E+15" if csv else int(person_nik(i))
    elif name == "bad_persons":
        row[5] = 0
    elif name == "bad_birth_date":
        row[2] = person_nik(i)[:8] + "13" + person_nik(i)[10:]  # month 13
    elif name == "bad_damage":
        row[6] = "hancur lebur"
    elif name == "other_kk":
        row[3] = kk(kind[2] + 1)
    return row


class _Rollback(Exception):
    pass


@pytest.fixture
def incident(db, roles):
    incident_id = setup_bantul(db, roles)
    with db.write() as s:  # person 0 is already registered: every row of theirs is a duplicate
        households.add_household(
            s, roles.operator, incident_id,
            HouseholdInput(head_name="Warga A", nik=person_nik(0), no_kk=kk(1),
                           desa_code="34.02.08.2001", persons=2),
            today=TODAY,
        )  # fmt: skip
    return incident_id


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(kinds=st.lists(ROW, max_size=25), as_csv=st.booleans(), dry_run=st.booleans())
def test_counts_add_up_and_exactly_the_good_rows_are_stored(
    db, roles, incident, kinds, as_csv, dry_run
):
    rows = [["DAFTAR KK TERDAMPAK"], HEADER] + [
        build(kind, no, as_csv) for no, kind in enumerate(kinds, start=1)
    ]
    # The model: what a careful person would do with this list, row by row.
    seen_nik, seen_kk = {person_nik(0)}, {kk(1)}
    expected_stored, rejected, duplicates, data_rows = [], 0, 0, 0
    for kind in kinds:
        if kind[0] in ("blank", "total"):
            continue
        data_rows += 1
        if kind[0] not in ("valid", "other_kk"):
            rejected += 1
            continue
        n, k = person_nik(kind[1]), kk((kind[2] if kind[0] == "other_kk" else kind[1]) + 1)
        if n in seen_nik or k in seen_kk:
            duplicates += 1
            continue
        seen_nik.add(n)
        seen_kk.add(k)
        expected_stored.append(n)

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("daftar.csv" if as_csv else "daftar.xlsx")
        (write_csv if as_csv else write_xlsx)(path, rows)
        with pytest.raises(_Rollback), db.write() as s:
            report = import_households(s, roles.operator, incident, path, today=TODAY,
                                       dry_run=dry_run)  # fmt: skip
            stored = s.execute(
                select(Household.nik).where(Household.nik != person_nik(0)).order_by(Household.id)
            ).scalars().all()  # fmt: skip
            raise _Rollback

    assert report.total_rows == data_rows
    assert report.imported + report.rejected + report.duplicates == report.total_rows
    assert (report.imported, report.rejected, report.duplicates) == (
        len(expected_stored), rejected, duplicates,
    )  # fmt: skip
    assert report.flagged == 0
    assert stored == ([] if dry_run else expected_stored)
    assert len(report.preview) == data_rows
    assert {e.row for e in report.errors} == {
        p.row for p in report.preview if p.status in ("ditolak", "duplikat")
    }
