"""Personal data: the contact form's messages, an account's data to download, and the
deletion of an account under UU PDP 27/2022 (what is kept, and why, is told on /privacy)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import sqlalchemy as sa
from flask import current_app
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import selectinload

from wisata import timeutil
from wisata.auth import close_all_sessions
from wisata.extensions import db
from wisata.models import (
    Booking,
    Departure,
    MemberRole,
    Membership,
    Organisation,
    Region,
    Review,
    User,
)
from wisata.services import mail
from wisata.services.accounts import AccountError
from wisata.services.office import audit
from wisata.services.passwords import verify_password

ERASED = "—"  # what replaces a name or a phone number that is no longer kept
OFFICE_LOCALE = "id"  # the offices read their mail in Indonesian

# What a contact message is about; "personal_data" is how a data subject exercises a right.
CONTACT_KINDS = {
    "question": _l("A question"),
    "booking": _l("A complaint about a booking"),
    "partner": _l("A complaint about a partner"),
    "personal_data": _l("A personal data request (access, correction, deletion)"),
}


# The contact form


@dataclass
class ContactMessage:
    name: str
    email: str
    region: Region
    kind: str
    message: str
    locale: str
    booking_code: str = ""


def office_address(region: Region) -> str:
    """The office's public contact address (CONTACT_EMAILS in config.py)."""
    addresses = current_app.config["CONTACT_EMAILS"]
    return addresses.get(region.slug) or addresses["default"]


def send_contact_message(message: ContactMessage) -> None:
    """Queue the message to the region's office and a copy to the sender."""
    kind_label = CONTACT_KINDS[message.kind]
    office = office_address(message.region)
    mail.send_template(office, "contact_office", OFFICE_LOCALE, message=message, kind_label=kind_label)
    mail.send_template(message.email, "contact_copy", message.locale, message=message, kind_label=kind_label,
                       office=office)


# Downloading one's data


def _bookings(user: User) -> list[Booking]:
    return list(db.session.scalars(
        sa.select(Booking).where(Booking.user_id == user.id)
        .options(selectinload(Booking.travellers), selectinload(Booking.lines),
                 selectinload(Booking.departure).selectinload(Departure.package))
        .order_by(Booking.id)
    ))


def _booking_data(booking: Booking) -> dict:
    return {
        "code": booking.code,
        "status": booking.status.value,
        "package": booking.departure.package.slug,
        "departure_date": booking.departure.date.isoformat(),
        "seats": booking.seats,
        "total_idr": booking.total,
        "contact": {"name": booking.contact_name, "email": booking.contact_email,
                    "phone": booking.contact_phone},
        "origin": {"country": booking.origin_country, "province": booking.origin_province},
        "travellers": [t.full_name for t in booking.travellers],
        "booked_at": booking.created_at.isoformat(),
        "consented_at": booking.consented_at.isoformat() if booking.consented_at else None,
    }


def personal_data(user: User) -> dict:
    """Everything the site holds about the account, as one JSON-ready document."""
    bookings = _bookings(user)
    reviews = db.session.scalars(
        sa.select(Review).where(Review.booking_id.in_([b.id for b in bookings])).order_by(Review.id)
    ) if bookings else []
    audit.record("account.data_downloaded", actor=user, region_id=audit.account_region_id(user),
                 subject=f"user:{user.id}")
    return {
        "account": {"name": user.name, "email": user.email, "language": user.locale,
                    "created_at": user.created_at.isoformat(),
                    "email_verified_at": user.email_verified_at.isoformat() if user.email_verified_at else None,
                    "organisations": [m.organisation.name for m in user.memberships]},
        "bookings": [_booking_data(b) for b in bookings],
        "reviews": [{"booking": r.booking.code, "rating": r.rating, "author_name": r.author_name,
                     "comment": r.comment, "written_at": r.created_at.isoformat()} for r in reviews],
    }


# Deleting an account


def _check_not_sole_owner(user: User) -> None:
    """An organisation must keep an owner: its bookings and payouts need someone in charge."""
    for membership in user.memberships:
        if membership.role is not MemberRole.OWNER:
            continue
        others = db.session.scalar(sa.select(sa.func.count()).select_from(Membership).where(
            Membership.organisation_id == membership.organisation_id,
            Membership.role == MemberRole.OWNER, Membership.user_id != user.id))
        if not others:
            raise AccountError(_("You are the only owner of %(name)s. Make another member an owner, "
                                 "or ask the tourism office to close the organisation, before you delete "
                                 "your account.", name=membership.organisation.name), status_code=409)


def _trip_ahead(booking: Booking) -> bool:
    """The partner may still need to reach the traveller: the seats are held for a trip to come."""
    return booking.holds_seats and booking.departure.date >= timeutil.today()


def _anonymise(booking: Booking) -> None:
    """Keep what the partners' books and the figures need (amounts, dates, seats, origin
    country and province); drop who travelled and how to reach them."""
    booking.contact_name = ERASED
    booking.contact_email = f"erased-{booking.id}@invalid"
    booking.contact_phone = ERASED
    for traveller in booking.travellers:
        traveller.full_name = ERASED


def _erase_reviews(booking_ids: list[int]) -> None:
    if booking_ids:
        db.session.execute(sa.update(Review).where(Review.booking_id.in_(booking_ids)).values(author_name=ERASED))


def erase_kept_contacts(today: date | None = None) -> int:
    """The scheduler's daily task: erase the contact details that a deleted account's
    bookings kept for their trip, once the trip is over; returns how many bookings."""
    today = today or timeutil.today()
    due = list(db.session.scalars(
        sa.select(Booking).where(Booking.erase_contact_on.is_not(None), Booking.erase_contact_on <= today)
        .options(selectinload(Booking.travellers))
    ))
    for booking in due:
        _anonymise(booking)
        booking.erase_contact_on = None
    _erase_reviews([booking.id for booking in due])
    db.session.commit()
    return len(due)


def delete_account(user: User, password: str) -> None:
    """Delete the account at its owner's request (password required). Its bookings stay for
    the partners' books, detached from it; past ones are anonymised now, those for a trip
    to come keep their contact details until the trip."""
    if not verify_password(user.password_hash, password):
        raise AccountError(_("Your password is not correct."), field="password")
    _check_not_sole_owner(user)
    erased = []
    for booking in _bookings(user):
        if _trip_ahead(booking):
            package = booking.departure.package
            booking.erase_contact_on = booking.departure.date + timedelta(days=package.duration_days)
        else:
            _anonymise(booking)
            erased.append(booking.id)
        booking.user_id = None
    _erase_reviews(erased)
    # The office's record that a partner was verified stays; only the name behind it goes.
    db.session.execute(sa.update(Organisation).where(Organisation.verified_by_id == user.id)
                       .values(verified_by_id=None))
    audit.record("account.deleted", actor=user, region_id=audit.account_region_id(user),
                 subject=f"user:{user.id}")
    close_all_sessions(user)
    db.session.delete(user)
