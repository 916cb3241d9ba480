"""The demo: a realistic, deterministic Dinas Sosial Kabupaten Bantul with a year of history.

Everything is written through the same services a person uses (so the audit log, the ledger
and the receipts are the real thing), as the demo users: admin, operator, bendahara, kepala and
auditor, all with the password ``demo``. The same seed and the same month give the same data.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, select

from tagana_desk.db.engine import Database
from tagana_desk.db.models import Incident, LedgerEntry, Meta, User, Volunteer
from tagana_desk.domain.enums import Role, SignatoryRole
from tagana_desk.domain.errors import TaganaError
from tagana_desk.services import aid, funds, office, setup, users, volunteers
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
        labels = {"users": "pengguna", "allocations": "alokasi dana", "incidents": "kejadian",
                  "deployments": "penugasan", "stipends": "pembayaran honor",
                  "closed_months": "bulan ditutup", "pending": "menunggu persetujuan",
                  "households": "KK terdampak", "receipts": "kuitansi", "approved": "persetujuan",
                  "voided": "kuitansi batal", "batches_refused": "pembayaran ditolak (saldo kurang)"}  # fmt: skip
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
    #: Allocations not yet posted, oldest first: posted as the demo's timeline reaches them.
    allocations: list[tuple[str, dt.date, int, str, str]] = field(default_factory=list)
    #: Earlier years written set-wise for a large demo (``demo_bulk``), or None.
    history: object = None
    seed: int = 1


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
    from tagana_desk.services import demo_bulk

    today = today or dt.date.today()
    start = _month_start(today, 11)
    recent, history = demo_bulk.plan(households, start)
    ctx = _Ctx(
        db=db, rng=random.Random(seed), today=today, start=start, households=recent, actors={},
        counts={}, progress=progress or (lambda _m: None), history=history, seed=seed,
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
        aid.ensure_default_aid_types(s)
        volunteers.ensure_default_types(s)
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


def _history(ctx: _Ctx) -> None:
    """Years before the demo year for a large demo (set-wise, see ``demo_bulk``)."""
    if ctx.history is None:
        return
    from tagana_desk.services import demo_bulk

    ctx.counts.update(demo_bulk.write_history(ctx.db, ctx.history, seed=ctx.seed,
                                              actors=ctx.actors, today=ctx.today,
                                              progress=ctx.progress))  # fmt: skip


def _allocations(ctx: _Ctx) -> None:
    ctx.progress("alokasi dana BTT dan HONOR")
    year_start = ctx.start
    mid_year = _month_start(ctx.today, 5)
    # A bigger district gets a bigger BTT: the default demo (2,000 KK) is the unit.
    scale = max(1, round(ctx.households / 2000))
    plan = [
        ("BTT", year_start + dt.timedelta(days=1), 2_000_000_000 * scale,
         f"SK Bupati Bantul No. 188/{ctx.rng.randint(10, 60):03d}/{year_start.year}",
         "APBD — Belanja Tidak Terduga"),
        ("HONOR", year_start + dt.timedelta(days=1), 240_000_000,
         f"DPA Dinas Sosial {year_start.year} — honor relawan", "APBD — Belanja Honorarium"),
        ("BTT", mid_year + dt.timedelta(days=ctx.rng.randint(2, 12)), 750_000_000 * scale,
         f"SK Bupati Bantul No. 188/{ctx.rng.randint(200, 400):03d}/{mid_year.year} (tambahan)",
         "APBD — Belanja Tidak Terduga"),
        ("BTT", _month_start(ctx.today, 2) + dt.timedelta(days=ctx.rng.randint(3, 20)), 150_000_000,
         "Perjanjian CSR Bank BPD DIY No. 045/CSR/2026", "CSR"),
    ]  # fmt: skip
    ctx.allocations = sorted(plan, key=lambda a: a[1])
    ctx.counts["allocations"] = len(plan)


def _post_allocations(ctx: _Ctx, until: dt.date) -> None:
    """Post the planned allocations dated on or before ``until`` (the demo's timeline)."""
    bendahara = ctx.actors["bendahara"]
    while ctx.allocations and ctx.allocations[0][1] <= until:
        code, on, amount, ref, source = ctx.allocations.pop(0)
        with ctx.db.write() as s:
            funds.allocate(s, bendahara, code, amount, ref, on=on, source=source, today=ctx.today)


# Incident kinds of a Bantul year: (type, weight, households low–high, kecamatan, damage mix).
_HILLS = ("34.02.10", "34.02.11", "34.02.14", "34.02.07", "34.02.13")  # Imogiri, Dlingo, …
_RIVERS = ("34.02.01", "34.02.02", "34.02.03", "34.02.04", "34.02.06", "34.02.09", "34.02.15")
_INCIDENT_KINDS = (
    ("banjir", 5, (40, 220), _RIVERS, {"TERENDAM": 70, "RR": 18, "RS": 8, "RB": 4}),
    ("tanah_longsor", 3, (4, 30), _HILLS, {"RB": 35, "RS": 30, "RR": 25, "NONE": 10}),
    ("angin_puting_beliung", 3, (10, 90), None, {"RR": 60, "RS": 28, "RB": 12}),
    ("kebakaran", 3, (1, 3), None, {"RB": 70, "RS": 30}),
    ("gempa_bumi", 1, (20, 120), ("34.02.10", "34.02.04", "34.02.05", "34.02.12"),
     {"RR": 55, "RS": 30, "RB": 15}),
    ("musibah_perorangan", 2, (1, 1), None, {"NONE": 100}),
)  # fmt: skip
_TITLES = {
    "banjir": "Banjir luapan Sungai {river} di {desa}",
    "tanah_longsor": "Tanah longsor di {desa}",
    "angin_puting_beliung": "Angin puting beliung di {desa}",
    "kebakaran": "Kebakaran rumah warga di {desa}",
    "gempa_bumi": "Gempa bumi, kerusakan rumah di {desa}",
    "musibah_perorangan": "Musibah perorangan warga {desa}",
}
_RIVER_NAMES = ("Opak", "Oyo", "Progo", "Winongo", "Code", "Bedog")


@dataclass(frozen=True, slots=True)
class IncidentPlan:
    """One incident the demo will write: when, what, how many households, where."""

    when: dt.datetime  # local time
    kind: str
    size: int
    kecamatan: str
    desa: object  # regions.Region
    damage_mix: dict


def plan_incidents(
    rng: random.Random, households: int, first_day: dt.date, last_offset: int, kecamatan: list[str]
) -> list[IncidentPlan]:
    """Incidents of a Bantul year until ``households`` are affected, each on a random day from
    ``first_day`` to ``last_offset`` days after it (the demo year and the history years)."""
    from tagana_desk.domain import regions as region_codes

    weights = [k[1] for k in _INCIDENT_KINDS]
    plans, remaining = [], households
    while remaining > 0:
        kind, _w, (low, high), places, damage_mix = rng.choices(_INCIDENT_KINDS, weights)[0]
        size = min(remaining, rng.randint(low, high))
        remaining -= size
        kec = rng.choice(places or kecamatan)
        desa = rng.choice(region_codes.children(kec))
        day = first_day + dt.timedelta(days=rng.randint(0, max(last_offset, 0)))
        when = dt.datetime.combine(day, dt.time(rng.randint(0, 23), rng.choice((0, 15, 30, 45))))
        plans.append(IncidentPlan(when, kind, size, kec, desa, damage_mix))
    return plans


def incident_title(rng: random.Random, kind: str, desa_name: str) -> str:
    return _TITLES[kind].format(desa=desa_name, river=rng.choice(_RIVER_NAMES))


def _incidents(ctx: _Ctx) -> None:
    """A year of incidents with ``ctx.households`` affected households (and some duplicates)."""
    from tagana_desk.domain import regions as region_codes
    from tagana_desk.domain.enums import IncidentStatus
    from tagana_desk.services import households as hh_service
    from tagana_desk.services import incidents as inc_service
    from tagana_desk.services.demo_people import DUSUN, IdentityMaker

    if ctx.households <= 0:
        ctx.counts["incidents"] = 0
        ctx.counts["households"] = 0
        _post_allocations(ctx, ctx.today)
        return
    rng = ctx.rng
    operator = ctx.actors["operator"]
    kecamatan = [r.code for r in region_codes.children(KABUPATEN)]
    people = IdentityMaker(rng)
    span = (ctx.today - ctx.start).days
    plans = sorted(plan_incidents(rng, ctx.households, ctx.start, span - 1, kecamatan),
                   key=lambda p: p.when)  # fmt: skip
    ctx.progress(f"{len(plans)} kejadian dan {ctx.households} KK terdampak")
    made_households = 0
    registered: list[tuple[dt.datetime, str, object]] = []  # (date, kecamatan, saved input)
    for index, (when, kind, size, kec, desa, damage_mix) in enumerate(
        (p.when, p.kind, p.size, p.kecamatan, p.desa, p.damage_mix) for p in plans
    ):
        _post_allocations(ctx, when.date())
        levels, mix = zip(*damage_mix.items(), strict=True)
        damages = rng.choices(levels, mix, k=size)
        with ctx.db.write() as s:
            info = inc_service.create_incident(
                s, operator,
                inc_service.IncidentInput(
                    type=kind, occurred_at=when, desa_code=desa.code,
                    title=incident_title(rng, kind, desa.name),
                    place=f"Padukuhan {rng.choice(DUSUN)}, {desa.name}",
                    source=rng.choice(("Laporan Kalurahan", "Tagana kapanewon", "Pusdalops BPBD",
                                       "Warga via telepon")),
                    description=f"{size} KK terdampak.",
                    displaced=sum(1 for d in damages if d in ("RB", "TERENDAM")) * 3,
                    houses_rb=damages.count("RB"), houses_rs=damages.count("RS"),
                    houses_rr=damages.count("RR"), houses_flooded=damages.count("TERENDAM"),
                    deaths=1 if kind in ("tanah_longsor", "kebakaran") and rng.random() < 0.15 else 0,
                ),
                now=dt.datetime.combine(ctx.today, dt.time(23, 59), tzinfo=dt.UTC),
            )  # fmt: skip
            villages = [
                desa,
                *rng.sample(region_codes.children(kec), k=min(2, len(region_codes.children(kec)))),
            ]
            registered_on = min(when.date() + dt.timedelta(days=rng.randint(0, 3)), ctx.today)
            batch: list = []
            taken: set[str] = set()
            kabupaten = hh_service.office_kabupaten(s)
            for n in range(size):
                home = villages[0] if n < size * 0.7 else rng.choice(villages)
                reuse = None
                roll = rng.random()
                recent = [r for r in registered if (when - r[0]).days <= 30] if roll < 0.03 else []
                if recent and roll < 0.02:
                    # Registered again within 30 days (another incident): a flagged duplicate.
                    reuse = rng.choice(recent)[2]
                elif recent:
                    # The same person under a mistyped NIK (same name, desa, birth date).
                    original = rng.choice(recent)[2]
                    nik = people.retype(str(original.nik))
                    reuse = dataclasses.replace(
                        original, nik=nik, no_kk=people.no_kk(kec, ctx.today)
                    )

                def fresh(home=home, damage=damages[n], kec=kec, kind=kind, on=registered_on):
                    return _new_household(ctx, people, kec, home.code, damage, kind, on)

                data = reuse if reuse is not None else fresh()
                if str(data.nik) in taken or str(data.no_kk) in taken:
                    # Already in this incident: register someone new instead.
                    reuse, data = None, fresh()
                valid, errors = hh_service.validate(data, kabupaten_code=kabupaten, today=ctx.today)
                assert valid is not None, errors
                taken.update((valid.nik.value, valid.no_kk.value))
                batch.append(valid)
                made_households += 1
                if reuse is None:
                    registered.append((when, kec, data))
            hh_service.add_households(s, operator, info.id, batch)
        _pay_incident(ctx, info.id, kind, when.date())
        if when.date() < ctx.today - dt.timedelta(days=60):
            with ctx.db.write() as s:
                inc_service.set_status(s, operator, info.id, IncidentStatus.CLOSED,
                                       "Penanganan darurat selesai")  # fmt: skip
        if index % 10 == 0:
            ctx.progress(f"kejadian {index + 1}/{len(plans)}")
    _post_allocations(ctx, ctx.today)
    ctx.counts["incidents"] = len(plans)
    ctx.counts["households"] = made_households


#: Which aid each kind of incident gets in the demo, in the order it is paid.
_AID_PLAN = {
    "banjir": ("SEMBAKO", "JADUP", "FAMILY_KIT"),
    "tanah_longsor": ("SEMBAKO", "JADUP", "ISI_HUNIAN", "SANTUNAN_MENINGGAL"),
    "angin_puting_beliung": ("SEMBAKO",),
    "kebakaran": ("SEMBAKO", "FAMILY_KIT", "ISI_HUNIAN", "EKONOMI", "BAHAN_RUMAH"),
    "gempa_bumi": ("SEMBAKO", "JADUP"),
    "musibah_perorangan": ("SEMBAKO",),
}
_VOID_REASONS = (
    "Penerima ternyata sudah menerima di posko lain",
    "Jumlah jiwa salah dicatat, dibayar ulang",
    "Salah nama penerima pada kuitansi",
)


def _pay_incident(ctx: _Ctx, incident_id: int, kind: str, occurred: dt.date) -> None:
    """Pay the incident's aid a few days after it happened; approvals, a void, a reprint."""
    from tagana_desk.domain.errors import InsufficientFunds
    from tagana_desk.services import disbursements, receipts

    rng = ctx.rng
    bendahara, kepala = ctx.actors["bendahara"], ctx.actors["kepala"]
    pay_on = min(occurred + dt.timedelta(days=rng.randint(1, 4)), ctx.today)
    _post_allocations(ctx, pay_on)
    numbers: list[str] = []
    for code in _AID_PLAN[kind]:
        try:
            with ctx.db.write() as s:
                result = disbursements.disburse_batch(s, bendahara, incident_id, code, on=pay_on,
                                                      today=ctx.today)  # fmt: skip
        except InsufficientFunds:
            ctx.counts["batches_refused"] = ctx.counts.get("batches_refused", 0) + 1
            continue
        numbers.extend(result.receipts)
        ctx.counts["receipts"] = ctx.counts.get("receipts", 0) + len(result.receipts)
    approve_on = pay_on + dt.timedelta(days=rng.randint(1, 3))
    if approve_on <= ctx.today - dt.timedelta(days=10):  # the recent ones still wait for the kepala
        with ctx.db.write() as s:
            for pending in disbursements.list_pending(s, kepala):
                if pending.incident_id == incident_id:
                    disbursements.approve(s, kepala, pending.disbursement_id, today=approve_on)
                    ctx.counts["approved"] = ctx.counts.get("approved", 0) + 1
    if numbers and rng.random() < 0.35:
        void_on = min(pay_on + dt.timedelta(days=rng.randint(0, 2)), ctx.today)
        with ctx.db.write() as s:
            receipts.void(
                s, bendahara, rng.choice(numbers), rng.choice(_VOID_REASONS), today=void_on
            )
        ctx.counts["voided"] = ctx.counts.get("voided", 0) + 1
    if numbers and rng.random() < 0.3:
        sample = rng.sample(numbers, k=min(2, len(numbers)))
        for _ in range(2):  # the original and a reprint (SALINAN)
            with ctx.db.write() as s:
                receipts.documents_for_print(s, bendahara, sample)


MALE_ELDERS = ("Mbah Karto", "Mbah Wiryo", "Mbah Sastro", "Mbah Darmo", "Mbok Sainem")


def _new_household(ctx: _Ctx, people, kec: str, desa_code: str, damage: str, kind: str,
                   registered_on: dt.date):  # fmt: skip
    """A new, plausible household of a kecamatan (deterministic through ``ctx.rng``)."""
    from tagana_desk.domain.enums import CasualtyKind
    from tagana_desk.services import households as hh_service
    from tagana_desk.services.demo_people import DUSUN

    rng = ctx.rng
    name, nik, birth, _female = people.person(kec, ctx.today)
    persons = rng.choice((1, 2, 2, 3, 3, 4, 4, 4, 5, 5, 6, 7))
    issued = (
        birth + dt.timedelta(days=rng.randint(7000, 12000))
        if birth.year < 1990
        else dt.date(2015, 3, 2)
    )
    death = kind == "tanah_longsor" and damage == "RB" and rng.random() < 0.1
    return hh_service.HouseholdInput(
        head_name=name, nik=nik, no_kk=people.no_kk(kec, min(issued, ctx.today)),
        desa_code=desa_code, dusun=rng.choice(DUSUN), rt=str(rng.randint(1, 12)),
        rw=str(rng.randint(1, 6)), persons=persons,
        infants=rng.choice((0, 0, 0, 1)) if persons > 2 else 0,
        elderly=rng.choice((0, 0, 1, 2)) if persons > 1 else 0,
        disabled=1 if rng.random() < 0.04 else 0,
        pregnant=1 if persons > 2 and rng.random() < 0.05 else 0,
        damage=damage, displaced=damage in ("RB", "TERENDAM") and rng.random() < 0.6,
        phone=f"08{rng.randint(11, 59)}{rng.randint(10_000_000, 99_999_999)}" if rng.random() < 0.7 else "",
        casualties=(hh_service.CasualtyInput(CasualtyKind.DEATH.value, rng.choice(MALE_ELDERS)),)
        if death else (),
        registered_on=registered_on,
    )  # fmt: skip


_TAGANA_NAMES = (
    "Andi Kurniawan", "Bayu Saputra", "Catur Wibisono", "Dimas Aryanto", "Edi Susanto",
    "Fajar Nugroho", "Galih Pratama", "Hendra Wijaya", "Imam Santoso", "Joko Purwanto",
    "Krisna Aji", "Lukman Hakim", "Muhammad Arif", "Nanang Kosim", "Oki Setiawan", "Prasetyo Adi",
    "Rizki Ramadhan", "Sapto Raharjo", "Taufik Hidayat", "Udin Syahrudin", "Wahyu Hidayat",
    "Yoga Pamungkas", "Zainal Abidin", "Ari Wibowo", "Bagus Setyawan", "Dedi Mulyadi",
    "Eko Saputro", "Fery Irawan", "Gunawan", "Heru Susilo", "Indra Lesmana", "Jarot Santosa",
    "Kurniawan Dwi", "Lilik Haryanto", "Mujiono", "Nur Cahyo", "Pujiono", "Rahmat Hidayat",
    "Suryanto", "Tri Atmojo", "Widodo", "Yudi Prabowo", "Anisa Rahmawati", "Dewi Puspitasari",
    "Fitri Handayani", "Lestari Wulandari", "Nur Hasanah", "Ratna Sari", "Siti Nurjanah",
    "Wulan Safitri", "Ayu Lestari", "Eka Yuliani", "Sri Utami", "Tika Anggraini",
)  # fmt: skip
_TSM_NAMES = ("Suparjo", "Mulyono", "Kasiyem", "Ngatinah", "Sudarmi", "Jumari", "Sukirno", "Wagini")


def _volunteers(ctx: _Ctx) -> None:
    """About 60 volunteers (some joined or left mid-year), deployments, a year of stipends."""
    from tagana_desk.domain import regions as region_codes
    from tagana_desk.services import incidents as inc_service
    from tagana_desk.services import receipts, stipends
    from tagana_desk.services.demo_people import IdentityMaker

    rng = ctx.rng
    operator, bendahara = ctx.actors["operator"], ctx.actors["bendahara"]
    kecamatan = [r.code for r in region_codes.children(KABUPATEN)]
    people = IdentityMaker(random.Random(rng.random()))
    roster = [(n, "TAGANA") for n in _TAGANA_NAMES] + [(n, "TSM") for n in _TSM_NAMES]
    roster += [("Sumarni", "PSM"), ("Haryadi", "TKSK")]
    ctx.progress(f"{len(roster)} relawan, penugasan dan honor 12 bulan")
    ids = []
    with ctx.db.write() as s:
        for i, (name, kind) in enumerate(roster):
            kec = kecamatan[i % len(kecamatan)]
            female = name in _TAGANA_NAMES[42:] or name in (
                "Kasiyem",
                "Ngatinah",
                "Sudarmi",
                "Wagini",
                "Sumarni",
            )
            birth = dt.date(rng.randint(1970, 2002), rng.randint(1, 12), rng.randint(1, 28))
            if i < 46 or kind != "TAGANA":
                joined = dt.date(
                    rng.randint(2015, ctx.start.year - 1), rng.randint(1, 12), rng.randint(1, 28)
                )
            else:  # joined during the demo year
                joined = ctx.start + dt.timedelta(days=rng.randint(30, 300))
                joined = min(joined, ctx.today)
            left = None
            if i in (5, 17, 31):  # three left mid-year
                left = min(ctx.start + dt.timedelta(days=rng.randint(90, 250)), ctx.today)
            level = "utama" if i % 13 == 0 else "madya" if i % 4 == 0 else "muda"
            info = volunteers.save_volunteer(s, operator, volunteers.VolunteerInput(
                name=name, nik=people.nik(kec, birth, female), type_code=kind, joined_on=joined,
                left_on=left, nia=f"{kec.replace('.', '')}{i + 1:04d}" if kind == "TAGANA" else "",
                level=level if kind == "TAGANA" else "", kecamatan_code=kec,
                phone=f"08{rng.randint(11, 59)}{rng.randint(10_000_000, 99_999_999)}",
                bank_name="BPD DIY", bank_account=f"0{rng.randint(10, 99)}.221.{rng.randint(100000, 999999)}",
            ), today=ctx.today)  # fmt: skip
            ids.append(info.id)
        # Tagana deployed to the bigger incidents, a few days each.
        incidents = inc_service.list_incidents(s, limit=1000)
    big = [i for i in incidents if i.households >= 20]
    with ctx.db.write() as s:
        for inc in big:
            day = inc.local_date
            for vid in rng.sample(ids[:46], k=min(4, len(ids))):
                end = min(day + dt.timedelta(days=rng.randint(1, 4)), ctx.today)
                try:
                    volunteers.deploy(
                        s, operator, vid, inc.id, day, end, role="Dapur umum / evakuasi"
                    )
                except TaganaError:  # overlapping or outside membership: skip this one
                    continue
                ctx.counts["deployments"] = ctx.counts.get("deployments", 0) + 1
    month = ctx.start
    while month <= ctx.today:
        last = _month_start(month, -1) - dt.timedelta(days=1)
        pay_on = min(month.replace(day=25), ctx.today)
        if pay_on >= month:
            with ctx.db.write() as s:
                result = stipends.run(
                    s, bendahara, f"{month:%Y-%m}", pay_date=pay_on, today=ctx.today
                )
            ctx.counts["stipends"] = ctx.counts.get("stipends", 0) + result.paid
            if result.receipts and month == ctx.start:
                with ctx.db.write() as s:  # one wrong name, voided and paid again
                    receipts.void(s, bendahara, result.receipts[0], "Salah penulisan nama relawan",
                                  today=pay_on)  # fmt: skip
                with ctx.db.write() as s:
                    stipends.run(s, bendahara, f"{month:%Y-%m}", pay_date=pay_on, today=ctx.today)
        month = last + dt.timedelta(days=1)


def _close_months(ctx: _Ctx) -> None:
    """The LPJ of every month but the last two is made, and those months are closed."""
    from tagana_desk.services import lpj, periods

    bendahara = ctx.actors["bendahara"]
    month = ctx.history.first_day if ctx.history is not None else ctx.start
    last_closed = _month_start(ctx.today, 2)
    while month < last_closed:
        period = f"{month:%Y-%m}"
        with ctx.db.write() as s:
            report = lpj.summary(s, bendahara, period)
            lpj.record(s, bendahara, report, {})
            periods.close_month(s, bendahara, period, today=ctx.today)
        ctx.counts["closed_months"] = ctx.counts.get("closed_months", 0) + 1
        month = _month_start(month, -1)


def _pending_commitments(ctx: _Ctx) -> None:
    """A few building-material packages of the latest incidents still wait for the kepala."""
    from sqlalchemy import select as sql_select

    from tagana_desk.db.models import Household
    from tagana_desk.domain.errors import TaganaError
    from tagana_desk.services import disbursements

    with ctx.db.read() as s:
        candidates = s.execute(
            sql_select(Household.id).where(Household.damage == "RB", Household.merged_into_id.is_(None))
            .order_by(Household.id.desc()).limit(40)
        ).scalars().all()  # fmt: skip
    made = 0
    for household_id in candidates:
        if made >= 3:
            break
        try:
            with ctx.db.write() as s:
                disbursements.pay_household(s, ctx.actors["bendahara"], household_id, "BAHAN_RUMAH",
                                            on=ctx.today, today=ctx.today)  # fmt: skip
            made += 1
        except TaganaError:  # already received, or the fund is short: try the next one
            continue
    ctx.counts["pending"] = made


def _remaining_allocations(ctx: _Ctx) -> None:
    _post_allocations(ctx, ctx.today)


#: The demo, in order. Later modules append their steps (closed months, …).
STEPS: list[Callable[[_Ctx], None]] = [
    _office_and_users, _history, _allocations, _incidents, _remaining_allocations, _volunteers, _close_months,
    _pending_commitments,
]  # fmt: skip
