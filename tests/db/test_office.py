"""Office profile, signatories, logo and region codes on both backends."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tagana_desk.db.models import OfficeProfile, Region, Signatory
from tagana_desk.domain import regions
from tagana_desk.domain.enums import SignatoryRole
from tagana_desk.domain.errors import PermissionDenied, ValidationError
from tagana_desk.services import office
from tests.support import audit_count, row_count

pytestmark = pytest.mark.db

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
NIP = "198001012005012001"


def _profile(db) -> dict:
    with db.read() as s:
        p = s.get(OfficeProfile, 1)
        return {
            "name": p.name, "city": p.city, "kabupaten_code": p.kabupaten_code,
            "approval_threshold": p.approval_threshold, "logo_png": p.logo_png,
        }  # fmt: skip


def _region_levels(db) -> dict[int, int]:
    with db.read() as s:
        return dict(s.execute(select(Region.level, func.count()).group_by(Region.level)).all())


def _bantul_expected() -> dict[int, int]:
    kecamatan = regions.children("34.02")
    return {
        1: 1,
        2: 1,
        3: len(kecamatan),
        4: sum(len(regions.children(k.code)) for k in kecamatan),
    }


# --- Profile ------------------------------------------------------------------------------------


def test_admin_updates_the_office(db, roles):
    with db.write() as s:
        info = office.update_office(
            s, roles.admin, government="  PEMERINTAH KABUPATEN BANTUL ", name="DINAS SOSIAL",
            city="Bantul", kabupaten_code="3402", approval_threshold="Rp7.500.000",
        )  # fmt: skip
    assert (info.government, info.name, info.city) == (
        "PEMERINTAH KABUPATEN BANTUL",
        "DINAS SOSIAL",
        "Bantul",
    )
    assert (info.kabupaten_code, info.kabupaten_name) == ("34.02", "Kabupaten Bantul")
    assert info.approval_threshold == 7_500_000
    with db.read() as s:
        assert office.get_office(s) == info


def test_only_admin_changes_settings(db, roles):
    before, events = _profile(db), audit_count(db)
    for role in ("operator", "bendahara", "kepala", "auditor"):
        actor = roles.all()[role]
        calls = [
            lambda s, a=actor: office.update_office(s, a, name="KANTOR LAIN"),
            lambda s, a=actor: office.set_logo(s, a, PNG),
            lambda s, a=actor: office.save_signatory(s, a, role="pptk", name="Budi", nip=NIP),
        ]
        for call in calls:
            with (
                pytest.raises(PermissionDenied, match="tidak berwenang mengubah pengaturan"),
                db.write() as s,
            ):
                call(s)
    assert _profile(db) == before
    assert audit_count(db) == events
    assert row_count(db, Signatory) == 0


KABUPATEN_REFUSALS = [
    ("34.02.08", "Kode 34.02.08 adalah kecamatan, bukan kabupaten/kota."),
    ("34", "Kode 34 adalah provinsi, bukan kabupaten/kota."),
    ("34.99", "Kode wilayah 34.99 tidak ada di data Kemendagri."),
    ("34.2", "Kode wilayah tidak valid: '34.2'."),
]


def test_kabupaten_must_be_a_level_2_code(db, roles):
    before, events = _profile(db), audit_count(db)
    for code, message in KABUPATEN_REFUSALS:
        with pytest.raises(ValidationError) as info, db.write() as s:
            office.update_office(s, roles.admin, name="DINAS SOSIAL", kabupaten_code=code)
        assert (code, info.value.message) == (code, message)
    assert _profile(db) == before
    assert audit_count(db) == events
    assert row_count(db, Region) == 0


def test_bad_office_values_refused(db, roles):
    before = _profile(db)
    for changes, match in [
        ({"name": "   "}, "Nama kantor wajib diisi."),
        ({"city": "Bantul", "approval_threshold": 1.5}, "rupiah utuh"),
        ({"approval_threshold": 0}, "lebih dari Rp0"),
    ]:
        with pytest.raises(ValidationError, match=match), db.write() as s:
            office.update_office(s, roles.admin, **changes)
    assert _profile(db) == before


def test_unknown_field_is_a_programming_error(db, roles):
    with pytest.raises(TypeError, match="receipt_secret"), db.write() as s:
        office.update_office(s, roles.admin, receipt_secret="bocor")


def test_clearing_the_kabupaten(db, roles):
    with db.write() as s:
        office.update_office(s, roles.admin, kabupaten_code="34.02")
    with db.write() as s:
        info = office.update_office(s, roles.admin, kabupaten_code="")
    assert (info.kabupaten_code, info.kabupaten_name) == (None, "")


# --- Regions ------------------------------------------------------------------------------------


def test_ensure_regions_stores_the_whole_kabupaten(db):
    expected = _bantul_expected()
    assert expected[3] == 17
    with db.write() as s:
        added = office.ensure_regions(s, "34.02")
    assert added == sum(expected.values())
    assert _region_levels(db) == expected
    with db.read() as s:
        palbapang = s.get(Region, "34.02.08.2001")
        assert (palbapang.name, palbapang.level, palbapang.parent_code) == (
            "Palbapang",
            4,
            "34.02.08",
        )
        assert s.get(Region, "34.02").parent_code == "34"
        assert s.get(Region, "34").parent_code is None
        kecamatan = s.execute(
            select(Region.code).where(Region.parent_code == "34.02").order_by(Region.code)
        ).scalars().all()  # fmt: skip
    assert kecamatan == [f"34.02.{i:02d}" for i in range(1, 18)]


def test_ensure_regions_is_idempotent(db):
    with db.write() as s:
        first = office.ensure_regions(s, "3402")
    with db.write() as s:
        second = office.ensure_regions(s, "34.02")
    assert first > 0
    assert second == 0
    assert _region_levels(db) == _bantul_expected()


def test_a_neighbour_kabupaten_shares_the_province(db):
    with db.write() as s:
        office.ensure_regions(s, "34.02")
    with db.write() as s:
        added = office.ensure_regions(s, "34.04")  # Sleman
    sleman = regions.children("34.04")
    assert added == 1 + len(sleman) + sum(len(regions.children(k.code)) for k in sleman)
    assert _region_levels(db)[1] == 1


def test_ensure_regions_refuses_a_kecamatan(db):
    with (
        pytest.raises(ValidationError, match="adalah kecamatan, bukan kabupaten/kota"),
        db.write() as s,
    ):
        office.ensure_regions(s, "34.02.08")
    assert row_count(db, Region) == 0


def test_the_kabupaten_name_is_the_stored_one_or_else_the_kemendagri_list(db, roles):
    with db.write() as s:
        office.update_office(s, roles.admin, kabupaten_code="34.02")
        assert s.get(Region, "34.02").name == "Kabupaten Bantul"
        assert office.get_office(s).kabupaten_name == "Kabupaten Bantul"
        # An office stored without its regions (an older desk): the name from the list.
        s.get(OfficeProfile, 1).kabupaten_code = "34.71"
        s.flush()
        assert s.get(Region, "34.71") is None
        assert office.get_office(s).kabupaten_name == regions.get_region("34.71").name


def test_setting_the_kabupaten_stores_its_regions(db, roles):
    with db.write() as s:
        office.update_office(s, roles.admin, kabupaten_code="34.02")
    assert _region_levels(db) == _bantul_expected()


def test_ensure_region_code_stores_the_lineage(db):
    with db.write() as s:
        assert office.ensure_region_code(s, "3402082001") == "34.02.08.2001"
    with db.read() as s:
        assert sorted(s.execute(select(Region.code)).scalars()) == [
            "34",
            "34.02",
            "34.02.08",
            "34.02.08.2001",
        ]


# --- Signatories ---------------------------------------------------------------------------------


def test_signatory_nip_18_digits_or_empty(db, roles):
    for nip, stored in [(NIP, NIP), ("19800101 200501 2 001", NIP), ("", "")]:
        with db.write() as s:
            info = office.save_signatory(
                s, roles.admin, role=SignatoryRole.PPTK, name=" Budi S ", nip=nip, title="PPTK"
            )
        assert (info.name, info.nip, info.role) == ("Budi S", stored, SignatoryRole.PPTK)
        with db.read() as s:
            assert office.signatory_for(s, SignatoryRole.PPTK) == info
    assert row_count(db, Signatory) == 3


def test_bad_nip_refused(db, roles):
    events = audit_count(db)
    for nip in ["1234", "19800101200501200", "1980010120050120011", "19800101200501200X", "N-1"]:
        with (
            pytest.raises(ValidationError, match="NIP harus 18 digit angka") as info,
            db.write() as s,
        ):
            office.save_signatory(s, roles.admin, role="bendahara", name="Sri", nip=nip)
        assert info.value.field == "nip"
    assert row_count(db, Signatory) == 0
    assert audit_count(db) == events


def test_signatory_needs_a_name(db, roles):
    with pytest.raises(ValidationError, match="Nama penandatangan wajib diisi."), db.write() as s:
        office.save_signatory(s, roles.admin, role="bendahara", name="  ", nip=NIP)
    assert row_count(db, Signatory) == 0


def test_the_newest_active_signatory_signs(db, roles):
    with db.write() as s:
        old = office.save_signatory(s, roles.admin, role="kepala_dinas", name="Lama")
        new = office.save_signatory(s, roles.admin, role="kepala_dinas", name="Baru")
    with db.read() as s:
        assert office.signatory_for(s, SignatoryRole.KEPALA_DINAS).id == new.id
    with db.write() as s:
        office.save_signatory(
            s, roles.admin, role="kepala_dinas", name="Baru", active=False, signatory_id=new.id
        )
    with db.read() as s:
        assert office.signatory_for(s, SignatoryRole.KEPALA_DINAS).id == old.id
        assert office.signatory_for(s, SignatoryRole.PPTK) is None


# --- Logo -----------------------------------------------------------------------------------------


def test_png_logo_stored_and_cleared(db, roles):
    with db.write() as s:
        office.set_logo(s, roles.admin, PNG)
    with db.read() as s:
        assert office.get_logo(s) == PNG
        assert office.get_office(s).has_logo
    with db.write() as s:
        office.set_logo(s, roles.admin, None)
    with db.read() as s:
        assert office.get_logo(s) is None
        assert not office.get_office(s).has_logo


def test_logo_of_exactly_2_mb_is_accepted(db, roles):
    logo = PNG[:8] + b"\x00" * (office.MAX_LOGO_BYTES - 8)
    with db.write() as s:
        office.set_logo(s, roles.admin, logo)
    with db.read() as s:
        assert len(office.get_logo(s)) == 2 * 1024 * 1024


def test_bad_logo_refused(db, roles):
    events = audit_count(db)
    for name, data, message in [
        ("jpeg", b"\xff\xd8\xff\xe0" + b"\x00" * 64, "Logo harus berupa gambar PNG."),
        ("gif", b"GIF89a" + b"\x00" * 64, "Logo harus berupa gambar PNG."),
        ("empty", b"", "Logo harus berupa gambar PNG."),
        ("2mb+1", PNG[:8] + b"\x00" * (2 * 1024 * 1024 - 7), "Logo terlalu besar (maks. 2 MB)."),
    ]:
        with pytest.raises(ValidationError) as info, db.write() as s:
            office.set_logo(s, roles.admin, data)
        assert (name, info.value.message) == (name, message)
    assert _profile(db)["logo_png"] is None
    assert audit_count(db) == events
