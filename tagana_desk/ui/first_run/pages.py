"""The pages of the first-run wizard: welcome, office, signatories, first admin, funds, summary.

Each page checks its own fields with the setup service's rules (``setup.first_run_problems``:
pure, no database) plus the few the form alone knows (a repeated password), and shows every
message under its field before Next. Nothing is written before Finish.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, QRegularExpression, QSettings, Qt
from PySide6.QtGui import QImage, QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from tagana_desk.domain import regions
from tagana_desk.domain.dates import format_date
from tagana_desk.domain.enums import SignatoryRole
from tagana_desk.services import setup
from tagana_desk.services.office import MAX_LOGO_BYTES
from tagana_desk.services.setup import Account, FirstAllocation, SignatoryEntry
from tagana_desk.ui.fields import FieldErrors
from tagana_desk.ui.formatting import rupiah
from tagana_desk.ui.labels import signatory_role_label
from tagana_desk.ui.widgets import (
    RupiahLineEdit,
    date_edit,
    error_label,
    note_label,
    show_message,
    to_date,
)

if TYPE_CHECKING:
    from tagana_desk.ui.first_run.wizard import FirstRunWizard

LAST_FOLDER_KEY = "ui/last_folder"
LOGO_PREVIEW = 64
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
#: Jabatan filled in for a signatory until the person types their own.
DEFAULT_TITLES = {
    SignatoryRole.PPTK: "Pejabat Pelaksana Teknis Kegiatan",
    SignatoryRole.BENDAHARA: "Bendahara Pengeluaran",
}


def _line(max_length: int, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(max_length)
    edit.setPlaceholderText(placeholder)
    return edit


def _password_line() -> QLineEdit:
    edit = _line(256)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _nip_line(placeholder: str) -> QLineEdit:
    # As the signatory dialog: digits and spaces only; the service checks the 18 digits.
    edit = _line(21, placeholder)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9 ]*"), edit))
    return edit


def _row_label(text: str) -> QLabel:
    """A grid row's label, as tall as a line edit so both share one baseline."""
    label = QLabel(text)
    label.setFixedHeight(QLineEdit().sizeHint().height())
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return label


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setSpacing(6)
    form.setHorizontalSpacing(14)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


class FormPage(QWizardPage):
    """A page whose fields carry their own red message (``FieldErrors``)."""

    #: Field keys of ``setup.first_run_problems`` that belong to this page (by prefix).
    prefixes: tuple[str, ...] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self.message = error_label()

    def desk_wizard(self) -> FirstRunWizard:
        return cast("FirstRunWizard", self.wizard())

    def field_box(self, key: str, widget: QWidget, *, stretch: bool = False) -> QWidget:
        """``widget`` with its message below; editing it again clears the message."""
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _t, k=key: self.errors.clear(k))
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _i, k=key: self.errors.clear(k))
        return self.errors.wrap(key, widget, stretch=stretch)

    def local_problems(self) -> dict[str, str]:
        """Checks only the form can make (the service never sees a repeated password)."""
        return {}

    def problems(self) -> dict[str, str]:
        found = {
            key: message
            for key, message in setup.first_run_problems(self.desk_wizard().collect()).items()
            if key.startswith(self.prefixes)
        }
        for key, message in self.local_problems().items():
            found.setdefault(key, message)
        return found

    def show_problems(self, problems: dict[str, str]) -> bool:
        """Every message beside its field, the first field focused; True when there are none."""
        self.errors.clear()
        stray = [m for k, m in problems.items() if k not in self.errors.labels]
        show_message(self.message, "\n".join(stray))
        first = None
        for key in self.errors.widgets:  # in the order of the form
            if key in problems:
                self.errors.show(key, problems[key])
                first = first or key
        if first is not None:
            self.errors.focus(first)
        return not problems

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        return self.show_problems(self.problems())


# --------------------------------------------------------------------------- 1. welcome


