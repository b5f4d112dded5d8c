"""Holds expire, trips complete, reviews come after the trip, refunds follow the policy."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from wisata import timeutil
from wisata.extensions import db
from wisata.models import (
    Booking,
    BookingStatus,
    CancellationPolicy,
    Departure,
    PaymentMethod,
    Review,
)
from wisata.services import access
from wisata.services import booking as service
from wisata.services.booking import BookingRequest, InvalidTransition
from wisata.services.pricing import refund_amount, refund_tiers


def _book(departure, method=PaymentMethod.BANK_TRANSFER, seats=2, key="k"):
    booking, _ = service.book_seats(BookingRequest(
        departure_id=departure.id, counts={"adult": seats}, contact_name="Ayu",
        contact_email="ayu@example.com", contact_phone="+6281234567890", origin_country="ID",
        origin_province="Jambi", travellers=[f"T{i}" for i in range(seats)], payment_method=method,
        idempotency_key=key * 20,
    ))
    db.session.commit()
    return booking


def test_expire_command_releases_unpaid_holds(app, runner, make):
    departure = make.departure(make.package(pay_at_meeting_point=True), capacity=6)
    unpaid = _book(departure, key="a")
    at_meeting_point = _book(departure, PaymentMethod.AT_MEETING_POINT, key="b")
    paid = _book(departure, key="c")
    service.confirm_payment(paid)
    db.session.commit()
    db.session.execute(sa.update(Booking).where(Booking.id == unpaid.id)
                       .values(hold_expires_at=timeutil.now() - timedelta(minutes=1)))
    db.session.commit()

    result = runner.invoke(args=["bookings", "expire"])
    assert "1 unpaid booking(s) expired" in result.output
    db.session.rollback()
    assert db.session.get(Booking, unpaid.id).status is BookingStatus.EXPIRED
    assert db.session.get(Booking, at_meeting_point.id).status is BookingStatus.PENDING_PAYMENT
    assert db.session.get(Departure, departure.id).seats_held == 4
    assert "0 unpaid" in runner.invoke(args=["bookings", "expire"]).output


def test_paid_booking_cannot_expire_and_expired_cannot_be_paid(make):
    departure = make.departure(capacity=4)
    booking = _book(departure)
    service.expire_holds(now=timeutil.now() + timedelta(days=30))
    db.session.refresh(booking)
    assert booking.status is BookingStatus.EXPIRED
    with pytest.raises(InvalidTransition):
        service.confirm_payment(booking)
    db.session.rollback()
    assert db.session.get(Departure, departure.id).seats_held == 0


def test_completed_trip_can_be_reviewed_once(app, client, runner, make):
    package = make.package()
    departure = make.departure(package, capacity=4)
    booking = _book(departure)
    service.confirm_payment(booking)
    db.session.commit()
    db.session.execute(sa.update(Departure).where(Departure.id == departure.id)
                       .values(date=timeutil.today() - timedelta(days=2)))
    db.session.commit()
    assert "1 booking(s) completed" in runner.invoke(args=["bookings", "complete"]).output

    url = f"/en/bookings/{booking.code}/review?t={access.booking_token(booking)}"
    assert client.post(url, data={"rating": "5", "comment": "x"}).status_code == 303  # too short: refused
    assert db.session.scalar(sa.select(sa.func.count(Review.id))) == 0
    response = client.post(url, data={"rating": "5", "comment": "Sunrise over the sea of sand, unforgettable."})
    assert response.status_code == 303
    assert client.post(url, data={"rating": "1", "comment": "Trying to review twice here."}).status_code == 409
    page = client.get(f"/en/packages/{package.slug}").get_data(as_text=True)
    assert "unforgettable" in page and "(1 review)" in page


def test_review_before_the_trip_is_refused(client, make):
    booking = _book(make.departure())
    url = f"/en/bookings/{booking.code}/review?t={access.booking_token(booking)}"
    assert client.post(url, data={"rating": "5", "comment": "Great trip, truly."}).status_code == 409


@pytest.mark.parametrize(
    ("policy", "days_before", "refund"),
    [
        (CancellationPolicy.FLEXIBLE, 1, 1_000_000), (CancellationPolicy.FLEXIBLE, 0, 0),
        (CancellationPolicy.MODERATE, 7, 1_000_000), (CancellationPolicy.MODERATE, 6, 500_000),
        (CancellationPolicy.MODERATE, 2, 500_000), (CancellationPolicy.MODERATE, 1, 0),
        (CancellationPolicy.STRICT, 30, 1_000_000), (CancellationPolicy.STRICT, 14, 500_000),
        (CancellationPolicy.STRICT, 13, 0),
    ],
)
def test_refund_follows_the_policy(policy, days_before, refund):
    today = date(2027, 1, 1)
    assert refund_amount(1_000_000, policy, today + timedelta(days=days_before), today) == refund


def test_policy_is_explained_in_plain_words(app):
    with app.test_request_context("/en/"):
        app.preprocess_request()
        assert refund_tiers(CancellationPolicy.MODERATE) == [
            "Full refund if you cancel at least 7 days before departure.",
            "50% refund if you cancel 2 to 6 days before departure.",
            "No refund if you cancel less than 2 days before departure, or do not show up.",
        ]


def test_traveller_cancellation_refunds_by_policy_and_shows_it_first(client, make):
    package = make.package(cancellation_policy=CancellationPolicy.MODERATE)
    departure = make.departure(package, days_ahead=4)
    booking = _book(departure)
    service.confirm_payment(booking)
    db.session.commit()
    url = f"/en/bookings/{booking.code}?t={access.booking_token(booking)}"
    assert "If you cancel today you get back IDR\xa0500,000" in client.get(url).get_data(as_text=True)
    client.post(f"/en/bookings/{booking.code}/cancel?t={access.booking_token(booking)}", data={"confirm": "y"})
    db.session.rollback()
    cancelled = db.session.get(Booking, booking.id)
    assert cancelled.status is BookingStatus.CANCELLED and cancelled.refund_amount == 500_000
    assert [e.to_status for e in cancelled.history] == [
        BookingStatus.PENDING_PAYMENT, BookingStatus.CONFIRMED, BookingStatus.CANCELLED]
