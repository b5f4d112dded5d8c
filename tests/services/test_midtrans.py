"""Midtrans: Snap payments created through the official client against a fake Midtrans on
127.0.0.1, and notifications signed exactly as Midtrans documents them."""

from __future__ import annotations

import base64
import hashlib
import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from flask_babel import force_locale

from wisata.services.gateways import (
    Checkout,
    Customer,
    GatewayError,
    NotificationError,
    PaymentStatus,
    midtrans,
)

SERVER_KEY = "SB-Mid-server-TKmxV1hx2yXJpK3eGm8fEhDa"
CLIENT_KEY = "SB-Mid-client-61XuGAwQ8Bj8LxSS"
KEYS = midtrans.MidtransKeys(server_key=SERVER_KEY, client_key=CLIENT_KEY)
TOKEN = "66e4fa55-fdac-4ef9-91b5-733b97d1b862"
SNAP_ANSWER = {"token": TOKEN, "redirect_url": f"https://app.sandbox.midtrans.com/snap/v4/redirection/{TOKEN}"}


# --- a fake Midtrans --------------------------------------------------------------------


class FakeMidtrans(ThreadingHTTPServer):
    """Records each request and answers with the next of `answers`: (status, body, delay)."""

    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.requests: list[dict] = []
        self.answers: list[tuple[int, bytes | dict | list, float]] = []

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/snap/v1"

    def answer(self, status: int, body: bytes | dict | list, delay: float = 0.0) -> None:
        self.answers.append((status, body, delay))


