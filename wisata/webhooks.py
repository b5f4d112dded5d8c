"""Notifications from payment gateways: outside the language prefix, without CSRF (the
gateway signs them instead), rate-limited, answered in JSON."""

from __future__ import annotations

from flask import jsonify, request

from wisata.errors import DomainError
from wisata.extensions import csrf, db, limiter
from wisata.root import bp
from wisata.services import online_payments

NOTIFICATIONS_PER_MINUTE = "120 per minute"


@bp.post("/payments/midtrans/notification")
@csrf.exempt
@limiter.limit(NOTIFICATIONS_PER_MINUTE)
def midtrans_notification():
    payload = request.get_json(silent=True)
    try:
        outcome = online_payments.handle_notification(payload)
    except DomainError as error:
        db.session.rollback()
        return jsonify(error=str(error)), error.status_code
    db.session.commit()
    return jsonify(status=outcome)
