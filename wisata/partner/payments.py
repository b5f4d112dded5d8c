"""Money in the portal: refunds owed, and a traveller's transfer receipt."""

from __future__ import annotations

from flask import abort, flash, g, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from wisata.errors import DomainError
from wisata.extensions import db
from wisata.partner import bp
from wisata.partner.bookings import _booking_or_404, _record, render_booking
from wisata.partner.payment_forms import RefundRecordForm
from wisata.public.payments import receipt_response
from wisata.services import money, notifications, transfers


@bp.get("/refunds")
def refunds():
    return render_template("partner/refunds.html", owed=money.refunds_owed(g.organisation),
                           paid=money.refunds_paid(g.organisation), form=RefundRecordForm())


@bp.post("/bookings/<code>/refund")
def record_refund(code: str):
    booking = _booking_or_404(code, manage=True)
    form = RefundRecordForm()
    if not form.validate():
        return render_booking(booking, 400, refund_form=form)
    try:
        refund = money.record_refund(booking, form.reference.data, actor_id=current_user.id)
    except DomainError as error:
        db.session.rollback()
        flash(str(error), "error")
        return redirect(url_for("partner.booking_detail", code=booking.code), 303)
    notifications.refund_paid(booking, refund)
    _record("booking.refund_paid", booking, amount=refund.amount, reference=refund.reference)
    db.session.commit()
    flash(_("Refund of booking %(code)s recorded as paid; the traveller is notified.", code=booking.code), "success")
    return redirect(url_for("partner.booking_detail", code=booking.code), 303)


@bp.get("/bookings/<code>/receipt")
def booking_receipt(code: str):
    booking = _booking_or_404(code, manage=True)
    kept = transfers.receipt_of(booking) or abort(404)
    return receipt_response(kept, booking.code)
