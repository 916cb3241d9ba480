"""Indonesian labels for the incident and household codes (jenis, status, kerusakan, DTKS, …).

The words are the domain's own (``IncidentType.label``, ``households.DAMAGE_LABELS``,
``households.REASON_LABELS``); they are repeated here inside ``QT_TRANSLATE_NOOP`` so Qt
Linguist finds them, and a test keeps the two in step.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tagana_desk.domain.enums import (
    CasualtyKind,
    DamageLevel,
    DtksStatus,
    DuplicateReason,
    DuplicateStatus,
    IncidentStatus,
    IncidentType,
)

_CTX = "IncidentLabels"

INCIDENT_TYPES: dict[IncidentType, str] = {
    IncidentType.BANJIR: QT_TRANSLATE_NOOP("IncidentLabels", "Banjir"),
    IncidentType.TANAH_LONGSOR: QT_TRANSLATE_NOOP("IncidentLabels", "Tanah longsor"),
    IncidentType.KEBAKARAN: QT_TRANSLATE_NOOP("IncidentLabels", "Kebakaran"),
    IncidentType.ANGIN_PUTING_BELIUNG: QT_TRANSLATE_NOOP("IncidentLabels", "Angin puting beliung"),
    IncidentType.GEMPA_BUMI: QT_TRANSLATE_NOOP("IncidentLabels", "Gempa bumi"),
    IncidentType.KEKERINGAN: QT_TRANSLATE_NOOP("IncidentLabels", "Kekeringan"),
    IncidentType.GELOMBANG_PASANG: QT_TRANSLATE_NOOP("IncidentLabels", "Gelombang pasang"),
    IncidentType.MUSIBAH_PERORANGAN: QT_TRANSLATE_NOOP("IncidentLabels", "Musibah perorangan"),
    IncidentType.LAINNYA: QT_TRANSLATE_NOOP("IncidentLabels", "Lainnya"),
}

INCIDENT_STATUSES: dict[IncidentStatus, str] = {
    IncidentStatus.OPEN: QT_TRANSLATE_NOOP("IncidentLabels", "Terbuka"),
    IncidentStatus.CLOSED: QT_TRANSLATE_NOOP("IncidentLabels", "Ditutup"),
}

DAMAGE: dict[DamageLevel, str] = {
    DamageLevel.RB: QT_TRANSLATE_NOOP("IncidentLabels", "Rusak berat"),
    DamageLevel.RS: QT_TRANSLATE_NOOP("IncidentLabels", "Rusak sedang"),
    DamageLevel.RR: QT_TRANSLATE_NOOP("IncidentLabels", "Rusak ringan"),
    DamageLevel.TERENDAM: QT_TRANSLATE_NOOP("IncidentLabels", "Terendam"),
    DamageLevel.NONE: QT_TRANSLATE_NOOP("IncidentLabels", "Tidak rusak"),
}

DTKS: dict[DtksStatus, str] = {
    DtksStatus.IN: QT_TRANSLATE_NOOP("IncidentLabels", "Ya"),
    DtksStatus.OUT: QT_TRANSLATE_NOOP("IncidentLabels", "Tidak"),
    DtksStatus.UNKNOWN: QT_TRANSLATE_NOOP("IncidentLabels", "Belum dicek"),
}

CASUALTY_KINDS: dict[CasualtyKind, str] = {
    CasualtyKind.DEATH: QT_TRANSLATE_NOOP("IncidentLabels", "Meninggal"),
    CasualtyKind.SERIOUS_INJURY: QT_TRANSLATE_NOOP("IncidentLabels", "Luka berat"),
    CasualtyKind.MISSING: QT_TRANSLATE_NOOP("IncidentLabels", "Hilang"),
}

DUPLICATE_REASONS: dict[DuplicateReason, str] = {
    DuplicateReason.NIK_OTHER_INCIDENT: QT_TRANSLATE_NOOP(
        "IncidentLabels", "NIK sama di kejadian lain (≤30 hari)"
    ),
    DuplicateReason.NAME_DESA_BIRTH: QT_TRANSLATE_NOOP(
        "IncidentLabels", "Nama, desa dan tanggal lahir sama, NIK berbeda"
    ),
}

DUPLICATE_STATUSES: dict[DuplicateStatus, str] = {
    DuplicateStatus.OPEN: QT_TRANSLATE_NOOP("IncidentLabels", "Belum diputuskan"),
    DuplicateStatus.CONFIRMED_DISTINCT: QT_TRANSLATE_NOOP("IncidentLabels", "Bukan duplikat"),
    DuplicateStatus.MERGED: QT_TRANSLATE_NOOP("IncidentLabels", "Digabungkan"),
}

#: Rows of an import preview (the importer's ``RowStatus`` values).
IMPORT_STATUSES: dict[str, str] = {
    "valid": QT_TRANSLATE_NOOP("IncidentLabels", "Valid"),
    "ditolak": QT_TRANSLATE_NOOP("IncidentLabels", "Ditolak"),
    "duplikat": QT_TRANSLATE_NOOP("IncidentLabels", "Duplikat"),
    "ditandai": QT_TRANSLATE_NOOP("IncidentLabels", "Ditandai"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def incident_type_label(value: IncidentType | str) -> str:
    return _tr(INCIDENT_TYPES[IncidentType(value)])


def incident_status_label(value: IncidentStatus | str) -> str:
    return _tr(INCIDENT_STATUSES[IncidentStatus(value)])


def damage_label(value: DamageLevel | str) -> str:
    return _tr(DAMAGE[DamageLevel(value)])


def dtks_label(value: DtksStatus | str) -> str:
    return _tr(DTKS[DtksStatus(value)])


def casualty_kind_label(value: CasualtyKind | str) -> str:
    return _tr(CASUALTY_KINDS[CasualtyKind(value)])


def duplicate_reason_label(value: DuplicateReason | str) -> str:
    return _tr(DUPLICATE_REASONS[DuplicateReason(value)])


def duplicate_status_label(value: DuplicateStatus | str) -> str:
    return _tr(DUPLICATE_STATUSES[DuplicateStatus(value)])


def import_status_label(value: str) -> str:
    key = str(value)
    return _tr(IMPORT_STATUSES[key]) if key in IMPORT_STATUSES else key


def sex_label(code: str | None) -> str:
    if code == "L":
        return _tr(QT_TRANSLATE_NOOP("IncidentLabels", "Laki-laki"))
    if code == "P":
        return _tr(QT_TRANSLATE_NOOP("IncidentLabels", "Perempuan"))
    return ""
