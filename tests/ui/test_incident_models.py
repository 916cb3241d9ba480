"""Incident and household table models without widgets, the labels, and the region pickers."""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import QModelIndex, Qt

from tagana_desk.domain.enums import (
    DamageLevel,
    DtksStatus,
    DuplicateReason,
    DuplicateStatus,
    IncidentStatus,
    IncidentType,
)
from tagana_desk.services import households
from tagana_desk.services.households import FlagInfo, HouseholdRow
from tagana_desk.services.incidents import IncidentFilter, IncidentInfo
from tagana_desk.ui import incident_labels
from tagana_desk.ui.models.households import (
    FlagTableModel,
    RegisterTableModel,
    SearchTableModel,
)
from tagana_desk.ui.models.incidents import IncidentTableModel
from tagana_desk.ui.pages.incidents import read_incident_batch
from tagana_desk.ui.region_picker import RegionChoices, RegionPicker, load_region_choices
from tagana_desk.ui.style import Tone, tone_text
from tests.ui.helpers import add_incident, cell, set_office_bantul

WHEN = dt.datetime(2026, 11, 20, 7, 30, tzinfo=dt.UTC)


def _incident(i: int = 1, **kw) -> IncidentInfo:
    values = dict(
        id=i, type=IncidentType.GEMPA_BUMI, title=f"Gempa {i}", occurred_at=WHEN,
        kecamatan_code="34.02.08", kecamatan_name="Bantul", desa_code=None, desa_name="",
        place="", description="", source="", deaths=0, missing=0, injured=0, displaced=0,
        houses_rb=0, houses_rs=0, houses_rr=0, houses_flooded=0, status=IncidentStatus.CLOSED,
        households=1234,
    )  # fmt: skip
    values.update(kw)
    return IncidentInfo(**values)


def _household(i: int = 1, **kw) -> HouseholdRow:
    values = dict(
        id=i, incident_id=1, incident_title="Banjir Palbapang",
        incident_date=dt.date(2026, 11, 20), head_name="Suparman", nik="340208******0001",
        no_kk="340208******0001", desa_code="34.02.08.2001", desa_name="Palbapang",
        kecamatan_name="Bantul", persons=4, damage=DamageLevel.TERENDAM, displaced=False,
        dtks_status=DtksStatus.IN, flagged=True, merged=False,
    )  # fmt: skip
    values.update(kw)
    return HouseholdRow(**values)


def test_incident_model_shows_the_indonesian_way():
    model = IncidentTableModel()
    model.reset(None, 1, [_incident()])
    assert cell(model, 0, IncidentTableModel.DATE) == f"{WHEN.astimezone():%d/%m/%Y %H:%M}"
    assert cell(model, 0, IncidentTableModel.TYPE) == "Gempa bumi"
    assert cell(model, 0, IncidentTableModel.DESA) == "—"
    assert cell(model, 0, IncidentTableModel.HOUSEHOLDS) == "1.234"
    assert cell(model, 0, IncidentTableModel.STATUS) == "Ditutup"
    alignment = model.data(
        model.index(0, IncidentTableModel.HOUSEHOLDS), Qt.ItemDataRole.TextAlignmentRole
    )
    assert alignment & int(Qt.AlignmentFlag.AlignRight)
    tip = model.data(model.index(0, IncidentTableModel.DATE), Qt.ItemDataRole.ToolTipRole)
    assert "November 2026" in tip
    initial = Qt.ItemDataRole.InitialSortOrderRole
    assert (
        model.headerData(IncidentTableModel.DATE, Qt.Orientation.Horizontal, initial)
        == Qt.SortOrder.DescendingOrder
    )
    assert (
        model.headerData(IncidentTableModel.TITLE, Qt.Orientation.Horizontal, initial)
        == Qt.SortOrder.AscendingOrder
    )
    model.set_area_labels("Kapanewon", "Kalurahan")
    assert model.headerData(IncidentTableModel.DESA, Qt.Orientation.Horizontal) == "Kalurahan"


