"""The first-run wizard driven like a person would: typing, Enter to go on, Esc to leave; and
``tagana-desk gui`` on a database that does not exist yet reaching it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog, QWizard
from sqlalchemy import select

from tagana_desk.db import migrate
from tagana_desk.db.engine import open_database
from tagana_desk.db.models import AuditEvent
from tagana_desk.domain.enums import Role, SignatoryRole
from tagana_desk.services import funds, office, setup, users
from tagana_desk.services.context import SYSTEM
from tagana_desk.ui.first_run import wizard as wizard_module
from tagana_desk.ui.first_run.wizard import FirstRunWizard

NIP_KEPALA = "196807121994031006"
NIP_BENDAHARA = "198203142009012004"


@pytest.fixture
def empty_db(tmp_path):
    """A new database with the schema and no users: what ``tagana-desk`` opens the wizard on."""
    database = open_database(str(tmp_path / "kantor.db"), create=True)
    migrate.upgrade(database)
    yield database
    database.dispose()


def _open_wizard(qtbot, db, runner) -> FirstRunWizard:
    w = FirstRunWizard(db, runner)
    qtbot.addWidget(w, before_close_func=_no_question)
    w.show()
    qtbot.waitExposed(w)
    return w


def _no_question(w: FirstRunWizard) -> None:
    # Closing a visible wizard asks "Batalkan persiapan?" in a modal box: not at teardown.
    w.confirm_cancel = lambda: True


@pytest.fixture
def wizard(qtbot, empty_db, runner):
    return _open_wizard(qtbot, empty_db, runner)


def _enter(qtbot, wizard: FirstRunWizard) -> None:
    """Enter where the keyboard is: in a field, Enter reaches the wizard's default button."""
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)


