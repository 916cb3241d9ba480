"""Kemendagri region codes (kode wilayah)."""

from __future__ import annotations

import pytest

from tagana_desk.domain.errors import ValidationError
from tagana_desk.domain.regions import (
    children,
    get_region,
    lineage,
    normalize_code,
    region_name,
    require_region,
)

BANTUL_KECAMATAN = [
    "Srandakan", "Sanden", "Kretek", "Pundong", "Bambanglipuro", "Pandak", "Pajangan", "Bantul",
    "Jetis", "Imogiri", "Dlingo", "Banguntapan", "Pleret", "Piyungan", "Sewon", "Kasihan",
    "Sedayu",
]  # fmt: skip


def test_bantul_has_17_kecamatan():
    kecamatan = children("34.02")
    assert len(kecamatan) == 17
    assert [k.code for k in kecamatan] == [f"34.02.{i:02d}" for i in range(1, 18)]
    assert [k.name for k in kecamatan] == BANTUL_KECAMATAN
    bantul = next(k for k in kecamatan if k.code == "34.02.08")
    assert (bantul.name, bantul.level, bantul.parent_code) == ("Bantul", 3, "34.02")


def test_palbapang():
    desa = get_region("34.02.08.2001")
    assert desa is not None
    assert (desa.name, desa.level, desa.kind, desa.parent_code) == (
        "Palbapang",
        4,
        "desa",
        "34.02.08",
    )
    assert "Palbapang" in [d.name for d in children("34.02.08")]
    assert all(d.level == 4 and d.parent_code == "34.02.08" for d in children("34.02.08"))


def test_provinces():
    provinces = children()
    assert len(provinces) == 38
    assert all(p.level == 1 and p.parent_code is None for p in provinces)
    assert [p.code for p in provinces] == sorted(p.code for p in provinces)
    assert region_name("34") == "Daerah Istimewa Yogyakarta"
    assert region_name("34.02") == "Kabupaten Bantul"


def test_lineage():
    assert [(r.code, r.level) for r in lineage("3402082001")] == [
        ("34", 1),
        ("34.02", 2),
        ("34.02.08", 3),
        ("34.02.08.2001", 4),
    ]
    with pytest.raises(ValidationError, match="tidak ada di data Kemendagri"):
        lineage("34.02.99")


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("3402082001", "34.02.08.2001"),
        ("34.02.08.2001", "34.02.08.2001"),
        ("340208", "34.02.08"),
        ("3402", "34.02"),
        ("34", "34"),
        (" 34.02 ", "34.02"),
        ("34-02-08", "34.02.08"),
    ],
)
def test_normalize_code(raw, code):
    assert normalize_code(raw) == code


@pytest.mark.parametrize(
    "raw",
    ["", "3", "34.2", "340", "3402082", "34020820011", "34.02.08.201", "34..02", "abc", "34.02."],
)
def test_normalize_code_refuses_malformed(raw):
    with pytest.raises(ValidationError, match="Kode wilayah tidak valid") as info:
        normalize_code(raw)
    assert info.value.field == "kode_wilayah"


def test_get_region_is_none_for_unknown_or_malformed():
    assert get_region("34.99") is None
    assert get_region("99") is None
    assert get_region("34.2") is None
    assert region_name("34.02.99") is None


def test_require_region():
    assert require_region("3402", level=2).name == "Kabupaten Bantul"
    assert require_region("34.02.08.2001").level == 4


@pytest.mark.parametrize(
    ("code", "level", "message"),
    [
        ("34.02.08", 2, "Kode 34.02.08 adalah kecamatan, bukan kabupaten/kota."),
        ("34.02", 3, "Kode 34.02 adalah kabupaten/kota, bukan kecamatan."),
        ("34", 2, "Kode 34 adalah provinsi, bukan kabupaten/kota."),
        ("3402082001", 3, "Kode 34.02.08.2001 adalah desa/kelurahan, bukan kecamatan."),
        ("34.99", None, "Kode wilayah 34.99 tidak ada di data Kemendagri."),
        ("34.99", 2, "Kode wilayah 34.99 tidak ada di data Kemendagri."),
    ],
)
def test_require_region_refusals(code, level, message):
    with pytest.raises(ValidationError) as info:
        require_region(code, level=level)
    assert info.value.message == message
    assert info.value.field == "kode_wilayah"
