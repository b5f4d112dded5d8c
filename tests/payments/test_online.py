"""Online payment through the partner's Midtrans account: keys stored encrypted, "Pay online"
creating a Snap payment (against a fake Midtrans on 127.0.0.1), and notifications signed
exactly as Midtrans documents them; forged, unknown, wrong-amount and replayed ones change
nothing."""

from __future__ import annotations

import hashlib
import json

import pytest
import sqlalchemy as sa

from tests.partner.conftest import login
from tests.payments.conftest import booking_url
from tests.services.test_midtrans import SNAP_ANSWER, fake  # noqa: F401 - the fake Midtrans fixture
from wisata.extensions import db
from wisata.models import (
    Booking,
    BookingStatus,
    GatewayAccount,
    GatewayCheckout,
    MemberRole,
    Payment,
    PaymentMethod,
)
from wisata.services import booking as booking_service
from wisata.services import online_payments

SERVER_KEY = "SB-Mid-server-TKmxV1hx2yXJpK3eGm8fEhDa"
CLIENT_KEY = "SB-Mid-client-61XuGAwQ8Bj8LxSS"
WEBHOOK = "/payments/midtrans/notification"


@pytest.fixture
def gateway(app, fake, shop):  # noqa: F811
    app.config["MIDTRANS_BASE_URL"] = fake.base_url
    online_payments.save_account(shop["organisation"], SERVER_KEY, CLIENT_KEY, production=False, enabled=True)
    db.session.commit()
    yield fake
    app.config["MIDTRANS_BASE_URL"] = None


def notification(order_id: str, gross_amount: str, status: str = "settlement", status_code: str = "200",
                 key: str = SERVER_KEY, transaction_id: str = "9aed5972-5b6a-401e-894b-a32c91ed1a3a") -> dict:
    """A notification as Midtrans sends it, signed as its documentation says:
    SHA-512(order_id + status_code + gross_amount + server key)."""
    signature = hashlib.sha512(f"{order_id}{status_code}{gross_amount}{key}".encode()).hexdigest()
    return {"transaction_time": "2026-12-01 10:00:00", "transaction_status": status, "transaction_id": transaction_id,
            "status_message": "midtrans payment notification", "status_code": status_code,
            "signature_key": signature, "payment_type": "bank_transfer", "order_id": order_id,
            "merchant_id": "G141532850", "gross_amount": gross_amount, "fraud_status": "accept", "currency": "IDR"}


def _post(client, body) -> tuple[int, dict]:
    response = client.post(WEBHOOK, data=json.dumps(body), content_type="application/json")
    return response.status_code, response.get_json()


def _start(app, gateway, book, lang="en"):
    gateway.answer(201, SNAP_ANSWER)
    booking = book(lang=lang, method=PaymentMethod.ONLINE)
    traveller = app.test_client()
    assert "pay-online" in traveller.get(booking_url(booking, lang)).get_data(as_text=True)
    response = traveller.post(booking_url(booking, lang, "/pay-online"))
    assert response.status_code == 303 and response.location == SNAP_ANSWER["redirect_url"]
    return booking, db.session.scalar(sa.select(GatewayCheckout))


def test_the_server_key_is_stored_encrypted(shop, owner_client):
    response = owner_client.post("/en/partner/payment-methods/midtrans",
                                 data={"server_key": SERVER_KEY, "client_key": CLIENT_KEY, "enabled": "y"})
    assert response.status_code == 303
    account = db.session.scalar(sa.select(GatewayAccount))
    assert SERVER_KEY not in account.server_key_encrypted and account.client_key == CLIENT_KEY
    assert online_payments.keys_of(account).server_key == SERVER_KEY
    page = owner_client.get("/en/partner/payment-methods").get_data(as_text=True)
    assert SERVER_KEY not in page and "/payments/midtrans/notification" in page
    # An empty server key keeps the one saved.
    owner_client.post("/id/partner/payment-methods/midtrans", data={"server_key": "", "client_key": CLIENT_KEY})
    db.session.expire_all()
    assert online_payments.keys_of(db.session.scalar(sa.select(GatewayAccount))).server_key == SERVER_KEY


def test_keys_are_unreadable_under_another_secret(app, shop):
    online_payments.save_account(shop["organisation"], SERVER_KEY, CLIENT_KEY, production=False, enabled=True)
    db.session.commit()
    app.config["PAYMENT_KEYS_SECRET"] = "another secret"
    try:
        with pytest.raises(online_payments.GatewayError):
            online_payments.keys_of(db.session.scalar(sa.select(GatewayAccount)))
    finally:
        app.config["PAYMENT_KEYS_SECRET"] = None