def _type(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def _fill_office(qtbot, wizard: FirstRunWizard) -> None:
    page = wizard.office_page
    _type(qtbot, page.name_edit, "DINAS SOSIAL")
    page.select_kabupaten("34.02")
    _type(qtbot, page.address_edit, "Jl. Lingkar Timur, Manding, Trirenggo, Bantul")


def _fill_signatories(qtbot, wizard: FirstRunWizard, kepala_nip: str = NIP_KEPALA) -> None:
    page = wizard.signatories_page
    _type(qtbot, page.names[SignatoryRole.KEPALA_DINAS], "Drs. Bambang Suharto, M.Si.")
    _type(qtbot, page.nips[SignatoryRole.KEPALA_DINAS], kepala_nip)
    _type(qtbot, page.names[SignatoryRole.BENDAHARA], "Sri Wahyuningsih, S.E.")
    _type(qtbot, page.nips[SignatoryRole.BENDAHARA], NIP_BENDAHARA)


def _fill_admin(qtbot, wizard: FirstRunWizard) -> None:
    page = wizard.admin_page
    _type(qtbot, page.full_name_edit, "Rina Kusumawati")
    _type(qtbot, page.password_edit, "Rahasia123")
    _type(qtbot, page.repeat_edit, "Rahasia123")


def test_enter_walks_through_and_finish_writes_everything(qtbot, wizard, empty_db):
    assert wizard.currentId() == wizard.WELCOME
    _enter(qtbot, wizard)
    assert wizard.currentId() == wizard.OFFICE

    # Nothing filled in: Enter stays, every message beside its field, no dialog.
    _enter(qtbot, wizard)
    assert wizard.currentId() == wizard.OFFICE
    errors = wizard.office_page.errors
    assert errors.text("kantor.nama") == "Nama kantor wajib diisi (mis. DINAS SOSIAL)."
    assert errors.text("kantor.kabupaten") == "Pilih provinsi lalu kabupaten/kota kantor."
    assert errors.text("kantor.alamat")
    _fill_office(qtbot, wizard)
    assert "PEMERINTAH KABUPATEN BANTUL" in wizard.office_page.kop_note.text()
    _enter(qtbot, wizard)
    assert wizard.currentId() == wizard.SIGNATORIES
    sig = wizard.signatories_page
    assert sig.titles[SignatoryRole.KEPALA_DINAS].text() == "Kepala Dinas Sosial Kabupaten Bantul"

    # A NIP one digit short blocks Next, with the service's message under that NIP.
    _fill_signatories(qtbot, wizard, kepala_nip=NIP_KEPALA[:-1])
    _enter(qtbot, wizard)
    assert wizard.currentId() == wizard.SIGNATORIES
    label = sig.errors.labels["kepala_dinas.nip"]
    assert label.isVisible() and "18 digit" in label.text()
    assert sig.errors.text("bendahara.nip") == ""
    assert wizard.focusWidget() is sig.nips[SignatoryRole.KEPALA_DINAS]
    qtbot.keyClicks(sig.nips[SignatoryRole.KEPALA_DINAS], NIP_KEPALA[-1])
    assert not label.isVisible()  # typing again clears the message
    _enter(qtbot, wizard)
    assert wizard.currentId() == wizard.ADMIN

    admin = wizard.admin_page
    _type(qtbot, admin.full_name_edit, "Rina Kusumawati")
    _type(qtbot, admin.password_edit, "pendek")
    _type(qtbot, admin.repeat_edit, "pendek1")
    _enter(qtbot, wizard)
    assert wizard.currentId() == wizard.ADMIN
    assert admin.errors.text("admin.kata_sandi") == "Kata sandi minimal 8 karakter."
    assert admin.errors.text("admin.ulangi") == "Kedua kata sandi tidak sama."
    _fill_admin(qtbot, wizard)
    _enter(qtbot, wizard)
    assert wizard.currentId() == wizard.FUNDS

    page = wizard.funds_page
    assert page.full_name_edit.text() == "Sri Wahyuningsih, S.E."  # from the signatory
    assert page.nip_edit.text() == NIP_BENDAHARA
    _type(qtbot, page.amounts["BTT"], "2000000000")
    assert page.amounts["BTT"].text() == "2.000.000.000"
    _type(qtbot, page.references["BTT"], "SK Bupati Bantul 188/045/2026")
    _enter(qtbot, wizard)  # an allocation needs the bendahara's account
    assert wizard.currentId() == wizard.FUNDS
    assert "atas nama bendahara" in page.errors.text("akun_bendahara.kata_sandi")
    _type(qtbot, page.password_edit, "Bendahara2026")
    _type(qtbot, page.repeat_edit, "Bendahara2026")
    _enter(qtbot, wizard)
    assert wizard.currentId() == wizard.SUMMARY
    summary = wizard.summary_page.text.text()
    assert "Rp2.000.000.000" in summary and "PEMERINTAH KABUPATEN BANTUL" in summary
    with empty_db.read() as s:
        assert users.count_users(s) == 0  # still nothing written
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "Selesai"

    _enter(qtbot, wizard)  # Finish
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.actor is not None
    assert (wizard.actor.username, wizard.actor.role) == ("admin", Role.ADMIN)
    with empty_db.read() as s:
        info = office.get_office(s)
        assert (info.name, info.kabupaten_code, info.city) == ("DINAS SOSIAL", "34.02", "Bantul")
        sigs = {x.role: x.nip for x in office.list_signatories(s)}
        assert sigs == {
            SignatoryRole.KEPALA_DINAS: NIP_KEPALA,
            SignatoryRole.BENDAHARA: NIP_BENDAHARA,
        }
        accounts = {u.username: u.role for u in users.list_users(s, SYSTEM)}
        assert accounts == {"admin": Role.ADMIN, "bendahara": Role.BENDAHARA}
        assert funds.balance(s, "BTT").balance == 2_000_000_000
        assert funds.balance(s, "HONOR").balance == 0
        steps = [
            (e.username, e.action)
            for e in s.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars()
        ]
    assert ("bendahara", "allocate") in steps
    assert steps[-1] == ("admin", "login")  # the admin is signed in like any other login


def test_escape_asks_and_nothing_is_written(qtbot, wizard, empty_db, monkeypatch):
    asked = []
    monkeypatch.setattr(wizard, "confirm_cancel", lambda: asked.append(1) or False)
    _enter(qtbot, wizard)
    _fill_office(qtbot, wizard)
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Escape)
    assert asked == [1] and wizard.isVisible()  # "Lanjutkan mengisi"
    assert wizard.office_page.name_edit.text() == "DINAS SOSIAL"
    monkeypatch.setattr(wizard, "confirm_cancel", lambda: True)
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    assert wizard.result() == QDialog.DialogCode.Rejected
    with empty_db.read() as s:
        assert users.count_users(s) == 0
        assert office.get_office(s).name == ""


