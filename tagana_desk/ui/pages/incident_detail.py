"""One incident: its key facts, the register of affected households (KK terdampak), the aid paid
to them (Penyaluran), the volunteers deployed to it (Tagana), and what the registered households
add up to (Ringkasan)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tagana_desk.db.engine import Database
from tagana_desk.domain.dates import local_naive
from tagana_desk.domain.enums import DamageLevel, IncidentStatus
from tagana_desk.domain.roles import Permission
from tagana_desk.services import disbursements, households, incidents, volunteers
from tagana_desk.services.context import Actor
from tagana_desk.services.disbursements import DisbursementRow, DisbursementTotals
from tagana_desk.services.households import HouseholdInput, HouseholdRow, SavedHousehold
from tagana_desk.services.incidents import IncidentInfo, IncidentSummary
from tagana_desk.services.volunteers import DeploymentInfo, RosterFilter, VolunteerInfo
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.dialogs.deployment import DeploymentDialog
from tagana_desk.ui.dialogs.household import HouseholdDialog, duplicate_notice
from tagana_desk.ui.errors import describe
from tagana_desk.ui.formatting import grouped, long_datetime, rupiah
from tagana_desk.ui.icons import icon, on_accent
from tagana_desk.ui.incident_labels import damage_label, incident_status_label, incident_type_label
from tagana_desk.ui.labels import role_label, roles_with
from tagana_desk.ui.models.households import RegisterTableModel
from tagana_desk.ui.models.payments import IncidentDisbursementModel
from tagana_desk.ui.models.volunteers import IncidentDeploymentModel
from tagana_desk.ui.pages.base import PageShortcuts
from tagana_desk.ui.region_picker import RegionChoices, load_region_choices
from tagana_desk.ui.style import TONES, Tone
from tagana_desk.ui.tables import SqlSort, make_table, selected_row
from tagana_desk.ui.widgets import FigureCard, error_label, note_label, show_message

HOUSEHOLD_BATCH = 200
PAYMENT_BATCH = 200
#: Active volunteers offered in the deployment dialog (as on Tagana → Penugasan).
VOLUNTEER_LIMIT = 5000


@dataclass(frozen=True, slots=True)
class IncidentDetailData:
    info: IncidentInfo
    summary: IncidentSummary
    sort: str
    descending: bool
    total: int
    first: tuple[HouseholdRow, ...]
    choices: RegionChoices


def load_incident_detail(
    session: Session, actor: Actor, incident_id: int, sort: str, descending: bool,
    batch: int = HOUSEHOLD_BATCH,
) -> IncidentDetailData:  # fmt: skip
    """Runs on a worker thread: the incident, its summary and the first batch of its register."""
    return IncidentDetailData(
        incidents.get_incident(session, incident_id),
        incidents.summary(session, incident_id),
        sort, descending,
        households.count_households(session, incident_id),
        tuple(households.list_households(session, actor, incident_id, sort=sort,
                                         descending=descending, limit=batch, offset=0)),
        load_region_choices(session),
    )  # fmt: skip


def read_household_batch(
    db: Database, actor: Actor, incident_id: int, sort: str, descending: bool, offset: int,
    limit: int,
) -> list[HouseholdRow]:  # fmt: skip
    with db.read() as session:
        return households.list_households(
            session, actor, incident_id, sort=sort, descending=descending, limit=limit,
            offset=offset,
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class IncidentPayments:
    """The Penyaluran tab: what the incident's disbursements add up to, and the first batch."""

    incident_id: int
    totals: DisbursementTotals
    total: int
    first: tuple[DisbursementRow, ...]


def load_incident_payments(
    session: Session, actor: Actor, incident_id: int, batch: int = PAYMENT_BATCH
) -> IncidentPayments:
    return IncidentPayments(
        incident_id,
        disbursements.disbursement_totals(session, actor, incident_id=incident_id),
        disbursements.count_disbursements(session, incident_id=incident_id),
        tuple(disbursements.list_disbursements(session, actor, incident_id=incident_id,
                                               limit=batch)),
    )  # fmt: skip


