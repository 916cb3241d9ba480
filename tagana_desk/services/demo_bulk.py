"""Earlier years for a large demo, written set-wise (``demo --households N`` for a big N).

A district database after years of use holds about a million affected households and as many
payments. Making them one incident at a time through the services would take hours, so the demo
writes the years before its demo year here, in large statements: incidents, their households,
one SEMBAKO package per household with its items, receipt and ledger entry, a BTT allocation per
year (through the fund service), and the audit events the services would have written (one per
incident and household, one per batch), on the same hash chain. The rows are the ones the
services write, so ``verify``, the LPJ and every page read them like any other data.

Deterministic for a seed; explicit ids (PostgreSQL identity sequences are moved past them).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import SimpleNamespace

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from tagana_desk.db.base import utcnow
from tagana_desk.db.engine import Database
from tagana_desk.db.locking import lock_receipt_sequence
from tagana_desk.db.models import (
    AidType,
    Disbursement,
    DisbursementItem,
    Fund,
    Household,
    Incident,
    LedgerEntry,
    Receipt,
)
from tagana_desk.domain.dates import to_utc
from tagana_desk.domain.enums import (
    AidKind,
    DisbursementStatus,
    DtksStatus,
    EntryKind,
    IncidentStatus,
    ReceiptStatus,
)
from tagana_desk.domain.money import format_rupiah
from tagana_desk.domain.names import normalize_name
from tagana_desk.domain.receipt_number import format_receipt_number
from tagana_desk.services import aid, audit, demo, funds, office
from tagana_desk.services.context import Actor
from tagana_desk.services.demo import IncidentPlan

#: Up to this many households the demo is one year made through the services; above it, the rest
#: are earlier years written here.
RECENT_HOUSEHOLDS = 10_000
#: About this many households per year of history (more history means more years, up to MAX_YEARS).
HOUSEHOLDS_PER_YEAR = 200_000
MAX_YEARS = 8
#: Households per transaction: bounded memory, and progress a person can follow.
CHUNK = 20_000
HISTORY_AID = "SEMBAKO"
#: A history of this many households or more includes one great earthquake of GREAT_DISASTER.
GREAT_DISASTER_FROM = 200_000
GREAT_DISASTER = 50_000

Progress = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class HistoryPlan:
    households: int
    first_day: dt.date
    last_day: dt.date

    @property
    def years(self) -> int:
        return self.last_day.year - self.first_day.year + 1


def plan(total_households: int, demo_start: dt.date) -> tuple[int, HistoryPlan | None]:
    """(households of the demo year, history before it or None) for ``demo --households N``."""
    if total_households <= RECENT_HOUSEHOLDS * 2:
        return total_households, None
    history = total_households - RECENT_HOUSEHOLDS
    years = min(MAX_YEARS, max(1, -(-history // HOUSEHOLDS_PER_YEAR)))
    first = dt.date(demo_start.year - years, demo_start.month, 1)
    return RECENT_HOUSEHOLDS, HistoryPlan(history, first, demo_start - dt.timedelta(days=1))


def _next_id(session: Session, model) -> int:
    return (session.execute(select(func.max(model.id))).scalar_one() or 0) + 1


def _insert(session: Session, model, rows: list[dict]) -> None:
    # Core executemany on the table, not the ORM bulk path: a third of the Python work per row.
    connection = session.connection()
    for i in range(0, len(rows), 5000):
        connection.execute(insert(model.__table__), rows[i : i + 5000])


def _fix_sequences(session: Session) -> None:
    """PostgreSQL: identity sequences continue after the explicit ids written here."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for model in (Incident, Household, Disbursement, DisbursementItem, Receipt, LedgerEntry):
        table = model.__tablename__
        session.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"
        ))  # fmt: skip


