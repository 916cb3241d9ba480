"""Audit → Ekspor CSV: every event of the current filter (not only the loaded batch), streamed;
and every action and entity code the services record has an Indonesian label."""

from __future__ import annotations

import ast
import csv
import datetime as dt
import re
from pathlib import Path

import tagana_desk.services as services_package
from tagana_desk.domain.errors import PermissionDenied
from tagana_desk.reports import audit_csv
from tagana_desk.services import audit, funds
from tagana_desk.ui import labels
from tagana_desk.ui.main_window import MainWindow
from tagana_desk.ui.pages.audit import export_audit_csv

HEADER = ["urutan", "waktu", "pengguna", "aksi", "entitas", "id", "alasan", "sebelum", "sesudah"]


def _allocate(db, roles, n: int) -> None:
    for i in range(n):
        with db.write() as s:
            funds.allocate(s, roles.bendahara, "BTT", 1_000_000 + i, f"SK Bupati 188/{i}/2026")


def _read(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM: Excel reads it as UTF-8
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=";"))


def test_export_writes_every_filtered_event(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window, tmp_path, monkeypatch
):
    _allocate(sqlite_db, sqlite_roles, 7)
    with sqlite_db.read() as s:
        everything = audit.count_events(s, sqlite_roles.auditor)
    window = open_main_window(desk("auditor"))
    window.show_page(MainWindow.AUDIT)
    page = window.audit_page
    page.model.batch_size = 3
    page.user_combo.setCurrentIndex(page.user_combo.findData("bendahara"))
    page.user_combo.activated.emit(page.user_combo.currentIndex())
    assert (page.model.rowCount(), page.model.total) == (3, 7)  # only a batch is loaded

    monkeypatch.setattr(audit_csv, "PROGRESS_EVERY", 2)
    target = tmp_path / "audit-bendahara.csv"
    page.export_to(target)
    assert page.export_label.text() == f"7 peristiwa diekspor ke {target}"
    assert page.export_button.isEnabled() and page.export_progress is None
    rows = _read(target)
    assert rows[0] == HEADER
    assert len(rows) == 1 + 7
    assert [r[0] for r in rows[1:]] == [str(n) for n in range(everything, everything - 7, -1)]
    first = rows[-1]  # oldest allocation
    assert first[2:6] == ["bendahara", "Alokasi dana", "Alokasi dana", first[5]]
    assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d:\d\d", first[1])
    with sqlite_db.read() as s:
        oldest = audit.list_events(s, sqlite_roles.auditor, audit.AuditFilter(username="bendahara"),
                                   limit=1, offset=6)[0]  # fmt: skip
    assert first[1] == f"{oldest.occurred_at.replace(tzinfo=dt.UTC).astimezone():%d/%m/%Y %H:%M:%S}"
    assert first[5] == oldest.entity_id
    assert first[7] == ""  # no "before" for an allocation
    assert '"reference":"SK Bupati 188/0/2026"' in first[8]
    assert not list(tmp_path.glob(".*.part"))


def test_export_streams_in_batches_and_refuses_other_roles(sqlite_db, sqlite_roles, tmp_path):
    _allocate(sqlite_db, sqlite_roles, 5)
    with sqlite_db.read() as s:
        everything = audit.count_events(s, sqlite_roles.admin)
        seqs = [r.seq for r in audit.iter_events(s, sqlite_roles.admin, batch=2)]
    assert seqs == list(range(everything, 0, -1))  # every event once, newest first
    count = export_audit_csv(sqlite_db, sqlite_roles.kepala, audit.AuditFilter(action="allocate"),
                             str(tmp_path / "a.csv"))  # fmt: skip
    assert count == 5 and len(_read(tmp_path / "a.csv")) == 6
    try:
        export_audit_csv(
            sqlite_db, sqlite_roles.operator, audit.AuditFilter(), str(tmp_path / "b.csv")
        )
    except PermissionDenied as exc:
        assert "melihat log audit" in exc.message
    else:
        raise AssertionError("an operator exported the audit log")
    assert not (tmp_path / "b.csv").exists()


