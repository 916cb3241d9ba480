"""Indonesian labels for codes stored in the database (audit actions, entities, signatory roles).

The source strings are marked with ``QT_TRANSLATE_NOOP`` so Qt Linguist finds them; they are
translated when shown.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tagana_desk.domain.enums import Role, SignatoryRole
from tagana_desk.domain.roles import PERMISSIONS, Permission

_CTX = "Labels"

ACTIONS: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("Labels", "Tambah"),
    "update": QT_TRANSLATE_NOOP("Labels", "Ubah"),
    "delete": QT_TRANSLATE_NOOP("Labels", "Hapus"),
    "close": QT_TRANSLATE_NOOP("Labels", "Tutup"),
    "reopen": QT_TRANSLATE_NOOP("Labels", "Buka kembali"),
    "allocate": QT_TRANSLATE_NOOP("Labels", "Alokasi dana"),
    "login": QT_TRANSLATE_NOOP("Labels", "Masuk"),
    "login_failed": QT_TRANSLATE_NOOP("Labels", "Gagal masuk"),
    "lockout": QT_TRANSLATE_NOOP("Labels", "Akun dikunci"),
    "set_password": QT_TRANSLATE_NOOP("Labels", "Ganti kata sandi"),
    "set_logo": QT_TRANSLATE_NOOP("Labels", "Ganti logo"),
    "set_rate": QT_TRANSLATE_NOOP("Labels", "Atur tarif"),
    "disburse": QT_TRANSLATE_NOOP("Labels", "Salurkan bantuan"),
    "disburse_batch": QT_TRANSLATE_NOOP("Labels", "Salurkan per kelompok"),
    "pay": QT_TRANSLATE_NOOP("Labels", "Bayar"),
    "void": QT_TRANSLATE_NOOP("Labels", "Batalkan kuitansi"),
    "approve": QT_TRANSLATE_NOOP("Labels", "Setujui"),
    "reject": QT_TRANSLATE_NOOP("Labels", "Tolak"),
    "print": QT_TRANSLATE_NOOP("Labels", "Cetak"),
    "stipend_run": QT_TRANSLATE_NOOP("Labels", "Bayar honor bulanan"),
    "lpj": QT_TRANSLATE_NOOP("Labels", "Buat LPJ"),
    "close_month": QT_TRANSLATE_NOOP("Labels", "Tutup bulan"),
    "reopen_month": QT_TRANSLATE_NOOP("Labels", "Buka kembali bulan"),
    "close_period": QT_TRANSLATE_NOOP("Labels", "Tutup bulan"),
    "reopen_period": QT_TRANSLATE_NOOP("Labels", "Buka kembali bulan"),
    "import": QT_TRANSLATE_NOOP("Labels", "Impor"),
    "export": QT_TRANSLATE_NOOP("Labels", "Ekspor"),
    "decide_duplicate": QT_TRANSLATE_NOOP("Labels", "Putuskan duplikat"),
    "override_kk": QT_TRANSLATE_NOOP("Labels", "Izinkan No. KK ganda"),
}

ENTITIES: dict[str, str] = {
    "fund": QT_TRANSLATE_NOOP("Labels", "Dana"),
    "fund_allocation": QT_TRANSLATE_NOOP("Labels", "Alokasi dana"),
    "user": QT_TRANSLATE_NOOP("Labels", "Pengguna"),
    "office_profile": QT_TRANSLATE_NOOP("Labels", "Profil kantor"),
    "signatory": QT_TRANSLATE_NOOP("Labels", "Penandatangan"),
    "incident": QT_TRANSLATE_NOOP("Labels", "Kejadian"),
    "household": QT_TRANSLATE_NOOP("Labels", "KK terdampak"),
    "household_import": QT_TRANSLATE_NOOP("Labels", "Impor KK terdampak"),
    "duplicate_flag": QT_TRANSLATE_NOOP("Labels", "Kemungkinan duplikat"),
    "dtks_import": QT_TRANSLATE_NOOP("Labels", "Impor DTKS/DTSEN"),
    "disbursement": QT_TRANSLATE_NOOP("Labels", "Penyaluran"),
    "receipt": QT_TRANSLATE_NOOP("Labels", "Kuitansi"),
    "volunteer": QT_TRANSLATE_NOOP("Labels", "Relawan"),
    "volunteer_type": QT_TRANSLATE_NOOP("Labels", "Jenis relawan"),
    "volunteer_import": QT_TRANSLATE_NOOP("Labels", "Impor relawan"),
    "deployment": QT_TRANSLATE_NOOP("Labels", "Penugasan relawan"),
    "stipend_payment": QT_TRANSLATE_NOOP("Labels", "Honor relawan"),
    "stipend_run": QT_TRANSLATE_NOOP("Labels", "Honor bulanan"),
    "lpj_report": QT_TRANSLATE_NOOP("Labels", "LPJ"),
    "period": QT_TRANSLATE_NOOP("Labels", "Periode"),
    "closed_period": QT_TRANSLATE_NOOP("Labels", "Bulan ditutup"),
    "aid_type": QT_TRANSLATE_NOOP("Labels", "Jenis bantuan"),
}

#: The roles' names (``domain.enums.ROLE_LABELS``), repeated here so Qt Linguist finds them.
ROLES: dict[Role, str] = {
    Role.OPERATOR: QT_TRANSLATE_NOOP("Labels", "Operator"),
    Role.BENDAHARA: QT_TRANSLATE_NOOP("Labels", "Bendahara"),
    Role.KEPALA: QT_TRANSLATE_NOOP("Labels", "Kepala"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Labels", "Admin"),
    Role.AUDITOR: QT_TRANSLATE_NOOP("Labels", "Auditor"),
}

SIGNATORY_ROLES: dict[SignatoryRole, str] = {
    SignatoryRole.KEPALA_DINAS: QT_TRANSLATE_NOOP("Labels", "Kepala Dinas"),
    SignatoryRole.PPTK: QT_TRANSLATE_NOOP("Labels", "PPTK"),
    SignatoryRole.BENDAHARA: QT_TRANSLATE_NOOP("Labels", "Bendahara"),
}


def action_label(code: str) -> str:
    """``allocate`` → ``Alokasi dana``; an unknown code is shown as it is."""
    return QCoreApplication.translate(_CTX, ACTIONS[code]) if code in ACTIONS else code


def entity_label(code: str) -> str:
    return QCoreApplication.translate(_CTX, ENTITIES[code]) if code in ENTITIES else code


def signatory_role_label(role: SignatoryRole | str) -> str:
    return QCoreApplication.translate(_CTX, SIGNATORY_ROLES[SignatoryRole(role)])


def role_label(role: Role | str) -> str:
    return QCoreApplication.translate(_CTX, ROLES[Role(role)])


def join_words(items: list[str]) -> str:
    """``["A", "B", "C"]`` → ``"A, B dan C"``."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + QCoreApplication.translate("Labels", " dan ") + items[-1]


def roles_with(permission: Permission) -> str:
    """The roles that have a permission, as a person would say it: ``Kepala, Admin dan Auditor``."""
    return join_words([role_label(r) for r in Role if r in PERMISSIONS[permission]])
