"""Bookings: holding seats, the status lifecycle, expiry. The rules that keep the books.

Seats are held with one conditional UPDATE on the departure row:

    UPDATE departures SET seats_held = seats_held + n
     WHERE id = :id AND status = 'open' AND seats_held + n <= capacity

PostgreSQL re-checks the WHERE clause on the latest row version after a concurrent
update, and SQLite runs one writer at a time (`begin_write` takes its lock up front), so
two requests can never both take the last seat. Status changes are conditional UPDATEs
too (`WHERE status = :from`), so a cancellation racing an expiry releases seats once.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import timedelta

import sqlalchemy as sa
from flask import current_app
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
    BookingEvent,
    BookingLine,
    BookingStatus,
    Departure,
    DepartureStatus,
    Package,
    PackageStatus,
    PaymentMethod,
    PromoCode,
    Traveller,
)
from wisata.services import payments, pricing

CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L: read aloud, typed by hand
CODE_LENGTH = 8

TRANSITIONS = {
    BookingStatus.PENDING_PAYMENT: {BookingStatus.CONFIRMED, BookingStatus.CANCELLED, BookingStatus.EXPIRED},
    BookingStatus.CONFIRMED: {BookingStatus.CANCELLED, BookingStatus.COMPLETED},
}


class BookingError(DomainError):
    """A booking request that cannot be fulfilled; `str(error)` is shown to the traveller."""

    status_code = 400


class SoldOut(BookingError):
    status_code = 409


class NotBookable(BookingError):
    status_code = 409


class InvalidTransition(BookingError):
    status_code = 409


@dataclass
class BookingRequest:
    departure_id: int
    counts: dict[str, int]
    contact_name: str
    contact_email: str
    contact_phone: str
    origin_country: str
    travellers: list[str] = field(default_factory=list)
    origin_province: str | None = None
    locale: str = "id"
    promo_code: str = ""
    payment_method: PaymentMethod = PaymentMethod.BANK_TRANSFER
    user_id: int | None = None
    idempotency_key: str | None = None


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(code: str) -> str:
    """What a person types ("wj7k-2m9q", "WJ7K 2M9Q") as a stored code."""
    return "".join(ch for ch in code.upper() if ch.isalnum())[:20]


def bookable_departure(departure_id: int) -> Departure:
    """The departure with its package and prices, if it can be booked today."""
    departure = db.session.scalar(
        sa.select(Departure)
        .where(Departure.id == departure_id)
        .options(
            selectinload(Departure.package).selectinload(Package.prices),
            selectinload(Departure.package).selectinload(Package.organisation),
        )
    )
    if departure is None or departure.package.status is not PackageStatus.PUBLISHED:
        raise NotBookable(_("This departure does not exist or is no longer offered."))
    if departure.status is not DepartureStatus.OPEN or departure.date <= timeutil.today():
        raise NotBookable(_("This departure can no longer be booked."))
    return departure


def check_counts(departure: Departure, counts: dict[str, int]) -> int:
    """Validate seats per price category against the package's rules; returns the seats."""
    package = departure.package
    known = {p.code for p in package.prices}
    if any(code not in known for code in counts):
        raise BookingError(_("Unknown traveller category."))
    if any(not isinstance(n, int) or n < 0 for n in counts.values()):
        raise BookingError(_("The number of travellers cannot be negative."))
    seats = sum(counts.values())
    if seats == 0:
        raise BookingError(_("Choose at least one traveller."))
    limit = min(package.max_group, current_app.config["BOOKING_MAX_SEATS"])
    if seats > limit:
        raise BookingError(_("At most %(num)s travellers can be booked at once.", num=limit))
    if seats < package.min_group:
        raise BookingError(_("This trip needs at least %(num)s travellers.", num=package.min_group))
    if counts.get("adult", 0) == 0 and "adult" in known:
        raise BookingError(_("At least one adult must travel."))
    if seats > departure.seats_left:
        raise SoldOut(sold_out_message(departure))
    return seats


def sold_out_message(departure: Departure) -> str:
    if departure.seats_left <= 0:
        return _("Sorry, this departure is sold out. Please choose another date.")
    return _(
        "Sorry, only %(num)s seats are left on this departure.", num=departure.seats_left
    )


