"""Payment through a partner's own gateway account (Midtrans): the account's keys kept
encrypted, "Pay online" starting a Snap payment, and the notifications that confirm it.

Keys: the server key is encrypted with Fernet (AES-128-CBC with HMAC-SHA256), under a key
derived by HKDF-SHA256 from the `PAYMENT_KEYS_SECRET` setting, or from `SECRET_KEY` when
that is not set. Set `PAYMENT_KEYS_SECRET` in production: changing it (or `SECRET_KEY`
without it) makes the stored keys unreadable, and each partner must enter them again.

Notifications are trusted only after the signature check with the partner's server key
(wisata.services.gateways.midtrans). Each (order, transaction, status) is handled once: the
same notification again is refused and changes nothing; a status older than one already
handled (pending after paid) is recorded and ignored; a paid amount that differs from the
order's is refused. A payment confirms the booking at once.
"""

from __future__ import annotations

import base64
import logging
import secrets

import sqlalchemy as sa
from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from flask import current_app, url_for
from flask_babel import gettext as _
from sqlalchemy.exc import IntegrityError

from wisata import timeutil
from wisata.database import begin_write
from wisata.errors import DomainError
from wisata.extensions import db
from wisata.models import (
    Booking,
    BookingStatus,
    GatewayAccount,
    GatewayCheckout,
    GatewayNotification,
    Organisation,
    Payment,
    PaymentMethod,
)
from wisata.services import access, money
from wisata.services.gateways import (
    Customer,
    GatewayError,
    NotificationError,
    PaymentStatus,
    midtrans,
)

log = logging.getLogger(__name__)
KEY_LENGTH = 100


def _fernet() -> Fernet:
    secret = current_app.config.get("PAYMENT_KEYS_SECRET") or current_app.config["SECRET_KEY"]
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=b"wisata-payment-keys", info=b"fernet").derive(
        str(secret).encode())
    return Fernet(base64.urlsafe_b64encode(key))


def account_of(organisation_id: int) -> GatewayAccount | None:
    return db.session.scalar(sa.select(GatewayAccount).where(GatewayAccount.organisation_id == organisation_id))


def save_account(organisation: Organisation, server_key: str, client_key: str, production: bool,
                 enabled: bool) -> GatewayAccount:
    """Create or change the organisation's Midtrans account; an empty server key keeps the
    one stored. The caller commits."""
    server_key, client_key = server_key.strip(), client_key.strip()
    account = account_of(organisation.id)
    if account is None and not server_key:
        raise DomainError(_("Enter the server key of your Midtrans account."))
    if not client_key:
        raise DomainError(_("Enter the client key of your Midtrans account."))
    if len(server_key) > KEY_LENGTH or len(client_key) > KEY_LENGTH or not (server_key + client_key).isprintable():
        raise DomainError(_("These do not look like Midtrans keys. Copy them again from the Midtrans dashboard."))
    if account is None:
        account = GatewayAccount(organisation_id=organisation.id, provider="midtrans")
        db.session.add(account)
    if server_key:
        account.server_key_encrypted = _fernet().encrypt(server_key.encode()).decode()
    account.client_key, account.production, account.enabled = client_key, production, enabled
    db.session.flush()
    return account


def keys_of(account: GatewayAccount) -> midtrans.MidtransKeys:
    try:
        server_key = _fernet().decrypt(account.server_key_encrypted.encode()).decode()
    except InvalidToken:
        log.error("the Midtrans server key of organisation %s cannot be decrypted", account.organisation_id)
        raise GatewayError(_("The organiser's online payment is not set up correctly. Please choose another "
                             "way to pay or contact the organiser."), 503) from None
    return midtrans.MidtransKeys(server_key=server_key, client_key=account.client_key, production=account.production)


def takes_online_payments(organisation_id: int) -> bool:
    account = account_of(organisation_id)
    return account is not None and account.enabled


