"""The partner portal: travel agencies and hotels run their listings and bookings.

Every request passes `load_organisation`: anonymous visitors go to the sign-in page, a
signed-in user without an organisation gets 403, and views only ever query through
`g.organisation`, so another partner's objects are simply not found (404).

Members of a suspended or rejected organisation still come in: they must serve the
travellers who booked. What they may no longer do (offer anything new) is refused by the
services (`partners.require_active`), and the layout tells them why.
"""

from flask import Blueprint, abort, g, request, session
from flask_login import current_user

from wisata.extensions import login_manager
from wisata.models import MemberRole, OrganisationStatus
from wisata.services import partners

bp = Blueprint("partner", __name__)

# Open to any signed-in user: applying to become a partner and accepting an invitation.
OPEN_ENDPOINTS = {"partner.apply", "partner.join"}
ORG_SESSION_KEY = "partner_org"


@bp.before_request
def load_organisation():
    if not current_user.is_authenticated:
        return login_manager.unauthorized()
    if request.endpoint in OPEN_ENDPOINTS:
        return None
    memberships = partners.memberships(current_user)
    chosen = session.get(ORG_SESSION_KEY)
    membership = next((m for m in memberships if m.organisation_id == chosen), None) or (
        memberships[0] if memberships else None
    )
    if membership is None:
        abort(403)
    g.membership = membership
    g.organisation = membership.organisation
    g.memberships = memberships
    return None


@bp.context_processor
def office_contacts():
    """Where a partner the office stopped (suspended, rejected) can write to."""
    organisation = g.get("organisation")
    if organisation is None or organisation.status not in (OrganisationStatus.SUSPENDED, OrganisationStatus.REJECTED):
        return {}
    return {"office_contacts": partners.office_contacts(organisation.region_id)}


def require_owner() -> None:
    if g.membership.role is not MemberRole.OWNER:
        abort(403)


from wisata.partner import bookings, departures, packages, payments, routes, settlement, statement  # noqa: E402,F401