def find_promo(code: str, subtotal: int | None = None) -> PromoCode | None:
    """The active promo code for `code` ("" gives None); raises if it cannot be used."""
    code = code.strip().upper()
    if not code:
        return None
    promo = db.session.scalar(sa.select(PromoCode).where(PromoCode.code == code))
    now = timeutil.now()
    if (
        promo is None
        or not promo.active
        or (promo.valid_from and promo.valid_from > now)
        or (promo.valid_until and promo.valid_until < now)
        or (promo.max_uses is not None and promo.used_count >= promo.max_uses)
    ):
        raise BookingError(_("This promo code is not valid."))
    return promo


def book_seats(request: BookingRequest, actor_id: int | None = None) -> tuple[Booking, bool]:
    """Hold seats and create a booking awaiting payment; the caller commits.

    Returns the booking and whether it is new: the same `idempotency_key` always gives
    the same booking, so a form sent twice makes one booking.
    """
    begin_write()
    if request.idempotency_key:
        existing = db.session.scalar(
            sa.select(Booking).where(Booking.idempotency_key == request.idempotency_key)
        )
        if existing is not None:
            return existing, False
    departure = bookable_departure(request.departure_id)
    package = departure.package
    counts = {code: n for code, n in request.counts.items() if n}
    seats = check_counts(departure, counts)
    if len(request.travellers) != seats or not all(name.strip() for name in request.travellers):
        raise BookingError(_("Please give the name of every traveller."))
    option = payments.option(request.payment_method)
    if not option.available_for(package):
        raise BookingError(_("This way of paying is not offered for this trip."))
    promo = find_promo(request.promo_code)
    quote = pricing.quote(package.prices, counts, promo)

    if not _take_seats(departure.id, seats):
        db.session.refresh(departure)
        raise SoldOut(sold_out_message(departure))
    if promo is not None and not _use_promo(promo.id):
        raise BookingError(_("This promo code is not valid."))

    hold = option.hold_time()
    booking = Booking(
        code=_unused_code(),
        departure=departure,
        user_id=request.user_id,
        seats=seats,
        contact_name=request.contact_name.strip(),
        contact_email=request.contact_email.strip().lower(),
        contact_phone=request.contact_phone,
        origin_country=request.origin_country,
        origin_province=request.origin_province if request.origin_country == "ID" else None,
        locale=request.locale,
        payment_method=request.payment_method,
        subtotal=quote.subtotal,
        discount=quote.discount,
        total=quote.total,
        promo_code_id=promo.id if promo else None,
        hold_expires_at=timeutil.now() + hold if hold else None,
        idempotency_key=request.idempotency_key,
    )
    booking.lines = [BookingLine(category_code=p.code, quantity=n, unit_price=p.amount) for p, n in quote.lines]
    codes = [p.code for p, n in quote.lines for _ in range(n)]
    booking.travellers = [
        Traveller(position=i, full_name=name.strip(), category_code=code)
        for i, (name, code) in enumerate(zip(request.travellers, codes, strict=True))
    ]
    booking.history = [BookingEvent(to_status=BookingStatus.PENDING_PAYMENT, actor_id=actor_id)]
    db.session.add(booking)
    try:
        db.session.flush()
    except IntegrityError:
        # The same form, sent twice at once, lost the race: return the first booking.
        db.session.rollback()
        existing = db.session.scalar(
            sa.select(Booking).where(Booking.idempotency_key == request.idempotency_key)
        )
        if existing is None:
            raise
        return existing, False
    return booking, True


