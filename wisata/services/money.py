"""Money after booking: payments received, refunds owed and paid back.

A payment is a row (`Payment`) and one conditional UPDATE of `Booking.amount_paid`, in the
same transaction, so the sum of a booking's payments and its `amount_paid` never differ
and two people recording the same payment at once record it once. Status changes (a paid
booking is confirmed) stay with the booking's lifecycle in wisata.services.booking.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from flask_babel import gettext as _
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from wisata import timeutil
from wisata.database import begin_write
from wisata.errors import DomainError
from wisata.extensions import db
from wisata.models import (
    SEAT_HOLDING,
    Booking,
    BookingStatus,
    Departure,
    Organisation,
    Package,
    Payment,
    PaymentMethod,
    Refund,
)
from wisata.services import payments

# How much of a payment's or refund's reference is kept (a bank's transaction number, a
# gateway's order id, a note).
REFERENCE_LENGTH = 100


class PaymentError(DomainError):
    status_code = 409


def amount_due(booking: Booking) -> int:
    """What the traveller pays in all for the booking: a bank transfer's unique amount (the
    total and a few rupiah), otherwise the total."""
    return booking.transfer_amount or booking.total


def outstanding(booking: Booking) -> int:
    """What is still to pay (0 once paid in full)."""
    return max(0, amount_due(booking) - booking.amount_paid)


def due_now(booking: Booking) -> int:
    """What the traveller is asked to pay next: the deposit (with the few rupiah of a unique
    amount) while the booking awaits it, otherwise all that is still to pay."""
    if booking.status is BookingStatus.PENDING_PAYMENT and booking.deposit_amount:
        return booking.deposit_amount + amount_due(booking) - booking.total
    if booking.status not in (BookingStatus.PENDING_PAYMENT, BookingStatus.CONFIRMED):
        return 0
    return outstanding(booking)


def voucher_ready(booking: Booking) -> bool:
    """Whether the traveller gets the e-voucher: once the booking is confirmed (paid), or,
    for money due at the meeting point, once the seats are kept until the trip (the guide
    collects the money against the voucher)."""
    if booking.status in (BookingStatus.CONFIRMED, BookingStatus.COMPLETED):
        return True
    return (booking.status is BookingStatus.PENDING_PAYMENT and booking.hold_expires_at is None
            and payments.option(booking.payment_method).hold_ends_when_email_confirmed)


def add_payment(booking: Booking, amount: int, method: PaymentMethod, reference: str | None = None,
                actor_id: int | None = None) -> Payment:
    """Record `amount` received for a booking that holds its seats; the caller has taken the
    departure's row (lock order) and commits. Refused if the booking changed meanwhile (the
    same payment recorded twice at once is recorded once)."""
    if amount <= 0:
        raise PaymentError(_("The amount must be more than zero."), 400)
    seen = booking.amount_paid
    result = db.session.execute(
        sa.update(Booking)
        .where(Booking.id == booking.id, Booking.amount_paid == seen, Booking.status.in_(SEAT_HOLDING))
        .values(amount_paid=Booking.amount_paid + amount)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        raise PaymentError(_("This booking was changed in the meantime. Please reload the page."))
    payment = Payment(booking_id=booking.id, amount=amount, method=method,
                      reference=_clean(reference), recorded_by_id=actor_id, received_at=timeutil.now())
    db.session.add(payment)
    db.session.flush()
    db.session.refresh(booking)
    return payment


def _clean(reference: str | None) -> str | None:
    text = " ".join((reference or "").split())[:REFERENCE_LENGTH]
    return text or None


def refund_owed(booking: Booking) -> int:
    """What the partner still has to pay back for a cancelled booking (0 once paid)."""
    if booking.status is not BookingStatus.CANCELLED or booking.refund is not None:
        return 0
    return booking.refund_amount


def _provided_by(organisation: Organisation):
    """Bookings whose money goes to the organisation: it provides the package (a joint
    package's co-provider is paid by the provider, not by the traveller)."""
    return sa.and_(Booking.departure_id == Departure.id, Departure.package_id == Package.id,
                   Package.organisation_id == organisation.id)


def refunds_owed(organisation: Organisation) -> list[Booking]:
    """Cancelled bookings whose refund the organisation has not yet paid, oldest first."""
    return list(db.session.scalars(
        sa.select(Booking).join(Departure, Booking.departure_id == Departure.id)
        .join(Package, Departure.package_id == Package.id)
        .outerjoin(Refund, Refund.booking_id == Booking.id)
        .where(_provided_by(organisation), Booking.status == BookingStatus.CANCELLED,
               Booking.refund_amount > 0, Refund.id.is_(None))
        .options(selectinload(Booking.departure).selectinload(Departure.package))
        .order_by(Booking.cancelled_at, Booking.id)
    ))


def refunds_paid(organisation: Organisation, limit: int = 50) -> list[Refund]:
    """The refunds the organisation has paid, most recent first."""
    return list(db.session.scalars(
        sa.select(Refund).join(Booking, Refund.booking_id == Booking.id)
        .join(Departure, Booking.departure_id == Departure.id)
        .join(Package, Departure.package_id == Package.id)
        .where(_provided_by(organisation))
        .options(selectinload(Refund.booking).selectinload(Booking.departure).selectinload(Departure.package),
                 selectinload(Refund.recorded_by))
        .order_by(Refund.paid_at.desc(), Refund.id.desc())
        .limit(limit)
    ))


def record_refund(booking: Booking, reference: str | None = None, actor_id: int | None = None) -> Refund:
    """The partner has paid the refund back; the caller commits. Recorded once: the same
    request twice, or two at once, gets a clear refusal (the database keeps one refund)."""
    begin_write()
    db.session.refresh(booking)
    if refund_owed(booking) <= 0:
        raise PaymentError(_("No refund is owed for this booking."))
    refund = Refund(booking_id=booking.id, amount=booking.refund_amount, reference=_clean(reference),
                    recorded_by_id=actor_id, paid_at=timeutil.now())
    db.session.add(refund)
    try:
        db.session.flush()
    except IntegrityError:
        db.session.rollback()
        raise PaymentError(_("No refund is owed for this booking.")) from None
    db.session.refresh(booking)
    return refund


@dataclass(frozen=True)
class PaidDrift:
    """A booking whose `amount_paid` is not the sum of its payments."""

    booking_id: int
    stored: int
    recomputed: int


def check() -> list[PaidDrift]:
    """Every booking whose amount paid does not match its payments (read only)."""
    paid = (sa.select(sa.func.coalesce(sa.func.sum(Payment.amount), 0))
            .where(Payment.booking_id == Booking.id).scalar_subquery())
    return [PaidDrift(*row) for row in db.session.execute(
        sa.select(Booking.id, Booking.amount_paid, paid).where(Booking.amount_paid != paid).order_by(Booking.id)
    )]
