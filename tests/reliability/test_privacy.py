"""Privacy scan (UU 27/2022, DESIGN §3 Privacy): no document shows a full NIK or No. KK.

On a demo database, every document and export the program makes is written through the command
line (or, for the import reports, the report writer) with masking on, its text extracted (pypdf,
openpyxl cell by cell and the workbook's XML, CSV text) and searched for every NIK and No. KK the
database holds: households, volunteers and casualties. The masked form (``340208******0003``)
must be there instead. Then the LPJ with ``--full-nik`` shows the same scan finding full NIKs (so
a pass above is not the scan being blind), is recorded in the audit log, and is refused to an
operator.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tagana_desk.domain.identity import mask_nik
from tests.reliability.demo_db import demo_database, one_error_line, run_cli
from tests.reliability.documents import document_text, full_numbers_in, masked_numbers_in

pytestmark = pytest.mark.db

DESA = "34.02.01.2002"  # the demo incident's desa (Bantul, Sanden)


@dataclass
class Desk:
    path: str
    monkeypatch: pytest.MonkeyPatch
    capsys: pytest.CaptureFixture
    said: list[str] = field(default_factory=list)  # everything the commands printed

    def run(self, *argv: str, user: str = "bendahara") -> tuple[int, str, str]:
        code, out, err = run_cli(self.monkeypatch, self.capsys, "--db", self.path, *argv, user=user)
        self.said.extend((out, err))
        return code, out, err

    def ok(self, *argv: str, user: str = "bendahara") -> str:
        code, out, err = self.run(*argv, user=user)
        assert code == 0, (argv, err)
        return out

    def query(self, sql: str, *params) -> list[tuple]:
        con = sqlite3.connect(self.path)
        try:
            return con.execute(sql, params).fetchall()
        finally:
            con.close()

    def secrets(self) -> set[str]:
        """Every full NIK and No. KK in the database."""
        rows = self.query(
            "SELECT nik FROM household UNION SELECT no_kk FROM household "
            "UNION SELECT nik FROM volunteer UNION SELECT nik FROM casualty "
            "UNION SELECT recipient_nik FROM receipt"
        )
        return {r[0] for r in rows if r[0]}


@pytest.fixture
def desk(sqlite_url, monkeypatch, capsys) -> Desk:
    return Desk(str(demo_database(sqlite_url)), monkeypatch, capsys)


def _add_casualty_household(desk: Desk) -> tuple[int, str]:
    """A new open incident with one household that lost a member (casualties with NIKs), paid
    a living allowance and the death benefit: the demo itself has no casualties."""
    from tagana_desk.db.engine import open_database
    from tagana_desk.services import disbursements, households
    from tests.support import make_roles

    today = dt.date.today()
    out = desk.ok("incident", "add", "--type", "tanah_longsor", "--date", today.isoformat(),
                  "--desa", DESA, "--title", "Longsor Dusun Uji", "--json", user="operator")  # fmt: skip
    incident_id = json.loads(out)["id"]
    db = open_database(desk.path)
    try:
        roles = make_roles(db)
        data = households.HouseholdInput(
            head_name="Sutarjo Wiryo", nik="3402011203650011", no_kk="3402012004100011",
            desa_code=DESA, persons=4, damage="RB", displaced=True, registered_on=today,
            casualties=(
                households.CasualtyInput("death", "Painem", "3402015707680012"),
                households.CasualtyInput("serious_injury", "Joko Susilo", "3402011509950013"),
            ),
        )  # fmt: skip
        with db.write() as s:
            saved = households.add_household(s, roles.operator, incident_id, data)
        for aid_code in ("JADUP", "SANTUNAN_MENINGGAL"):
            with db.write() as s:
                paid = disbursements.pay_household(s, roles.bendahara, saved.id, aid_code)
            if paid.receipt_number is None:  # above the approval threshold
                with db.write() as s:
                    disbursements.approve(s, roles.kepala, paid.disbursement_id)
    finally:
        db.dispose()
    return incident_id, "3402015707680012"


def _receipt(desk: Desk, where: str) -> tuple[str, str]:
    rows = desk.query(
        f"SELECT number, recipient_nik FROM receipt WHERE {where} ORDER BY id LIMIT 1"
    )
    assert rows, where
    return rows[0]


def _write_import_files(folder: Path, desk: Desk) -> dict[str, Path]:
    """Village lists that quote NIKs / No. KK of the database in every way a row can go wrong."""
    hh = desk.query("SELECT nik, no_kk, head_name FROM household ORDER BY id LIMIT 4")
    vol = desk.query("SELECT nik, name FROM volunteer ORDER BY id LIMIT 3")
    (n1, k1, name1), (n2, k2, name2), (n3, k3, name3), (n4, k4, name4) = hh
    files = {}
    rows = [
        ["NIK", "No KK", "Nama Kepala Keluarga", "Jumlah Jiwa"],
        [n1, k1, name1, 4],  # valid (its NIK is in another incident)
        [n1, k1, name1, 4],  # the same NIK twice in the file
        [n2 + "x", k2, name2, 3],  # a typo after the NIK
        [n3, k3 + "X", name3, 2],  # a typo after the No. KK
        [n4, k4, name4, "abc"],  # a bad number of persons
        [n2[:15], k1, name2, 2],  # 15 digits, and the No. KK of row 2
        ["34O2" + n3[4:], k3, name3, 2],  # letter O for zero inside the NIK
    ]
    files["households"] = folder / "kk-desa.csv"
    with open(files["households"], "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    rows = [
        ["Nama", "NIK", "Jenis Relawan", "TMT"],
        [vol[0][1], vol[0][0], "TAGANA", "01/02/2020"],  # already on the roster
        [vol[1][1], vol[1][0] + "a", "TAGANA", "01/02/2020"],  # typo
        [vol[2][1], vol[2][0], "TAGANA", "kemarin"],  # bad date
        ["Relawan Baru", n4, "TAGANA", "01/02/2020"],  # new (a household head's NIK)
        ["Relawan Baru", n4, "TAGANA", "01/02/2020"],  # twice in the file
    ]
    files["volunteers"] = folder / "relawan.csv"
    with open(files["volunteers"], "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    rows = [
        ["NIK", "No KK", "Nama", "Desil"],
        [n1, k1, name1, 2],
        [n2 + "?", k2, name2, 3],
        [n3, k3 + "-", name3, 11],
        [n4[:12], k4, name4, 1],
    ]
    files["dtks"] = folder / "dtks.csv"
    with open(files["dtks"], "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return files


def _import_reports(desk: Desk, incident_id: int, folder: Path) -> dict[str, Path]:
    from tagana_desk.db.engine import open_database
    from tagana_desk.reports.import_report import write_import_report
    from tagana_desk.services import dtks, household_import, volunteer_import
    from tests.support import make_roles

    files = _write_import_files(folder, desk)
    # The command line's own report of the same list (its errors are printed / in the JSON).
    code, out, err = desk.run("import-households", str(files["households"]), "--incident",
                              str(incident_id), "--dry-run", "--json", user="operator")  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["rejected"] >= 4
    reports = {}
    db = open_database(desk.path)
    try:
        roles = make_roles(db)
        with db.read() as s:
            hh = household_import.import_households(
                s, roles.operator, incident_id, files["households"], dry_run=True
            )
        with db.write() as s:
            vol = volunteer_import.import_volunteers(
                s, roles.operator, files["volunteers"], dry_run=True
            )
        with db.write() as s:
            ext = dtks.import_extract(s, roles.operator, files["dtks"])
    finally:
        db.dispose()
    assert hh.rejected >= 4 and hh.duplicates >= 1, hh.errors
    assert vol.rejected >= 2 and vol.duplicates >= 1, vol.errors
    assert ext.rejected >= 2, ext.errors
    for name, report, title in (
        ("households", hh, "Laporan Impor Data KK Terdampak"),
        ("volunteers", vol, "Laporan Impor Daftar Relawan"),
        ("dtks", ext, "Laporan Impor DTKS"),
    ):
        reports[f"import-{name}.xlsx"] = write_import_report(
            report, folder / f"laporan-{name}.xlsx", title=title
        )
    return reports


def test_every_document_masks_nik_and_no_kk(desk, tmp_path):
    new_incident, casualty_nik = _add_casualty_household(desk)
    out = tmp_path / "keluar"
    out.mkdir()
    docs: dict[str, Path] = {}
    shown_nik: dict[str, str] = {}  # document → the recipient NIK it must show masked

    # Receipts: cash, in kind, voided, stipend; and every receipt of two incidents.
    for label, where in (
        ("cash", "kind = 'cash' AND status = 'valid' AND disbursement_id IS NOT NULL"),
        ("in_kind", "kind = 'in_kind' AND status = 'valid'"),
        ("voided", "status = 'voided' AND disbursement_id IS NOT NULL"),
        ("stipend", "stipend_payment_id IS NOT NULL AND status = 'valid'"),
    ):
        number, nik = _receipt(desk, where)
        target = out / f"kuitansi-{label}.pdf"
        desk.ok("receipt", number, "--out", str(target))
        docs[target.name], shown_nik[target.name] = target, nik
    (demo_incident,) = desk.query("SELECT id FROM incident ORDER BY id LIMIT 1")[0]
    for incident_id in (demo_incident, new_incident):
        target = out / f"kuitansi-kejadian-{incident_id}.pdf"
        data = json.loads(desk.ok("receipts", "--incident", str(incident_id), "--out",
                                  str(target), "--json"))  # fmt: skip
        assert data["pages"] >= 2
        docs[target.name] = target

    # The stipend payment list of the latest month paid.
    (month,) = desk.query("SELECT MAX(period) FROM stipend_payment WHERE status = 'paid'")[0]
    target = out / f"honor-{month}.pdf"
    desk.ok("stipends", "list", "--month", month, "--out", str(target))
    docs[target.name] = target

    # The LPJ of the month of the demo incident's payments (all funds, four files), and the
    # stipend fund's LPJ of this month (which also holds the new incident's payments).
    (aid_month,) = desk.query(
        "SELECT substr(r.issue_date, 1, 7) FROM receipt r JOIN disbursement d "
        "ON d.id = r.disbursement_id WHERE d.incident_id = ? GROUP BY 1 ORDER BY COUNT(*) DESC",
        demo_incident,
    )[0]
    this_month = f"{dt.date.today():%Y-%m}"
    for args, folder in (
        (["--month", aid_month], out / "lpj"),
        (["--month", this_month, "--fund", "HONOR"], out / "lpj-honor"),
        (["--month", this_month], out / "lpj-bulan-ini"),
    ):
        data = json.loads(desk.ok("lpj", *args, "--out", str(folder), "--json"))
        assert len(data["files"]) == 4
        for name in data["files"]:
            docs[f"{folder.name}/{Path(name).name}"] = Path(name)

    for name, path in _import_reports(desk, new_incident, tmp_path).items():
        docs[name] = path

    secrets = desk.secrets()
    assert casualty_nik in secrets and len(secrets) > 300
    masks = {mask_nik(s) for s in secrets}
    leaks, masked_seen = {}, {}
    for name, path in docs.items():
        assert path.is_file() and path.stat().st_size > 0, name
        text = document_text(path)
        assert len(text) > 100, name
        found = full_numbers_in(text, secrets)
        if found:
            leaks[name] = sorted(found)[:3]
        masked = masked_numbers_in(text)
        assert masked <= masks, (name, sorted(masked - masks)[:3])  # masks of real numbers
        masked_seen[name] = masked
    said = "\n".join(desk.said)
    if full_numbers_in(said, secrets):
        leaks["(keluaran perintah)"] = sorted(full_numbers_in(said, secrets))[:3]
    assert leaks == {}, f"full NIK / No. KK in: {leaks}"

    # Masked forms are there instead, where a document names people.
    for name, nik in shown_nik.items():
        assert mask_nik(nik) in masked_seen[name], name
    with_people = [n for n in docs if n.startswith("kuitansi")] + [
        f"lpj/lpj-{aid_month}.{ext}" for ext in ("pdf", "xlsx", "csv")
    ] + [f"lpj-honor/lpj-{this_month}-HONOR.{ext}" for ext in ("pdf", "xlsx")]  # fmt: skip
    for name in with_people:
        assert masked_seen[name], f"{name}: no masked NIK at all"
    assert len(masked_seen[f"lpj/lpj-{aid_month}.csv"]) >= 100
    # The typo rows are explained with what was typed, masked: "340201*******787x".
    for name in ("import-households.xlsx", "import-volunteers.xlsx", "import-dtks.xlsx"):
        text = document_text(docs[name])
        assert re.search(r"hanya boleh berisi angka: '\d{6}\*{6,}", text), name
    # The 3W sheet is aggregated: no personal data at all, masked or not.
    assert not masked_seen[f"lpj/3w-{aid_month}-hxl.csv"]


def _lpj_events(desk: Desk) -> list[dict]:
    rows = desk.query(
        "SELECT username, \"after\", reason FROM audit_event WHERE action = 'lpj' "
        "AND entity = 'lpj_report' ORDER BY seq"
    )
    return [{"user": u, **json.loads(a), "reason": r} for u, a, r in rows]


def test_full_nik_lpj_shows_full_niks_and_is_audited(desk, tmp_path):
    (month,) = desk.query(
        "SELECT substr(issue_date, 1, 7) FROM receipt WHERE disbursement_id IS NOT NULL "
        "GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1"
    )[0]
    secrets = desk.secrets()
    before = _lpj_events(desk)

    masked = json.loads(desk.ok("lpj", "--month", month, "--out", str(tmp_path / "m"), "--json"))
    full = json.loads(desk.ok("lpj", "--month", month, "--out", str(tmp_path / "f"),
                              "--full-nik", "--json"))  # fmt: skip
    for masked_file, full_file in zip(masked["files"], full["files"], strict=True):
        masked_text = document_text(Path(masked_file))
        full_text = document_text(Path(full_file))
        assert not full_numbers_in(masked_text, secrets), masked_file
        if Path(full_file).name.startswith("3w-"):  # aggregated: no NIK either way
            assert not full_numbers_in(full_text, secrets)
            continue
        found = full_numbers_in(full_text, secrets)
        # The scan sees the full NIKs in each format (PDF, XLSX, CSV): the clean result of the
        # masked files is not the scan being blind.
        assert len(found) >= 100, (full_file, len(found))
        assert len(masked_numbers_in(full_text)) == 0, full_file

    events = _lpj_events(desk)[len(before) :]
    assert [(e["user"], e["full_nik"], e["period"]) for e in events] == [
        ("bendahara", False, month),
        ("bendahara", True, month),
    ]
    assert events[1]["reason"] == "LPJ dengan NIK lengkap" and events[0]["reason"] == ""
    assert set(events[1]["files"]) == {"pdf", "xlsx", "csv", "hxl"}


@pytest.mark.parametrize("user", ["operator", "auditor"])
def test_full_nik_is_refused_to_other_roles(desk, tmp_path, user):
    (month,) = desk.query("SELECT MAX(substr(issue_date, 1, 7)) FROM receipt")[0]
    lpj_rows = desk.query("SELECT COUNT(*) FROM lpj_report")[0][0]
    target = tmp_path / "lpj"
    code, out, err = desk.run(
        "lpj", "--month", month, "--out", str(target), "--full-nik", "--json", user=user
    )
    assert code == 3, err
    assert out == ""
    line = one_error_line(err)
    assert "tidak berwenang mengekspor NIK lengkap" in line, line
    assert not target.exists() or not any(target.iterdir())
    assert desk.query("SELECT COUNT(*) FROM lpj_report")[0][0] == lpj_rows
    assert not [e for e in _lpj_events(desk) if e["user"] == user]


def test_audit_log_export_masks_nik(desk, tmp_path):
    """The auditor's CSV of the audit log is an export like the others: NIKs masked."""
    audit_csv = pytest.importorskip(
        "tagana_desk.reports.audit_csv",
        reason="Belum ada ekspor log audit; tidak ada yang dipindai.",
    )
    from tagana_desk.db.engine import open_database
    from tagana_desk.services import audit
    from tests.support import make_roles

    if not hasattr(audit, "iter_events"):
        pytest.skip("Belum ada layanan ekspor log audit (audit.iter_events).")
    target = tmp_path / "log-audit.csv"
    db = open_database(desk.path)
    try:
        auditor = make_roles(db).auditor
        with db.read() as s:
            rows = audit_csv.write_audit_csv(audit.iter_events(s, auditor), target)
    finally:
        db.dispose()
    assert rows > 200
    text = document_text(target)
    leaked = full_numbers_in(text, desk.secrets())
    assert not leaked, (
        f"{len(leaked)} full NIK / No. KK in the audit CSV, e.g. {sorted(leaked)[:2]}"
    )
    assert masked_numbers_in(text)
