"""Who may book what: idempotency, unpaid bookings per address, holds, offered packages."""

from __future__ import annotations

import threading
from datetime import timedelta
from types import SimpleNamespace

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from wisata import timeutil
from wisata.extensions import db
from wisata.models import Booking, BookingStatus, Departure, OrganisationStatus, PaymentMethod
from wisata.services import booking as service
from wisata.services.booking import BookingError, BookingRequest, NotBookable


def _request(departure, key="k", email="ayu@example.com", method=PaymentMethod.BANK_TRANSFER, **fields):
    return BookingRequest(
        departure_id=departure.id, counts={"adult": 1}, contact_name="Ayu", contact_email=email,
        contact_phone="+6281234567890", origin_country="ID", origin_province="Jambi", travellers=["Ayu"],
        payment_method=method, idempotency_key=key * 20 if key else None, **fields,
    )


def _book(departure, **kwargs) -> Booking:
    booking, _ = service.book_seats(_request(departure, **kwargs))
    db.session.commit()
    return booking


def test_same_key_and_request_gives_the_same_booking(make):
    departure = make.departure()
    first = _book(departure)
    again, created = service.book_seats(_request(departure, email=" AYU@example.com "))
    assert (again.id, created) == (first.id, False)


@pytest.mark.parametrize("change", ["departure", "email"])
def test_same_key_with_another_request_is_refused(make, change):
    departure = make.departure()
    first = _book(departure)
    other = make.departure(departure.package, days_ahead=20) if change == "departure" else departure
    email = "budi@example.com" if change == "email" else "ayu@example.com"
    with pytest.raises(BookingError) as refused:
        service.book_seats(_request(other, email=email))
    assert refused.value.status_code == 409
    db.session.rollback()
    assert db.session.scalar(sa.select(sa.func.count(Booking.id))) == 1
    assert db.session.get(Departure, first.departure_id).seats_held == 1


def test_integrity_error_without_a_key_is_not_answered_with_another_booking(make, monkeypatch):
    departure = make.departure()
    someone = _book(departure, key=None, email="someone@example.com")
    monkeypatch.setattr(service, "_unused_code", lambda: someone.code)  # a clash on the unique code
    with pytest.raises(IntegrityError):
        service.book_seats(_request(departure, key=None))
    db.session.rollback()
    assert db.session.scalar(sa.select(sa.func.count(Booking.id))) == 1


def test_at_most_three_unpaid_bookings_per_address(make):
    departure = make.departure(capacity=20)
    bookings = [_book(departure, key=str(n)) for n in range(3)]
    with pytest.raises(BookingError, match="3") as refused:
        _book(departure, key="4", email="Ayu@Example.com")
    assert refused.value.status_code == 409
    db.session.rollback()
    service.confirm_payment(bookings[0])  # a paid one no longer counts
    db.session.commit()
    assert _book(departure, key="5").status is BookingStatus.PENDING_PAYMENT


def test_unpaid_limit_holds_when_requests_arrive_at_once(app, make):
    departure = make.departure(capacity=20)
    departure_id = departure.id
    barrier = threading.Barrier(6)
    made = []

    def book(n):
        with app.test_request_context("/en/"):
            barrier.wait()
            try:
                service.book_seats(_request(SimpleNamespace(id=departure_id), key=str(n)))
                db.session.commit()
                made.append(n)
            except BookingError:
                db.session.rollback()
            finally:
                db.session.remove()

    threads = [threading.Thread(target=book, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    db.session.rollback()
    assert len(made) == 3
    assert db.session.get(Departure, departure_id).seats_held == 3


def test_pay_at_meeting_point_holds_expire_until_the_address_is_confirmed(make):
    departure = make.departure(make.package(pay_at_meeting_point=True))
    unconfirmed = _book(departure, key="a", method=PaymentMethod.AT_MEETING_POINT)
    kept = _book(departure, key="b", email="budi@example.com", method=PaymentMethod.AT_MEETING_POINT)
    assert unconfirmed.hold_expires_at is not None and service.awaits_email_confirmation(unconfirmed)
    service.keep_seats(kept)
    db.session.commit()

    assert service.expire_holds(now=timeutil.now() + timedelta(days=2)) == 1
    db.session.rollback()
    assert db.session.get(Booking, unconfirmed.id).status is BookingStatus.EXPIRED
    assert db.session.get(Booking, kept.id).status is BookingStatus.PENDING_PAYMENT
    assert db.session.get(Departure, departure.id).seats_held == 1


def test_expired_booking_cannot_keep_its_seats(make):
    departure = make.departure(make.package(pay_at_meeting_point=True))
    booking = _book(departure, method=PaymentMethod.AT_MEETING_POINT)
    service.expire_holds(now=timeutil.now() + timedelta(days=2))
    with pytest.raises(BookingError):
        service.keep_seats(booking)
    db.session.rollback()
    assert db.session.get(Booking, booking.id).status is BookingStatus.EXPIRED


@pytest.mark.parametrize(
    ("verified", "email", "held_until_trip"),
    [(True, "ayu@example.com", True), (True, "other@example.com", False), (False, "ayu@example.com", False)],
)
def test_signed_in_verified_address_keeps_the_seats_at_once(make, verified, email, held_until_trip):
    user = make.user(email="ayu@example.com", email_verified_at=timeutil.now() if verified else None)
    departure = make.departure(make.package(pay_at_meeting_point=True))
    booking = _book(departure, email=email, method=PaymentMethod.AT_MEETING_POINT, user_id=user.id)
    assert (booking.hold_expires_at is None) is held_until_trip
    assert _book(departure, key="t", email=email, user_id=user.id).hold_expires_at is not None  # a transfer


def test_keep_seats_token_is_its_own(make):
    from wisata.services import access

    departure = make.departure(make.package(pay_at_meeting_point=True))
    booking = _book(departure, method=PaymentMethod.AT_MEETING_POINT)
    assert service.keep_seats_token_opens(service.keep_seats_token(booking), booking)
    assert not service.keep_seats_token_opens(access.booking_token(booking), booking)
    assert not service.keep_seats_token_opens("forged", booking)


@pytest.mark.parametrize("who", ["provider", "co_provider"])
def test_suspended_partners_departures_cannot_be_booked(make, who):
    malang, jambi = make.region("malang"), make.region("jambi")
    provider, co_provider = make.organisation(malang), make.organisation(jambi)
    package = make.package(provider, co_organisation=co_provider, co_accepted_at=timeutil.now())
    departure = make.departure(package)
    booked = _book(departure)
    (provider if who == "provider" else co_provider).status = OrganisationStatus.SUSPENDED
    db.session.commit()
    with pytest.raises(NotBookable):
        _book(departure, key="x", email="budi@example.com")
    db.session.rollback()
    assert db.session.get(Booking, booked.id).status is BookingStatus.PENDING_PAYMENT  # kept


def test_an_invited_co_provider_does_not_block_bookings(make):
    invited = make.organisation(make.region("jambi"), status=OrganisationStatus.PENDING)
    departure = make.departure(make.package(co_organisation=invited))  # not accepted yet
    assert _book(departure).status is BookingStatus.PENDING_PAYMENT
