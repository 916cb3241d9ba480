"""The GUI's Indonesian words for payments are the services' own words (kept in step)."""

from __future__ import annotations

from tagana_desk.domain.enums import DamageLevel, DisbursementStatus
from tagana_desk.services import aid, disbursements
from tagana_desk.services.households import DAMAGE_LABELS
from tagana_desk.ui import payment_labels


def test_labels_match_the_services():
    assert {s: payment_labels.status_label(s) for s in DisbursementStatus} == {
        s: disbursements.STATUS_LABELS[s] for s in DisbursementStatus
    }
    assert {b: payment_labels.basis_label(b) for b in aid.BASIS_LABELS} == aid.BASIS_LABELS
    assert {
        e: payment_labels.eligibility_label(e) for e in aid.ELIGIBILITY_LABELS
    } == aid.ELIGIBILITY_LABELS
    assert {d: payment_labels.damage_label(d) for d in DamageLevel} == DAMAGE_LABELS
    assert payment_labels.action_label("persetujuan") == "Persetujuan"
    assert payment_labels.damage_short("NONE") == "—"
