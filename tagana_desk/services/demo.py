"""The demo: a realistic, deterministic Dinas Sosial Kabupaten Bantul with a year of history.

Everything is written through the same services a person uses (so the audit log, the ledger
and the receipts are the real thing), as the demo users: admin, operator, bendahara, kepala and
auditor, all with the password ``demo``. The same seed and the same month give the same data.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, select

from tagana_desk.db.engine import Database
from tagana_desk.db.models import Incident, LedgerEntry, Meta, User, Volunteer
from tagana_desk.domain.enums import Role, SignatoryRole
from tagana_desk.services import funds, office, setup, users
from tagana_desk.services.context import SYSTEM, Actor

DEMO_PASSWORD = "demo"
KABUPATEN = "34.02"  # Kabupaten Bantul, DIY

DEMO_USERS = (
    ("admin", Role.ADMIN, "Rina Kusumawati", ""),
    ("operator", Role.OPERATOR, "Dwi Prasetyo", ""),
    ("bendahara", Role.BENDAHARA, "Sri Wahyuningsih, S.E.", "198203142009012004"),
    ("kepala", Role.KEPALA, "Drs. Bambang Suharto, M.Si.", "196807121994031006"),
    ("auditor", Role.AUDITOR, "Agus Setiawan", ""),
)

Progress = Callable[[str], None]


@dataclass(frozen=True)
class DemoResult:
    already: bool
    seed: int
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def summary(self) -> str:
        labels = {"users": "pengguna", "allocations": "alokasi dana"}
        return ", ".join(f"{v} {labels.get(k, k)}" for k, v in self.counts.items())


@dataclass
class _Ctx:
    db: Database
    rng: random.Random
    today: dt.date
    start: dt.date  # first day of the demo year (12 months ending this month)
    households: int
    actors: dict[str, Actor]
    counts: dict[str, int]
    progress: Progress


def _month_start(day: dt.date, back: int) -> dt.date:
    index = day.year * 12 + (day.month - 1) - back
    return dt.date(index // 12, index % 12 + 1, 1)


def _has_business_data(db: Database) -> bool:
    with db.read() as s:
        for model in (LedgerEntry, Incident, Volunteer):
            if s.execute(select(func.count()).select_from(model)).scalar_one():
                return True
    return False


def _demo_seed(db: Database) -> int | None:
    with db.read() as s:
        value = s.get(Meta, "demo_seed")
        return int(value.value) if value else None


def build(
    db: Database,
    *,
    households: int = 2000,
    seed: int = 1,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> DemoResult:
    """Fill a new (migrated) database with the demo. Idempotent for a demo database."""
    from tagana_desk.domain.errors import ValidationError

    if households < 0:
        raise ValidationError("Jumlah KK demo tidak boleh negatif.", "households")
    existing = _demo_seed(db)
    if existing is not None:
        return DemoResult(already=True, seed=existing)
    if _has_business_data(db):
        raise ValidationError(
            "Database ini sudah berisi data kerja; demo hanya untuk database baru atau yang baru "
            "di-init."
        )
    today = today or dt.date.today()
    ctx = _Ctx(
        db=db, rng=random.Random(seed), today=today, start=_month_start(today, 11),
        households=households, actors={}, counts={}, progress=progress or (lambda _m: None),
    )  # fmt: skip
    for step in STEPS:
        step(ctx)
    with db.write() as s:
        s.add(Meta(key="demo_seed", value=str(seed)))
        s.add(Meta(key="demo_households", value=str(households)))
    return DemoResult(already=False, seed=seed, counts=ctx.counts)


def _office_and_users(ctx: _Ctx) -> None:
    ctx.progress("kantor, penandatangan dan pengguna")
    with ctx.db.write() as s:
        office.ensure_profile(s)
        setup.ensure_default_funds(s)
        for username, role, full_name, nip in DEMO_USERS:
            if s.execute(select(User.id).where(User.username == username)).first():
                continue
            users.create_user(
                s, SYSTEM, username, DEMO_PASSWORD, role, full_name=full_name, nip=nip,
                enforce_policy=False,
            )  # fmt: skip
        admin_row = (
            s.execute(select(User).where(User.role == Role.ADMIN).order_by(User.id))
            .scalars()
            .first()
        )
        admin = users.actor_of(admin_row)
        office.update_office(
            s, admin,
            government="PEMERINTAH KABUPATEN BANTUL",
            name="DINAS SOSIAL",
            kabupaten_code=KABUPATEN,
            address="Jl. Lingkar Timur, Manding, Trirenggo, Bantul, DI Yogyakarta 55714",
            phone="(0274) 367000",
            email="dinsos@bantulkab.go.id",
            city="Bantul",
            approval_threshold=5_000_000,
            disaster_fund_code="BTT",
            stipend_fund_code="HONOR",
            acknowledger_role=SignatoryRole.KEPALA_DINAS,
        )  # fmt: skip
        for role, name, nip, title in (
            (SignatoryRole.KEPALA_DINAS, "Drs. Bambang Suharto, M.Si.", "196807121994031006",
             "Kepala Dinas Sosial Kabupaten Bantul"),
            (SignatoryRole.PPTK, "Yuliana Rahmawati, S.Sos.", "197905232005012011",
             "Pejabat Pelaksana Teknis Kegiatan"),
            (SignatoryRole.BENDAHARA, "Sri Wahyuningsih, S.E.", "198203142009012004",
             "Bendahara Pengeluaran"),
        ):  # fmt: skip
            office.save_signatory(s, admin, role=role, name=name, nip=nip, title=title)
        rows = s.execute(select(User)).scalars().all()
        ctx.actors = {u.username: users.actor_of(u) for u in rows}
    ctx.counts["users"] = len(ctx.actors)


def _allocations(ctx: _Ctx) -> None:
    ctx.progress("alokasi dana BTT dan HONOR")
    bendahara = ctx.actors["bendahara"]
    year_start = ctx.start
    mid_year = _month_start(ctx.today, 5)
    plan = [
        ("BTT", year_start + dt.timedelta(days=1), 2_000_000_000,
         f"SK Bupati Bantul No. 188/{ctx.rng.randint(10, 60):03d}/{year_start.year}",
         "APBD — Belanja Tidak Terduga"),
        ("HONOR", year_start + dt.timedelta(days=1), 240_000_000,
         f"DPA Dinas Sosial {year_start.year} — honor relawan", "APBD — Belanja Honorarium"),
        ("BTT", mid_year + dt.timedelta(days=ctx.rng.randint(2, 12)), 750_000_000,
         f"SK Bupati Bantul No. 188/{ctx.rng.randint(200, 400):03d}/{mid_year.year} (tambahan)",
         "APBD — Belanja Tidak Terduga"),
        ("BTT", _month_start(ctx.today, 2) + dt.timedelta(days=ctx.rng.randint(3, 20)), 150_000_000,
         "Perjanjian CSR Bank BPD DIY No. 045/CSR/2026", "CSR"),
    ]  # fmt: skip
    for code, on, amount, ref, source in plan:
        with ctx.db.write() as s:
            funds.allocate(s, bendahara, code, amount, ref, on=on, source=source, today=ctx.today)
    ctx.counts["allocations"] = len(plan)


#: The demo, in order. Later modules append their steps (incidents, payments, stipends, …).
STEPS: list[Callable[[_Ctx], None]] = [_office_and_users, _allocations]
