"""PDF plumbing shared by every document: fonts, the NIP format, safe writing. No Qt.

Fonts: DejaVu Sans (Condensed first) where installed, registered once under stable names, else
ReportLab's built-in Helvetica with an ASCII fallback for "×" and "—". Files are written to a
hidden temporary file beside the target and renamed into place when complete.
"""

from __future__ import annotations

import errno
import io
import os
import re
import secrets
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from tagana_desk.domain.errors import TaganaError
from tagana_desk.paths import resources_dir

# ---------------------------------------------------------------------------------------- fonts

_DEJAVU_DIRS = (
    # Shipped with the program (resources/fonts, also inside the Windows bundle): documents look
    # the same on every desk; the system's copies are the fallback.
    str(resources_dir() / "fonts"),
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu",
    "/usr/share/fonts/TTF",
    "/usr/local/share/fonts",
    "/Library/Fonts",
)
#: DejaVu Sans Condensed first: its widths are close to Arial's, the face of most government
#: forms, so names and captions wrap less; plain DejaVu Sans when only that is installed.
_DEJAVU_SETS = (
    ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf",
     "DejaVuSansCondensed-Oblique.ttf", "DejaVuSansCondensed-BoldOblique.ttf"),
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
     "DejaVuSans-BoldOblique.ttf"),
)  # fmt: skip


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str
    italic: str
    bold_italic: str
    #: False for the built-in Helvetica fallback: then "×" and "—" are written as "x" and "-".
    unicode: bool


@lru_cache(maxsize=1)
def fonts() -> Fonts:
    """DejaVu Sans (shipped in resources/fonts, or installed), else ReportLab's Helvetica."""
    keys = ("regular", "bold", "italic", "bold_italic")
    for files in _DEJAVU_SETS:
        for folder in _DEJAVU_DIRS:
            paths = dict(zip(keys, (Path(folder) / f for f in files), strict=True))
            if not all(p.is_file() for p in paths.values()):
                continue
            names = {k: f"TaganaSans-{Path(f).stem}" for k, f in zip(keys, files, strict=True)}
            try:
                for key, path in paths.items():
                    if names[key] not in pdfmetrics.getRegisteredFontNames():
                        pdfmetrics.registerFont(TTFont(names[key], str(path)))
            except Exception:  # a broken font file: the next set, or the built-in font
                continue
            pdfmetrics.registerFontFamily(
                names["regular"], normal=names["regular"], bold=names["bold"],
                italic=names["italic"], boldItalic=names["bold_italic"],
            )  # fmt: skip
            return Fonts(*(names[k] for k in keys), unicode=True)
    return Fonts("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", False)


_ASCII_FALLBACK = str.maketrans({"×": "x", "—": "-", "–": "-", "…": "...", "\u00a0": " "})


def plain(text: object, fonts: Fonts) -> str:
    """Text for ``drawString``: one line, characters the font can draw."""
    text = " ".join(str(text or "").split())
    return text if fonts.unicode else text.translate(_ASCII_FALLBACK)


def format_nip(nip: str) -> str:
    """``198203142009012004`` → ``19820314 200901 2 004`` (birth date, appointment, sex, seq).

    Anything that is not 18 digits is printed as it was typed.
    """
    raw = str(nip or "").strip()
    digits = re.sub(r"\s", "", raw)
    if len(digits) == 18 and digits.isdigit():
        return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"
    return raw


_WRITE_REASONS = {
    errno.ENOSPC: "disk penuh",
    getattr(errno, "EDQUOT", errno.ENOSPC): "disk penuh (kuota habis)",
    errno.EROFS: "media hanya-baca",
    errno.EACCES: "tidak ada izin menulis",
    errno.EPERM: "tidak ada izin menulis",
    errno.EIO: "kesalahan baca/tulis pada perangkat",
}


def write_error(what: str, exc: OSError) -> TaganaError:
    """An OS error while a document was written, as one Indonesian line (nothing was kept)."""
    reason = _WRITE_REASONS.get(exc.errno) or exc.strerror or str(exc)
    return TaganaError(f"Tidak dapat menulis {what}: {reason}. Tidak ada file yang dibuat.")


def temp_beside(target: Path) -> tuple[Path, BinaryIO]:
    """A new hidden file in the target's folder (same file system, so the rename is atomic).

    Made with the usual permissions (0666 less the umask), not mkstemp's 0600: the PDF is for
    others to open and print too.
    """
    if not target.parent.is_dir():
        raise TaganaError(f"Folder tujuan tidak ada: {target.parent}")
    for _ in range(100):
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
        try:
            fd = os.open(
                tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666
            )
        except FileExistsError:
            continue
        except OSError as exc:  # no such folder, no permission, read-only medium
            raise TaganaError(
                f"Tidak dapat menulis ke folder {target.parent}: {exc.strerror or exc}."
            ) from exc
        return tmp, os.fdopen(fd, "wb")
    raise TaganaError(f"Tidak dapat membuat file sementara di {target.parent}.")


# ---------------------------------------------------------------------------------------- logo


@dataclass
class Logo:
    image: ImageReader
    aspect: float  # width / height


def load_logo(png: bytes | None, cache: dict[bytes, Logo | None] | None = None) -> Logo | None:
    """The office logo, decoded once per batch and shrunk to print size; None if unreadable."""
    if not png:
        return None
    cache = {} if cache is None else cache
    if png in cache:
        return cache[png]
    logo = None
    try:
        from PIL import Image

        with Image.open(io.BytesIO(png)) as img:
            img.load()
            picture = img.convert("RGBA")
        picture.thumbnail((400, 400))
        if picture.width and picture.height:
            logo = Logo(ImageReader(picture), picture.width / picture.height)
    except Exception:  # a broken logo must not stop a document: print without it
        logo = None
    cache[png] = logo
    return logo
