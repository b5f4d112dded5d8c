"""Bookings in the portal: list and filter, record a payment, cancel with a reason."""

from __future__ import annotations

import sqlalchemy as sa
from flask import abort, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy.orm import selectinload

from wisata.errors import DomainError
from wisata.extensions import db
from wisata.i18n import label
from wisata.models import Booking, BookingStatus, Departure, Package
from wisata.partner import bp
from wisata.partner.forms import BookingFilterForm, ReasonForm
from wisata.partner.payment_forms import PaymentRecordForm, RefundRecordForm
from wisata.services import booking as booking_service
from wisata.services import listings, money, notifications, reports
from wisata.services.booking import BookingError
from wisata.services.office import audit

PER_PAGE = 25


def _bookings_query():
    return (
        sa.select(Booking)
        .join(Departure, Booking.departure_id == Departure.id)
        .join(Package, Departure.package_id == Package.id)
        .where(listings.visible_packages(g.organisation))
    )


def _booking_or_404(code: str, manage: bool = False) -> Booking:
    """A booking on the organisation's packages; to `manage` it (payment is made to the
    provider's account) the organisation must be the provider, not the co-provider."""
    query = _bookings_query()
    if manage:
        query = query.where(Package.organisation_id == g.organisation.id)
    return db.session.scalar(
        query.where(Booking.code == booking_service.normalise_code(code))
        .options(selectinload(Booking.departure).selectinload(Departure.package),
                 selectinload(Booking.travellers), selectinload(Booking.lines), selectinload(Booking.history),
                 selectinload(Booking.payments), selectinload(Booking.refund))
    ) or abort(404)


def _record(action: str, booking: Booking, **details) -> None:
    audit.record(action, region_id=g.organisation.region_id, organisation_id=g.organisation.id,
                 subject=f"booking:{booking.code}", code=booking.code, **details)


@bp.get("/bookings")
def bookings():
    form = BookingFilterForm(request.args)
    form.status.choices = [("", _("All statuses"))] + [(s.value, label(s)) for s in BookingStatus]
    if not form.validate():
        return render_template("partner/bookings.html", form=form, page=None), 400
    filters = reports.BookingFilters(
        status=BookingStatus(form.status.data) if form.status.data else None,
        words=form.q.data or "", departs_from=form.date_from.data, departs_until=form.date_to.data,
    )
    page = reports.partner_bookings(g.organisation, filters, page=form.page.data or 1, per_page=PER_PAGE)
    return render_template("partner/bookings.html", form=form, page=page)


def render_booking(booking: Booking, status: int = 200, **forms):
    """The booking's page, with the forms given (sent back with their errors) or fresh ones."""
    forms = {"reason_form": ReasonForm(formdata=None), "payment_form": PaymentRecordForm(formdata=None),
             "refund_form": RefundRecordForm(formdata=None), **forms}
    return render_template("partner/booking.html", booking=booking, outstanding=money.outstanding(booking),
                           due_now=money.due_now(booking),
                           refund_owed=money.refund_owed(booking), **forms), status


@bp.get("/bookings/<code>")
def booking_detail(code: str):
    return render_booking(_booking_or_404(code))


@bp.post("/bookings/<code>/paid")
def mark_paid(code: str):
    booking = _booking_or_404(code, manage=True)
    form = PaymentRecordForm()
    if not form.validate():
        return render_booking(booking, 400, payment_form=form)
    try:
        payment = booking_service.confirm_payment(booking, actor_id=current_user.id, reference=form.reference.data)
        notifications.payment_confirmed(booking, payment)
        _record("booking.paid", booking, amount=payment.amount, reference=payment.reference)
        db.session.commit()
        flash(_("Payment recorded: booking %(code)s is confirmed.", code=booking.code), "success")
    except DomainError as error:
        db.session.rollback()
        flash(str(error), "error")
    return redirect(url_for("partner.booking_detail", code=booking.code), 303)


@bp.post("/bookings/<code>/cancel")
def cancel_booking(code: str):
    booking = _booking_or_404(code, manage=True)
    form = ReasonForm()
    if not form.validate():
        flash(_("Give the traveller a reason for the cancellation."), "error")
        return redirect(url_for("partner.booking_detail", code=booking.code), 303)
    try:
        booking_service.cancel(booking, actor_id=current_user.id, reason=form.reason.data.strip(), by_partner=True)
        notifications.booking_cancelled(booking, by_partner=True)
        _record("booking.cancelled_by_partner", booking, reason=form.reason.data.strip())
        db.session.commit()
    except BookingError as error:
        db.session.rollback()
        flash(str(error), "error")
        return redirect(url_for("partner.booking_detail", code=booking.code), 303)
    flash(_("Booking %(code)s is cancelled and the traveller is notified.", code=booking.code), "success")
    return redirect(url_for("partner.booking_detail", code=booking.code), 303)
