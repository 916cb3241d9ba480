"""Language of the GUI: Indonesian by default, English selectable.

Our own strings are written in Indonesian (the source language) and translated through Qt
Linguist catalogues in ``tagana_desk/i18n/``: ``tagana_desk_<lang>.ts`` for ours and
``qtbase_id.ts`` for Qt's own strings that appear on our screens (PySide6 wheels ship no
``qtbase_id.qm``). The ``.ts`` files are compiled to ``.qm`` with PySide6's ``lrelease`` at
start-up when the ``.qm`` is missing or older than its ``.ts``, into ``resources/i18n/`` or, when
that is not writable, a cache folder in the user data directory. A bundle that ships only
``resources/i18n/*.qm`` uses them as they are. Should compiling fail, the ``.ts`` XML is read
directly, so the app never starts untranslated.

The choice is a per-PC preference (``QSettings`` key ``ui/language``); ``TAGANA_DESK_LANG``
overrides it (tests, screenshots). Numbers, rupiah and ``dd/MM/yyyy`` dates look the same in
both languages: English uses the ``en_ID`` locale.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from tagana_desk.paths import data_dir, resources_dir

log = logging.getLogger(__name__)

#: The languages offered, each named in its own language.
LANGUAGES: dict[str, str] = {"id": "Bahasa Indonesia", "en": "English"}
DEFAULT_LANGUAGE = "id"
LANGUAGE_KEY = "ui/language"
#: Overrides the saved choice for one run: ``TAGANA_DESK_LANG=en``.
LANGUAGE_ENV = "TAGANA_DESK_LANG"
#: The catalogue sources (``.ts``), shipped inside the package.
TS_DIR = Path(__file__).resolve().parent.parent / "i18n"
#: Our catalogue's name; Qt's own strings are in ``qtbase_<lang>``.
CATALOGUE = "tagana_desk"

_LOCALES = {
    "id": (QLocale.Language.Indonesian, QLocale.Country.Indonesia),
    # English words, Indonesian numbers: 1.500.000 and 25/11/2026 as in Indonesian.
    "en": (QLocale.Language.English, QLocale.Country.Indonesia),
}

_installed: list[QTranslator] = []
_current: str | None = None


# --- the choice -------------------------------------------------------------------------------


def _valid(code: object) -> str | None:
    text = str(code or "").strip().lower()
    return text if text in LANGUAGES else None


def saved_language() -> str:
    """The language to start in: ``TAGANA_DESK_LANG``, else the saved choice, else ``id``."""
    override = _valid(os.environ.get(LANGUAGE_ENV))
    if override:
        return override
    return _valid(QSettings().value(LANGUAGE_KEY, DEFAULT_LANGUAGE)) or DEFAULT_LANGUAGE


def save_language(code: str) -> None:
    """Remember ``code`` on this PC; it applies the next time the app starts."""
    if _valid(code) is None:
        raise ValueError(f"unknown language: {code!r}")
    settings = QSettings()
    settings.setValue(LANGUAGE_KEY, code)
    settings.sync()


def current_language() -> str:
    """The language installed in this run (``id`` before any is)."""
    return _current or DEFAULT_LANGUAGE


# --- compiled catalogues ----------------------------------------------------------------------


def qt_tool(name: str) -> Path:
    """A Qt tool that ships inside the PySide6 package (``lrelease``, ``lupdate``)."""
    base = Path(PySide6.__file__).resolve().parent
    exe = f"{name}.exe" if sys.platform == "win32" else name
    for candidate in (base / exe, base / "Qt" / "bin" / exe, base / "Qt" / "libexec" / exe):
        if candidate.is_file():
            return candidate
    return base / exe


def compile_ts(ts: Path, qm: Path) -> None:
    """``lrelease`` ``ts`` into ``qm`` (written whole or not at all); raises on failure."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=qm.stem + "-", suffix=".qm", dir=qm.parent)
    os.close(fd)
    try:
        subprocess.run(
            [str(qt_tool("lrelease")), "-silent", str(ts), "-qm", tmp],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        if os.path.getsize(tmp) == 0:
            raise OSError(f"lrelease wrote nothing for {ts.name}")
        os.chmod(tmp, 0o644)  # mkstemp makes it private; every user of the PC reads it
        os.replace(tmp, qm)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def qm_dirs() -> tuple[Path, Path]:
    """Where compiled catalogues go: next to the resources, else the user's cache."""
    return resources_dir() / "i18n", data_dir() / "cache" / "i18n"


def compiled_catalogue(name: str) -> Path | None:
    """A ``.qm`` for ``name`` that is not older than its ``.ts`` (compiled if needed), or None.

    Without a ``.ts`` (a frozen bundle) a prebuilt ``resources/i18n/<name>.qm`` is used as is.
    """
    ts = TS_DIR / f"{name}.ts"
    shipped, cache = qm_dirs()
    if not ts.is_file():
        prebuilt = shipped / f"{name}.qm"
        return prebuilt if prebuilt.is_file() else None
    source_time = ts.stat().st_mtime
    for folder in (shipped, cache):
        qm = folder / f"{name}.qm"
        try:
            if qm.is_file() and qm.stat().st_mtime >= source_time:
                return qm
            compile_ts(ts, qm)
            return qm
        except (OSError, subprocess.SubprocessError) as exc:
            log.info("cannot compile %s into %s: %s", ts.name, folder, exc)
    return None


# --- reading a .ts directly (the fallback) ----------------------------------------------------


def read_ts(path: Path) -> dict[tuple[str, str, str], str]:
    """``{(context, source, comment): translation}`` of every non-empty, current message."""
    table: dict[tuple[str, str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            text = translation.text or ""
            if text:
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                table[key] = text
    return table


class TsTranslator(QTranslator):
    """Translations read from a ``.ts`` file, for when no ``.qm`` could be compiled."""

    def __init__(self, path: Path, parent=None) -> None:
        super().__init__(parent)
        self.path = path
        self.table = read_ts(path)

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None (a null string) means "not mine": Qt asks the next translator. An empty string
        # would count as a translation and blank every label.
        found = self.table.get((context, source, disambiguation or ""))
        if found is None and disambiguation:
            found = self.table.get((context, source, ""))
        return found

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return not self.table


def load_catalogue(name: str, parent=None) -> QTranslator | None:
    """A translator for catalogue ``name``: its compiled ``.qm``, else its ``.ts`` read directly."""
    qm = compiled_catalogue(name)
    if qm is not None:
        translator = QTranslator(parent)
        if translator.load(str(qm)):
            return translator
        log.warning("cannot load %s", qm)
    ts = TS_DIR / f"{name}.ts"
    if ts.is_file():
        try:
            return TsTranslator(ts, parent)
        except (OSError, ET.ParseError) as exc:
            log.warning("cannot read %s: %s", ts, exc)
    return None


# --- installing ---------------------------------------------------------------------------------


def _qt_own_catalogue(code: str, parent) -> QTranslator | None:
    """Qt's ``qtbase_<code>.qm`` from the Qt installation, when it has one."""
    translator = QTranslator(parent)
    path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(*_LOCALES[code]), "qtbase", "_", path):
        return translator
    return None


def install_language(app: QCoreApplication, code: str) -> str:
    """Make ``code`` the language of the app: default locale, Qt's strings and ours.

    Calling it again switches: the translators of the previous language are removed first
    (widgets already built keep their text; the app is restarted to change language).
    Returns the language installed (``id`` for an unknown code).
    """
    global _current
    code = _valid(code) or DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(*_LOCALES[code]))
    for old in _installed:
        app.removeTranslator(old)
        old.deleteLater()
    _installed.clear()
    # Installed later = asked first: ours, then our table of Qt's strings, then Qt's own.
    candidates = [_qt_own_catalogue(code, app)]
    if code == "id":
        candidates.append(load_catalogue("qtbase_id", app))
    candidates.append(load_catalogue(f"{CATALOGUE}_{code}", app))
    for translator in candidates:
        if translator is not None and app.installTranslator(translator):
            _installed.append(translator)
    _current = code
    return code


def install_indonesian(app: QCoreApplication) -> None:
    """The default language (kept for older callers)."""
    install_language(app, "id")
