"""Payment gateways: a payment company's hosted page where the traveller pays a partner by
virtual account, QRIS or e-wallet, and the signed notifications it sends when a payment
changes. Each gateway is a module (`midtrans`) speaking the shared types below."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from wisata.errors import DomainError


class GatewayError(DomainError):
    """The gateway could not be reached (503) or refused the request (502); str() is the
    localized message for the person who was about to pay."""

    status_code = 502


class NotificationError(DomainError):
    """A notification that is malformed (400) or not signed with the partner's key (403)."""

    status_code = 400


class PaymentStatus(enum.Enum):
    PAID = "paid"
    PENDING = "pending"  # waiting for the payer, or held for a fraud review
    FAILED = "failed"  # denied, cancelled, expired or failed: nothing was paid
    REFUNDED = "refunded"  # all of it went back (refund or chargeback)
    PARTIALLY_REFUNDED = "partially_refunded"


@dataclass(frozen=True)
class Customer:
    """Who pays, as the gateway shows it and sends its receipts."""

    name: str
    email: str
    phone: str | None = None


@dataclass(frozen=True)
class Checkout:
    """A payment started at the gateway: the token of its page and the page's address."""

    token: str
    redirect_url: str


@dataclass(frozen=True)
class Notification:
    """A verified notification. `transaction_status` and `fraud_status` are the gateway's
    own words; (transaction_id, transaction_status) identifies a notification sent twice."""

    order_id: str
    status: PaymentStatus
    gross_amount: int
    transaction_id: str
    transaction_status: str
    fraud_status: str | None
    payment_type: str | None
    status_code: str
