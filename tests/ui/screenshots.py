"""Screenshots of the desktop app on a filled database, offscreen, at 1366×768.

    .venv/bin/python -m tests.ui.screenshots --out /tmp/shots

Builds a throw-away database (Dinas Sosial Kabupaten Bantul: users, office profile with logo and
signatories, allocations on BTT, HONOR and CSR, a failed login) and saves ``login.png``,
``beranda.png``, ``dana.png``, ``pengaturan-kantor.png`` and ``audit.png`` (plus the allocate
dialog, a page for later and the audit refusal).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TAGANA_DESK_HOME", tempfile.mkdtemp(prefix="tagana-shots-home-"))

from tests.ui.screen import HEIGHT, WIDTH, use_desk_screen  # noqa: E402

use_desk_screen()

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

PASSWORD = "Rahasia123"

USERS = (
    ("operator", "operator", "Rina Kurniasih"),
    ("bendahara", "bendahara", "Sri Wahyuni, S.E."),
    ("kepala", "kepala", "Drs. Agus Budiraharja, M.Si."),
    ("auditor", "auditor", "Tim Inspektorat"),
)

SIGNATORIES = (
    ("kepala_dinas", "Drs. Agus Budiraharja, M.Si.", "196805121994031007",
     "Kepala Dinas Sosial Kabupaten Bantul"),
    ("pptk", "Yuli Astuti, S.Sos.", "197607192005012009", "Kepala Bidang Perlindungan Sosial"),
    ("bendahara", "Sri Wahyuni, S.E.", "198203152009022004", "Bendahara Pengeluaran"),
)  # fmt: skip


def _logo_png() -> bytes:
    """A plain shield emblem, drawn here so the screenshot needs no image file."""
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    shield = QPainterPath()
    shield.moveTo(128, 12)
    shield.lineTo(230, 48)
    shield.cubicTo(230, 150, 190, 210, 128, 244)
    shield.cubicTo(66, 210, 26, 150, 26, 48)
    shield.closeSubpath()
    p.fillPath(shield, QColor("#1f5f8b"))
    p.setPen(QPen(QColor("#e0b43c"), 8))
    p.drawPath(shield)
    p.setPen(QColor("#ffffff"))
    font = QFont()
    font.setPixelSize(44)
    font.setBold(True)
    p.setFont(font)
    p.drawText(QRectF(26, 70, 204, 60), Qt.AlignmentFlag.AlignCenter, "DINSOS")
    font.setPixelSize(26)
    p.setFont(font)
    p.drawText(QRectF(26, 130, 204, 40), Qt.AlignmentFlag.AlignCenter, "BANTUL")
    p.setBrush(QColor("#e0b43c"))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(QPointF(128, 196), 14, 14)
    p.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def build_database(path: Path):
    """A database with a realistic few weeks of a Bantul desk."""
    from tagana_desk.db import migrate
    from tagana_desk.db.engine import open_database
    from tagana_desk.domain.enums import FundKind, Role
    from tagana_desk.services import funds, office, setup, users
    from tagana_desk.services.context import SYSTEM, Actor

    db = open_database(str(path), create=True)
    migrate.upgrade(db)
    with db.write() as s:
        setup.initialize(s, "admin", PASSWORD)
        users.update_user(s, SYSTEM, "admin", full_name="Bagus Prasetyo")
        for username, role, name in USERS:
            users.create_user(s, SYSTEM, username, PASSWORD, Role(role), full_name=name)
    with db.write() as s:
        users.authenticate(s, "admin", PASSWORD)
    with db.read() as s:
        actors = {
            u.username: Actor(u.id, u.username, u.role, u.full_name)
            for u in users.list_users(s, SYSTEM)
        }
    admin, bendahara = actors["admin"], actors["bendahara"]
    with db.write() as s:
        office.update_office(
            s, admin, government="PEMERINTAH KABUPATEN BANTUL", name="DINAS SOSIAL",
            kabupaten_code="34.02", address="Jl. Lingkar Timur, Manding, Trirenggo, Bantul 55714",
            phone="(0274) 367123", email="dinsos@bantulkab.go.id", city="Bantul",
        )  # fmt: skip
        office.set_logo(s, admin, _logo_png())
        for role, name, nip, title in SIGNATORIES:
            office.save_signatory(s, admin, role=role, name=name, nip=nip, title=title)
    with db.write() as s:
        funds.create_fund(s, bendahara, "CSR", "Donasi CSR dan masyarakat", FundKind.DISASTER)
    with db.write() as s:
        users.authenticate(s, "bendahara", "salah-ketik1")
    with db.write() as s:
        users.authenticate(s, "bendahara", PASSWORD)
    today = dt.date.today()
    first = today.replace(day=1)
    allocations = (
        ("BTT", 1_500_000_000, "SK Bupati 188/123/2026", first, "APBD Kabupaten Bantul (BTT)"),
        ("HONOR", 24_000_000, "DPA Dinas Sosial 2026 honor relawan", first, "APBD (DPA)"),
        ("CSR", 75_000_000, "PKS CSR Bank BPD DIY No. 045/PKS/2026", first, "CSR Bank BPD DIY"),
        ("BTT", 250_000_000, "SK Bupati 188/411/2026 (tambahan BTT)", today, "APBD (BTT)"),
        ("CSR", 12_500_000, "Donasi Paguyuban Pedagang Pasar Bantul", today, "Donasi"),
    )
    for code, amount, ref, on, source in allocations:
        with db.write() as s:
            funds.allocate(s, bendahara, code, amount, ref, on=on, source=source)
    return db, actors


def _settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def _save(widget: QWidget, path: Path) -> None:
    if not widget.grab().save(str(path), "PNG"):
        raise SystemExit(f"gagal menyimpan {path}")
    print(path)


def _dialog_shots(app: QApplication, window, out: Path) -> None:
    """The allocate dialog, filled in and refused (an amount of zero)."""
    dialog = window.funds_page.open_allocate_dialog()
    dialog.amount_edit.setText("0")
    dialog.reference_edit.setText("SK Bupati 188/512/2026")
    dialog.source_edit.setText("APBD Kabupaten Bantul (BTT)")
    dialog.save()
    _settle(app)
    _save(dialog, out / "dana-alokasi-ditolak.png")
    dialog.amount_edit.clear()
    dialog.amount_edit.setValue(350_000_000)
    dialog.message.hide()
    _settle(app)
    _save(dialog, out / "dana-alokasi.png")
    dialog.reject()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    from tagana_desk.ui.app import configure_application
    from tagana_desk.ui.context import DeskContext
    from tagana_desk.ui.login import LoginDialog
    from tagana_desk.ui.main_window import MainWindow
    from tagana_desk.ui.tasks import SyncTaskRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    settings_dir = tempfile.mkdtemp(prefix="tagana-shots-settings-")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, settings_dir)

    with tempfile.TemporaryDirectory(prefix="tagana-shots-") as tmp:
        db, actors = build_database(Path(tmp) / "bantul.db")
        runner = SyncTaskRunner()
        try:
            os.environ["TAGANA_DESK_USER"] = "bendahara"
            login = LoginDialog(db, runner)
            login.show()
            _settle(app)
            _save(login, out / "login.png")
            login.close()

            def window_for(username: str, page: int) -> MainWindow:
                window = MainWindow(DeskContext(db, actors[username], runner))
                window.resize(WIDTH, HEIGHT)
                window.show()
                window.show_page(page)
                _settle(app)
                return window

            shots = (
                ("bendahara", MainWindow.BERANDA, "beranda.png"),
                ("bendahara", MainWindow.DANA, "dana.png"),
                ("admin", MainWindow.PENGATURAN, "pengaturan-kantor.png"),
                ("auditor", MainWindow.AUDIT, "audit.png"),
                ("operator", MainWindow.KEJADIAN, "kejadian-nanti.png"),
                ("operator", MainWindow.AUDIT, "audit-operator.png"),
                ("operator", MainWindow.DANA, "dana-operator.png"),
                ("bendahara", MainWindow.PENGATURAN, "pengaturan-bendahara.png"),
            )
            for username, page, name in shots:
                window = window_for(username, page)
                if page == MainWindow.AUDIT and window.audit_page.allowed:
                    window.audit_page.table.selectRow(1)
                    _settle(app)
                _save(window, out / name)
                if page == MainWindow.DANA and username == "bendahara":
                    _dialog_shots(app, window, out)
                window.close()
                window.deleteLater()
                _settle(app)
        finally:
            db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
