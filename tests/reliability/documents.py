"""Everything a person could read in a document the program wrote: text of PDFs, XLSX, CSV.

Used by the privacy scan: the text is searched for full NIKs / No. KK, so it must contain all
of what a reader (or a program reading the file) gets, not only the visible page text.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

MASKED = re.compile(r"(?<![\d*])\d{6}\*{6}\d{4}(?![\d*])")
_SIXTEEN = re.compile(r"(?<!\d)\d{16}(?!\d)")
_SEPARATORS = re.compile(r"[\s.\-/_,;:|'\"]+")


def pdf_text(path: Path) -> str:
    reader = PdfReader(path)
    parts = [page.extract_text() or "" for page in reader.pages]
    parts.extend(str(v) for v in (reader.metadata or {}).values())

    def outline(items) -> None:
        for item in items:
            if isinstance(item, list):
                outline(item)
            else:
                parts.append(str(getattr(item, "title", "")))

    outline(reader.outline)
    return "\n".join(parts)


def xlsx_text(path: Path) -> str:
    """Every cell of every sheet (values and formulas), plus the raw XML of every part."""
    parts: list[str] = []
    for data_only in (False, True):
        book = load_workbook(path, read_only=True, data_only=data_only)
        try:
            for sheet in book.worksheets:
                parts.append(sheet.title)
                for row in sheet.iter_rows(values_only=True):
                    parts.extend(str(v) for v in row if v is not None)
        finally:
            book.close()
    with zipfile.ZipFile(path) as archive:  # headers/footers, properties, shared strings
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                parts.append(archive.read(name).decode("utf-8", "replace"))
    return "\n".join(parts)


def csv_text(path: Path) -> str:
    return path.read_text(encoding="utf-8-sig")


def document_text(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return pdf_text(path)
    if suffix == ".xlsx":
        return xlsx_text(path)
    if suffix == ".csv":
        return csv_text(path)
    raise AssertionError(f"unknown document type: {path}")


def full_numbers_in(text: str, secrets: Iterable[str]) -> set[str]:
    """The secrets (16-digit NIK / No. KK) present in ``text``, also when split by spaces or
    separators (a PDF line break, ``3402 0112 …``, ``3402.01.…``)."""
    secrets = set(secrets)
    found = set(_SIXTEEN.findall(text)) & secrets
    squeezed = _SEPARATORS.sub("", text)
    found.update(s for s in secrets if s in squeezed)
    return found


def masked_numbers_in(text: str) -> set[str]:
    return set(MASKED.findall(text))
