"""Audit: the hash-chained log of every write, newest first, read-only; the filtered events can
be exported as CSV."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QDate, QItemSelection, Qt, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tagana_desk.db.engine import Database
from tagana_desk.domain.roles import Permission
from tagana_desk.reports.audit_csv import masked, write_audit_csv
from tagana_desk.services import audit
from tagana_desk.services.audit import AuditFilter, AuditRow
from tagana_desk.services.context import Actor
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.errors import describe
from tagana_desk.ui.formatting import local_datetime
from tagana_desk.ui.habits import last_folder, remember_folder
from tagana_desk.ui.icons import icon, mark_search_field
from tagana_desk.ui.labels import action_label, entity_label, role_label, roles_with
from tagana_desk.ui.models.audit import AuditTableModel, pretty_json
from tagana_desk.ui.pages.base import Page, PageShortcuts, focus_field
from tagana_desk.ui.progress import TaskProgress
from tagana_desk.ui.tables import fit_column_width
from tagana_desk.ui.widgets import (
    NoticePage,
    date_edit,
    error_label,
    note_label,
    page_header,
    show_message,
    to_date,
)

AUDIT_BATCH = 200
SEARCH_DELAY_MS = 300
LAST_FOLDER_KEY = "ui/audit_export/last_folder"


@dataclass(frozen=True, slots=True)
class AuditView:
    filter: AuditFilter
    total: int
    first: tuple[AuditRow, ...]
    usernames: tuple[str, ...] | None  # None: choices not re-read
    entities: tuple[str, ...] | None


def load_audit(
    session: Session, actor: Actor, flt: AuditFilter, with_choices: bool, batch: int = AUDIT_BATCH
) -> AuditView:
    usernames = entities = None
    if with_choices:
        users_found, entities_found = audit.distinct_values(session, actor)
        usernames, entities = tuple(users_found), tuple(entities_found)
    return AuditView(
        flt,
        audit.count_events(session, actor, flt),
        tuple(audit.list_events(session, actor, flt, limit=batch, offset=0)),
        usernames,
        entities,
    )


def read_audit_batch(
    db: Database, actor: Actor, flt: AuditFilter, offset: int, limit: int
) -> list[AuditRow]:
    with db.read() as session:
        return audit.list_events(session, actor, flt, limit=limit, offset=offset)


def export_audit_csv(
    db: Database, actor: Actor, flt: AuditFilter, path: str,
    progress: Callable[[int], None] | None = None, cancelled: Callable[[], bool] | None = None,
) -> int:  # fmt: skip
    """Runs on a worker thread: every event of the filter, streamed in batches, to ``path``."""
    with db.read() as session:
        return write_audit_csv(
            audit.iter_events(session, actor, flt), path, action_label=action_label,
            entity_label=entity_label, progress=progress, cancelled=cancelled,
        )  # fmt: skip


class AuditPage(Page):
    """Audit."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.allowed = ctx.actor.can(Permission.VIEW_AUDIT)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        if not self.allowed:
            who = roles_with(Permission.VIEW_AUDIT)
            self.notice = NoticePage(
                self.tr("Audit"),
                self.tr("Log audit hanya dapat dilihat oleh peran {roles}.").format(roles=who),
                self.tr(
                    "Anda masuk sebagai {role}. Minta admin bila Anda memerlukan akses."
                ).format(role=role_label(ctx.actor.role)),
            )
            outer.addWidget(self.notice)
            return
        self._build(outer)

    def _build(self, outer: QVBoxLayout) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(28, 22, 28, 18)
        layout.setSpacing(10)
        outer.addWidget(body)
        layout.addWidget(
            page_header(
                self.tr("Audit"),
                self.tr(
                    "Setiap perubahan data tercatat di sini: siapa, kapan, apa. Catatan berantai "
                    "sehingga perubahan diam-diam dapat ketahuan. Hanya-baca."
                ),
            )
        )

        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.user_combo = QComboBox()
        self.user_combo.setMinimumWidth(140)
        self.entity_combo = QComboBox()
        self.entity_combo.setMinimumWidth(160)
        self.date_check = QCheckBox(self.tr("Tanggal"))
        self.date_from = self._date_edit(QDate.currentDate().addDays(-30))
        self.date_to = self._date_edit(QDate.currentDate())
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Cari ID, alasan atau isi… (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        mark_search_field(self.search_edit)
        self.reset_button = QPushButton(self.tr("Atur ulang"))
        filters.addWidget(QLabel(self.tr("Pengguna")))
        filters.addWidget(self.user_combo)
        filters.addWidget(QLabel(self.tr("Entitas")))
        filters.addWidget(self.entity_combo)
        filters.addSpacing(6)
        filters.addWidget(self.date_check)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel("–"))
        filters.addWidget(self.date_to)
        filters.addSpacing(6)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.reset_button)
        layout.addLayout(filters)
        self._reset_choices()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._filters_changed)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._filters_changed)
        self.user_combo.activated.connect(self._filters_changed)
        self.entity_combo.activated.connect(self._filters_changed)
        self.date_check.toggled.connect(self._date_toggled)
        self.date_from.dateChanged.connect(self._filters_changed)
        self.date_to.dateChanged.connect(self._filters_changed)
        self.reset_button.clicked.connect(self.reset_filters)
        self._date_toggled(False, reload=False)

        count_row = QHBoxLayout()
        count_row.setSpacing(8)
        self.count_label = note_label()
        count_row.addWidget(self.count_label, 1)
        self.export_label = QLabel()
        self.export_label.setObjectName("okLabel")
        self.export_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        count_row.addWidget(self.export_label)
        self.export_button = QPushButton(icon("export"), self.tr("Ekspor CSV…"))
        self.export_button.setToolTip(
            self.tr("Simpan semua peristiwa yang cocok dengan saringan sebagai CSV (Excel)")
        )
        self.export_button.clicked.connect(self.export_csv)
        count_row.addWidget(self.export_button)
        layout.addLayout(count_row)
        self.export_progress: TaskProgress | None = None

        self.model = AuditTableModel(self.ctx.runner, batch_size=AUDIT_BATCH, parent=self)
        self.model.rowsInserted.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self.model.load_failed.connect(lambda exc: show_message(self.message, describe(exc)))
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        # Newest first is the order the service reads in; sorting happens in SQL, not here.
        self.table.setSortingEnabled(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(AuditTableModel.REASON, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (AuditTableModel.TIME, 130),
            (AuditTableModel.USER, 120),
            (AuditTableModel.ACTION, 150),
            (AuditTableModel.ENTITY, 150),
            (AuditTableModel.ENTITY_ID, 80),
        ):
            fit_column_width(self.table, column, width)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        details = QFrame()
        details.setObjectName("card")
        grid = QGridLayout(details)
        grid.setContentsMargins(14, 10, 14, 12)
        grid.setHorizontalSpacing(12)
        self.detail_title = QLabel(self.tr("Pilih satu baris untuk melihat rinciannya."))
        self.detail_title.setObjectName("cardTitle")
        self.detail_title.setWordWrap(True)
        grid.addWidget(self.detail_title, 0, 0, 1, 2)
        before_label = QLabel(self.tr("Sebelum"))
        before_label.setObjectName("cardCaption")
        after_label = QLabel(self.tr("Sesudah"))
        after_label.setObjectName("cardCaption")
        grid.addWidget(before_label, 1, 0)
        grid.addWidget(after_label, 1, 1)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.before_text = QPlainTextEdit()
        self.after_text = QPlainTextEdit()
        for edit in (self.before_text, self.after_text):
            edit.setReadOnly(True)
            edit.setFont(mono)
            edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        grid.addWidget(self.before_text, 2, 0)
        grid.addWidget(self.after_text, 2, 1)

        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("auditSplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        self.message = error_label()
        layout.addWidget(self.message)
        self._choices_loaded = False

    @staticmethod
    def _date_edit(value: QDate):
        edit = date_edit()
        edit.setDate(value)
        return edit

    # --- filters
    def shortcuts(self) -> PageShortcuts:
        return (
            PageShortcuts(find=focus_field(self.search_edit)) if self.allowed else PageShortcuts()
        )

    def current_filter(self) -> AuditFilter:
        use_dates = self.date_check.isChecked()
        return AuditFilter(
            username=self.user_combo.currentData() or None,
            entity=self.entity_combo.currentData() or None,
            date_from=to_date(self.date_from.date()) if use_dates else None,
            date_to=to_date(self.date_to.date()) if use_dates else None,
            text=self.search_edit.text().strip() or None,
        )

    def reset_filters(self) -> None:
        for widget in (self.user_combo, self.entity_combo, self.date_check, self.search_edit):
            widget.blockSignals(True)
        self.user_combo.setCurrentIndex(0)
        self.entity_combo.setCurrentIndex(0)
        self.date_check.setChecked(False)
        self._date_toggled(False, reload=False)
        self.search_edit.clear()
        for widget in (self.user_combo, self.entity_combo, self.date_check, self.search_edit):
            widget.blockSignals(False)
        self._filters_changed()

    def _date_toggled(self, on: bool, *, reload: bool = True) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        if reload:
            self._filters_changed()

    def _reset_choices(
        self, usernames: tuple[str, ...] = (), entities: tuple[str, ...] = ()
    ) -> None:
        keep_user, keep_entity = self.user_combo.currentData(), self.entity_combo.currentData()
        self.user_combo.clear()
        self.user_combo.addItem(self.tr("Semua pengguna"), None)
        for name in usernames:
            self.user_combo.addItem(name, name)
        self.entity_combo.clear()
        self.entity_combo.addItem(self.tr("Semua entitas"), None)
        for code in sorted(entities, key=entity_label):
            self.entity_combo.addItem(entity_label(code), code)
        self.user_combo.setCurrentIndex(max(0, self.user_combo.findData(keep_user)))
        self.entity_combo.setCurrentIndex(max(0, self.entity_combo.findData(keep_entity)))

    def _filters_changed(self, *_args: object) -> None:
        self._search_timer.stop()
        self._read(with_choices=False)

    # --- loading
    def load(self) -> None:
        if self.allowed:
            self._read(with_choices=True)

    def _read(self, *, with_choices: bool) -> None:
        self.ctx.read(
            load_audit, self.ctx.actor, self.current_filter(), with_choices, self.model.batch_size,
            on_done=self._show, on_error=self._failed, owner=self,
        )  # fmt: skip

    def _show(self, data: AuditView) -> None:
        if data.filter != self.current_filter():
            return  # the filters changed while this was read; the newer read follows
        if data.usernames is not None and data.entities is not None:
            self._reset_choices(data.usernames, data.entities)
        loader = partial(read_audit_batch, self.ctx.db, self.ctx.actor, data.filter)
        self.model.reset(loader, data.total, data.first)
        self._show_details(None)
        show_message(self.message, "")

    def _failed(self, exc: object) -> None:
        show_message(self.message, describe(exc))

    def _update_count(self, *_args: object) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if total == 0:
            text = self.tr("Tidak ada peristiwa yang cocok.")
        elif shown < total:
            text = self.tr("{shown} dari {total} peristiwa, terbaru di atas").format(
                shown=shown, total=total
            )
        else:
            text = self.tr("{total} peristiwa, terbaru di atas").format(total=total)
        self.count_label.setText(text)

    # --- export
    def export_csv(self) -> None:
        """Ask where, then write the filtered events (all of them, not only those loaded)."""
        if not self.allowed or self.export_progress is not None:
            return
        folder = last_folder(LAST_FOLDER_KEY)
        name = f"audit-{dt.datetime.now():%Y%m%d-%H%M}.csv"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Ekspor log audit"), str(folder / name), self.tr("CSV (*.csv)")
        )
        if path:
            if not path.lower().endswith(".csv"):
                path += ".csv"
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the events that match the current filters to ``path`` on a worker thread."""
        if not self.allowed or self.export_progress is not None:
            return
        remember_folder(path, LAST_FOLDER_KEY)
        total = self.model.total
        progress = TaskProgress(
            self, self.tr("Ekspor log audit"),
            self.tr("Menulis {n} peristiwa ke {name}…").format(n=total, name=path.name),
        )  # fmt: skip
        self.export_progress = progress
        self.export_button.setEnabled(False)
        self.export_label.clear()
        self.ctx.runner.submit(
            export_audit_csv, self.ctx.db, self.ctx.actor, self.current_filter(), str(path),
            partial(_report_rows, progress, total), progress.cancelled,
            on_done=lambda n: self._exported(path, n), on_error=self._export_failed, owner=self,
        )  # fmt: skip

    def _end_export(self) -> None:
        if self.export_progress is not None:
            self.export_progress.finish()
            self.export_progress = None
        self.export_button.setEnabled(True)

    def _exported(self, path: Path, count: int) -> None:
        self._end_export()
        show_message(self.message, "")
        self.export_label.setText(
            self.tr("{n} peristiwa diekspor ke {path}").format(n=count, path=path)
        )

    def _export_failed(self, exc: object) -> None:
        self._end_export()
        if isinstance(exc, OSError):
            text = self.tr("CSV tidak dapat disimpan: {reason}").format(reason=exc.strerror or exc)
        else:
            text = describe(exc)
        show_message(self.message, text)

    # --- details
    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._show_details(self.model.row_at(rows[0].row()) if rows else None)

    def _show_details(self, row: AuditRow | None) -> None:
        if row is None:
            self.detail_title.setText(self.tr("Pilih satu baris untuk melihat rinciannya."))
            self.before_text.clear()
            self.after_text.clear()
            return
        title = self.tr("#{seq} · {time} · {user} · {action} · {entity} ID {id}").format(
            seq=row.seq,
            time=local_datetime(row.occurred_at),
            user=row.username,
            action=action_label(row.action),
            entity=entity_label(row.entity),
            id=row.entity_id,
        )
        if row.reason:
            title += "\n" + self.tr("Alasan: {reason}").format(reason=row.reason)
        self.detail_title.setText(title)
        before, after = pretty_json(row.before), pretty_json(row.after)
        if not self.ctx.actor.can(Permission.VIEW_FULL_NIK):
            # Full NIKs only for the roles that need them (UU 27/2022), also inside the log.
            before, after = masked(before), masked(after)
        self.before_text.setPlainText(before)
        self.after_text.setPlainText(after)


def _report_rows(progress: TaskProgress, total: int, done: int) -> None:
    progress.report(done, max(total, done))
