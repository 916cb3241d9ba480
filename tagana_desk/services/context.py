"""Who is acting: the signed-in user as plain data, and the role check every write goes through."""

from __future__ import annotations

from dataclasses import dataclass

from tagana_desk.domain.enums import Role
from tagana_desk.domain.errors import PermissionDenied
from tagana_desk.domain.roles import PERMISSION_LABELS, Permission, allowed


@dataclass(frozen=True, slots=True)
class Actor:
    """The user a use case runs for. ``user_id`` is None only for the program itself."""

    user_id: int | None
    username: str
    role: Role
    full_name: str = ""

    def can(self, permission: Permission) -> bool:
        return allowed(self.role, permission)


#: The program acting on its own (``init``, ``demo``): recorded in the audit log as "sistem".
SYSTEM = Actor(user_id=None, username="sistem", role=Role.ADMIN, full_name="Sistem")


def require(actor: Actor, permission: Permission) -> None:
    """Refuse with a clear message unless the actor's role has the permission."""
    if actor is SYSTEM:
        return
    if not allowed(actor.role, permission):
        raise PermissionDenied(
            f"Peran {Role(actor.role).label} tidak berwenang {PERMISSION_LABELS[permission]}."
        )