def start_checkout(booking: Booking) -> GatewayCheckout:
    """A Snap payment of what the booking owes now; the caller commits, then sends the
    traveller to `redirect_url`. The gateway is called before the write transaction."""
    amount = money.due_now(booking)
    account = account_of(booking.payee_organisation_id) if booking.payee_organisation_id else None
    if booking.payment_method is not PaymentMethod.ONLINE or amount <= 0:
        raise DomainError(_("This booking is not awaiting payment."), 409)
    if account is None or not account.enabled:
        raise GatewayError(_("The organiser no longer takes online payments. Please contact them to pay "
                             "another way."), 409)
    order_id = f"{booking.code}-{secrets.token_hex(4)}"
    hold = booking.hold_expires_at
    minutes = max(1, int((hold - timeutil.now()).total_seconds() // 60)) if hold else None
    checkout = midtrans.create_transaction(
        keys_of(account), order_id=order_id, gross_amount=amount,
        customer=Customer(name=booking.contact_name, email=booking.contact_email, phone=booking.contact_phone),
        finish_url=url_for("public.booking", lang=booking.locale, code=booking.code,
                           t=access.booking_token(booking), _external=True),
        notification_url=url_for("root.midtrans_notification", _external=True),
        expiry_minutes=minutes, base_url=current_app.config.get("MIDTRANS_BASE_URL"),
    )
    begin_write()
    row = GatewayCheckout(booking_id=booking.id, order_id=order_id, amount=amount, redirect_url=checkout.redirect_url)
    db.session.add(row)
    db.session.flush()
    return row


def handle_notification(payload: object) -> str:
    """Verify and apply one notification; returns what it did ("paid", "already paid",
    "recorded", "stale", "late"). Raises NotificationError (4xx) and changes nothing for an
    unknown order, a bad signature, a wrong amount or a replay. The caller commits."""
    order_id = payload.get("order_id") if isinstance(payload, dict) else None
    checkout = db.session.scalar(sa.select(GatewayCheckout).where(GatewayCheckout.order_id == order_id)) \
        if isinstance(order_id, str) else None
    if checkout is None:
        raise NotificationError(_("This order is not known."), 404)
    account = account_of(checkout.booking.payee_organisation_id)
    if account is None:
        raise NotificationError(_("The notification's signature is not valid."), 403)
    notice = midtrans.verify_notification(payload, keys_of(account).server_key)
    if notice.status is PaymentStatus.PAID and notice.gross_amount != checkout.amount:
        log.warning("Midtrans order %s paid %s instead of %s", order_id, notice.gross_amount, checkout.amount)
        raise NotificationError(_("The amount paid is not the amount of the order."), 400)
    begin_write()
    db.session.refresh(checkout)
    booking = db.session.get(Booking, checkout.booking_id, populate_existing=True)
    outcome = _apply(checkout, booking, notice)
    db.session.add(GatewayNotification(checkout_id=checkout.id, transaction_id=notice.transaction_id,
                                       transaction_status=notice.transaction_status, outcome=outcome))
    try:
        db.session.flush()
    except IntegrityError:
        db.session.rollback()
        raise NotificationError(_("This notification was already received."), 409) from None
    return outcome


def _apply(checkout: GatewayCheckout, booking: Booking, notice) -> str:
    from wisata.services import booking as booking_service
    from wisata.services import notifications

    if _seen(checkout, notice):
        raise NotificationError(_("This notification was already received."), 409)
    if notice.status is not PaymentStatus.PAID:
        if checkout.status == PaymentStatus.PAID.value and notice.status in (PaymentStatus.PENDING, PaymentStatus.FAILED):
            return "stale"  # arrived after the payment it came before
        checkout.status = notice.status.value
        return "recorded"
    checkout.status = PaymentStatus.PAID.value
    reference = f"Midtrans {checkout.order_id}"
    if db.session.scalar(sa.select(Payment.id).where(Payment.booking_id == booking.id, Payment.reference == reference)):
        return "already paid"  # a card's capture, then its settlement
    if money.due_now(booking) != checkout.amount:
        log.warning("Midtrans order %s paid for booking %s, which no longer awaits %s (status %s)",
                    checkout.order_id, booking.code, checkout.amount, booking.status.value)
        return "late"
    payment = booking_service.confirm_payment(booking, reference=reference, method=PaymentMethod.ONLINE)
    notifications.payment_confirmed(booking, payment)
    return "paid"


def _seen(checkout: GatewayCheckout, notice) -> bool:
    return db.session.scalar(sa.select(GatewayNotification.id).where(
        GatewayNotification.checkout_id == checkout.id, GatewayNotification.transaction_id == notice.transaction_id,
        GatewayNotification.transaction_status == notice.transaction_status)) is not None


def is_awaiting_online(booking: Booking) -> bool:
    return (booking.payment_method is PaymentMethod.ONLINE and money.due_now(booking) > 0
            and booking.status in (BookingStatus.PENDING_PAYMENT, BookingStatus.CONFIRMED))
