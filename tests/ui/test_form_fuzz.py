"""Random text in every field of the main forms: a message on the form, never a crash or a write.

pytest-qt fails a test on any exception raised inside a Qt slot, so a form that crashes on odd
input fails here even when the dialog itself stays open.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit
from sqlalchemy import func, select

from tagana_desk.db.models import Base
from tagana_desk.services import funds, incidents
from tagana_desk.ui.dialogs.allocate import AllocateDialog
from tagana_desk.ui.dialogs.household import HouseholdDialog
from tagana_desk.ui.dialogs.incident import IncidentDialog
from tagana_desk.ui.region_picker import load_region_choices
from tests.ui.helpers import add_incident, set_office_bantul

junk = st.one_of(
    st.text(max_size=60),
    st.sampled_from(["-1", "1e99", "9" * 300, "Rp1.000,5", "'; DROP TABLE fund; --", "\u202e", "🙂",
                     "3402081203750001", "3.40208E+15", "  ", "0"]),
)  # fmt: skip


def _counts(db) -> dict[str, int]:
    with db.read() as s:
        return {n: s.execute(select(func.count()).select_from(t)).scalar_one()
                for n, t in Base.metadata.tables.items() if n not in ("audit_event", "audit_head")}  # fmt: skip


def _fill(dialog, values) -> None:
    edits = [w for w in dialog.findChildren(QLineEdit) if w.isEnabled() and not w.isReadOnly()
             and w.objectName() != "qt_spinbox_lineedit"]  # fmt: skip
    for i, edit in enumerate(edits):
        edit.setText(values[i % len(values)])
    for box in dialog.findChildren(QPlainTextEdit) + dialog.findChildren(QTextEdit):
        if not box.isReadOnly():
            box.setPlainText(values[-1])


@pytest.fixture
def bantul(desk, sqlite_db, sqlite_roles):
    set_office_bantul(sqlite_db, sqlite_roles)
    incident_id = add_incident(sqlite_db, sqlite_roles.operator, "Banjir uji")
    return incident_id


CHECK = settings(max_examples=8, deadline=None,
                 suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])  # fmt: skip


def _allocate(desk, db, incident_id):
    with db.read() as s:
        return AllocateDialog(desk("bendahara"), funds.list_funds(s))


def _household(desk, db, incident_id):
    with db.read() as s:
        incident, choices = incidents.get_incident(s, incident_id), load_region_choices(s)
    return HouseholdDialog(desk("operator"), incident, choices, today=dt.date(2026, 11, 25))


def _incident(desk, db, incident_id):
    with db.read() as s:
        return IncidentDialog(desk("operator"), load_region_choices(s))


def _volunteer(desk, db, incident_id):
    from tagana_desk.ui.dialogs.volunteer import VolunteerDialog
    from tagana_desk.ui.volunteer_support import load_roster_choices

    with db.read() as s:
        return VolunteerDialog(desk("operator"), load_roster_choices(s))


def _signatory(desk, db, incident_id):
    from tagana_desk.ui.dialogs.signatory import SignatoryDialog

    return SignatoryDialog(desk("admin"))


FORMS = {"allocate": _allocate, "household": _household, "incident": _incident,
         "volunteer": _volunteer, "signatory": _signatory}  # fmt: skip


@pytest.mark.parametrize("form", sorted(FORMS))
@CHECK
@given(values=st.lists(junk, min_size=6, max_size=6))
def test_random_text_in_every_field(qtbot, desk, sqlite_db, bantul, form, values):
    dialog = FORMS[form](desk, sqlite_db, bantul)
    qtbot.addWidget(dialog)
    before = _counts(sqlite_db)
    _fill(dialog, values)
    dialog.save()
    if dialog.isVisible():  # refused: said so on the form, nothing stored
        assert _counts(sqlite_db) == before
