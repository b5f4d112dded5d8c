"""Bookings: holding seats, the status lifecycle, expiry. The rules that keep the books.

Seats are held with one conditional UPDATE on the departure row (wisata.services.ledger):

    UPDATE departures SET seats_held = seats_held + n
     WHERE id = :id AND status = 'open' AND seats_held + n <= capacity

PostgreSQL re-checks the WHERE clause on the latest row version after a concurrent
update, and SQLite runs one writer at a time (`begin_write` takes its lock up front), so
two requests can never both take the last seat. Status changes are conditional UPDATEs
too (`WHERE status = :from`), so a cancellation racing an expiry releases seats once.
Every change takes the departure's row before the booking's, so two never deadlock.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import sqlalchemy as sa
from flask import current_app
from flask_babel import gettext as _
from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import contains_eager, joinedload, selectinload

from wisata import timeutil
from wisata.database import begin_write
from wisata.errors import DomainError
from wisata.extensions import db
from wisata.models import (
    Booking,
    BookingEvent,
    BookingLine,
    BookingStatus,
    Departure,
    DepartureStatus,
    Package,
    Payment,
    PaymentMethod,
    PromoCode,
    Traveller,
    User,
)
from wisata.services import deposits, ledger, money, payments, pricing, transfers
from wisata.services.catalog import promo_usable, publicly_offered
from wisata.services.ledger import seats_held_by_bookings  # noqa: F401 - part of this module's API
from wisata.services.referrals import Referral

CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L: read aloud, typed by hand
CODE_LENGTH = 8
# Bookings awaiting payment one e-mail address may have at a time: enough for a family,
# too few to hoard a departure.
MAX_PENDING_PER_EMAIL = 3

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
    # What brought the traveller (wisata.services.referrals.current()), for the figures.
    referral: Referral | None = None
    # When the traveller agreed to the privacy notice (the booking form's required box).
    consented_at: datetime | None = None

    @property
    def email(self) -> str:
        return self.contact_email.strip().lower()


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(code: str) -> str:
    """What a person types ("wj7k-2m9q", "WJ7K 2M9Q") as a stored code."""
    return "".join(ch for ch in code.upper() if ch.isalnum())[:20]


def bookable_departure(departure_id: int) -> Departure:
    """The departure with its package and prices, if it can be booked today (read once per
    transaction: the booking view and `book_seats` share it)."""
    transaction = db.session().get_transaction()
    known = db.session.info.get("bookable_departure")
    if known is not None and known[0] is transaction and known[1].id == departure_id:
        return _still_bookable(known[1])
    departure = db.session.scalar(
        sa.select(Departure)
        .join(Package, Departure.package_id == Package.id)
        .where(Departure.id == departure_id, publicly_offered())
        .options(
            contains_eager(Departure.package).options(
                joinedload(Package.organisation), joinedload(Package.co_organisation), selectinload(Package.prices)
            ),
        )
    )
    if departure is None:
        raise NotBookable(_("This departure does not exist or is no longer offered."))
    if transaction is not None:
        db.session.info["bookable_departure"] = (transaction, departure)
    return _still_bookable(departure)


def _still_bookable(departure: Departure) -> Departure:
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


def find_promo(code: str, package: Package) -> PromoCode | None:
    """The promo code `code` if it can be used on this package now ("" gives None)."""
    code = code.strip().upper()
    if not code:
        return None
    promo = db.session.scalar(sa.select(PromoCode).where(PromoCode.code == code, promo_usable()))
    if promo is None or not _promo_covers(promo, package):
        raise BookingError(_("This promo code is not valid."))
    return promo


def _promo_covers(promo: PromoCode, package: Package) -> bool:
    """Whether the code's scope takes in this package. A region's code applies to trips
    run by a partner of that region, a partner's code to its trips; for both, either
    partner of a joint package counts (once the co-provider has accepted). Every scope set
    must hold."""
    providers = [o for o in (package.organisation, package.co_provider) if o is not None]
    return (
        (promo.region_id is None or promo.region_id in {o.region_id for o in providers})
        and (promo.organisation_id is None or promo.organisation_id in {o.id for o in providers})
        and (promo.package_id is None or promo.package_id == package.id)
    )


def book_seats(request: BookingRequest, actor_id: int | None = None) -> tuple[Booking, bool]:
    """Hold seats and create a booking awaiting payment; the caller commits.

    Returns the booking and whether it is new: the same `idempotency_key` sent again
    with the same request gives the same booking, so a form sent twice makes one booking.
    """
    begin_write()
    existing = _earlier_booking(request)
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
    promo = find_promo(request.promo_code, package)
    quote = pricing.quote(package.prices, counts, promo)
    _check_pending_limit(request.email)
    _hold(departure, seats, promo)

    booking = _new_booking(request, departure, quote, promo, _hold_until(option, request))
    booking.deposit_amount, booking.balance_due_on = deposits.terms_for(package, quote.total, departure.date,
                                                                        timeutil.today())
    if option.unique_amount:
        booking.transfer_amount = transfers.unique_amount(package.organisation_id, quote.total)
        if booking.transfer_amount is None:
            raise BookingError(_("The organiser has too many transfers waiting to be checked. Please choose "
                                 "another way of paying or try again later."), 409)
    booking.history = [BookingEvent(to_status=BookingStatus.PENDING_PAYMENT, actor_id=actor_id)]
    db.session.add(booking)
    try:
        db.session.flush()
    except IntegrityError:
        # The same form, sent twice at once, lost the race: answer as for the first one.
        db.session.rollback()
        existing = _earlier_booking(request)
        if existing is None:
            raise
        return existing, False
    return booking, True


def _earlier_booking(request: BookingRequest) -> Booking | None:
    """The booking already made with this form's idempotency key, if it is this request.

    The key alone proves nothing: a key sent with another departure or e-mail address
    is refused, so it can never open someone else's booking.
    """
    if not request.idempotency_key:
        return None
    existing = db.session.scalar(sa.select(Booking).where(Booking.idempotency_key == request.idempotency_key))
    if existing is None:
        return None
    if existing.departure_id != request.departure_id or existing.contact_email != request.email:
        raise BookingError(_("This form was already sent. Please reload the page and book again."), 409)
    return existing


def _check_pending_limit(email: str) -> None:
    """Refuse a fourth unpaid booking for the same address (serialised per address)."""
    if db.session.get_bind().dialect.name == "postgresql":
        key = sa.func.hashtext("pending-bookings:" + email)
        db.session.execute(sa.select(sa.func.pg_advisory_xact_lock(key)))
    pending = db.session.scalar(sa.select(sa.func.count(Booking.id)).where(
        Booking.contact_email == email, Booking.status == BookingStatus.PENDING_PAYMENT
    ))
    if pending >= MAX_PENDING_PER_EMAIL:
        raise BookingError(_(
            "This e-mail address already has %(num)s bookings awaiting payment. Please pay or "
            "cancel one of them before booking again.", num=pending,
        ), 409)


def _hold(departure: Departure, seats: int, promo: PromoCode | None) -> None:
    """Take the seats, then the promo code's use, or refuse with the reason."""
    if not ledger.take_seats(departure.id, seats):
        db.session.refresh(departure)
        if departure.status is not DepartureStatus.OPEN:
            raise NotBookable(_("This departure can no longer be booked."))
        raise SoldOut(sold_out_message(departure))
    if promo is not None and not ledger.use_promo(promo.id):
        raise BookingError(_("This promo code is not valid."))


