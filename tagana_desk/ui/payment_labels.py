"""Indonesian labels and colours for paying aid: statuses, batch actions, aid types, damage.

The words are the services' own (``disbursements.STATUS_LABELS``, ``aid.BASIS_LABELS``,
``aid.ELIGIBILITY_LABELS``); they are repeated inside ``QT_TRANSLATE_NOOP`` so Qt Linguist finds
them, and a test keeps the two in step.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from tagana_desk.domain.enums import (
    AidBasis,
    AidKind,
    DamageLevel,
    DisbursementStatus,
    Eligibility,
    ReceiptStatus,
)
from tagana_desk.ui.style import Tone, tone_fill, tone_text

_CTX = "PaymentLabels"

STATUSES: dict[DisbursementStatus, str] = {
    DisbursementStatus.DRAFT: QT_TRANSLATE_NOOP("PaymentLabels", "Draf"),
    DisbursementStatus.PENDING_APPROVAL: QT_TRANSLATE_NOOP("PaymentLabels", "Menunggu persetujuan"),
    DisbursementStatus.PAID: QT_TRANSLATE_NOOP("PaymentLabels", "Dibayar"),
    DisbursementStatus.REJECTED: QT_TRANSLATE_NOOP("PaymentLabels", "Ditolak"),
    DisbursementStatus.VOIDED: QT_TRANSLATE_NOOP("PaymentLabels", "Dibatalkan"),
}

RECEIPT_STATUSES: dict[ReceiptStatus, str] = {
    ReceiptStatus.VALID: QT_TRANSLATE_NOOP("PaymentLabels", "Berlaku"),
    ReceiptStatus.VOIDED: QT_TRANSLATE_NOOP("PaymentLabels", "Dibatalkan"),
}

#: What a batch does with a household (``PreviewLine.action``).
ACTIONS: dict[str, str] = {
    "bayar": QT_TRANSLATE_NOOP("PaymentLabels", "Bayar"),
    "persetujuan": QT_TRANSLATE_NOOP("PaymentLabels", "Persetujuan"),
    "lewati": QT_TRANSLATE_NOOP("PaymentLabels", "Lewati"),
}

KINDS: dict[AidKind, str] = {
    AidKind.CASH: QT_TRANSLATE_NOOP("PaymentLabels", "Tunai"),
    AidKind.IN_KIND: QT_TRANSLATE_NOOP("PaymentLabels", "Barang"),
}

BASES: dict[AidBasis, str] = {
    AidBasis.PER_HOUSEHOLD: QT_TRANSLATE_NOOP("PaymentLabels", "per KK"),
    AidBasis.PER_PERSON_DAY: QT_TRANSLATE_NOOP("PaymentLabels", "per jiwa per hari"),
    AidBasis.PER_DEATH: QT_TRANSLATE_NOOP("PaymentLabels", "per jiwa meninggal"),
    AidBasis.PER_INJURY: QT_TRANSLATE_NOOP("PaymentLabels", "per korban luka berat"),
    AidBasis.BY_DAMAGE: QT_TRANSLATE_NOOP("PaymentLabels", "menurut tingkat kerusakan"),
    AidBasis.MANUAL: QT_TRANSLATE_NOOP("PaymentLabels", "nilai manual"),
}

ELIGIBILITY: dict[Eligibility, str] = {
    Eligibility.ALL: QT_TRANSLATE_NOOP("PaymentLabels", "semua KK terdampak"),
    Eligibility.DISPLACED_OR_RB: QT_TRANSLATE_NOOP(
        "PaymentLabels", "KK mengungsi atau rumah rusak berat"
    ),
    Eligibility.HAS_DEATH: QT_TRANSLATE_NOOP("PaymentLabels", "KK dengan anggota meninggal"),
    Eligibility.HAS_INJURY: QT_TRANSLATE_NOOP("PaymentLabels", "KK dengan korban luka berat"),
    Eligibility.RB_OR_RS: QT_TRANSLATE_NOOP("PaymentLabels", "rumah rusak berat atau sedang"),
    Eligibility.RB: QT_TRANSLATE_NOOP("PaymentLabels", "rumah rusak berat"),
    Eligibility.DAMAGED: QT_TRANSLATE_NOOP("PaymentLabels", "rumah rusak (berat, sedang, ringan)"),
}

#: Short damage codes for table cells (the full words go in the tooltip).
DAMAGE_SHORT: dict[DamageLevel, str] = {
    DamageLevel.RB: QT_TRANSLATE_NOOP("PaymentLabels", "RB"),
    DamageLevel.RS: QT_TRANSLATE_NOOP("PaymentLabels", "RS"),
    DamageLevel.RR: QT_TRANSLATE_NOOP("PaymentLabels", "RR"),
    DamageLevel.TERENDAM: QT_TRANSLATE_NOOP("PaymentLabels", "Terendam"),
    DamageLevel.NONE: QT_TRANSLATE_NOOP("PaymentLabels", "—"),
}

DAMAGE: dict[DamageLevel, str] = {
    DamageLevel.RB: QT_TRANSLATE_NOOP("PaymentLabels", "Rusak berat"),
    DamageLevel.RS: QT_TRANSLATE_NOOP("PaymentLabels", "Rusak sedang"),
    DamageLevel.RR: QT_TRANSLATE_NOOP("PaymentLabels", "Rusak ringan"),
    DamageLevel.TERENDAM: QT_TRANSLATE_NOOP("PaymentLabels", "Terendam"),
    DamageLevel.NONE: QT_TRANSLATE_NOOP("PaymentLabels", "Tidak rusak"),
}

# The desk's status colours (tagana_desk.ui.style.TONES): readable on white table rows, and not
# the only sign (the word is there too).
GREEN = tone_text(Tone.PAID)
AMBER = tone_text(Tone.PENDING)
RED = tone_text(Tone.VOIDED)
GREY = tone_text(Tone.MUTED)
GREEN_FILL = tone_fill(Tone.PAID)
AMBER_FILL = tone_fill(Tone.PENDING)
RED_FILL = tone_fill(Tone.VOIDED)

ACTION_COLOURS: dict[str, tuple[QColor, QColor | None]] = {
    "bayar": (GREEN, GREEN_FILL),
    "persetujuan": (AMBER, AMBER_FILL),
    "lewati": (GREY, None),
}

STATUS_COLOURS: dict[DisbursementStatus, tuple[QColor, QColor | None]] = {
    DisbursementStatus.PAID: (GREEN, None),
    DisbursementStatus.PENDING_APPROVAL: (AMBER, AMBER_FILL),
    DisbursementStatus.VOIDED: (RED, RED_FILL),
    DisbursementStatus.REJECTED: (GREY, None),
    DisbursementStatus.DRAFT: (GREY, None),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def status_label(status: DisbursementStatus | str) -> str:
    return _t(STATUSES[DisbursementStatus(status)])


def receipt_status_label(status: ReceiptStatus | str) -> str:
    return _t(RECEIPT_STATUSES[ReceiptStatus(status)])


def action_label(action: str) -> str:
    return _t(ACTIONS[action]) if action in ACTIONS else action


def kind_label(kind: AidKind | str) -> str:
    return _t(KINDS[AidKind(kind)])


def basis_label(basis: AidBasis | str) -> str:
    return _t(BASES[AidBasis(basis)])


def eligibility_label(rule: Eligibility | str) -> str:
    return _t(ELIGIBILITY[Eligibility(rule)])


def damage_short(level: DamageLevel | str) -> str:
    return _t(DAMAGE_SHORT[DamageLevel(level)])


def damage_label(level: DamageLevel | str) -> str:
    return _t(DAMAGE[DamageLevel(level)])
