"""Tagana → Penugasan: which volunteers were deployed to an incident, and assigning more."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tagana_desk.domain.enums import IncidentStatus
from tagana_desk.domain.roles import Permission
from tagana_desk.services import incidents, volunteers
from tagana_desk.services.context import Actor
from tagana_desk.services.incidents import IncidentInfo
from tagana_desk.services.volunteers import DeploymentInfo, RosterFilter, VolunteerInfo
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.dialogs.deployment import DeploymentDialog, incident_text
from tagana_desk.ui.errors import describe
from tagana_desk.ui.icons import on_accent
from tagana_desk.ui.labels import roles_with
from tagana_desk.ui.models.volunteers import IncidentDeploymentModel
from tagana_desk.ui.tables import make_table
from tagana_desk.ui.volunteer_support import LazyTab
from tagana_desk.ui.widgets import error_label, note_label, show_message

#: Incidents offered in the picker (newest first).
INCIDENT_LIMIT = 300
#: Active volunteers offered in the dialog.
VOLUNTEER_LIMIT = 5000


@dataclass(frozen=True, slots=True)
class DeploymentView:
    incidents: tuple[IncidentInfo, ...]
    incident_id: int | None
    deployments: tuple[DeploymentInfo, ...]
    volunteers: tuple[VolunteerInfo, ...]


def load_deployment_view(session: Session, actor: Actor, incident_id: int | None) -> DeploymentView:
    """Runs on a worker thread: recent incidents, one incident's deployments, who can go."""
    found = tuple(incidents.list_incidents(session, limit=INCIDENT_LIMIT))
    if incident_id not in {i.id for i in found}:
        open_ones = [i for i in found if i.status == IncidentStatus.OPEN]
        incident_id = (open_ones or found)[0].id if found else None
    deployments = (
        tuple(volunteers.list_deployments(session, incident_id=incident_id))
        if incident_id is not None
        else ()
    )
    active = tuple(volunteers.list_volunteers(session, actor, RosterFilter(active=True),
                                              limit=VOLUNTEER_LIMIT))  # fmt: skip
    return DeploymentView(found, incident_id, deployments, active)


class DeploymentTab(LazyTab):
    """Penugasan."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.view: DeploymentView | None = None
        self._incident_id: int | None = None
        self.may_edit = ctx.actor.can(Permission.MANAGE_VOLUNTEERS)
        self.deployment_dialog: DeploymentDialog | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 10)
        outer.setSpacing(10)
        row = QHBoxLayout()
        row.setSpacing(8)
        label = QLabel(self.tr("Kejadian:"))
        self.incident_combo = QComboBox()
        self.incident_combo.setMinimumWidth(460)
        self.incident_combo.setMaxVisibleItems(20)
        label.setBuddy(self.incident_combo)
        self.incident_combo.activated.connect(self._incident_picked)
        row.addWidget(label)
        row.addWidget(self.incident_combo)
        row.addStretch(1)
        self.role_note = note_label()
        self.role_note.setWordWrap(False)
        row.addWidget(self.role_note)
        self.deploy_button = QPushButton(self.tr("Tugaskan relawan…"))
        self.deploy_button.setObjectName("primaryButton")
        self.deploy_button.setIcon(on_accent("new"))
        self.deploy_button.clicked.connect(self.open_deploy_dialog)
        self.deploy_button.setEnabled(False)
        row.addWidget(self.deploy_button)
        outer.addLayout(row)
        if not self.may_edit:
            self.role_note.setText(
                self.tr("Hanya {roles} yang dapat menugaskan relawan.").format(
                    roles=roles_with(Permission.MANAGE_VOLUNTEERS)
                )
            )
        self.role_note.setVisible(not self.may_edit)

        self.summary = QLabel()
        self.summary.setObjectName("sectionTitle")
        outer.addWidget(self.summary)
        self.model = IncidentDeploymentModel(self)
        m = IncidentDeploymentModel
        self.table = make_table(
            self.model, stretch=m.ROLE,
            widths={m.VOLUNTEER: 260, m.START: 100, m.END: 100, m.DAYS: 60, m.PAID: 180},
        )  # fmt: skip
        self.table.setObjectName("deploymentsTable")
        outer.addWidget(self.table, 1)
        outer.addWidget(
            note_label(
                self.tr(
                    "Uang harian penugasan dibayar bersama honor bulanan bila tarifnya diatur di "
                    "Pengaturan → Relawan; penugasan yang sudah dibayar ditandai di kolom terakhir."
                )
            )
        )
        self.message = error_label()
        outer.addWidget(self.message)

    def load(self) -> None:
        self.ctx.read(load_deployment_view, self.ctx.actor, self._incident_id, on_done=self._show,
                      on_error=self._failed, owner=self)  # fmt: skip

    def _show(self, view: DeploymentView) -> None:
        self.view = view
        self._incident_id = view.incident_id
        self.incident_combo.blockSignals(True)
        self.incident_combo.clear()
        for info in view.incidents:
            self.incident_combo.addItem(incident_text(info), info.id)
        if view.incident_id is not None:
            self.incident_combo.setCurrentIndex(self.incident_combo.findData(view.incident_id))
        else:
            self.incident_combo.addItem(self.tr("— belum ada kejadian —"), None)
        self.incident_combo.blockSignals(False)
        self.model.set_rows(view.deployments)
        if view.incident_id is None:
            self.summary.setText(self.tr("Belum ada kejadian yang dicatat."))
        elif not view.deployments:
            self.summary.setText(self.tr("Belum ada relawan yang ditugaskan ke kejadian ini."))
        else:
            people = len({d.volunteer_id for d in view.deployments})
            days = sum(d.days for d in view.deployments)
            self.summary.setText(
                self.tr("{n} relawan ditugaskan, {days} hari-orang.").format(n=people, days=days)
            )
        self.deploy_button.setEnabled(
            self.may_edit and view.incident_id is not None and bool(view.volunteers)
        )
        show_message(self.message, "")

    def _failed(self, exc: object) -> None:
        show_message(self.message, describe(exc))

    def _incident_picked(self, index: int) -> None:
        incident_id = self.incident_combo.itemData(index)
        if incident_id is not None and incident_id != self._incident_id:
            self._incident_id = incident_id
            self.refresh()

    def select_incident(self, incident_id: int) -> None:
        self._incident_id = incident_id
        self.refresh()

    def open_deploy_dialog(self) -> DeploymentDialog | None:
        if not self.may_edit or self.view is None or self._incident_id is None:
            return None
        dialog = DeploymentDialog(self.ctx, self.view.incidents, self.view.volunteers,
                                  incident_id=self._incident_id, parent=self)  # fmt: skip
        dialog.deployment_saved.connect(self._deployed)
        dialog.finished.connect(dialog.deleteLater)
        self.deployment_dialog = dialog
        dialog.open()
        return dialog

    def _deployed(self, info: DeploymentInfo) -> None:
        self._incident_id = info.incident_id  # the reload after the write shows that incident