class WelcomePage(FormPage):
    def __init__(self, database_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Selamat datang di Tagana Desk"))
        self.setSubTitle(self.tr("Database kantor ini masih kosong. Pilih cara memulai."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(6)
        self.new_radio = QRadioButton(self.tr("Siapkan kantor baru"))
        self.new_radio.setObjectName("choiceRadio")
        self.new_radio.setChecked(True)
        self.demo_radio = QRadioButton(self.tr("Buka data demo"))
        self.demo_radio.setObjectName("choiceRadio")
        font = self.new_radio.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 1)
        for radio in (self.new_radio, self.demo_radio):
            radio.setFont(font)
        group = QButtonGroup(self)
        group.addButton(self.new_radio)
        group.addButton(self.demo_radio)
        for radio, note in (
            (self.new_radio, self.tr(
                "Isi profil kantor, penandatangan, akun admin dan alokasi awal dana BTT dan "
                "HONOR. Semuanya disimpan sekaligus saat Anda menekan Selesai; sebelum itu "
                "tidak ada yang ditulis."
            )),
            (self.demo_radio, self.tr(
                "Lihat Tagana Desk dengan data contoh: Dinas Sosial Kabupaten Bantul, satu tahun "
                "kejadian, penyaluran dan honor relawan. Data demo dibuat di file terpisah "
                "(demo.db); database kantor tetap kosong dan wizard ini muncul lagi lain kali."
            )),
        ):  # fmt: skip
            layout.addSpacing(6)
            layout.addWidget(radio)
            text = note_label(note)
            text.setContentsMargins(26, 0, 0, 0)
            layout.addWidget(text)
        layout.addSpacing(12)
        layout.addWidget(self.message)
        layout.addStretch(1)
        where = note_label(self.tr("Database kantor: {name}").format(name=database_name))
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where)

    def wants_demo(self) -> bool:
        return self.demo_radio.isChecked()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if not self.wants_demo():
            return True
        wizard = self.desk_wizard()
        if wizard.demo_database is not None:
            return True
        show_message(self.message, "")
        wizard.open_demo()
        return False


# --------------------------------------------------------------------------- 2. office


class OfficePage(FormPage):
    prefixes = ("kantor.",)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Profil kantor"))
        self.setSubTitle(
            self.tr("Dicetak di kop setiap kuitansi dan LPJ. Dapat diubah nanti di Pengaturan.")
        )
        self.logo_png: bytes | None = None
        self.kop_note = note_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        form = _form()
        self.name_edit = _line(200, self.tr("mis. DINAS SOSIAL"))
        self.province_combo = QComboBox()
        self.province_combo.setMaxVisibleItems(20)
        self.province_combo.addItem(self.tr("— pilih provinsi —"), None)
        for region in regions.children():
            self.province_combo.addItem(region.name, region.code)
        self.kabupaten_combo = QComboBox()
        self.kabupaten_combo.setMaxVisibleItems(20)
        self.kabupaten_combo.setMinimumWidth(300)
        self._fill_kabupaten(None)
        self.province_combo.currentIndexChanged.connect(
            lambda _i: self._fill_kabupaten(self.province_combo.currentData())
        )
        self.kabupaten_combo.currentIndexChanged.connect(lambda _i: self._update_kop())
        self.name_edit.textChanged.connect(lambda _t: self._update_kop())
        self.address_edit = _line(
            300, self.tr("mis. Jl. Lingkar Timur, Manding, Trirenggo, Bantul")
        )
        form.addRow(self.tr("Nama kantor"), self.field_box("kantor.nama", self.name_edit))
        form.addRow(self.tr("Provinsi"), self.field_box("kantor.provinsi", self.province_combo))
        form.addRow(
            self.tr("Kabupaten/kota"), self.field_box("kantor.kabupaten", self.kabupaten_combo)
        )
        form.addRow(self.tr("Alamat"), self.field_box("kantor.alamat", self.address_edit))

        logo_row = QWidget()
        row = QHBoxLayout(logo_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        self.logo_label = QLabel()
        self.logo_label.setFixedSize(LOGO_PREVIEW, LOGO_PREVIEW)
        self.logo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo_label.setWordWrap(True)
        row.addWidget(self.logo_label)
        side = QVBoxLayout()
        side.setSpacing(4)
        buttons = QHBoxLayout()
        self.logo_button = QPushButton(self.tr("Pilih gambar…"))
        self.logo_button.setAutoDefault(False)
        self.logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("Hapus"))
        self.remove_logo_button.setAutoDefault(False)
        self.remove_logo_button.clicked.connect(lambda: self.set_logo(None))
        buttons.addWidget(self.logo_button)
        buttons.addWidget(self.remove_logo_button)
        buttons.addStretch(1)
        side.addLayout(buttons)
        side.addWidget(
            note_label(self.tr("Opsional. PNG atau JPG, paling besar 2 MB; dicetak di kiri kop."))
        )
        row.addLayout(side, 1)
        form.addRow(self.tr("Logo"), self.field_box("kantor.logo", logo_row))
        layout.addLayout(form)

        layout.addSpacing(6)
        layout.addWidget(self.kop_note)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.set_logo(None)
        self._update_kop()

    def kabupaten_code(self) -> str | None:
        return self.kabupaten_combo.currentData()

    def kabupaten_name(self) -> str:
        code = self.kabupaten_code()
        return regions.region_name(code) or "" if code else ""

    def select_kabupaten(self, code: str) -> None:
        """Pick a kabupaten/kota by its code (and its province)."""
        self.province_combo.setCurrentIndex(max(0, self.province_combo.findData(code[:2])))
        self.kabupaten_combo.setCurrentIndex(max(0, self.kabupaten_combo.findData(code)))

    def _fill_kabupaten(self, province: str | None) -> None:
        self.kabupaten_combo.blockSignals(True)
        self.kabupaten_combo.clear()
        self.kabupaten_combo.addItem(self.tr("— pilih kabupaten/kota —"), None)
        if province:
            for region in regions.children(province):
                self.kabupaten_combo.addItem(region.name, region.code)
        self.kabupaten_combo.setEnabled(bool(province))
        self.kabupaten_combo.blockSignals(False)
        self._update_kop()

    def _update_kop(self) -> None:
        code = self.kabupaten_code()
        if not code:
            self.kop_note.setText(
                self.tr(
                    "Baris pemerintah pada kop dan kota tanda tangan diisi dari kabupaten/kota "
                    "yang dipilih."
                )
            )
            return
        name = self.name_edit.text().strip() or self.tr("(nama kantor)")
        self.kop_note.setText(
            self.tr("Kop surat: {government} — {name}. Kota tanda tangan: {city}.").format(
                government=setup.government_line(code), name=name, city=setup.signing_city(code)
            )
        )

    # --- logo
    def choose_logo(self) -> None:
        settings = QSettings()
        folder = str(settings.value(LAST_FOLDER_KEY, str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih logo kop surat"), folder,
            self.tr("Gambar PNG atau JPG (*.png *.jpg *.jpeg)"),
        )  # fmt: skip
        if path:
            settings.setValue(LAST_FOLDER_KEY, str(Path(path).parent))
            self.set_logo_file(Path(path))

    def set_logo_file(self, path: Path) -> bool:
        """Read a PNG or JPG file as the logo (a JPG is stored as PNG); False with the reason
        under the field when it cannot be used."""
        self.errors.clear("kantor.logo")
        try:
            if path.stat().st_size > 4 * MAX_LOGO_BYTES:  # don't even read a photo of 40 MB
                return self._logo_refused(self.tr("Logo terlalu besar (maks. 2 MB)."))
            data = path.read_bytes()
        except OSError as exc:
            return self._logo_refused(
                self.tr("File tidak dapat dibaca: {path} ({reason})").format(
                    path=path, reason=exc.strerror
                )
            )
        if not data.startswith(PNG_MAGIC):
            image = QImage()
            if not image.loadFromData(data):
                return self._logo_refused(self.tr("File ini bukan gambar PNG atau JPG."))
            data = _png_bytes(image)
        problem = setup.office_problems("-", "34.02", "-", data).get("kantor.logo")
        if problem:
            return self._logo_refused(problem)
        self.set_logo(data)
        return True

    def _logo_refused(self, message: str) -> bool:
        self.errors.show("kantor.logo", message)
        return False

    def set_logo(self, png: bytes | None) -> None:
        self.logo_png = png
        pixmap = QPixmap()
        if png and pixmap.loadFromData(png, "PNG"):
            self.logo_label.setPixmap(
                pixmap.scaled(
                    LOGO_PREVIEW - 6, LOGO_PREVIEW - 6, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )  # fmt: skip
        else:
            self.logo_label.setPixmap(QPixmap())
            self.logo_label.setText(self.tr("Tanpa logo"))
        self.remove_logo_button.setEnabled(png is not None)
        if png is None:
            self.errors.clear("kantor.logo")


def _png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


# --------------------------------------------------------------------------- 3. signatories


class SignatoriesPage(FormPage):
    prefixes = tuple(f"{role.value}." for role in SignatoryRole)
    ROLES = (SignatoryRole.KEPALA_DINAS, SignatoryRole.PPTK, SignatoryRole.BENDAHARA)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Penandatangan"))
        self.setSubTitle(
            self.tr(
                "Nama dan NIP dicetak di bawah tanda tangan pada kuitansi dan LPJ. NIP 18 digit; "
                "kosongkan untuk penandatangan non-PNS."
            )
        )
        self.names: dict[SignatoryRole, QLineEdit] = {}
        self.nips: dict[SignatoryRole, QLineEdit] = {}
        self.titles: dict[SignatoryRole, QLineEdit] = {}
        self._auto_titles: dict[SignatoryRole, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        for column, text in enumerate(
            ("", self.tr("Nama lengkap dan gelar"), self.tr("NIP"), self.tr("Jabatan"))
        ):
            header = QLabel(text)
            header.setObjectName("cardTitle")
            grid.addWidget(header, 0, column)
        placeholders = {
            SignatoryRole.KEPALA_DINAS: self.tr("mis. Drs. Bambang Suharto, M.Si."),
            SignatoryRole.PPTK: self.tr("boleh dikosongkan"),
            SignatoryRole.BENDAHARA: self.tr("mis. Sri Wahyuningsih, S.E."),
        }
        top = Qt.AlignmentFlag.AlignTop
        for row, role in enumerate(self.ROLES, start=1):
            required = role in setup.REQUIRED_SIGNATORIES
            label = _row_label(
                signatory_role_label(role) if required
                else self.tr("{role} (opsional)").format(role=signatory_role_label(role))
            )  # fmt: skip
            grid.addWidget(label, row, 0, top)
            self.names[role] = _line(120, placeholders[role])
            self.nips[role] = _nip_line(self.tr("18 digit"))
            self.titles[role] = _line(160)
            grid.addWidget(self.field_box(f"{role.value}.nama", self.names[role]), row, 1, top)
            grid.addWidget(self.field_box(f"{role.value}.nip", self.nips[role]), row, 2, top)
            grid.addWidget(self.field_box(f"{role.value}.jabatan", self.titles[role]), row, 3, top)
        grid.setColumnStretch(1, 5)
        grid.setColumnStretch(2, 4)
        grid.setColumnStretch(3, 5)
        grid.setColumnMinimumWidth(2, 180)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addWidget(
            note_label(
                self.tr(
                    "Kuitansi ditandatangani bendahara dan diketahui kepala dinas (bisa diganti "
                    "PPTK di Pengaturan → Kantor)."
                )
            )
        )
        layout.addWidget(self.message)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        office = self.desk_wizard().office_page
        name = " ".join(w.capitalize() for w in office.name_edit.text().split())
        kepala = " ".join(p for p in ("Kepala", name, office.kabupaten_name()) if p)
        defaults = {SignatoryRole.KEPALA_DINAS: kepala, **DEFAULT_TITLES}
        for role, text in defaults.items():
            edit = self.titles[role]
            # Fill the jabatan until the person writes their own.
            if not edit.text().strip() or edit.text() == self._auto_titles.get(role):
                edit.setText(text)
                self._auto_titles[role] = text
        self.names[SignatoryRole.KEPALA_DINAS].setFocus()

    def entries(self) -> tuple[SignatoryEntry, ...]:
        """Kepala dinas and bendahara always; the PPTK only when a name or NIP is given."""
        out = []
        for role in self.ROLES:
            name, nip = self.names[role].text().strip(), self.nips[role].text().strip()
            if role not in setup.REQUIRED_SIGNATORIES and not (name or nip):
                continue
            out.append(SignatoryEntry(role, name, nip, self.titles[role].text().strip()))
        return tuple(out)


# --------------------------------------------------------------------------- 4. admin


class AdminPage(FormPage):
    prefixes = ("admin.",)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Admin pertama"))
        self.setSubTitle(
            self.tr(
                "Admin mengatur profil kantor, pengguna dan pengaturan. Ia tidak membayar dan "
                "tidak menambah dana: itu tugas bendahara."
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        form = _form()
        self.username_edit = _line(64, self.tr("mis. admin"))
        self.username_edit.setText("admin")
        self.full_name_edit = _line(120, self.tr("mis. Rina Kusumawati"))
        self.password_edit = _password_line()
        self.repeat_edit = _password_line()
        form.addRow(
            self.tr("Nama pengguna"),
            self.field_box("admin.nama_pengguna", self.username_edit, stretch=True),
        )
        form.addRow(self.tr("Nama lengkap"), self.field_box("admin.nama", self.full_name_edit))
        form.addRow(
            self.tr("Kata sandi"),
            self.field_box("admin.kata_sandi", self.password_edit, stretch=True),
        )
        form.addRow(
            self.tr("Ulangi kata sandi"),
            self.field_box("admin.ulangi", self.repeat_edit, stretch=True),
        )
        for edit in (self.username_edit, self.password_edit, self.repeat_edit):
            edit.setMinimumWidth(280)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(
            note_label(
                self.tr(
                    "Nama pengguna: huruf kecil, angka, titik, garis bawah atau tanda hubung, "
                    "diawali huruf. Kata sandi minimal 8 karakter, berisi huruf dan angka."
                )
            )
        )
        layout.addWidget(self.message)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        (self.full_name_edit if self.username_edit.text() else self.username_edit).setFocus()

    def account(self) -> Account:
        return Account(
            self.username_edit.text().strip().lower(),
            self.full_name_edit.text().strip(),
            self.password_edit.text(),
        )

    def local_problems(self) -> dict[str, str]:
        if self.password_edit.text() != self.repeat_edit.text():
            return {"admin.ulangi": self.tr("Kedua kata sandi tidak sama.")}
        return {}


# --------------------------------------------------------------------------- 5. funds


class FundsPage(FormPage):
    prefixes = tuple(f"{code}." for code, _n, _k in setup.DEFAULT_FUNDS) + ("akun_bendahara.",)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Dana dan alokasi awal"))
        self.setSubTitle(
            self.tr(
                "Dana BTT dan HONOR dibuat otomatis. Alokasi awal boleh dikosongkan dan ditambah "
                "nanti di halaman Dana."
            )
        )
        self.amounts: dict[str, RupiahLineEdit] = {}
        self.references: dict[str, QLineEdit] = {}
        self.dates: dict[str, QWidget] = {}
        self._auto: dict[str, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        for column, text in enumerate(
            (self.tr("Dana"), self.tr("Alokasi awal (Rp)"), self.tr("Dasar alokasi"),
             self.tr("Tanggal"))
        ):  # fmt: skip
            header = QLabel(text)
            header.setObjectName("cardTitle")
            grid.addWidget(header, 0, column)
        names = {
            "BTT": self.tr("BTT — Belanja Tidak Terduga"),
            "HONOR": self.tr("HONOR — Honor relawan"),
        }
        hints = {
            "BTT": self.tr("mis. SK Bupati 188/123/2026"),
            "HONOR": self.tr("mis. DPA Dinas Sosial 2026"),
        }
        top = Qt.AlignmentFlag.AlignTop
        for row, (code, _name, _kind) in enumerate(setup.DEFAULT_FUNDS, start=1):
            label = _row_label(names.get(code, code))
            grid.addWidget(label, row, 0, top)
            self.amounts[code] = RupiahLineEdit()
            self.amounts[code].setMinimumWidth(150)
            self.references[code] = _line(setup.MAX_REFERENCE, hints.get(code, ""))
            day = date_edit()
            day.setMaximumDate(QDate.currentDate())  # an allocation is never dated ahead
            day.setMinimumWidth(120)
            self.dates[code] = day
            self.amounts[code].textChanged.connect(lambda _t: self._bendahara_needed_changed())
            grid.addWidget(self.field_box(f"{code}.jumlah", self.amounts[code]), row, 1, top)
            grid.addWidget(self.field_box(f"{code}.referensi", self.references[code]), row, 2, top)
            grid.addWidget(self.field_box(f"{code}.tanggal", day), row, 3, top)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)

        self.account_box = QGroupBox(self.tr("Akun bendahara"))
        box = QVBoxLayout(self.account_box)
        box.setSpacing(6)
        self.account_note = note_label(
            self.tr(
                "Hanya bendahara yang boleh menambah uang ke dana, jadi alokasi awal dicatat atas "
                "nama akun ini (terlihat di log audit). Wajib bila ada alokasi; tanpa alokasi "
                "boleh dikosongkan: kata sandi kosong berarti akun belum dibuat."
            )
        )
        box.addWidget(self.account_note)
        self.username_edit = _line(64, self.tr("mis. bendahara"))
        self.username_edit.setText("bendahara")
        self.full_name_edit = _line(120)
        self.nip_edit = _nip_line(self.tr("18 digit, boleh kosong"))
        self.password_edit = _password_line()
        self.repeat_edit = _password_line()
        for edit in (self.username_edit, self.nip_edit, self.password_edit, self.repeat_edit):
            edit.setMinimumWidth(240)
        pairs = QGridLayout()
        pairs.setHorizontalSpacing(14)
        pairs.setVerticalSpacing(6)
        cells = (
            (self.tr("Nama pengguna"), "akun_bendahara.nama_pengguna", self.username_edit),
            (self.tr("Kata sandi"), "akun_bendahara.kata_sandi", self.password_edit),
            (self.tr("Nama lengkap"), "akun_bendahara.nama", self.full_name_edit),
            (self.tr("Ulangi kata sandi"), "akun_bendahara.ulangi", self.repeat_edit),
            (self.tr("NIP"), "akun_bendahara.nip", self.nip_edit),
        )
        for index, (text, key, edit) in enumerate(cells):
            row, column = divmod(index, 2)
            label = _row_label(text)
            pairs.addWidget(label, row, column * 2, top)
            pairs.addWidget(self.field_box(key, edit), row, column * 2 + 1, top)
        pairs.setColumnStretch(1, 1)
        pairs.setColumnStretch(3, 1)
        box.addLayout(pairs)
        layout.addSpacing(8)
        layout.addWidget(self.account_box)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        # The bendahara signatory is usually the bendahara's account: take name and NIP over
        # until the person types something else.
        signatories = self.desk_wizard().signatories_page
        for key, edit, value in (
            ("nama", self.full_name_edit, signatories.names[SignatoryRole.BENDAHARA].text()),
            ("nip", self.nip_edit, signatories.nips[SignatoryRole.BENDAHARA].text()),
        ):
            if not edit.text().strip() or edit.text() == self._auto.get(key):
                edit.setText(value.strip())
                self._auto[key] = value.strip()
        self.amounts[setup.DEFAULT_FUNDS[0][0]].setFocus()
        self._bendahara_needed_changed()

    def _bendahara_needed_changed(self) -> None:
        needed = any(edit.value() is not None for edit in self.amounts.values())
        self.account_box.setTitle(
            self.tr("Akun bendahara (wajib: ada alokasi)") if needed
            else self.tr("Akun bendahara (opsional)")
        )  # fmt: skip

    def allocations(self) -> tuple[FirstAllocation, ...]:
        out = []
        for code, edit in self.amounts.items():
            amount = edit.value()
            if amount is None:
                continue
            day = to_date(self.dates[code].date())  # type: ignore[attr-defined]
            out.append(FirstAllocation(code, amount, self.references[code].text().strip(), day))
        return tuple(out)

    def account(self) -> Account | None:
        """The bendahara's account, or None while its password is empty."""
        if not self.password_edit.text():
            return None
        return Account(
            self.username_edit.text().strip().lower(),
            self.full_name_edit.text().strip(),
            self.password_edit.text(),
            self.nip_edit.text().replace(" ", ""),
        )

    def local_problems(self) -> dict[str, str]:
        problems = {}
        for code, edit in self.amounts.items():
            if edit.value() is None and self.references[code].text().strip():
                problems[f"{code}.jumlah"] = self.tr("Isi jumlahnya, atau kosongkan dasarnya.")
        if self.password_edit.text() and self.password_edit.text() != self.repeat_edit.text():
            problems["akun_bendahara.ulangi"] = self.tr("Kedua kata sandi tidak sama.")
        return problems


# --------------------------------------------------------------------------- 6. summary


class SummaryPage(FormPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Ringkasan"))
        self.setSubTitle(
            self.tr(
                "Periksa sekali lagi. Selesai menyimpan semuanya dalam satu langkah; bila gagal, "
                "tidak ada yang tersimpan."
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        scroll = QScrollArea()
        scroll.setObjectName("pageScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll.setWidget(self.text)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        show_message(self.message, "")
        self.text.setText(self.summary_html())

    def summary_html(self) -> str:
        """One table, a heading row per part, so every value starts in the same column."""
        wizard = self.desk_wizard()
        data = wizard.collect()
        e = escape
        rows: list[str] = []

        def heading(title: str) -> None:
            top = "0" if not rows else "12px"
            rows.append(
                f"<tr><td colspan='2' style='padding-top:{top}; padding-bottom:2px'>"
                f"<b>{e(title)}</b></td></tr>"
            )

        def row(key: str, value: str) -> None:
            rows.append(
                f"<tr><td style='color:#5f6b76; padding:1px 24px 1px 0'>{e(key)}</td>"
                f"<td style='padding:1px 0'>{e(value)}</td></tr>"
            )

        code = data.kabupaten_code
        heading(self.tr("Kantor"))
        row(self.tr("Kop surat"), f"{setup.government_line(code)} — {data.office_name}")
        row(self.tr("Kabupaten/kota"), wizard.office_page.kabupaten_name())
        row(self.tr("Alamat"), data.address)
        row(self.tr("Kota tanda tangan"), setup.signing_city(code))
        row(self.tr("Logo"), self.tr("ada") if data.logo_png else self.tr("tanpa logo"))
        heading(self.tr("Penandatangan"))
        for s in data.signatories:
            nip = self.tr("NIP {nip}").format(nip=s.nip) if s.nip else self.tr("tanpa NIP")
            row(signatory_role_label(s.role), ", ".join(p for p in (s.name, nip, s.title) if p))
        heading(self.tr("Pengguna"))
        row(self.tr("Admin"), f"{data.admin.username} — {data.admin.full_name}")
        row(
            self.tr("Bendahara"),
            f"{data.bendahara.username} — {data.bendahara.full_name}"
            if data.bendahara else self.tr("belum dibuat"),
        )  # fmt: skip
        heading(self.tr("Dana"))
        allocations = {a.fund_code: a for a in data.allocations}
        for fund_code, _name, _kind in setup.DEFAULT_FUNDS:
            a = allocations.get(fund_code)
            row(
                fund_code,
                self.tr("{amount}, {reference}, {day} (dicatat oleh {user})").format(
                    amount=rupiah(a.amount), reference=a.reference, day=format_date(a.on),
                    user=data.bendahara.username if data.bendahara else "-",
                ) if a else self.tr("tanpa alokasi awal"),
            )  # fmt: skip
        after = self.tr("Setelah disimpan, Tagana Desk terbuka dan Anda masuk sebagai {user}.")
        return (
            f"<table cellspacing='0' cellpadding='0'>{''.join(rows)}</table>"
            f"<p style='margin-top:14px; color:#5f6b76'>"
            f"{e(after.format(user=data.admin.username))}</p>"
        )

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        wizard = self.desk_wizard()
        if wizard.actor is not None:
            return True
        problems = setup.first_run_problems(wizard.collect())
        if problems:  # every page checked its own; this is the last guard before writing
            show_message(self.message, "\n".join(problems.values()))
            return False
        show_message(self.message, "")
        wizard.finish_setup()
        return False