def _hold_until(option: payments.PaymentOption, request: BookingRequest) -> datetime | None:
    """When the unpaid booking's seats are released; None: they stay until the trip."""
    if option.hold_ends_when_email_confirmed and _email_confirmed(request):
        return None
    return timeutil.now() + option.hold_time()


def _email_confirmed(request: BookingRequest) -> bool:
    """The booker is signed in with this very e-mail address, and has verified it."""
    user = db.session.get(User, request.user_id) if request.user_id else None
    return user is not None and user.email_verified_at is not None and user.email.lower() == request.email


def _new_booking(request: BookingRequest, departure: Departure, quote: pricing.Quote,
                 promo: PromoCode | None, hold_until: datetime | None) -> Booking:
    booking = Booking(
        code=_unused_code(),
        departure=departure,
        user_id=request.user_id,
        seats=quote.seats,
        contact_name=request.contact_name.strip(),
        contact_email=request.email,
        contact_phone=request.contact_phone,
        origin_country=request.origin_country,
        origin_province=request.origin_province if request.origin_country == "ID" else None,
        locale=request.locale,
        payment_method=request.payment_method,
        payee_organisation_id=departure.package.organisation_id,
        subtotal=quote.subtotal,
        discount=quote.discount,
        total=quote.total,
        promo_code_id=promo.id if promo else None,
        hold_expires_at=hold_until,
        idempotency_key=request.idempotency_key,
        consented_at=request.consented_at,
    )
    if request.referral is not None:
        booking.referral_kind = request.referral.kind
        booking.referral_campaign_id = request.referral.campaign_id
        booking.referral_event_id = request.referral.event_id
    booking.lines = [BookingLine(category_code=p.code, quantity=n, unit_price=p.amount) for p, n in quote.lines]
    codes = [p.code for p, n in quote.lines for _ in range(n)]
    booking.travellers = [
        Traveller(position=i, full_name=name.strip(), category_code=code)
        for i, (name, code) in enumerate(zip(request.travellers, codes, strict=True))
    ]
    return booking


