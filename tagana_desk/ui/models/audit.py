"""The audit log, newest first, loaded lazily."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from tagana_desk.services.audit import AuditRow
from tagana_desk.ui.formatting import local_datetime
from tagana_desk.ui.labels import action_label, entity_label
from tagana_desk.ui.models.base import LazyTableModel


class AuditTableModel(LazyTableModel[AuditRow]):
    """Waktu, Pengguna, Aksi, Entitas, ID, Alasan."""

    TIME, USER, ACTION, ENTITY, ENTITY_ID, REASON = range(6)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Waktu"),
            self.tr("Pengguna"),
            self.tr("Aksi"),
            self.tr("Entitas"),
            self.tr("ID"),
            self.tr("Alasan"),
        )

    def display(self, row: AuditRow, column: int) -> str:
        if column == self.TIME:
            return local_datetime(row.occurred_at)
        if column == self.USER:
            return row.username
        if column == self.ACTION:
            return action_label(row.action)
        if column == self.ENTITY:
            return entity_label(row.entity)
        if column == self.ENTITY_ID:
            return row.entity_id
        return row.reason

    def sort_key(self, row: AuditRow, column: int) -> Any:
        if column == self.TIME:
            return row.seq
        return self.display(row, column)

    def tooltip(self, row: AuditRow, column: int) -> str | None:
        return row.reason if column == self.REASON and row.reason else None


def pretty_json(text: str | None) -> str:
    """Stored canonical JSON, indented for reading; ``—`` when there is none."""
    if not text:
        return "—"
    try:
        return json.dumps(json.loads(text), indent=2, ensure_ascii=False, sort_keys=True)
    except ValueError:
        return text
