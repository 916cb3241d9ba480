"""The audit log as CSV, for the Inspektorat's own spreadsheets.

Same conventions as the LPJ CSV (``lpj_csv``): UTF-8 with a byte order mark (Excel on Windows
reads it as UTF-8), ``;`` between fields (the list separator of Indonesian regional settings), and
text that a spreadsheet would run as a formula prefixed with an apostrophe. Times are the desk's
local time, ``25/11/2026 14:05:09``; ``sebelum`` and ``sesudah`` are the stored JSON.

Like every export (DESIGN §3 Privacy), the file masks identity numbers: any 16-digit number in
the JSON, the id or the reason — a NIK, a No. KK — is written ``340208******0003``. The audit
log itself keeps them whole (its hash chain covers them).

Rows are written as they come from an iterator (``audit.iter_events``), and the file appears only
when complete: it is written beside the target and renamed at the end.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
import secrets
from collections.abc import Callable, Iterable
from pathlib import Path

from tagana_desk.domain.errors import TaganaError
from tagana_desk.domain.identity import mask_nik
from tagana_desk.services.audit import AuditRow

HEADER = (
    "urutan", "waktu", "pengguna", "aksi", "entitas", "id", "alasan", "sebelum", "sesudah",
)  # fmt: skip
DELIMITER = ";"
#: How often (in rows) progress is reported and Cancel looked at.
PROGRESS_EVERY = 500

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: A NIK or No. KK: sixteen digits not part of a longer number.
_SIXTEEN_DIGITS = re.compile(r"(?<!\d)\d{16}(?!\d)")


class ExportCancelled(TaganaError):
    """The person pressed Cancel; no file was left behind."""

    def __init__(self) -> None:
        super().__init__("Ekspor dibatalkan; tidak ada berkas yang ditulis.")


def _safe(text: object) -> str:
    text = "" if text is None else str(text)
    return "'" + text if text.startswith(_FORMULA_START) else text


def masked(text: object) -> str:
    """``{"nik":"3402085505900003"}`` → ``{"nik":"340208******0003"}``."""
    text = "" if text is None else str(text)
    return _SIXTEEN_DIGITS.sub(lambda m: mask_nik(m.group()), text)


def local_time(value: dt.datetime) -> str:
    """A stored UTC time in the PC's local time: ``25/11/2026 14:05:09``."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return f"{value.astimezone():%d/%m/%Y %H:%M:%S}"


def write_audit_csv(
    rows: Iterable[AuditRow],
    path: str | Path,
    *,
    action_label: Callable[[str], str] = str,
    entity_label: Callable[[str], str] = str,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write ``rows`` to ``path``; returns the number of data rows.

    ``action_label`` / ``entity_label`` turn stored codes into the words the desk reads (the GUI
    passes its Indonesian labels). Raises :class:`ExportCancelled` when ``cancelled()`` turns
    true; the partial file is removed.
    """
    target = Path(path)
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    count = 0
    try:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream, delimiter=DELIMITER, lineterminator="\r\n")
            writer.writerow(HEADER)
            for row in rows:
                writer.writerow((
                    row.seq, local_time(row.occurred_at), _safe(row.username),
                    _safe(action_label(row.action)), _safe(entity_label(row.entity)),
                    _safe(masked(row.entity_id)), _safe(masked(row.reason)),
                    _safe(masked(row.before)), _safe(masked(row.after)),
                ))  # fmt: skip
                count += 1
                if count % PROGRESS_EVERY == 0:
                    if cancelled is not None and cancelled():
                        raise ExportCancelled()
                    if progress is not None:
                        progress(count)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(count)
    return count
