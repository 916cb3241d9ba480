"""Screenshots of the Tagana page and Pengaturan → Relawan (called from ``tests.ui.screenshots``).

Adds to the screenshot database a roster of Bantul volunteers (Tagana and TSM, a few former
ones), rates with a deployment allowance and a tax rule, deployments to the incidents of the last
two months, and last month's stipends paid before four late joiners were added. Then saves:

``tagana-anggota.png`` (roster; the selected volunteer's deployments under it),
``tagana-relawan.png`` / ``tagana-relawan-galat.png`` (the form with a decoded NIK / a refused
one), ``tagana-impor.png`` (import preview), ``tagana-honor.png`` (last month: paid and still to
pay), ``tagana-bayar.png`` (the confirmation), ``tagana-honor-kurang.png`` (this month: the HONOR
fund short), ``tagana-honor-operator.png``, ``tagana-penugasan.png``, ``tagana-tugaskan.png``,
``pengaturan-relawan.png``, ``pengaturan-relawan-tarif.png``, ``tagana-daftar-pratinjau.png``
and the payment list PDF pages as ``daftar-honor-N.png``.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QWidget

from tests.importing.builders import write_xlsx

KAPANEWON = ("34.02.08", "34.02.16", "34.02.15", "34.02.12", "34.02.09", "34.02.10", "34.02.04")
#: (name, female, type, level) of the roster; the last four join last month, after its run.
ROSTER = (
    ("Agus Riyanto", False, "TAGANA", "utama"), ("Bambang Irawan", False, "TAGANA", "madya"),
    ("Budi Santoso", False, "TAGANA", "madya"), ("Dewi Sartika", True, "TSM", "madya"),
    ("Dwi Nugroho", False, "TAGANA", "muda"), ("Eko Prasetyo", False, "TAGANA", "utama"),
    ("Endang Lestari", True, "TSM", "utama"), ("Hartono", False, "TAGANA", "madya"),
    ("Heri Purnomo", False, "TAGANA", "muda"), ("Joko Susilo", False, "TAGANA", "muda"),
    ("Kusnadi", False, "TAGANA", "madya"), ("Marjuki", False, "TAGANA", "muda"),
    ("Muhammad Ridwan", False, "TAGANA", "muda"), ("Nur Aini", True, "TSM", "muda"),
    ("Nur Hidayat", False, "TAGANA", "madya"), ("Rini Astuti", True, "TAGANA", "muda"),
    ("Sigit Wibowo", False, "TAGANA", "utama"), ("Siti Aminah", True, "TSM", "madya"),
    ("Slamet", False, "TAGANA", "muda"), ("Sri Mulyani", True, "TAGANA", "madya"),
    ("Sugiyanto", False, "TAGANA", "muda"), ("Sumarno", False, "TAGANA", "madya"),
    ("Teguh Widodo", False, "TAGANA", "madya"), ("Tri Wahyuni", True, "TSM", "muda"),
    ("Wahyudi", False, "TAGANA", "muda"), ("Warsito", False, "TAGANA", "utama"),
    ("Yuli Handayani", True, "TSM", "madya"), ("Ahmad Fauzi", False, "TAGANA", "muda"),
    ("Umi Kulsum", True, "TAGANA", "muda"), ("Paimin", False, "TAGANA", "madya"),
    ("Sumiyati", True, "PSM", "madya"),  # PSM has no rate yet: skipped, with the reason
    # Late joiners (joined last month, after last month was paid):
    ("Gilang Ramadhan", False, "TAGANA", "muda"), ("Fitri Handayani", True, "TAGANA", "muda"),
    ("Yoga Pratama", False, "TAGANA", "muda"), ("Anisa Rahmawati", True, "TAGANA", "muda"),
)  # fmt: skip
LATE = 4
FORMER = ("Paimin", "Umi Kulsum")  # left last year: on the roster, greyed, never paid


def _first_of_last_month(today: dt.date) -> dt.date:
    return (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)


def seed(db, actors) -> dict[str, object]:
    """The roster, rates, deployments and last month's run; returns what the shots need."""
    from tagana_desk.services import stipends, volunteers
    from tagana_desk.services.volunteers import VolunteerInput

    rng = random.Random(11)
    today = dt.date.today()
    last_first = _first_of_last_month(today)
    last_month = f"{last_first:%Y-%m}"
    operator, admin, bendahara = actors["operator"], actors["admin"], actors["bendahara"]
    with db.write() as s:
        volunteers.set_rate(s, admin, "TAGANA", dt.date(2026, 1, 1), 200_000,
                            daily_allowance=50_000)  # fmt: skip
        volunteers.set_rate(s, admin, "TSM", dt.date(2026, 7, 1), 1_250_000, tax_percent="5",
                            tax_base_percent="50")  # fmt: skip
    ids: dict[str, int] = {}

    def add(index: int, name: str, female: bool, kind: str, level: str, joined: dt.date,
            left: dt.date | None = None) -> None:  # fmt: skip
        kec = KAPANEWON[index % len(KAPANEWON)]
        birth = dt.date(1975 + rng.randint(0, 25), rng.randint(1, 12), rng.randint(1, 28))
        day = birth.day + 40 if female else birth.day
        nik = f"{kec.replace('.', '')}{day:02d}{birth:%m%y}{index + 21:04d}"
        prefix = "TGN" if kind == "TAGANA" else "TSM"
        with db.write() as s:
            ids[name] = volunteers.save_volunteer(s, operator, VolunteerInput(
                name=name, nik=nik, type_code=kind, joined_on=joined, left_on=left,
                nia=f"{prefix}.3402.{index + 101:04d}", level=level, kecamatan_code=kec,
                phone=f"08{rng.randint(11, 59)}{rng.randint(1000_0000, 9999_9999)}",
                bank_name="BPD DIY", bank_account=f"001.221.{rng.randint(100000, 999999)}",
            )).id  # fmt: skip

    regular = ROSTER[:-LATE]
    for i, (name, female, kind, level) in enumerate(regular):
        joined = dt.date(2017 + i % 8, 1 + i % 12, 1 + (i * 7) % 27)
        left = dt.date(2025, 6, 30) if name in FORMER else None
        if left is not None:
            joined = dt.date(2018, 3, 1)
        add(i, name, female, kind, level, joined, left)

    # Deployments: a landslide last month, the floods this month.
    found = {i.title: i for i in incidents_list(db)}
    landslide = next(i for t, i in found.items() if t.startswith("Tanah longsor"))
    flood = next(i for t, i in found.items() if t.startswith("Banjir luapan Sungai Winongo"))
    slide_day = landslide.occurred_at.astimezone().date()
    flood_day = flood.occurred_at.astimezone().date()
    roles = ("Evakuasi", "Dapur umum", "Asesmen cepat", "Pendataan pengungsi", "Logistik")
    with db.write() as s:
        for n, name in enumerate(("Agus Riyanto", "Eko Prasetyo", "Heri Purnomo",
                                  "Sigit Wibowo", "Warsito")):  # fmt: skip
            start = slide_day + dt.timedelta(days=n % 2)
            volunteers.deploy(s, operator, ids[name], landslide.id, start,
                              start + dt.timedelta(days=2 + n % 2), roles[n])  # fmt: skip
        for n, name in enumerate(("Agus Riyanto", "Budi Santoso", "Dwi Nugroho", "Heri Purnomo",
                                  "Joko Susilo", "Rini Astuti", "Slamet")):  # fmt: skip
            start = flood_day
            end = min(today, flood_day + dt.timedelta(days=1 + n % 2))
            volunteers.deploy(s, operator, ids[name], flood.id, start, end, roles[n % 5])

    # Last month is paid, then four volunteers join late in that month.
    with db.write() as s:
        stipends.run(s, bendahara, last_month, pay_date=today)
    for j, (name, female, kind, level) in enumerate(ROSTER[-LATE:]):
        joined = last_first + dt.timedelta(days=5 + j * 3)
        add(len(regular) + j, name, female, kind, level, joined)
    with db.write() as s:
        volunteers.deploy(s, operator, ids["Gilang Ramadhan"], landslide.id,
                          max(slide_day, last_first + dt.timedelta(days=5)),
                          max(slide_day, last_first + dt.timedelta(days=5)) + dt.timedelta(days=1),
                          "Evakuasi")  # fmt: skip
    return {"ids": ids, "last_month": last_month, "landslide": landslide.id, "flood": flood.id}


