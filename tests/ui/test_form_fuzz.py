"""Random text in every field of every form: a message on the form, never a crash or a write.

pytest-qt fails a test on any exception raised inside a Qt slot, so a form that crashes on odd
input fails here even when the dialog itself stays open. A failure a service did not foresee
reaches the form as "kesalahan tak terduga": that fails here too.

Text goes in as a person can put it there: a field with a validator only takes what the validator
lets through (then the field reacts as to typing), and spin and date boxes are typed into key by
key. A form that refused the input has written nothing.
"""

from __future__ import annotations

import datetime as dt
import os

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)
from sqlalchemy import func, select

from tagana_desk.db.models import Base
from tagana_desk.services import funds, incidents
from tagana_desk.ui.dialogs.allocate import AllocateDialog
from tagana_desk.ui.dialogs.household import HouseholdDialog
from tagana_desk.ui.dialogs.incident import IncidentDialog
from tagana_desk.ui.region_picker import load_region_choices
from tests.ui.helpers import add_household, add_incident, set_office_bantul

#: Pieces a scanned or pasted receipt code (``TGD1|number|amount|yyyymmdd|mac``) is made of.
qr_part = st.one_of(
    st.text(max_size=24),
    st.sampled_from(["0001/BTT/XI/2026", "525000", "9" * 5000, "0" * 4400 + "7", "20261125",
                     "20261399", "٢٠٢٦١١٢٥", "0" * 20, "F" * 20, "-5", ""]),
)  # fmt: skip
junk = st.one_of(
    st.text(max_size=60),
    st.sampled_from(["-1", "1e99", "9" * 300, "9" * 5000, "Rp1.000,5", "'; DROP TABLE fund; --",
                     "\u202e", "🙂", "3402081203750001", "3.40208E+15", "  ", "0", "31/02/2026",
                     "00/00/0000", "99999", "9999999999999", "1.000.000.000.001"]),
    st.lists(qr_part, min_size=4, max_size=4).map(lambda parts: "TGD1|" + "|".join(parts)),
    # Sane values too, and None (the field left as it was), so forms also get to save.
    st.sampled_from(["1500000", "20.000", "Sukardi Wiryo", "SK Bupati 188/1/2026", "evakuasi"]),
    st.none(),
)  # fmt: skip


def _counts(db) -> dict[str, int]:
    with db.read() as s:
        return {n: s.execute(select(func.count()).select_from(t)).scalar_one()
                for n, t in Base.metadata.tables.items() if n not in ("audit_event", "audit_head")}  # fmt: skip


def _accepts(edit: QLineEdit, text: str) -> bool:
    validator = edit.validator()
    if validator is None:
        return True
    state = validator.validate(text, len(text))
    state = state[0] if isinstance(state, tuple) else state
    return state != QValidator.State.Invalid


def _fill(dialog, values) -> None:
    edits = [w for w in dialog.findChildren(QLineEdit) if w.isEnabled() and not w.isReadOnly()
             and w.objectName() != "qt_spinbox_lineedit"]  # fmt: skip
    for i, edit in enumerate(edits):
        value = values[i % len(values)]
        if value is not None and _accepts(edit, value):  # refused text cannot be typed or pasted
            edit.setText(value)
            edit.textEdited.emit(value)
    for box in dialog.findChildren(QPlainTextEdit) + dialog.findChildren(QTextEdit):
        if not box.isReadOnly() and values[-1] is not None:
            box.setPlainText(values[-1])
    spins = [
        w for w in dialog.findChildren(QAbstractSpinBox) if w.isEnabled() and not w.isReadOnly()
    ]
    for i, box in enumerate(spins):
        box.lineEdit().selectAll()
        for char in (values[(i + 1) % len(values)] or "")[:20]:
            _type(box, char)  # key by key: the box's own validator decides
        box.interpretText()  # what Qt does when the person leaves the box


def _type(widget, char: str) -> None:
    """One key carrying ``char``, as a keyboard or a barcode scanner sends it (QTest.keyClicks
    only knows ASCII). Enter and Esc are left out: they would close the form midway."""
    if char in "\r\n\x1b":
        return
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _accepted(dialog) -> bool:
    """Did the form take the input (closed with OK, or shows what it saved)?"""
    return dialog.result() == QDialog.DialogCode.Accepted or any(
        getattr(dialog, name, None) is not None for name in ("result_value", "saved_info")
    )


