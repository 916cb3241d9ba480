"""Incidents and households on both backends: validation, duplicates, flags, search, history."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from tagana_desk.db.models import AuditEvent, Household
from tagana_desk.domain.dates import local_date
from tagana_desk.domain.enums import DamageLevel, DuplicateReason, DuplicateStatus, IncidentStatus
from tagana_desk.domain.errors import (
    ConflictError,
    NotFoundError,
    PeriodClosed,
    PermissionDenied,
    ValidationError,
)
from tagana_desk.services import households, incidents, verify
from tagana_desk.services.households import CasualtyInput, HouseholdInput
from tests.support import make_kk, make_nik, setup_bantul

pytestmark = pytest.mark.db
TODAY = dt.date(2026, 11, 25)


def hh(name="Suparman", nik=None, kk=None, desa="34.02.08.2001", **kw) -> HouseholdInput:
    return HouseholdInput(
        head_name=name, nik=nik or make_nik(), no_kk=kk or make_kk(), desa_code=desa,
        persons=kw.pop("persons", 4), **kw,
    )  # fmt: skip


def _count(db, model=Household):
    with db.read() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


@pytest.fixture
def incident(db, roles):
    return setup_bantul(db, roles)


def test_register_household_decodes_nik_and_stores_everything(db, roles, incident):
    with db.write() as s:
        saved = households.add_household(
            s, roles.operator, incident,
            hh(name="Bpk. H. Suparman", nik=make_nik(day=15, female=True, serial=7), rt="3", rw="05",
               damage="rusak berat", displaced="ya", infants=1, elderly=2,
               casualties=(CasualtyInput("death", "Mbah Karto"),)),
            today=TODAY,
        )  # fmt: skip
    assert saved.flags == () and not saved.kk_overridden
    with db.read() as s:
        detail = households.get_household(s, roles.operator, saved.id)
        summary = incidents.summary(s, incident)
    assert detail.row.head_name == "Bpk. H. Suparman"
    assert detail.birth_date == dt.date(1975, 3, 15) and detail.sex == "P"
    assert (detail.rt, detail.rw) == ("003", "005")
    assert detail.row.desa_name == "Palbapang" and detail.row.kecamatan_name == "Bantul"
    assert detail.casualties[0].name == "Mbah Karto"
    assert summary.households == 1 and summary.persons == 4 and summary.elderly == 2
    assert summary.damage["RB"] == 1 and summary.displaced_households == 1


def test_validation_reports_every_field(db, roles, incident):
    valid, errors = households.validate(
        hh(name="", nik=3402081203750001.0, kk="123", desa="35.02.08.2001", persons=0, infants=9,
           damage="hancur"),
        kabupaten_code="34.02", today=TODAY,
    )  # fmt: skip
    assert valid is None
    fields = {e.field: e.message for e in errors}
    assert set(fields) == {"head_name", "nik", "no_kk", "desa_code", "persons", "damage"}
    assert "15 digit" in fields["nik"]
    assert "di luar kabupaten" in fields["desa_code"]
    with pytest.raises(ValidationError), db.write() as s:
        households.add_household(s, roles.operator, incident, hh(nik="3402081203750000"))
    assert _count(db) == 0


def test_same_nik_in_incident_is_refused(db, roles, incident):
    with db.write() as s:
        households.add_household(s, roles.operator, incident, hh(kk=make_kk(1)), today=TODAY)
    with pytest.raises(ConflictError, match="sudah terdaftar pada kejadian ini"), db.write() as s:
        households.add_household(
            s, roles.operator, incident, hh(name="Lain", kk=make_kk(2)), today=TODAY
        )
    assert _count(db) == 1


def test_same_kk_needs_kepala_and_reason(db, roles, incident):
    with db.write() as s:
        households.add_household(s, roles.operator, incident, hh(kk=make_kk(9)), today=TODAY)
    second = hh(name="Anak Suparman", nik=make_nik(serial=2), kk=make_kk(9))
    with pytest.raises(ConflictError, match="Hanya Kepala"), db.write() as s:
        households.add_household(s, roles.operator, incident, second, today=TODAY)
    with pytest.raises(PermissionDenied), db.write() as s:
        households.add_household(s, roles.operator, incident, second, kk_override_reason="pisah rumah",
                                 today=TODAY)  # fmt: skip
    assert _count(db) == 1
    with db.write() as s:
        saved = households.add_household(s, roles.kepala, incident, second,
                                         kk_override_reason="Menumpang, rumah terpisah", today=TODAY)  # fmt: skip
    assert saved.kk_overridden
    with db.read() as s:
        events = s.execute(
            select(AuditEvent.username, AuditEvent.reason).where(AuditEvent.action == "override_kk")
        ).all()
    assert events == [("kepala", "Menumpang, rumah terpisah")]


def test_soft_duplicates_are_flagged_and_decided(db, roles, incident):
    with db.write() as s:
        other = incidents.create_incident(s, roles.operator, incidents.IncidentInput(
            type="angin_puting_beliung", title="Angin kencang Ringinharjo",
            occurred_at=dt.datetime(2026, 11, 5, 9, 0), desa_code="34.02.08.2002"))  # fmt: skip
        first = households.add_household(s, roles.operator, other.id, hh(), today=TODAY)
    with db.write() as s:
        # Same NIK, another incident 15 days earlier → possible duplicate.
        same_nik = households.add_household(
            s, roles.operator, incident, hh(kk=make_kk(5)), today=TODAY
        )
        # Same normalised name, desa and birth date, different NIK → possible duplicate.
        same_person = households.add_household(
            s, roles.operator, incident,
            hh(name="SUPARMAN", nik=make_nik(serial=44), kk=make_kk(6)), today=TODAY,
        )  # fmt: skip
    assert [f.reason for f in same_nik.flags] == [DuplicateReason.NIK_OTHER_INCIDENT]
    assert same_nik.flags[0].other_household_id == first.id
    assert {f.reason for f in same_person.flags} == {DuplicateReason.NAME_DESA_BIRTH}
    with db.read() as s:
        flags = households.list_flags(s, roles.auditor)
        assert len(flags) == 3 and households.count_open_flags(s) == 3
        assert all("******" in f.nik for f in flags)  # auditors see masked NIKs
    with db.write() as s:
        households.decide_flag(s, roles.operator, flags[-1].id, DuplicateStatus.CONFIRMED_DISTINCT,
                               "Dicek di lapangan: orang berbeda")  # fmt: skip
    with pytest.raises(ValidationError, match="Alasan penggabungan"), db.write() as s:
        households.decide_flag(s, roles.operator, flags[0].id, DuplicateStatus.MERGED)
    with db.write() as s:
        households.decide_flag(s, roles.operator, flags[0].id, DuplicateStatus.MERGED, "Data ganda")
    with db.read() as s:
        decided = {f.id: f for f in households.list_flags(s, roles.operator, status=None)}
        assert decided[flags[-1].id].status == DuplicateStatus.CONFIRMED_DISTINCT
        assert decided[flags[-1].id].decided_by == "operator"
        assert households.count_households(s, incident) == 1  # the merged one is inactive
        # The incident list counts the active households of each incident on the page.
        counted = {i.id: i.households for i in incidents.list_incidents(s)}
        assert counted == {incident: 1, other.id: 1}
        page = incidents.list_incidents(s, sort="id", descending=False, limit=1, offset=1)
        assert [(i.id, i.households) for i in page] == [(other.id, 1)]
    with pytest.raises(ConflictError, match="sudah diputuskan"), db.write() as s:
        households.decide_flag(s, roles.operator, flags[0].id, DuplicateStatus.CONFIRMED_DISTINCT)


def test_search_by_nik_prefix_kk_and_name_fragment(db, roles, incident):
    people = [("Siti Aminah", 1), ("Aminudin", 2), ("Sutrisno", 3), ("Ngadiyem", 4)]
    with db.write() as s:
        for name, serial in people:
            households.add_household(s, roles.operator, incident,
                                     hh(name=name, nik=make_nik(serial=serial), kk=make_kk(serial)),
                                     today=TODAY)  # fmt: skip
    with db.read() as s:
        by_name = households.search(s, roles.operator, "amin")
        assert {r.head_name for r in by_name} == {"Siti Aminah", "Aminudin"}
        assert households.count_search(s, roles.operator, "amin") == 2
        assert [r.head_name for r in households.search(s, roles.operator, make_nik(serial=3))] == [
            "Sutrisno"
        ]
        assert households.count_search(s, roles.operator, "3402 08") == 4
        assert [r.head_name for r in households.search(s, roles.operator, make_kk(4))] == [
            "Ngadiyem"
        ]
        assert households.search(s, roles.operator, "xyzzy") == []
        page = households.search(s, roles.operator, "3402", limit=2, offset=2)
        assert len(page) == 2
        with pytest.raises(ValidationError, match="minimal 3 huruf"):
            households.search(s, roles.operator, "am")
        with pytest.raises(ValidationError, match="minimal 4 digit"):
            households.search(s, roles.operator, "34")


def test_name_search_pages_newest_first_without_gaps(db, roles, incident):
    """A common fragment: pages come newest first, do not overlap, and add up to the count."""
    names = ["Suparman", "Supardi", "Sutrisno", "Supriyadi", "Ngadiyem", "Suparjo", "Hadi Supar"]
    with db.write() as s:
        saved = [households.add_household(s, roles.operator, incident,
                                          hh(name=n, nik=make_nik(serial=i + 1), kk=make_kk(i + 1)),
                                          today=TODAY).id
                 for i, n in enumerate(names)]  # fmt: skip
    expected = [hid for hid, n in sorted(zip(saved, names, strict=True), reverse=True)
                if "SUPAR" in n.upper()]  # fmt: skip
    with db.read() as s:
        assert households.count_search(s, roles.operator, "supar") == len(expected) == 4
        pages = [
            households.search(s, roles.operator, "supar", limit=2, offset=o) for o in (0, 2, 4)
        ]
    assert [len(p) for p in pages] == [2, 2, 0]
    assert [r.id for p in pages for r in p] == expected


def test_search_rows_are_the_register_rows(db, roles, incident):
    """Every way of finding a household (NIK prefix, whole NIK, No. KK, prefix of nines, name
    fragment) shows the same row as the incident's register: incident, date, masked or whole
    NIK by role, damage, DTKS status, open flag, merged."""
    with db.write() as s:
        first = households.add_household(
            s, roles.operator, incident,
            hh(name="Suparman", damage="rusak berat", displaced="ya"), today=TODAY,
        )  # fmt: skip
        # The same person under another NIK: an open "possible duplicate" flag.
        flagged = households.add_household(
            s, roles.operator, incident,
            hh(name="SUPARMAN", nik=make_nik(serial=44), kk=make_kk(6)), today=TODAY,
        )  # fmt: skip
    assert flagged.flags
    for actor in (roles.operator, roles.auditor):
        with db.read() as s:
            register = {
                r.id: r for r in households.list_households(s, actor, incident, include_merged=True)
            }
            assert register[flagged.id].flagged and not register[first.id].flagged
            nik = make_nik(serial=44)
            found = {
                "prefix": households.search(s, actor, nik[:8]),
                "whole": households.search(s, actor, nik),
                "kk": households.search(s, actor, make_kk(6)),
                "name": households.search(s, actor, "parma"),
                "nines": households.search(s, actor, "9999"),
            }
        assert [r.id for r in found["whole"]] == [flagged.id]
        assert [r.id for r in found["kk"]] == [flagged.id]
        assert [r.id for r in found["prefix"]] == [r.id for r in found["name"]]
        assert [r.id for r in found["name"]] == [flagged.id, first.id]
        assert found["nines"] == []
        for rows in found.values():
            for row in rows:
                assert row == register[row.id]
        shown = register[flagged.id]
        assert shown.nik == (nik if actor is roles.operator else f"{nik[:6]}******{nik[12:]}")
        with db.read() as s:
            occurred = incidents.get_incident(s, incident).occurred_at
        assert shown.incident_date == local_date(occurred)
        assert shown.incident_title == "Banjir Palbapang"
        assert register[first.id].damage is DamageLevel.RB and register[first.id].displaced


def test_search_follows_renames(db, roles, incident):
    with db.write() as s:
        saved = households.add_household(s, roles.operator, incident, hh(name="Paijo"), today=TODAY)
    with db.write() as s:
        households.update_household(s, roles.operator, saved.id, hh(name="Paimin"), today=TODAY)
    with db.read() as s:
        assert households.search(s, roles.operator, "paijo") == []
        assert [r.id for r in households.search(s, roles.operator, "paimin")] == [saved.id]


def test_history_lists_every_registration_of_a_nik(db, roles, incident):
    with db.write() as s:
        other = incidents.create_incident(s, roles.operator, incidents.IncidentInput(
            type="kebakaran", title="Kebakaran rumah", occurred_at=dt.datetime(2026, 3, 1, 2, 0),
            desa_code="34.02.08.2003"))  # fmt: skip
        a = households.add_household(
            s, roles.operator, other.id, hh(desa="34.02.08.2003"), today=TODAY
        )
        b = households.add_household(s, roles.operator, incident, hh(), today=TODAY)
    with db.read() as s:
        rows = households.history(s, roles.auditor, b.id)
    assert [r.id for r in rows] == [b.id, a.id]
    assert rows[1].incident_title == "Kebakaran rumah"


def test_roles_and_closed_incident(db, roles, incident):
    with pytest.raises(PermissionDenied), db.write() as s:
        households.add_household(s, roles.auditor, incident, hh(), today=TODAY)
    with db.write() as s:
        incidents.set_status(s, roles.operator, incident, IncidentStatus.CLOSED, "Selesai")
    with pytest.raises(ValidationError, match="sudah ditutup"), db.write() as s:
        households.add_household(s, roles.operator, incident, hh(), today=TODAY)
    with pytest.raises(NotFoundError), db.write() as s:
        households.add_household(s, roles.operator, 99999, hh(), today=TODAY)
    assert _count(db) == 0


def test_registration_dated_in_a_closed_month_is_refused(db, roles, incident):
    from tagana_desk.db.base import utcnow
    from tagana_desk.db.models import ClosedPeriod

    with db.write() as s:
        s.add(ClosedPeriod(period="2026-10", closed_at=utcnow()))
    with pytest.raises(PeriodClosed, match="Oktober 2026"), db.write() as s:
        households.add_household(s, roles.operator, incident,
                                 hh(registered_on=dt.date(2026, 10, 31)), today=TODAY)  # fmt: skip
    assert _count(db) == 0


def test_incident_validation_and_listing(db, roles, incident):
    bad = [
        (dict(type="tsunami"), "Jenis kejadian tidak dikenal"),
        (dict(title=" "), "Judul kejadian wajib"),
        (dict(desa_code="35.02.08.2001"), "di luar"),
        (dict(desa_code="34.02.08"), "bukan desa/kelurahan"),
        (dict(occurred_at=dt.datetime(2030, 1, 1)), "masa depan"),
        (dict(deaths=-1), "tidak boleh negatif"),
    ]
    base = dict(type="banjir", title="Banjir", occurred_at=dt.date(2026, 11, 1),
                desa_code="34.02.08.2001")  # fmt: skip
    for change, message in bad:
        with pytest.raises(ValidationError, match=message), db.write() as s:
            incidents.create_incident(s, roles.operator, incidents.IncidentInput(**(base | change)))
    with db.write() as s:
        incidents.create_incident(s, roles.operator, incidents.IncidentInput(
            type="tanah_longsor", title="Longsor Dlingo", occurred_at=dt.date(2026, 1, 10),
            kecamatan_code="34.02.11"))  # fmt: skip
    with db.read() as s:
        all_rows = incidents.list_incidents(s)
        assert [r.title for r in all_rows] == ["Banjir Palbapang", "Longsor Dlingo"]
        longsor = incidents.list_incidents(s, incidents.IncidentFilter(type="tanah_longsor"))
        assert [r.kecamatan_name for r in longsor] == ["Dlingo"]
        dated = incidents.IncidentFilter(
            date_from=dt.date(2026, 11, 1), date_to=dt.date(2026, 11, 30)
        )
        assert incidents.count_incidents(s, dated) == 1
        by_title = incidents.list_incidents(s, sort="title", descending=False)
        assert [r.title for r in by_title] == ["Banjir Palbapang", "Longsor Dlingo"]
        assert all_rows[0].local_date == dt.date(2026, 11, 20)


def test_dtks_mark_by_nik_or_kk_on_both_paths(db, roles, incident):
    from tagana_desk.db.models import DtksEntry, DtksImport
    from tagana_desk.domain.enums import DtksStatus

    with db.write() as s:
        imp = DtksImport(filename="dtsen.xlsx", rows=2)
        s.add(imp)
        s.flush()
        s.add_all([DtksEntry(import_id=imp.id, nik=make_nik(serial=1), no_kk=None),
                   DtksEntry(import_id=imp.id, nik="3402080101010009", no_kk=make_kk(2))])  # fmt: skip
    with db.write() as s:
        one = households.add_household(s, roles.operator, incident, hh(kk=make_kk(1)), today=TODAY)
        valid = [households.validate(hh(nik=make_nik(serial=n), kk=make_kk(n)), kabupaten_code="34.02",
                                     today=TODAY)[0] for n in (2, 3)]  # fmt: skip
        batch = households.add_households(s, roles.operator, incident, valid)
    with db.read() as s:
        marks = {
            r.id: r.dtks_status for r in households.list_households(s, roles.operator, incident)
        }
        assert verify.verify(s).ok
    assert marks == {one.id: DtksStatus.IN, batch[0].id: DtksStatus.IN, batch[1].id: DtksStatus.OUT}
    with pytest.raises(ConflictError), db.write() as s:  # the batch path refuses a taken NIK too
        households.add_households(s, roles.operator, incident, valid[:1])


def test_merged_nik_stays_taken_in_the_incident(db, roles, incident):
    with db.write() as s:
        households.add_household(s, roles.operator, incident, hh(name="Sumini", nik=make_nik(serial=5),
                                 kk=make_kk(5)), today=TODAY)  # fmt: skip
        dup = households.add_household(s, roles.operator, incident, hh(name="SUMINI", nik=make_nik(serial=6),
                                       kk=make_kk(6)), today=TODAY)  # fmt: skip
    with db.write() as s:
        households.decide_flag(s, roles.operator, households.list_flags(s, roles.operator)[0].id,
                               DuplicateStatus.MERGED, "Salah ketik NIK")  # fmt: skip
    with pytest.raises(ConflictError, match="sudah terdaftar"), db.write() as s:
        households.add_household(s, roles.operator, incident, hh(name="Sumini", nik=make_nik(serial=6),
                                 kk=make_kk(7)), today=TODAY)  # fmt: skip
    assert dup.flags


def test_search_by_the_name_as_printed_with_honorific(db, roles, incident):
    with db.write() as s:
        saved = households.add_household(
            s, roles.operator, incident, hh(name="H. Tumijo"), today=TODAY
        )
    with db.read() as s:
        for query in ("H. Tumijo", "Bpk. H. Tumijo", "tumi"):
            assert [r.id for r in households.search(s, roles.operator, query)] == [saved.id], query


def test_the_database_masks_numbers_as_mask_nik_does(db):
    """Rows for a role without the whole NIK are masked in SQL: a stored number reads as
    mask_nik writes it, and no value ever shows its digits 7 to 12."""
    from sqlalchemy import literal, select

    from tagana_desk.domain.identity import mask_nik

    values = ["3402085505900003", "3471015203870001", "340208550590", "34020855059000031"]
    with db.read() as s:
        masked = [s.execute(select(households._masked(literal(v)))).scalar_one() for v in values]
    assert masked[:2] == [mask_nik(v) for v in values[:2]] == [
        "340208******0003", "347101******0001",
    ]  # fmt: skip
    for value, shown in zip(values, masked, strict=True):
        assert shown.startswith(value[:6] + "******") and value[6:12] not in shown, shown


def test_register_sorts_and_pages_in_sql(db, roles, incident):
    """The incident's register in the order asked for, page by page, the merged left out."""
    people = [("Wagiman", 3), ("Bejo", 5), ("Sukinem", 1), ("Darmi", 5)]
    with db.write() as s:
        for i, (name, persons) in enumerate(people, start=1):
            households.add_household(s, roles.operator, incident,
                                     hh(name=name, nik=make_nik(serial=i), kk=make_kk(i),
                                        persons=persons), today=TODAY)  # fmt: skip

    def names(**kw):
        with db.read() as s:
            return [
                r.head_name for r in households.list_households(s, roles.auditor, incident, **kw)
            ]

    assert names(sort="name") == ["Bejo", "Darmi", "Sukinem", "Wagiman"]
    assert names(sort="name", descending=True) == ["Wagiman", "Sukinem", "Darmi", "Bejo"]
    # Equal counts keep registration order (ties by id, the same direction).
    assert names(sort="persons", descending=True) == ["Darmi", "Bejo", "Wagiman", "Sukinem"]
    assert names(sort="name", limit=2, offset=1) == ["Darmi", "Sukinem"]