def _unused_code() -> str:
    while True:
        code = new_code()
        if db.session.scalar(sa.select(Booking.id).where(Booking.code == code)) is None:
            return code


def transition(booking: Booking, to: BookingStatus, actor_id: int | None = None,
               note: str | None = None, condition=None, **values) -> None:
    """Move a booking to another status, once, giving back the seats and promo use it
    stops holding. `condition` is an extra SQL condition the booking must still meet."""
    start = booking.status
    if to not in TRANSITIONS.get(start, ()):
        raise InvalidTransition(_("This booking can no longer be changed this way."))
    ledger.lock_departure(booking.departure_id)
    conditions = [Booking.id == booking.id, Booking.status == start]
    result = db.session.execute(
        sa.update(Booking)
        .where(*conditions, *([condition] if condition is not None else []))
        .values(status=to, **values)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        raise InvalidTransition(_("This booking was changed in the meantime. Please reload the page."))
    ledger.follow_transition(booking, start, to)
    db.session.add(BookingEvent(booking_id=booking.id, from_status=start, to_status=to,
                                actor_id=actor_id, note=note))
    db.session.flush()
    db.session.refresh(booking)


def confirm_payment(booking: Booking, actor_id: int | None = None, reference: str | None = None,
                    method: PaymentMethod | None = None) -> Payment:
    """The partner has received what is due now: the deposit or the whole amount of a booking
    awaiting payment (which is then confirmed), or a confirmed booking's balance. A payment
    is recorded; `paid_at` is set when the booking becomes fully paid."""
    begin_write()
    db.session.refresh(booking)
    due = money.due_now(booking)
    if booking.status not in (BookingStatus.PENDING_PAYMENT, BookingStatus.CONFIRMED) or due <= 0:
        raise InvalidTransition(_("This booking is not awaiting payment."))
    ledger.lock_departure(booking.departure_id)
    payment = money.add_payment(booking, due, method or booking.payment_method, reference, actor_id)
    # The traveller's "I have paid" is answered: a claim of the balance starts afresh.
    paid = {"payment_claimed_at": None}
    if money.outstanding(booking) == 0:
        paid["paid_at"] = payment.received_at
    if booking.status is BookingStatus.PENDING_PAYMENT:
        transition(booking, BookingStatus.CONFIRMED, actor_id, hold_expires_at=None, **paid)
    else:
        db.session.execute(sa.update(Booking).where(Booking.id == booking.id)
                           .values(**paid).execution_options(synchronize_session=False))
        db.session.refresh(booking)
    return payment


def refund_for(booking: Booking, today=None) -> int:
    """What the traveller gets back on cancelling `today`: the policy's share of the money
    already paid (a deposit, or all), never the few rupiah paid above the total (a code)."""
    paid = min(booking.amount_paid, booking.total)
    if paid <= 0:
        return 0
    policy = booking.departure.package.cancellation_policy
    return pricing.refund_amount(paid, policy, booking.departure.date, today or timeutil.today())


def cancel(booking: Booking, actor_id: int | None = None, reason: str | None = None,
           by_partner: bool = False, today=None) -> None:
    """Cancel a booking and release its seats; a partner's cancellation refunds in full."""
    begin_write()
    db.session.refresh(booking)
    today = today or timeutil.today()
    if not by_partner and booking.departure.date <= today:
        raise InvalidTransition(_("A trip that has started can no longer be cancelled online."))
    refund = min(booking.amount_paid, booking.total) if by_partner else refund_for(booking, today)
    transition(booking, BookingStatus.CANCELLED, actor_id, note=reason, refund_amount=refund,
               cancelled_at=timeutil.now(), cancel_reason=reason)


def expire_holds(now=None) -> int:
    """Expire unpaid bookings whose hold has run out; returns how many.

    One short transaction per booking, so the job never holds many rows at once."""
    now = now or timeutil.now()
    overdue = (Booking.hold_expires_at.is_not(None), Booking.hold_expires_at <= now)
    due = db.session.scalars(sa.select(Booking.id).where(
        Booking.status == BookingStatus.PENDING_PAYMENT, *overdue
    ).order_by(Booking.id)).all()
    return sum(_each(booking_id, BookingStatus.EXPIRED, "hold expired", sa.and_(*overdue)) for booking_id in due)


def complete_past_trips(today=None) -> int:
    """Mark confirmed bookings whose trip has ended as completed; returns how many."""
    today = today or timeutil.today()
    rows = db.session.execute(
        sa.select(Booking.id, Departure.date, Package.duration_days)
        .join(Departure, Booking.departure_id == Departure.id)
        .join(Package, Departure.package_id == Package.id)
        .where(Booking.status == BookingStatus.CONFIRMED, Departure.date < today)
        .order_by(Booking.id)
    ).all()
    ended = [booking_id for booking_id, day, days in rows if day + timedelta(days=days - 1) < today]
    return sum(_each(booking_id, BookingStatus.COMPLETED, "trip ended") for booking_id in ended)


def _each(booking_id: int, to: BookingStatus, note: str, condition=None) -> bool:
    """One booking's transition in its own transaction; False if it changed meanwhile."""
    begin_write()
    booking = db.session.get(Booking, booking_id, populate_existing=True)
    try:
        transition(booking, to, note=note, condition=condition)
    except InvalidTransition:
        db.session.rollback()
        return False
    db.session.commit()
    return True


def _keep_serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt="booking-keep-seats")


