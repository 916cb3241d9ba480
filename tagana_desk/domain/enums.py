"""Closed sets of values of the domain. Stored as their string values."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    OPERATOR = "operator"
    BENDAHARA = "bendahara"
    KEPALA = "kepala"
    ADMIN = "admin"
    AUDITOR = "auditor"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.OPERATOR: "Operator",
    Role.BENDAHARA: "Bendahara",
    Role.KEPALA: "Kepala",
    Role.ADMIN: "Admin",
    Role.AUDITOR: "Auditor",
}


class FundKind(StrEnum):
    DISASTER = "disaster"  # dana bencana (BTT, CSR, …)
    STIPEND = "stipend"  # dana honor relawan
    OTHER = "other"


class EntryKind(StrEnum):
    """Kind of a fund ledger entry. The sign of the amount gives the direction."""

    ALLOCATION = "allocation"  # money in (SK, transfer, CSR)
    DISBURSEMENT = "disbursement"  # aid paid to a household
    STIPEND = "stipend"  # honor paid to a volunteer
    REVERSAL = "reversal"  # correction of an earlier entry (void)


class IncidentType(StrEnum):
    BANJIR = "banjir"
    TANAH_LONGSOR = "tanah_longsor"
    KEBAKARAN = "kebakaran"
    ANGIN_PUTING_BELIUNG = "angin_puting_beliung"
    GEMPA_BUMI = "gempa_bumi"
    KEKERINGAN = "kekeringan"
    GELOMBANG_PASANG = "gelombang_pasang"
    MUSIBAH_PERORANGAN = "musibah_perorangan"
    LAINNYA = "lainnya"

    @property
    def label(self) -> str:
        return INCIDENT_TYPE_LABELS[self]


INCIDENT_TYPE_LABELS = {
    IncidentType.BANJIR: "Banjir",
    IncidentType.TANAH_LONGSOR: "Tanah longsor",
    IncidentType.KEBAKARAN: "Kebakaran",
    IncidentType.ANGIN_PUTING_BELIUNG: "Angin puting beliung",
    IncidentType.GEMPA_BUMI: "Gempa bumi",
    IncidentType.KEKERINGAN: "Kekeringan",
    IncidentType.GELOMBANG_PASANG: "Gelombang pasang",
    IncidentType.MUSIBAH_PERORANGAN: "Musibah perorangan",
    IncidentType.LAINNYA: "Lainnya",
}


class IncidentStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class DamageLevel(StrEnum):
    """House damage: rusak berat / sedang / ringan, flooded, none."""

    RB = "RB"
    RS = "RS"
    RR = "RR"
    TERENDAM = "TERENDAM"
    NONE = "NONE"


class CasualtyKind(StrEnum):
    DEATH = "death"  # meninggal
    SERIOUS_INJURY = "serious_injury"  # luka berat
    MISSING = "missing"  # hilang


class DtksStatus(StrEnum):
    UNKNOWN = "unknown"
    IN = "in"
    OUT = "out"


class DuplicateReason(StrEnum):
    NIK_OTHER_INCIDENT = "nik_other_incident"  # same NIK in another incident within 30 days
    NAME_DESA_BIRTH = "name_desa_birth"  # same normalised name + desa + birth date, other NIK


class DuplicateStatus(StrEnum):
    OPEN = "open"
    CONFIRMED_DISTINCT = "confirmed_distinct"
    MERGED = "merged"


class AidKind(StrEnum):
    CASH = "cash"
    IN_KIND = "in_kind"


class AidBasis(StrEnum):
    PER_HOUSEHOLD = "per_household"
    PER_PERSON_DAY = "per_person_day"
    PER_DEATH = "per_death"
    PER_INJURY = "per_injury"
    BY_DAMAGE = "by_damage"
    MANUAL = "manual"


class Eligibility(StrEnum):
    ALL = "all"  # every affected household
    DISPLACED_OR_RB = "displaced_or_rb"
    HAS_DEATH = "has_death"
    HAS_INJURY = "has_injury"
    RB_OR_RS = "rb_or_rs"
    RB = "rb"
    DAMAGED = "damaged"  # RB, RS or RR


class DisbursementStatus(StrEnum):
    DRAFT = "draft"
    PENDING_APPROVAL = "pending_approval"  # a commitment: reserves money, no receipt yet
    PAID = "paid"
    REJECTED = "rejected"
    VOIDED = "voided"


class ApprovalDecision(StrEnum):
    APPROVED = "approved"
    REJECTED = "rejected"


class ReceiptStatus(StrEnum):
    VALID = "valid"
    VOIDED = "voided"


class VolunteerLevel(StrEnum):
    MUDA = "muda"
    MADYA = "madya"
    UTAMA = "utama"


class StipendStatus(StrEnum):
    PAID = "paid"
    VOIDED = "voided"


class SignatoryRole(StrEnum):
    KEPALA_DINAS = "kepala_dinas"
    PPTK = "pptk"
    BENDAHARA = "bendahara"


class PeriodStatus(StrEnum):
    CLOSED = "closed"
    REOPENED = "reopened"
