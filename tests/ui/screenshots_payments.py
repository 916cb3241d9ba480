"""Screenshots of Penyaluran, the receipt dialogs and Pengaturan → Jenis Bantuan.

Called from ``tests.ui.screenshots``. Builds its own database, because it needs a fund that is
short: a flood in Palbapang (24 households: RB, RS, RR, terendam, undamaged), a house fire in
Trirenggo with a death, BTT with Rp150.000.000, SEMBAKO paid to the flood by batch, JADUP paid to
a few displaced households, a santunan and a building-materials package waiting for the kepala,
a voided receipt and an operator's draft. Saves:

``penyaluran-pembayaran.png``, ``penyaluran-bayar-kk.png`` (the computation),
``penyaluran-bayar-kk-alasan.png`` (a manual amount refused without a reason),
``penyaluran-kelompok.png`` (bayar / persetujuan / lewati and the shortfall),
``penyaluran-kelompok-cukup.png``, ``penyaluran-persetujuan.png``,
``penyaluran-persetujuan-tolak.png``, ``penyaluran-kuitansi.png``,
``penyaluran-batalkan.png``, ``kuitansi-pratinjau.png``, ``periksa-kuitansi-asli.png``,
``periksa-kuitansi-palsu.png``, ``pengaturan-jenis-bantuan.png``, ``pengaturan-tarif-baru.png``
and ``pengaturan-jenis-bantuan-bendahara.png``.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

FLOOD = "Banjir luapan Sungai Winongo di Palbapang"
FIRE = "Kebakaran rumah warga di Trirenggo"
#: Damage of the flood's households, in registration order.
FLOOD_DAMAGE = ["RB"] * 3 + ["RS"] * 5 + ["RR"] * 6 + ["TERENDAM"] * 8 + ["NONE"] * 2


def build_payment_database(path: Path):
    """Users, office, logo, signatories; BTT Rp150.000.000; two incidents with households."""
    from tagana_desk.db import migrate
    from tagana_desk.db.engine import open_database
    from tagana_desk.domain import regions
    from tagana_desk.domain.enums import Role
    from tagana_desk.services import funds, households, incidents, office, setup, users
    from tagana_desk.services.context import SYSTEM, Actor
    from tagana_desk.services.demo_people import DUSUN, IdentityMaker
    from tests.ui.screenshots import PASSWORD, SIGNATORIES, USERS, _logo_png

    db = open_database(str(path), create=True)
    migrate.upgrade(db)
    with db.write() as s:
        setup.initialize(s, "admin", PASSWORD)
        users.update_user(s, SYSTEM, "admin", full_name="Bagus Prasetyo")
        for username, role, name in USERS:
            users.create_user(s, SYSTEM, username, PASSWORD, Role(role), full_name=name)
    with db.read() as s:
        actors = {
            u.username: Actor(u.id, u.username, u.role, u.full_name)
            for u in users.list_users(s, SYSTEM)
        }
    admin, operator = actors["admin"], actors["operator"]
    with db.write() as s:
        office.update_office(
            s, admin, government="PEMERINTAH KABUPATEN BANTUL", name="DINAS SOSIAL",
            kabupaten_code="34.02", address="Jl. Lingkar Timur, Manding, Trirenggo, Bantul 55714",
            phone="(0274) 367123", email="dinsos@bantulkab.go.id", city="Bantul",
        )  # fmt: skip
        office.set_logo(s, admin, _logo_png())
        for role, name, nip, title in SIGNATORIES:
            office.save_signatory(s, admin, role=role, name=name, nip=nip, title=title)
    today = dt.date.today()
    with db.write() as s:
        funds.allocate(
            s, actors["bendahara"], "BTT", 150_000_000, "SK Bupati 188/123/2026",
            on=today.replace(day=1), source="APBD Kabupaten Bantul (BTT)",
        )  # fmt: skip

    rng = random.Random(11)
    people = IdentityMaker(rng)
    now = dt.datetime.now().replace(microsecond=0)
    ids: dict[str, tuple[int, list[int]]] = {}
    kec = "34.02.08"
    desas = regions.children(kec)
    for title, desa, days, damages in (
        (FLOOD, desas[0], 3, FLOOD_DAMAGE),
        (FIRE, desas[3], 10, ["RB", "RB"]),
    ):
        with db.write() as s:
            info = incidents.create_incident(
                s, operator,
                incidents.IncidentInput(
                    type="banjir" if title == FLOOD else "kebakaran", title=title,
                    occurred_at=now - dt.timedelta(days=days, hours=2), desa_code=desa.code,
                    place=f"Padukuhan {rng.choice(DUSUN)}", source="Laporan Kalurahan",
                    displaced=30 if title == FLOOD else 7, houses_rb=damages.count("RB"),
                    houses_rs=damages.count("RS"), houses_rr=damages.count("RR"),
                    houses_flooded=damages.count("TERENDAM"), deaths=1 if title == FIRE else 0,
                ),
            )  # fmt: skip
            household_ids = []
            for n, damage in enumerate(damages):
                name, nik, _birth, _female = people.person(kec, today)
                casualties = ()
                if title == FIRE and n == 0:
                    casualties = (households.CasualtyInput("death", "Mbah Karto Suwito"),)
                data = households.HouseholdInput(
                    head_name=name, nik=nik, no_kk=people.no_kk(kec, dt.date(2015, 3, 2)),
                    desa_code=desa.code, dusun=rng.choice(DUSUN), rt=str(rng.randint(1, 9)),
                    rw=str(rng.randint(1, 4)), persons=rng.choice((2, 3, 3, 4, 4, 5, 6)),
                    damage=damage,
                    displaced=damage in ("RB", "RS") or (damage == "TERENDAM" and n % 2 == 0),
                    casualties=casualties,
                )  # fmt: skip
                household_ids.append(households.add_household(s, operator, info.id, data).id)
        ids[title] = (info.id, household_ids)
    return db, actors, ids


def pay_some(db, actors, ids) -> dict[str, str]:
    """What the desk paid so far; returns a few receipt numbers for the shots."""
    from tagana_desk.services import aid, disbursements, receipts

    bendahara, operator = actors["bendahara"], actors["operator"]
    flood, flood_households = ids[FLOOD]
    _fire, fire_households = ids[FIRE]
    with db.write() as s:
        sembako = disbursements.disburse_batch(s, bendahara, flood, "SEMBAKO")
    numbers = {"sembako": sembako.receipts[0]}
    jadup = []
    for hid in flood_households[:3]:  # JADUP for the RB households, one by one
        with db.write() as s:
            jadup.append(disbursements.pay_household(s, bendahara, hid, "JADUP").receipt_number)
    numbers["jadup"] = jadup[0]
    with db.write() as s:
        disbursements.pay_household(s, bendahara, fire_households[0], "SANTUNAN_MENINGGAL")
    with db.write() as s:
        disbursements.pay_household(s, bendahara, fire_households[1], "BAHAN_RUMAH")
    with db.write() as s:
        paid = disbursements.pay_household(s, bendahara, fire_households[1], "ISI_HUNIAN")
    numbers["isi_hunian"] = paid.receipt_number
    with db.write() as s:
        receipts.void(s, bendahara, jadup[1], "Jumlah jiwa salah, dibayar ulang")
    numbers["voided"] = jadup[1]
    with db.write() as s:
        disbursements.pay_household(s, operator, flood_households[10], "FAMILY_KIT")
    with db.write() as s:
        receipts.documents_for_print(s, bendahara, [numbers["isi_hunian"]], record=True)
    with db.write() as s:  # a new rate from next month: scheduled
        first_next = (dt.date.today().replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        aid.set_rate(s, actors["admin"], "SEMBAKO", first_next, 275_000)
    return numbers


def _wait(msecs: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(msecs, loop.quit)
    loop.exec()


def payment_shots(
    app: QApplication, out: Path, tmp: Path, save: Callable[[QWidget, Path], None],
    settle: Callable[..., None],
) -> None:  # fmt: skip
    from tagana_desk.services import receipts
    from tagana_desk.ui.context import DeskContext
    from tagana_desk.ui.main_window import MainWindow
    from tagana_desk.ui.tasks import SyncTaskRunner
    from tests.ui.screen import HEIGHT, WIDTH

    db, actors, ids = build_payment_database(tmp / "penyaluran.db")
    runner = SyncTaskRunner()
    try:
        numbers = pay_some(db, actors, ids)
        flood, flood_households = ids[FLOOD]

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

        # --- Pembayaran, the pay-one dialog, the batch
        window = window_for("bendahara", MainWindow.PENYALURAN)
        page = window.payments_page
        page.select_incident(flood)
        page.payment_tab.select_household(flood_households[3])
        settle(app)
        save(window, out / "penyaluran-pembayaran.png")

        dialog = page.open_pay_dialog()
        dialog.select_aid("JADUP")
        settle(app)
        save(dialog, out / "penyaluran-bayar-kk.png")
        dialog.manual_edit.setValue(750_000)
        dialog.pay()
        settle(app)
        save(dialog, out / "penyaluran-bayar-kk-alasan.png")
        dialog.reject()

        batch = page.open_batch_dialog()
        batch.select_aid("BAHAN_RUMAH")
        settle(app)
        save(batch, out / "penyaluran-kelompok.png")
        batch.select_aid("JADUP")
        settle(app)
        save(batch, out / "penyaluran-kelompok-cukup.png")
        batch.reject()

        # --- Kuitansi: every incident, paid / pending / voided / draft; a void; the preview
        page.tabs.setCurrentIndex(page.RECEIPTS)
        page.receipts_tab.all_check.setChecked(True)
        page.receipts_tab.select_number(numbers["isi_hunian"])
        settle(app)
        save(window, out / "penyaluran-kuitansi.png")
        void = page.receipts_tab.void_selected()
        void.reason_edit.setText("Nama penerima salah ketik")
        settle(app)
        save(void, out / "penyaluran-batalkan.png")
        void.reject()
        preview = page.open_receipt_preview([numbers["jadup"]])
        _wait(800)  # QPdfView renders its pages on a worker thread
        save(preview, out / "kuitansi-pratinjau.png")
        preview.reject()
        settle(app)

        # --- Periksa kuitansi
        verify = window.open_verify_dialog()
        with db.read() as s:
            row = receipts.get_receipt(s, actors["bendahara"], numbers["jadup"])
            code = receipts.qr_text(s, row.number, row.amount, row.issue_date)
        verify.code_edit.setText(code)
        verify.verify()
        settle(app)
        save(verify, out / "periksa-kuitansi-asli.png")
        verify.code_edit.setText(code.replace(f"|{row.amount}|", f"|{row.amount * 10}|"))
        verify.verify()
        settle(app)
        save(verify, out / "periksa-kuitansi-palsu.png")
        verify.reject()
        done(window)

        # --- Persetujuan (kepala)
        window = window_for("kepala", MainWindow.PENYALURAN)
        page = window.payments_page
        page.tabs.setCurrentIndex(page.APPROVALS)
        page.approvals_tab.table.selectRow(0)
        settle(app)
        save(window, out / "penyaluran-persetujuan.png")
        reject = page.approvals_tab.reject_selected()
        reject.reason_edit.setText("RAB")
        reject.confirm()
        settle(app)
        save(reject, out / "penyaluran-persetujuan-tolak.png")
        reject.reject()
        done(window)

        # --- Pengaturan → Jenis Bantuan
        for username, name in (
            ("admin", "pengaturan-jenis-bantuan.png"),
            ("bendahara", "pengaturan-jenis-bantuan-bendahara.png"),
        ):
            window = window_for(username, MainWindow.PENGATURAN)
            settings = window.settings_page
            settings.tabs.setCurrentWidget(settings.aid_types_tab)
            settings.aid_types_tab.select("SEMBAKO" if username == "admin" else "BAHAN_RUMAH")
            settle(app)
            save(window, out / name)
            if username == "admin":
                settings.aid_types_tab.select("BAHAN_RUMAH")
                rate = settings.aid_types_tab.open_rate_dialog()
                rate.damage_combo.setCurrentIndex(1)
                rate.amount_edit.setValue(12_500_000)
                settle(app)
                save(rate, out / "pengaturan-tarif-baru.png")
                rate.reject()
            done(window)
    finally:
        db.dispose()
