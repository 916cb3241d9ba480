"""Languages: the catalogues keep up with the code, Indonesian screens show no English, English
screens show no untranslated Indonesian, and the app is translated even without ``lrelease``."""

from __future__ import annotations

import ast
import os
import re
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from tagana_desk.domain.enums import ROLE_LABELS
from tagana_desk.ui import i18n, translations
from tagana_desk.ui.labels import ROLES
from tagana_desk.ui.main_window import MainWindow

DISPLAY = Qt.ItemDataRole.DisplayRole
#: Table rows read per view: enough to meet every status and label, few enough to stay quick.
ROWS_READ = 40


# --- the catalogues -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def code_texts() -> list[translations.Message]:
    """What a fresh ``lupdate`` finds in the GUI code now."""
    return translations.code_messages()


def test_lupdate_finds_the_gui_texts(code_texts):
    keys = {m.key for m in code_texts}
    assert ("MainWindow", "&Berkas", "") in keys
    assert ("LedgerTableModel", "No. Bukti", "") in keys  # a model's header
    assert ("IncidentLabels", "Banjir", "") in keys  # a QT_TRANSLATE_NOOP table
    assert len(keys) > 1000


@pytest.mark.parametrize("language", ["en", "id"])
def test_every_text_in_the_code_is_translated(code_texts, language):
    """A new ``tr()`` text without its translations fails here, listed by context."""
    have = {m.key: m for m in translations.read_messages(translations.catalogue(language))}
    missing = [m.describe() for m in code_texts if m.key not in have]
    unfinished = [
        m.describe()
        for m in code_texts
        if m.key in have and not (have[m.key].finished and have[m.key].translation.strip())
    ]
    assert not missing and not unfinished, (
        f"tagana_desk_{language}.ts lacks {len(missing)} texts and has {len(unfinished)} "
        "unfinished; run `python -m tagana_desk.ui.translations update`, translate, then `check`.\n"
        + "\n".join([f"missing: {t}" for t in missing] + [f"unfinished: {t}" for t in unfinished])
    )


def test_the_indonesian_catalogue_is_the_source_itself():
    wrong = [
        m.describe()
        for m in translations.read_messages(translations.catalogue("id"))
        if m.translation != m.source
    ]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize(
    "path", [translations.catalogue("en"), translations.QTBASE_ID], ids=lambda p: p.name
)
def test_translations_keep_placeholders_and_accelerators(path):
    """``{name}`` (and Qt's ``%1``) survive translation, and so does a ``&`` shortcut letter."""
    messages = [m for m in translations.read_messages(path) if m.translation]
    assert messages
    wrong = [f"{m.describe()} → {m.translation!r}: {problem}"
             for m in messages for problem in translations.translation_problems(m)]  # fmt: skip
    assert not wrong, "\n".join(wrong)


def test_qt_strings_in_indonesian_are_all_finished():
    messages = translations.read_messages(translations.QTBASE_ID)
    contexts = {m.context for m in messages}
    assert {"QPlatformTheme", "QFileDialog", "QColorDialog", "QPrintDialog"} <= contexts
    assert all(m.finished and m.translation for m in messages)


def test_role_names_repeat_the_domain_labels():
    assert ROLES == ROLE_LABELS


def test_check_command_passes(capsys):
    assert translations.main(["check"]) == 0, capsys.readouterr().out


