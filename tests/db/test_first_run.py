"""setup.first_run: the wizard's one transaction, on both backends — all or nothing, audited."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from tagana_desk.db import migrate
from tagana_desk.db.engine import open_database
from tagana_desk.db.models import AuditEvent, FundAllocation, Signatory, User
from tagana_desk.domain.enums import Role, SignatoryRole
from tagana_desk.domain.errors import ConflictError, InsufficientFunds, ValidationError
from tagana_desk.services import audit, funds, office, setup, users
from tagana_desk.services.setup import Account, FirstAllocation, FirstRunInput, SignatoryEntry
from tests.support import audit_count, row_count

pytestmark = pytest.mark.db

TODAY = dt.date(2026, 11, 25)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _input(**changes) -> FirstRunInput:
    data = FirstRunInput(
        office_name="DINAS SOSIAL",
        kabupaten_code="34.02",
        address="Jl. Lingkar Timur, Manding, Trirenggo, Bantul",
        admin=Account("rina", "Rina Kusumawati", "Rahasia123"),
        signatories=(
            SignatoryEntry(
                SignatoryRole.KEPALA_DINAS,
                "Drs. Bambang Suharto, M.Si.",
                "196807121994031006",
                "Kepala Dinas Sosial Kabupaten Bantul",
            ),
            SignatoryEntry(
                SignatoryRole.PPTK,
                "Yuliana Rahmawati, S.Sos.",
                "",
                "Pejabat Pelaksana Teknis Kegiatan",
            ),
            SignatoryEntry(
                SignatoryRole.BENDAHARA,
                "Sri Wahyuningsih, S.E.",
                "198203142009012004",
                "Bendahara Pengeluaran",
            ),
        ),  # fmt: skip
        bendahara=Account("sri", "Sri Wahyuningsih, S.E.", "Bendahara2026", "198203142009012004"),
        allocations=(
            FirstAllocation("BTT", 2_000_000_000, "SK Bupati Bantul 188/045/2026", TODAY),
            FirstAllocation("HONOR", 240_000_000, "DPA Dinas Sosial 2026", dt.date(2026, 1, 2)),
        ),
        logo_png=PNG,
    )
    return dataclasses.replace(data, **changes)


@pytest.fixture
def empty(empty_db_url):
    """A migrated database without users: what the desk opens the wizard on."""
    database = open_database(empty_db_url, create=True)
    migrate.upgrade(database)
    yield database
    database.dispose()


def test_first_run_writes_everything_in_one_go(empty):
    with empty.write() as s:
        result = setup.first_run(s, _input(), today=TODAY)
    assert result.admin.username == "rina" and result.admin.role is Role.ADMIN
    assert result.bendahara_username == "sri"
    assert result.funds_created == ("BTT", "HONOR")
    assert [a.amount for a in result.allocations] == [2_000_000_000, 240_000_000]
    with empty.read() as s:
        info = office.get_office(s)
        assert (info.name, info.kabupaten_code, info.kabupaten_name) == (
            "DINAS SOSIAL", "34.02", "Kabupaten Bantul",
        )  # fmt: skip
        assert info.government == "PEMERINTAH KABUPATEN BANTUL"
        assert info.city == "Bantul"
        assert info.address.startswith("Jl. Lingkar Timur")
        assert office.get_logo(s) == PNG
        sigs = {x.role: (x.name, x.nip) for x in office.list_signatories(s)}
        assert sigs[SignatoryRole.BENDAHARA] == ("Sri Wahyuningsih, S.E.", "198203142009012004")
        assert sigs[SignatoryRole.PPTK] == ("Yuliana Rahmawati, S.Sos.", "")
        accounts = {
            u.username: (u.role, u.full_name, u.nip) for u in s.execute(select(User)).scalars()
        }
        assert accounts == {
            "rina": (Role.ADMIN, "Rina Kusumawati", ""),
            "sri": (Role.BENDAHARA, "Sri Wahyuningsih, S.E.", "198203142009012004"),
        }
        assert funds.balance(s, "BTT").balance == 2_000_000_000
        assert funds.balance(s, "HONOR").available == 240_000_000
        # The allocation is the bendahara's, as every later one will be.
        sri = s.execute(select(User.id).where(User.username == "sri")).scalar_one()
        creators = set(s.execute(select(FundAllocation.created_by)).scalars())
        assert creators == {sri}
        # The new admin can sign in with the password chosen in the wizard.
        assert users.authenticate(s, "rina", "Rahasia123", record=False).ok


def test_audit_events_name_who_did_each_step(empty):
    with empty.write() as s:
        setup.first_run(s, _input(), today=TODAY)
    with empty.read() as s:
        events = s.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars().all()
        steps = [(e.username, e.action, e.entity) for e in events]
        assert audit.verify_chain(s) == []
    assert steps[0] == ("sistem", "create", "user")  # the first admin, as `init` does it
    assert ("sistem", "create", "fund") in steps
    assert ("rina", "update", "office_profile") in steps
    assert ("rina", "set_logo", "office_profile") in steps
    assert steps.count(("rina", "create", "signatory")) == 3
    assert ("rina", "create", "user") in steps  # the bendahara's account, made by the admin
    assert steps.count(("sri", "allocate", "fund_allocation")) == 2
    assert steps[-1] == ("sri", "allocate", "fund_allocation")


def test_invalid_nip_refuses_before_anything_is_written(empty):
    bad = _input(
        signatories=(
            SignatoryEntry(SignatoryRole.KEPALA_DINAS, "Drs. Bambang", "19680712199403100"),
            SignatoryEntry(SignatoryRole.BENDAHARA, "Sri", ""),
        )
    )
    with pytest.raises(ValidationError) as caught, empty.write() as s:
        setup.first_run(s, bad, today=TODAY)
    assert caught.value.field == "kepala_dinas.nip"
    assert "18 digit" in caught.value.message
    assert row_count(empty, User) == 0
    assert row_count(empty, Signatory) == 0
    assert audit_count(empty) == 0


def test_a_failure_half_way_rolls_everything_back(empty, monkeypatch):
    """The admin, the office, the signatories and the first allocation are written when the
    second allocation fails: the caller's rollback takes them all away."""
    real = funds.allocate

    def second_fails(session, actor, code, *args, **kwargs):
        if code == "HONOR":
            raise InsufficientFunds("HONOR", 1, 0)
        return real(session, actor, code, *args, **kwargs)

    monkeypatch.setattr(funds, "allocate", second_fails)
    with pytest.raises(InsufficientFunds), empty.write() as s:
        setup.first_run(s, _input(), today=TODAY)
    for model in (User, Signatory, FundAllocation):
        assert row_count(empty, model) == 0
    assert audit_count(empty) == 0
    with empty.read() as s:
        assert office.get_office(s).name == ""
        assert users.count_users(s) == 0
    # ... so the wizard can run again, and this time it works.
    monkeypatch.setattr(funds, "allocate", real)
    with empty.write() as s:
        setup.first_run(s, _input(), today=TODAY)
    assert row_count(empty, User) == 2


