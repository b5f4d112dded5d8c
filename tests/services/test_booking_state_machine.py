"""Random sequences of everything that moves the counters keep the books right.

Booking (with and without a promo code that has few uses, by any way of paying, from a
few addresses), payment by the partner or by the gateway's notification (of a deposit, then
of the balance; notifications repeated), "I have paid", cancellation by
traveller or partner, refunds paid, balances falling due, holds expiring or kept,
trips completing and departures cancelled: after each step every departure's seats held
equal the seats of its pending and confirmed bookings, and every promo code's uses equal
its pending, confirmed and completed bookings.
"""

from __future__ import annotations

import hashlib
from datetime import time, timedelta

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
from wisata.demo.payments import demo_qris_payload
from wisata.errors import DomainError
from wisata.extensions import db
from wisata.models import (
    SEAT_HOLDING,
    Booking,
    BookingStatus,
    Departure,
    GatewayCheckout,
    PaymentMethod,
    PromoCode,
)
from wisata.services import booking as service
from wisata.services import departures as departure_service
from wisata.services import deposits, ledger, money, online_payments, transfers
from wisata.services.booking import BookingError, BookingRequest
from wisata.services.departures import DepartureError

GATEWAY_KEY = "SB-Mid-server-state-machine"
PROMO_USING = (BookingStatus.PENDING_PAYMENT, BookingStatus.CONFIRMED, BookingStatus.COMPLETED)


def _request(departure_id: int, adults: int, children: int, key: int, promo: str, method: PaymentMethod,
             email: int) -> BookingRequest:
    return BookingRequest(
        departure_id=departure_id, counts={"adult": adults, "child": children},
        contact_name="Ayu", contact_email=f"traveller{email}@example.com", contact_phone="+6281234567890",
        origin_country="ID", origin_province="Jambi",
        travellers=[f"T{i}" for i in range(adults + children)], promo_code=promo,
        payment_method=method, idempotency_key=f"sm-{key}-" + "k" * 16,
    )