def test_incident_batches_come_from_the_service_in_sql_order(sqlite_db, sqlite_roles):
    set_office_bantul(sqlite_db, sqlite_roles)
    for day, title in ((3, "Banjir C"), (1, "Banjir A"), (2, "Banjir B")):
        add_incident(sqlite_db, sqlite_roles.operator, title,
                     when=dt.datetime(2026, 11, day, 8, 0))  # fmt: skip
    model = IncidentTableModel(batch_size=2)
    loader = partial(read_incident_batch, sqlite_db, IncidentFilter(), "title", False)
    model.reset(loader, 3, loader(0, 2))
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert [cell(model, r, IncidentTableModel.TITLE) for r in range(3)] == [
        "Banjir A", "Banjir B", "Banjir C",
    ]  # fmt: skip
    assert not model.canFetchMore(QModelIndex())


def test_register_and_search_models():
    register = RegisterTableModel()
    register.reset(None, 1, [_household()])
    assert cell(register, 0, RegisterTableModel.DAMAGE) == "Terendam"
    assert cell(register, 0, RegisterTableModel.DISPLACED) == "Tidak"
    assert cell(register, 0, RegisterTableModel.DTKS) == "Ya"
    assert cell(register, 0, RegisterTableModel.FLAG) == "⚠ Periksa"
    colour = register.data(
        register.index(0, RegisterTableModel.FLAG), Qt.ItemDataRole.ForegroundRole
    )
    assert colour == tone_text(Tone.FLAGGED)  # amber: a person must decide
    search = SearchTableModel()
    search.reset(None, 1, [_household(merged=True, flagged=False)])
    assert cell(search, 0, SearchTableModel.NAME) == "Suparman"
    assert cell(search, 0, SearchTableModel.DATE) == "20/11/2026"
    tip = search.data(search.index(0, SearchTableModel.NAME), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Data ini sudah digabungkan ke data lain."


def test_flag_model_loads_while_batches_are_full():
    flags = [
        FlagInfo(
            i,
            DuplicateReason.NAME_DESA_BIRTH,
            DuplicateStatus.MERGED,
            i,
            1,
            "A",
            "n",
            "d",
            100 + i,
            2,
            "B",
            "m",
            "e",
            "kepala",
            "sama",
        )  # fmt: skip
        for i in range(5)
    ]
    calls = []

    def loader(offset, limit):
        calls.append((offset, limit))
        return flags[offset : offset + limit]

    model = FlagTableModel(batch_size=2)
    model.reset_open(loader, flags[:2])
    assert model.total == 4 and not model.complete
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 5 and model.complete
    assert calls == [(2, 2), (4, 2)]
    assert cell(model, 0, FlagTableModel.REASON) == (
        "Nama, desa dan tanggal lahir sama, NIK berbeda"
    )
    assert cell(model, 0, FlagTableModel.STATUS) == "Digabungkan"


def test_labels_are_the_domains_own_words():
    for kind in IncidentType:
        assert incident_labels.incident_type_label(kind) == kind.label
    for level in DamageLevel:
        assert incident_labels.damage_label(level) == households.DAMAGE_LABELS[level]
    for reason in DuplicateReason:
        assert incident_labels.duplicate_reason_label(reason) == households.REASON_LABELS[reason]
    assert incident_labels.import_status_label("ditandai") == "Ditandai"
    assert incident_labels.sex_label("P") == "Perempuan"


def test_region_picker_follows_the_kecamatan(qtbot, sqlite_db, sqlite_roles):
    set_office_bantul(sqlite_db, sqlite_roles)
    with sqlite_db.read() as s:
        choices = load_region_choices(s)
    assert isinstance(choices, RegionChoices)
    assert choices.kabupaten_code == "34.02"
    assert (choices.labels.kecamatan, choices.labels.desa) == ("Kapanewon", "Kalurahan")
    assert len(choices.kecamatan) == 17
    assert choices.desa_name("34.02.08.2001") == "Palbapang"
    picker = RegionPicker(desa_optional=False)
    picker.set_choices(choices)
    assert picker.kecamatan_combo.currentText() == "— pilih kapanewon —"
    assert not picker.desa_combo.isEnabled()
    picker.set_value(None, "34.02.08.2004")
    assert (picker.kecamatan_code(), picker.desa_code()) == ("34.02.08", "34.02.08.2004")
    assert picker.desa_combo.currentText() == "Trirenggo"
    picker.kecamatan_combo.setCurrentIndex(picker.kecamatan_combo.findData("34.02.09"))
    assert picker.desa_code() is None
    assert picker.desa_combo.itemText(0) == "— pilih kalurahan —"
