"""Screenshots of the first-run wizard (Persiapan pertama), offscreen, on a 1366×768 screen.

Called from ``tests.ui.screenshots``; also on its own:

    .venv/bin/python -m tests.ui.screenshots_first_run --out /tmp/shots

On a new, empty database. Saves ``persiapan-1-selamat-datang.png``, ``persiapan-1-demo.png``
(the demo chosen: Finish says "Buka demo"), ``persiapan-2-kantor.png``
(Bantul, with a logo), ``persiapan-3-penandatangan-nip-salah.png`` (a 17-digit NIP refused
beside its field), ``persiapan-3-penandatangan.png``, ``persiapan-4-admin-sandi-beda.png``
(the repeated password differs), ``persiapan-5-dana.png`` (BTT allocated, the bendahara's
account), ``persiapan-6-ringkasan.png`` and ``persiapan-demo-login.png`` (the login after the
demo choice, with its note on the demo accounts; the demo here has 40 KK).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

SIGNATORIES = (
    ("Drs. Agus Budiraharja, M.Si.", "196805121994031007"),
    ("Yuli Astuti, S.Sos.", "197607192005012009"),
    ("Sri Wahyuni, S.E.", "198203152009022004"),
)


def first_run_shots(
    app: QApplication, out: Path, tmp: Path, save: Callable[[QWidget, Path], None],
    settle: Callable[..., None],
) -> None:  # fmt: skip
    from tagana_desk.db import migrate
    from tagana_desk.db.engine import open_database
    from tagana_desk.domain.enums import SignatoryRole
    from tagana_desk.ui.first_run import wizard as wizard_module
    from tagana_desk.ui.first_run.wizard import FirstRunWizard
    from tagana_desk.ui.login import LoginDialog
    from tagana_desk.ui.tasks import SyncTaskRunner

    db = open_database(str(tmp / "kantor-baru.db"), create=True)
    runner = SyncTaskRunner()
    try:
        migrate.upgrade(db)
        wizard = FirstRunWizard(db, runner)
        wizard.show()
        settle(app)
        save(wizard, out / "persiapan-1-selamat-datang.png")

        wizard.next()
        office = wizard.office_page
        office.name_edit.setText("DINAS SOSIAL")
        office.select_kabupaten("34.02")
        office.address_edit.setText("Jl. Lingkar Timur, Manding, Trirenggo, Bantul 55714")
        logo = tmp / "logo.png"
        logo.write_bytes(_logo())
        office.set_logo_file(logo)
        settle(app)
        save(wizard, out / "persiapan-2-kantor.png")

        wizard.next()
        page = wizard.signatories_page
        for role, (name, nip) in zip(page.ROLES, SIGNATORIES, strict=True):
            page.names[role].setText(name)
            page.nips[role].setText(nip)
        page.nips[SignatoryRole.KEPALA_DINAS].setText(SIGNATORIES[0][1][:-1])
        wizard.next()  # refused: the message shows under the NIP
        settle(app)
        save(wizard, out / "persiapan-3-penandatangan-nip-salah.png")
        page.nips[SignatoryRole.KEPALA_DINAS].setText(SIGNATORIES[0][1])
        page.show_problems({})
        settle(app)
        save(wizard, out / "persiapan-3-penandatangan.png")

        wizard.next()
        admin = wizard.admin_page
        admin.full_name_edit.setText("Rina Kusumawati")
        admin.password_edit.setText("Rahasia123")
        admin.repeat_edit.setText("Rahasia124")
        wizard.next()  # refused: the passwords differ
        settle(app)
        save(wizard, out / "persiapan-4-admin-sandi-beda.png")
        admin.repeat_edit.setText("Rahasia123")

        wizard.next()
        funds = wizard.funds_page
        funds.amounts["BTT"].setValue(2_000_000_000)
        funds.references["BTT"].setText("SK Bupati Bantul No. 188/045/2026")
        funds.password_edit.setText("Bendahara2026")
        funds.repeat_edit.setText("Bendahara2026")
        settle(app)
        save(wizard, out / "persiapan-5-dana.png")

        wizard.next()
        settle(app)
        save(wizard, out / "persiapan-6-ringkasan.png")
        wizard.hide()
        wizard.deleteLater()

        # The demo choice ends at the login of demo.db.
        wizard = FirstRunWizard(db, runner)
        wizard.show()
        wizard.welcome_page.demo_radio.setChecked(True)
        settle(app)
        save(wizard, out / "persiapan-1-demo.png")
        households, user = wizard_module.DEMO_HOUSEHOLDS, os.environ.pop("TAGANA_DESK_USER", None)
        wizard_module.DEMO_HOUSEHOLDS = 40
        try:
            wizard.accept()
            settle(app)
            demo_db = wizard.demo_database
            assert demo_db is not None
            try:
                login = LoginDialog(demo_db, runner, hint=wizard.demo_hint())
                login.username_edit.setText("admin")
                login.password_edit.setFocus()
                login.show()
                settle(app)
                save(login, out / "persiapan-demo-login.png")
                login.close()
            finally:
                demo_db.dispose()
        finally:
            wizard_module.DEMO_HOUSEHOLDS = households
            if user is not None:
                os.environ["TAGANA_DESK_USER"] = user
        wizard.deleteLater()
    finally:
        db.dispose()


def _logo() -> bytes:
    from tests.ui.screenshots import _logo_png

    return _logo_png()


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("TAGANA_DESK_HOME", tempfile.mkdtemp(prefix="tagana-shots-home-"))
    from tests.ui.screen import use_desk_screen

    use_desk_screen()
    from PySide6.QtCore import QSettings

    from tagana_desk.ui.app import configure_application
    from tests.ui.screenshots import _save, _settle

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    settings_dir = tempfile.mkdtemp(prefix="tagana-shots-settings-")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, settings_dir)
    with tempfile.TemporaryDirectory(prefix="tagana-shots-first-") as tmp:
        first_run_shots(app, args.out, Path(tmp), _save, _settle)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
