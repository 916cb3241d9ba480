"""Pengaturan: the office profile (letterhead, money settings, logo, signatories), users, aid
types and volunteer types."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tagana_desk.domain import regions
from tagana_desk.domain.enums import SignatoryRole
from tagana_desk.domain.roles import Permission
from tagana_desk.services import funds, office
from tagana_desk.services.funds import FundInfo
from tagana_desk.services.office import OfficeInfo, SignatoryInfo
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.dialogs.signatory import SignatoryDialog
from tagana_desk.ui.errors import describe
from tagana_desk.ui.habits import last_folder, remember_folder
from tagana_desk.ui.i18n import LANGUAGES, current_language, save_language
from tagana_desk.ui.icons import on_accent
from tagana_desk.ui.idle_lock import MAX_IDLE_MINUTES, idle_minutes, set_idle_minutes
from tagana_desk.ui.labels import role_label, roles_with, signatory_role_label
from tagana_desk.ui.models.signatories import SignatoryTableModel
from tagana_desk.ui.pages.aid_types import AidTypesTab
from tagana_desk.ui.pages.base import Page, PageShortcuts
from tagana_desk.ui.pages.users import UsersTab
from tagana_desk.ui.pages.volunteer_types import VolunteerTypesTab
from tagana_desk.ui.tables import fit_column_width
from tagana_desk.ui.widgets import (
    RupiahLineEdit,
    error_label,
    note_label,
    page_header,
    show_message,
)

LAST_FOLDER_KEY = "ui/last_folder"
LOGO_PREVIEW = 84
#: The language row is labelled, and its note written, in both languages.
LANGUAGE_LABEL = "Bahasa / Language"
RESTART_NOTE = (
    "Bahasa baru berlaku setelah aplikasi dibuka ulang.\n"
    "The new language applies after the app is restarted."
)


@dataclass(frozen=True, slots=True)
class OfficeView:
    info: OfficeInfo
    signatories: tuple[SignatoryInfo, ...]
    funds: tuple[FundInfo, ...]
    logo: bytes | None


def load_office_view(session: Session) -> OfficeView:
    return OfficeView(
        office.get_office(session),
        tuple(office.list_signatories(session)),
        tuple(funds.list_funds(session)),
        office.get_logo(session),
    )


class OfficeTab(QWidget):
    """Kantor: what is printed on every receipt and report, and who signs it; for the admin also
    how soon this computer locks when nobody uses it."""

    #: The idle time before the lock changed (minutes, 0 = off).
    idle_minutes_changed = Signal(int)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editable = ctx.actor.can(Permission.EDIT_SETTINGS)
        self.view: OfficeView | None = None
        self.signatory_dialog: SignatoryDialog | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        scroll = QScrollArea()
        scroll.setObjectName("pageScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        # Letterhead on the left; logo and money settings on the right; signatories full width
        # below, so names, NIPs and jabatan are readable at 1366×768.
        rows = QVBoxLayout(body)
        rows.setContentsMargins(16, 8, 16, 8)
        rows.setSpacing(10)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        left = QVBoxLayout()
        right = QVBoxLayout()
        columns.addLayout(left, 5)
        columns.addLayout(right, 6)
        rows.addLayout(columns)

        # --- letterhead
        letterhead = QGroupBox(self.tr("Kop surat"))
        form = QFormLayout(letterhead)
        form.setSpacing(7)
        self.government_edit = self._line(200, self.tr("mis. PEMERINTAH KABUPATEN BANTUL"))
        self.name_edit = self._line(200, self.tr("mis. DINAS SOSIAL"))
        self.province_combo = QComboBox()
        self.kabupaten_combo = QComboBox()
        self.province_combo.addItem(self.tr("— pilih provinsi —"), None)
        for region in regions.children():
            self.province_combo.addItem(region.name, region.code)
        self.province_combo.currentIndexChanged.connect(self._province_changed)
        self._fill_kabupaten(None)
        self.address_edit = self._line(300, self.tr("mis. Jl. Lingkar Timur, Manding, Trirenggo"))
        self.phone_edit = self._line(60, self.tr("mis. (0274) 367123"))
        self.email_edit = self._line(120, self.tr("mis. dinsos@bantulkab.go.id"))
        self.city_edit = self._line(80, self.tr("mis. Bantul"))
        form.addRow(self.tr("Pemerintah"), self.government_edit)
        form.addRow(self.tr("Nama kantor"), self.name_edit)
        form.addRow(self.tr("Provinsi"), self.province_combo)
        form.addRow(self.tr("Kabupaten/kota"), self.kabupaten_combo)
        form.addRow(self.tr("Alamat"), self.address_edit)
        form.addRow(self.tr("Telepon"), self.phone_edit)
        form.addRow(self.tr("Email"), self.email_edit)
        form.addRow(self.tr("Kota tanda tangan"), self.city_edit)
        left.addWidget(letterhead)
        left.addStretch(1)

        # --- logo
        logo_box = QGroupBox(self.tr("Logo kop surat"))
        logo_row = QHBoxLayout(logo_box)
        self.logo_label = QLabel()
        self.logo_label.setFixedSize(LOGO_PREVIEW, LOGO_PREVIEW)
        self.logo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo_label.setWordWrap(True)
        logo_row.addWidget(self.logo_label)
        logo_side = QVBoxLayout()
        logo_note = note_label(
            self.tr("Gambar PNG, paling besar 2 MB; dicetak di sebelah kiri kop surat.")
        )
        # No word wrap: a height-for-width label would make the scroll area ask for the table's
        # full preferred height and scroll at 1366×768.
        logo_note.setWordWrap(False)
        logo_side.addWidget(logo_note)
        logo_buttons = QHBoxLayout()
        self.logo_button = QPushButton(self.tr("Pilih gambar PNG…"))
        self.logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("Hapus logo"))
        self.remove_logo_button.clicked.connect(self.remove_logo)
        logo_buttons.addWidget(self.logo_button)
        logo_buttons.addWidget(self.remove_logo_button)
        logo_buttons.addStretch(1)
        logo_side.addLayout(logo_buttons)
        logo_side.addStretch(1)
        logo_row.addLayout(logo_side, 1)
        right.addWidget(logo_box)

        # --- money and signing
        money = QGroupBox(self.tr("Keuangan dan tanda tangan"))
        mform = QFormLayout(money)
        mform.setSpacing(7)
        self.threshold_edit = RupiahLineEdit()
        self.threshold_edit.setToolTip(
            self.tr("Pembayaran di atas batas ini menunggu persetujuan Kepala.")
        )
        self.disaster_combo = QComboBox()
        self.stipend_combo = QComboBox()
        self.acknowledger_combo = QComboBox()
        for role in (SignatoryRole.KEPALA_DINAS, SignatoryRole.PPTK):
            self.acknowledger_combo.addItem(signatory_role_label(role), role.value)
        mform.addRow(self.tr("Batas persetujuan (Rp)"), self.threshold_edit)
        mform.addRow(self.tr("Dana bencana"), self.disaster_combo)
        mform.addRow(self.tr("Dana honor relawan"), self.stipend_combo)
        mform.addRow(self.tr("\u201cMengetahui\u201d oleh"), self.acknowledger_combo)
        right.addWidget(money)

        # --- locking this computer (a QSettings value: it belongs to the PC, not the office).
        # Under the letterhead, which is shorter than the right column: no scrolling at 768.
        self.security_box = QGroupBox(self.tr("Keamanan komputer ini"))
        sform = QFormLayout(self.security_box)
        sform.setSpacing(7)
        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(0, MAX_IDLE_MINUTES)
        self.idle_spin.setSuffix(self.tr(" menit"))
        self.idle_spin.setSpecialValueText(self.tr("Tidak pernah"))
        self.idle_spin.setValue(idle_minutes())
        self.idle_spin.setMinimumWidth(130)
        self.idle_spin.setToolTip(
            self.tr(
                "Layar dikunci bila keyboard dan tetikus tidak disentuh selama ini; 0 = tidak "
                "pernah. Langsung berlaku dan tersimpan di komputer ini."
            )
        )
        self.idle_spin.valueChanged.connect(self._idle_changed)
        idle_row = QHBoxLayout()
        idle_row.setSpacing(10)
        idle_row.addWidget(self.idle_spin)
        idle_note = note_label(self.tr("langsung berlaku, di komputer ini saja"))
        idle_note.setWordWrap(False)
        idle_row.addWidget(idle_note, 1)
        sform.addRow(self.tr("Kunci layar setelah"), idle_row)
        self.security_box.setVisible(self.editable)
        left.insertWidget(1, self.security_box)

        right.addStretch(1)

        # --- signatories
        sign_box = QGroupBox(self.tr("Penandatangan"))
        sign_layout = QVBoxLayout(sign_box)
        self.signatory_model = SignatoryTableModel(self)
        self.signatory_table = QTableView()
        self.signatory_table.setObjectName("signatoriesTable")
        self.signatory_table.setModel(self.signatory_model)
        self.signatory_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.signatory_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.signatory_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.signatory_table.verticalHeader().hide()
        self.signatory_table.setAlternatingRowColors(True)
        self.signatory_table.setWordWrap(False)
        self.signatory_table.verticalHeader().setDefaultSectionSize(26)
        self.signatory_table.setMinimumHeight(110)
        header = self.signatory_table.horizontalHeader()
        header.setSectionResizeMode(SignatoryTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (SignatoryTableModel.ROLE, 120),
            (SignatoryTableModel.NAME, 280),
            (SignatoryTableModel.NIP, 190),
            (SignatoryTableModel.ACTIVE, 60),
        ):
            fit_column_width(self.signatory_table, column, width)
        self.signatory_table.doubleClicked.connect(lambda _i: self.edit_signatory())
        sign_layout.addWidget(self.signatory_table, 1)
        sign_buttons = QHBoxLayout()
        self.add_signatory_button = QPushButton(self.tr("Tambah…"))
        self.add_signatory_button.clicked.connect(self.add_signatory)
        self.edit_signatory_button = QPushButton(self.tr("Ubah…"))
        self.edit_signatory_button.clicked.connect(self.edit_signatory)
        sign_buttons.addWidget(self.add_signatory_button)
        sign_buttons.addWidget(self.edit_signatory_button)
        sign_buttons.addStretch(1)
        sign_layout.addLayout(sign_buttons)
        rows.addWidget(sign_box, 1)

        # --- save bar
        bar = QFrame()
        bar_layout = QHBoxLayout(bar)
        bar_layout.setContentsMargins(16, 6, 16, 10)
        self.message = error_label()
        self.saved_label = QLabel()
        self.saved_label.setObjectName("okLabel")
        self.role_note = note_label()
        self.role_note.setWordWrap(False)
        bar_layout.addWidget(self.role_note)
        bar_layout.addWidget(self.message)
        bar_layout.addStretch(1)
        bar_layout.addWidget(self.saved_label)
        self.save_button = QPushButton(self.tr("Simpan"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.setMinimumWidth(120)
        self.save_button.setIcon(on_accent("save"))
        self.save_button.setToolTip(self.tr("Simpan profil kantor (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        bar_layout.addWidget(self.save_button)
        outer.addWidget(bar)

        self._apply_permission()

    def _idle_changed(self, minutes: int) -> None:
        if not self.editable:
            return
        set_idle_minutes(minutes)
        self.idle_minutes_changed.emit(minutes)

    def _line(self, max_length: int, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(max_length)
        edit.setPlaceholderText(placeholder)
        return edit

    def _apply_permission(self) -> None:
        edits = (
            self.government_edit, self.name_edit, self.address_edit, self.phone_edit,
            self.email_edit, self.city_edit, self.threshold_edit,
        )  # fmt: skip
        for edit in edits:
            edit.setReadOnly(not self.editable)
        for widget in (
            self.province_combo, self.kabupaten_combo, self.disaster_combo, self.stipend_combo,
            self.acknowledger_combo, self.logo_button, self.remove_logo_button,
            self.add_signatory_button, self.edit_signatory_button, self.save_button,
        ):  # fmt: skip
            widget.setEnabled(self.editable)
        if not self.editable:
            admins = roles_with(Permission.EDIT_SETTINGS)
            self.role_note.setText(
                self.tr("Hanya {roles} yang dapat mengubah pengaturan; Anda masuk sebagai {role}.")
                .format(roles=admins, role=role_label(self.ctx.actor.role))
            )  # fmt: skip
        self.role_note.setVisible(not self.editable)

    # --- regions
    def _province_changed(self, _index: int) -> None:
        self._fill_kabupaten(self.province_combo.currentData())

    def _fill_kabupaten(self, province: str | None, select: str | None = None) -> None:
        self.kabupaten_combo.blockSignals(True)
        self.kabupaten_combo.clear()
        self.kabupaten_combo.addItem(self.tr("— pilih kabupaten/kota —"), None)
        if province:
            for region in regions.children(province):
                self.kabupaten_combo.addItem(region.name, region.code)
        if select is not None:
            self.kabupaten_combo.setCurrentIndex(max(0, self.kabupaten_combo.findData(select)))
        self.kabupaten_combo.blockSignals(False)

    def _select_kabupaten(self, code: str | None) -> None:
        province = code.split(".")[0] if code else None
        self.province_combo.blockSignals(True)
        self.province_combo.setCurrentIndex(max(0, self.province_combo.findData(province)))
        self.province_combo.blockSignals(False)
        self._fill_kabupaten(province, code)

    # --- loading
    def load(self) -> None:
        self.ctx.read(load_office_view, on_done=self._show, on_error=self._failed, owner=self)

    def _show(self, view: OfficeView) -> None:
        keep_form = self.view is not None and bool(self.changes())
        self.view = view
        if not keep_form:  # never throw away what the admin is typing
            self._fill_form(view.info, view.funds)
        self.signatory_model.set_rows(view.signatories)
        self._show_logo(view.logo)
        show_message(self.message, "")

    def _fill_form(self, info: OfficeInfo, fund_list: tuple[FundInfo, ...]) -> None:
        self.government_edit.setText(info.government)
        self.name_edit.setText(info.name)
        self._select_kabupaten(info.kabupaten_code)
        self.address_edit.setText(info.address)
        self.phone_edit.setText(info.phone)
        self.email_edit.setText(info.email)
        self.city_edit.setText(info.city)
        self.threshold_edit.setValue(info.approval_threshold)
        for combo, current in (
            (self.disaster_combo, info.disaster_fund_code),
            (self.stipend_combo, info.stipend_fund_code),
        ):
            combo.clear()
            for fund in fund_list:
                combo.addItem(f"{fund.code} — {fund.name}", fund.code)
            if combo.findData(current) < 0:
                combo.addItem(current, current)
            combo.setCurrentIndex(combo.findData(current))
        self.acknowledger_combo.setCurrentIndex(
            max(0, self.acknowledger_combo.findData(info.acknowledger_role.value))
        )

    def _show_logo(self, png: bytes | None) -> None:
        pixmap = QPixmap()
        if png and pixmap.loadFromData(png, "PNG"):
            self.logo_label.setPixmap(
                pixmap.scaled(
                    LOGO_PREVIEW - 8, LOGO_PREVIEW - 8, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )  # fmt: skip
        else:
            self.logo_label.setPixmap(QPixmap())
            self.logo_label.setText(self.tr("Belum ada logo"))
        self.remove_logo_button.setEnabled(self.editable and bool(png))

    def _failed(self, exc: object) -> None:
        show_message(self.message, describe(exc))

    # --- saving
    def form_values(self) -> dict[str, object]:
        return {
            "government": self.government_edit.text().strip(),
            "name": self.name_edit.text().strip(),
            "kabupaten_code": self.kabupaten_combo.currentData(),
            "address": self.address_edit.text().strip(),
            "phone": self.phone_edit.text().strip(),
            "email": self.email_edit.text().strip(),
            "city": self.city_edit.text().strip(),
            "approval_threshold": self.threshold_edit.value() or 0,
            "disaster_fund_code": self.disaster_combo.currentData(),
            "stipend_fund_code": self.stipend_combo.currentData(),
            "acknowledger_role": self.acknowledger_combo.currentData(),
        }

    def changes(self) -> dict[str, object]:
        """The fields that differ from what is stored."""
        if self.view is None:
            return {}
        info = self.view.info
        stored = {
            "government": info.government, "name": info.name,
            "kabupaten_code": info.kabupaten_code, "address": info.address, "phone": info.phone,
            "email": info.email, "city": info.city, "approval_threshold": info.approval_threshold,
            "disaster_fund_code": info.disaster_fund_code,
            "stipend_fund_code": info.stipend_fund_code,
            "acknowledger_role": info.acknowledger_role.value,
        }  # fmt: skip
        return {k: v for k, v in self.form_values().items() if v != stored[k]}

    def save(self) -> None:
        if not self.editable or self.view is None:
            return
        self.saved_label.clear()
        changes = self.changes()
        if not changes:
            show_message(self.message, "")
            self.saved_label.setText(self.tr("Tidak ada perubahan."))
            return
        self.save_button.setEnabled(False)
        self.ctx.write(_update_office, self.ctx.actor, changes, on_done=self._saved,
                       on_error=self._save_failed, owner=self)  # fmt: skip

    def _saved(self, info: OfficeInfo) -> None:
        self.save_button.setEnabled(True)
        if self.view is not None:
            # The new baseline, so the reload that follows the write refills the form.
            self.view = OfficeView(info, self.view.signatories, self.view.funds, self.view.logo)
        show_message(self.message, "")
        self.saved_label.setText(self.tr("Tersimpan."))

    def _save_failed(self, exc: object) -> None:
        self.save_button.setEnabled(True)
        self.saved_label.clear()
        show_message(self.message, describe(exc))

    # --- logo
    def choose_logo(self) -> None:
        folder = str(last_folder(LAST_FOLDER_KEY))
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih logo kop surat"), folder, self.tr("Gambar PNG (*.png)")
        )
        if path:
            remember_folder(path, LAST_FOLDER_KEY)
            self.set_logo_file(Path(path))

    def set_logo_file(self, path: Path) -> None:
        try:
            png = path.read_bytes()
        except OSError as exc:
            show_message(
                self.message,
                self.tr("File tidak dapat dibaca: {path} ({reason})").format(
                    path=path, reason=exc.strerror
                ),
            )
            return
        self.ctx.write(office.set_logo, self.ctx.actor, png, on_error=self._failed, owner=self)

    def remove_logo(self) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Hapus logo"))
        box.setText(self.tr("Hapus logo dari kop surat? Dokumen berikutnya dicetak tanpa logo."))
        remove = box.addButton(self.tr("Hapus"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is remove:
            self.ctx.write(office.set_logo, self.ctx.actor, None, on_error=self._failed, owner=self)

    # --- signatories
    def add_signatory(self) -> SignatoryDialog:
        return self._open_signatory(None)

    def edit_signatory(self) -> SignatoryDialog | None:
        rows = self.signatory_table.selectionModel().selectedRows()
        if not rows or not self.editable:
            return None
        return self._open_signatory(self.signatory_model.row_at(rows[0].row()))

    def _open_signatory(self, existing: SignatoryInfo | None) -> SignatoryDialog:
        dialog = SignatoryDialog(self.ctx, existing, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        self.signatory_dialog = dialog
        dialog.open()
        return dialog


def _update_office(session: Session, actor, changes: dict[str, object]) -> OfficeInfo:
    return office.update_office(session, actor, **changes)


class LanguageChooser(QWidget):
    """Bahasa / Language: this PC's choice (``QSettings``), for every role; applies at restart.

    Labelled, and its note written, in both languages: whoever just picked the other one can
    read it. It sits beside the page title, so it costs the Kantor tab no height at 1366×768.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.combo = QComboBox()
        for code, name in LANGUAGES.items():
            self.combo.addItem(name, code)
        self.combo.setCurrentIndex(self.combo.findData(current_language()))
        self.combo.currentIndexChanged.connect(self._changed)
        label = QLabel(LANGUAGE_LABEL)
        label.setBuddy(self.combo)
        row.addStretch(1)
        row.addWidget(label)
        row.addWidget(self.combo)
        layout.addLayout(row)
        self.note = note_label(RESTART_NOTE)
        self.note.setWordWrap(False)
        self.note.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.note.hide()
        layout.addWidget(self.note)
        layout.addStretch(1)

    def _changed(self, _index: int) -> None:
        code = self.combo.currentData()
        save_language(code)
        self.note.setVisible(code != current_language())


