"""Tagana: the volunteer roster (Anggota), the monthly stipend run (Honor bulanan) and
deployments per incident (Penugasan).

Anggota lists Tagana and PSKS volunteers, filtered and searched in SQL and read in batches as the
table scrolls; the deployments of the selected volunteer are shown under it. Volunteers are added
and changed in :class:`VolunteerDialog`, or imported from a spreadsheet.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tagana_desk.db.engine import Database
from tagana_desk.domain.enums import VolunteerLevel
from tagana_desk.domain.roles import Permission
from tagana_desk.services import volunteers
from tagana_desk.services.context import Actor
from tagana_desk.services.volunteers import DeploymentInfo, RosterFilter, VolunteerInfo
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.dialogs.volunteer import VolunteerDialog
from tagana_desk.ui.dialogs.volunteer_import import VolunteerImportDialog
from tagana_desk.ui.errors import describe
from tagana_desk.ui.icons import icon, mark_search_field, on_accent
from tagana_desk.ui.labels import roles_with
from tagana_desk.ui.models.volunteers import RosterTableModel, VolunteerDeploymentModel
from tagana_desk.ui.pages.base import Page, PageShortcuts
from tagana_desk.ui.pages.deployments import DeploymentTab
from tagana_desk.ui.pages.stipends import StipendTab
from tagana_desk.ui.tables import make_table, selected_row
from tagana_desk.ui.volunteer_support import (
    LEVELS,
    LazyTab,
    RosterChoices,
    level_label,
    load_roster_choices,
)
from tagana_desk.ui.widgets import error_label, note_label, page_header, show_message

#: Roster rows read per batch as the table scrolls.
ROSTER_BATCH = 200
#: Typing in the search box waits this long for the next key before querying.
SEARCH_DELAY_MS = 300


@dataclass(frozen=True, slots=True)
class RosterView:
    choices: RosterChoices
    total: int
    first: tuple[VolunteerInfo, ...]


def load_roster_view(session: Session, actor: Actor, flt: RosterFilter, batch: int) -> RosterView:
    """Runs on a worker thread: the choices for the filters and the first batch of the roster."""
    return RosterView(
        load_roster_choices(session),
        volunteers.count_volunteers(session, flt),
        tuple(volunteers.list_volunteers(session, actor, flt, limit=batch, offset=0)),
    )


def read_roster_batch(
    db: Database, actor: Actor, flt: RosterFilter, offset: int, limit: int
) -> list[VolunteerInfo]:
    """One batch of the roster in its own read transaction (runs on a worker thread)."""
    with db.read() as session:
        return volunteers.list_volunteers(session, actor, flt, limit=limit, offset=offset)


def deployments_of(session: Session, volunteer_id: int) -> list[DeploymentInfo]:
    return volunteers.list_deployments(session, volunteer_id=volunteer_id)


class RosterTab(LazyTab):
    """Anggota."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.view: RosterView | None = None
        self.may_edit = ctx.actor.can(Permission.MANAGE_VOLUNTEERS)
        self.volunteer_dialog: VolunteerDialog | None = None
        self.import_dialog: VolunteerImportDialog | None = None
        self._selected_id: int | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 10)
        outer.setSpacing(8)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Cari nama, NIA atau NIK… (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        mark_search_field(self.search_edit)
        self.search_edit.setMinimumWidth(240)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.apply_filters)
        self.type_filter = QComboBox()
        self.type_filter.addItem(self.tr("Semua jenis"), None)
        self.level_filter = QComboBox()
        self.level_filter.addItem(self.tr("Semua tingkat"), None)
        for level in LEVELS:
            self.level_filter.addItem(level_label(level), level.value)
        self.kecamatan_filter = QComboBox()
        self.kecamatan_filter.setMaxVisibleItems(20)
        self.kecamatan_filter.addItem(self.tr("Semua kapanewon"), None)
        self.active_filter = QComboBox()
        self.active_filter.addItem(self.tr("Aktif dan nonaktif"), None)
        self.active_filter.addItem(self.tr("Hanya aktif"), True)
        self.active_filter.addItem(self.tr("Hanya nonaktif"), False)
        for combo in (self.type_filter, self.level_filter, self.kecamatan_filter,
                      self.active_filter):  # fmt: skip
            combo.activated.connect(lambda _i: self.apply_filters())
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.type_filter)
        filters.addWidget(self.level_filter)
        filters.addWidget(self.kecamatan_filter)
        filters.addWidget(self.active_filter)
        outer.addLayout(filters)
        self.import_button = QPushButton(icon("import"), self.tr("Impor dari Excel…"))
        self.import_button.clicked.connect(self.open_import_dialog)
        self.edit_button = QPushButton(icon("edit"), self.tr("Ubah…"))
        self.edit_button.setToolTip(self.tr("Ubah data relawan terpilih (Enter)"))
        self.edit_button.clicked.connect(self.edit_volunteer)
        self.add_button = QPushButton(self.tr("Tambah relawan…"))
        self.add_button.setObjectName("primaryButton")
        self.add_button.setIcon(on_accent("new"))
        self.add_button.setToolTip(self.tr("Tambah relawan (Ctrl+N)"))
        self.add_button.clicked.connect(self.add_volunteer)

        self.model = RosterTableModel(ctx.runner, batch_size=ROSTER_BATCH, parent=self)
        self.model.load_failed.connect(lambda exc: show_message(self.message, describe(exc)))
        self.model.rowsInserted.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        m = RosterTableModel
        self.table = make_table(
            self.model, stretch=m.NAME,
            widths={m.NIK: 140, m.TYPE: 70, m.NIA: 120, m.LEVEL: 70, m.KECAMATAN: 110,
                    m.PHONE: 120, m.JOINED: 90, m.LEFT: 90, m.ACTIVE: 55},
        )  # fmt: skip
        self.table.setObjectName("rosterTable")
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        self.table.doubleClicked.connect(lambda _i: self.edit_volunteer())
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self.edit_volunteer,
                  context=Qt.ShortcutContext.WidgetShortcut)  # fmt: skip
        outer.addWidget(self.table, 3)

        actions = QHBoxLayout()
        actions.setSpacing(8)
        self.count_label = note_label()
        self.count_label.setWordWrap(False)
        actions.addWidget(self.count_label)
        actions.addStretch(1)
        self.role_note = note_label()
        self.role_note.setWordWrap(False)
        actions.addWidget(self.role_note)
        for button in (self.import_button, self.edit_button, self.add_button):
            actions.addWidget(button)
        outer.addLayout(actions)

        self.deployments_title = QLabel(self.tr("Penugasan"))
        self.deployments_title.setObjectName("sectionTitle")
        outer.addWidget(self.deployments_title)
        self.deployment_model = VolunteerDeploymentModel(self)
        d = VolunteerDeploymentModel
        self.deployment_table = make_table(
            self.deployment_model, stretch=d.INCIDENT,
            widths={d.START: 95, d.END: 95, d.DAYS: 50, d.ROLE: 200, d.PAID: 170},
        )  # fmt: skip
        self.deployment_table.setObjectName("volunteerDeploymentsTable")
        self.deployment_table.setMinimumHeight(90)
        self.deployment_table.horizontalHeader().setSectionResizeMode(
            d.ROLE, QHeaderView.ResizeMode.Interactive
        )
        outer.addWidget(self.deployment_table, 1)
        self.message = error_label()
        outer.addWidget(self.message)

        for button in (self.import_button, self.edit_button, self.add_button):
            button.setEnabled(False)
        if not self.may_edit:
            self.role_note.setText(
                self.tr("Hanya {roles} yang dapat menambah atau mengubah data relawan.").format(
                    roles=roles_with(Permission.MANAGE_VOLUNTEERS)
                )
            )
        self.role_note.setVisible(not self.may_edit)

    # --- filters
    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def roster_filter(self) -> RosterFilter:
        level = self.level_filter.currentData()
        return RosterFilter(
            text=self.search_edit.text().strip() or None,
            type_code=self.type_filter.currentData(),
            level=VolunteerLevel(level) if level else None,
            kecamatan_code=self.kecamatan_filter.currentData(),
            active=self.active_filter.currentData(),
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
        self.refresh()

    # --- loading
    def load(self) -> None:
        self.ctx.read(load_roster_view, self.ctx.actor, self.roster_filter(),
                      self.model.batch_size, on_done=self._show, on_error=self._failed,
                      owner=self)  # fmt: skip

    def _show(self, view: RosterView) -> None:
        first_time = self.view is None
        self.view = view
        if first_time:
            self._fill_filters(view.choices)
        loader = partial(read_roster_batch, self.ctx.db, self.ctx.actor, self.roster_filter())
        keep = self._selected_id
        self.model.kecamatan_word = view.choices.labels.kecamatan
        self.model.reset(loader, view.total, view.first)
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == keep:
                self.table.selectRow(row)
                break
        else:
            self._selection_changed()
        for button in (self.import_button, self.add_button):
            button.setEnabled(self.may_edit)
        show_message(self.message, "")

    def _fill_filters(self, choices: RosterChoices) -> None:
        for info in choices.types:
            self.type_filter.addItem(info.code, info.code)
        word = choices.labels.kecamatan
        self.kecamatan_filter.setItemText(0, self.tr("Semua {word}").format(word=word.lower()))
        for code, name in choices.kecamatan:
            self.kecamatan_filter.addItem(name, code)

    def _failed(self, exc: object) -> None:
        show_message(self.message, describe(exc))

    def _update_count(self, *_args: object) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if total == 0:
            text = self.tr("Tidak ada relawan yang cocok.")
        elif shown < total:
            text = self.tr("{shown} dari {total} relawan").format(shown=shown, total=total)
        else:
            text = self.tr("{total} relawan").format(total=total)
        self.count_label.setText(text)

    # --- the selected volunteer and their deployments
    def selected(self) -> VolunteerInfo | None:
        row = selected_row(self.table)
        return self.model.row_at(row) if row is not None else None

    def _selection_changed(self) -> None:
        info = self.selected()
        self.edit_button.setEnabled(self.may_edit and info is not None)
        if info is None:
            self._selected_id = None
            self.deployments_title.setText(self.tr("Penugasan"))
            self.deployment_model.set_rows([])
            return
        self._selected_id = info.id
        self.deployments_title.setText(self.tr("Penugasan {name}").format(name=info.name))
        self.ctx.read(deployments_of, info.id, on_done=partial(self._show_deployments, info.id),
                      on_error=self._failed, owner=self)  # fmt: skip

    def _show_deployments(self, volunteer_id: int, rows: list[DeploymentInfo]) -> None:
        if volunteer_id == self._selected_id:
            self.deployment_model.set_rows(rows)

    # --- adding, changing, importing
    def add_volunteer(self) -> VolunteerDialog | None:
        return self._open(None)

    def edit_volunteer(self) -> VolunteerDialog | None:
        info = self.selected()
        return self._open(info) if info is not None else None

    def _open(self, existing: VolunteerInfo | None) -> VolunteerDialog | None:
        if not self.may_edit or self.view is None:
            return None
        dialog = VolunteerDialog(self.ctx, self.view.choices, existing, parent=self)
        dialog.volunteer_saved.connect(self._saved)
        dialog.finished.connect(dialog.deleteLater)
        self.volunteer_dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, info: VolunteerInfo) -> None:
        # The roster reloads after the write (``write_committed``); keep the volunteer selected.
        self._selected_id = info.id

    def open_import_dialog(self) -> VolunteerImportDialog | None:
        if not self.may_edit or self.view is None:
            return None
        dialog = VolunteerImportDialog(self.ctx, self.view.choices, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        self.import_dialog = dialog
        dialog.open()
        return dialog


class VolunteersPage(Page):
    """Tagana."""

    ANGGOTA, HONOR, PENUGASAN = range(3)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 22, 28, 12)
        outer.setSpacing(10)
        outer.addWidget(
            page_header(
                self.tr("Tagana"),
                self.tr(
                    "Relawan Tagana dan PSKS: daftar anggota, honor bulanan dengan daftar "
                    "penerimaan dan kuitansi, serta penugasan per kejadian."
                ),
            )
        )
        self.tabs = QTabWidget()
        self.roster_tab = RosterTab(ctx)
        self.stipend_tab = StipendTab(ctx)
        self.deployment_tab = DeploymentTab(ctx)
        self.tabs.addTab(self.roster_tab, self.tr("Anggota"))
        self.tabs.addTab(self.stipend_tab, self.tr("Honor bulanan"))
        self.tabs.addTab(self.deployment_tab, self.tr("Penugasan"))
        outer.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _i: self.shortcuts_changed.emit())

    def shortcuts(self) -> PageShortcuts:
        tab = self.tabs.currentIndex()
        if tab == self.ANGGOTA:
            roster = self.roster_tab
            return PageShortcuts(
                find=roster.focus_search,
                new=roster.add_volunteer if roster.may_edit else None,
                new_text=self.tr("&Tambah relawan…"),
            )
        if tab == self.HONOR:
            return PageShortcuts(
                print=self.stipend_tab.open_list_preview,
                print_text=self.tr("Ce&tak daftar penerimaan…"),
            )
        if tab == self.PENUGASAN and self.deployment_tab.may_edit:
            return PageShortcuts(
                new=self.deployment_tab.open_deploy_dialog,
                new_text=self.tr("&Tugaskan relawan…"),
            )
        return PageShortcuts()

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