def _take_seats(departure_id: int, seats: int) -> bool:
    result = db.session.execute(
        sa.update(Departure)
        .where(
            Departure.id == departure_id,
            Departure.status == DepartureStatus.OPEN,
            Departure.seats_held + seats <= Departure.capacity,
        )
        .values(seats_held=Departure.seats_held + seats)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1


def _release_seats(departure_id: int, seats: int) -> None:
    db.session.execute(
        sa.update(Departure)
        .where(Departure.id == departure_id)
        .values(seats_held=Departure.seats_held - seats)
        .execution_options(synchronize_session=False)
    )


def _use_promo(promo_id: int) -> bool:
    result = db.session.execute(
        sa.update(PromoCode)
        .where(
            PromoCode.id == promo_id,
            sa.or_(PromoCode.max_uses.is_(None), PromoCode.used_count < PromoCode.max_uses),
        )
        .values(used_count=PromoCode.used_count + 1)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1


def _unused_code() -> str:
    while True:
        code = new_code()
        if db.session.scalar(sa.select(Booking.id).where(Booking.code == code)) is None:
            return code


def transition(booking: Booking, to: BookingStatus, actor_id: int | None = None,
               note: str | None = None, **values) -> None:
    """Move a booking to another status, once, releasing its seats if it stops holding them."""
    start = booking.status
    if to not in TRANSITIONS.get(start, ()):
        raise InvalidTransition(_("This booking can no longer be changed this way."))
    result = db.session.execute(
        sa.update(Booking)
        .where(Booking.id == booking.id, Booking.status == start)
        .values(status=to, **values)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        raise InvalidTransition(_("This booking was changed in the meantime. Please reload the page."))
    if start in SEAT_HOLDING and to not in SEAT_HOLDING and to is not BookingStatus.COMPLETED:
        _release_seats(booking.departure_id, booking.seats)
    db.session.add(BookingEvent(booking_id=booking.id, from_status=start, to_status=to,
                                actor_id=actor_id, note=note))
    db.session.flush()
    db.session.refresh(booking)


def confirm_payment(booking: Booking, actor_id: int | None = None) -> None:
    """The partner has received the money: the booking is confirmed."""
    begin_write()
    db.session.refresh(booking)
    transition(booking, BookingStatus.CONFIRMED, actor_id, paid_at=timeutil.now(), hold_expires_at=None)


def refund_for(booking: Booking) -> int:
    """What the traveller gets back on cancelling today (only money already paid)."""
    if booking.paid_at is None:
        return 0
    policy = booking.departure.package.cancellation_policy
    return pricing.refund_amount(booking.total, policy, booking.departure.date, timeutil.today())


def cancel(booking: Booking, actor_id: int | None = None, reason: str | None = None,
           by_partner: bool = False) -> None:
    """Cancel a booking and release its seats; a partner's cancellation refunds in full."""
    begin_write()
    db.session.refresh(booking)
    if not by_partner and booking.departure.date <= timeutil.today():
        raise InvalidTransition(_("A trip that has started can no longer be cancelled online."))
    refund = (booking.total if booking.paid_at else 0) if by_partner else refund_for(booking)
    transition(booking, BookingStatus.CANCELLED, actor_id, note=reason, refund_amount=refund,
               cancelled_at=timeutil.now(), cancel_reason=reason)


def expire_holds(now=None) -> int:
    """Expire unpaid bookings whose hold has run out; returns how many."""
    now = now or timeutil.now()
    begin_write()
    due = list(db.session.scalars(
        sa.select(Booking).where(
            Booking.status == BookingStatus.PENDING_PAYMENT,
            Booking.hold_expires_at.is_not(None),
            Booking.hold_expires_at <= now,
        )
    ))
    expired = 0
    for booking in due:
        try:
            transition(booking, BookingStatus.EXPIRED, note="hold expired")
            expired += 1
        except InvalidTransition:
            continue  # paid or cancelled in the meantime
    db.session.commit()
    return expired


def complete_past_trips(today=None) -> int:
    """Mark confirmed bookings whose trip has ended as completed; returns how many."""
    today = today or timeutil.today()
    begin_write()
    due = list(db.session.scalars(
        sa.select(Booking)
        .join(Departure, Booking.departure_id == Departure.id)
        .join(Package, Departure.package_id == Package.id)
        .where(Booking.status == BookingStatus.CONFIRMED, Departure.date < today)
        .options(selectinload(Booking.departure).selectinload(Departure.package))
    ))
    completed = 0
    for booking in due:
        ends = booking.departure.date + timedelta(days=booking.departure.package.duration_days - 1)
        if ends < today:
            transition(booking, BookingStatus.COMPLETED, note="trip ended")
            completed += 1
    db.session.commit()
    return completed


def seats_held_by_bookings(departure_id: int) -> int:
    """Seats of the departure's pending and confirmed bookings (for checks and tests)."""
    return db.session.scalar(
        sa.select(sa.func.coalesce(sa.func.sum(Booking.seats), 0)).where(
            Booking.departure_id == departure_id, Booking.status.in_(SEAT_HOLDING)
        )
    )