def _incident_plans(
    rng: random.Random, history: HistoryPlan, kecamatan: list[str]
) -> list[IncidentPlan]:
    """The history's incidents, oldest first: the demo's kinds of incident, plus one great
    earthquake (Bantul, May 2006 at a district's scale) in a large history — a month with
    GREAT_DISASTER households paid, as the LPJ benchmark needs."""
    from tagana_desk.domain import regions as region_codes

    span = (history.last_day - history.first_day).days
    remaining, plans = history.households, []
    if remaining >= GREAT_DISASTER_FROM:
        kec = "34.02.09"  # Jetis
        day = history.first_day + dt.timedelta(days=span // 2)
        plans.append(IncidentPlan(dt.datetime.combine(day, dt.time(5, 55)), "gempa_bumi",
                                  GREAT_DISASTER, kec, region_codes.children(kec)[0],
                                  {"RB": 40, "RS": 35, "RR": 25}))  # fmt: skip
        remaining -= GREAT_DISASTER
    plans += demo.plan_incidents(rng, remaining, history.first_day, span - 5, kecamatan)
    return sorted(plans, key=lambda p: p.when)


def _years(plans: list[IncidentPlan]) -> Iterator[list[IncidentPlan]]:
    """The plans cut where the calendar year changes (one BTT allocation per year)."""
    group: list[IncidentPlan] = []
    for p in plans:
        if group and p.when.year != group[0].when.year:
            yield group
            group = []
        group.append(p)
    if group:
        yield group


def _chunks(plans: list[IncidentPlan], size: int) -> Iterator[list[IncidentPlan]]:
    group: list[IncidentPlan] = []
    count = 0
    for p in plans:
        group.append(p)
        count += p.size
        if count >= size:
            yield group
            group, count = [], 0
    if group:
        yield group


def write_history(
    db: Database, history: HistoryPlan, *, seed: int, actors: dict[str, Actor], today: dt.date,
    progress: Progress,
) -> dict[str, int]:  # fmt: skip
    """Write the history years; returns counts (incidents, households, receipts, allocations)."""
    from tagana_desk.domain import regions as region_codes
    from tagana_desk.services.demo_people import DUSUN, IdentityMaker

    rng = random.Random(seed * 7919 + 17)
    people = IdentityMaker(rng)
    kecamatan = [r.code for r in region_codes.children(demo.KABUPATEN)]
    plans = _incident_plans(rng, history, kecamatan)
    operator, bendahara = actors["operator"], actors["bendahara"]
    with db.write() as s:
        for kec in kecamatan:
            for desa in region_codes.children(kec):
                office.ensure_region_code(s, desa.code)
        aid_type = s.execute(select(AidType).where(AidType.code == HISTORY_AID)).scalar_one()
        fund = s.get(Fund, aid_type.fund_id)
        rate = aid.rate_on(s, aid_type.id, history.first_day, None).amount
        items = aid.items_on(s, aid_type.id, history.first_day, None)
        aid_info = SimpleNamespace(code=aid_type.code, name=aid_type.name, id=aid_type.id)
    counts = {"history_incidents": len(plans), "history_households": 0, "history_receipts": 0,
              "history_allocations": 0}  # fmt: skip
    progress(f"riwayat {history.years} tahun: {len(plans)} kejadian, {history.households} KK")
    done = 0
    for year_plans in _years(plans):
        year = year_plans[0].when.year
        need = sum(p.size for p in year_plans) * rate
        on = max(history.first_day, dt.date(year, 1, 2))
        with db.write() as s:
            funds.allocate(
                s, bendahara, fund.code, -(-int(need * 1.1) // 1_000_000) * 1_000_000,
                f"SK Bupati Bantul No. 188/{rng.randint(10, 60):03d}/{year}", on=on,
                source="APBD — Belanja Tidak Terduga", today=today,
            )  # fmt: skip
        counts["history_allocations"] += 1
        for group in _chunks(year_plans, CHUNK):
            with db.write() as s:
                made = _write_group(s, group, rng, people, DUSUN, operator, bendahara, fund,
                                    aid_info, rate, items, history, today)  # fmt: skip
            counts["history_households"] += made
            counts["history_receipts"] += made
            done += made
            progress(f"riwayat: {done}/{history.households} KK")
    return counts


def _write_group(s: Session, group: list[IncidentPlan], rng: random.Random, people, dusun_names,
                 operator: Actor, bendahara: Actor, fund: Fund, aid_info, rate: int, items,
                 history: HistoryPlan, today: dt.date) -> int:  # fmt: skip
    """One transaction: these incidents, their households and their SEMBAKO payments."""
    from tagana_desk.domain import regions as region_codes
    from tagana_desk.services import disbursements as disb
    from tagana_desk.services import households as hh_service
    from tagana_desk.services import incidents as inc_service

    now = utcnow()
    ids = {m: _next_id(s, m) for m in (Incident, Household, Disbursement, DisbursementItem,
                                        Receipt, LedgerEntry)}  # fmt: skip
    incident_rows, household_rows, d_rows, item_rows, receipt_rows, entry_rows = (
        [] for _ in range(6)
    )
    create_events, household_events, batch_events, close_events = [], [], [], []
    sequences: dict[int, object] = {}
    text_rate = format_rupiah(rate)
    for p in group:
        levels, mix = zip(*p.damage_mix.items(), strict=True)
        damages = rng.choices(levels, mix, k=p.size)
        incident_id = ids[Incident]
        ids[Incident] += 1
        occurred = to_utc(p.when)
        closed_at = to_utc(p.when + dt.timedelta(days=45))
        row = dict(
            id=incident_id, type=p.kind,
            title=demo.incident_title(rng, p.kind, p.desa.name),
            occurred_at=occurred, kecamatan_code=p.kecamatan, desa_code=p.desa.code,
            place=f"Padukuhan {rng.choice(dusun_names)}, {p.desa.name}",
            source=rng.choice(("Laporan Kalurahan", "Tagana kapanewon", "Pusdalops BPBD")),
            description=f"{p.size} KK terdampak.", deaths=0, missing=0, injured=0,
            displaced=sum(1 for d in damages if d in ("RB", "TERENDAM")) * 3,
            houses_rb=damages.count("RB"), houses_rs=damages.count("RS"),
            houses_rr=damages.count("RR"), houses_flooded=damages.count("TERENDAM"),
            status=IncidentStatus.CLOSED, closed_at=closed_at, created_by=operator.user_id,
            created_at=now, updated_at=now,
        )  # fmt: skip
        incident_rows.append(row)
        create_events.append(audit.AuditItem("create", "incident", incident_id, after={
            k: row[k] for k in inc_service.AUDIT_FIELDS} | {"status": IncidentStatus.OPEN}))  # fmt: skip
        incident_ns = SimpleNamespace(**row)
        registered = min(p.when.date() + dt.timedelta(days=rng.randint(0, 2)), history.last_day)
        pay_on = min(registered + dt.timedelta(days=rng.randint(0, 3)), history.last_day)
        purpose = disb.payment_purpose(aid_info, incident_ns)
        if fund.id not in sequences or sequences[fund.id].year != pay_on.year:
            sequences[fund.id] = lock_receipt_sequence(s, fund.id, pay_on.year)
        sequence = sequences[fund.id]
        batch_ref = f"B{pay_on:%Y%m%d}-H{incident_id:05X}"
        villages = region_codes.children(p.kecamatan)
        first_number = None
        for n in range(p.size):
            desa = p.desa if n < p.size * 0.7 else rng.choice(villages)
            name, nik, birth, female = people.person(p.kecamatan, today)
            # KK issue dates spread over years: a No. KK carries its date, and a great disaster
            # in one kecamatan would run out of serials on a single day.
            issued = birth + dt.timedelta(days=rng.randint(7000, 12000)) if birth.year < 1990 \
                else dt.date(rng.randint(2008, 2020), rng.randint(1, 12), rng.randint(1, 28))  # fmt: skip
            persons = rng.choice((1, 2, 2, 3, 3, 4, 4, 4, 5, 5, 6, 7))
            damage = damages[n]
            hid = ids[Household]
            ids[Household] += 1
            hh = dict(
                id=hid, incident_id=incident_id, head_name=name,
                head_name_norm=normalize_name(name) or name.upper(), nik=nik,
                no_kk=people.no_kk(p.kecamatan, min(issued, registered)), birth_date=birth,
                sex="P" if female else "L", desa_code=desa.code, dusun=rng.choice(dusun_names),
                rt=str(rng.randint(1, 12)), rw=str(rng.randint(1, 6)), persons=persons,
                infants=0, elderly=1 if persons > 1 and rng.random() < 0.3 else 0, disabled=0,
                pregnant=0, damage=damage, displaced=damage in ("RB", "TERENDAM") and rng.random() < 0.6,
                phone="", notes="", dtks_status=DtksStatus.UNKNOWN, registered_on=registered,
                created_by=operator.user_id, created_at=now, updated_at=now,
            )  # fmt: skip
            household_rows.append(hh)
            household_events.append(audit.AuditItem(
                "create", "household", hid, after=hh_service.created_audit(hh, ())))  # fmt: skip
            did = ids[Disbursement]
            ids[Disbursement] += 1
            d_rows.append(dict(
                id=did, household_id=hid, incident_id=incident_id, aid_type_id=aid_info.id,
                fund_id=fund.id, kind=AidKind.IN_KIND, amount=rate,
                computation=f"1 KK × {text_rate}", days=None, rate_amount=rate, is_manual=False,
                manual_reason=None, status=DisbursementStatus.PAID, pay_date=pay_on,
                requested_by=bendahara.user_id, batch_ref=batch_ref, created_at=now, paid_at=now,
                paid_by=bendahara.user_id,
            ))  # fmt: skip
            for item in items:
                item_rows.append(dict(
                    id=ids[DisbursementItem], disbursement_id=did, name=item.name, unit=item.unit,
                    quantity=item.quantity, unit_value=item.unit_value, total=item.total,
                ))  # fmt: skip
                ids[DisbursementItem] += 1
            sequence.last_seq += 1
            number = format_receipt_number(sequence.last_seq, fund.code, pay_on.month, pay_on.year)
            first_number = first_number or number
            receipt_rows.append(dict(
                id=ids[Receipt], number=number, fund_id=fund.id, year=pay_on.year,
                seq=sequence.last_seq, issue_date=pay_on, amount=rate, kind=AidKind.IN_KIND,
                recipient_name=name, recipient_nik=nik,
                recipient_address=disb.recipient_address_of(SimpleNamespace(**hh)), purpose=purpose,
                disbursement_id=did, stipend_payment_id=None, status=ReceiptStatus.VALID,
                print_count=0, issued_by=bendahara.user_id, created_at=now,
            ))  # fmt: skip
            ids[Receipt] += 1
            entry_rows.append(dict(
                id=ids[LedgerEntry], fund_id=fund.id, entry_date=pay_on,
                kind=EntryKind.DISBURSEMENT, amount=-rate, proof_number=number,
                description=f"{aid_info.code} — {name} ({row['title']})"[:400],
                disbursement_id=did, created_by=bendahara.user_id, created_at=now,
            ))  # fmt: skip
            ids[LedgerEntry] += 1
        batch_events.append(audit.AuditItem("disburse_batch", "incident", incident_id, after={
            "aid_type": aid_info.code, "fund": fund.code, "batch_ref": batch_ref, "paid": p.size,
            "awaiting_approval": 0, "total": p.size * rate, "first_receipt": first_number,
            "last_receipt": number,
        }))  # fmt: skip
        close_events.append(audit.AuditItem("close", "incident", incident_id,
                                            before={"status": IncidentStatus.OPEN},
                                            after={"status": IncidentStatus.CLOSED},
                                            reason="Penanganan darurat selesai"))  # fmt: skip
    _insert(s, Incident, incident_rows)
    _insert(s, Household, household_rows)
    _insert(s, Disbursement, d_rows)
    _insert(s, DisbursementItem, item_rows)
    _insert(s, Receipt, receipt_rows)
    _insert(s, LedgerEntry, entry_rows)
    s.flush()
    # The chain in the order a desk would have written it: incidents, households, payments.
    for actor, events in ((operator, create_events), (operator, household_events),
                          (bendahara, batch_events), (operator, close_events)):  # fmt: skip
        for i in range(0, len(events), 10_000):
            audit.record_many(s, actor, events[i : i + 10_000])
    _fix_sequences(s)  # the services' next inserts (an allocation, say) take fresh ids
    funds.assert_not_overdrawn(s, fund)
    return len(household_rows)
