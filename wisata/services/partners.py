"""Partner organisations: applying, their details and documents, members and invitations,
co-provider invitations; what a suspended or rejected organisation may no longer do."""

from __future__ import annotations

import hashlib
import re
import secrets
import unicodedata
from datetime import timedelta

import sqlalchemy as sa
from flask import url_for
from flask_babel import gettext as _

from wisata import timeutil
from wisata.errors import DomainError
from wisata.extensions import db
from wisata.models import (
    MemberRole,
    Membership,
    Organisation,
    OrganisationKind,
    OrganisationStatus,
    Package,
    User,
)
from wisata.models.partners import Invitation
from wisata.services import mail
from wisata.services.office import audit

INVITATION_DAYS = 7
# Details whose change on a reviewed organisation the office must see in the audit trail:
# where travellers' money goes, and the documents the office checked.
AUDITED_DETAILS = ("bank_name", "bank_account_number", "bank_account_holder",
                   "nib", "tdup_number", "chse_number", "chse_expires_on")


class PartnerError(DomainError):
    """A request about an organisation that cannot be done; str() is shown to people."""

    status_code = 400


class NotFoundError(PartnerError):
    status_code = 404


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60] or "partner"


def unique_slug(model, base: str) -> str:
    """`base`, or `base-2`, `base-3`... whichever no row of `model` uses yet."""
    slug, n = base, 1
    while db.session.scalar(sa.select(model.id).where(model.slug == slug)) is not None:
        n += 1
        slug = f"{base}-{n}"
    return slug


def apply(user: User, details: dict, locale: str) -> Organisation:
    """A travel agency or hotel applies; it stays pending until its tourism office verifies it.
    The office's decisions are written to it in `locale`, the language it applied in."""
    organisation = Organisation(
        slug=unique_slug(Organisation, slugify(details["name"])),
        kind=OrganisationKind(details["kind"]),
        status=OrganisationStatus.PENDING,
        locale=locale,
        **{k: v for k, v in details.items() if k != "kind"},
    )
    organisation.members.append(Membership(user=user, role=MemberRole.OWNER))
    db.session.add(organisation)
    db.session.flush()
    return organisation


def notify_offices_of_application(organisation: Organisation) -> None:
    """Tell the tourism office admins of the organisation's region that a partner waits."""
    admins = db.session.scalars(sa.select(User.email).where(User.office_region_id == organisation.region_id))
    recipients = list(admins)
    if recipients:
        mail.send_template(recipients, "office_new_partner", "id", organisation=organisation)


def update_details(organisation: Organisation, details: dict) -> list[str]:
    """The owner updates contact, bank account and documents; returns the fields changed.

    Once the office has reviewed the organisation, a change of bank account or documents is
    recorded in the audit trail, so the office sees it."""
    changed = [name for name, value in details.items() if getattr(organisation, name) != value]
    for name in changed:
        setattr(organisation, name, details[name])
    audited = [name for name in changed if name in AUDITED_DETAILS]
    if audited and organisation.status is not OrganisationStatus.PENDING:
        audit.record("partner.details_changed", region_id=organisation.region_id, organisation_id=organisation.id,
                     subject=f"organisation:{organisation.id}", fields=audited)
    db.session.flush()
    return changed


def office_contacts(region_id: int) -> list[str]:
    """How a partner reaches its tourism office: the addresses of the region's office admins."""
    return list(db.session.scalars(
        sa.select(User.email).where(User.office_region_id == region_id, User.active.is_(True)).order_by(User.email)
    ))


def require_active(organisation: Organisation) -> None:
    """A suspended or rejected organisation still serves its bookings, but may not offer
    anything new: submit for review, add departures, invite members."""
    if organisation.status is OrganisationStatus.SUSPENDED:
        raise PartnerError(_("Your organisation is suspended by the tourism office: you can still serve "
                             "your existing bookings, but not offer anything new. Contact the tourism office "
                             "of your region."), 403)
    if organisation.status is OrganisationStatus.REJECTED:
        raise PartnerError(_("The tourism office has not accepted your application: you cannot offer "
                             "anything yet. Contact the tourism office of your region."), 403)


def memberships(user: User) -> list[Membership]:
    return list(db.session.scalars(
        sa.select(Membership).where(Membership.user_id == user.id).order_by(Membership.id)
    ))


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def revoke_invitations(organisation_id: int, email: str) -> None:
    """Void every open invitation of `email` to the organisation."""
    db.session.execute(
        sa.update(Invitation)
        .where(Invitation.organisation_id == organisation_id, Invitation.email == email,
               Invitation.used_at.is_(None), Invitation.revoked_at.is_(None))
        .values(revoked_at=timeutil.now())
    )


