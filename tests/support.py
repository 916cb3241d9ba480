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


def audit_count(db) -> int:
    """Number of audit events (to show that a refused write recorded nothing)."""
    from sqlalchemy import func, select

    from tagana_desk.db.models import AuditEvent

    with db.read() as s:
        return s.execute(select(func.count(AuditEvent.id))).scalar_one()


def row_count(db, model) -> int:
    """Number of rows of a model's table."""
    from sqlalchemy import func, select

    with db.read() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def raw(db, sql: str, **params) -> int:
    """Run one raw SQL statement in its own committed transaction (the tamperer's tool).

    Returns the number of rows it changed.
    """
    from sqlalchemy import text

    with db.engine.begin() as conn:
        return conn.execute(text(sql), params).rowcount


def make_nik(kec: str = "3402", kec_code: str = "08", day: int = 12, month: int = 3, yy: int = 75,
             serial: int = 1, female: bool = False) -> str:  # fmt: skip
    """A structurally valid NIK: ``make_nik()`` → ``3402081203750001`` (Bantul, Bantul)."""
    d = day + 40 if female else day
    return f"{kec}{kec_code}{d:02d}{month:02d}{yy:02d}{serial:04d}"


def make_kk(serial: int = 1, kec_code: str = "08") -> str:
    return f"3402{kec_code}0101100{serial:03d}"[:12] + f"{serial:04d}"


def setup_bantul(db, roles) -> int:
    """Office kabupaten Bantul and one open flood incident in Palbapang; returns its id."""
    import datetime as dt

    from tagana_desk.services import incidents, office

    with db.write() as s:
        office.update_office(s, roles.admin, kabupaten_code="34.02", name="DINAS SOSIAL")
        info = incidents.create_incident(
            s, roles.operator,
            incidents.IncidentInput(type="banjir", title="Banjir Palbapang",
                                    occurred_at=dt.datetime(2026, 11, 20, 14, 30),
                                    desa_code="34.02.08.2001", displaced=12, houses_rb=3),
        )  # fmt: skip
    return info.id