def test_a_failed_finish_keeps_the_wizard_and_writes_nothing(qtbot, wizard, empty_db, monkeypatch):
    real = setup.first_run

    def fails_late(session, data, **kwargs):
        real(session, data, **kwargs)
        raise RuntimeError("disk penuh")

    monkeypatch.setattr(setup, "first_run", fails_late)
    _enter(qtbot, wizard)
    _fill_office(qtbot, wizard)
    _enter(qtbot, wizard)
    _fill_signatories(qtbot, wizard)
    _enter(qtbot, wizard)
    _fill_admin(qtbot, wizard)
    _enter(qtbot, wizard)
    _enter(qtbot, wizard)  # funds: no allocation, no bendahara account
    assert wizard.currentId() == wizard.SUMMARY
    _enter(qtbot, wizard)
    assert wizard.isVisible() and wizard.actor is None
    assert "disk penuh" in wizard.summary_page.message.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    with empty_db.read() as s:
        assert users.count_users(s) == 0


def test_logo_png_or_jpg_and_nothing_else(qtbot, wizard, tmp_path):
    page = wizard.office_page
    jpg = tmp_path / "logo.jpg"
    image = QImage(120, 120, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkBlue)
    assert image.save(str(jpg), "JPG")
    assert page.set_logo_file(jpg)
    assert page.logo_png is not None and page.logo_png.startswith(b"\x89PNG\r\n\x1a\n")
    text = tmp_path / "logo.png"
    text.write_text("bukan gambar")
    assert not page.set_logo_file(text)
    assert page.errors.text("kantor.logo") == "File ini bukan gambar PNG atau JPG."
    assert page.logo_png is not None  # the good one stays


@pytest.fixture
def small_demo(monkeypatch, tmp_path) -> Path:
    path = tmp_path / "data" / "demo.db"
    monkeypatch.setattr(wizard_module, "DEMO_HOUSEHOLDS", 50)
    monkeypatch.setattr(wizard_module, "demo_database_path", lambda: path)
    return path


def test_demo_choice_builds_the_demo_and_leaves_the_office_database_empty(
    qtbot, wizard, empty_db, small_demo
):
    qtbot.keyClick(wizard.welcome_page.demo_radio, Qt.Key.Key_Space)
    assert wizard.welcome_page.wants_demo()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.text() == "Buka demo" and next_button.isVisible()
    _enter(qtbot, wizard)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.actor is None
    demo_db = wizard.demo_database
    assert demo_db is not None and demo_db.path == small_demo.resolve()
    try:
        with demo_db.read() as s:
            names = {u.username for u in users.list_users(s, SYSTEM)}
            assert names == {"admin", "operator", "bendahara", "kepala", "auditor"}
            assert users.authenticate(s, "admin", "demo", record=False).ok
            assert office.get_office(s).kabupaten_code == "34.02"
    finally:
        demo_db.dispose()
    assert "kata sandi semuanya: demo" in wizard.demo_hint()
    with empty_db.read() as s:
        assert users.count_users(s) == 0  # the office database waits for its own setup


def test_demo_is_reused_and_a_cancelled_build_leaves_no_file(
    qtbot, empty_db, runner, small_demo, monkeypatch
):
    monkeypatch.setattr(wizard_module.DemoProgress, "cancelled", lambda self: True)
    first = _open_wizard(qtbot, empty_db, runner)
    first.welcome_page.demo_radio.setChecked(True)
    _enter(qtbot, first)
    assert first.isVisible() and first.demo_database is None
    assert first.welcome_page.message.text().startswith("Pembuatan data demo dibatalkan")
    assert not small_demo.exists()

    monkeypatch.setattr(wizard_module.DemoProgress, "cancelled", lambda self: False)
    _enter(qtbot, first)  # try again: built
    qtbot.waitUntil(lambda: not first.isVisible())
    assert first.demo_result is not None and not first.demo_result.already
    first.demo_database.dispose()

    again = _open_wizard(qtbot, empty_db, runner)
    again.welcome_page.demo_radio.setChecked(True)
    _enter(qtbot, again)
    qtbot.waitUntil(lambda: not again.isVisible())
    assert again.demo_result is not None and again.demo_result.already
    again.demo_database.dispose()