def invite_member(organisation: Organisation, email: str, role: MemberRole, lang: str,
                  invited_by: User | None = None) -> str:
    """E-mail a one-time invitation link (older ones to the same address stop working);
    returns the token, of which only a hash is stored."""
    email = email.strip().lower()
    existing = db.session.scalar(
        sa.select(Membership.id).join(User).where(
            Membership.organisation_id == organisation.id, User.email == email
        )
    )
    require_active(organisation)
    if existing is not None:
        raise PartnerError(_("This person is already a member of your organisation."))
    revoke_invitations(organisation.id, email)
    token = secrets.token_urlsafe(32)
    db.session.add(Invitation(
        organisation_id=organisation.id, email=email, role=role, token_hash=_token_hash(token),
        invited_by_id=invited_by.id if invited_by else None,
        expires_at=timeutil.now() + timedelta(days=INVITATION_DAYS),
    ))
    db.session.flush()
    link = url_for("partner.join", lang=lang, token=token, _external=True)
    mail.send_template(email, "partner_invitation", lang, organisation=organisation, link=link,
                       days=INVITATION_DAYS)
    return token


def open_invitation(token: str, user: User) -> Invitation:
    """The invitation behind `token` if it can still be accepted by `user`."""
    invitation = db.session.scalar(
        sa.select(Invitation).where(
            Invitation.token_hash == _token_hash(token), Invitation.used_at.is_(None),
            Invitation.revoked_at.is_(None), Invitation.expires_at > timeutil.now(),
        )
    )
    if invitation is None:
        raise NotFoundError(_("This invitation link is invalid, has already been used or has expired. "
                              "Ask for a new invitation."))
    if invitation.email != user.email:
        raise PartnerError(_("This invitation was sent to another e-mail address. Sign in with that address."))
    return invitation


def accept_invitation(invitation: Invitation, user: User) -> Membership:
    """Spend the invitation (once: a conditional update, so two clicks cannot both join)."""
    spent = db.session.execute(
        sa.update(Invitation)
        .where(Invitation.id == invitation.id, Invitation.used_at.is_(None), Invitation.revoked_at.is_(None))
        .values(used_at=timeutil.now())
    ).rowcount
    if spent != 1:
        raise NotFoundError(_("This invitation link is invalid, has already been used or has expired. "
                              "Ask for a new invitation."))
    membership = db.session.scalar(
        sa.select(Membership).where(Membership.user_id == user.id,
                                    Membership.organisation_id == invitation.organisation_id)
    )
    if membership is None:
        membership = Membership(user=user, organisation_id=invitation.organisation_id, role=invitation.role)
        db.session.add(membership)
        db.session.flush()
    _record_membership("partner.member_joined", invitation.organisation, user, invitation.role)
    return membership


def remove_member(organisation: Organisation, membership_id: int, actor: User) -> None:
    """Remove a member; the invitations they may still hold stop working too."""
    membership = db.session.scalar(
        sa.select(Membership).where(Membership.id == membership_id, Membership.organisation_id == organisation.id)
    )
    if membership is None:
        raise NotFoundError(_("No such member."))
    if membership.user_id == actor.id:
        raise PartnerError(_("You cannot remove yourself."))
    revoke_invitations(organisation.id, membership.user.email)
    _record_membership("partner.member_removed", organisation, membership.user, membership.role)
    db.session.delete(membership)
    db.session.flush()


def _record_membership(action: str, organisation: Organisation, member: User, role: MemberRole) -> None:
    audit.record(action, region_id=organisation.region_id, organisation_id=organisation.id,
                 subject=f"user:{member.id}", member=member.email, role=role.value)


def co_provider_choices(organisation: Organisation) -> list[Organisation]:
    """Verified partners from another region, who may co-run a joint package."""
    return list(db.session.scalars(
        sa.select(Organisation)
        .where(Organisation.status == OrganisationStatus.VERIFIED, Organisation.region_id != organisation.region_id)
        .order_by(Organisation.name)
    ))


def pending_co_invitations(organisation: Organisation) -> list[Package]:
    return list(db.session.scalars(
        sa.select(Package).where(Package.co_organisation_id == organisation.id, Package.co_accepted_at.is_(None))
    ))


class ShareChanged(PartnerError):
    """The co-provider accepted a revenue share the provider has changed since."""

    status_code = 409


def answer_co_invitation(organisation: Organisation, package_id: int, accept: bool,
                         share_seen: int | None = None) -> Package:
    """Accept or decline co-running a joint package. Accepting agrees to the revenue share
    the provider proposed, which must still be the one the co-provider saw (`share_seen`)."""
    package = db.session.scalar(
        sa.select(Package).where(
            Package.id == package_id,
            Package.co_organisation_id == organisation.id,
            Package.co_accepted_at.is_(None),
        )
    )
    if package is None:
        raise NotFoundError(_("This invitation no longer exists."))
    if accept and package.co_share_percent != share_seen:
        raise ShareChanged(_("The provider changed the revenue share in the meantime. Please look at it again."))
    if accept:
        package.co_accepted_at = timeutil.now()
    else:
        package.co_organisation_id = None
    db.session.flush()
    return package