def test_only_an_owner_sets_the_keys_and_a_first_key_is_required(app, make, shop, owner_client):
    staff = app.test_client()
    login(staff, make.member(shop["organisation"], MemberRole.STAFF))
    assert staff.post("/en/partner/payment-methods/midtrans",
                      data={"server_key": SERVER_KEY, "client_key": CLIENT_KEY}).status_code == 403
    assert owner_client.post("/en/partner/payment-methods/midtrans", data={"client_key": CLIENT_KEY}).status_code == 400
    assert db.session.scalar(sa.select(sa.func.count(GatewayAccount.id))) == 0


@pytest.mark.parametrize("lang", ["id", "en"])
def test_pay_online_and_the_notification_confirms_at_once(app, gateway, shop, book, mailbox, lang):
    booking, checkout = _start(app, gateway, book, lang)
    [sent] = gateway.requests
    assert sent["body"]["transaction_details"] == {"order_id": checkout.order_id, "gross_amount": 2_500_000}
    assert sent["headers"]["x-override-notification"].endswith(WEBHOOK)
    assert booking.transfer_amount is None and checkout.amount == 2_500_000

    status, answer = _post(app.test_client(), notification(checkout.order_id, "2500000.00"))
    assert (status, answer) == (200, {"status": "paid"})
    db.session.expire_all()
    paid = db.session.get(Booking, booking.id)
    assert paid.status is BookingStatus.CONFIRMED and paid.paid_at is not None
    [payment] = paid.payments
    assert (payment.amount, payment.method) == (2_500_000, PaymentMethod.ONLINE) and checkout.order_id in payment.reference
    assert mailbox.to("ayu@example.com")

    # The same notification again changes nothing.
    status, _answer = _post(app.test_client(), notification(checkout.order_id, "2500000.00"))
    assert status == 409
    # A "pending" that arrives after the payment is recorded and ignored.
    status, answer = _post(app.test_client(), notification(checkout.order_id, "2500000.00", status="pending",
                                                           status_code="201"))
    assert (status, answer) == (200, {"status": "stale"})
    db.session.expire_all()
    assert db.session.scalar(sa.select(sa.func.count(Payment.id))) == 1
    assert db.session.get(Booking, booking.id).status is BookingStatus.CONFIRMED


@pytest.mark.parametrize(("make_body", "status"), [
    (lambda order: notification(order, "2500000.00", key="SB-Mid-server-forged"), 403),
    (lambda order: {**notification(order, "2500000.00"), "signature_key": "0" * 128}, 403),
    (lambda order: notification("UNKNOWN-ORDER", "2500000.00"), 404),
    (lambda order: notification(order, "2500.00"), 400),  # signed, but not the order's amount
    (lambda order: notification(order, "2500000.00", status_code="201"), 400),  # a "settlement" not signed as one
    (lambda order: {**notification(order, "2500000.00"), "gross_amount": "1.00"}, 403),  # tampered amount
    (lambda order: "not json", 404),
    (lambda order: {"order_id": order}, 400),
])
def test_forged_unknown_or_wrong_notifications_change_nothing(app, gateway, shop, book, make_body, status):
    booking, checkout = _start(app, gateway, book)
    body = make_body(checkout.order_id)
    client = app.test_client()
    response = client.post(WEBHOOK, data=body if isinstance(body, str) else json.dumps(body),
                           content_type="application/json")
    assert response.status_code == status and "error" in response.get_json()
    db.session.expire_all()
    assert db.session.get(Booking, booking.id).status is BookingStatus.PENDING_PAYMENT
    assert db.session.scalar(sa.select(sa.func.count(Payment.id))) == 0


def test_a_payment_for_a_booking_that_expired_changes_nothing(app, gateway, shop, book):
    booking, checkout = _start(app, gateway, book)
    booking_service.expire_holds(now=db.session.get(Booking, booking.id).hold_expires_at)
    db.session.commit()
    status, answer = _post(app.test_client(), notification(checkout.order_id, "2500000.00"))
    assert (status, answer) == (200, {"status": "late"})
    db.session.expire_all()
    assert db.session.get(Booking, booking.id).status is BookingStatus.EXPIRED
    assert db.session.scalar(sa.select(sa.func.count(Payment.id))) == 0


def test_online_payment_is_offered_only_when_the_partner_has_it_on(app, shop):
    url = f"/en/departures/{shop['departure'].id}/book?adult=1"
    assert 'value="online"' not in app.test_client().get(url).get_data(as_text=True)
    online_payments.save_account(shop["organisation"], SERVER_KEY, CLIENT_KEY, production=False, enabled=True)
    db.session.commit()
    assert 'value="online"' in app.test_client().get(url).get_data(as_text=True)


def test_the_gateway_being_down_is_a_clear_error(app, gateway, shop, book):
    gateway.answer(500, {"error_messages": ["internal"]})
    booking = book(method=PaymentMethod.ONLINE)
    response = app.test_client().post(booking_url(booking, "en", "/pay-online"))
    assert response.status_code == 503 and "cannot be reached" in response.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count(GatewayCheckout.id))) == 0
