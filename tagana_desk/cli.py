"""The command line: the same services as the desktop app, scriptable.

``tagana-desk`` and ``python main.py`` are this module's ``main``. Every command exits 0 on success;
on failure it prints one clear line to stderr and exits non-zero. ``--json`` prints one JSON
object on stdout. The password comes from ``TAGANA_DESK_PASSWORD`` or a prompt, never an argument.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import datetime as dt
import gc
import getpass
import json
import logging
import os
import sys
import traceback
from collections.abc import Callable
from typing import Any, NoReturn

from tagana_desk import __version__
from tagana_desk.domain.errors import (
    AuthenticationError,
    DatabaseError,
    TaganaError,
    ValidationError,
)

log = logging.getLogger("tagana_desk")

EXIT_UNEXPECTED = 70


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage mistake as one line, in Indonesian, exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"Galat: perintah tidak valid ({message}). Lihat '{self.prog} --help'.\n")


def _add_globals(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--db", default=default, metavar="URL",
        help="URL SQLAlchemy atau path file database (bawaan: TAGANA_DESK_DB, lalu folder data pengguna)",
    )  # fmt: skip
    parser.add_argument(
        "--user", default=default, metavar="NAMA",
        help="nama pengguna (bawaan: TAGANA_DESK_USER); kata sandi dari TAGANA_DESK_PASSWORD atau ditanya",
    )  # fmt: skip
    parser.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS if suppress else False,
        help="cetak satu objek JSON ke stdout",
    )  # fmt: skip


# --------------------------------------------------------------------------- helpers


def _emit(args: argparse.Namespace, data: dict[str, Any], text: str) -> None:
    if args.json:
        print(json.dumps(data, ensure_ascii=False, default=str))
    elif text:
        print(text)


def _open(args: argparse.Namespace, *, create: bool = False):
    from tagana_desk.db.engine import open_database

    return open_database(args.db, create=create)


def _open_current(args: argparse.Namespace, *, daily: bool = True):
    """Open a database that must exist with the current schema (and take the daily backup).

    ``daily=False``: the caller takes the daily backup itself (the desktop app does it in the
    background, so a large database does not hold the window back).
    """
    from tagana_desk.db import migrate
    from tagana_desk.db.backup import daily_backup
    from tagana_desk.paths import backup_dir

    db = _open(args)
    migrate.require_current(db)
    if daily and db.path is not None and not db.read_only:  # nobody changes a read-only file
        try:
            daily_backup(db.path, backup_dir())
        except DatabaseError as exc:  # a backup problem must not stop the desk; say it
            print(f"Peringatan: {exc}", file=sys.stderr)
    return db


def _password(prompt: str = "Kata sandi: ") -> str:
    value = os.environ.get("TAGANA_DESK_PASSWORD")
    if value is not None:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise AuthenticationError(
            "Kata sandi tidak diberikan: set TAGANA_DESK_PASSWORD atau jalankan di terminal."
        )
    return getpass.getpass(prompt)


def _new_password(username: str) -> str:
    value = os.environ.get("TAGANA_DESK_PASSWORD")
    if value is not None:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise AuthenticationError(
            f"Kata sandi untuk {username} tidak diberikan: set TAGANA_DESK_PASSWORD atau jalankan "
            "di terminal."
        )
    first = getpass.getpass(f"Kata sandi baru untuk {username}: ")
    if getpass.getpass("Ulangi kata sandi: ") != first:
        raise ValidationError("Kedua kata sandi tidak sama.")
    return first


def _login(args: argparse.Namespace, db, *, unrecorded_fallback: bool = False):
    from sqlalchemy.exc import IntegrityError

    from tagana_desk.services import users

    username = args.user or os.environ.get("TAGANA_DESK_USER")
    if not username:
        raise AuthenticationError("Sebutkan pengguna dengan --user atau TAGANA_DESK_USER.")
    password = _password(f"Kata sandi {username}: ")
    if db.read_only:
        # Nothing can be recorded in a file this user may only read: check the password only.
        with db.read() as s:
            result = users.authenticate(s, username, password, record=False)
        if not result.ok:
            raise AuthenticationError(result.message)
        print(
            f"Peringatan: database hanya-baca ({db.display_name}); login tidak dicatat dan "
            "hanya perintah baca yang dapat dijalankan.",
            file=sys.stderr,
        )
        return result.actor
    try:
        with db.write() as s:
            result = users.authenticate(s, username, password)
    except IntegrityError as exc:
        # A row added to the audit log outside the program took the number the login event
        # needs. ``verify`` is how the desk finds out what happened, so it must still run: the
        # password is checked without recording anything, and the reason is shown.
        if not unrecorded_fallback:
            raise
        with db.read() as s:
            result = users.authenticate(s, username, password, record=False)
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        print(f"Peringatan: login tidak dapat dicatat di log audit ({reason}).", file=sys.stderr)
    if not result.ok:
        raise AuthenticationError(result.message)
    return result.actor


@contextlib.contextmanager
def _signed_in(args: argparse.Namespace, *, writes: bool = True, **login_options):
    """The current database and the signed-in user for one command; closed afterwards.

    ``writes=False`` marks a command that only reads: it also runs on a read-only database. Any
    other command is refused there before the password is even asked.
    """
    db = _open_current(args)
    try:
        if writes:
            db.require_writable()
        yield db, _login(args, db, **login_options)
    finally:
        db.dispose()


def _date(text: str | None) -> dt.date | None:
    from tagana_desk.domain.dates import parse_date

    return parse_date(text) if text else None


# --------------------------------------------------------------------------- commands


def cmd_init(args: argparse.Namespace) -> int:
    from tagana_desk.db import migrate
    from tagana_desk.services import setup, users

    db = _open(args, create=True)
    try:
        state = migrate.ensure_usable(db).state
        backup = migrate.upgrade(db)
        with db.read() as s:
            need_admin = users.count_users(s) == 0
        password = _new_password(args.admin) if need_admin else ""
        with db.write() as s:
            result = setup.initialize(s, args.admin, password)
        lines = [f"Database siap: {db.display_name} (skema {migrate.head_revision()})."]
        if backup:
            lines.append(f"Cadangan sebelum migrasi: {backup}")
        if result.admin_created:
            lines.append(f"Admin {args.admin!r} dibuat.")
        else:
            lines.append("Pengguna sudah ada; tidak ada admin baru yang dibuat.")
        if result.funds_created:
            lines.append(f"Dana dibuat: {', '.join(result.funds_created)}.")
        _emit(
            args,
            {"database": db.display_name, "schema": migrate.head_revision(),
             "was": state.value, "admin_created": result.admin_created,
             "funds_created": result.funds_created, "backup": str(backup) if backup else None},
            "\n".join(lines),
        )  # fmt: skip
    finally:
        db.dispose()
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    from tagana_desk.db import migrate

    db = _open(args)
    try:
        before = migrate.ensure_usable(db)
        if before.state is migrate.SchemaState.EMPTY:
            raise DatabaseError("Database masih kosong; gunakan 'tagana-desk init --admin NAMA'.")
        backup = migrate.upgrade(db)
        if before.state is migrate.SchemaState.CURRENT:
            text = f"Skema sudah terbaru ({before.head}); tidak ada yang diubah."
        else:
            text = f"Skema diperbarui {before.current} → {before.head}. Cadangan: {backup or '-'}"
        _emit(args, {"from": before.current, "to": before.head,
                     "backup": str(backup) if backup else None}, text)  # fmt: skip
    finally:
        db.dispose()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from tagana_desk.db import migrate
    from tagana_desk.db.engine import open_database
    from tagana_desk.services import demo

    db = open_database(args.db, create=True, bulk_load=True)
    try:
        migrate.ensure_usable(db)
        migrate.upgrade(db)
        result = demo.build(db, households=args.households, seed=args.seed,
                            progress=None if args.json else _progress)  # fmt: skip
        if result.already:
            text = f"Database {db.display_name} sudah berisi data demo (seed {result.seed})."
        else:
            text = (
                f"Data demo dibuat di {db.display_name}: {result.summary}. "
                "Pengguna admin, operator, bendahara, kepala, auditor — kata sandi 'demo'."
            )
        _emit(args, {"database": db.display_name, "already": result.already, "seed": result.seed,
                     **result.counts}, text)  # fmt: skip
    finally:
        db.dispose()
    return 0


def _progress(message: str) -> None:
    print(f"  {message}", file=sys.stderr, flush=True)


def cmd_fund_allocate(args: argparse.Namespace) -> int:
    from tagana_desk.domain.money import format_rupiah
    from tagana_desk.services import funds

    with _signed_in(args) as (db, actor):
        with db.write() as s:
            result = funds.allocate(
                s, actor, args.fund, args.amount, args.ref, on=_date(args.date),
                source=args.source or "", note=args.note or "",
            )  # fmt: skip
        bal = result.balance
        _emit(
            args,
            {"fund": bal.fund, "allocation_id": result.allocation_id, "amount": result.amount,
             "balance": bal.balance, "committed": bal.committed, "available": bal.available},
            f"Alokasi {format_rupiah(result.amount)} ke dana {bal.fund} dicatat. "
            f"Saldo {format_rupiah(bal.balance)}, tersedia {format_rupiah(bal.available)}.",
        )  # fmt: skip
    return 0


def cmd_balance(args: argparse.Namespace) -> int:
    from tagana_desk.domain.money import format_rupiah
    from tagana_desk.services import funds

    with _signed_in(args, writes=False) as (db, _actor):
        with db.read() as s:
            rows = [funds.balance(s, args.fund)] if args.fund else funds.balances(s)
        if args.json:
            if args.fund:
                b = rows[0]
                data = {"fund": b.fund, "balance": b.balance, "committed": b.committed,
                        "available": b.available}  # fmt: skip
            else:
                data = {"funds": [
                    {"fund": b.fund, "balance": b.balance, "committed": b.committed,
                     "available": b.available} for b in rows
                ]}  # fmt: skip
            _emit(args, data, "")
        else:
            width = max([len(b.fund) for b in rows] + [4])
            print(f"{'Dana':<{width}}  {'Saldo':>20}  {'Komitmen':>18}  {'Tersedia':>20}")
            for b in rows:
                print(
                    f"{b.fund:<{width}}  {format_rupiah(b.balance):>20}  "
                    f"{format_rupiah(b.committed):>18}  {format_rupiah(b.available):>20}"
                )
    return 0


def cmd_incident_add(args: argparse.Namespace) -> int:
    from tagana_desk.services import incidents

    with _signed_in(args) as (db, actor):
        day = _date(args.date)
        when: dt.datetime | dt.date = day
        if args.time:
            try:
                clock = dt.datetime.strptime(args.time, "%H:%M").time()
            except ValueError:
                raise ValidationError(
                    f"Jam tidak valid: {args.time!r} (tulis HH:MM, mis. 14:30)."
                ) from None
            when = dt.datetime.combine(day, clock)
        data = incidents.IncidentInput(
            type=args.type, title=args.title, occurred_at=when, desa_code=args.desa,
            place=args.place or "", description=args.description or "", source=args.source or "",
        )  # fmt: skip
        with db.write() as s:
            info = incidents.create_incident(s, actor, data)
        _emit(args, {"id": info.id},
              f"Kejadian #{info.id} dicatat: {info.type.label}, {info.title} "
              f"({info.desa_name}, {info.kecamatan_name}).")  # fmt: skip
    return 0


def cmd_disburse_batch(args: argparse.Namespace) -> int:
    from tagana_desk.domain.money import format_rupiah
    from tagana_desk.services import disbursements

    with _signed_in(args) as (db, actor):
        with db.write() as s:
            result = disbursements.disburse_batch(
                s, actor, args.incident, args.aid_type, on=_date(args.date), days=args.days
            )
        data = {"disbursed": result.disbursed, "skipped": result.skipped,
                "awaiting_approval": result.awaiting_approval, "total": result.total,
                "receipts": list(result.receipts), "fund": result.fund}  # fmt: skip
        first_last = (f" Kuitansi {result.receipts[0]} s.d. {result.receipts[-1]}."
                      if result.receipts else "")  # fmt: skip
        _emit(args, data,
              f"Dibayar {result.disbursed} KK, menunggu persetujuan {result.awaiting_approval}, "
              f"dilewati {result.skipped}; jumlah {format_rupiah(result.total)} dari dana "
              f"{result.fund}.{first_last}")  # fmt: skip
    return 0


def cmd_approve(args: argparse.Namespace) -> int:
    from tagana_desk.domain.money import format_rupiah
    from tagana_desk.services import disbursements

    if not args.all_pending and args.id is None:
        raise ValidationError("Sebutkan ID penyaluran atau --all-pending.")
    with _signed_in(args) as (db, actor):
        approved = []
        with db.write() as s:
            ids = ([p.disbursement_id for p in disbursements.list_pending(s, actor)]
                   if args.all_pending else [args.id])  # fmt: skip
            for disbursement_id in ids:
                approved.append(disbursements.approve(s, actor, disbursement_id))
        total = sum(r.amount for r in approved)
        _emit(args, {"approved": len(approved), "total": total,
                     "receipts": [r.receipt_number for r in approved]},
              f"Disetujui dan dibayar: {len(approved)} penyaluran, {format_rupiah(total)}.")  # fmt: skip
    return 0


def cmd_void(args: argparse.Namespace) -> int:
    from tagana_desk.services import receipts

    with _signed_in(args) as (db, actor):
        with db.write() as s:
            receipts.void(s, actor, args.number, args.reason)
        _emit(args, {"voided": args.number.upper()},
              f"Kuitansi {args.number.upper()} dibatalkan; pembalikan dicatat di buku kas.")  # fmt: skip
    return 0


def _write_receipts(args: argparse.Namespace, numbers_of) -> int:
    from pathlib import Path

    from tagana_desk.reports.receipt_pdf import render_receipts
    from tagana_desk.services import receipts

    with _signed_in(args) as (db, actor):
        out = Path(args.out).expanduser().resolve()
        if not out.parent.is_dir():
            raise ValidationError(f"Folder tujuan tidak ada: {out.parent}")
        # Render outside the write lock (a big incident takes a while); count the prints after.
        with db.read() as s:
            numbers = numbers_of(s)
            if not numbers:
                raise ValidationError("Tidak ada kuitansi untuk dicetak.")
            docs = receipts.documents_for_print(s, actor, numbers, record=False)
        pages = render_receipts(docs, out, progress=None if args.json else _pdf_progress)
        with db.write() as s:
            receipts.record_prints(s, actor, numbers)
        _emit(args, {"file": str(out), "pages": pages, "receipts": len(numbers)},
              f"{pages} halaman ditulis ke {out}.")  # fmt: skip
    return 0


def _pdf_progress(done: int, total: int | None) -> None:
    if total:
        print(f"  {done}/{total} kuitansi", file=sys.stderr, flush=True)


def cmd_receipt(args: argparse.Namespace) -> int:
    return _write_receipts(args, lambda s: [args.number.strip().upper()])


def cmd_receipts(args: argparse.Namespace) -> int:
    from tagana_desk.services import incidents, receipts

    def numbers(s):
        incidents.get_incident(s, args.incident)
        return receipts.incident_receipt_numbers(s, args.incident)

    return _write_receipts(args, numbers)


def cmd_verify_receipt(args: argparse.Namespace) -> int:
    from tagana_desk.domain.money import format_rupiah
    from tagana_desk.services import receipts

    with _signed_in(args, writes=False) as (db, _actor):
        with db.read() as s:
            check = receipts.verify_code(s, args.code)
        _emit(args, {"ok": check.ok, "number": check.number, "amount": check.amount,
                     "date": check.issue_date.isoformat() if check.issue_date else None,
                     "message": check.message},
              f"{check.message} {check.number} {format_rupiah(check.amount) if check.amount else ''}".strip())  # fmt: skip
        if not check.ok:
            print(f"Galat: {check.message}", file=sys.stderr)
        return 0 if check.ok else 1


def cmd_stipends_run(args: argparse.Namespace) -> int:
    from tagana_desk.domain.money import format_rupiah
    from tagana_desk.services import stipends

    with _signed_in(args) as (db, actor):
        with db.write() as s:
            result = stipends.run(s, actor, args.month, pay_date=_date(args.date))
        _emit(args, {"paid": result.paid, "skipped": result.skipped, "total": result.total,
                     "total_net": result.total_net, "receipts": list(result.receipts)},
              f"Honor {args.month}: dibayar {result.paid} relawan, dilewati {result.skipped}; "
              f"jumlah bruto {format_rupiah(result.total)}.")  # fmt: skip
    return 0


def cmd_stipends_list(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tagana_desk.reports.stipend_list_pdf import render_payment_list
    from tagana_desk.services import stipends

    with _signed_in(args, writes=False) as (db, actor):
        out = Path(args.out).expanduser().resolve()
        if not out.parent.is_dir():
            raise ValidationError(f"Folder tujuan tidak ada: {out.parent}")
        with db.read() as s:
            listing = stipends.payment_list(s, actor, args.month)
            document = stipends.payment_list_document(s, listing)
        if not listing.rows:
            raise ValidationError(f"Belum ada honor yang dibayar untuk {listing.month_label}.")
        pages = render_payment_list(document, out)
        _emit(args, {"file": str(out), "pages": pages, "rows": len(listing.rows),
                     "total_net": listing.total_net},
              f"Daftar penerimaan {listing.month_label}: {len(listing.rows)} relawan, {pages} halaman → {out}")  # fmt: skip
    return 0


def cmd_lpj(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tagana_desk.reports.lpj_writer import write_lpj
    from tagana_desk.services import lpj

    with _signed_in(args) as (db, actor):
        out = Path(args.out).expanduser().resolve()
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ValidationError(
                f"Folder tujuan tidak dapat dibuat: {out} ({exc.strerror})."
            ) from None
        with db.read() as s:
            report = lpj.summary(s, actor, args.month, fund_code=args.fund, full_nik=args.full_nik)
            lpj.require_reconciled(report)
            from tagana_desk.domain.roles import Permission
            from tagana_desk.services.context import require

            require(actor, Permission.PRODUCE_LPJ)
            files = write_lpj(s, report, out, progress=None if args.json else _lpj_progress)
        with db.write() as s:
            lpj.record(s, actor, report, {k: str(v) for k, v in files.items()})
        _emit(args, {"files": [str(p) for p in files.values()], "totals": report.totals()},
              f"LPJ {report.month_label} ditulis ke {out}: " + ", ".join(p.name for p in files.values()))  # fmt: skip
    return 0


def _lpj_progress(message: str) -> None:
    print(f"  {message}", file=sys.stderr, flush=True)


def cmd_close_month(args: argparse.Namespace) -> int:
    from tagana_desk.services import periods

    with _signed_in(args) as (db, actor):
        with db.write() as s:
            periods.close_month(s, actor, args.month)
        _emit(args, {"closed": args.month}, f"Bulan {args.month} ditutup.")
    return 0


def cmd_reopen_month(args: argparse.Namespace) -> int:
    from tagana_desk.services import periods

    with _signed_in(args) as (db, actor):
        with db.write() as s:
            periods.reopen_month(s, actor, args.month, args.reason)
        _emit(args, {"reopened": args.month}, f"Bulan {args.month} dibuka kembali.")
    return 0


def cmd_import_households(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tagana_desk.services import household_import

    with _signed_in(args, writes=not args.dry_run) as (db, actor):
        path = Path(args.file).expanduser()
        if not path.is_file():
            raise ValidationError(f"File tidak ditemukan: {path}")
        session_of = db.read if args.dry_run else db.write
        with session_of() as s:
            report = household_import.import_households(
                s, actor, args.incident, path, dry_run=args.dry_run
            )
        if args.json:
            _emit(args, report.to_json(), "")
        else:
            verb = "Akan diimpor" if args.dry_run else "Diimpor"
            print(f"{verb} {report.imported} KK; ditolak {report.rejected}, duplikat {report.duplicates}, "
                  f"ditandai kemungkinan duplikat {report.flagged} (dari {report.total_rows} baris).")  # fmt: skip
            for e in report.errors:
                print(f"  baris {e.row}, kolom {e.column or '-'}: {e.message}")
    return 0


def cmd_import_dtks(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tagana_desk.services import dtks

    with _signed_in(args) as (db, actor):
        path = Path(args.file).expanduser()
        if not path.is_file():
            raise ValidationError(f"File tidak ditemukan: {path}")
        with db.write() as s:
            report = dtks.import_extract(s, actor, path, extract_date=_date(args.date),
                                         replace=args.replace)  # fmt: skip
        if args.json:
            _emit(args, report.to_json(), "")
        else:
            print(f"DTKS/DTSEN: {report.entries_stored} NIK disimpan dari {report.rows_read} baris "
                  f"({report.rejected} ditolak); KK terdaftar {report.households_in}, "
                  f"tidak terdaftar {report.households_out}.")  # fmt: skip
            for e in report.errors:
                print(f"  baris {e.row}, kolom {e.column or '-'}: {e.message}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from tagana_desk.services import verify

    # verify must run on a tampered database too, where recording the login may fail.
    with _signed_in(args, writes=False, unrecorded_fallback=True) as (db, _actor), db.read() as s:
        report = verify.verify(s)
    if args.json:
        _emit(args, {"ok": report.ok, "problems": report.problems, "checked": report.checked}, "")
    elif report.ok:
        checked = ", ".join(f"{k} {v}" for k, v in report.checked.items())
        print(f"OK: tidak ada masalah ({checked}).")
    else:
        for problem in report.problems:
            print(problem)
    if not report.ok:
        print(f"Galat: verifikasi menemukan {len(report.problems)} masalah.", file=sys.stderr)
    return 0 if report.ok else 1


def cmd_backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tagana_desk.db.backup import backup_sqlite
    from tagana_desk.domain.roles import Permission
    from tagana_desk.services.context import require

    with _signed_in(args, writes=False) as (db, actor):
        # A copy holds every full NIK: admins only (the automatic daily backups stay local).
        require(actor, Permission.EDIT_SETTINGS)
        if db.path is None:
            raise DatabaseError(
                "Cadangan bawaan hanya untuk SQLite; untuk PostgreSQL gunakan pg_dump."
            )
        out = Path(args.out).expanduser().resolve()
        if out == db.path:
            raise ValidationError("File cadangan tidak boleh sama dengan database.")
        backup_sqlite(db.path, out)
        _emit(args, {"backup": str(out)}, f"Cadangan ditulis: {out}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tagana_desk.db import migrate
    from tagana_desk.db.backup import restore_sqlite
    from tagana_desk.db.engine import open_database
    from tagana_desk.paths import backup_dir

    source = Path(args.file).expanduser().resolve()
    if not source.is_file():
        raise ValidationError(f"File cadangan tidak ditemukan: {source}")
    # Check the backup before touching anything: a Tagana database this program can use.
    candidate = open_database(str(source))
    try:
        info = migrate.ensure_usable(candidate)
        if info.state is migrate.SchemaState.EMPTY:
            raise DatabaseError(f"{source} kosong; bukan cadangan Tagana Desk.")
    finally:
        candidate.dispose()
    from tagana_desk.domain.roles import Permission
    from tagana_desk.services.context import require

    with _signed_in(args) as (db, actor):
        require(actor, Permission.EDIT_SETTINGS)  # admin: it replaces everyone's data
        if db.path is None:
            raise DatabaseError(
                "Pemulihan bawaan hanya untuk SQLite; untuk PostgreSQL gunakan pg_restore."
            )
        if db.path == source:
            raise ValidationError("File cadangan sama dengan database yang dipakai.")
        db.dispose()
        kept = restore_sqlite(source, db.path, backup_dir())
        restored = open_database(str(db.path))
        try:
            migrated = migrate.upgrade(restored)
        finally:
            restored.dispose()
        _emit(args, {"restored": str(source), "kept": str(kept), "migrated": migrated is not None},
              f"Database dipulihkan dari {source}. Database sebelumnya disimpan di {kept}.")  # fmt: skip
    return 0


def _open_for_gui(args: argparse.Namespace):
    """The desk's database, and whether it still needs the first-run wizard.

    A database that does not exist yet (SQLite file) or has no tables (a new PostgreSQL
    database) is created at the newest schema; it and a database with the schema but no users
    (a first run that was cancelled or failed) need the wizard. Anything else opens as for
    every command.
    """
    from tagana_desk.db import migrate
    from tagana_desk.db.engine import resolve_url, sqlite_path
    from tagana_desk.services import users

    path = sqlite_path(resolve_url(args.db))
    db = _open(args, create=path is not None and not path.exists())
    try:
        if migrate.ensure_usable(db).state is migrate.SchemaState.EMPTY:
            migrate.upgrade(db)
        else:
            migrate.require_current(db)
        with db.read() as s:
            first_run = users.count_users(s) == 0
    except BaseException:
        db.dispose()
        raise
    if not first_run:
        db.dispose()
        return _open_current(args, daily=False), False  # the app takes the daily backup
    if getattr(db, "read_only", False):
        db.dispose()
        raise DatabaseError(
            f"Database {db.display_name} belum disiapkan dan hanya dapat dibaca; "
            "periksa izin file dan foldernya."
        )
    return db, True


def cmd_gui(args: argparse.Namespace) -> int:
    smoke = getattr(args, "smoke", False)
    if smoke:
        # A smoke run checks a desk that is set up: no wizard, no new file.
        db, first_run = _open_current(args, daily=False), False  # a check run: no backup
        try:
            from tagana_desk.services import users

            with db.read() as s:
                empty = users.count_users(s) == 0
        except BaseException:
            db.dispose()
            raise
        if empty:
            db.dispose()
            raise DatabaseError(
                f"Database {db.display_name} belum disiapkan (belum ada pengguna). Buka "
                "'tagana-desk' tanpa --smoke untuk persiapan pertama, atau jalankan "
                "'tagana-desk init --admin NAMA'."
            )
    else:
        db, first_run = _open_for_gui(args)
    from tagana_desk.ui.app import run_gui

    try:
        return run_gui(db, smoke=smoke, first_run=first_run)
    finally:
        db.dispose()


# --------------------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="tagana-desk",
        description="Tagana Desk — meja piket siaga bencana Dinas Sosial.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_globals(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="PERINTAH")

    def command(name: str, handler: Callable[[argparse.Namespace], int], help_text: str,
                parent=sub) -> argparse.ArgumentParser:  # fmt: skip
        p = parent.add_parser(name, help=help_text, description=help_text)
        _add_globals(p, suppress=True)
        p.set_defaults(handler=handler)
        return p

    p = command("gui", cmd_gui, "buka aplikasi desktop")
    p.add_argument("--smoke", action="store_true",
                   help="buka jendela utama, muat beranda, cetak 'ready in N ms', lalu keluar")  # fmt: skip

    p = command("init", cmd_init, "buat atau perbarui database dan admin pertama")
    p.add_argument("--admin", required=True, metavar="NAMA", help="nama pengguna admin pertama")

    command("migrate", cmd_migrate, "cadangkan lalu perbarui skema database ke versi terbaru")

    p = command("demo", cmd_demo, "isi database baru dengan data demo yang realistis")
    p.add_argument("--households", type=int, default=2000, metavar="N",
                   help="jumlah KK terdampak (bawaan 2000)")  # fmt: skip
    p.add_argument("--seed", type=int, default=1, metavar="S", help="benih acak (bawaan 1)")

    fund = sub.add_parser("fund", help="dana: alokasi", description="Perintah dana.")
    fund_sub = fund.add_subparsers(dest="fund_command", parser_class=_Parser, metavar="PERINTAH")
    fund.set_defaults(handler=lambda a: _missing_sub(fund))
    p = command("allocate", cmd_fund_allocate, "tambah alokasi ke sebuah dana", parent=fund_sub)
    p.add_argument("--fund", required=True, metavar="KODE", help="kode dana, mis. BTT")
    p.add_argument("--amount", required=True, metavar="N", help="jumlah rupiah utuh, mis. 15000000")
    p.add_argument(
        "--ref", required=True, metavar="TEKS", help="dasar alokasi, mis. SK Bupati 188/123/2026"
    )
    p.add_argument(
        "--date", metavar="TANGGAL", help="tanggal alokasi (YYYY-MM-DD; bawaan hari ini)"
    )
    p.add_argument("--source", metavar="TEKS", help="sumber dana, mis. APBD BTT atau CSR")
    p.add_argument("--note", metavar="TEKS", help="catatan")

    p = command("balance", cmd_balance, "saldo, komitmen dan saldo tersedia dana")
    p.add_argument("--fund", metavar="KODE", help="hanya dana ini")

    incident = sub.add_parser("incident", help="kejadian: catat", description="Perintah kejadian.")
    incident_sub = incident.add_subparsers(dest="incident_command", parser_class=_Parser,
                                           metavar="PERINTAH")  # fmt: skip
    incident.set_defaults(handler=lambda a: _missing_sub(incident))
    p = command("add", cmd_incident_add, "catat kejadian bencana", parent=incident_sub)
    p.add_argument("--type", required=True, metavar="JENIS",
                   help="banjir, tanah_longsor, kebakaran, angin_puting_beliung, gempa_bumi, "
                        "kekeringan, gelombang_pasang, musibah_perorangan, lainnya")  # fmt: skip
    p.add_argument("--date", required=True, metavar="TANGGAL", help="tanggal kejadian (YYYY-MM-DD)")
    p.add_argument("--time", metavar="JJ:MM", help="jam kejadian (WIB)")
    p.add_argument(
        "--desa", required=True, metavar="KODE", help="kode desa Kemendagri, mis. 34.02.08.2001"
    )
    p.add_argument("--title", required=True, metavar="TEKS", help="judul singkat kejadian")
    p.add_argument("--place", metavar="TEKS", help="lokasi (padukuhan, RT/RW, patokan)")
    p.add_argument("--description", metavar="TEKS", help="uraian")
    p.add_argument("--source", metavar="TEKS", help="sumber laporan")

    p = command("disburse-batch", cmd_disburse_batch,
                "bayar satu jenis bantuan ke semua KK yang berhak pada satu kejadian (semua atau tidak sama sekali)")  # fmt: skip
    p.add_argument("--incident", required=True, type=int, metavar="ID", help="ID kejadian")
    p.add_argument(
        "--aid-type", required=True, metavar="KODE", help="kode jenis bantuan, mis. JADUP"
    )
    p.add_argument("--date", metavar="TANGGAL", help="tanggal bayar (YYYY-MM-DD; bawaan hari ini)")
    p.add_argument(
        "--days", type=int, metavar="N", help="jumlah hari untuk jaminan hidup (bawaan 7)"
    )

    p = command("approve", cmd_approve, "setujui penyaluran yang menunggu (kepala)")
    p.add_argument("id", nargs="?", type=int, metavar="ID", help="ID penyaluran")
    p.add_argument("--all-pending", action="store_true", help="setujui semua yang menunggu")

    p = command("void", cmd_void, "batalkan kuitansi (bendahara) dengan alasan")
    p.add_argument("number", metavar="NOMOR", help="nomor kuitansi, mis. 0007/BTT/XI/2026")
    p.add_argument("--reason", required=True, metavar="TEKS", help="alasan pembatalan")

    p = command("receipt", cmd_receipt, "tulis satu kuitansi ke PDF")
    p.add_argument("number", metavar="NOMOR", help="nomor kuitansi")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="file PDF tujuan")

    p = command("receipts", cmd_receipts, "semua kuitansi satu kejadian dalam satu PDF")
    p.add_argument("--incident", required=True, type=int, metavar="ID", help="ID kejadian")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="file PDF tujuan")

    p = command("verify-receipt", cmd_verify_receipt, "periksa teks kode QR sebuah kuitansi")
    p.add_argument("code", metavar="KODE", help="teks hasil pindai kode QR")

    stip = sub.add_parser(
        "stipends", help="honor relawan: bayar, daftar", description="Honor relawan."
    )
    stip_sub = stip.add_subparsers(
        dest="stipends_command", parser_class=_Parser, metavar="PERINTAH"
    )
    stip.set_defaults(handler=lambda a: _missing_sub(stip))
    p = command("run", cmd_stipends_run, "bayar honor bulan ini kepada semua relawan aktif (sekali saja)",
                parent=stip_sub)  # fmt: skip
    p.add_argument("--month", required=True, metavar="YYYY-MM", help="bulan honor, mis. 2026-11")
    p.add_argument("--date", metavar="TANGGAL", help="tanggal bayar (bawaan hari ini)")
    p = command(
        "list", cmd_stipends_list, "tulis daftar penerimaan honor sebulan ke PDF", parent=stip_sub
    )
    p.add_argument("--month", required=True, metavar="YYYY-MM", help="bulan honor")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="file PDF tujuan")

    p = command("import-households", cmd_import_households,
                "impor daftar KK terdampak (.xlsx/.csv): baris valid disimpan, baris salah dilaporkan")  # fmt: skip
    p.add_argument("file", metavar="FILE", help="file .xlsx atau .csv dari desa")
    p.add_argument("--incident", required=True, type=int, metavar="ID", help="ID kejadian")
    p.add_argument("--dry-run", action="store_true", help="periksa saja, tidak menyimpan apa pun")

    p = command("import-dtks", cmd_import_dtks,
                "impor ekstrak DTKS/DTSEN dan tandai setiap KK terdaftar atau tidak")  # fmt: skip
    p.add_argument("file", metavar="FILE", help="file .xlsx atau .csv berisi NIK (dan No. KK)")
    p.add_argument("--date", metavar="TANGGAL", help="tanggal ekstrak (YYYY-MM-DD)")
    p.add_argument("--replace", action="store_true", help="ganti semua ekstrak sebelumnya")

    p = command("lpj", cmd_lpj, "tulis LPJ sebulan (PDF, XLSX, CSV) dan 3W HXL ke sebuah folder")
    p.add_argument("--month", required=True, metavar="YYYY-MM", help="bulan laporan")
    p.add_argument("--out", required=True, metavar="FOLDER", help="folder tujuan")
    p.add_argument("--fund", metavar="KODE", help="hanya dana ini (bawaan: semua dana)")
    p.add_argument("--full-nik", action="store_true",
                   help="NIK lengkap (bendahara/kepala; tercatat di log audit)")  # fmt: skip

    p = command("close-month", cmd_close_month, "tutup bulan setelah LPJ dibuat (bendahara)")
    p.add_argument("--month", required=True, metavar="YYYY-MM", help="bulan yang ditutup")
    p = command("reopen-month", cmd_reopen_month, "buka kembali bulan yang ditutup (kepala/admin)")
    p.add_argument("--month", required=True, metavar="YYYY-MM", help="bulan yang dibuka")
    p.add_argument("--reason", required=True, metavar="TEKS", help="alasan")

    command(
        "verify", cmd_verify, "periksa keutuhan buku kas, kuitansi, bulan tertutup dan log audit"
    )

    p = command("backup", cmd_backup, "salin database SQLite secara konsisten (admin)")
    p.add_argument("--out", required=True, metavar="FILE", help="file tujuan")
    p = command("restore", cmd_restore,
                "pulihkan database SQLite dari cadangan (admin; database lama disimpan)")  # fmt: skip
    p.add_argument("file", metavar="FILE", help="file cadangan")
    return parser


def _missing_sub(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _log_unexpected() -> str:
    from tagana_desk.paths import log_dir

    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "tagana-desk.log"
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(f"\n--- {dt.datetime.now().isoformat()} {' '.join(sys.argv)}\n")
            fh.write(traceback.format_exc())
        return str(path)
    except OSError:
        return "(log tidak dapat ditulis)"


def _skip_collection_at_exit() -> None:
    """Exit without Python's last garbage collection over every object of the program.

    At exit the interpreter collects cyclic garbage among everything the imports made (SQLAlchemy,
    Qt, the models): an eighth of a second, a fifth of a whole ``gui --smoke`` run. Freezing
    those objects first skips that scan. Objects are still freed by reference counting, Qt's
    application is still destroyed and files still closed (the database is disposed of before);
    cycles left over go back to the operating system with the process.
    """
    atexit.unregister(gc.freeze)  # registered once, however often main() runs in one process
    atexit.register(gc.freeze)


def main(argv: list[str] | None = None) -> int:
    _skip_collection_at_exit()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        args.command = "gui"
        args.handler = cmd_gui
        args.smoke = False
    from sqlalchemy.exc import DBAPIError

    try:
        return args.handler(args)
    except TaganaError as exc:
        print(f"Galat: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("Galat: dibatalkan.", file=sys.stderr)
        return 130
    except DBAPIError as exc:
        # Server down, disk full, file locked for too long: the database's own words, one line.
        path = _log_unexpected()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        print(f"Galat: database tidak dapat dipakai ({reason}). Rincian: {path}", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, details in the log
        path = _log_unexpected()
        print(
            f"Galat: kesalahan tak terduga ({type(exc).__name__}: {exc}). Rincian: {path}",
            file=sys.stderr,
        )
        return EXIT_UNEXPECTED


if __name__ == "__main__":
    raise SystemExit(main())