def _unexpected(dialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel) if "tak terduga" in label.text()]


@pytest.fixture
def bantul(desk, sqlite_db, sqlite_roles):
    """An incident with a displaced household, money in both funds and one Tagana volunteer:
    every form has something it could really save."""
    from tagana_desk.services import volunteers
    from tagana_desk.services.volunteers import VolunteerInput
    from tests.support import make_kk, make_nik

    set_office_bantul(sqlite_db, sqlite_roles)
    incident_id = add_incident(sqlite_db, sqlite_roles.operator, "Banjir uji")
    add_household(sqlite_db, sqlite_roles.operator, incident_id, "Suparman", make_nik(serial=7),
                  make_kk(7), persons=5, displaced=True)  # fmt: skip
    with sqlite_db.write() as s:
        for fund in ("BTT", "HONOR"):
            funds.allocate(s, sqlite_roles.bendahara, fund, 50_000_000, "SK Bupati 188/1/2026")
    with sqlite_db.write() as s:
        volunteers.save_volunteer(s, sqlite_roles.operator, VolunteerInput(
            name="Heri Purnomo", nik=make_nik(serial=11, yy=90), type_code="TAGANA",
            joined_on=dt.date(2025, 1, 1), nia="34.02.08.0011", level="muda",
            kecamatan_code="34.02.08",
        ))  # fmt: skip
    return incident_id


