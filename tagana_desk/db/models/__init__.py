"""All tables, imported here so ``Base.metadata`` knows every one of them."""

from tagana_desk.db.base import Base
from tagana_desk.db.models.aid import AidItem, AidRate, AidType
from tagana_desk.db.models.disbursements import (
    Approval,
    Disbursement,
    DisbursementItem,
    Receipt,
    ReceiptSequence,
)
from tagana_desk.db.models.funds import Fund, FundAllocation, LedgerEntry
from tagana_desk.db.models.incidents import (
    Casualty,
    DtksEntry,
    DtksImport,
    DuplicateFlag,
    Household,
    Incident,
)
from tagana_desk.db.models.office import Meta, OfficeProfile, Region, Setting, Signatory
from tagana_desk.db.models.periods import ClosedPeriod, LpjReport
from tagana_desk.db.models.users import AuditEvent, AuditHead, User
from tagana_desk.db.models.volunteers import (
    Deployment,
    StipendPayment,
    StipendRun,
    Volunteer,
    VolunteerRate,
    VolunteerType,
)

__all__ = [
    "AidItem", "AidRate", "AidType", "Approval", "AuditEvent", "AuditHead", "Base", "Casualty",
    "ClosedPeriod", "Deployment", "Disbursement", "DisbursementItem", "DtksEntry", "DtksImport",
    "DuplicateFlag", "Fund", "FundAllocation", "Household", "Incident", "LedgerEntry",
    "LpjReport", "Meta", "OfficeProfile", "Receipt", "ReceiptSequence", "Region", "Setting",
    "Signatory", "StipendPayment", "StipendRun", "User", "Volunteer", "VolunteerRate",
    "VolunteerType",
]  # fmt: skip
