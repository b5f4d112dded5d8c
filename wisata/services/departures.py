"""Departures: adding one or a series, changing capacity, closing and cancelling."""

from __future__ import annotations

from datetime import date, time, timedelta

import sqlalchemy as sa
from flask_babel import gettext as _

from wisata import timeutil
from wisata.database import begin_write
from wisata.errors import DomainError
from wisata.extensions import db
from wisata.models import SEAT_HOLDING, Booking, Departure, DepartureStatus, Package
from wisata.services import booking as booking_service
from wisata.services import package_figures
from wisata.services.partners import require_active

MAX_SERIES = 120
MAX_CAPACITY = 1000


class DepartureError(DomainError):
    status_code = 400


def add(package: Package, day: date, at: time, capacity: int) -> Departure:
    require_active(package.organisation)
    if day <= timeutil.today():
        raise DepartureError(_("A departure must be in the future."))
    if db.session.scalar(sa.select(Departure.id).where(
        Departure.package_id == package.id, Departure.date == day, Departure.start_time == at
    )) is not None:
        raise DepartureError(_("There is already a departure at this date and time."))
    departure = Departure(package=package, date=day, start_time=at, capacity=capacity)
    db.session.add(departure)
    db.session.flush()
    return departure


def add_series(package: Package, start: date, end: date, weekdays: set[int], at: time,
               capacity: int) -> list[Departure]:
    """A departure on each chosen weekday between two dates; existing slots are skipped."""
    require_active(package.organisation)
    if start <= timeutil.today():
        raise DepartureError(_("A departure must be in the future."))
    if end < start or (end - start).days > 366:
        raise DepartureError(_("Choose an end date after the start date, at most a year later."))
    days = [start + timedelta(days=n) for n in range((end - start).days + 1)]
    days = [d for d in days if d.weekday() in weekdays]
    if not days:
        raise DepartureError(_("No chosen weekday falls between these dates."))
    if len(days) > MAX_SERIES:
        raise DepartureError(_("At most %(num)s departures can be added at once.", num=MAX_SERIES))
    taken = set(db.session.scalars(sa.select(Departure.date).where(
        Departure.package_id == package.id, Departure.start_time == at, Departure.date.in_(days)
    )))
    created = [Departure(package=package, date=d, start_time=at, capacity=capacity) for d in days if d not in taken]
    db.session.add_all(created)
    db.session.flush()
    return created


def change_capacity(departure: Departure, capacity: int) -> None:
    """Never below the seats already held: checked in the UPDATE itself."""
    begin_write()
    result = db.session.execute(
        sa.update(Departure)
        .where(Departure.id == departure.id, Departure.seats_held <= capacity)
        .values(capacity=capacity)
        .execution_options(synchronize_session=False)
    )
    package_figures.touch(db.session, departures=[departure.id])
    if result.rowcount != 1:
        db.session.refresh(departure)
        raise DepartureError(_(
            "The capacity cannot be below the %(num)s seats already booked.", num=departure.seats_held
        ))
    db.session.refresh(departure)


def set_status(departure: Departure, status: DepartureStatus) -> None:
    """Close (no new bookings) or reopen a departure, unless it was cancelled meanwhile."""
    begin_write()
    result = db.session.execute(
        sa.update(Departure)
        .where(Departure.id == departure.id, Departure.status != DepartureStatus.CANCELLED)
        .values(status=status)
        .execution_options(synchronize_session=False)
    )
    package_figures.touch(db.session, departures=[departure.id])
    if result.rowcount != 1:
        raise DepartureError(_("A cancelled departure cannot be changed."))
    db.session.refresh(departure)


def cancel(departure: Departure, actor_id: int | None, reason: str) -> list[Booking]:
    """Cancel a departure, then every booking still holding seats on it (refunded in full).

    The UPDATE that cancels the departure takes its row first: a booking being made
    either committed before it (and is cancelled here) or then finds the departure no
    longer open, so no booking keeps seats on a cancelled departure.
    """
    begin_write()
    result = db.session.execute(
        sa.update(Departure)
        .where(Departure.id == departure.id, Departure.status != DepartureStatus.CANCELLED)
        .values(status=DepartureStatus.CANCELLED)
        .execution_options(synchronize_session=False)
    )
    package_figures.touch(db.session, departures=[departure.id])
    if result.rowcount != 1:
        raise DepartureError(_("This departure is already cancelled."))
    active = list(db.session.scalars(sa.select(Booking).where(
        Booking.departure_id == departure.id, Booking.status.in_(SEAT_HOLDING)
    ).order_by(Booking.id)))
    for booking in active:
        booking_service.cancel(booking, actor_id=actor_id, reason=reason, by_partner=True)
    db.session.refresh(departure)
    return active
