"""Screenshots of the desktop app on a filled database, offscreen, at 1366×768.

    .venv/bin/python -m tests.ui.screenshots --out /tmp/shots [--lang en]
    TAGANA_DESK_SCREEN=1920x1080 .venv/bin/python -m tests.ui.screenshots --out /tmp/shots-hd

Builds a throw-away database (Dinas Sosial Kabupaten Bantul: users, office profile with logo and
signatories, allocations on BTT, HONOR and CSR, a failed login, two months of incidents with their
affected households and possible duplicates) and saves ``login.png``, ``beranda.png``,
``dana.png``, ``pengaturan-kantor.png`` and ``audit.png`` (plus the allocate dialog, a page for
later and the audit refusal), Pengaturan → Pengguna with its forms (``pengaturan-pengguna.png``,
``pengguna-baru.png``, ``kata-sandi-saya.png``), and for incidents and households ``kejadian.png``,
``kejadian-baru.png``, ``kejadian-rincian.png``, ``kejadian-ringkasan.png``,
``kk-nik-salah.png``, ``kk-kk-ganda.png``, ``penerima-cari.png``, ``penerima-duplikat.png`` and
``impor-pratinjau.png``; for the Tagana page and Pengaturan → Relawan the shots listed in
``tests.ui.screenshots_tagana`` (roster, volunteer form, import, monthly stipends paid / short,
Penugasan, rates, and the payment list PDF pages as ``daftar-honor-N.png``); and for
Penyaluran, the receipt dialogs and Pengaturan → Jenis Bantuan the shots listed in
``tests.ui.screenshots_payments`` (on a database of its own, with a fund that is short); and the
incident detail's Penyaluran and Tagana tabs, a history with payments, the DTKS/DTSEN import
report, the idle lock and the restore confirmation listed in ``tests.ui.screenshots_desk``; and
Bantuan: ``panduan.png`` (the guide, F1), ``panduan-tombol.png`` (its shortcuts table),
``panduan-en.png`` (the English guide) and ``tentang.png`` (About); and the first-run wizard's
pages listed in ``tests.ui.screenshots_first_run``.
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
    add_incidents(db, actors)
    return db, actors


#: Incidents of the last two months: (days ago, hour, type, kecamatan, desa index, title,
#: households, damage mix).
INCIDENTS = (
    (52, 15, "angin_puting_beliung", "34.02.09", 1, "Angin puting beliung di {desa}", 6, "RR"),
    (41, 2, "kebakaran", "34.02.08", 3, "Kebakaran rumah warga di {desa}", 2, "RB"),
    (30, 19, "tanah_longsor", "34.02.10", 2, "Tanah longsor di {desa}", 4, "RS"),
    (21, 23, "banjir", "34.02.15", 1, "Banjir luapan Sungai Opak di {desa}", 12, "TERENDAM"),
    (13, 10, "musibah_perorangan", "34.02.13", 4, "Musibah perorangan warga {desa}", 1, "NONE"),
    (9, 16, "angin_puting_beliung", "34.02.04", 2, "Angin puting beliung di {desa}", 8, "RR"),
    (4, 6, "gempa_bumi", "34.02.05", 1, "Gempa bumi M4,8, rumah retak di {desa}", 5, "RS"),
    (2, 14, "banjir", "34.02.08", 0, "Banjir luapan Sungai Winongo di {desa}", 38, "TERENDAM"),
)


def add_incidents(db, actors) -> None:
    """Incidents with households (deterministic), a closed one, and two possible duplicates."""
    import dataclasses
    import random

    from tagana_desk.domain import regions
    from tagana_desk.domain.enums import IncidentStatus
    from tagana_desk.services import households, incidents
    from tagana_desk.services.demo_people import DUSUN, IdentityMaker

    rng = random.Random(7)
    people = IdentityMaker(rng)
    operator = actors["operator"]
    today = dt.date.today()
    now = dt.datetime.now()
    first_of_flood: households.HouseholdInput | None = None
    for days, hour, kind, kec, desa_index, title, count, damage in INCIDENTS:
        desa = regions.children(kec)[desa_index]
        when = dt.datetime.combine(today - dt.timedelta(days=days), dt.time(hour, 15))
        when = min(when, now - dt.timedelta(hours=1))
        registered = min(when.date() + dt.timedelta(days=1), today)
        with db.write() as s:
            info = incidents.create_incident(
                s, operator,
                incidents.IncidentInput(
                    type=kind, title=title.format(desa=desa.name), occurred_at=when,
                    desa_code=desa.code, place=f"Padukuhan {rng.choice(DUSUN)}",
                    source=rng.choice(("Laporan Kalurahan", "Pusdalops BPBD", "Tagana kapanewon")),
                    description=f"{count} KK terdampak menurut laporan awal.",
                    displaced=count * 3 if damage in ("RB", "TERENDAM") else 0,
                    houses_rb=count if damage == "RB" else 0,
                    houses_rs=count if damage == "RS" else 0,
                    houses_rr=count if damage == "RR" else 0,
                    houses_flooded=count if damage == "TERENDAM" else 0,
                ),
            )  # fmt: skip
            for n in range(count):
                name, nik, birth, _female = people.person(kec, today)
                persons = rng.choice((1, 2, 3, 3, 4, 4, 5, 6))
                data = households.HouseholdInput(
                    head_name=name, nik=nik, no_kk=people.no_kk(kec, dt.date(2015, 3, 2)),
                    desa_code=desa.code, dusun=rng.choice(DUSUN), rt=str(rng.randint(1, 9)),
                    rw=str(rng.randint(1, 4)), persons=persons,
                    infants=rng.choice((0, 0, 1)) if persons > 2 else 0,
                    elderly=rng.choice((0, 1)) if persons > 1 else 0,
                    damage=rng.choice((damage, damage, "RR", "RS")) if damage != "NONE" else damage,
                    displaced=damage in ("RB", "TERENDAM") and rng.random() < 0.5,
                    phone=f"08{rng.randint(11, 59)}{rng.randint(10_000_000, 99_999_999)}",
                    registered_on=registered,
                )  # fmt: skip
                if kind == "banjir" and days == 2 and n == 0 and first_of_flood is not None:
                    data = dataclasses.replace(first_of_flood, registered_on=registered)
                elif kind == "banjir" and days == 2 and n == 1 and first_of_flood is not None:
                    # The same person under a mistyped NIK: same name, desa and birth date.
                    data = dataclasses.replace(
                        first_of_flood, nik=people.retype(str(first_of_flood.nik)),
                        no_kk=people.no_kk(kec, dt.date(2016, 1, 4)), registered_on=registered,
                    )  # fmt: skip
                households.add_household(s, operator, info.id, data)
                if kind == "banjir" and days == 21 and n == 0:
                    first_of_flood = dataclasses.replace(data, desa_code=desa.code)
        if days > 40:
            with db.write() as s:
                incidents.set_status(s, operator, info.id, IncidentStatus.CLOSED,
                                     "Penanganan darurat selesai")  # fmt: skip


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


def _incident_shots(app: QApplication, window_for, db, out: Path, tmp: Path) -> None:
    """Kejadian (list, new, detail, summary), the household dialog, import, Penerima."""
    from tagana_desk.services import households, incidents
    from tagana_desk.services.context import SYSTEM
    from tagana_desk.ui.main_window import MainWindow
    from tests.ui.helpers import messy_workbook

    window = window_for("operator", MainWindow.KEJADIAN)
    page = window.incidents_page
    page.table.selectRow(0)
    _settle(app)
    _save(window, out / "kejadian.png")

    dialog = page.new_incident()
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("banjir"))
    dialog.title_edit.setText("Banjir luapan Sungai Bedog di Trirenggo")
    dialog.regions.set_value("34.02.08", "34.02.08.2004")
    dialog.place_edit.setText("Padukuhan Bejen, tepi Sungai Bedog")
    dialog.source_edit.setText("Laporan Kalurahan Trirenggo")
    dialog.description_edit.setPlainText(
        "Hujan deras sejak pukul 13.00; air setinggi 80 cm masuk ke permukiman. Warga mengungsi "
        "ke balai padukuhan."
    )
    for name, value in (("displaced", 145), ("injured", 2), ("houses_flooded", 63),
                        ("houses_rr", 4)):  # fmt: skip
        dialog.counts[name].setValue(value)
    _settle(app)
    _save(dialog, out / "kejadian-baru.png")
    dialog.reject()

    page.open_selected()
    detail = page.detail
    _settle(app)
    from PySide6.QtCore import QModelIndex

    while detail.model.canFetchMore(QModelIndex()):
        detail.model.fetchMore(QModelIndex())
    flagged = [r for r in range(detail.model.rowCount()) if detail.model.row_at(r).flagged]
    detail.table.selectRow(flagged[0] if flagged else 0)
    _settle(app)
    _save(window, out / "kejadian-rincian.png")
    detail.tabs.setCurrentIndex(3)
    _settle(app)
    _save(window, out / "kejadian-ringkasan.png")
    detail.tabs.setCurrentIndex(0)

    household = detail.add_household()
    household.name_edit.setText("Sugiyanto")
    household._changed("head_name")
    household.nik_edit.setText("3402081513750004")  # month 13: no such birth date
    household.kk_edit.setText("3402080203150044")
    household.dusun_edit.setText("Jodog")
    household.rt_edit.setText("3")
    household.rw_edit.setText("12")
    household.persons_box.setValue(2)
    household.infants_box.setValue(3)
    household.damage_combo.setCurrentIndex(household.damage_combo.findData("TERENDAM"))
    household.save()
    _settle(app)
    _save(household, out / "kk-nik-salah.png")
    household.reject()

    with db.read() as s:
        opak = next(
            i for i in incidents.list_incidents(s) if "Opak" in i.title
        )  # registered 19 days before: a row with this NIK is flagged
        # Not the first: that one is registered in this flood too (a duplicate, not a flag).
        second = households.list_households(s, SYSTEM, opak.id, limit=2)[1]
        registered = str(households.input_for_edit(s, SYSTEM, second.id).nik)
    importer = detail.open_import()
    importer.load_file(Path(messy_workbook(tmp / "Daftar KK banjir Palbapang.xlsx", registered)))
    importer.table.selectRow(2)
    _settle(app)
    _save(importer, out / "impor-pratinjau.png")
    importer.reject()
    window.close()
    window.deleteLater()

    # The same No. KK twice in one incident: a kepala may allow it, with a reason.
    window = window_for("kepala", MainWindow.KEJADIAN)
    page = window.incidents_page
    page.table.selectRow(0)
    page.open_selected()
    _settle(app)
    with db.read() as s:
        first = households.list_households(s, SYSTEM, page.detail.incident_id, limit=1)[0]
        existing = households.input_for_edit(s, SYSTEM, first.id)
    household = page.detail.add_household()
    household.name_edit.setText("Ngadiyem")
    household.nik_edit.setText(str(existing.nik)[:6] + "5508620007")
    household.kk_edit.setText(str(existing.no_kk))
    household.save()
    _settle(app)
    _save(household, out / "kk-kk-ganda.png")
    household.reject()
    window.close()
    window.deleteLater()

    window = window_for("operator", MainWindow.PENERIMA)
    recipients = window.recipients_page
    with db.read() as s:
        flag = households.list_flags(s, SYSTEM)[-1]
    recipients.search.search_edit.setText(flag.head_name.split()[-1])
    recipients.search.search_now()
    results = recipients.search.model
    niks = [results.row_at(r).nik for r in range(results.rowCount())]
    twice = next((r for r, nik in enumerate(niks) if niks.count(nik) > 1), 0)
    recipients.search.table.selectRow(twice)  # someone registered in two incidents
    _settle(app)
    _save(window, out / "penerima-cari.png")
    recipients.show_duplicates()
    recipients.duplicates.table.selectRow(0)
    _settle(app)
    _save(window, out / "penerima-duplikat.png")
    window.close()
    window.deleteLater()


def users_shots(app: QApplication, window_for, db, out: Path) -> None:
    """Pengaturan → Pengguna (``pengaturan-pengguna.png``), the new-user form with a weak password
    refused (``pengguna-baru.png``) and Berkas → Ubah kata sandi saya (``kata-sandi-saya.png``).

    Adds a user who left (inactive) and one locked out by wrong passwords, so the list shows
    every status.
    """
    from tagana_desk.domain.enums import Role
    from tagana_desk.services import users
    from tagana_desk.services.context import SYSTEM
    from tagana_desk.ui.main_window import MainWindow

    with db.write() as s:
        users.update_user(s, SYSTEM, "bendahara", nip=SIGNATORIES[2][2])
        users.update_user(s, SYSTEM, "kepala", nip=SIGNATORIES[0][2])
        users.create_user(s, SYSTEM, "dwi", PASSWORD, Role.OPERATOR, full_name="Dwi Lestari")
        users.create_user(s, SYSTEM, "heri.p", PASSWORD, Role.OPERATOR,
                          full_name="Heri Purnomo")  # fmt: skip
    with db.write() as s:
        users.update_user(s, SYSTEM, "heri.p", active=False)
    for _ in range(users.MAX_FAILED_LOGINS):
        with db.write() as s:
            users.authenticate(s, "dwi", "dwi-lupa-1")
    window = window_for("admin", MainWindow.PENGATURAN)
    page = window.settings_page
    page.tabs.setCurrentWidget(page.users_tab)
    _settle(app)
    page.users_tab.select("dwi")
    _settle(app)
    _save(window, out / "pengaturan-pengguna.png")

    dialog = page.users_tab.add_user()
    dialog.username_edit.setText("sari")
    dialog.full_name_edit.setText("Sari Handayani, S.Sos.")
    dialog.nip_edit.setText("199003122015032006")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("operator"))
    dialog.password_edit.setText("sari")
    dialog.repeat_edit.setText("sari")
    dialog.save()  # too short: refused beside the field
    _settle(app)
    _save(dialog, out / "pengguna-baru.png")
    dialog.reject()

    own = window.open_password_dialog()
    _settle(app)
    _save(own, out / "kata-sandi-saya.png")
    own.reject()
    window.close()
    window.deleteLater()
    _settle(app)


def _help_shots(app: QApplication, window_for, out: Path) -> None:
    """Bantuan → Panduan pengguna (Indonesian, its shortcuts table, English) and Tentang."""
    from tagana_desk.ui.help import GuideDialog
    from tagana_desk.ui.main_window import MainWindow

    window = window_for("operator", MainWindow.BERANDA)
    guide = window.open_guide()
    _settle(app)
    _save(guide, out / "panduan.png")
    guide.chapters.setCurrentRow(guide.chapters.count() - 1)
    _settle(app)
    _save(guide, out / "panduan-tombol.png")
    guide.close()
    english = GuideDialog(window, language="en")
    english.show()
    english.chapters.setCurrentRow(4)
    _settle(app)
    _save(english, out / "panduan-en.png")
    english.close()
    about = window.show_about()
    _settle(app)
    _save(about, out / "tentang.png")
    about.reject()
    window.close()
    window.deleteLater()
    _settle(app)


def _report_shots(app: QApplication, out: Path) -> None:
    """Beranda and Laporan on the demo year (``services.demo``, 400 KK, seed 2).

    ``beranda.png``; ``laporan.png`` (last month, reconciled); ``laporan-tersimpan.png`` (its LPJ
    saved with full NIKs); ``laporan-kepala.png`` (a closed month); ``laporan-operator.png``; and
    ``laporan-masalah.png``: a copy of the database with one receipt amount changed by raw SQL,
    so the month no longer reconciles.
    """
    import shutil

    from tagana_desk.db import migrate
    from tagana_desk.db.engine import open_database
    from tagana_desk.services import demo, users
    from tagana_desk.services.context import SYSTEM, Actor
    from tagana_desk.ui.context import DeskContext
    from tagana_desk.ui.main_window import MainWindow
    from tagana_desk.ui.pages.reports import previous_month
    from tagana_desk.ui.tasks import SyncTaskRunner
    from tests.support import raw

    runner = SyncTaskRunner()

    def window_for(db, actor: Actor, page: int) -> MainWindow:
        window = MainWindow(DeskContext(db, actor, runner))
        window.resize(WIDTH, HEIGHT)
        window.show()
        window.show_page(page)
        _settle(app)
        return window

    def done(window: MainWindow) -> None:
        window.close()
        window.deleteLater()
        _settle(app)

    with tempfile.TemporaryDirectory(prefix="tagana-shots-demo-") as tmp:
        path = Path(tmp) / "demo.db"
        db = open_database(str(path), create=True)
        try:
            migrate.upgrade(db)
            demo.build(db, households=400, seed=2)
            with db.read() as s:
                actors = {
                    u.username: Actor(u.id, u.username, u.role, u.full_name)
                    for u in users.list_users(s, SYSTEM)
                }
        finally:
            db.dispose()  # the WAL is written back: the file can be copied whole
        copy = Path(tmp) / "demo-diubah.db"
        shutil.copyfile(path, copy)
        db = open_database(str(path))
        try:
            window = window_for(db, actors["bendahara"], MainWindow.BERANDA)
            _save(window, out / "beranda.png")
            done(window)

            window = window_for(db, actors["bendahara"], MainWindow.LAPORAN)
            page = window.reports_page
            _save(window, out / "laporan.png")
            page.full_nik_check.setChecked(True)
            page.save_lpj_to(Path(tmp) / "LPJ")
            _settle(app)
            _save(window, out / "laporan-tersimpan.png")
            done(window)

            window = window_for(db, actors["kepala"], MainWindow.LAPORAN)
            page = window.reports_page
            closed = next(s.period for s in page.view.states if s.closed)
            page.select_month(closed)
            _settle(app)
            _save(window, out / "laporan-kepala.png")
            done(window)

            window = window_for(db, actors["operator"], MainWindow.LAPORAN)
            _save(window, out / "laporan-operator.png")
            done(window)
        finally:
            db.dispose()

        tampered = open_database(str(copy))
        try:
            first = f"{previous_month(dt.date.today())}-01"
            raw(
                tampered,
                "UPDATE receipt SET amount = amount + 1000 WHERE id = (SELECT MIN(id) FROM receipt"
                " WHERE disbursement_id IS NOT NULL AND issue_date >= :first)",
                first=first,
            )
            window = window_for(tampered, actors["bendahara"], MainWindow.LAPORAN)
            _save(window, out / "laporan-masalah.png")
            done(window)
        finally:
            tampered.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--lang", choices=("id", "en"), default="id",
                        help="language of the screens (default: id)")  # fmt: skip
    args = parser.parse_args(argv)
    # Read by configure_application (tagana_desk.ui.i18n.saved_language), before any widget.
    os.environ["TAGANA_DESK_LANG"] = args.lang
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
                ("bendahara", MainWindow.BERANDA, "beranda-awal.png"),
                ("bendahara", MainWindow.DANA, "dana.png"),
                ("admin", MainWindow.PENGATURAN, "pengaturan-kantor.png"),
                ("auditor", MainWindow.AUDIT, "audit.png"),
                ("operator", MainWindow.PENYALURAN, "penyaluran-operator.png"),
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
            users_shots(app, window_for, db, out)
            _incident_shots(app, window_for, db, out, Path(tmp))
            _help_shots(app, window_for, out)
            from tests.ui.screenshots_tagana import volunteer_shots

            volunteer_shots(app, window_for, db, actors, out, Path(tmp), _save, _settle)
            from tests.ui.screenshots_payments import payment_shots

            payment_shots(app, out, Path(tmp), _save, _settle)
            from tests.ui.screenshots_desk import desk_shots

            desk_shots(app, out, Path(tmp), _save, _settle)
            from tests.ui.screenshots_first_run import first_run_shots

            first_run_shots(app, out, Path(tmp), _save, _settle)
        finally:
            db.dispose()
    _report_shots(app, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
