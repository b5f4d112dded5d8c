"""The seat and promo ledger: the two counters the bookings keep, and their audit.

`Departure.seats_held` is the seats of the departure's bookings that hold seats
(pending payment, confirmed); `PromoCode.used_count` is the number of bookings that use
the code (pending payment, confirmed, completed). Each counter changes only here, by one
conditional UPDATE, in the same transaction as the booking change that causes it.

Lock order, everywhere: the departure row, then the booking, then the promo code. A
transaction that touches several of them takes them in that order, so two of them never
wait for each other (see `lock_departure`).

`check` recomputes both counters from the bookings and reports (or repairs) any drift.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from wisata.database import begin_write
from wisata.extensions import db
from wisata.models import (
    SEAT_HOLDING,
    Booking,
    BookingStatus,
    Departure,
    DepartureStatus,
    Package,
    PromoCode,
)
from wisata.services import package_figures

# Bookings in these states count as a use of their promo code.
PROMO_USING = (BookingStatus.PENDING_PAYMENT, BookingStatus.CONFIRMED, BookingStatus.COMPLETED)


def lock_departure(departure_id: int) -> None:
    """Take the departure's row first (PostgreSQL; SQLite already runs one writer at a time)."""
    db.session.execute(sa.select(Departure.id).where(Departure.id == departure_id).with_for_update())


def take_seats(departure_id: int, seats: int) -> bool:
    """Hold `seats` if the departure is open and has them; False otherwise."""
    result = db.session.execute(
        sa.update(Departure)
        .where(
            Departure.id == departure_id,
            Departure.status == DepartureStatus.OPEN,
            Departure.seats_held + seats <= Departure.capacity,
        )
        .values(seats_held=Departure.seats_held + seats)
        .execution_options(synchronize_session=False)
    )
    package_figures.touch(db.session, departures=[departure_id])
    return result.rowcount == 1


def release_seats(departure_id: int, seats: int) -> None:
    db.session.execute(
        sa.update(Departure)
        .where(Departure.id == departure_id)
        .values(seats_held=Departure.seats_held - seats)
        .execution_options(synchronize_session=False)
    )
    package_figures.touch(db.session, departures=[departure_id])


def use_promo(promo_id: int) -> bool:
    """Count one use of the code if it has uses left; False otherwise."""
    result = db.session.execute(
        sa.update(PromoCode)
        .where(
            PromoCode.id == promo_id,
            sa.or_(PromoCode.max_uses.is_(None), PromoCode.used_count < PromoCode.max_uses),
        )
        .values(used_count=PromoCode.used_count + 1)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1


def release_promo(promo_id: int) -> None:
    db.session.execute(
        sa.update(PromoCode)
        .where(PromoCode.id == promo_id)
        .values(used_count=PromoCode.used_count - 1)
        .execution_options(synchronize_session=False)
    )


def follow_transition(booking: Booking, start: BookingStatus, to: BookingStatus) -> None:
    """Give back what a booking stops holding when it moves from `start` to `to`."""
    if start in SEAT_HOLDING and to not in SEAT_HOLDING:
        release_seats(booking.departure_id, booking.seats)
    if booking.promo_code_id is not None and start in PROMO_USING and to not in PROMO_USING:
        release_promo(booking.promo_code_id)


def seats_held_by_bookings(departure_id: int) -> int:
    """Seats of the departure's pending and confirmed bookings, counted afresh."""
    return db.session.scalar(_seats_recomputed(departure_id))


def _seats_recomputed(departure_id):
    return sa.select(sa.func.coalesce(sa.func.sum(Booking.seats), 0)).where(
        Booking.departure_id == departure_id, Booking.status.in_(SEAT_HOLDING)
    )


def _uses_recomputed(promo_id):
    return sa.select(sa.func.count(Booking.id)).where(
        Booking.promo_code_id == promo_id, Booking.status.in_(PROMO_USING)
    )


@dataclass(frozen=True)
class Drift:
    """One counter that does not match the bookings."""

    kind: str  # "departure", "promo" or "package" (its figures)
    id: int
    label: str
    stored: object
    recomputed: object
    column: str = ""

    def __str__(self) -> str:
        counter = {"departure": "seats_held", "promo": "used_count"}.get(self.kind, self.column)
        return f"{self.kind} {self.id} ({self.label}): {counter} stored {self.stored}, recomputed {self.recomputed}"


def _departure_drift(ids=None) -> list[Drift]:
    recomputed = _seats_recomputed(Departure.id).scalar_subquery()
    query = (
        sa.select(Departure.id, Package.slug, Departure.date, Departure.seats_held, recomputed)
        .join(Package, Departure.package_id == Package.id)
        .where(Departure.seats_held != recomputed)
        .order_by(Departure.id)
    )
    if ids is not None:
        query = query.where(Departure.id.in_(ids))
    return [Drift("departure", id_, f"{slug} {day.isoformat()}", stored, fresh)
            for id_, slug, day, stored, fresh in db.session.execute(query)]


def _promo_drift(ids=None) -> list[Drift]:
    recomputed = _uses_recomputed(PromoCode.id).scalar_subquery()
    query = (
        sa.select(PromoCode.id, PromoCode.code, PromoCode.used_count, recomputed)
        .where(PromoCode.used_count != recomputed)
        .order_by(PromoCode.id)
    )
    if ids is not None:
        query = query.where(PromoCode.id.in_(ids))
    return [Drift("promo", id_, code, stored, fresh) for id_, code, stored, fresh in db.session.execute(query)]


def _figures_drift() -> list[Drift]:
    found = package_figures.drift(db.session)
    slugs = dict(db.session.execute(
        sa.select(Package.id, Package.slug).where(Package.id.in_({package_id for package_id, *_ in found}))
    ).all()) if found else {}
    return [Drift("package", package_id, slugs.get(package_id, ""), stored, fresh, column)
            for package_id, column, stored, fresh in found]


def check() -> list[Drift]:
    """Every counter that does not match the bookings (read only), and every package
    figure that does not match its recount."""
    return _departure_drift() + _promo_drift() + _figures_drift()


def repair() -> list[Drift]:
    """Set every drifted counter to the value recomputed from the bookings (package figures
    are recounted when the caller commits).

    The drifted rows are locked (departures before promo codes, as everywhere) before
    they are counted again, so a booking made meanwhile is neither missed nor counted
    twice.
    """
    found = check()
    begin_write()
    package_figures.touch(db.session, packages=[d.id for d in found if d.kind == "package"])
    departure_ids = sorted(d.id for d in found if d.kind == "departure")
    promo_ids = sorted(d.id for d in found if d.kind == "promo")
    _lock(Departure, departure_ids)
    _lock(PromoCode, promo_ids)
    fixed = _departure_drift(departure_ids) if departure_ids else []
    fixed += _promo_drift(promo_ids) if promo_ids else []
    package_figures.touch(db.session, departures=departure_ids)
    fixed += [d for d in found if d.kind == "package"]
    for drift in fixed:
        if drift.kind == "package":
            continue  # recounted at the commit
        model, column = (Departure, "seats_held") if drift.kind == "departure" else (PromoCode, "used_count")
        db.session.execute(
            sa.update(model).where(model.id == drift.id).values({column: drift.recomputed})
            .execution_options(synchronize_session=False)
        )
    return fixed


def _lock(model, ids: list[int]) -> None:
    if ids:
        db.session.execute(sa.select(model.id).where(model.id.in_(ids)).order_by(model.id).with_for_update())
