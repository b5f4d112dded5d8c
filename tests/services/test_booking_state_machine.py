"""Random sequences of booking, payment, cancellation and expiry keep the books right."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)

from wisata import timeutil
from wisata.extensions import db
from wisata.models import Booking, BookingStatus, Departure, PaymentMethod
from wisata.services import booking as service
from wisata.services.booking import BookingError, BookingRequest


def _request(departure_id: int, adults: int, children: int, key: int) -> BookingRequest:
    return BookingRequest(
        departure_id=departure_id, counts={"adult": adults, "child": children},
        contact_name="Ayu", contact_email="ayu@example.com", contact_phone="+6281234567890",
        origin_country="ID", origin_province="Jambi",
        travellers=[f"T{i}" for i in range(adults + children)],
        payment_method=PaymentMethod.BANK_TRANSFER, idempotency_key=f"sm-{key}-" + "k" * 16,
    )


@pytest.mark.timeout(600)
def test_seats_held_always_match_active_bookings(make):
    package = make.package(max_group=8)
    counter = iter(range(10**9))

    class Books(RuleBasedStateMachine):
        @initialize(capacity=st.integers(1, 12))
        def new_departure(self, capacity):
            self.departure = make.departure(package, capacity=capacity, days_ahead=next(counter) % 300 + 10,
                                            at=timeutil.now().time().replace(microsecond=0, second=next(counter) % 60))
            self.departure_id = self.departure.id
            self.bookings: list[int] = []

        @rule(adults=st.integers(-1, 6), children=st.integers(0, 3))
        def book(self, adults, children):
            try:
                booking, _ = service.book_seats(_request(self.departure_id, adults, children, next(counter)))
                db.session.commit()
                self.bookings.append(booking.id)
            except BookingError:
                db.session.rollback()

        def _pick(self, data):
            return db.session.get(Booking, data.draw(st.sampled_from(self.bookings)))

        @rule(data=st.data())
        def pay(self, data):
            if self.bookings:
                self._try(service.confirm_payment, self._pick(data))

        @rule(data=st.data(), by_partner=st.booleans())
        def cancel(self, data, by_partner):
            if self.bookings:
                self._try(service.cancel, self._pick(data), by_partner=by_partner)

        @rule(minutes=st.integers(0, 3 * 24 * 60))
        def time_passes_and_holds_expire(self, minutes):
            service.expire_holds(now=timeutil.now() + timedelta(minutes=minutes))

        def _try(self, action, booking, **kwargs):
            try:
                action(booking, **kwargs)
                db.session.commit()
            except BookingError:
                db.session.rollback()

        @invariant()
        def seats_held_never_exceed_capacity_and_match_bookings(self):
            if not hasattr(self, "departure_id"):
                return
            db.session.rollback()
            departure = db.session.get(Departure, self.departure_id)
            assert 0 <= departure.seats_held <= departure.capacity
            assert departure.seats_held == service.seats_held_by_bookings(self.departure_id)

        @invariant()
        def every_status_change_is_recorded(self):
            for booking_id in getattr(self, "bookings", []):
                booking = db.session.get(Booking, booking_id)
                assert booking.history[-1].to_status is booking.status
                if booking.status is BookingStatus.CANCELLED:
                    assert 0 <= booking.refund_amount <= booking.total

    Books.TestCase.settings = settings(
        max_examples=25, stateful_step_count=15, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    run_state_machine_as_test(Books, settings=Books.TestCase.settings)
    assert db.session.scalar(sa.select(sa.func.count(Booking.id))) > 0
