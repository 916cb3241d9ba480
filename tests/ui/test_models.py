"""Table models without widgets: row counts, display text, alignment, lazy fetching."""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import QModelIndex, Qt

from tagana_desk.domain.enums import EntryKind, SignatoryRole
from tagana_desk.services import funds
from tagana_desk.services.audit import AuditRow
from tagana_desk.services.funds import LedgerLine
from tagana_desk.services.office import SignatoryInfo
from tagana_desk.ui.models.audit import AuditTableModel, pretty_json
from tagana_desk.ui.models.base import ROW_ROLE, SORT_ROLE, SortProxy
from tagana_desk.ui.models.ledger import LedgerTableModel
from tagana_desk.ui.models.signatories import SignatoryTableModel
from tagana_desk.ui.pages.funds import read_ledger_batch

DISPLAY = Qt.ItemDataRole.DisplayRole


def _line(i: int, amount_in: int = 0, amount_out: int = 0, running: int = 0) -> LedgerLine:
    return LedgerLine(
        i, dt.date(2026, 11, 25), EntryKind.ALLOCATION, f"SK {i}", f"Alokasi {i}", amount_in,
        amount_out, running,
    )  # fmt: skip


def _text(model, row, column):
    return model.data(model.index(row, column), DISPLAY)


def test_ledger_model_shows_a_bku_line():
    model = LedgerTableModel()
    model.reset(None, 1, [_line(1, amount_in=1_500_000_000, running=1_500_000_000)])
    assert model.rowCount() == 1
    assert model.columnCount() == 6
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Tanggal", "No. Bukti", "Uraian", "Masuk (Rp)", "Keluar (Rp)", "Saldo (Rp)",
    ]  # fmt: skip
    assert _text(model, 0, LedgerTableModel.DATE) == "25/11/2026"
    assert _text(model, 0, LedgerTableModel.PROOF) == "SK 1"
    assert _text(model, 0, LedgerTableModel.AMOUNT_IN) == "1.500.000.000"
    assert _text(model, 0, LedgerTableModel.AMOUNT_OUT) == ""
    assert _text(model, 0, LedgerTableModel.BALANCE) == "1.500.000.000"
    alignment = model.data(
        model.index(0, LedgerTableModel.BALANCE), Qt.ItemDataRole.TextAlignmentRole
    )
    assert alignment & int(Qt.AlignmentFlag.AlignRight)
    left = model.data(model.index(0, LedgerTableModel.PROOF), Qt.ItemDataRole.TextAlignmentRole)
    assert not left & int(Qt.AlignmentFlag.AlignRight)
    assert model.data(model.index(0, LedgerTableModel.AMOUNT_IN), SORT_ROLE) == 1_500_000_000
    assert model.data(model.index(0, 0), ROW_ROLE).entry_id == 1
    assert model.data(model.index(5, 0), DISPLAY) is None


def test_ledger_model_fetches_more_in_batches():
    lines = [_line(i, amount_in=1000 * i, running=1000 * i) for i in range(1, 8)]
    calls = []

    def loader(offset, limit):
        calls.append((offset, limit))
        return lines[offset : offset + limit]

    model = LedgerTableModel(batch_size=3)
    model.reset(loader, len(lines), lines[:3])
    assert model.rowCount() == 3
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 6
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 7
    assert not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # nothing left: no further read
    assert calls == [(3, 3), (6, 1)]
    assert _text(model, 6, LedgerTableModel.AMOUNT_IN) == "7.000"


def test_ledger_model_reads_batches_from_the_service(sqlite_db, sqlite_roles, runner):
    for i in range(5):
        with sqlite_db.write() as s:
            funds.allocate(s, sqlite_roles.bendahara, "BTT", 1_000_000 * (i + 1), f"SK {i + 1}")
    with sqlite_db.read() as s:
        total = funds.ledger_count(s, "BTT")
        first = funds.ledger(s, "BTT", limit=2)
    model = LedgerTableModel(runner, batch_size=2)
    model.reset(partial(read_ledger_batch, sqlite_db, "BTT"), total, first)
    assert (model.rowCount(), model.total) == (2, 5)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 5
    assert [_text(model, r, LedgerTableModel.BALANCE) for r in range(5)] == [
        "1.000.000", "3.000.000", "6.000.000", "10.000.000", "15.000.000",
    ]  # fmt: skip