@pytest.mark.timeout(600)
def test_counters_always_match_the_bookings(make):
    # A deposit confirms; the balance is due 5 days before departure.
    package = make.package(max_group=8, pay_at_meeting_point=True, deposit_percent=30, balance_due_days=5)
    package.organisation.qris_payload = demo_qris_payload("Sample Merchant", "Malang")  # every way of paying
    online_payments.save_account(package.organisation, GATEWAY_KEY, "SB-Mid-client-x", production=False, enabled=True)
    db.session.commit()
    counter, slots = iter(range(10**9)), iter(range(10**9))

    class Books(RuleBasedStateMachine):
        @initialize(capacity=st.integers(1, 12), max_uses=st.one_of(st.none(), st.integers(1, 3)))
        def new_departure(self, capacity, max_uses):
            n = next(slots)  # a free (date, time) slot of the package for each run
            self.departure = make.departure(package, capacity=capacity, days_ahead=n % 300 + 10,
                                            at=time(n // 60 % 24, n % 60))
            self.departure_id, self.day = self.departure.id, self.departure.date
            self.promo = f"SM{n}"
            db.session.add(PromoCode(code=self.promo, percent_off=10, max_uses=max_uses))
            db.session.commit()
            self.bookings: list[int] = []

        @rule(adults=st.integers(-1, 6), children=st.integers(0, 3), with_promo=st.booleans(),
              method=st.sampled_from(PaymentMethod), email=st.integers(0, 3))
        def book(self, adults, children, with_promo, method, email):
            request = _request(self.departure_id, adults, children, next(counter),
                               self.promo if with_promo else "", method, email)
            try:
                booking, _ = service.book_seats(request)
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

        @rule(data=st.data(), status=st.sampled_from(["settlement", "pending", "expire"]), again=st.booleans())
        def gateway_notifies(self, data, status, again):
            """A Midtrans notification (signed as documented) for what an online booking owes now."""
            if not self.bookings:
                return
            booking = self._pick(data)
            amount = money.due_now(booking)
            if booking.payment_method is not PaymentMethod.ONLINE or amount <= 0:
                return
            order_id = f"{booking.code}-{next(counter)}"
            db.session.add(GatewayCheckout(booking_id=booking.id, order_id=order_id, amount=amount,
                                           redirect_url="https://app.sandbox.midtrans.com/snap/v4"))
            db.session.commit()
            code = "200" if status == "settlement" else "201" if status == "pending" else "202"
            gross = f"{amount}.00"
            signed = hashlib.sha512(f"{order_id}{code}{gross}{GATEWAY_KEY}".encode()).hexdigest()
            body = {"order_id": order_id, "status_code": code, "gross_amount": gross, "signature_key": signed,
                    "transaction_status": status, "transaction_id": f"tx-{order_id}", "fraud_status": "accept"}
            for _attempt in range(2 if again else 1):
                try:
                    online_payments.handle_notification(body)
                    db.session.commit()
                except DomainError:
                    db.session.rollback()

        @rule(data=st.data())
        def traveller_says_paid(self, data):
            if self.bookings:
                self._try(transfers.claim_paid, self._pick(data))

        @rule(data=st.data())
        def partner_pays_the_refund(self, data):
            if self.bookings:
                self._try(money.record_refund, self._pick(data), reference="TRF")

        @rule(data=st.data(), by_partner=st.booleans())
        def cancel(self, data, by_partner):
            if self.bookings:
                self._try(service.cancel, self._pick(data), by_partner=by_partner)

        @rule(data=st.data())
        def keep_seats(self, data):
            if self.bookings:
                booking = self._pick(data)
                if service.awaits_email_confirmation(booking):
                    self._try(service.keep_seats, booking)

        @rule(minutes=st.integers(0, 3 * 24 * 60))
        def time_passes_and_holds_expire(self, minutes):
            service.expire_holds(now=timeutil.now() + timedelta(minutes=minutes))

        @rule()
        def balances_fall_due(self):
            deposits.send_reminders(today=self.day - timedelta(days=6))
            deposits.cancel_overdue(today=self.day - timedelta(days=4))

        @rule()
        def trip_ends(self):
            service.complete_past_trips(today=self.day + timedelta(days=2))

        @rule()
        def partner_cancels_the_departure(self):
            try:
                departure_service.cancel(db.session.get(Departure, self.departure_id), None, "Erupsi")
                db.session.commit()
            except DepartureError:
                db.session.rollback()

        def _try(self, action, booking, **kwargs):
            try:
                action(booking, **kwargs)
                db.session.commit()
            except DomainError:
                db.session.rollback()

        @invariant()
        def seats_held_match_holding_bookings(self):
            db.session.rollback()
            held = dict(db.session.execute(
                sa.select(Booking.departure_id, sa.func.sum(Booking.seats))
                .where(Booking.status.in_(SEAT_HOLDING)).group_by(Booking.departure_id)
            ).all())
            for departure in db.session.scalars(sa.select(Departure)):
                assert 0 <= departure.seats_held <= departure.capacity
                assert departure.seats_held == held.get(departure.id, 0)

        @invariant()
        def promo_uses_match_bookings_using_them(self):
            uses = dict(db.session.execute(
                sa.select(Booking.promo_code_id, sa.func.count(Booking.id))
                .where(Booking.status.in_(PROMO_USING)).group_by(Booking.promo_code_id)
            ).all())
            for promo in db.session.scalars(sa.select(PromoCode)):
                assert promo.used_count == uses.get(promo.id, 0)
                assert promo.max_uses is None or promo.used_count <= promo.max_uses
            assert ledger.check() == []

        @invariant()
        def every_status_change_is_recorded(self):
            for booking_id in getattr(self, "bookings", []):
                booking = db.session.get(Booking, booking_id)
                assert booking.history[-1].to_status is booking.status
                if booking.status is BookingStatus.CANCELLED:
                    assert 0 <= booking.refund_amount <= min(booking.total, booking.amount_paid)
                if booking.refund is not None:
                    assert booking.refund.amount == booking.refund_amount > 0
                assert booking.amount_paid == sum(p.amount for p in booking.payments)
                assert (booking.paid_at is not None) == (booking.amount_paid >= money.amount_due(booking))
            assert money.check() == []
            pending = db.session.execute(sa.select(Booking.payee_organisation_id, Booking.transfer_amount).where(
                Booking.status == BookingStatus.PENDING_PAYMENT, Booking.transfer_amount.is_not(None))).all()
            assert len(pending) == len(set(pending))

    Books.TestCase.settings = settings(
        max_examples=40, stateful_step_count=20, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    run_state_machine_as_test(Books, settings=Books.TestCase.settings)
    assert db.session.scalar(sa.select(sa.func.count(Booking.id))) > 0
