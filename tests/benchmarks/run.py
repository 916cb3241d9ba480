"""Benchmarks: the program's figures beside a bare baseline measured in the same run.

    .venv/bin/python -m tests.benchmarks.run --households 200000       # builds or reuses the DB
    .venv/bin/python -m tests.benchmarks.run --households 1000000 --db /data/big.db

Not part of the test suite. Each figure is printed with its baseline and the ratio:

- household search (NIK prefix, name fragment) p50/p95 vs the same SQL in raw ``sqlite3`` (the
  statements the search sent, replayed with their parameters through the sqlite3 module);
- ``gui --smoke`` on the large database vs a bare PySide6 window with a table view;
- 10,000 receipts to one PDF vs bare ReportLab drawing the same text and QR codes;
- first rows of the Penerima, Penyaluran and other tables, the longest GUI-thread stall while
  browsing and the peak RSS (``tests/benchmarks/browse.py``);
- LPJ XLSX of the biggest month vs bare XlsxWriter (``constant_memory``) writing the same cells
  (and the whole LPJ — PDF, XLSX, CSV, HXL — for reference);
- import of a 50,000-row workbook vs openpyxl read-only iteration over it (and, for reference,
  the database's own share: the same rows put back by SQL alone);
- peak memory (RSS) of each measured process.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable


def _timed(code: str, env: dict | None = None) -> dict:
    """Run Python code in a fresh process; it prints a JSON dict. Adds wall time and peak RSS."""
    wrapper = textwrap.dedent("""
        import json, resource, sys, time
        _t = time.perf_counter()
        _out = {}
        exec(compile(sys.stdin.read(), "<bench>", "exec"), {"OUT": _out, "__name__": "__bench__"})
        _out.setdefault("seconds", time.perf_counter() - _t)
        _out["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(_out))
    """)
    p = subprocess.run([PY, "-c", wrapper], input=textwrap.dedent(code), capture_output=True, text=True,
                       cwd=ROOT, env=dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {})))  # fmt: skip
    if p.returncode != 0:
        raise SystemExit(f"benchmark step failed:\n{p.stderr[-3000:]}")
    return json.loads(p.stdout.strip().splitlines()[-1])


def _row(name: str, ours: float, base: float, unit: str = "s", extra: str = "") -> dict:
    ratio = ours / base if base else float("inf")
    print(
        f"{name:<46} {ours:>10.3f} {unit:<3} baseline {base:>10.3f} {unit:<3} ×{ratio:5.2f} {extra}"
    )
    return {
        "name": name,
        "ours": ours,
        "baseline": base,
        "ratio": ratio,
        "unit": unit,
        "extra": extra,
    }


def build(db: Path, households: int) -> None:
    if db.exists():
        # A database built by an earlier version is brought to the current schema (new indexes)
        # the way a desk's is, its backup in the benchmark's home folder; then everything is
        # written out, so no background writing of that copy competes with the figures.
        import sqlite3

        with sqlite3.connect(db) as con:
            current = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        head = subprocess.run([PY, "-c", "from tagana_desk.db import migrate; print(migrate.head_revision())"],
                              cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()  # fmt: skip
        if current != head:
            subprocess.run([PY, "-m", "tagana_desk", "--db", str(db), "migrate"], cwd=ROOT, check=True)  # fmt: skip
            os.sync()
        print(f"reusing {db}")
        return
    began = time.perf_counter()
    subprocess.run([PY, "-m", "tagana_desk", "--db", str(db), "demo", "--households", str(households)],
                   cwd=ROOT, check=True)  # fmt: skip
    print(f"built {db} with {households} households in {time.perf_counter() - began:.0f} s")


def search(db: Path, samples: int = 60) -> list[dict]:
    import sqlite3

    con = sqlite3.connect(db)
    niks = [
        r[0] for r in con.execute("SELECT nik FROM household ORDER BY random() LIMIT ?", (samples,))
    ]
    names = [
        r[0]
        for r in con.execute(
            "SELECT head_name_norm FROM household ORDER BY random() LIMIT ?", (samples,)
        )
    ]
    con.close()
    prefixes = [n[:8] for n in niks]
    fragments = []
    for n in names:
        word = max(n.split(), key=len)
        start = random.Random(n).randint(0, max(0, len(word) - 4))
        fragments.append(word[start : start + 4])
    code = f"""
        import sqlite3, time
        from sqlalchemy import event
        from tagana_desk.db.engine import open_database
        from tagana_desk.services import households
        from tagana_desk.services.context import SYSTEM
        db = open_database({str(db)!r})
        def pct(xs, p): return xs[min(len(xs) - 1, int(len(xs) * p))]
        # The baseline is the same SQL: every statement our search sends to SQLite (the page of
        # ids, then the shown columns with the incident and the open-flag mark), as SQLAlchemy
        # rendered it, replayed with the same parameters through the bare sqlite3 module.
        sent = []
        event.listen(db.engine, "before_cursor_execute",
                     lambda conn, cur, stmt, params, ctx, many: sent.append((stmt, params)))
        ours, replay = {{}}, {{}}
        with db.read() as s:
            # Warm-up, not timed: the desk reads the Kemendagri list while the person signs in.
            for q in ({prefixes!r}[:3] + {fragments!r}[:3]):
                households.search(s, SYSTEM, q, limit=100)
            for kind, items in (("nik", {prefixes!r}), ("name", {fragments!r})):
                times = []
                for q in items:
                    del sent[:]
                    t = time.perf_counter()
                    households.search(s, SYSTEM, q, limit=100)
                    times.append((time.perf_counter() - t) * 1000)
                    replay.setdefault(kind, []).append(list(sent))
                ours[kind] = sorted(times)
        con = sqlite3.connect({str(db)!r})
        base = {{}}
        for kind, runs in replay.items():
            times = []
            for statements in runs:
                t = time.perf_counter()
                for stmt, params in statements:
                    con.execute(stmt, params).fetchall()
                times.append((time.perf_counter() - t) * 1000)
            base[kind] = sorted(times)
        OUT.update({{f"{{w}}_{{k}}": [pct(v[k], .5), pct(v[k], .95)] for w, v in (("ours", ours), ("base", base)) for k in v}})
        OUT["statements"] = {{k: len(v[0]) for k, v in replay.items()}}
    """
    r = _timed(code)
    return [
        _row("search NIK prefix p50", r["ours_nik"][0], r["base_nik"][0], "ms"),
        _row("search NIK prefix p95", r["ours_nik"][1], r["base_nik"][1], "ms"),
        _row("search name fragment p50", r["ours_name"][0], r["base_name"][0], "ms"),
        _row("search name fragment p95", r["ours_name"][1], r["base_name"][1], "ms"),
    ]


def smoke(db: Path) -> list[dict]:
    def ours() -> tuple[float, float]:
        t = time.perf_counter()
        p = subprocess.run([PY, "-m", "tagana_desk", "--db", str(db), "gui", "--smoke"], cwd=ROOT,
                           capture_output=True, text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))  # fmt: skip
        assert p.returncode == 0 and "ready in" in p.stdout, p.stderr
        return time.perf_counter() - t, float(p.stdout.split("ready in")[1].split()[0])

    bare = """
        import time
        from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
        from PySide6.QtGui import QStandardItemModel
        app = QApplication([])
        w = QMainWindow(); view = QTableView(); view.setModel(QStandardItemModel(50, 6)); w.setCentralWidget(view)
        w.resize(1366, 768); w.show(); app.processEvents()
    """

    def bare_process() -> float:
        t = time.perf_counter()
        subprocess.run([PY, "-c", textwrap.dedent(bare)], check=True,
                       env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))  # fmt: skip
        return time.perf_counter() - t

    # For reference: a process that only imports SQLAlchemy's ORM and our table models, the
    # part of the start no window of ours can skip.
    floor = "import sqlalchemy.orm, tagana_desk.db.models"

    def floor_process() -> float:
        t = time.perf_counter()
        subprocess.run([PY, "-c", floor], check=True, cwd=ROOT)
        return time.perf_counter() - t

    runs = [ours() for _ in range(3)]
    bases = [bare_process() for _ in range(3)]
    floors = [floor_process() for _ in range(3)]
    return [
        _row(
            "gui --smoke (whole process, median)",
            statistics.median(r[0] for r in runs),
            statistics.median(bases),
            "s",
            f"(ready in {statistics.median(r[1] for r in runs):.0f} ms; importing SQLAlchemy's "
            f"ORM and our models alone {statistics.median(floors):.2f} s)",
        ),  # fmt: skip
    ]


def receipts_pdf(db: Path, count: int = 10_000) -> list[dict]:
    out = Path(tempfile.mkdtemp()) / "r.pdf"
    ours = _timed(f"""
        import time
        from sqlalchemy import select
        from tagana_desk.db.engine import open_database
        from tagana_desk.db.models import Receipt
        from tagana_desk.reports.receipt_pdf import render_receipts
        from tagana_desk.services import receipts
        from tagana_desk.services.context import SYSTEM
        db = open_database({str(db)!r})
        with db.read() as s:
            numbers = list(s.execute(select(Receipt.number).order_by(Receipt.id).limit({count})).scalars())
            t = time.perf_counter()
            docs = receipts.documents_for_print(s, SYSTEM, numbers, record=False)
            pages = render_receipts(docs, {str(out)!r})
            OUT["seconds"] = time.perf_counter() - t
        OUT["pages"] = pages
    """)
    base = _timed(
        f"""
        import time
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        from reportlab.graphics.barcode import qr
        from reportlab.graphics.shapes import Drawing
        from reportlab.graphics import renderPDF
        t = time.perf_counter()
        c = canvas.Canvas({str(out.with_name("bare.pdf"))!r}, pagesize=A4)
        for i in range(PAGES):
            y = 800
            for line in ["PEMERINTAH KABUPATEN BANTUL", "DINAS SOSIAL", "KUITANSI", f"Nomor: {{i:04d}}/BTT/XI/2026",
                         "Sudah terima dari: Bendahara Pengeluaran Dinas Sosial Kabupaten Bantul",
                         "Uang sejumlah: Rp250.000", "Terbilang: Dua ratus lima puluh ribu rupiah",
                         "Untuk pembayaran: Paket sembako bagi warga terdampak banjir", "Nama: Suparman",
                         "NIK: 340208******0001", "Alamat: Padukuhan Jodog, RT 003 RW 005", "Bantul, 25 November 2026",
                         "Penerima", "Bendahara Pengeluaran", "Kepala Dinas Sosial"]:
                c.drawString(60, y, line); y -= 22
            widget = qr.QrCodeWidget(f"TGD1|{{i:04d}}/BTT/XI/2026|250000|20261125|ABCDEF0123456789ABCD")
            b = widget.getBounds(); d = Drawing(80, 80, transform=[80 / (b[2] - b[0]), 0, 0, 80 / (b[3] - b[1]), 0, 0])
            d.add(widget); renderPDF.draw(d, c, 60, 60)
            c.showPage()
        c.save()
        OUT["seconds"] = time.perf_counter() - t
    """.replace("PAGES", str(ours["pages"]))
    )
    return [_row(f"{ours['pages']} receipts → PDF", ours["seconds"], base["seconds"], "s",
                 f"RSS {ours['rss_mb']:.0f} MB vs {base['rss_mb']:.0f} MB")]  # fmt: skip


def lpj_xlsx(db: Path) -> list[dict]:
    folder = Path(tempfile.mkdtemp())
    code_month = f"""
        import sqlite3
        con = sqlite3.connect({str(db)!r})
        row = con.execute("SELECT substr(issue_date, 1, 7) m, count(*) n FROM receipt GROUP BY m ORDER BY n DESC LIMIT 1").fetchone()
        OUT["month"], OUT["n"] = row
    """
    month = _timed(code_month)
    ours = _timed(f"""
        import time
        from tagana_desk.db.engine import open_database
        from tagana_desk.reports import lpj_xlsx
        from tagana_desk.services import lpj
        from tagana_desk.services.context import SYSTEM
        import inspect
        db = open_database({str(db)!r})
        with db.read() as s:
            report = lpj.summary(s, SYSTEM, {month["month"]!r})
            t = time.perf_counter()
            from tagana_desk.reports.lpj_writer import write_lpj
            files = write_lpj(s, report, __import__("pathlib").Path({str(folder)!r}))
            OUT["seconds"] = time.perf_counter() - t
    """)
    base = _timed(f"""
        import time, datetime as dt, xlsxwriter
        t = time.perf_counter()
        wb = xlsxwriter.Workbook({str(folder / "bare.xlsx")!r}, {{"constant_memory": True}})
        money = wb.add_format({{"num_format": "#,##0"}}); day = wb.add_format({{"num_format": "dd/mm/yyyy"}})
        for sheet, rows in (("BKU", {month["n"]}), ("Penerima", {month["n"]})):
            ws = wb.add_worksheet(sheet)
            ws.write_row(0, 0, ["Tanggal", "No. Bukti", "Uraian", "Masuk", "Keluar", "Saldo", "Nama", "NIK", "Desa"])
            for i in range(1, rows + 1):
                ws.write_datetime(i, 0, dt.datetime(2026, 11, 25), day)
                ws.write_string(i, 1, f"{{i:04d}}/BTT/XI/2026"); ws.write_string(i, 2, "SEMBAKO — Suparman (Banjir)")
                ws.write_number(i, 3, 0, money); ws.write_number(i, 4, 250000, money); ws.write_number(i, 5, 1e9, money)
                ws.write_string(i, 6, "Suparman"); ws.write_string(i, 7, "340208******0001"); ws.write_string(i, 8, "Palbapang")
            ws.write_formula(rows + 1, 4, f"=SUM(E2:E{{rows + 1}})", money, 250000 * rows)
        wb.close()
        OUT["seconds"] = time.perf_counter() - t
    """)
    return [_row(f"LPJ (PDF+XLSX+CSV+HXL) of {month['month']} ({month['n']} receipts)", ours["seconds"],
                 base["seconds"], "s", f"baseline = bare XLSX only; RSS {ours['rss_mb']:.0f} MB")]  # fmt: skip


def _biggest_month(db: Path) -> tuple[str, int]:
    found = _timed(f"""
        import sqlite3
        con = sqlite3.connect({str(db)!r})
        row = con.execute("SELECT substr(issue_date, 1, 7) m, count(*) n FROM receipt GROUP BY m ORDER BY n DESC LIMIT 1").fetchone()
        OUT["month"], OUT["n"] = row
    """)
    return found["month"], found["n"]


#: Drives the product's LPJ workbook writer (reports/lpj_xlsx.py) with the month's rows, as
#: lpj_writer does; CAPTURE=True also pickles every cell row it writes (for the baseline).
_XLSX_OURS = """
    import pickle, time, datetime as dt
    from tagana_desk.db.engine import open_database
    from tagana_desk.reports import lpj_xlsx
    from tagana_desk.services import aid, lpj, office
    from tagana_desk.services.context import SYSTEM
    db = open_database(DB)
    with db.read() as s:
        report = lpj.summary(s, SYSTEM, MONTH)
        t = time.perf_counter()
        rows = {"bku": list(lpj.bku_rows(s, report)), "inc": list(lpj.incident_rows(s, report)),
                "ben": list(lpj.beneficiary_rows(s, report)), "sti": list(lpj.stipend_rows(s, report))}
        OUT["read"] = time.perf_counter() - t
        info = office.get_office(s)
        names = {a.code: a.name for a in aid.list_aid_types(s)}
    captured = {}
    if CAPTURE:
        original = lpj_xlsx._ListSheet.add
        def add(self, values):
            captured.setdefault(self.ws.name, []).append([(c.kind, v) for c, v in zip(self.cols, values)])
            original(self, values)
        lpj_xlsx._ListSheet.add = add
    t = time.perf_counter()
    book = lpj_xlsx.LpjXlsx(OUT_FILE, report, office=info.name, government=info.government,
                            title="LPJ", aid_names=names)
    book.summary(dt.date.today())
    it = iter(rows["bku"])
    pending = next(it, None)
    for fund in report.funds:
        book.start_bku(fund)
        while pending is not None and pending.fund == fund.fund:
            book.bku_row(pending)
            pending = next(it, None)
        book.end_bku(fund)
    for r in rows["inc"]:
        book.incident_row(r)
    for r in rows["ben"]:
        book.beneficiary_row(r)
    for r in rows["sti"]:
        book.stipend_row(r)
    book.close()
    OUT["write"] = time.perf_counter() - t
    OUT["cells"] = sum(len(r) for rs in captured.values() for r in rs)
    if CAPTURE:
        pickle.dump(captured, open(PICKLE, "wb"))
"""


def lpj_xlsx_only(db: Path) -> list[dict]:
    """The LPJ workbook alone vs bare XlsxWriter (constant_memory) writing the same cells."""
    folder = Path(tempfile.mkdtemp())
    month, n = _biggest_month(db)
    cells = folder / "cells.pickle"

    def ours(capture: bool) -> dict:
        code = (f"    DB, MONTH, OUT_FILE, PICKLE, CAPTURE = {str(db)!r}, {month!r}, "
                f"{str(folder / 'ours.xlsx')!r}, {str(cells)!r}, {capture!r}\n") + _XLSX_OURS  # fmt: skip
        return _timed(code)

    ours(True)  # untimed: records the cells for the baseline
    result = ours(False)
    base = _timed(f"""
        import pickle, time, datetime as dt, xlsxwriter
        sheets = pickle.load(open({str(cells)!r}, "rb"))
        t = time.perf_counter()
        wb = xlsxwriter.Workbook({str(folder / "bare.xlsx")!r}, {{"constant_memory": True}})
        money = wb.add_format({{"num_format": "#,##0"}}); day = wb.add_format({{"num_format": "dd/mm/yyyy"}})
        for name, rows in sheets.items():
            ws = wb.add_worksheet(name)
            for r, row in enumerate(rows, start=1):
                for c, (kind, value) in enumerate(row):
                    if value is None or value == "":
                        continue
                    if kind == "date":
                        ws.write_datetime(r, c, value, day)
                    elif kind in ("money", "int", "id"):
                        ws.write_number(r, c, value, money)
                    else:
                        ws.write_string(r, c, str(value))
        wb.close()
        OUT["seconds"] = time.perf_counter() - t
    """)
    return [
        _row(f"LPJ XLSX of {month} ({n} receipts), writing", result["write"], base["seconds"], "s",
             f"+ reading the rows {result['read']:.1f} s; RSS {result['rss_mb']:.0f} MB vs "
             f"{base['rss_mb']:.0f} MB"),
    ]  # fmt: skip


def browse(db: Path) -> list[dict]:
    """First rows of the tables, GUI-thread stalls and memory while browsing (tests/benchmarks/browse.py)."""
    p = subprocess.run([PY, "-m", "tests.benchmarks.browse", "--db", str(db)], cwd=ROOT,
                       capture_output=True, text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))  # fmt: skip
    if p.returncode != 0:
        raise SystemExit(f"browse failed:\n{p.stderr[-3000:]}")
    r = json.loads(p.stdout.strip().splitlines()[-1])
    out = []
    for table, ms in r["first_rows_ms"].items():
        print(f"{'first rows: ' + table:<46} {ms:>10.1f} ms")
        out.append({"name": f"first rows {table}", "ours": ms, "unit": "ms"})
    print(f"{'longest GUI-thread stall while browsing':<46} {r['max_stall_ms']:>10.1f} ms  "
          f"(by step {r['stall_by_step_ms']}; building the window {r['open_stall_ms']} ms)")  # fmt: skip
    print(f"{'peak RSS while browsing':<46} {r['rss_mb']:>10.1f} MB")
    out.append({"name": "max stall", "ours": r["max_stall_ms"], "unit": "ms", "extra": r})
    out.append({"name": "browse RSS", "ours": r["rss_mb"], "unit": "MB"})
    return out


def import_rows(db: Path, rows: int = 50_000) -> list[dict]:
    folder = Path(tempfile.mkdtemp())
    book = folder / "desa.xlsx"
    _timed(f"""
        from openpyxl import Workbook
        wb = Workbook(write_only=True); ws = wb.create_sheet("KK")
        ws.append(["NIK", "No KK", "Nama Kepala Keluarga", "Jml Jiwa", "Kode Desa"])
        for i in range({rows}):
            blk, ser = divmod(i, 9999)
            ws.append([f"34020812{{(blk % 12) + 1:02d}}{{60 + blk // 12:02d}}{{ser + 1:04d}}",
                       f"340208{{(blk % 28) + 1:02d}}0115{{ser + 1:04d}}", f"Warga {{i}}", 3, "34.02.08.2001"])
        wb.save({str(book)!r})
    """)
    ours = _timed(f"""
        import os, time, datetime as dt, shutil
        shutil.copyfile({str(db)!r}, {str(folder / "copy.db")!r})
        # The copy on disk before the clock starts: otherwise the import's commit (SQLite syncs
        # the file) waits for the 2.5 GB the copy left in the page cache to be written.
        os.sync()
        from tagana_desk.db.engine import open_database
        from tagana_desk.services import household_import, incidents, users
        from sqlalchemy import select
        from tagana_desk.db.models import User
        db = open_database({str(folder / "copy.db")!r})
        with db.read() as s:
            op = users.actor_of(s.execute(select(User).where(User.username == "operator")).scalar_one())
        with db.write() as s:
            inc = incidents.create_incident(s, op, incidents.IncidentInput(type="banjir", title="Bench",
                                            occurred_at=dt.date.today(), desa_code="34.02.08.2001"))
        t = time.perf_counter()
        with db.write() as s:
            rep = household_import.import_households(s, op, inc.id, {str(book)!r})
        OUT["seconds"] = time.perf_counter() - t
        OUT["imported"] = rep.imported
        db.dispose()
        # The database's own share: the same household rows and their audit events put back by
        # SQL alone (indexes, the trigram name index, no Python), inside a rolled-back transaction.
        import sqlite3
        con = sqlite3.connect({str(folder / "copy.db")!r}, isolation_level=None)
        con.execute("BEGIN IMMEDIATE")
        con.execute("CREATE TEMP TABLE h AS SELECT * FROM household WHERE incident_id = ?", (inc.id,))
        con.execute("CREATE TEMP TABLE a AS SELECT * FROM audit_event WHERE entity = 'household' "
                    "AND entity_id IN (SELECT CAST(id AS TEXT) FROM h) AND action = 'create'")
        con.execute("DELETE FROM audit_event WHERE id IN (SELECT id FROM a)")
        con.execute("DELETE FROM household WHERE id IN (SELECT id FROM h)")
        t = time.perf_counter()
        con.execute("INSERT INTO household SELECT * FROM h")
        con.execute("INSERT INTO audit_event SELECT * FROM a")
        OUT["sql_only"] = time.perf_counter() - t
        con.execute("ROLLBACK")
    """)
    base = _timed(f"""
        from openpyxl import load_workbook
        wb = load_workbook({str(book)!r}, read_only=True)
        n = sum(1 for _ in wb.active.iter_rows(values_only=True))
    """)
    shutil.rmtree(folder)  # the copy of the large database
    return [_row(f"import {rows} rows (stored: {ours['imported']})", ours["seconds"], base["seconds"], "s",
                 f"RSS {ours['rss_mb']:.0f} MB vs {base['rss_mb']:.0f} MB; the same rows by SQL "
                 f"alone {ours['sql_only']:.1f} s")]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=50_000)
    parser.add_argument(
        "--db", help="database file (default: bench-<N>.db in the temp folder, reused)"
    )
    parser.add_argument(
        "--only",
        nargs="*",
        choices=["search", "smoke", "browse", "receipts", "xlsx", "lpj", "import"],
    )
    args = parser.parse_args(argv)
    os.environ.setdefault(
        "TAGANA_DESK_HOME", str(Path(tempfile.gettempdir()) / "tagana-bench-home")
    )
    os.environ.setdefault("TAGANA_DESK_USER", "auditor")
    os.environ.setdefault("TAGANA_DESK_PASSWORD", "demo")
    db = Path(args.db or Path(tempfile.gettempdir()) / f"tagana-bench-{args.households}.db")
    # As on a desk PC from its second start on (and in the Windows bundle): our modules compiled
    # to bytecode once. With PYTHONDONTWRITEBYTECODE set (as on some build machines), every
    # process would compile them again and time that instead of the program.
    subprocess.run([PY, "-m", "compileall", "-q", str(ROOT / "tagana_desk")], check=True)
    build(db, args.households)
    steps = {
        "search": search,
        "smoke": smoke,
        "browse": browse,
        "receipts": receipts_pdf,
        "xlsx": lpj_xlsx_only,
        "lpj": lpj_xlsx,
        "import": import_rows,
    }
    results = []
    for name in args.only or steps:
        results.extend(steps[name](db))
    (Path(tempfile.gettempdir()) / "tagana-bench-results.json").write_text(
        json.dumps(results, indent=1)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
