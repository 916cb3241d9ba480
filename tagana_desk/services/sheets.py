"""Reading spreadsheets (.xlsx and .csv): the one module that opens a village list or an extract.

Rows come out as lists of raw cell values. Workbooks are read with python-calamine: the sheet's
cells are held compactly outside Python (a few bytes each; a 50,000-row list takes some 10 MB)
and handed out row by row; CSV files are streamed. Types are kept: an Excel number cell stays
``int``/``float`` so that a NIK typed as a number can be refused with the 15-digit explanation
instead of being "repaired"; text stays text; dates are ``datetime``. Empty cells are ``None``
(CSV cells are text).

Besides reading, this module finds the header row of a list by its column names
(:func:`find_header`), because village lists start with title rows, merged cells and sometimes a
two-row header ("Kondisi Rumah" over "RB | RS | RR").
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import re
import unicodedata
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from tagana_desk.domain.errors import ValidationError

#: How far down a list the header row may be (title rows, logos, merged captions above it).
HEADER_SCAN_ROWS = 30
EXCEL_EXTENSIONS = (".xlsx", ".xlsm")
CSV_EXTENSIONS = (".csv", ".txt")
_CHUNK = 1 << 20
_DELIMITERS = ",;\t|"


# --------------------------------------------------------------------------- opening


@dataclass(frozen=True)
class CsvFormat:
    encoding: str
    delimiter: str


class Table:
    """One sheet of a workbook, or a CSV file, opened for streaming. Use as a context manager.

    ``rows()`` yields every row from spreadsheet row 1 on (empty rows included, so the n-th row
    yielded is spreadsheet row n); ``estimated_rows`` is the row count for progress bars.
    """

    def __init__(self, path: Path, sheet: str | None = None) -> None:
        self.path = Path(path)
        self.sheet_name = ""
        self.estimated_rows: int | None = None
        self.csv_format: CsvFormat | None = None
        self._workbook = None
        self._worksheet = None
        suffix = self.path.suffix.lower()
        if not self.path.is_file():
            raise ValidationError(f"Berkas tidak ditemukan: {self.path}", "berkas")
        if suffix in EXCEL_EXTENSIONS:
            self._open_excel(sheet)
        elif suffix in CSV_EXTENSIONS:
            self.csv_format = detect_csv_format(self.path)
            self.sheet_name = self.path.name
            self.estimated_rows = _count_lines(self.path)
        elif suffix == ".xls":
            raise ValidationError(
                "Format .xls (Excel 97-2003) tidak didukung. Buka di Excel lalu simpan sebagai "
                ".xlsx (Buku Kerja Excel) atau .csv.",
                "berkas",
            )
        else:
            raise ValidationError(
                f"Jenis berkas {suffix or '(tanpa ekstensi)'} tidak didukung; gunakan .xlsx "
                "atau .csv.",
                "berkas",
            )

    def _open_excel(self, sheet: str | None) -> None:
        # python-calamine (Rust) parses a sheet about ten times faster than openpyxl's read-only
        # mode; a village list of 50,000 rows reads in a fifth of a second.
        from python_calamine import CalamineWorkbook, SheetTypeEnum

        try:
            wb = CalamineWorkbook.from_path(str(self.path))
            sheets = wb.sheets_metadata
        except Exception as exc:  # zip, XML and password errors alike: the file is unusable
            raise _unreadable(self.path, exc) from None
        self._workbook = wb
        try:
            names = [m.name for m in sheets]
            if sheet is None:
                found = _active_sheet(self.path, sheets)
            elif sheet in names:
                found = sheets[names.index(sheet)]
            else:
                raise ValidationError(
                    f"Lembar {sheet!r} tidak ada di {self.path.name} (ada: {', '.join(names)}).",
                    "berkas",
                )
            if found is None:
                raise ValidationError(f"Berkas {self.path.name} tidak berisi lembar.", "berkas")
            if found.typ != SheetTypeEnum.WorkSheet:  # a chart sheet
                raise ValidationError(f"Lembar {found.name!r} bukan lembar data.", "berkas")
            try:
                ws = wb.get_sheet_by_name(found.name)
            except Exception as exc:  # a damaged sheet
                raise _unreadable(self.path, exc) from None
            self.sheet_name = found.name
            self.estimated_rows = ws.total_height + 1 if ws.start is not None else 0
            self._worksheet = ws
        except BaseException:
            wb.close()
            raise

    def rows(self) -> Iterator[list[object]]:
        if self._worksheet is not None:
            yield from self._excel_rows()
        else:
            yield from self._csv_rows()

    def _excel_rows(self) -> Iterator[list[object]]:
        ws = self._worksheet
        if ws.start is None:  # an empty sheet
            return
        # Rows come from row 1, cells from the first used column: pad to column A.
        pad = [None] * ws.start[1]
        try:
            for values in ws.iter_rows():
                yield pad + [_excel_value(v) for v in values]
        except Exception as exc:  # a damaged sheet: zip, XML or value errors mid-stream
            raise _unreadable(self.path, exc) from None

    def _csv_rows(self) -> Iterator[list[object]]:
        assert self.csv_format is not None
        fmt = self.csv_format
        try:
            with open(self.path, encoding=fmt.encoding, newline="") as handle:
                for record in csv.reader(handle, delimiter=fmt.delimiter):
                    yield [None if not cell.strip() else cell for cell in record]
        except (csv.Error, OSError, UnicodeDecodeError) as exc:
            raise _unreadable(self.path, exc) from None

    def close(self) -> None:
        if self._workbook is not None:
            self._workbook.close()  # read-only workbooks keep the file open until closed
            self._workbook = None
            self._worksheet = None

    def __enter__(self) -> Table:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _excel_value(value: object) -> object:
    """A calamine cell as openpyxl gave it: empty is None (as in a CSV), a whole number is an
    int (a count of 4 is 4; a NIK typed as a number stays a number for the identity check to
    refuse), a date cell is a ``datetime``."""
    kind = type(value)
    if kind is str:
        return value or None
    if kind is float:
        return int(value) if value.is_integer() else value
    if kind is dt.date:
        return dt.datetime(value.year, value.month, value.day)
    return value


def open_table(path: str | Path, sheet: str | None = None) -> Table:
    """Open an .xlsx sheet (the active one by default) or a .csv file for reading."""
    return Table(Path(path), sheet)


def sheet_names(path: str | Path) -> list[str]:
    """The data sheets of a workbook (a CSV file has one, named after the file)."""
    path = Path(path)
    if path.suffix.lower() not in EXCEL_EXTENSIONS:
        with open_table(path) as table:
            return [table.sheet_name]
    from python_calamine import CalamineWorkbook, SheetTypeEnum

    if not path.is_file():
        raise ValidationError(f"Berkas tidak ditemukan: {path}", "berkas")
    try:
        with CalamineWorkbook.from_path(str(path)) as wb:
            sheets = wb.sheets_metadata
    except Exception as exc:
        raise _unreadable(path, exc) from None
    active = _active_sheet(path, sheets)
    names = [m.name for m in sheets if m.typ == SheetTypeEnum.WorkSheet]
    # The sheet the file was saved on comes first: that is the one the person looked at.
    return sorted(names, key=lambda n: active is None or n != active.name)


def _active_sheet(path: Path, sheets: list):
    """The sheet (calamine metadata) the workbook was saved on; None for a workbook without."""
    return sheets[min(_active_index(path), len(sheets) - 1)] if sheets else None


def _active_index(path: Path) -> int:
    """The sheet the workbook was saved on (``activeTab`` of its first window; 0 when unsaid)."""
    try:
        with zipfile.ZipFile(path) as archive:
            head = archive.read("xl/workbook.xml")[:8192].decode("utf-8", "replace")
    except (OSError, KeyError, zipfile.BadZipFile):
        return 0
    found = re.search(r"<(?:\w+:)?workbookView\b[^>]*\bactiveTab=\"(\d+)\"", head)
    return int(found.group(1)) if found else 0


def iter_rows(path: str | Path, sheet: str | None = None) -> Iterator[list[object]]:
    """Every row of a sheet or CSV file as a list of raw values (the file is closed at the end)."""
    with open_table(path, sheet) as table:
        yield from table.rows()


def count_rows(path: str | Path, sheet: str | None = None) -> int | None:
    """Rows in the sheet, for progress (an estimate: Excel's stored dimension; None if unknown)."""
    with open_table(path, sheet) as table:
        return table.estimated_rows


def _unreadable(path: Path, exc: BaseException) -> ValidationError:
    detail = str(exc).strip().splitlines()[0][:120] if str(exc).strip() else type(exc).__name__
    return ValidationError(
        f"Berkas {path.name} tidak dapat dibaca (rusak, terkunci kata sandi, atau bukan "
        f"{path.suffix.lower() or 'spreadsheet'} yang sah): {detail}",
        "berkas",
    )


# --------------------------------------------------------------------------- CSV detection


def _decodes_as(path: Path, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def detect_encoding(path: Path) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode text"), else cp1252.

    The whole file is checked in chunks, because the first non-ASCII letter ("Pak Ña'im") may be
    on row 40,000. Latin-1 is the last resort: it decodes any byte, so reading never fails.
    """
    with open(path, "rb") as handle:
        head = handle.read(4)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if _decodes_as(path, "utf-8"):
        return "utf-8"
    if _decodes_as(path, "cp1252"):
        return "cp1252"
    return "latin-1"


def detect_delimiter(sample: str) -> str:
    """``,`` ``;`` tab or ``|``: csv.Sniffer first, then the most frequent candidate per line.

    Indonesian Excel saves CSV with ``;`` (the comma is the decimal separator there).
    """
    lines = [line for line in sample.splitlines() if line.strip()][:50]
    if not lines:
        return ","
    try:
        found = csv.Sniffer().sniff("\n".join(lines), delimiters=_DELIMITERS).delimiter
    except csv.Error:
        found = None
    # Count outside quotes only roughly; title rows have none, data rows have many.
    counts = {d: sum(line.count(d) for line in lines) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    if found in counts and counts[found] > 0 and counts[found] * 2 >= counts[best]:
        return found
    return best if counts[best] > 0 else ","


def detect_csv_format(path: Path) -> CsvFormat:
    encoding = detect_encoding(path)
    try:
        with open(path, encoding=encoding, newline="") as handle:
            sample = handle.read(64 * 1024)
    except (OSError, UnicodeDecodeError) as exc:
        raise _unreadable(path, exc) from None
    return CsvFormat(encoding, detect_delimiter(sample))


def _count_lines(path: Path) -> int:
    total = 0
    last = b""
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            total += chunk.count(b"\n")
            last = chunk
    return total + (1 if last and not last.endswith(b"\n") else 0)


# --------------------------------------------------------------------------- cells


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def is_blank_row(row: Sequence[object]) -> bool:
    return all(is_blank(v) for v in row)


def cell(row: Sequence[object], index: int | None) -> object:
    """The value at a column index (None beyond the row's end or when there is no column)."""
    if index is None or index >= len(row):
        return None
    return row[index]


def clean_text(value: object) -> str:
    """Cell text, trimmed and single-spaced; whole-number floats lose their ``.0``."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        value = value.date()
    return " ".join(str(value).replace("\xa0", " ").split())


_APOSTROPHES = "'’‘`"
_NUMBER_NOISE = re.compile(r"[\s.\-_'’‘`]")
_NUMBER_TEXT = re.compile(r"[\d\s.\-_'’‘`]+")
_WHOLE_DECIMAL = re.compile(r"\d+[.,]0+")


def clean_number_text(value: object) -> object:
    """NIK / No. KK as typed: leading apostrophes, spaces, dots and dashes removed from text.

    Numbers (int/float cells) are returned unchanged on purpose: Excel has already rounded a
    16-digit number, so the identity check must see it as a number and refuse it.
    """
    if isinstance(value, str):
        text = value.strip().lstrip(_APOSTROPHES)
        if text.isdecimal():  # the usual case: digits only, nothing to remove
            return text
        if _NUMBER_TEXT.fullmatch(text):
            return _NUMBER_NOISE.sub("", text)
        return text
    return value


def as_count(value: object) -> object:
    """``4.0`` → ``4`` and ``" 4 "`` → ``"4"``; anything else is left for the validator."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        if _WHOLE_DECIMAL.fullmatch(text):
            return text.split(".")[0].split(",")[0]
        return text
    return value


def parse_date(value: object) -> dt.date | None:
    """A date from a date cell or the usual written forms; None when blank.

    Raises ``ValueError`` with nothing more to say; callers word the message.
    """
    if is_blank(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = clean_text(value)
    for fmt in ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d", "%Y/%m/%d", "%d/%m/%y", "%d-%m-%y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    return _indonesian_date(text)


_MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "maret": 3,
    "mar": 3, "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "nopember": 11, "nop": 11,
    "desember": 12, "des": 12,
}  # fmt: skip


def _indonesian_date(text: str) -> dt.date:
    """``"20 November 2026"`` / ``"20 Nop 2026"``."""
    parts = text.replace(",", " ").split()
    if len(parts) == 3 and parts[0].isdigit() and parts[2].isdigit():
        month = _MONTHS.get(parts[1].lower().rstrip("."))
        if month:
            return dt.date(int(parts[2]), month, int(parts[0]))
    raise ValueError(text)


# --------------------------------------------------------------------------- header detection


def normalize_header(text: object) -> str:
    """``"No. NIK"`` → ``"no nik"``, ``"Desa/Kelurahan"`` → ``"desa kelurahan"``."""
    raw = unicodedata.normalize("NFKD", clean_text(text)).lower()
    raw = "".join(c for c in raw if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", raw).split())


def _header_keys(text: object) -> list[str]:
    """Ways a header may match: as written, then without a parenthetical ("Jiwa (orang)")."""
    keys = [normalize_header(text)]
    stripped = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", clean_text(text))
    if stripped.strip() and normalize_header(stripped) not in keys:
        keys.append(normalize_header(stripped))
    return [k for k in keys if k]


def alias_index(aliases: Mapping[str, Sequence[str]]) -> dict[str, tuple[str, int]]:
    """normalised alias → (field, rank); a lower rank wins when two columns claim a field."""
    index: dict[str, tuple[str, int]] = {}
    for field_name, names in aliases.items():
        for rank, name in enumerate(names):
            index.setdefault(normalize_header(name), (field_name, rank))
    return index


def _match_row(row: Sequence[object], index: Mapping[str, tuple[str, int]]) -> dict[int, tuple]:
    """column → (field, rank, header text) for every cell that is a known header."""
    found: dict[int, tuple] = {}
    for col, value in enumerate(row):
        if not isinstance(value, str):
            continue
        for key in _header_keys(value):
            if key in index:
                field_name, rank = index[key]
                found[col] = (field_name, rank, clean_text(value))
                break
    return found


@dataclass(frozen=True)
class Header:
    """Where the header is and which column holds which field.

    ``row`` is the 1-based spreadsheet row of the (last) header row; data starts below it.
    ``labels`` keeps each header as written in the file, for error messages.
    """

    row: int
    columns: dict[str, int]
    labels: dict[str, str]
    found: tuple[str, ...]  # every non-empty header cell as written, left to right

    def label(self, field_name: str) -> str:
        return self.labels.get(field_name, "")


def _assign(matches: Mapping[int, tuple]) -> tuple[dict[str, int], dict[str, str]]:
    columns: dict[str, int] = {}
    labels: dict[str, str] = {}
    ranks: dict[str, int] = {}
    for col in sorted(matches):
        field_name, rank, text = matches[col]
        if field_name not in columns or rank < ranks[field_name]:
            columns[field_name], labels[field_name], ranks[field_name] = col, text, rank
    return columns, labels


def find_header(
    first_rows: Sequence[Sequence[object]],
    aliases: Mapping[str, Sequence[str]],
    *,
    min_score: int = 2,
) -> Header | None:
    """The row among ``first_rows`` (spreadsheet rows 1…n) that names the most known columns.

    Title rows ("DAFTAR KK TERDAMPAK BANJIR DESA …") name none and are passed over. When the row
    under the header names further columns (a two-row header under merged group captions such
    as "Kelompok Rentan" or "Kondisi Rumah"), those are taken too and data starts below it.
    """
    index = alias_index(aliases)
    matched = [_match_row(row, index) for row in first_rows]
    best: tuple[int, int, int, dict[int, tuple]] | None = None  # score, first, last, matches
    for i, matches in enumerate(matched[:HEADER_SCAN_ROWS]):
        last = i
        below = matched[i + 1] if i + 1 < len(first_rows) else {}
        if matches and below and _is_sub_header(first_rows[i], first_rows[i + 1], below):
            matches = {**matches, **below}
            last = i + 1
        score = len({m[0] for m in matches.values()})
        if score >= min_score and (best is None or score > best[0]):
            best = (score, i, last, matches)
    if best is None:
        return None
    _, first, last, matches = best
    columns, labels = _assign(matches)
    header_cells: list[str] = []
    for r in range(first, last + 1):
        header_cells.extend(clean_text(v) for v in first_rows[r] if not is_blank(v))
    return Header(row=last + 1, columns=columns, labels=labels, found=tuple(header_cells))


def _is_sub_header(above: Sequence[object], row: Sequence[object], matches: Mapping) -> bool:
    """Sub-headers sit under a caption merged across several columns, so at least one of them
    has a blank cell above it (a data row under named columns has none), and hold no data."""
    return any(is_blank(cell(above, col)) for col in matches) and not _looks_like_data(row)


def _looks_like_data(row: Sequence[object]) -> bool:
    """A row with a long number in it is a data row, not a sub-header."""
    return any(len(re.sub(r"\D", "", clean_text(v))) >= 10 for v in row if not is_blank(v))


# --------------------------------------------------------------------------- a list, opened


class ListReader:
    """A table whose header has been found: the data rows below it, with their row numbers.

    Made by :func:`open_list`; close it (or use ``with``) to release the file.
    """

    def __init__(self, table: Table, header: Header, head: list[list[object]], rest) -> None:
        self.table = table
        self.header = header
        self._head = head
        self._rest = rest

    @property
    def estimated_data_rows(self) -> int | None:
        total = self.table.estimated_rows
        return None if total is None else max(total - self.header.row, 0)

    def data_rows(self) -> Iterator[tuple[int, list[object]]]:
        """(1-based spreadsheet row number, values) for every row below the header."""
        number = self.header.row
        for values in self._head[self.header.row :]:
            number += 1
            yield number, values
        for values in self._rest:
            number += 1
            yield number, values

    def close(self) -> None:
        self.table.close()

    def __enter__(self) -> ListReader:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _missing(header: Header, required: Sequence[str | tuple[str, ...]]) -> list:
    out = []
    for need in required:
        options = (need,) if isinstance(need, str) else need
        if not any(o in header.columns for o in options):
            out.append(need)
    return out


def open_list(
    path: str | Path,
    aliases: Mapping[str, Sequence[str]],
    *,
    required: Sequence[str | tuple[str, ...]],
    describe: Mapping[str, str],
    sheet: str | None = None,
    min_score: int = 2,
) -> ListReader:
    """Open a list and find its header; a clear error when the columns it needs are not there.

    Every sheet of a workbook is tried (the active one first) unless ``sheet`` is given: village
    workbooks often start with a "Rekap" sheet. ``required`` names fields, or tuples of fields
    any one of which will do; ``describe`` gives their Indonesian names for the message.
    """
    path = Path(path)
    names = [sheet] if sheet is not None else sheet_names(path)
    best: tuple[int, Header, str] | None = None
    for name in names:
        table = open_table(path, name if path.suffix.lower() in EXCEL_EXTENSIONS else None)
        try:
            rows = table.rows()
            head = [row for _, row in zip(range(HEADER_SCAN_ROWS + 1), rows, strict=False)]
            header = find_header(head, aliases, min_score=min_score)
            if header is not None and not _missing(header, required):
                return ListReader(table, header, head, rows)
        except BaseException:
            table.close()
            raise
        table.close()
        if header is not None and (best is None or len(header.columns) > best[0]):
            best = (len(header.columns), header, table.sheet_name)
    wanted = ", ".join(_describe(need, describe) for need in required)
    where = path.name if len(names) == 1 else f"{path.name} (lembar {', '.join(names)})"
    if best is None:
        raise ValidationError(
            f"Baris judul kolom tidak ditemukan di {HEADER_SCAN_ROWS} baris pertama {where}. "
            f"Kolom yang dibutuhkan: {wanted}.",
            "berkas",
        )
    _, header, sheet_name = best
    missing = ", ".join(_describe(need, describe) for need in _missing(header, required))
    found = ", ".join(header.found) or "(kosong)"
    on_sheet = f" lembar {sheet_name}" if path.suffix.lower() in EXCEL_EXTENSIONS else ""
    raise ValidationError(
        f"Kolom wajib tidak ditemukan: {missing}. Judul kolom yang terbaca{on_sheet} "
        f"(baris {header.row}): {found}.",
        "berkas",
    )


def _describe(need: str | tuple[str, ...], describe: Mapping[str, str]) -> str:
    options = (need,) if isinstance(need, str) else need
    labels = list(dict.fromkeys(describe.get(o, o) for o in options))
    return " atau ".join(labels)
