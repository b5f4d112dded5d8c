"""Money in the portal: the refunds owed to travellers, and recording one as paid."""

from __future__ import annotations

from flask import flash, g, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from wisata.errors import DomainError
from wisata.extensions import db
from wisata.partner import bp
from wisata.partner.bookings import _booking_or_404, _record, render_booking
from wisata.partner.payment_forms import RefundRecordForm
from wisata.services import money, notifications


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
