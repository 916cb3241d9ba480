"""Kejadian: the incident list (filtered and sorted in SQL, loaded lazily) and, on a double-click,
the incident's detail with its register of affected households."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QDate, QItemSelection, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tagana_desk.db.engine import Database
from tagana_desk.domain.enums import IncidentStatus, IncidentType
from tagana_desk.domain.roles import Permission
from tagana_desk.services import incidents
from tagana_desk.services.context import Actor
from tagana_desk.services.incidents import IncidentFilter, IncidentInfo
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.dialogs.incident import IncidentDialog
from tagana_desk.ui.dialogs.reason import ReasonDialog
from tagana_desk.ui.errors import describe
from tagana_desk.ui.habits import remember_views
from tagana_desk.ui.icons import mark_search_field, on_accent
from tagana_desk.ui.incident_labels import incident_status_label, incident_type_label
from tagana_desk.ui.labels import role_label, roles_with
from tagana_desk.ui.models.incidents import IncidentTableModel
from tagana_desk.ui.pages.base import Page, PageShortcuts, focus_field
from tagana_desk.ui.pages.incident_detail import IncidentDetailView
from tagana_desk.ui.region_picker import RegionChoices, load_region_choices
from tagana_desk.ui.tables import SqlSort, make_table, selected_row
from tagana_desk.ui.widgets import (
    date_edit,
    error_label,
    note_label,
    page_header,
    show_message,
    to_date,
)

INCIDENT_BATCH = 200
SEARCH_DELAY_MS = 300


@dataclass(frozen=True, slots=True)
class IncidentListView:
    filter: IncidentFilter
    sort: str
    descending: bool
    total: int
    first: tuple[IncidentInfo, ...]
    choices: RegionChoices | None  # None: not re-read


def load_incident_list(
    session: Session, flt: IncidentFilter, sort: str, descending: bool, with_choices: bool,
    batch: int = INCIDENT_BATCH,
) -> IncidentListView:  # fmt: skip
    """Runs on a worker thread: the count, the first batch and (when asked) the pickers."""
    return IncidentListView(
        flt, sort, descending,
        incidents.count_incidents(session, flt),
        tuple(incidents.list_incidents(session, flt, sort=sort, descending=descending,
                                       limit=batch, offset=0)),
        load_region_choices(session) if with_choices else None,
    )  # fmt: skip


def read_incident_batch(
    db: Database, flt: IncidentFilter, sort: str, descending: bool, offset: int, limit: int
) -> list[IncidentInfo]:
    with db.read() as session:
        return incidents.list_incidents(
            session, flt, sort=sort, descending=descending, limit=limit, offset=offset
        )


def set_incident_status(
    session: Session, actor: Actor, incident_id: int, status: IncidentStatus, reason: str
) -> IncidentInfo:
    return incidents.set_status(session, actor, incident_id, status, reason)


class IncidentsPage(Page):
    """Kejadian."""

    LIST, DETAIL = 0, 1

    #: The detail's "Buka di Penyaluran" (incident id), for the main window.
    payments_requested = Signal(int)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.may_edit = ctx.actor.can(Permission.EDIT_INCIDENTS)
        self.choices: RegionChoices | None = None
        self.incident_dialog: IncidentDialog | None = None
        self.reason_dialog: ReasonDialog | None = None
        #: Select this incident once the list is read again (a new or changed one).
        self._select_next: int | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        self.list_panel = QWidget()
        self.stack.addWidget(self.list_panel)
        # The detail (five tabs) is built when an incident is first opened: building it with
        # the list took two thirds of the page's first show.
        self._detail: IncidentDetailView | None = None
        self._offer_payments = False
        self.stack.currentChanged.connect(lambda _i: self.shortcuts_changed.emit())
        self._build_list()

    @property
    def detail(self) -> IncidentDetailView:
        """The incident's detail view, built on first use."""
        if self._detail is None:
            detail = self._detail = IncidentDetailView(self.ctx)
            detail.back_requested.connect(self.show_list)
            detail.edit_requested.connect(self.edit_incident)
            detail.status_requested.connect(self.toggle_status)
            detail.payments_requested.connect(self.payments_requested)
            detail.shortcuts_changed.connect(self.shortcuts_changed)
            if self._offer_payments:
                detail.offer_payments_page()
            self.stack.insertWidget(self.DETAIL, detail)
            remember_views(detail)  # its column widths, as the page's were when it was built
        return self._detail

    def offer_payments_page(self) -> None:
        """The detail offers "Buka di Penyaluran" (the main window can show it)."""
        self._offer_payments = True
        if self._detail is not None:
            self._detail.offer_payments_page()

    def _build_list(self) -> None:
        layout = QVBoxLayout(self.list_panel)
        layout.setContentsMargins(28, 22, 28, 18)
        layout.setSpacing(10)
        layout.addWidget(
            page_header(
                self.tr("Kejadian"),
                self.tr(
                    "Kejadian bencana dan musibah beserta KK terdampaknya. Klik dua kali (atau "
                    "Enter) untuk membuka rincian dan daftar KK."
                ),
            )
        )

        actions = QHBoxLayout()
        actions.setSpacing(8)
        self.new_button = QPushButton(self.tr("Baru…"))
        self.new_button.setObjectName("primaryButton")
        self.new_button.setIcon(on_accent("new"))
        self.new_button.setToolTip(self.tr("Catat kejadian baru (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_incident)
        self.open_button = QPushButton(self.tr("Buka rincian"))
        self.open_button.setToolTip(self.tr("Rincian dan daftar KK terdampak (Enter)"))
        self.open_button.clicked.connect(self.open_selected)
        self.edit_button = QPushButton(self.tr("Ubah…"))
        self.edit_button.clicked.connect(lambda: self.edit_incident(self.selected()))
        self.status_button = QPushButton(self.tr("Tutup kejadian…"))
        self.status_button.clicked.connect(lambda: self.toggle_status(self.selected()))
        for button in (self.new_button, self.open_button, self.edit_button, self.status_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.role_note = note_label()
        self.role_note.setWordWrap(False)
        actions.addWidget(self.role_note)
        layout.addLayout(actions)
        if not self.may_edit:
            self.new_button.setEnabled(False)
            self.role_note.setText(
                self.tr("Hanya {roles} yang dapat mencatat kejadian; Anda masuk sebagai {role}.")
                .format(roles=roles_with(Permission.EDIT_INCIDENTS),
                        role=role_label(self.ctx.actor.role))
            )  # fmt: skip
        self.role_note.setVisible(not self.may_edit)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("Semua status"), None)
        for status in IncidentStatus:
            self.status_combo.addItem(incident_status_label(status), status.value)
        self.type_combo = QComboBox()
        self.type_combo.addItem(self.tr("Semua jenis"), None)
        for kind in IncidentType:
            self.type_combo.addItem(incident_type_label(kind), kind.value)
        self.kecamatan_combo = QComboBox()
        self.kecamatan_combo.setMinimumWidth(170)
        self._fill_kecamatan(None)
        self.date_check = QCheckBox(self.tr("Tanggal"))
        self.date_from = date_edit()
        self.date_from.setDate(QDate.currentDate().addDays(-30))
        self.date_to = date_edit()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Cari judul atau tempat… (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        mark_search_field(self.search_edit)
        self.reset_button = QPushButton(self.tr("Atur ulang"))
        for widget in (self.status_combo, self.type_combo, self.kecamatan_combo):
            filters.addWidget(widget)
        filters.addSpacing(6)
        filters.addWidget(self.date_check)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel("–"))
        filters.addWidget(self.date_to)
        filters.addSpacing(6)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.reset_button)
        layout.addLayout(filters)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._filters_changed)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._filters_changed)
        for combo in (self.status_combo, self.type_combo, self.kecamatan_combo):
            combo.activated.connect(self._filters_changed)
        self.date_check.toggled.connect(self._date_toggled)
        self.date_from.dateChanged.connect(self._dates_changed)
        self.date_to.dateChanged.connect(self._dates_changed)
        self.reset_button.clicked.connect(self.reset_filters)
        self._date_toggled(False, reload=False)

        self.count_label = note_label()
        layout.addWidget(self.count_label)

        self.model = IncidentTableModel(self.ctx.runner, batch_size=INCIDENT_BATCH, parent=self)
        self.model.rowsInserted.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self.model.modelReset.connect(self._update_buttons)
        self.model.load_failed.connect(lambda exc: show_message(self.message, describe(exc)))
        m = IncidentTableModel
        self.table = make_table(
            self.model, stretch=m.TITLE,
            widths={m.DATE: 130, m.TYPE: 160, m.KECAMATAN: 140, m.DESA: 150, m.HOUSEHOLDS: 70,
                    m.STATUS: 90},
        )  # fmt: skip
        self.table.setObjectName("incidentsTable")
        self.sort = SqlSort(self.table, m.SORT_KEYS, column=m.DATE, descending=True)
        self.sort.changed.connect(self._filters_changed)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)

        self.message = error_label()
        layout.addWidget(self.message)
        self._update_buttons()

    # --- filters
    def current_filter(self) -> IncidentFilter:
        use_dates = self.date_check.isChecked()
        status = self.status_combo.currentData()
        kind = self.type_combo.currentData()
        return IncidentFilter(
            status=IncidentStatus(status) if status else None,
            type=IncidentType(kind) if kind else None,
            kecamatan_code=self.kecamatan_combo.currentData() or None,
            date_from=to_date(self.date_from.date()) if use_dates else None,
            date_to=to_date(self.date_to.date()) if use_dates else None,
            text=self.search_edit.text().strip() or None,
        )

    def reset_filters(self) -> None:
        widgets = (self.status_combo, self.type_combo, self.kecamatan_combo, self.date_check,
                   self.search_edit)  # fmt: skip
        for widget in widgets:
            widget.blockSignals(True)
        for combo in (self.status_combo, self.type_combo, self.kecamatan_combo):
            combo.setCurrentIndex(0)
        self.date_check.setChecked(False)
        self._date_toggled(False, reload=False)
        self.search_edit.clear()
        for widget in widgets:
            widget.blockSignals(False)
        self._filters_changed()

    def _fill_kecamatan(self, choices: RegionChoices | None) -> None:
        keep = self.kecamatan_combo.currentData()
        labels = choices.labels if choices else None
        word = labels.kecamatan.lower() if labels else self.tr("kecamatan")
        self.kecamatan_combo.clear()
        self.kecamatan_combo.addItem(self.tr("Semua {kecamatan}").format(kecamatan=word), None)
        for code, name in choices.kecamatan if choices else ():
            self.kecamatan_combo.addItem(name, code)
        self.kecamatan_combo.setCurrentIndex(max(0, self.kecamatan_combo.findData(keep)))

    def _date_toggled(self, on: bool, *, reload: bool = True) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        if reload:
            self._filters_changed()

    def _dates_changed(self, *_args: object) -> None:
        if self.date_check.isChecked():
            self._filters_changed()

    def _filters_changed(self, *_args: object) -> None:
        self._search_timer.stop()
        self._read(with_choices=False)

    # --- loading
    def load(self) -> None:
        self._read(with_choices=True)
        if self.stack.currentIndex() == self.DETAIL:
            self.detail.load()

    def _read(self, *, with_choices: bool) -> None:
        self.ctx.read(
            load_incident_list, self.current_filter(), self.sort.key, self.sort.descending,
            with_choices, self.model.batch_size,
            on_done=self._show, on_error=self._failed, owner=self,
        )  # fmt: skip

    def _show(self, data: IncidentListView) -> None:
        if (data.filter, data.sort, data.descending) != (
            self.current_filter(), self.sort.key, self.sort.descending,
        ):  # fmt: skip
            return  # the filters changed while this was read; the newer read follows
        if data.choices is not None:
            self.choices = data.choices
            self._fill_kecamatan(data.choices)
            self.model.set_area_labels(data.choices.labels.kecamatan, data.choices.labels.desa)
        keep = self.selected()
        keep_id = self._select_next or (keep.id if keep is not None else None)
        self._select_next = None
        loader = partial(read_incident_batch, self.ctx.db, data.filter, data.sort,
                         data.descending)  # fmt: skip
        self.model.reset(loader, data.total, data.first)
        if keep_id is not None:
            self.select_incident(keep_id)
        show_message(self.message, "")

    def _failed(self, exc: object) -> None:
        show_message(self.message, describe(exc))

    def _update_count(self, *_args: object) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if total == 0:
            text = self.tr("Tidak ada kejadian yang cocok.")
        elif shown < total:
            text = self.tr("{shown} dari {total} kejadian").format(shown=shown, total=total)
        else:
            text = self.tr("{total} kejadian").format(total=total)
        self.count_label.setText(text)

    # --- selection
    def selected(self) -> IncidentInfo | None:
        row = selected_row(self.table)
        return self.model.row_at(row) if row is not None else None

    def select_incident(self, incident_id: int) -> bool:
        for i in range(self.model.rowCount()):
            if self.model.row_at(i).id == incident_id:
                self.table.selectRow(i)
                return True
        return False

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        info = self.selected()
        self.open_button.setEnabled(info is not None)
        self.edit_button.setEnabled(self.may_edit and info is not None)
        self.status_button.setEnabled(self.may_edit and info is not None)
        closed = info is not None and info.status == IncidentStatus.CLOSED
        self.status_button.setText(
            self.tr("Buka kembali…") if closed else self.tr("Tutup kejadian…")
        )

    def shortcuts(self) -> PageShortcuts:
        if self.stack.currentIndex() == self.DETAIL:
            return self.detail.shortcuts()
        return PageShortcuts(
            find=focus_field(self.search_edit),
            new=self.new_incident if self.may_edit else None,
            new_text=self.tr("Kejadian &baru…"),
        )

    # --- detail
    def open_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.open_incident(info.id)

    def open_incident(self, incident_id: int) -> None:
        detail = self.detail
        self.stack.setCurrentWidget(detail)
        detail.show_incident(incident_id)

    def show_list(self) -> None:
        self.stack.setCurrentIndex(self.LIST)
        self.table.setFocus()

    # --- writing
    def new_incident(self) -> IncidentDialog | None:
        return self._open_dialog(None)

    def edit_incident(self, info: IncidentInfo | None) -> IncidentDialog | None:
        if info is None:
            return None
        return self._open_dialog(info)

    def _open_dialog(self, info: IncidentInfo | None) -> IncidentDialog | None:
        if not self.may_edit or self.choices is None:
            return None
        dialog = IncidentDialog(self.ctx, self.choices, info, parent=self)
        dialog.incident_saved.connect(self._incident_saved)
        dialog.finished.connect(dialog.deleteLater)
        self.incident_dialog = dialog
        dialog.open()
        return dialog

    def _incident_saved(self, info: IncidentInfo) -> None:
        # The list reloads after the write (``write_committed``); select the saved one then.
        self._select_next = info.id

    def toggle_status(self, info: IncidentInfo | None) -> ReasonDialog | None:
        if info is None or not self.may_edit:
            return None
        closing = info.status == IncidentStatus.OPEN
        if closing:
            dialog = ReasonDialog(
                self.tr("Tutup kejadian"),
                self.tr(
                    "Tutup “{title}”? Kejadian yang ditutup tidak dapat ditambah KK baru sampai "
                    "dibuka kembali."
                ).format(title=info.title),
                field_label=self.tr("Alasan"),
                confirm_text=self.tr("Tutup kejadian"),
                required=True,
                placeholder=self.tr("mis. Penanganan darurat selesai"),
                parent=self,
            )
        else:
            dialog = ReasonDialog(
                self.tr("Buka kembali kejadian"),
                self.tr("Buka kembali “{title}” agar KK dapat ditambah atau diubah?").format(
                    title=info.title
                ),
                field_label=self.tr("Alasan"),
                confirm_text=self.tr("Buka kembali"),
                required=True,
                placeholder=self.tr("mis. Ada KK susulan dari kalurahan"),
                parent=self,
            )
        status = IncidentStatus.CLOSED if closing else IncidentStatus.OPEN
        dialog.reason_given.connect(lambda reason: self._set_status(info.id, status, reason))
        dialog.finished.connect(dialog.deleteLater)
        self.reason_dialog = dialog
        dialog.open()
        return dialog

    def _set_status(self, incident_id: int, status: IncidentStatus, reason: str) -> None:
        self.ctx.write(set_incident_status, self.ctx.actor, incident_id, status, reason,
                       on_error=self._failed, owner=self)  # fmt: skip