def test_a_batch_from_before_a_reset_is_dropped():
    lines = [_line(i) for i in range(4)]
    model = LedgerTableModel(batch_size=2)
    pending = []

    class Deferred:
        def submit(self, fn, *args, on_done=None, on_error=None, owner=None, write=False):
            pending.append(lambda: on_done(fn(*args)))

    model._runner = Deferred()  # a runner whose results arrive later
    model.reset(lambda o, n: lines[o : o + n], 4, lines[:2])
    model.fetchMore(QModelIndex())
    assert model.loading and not model.canFetchMore(QModelIndex())
    model.reset(None, 1, lines[:1])
    pending.pop()()
    assert model.rowCount() == 1


def test_audit_model_labels_in_indonesian_and_local_time():
    when = dt.datetime(2026, 11, 25, 7, 5, tzinfo=dt.UTC)
    row = AuditRow(3, when, "bendahara", "allocate", "fund_allocation", "1", None, '{"a":1}', "")
    model = AuditTableModel()
    model.reset(None, 1, [row])
    assert _text(model, 0, AuditTableModel.TIME) == f"{when.astimezone():%d/%m/%Y %H:%M}"
    assert _text(model, 0, AuditTableModel.ACTION) == "Alokasi dana"
    assert _text(model, 0, AuditTableModel.ENTITY) == "Alokasi dana"
    assert _text(model, 0, AuditTableModel.USER) == "bendahara"
    assert pretty_json('{"b":2,"a":"é"}') == '{\n  "a": "é",\n  "b": 2\n}'
    assert pretty_json(None) == "—"


def test_signatory_model_and_sort_proxy():
    rows = [
        SignatoryInfo(1, SignatoryRole.PPTK, "Budi", "197001011998031001", "PPTK", True),
        SignatoryInfo(2, SignatoryRole.KEPALA_DINAS, "Ani", "", "Kepala Dinas", False),
    ]
    model = SignatoryTableModel()
    model.set_rows(rows)
    assert _text(model, 0, SignatoryTableModel.NIP) == "19700101 199803 1 001"
    assert _text(model, 1, SignatoryTableModel.ROLE) == "Kepala Dinas"
    assert _text(model, 1, SignatoryTableModel.ACTIVE) == "Tidak"
    proxy = SortProxy()
    proxy.setSourceModel(model)
    proxy.sort(SignatoryTableModel.NAME)
    assert proxy.data(proxy.index(0, SignatoryTableModel.NAME)) == "Ani"


def test_disbursement_tables_sort_by_date_then_payment_order_and_by_amount():
    from tagana_desk.domain.enums import AidKind, DisbursementStatus
    from tagana_desk.services.disbursements import DisbursementRow
    from tagana_desk.ui.models.base import LazyTableModel
    from tagana_desk.ui.models.payments import (
        DisbursementModel,
        IncidentDisbursementModel,
        PersonPaymentsModel,
    )

    def row(i: int, day: int, amount: int) -> DisbursementRow:
        return DisbursementRow(
            i, 1, "Banjir", 1, "Suparman", "340208******0001", "SEMBAKO", AidKind.IN_KIND, amount,
            "", DisbursementStatus.PAID, dt.date(2026, 11, day), f"{i:04d}/BTT/XI/2026", "BTT",
        )  # fmt: skip

    rows = [row(12, 25, 90_000), row(3, 25, 1_250_000), row(40, 2, 250_000)]
    for model_class in (DisbursementModel, IncidentDisbursementModel, PersonPaymentsModel):
        model = model_class()
        if isinstance(model, LazyTableModel):
            model.reset(None, len(rows), rows)  # every row already read
        else:
            model.set_rows(rows)
        proxy = SortProxy()
        proxy.setSourceModel(model)
        proxy.sort(model.DATE, Qt.SortOrder.AscendingOrder)
        ids = [proxy.data(proxy.index(r, 0), ROW_ROLE).id for r in range(3)]
        assert ids == [40, 3, 12], model_class.__name__  # 2 Nov, then 25 Nov in payment order
        proxy.sort(model.AMOUNT, Qt.SortOrder.DescendingOrder)
        ids = [proxy.data(proxy.index(r, 0), ROW_ROLE).id for r in range(3)]
        assert ids == [3, 40, 12], model_class.__name__  # 1.250.000 > 250.000 > 90.000
