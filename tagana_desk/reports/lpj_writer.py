"""Writes the month's LPJ: PDF for signature, XLSX, beneficiary CSV and the HXL 3W CSV.

One pass over the data: each streaming generator of :mod:`tagana_desk.services.lpj` is read
once and every row goes to all the files that show it, so the PDF, the workbook and the CSV are
written from the same rows. While the rows go by, the writer adds them up again and compares
the sums with the reconciled summary (the BKU of each fund to its opening, in, out and closing,
the lists to the beneficiary and stipend totals and the receipt count); a difference (data
changed while writing) stops the work instead of producing a report that disagrees with itself.

The four files are written under temporary names beside their targets and renamed into place
only when all four are complete; an existing set of the same month is replaced as a whole or not
at all. A cancel or an error removes the temporary files and leaves any earlier files as they
were.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import secrets
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session

from tagana_desk.domain.enums import SignatoryRole
from tagana_desk.domain.errors import TaganaError
from tagana_desk.domain.money import format_rupiah
from tagana_desk.reports.lpj_csv import BeneficiaryCsv, write_three_w
from tagana_desk.reports.lpj_pdf import LpjPdf, Signer
from tagana_desk.reports.lpj_xlsx import LpjXlsx
from tagana_desk.reports.pdf_common import temp_beside as _temp_beside
from tagana_desk.reports.pdf_common import write_error
from tagana_desk.services import aid, lpj, office
from tagana_desk.services.lpj import LpjSummary

__all__ = ["CANCELLED", "output_names", "write_lpj"]

CANCELLED = "Pembuatan LPJ dibatalkan."
#: ``cancelled()`` is asked every this many rows; ``progress`` is told every PROGRESS_EVERY.
CHECK_EVERY = 200
PROGRESS_EVERY = 2000


def output_names(report: LpjSummary) -> dict[str, str]:
    """File names of a month's LPJ: ``lpj-2026-11.pdf`` …, with ``-<FUND>`` for one fund."""
    suffix = f"-{report.fund_filter}" if report.fund_filter else ""
    stem = f"lpj-{report.period}{suffix}"
    return {
        "pdf": f"{stem}.pdf",
        "xlsx": f"{stem}.xlsx",
        "csv": f"{stem}.csv",
        "hxl": f"3w-{report.period}{suffix}-hxl.csv",
    }


def _count(n: int) -> str:
    return f"{n:,}".replace(",", ".")


class _Run:
    """One LPJ being written: the progress, the cancel check and the cross-checks."""

    def __init__(self, progress, cancelled) -> None:
        self.progress = progress or (lambda _m: None)
        self.cancelled = cancelled or (lambda: False)
        self.n = 0

    def check(self) -> None:
        if self.cancelled():
            raise TaganaError(CANCELLED)

    def tick(self, label: str, done: int) -> None:
        self.n += 1
        if self.n % CHECK_EVERY == 0:
            self.check()
        if done % PROGRESS_EVERY == 0:
            self.progress(f"{label}: {_count(done)} baris")


def _mismatch(what: str, expected: int, got: int, *, money: bool = True) -> TaganaError:
    show = format_rupiah if money else _count
    return TaganaError(
        f"LPJ tidak dibuat: {what} pada daftar {show(got)} tidak sama dengan ringkasan "
        f"{show(expected)} (data berubah saat LPJ dibuat?). Ulangi pembuatan LPJ."
    )


def _title_funds(report: LpjSummary, info: office.OfficeInfo) -> str:
    """The funds' words for the title, e.g. "Dana Insidentil / Honor Relawan" (upper-cased there)."""
    parts: list[str] = []
    for f in report.funds:
        if f.fund == info.disaster_fund_code:
            part = "Dana Insidentil"
        elif f.fund == info.stipend_fund_code:
            part = "Honor Relawan"
        else:
            part = f"Dana {f.fund}"
        if part not in parts:
            parts.append(part)
    return " / ".join(parts) or "Dana"


def _signers(session: Session, info: office.OfficeInfo) -> tuple[Signer, Signer]:
    office_title = " ".join(info.name.split()).title() or "Dinas Sosial"
    kab = info.kabupaten_name
    treasurer = office.signatory_for(session, SignatoryRole.BENDAHARA)
    kepala = office.signatory_for(session, SignatoryRole.KEPALA_DINAS)
    kepala_title = kepala.title if kepala and kepala.title else f"Kepala {office_title} {kab}"
    return (
        Signer(
            ((treasurer.title if treasurer and treasurer.title else "Bendahara Pengeluaran"),),
            treasurer.name if treasurer else "", treasurer.nip if treasurer else "",
        ),
        Signer(("Mengetahui,", kepala_title.strip()), kepala.name if kepala else "",
               kepala.nip if kepala else ""),
    )  # fmt: skip


