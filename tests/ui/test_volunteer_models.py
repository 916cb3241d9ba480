"""The Tagana tables and labels without widgets: texts, colours, lazy roster batches."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, Qt

from tagana_desk.domain.enums import VolunteerLevel
from tagana_desk.services import stipends
from tagana_desk.services.household_import import PreviewRow, RowStatus
from tagana_desk.services.stipends import StipendLine
from tagana_desk.services.volunteers import RateInfo, VolunteerInfo, VolunteerTypeInfo
from tagana_desk.ui.models.volunteers import (
    RosterTableModel,
    StipendPreviewModel,
    VolunteerImportPreviewModel,
    VolunteerTypeModel,
)
from tagana_desk.ui.volunteer_support import percent_text, tax_of, tax_rule_text

FG, BG = Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole


def line(action: str, **kw) -> StipendLine:
    values = dict(volunteer_id=1, name="Heri Purnomo", nik="340208******0001", nia="T-1",
                  type_code="TAGANA", kecamatan_name="Bantul", monthly_amount=200_000,
                  deployment_days=0, deployment_amount=0, gross=200_000, tax=0, net=200_000,
                  action=action, reason="")  # fmt: skip
    values.update(kw)
    return StipendLine(**values)


def volunteer(n: int, *, active: bool = True) -> VolunteerInfo:
    return VolunteerInfo(n, f"Relawan {n:03d}", "340208******0001", "TAGANA", f"T-{n}",
                         VolunteerLevel.MUDA, "34.02.08", "Bantul", "0812", "", "",
                         dt.date(2025, 1, 1), None if active else dt.date(2025, 6, 1), active)  # fmt: skip


def test_percent_and_tax_rule_words():
    assert percent_text(500) == "5%"
    assert percent_text(250) == "2,5%"
    assert percent_text(1275) == "12,75%"
    assert percent_text(205) == "2,05%"
    assert tax_rule_text(500, 5000) == "5% × 50% bruto"
    assert tax_rule_text(250, 10_000) == "2,5% × bruto"
    assert tax_rule_text(0, 10_000) == "tanpa potongan"


@given(gross=st.integers(0, 10**10), rate=st.integers(0, 10_000), base=st.integers(0, 10_000))
def test_the_forms_tax_example_is_the_services_tax(gross, rate, base):
    stored = type("Rate", (), {"tax_rate_bp": rate, "tax_base_bp": base})()
    assert tax_of(gross, rate, base) == stipends.tax_for(gross, stored)


def test_stipend_preview_texts_and_colours():
    model = StipendPreviewModel()
    model.set_rows([
        line("bayar", deployment_days=3, deployment_amount=150_000, gross=350_000, net=350_000),
        line("sudah", gross=0, net=0, reason="Sudah dibayar"),
        line("lewati", gross=0, net=0, reason="Belum ada tarif honor PSM"),
    ])  # fmt: skip
    m = StipendPreviewModel

    def text(r, c):
        return model.data(model.index(r, c))

    assert [text(r, m.STATUS) for r in range(3)] == ["Bayar", "Sudah dibayar", "Dilewati"]
    assert text(0, m.GROSS) == "350.000" and text(0, m.TAX) == "0"
    assert text(1, m.GROSS) == "" and text(2, m.NET) == ""
    assert text(0, m.REASON) == "termasuk penugasan 3 hari (Rp150.000)"
    assert text(1, m.REASON) == ""
    assert text(2, m.REASON) == "Belum ada tarif honor PSM"
    colours = {model.data(model.index(r, m.STATUS), BG).name() for r in range(3)}
    assert len(colours) == 3
    assert model.data(model.index(0, m.NAME), BG) is None
    assert model.data(model.index(0, m.GROSS), Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )


def test_roster_loads_in_batches_and_greys_former_volunteers():
    everyone = [volunteer(n, active=n % 7 != 0) for n in range(1, 451)]
    model = RosterTableModel(None, batch_size=200)
    calls = []

    def loader(offset, limit):
        calls.append((offset, limit))
        return everyone[offset : offset + limit]

    model.reset(loader, len(everyone), everyone[:200])
    assert model.rowCount() == 200 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert calls == [(200, 200), (400, 50)]
    assert model.rowCount() == 450 and not model.canFetchMore(QModelIndex())
    assert model.data(model.index(6, RosterTableModel.ACTIVE)) == "Tidak"
    assert model.data(model.index(6, RosterTableModel.NAME), FG) is not None
    assert model.data(model.index(0, RosterTableModel.NAME), FG) is None
    assert model.data(model.index(6, RosterTableModel.LEFT)) == "01/06/2025"


def test_type_model_uses_the_rate_in_force_on_the_day():
    rates = (
        RateInfo(dt.date(2026, 7, 1), 1_250_000, 0, 500, 5000),
        RateInfo(dt.date(2020, 1, 1), 1_000_000, 0, 0, 10_000),
    )
    model = VolunteerTypeModel(today=dt.date(2026, 6, 30))
    model.set_rows([VolunteerTypeInfo(1, "TSM", "TSM", True, rates)])
    assert model.data(model.index(0, VolunteerTypeModel.MONTHLY)) == "1.000.000"
    assert model.data(model.index(0, VolunteerTypeModel.TAX)) == "tanpa potongan"
    model.today = dt.date(2026, 7, 1)
    assert model.data(model.index(0, VolunteerTypeModel.MONTHLY)) == "1.250.000"
    assert model.data(model.index(0, VolunteerTypeModel.TAX)) == "5% × 50% bruto"


def test_import_preview_rows():
    model = VolunteerImportPreviewModel()
    model.set_rows([PreviewRow(5, "Heri", "340208******0001", RowStatus.VALID),
                    PreviewRow(7, "", "", RowStatus.REJECTED, "NIK wajib diisi.")])  # fmt: skip
    assert model.data(model.index(1, VolunteerImportPreviewModel.NAME)) == "—"
    assert model.data(model.index(1, VolunteerImportPreviewModel.STATUS)) == "Ditolak"
    assert model.data(model.index(1, VolunteerImportPreviewModel.REASON),
                      Qt.ItemDataRole.ToolTipRole) == "NIK wajib diisi."  # fmt: skip
    assert model.data(model.index(0, VolunteerImportPreviewModel.STATUS), BG) is not None
