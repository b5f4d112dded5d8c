"""Partner verification by the tourism office: the region's organisations and the office's
decisions on them (verify, reject, suspend, reinstate), each explained to the partner."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from flask import url_for
from flask_babel import gettext as _

from wisata import timeutil
from wisata.database import begin_write
from wisata.extensions import db
from wisata.models import (
    MemberRole,
    Membership,
    Organisation,
    OrganisationStatus,
    Package,
    Region,
    User,
)
from wisata.services import mail
from wisata.services.office import audit
from wisata.services.partners import NotFoundError, PartnerError, office_contacts

S = OrganisationStatus
CHSE_WARNING_DAYS = 90
REASON_MAX_LENGTH = 1000


@dataclass(frozen=True)
class Decision:
    to: OrganisationStatus
    expects: tuple[OrganisationStatus, ...]  # the statuses the decision applies to
    action: str  # the audit trail's code
    needs_reason: bool


DECISIONS = {
    "verify": Decision(S.VERIFIED, (S.PENDING, S.REJECTED), "partner.verified", False),
    "reject": Decision(S.REJECTED, (S.PENDING,), "partner.rejected", True),
    "suspend": Decision(S.SUSPENDED, (S.VERIFIED,), "partner.suspended", True),
    "reinstate": Decision(S.VERIFIED, (S.SUSPENDED,), "partner.reinstated", True),
}

# Pending applications first, then the rest; oldest first within each.
_STATUS_ORDER = sa.case((Organisation.status == S.PENDING, 0), else_=1)


def organisations(region: Region, status: OrganisationStatus | None = None) -> list[Organisation]:
    """The region's organisations, pending applications first, oldest application first."""
    query = sa.select(Organisation).where(Organisation.region_id == region.id)
    if status is not None:
        query = query.where(Organisation.status == status)
    return list(db.session.scalars(query.order_by(_STATUS_ORDER, Organisation.created_at, Organisation.id)))


def organisation_in(region: Region, organisation_id: int) -> Organisation:
    """One of the region's organisations; another region's is simply not found."""
    organisation = db.session.scalar(
        sa.select(Organisation).where(Organisation.id == organisation_id, Organisation.region_id == region.id)
    )
    if organisation is None:
        raise NotFoundError(_("No such partner in your region."))
    return organisation


def package_count(organisation: Organisation) -> int:
    return db.session.scalar(sa.select(sa.func.count(Package.id)).where(Package.organisation_id == organisation.id))


def members(organisation: Organisation) -> list[Membership]:
    return list(db.session.scalars(
        sa.select(Membership).join(User).where(Membership.organisation_id == organisation.id)
        .order_by(Membership.role, User.email)
    ))


def chse_notice(organisation: Organisation) -> tuple[str, int] | None:
    """("expired", days ago) or ("expiring", days left) when the CHSE certificate needs
    attention; None when there is none or it is valid for a while yet."""
    if organisation.chse_expires_on is None:
        return None
    days = (organisation.chse_expires_on - timeutil.today()).days
    if days < 0:
        return "expired", -days
    return ("expiring", days) if days <= CHSE_WARNING_DAYS else None


def available_decisions(organisation: Organisation) -> list[str]:
    return [name for name, decision in DECISIONS.items() if organisation.status in decision.expects]


def decide(organisation: Organisation, name: str, admin: User, reason: str | None = None) -> Organisation:
    """Apply the office's decision, explain it to the partner and record it.

    One conditional UPDATE on the status the decision expects: of two admins deciding at
    the same moment, one changes the status, the other is told it changed meanwhile.
    """
    decision = DECISIONS[name]
    reason = (reason or "").strip() or None
    if decision.needs_reason and not reason:
        raise PartnerError(_("Give the partner a reason for this decision."))
    if reason and len(reason) > REASON_MAX_LENGTH:
        raise PartnerError(_("Keep the reason under %(num)s characters.", num=REASON_MAX_LENGTH))
    begin_write()
    now = timeutil.now()
    values = {"status": decision.to, "status_reason": reason, "status_changed_at": now}
    if decision.to is S.VERIFIED:
        values.update(verified_at=now, verified_by_id=admin.id)
    changed = db.session.execute(
        sa.update(Organisation)
        .where(Organisation.id == organisation.id, Organisation.region_id == admin.office_region_id,
               Organisation.status.in_(decision.expects))
        .values(**values)
        .execution_options(synchronize_session=False)
    ).rowcount
    if changed != 1:
        raise PartnerError(_("This partner's status has changed in the meantime. Reload the page to see it."), 409)
    db.session.refresh(organisation)
    audit.record(decision.action, region_id=organisation.region_id, organisation_id=organisation.id,
                 subject=f"organisation:{organisation.id}", reason=reason)
    _tell_partner(organisation, name, reason)
    return organisation


def partner_recipients(organisation: Organisation) -> list[str]:
    """The organisation's address and its owners', each once."""
    owners = db.session.scalars(
        sa.select(User.email).join(Membership)
        .where(Membership.organisation_id == organisation.id, Membership.role == MemberRole.OWNER)
        .order_by(User.email)
    )
    return list(dict.fromkeys([organisation.email, *owners]))


def _tell_partner(organisation: Organisation, decision: str, reason: str | None) -> None:
    locale = organisation.locale
    mail.send_template(
        partner_recipients(organisation), "partner_decision", locale, organisation=organisation,
        decision=decision, reason=reason, offices=office_contacts(organisation.region_id),
        portal=url_for("partner.dashboard", lang=locale, _external=True),
        details=url_for("partner.organisation", lang=locale, _external=True),
    )
