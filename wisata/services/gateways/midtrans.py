"""Midtrans: a Snap payment page per booking, and the notifications Midtrans sends back.

Requests go through the official `midtransclient` package. Each partner has its own
Midtrans account, so the keys come with each call rather than from the configuration.
The client sends requests with no timeout and to fixed addresses; `_snap` gives it a
`requests` session with a timeout and, when asked, another base address (a test server).

A notification is trusted only when its `signature_key` is, as Midtrans documents it,
SHA-512 of order_id + status_code + gross_amount + the partner's server key, in hex; it is
compared in constant time before anything else in it is read. The signature does not cover
transaction_status, so a payment also needs the status_code Midtrans gives a success (200).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import midtransclient
import requests
from flask_babel import gettext as _

from wisata.services.gateways import (
    Checkout,
    Customer,
    GatewayError,
    Notification,
    NotificationError,
    PaymentStatus,
)

log = logging.getLogger(__name__)

# Virtual accounts, QRIS and e-wallets, as Snap names them.
ENABLED_PAYMENTS = ("bca_va", "bni_va", "bri_va", "echannel", "permata_va", "cimb_va", "other_va",
                    "other_qris", "gopay", "shopeepay")
TIMEOUT = (5.0, 20.0)  # seconds to connect, to wait for the answer
ORDER_ID = re.compile(r"[A-Za-z0-9._~-]{1,50}")  # what Snap accepts as order_id
SIGNED_FIELDS = ("order_id", "status_code", "gross_amount")
_GROSS_AMOUNT = re.compile(r"([0-9]{1,15})(?:\.([0-9]{1,2}))?")
_SIGNATURE = re.compile(r"[0-9a-fA-F]{128}")
_FAILED = {"deny", "cancel", "expire", "failure"}
_STATUSES = {
    "settlement": PaymentStatus.PAID,
    "pending": PaymentStatus.PENDING,
    "authorize": PaymentStatus.PENDING,  # a card authorised, not captured yet
    "refund": PaymentStatus.REFUNDED,
    "chargeback": PaymentStatus.REFUNDED,
    "partial_refund": PaymentStatus.PARTIALLY_REFUNDED,
    "partial_chargeback": PaymentStatus.PARTIALLY_REFUNDED,
    **dict.fromkeys(_FAILED, PaymentStatus.FAILED),
}


@dataclass(frozen=True)
class MidtransKeys:
    """A partner's access keys, from the Midtrans dashboard (Settings, Access Keys)."""

    server_key: str
    client_key: str
    production: bool = False


class _TimeoutSession(requests.Session):
    def __init__(self, timeout: float | tuple[float, float]):
        super().__init__()
        self.timeout = timeout

    def request(self, *args, **kwargs):
        kwargs.setdefault("timeout", self.timeout)
        return super().request(*args, **kwargs)


def create_transaction(
    keys: MidtransKeys,
    *,
    order_id: str,
    gross_amount: int,
    customer: Customer,
    finish_url: str,
    notification_url: str | None = None,
    expiry_minutes: int | None = None,
    enabled_payments: Sequence[str] = ENABLED_PAYMENTS,
    base_url: str | None = None,
    timeout: float | tuple[float, float] = TIMEOUT,
) -> Checkout:
    """Start a Snap payment of `gross_amount` rupiah and return its page.

    `order_id` must be new to the partner's Midtrans account (Midtrans refuses one it has
    seen), so a second attempt for a booking needs a suffix. `finish_url` is where the
    payer comes back to; `notification_url`, if given, replaces the notification URL of the
    dashboard for this payment; `expiry_minutes` ends the payment with the booking's hold.
    Raises `GatewayError` when Midtrans cannot be reached or refuses.
    """
    if not ORDER_ID.fullmatch(order_id):
        raise ValueError(f"order_id must be 1-50 letters, digits or ._~- : {order_id!r}")
    if isinstance(gross_amount, bool) or not isinstance(gross_amount, int) or gross_amount <= 0:
        raise ValueError("gross_amount must be a positive whole number of rupiah")
    customer_details = {"first_name": customer.name[:255], "email": customer.email}
    if customer.phone:
        customer_details["phone"] = customer.phone
    parameters: dict[str, Any] = {
        "transaction_details": {"order_id": order_id, "gross_amount": gross_amount},
        "customer_details": customer_details,
        "enabled_payments": list(enabled_payments),
        "callbacks": {"finish": finish_url},
    }
    if expiry_minutes is not None:
        parameters["expiry"] = {"unit": "minutes", "duration": int(expiry_minutes)}
    headers = {"X-Override-Notification": notification_url} if notification_url else {}
    with _TimeoutSession(timeout) as session:
        snap = _snap(keys, headers=headers, base_url=base_url, session=session)
        try:
            answer = snap.create_transaction(parameters)
        except midtransclient.MidtransAPIError as error:
            log.warning("Midtrans refused order %s: HTTP %s %s", order_id, error.http_status_code,
                        error.api_response_dict)
            if error.http_status_code >= 500:
                raise _unavailable() from None
            raise GatewayError(_("The payment provider refused this payment. Please choose another "
                                 "way to pay or contact the organiser.")) from None
        except (requests.RequestException, midtransclient.JSONDecodeError,
                AttributeError, TypeError) as error:  # the client fails so on JSON that is no object
            log.warning("Midtrans unreachable for order %s: %r", order_id, error)
            raise _unavailable() from None
    token, redirect_url = (answer.get("token"), answer.get("redirect_url")) if isinstance(answer, dict) else (None, None)
    schemes = ("https",) if base_url is None else ("https", "http")  # plain HTTP only from a test server
    if not (isinstance(token, str) and token and isinstance(redirect_url, str)
            and urlsplit(redirect_url).scheme in schemes):
        log.warning("Midtrans answered order %s without a payment page: %s", order_id, answer)
        raise _unavailable()
    return Checkout(token=token, redirect_url=redirect_url)


