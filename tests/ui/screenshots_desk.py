"""Screenshots of the incident detail's Penyaluran and Tagana tabs, a person's history with their
payments, the DTKS/DTSEN import report, the idle lock and the restore confirmation.

Called from ``tests.ui.screenshots``. Uses the Penyaluran database (``screenshots_payments``:
a flood in Palbapang and a house fire, paid, voided, awaiting approval and drafted aid), adds
three Tagana volunteers deployed to the flood and registers one flood household in the fire too
(paid there as well). Saves:

``kejadian-penyaluran.png``, ``kejadian-tagana.png``, ``penerima-riwayat-bantuan.png``,
``impor-dtks-laporan.png``, ``kunci-layar.png`` (the covered window with the lock dialog, a
wrong password tried) and ``pulihkan-konfirmasi.png``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

VOLUNTEERS = (
    ("Heri Purnomo", "Evakuasi warga", 0, 2),
    ("Siti Aminah", "Dapur umum", 0, 3),
    ("Bambang Wijanarko", "Asesmen kerusakan rumah", 1, 2),
)


def _prepare(db, actors, ids, tmp: Path) -> dict[str, object]:
    """Volunteers deployed to the flood; the first flood household also hit by the fire."""
    from tagana_desk.db.backup import backup_sqlite
    from tagana_desk.services import disbursements, households, volunteers
    from tagana_desk.services.volunteers import VolunteerInput
    from tests.ui.screenshots_payments import FIRE, FLOOD

    operator, bendahara = actors["operator"], actors["bendahara"]
    flood, flood_households = ids[FLOOD]
    fire, _fire_households = ids[FIRE]
    today = dt.date.today()
    for serial, (name, role, offset, days) in enumerate(VOLUNTEERS, start=1):
        with db.write() as s:
            info = volunteers.save_volunteer(s, operator, VolunteerInput(
                name=name, nik=f"3402081507{88 + serial:02d}{serial:04d}", type_code="TAGANA",
                joined_on=dt.date(2023, 2, 1), nia=f"34.02.08.{serial:04d}",
                level=("muda", "madya", "utama")[serial - 1], kecamatan_code="34.02.08",
                phone=f"08123456{serial:04d}",
            ))  # fmt: skip
            start = today - dt.timedelta(days=3 - offset)
            volunteers.deploy(s, operator, info.id, flood, start,
                              start + dt.timedelta(days=days - 1), role)  # fmt: skip
    person = flood_households[0]
    with db.read() as s:
        data = households.input_for_edit(s, bendahara, person)
        name = households.get_household(s, bendahara, person).row.head_name
    with db.write() as s:
        again = households.add_household(
            s, operator, fire, dataclasses.replace(data, registered_on=today)
        )  # fmt: skip
    with db.write() as s:
        disbursements.pay_household(s, bendahara, again.id, "SEMBAKO")
    backup = backup_sqlite(db.path, tmp / "cadangan-senin.db")
    return {"flood": flood, "person": name, "backup": backup}


def _extract(db, actors, ids, path: Path) -> Path:
    """A DTSEN extract of Palbapang: some flood households by NIK or No. KK, other people, and
    the usual mistakes (a NIK typed as a number, a short one, a bad desil)."""
    from openpyxl import Workbook

    from tagana_desk.services import households
    from tests.ui.screenshots_payments import FLOOD

    bendahara = actors["bendahara"]
    rows: list[list[object]] = [
        ["DATA TERPADU SOSIAL EKONOMI NASIONAL (DTSEN) — KALURAHAN PALBAPANG"],
        ["Sumber: Pusdatin Kemensos, Oktober 2026"],
        [],
        ["No", "NIK", "Nama", "No. KK", "Alamat", "Desil Nasional"],
    ]
    _flood, flood_households = ids[FLOOD]
    with db.read() as s:
        found = [households.input_for_edit(s, bendahara, h) for h in flood_households[:14]]
    n = 0
    for i, data in enumerate(found):
        n += 1
        if i % 3 == 2:  # a family member: listed by the No. KK only
            rows.append([n, f"340208{41 + i:02d}0390{i:04d}", "Anggota keluarga",
                         str(data.no_kk), "Palbapang", (i % 4) + 1])  # fmt: skip
        else:
            rows.append(
                [n, str(data.nik), data.head_name, str(data.no_kk), "Palbapang", (i % 4) + 1]
            )
    n += 1
    rows.append([n, int(str(found[0].nik)), found[0].head_name, None, "Palbapang", 1])
    n += 1
    rows.append([n, "34020815068", "Sukiyem", None, "Palbapang", 2])
    n += 1
    rows.append([n, "3402084107790012", "Ngatinah", "3402080101150099", "Palbapang", 12])
    n += 1
    rows.append([n, "3402083105820003", "Wagiyo", "34020801", "Palbapang", 3])
    rows.append([])
    rows.append(["JUMLAH", None, None, None, None, n])
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "DTSEN"
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                sheet.cell(row=r, column=c, value=value)
    workbook.save(path)
    return path


def _composite(window: QWidget, dialog: QWidget) -> QPixmap:
    """The window as the desk sees it, with a dialog centred over it."""
    shot = window.grab()
    over = dialog.grab()
    painter = QPainter(shot)
    corner = QPoint((shot.width() - over.width()) // 2, (shot.height() - over.height()) // 2)
    painter.drawPixmap(corner, over)
    painter.end()
    return shot


def desk_shots(
    app: QApplication, out: Path, tmp: Path, save: Callable[[QWidget, Path], None],
    settle: Callable[..., None],
) -> None:  # fmt: skip
    from tagana_desk.ui.context import DeskContext
    from tagana_desk.ui.main_window import MainWindow
    from tagana_desk.ui.tasks import SyncTaskRunner
    from tests.ui.screen import HEIGHT, WIDTH
    from tests.ui.screenshots_payments import build_payment_database, pay_some

    db, actors, ids = build_payment_database(tmp / "meja.db")
    runner = SyncTaskRunner()
    try:
        pay_some(db, actors, ids)
        facts = _prepare(db, actors, ids, tmp)

        def window_for(username: str, page: int) -> MainWindow:
            window = MainWindow(DeskContext(db, actors[username], runner))
            window.resize(WIDTH, HEIGHT)
            window.show()
            window.show_page(page)
            settle(app)
            return window

        def done(window: MainWindow) -> None:
            window.close()
            window.deleteLater()
            settle(app)

        # --- the incident detail: Penyaluran and Tagana
        window = window_for("bendahara", MainWindow.KEJADIAN)
        incidents_page = window.incidents_page
        incidents_page.open_incident(int(facts["flood"]))  # type: ignore[arg-type]
        detail = incidents_page.detail
        detail.tabs.setCurrentIndex(detail.PAYMENTS)
        settle(app)
        save(window, out / "kejadian-penyaluran.png")
        done(window)

        window = window_for("operator", MainWindow.KEJADIAN)
        window.incidents_page.open_incident(int(facts["flood"]))  # type: ignore[arg-type]
        detail = window.incidents_page.detail
        detail.tabs.setCurrentIndex(detail.TAGANA)
        detail.deployment_table.selectRow(1)
        settle(app)
        save(window, out / "kejadian-tagana.png")

        # --- Penerima: a person's history with payments in two incidents
        window.show_page(MainWindow.PENERIMA)
        panel = window.recipients_page.search
        panel.search_edit.setText(str(facts["person"]).split()[-1])
        panel.search_now()
        panel.table.selectRow(0)
        panel.payments_table.selectRow(0)
        settle(app)
        save(window, out / "penerima-riwayat-bantuan.png")

        # --- DTKS/DTSEN import report
        dialog = window.recipients_page.open_dtks_import()
        assert dialog is not None
        dialog.date_check.setChecked(True)
        dialog.import_file(_extract(db, actors, ids, tmp / "DTSEN Palbapang Oktober 2026.xlsx"))
        dialog.error_table.selectRow(0)
        settle(app)
        save(dialog, out / "impor-dtks-laporan.png")
        dialog.reject()
        done(window)

        # --- the idle lock, after a wrong password
        window = window_for("bendahara", MainWindow.PENYALURAN)
        lock = window.idle_lock.lock()
        assert lock is not None
        lock.password_edit.setText("sandi-salah")
        lock.submit()
        settle(app)
        shot = _composite(window, lock)
        if not shot.save(str(out / "kunci-layar.png"), "PNG"):
            raise SystemExit("gagal menyimpan kunci-layar.png")
        print(out / "kunci-layar.png")
        lock.quit()
        settle(app)

        # --- the restore confirmation
        window = window_for("admin", MainWindow.BERANDA)
        window.database_tools.restore_from(Path(str(facts["backup"])))
        confirm = window.database_tools.confirm_dialog
        assert confirm is not None
        confirm.word_edit.setText("PULIH")
        settle(app)
        save(confirm, out / "pulihkan-konfirmasi.png")
        confirm.reject()
        done(window)
    finally:
        db.dispose()
