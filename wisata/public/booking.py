"""Booking views: choose seats, give details, review the total, then the booking page."""

from __future__ import annotations

import secrets

import segno
import sqlalchemy as sa
from flask import (
    abort,
    flash,
    make_response,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy.orm import selectinload

from wisata import timeutil
from wisata.database import begin_write
from wisata.extensions import db, limiter
from wisata.i18n import current_language, label
from wisata.models import (
    Booking,
    BookingStatus,
    Departure,
    Package,
    PaymentMethod,
    Review,
    TransferReceipt,
)
from wisata.public import bp
from wisata.public.forms import BookingForm, CancelForm, FindBookingForm, ReviewForm
from wisata.public.payment_forms import ClaimPaidForm
from wisata.services import (
    access,
    calendar,
    deposits,
    money,
    notifications,
    online_payments,
    payments,
    pricing,
    referrals,
    transfers,
)
from wisata.services import booking as booking_service
from wisata.services.booking import BookingError, BookingRequest

# Final booking steps one client may send: enough for a family or a front desk, too few
# to hoard seats (each booking also e-mails an address of the sender's choosing).
BOOKINGS_PER_HOUR = "10 per hour"


def _counts(departure: Departure) -> dict[str, int] | None:
    """Seats per price category from the query string; None if none were given."""
    codes = [p.code for p in departure.package.prices]
    if not any(code in request.args for code in codes):
        return None
    counts = {}
    for code in codes:
        raw = request.args.get(code, "0").strip() or "0"
        # isdigit() alone takes "²" and other digits int() refuses: ASCII only.
        if not (raw.isascii() and raw.isdigit()) or len(raw) > 3:
            raise BookingError(_("Enter the number of travellers as a whole number."))
        counts[code] = int(raw)
    return counts


def _error(error: BookingError, template: str, **context):
    db.session.rollback()
    return render_template(template, error=str(error), **context), error.status_code


def _not_final_step() -> bool:
    """Only the final step (the form with `confirm`) books; choosing and reviewing are free."""
    return request.method != "POST" or "confirm" not in request.form


@bp.route("/departures/<int:departure_id>/book", methods=["GET", "POST"])
@limiter.limit(BOOKINGS_PER_HOUR, methods=["POST"], exempt_when=_not_final_step)
def book(departure_id: int):
    if not _not_final_step() and db.session.get_bind().dialect.name != "sqlite":
        # The final step writes: on PostgreSQL its transaction starts here, so the departure
        # read for the form is the one the booking uses (read once, not again in book_seats).
        # Not on SQLite, where it would hold the database's one write lock while the form
        # is checked.
        begin_write()
    departure = booking_service.bookable_departure(departure_id)
    package = departure.package
    try:
        counts = _counts(departure)
        if counts is None:
            return render_template("public/book_seats.html", departure=departure, package=package, counts={})
        seats = booking_service.check_counts(departure, counts)
    except BookingError as error:
        return _error(error, "public/book_seats.html", departure=departure, package=package, counts={})

    choices = [(o.method.value, label(o.method)) for o in payments.options_for(package)]
    form = BookingForm(current_language(), seats, choices)
    if request.method == "GET":
        form.idempotency_key.data = secrets.token_urlsafe(24)
        if current_user.is_authenticated:
            form.contact_name.data = form.contact_name.data or current_user.name
            form.contact_email.data = form.contact_email.data or current_user.email
    context = dict(departure=departure, package=package, counts=counts, form=form)
    if request.method == "GET" or not form.validate():
        form.idempotency_key.data = form.idempotency_key.data or secrets.token_urlsafe(24)
        return render_template("public/book_details.html", **context), 400 if request.method == "POST" else 200

    try:
        promo = booking_service.find_promo(form.promo_code.data or "", package)
    except BookingError as error:
        form.promo_code.errors.append(str(error))
        return render_template("public/book_details.html", **context), 400
    quote = pricing.quote(package.prices, counts, promo)
    if "confirm" not in request.form:
        return render_template("public/book_review.html", quote=quote, **context)

    booking_request = BookingRequest(
        departure_id=departure.id,
        counts=counts,
        contact_name=form.contact_name.data,
        contact_email=form.contact_email.data,
        contact_phone=form.contact_phone.data,
        origin_country=form.origin_country.data,
        origin_province=form.origin_province.data or None,
        travellers=[entry.data for entry in form.travellers.entries],
        locale=current_language(),
        promo_code=form.promo_code.data or "",
        payment_method=PaymentMethod(form.payment_method.data),
        user_id=current_user.id if current_user.is_authenticated else None,
        idempotency_key=form.idempotency_key.data,
        referral=referrals.current(),
        consented_at=timeutil.now(),  # the form does not validate without the box ticked
    )
    try:
        booking, created = booking_service.book_seats(booking_request, actor_id=booking_request.user_id)
        if created:  # the e-mails are queued in the booking's own transaction
            notifications.booking_created(booking)
        db.session.commit()
    except BookingError as error:
        db.session.rollback()
        departure = db.session.get(Departure, departure.id)
        return render_template("public/book_review.html", quote=quote, error=str(error),
                               **{**context, "departure": departure}), error.status_code
    if not created and not access.may_open(booking, None):
        # The same form again from a browser that never opened the booking: say it is
        # made, but show nothing of it (the link went to the traveller's e-mail).
        return render_template("public/book_already_made.html", departure=departure, package=package)
    access.remember(booking)
    flash(_("Thank you! Your booking %(code)s is made and your seats are held.", code=booking.code), "success")
    return redirect(_booking_url(booking))


def _booking_url(booking: Booking, endpoint: str = "public.booking", **kwargs) -> str:
    return url_for(endpoint, code=booking.code, t=access.booking_token(booking), **kwargs)


def _load_booking(code: str) -> Booking:
    """The booking, if this visitor may open it; 404 otherwise (never a hint it exists)."""
    found = db.session.scalar(
        sa.select(Booking)
        .where(Booking.code == booking_service.normalise_code(code))
        .options(
            selectinload(Booking.departure).selectinload(Departure.package).selectinload(Package.organisation),
            selectinload(Booking.departure).selectinload(Departure.package).selectinload(Package.co_organisation),
            selectinload(Booking.lines),
            selectinload(Booking.travellers),
            selectinload(Booking.history),
            selectinload(Booking.payments),
            selectinload(Booking.refund),
        )
    )
    if found is None or not access.may_open(found, request.args.get("t")):
        abort(404)
    return found


@bp.get("/bookings/<code>")
def booking(code: str):
    return render_booking(_load_booking(code))


def render_booking(found: Booking, status: int = 200, claim_form: ClaimPaidForm | None = None):
    """The booking page; `claim_form` sent back with its errors after a refused receipt."""
    review = db.session.scalar(sa.select(Review).where(Review.booking_id == found.id))
    return render_template(
        "public/booking.html",
        booking=found,
        claim_form=claim_form or ClaimPaidForm(formdata=None),
        may_claim=transfers.may_claim(found),
        pay_online=online_payments.is_awaiting_online(found),
        receipt=db.session.scalar(sa.select(TransferReceipt.id, TransferReceipt.content_type)
                                  .where(TransferReceipt.booking_id == found.id)),
        token=request.args.get("t"),
        instructions=payments.option(found.payment_method).instructions(found),
        refund=booking_service.refund_for(found),
        outstanding=money.outstanding(found),
        due_now=money.due_now(found),
        voucher_ready=money.voucher_ready(found),
        cancel_form=CancelForm(),
        review=review,
        review_form=ReviewForm(),
        can_cancel=found.holds_seats and found.departure.date > timeutil.today(),
        can_review=found.status is BookingStatus.COMPLETED and review is None,
        awaits_email=booking_service.awaits_email_confirmation(found),
    ), status


@bp.route("/bookings/<code>/keep", methods=["GET", "POST"])
def keep_seats(code: str):
    """The link in the booking e-mail: pressing its button (a GET changes nothing)
    confirms the address, and the seats stay held until the trip."""
    found = db.session.scalar(
        sa.select(Booking).where(Booking.code == booking_service.normalise_code(code))
        .options(selectinload(Booking.departure).selectinload(Departure.package))
    )
    if found is None or not booking_service.keep_seats_token_opens(request.args.get("t"), found):
        abort(404)
    if request.method == "GET":
        return render_template("public/booking_keep.html", booking=found,
                               awaits_email=booking_service.awaits_email_confirmation(found))
    booking_service.keep_seats(found)
    db.session.commit()
    access.remember(found)
    flash(_("Thank you: your e-mail address is confirmed and your seats are held until the trip."), "success")
    return redirect(_booking_url(found)), 303


@bp.post("/bookings/<code>/cancel")
def cancel_booking(code: str):
    found = _load_booking(code)
    form = CancelForm()
    if not form.validate():
        flash(_("Tick the box to confirm the cancellation."), "error")
        return redirect(_booking_url(found)), 303
    try:
        booking_service.cancel(found, actor_id=current_user.id if current_user.is_authenticated else None,
                               reason=_("Cancelled by the traveller"))
        notifications.booking_cancelled(found, by_partner=False)
        db.session.commit()
    except BookingError as error:
        db.session.rollback()
        flash(str(error), "error")
        return redirect(_booking_url(found)), 303
    flash(_("Your booking is cancelled."), "success")
    return redirect(_booking_url(found)), 303


@bp.post("/bookings/<code>/review")
def review_booking(code: str):
    found = _load_booking(code)
    form = ReviewForm()
    if found.status is not BookingStatus.COMPLETED:
        abort(409, description=_("You can review a trip once it has taken place."))
    if db.session.scalar(sa.select(Review.id).where(Review.booking_id == found.id)):
        abort(409, description=_("You have already reviewed this trip."))
    if not form.validate():
        flash(_("Give a rating and write at least a sentence."), "error")
        return redirect(_booking_url(found)), 303
    db.session.add(Review(
        booking_id=found.id, package_id=found.departure.package_id, rating=int(form.rating.data),
        author_name=found.contact_name, origin_country=found.origin_country,
        locale=current_language(), comment=form.comment.data.strip(),
    ))
    db.session.commit()
    flash(_("Thank you for your review!"), "success")
    return redirect(_booking_url(found)), 303


@bp.get("/bookings/<code>/voucher")
def voucher(code: str):
    found = _load_booking(code)
    if found.status is BookingStatus.PENDING_PAYMENT and not money.voucher_ready(found):
        flash(_("Your e-voucher is ready once your payment is confirmed. Here is what to pay."), "error")
        return redirect(_booking_url(found)), 303
    if not money.voucher_ready(found):
        abort(404)
    qr = segno.make(_booking_url(found, _external=True), error="m")
    return render_template("public/voucher.html", booking=found, outstanding=money.outstanding(found),
                           qr_svg=qr.svg_inline(scale=4, dark="#1d2626", omitsize=True))


@bp.get("/bookings/<code>/trip.ics")
def booking_ics(code: str):
    found = _load_booking(code)
    body = calendar.booking_calendar(found, _booking_url(found, _external=True))
    response = make_response(body)
    response.headers["Content-Type"] = "text/calendar; charset=utf-8"
    response.headers["Content-Disposition"] = f'attachment; filename="{found.code}.ics"'
    return response


@bp.route("/bookings/find", methods=["GET", "POST"])
@limiter.limit("10/minute", methods=["POST"])
def find_booking():
    form = FindBookingForm()
    if request.method == "POST":
        if not form.validate():
            return render_template("public/find_booking.html", form=form), 400
        found = db.session.scalar(
            sa.select(Booking).where(
                Booking.code == booking_service.normalise_code(form.code.data),
                Booking.contact_email == form.email.data.strip().lower(),
            )
        )
        if found is None:
            form.code.errors.append(_("No booking matches this code and e-mail."))
            return render_template("public/find_booking.html", form=form), 404
        access.remember(found)
        return redirect(url_for("public.booking", code=found.code)), 303
    return render_template("public/find_booking.html", form=form)


def _deposit_terms(package: Package, total: int, departure_date):
    return deposits.terms_for(package, total, departure_date, timeutil.today())


@bp.context_processor
def _booking_helpers():
    return {"booking_url": _booking_url, "deposit_terms": _deposit_terms}