class _Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.server.requests.append({"path": self.path, "headers": {k.lower(): v for k, v in self.headers.items()}, "body": json.loads(body)})
        status, answer, delay = self.server.answers.pop(0)
        time.sleep(delay)
        raw = answer if isinstance(answer, bytes) else json.dumps(answer).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "text/html" if isinstance(answer, bytes) else "application/json")
            self.send_header("Content-Length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)
        except OSError:
            pass  # the client gave up waiting

    def log_message(self, *args):
        pass


@pytest.fixture
def fake():
    server = FakeMidtrans()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def pay(fake, **overrides) -> Checkout:
    arguments = {
        "order_id": "MJ-7KQ2-1",
        "gross_amount": 24_150_123,
        "customer": Customer(name="Budi Santoso", email="budi@example.id", phone="+6281234567890"),
        "finish_url": "https://wisata.test/id/bookings/MJ-7KQ2",
        "base_url": fake.base_url,
    }
    return midtrans.create_transaction(KEYS, **{**arguments, **overrides})


# --- creating a payment -----------------------------------------------------------------


def test_create_transaction_sends_the_snap_request_and_returns_the_page(fake):
    fake.answer(201, SNAP_ANSWER)
    checkout = pay(fake, notification_url="https://wisata.test/payments/midtrans/notify", expiry_minutes=60)
    assert checkout == Checkout(token=TOKEN, redirect_url=SNAP_ANSWER["redirect_url"])
    [sent] = fake.requests
    assert sent["path"] == "/snap/v1/transactions"
    expected_auth = "Basic " + base64.b64encode(f"{SERVER_KEY}:".encode()).decode()
    assert sent["headers"]["authorization"] == expected_auth
    assert sent["headers"]["content-type"] == "application/json"
    assert sent["headers"]["accept"] == "application/json"
    assert sent["headers"]["x-override-notification"] == "https://wisata.test/payments/midtrans/notify"
    assert sent["body"] == {
        "transaction_details": {"order_id": "MJ-7KQ2-1", "gross_amount": 24_150_123},
        "customer_details": {"first_name": "Budi Santoso", "email": "budi@example.id",
                             "phone": "+6281234567890"},
        "enabled_payments": ["bca_va", "bni_va", "bri_va", "echannel", "permata_va", "cimb_va",
                             "other_va", "other_qris", "gopay", "shopeepay"],
        "callbacks": {"finish": "https://wisata.test/id/bookings/MJ-7KQ2"},
        "expiry": {"unit": "minutes", "duration": 60},
    }


def test_optional_parts_are_left_out(fake):
    fake.answer(201, SNAP_ANSWER)
    pay(fake, customer=Customer(name="A" * 300, email="a@example.id"), enabled_payments=("other_qris",))
    [sent] = fake.requests
    assert "x-override-notification" not in sent["headers"]
    assert "expiry" not in sent["body"]
    assert sent["body"]["customer_details"] == {"first_name": "A" * 255, "email": "a@example.id"}
    assert sent["body"]["enabled_payments"] == ["other_qris"]


def test_production_keys_can_be_pointed_at_another_address(fake):
    fake.answer(201, SNAP_ANSWER)
    production = midtrans.MidtransKeys(server_key="Mid-server-x", client_key="Mid-client-x", production=True)
    midtrans.create_transaction(production, order_id="MJ-1", gross_amount=1000,
                                customer=Customer("A", "a@example.id"), finish_url="https://wisata.test/",
                                base_url=fake.base_url)
    assert fake.requests[0]["headers"]["authorization"] == "Basic " + base64.b64encode(b"Mid-server-x:").decode()


@pytest.mark.parametrize(
    ("status", "answer", "expected_status", "message"),
    [
        (401, {"error_messages": ["Access denied due to unauthorized transaction, please check client or server key"]},
         502, "refused"),
        (400, {"error_messages": ["transaction_details.order_id sudah digunakan"]}, 502, "refused"),
        (500, {"error_messages": ["Sorry, we encountered internal server error."]}, 503, "cannot be reached"),
        (502, b"<html><body>Bad Gateway</body></html>", 503, "cannot be reached"),
        (201, {"token": TOKEN}, 503, "cannot be reached"),
        (201, {"token": TOKEN, "redirect_url": "javascript:alert(1)"}, 503, "cannot be reached"),
        (201, {"token": "", "redirect_url": SNAP_ANSWER["redirect_url"]}, 503, "cannot be reached"),
        (201, [TOKEN], 503, "cannot be reached"),
    ],
    ids=["bad-keys", "order-id-used", "server-error", "html", "no-page", "script-page", "empty-token",
         "json-list"],
)
def test_refusals_and_failures_become_gateway_errors(fake, status, answer, expected_status, message):
    fake.answer(status, answer)
    with pytest.raises(GatewayError, match=message) as failed:
        pay(fake)
    assert failed.value.status_code == expected_status


def test_a_slow_midtrans_times_out(fake):
    fake.answer(201, SNAP_ANSWER, delay=3)
    started = time.monotonic()
    with pytest.raises(GatewayError, match="cannot be reached") as failed:
        pay(fake, timeout=0.3)
    assert failed.value.status_code == 503
    assert time.monotonic() - started < 2


def test_an_unreachable_midtrans_is_unavailable():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(GatewayError, match="cannot be reached"):
        midtrans.create_transaction(KEYS, order_id="MJ-1", gross_amount=1000, customer=Customer("A", "a@example.id"),
                                    finish_url="https://wisata.test/", base_url=f"http://127.0.0.1:{port}/snap/v1")


@pytest.mark.parametrize(
    "overrides",
    [{"order_id": ""}, {"order_id": "MJ 7KQ2"}, {"order_id": "x" * 51}, {"order_id": "MJ/1"},
     {"gross_amount": 0}, {"gross_amount": -1}, {"gross_amount": 1.5}, {"gross_amount": True},
     {"gross_amount": "1000"}],
)
def test_bad_arguments_are_programming_errors(fake, overrides):
    with pytest.raises(ValueError):
        pay(fake, **overrides)
    assert fake.requests == []


# --- notifications ----------------------------------------------------------------------


def sign(payload: dict, server_key: str = SERVER_KEY) -> dict:
    """The notification as Midtrans sends it: signature_key = SHA512(order_id + status_code +
    gross_amount + ServerKey), hex (docs.midtrans.com, "Verifying Notification Authenticity")."""
    text = payload["order_id"] + payload["status_code"] + payload["gross_amount"] + server_key
    return {**payload, "signature_key": hashlib.sha512(text.encode("utf-8")).hexdigest()}


def notification(**fields) -> dict:
    """A bank transfer (virtual account) notification, after Midtrans' documented sample."""
    return {
        "transaction_time": "2026-10-24 15:34:33",
        "transaction_status": "settlement",
        "transaction_id": "6ee793df-9b1d-4343-8eda-cc9663b4222f",
        "status_message": "midtrans payment notification",
        "status_code": "200",
        "payment_type": "bank_transfer",
        "order_id": "MJ-7KQ2-1",
        "merchant_id": "G141532850",
        "gross_amount": "24150123.00",
        "fraud_status": "accept",
        "currency": "IDR",
        "va_numbers": [{"va_number": "490526303019299", "bank": "bca"}],
        "settlement_time": "2026-10-24 15:40:07",
        **fields,
    }


def test_a_settlement_is_a_payment():
    verified = midtrans.verify_notification(sign(notification()), SERVER_KEY)
    assert verified.status is PaymentStatus.PAID
    assert verified.gross_amount == 24_150_123
    assert (verified.order_id, verified.transaction_id) == ("MJ-7KQ2-1", "6ee793df-9b1d-4343-8eda-cc9663b4222f")
    assert (verified.transaction_status, verified.fraud_status, verified.payment_type, verified.status_code) == (
        "settlement", "accept", "bank_transfer", "200")


@pytest.mark.parametrize(
    ("fields", "status"),
    [
        ({"transaction_status": "settlement", "fraud_status": None, "payment_type": "qris"}, PaymentStatus.PAID),
        ({"transaction_status": "capture", "payment_type": "credit_card"}, PaymentStatus.PAID),
        ({"transaction_status": "capture", "fraud_status": "challenge", "payment_type": "credit_card"},
         PaymentStatus.PENDING),
        ({"transaction_status": "capture", "fraud_status": None}, PaymentStatus.PENDING),
        ({"transaction_status": "capture", "fraud_status": "deny", "status_code": "202"}, PaymentStatus.FAILED),
        ({"transaction_status": "pending", "status_code": "201"}, PaymentStatus.PENDING),
        ({"transaction_status": "authorize", "status_code": "201"}, PaymentStatus.PENDING),
        ({"transaction_status": "deny", "status_code": "202"}, PaymentStatus.FAILED),
        ({"transaction_status": "cancel"}, PaymentStatus.FAILED),
        ({"transaction_status": "expire", "status_code": "407"}, PaymentStatus.FAILED),
        ({"transaction_status": "failure", "status_code": "202"}, PaymentStatus.FAILED),
        ({"transaction_status": "refund"}, PaymentStatus.REFUNDED),
        ({"transaction_status": "chargeback"}, PaymentStatus.REFUNDED),
        ({"transaction_status": "partial_refund"}, PaymentStatus.PARTIALLY_REFUNDED),
        ({"transaction_status": "partial_chargeback"}, PaymentStatus.PARTIALLY_REFUNDED),
    ],
)
def test_transaction_and_fraud_status_map_to_a_payment_status(fields, status):
    payload = notification(**fields)
    payload = {k: v for k, v in payload.items() if v is not None}
    assert midtrans.verify_notification(sign(payload), SERVER_KEY).status is status


def test_an_upper_case_signature_is_the_same_signature():
    signed = sign(notification())
    signed["signature_key"] = signed["signature_key"].upper()
    assert midtrans.verify_notification(signed, SERVER_KEY).status is PaymentStatus.PAID


def test_a_whole_rupiah_amount_may_come_without_decimals():
    assert midtrans.verify_notification(sign(notification(gross_amount="150000")), SERVER_KEY).gross_amount == 150_000


@pytest.mark.parametrize(
    "tamper",
    [
        {"gross_amount": "24150124.00"},
        {"gross_amount": "1.00"},
        {"order_id": "MJ-OTHER-1"},
        {"status_code": "201"},
        {"signature_key": "0" * 128},
        {"signature_key": "not-hex" * 19},
    ],
    ids=["amount", "tiny-amount", "order", "status-code", "zeros", "not-hex"],
)
def test_tampered_or_forged_notifications_are_refused(tamper):
    with pytest.raises(NotificationError, match="signature") as refused:
        midtrans.verify_notification({**sign(notification()), **tamper}, SERVER_KEY)
    assert refused.value.status_code == 403


def test_a_notification_signed_with_another_partners_key_is_refused():
    with pytest.raises(NotificationError, match="signature") as refused:
        midtrans.verify_notification(sign(notification(), "SB-Mid-server-another"), SERVER_KEY)
    assert refused.value.status_code == 403


@pytest.mark.parametrize("server_key", ["", None])
def test_without_a_server_key_nothing_is_trusted(server_key):
    forged = sign(notification(), server_key or "")
    with pytest.raises(NotificationError, match="signature") as refused:
        midtrans.verify_notification(forged, server_key)
    assert refused.value.status_code == 403


def test_a_signed_notification_of_another_kind_cannot_claim_a_payment():
    """transaction_status is outside the signature; status_code (201 for pending) is inside."""
    pending = sign(notification(transaction_status="pending", status_code="201"))
    with pytest.raises(NotificationError, match="status_code"):
        midtrans.verify_notification({**pending, "transaction_status": "settlement"}, SERVER_KEY)


@pytest.mark.parametrize("field", ["order_id", "status_code", "gross_amount", "signature_key",
                                   "transaction_status", "transaction_id"])
def test_missing_fields_are_refused(field):
    payload = sign(notification())
    del payload[field]
    with pytest.raises(NotificationError, match=field) as refused:
        midtrans.verify_notification(payload, SERVER_KEY)
    assert refused.value.status_code == 400


@pytest.mark.parametrize(
    "fields",
    [{"gross_amount": 24150123.0}, {"order_id": 12345}, {"status_code": 200}, {"transaction_status": ["settlement"]},
     {"transaction_id": ""}, {"signature_key": ""}, {"signature_key": 7}, {"fraud_status": 1},
     {"payment_type": {"x": 1}}],
)
def test_fields_of_the_wrong_type_are_refused(fields):
    payload = notification()
    signable = {k: str(v) for k, v in {**payload, **fields}.items() if k in midtrans.SIGNED_FIELDS}
    tampered = {**sign({**payload, **signable}), **fields}
    with pytest.raises(NotificationError) as refused:
        midtrans.verify_notification(tampered, SERVER_KEY)
    assert refused.value.status_code == 400


@pytest.mark.parametrize("gross_amount", ["24150123.50", "24150123.5", "-100.00", "1e6", "24,150,123.00", " 100.00"])
def test_amounts_that_are_not_whole_rupiah_are_refused(gross_amount):
    with pytest.raises(NotificationError, match="gross_amount"):
        midtrans.verify_notification(sign(notification(gross_amount=gross_amount)), SERVER_KEY)


def test_an_unknown_status_is_refused():
    with pytest.raises(NotificationError, match="transaction_status"):
        midtrans.verify_notification(sign(notification(transaction_status="paid")), SERVER_KEY)


@pytest.mark.parametrize("payload", [None, [], "order_id=MJ-1", 42])
def test_a_notification_must_be_a_json_object(payload):
    with pytest.raises(NotificationError, match="JSON object"):
        midtrans.verify_notification(payload, SERVER_KEY)


def test_the_same_notification_twice_reads_the_same():
    signed = sign(notification())
    assert midtrans.verify_notification(signed, SERVER_KEY) == midtrans.verify_notification(dict(signed), SERVER_KEY)


# --- in Indonesian ----------------------------------------------------------------------


def test_errors_are_given_in_the_visitors_language(app, fake):
    fake.answer(401, {"error_messages": ["Access denied"]})
    with app.test_request_context(), force_locale("id"):
        with pytest.raises(GatewayError) as failed:
            pay(fake)
        assert "refused" not in str(failed.value) and "pembayaran" in str(failed.value)
        with pytest.raises(NotificationError) as refused:
            midtrans.verify_notification({**sign(notification()), "gross_amount": "1.00"}, SERVER_KEY)
        assert "signature" not in str(refused.value)
