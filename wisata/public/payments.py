"""The traveller's side of paying: "I have paid" with a receipt, the receipt itself, and
"Pay online" on the partner's payment gateway."""

from __future__ import annotations

from flask import abort, flash, make_response, redirect
from flask_babel import gettext as _

from wisata.extensions import db, limiter
from wisata.public import bp
from wisata.public.booking import _booking_url, _load_booking, render_booking
from wisata.public.payment_forms import ClaimPaidForm
from wisata.services import notifications, online_payments, transfers
from wisata.services.transfers import ReceiptRejected

# Receipts one client may send: a few tries for a family's bookings, not a file store.
CLAIMS_PER_HOUR = "20 per hour"


@bp.post("/bookings/<code>/claim")
@limiter.limit(CLAIMS_PER_HOUR)
def claim_paid(code: str):
    found = _load_booking(code)
    form = ClaimPaidForm()
    if not form.validate():
        return render_booking(found, 400, form)
    try:
        first = transfers.claim_paid(found, form.receipt.data)
    except ReceiptRejected as error:
        db.session.rollback()
        form.receipt.errors = [str(error)]
        return render_booking(found, 400, form)
    notifications.payment_claimed(found, first)
    db.session.commit()
    flash(_("Thank you: the organiser is told that you have paid and confirms your booking once the "
            "money has arrived."), "success")
    return redirect(_booking_url(found)), 303


@bp.get("/bookings/<code>/receipt")
def receipt(code: str):
    found = _load_booking(code)
    kept = transfers.receipt_of(found) or abort(404)
    return receipt_response(kept, found.code)


def receipt_response(kept, code: str):
    """The receipt as a private file: never cached by a proxy, never run as a page."""
    response = make_response(kept.data)
    response.headers["Content-Type"] = kept.content_type
    extension = "pdf" if kept.content_type == "application/pdf" else "webp"
    disposition = "attachment" if extension == "pdf" else "inline"
    response.headers["Content-Disposition"] = f'{disposition}; filename="receipt-{code}.{extension}"'
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Security-Policy"] = "default-src 'none'; img-src 'self'; sandbox"
    return response


@bp.post("/bookings/<code>/pay-online")
@limiter.limit(CLAIMS_PER_HOUR)
def pay_online(code: str):
    """Start a payment on the gateway's page for what the booking owes now, and go there."""
    found = _load_booking(code)
    checkout = online_payments.start_checkout(found)
    db.session.commit()
    return redirect(checkout.redirect_url), 303
