"""Departures in the portal: add one or a series, capacity, close, cancel, manifest."""

from __future__ import annotations

import sqlalchemy as sa
from flask import Response, abort, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy.orm import selectinload

from wisata import timeutil
from wisata.extensions import db
from wisata.models import SEAT_HOLDING, Booking, Departure, DepartureStatus, Package
from wisata.partner import bp
from wisata.partner.forms import CapacityForm, DepartureForm, ReasonForm, SeriesForm
from wisata.services import departures as departure_service
from wisata.services import listings, notifications, reports
from wisata.services.departures import DepartureError
from wisata.services.office import audit


def _departure_or_404(departure_id: int, editable: bool = True) -> Departure:
    """A departure of one of the organisation's packages (co-providers may only look)."""
    condition = (Package.organisation_id == g.organisation.id) if editable else listings.visible_packages(g.organisation)
    return db.session.scalar(
        sa.select(Departure).join(Package, Departure.package_id == Package.id)
        .where(Departure.id == departure_id, condition)
        .options(selectinload(Departure.package))
    ) or abort(404)


@bp.route("/packages/<int:package_id>/departures", methods=["GET", "POST"])
def departures(package_id: int):
    package = listings.editable_package(g.organisation, package_id) or abort(404)
    one, series = DepartureForm(prefix="one"), SeriesForm(prefix="series")
    status = 200
    if request.method == "POST":
        try:
            if "one-date" in request.form and one.validate():
                departure_service.add(package, one.date.data, one.start_time.data, one.capacity.data)
                db.session.commit()
                flash(_("Departure added."), "success")
                return redirect(url_for("partner.departures", package_id=package.id), 303)
            if "series-start" in request.form and series.validate():
                created = departure_service.add_series(package, series.start.data, series.end.data,
                                                       set(series.weekdays.data), series.start_time.data,
                                                       series.capacity.data)
                db.session.commit()
                flash(_("%(num)s departures added.", num=len(created)), "success")
                return redirect(url_for("partner.departures", package_id=package.id), 303)
        except DepartureError as error:
            db.session.rollback()
            flash(str(error), "error")
        status = 400
    rows = db.session.scalars(
        sa.select(Departure).where(Departure.package_id == package.id, Departure.date >= timeutil.today())
        .order_by(Departure.date, Departure.start_time)
    )
    return render_template("partner/departures.html", package=package, departures=list(rows), one=one,
                           series=series, capacity_form=CapacityForm(), reason_form=ReasonForm()), status


@bp.post("/departures/<int:departure_id>/capacity")
def departure_capacity(departure_id: int):
    departure = _departure_or_404(departure_id)
    form = CapacityForm()
    if not form.validate():
        flash(_("Enter a number of seats between 1 and 1000."), "error")
    else:
        try:
            departure_service.change_capacity(departure, form.capacity.data)
            db.session.commit()
            flash(_("Capacity changed."), "success")
        except DepartureError as error:
            db.session.rollback()
            flash(str(error), "error")
    return redirect(url_for("partner.departures", package_id=departure.package_id), 303)


@bp.post("/departures/<int:departure_id>/<any(close, reopen):action>")
def departure_status(departure_id: int, action: str):
    departure = _departure_or_404(departure_id)
    try:
        departure_service.set_status(departure, DepartureStatus.CLOSED if action == "close" else DepartureStatus.OPEN)
        db.session.commit()
    except DepartureError as error:
        db.session.rollback()
        flash(str(error), "error")
    return redirect(url_for("partner.departures", package_id=departure.package_id), 303)


@bp.post("/departures/<int:departure_id>/cancel")
def cancel_departure(departure_id: int):
    departure = _departure_or_404(departure_id)
    form = ReasonForm()
    if not form.validate():
        flash(_("Give the travellers a reason for the cancellation."), "error")
        return redirect(url_for("partner.departures", package_id=departure.package_id), 303)
    try:
        cancelled = departure_service.cancel(departure, current_user.id, form.reason.data.strip())
        for booking in cancelled:  # queued in the cancellation's own transaction
            notifications.booking_cancelled(booking, by_partner=True)
        audit.record("departure.cancelled", region_id=g.organisation.region_id, organisation_id=g.organisation.id,
                     subject=f"departure:{departure.id}", reason=form.reason.data.strip(),
                     bookings=[b.code for b in cancelled])
        db.session.commit()
    except DepartureError as error:
        db.session.rollback()
        flash(str(error), "error")
        return redirect(url_for("partner.departures", package_id=departure.package_id), 303)
    flash(_("Departure cancelled; %(num)s booking(s) cancelled and notified.", num=len(cancelled)), "success")
    return redirect(url_for("partner.departures", package_id=departure.package_id), 303)


def _manifest(departure: Departure) -> list[Booking]:
    return list(db.session.scalars(
        sa.select(Booking)
        .where(Booking.departure_id == departure.id, Booking.status.in_(SEAT_HOLDING))
        .options(selectinload(Booking.travellers), selectinload(Booking.lines))
        .order_by(Booking.id)
    ))


@bp.get("/departures/<int:departure_id>/manifest")
def manifest(departure_id: int):
    departure = _departure_or_404(departure_id, editable=False)
    bookings = _manifest(departure)
    counts: dict[str, int] = {}
    for booking in bookings:
        for line in booking.lines:
            counts[line.category_code] = counts.get(line.category_code, 0) + line.quantity
    return render_template("partner/manifest.html", departure=departure, bookings=bookings, counts=counts)


@bp.get("/departures/<int:departure_id>/manifest.csv")
def manifest_csv(departure_id: int):
    departure = _departure_or_404(departure_id, editable=False)
    filename = f"manifest-{departure.package.slug}-{departure.date.isoformat()}.csv"
    return Response(reports.manifest_csv(_manifest(departure)), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})

