"""Helpers shared by the tests (not fixtures: plain functions)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from urllib.parse import quote

ADMIN_PASSWORD = "Rahasia123"
ROLE_PASSWORD = "Rahasia123"


def pg_admin_url() -> str | None:
    """URL of the PostgreSQL maintenance database, from TAGANA_TEST_PG_URL or the PG* variables."""
    url = os.environ.get("TAGANA_TEST_PG_URL")
    if url:
        return url
    if not os.environ.get("PGHOST") or not os.environ.get("PGUSER"):
        return None
    user = quote(os.environ["PGUSER"])
    password = quote(os.environ.get("PGPASSWORD", ""))
    host = os.environ["PGHOST"]
    port = os.environ.get("PGPORT", "5432")
    auth = f"{user}:{password}" if password else user
    return f"postgresql+psycopg://{auth}@{host}:{port}/{os.environ.get('PGDATABASE', 'postgres')}"


@dataclass(frozen=True)
class Roles:
    admin: object
    operator: object
    bendahara: object
    kepala: object
    auditor: object

    def all(self) -> dict[str, object]:
        return {
            "admin": self.admin, "operator": self.operator, "bendahara": self.bendahara,
            "kepala": self.kepala, "auditor": self.auditor,
        }  # fmt: skip


def seed_role_users(session) -> None:
    """Create the operator, bendahara, kepala and auditor users (done once, in the template)."""
    from tagana_desk.domain.enums import Role
    from tagana_desk.services import users
    from tagana_desk.services.context import SYSTEM

    for role in (Role.OPERATOR, Role.BENDAHARA, Role.KEPALA, Role.AUDITOR):
        users.create_user(session, SYSTEM, role.value, ROLE_PASSWORD, role, full_name=role.label)


def make_roles(db) -> Roles:
    """Actors for the five seeded users (no password check: that has its own tests)."""
    from sqlalchemy import select

    from tagana_desk.db.models import User
    from tagana_desk.services import users

    with db.read() as s:
        found = {u.username: users.actor_of(u) for u in s.execute(select(User)).scalars()}
    return Roles(
        **{name: found[name] for name in ("admin", "operator", "bendahara", "kepala", "auditor")}
    )