def _literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_every_translate_call_is_one_lupdate_can_read():
    """lupdate reads ``self.tr("…")``, ``QCoreApplication.translate("Ctx", "…")`` and
    ``QT_TRANSLATE_NOOP("Ctx", "…")`` only, and not inside an f-string: a literal text behind an
    alias (``tr = …``), a helper or a context held in a variable would be translated at run time
    but never reach the catalogue."""
    readable = {"self.tr", "QCoreApplication.translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
    wrong = []
    for path in translations.ui_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        in_fstrings = {id(n) for s in ast.walk(tree) if isinstance(s, ast.JoinedStr)
                       for n in ast.walk(s)}  # fmt: skip
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = ast.unparse(node.func)
            last = name.rsplit(".", 1)[-1]
            if last not in ("tr", "_tr", "translate", "_translate", "QT_TRANSLATE_NOOP"):
                continue
            two = last in ("translate", "_translate", "QT_TRANSLATE_NOOP")
            text = node.args[1] if two and len(node.args) > 1 else node.args[0]
            if not _literal(text):
                continue  # a looked-up label: its QT_TRANSLATE_NOOP entry is what lupdate reads
            if (
                name not in readable
                or (two and not _literal(node.args[0]))
                or id(node) in in_fstrings
            ):
                wrong.append(f"{path.name}:{node.lineno}: {ast.unparse(node)[:90]}")
    assert not wrong, "\n".join(wrong)


# --- the screens --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_desk(tmp_path_factory):
    """A demo year of a Bantul desk (incidents, payments, volunteers, closed months)."""
    from tagana_desk.db import migrate
    from tagana_desk.db.engine import open_database
    from tagana_desk.services import demo, users
    from tagana_desk.services.context import SYSTEM, Actor

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = open_database(str(path), create=True)
    migrate.upgrade(db)
    demo.build(db, households=40, seed=2)
    with db.read() as s:
        actors = {
            u.username: Actor(u.id, u.username, u.role, u.full_name)
            for u in users.list_users(s, SYSTEM)
        }
    yield db, actors
    db.dispose()


@pytest.fixture
def language(qapp):
    """``language("en")`` installs a language for one test; Indonesian comes back after it."""

    def install(code: str) -> None:
        assert i18n.install_language(qapp, code) == code

    yield install
    i18n.install_language(qapp, "id")


_TAG = re.compile(r"<[a-zA-Z/][^>]*>")


def _plain(text: str) -> str:
    if _TAG.search(text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return text.strip()


def _view_texts(view: QAbstractItemView) -> Iterable[str]:
    model = view.model()
    if model is None:
        return
    for column in range(model.columnCount()):
        yield str(model.headerData(column, Qt.Orientation.Horizontal, DISPLAY) or "")
    for row in range(min(model.rowCount(), ROWS_READ)):
        for column in range(model.columnCount()):
            value = model.data(model.index(row, column, QModelIndex()), DISPLAY)
            if isinstance(value, str):
                yield value


def widget_texts(root: QWidget) -> set[str]:
    """Every text a person can see on ``root`` now (and the tooltips they can hover)."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        texts.append(widget.toolTip())
        if isinstance(widget, QDialog):
            texts.append(widget.windowTitle())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QSpinBox):
            texts += [widget.prefix(), widget.suffix(), widget.specialValueText()]
        if isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView):
            texts += list(_view_texts(widget))
    return {_plain(t) for t in texts if t and _plain(t)}


def menu_texts(window: MainWindow) -> set[str]:
    texts: set[str] = set()
    for action in window.menuBar().actions():
        texts.add(action.text())
        menu = action.menu()
        if isinstance(menu, QMenu):
            for item in menu.actions():
                texts |= {t for t in (item.text(), item.statusTip(), item.toolTip()) if t}
    return texts


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _select_first_rows(root: QWidget) -> None:
    for view in root.findChildren(QAbstractItemView):
        if view.isVisible() and view.model() is not None and view.model().rowCount() > 0:
            view.setCurrentIndex(view.model().index(0, 0))


def _walk_tabs(root: QWidget, seen: set[str]) -> None:
    """Every tab of every tab widget under ``root``, nested ones included."""
    _select_first_rows(root)
    _settle()
    seen |= widget_texts(root)
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            _settle()
            _select_first_rows(tabs.currentWidget())
            _settle()
            seen |= widget_texts(root)


def _dialogs(window: MainWindow) -> list[Callable[[], QDialog | None]]:
    """Forms that open without changing anything, for the role signed in."""
    incidents = window.incidents_page
    return [
        window.open_verify_dialog,
        incidents.new_incident,
        incidents.detail.add_household,
        window.funds_page.open_allocate_dialog,
        window.payments_page.open_pay_dialog,
        window.payments_page.open_batch_dialog,
        window.volunteers_page.roster_tab.add_volunteer,
        window.settings_page.users_tab.add_user,
        window.open_password_dialog,
    ]


def visible_texts(window: MainWindow) -> set[str]:
    """Walk every page and tab (and an incident's detail, and a few forms) collecting texts."""
    seen = menu_texts(window) | widget_texts(window)
    for index in range(window.nav.count()):
        window.show_page(index)
        _settle()
        _walk_tabs(window.page(index), seen)
        seen |= widget_texts(window)
    # An incident's detail: its tabs, a household row selected.
    window.show_page(MainWindow.KEJADIAN)
    incidents = window.incidents_page
    incidents.table.selectRow(0)
    incidents.open_selected()
    _settle()
    _walk_tabs(incidents.detail, seen)
    # Penyaluran on that incident, with a household chosen.
    window.show_page(MainWindow.PENYALURAN)
    window.payments_page.show_incident(incidents.detail.incident_id)
    _settle()
    _walk_tabs(window.payments_page, seen)
    for opener in _dialogs(window):
        dialog = opener()
        if dialog is None:
            continue
        _settle()
        seen |= widget_texts(dialog)
        dialog.reject()
        dialog.deleteLater()
    _settle()
    return seen


def _open_window(qtbot, demo_desk, username: str) -> MainWindow:
    from tagana_desk.ui.context import DeskContext
    from tagana_desk.ui.tasks import SyncTaskRunner

    db, actors = demo_desk
    runner = SyncTaskRunner()
    window = MainWindow(DeskContext(db, actors[username], runner))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


#: Common English UI words, whole words, case-sensitive. Left out on purpose because they are
#: Indonesian too (and in our source texts): Status, Total, File, Email, Database, Admin, Auditor,
#: Operator, Valid, Printer, Bank, OK. "No" before a dot is "Nomor" (No. KK).
ENGLISH_WORDS = re.compile(
    r"\b(Cancel|Save|Open|Search|Delete|Close|Yes|No(?!\.)|Apply|Print|Settings|Help|Name|Date|"
    r"Amount|Quit|Exit|Edit|Add|Remove|Back|Next|Previous|Loading|Error|Warning|Select|Choose|"
    r"Import|Export|Reset|Show|Hide|Details|Report|Reports|Page|Files|Folder|Receipts?|Funds?|"
    r"Payments?|Incidents?|Households?|Volunteers?|Approve|Reject|Undo|Redo|Copy|Paste|Browse|"
    r"the|and|of|with|not|for|from|this|that|are|was|you|your)\b"
)


_PATH = re.compile(r"\S*[/\\]\S*")


def _no_paths(text: str) -> str:
    """File names are data: ``/tmp/pytest-of-root/demo.db`` is not English."""
    return _PATH.sub(" ", text)


@pytest.mark.parametrize("username", ["bendahara", "admin"])
def test_indonesian_screens_show_no_english(qtbot, demo_desk, language, username):
    language("id")
    window = _open_window(qtbot, demo_desk, username)
    texts = visible_texts(window)
    assert len(texts) > 300  # the walk did see the pages
    english = sorted(
        f"{t!r} ({', '.join(sorted(set(ENGLISH_WORDS.findall(_no_paths(t)))))})"
        for t in texts
        if ENGLISH_WORDS.search(_no_paths(t))
    )
    assert not english, "English on an Indonesian screen:\n" + "\n".join(english)


#: Placeholders that always hold a count: matched as a number, so that "{total} relawan" does
#: not take a sentence of data ("Salah penulisan nama relawan") for untranslated text.
COUNTS = {
    "n", "total", "shown", "count", "days", "pages", "rows", "done", "ok", "rejected", "dup",
    "stored", "received", "pay", "paid", "skipped", "originals", "copies", "seq", "id", "ia", "ib",
    "incident", "households", "persons", "d", "m", "i", "x", "rb", "rs", "rr", "t",
}  # fmt: skip
_FIELD = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


#: Month names that differ in English: a date or month shown with ``domain.dates`` (documents'
#: Indonesian) instead of ``ui.formatting``.
INDONESIAN_MONTHS = re.compile(
    r"\b(Januari|Februari|Maret|Mei|Juni|Juli|Agustus|Oktober|Desember)\b"
)


def _untranslated_patterns() -> list[tuple[str, re.Pattern[str], str]]:
    """(literal part, pattern, source) of every Indonesian text whose English is different."""
    patterns = []
    for m in translations.read_messages(translations.catalogue("en")):
        if not m.translation or m.translation == m.source:
            continue
        pieces = _FIELD.split(m.source)  # text, name, text, name, …, text
        texts, names = pieces[0::2], pieces[1::2]
        if sum(c.isalpha() for c in "".join(texts)) < 4:
            continue  # "{n} KK", "{first} … {last}": would match any figure
        regex = re.escape(texts[0])
        for name, text in zip(names, texts[1:], strict=True):
            regex += (r"[\d.,]+" if name in COUNTS else ".+?") + re.escape(text)
        literal = max(texts, key=len).strip()
        patterns.append((literal, re.compile(regex, re.DOTALL), m.source))
    return patterns


@pytest.mark.parametrize("username", ["bendahara", "admin"])
def test_english_screens_leave_nothing_in_indonesian(qtbot, demo_desk, language, username):
    language("en")
    window = _open_window(qtbot, demo_desk, username)
    assert window.menuBar().actions()[0].text() == "&File"
    texts = visible_texts(window)
    assert len(texts) > 300
    found = []
    patterns = _untranslated_patterns()
    for text in sorted(texts):
        if INDONESIAN_MONTHS.search(text):
            found.append(f"{text!r} (an Indonesian month name)")
            continue
        for literal, pattern, source in patterns:
            if literal in text and pattern.fullmatch(text):
                found.append(f"{text!r} (source {source!r})")
                break
    assert not found, "Indonesian left on an English screen:\n" + "\n".join(found)
    # The language can be changed back from Pengaturan, whatever the role.
    window.show_page(MainWindow.PENGATURAN)
    combo = window.settings_page.language.combo
    assert combo.isVisible() and combo.isEnabled()
    assert [combo.itemText(i) for i in range(combo.count())] == ["Bahasa Indonesia", "English"]
    assert combo.currentData() == "en"


def test_choosing_a_language_saves_it_and_asks_for_a_restart(
    qtbot, sqlite_db, sqlite_roles, runner, monkeypatch
):
    from tagana_desk.ui.context import DeskContext

    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)
    window = MainWindow(DeskContext(sqlite_db, sqlite_roles.operator, runner))
    qtbot.addWidget(window)
    window.show()
    window.show_page(MainWindow.PENGATURAN)
    chooser = window.settings_page.language
    assert chooser.combo.isVisible() and chooser.combo.isEnabled()  # an operator's PC too
    assert not chooser.note.isVisible()
    try:
        chooser.combo.setCurrentIndex(chooser.combo.findData("en"))
        assert i18n.saved_language() == "en"
        assert chooser.note.isVisible()
        assert "dibuka ulang" in chooser.note.text()
        assert "restarted" in chooser.note.text()
        monkeypatch.setenv(i18n.LANGUAGE_ENV, "id")
        assert i18n.saved_language() == "id"  # the variable wins over the saved choice
        monkeypatch.delenv(i18n.LANGUAGE_ENV)
        chooser.combo.setCurrentIndex(chooser.combo.findData("id"))
        assert not chooser.note.isVisible()
    finally:
        i18n.save_language("id")
    assert i18n.saved_language() == "id"


def test_switching_language_replaces_the_translators(qapp, language):
    language("en")
    assert QCoreApplication.translate("MainWindow", "&Berkas") == "&File"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    language("id")
    assert QCoreApplication.translate("MainWindow", "&Berkas") == "&Berkas"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Batal"


def test_english_keeps_indonesian_numbers_and_dates(language):
    from PySide6.QtCore import QDate, QLocale

    from tagana_desk.ui.formatting import long_date, month_year
    from tagana_desk.ui.widgets import date_edit

    language("en")
    assert QLocale().toString(1500000) == "1.500.000"
    assert date_edit().date().toString("dd/MM/yyyy") == QDate.currentDate().toString("dd/MM/yyyy")
    import datetime as dt

    assert long_date(dt.date(2026, 12, 25)) == "25 December 2026"
    language("id")
    assert long_date(dt.date(2026, 12, 25)) == "25 Desember 2026"
    assert month_year(2026, 8) == "Agustus 2026"


# --- compiling, and reading the .ts when it cannot be compiled ----------------------------------


@pytest.fixture
def catalogue_dirs(tmp_path, monkeypatch):
    """Copies of the .ts files, and the two folders .qm files may go to, all under tmp_path."""
    sources = tmp_path / "ts"
    shutil.copytree(i18n.TS_DIR, sources)
    shipped, cache = tmp_path / "resources" / "i18n", tmp_path / "cache" / "i18n"
    monkeypatch.setattr(i18n, "TS_DIR", sources)
    monkeypatch.setattr(i18n, "qm_dirs", lambda: (shipped, cache))
    return sources, shipped, cache


def _translated(translator: QTranslator, context: str, text: str) -> str:
    app = QCoreApplication.instance()
    app.installTranslator(translator)
    try:
        return QCoreApplication.translate(context, text)
    finally:
        app.removeTranslator(translator)


def test_qm_is_compiled_when_missing_and_reused_while_current(catalogue_dirs, monkeypatch):
    sources, shipped, _cache = catalogue_dirs
    qm = i18n.compiled_catalogue("tagana_desk_en")
    assert qm == shipped / "tagana_desk_en.qm" and qm.stat().st_size > 0
    translator = i18n.load_catalogue("tagana_desk_en")
    assert not isinstance(translator, i18n.TsTranslator)
    assert _translated(translator, "MainWindow", "&Berkas") == "&File"

    def no_compiling(ts, target):
        raise AssertionError("compiled again")

    monkeypatch.setattr(i18n, "compile_ts", no_compiling)
    assert i18n.compiled_catalogue("tagana_desk_en") == qm  # not older than its .ts
    stamp = qm.stat().st_mtime
    os.utime(sources / "tagana_desk_en.ts", (stamp + 10, stamp + 10))
    with pytest.raises(AssertionError, match="compiled again"):
        i18n.compiled_catalogue("tagana_desk_en")  # the .ts changed: compiled again


def test_qm_goes_to_the_cache_when_resources_are_read_only(catalogue_dirs):
    _sources, shipped, cache = catalogue_dirs
    shipped.parent.mkdir(parents=True)
    shipped.write_text("not a folder")  # nothing can be written under it
    qm = i18n.compiled_catalogue("qtbase_id")
    assert qm == cache / "qtbase_id.qm"
    assert _translated(i18n.load_catalogue("qtbase_id"), "QPlatformTheme", "Cancel") == "Batal"


def test_a_bundle_without_ts_uses_its_prebuilt_qm(catalogue_dirs, monkeypatch):
    sources, shipped, _cache = catalogue_dirs
    i18n.compile_ts(sources / "tagana_desk_en.ts", shipped / "tagana_desk_en.qm")
    monkeypatch.setattr(i18n, "TS_DIR", sources.parent / "nothing-here")
    assert i18n.compiled_catalogue("tagana_desk_en") == shipped / "tagana_desk_en.qm"


def test_without_lrelease_the_ts_is_read_directly(catalogue_dirs, monkeypatch, qapp, language):
    _sources, shipped, cache = catalogue_dirs
    monkeypatch.setattr(i18n, "qt_tool", lambda name: Path("/nonexistent") / name)
    translator = i18n.load_catalogue("tagana_desk_en")
    assert isinstance(translator, i18n.TsTranslator)
    assert not shipped.exists() or not any(shipped.iterdir())
    assert not cache.exists() or not any(cache.iterdir())
    assert _translated(translator, "MainWindow", "&Berkas") == "&File"
    assert _translated(translator, "MainWindow", "tidak ada di katalog") == "tidak ada di katalog"
    # The whole language, installed that way, still translates the app and Qt's buttons.
    language("en")
    assert QCoreApplication.translate("IncidentLabels", "Banjir") == "Flood"
    language("id")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Batal"
