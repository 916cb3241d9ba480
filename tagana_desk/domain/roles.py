"""Who may do what (DESIGN §3 Roles). Enforced by the services, mirrored by the GUI."""

from __future__ import annotations

from enum import StrEnum

from tagana_desk.domain.enums import Role


class Permission(StrEnum):
    VIEW = "view"
    EDIT_INCIDENTS = "edit_incidents"
    EDIT_HOUSEHOLDS = "edit_households"
    DRAFT_DISBURSEMENTS = "draft_disbursements"
    ALLOCATE_FUNDS = "allocate_funds"
    MANAGE_FUNDS = "manage_funds"
    PAY = "pay"
    VOID = "void"
    RUN_STIPENDS = "run_stipends"
    MANAGE_VOLUNTEERS = "manage_volunteers"
    PRODUCE_LPJ = "produce_lpj"
    CLOSE_PERIOD = "close_period"
    APPROVE = "approve"
    OVERRIDE_DUPLICATES = "override_duplicates"
    REOPEN_PERIOD = "reopen_period"
    MANAGE_USERS = "manage_users"
    EDIT_SETTINGS = "edit_settings"
    VIEW_AUDIT = "view_audit"
    EXPORT_FULL_NIK = "export_full_nik"
    VIEW_FULL_NIK = "view_full_nik"


_ALL = frozenset(Role)

PERMISSIONS: dict[Permission, frozenset[Role]] = {
    Permission.VIEW: _ALL,
    Permission.EDIT_INCIDENTS: frozenset({Role.OPERATOR, Role.BENDAHARA, Role.KEPALA}),
    Permission.EDIT_HOUSEHOLDS: frozenset({Role.OPERATOR, Role.BENDAHARA, Role.KEPALA}),
    Permission.DRAFT_DISBURSEMENTS: frozenset({Role.OPERATOR, Role.BENDAHARA}),
    Permission.ALLOCATE_FUNDS: frozenset({Role.BENDAHARA}),
    Permission.MANAGE_FUNDS: frozenset({Role.BENDAHARA, Role.ADMIN}),
    Permission.PAY: frozenset({Role.BENDAHARA}),
    Permission.VOID: frozenset({Role.BENDAHARA}),
    Permission.RUN_STIPENDS: frozenset({Role.BENDAHARA}),
    Permission.MANAGE_VOLUNTEERS: frozenset({Role.OPERATOR, Role.BENDAHARA}),
    Permission.PRODUCE_LPJ: frozenset({Role.BENDAHARA}),
    Permission.CLOSE_PERIOD: frozenset({Role.BENDAHARA}),
    Permission.APPROVE: frozenset({Role.KEPALA}),
    Permission.OVERRIDE_DUPLICATES: frozenset({Role.KEPALA}),
    Permission.REOPEN_PERIOD: frozenset({Role.KEPALA, Role.ADMIN}),
    Permission.MANAGE_USERS: frozenset({Role.ADMIN}),
    Permission.EDIT_SETTINGS: frozenset({Role.ADMIN}),
    Permission.VIEW_AUDIT: frozenset({Role.AUDITOR, Role.ADMIN, Role.KEPALA}),
    Permission.EXPORT_FULL_NIK: frozenset({Role.BENDAHARA, Role.KEPALA}),
    Permission.VIEW_FULL_NIK: frozenset({Role.OPERATOR, Role.BENDAHARA, Role.KEPALA}),
}

PERMISSION_LABELS: dict[Permission, str] = {
    Permission.VIEW: "melihat data",
    Permission.EDIT_INCIDENTS: "mencatat kejadian",
    Permission.EDIT_HOUSEHOLDS: "mencatat KK terdampak",
    Permission.DRAFT_DISBURSEMENTS: "menyiapkan penyaluran",
    Permission.ALLOCATE_FUNDS: "menambah alokasi dana",
    Permission.MANAGE_FUNDS: "mengelola daftar dana",
    Permission.PAY: "membayar",
    Permission.VOID: "membatalkan kuitansi",
    Permission.RUN_STIPENDS: "membayar honor relawan",
    Permission.MANAGE_VOLUNTEERS: "mengelola data relawan",
    Permission.PRODUCE_LPJ: "membuat LPJ",
    Permission.CLOSE_PERIOD: "menutup bulan",
    Permission.APPROVE: "menyetujui pembayaran",
    Permission.OVERRIDE_DUPLICATES: "mengizinkan No. KK ganda",
    Permission.REOPEN_PERIOD: "membuka kembali bulan",
    Permission.MANAGE_USERS: "mengelola pengguna",
    Permission.EDIT_SETTINGS: "mengubah pengaturan",
    Permission.VIEW_AUDIT: "melihat log audit",
    Permission.EXPORT_FULL_NIK: "mengekspor NIK lengkap",
    Permission.VIEW_FULL_NIK: "melihat NIK lengkap",
}


def allowed(role: Role | str, permission: Permission) -> bool:
    return Role(role) in PERMISSIONS[permission]