def signature(order_id: str, status_code: str, gross_amount: str, server_key: str) -> str:
    """The signature_key Midtrans puts in a notification, as lower-case hex."""
    return hashlib.sha512(f"{order_id}{status_code}{gross_amount}{server_key}".encode()).hexdigest()


def verify_notification(payload: Any, server_key: str) -> Notification:
    """Check a notification's signature with the partner's server key, then read it.

    Raises `NotificationError`: 403 if the signature does not match (or no key is set),
    400 if a field is missing, not text, or unreadable.
    """
    if not isinstance(payload, dict):
        raise NotificationError(_("The notification is not a JSON object."))
    for name in (*SIGNED_FIELDS, "signature_key"):
        _text(payload, name)
    given = payload["signature_key"]
    expected = signature(*(payload[name] for name in SIGNED_FIELDS), server_key) if server_key else ""
    if not (expected and _SIGNATURE.fullmatch(given)
            and hmac.compare_digest(expected.encode(), given.lower().encode())):
        raise NotificationError(_("The notification's signature is not valid."), 403)
    transaction_status = _text(payload, "transaction_status")
    fraud_status = _text(payload, "fraud_status", required=False)
    status = _status(transaction_status, fraud_status)
    if status is PaymentStatus.PAID and payload["status_code"] != "200":
        # transaction_status is not signed, status_code is: a signed notification of
        # another kind cannot be turned into a payment.
        raise NotificationError(_("The notification's %(field)s is not valid.", field="status_code"))
    return Notification(
        order_id=payload["order_id"],
        status=status,
        gross_amount=_rupiah(payload["gross_amount"]),
        transaction_id=_text(payload, "transaction_id"),
        transaction_status=transaction_status,
        fraud_status=fraud_status,
        payment_type=_text(payload, "payment_type", required=False),
        status_code=payload["status_code"],
    )


def _snap(keys: MidtransKeys, *, headers: dict[str, str], base_url: str | None,
          session: requests.Session) -> midtransclient.Snap:
    snap = midtransclient.Snap(is_production=keys.production, server_key=keys.server_key,
                               client_key=keys.client_key, custom_headers=headers)
    snap.http_client.http_client = session  # the client calls its .request() like requests
    if base_url is not None:
        snap.api_config.SNAP_PRODUCTION_BASE_URL = snap.api_config.SNAP_SANDBOX_BASE_URL = base_url
    return snap


def _unavailable() -> GatewayError:
    return GatewayError(_("The payment provider cannot be reached at the moment. Please try "
                          "again in a few minutes."), 503)


def _text(payload: dict, name: str, *, required: bool = True) -> str | None:
    value = payload.get(name)
    if value is None and not required:
        return None
    if value is None:
        raise NotificationError(_("The notification has no %(field)s.", field=name))
    if not isinstance(value, str) or not value:
        raise NotificationError(_("The notification's %(field)s is not valid.", field=name))
    return value


def _rupiah(gross_amount: str) -> int:
    """"24150000.00" as 24150000; an amount with a fraction of a rupiah is refused."""
    found = _GROSS_AMOUNT.fullmatch(gross_amount)
    if found is None or (found[2] or "0").strip("0"):
        raise NotificationError(_("The notification's %(field)s is not valid.", field="gross_amount"))
    return int(found[1])


def _status(transaction_status: str, fraud_status: str | None) -> PaymentStatus:
    if fraud_status == "deny":
        return PaymentStatus.FAILED
    if transaction_status == "capture":
        # A card payment: paid once the fraud check accepts it; "challenge" waits for the
        # partner's decision in the Midtrans dashboard.
        return PaymentStatus.PAID if fraud_status == "accept" else PaymentStatus.PENDING
    status = _STATUSES.get(transaction_status)
    if status is None:
        raise NotificationError(_("The notification's %(field)s is not valid.", field="transaction_status"))
    return status