# --- tagana-desk gui ----------------------------------------------------------------------


@pytest.fixture
def gui_calls(monkeypatch):
    """``tagana-desk gui`` in this process with the dialogs closing at once; records which
    dialog was shown."""
    from tagana_desk.ui import app as app_module
    from tagana_desk.ui.login import LoginDialog

    shown: list[str] = []

    def wizard_exec(self):
        shown.append("wizard")
        return QDialog.DialogCode.Rejected

    def login_exec(self):
        shown.append("login")
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(FirstRunWizard, "exec", wizard_exec)
    monkeypatch.setattr(LoginDialog, "exec", login_exec)
    monkeypatch.setattr(app_module, "install_excepthook", lambda **_kw: None)
    # The test application is configured once (conftest); styling it again while earlier tests'
    # wizards still exist crashes Qt (QWizard and setStyle), which the real program never does.
    monkeypatch.setattr(app_module, "_application", QApplication.instance)
    return shown


def test_gui_on_a_missing_database_file_opens_the_wizard(tmp_path, gui_calls):
    from tagana_desk.cli import main

    path = tmp_path / "belum" / "ada" / "tagana-desk.db"
    assert main(["--db", str(path), "gui"]) == 0
    assert gui_calls == ["wizard"]
    db = open_database(str(path))
    try:
        assert migrate.schema_info(db).state is migrate.SchemaState.CURRENT
    finally:
        db.dispose()
    # Cancelled: still no users, so the next start opens the wizard again.
    assert main(["--db", str(path)]) == 0
    assert gui_calls == ["wizard", "wizard"]


def test_gui_on_a_database_with_users_opens_the_login(sqlite_url, gui_calls):
    from tagana_desk.cli import main

    assert main(["--db", sqlite_url, "gui"]) == 0
    assert gui_calls == ["login"]


def test_smoke_on_an_empty_database_fails_with_one_line(tmp_path, empty_db, capsys):
    from tagana_desk.cli import main

    assert main(["--db", str(tmp_path / "kantor.db"), "gui", "--smoke"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("Galat: ")
    assert "belum disiapkan" in err


def test_after_finish_the_main_window_opens_as_the_new_admin(tmp_path, gui_calls, monkeypatch):
    from tagana_desk.cli import main
    from tagana_desk.services.context import Actor
    from tagana_desk.ui import main_window

    admin = Actor(1, "rina", Role.ADMIN, "Rina Kusumawati")
    opened: list[Actor] = []

    def finished(self):
        self.actor = admin
        return QDialog.DialogCode.Accepted

    class Window:
        def __init__(self, ctx):
            opened.append(ctx.actor)

        def show(self):
            QTimer.singleShot(0, QApplication.instance().quit)  # app.exec() ends at once

    monkeypatch.setattr(FirstRunWizard, "exec", finished)
    monkeypatch.setattr(main_window, "MainWindow", Window)  # imported by app when needed
    assert main(["--db", str(tmp_path / "baru.db")]) == 0
    assert opened == [admin]
    assert gui_calls == []  # no login in between


def test_after_the_demo_the_login_of_the_demo_opens(tmp_path, gui_calls, monkeypatch):
    from tagana_desk.cli import main
    from tagana_desk.ui.login import LoginDialog

    demo_file = tmp_path / "demo.db"
    seen: list[tuple[str, str, str]] = []

    def demo_built(self):
        self.demo_database = open_database(str(demo_file), create=True)
        return QDialog.DialogCode.Accepted

    def login_exec(self):
        seen.append((self.db.display_name, self.username_edit.text(), self.hint_label.text()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(FirstRunWizard, "exec", demo_built)
    monkeypatch.setattr(LoginDialog, "exec", login_exec)
    assert main(["--db", str(tmp_path / "kantor.db"), "gui"]) == 0
    [(database, username, hint)] = seen
    assert database == str(demo_file.resolve()) and username == "admin"
    assert "kata sandi semuanya: demo" in hint