def test_refuses_when_users_already_exist(db):
    before = audit_count(db)
    with pytest.raises(ConflictError, match="sudah disiapkan"), db.write() as s:
        setup.first_run(s, _input(), today=TODAY)
    assert audit_count(db) == before
    with db.read() as s:
        assert s.execute(select(func.count(User.id)).where(User.username == "rina")).scalar() == 0


def test_allocations_need_the_bendahara_account(empty):
    with pytest.raises(ValidationError) as caught, empty.write() as s:
        setup.first_run(s, _input(bendahara=None), today=TODAY)
    assert caught.value.field == "akun_bendahara.kata_sandi"
    # Without allocations the bendahara account is optional.
    with empty.write() as s:
        result = setup.first_run(s, _input(bendahara=None, allocations=()), today=TODAY)
    assert result.bendahara_username is None
    assert row_count(empty, User) == 1


def test_problems_by_field_for_each_page():
    assert setup.office_problems("", None, "") == {
        "kantor.nama": "Nama kantor wajib diisi (mis. DINAS SOSIAL).",
        "kantor.kabupaten": "Pilih provinsi lalu kabupaten/kota kantor.",
        "kantor.alamat": "Alamat kantor wajib diisi; dicetak di kop surat.",
    }
    assert setup.office_problems("DINSOS", "34.02", "Jl. X", b"GIF89a") == {
        "kantor.logo": "Logo harus berupa gambar PNG."
    }
    assert set(setup.signatory_problems(())) == {"kepala_dinas.nama", "bendahara.nama"}
    weak = setup.account_problems("admin", Account("Admin Baru", "", "pendek"))
    assert set(weak) == {"admin.nama_pengguna", "admin.nama", "admin.kata_sandi"}
    same = _input(bendahara=Account("RINA", "Rina", "Rahasia123"))
    assert "akun_bendahara.nama_pengguna" in setup.first_run_problems(same, today=TODAY)
    future = (FirstAllocation("BTT", 0, "", TODAY + dt.timedelta(days=1)),)
    assert set(setup.allocation_problems(future, today=TODAY)) == {
        "BTT.jumlah", "BTT.referensi", "BTT.tanggal",
    }  # fmt: skip
    assert setup.first_run_problems(_input(), today=TODAY) == {}


def test_government_line_and_city_follow_the_kabupaten():
    assert setup.government_line("34.71") == "PEMERINTAH KOTA YOGYAKARTA"
    assert setup.signing_city("34.71") == "Yogyakarta"
    assert setup.signing_city("33.74") == "Semarang"