def test_a_formula_in_a_reason_is_not_run_by_excel(tmp_path):
    row = audit.AuditRow(1, dt.datetime(2026, 11, 25, 7, 0, tzinfo=dt.UTC), "admin", "void",
                         "receipt", "0001/BTT/XI/2026", None, None, "=HYPERLINK(\"x\")")  # fmt: skip
    audit_csv.write_audit_csv([row], tmp_path / "x.csv", action_label=labels.action_label)
    assert _read(tmp_path / "x.csv")[1][3:7] == [
        "Batalkan kuitansi", "receipt", "0001/BTT/XI/2026", "'=HYPERLINK(\"x\")",
    ]  # fmt: skip


def _recorded_codes() -> tuple[set[str], set[str]]:
    """Every action and entity string the services pass to ``audit.record``/``AuditItem``."""
    actions: set[str] = set()
    entities: set[str] = set()
    folder = Path(services_package.__file__).parent
    for path in folder.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for func in ast.walk(tree):
            if not isinstance(func, ast.FunctionDef):
                continue
            for node in ast.walk(func):
                if not isinstance(node, ast.Call):
                    continue
                name = (
                    node.func.attr
                    if isinstance(node.func, ast.Attribute)
                    else getattr(node.func, "id", None)
                )
                owner = getattr(node.func, "value", None)
                if name == "record" and getattr(owner, "id", None) == "audit":
                    action, entity = node.args[2], node.args[3]
                elif name == "AuditItem":
                    action, entity = node.args[0], node.args[1]
                else:
                    continue
                actions |= _strings(func, action)
                entities |= _strings(func, entity)
    return actions, entities


def _strings(func: ast.FunctionDef, arg: ast.expr) -> set[str]:
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return {arg.value}
    if isinstance(arg, ast.Name):  # action = "close" if … else "reopen"
        found = set()
        for node in ast.walk(func):
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == arg.id for t in node.targets
            ):
                found |= {c.value for c in ast.walk(node.value)
                          if isinstance(c, ast.Constant) and isinstance(c.value, str)}  # fmt: skip
        assert found, f"{func.name}: {arg.id} has no literal value"
        return found
    raise AssertionError(f"{func.name}: audit code is not a literal ({ast.dump(arg)})")


def test_every_recorded_action_and_entity_has_a_label():
    actions, entities = _recorded_codes()
    assert {"disburse", "disburse_batch", "close_month", "decide_duplicate", "close"} <= actions
    assert actions - labels.ACTIONS.keys() == set()
    assert entities - labels.ENTITIES.keys() == set()
    assert labels.action_label("stipend_run") == "Bayar honor bulanan"
    assert labels.entity_label("dtks_import") == "Impor DTKS/DTSEN"
    assert labels.action_label("kode_baru") == "kode_baru"  # unknown: shown as it is


def test_the_export_masks_every_nik_and_no_kk(sqlite_db, sqlite_roles, tmp_path):
    from tests.support import make_kk, make_nik
    from tests.ui.payment_data import add_household, bantul_incident

    incident = bantul_incident(sqlite_db, sqlite_roles)
    add_household(sqlite_db, sqlite_roles, incident, 7, name="Suparman")
    target = tmp_path / "audit.csv"
    export_audit_csv(sqlite_db, sqlite_roles.auditor, audit.AuditFilter(entity="household"),
                     str(target))  # fmt: skip
    text = target.read_text(encoding="utf-8-sig")
    assert make_nik(serial=7) not in text and make_kk(7) not in text
    (row,) = _read(target)[1:]
    assert '"nik":"340208******0007"' in row[8] and '"no_kk":"340208******0007"' in row[8]
    assert audit_csv.masked("id 3402081203750007, Rp15000000, 0001/BTT/XI/2026") == (
        "id 340208******0007, Rp15000000, 0001/BTT/XI/2026"
    )