#: 8 examples per form in the suite; TAGANA_FUZZ_EXAMPLES=500 for a long hunt.
CHECK = settings(max_examples=int(os.environ.get("TAGANA_FUZZ_EXAMPLES", "8")), deadline=None,
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


def _pay_household(desk, db, incident_id):
    from tagana_desk.ui.dialogs.pay_household import PayHouseholdDialog

    return PayHouseholdDialog(desk("bendahara"), incident_id, "Banjir uji")


def _batch(desk, db, incident_id):
    from tagana_desk.ui.dialogs.batch import BatchDialog

    return BatchDialog(desk("bendahara"), [(incident_id, "Banjir uji")], incident_id=incident_id)


def _aid_rate(desk, db, incident_id):
    from tagana_desk.domain.enums import AidBasis
    from tagana_desk.services import aid
    from tagana_desk.ui.dialogs.aid_rate import RateDialog

    with db.read() as s:
        types = aid.list_aid_types(s, active_only=True)
    # The type priced by damage level has one field more (the level).
    info = next((t for t in types if t.basis == AidBasis.BY_DAMAGE), types[0])
    return RateDialog(desk("admin"), info)


def _volunteer_rate(desk, db, incident_id):
    from tagana_desk.services import volunteers
    from tagana_desk.ui.dialogs.volunteer_rate import RateDialog

    with db.read() as s:
        return RateDialog(desk("admin"), volunteers.list_types(s))


def _deployment(desk, db, incident_id):
    from tagana_desk.services import volunteers
    from tagana_desk.ui.dialogs.deployment import DeploymentDialog

    ctx = desk("operator")
    with db.read() as s:
        found = volunteers.list_volunteers(s, ctx.actor)
        incident = incidents.get_incident(s, incident_id)
    dialog = DeploymentDialog(ctx, [incident], found, incident_id=incident_id)
    dialog.select_volunteer(found[0].id)  # typed junk in the box may still un-pick it
    return dialog


def _reason(desk, db, incident_id):
    from tagana_desk.ui.dialogs.reason import ReasonDialog

    return ReasonDialog("Tutup kejadian", "Kejadian ditutup.", field_label="Alasan",
                        confirm_text="Tutup kejadian", required=True)  # fmt: skip


def _stipend_run(desk, db, incident_id):
    from tagana_desk.services import stipends
    from tagana_desk.ui.dialogs.stipend_run import StipendRunDialog

    ctx = desk("bendahara")
    with db.read() as s:
        preview = stipends.preview(s, ctx.actor, f"{dt.date.today():%Y-%m}")
    return StipendRunDialog(ctx, preview)


def _verify_receipt(desk, db, incident_id):
    from tagana_desk.ui.dialogs.verify_receipt import VerifyReceiptDialog

    return VerifyReceiptDialog(desk("auditor"))


def _user(desk, db, incident_id):
    from tagana_desk.ui.dialogs.user import UserDialog

    return UserDialog(desk("admin"))


def _password(desk, db, incident_id):
    from tagana_desk.ui.dialogs.password import PasswordDialog

    return PasswordDialog(desk("admin"), "operator")


FORMS = {"allocate": _allocate, "household": _household, "incident": _incident,
         "volunteer": _volunteer, "signatory": _signatory, "pay_household": _pay_household,
         "batch": _batch, "aid_rate": _aid_rate, "volunteer_rate": _volunteer_rate,
         "deployment": _deployment, "reason": _reason, "stipend_run": _stipend_run,
         "verify_receipt": _verify_receipt, "user": _user, "password": _password}  # fmt: skip
#: The button each form's Enter / primary button runs, where it is not ``save``.
SUBMIT = {"pay_household": "pay", "batch": "disburse", "reason": "confirm",
          "stipend_run": "confirm", "verify_receipt": "verify"}  # fmt: skip
#: Forms that never write, whatever is typed.
READ_ONLY = {"reason", "verify_receipt"}


@pytest.mark.parametrize("form", sorted(FORMS))
@CHECK
@given(values=st.lists(junk, min_size=6, max_size=6))
def test_random_text_in_every_field(qtbot, desk, sqlite_db, bantul, form, values):
    dialog = FORMS[form](desk, sqlite_db, bantul)
    qtbot.addWidget(dialog)
    before = _counts(sqlite_db)
    _fill(dialog, values)
    getattr(dialog, SUBMIT.get(form, "save"))()
    assert not _unexpected(dialog), _unexpected(dialog)
    if form in READ_ONLY or not _accepted(dialog):  # refused: said so, nothing stored
        assert _counts(sqlite_db) == before


#: Text shaped like a receipt's QR code (``TGD1|number|amount|yyyymmdd|mac``), odd in one part.
receipt_code = st.builds(
    "TGD1|{}|{}|{}|{}".format,
    st.one_of(st.just("0001/BTT/XI/2026"),
              st.text(min_size=1, max_size=20).filter(lambda t: "|" not in t)),
    st.one_of(st.integers(0, 10**20).map(str),
              st.sampled_from(["9" * 5000, "0" * 4400 + "7", "٥٢٥٠٠٠", "²", "-5"])),
    st.one_of(st.dates().map(lambda d: f"{d.year:04d}{d.month:02d}{d.day:02d}"),
              st.sampled_from(["20261399", "٢٠٢٦١١٢٥", "00000000"])),
    st.one_of(st.text("0123456789ABCDEF", min_size=20, max_size=20), st.text(max_size=22)),
)  # fmt: skip


@CHECK
# Pasted thousands of digits: int() refuses over 4,300 and the check failed "unexpectedly".
@example(code="TGD1|0001/BTT/XI/2026|" + "9" * 5000 + "|20261125|" + "0" * 20)
@example(code="TGD1|0001/BTT/XI/2026|٥٢٥٠٠٠|20261125|" + "A" * 20)  # not ASCII digits
@given(code=receipt_code)
def test_random_receipt_codes_are_refused_plainly(qtbot, desk, sqlite_db, bantul, code):
    """Periksa kuitansi: what a scanner or a paste can put in the field is answered with a
    verdict (never "kesalahan tak terduga"), and no made-up code is genuine."""
    dialog = _verify_receipt(desk, sqlite_db, bantul)
    qtbot.addWidget(dialog)
    dialog.code_edit.setText(code)
    dialog.code_edit.textEdited.emit(code)
    dialog.verify()
    assert not _unexpected(dialog), _unexpected(dialog)
    assert dialog.message.text() == ""
    assert dialog.check is not None and not dialog.check.ok
    assert dialog.verdict_title.text().startswith("✖ ")
