"""Who may open a booking: a signed link, the account that made it, or code plus e-mail."""

from __future__ import annotations

import hmac

from flask import current_app, session
from flask_login import current_user
from itsdangerous import BadSignature, URLSafeSerializer

from wisata.models import Booking

SESSION_KEY = "bookings"
MAX_REMEMBERED = 20


def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt="booking-access")


def booking_token(booking: Booking) -> str:
    return _serializer().dumps(booking.code)


def token_opens(token: str | None, booking: Booking) -> bool:
    if not token:
        return False
    try:
        code = _serializer().loads(token)
    except BadSignature:
        return False
    return hmac.compare_digest(str(code), booking.code)


def remember(booking: Booking) -> None:
    """Let this browser open the booking again without the link."""
    codes = [c for c in session.get(SESSION_KEY, []) if c != booking.code]
    session[SESSION_KEY] = [booking.code, *codes][:MAX_REMEMBERED]


def may_open(booking: Booking, token: str | None) -> bool:
    if token_opens(token, booking):
        return True
    if booking.code in session.get(SESSION_KEY, []):
        return True
    return bool(
        current_user.is_authenticated and booking.user_id is not None and booking.user_id == current_user.id
    )