def incidents_list(db):
    from tagana_desk.services import incidents

    with db.read() as s:
        return incidents.list_incidents(s, limit=50)


def volunteer_shots(
    app: QApplication, window_for: Callable, db, actors, out: Path, tmp: Path,
    save: Callable[[QWidget, Path], None], settle: Callable[[QApplication], None],
) -> None:  # fmt: skip
    from tagana_desk.ui.main_window import MainWindow
    from tagana_desk.ui.pages.volunteers import VolunteersPage

    data = seed(db, actors)
    ids: dict[str, int] = data["ids"]  # type: ignore[assignment]

    def done(window) -> None:
        window.close()
        window.deleteLater()
        settle(app)

    # --- Anggota, the form, the import
    window = window_for("operator", MainWindow.TAGANA)
    tab = window.volunteers_page.roster_tab
    heri = next(
        r for r in range(tab.model.rowCount()) if tab.model.row_at(r).name == "Heri Purnomo"
    )
    tab.table.selectRow(heri)
    settle(app)
    save(window, out / "tagana-anggota.png")
    dialog = tab.edit_volunteer()
    settle(app)
    save(dialog, out / "tagana-relawan.png")
    dialog.reject()
    dialog = tab.add_volunteer()
    dialog.name_edit.setText("Yoga Saputra")
    dialog.nik_edit.setText("3402083213900041")
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("TAGANA"))
    dialog.nia_edit.setText("TGN.3402.0140")
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData("muda"))
    dialog.kecamatan_combo.setCurrentIndex(dialog.kecamatan_combo.findData("34.02.08"))
    dialog.phone_edit.setText("0812 2700 4411")
    dialog.save()
    settle(app)
    save(dialog, out / "tagana-relawan-galat.png")
    dialog.reject()
    workbook = write_xlsx(tmp / "anggota-tagana-baru.xlsx", [
        ["DAFTAR ANGGOTA TAGANA BARU KAPANEWON SEWON"],
        ["No", "Nama", "NIK", "NIA", "Tingkat", "Kapanewon", "HP", "TMT"],
        [1, "Rizky Maulana", "3402151204990031", "TGN.3402.0201", "Muda", "Sewon",
         "081325550101", dt.datetime(2026, 2, 1)],
        [2, "Ayu Lestari", 3402155607010032, "TGN.3402.0202", "Muda", "Sewon", "081325550102",
         dt.datetime(2026, 2, 1)],
        [3, "Bayu Aji", "3402150303980033", "TGN.3402.0203", "Pemula", "Sewon", "",
         dt.datetime(2026, 2, 1)],
        [4, "Danang Wijaya", "3402151010970034", "TGN.3402.0204", "Muda", "Sewonn", "",
         "31/02/2026"],
        [5, "Heri Purnomo", None, "TGN.3402.0109", "Muda", "Bantul", "", dt.datetime(2026, 2, 1)],
        [6, "Galih Saputro", "3402152208960036", "TGN.3402.0206", "Madya", "34.02.15",
         "0856 4321 0036", "01/03/2026"],
    ])  # fmt: skip
    importer = tab.open_import_dialog()
    importer.open_file(workbook)
    importer.resize(1000, 520)
    settle(app)
    save(importer, out / "tagana-impor.png")
    importer.reject()
    done(window)

    # --- Honor bulanan: last month (paid, four late joiners to pay), this month (fund short)
    window = window_for("bendahara", MainWindow.TAGANA)
    page = window.volunteers_page
    page.show_tab(VolunteersPage.HONOR)
    stipend = page.stipend_tab
    stipend.set_period(str(data["last_month"]))
    settle(app)
    save(window, out / "tagana-honor.png")
    run = stipend.open_run_dialog()
    settle(app)
    save(run, out / "tagana-bayar.png")
    run.reject()
    preview = stipend.open_list_preview()
    preview.resize(1200, 720)
    settle(app)
    save(preview, out / "tagana-daftar-pratinjau.png")
    pdf = tmp / "daftar-honor.pdf"
    preview.save_to(pdf)
    preview.reject()
    stipend.set_period(f"{dt.date.today():%Y-%m}")
    settle(app)
    save(window, out / "tagana-honor-kurang.png")
    done(window)
    window = window_for("operator", MainWindow.TAGANA)
    window.volunteers_page.show_tab(VolunteersPage.HONOR)
    settle(app)
    save(window, out / "tagana-honor-operator.png")
    done(window)
    _pdf_pages(pdf, out)

    # --- Penugasan
    window = window_for("operator", MainWindow.TAGANA)
    page = window.volunteers_page
    page.show_tab(VolunteersPage.PENUGASAN)
    page.deployment_tab.select_incident(int(data["flood"]))  # type: ignore[arg-type]
    settle(app)
    save(window, out / "tagana-penugasan.png")
    dialog = page.deployment_tab.open_deploy_dialog()
    dialog.select_volunteer(ids["Sri Mulyani"])
    dialog.start_edit.setDate(QDate.currentDate().addDays(-1))
    dialog.role_edit.setText("Dapur umum")
    settle(app)
    save(dialog, out / "tagana-tugaskan.png")
    dialog.reject()
    done(window)

    # --- Pengaturan → Relawan
    window = window_for("admin", MainWindow.PENGATURAN)
    tabs = window.settings_page.tabs
    tabs.setCurrentWidget(window.settings_page.volunteer_types_tab)
    types = window.settings_page.volunteer_types_tab
    tsm = next(r for r in range(types.type_model.rowCount())
               if types.type_model.row_at(r).code == "TSM")  # fmt: skip
    types.type_table.selectRow(tsm)
    settle(app)
    save(window, out / "pengaturan-relawan.png")
    rate = types.open_rate_dialog()
    rate.monthly_edit.setValue(1_300_000)
    rate.tax_box.setValue(5)
    rate.base_box.setValue(50)
    settle(app)
    save(rate, out / "pengaturan-relawan-tarif.png")
    rate.reject()
    done(window)


def _pdf_pages(pdf: Path, out: Path) -> None:
    """The payment list's pages as ``daftar-honor-N.png`` at 70 dpi (pdftoppm, when installed)."""
    if shutil.which("pdftoppm") is None:
        print("pdftoppm tidak ada: halaman daftar penerimaan tidak disimpan sebagai PNG")
        return
    subprocess.run(["pdftoppm", "-png", "-r", "70", str(pdf), str(out / "daftar-honor")],
                   check=True)  # fmt: skip
    for page in sorted(out.glob("daftar-honor-*.png")):
        print(page)
