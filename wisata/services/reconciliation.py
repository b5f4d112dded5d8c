"""A partner's bank statement against its unpaid transfers: each credit whose amount is a
booking's unique amount is proposed; the partner confirms the proposals in one go.

Nothing is confirmed by the upload itself. A credit matching two or more bookings, or only
a booking's plain total (the traveller left out the unique code), is shown for the partner
to look at, never confirmed.
Confirming is idempotent: a booking already paid is reported, not paid twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from wisata.extensions import db
from wisata.models import Booking, BookingStatus, Departure, Organisation, Payment, PaymentMethod
from wisata.services import booking as booking_service
from wisata.services import money, notifications, statements
from wisata.services.booking import InvalidTransition
from wisata.services.statements import Credit, Match, Statement


def unpaid_transfers(organisation: Organisation) -> list[Booking]:
    """The organisation's bookings awaiting a bank transfer of their unique amount, or of
    the balance after a deposit."""
    return list(db.session.scalars(
        sa.select(Booking).where(Booking.payee_organisation_id == organisation.id,
                                 sa.or_(Booking.status == BookingStatus.PENDING_PAYMENT,
                                        sa.and_(Booking.status == BookingStatus.CONFIRMED, Booking.paid_at.is_(None))),
                                 Booking.payment_method == PaymentMethod.BANK_TRANSFER,
                                 Booking.transfer_amount.is_not(None))
        .options(selectinload(Booking.departure).selectinload(Departure.package))
        .order_by(Booking.id)
    ))


@dataclass(frozen=True)
class Reading:
    """A statement read against the unpaid transfers: the proposals (one booking each), the
    credits matching several, and the credits matching none."""

    statement: Statement
    proposed: list[Match]
    ambiguous: list[Match]
    unmatched: list[Credit]


def read(organisation: Organisation, data: bytes) -> Reading:
    """Parse an uploaded statement (raises statements.StatementError) and match it.

    A credit of exactly one booking's unique amount, booked by the bank, is proposed. One
    that the bank has not booked yet, or that equals only the plain total of bookings (the
    traveller left out the few rupiah: one booking or several with that total) is for the
    partner to check by hand."""
    statement = statements.parse(data)
    awaited = unpaid_transfers(organisation)
    exact = statements.match(statement.credits, awaited, amount_of=money.due_now)
    plain = statements.match([m.credit for m in exact if not m.bookings], awaited, amount_of=attrgetter("total"))
    return Reading(
        statement=statement,
        proposed=[m for m in exact if len(m.bookings) == 1 and m.credit.date is not None],
        ambiguous=[m for m in exact if len(m.bookings) > 1 or (m.bookings and m.credit.date is None)]
        + [m for m in plain if m.bookings],
        unmatched=[m.credit for m in plain if not m.bookings],
    )


def reference(credit: Credit) -> str:
    """How a payment confirmed from a statement line is referenced."""
    day = credit.date.isoformat() if credit.date else "PEND"
    return f"{day} {credit.description}"[: money.REFERENCE_LENGTH]


@dataclass(frozen=True)
class Outcome:
    confirmed: list[str]
    already_paid: list[str]
    refused: list[str]


def confirm(organisation: Organisation, proposals: list[tuple[str, int, str]], actor_id: int) -> Outcome:
    """Confirm each (booking code, amount credited, reference) whose booking still awaits
    exactly that amount; each in its own transaction, committed here."""
    outcome = Outcome([], [], [])
    for code, amount, ref in proposals:
        found = db.session.scalar(sa.select(Booking).where(
            Booking.code == booking_service.normalise_code(code), Booking.payee_organisation_id == organisation.id))
        if found is None:
            outcome.refused.append(code)
        elif _already_paid(found, amount):
            outcome.already_paid.append(found.code)
        elif money.due_now(found) != amount:
            outcome.refused.append(found.code)
        else:
            try:
                payment = booking_service.confirm_payment(found, actor_id=actor_id, reference=ref)
            except (InvalidTransition, money.PaymentError):
                db.session.rollback()
                outcome.refused.append(found.code)
                continue
            notifications.payment_confirmed(found, payment)
            db.session.commit()
            outcome.confirmed.append(found.code)
    return outcome


def _already_paid(booking: Booking, amount: int) -> bool:
    return db.session.scalar(
        sa.select(Payment.id).where(Payment.booking_id == booking.id, Payment.amount == amount).limit(1)
    ) is not None