class SettingsPage(Page):
    """Pengaturan."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 22, 28, 12)
        outer.setSpacing(10)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(
            page_header(
                self.tr("Pengaturan"),
                self.tr("Profil kantor yang tercetak di kuitansi dan LPJ, serta penandatangannya."),
            ),
            1,
        )
        self.language = LanguageChooser()
        top.addWidget(self.language)
        outer.addLayout(top)
        self.tabs = QTabWidget()
        self.office_tab = OfficeTab(ctx)
        self.tabs.addTab(self.office_tab, self.tr("Kantor"))
        self.users_tab = UsersTab(ctx)
        self.tabs.addTab(self.users_tab, self.tr("Pengguna"))
        self.aid_types_tab = AidTypesTab(ctx)
        self.tabs.addTab(self.aid_types_tab, self.tr("Jenis Bantuan"))
        self.volunteer_types_tab = VolunteerTypesTab(ctx)
        self.tabs.addTab(self.volunteer_types_tab, self.tr("Relawan"))
        outer.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _i: self.shortcuts_changed.emit())

    def shortcuts(self) -> PageShortcuts:
        # Ctrl+S saves the office profile (Kantor); Ctrl+N adds a user (Pengguna); the other
        # tabs save in their own dialogs.
        if self.tabs.currentWidget() is self.office_tab and self.office_tab.editable:
            return PageShortcuts(save=self.office_tab.save,
                                 save_text=self.tr("&Simpan profil kantor"))  # fmt: skip
        if self.tabs.currentWidget() is self.users_tab and self.users_tab.editable:
            return PageShortcuts(new=self.users_tab.add_user,
                                 new_text=self.tr("Pengguna &baru…"))  # fmt: skip
        return PageShortcuts()

    def load(self) -> None:
        self.office_tab.load()
        self.aid_types_tab.load()