def write_lpj(
    session: Session,
    report: LpjSummary,
    out_dir: Path,
    *,
    progress: Callable[[str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> dict[str, Path]:
    """Write the month's LPJ files into ``out_dir``; returns ``{"pdf", "xlsx", "csv", "hxl"}``.

    Refuses (``ValidationError``, nothing written) when the summary does not reconcile. On a
    cancel (``TaganaError("Pembuatan LPJ dibatalkan.")``) or any error no file is left under a
    final name that was not there before, and files that were there stay as they were.
    """
    lpj.require_reconciled(report)
    run = _Run(progress, cancelled)
    run.check()
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise TaganaError(
            f"Folder tujuan tidak dapat dibuat: {out_dir} ({exc.strerror or exc})."
        ) from exc
    targets = {key: out_dir / name for key, name in output_names(report).items()}
    temps: dict[str, Path] = {}
    streams: list[BinaryIO] = []
    # XlsxWriter's constant_memory row files go into a folder of our own, removed at the end
    # whatever happens (after an error XlsxWriter would leave them in the system temp folder).
    scratch = Path(tempfile.mkdtemp(prefix="tagana-lpj-"))
    books: list[LpjXlsx] = []
    try:
        for key, target in targets.items():
            tmp, stream = _temp_beside(target)
            temps[key] = tmp
            streams.append(stream)
        pdf_stream, xlsx_stream, csv_stream, hxl_stream = streams
        _write_all(session, report, run, pdf_stream, xlsx_stream, csv_stream, hxl_stream,
                   scratch, books)  # fmt: skip
        for stream in streams:
            stream.close()
        run.check()
        _install([(temps[key], targets[key]) for key in targets])
    except BaseException as exc:
        for book in books:
            book.discard()
        for stream in streams:
            with contextlib.suppress(Exception):
                stream.close()
        for tmp in temps.values():
            with contextlib.suppress(OSError):
                tmp.unlink()
        if isinstance(exc, OSError):  # disk full, medium gone, …: one line, in Indonesian
            raise write_error(f"LPJ ke {out_dir}", exc) from exc
        raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    run.progress("Selesai: " + ", ".join(p.name for p in targets.values()))
    return targets


def _write_all(
    session: Session, report: LpjSummary, run: _Run, pdf_stream: BinaryIO,
    xlsx_stream: BinaryIO, csv_stream: BinaryIO, hxl_stream: BinaryIO, scratch: Path,
    books: list[LpjXlsx],
) -> None:  # fmt: skip
    info = office.get_office(session)
    today = dt.date.today()
    aid_names = {t.code: t.name for t in aid.list_aid_types(session)}
    title_funds = _title_funds(report, info)
    treasurer, acknowledger = _signers(session, info)
    kab = info.kabupaten_name
    place = info.city or kab.replace("Kabupaten ", "").replace("Kota ", "")
    contact = " · ".join(x for x in (f"Telp. {info.phone}" if info.phone else "", info.email) if x)

    pdf = LpjPdf(
        pdf_stream, report, government=info.government, office_name=info.name,
        address=info.address, contact=contact, logo_png=office.get_logo(session),
        title_funds=title_funds, aid_names=aid_names, place=place, signed_on=today,
        treasurer=treasurer, acknowledger=acknowledger,
        # The LPJ of one fund leaves out the lists it has nothing in (HONOR: no aid); the LPJ
        # of all funds shows every list, "Tidak ada …" when empty.
        show_aid=not report.fund_filter or report.beneficiary_total > 0,
        show_stipends=not report.fund_filter or report.stipend_total > 0,
    )  # fmt: skip
    book = LpjXlsx(
        xlsx_stream, report, office=info.name, government=info.government,
        title=f"LAPORAN PERTANGGUNGJAWABAN {title_funds} BULAN {report.month_label}".upper(),
        aid_names=aid_names, tmpdir=str(scratch),
    )  # fmt: skip
    books.append(book)
    csv_text = io.TextIOWrapper(csv_stream, encoding="utf-8-sig", newline="")
    beneficiary_csv = BeneficiaryCsv(csv_text)

    run.progress("Ringkasan")
    pdf.cover()
    book.summary(today)

    # BKU, fund by fund (the generator yields the funds in the summary's order).
    rows = iter(lpj.bku_rows(session, report))
    pending = next(rows, None)
    for fund in report.funds:
        run.check()
        run.progress(f"BKU {fund.fund}")
        pdf.start_bku(fund)
        book.start_bku(fund)
        cum_in = cum_out = count = 0
        balance = fund.opening
        while pending is not None and pending.fund == fund.fund:
            pdf.bku_row(pending)
            book.bku_row(pending)
            cum_in += pending.amount_in
            cum_out += pending.amount_out
            balance = pending.balance
            count += 1
            run.tick(f"BKU {fund.fund}", count)
            pending = next(rows, None)
        pdf.end_bku(fund)
        book.end_bku(fund)
        if cum_in != fund.total_in:
            raise _mismatch(f"penerimaan BKU {fund.fund}", fund.total_in, cum_in)
        if cum_out != fund.total_out:
            raise _mismatch(f"pengeluaran BKU {fund.fund}", fund.total_out, cum_out)
        if balance != fund.closing:
            raise _mismatch(f"saldo akhir BKU {fund.fund}", fund.closing, balance)
    if pending is not None:
        raise TaganaError(f"LPJ tidak dibuat: baris BKU dana {pending.fund} tidak diharapkan.")

    run.check()
    run.progress("Daftar kejadian")
    pdf.start_incidents()
    for n, incident in enumerate(lpj.incident_rows(session, report), start=1):
        pdf.incident_row(incident)
        book.incident_row(incident)
        run.tick("Daftar kejadian", n)
    pdf.end_incidents()

    run.check()
    run.progress("Daftar penerima bantuan")
    pdf.start_beneficiaries()
    paid = receipts = 0
    for row in lpj.beneficiary_rows(session, report):
        pdf.beneficiary_row(row)
        book.beneficiary_row(row)
        beneficiary_csv.add(row)
        paid += row.amount
        receipts += 1
        run.tick("Daftar penerima bantuan", receipts)
    pdf.end_beneficiaries()
    if paid != report.beneficiary_total:
        raise _mismatch("jumlah bantuan", report.beneficiary_total, paid)

    run.check()
    run.progress("Daftar honor relawan")
    pdf.start_stipends()
    gross = stipend_count = 0
    for row in lpj.stipend_rows(session, report):
        pdf.stipend_row(row)
        book.stipend_row(row)
        gross += row.gross
        stipend_count += 1
        run.tick("Daftar honor relawan", stipend_count)
    pdf.end_stipends()
    if gross != report.stipend_total:
        raise _mismatch("jumlah honor", report.stipend_total, gross)
    if receipts + stipend_count != report.receipts_issued:
        raise _mismatch("jumlah kuitansi", report.receipts_issued, receipts + stipend_count,
                        money=False)  # fmt: skip

    run.check()
    pdf.signatures()
    run.progress("3W HXL")
    hxl_text = io.TextIOWrapper(hxl_stream, encoding="utf-8", newline="")
    write_three_w(hxl_text, lpj.three_w_rows(session, report))
    hxl_text.flush()
    hxl_text.detach()
    csv_text.flush()
    csv_text.detach()

    run.check()
    run.progress(f"Menyimpan PDF ({_count(pdf.pages)} halaman)")
    pdf.close()
    run.check()
    run.progress("Menyimpan XLSX")
    book.close()


def _install(pairs: list[tuple[Path, Path]]) -> None:
    """Rename the finished temporary files onto their targets, all or none.

    Existing targets are first moved aside; if any rename fails (Windows: a file open in
    Excel), the new files are removed and the old ones put back.
    """
    moved: list[tuple[Path, Path]] = []  # (aside, target)
    placed: list[Path] = []
    current = pairs[0][1] if pairs else Path("LPJ")
    try:
        for tmp, target in pairs:
            current = target
            if target.exists():
                aside = target.with_name(f".{target.name}.{secrets.token_hex(4)}.old")
                os.replace(target, aside)
                moved.append((aside, target))
            os.replace(tmp, target)
            placed.append(target)
    except OSError as exc:
        for target in placed:
            with contextlib.suppress(OSError):
                target.unlink()
        for aside, target in moved:
            with contextlib.suppress(OSError):
                os.replace(aside, target)
        raise TaganaError(
            f"Tidak dapat menulis {current.name}: file sedang dibuka program lain? "
            f"({exc.strerror or exc})"
        ) from exc
    for aside, _ in moved:
        with contextlib.suppress(OSError):
            aside.unlink()
