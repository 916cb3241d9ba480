"""Setting up a new database: the first admin, the office profile, the default funds."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tagana_desk.db.models import Fund
from tagana_desk.domain.enums import FundKind
from tagana_desk.services import aid, funds, office, users, volunteers
from tagana_desk.services.context import SYSTEM

DEFAULT_FUNDS = (
    ("BTT", "Belanja Tidak Terduga (dana insidentil bencana)", FundKind.DISASTER),
    ("HONOR", "Honor relawan Tagana dan PSKS", FundKind.STIPEND),
)


@dataclass(frozen=True, slots=True)
class InitResult:
    admin_created: bool
    funds_created: list[str]


def initialize(session: Session, admin_username: str, admin_password: str) -> InitResult:
    """Idempotent: creates what is missing, never changes what exists."""
    office.ensure_profile(session)
    created = users.ensure_admin(session, admin_username, admin_password)
    made = ensure_default_funds(session)
    aid.ensure_default_aid_types(session)
    volunteers.ensure_default_types(session)
    return InitResult(admin_created=created is not None, funds_created=made)


def ensure_default_funds(session: Session) -> list[str]:
    """Create the default funds that are missing; returns their codes."""
    made = []
    for code, name, kind in DEFAULT_FUNDS:
        if session.execute(select(Fund.id).where(Fund.code == code)).first() is None:
            funds.create_fund(session, SYSTEM, code, name, kind)
            made.append(code)
    return made
