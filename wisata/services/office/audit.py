"""The audit trail: one row per decision or sensitive change, written in the change's own
transaction, read by the offices for their region, never edited from the site."""

from __future__ import annotations

import re

import sqlalchemy as sa
from flask import has_request_context, request
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from wisata.extensions import db
from wisata.models import AuditEntry, Region, User

PER_PAGE = 50
ACTION_CODE = re.compile(r"[a-z_]+(\.[a-z_]+)*")

# What each action is, for people. An action without a label shows its code.
ACTION_LABELS = {
    "account.signed_in": _l("Signed in"),
    "account.sign_in_failed": _l("Failed sign-in"),
    "account.password_changed": _l("Password changed"),
    "account.password_reset": _l("Password reset by e-mail link"),
    "account.email_changed": _l("E-mail address changed"),
    "account.data_downloaded": _l("Personal data downloaded"),
    "account.deleted": _l("Account deleted"),
    "partner.verified": _l("Partner verified"),
    "partner.rejected": _l("Partner application rejected"),
    "partner.suspended": _l("Partner suspended"),
    "partner.reinstated": _l("Partner reinstated"),
    "partner.details_changed": _l("Partner's bank account or documents changed"),
    "partner.member_joined": _l("Member joined a partner"),
    "partner.member_removed": _l("Member removed from a partner"),
    "booking.paid": _l("Booking marked paid"),
    "booking.refund_paid": _l("Refund recorded as paid"),
    "partner.qris_changed": _l("Partner's QRIS changed"),
    "partner.qris_removed": _l("Partner's QRIS removed"),
    "partner.gateway_changed": _l("Partner's online payment account changed"),
    "booking.cancelled_by_partner": _l("Booking cancelled by the partner"),
    "departure.cancelled": _l("Departure cancelled"),
    "package.approved": _l("Package approved by the office"),
    "package.published": _l("Package published"),
    "package.returned": _l("Package sent back to the partner"),
    "package.text_edited": _l("Package text corrected by the partner"),
    "package.featured": _l("Package featured"),
    "package.spotlight": _l("Package put in the spotlight"),
    "revision.approved": _l("Package edit approved by the office"),
    "revision.applied": _l("Package edit applied"),
    "revision.returned": _l("Package edit sent back"),
    "event.created": _l("Event created"),
    "event.updated": _l("Event edited"),
    "event.published": _l("Event published"),
    "event.unpublished": _l("Event unpublished"),
    "campaign.created": _l("Campaign created"),
    "campaign.updated": _l("Campaign edited"),
    "campaign.published": _l("Campaign published"),
    "campaign.unpublished": _l("Campaign unpublished"),
    "promo.created": _l("Promo code created"),
    "promo.paused": _l("Promo code paused"),
    "promo.resumed": _l("Promo code resumed"),
    "attraction.created": _l("Attraction added"),
    "attraction.updated": _l("Attraction edited"),
    "closure.created": _l("Attraction closed"),
    "closure.ended": _l("Attraction closure ended"),
    "target.set": _l("Yearly target set"),
    "target.removed": _l("Yearly target removed"),
}

DETAIL_LABELS = {
    "reason": _l("Reason"),
    "fields": _l("Fields"),
    "email": _l("E-mail"),
    "member": _l("Member"),
    "role": _l("Role"),
    "old_email": _l("Previous e-mail"),
    "bookings": _l("Bookings"),
    "code": _l("Booking"),
    "metric": _l("Figure"),
    "year": _l("Year"),
    "value": _l("Target"),
    "amount": _l("Amount"),
    "reference": _l("Reference"),
    "source": _l("Source"),
    "merchant": _l("Merchant"),
    "nmid": _l("National merchant ID (NMID)"),
}


def action_label(action: str) -> str:
    label = ACTION_LABELS.get(action)
    return str(label) if label is not None else action


def detail_label(key: str) -> str:
    label = DETAIL_LABELS.get(key)
    return str(label) if label is not None else key


def account_region_id(user: User | None) -> int | None:
    """Account events belong to the office an admin works for; a traveller's or a
    partner's to no office."""
    return user.office_region_id if user is not None else None


def record(action: str, *, actor: User | None = None, region_id: int | None = None,
           organisation_id: int | None = None, subject: str | None = None, **details) -> AuditEntry:
    """Add an entry to the current transaction. `actor` defaults to the signed-in user,
    unless an `actor_label` names who it was (a failed sign-in: the address tried); the
    address is the client's (behind the configured proxies, see wisata/deployment.py)."""
    if actor is None and "actor_label" not in details and has_request_context() and current_user.is_authenticated:
        actor = current_user._get_current_object()
    entry = AuditEntry(
        action=action,
        actor_id=actor.id if actor is not None else None,
        actor_label=actor.email if actor is not None else details.pop("actor_label", None),
        region_id=region_id,
        organisation_id=organisation_id,
        subject=subject,
        details={k: v for k, v in details.items() if v is not None},
        ip=request.remote_addr if has_request_context() else None,
    )
    db.session.add(entry)
    return entry


def actions_in(region: Region) -> list[str]:
    """The actions the region's trail holds, to filter by."""
    return list(db.session.scalars(
        sa.select(AuditEntry.action).where(AuditEntry.region_id == region.id).distinct().order_by(AuditEntry.action)
    ))


def entries_for(region: Region, action: str | None = None, page: int = 1, per_page: int = PER_PAGE):
    """The region's entries, newest first (a page of them)."""
    query = sa.select(AuditEntry).where(AuditEntry.region_id == region.id)
    if action:
        query = query.where(AuditEntry.action == action)
    return db.paginate(query.order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc()),
                       page=page, per_page=per_page, error_out=False)