def keep_seats_token(booking: Booking) -> str:
    """Proof that the holder reads the booking's e-mail: sent there, nowhere else."""
    return _keep_serializer().dumps(booking.code)


def keep_seats_token_opens(token: str | None, booking: Booking) -> bool:
    try:
        code = _keep_serializer().loads(token or "")
    except BadSignature:
        return False
    return hmac.compare_digest(str(code), booking.code)


def awaits_email_confirmation(booking: Booking) -> bool:
    """Whether confirming the e-mail address would keep this booking's seats until the trip."""
    option = payments.option(booking.payment_method)
    return (option.hold_ends_when_email_confirmed and booking.status is BookingStatus.PENDING_PAYMENT
            and booking.hold_expires_at is not None)


def keep_seats(booking: Booking) -> None:
    """The traveller confirmed the e-mail address: the seats stay held until the trip."""
    begin_write()
    db.session.refresh(booking)
    if booking.holds_seats and booking.hold_expires_at is None:
        return  # kept already (the link opened twice), or paid
    methods = [o.method for o in payments.OPTIONS.values() if o.hold_ends_when_email_confirmed]
    result = db.session.execute(
        sa.update(Booking)
        .where(Booking.id == booking.id, Booking.status == BookingStatus.PENDING_PAYMENT,
               Booking.payment_method.in_(methods))
        .values(hold_expires_at=None)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        raise InvalidTransition(_("The seats of this booking are no longer held. Please book again."))
    db.session.refresh(booking)