def read_payment_batch(
    db: Database, actor: Actor, incident_id: int, offset: int, limit: int
) -> list[DisbursementRow]:
    with db.read() as session:
        return disbursements.list_disbursements(
            session, actor, incident_id=incident_id, limit=limit, offset=offset
        )


@dataclass(frozen=True, slots=True)
class IncidentDeployments:
    incident_id: int
    deployments: tuple[DeploymentInfo, ...]


def load_incident_deployments(session: Session, incident_id: int) -> IncidentDeployments:
    return IncidentDeployments(
        incident_id, tuple(volunteers.list_deployments(session, incident_id=incident_id))
    )


def load_active_volunteers(session: Session, actor: Actor) -> tuple[VolunteerInfo, ...]:
    """Who can be deployed: the active roster (the deployment dialog's choices)."""
    return tuple(
        volunteers.list_volunteers(session, actor, RosterFilter(active=True), limit=VOLUNTEER_LIMIT)
    )


class Banner(QFrame):
    """A notice above the register (saved with a possible duplicate, import finished)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 8, 8)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.label, 1)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Tutup pemberitahuan"))
        self.close_button.clicked.connect(self.hide)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_text(self, text: str, *, warning: bool) -> None:
        # Amber for what a person must still look at, green for plain success.
        tone = TONES[Tone.FLAGGED if warning else Tone.PAID]
        colour, background = tone.text, tone.fill
        self.setStyleSheet(
            f"QFrame#card {{ background: {background}; border: 1px solid {colour}; }}"
            f" QLabel {{ color: {colour}; }}"
        )
        self.label.setText(text)
        self.show()


class IncidentDetailView(QWidget):
    """The detail of one incident, shown inside the Kejadian page."""

    back_requested = Signal()
    edit_requested = Signal(object)  # IncidentInfo
    status_requested = Signal(object)  # IncidentInfo
    #: "Buka di Penyaluran": the main window shows the Penyaluran page on this incident.
    payments_requested = Signal(int)
    #: What Ctrl+N does here changed (another tab, the incident closed or reopened).
    shortcuts_changed = Signal()

    REGISTER, PAYMENTS, TAGANA, SUMMARY = range(4)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.may_edit_incident = ctx.actor.can(Permission.EDIT_INCIDENTS)
        self.may_edit = ctx.actor.can(Permission.EDIT_HOUSEHOLDS)
        self.may_deploy = ctx.actor.can(Permission.MANAGE_VOLUNTEERS)
        self.incident_id: int | None = None
        self.payments: IncidentPayments | None = None
        self.deployments: IncidentDeployments | None = None
        self.deployment_dialog: DeploymentDialog | None = None
        #: Tabs whose data must be read again the next time they are shown.
        self._stale_tabs: set[int] = set()
        self.data: IncidentDetailData | None = None
        self.household_dialog: HouseholdDialog | None = None
        self.import_dialog = None
        #: Select this household once the register is read again (a new or changed one).
        self._select_next: int | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 16, 28, 14)
        layout.setSpacing(10)

        top = QHBoxLayout()
        top.setSpacing(8)
        self.back_button = QPushButton(icon("back"), self.tr("Daftar kejadian"))
        self.back_button.setShortcut(QKeySequence("Alt+Left"))
        self.back_button.setToolTip(self.tr("Kembali ke daftar kejadian (Alt+←)"))
        self.back_button.clicked.connect(self.back_requested)
        top.addWidget(self.back_button)
        top.addSpacing(8)
        self.title_label = QLabel("…")
        self.title_label.setObjectName("pageTitle")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.title_label, 1)
        self.status_label = QLabel()
        self.status_label.setObjectName("cardTitle")
        top.addWidget(self.status_label)
        top.addSpacing(8)
        self.edit_incident_button = QPushButton(self.tr("Ubah kejadian…"))
        self.edit_incident_button.clicked.connect(
            lambda: self.data and self.edit_requested.emit(self.data.info)
        )
        self.status_button = QPushButton(self.tr("Tutup kejadian…"))
        self.status_button.clicked.connect(
            lambda: self.data and self.status_requested.emit(self.data.info)
        )
        top.addWidget(self.edit_incident_button)
        top.addWidget(self.status_button)
        layout.addLayout(top)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.back_requested.emit)

        layout.addWidget(self._build_facts())

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_register(), self.tr("KK terdampak"))
        self.tabs.addTab(self._build_payments(), self.tr("Penyaluran"))
        self.tabs.addTab(self._build_deployments(), self.tr("Tagana"))
        self.tabs.addTab(self._build_summary(), self.tr("Ringkasan"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.tabs.currentChanged.connect(lambda _i: self.shortcuts_changed.emit())
        layout.addWidget(self.tabs, 1)

        self.message = error_label()
        layout.addWidget(self.message)
        self._update_buttons()

    # --- building
    def _build_facts(self) -> QFrame:
        card = QFrame()
        card.setObjectName("card")
        grid = QGridLayout(card)
        grid.setContentsMargins(16, 10, 16, 12)
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(6)
        self.facts: dict[str, QLabel] = {}
        captions = (
            ("type", self.tr("Jenis"), 0, 0),
            ("when", self.tr("Tanggal dan jam"), 0, 1),
            ("where", self.tr("Lokasi"), 0, 2),
            ("source", self.tr("Sumber laporan"), 2, 0),
            ("people", self.tr("Korban (laporan)"), 2, 1),
            ("houses", self.tr("Rumah (laporan)"), 2, 2),
        )
        for key, caption, row, column in captions:
            label = QLabel(caption)
            label.setObjectName("cardCaption")
            value = QLabel("—")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(label, row, column)
            grid.addWidget(value, row + 1, column)
            self.facts[key] = value
        self.description_label = note_label()
        self.description_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.description_label, 4, 0, 1, 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        return card

    def _build_register(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.add_button = QPushButton(self.tr("Tambah KK…"))
        self.add_button.setObjectName("primaryButton")
        self.add_button.setIcon(on_accent("new"))
        self.add_button.setToolTip(self.tr("Daftarkan KK terdampak (Ctrl+N)"))
        self.add_button.clicked.connect(self.add_household)
        self.edit_button = QPushButton(self.tr("Ubah…"))
        self.edit_button.setToolTip(self.tr("Ubah KK yang dipilih (Enter)"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.import_button = QPushButton(icon("import"), self.tr("Impor dari Excel/CSV…"))
        self.import_button.clicked.connect(self.open_import)
        for button in (self.add_button, self.edit_button, self.import_button):
            bar.addWidget(button)
        bar.addStretch(1)
        self.register_note = note_label()
        self.register_note.setWordWrap(False)
        bar.addWidget(self.register_note)
        self.count_label = note_label()
        self.count_label.setWordWrap(False)
        bar.addWidget(self.count_label)
        layout.addLayout(bar)

        self.banner = Banner()
        layout.addWidget(self.banner)

        self.model = RegisterTableModel(self.ctx.runner, batch_size=HOUSEHOLD_BATCH, parent=self)
        self.model.rowsInserted.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self.model.modelReset.connect(self._update_buttons)
        self.model.load_failed.connect(lambda exc: show_message(self.message, describe(exc)))
        m = RegisterTableModel
        self.table = make_table(
            self.model, stretch=m.NAME,
            widths={m.NIK: 160, m.DESA: 150, m.PERSONS: 60, m.DAMAGE: 120, m.DISPLACED: 90,
                    m.DTKS: 100, m.FLAG: 100},
        )  # fmt: skip
        self.table.setObjectName("registerTable")
        self.sort = SqlSort(self.table, m.SORT_KEYS, column=m.NAME, descending=False)
        self.sort.changed.connect(self.load)
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        return tab

    def _build_payments(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.payments_total_label = QLabel()
        self.payments_total_label.setObjectName("sectionTitle")
        self.payments_total_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        bar.addWidget(self.payments_total_label, 1)
        self.payments_count_label = note_label()
        self.payments_count_label.setWordWrap(False)
        bar.addWidget(self.payments_count_label)
        self.open_payments_button = QPushButton(self.tr("Buka di Penyaluran →"))
        self.open_payments_button.setToolTip(
            self.tr("Bayar, setujui atau cetak kuitansi kejadian ini di halaman Penyaluran")
        )
        self.open_payments_button.clicked.connect(
            lambda: self.incident_id is not None and self.payments_requested.emit(self.incident_id)
        )
        self.open_payments_button.hide()  # shown when the main window offers the page
        bar.addWidget(self.open_payments_button)
        layout.addLayout(bar)
        self.payments_detail_label = note_label()
        layout.addWidget(self.payments_detail_label)

        self.payment_model = IncidentDisbursementModel(
            self.ctx.runner, batch_size=PAYMENT_BATCH, parent=self
        )
        self.payment_model.rowsInserted.connect(self._update_payment_count)
        self.payment_model.modelReset.connect(self._update_payment_count)
        self.payment_model.load_failed.connect(
            lambda exc: show_message(self.message, describe(exc))
        )
        m = IncidentDisbursementModel
        self.payment_table = make_table(
            self.payment_model, stretch=m.COMPUTATION,
            widths={m.NAME: 160, m.NIK: 132, m.AID: 125, m.AMOUNT: 95, m.STATUS: 150,
                    m.DATE: 85, m.NUMBER: 135},
        )  # fmt: skip
        self.payment_table.setObjectName("incidentPaymentsTable")
        layout.addWidget(self.payment_table, 1)
        return tab

    def _build_deployments(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.deployment_summary = QLabel()
        self.deployment_summary.setObjectName("sectionTitle")
        bar.addWidget(self.deployment_summary, 1)
        self.deploy_note = note_label()
        self.deploy_note.setWordWrap(False)
        bar.addWidget(self.deploy_note)
        self.deploy_button = QPushButton(self.tr("Tugaskan relawan…"))
        self.deploy_button.setObjectName("primaryButton")
        self.deploy_button.setToolTip(self.tr("Catat relawan yang diterjunkan ke kejadian ini"))
        self.deploy_button.clicked.connect(self.open_deploy_dialog)
        bar.addWidget(self.deploy_button)
        layout.addLayout(bar)
        if not self.may_deploy:
            self.deploy_button.hide()
            self.deploy_note.setText(
                self.tr("Hanya {roles} yang dapat menugaskan relawan.").format(
                    roles=roles_with(Permission.MANAGE_VOLUNTEERS)
                )
            )
        self.deploy_note.setVisible(not self.may_deploy)

        self.deployment_model = IncidentDeploymentModel(self)
        m = IncidentDeploymentModel
        self.deployment_table = make_table(
            self.deployment_model, stretch=m.ROLE,
            widths={m.VOLUNTEER: 260, m.START: 100, m.END: 100, m.DAYS: 60, m.PAID: 180},
        )  # fmt: skip
        self.deployment_table.setObjectName("incidentDeploymentsTable")
        layout.addWidget(self.deployment_table, 1)
        layout.addWidget(
            note_label(
                self.tr(
                    "Uang harian penugasan dibayar bersama honor bulanan bila tarifnya diatur di "
                    "Pengaturan → Relawan; penugasan yang sudah dibayar ditandai di kolom terakhir."
                )
            )
        )
        return tab

    def _build_summary(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setObjectName("pageScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(10)
        layout.addWidget(
            note_label(
                self.tr(
                    "Dihitung dari KK yang terdaftar pada kejadian ini (bukan angka laporan awal). "
                    "KK yang sudah digabungkan tidak dihitung."
                )
            )
        )
        self.summary_cards: dict[str, FigureCard] = {}
        groups = (
            (
                ("households", self.tr("KK terdaftar"), True),
                ("persons", self.tr("Jiwa"), False),
                ("displaced_households", self.tr("KK mengungsi"), False),
                ("flagged", self.tr("Kemungkinan duplikat"), False),
            ),
            (
                ("infants", self.tr("Balita"), False),
                ("elderly", self.tr("Lansia"), False),
                ("disabled", self.tr("Disabilitas"), False),
                ("pregnant", self.tr("Ibu hamil"), False),
            ),
            tuple((level.value, damage_label(level), False) for level in DamageLevel),
        )
        captions = (
            self.tr("KK dan jiwa"),
            self.tr("Anggota rentan"),
            self.tr("Kerusakan rumah (KK)"),
        )
        for caption, cards in zip(captions, groups, strict=True):
            heading = QLabel(caption)
            heading.setObjectName("sectionTitle")
            layout.addWidget(heading)
            row = QHBoxLayout()
            row.setSpacing(12)
            for key, caption, strong in cards:
                card = FigureCard(caption, strong=strong)
                self.summary_cards[key] = card
                row.addWidget(card)
            layout.addLayout(row)
        self.flag_note = note_label(
            self.tr(
                "Kemungkinan duplikat diputuskan di halaman Penerima → Kemungkinan duplikat "
                "(Ctrl+3)."
            )
        )
        layout.addWidget(self.flag_note)
        layout.addStretch(1)
        return scroll

    # --- loading
    def show_incident(self, incident_id: int) -> None:
        if incident_id != self.incident_id:
            self.incident_id = incident_id
            self.data = None
            self.banner.hide()
            self.tabs.setCurrentIndex(0)
            self.title_label.setText("…")
            self.model.reset(None, 0)
            self.payments = None
            self.deployments = None
            self.payment_model.reset(None, 0)
            self.deployment_model.set_rows([])
            self._show_payment_totals(None)
            self._show_deployment_summary()
        self.load()
        self.table.setFocus()

    def load(self) -> None:
        if self.incident_id is None:
            return
        # The other tabs are read when shown (now, if one of them is in front).
        self._stale_tabs = {self.PAYMENTS, self.TAGANA}
        self._tab_changed(self.tabs.currentIndex())
        self.ctx.read(
            load_incident_detail, self.ctx.actor, self.incident_id, self.sort.key,
            self.sort.descending, self.model.batch_size,
            on_done=self._show, on_error=self._failed, owner=self,
        )  # fmt: skip

    def _show(self, data: IncidentDetailData) -> None:
        if data.info.id != self.incident_id or (data.sort, data.descending) != (
            self.sort.key, self.sort.descending,
        ):  # fmt: skip
            return
        self.data = data
        info = data.info
        self.title_label.setText(info.title)
        self.title_label.setToolTip(f"#{info.id} · {info.title}")
        self._show_facts(info, data.choices)
        self._show_summary(data.summary)
        self.model.set_area_labels(data.choices.labels)
        keep = self.selected()
        keep_id = self._select_next or (keep.id if keep is not None else None)
        self._select_next = None
        loader = partial(read_household_batch, self.ctx.db, self.ctx.actor, info.id, data.sort,
                         data.descending)  # fmt: skip
        self.model.reset(loader, data.total, data.first)
        if keep_id is not None:
            self.select_household(keep_id)
        show_message(self.message, "")
        self._update_buttons()

    def _failed(self, exc: object) -> None:
        show_message(self.message, describe(exc))

    # --- Penyaluran and Tagana tabs
    def offer_payments_page(self) -> None:
        """The main window can show Penyaluran on an incident: offer the button."""
        self.open_payments_button.show()

    def _tab_changed(self, index: int) -> None:
        if index not in self._stale_tabs or self.incident_id is None:
            return
        self._stale_tabs.discard(index)
        if index == self.PAYMENTS:
            self.ctx.read(load_incident_payments, self.ctx.actor, self.incident_id,
                          self.payment_model.batch_size, on_done=self._show_payments,
                          on_error=self._failed, owner=self)  # fmt: skip
        elif index == self.TAGANA:
            self.ctx.read(load_incident_deployments, self.incident_id,
                          on_done=self._show_deployments, on_error=self._failed,
                          owner=self)  # fmt: skip

    def _show_payments(self, view: IncidentPayments) -> None:
        if view.incident_id != self.incident_id:
            return
        self.payments = view
        loader = partial(read_payment_batch, self.ctx.db, self.ctx.actor, view.incident_id)
        self.payment_model.reset(loader, view.total, view.first)
        self._show_payment_totals(view.totals)

    def _show_payment_totals(self, totals: DisbursementTotals | None) -> None:
        if totals is None or totals.count == 0:
            self.payments_total_label.setText(
                self.tr("Belum ada bantuan yang disalurkan untuk kejadian ini.")
                if totals is not None
                else ""
            )
            self.payments_detail_label.hide()
            self.tabs.setTabText(self.PAYMENTS, self.tr("Penyaluran"))
            return
        self.payments_total_label.setText(
            self.tr("Dibayar {amount} kepada {households} KK ({n} kuitansi)").format(
                amount=rupiah(totals.paid_amount),
                households=grouped(totals.households_paid),
                n=grouped(totals.paid),
            )  # fmt: skip
        )
        parts = []
        if totals.pending:
            parts.append(
                self.tr("menunggu persetujuan {n} ({amount})").format(
                    n=grouped(totals.pending), amount=rupiah(totals.pending_amount)
                )
            )
        if totals.drafts:
            parts.append(
                self.tr("draf {n} ({amount})").format(
                    n=grouped(totals.drafts), amount=rupiah(totals.draft_amount)
                )
            )
        if totals.voided:
            parts.append(self.tr("dibatalkan {n}").format(n=grouped(totals.voided)))
        if totals.rejected:
            parts.append(self.tr("ditolak {n}").format(n=grouped(totals.rejected)))
        text = " · ".join(parts)
        self.payments_detail_label.setText(
            self.tr("Belum dibayar atau tidak dihitung: {parts}.").format(parts=text)
            if text
            else ""
        )
        self.payments_detail_label.setVisible(bool(text))
        self.tabs.setTabText(
            self.PAYMENTS, self.tr("Penyaluran ({n})").format(n=grouped(totals.count))
        )

    def _update_payment_count(self, *_args: object) -> None:
        shown, total = self.payment_model.rowCount(), self.payment_model.total
        if total == 0:
            self.payments_count_label.setText("")
        elif shown < total:
            self.payments_count_label.setText(
                self.tr("{shown} dari {total} penyaluran, terbaru di atas").format(
                    shown=grouped(shown), total=grouped(total)
                )
            )
        else:
            self.payments_count_label.setText(
                self.tr("{total} penyaluran, terbaru di atas").format(total=grouped(total))
            )

    def _show_deployments(self, view: IncidentDeployments) -> None:
        if view.incident_id != self.incident_id:
            return
        self.deployments = view
        self.deployment_model.set_rows(view.deployments)
        self._show_deployment_summary()

    def _show_deployment_summary(self) -> None:
        view = self.deployments
        if view is None:
            self.deployment_summary.setText("")
            self.tabs.setTabText(self.TAGANA, self.tr("Tagana"))
            return
        if not view.deployments:
            self.deployment_summary.setText(
                self.tr("Belum ada relawan yang ditugaskan ke kejadian ini.")
            )
            self.tabs.setTabText(self.TAGANA, self.tr("Tagana"))
            return
        people = len({d.volunteer_id for d in view.deployments})
        days = sum(d.days for d in view.deployments)
        self.deployment_summary.setText(
            self.tr("{n} relawan ditugaskan, {days} hari-orang.").format(
                n=grouped(people), days=grouped(days)
            )
        )
        self.tabs.setTabText(self.TAGANA, self.tr("Tagana ({n})").format(n=grouped(people)))

    def open_deploy_dialog(self) -> None:
        """Tugaskan relawan: read who is active, then the Tagana page's deployment dialog."""
        if not self.may_deploy or self.data is None:
            return
        self.deploy_button.setEnabled(False)
        self.ctx.read(load_active_volunteers, self.ctx.actor, on_done=self._open_deploy_dialog,
                      on_error=self._deploy_failed, owner=self)  # fmt: skip

    def _open_deploy_dialog(self, active: tuple[VolunteerInfo, ...]) -> None:
        self.deploy_button.setEnabled(True)
        if self.data is None:
            return
        if not active:
            show_message(
                self.message,
                self.tr("Belum ada relawan aktif; tambahkan dulu di halaman Tagana (Ctrl+6)."),
            )
            return
        show_message(self.message, "")
        dialog = DeploymentDialog(self.ctx, (self.data.info,), active,
                                  incident_id=self.data.info.id, parent=self)  # fmt: skip
        dialog.finished.connect(dialog.deleteLater)
        self.deployment_dialog = dialog
        dialog.open()

    def _deploy_failed(self, exc: object) -> None:
        self.deploy_button.setEnabled(True)
        show_message(self.message, describe(exc))

    def _show_facts(self, info: IncidentInfo, choices: RegionChoices) -> None:
        labels = choices.labels
        is_open = info.status == IncidentStatus.OPEN
        self.status_label.setText(incident_status_label(info.status))
        tone = TONES[Tone.PAID if is_open else Tone.MUTED]
        self.status_label.setStyleSheet(f"color: {tone.text};")
        self.facts["type"].setText(incident_type_label(info.type))
        self.facts["when"].setText(long_datetime(local_naive(info.occurred_at)))
        place = [f"{labels.desa} {info.desa_name}" if info.desa_name else "",
                 f"{labels.kecamatan} {info.kecamatan_name}", info.place]  # fmt: skip
        self.facts["where"].setText(", ".join(p for p in place if p))
        self.facts["source"].setText(info.source or "—")
        self.facts["people"].setText(
            self.tr("Meninggal {d} · hilang {m} · luka {i} · mengungsi {x}").format(
                d=grouped(info.deaths),
                m=grouped(info.missing),
                i=grouped(info.injured),
                x=grouped(info.displaced),
            )  # fmt: skip
        )
        self.facts["houses"].setText(
            self.tr("RB {rb} · RS {rs} · RR {rr} · terendam {t}").format(
                rb=grouped(info.houses_rb),
                rs=grouped(info.houses_rs),
                rr=grouped(info.houses_rr),
                t=grouped(info.houses_flooded),
            )  # fmt: skip
        )
        self.description_label.setText(info.description)
        self.description_label.setVisible(bool(info.description))

    def _show_summary(self, summary: IncidentSummary) -> None:
        for key in ("households", "persons", "displaced_households", "flagged", "infants",
                    "elderly", "disabled", "pregnant"):  # fmt: skip
            self.summary_cards[key].set_text(grouped(getattr(summary, key)))
        for level in DamageLevel:
            self.summary_cards[level.value].set_text(grouped(summary.damage.get(level.value, 0)))

    def _update_count(self, *_args: object) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if total == 0:
            text = self.tr("Belum ada KK terdaftar.")
        elif shown < total:
            text = self.tr("{shown} dari {total} KK").format(shown=grouped(shown),
                                                              total=grouped(total))  # fmt: skip
        else:
            text = self.tr("{total} KK").format(total=grouped(total))
        self.count_label.setText(text)

    # --- selection and buttons
    def selected(self) -> HouseholdRow | None:
        row = selected_row(self.table)
        return self.model.row_at(row) if row is not None else None

    def select_household(self, household_id: int) -> bool:
        for i in range(self.model.rowCount()):
            if self.model.row_at(i).id == household_id:
                self.table.selectRow(i)
                return True
        return False

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    @property
    def is_open(self) -> bool:
        return self.data is not None and self.data.info.status == IncidentStatus.OPEN

    def _update_buttons(self) -> None:
        loaded = self.data is not None
        self.edit_incident_button.setEnabled(self.may_edit_incident and loaded)
        self.status_button.setEnabled(self.may_edit_incident and loaded)
        self.status_button.setText(
            self.tr("Buka kembali…") if loaded and not self.is_open else self.tr("Tutup kejadian…")
        )
        self.add_button.setEnabled(self.may_edit and self.is_open)
        self.import_button.setEnabled(self.may_edit and self.is_open)
        self.edit_button.setEnabled(self.may_edit and self.selected() is not None)
        self.deploy_button.setEnabled(self.may_deploy and loaded)
        if not self.may_edit:
            note = self.tr("Hanya {roles} yang dapat mengubah daftar KK; Anda {role}.").format(
                roles=roles_with(Permission.EDIT_HOUSEHOLDS), role=role_label(self.ctx.actor.role)
            )
        elif loaded and not self.is_open:
            note = self.tr("Kejadian ditutup: buka kembali untuk menambah KK.")
        else:
            note = ""
        self.register_note.setText(note)
        self.register_note.setVisible(bool(note))
        self.shortcuts_changed.emit()

    def shortcuts(self) -> PageShortcuts:
        """Ctrl+N: a household on KK terdampak (open incidents), a volunteer on Tagana."""
        tab = self.tabs.currentIndex()
        if tab == self.REGISTER and self.may_edit and self.is_open:
            return PageShortcuts(new=self.add_household, new_text=self.tr("&Tambah KK…"))
        if tab == self.TAGANA and self.may_deploy and self.data is not None:
            return PageShortcuts(new=self.open_deploy_dialog,
                                 new_text=self.tr("&Tugaskan relawan…"))  # fmt: skip
        return PageShortcuts()

    # --- households
    def add_household(self) -> HouseholdDialog | None:
        if not (self.may_edit and self.is_open and self.data is not None):
            return None
        return self._open_household(None, None)

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None or not self.may_edit or self.data is None:
            return
        self.ctx.read(households.input_for_edit, self.ctx.actor, row.id,
                      on_done=lambda data: self._open_household(row.id, data),
                      on_error=self._failed, owner=self)  # fmt: skip

    def _open_household(
        self, household_id: int | None, existing: HouseholdInput | None
    ) -> HouseholdDialog | None:
        if self.data is None:
            return None
        dialog = HouseholdDialog(self.ctx, self.data.info, self.data.choices,
                                 household_id=household_id, existing=existing,
                                 parent=self)  # fmt: skip
        dialog.household_saved.connect(self._household_saved)
        dialog.finished.connect(dialog.deleteLater)
        self.household_dialog = dialog
        dialog.open()
        return dialog

    def _household_saved(self, saved: SavedHousehold, name: str) -> None:
        if saved.flags:
            self.banner.show_text(duplicate_notice(name, saved.flags), warning=True)
        else:
            self.banner.show_text(self.tr("KK {name} tersimpan.").format(name=name), warning=False)
        self._select_next = saved.id  # the register reloads after the write

    # --- import
    def open_import(self):
        if not (self.may_edit and self.is_open and self.data is not None):
            return None
        from tagana_desk.ui.dialogs.import_households import ImportHouseholdsDialog

        dialog = ImportHouseholdsDialog(self.ctx, self.data.info, parent=self)
        dialog.households_imported.connect(self._imported)
        dialog.finished.connect(dialog.deleteLater)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _imported(self, report: object) -> None:
        imported = getattr(report, "imported", 0)
        flagged = getattr(report, "flagged", 0)
        text = self.tr("Impor selesai: {n} KK ditambahkan").format(n=grouped(imported))
        if flagged:
            text += self.tr(", {n} di antaranya kemungkinan duplikat (periksa di Penerima)").format(
                n=grouped(flagged)
            )
        self.banner.show_text(text + ".", warning=bool(flagged))
