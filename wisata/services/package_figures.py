"""Per-package figures (next date, price from, rating, reviews, popularity, joint, cover)
kept in `package_figures`, up to date at every commit that changes what they count.

A session hook notes, at each flush, the packages whose departures, bookings, reviews,
prices, photos or itinerary changed; just before the commit one UPDATE recomputes their
figures from the tables, inside the same transaction (so a card is never behind the data
it sums, and two transactions recomputing the same package queue on its row). Statements
that change those tables without the ORM (the ledger's conditional UPDATEs) call `touch`.
The next date also moves with the calendar: `roll_dates` (hourly) recomputes packages
whose next date is in the past. `check` / `repair` compare every row with a recount.
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session

from wisata import timeutil
from wisata.models import (
    Attraction,
    Booking,
    BookingStatus,
    Departure,
    DepartureStatus,
    ItineraryDay,
    ItineraryStop,
    Organisation,
    Package,
    PackageFigures,
    PackagePhoto,
    PriceCategory,
    Review,
)

# Bookings that count towards a package's popularity.
POPULAR = (BookingStatus.PENDING_PAYMENT, BookingStatus.CONFIRMED, BookingStatus.COMPLETED)
COLUMNS = ("next_date", "from_price", "rating", "review_count", "popularity", "joint", "cover_photo_id")
# What seats changing (a booking made, cancelled, expired; a departure's capacity or status)
# can change: the commit of a booking recounts only these.
SEAT_COLUMNS = ("next_date", "popularity")

_PACKAGES, _DEPARTURES, _DAYS, _ATTRACTIONS = ("figures.packages", "figures.departures", "figures.days",
                                               "figures.attractions")


def recomputed(package_id) -> dict:
    """The figures of the package `package_id` (a column or a value), as SQL expressions."""
    today = timeutil.today()
    return {
        "next_date": sa.select(sa.func.min(Departure.date)).where(
            Departure.package_id == package_id,
            Departure.status == DepartureStatus.OPEN,
            Departure.date >= today,
            Departure.seats_held < Departure.capacity,
        ).scalar_subquery(),
        "from_price": sa.select(sa.func.min(PriceCategory.amount)).where(
            PriceCategory.package_id == package_id, PriceCategory.code == "adult"
        ).scalar_subquery(),
        "rating": sa.select(sa.cast(sa.func.avg(Review.rating), sa.Float)).where(
            Review.package_id == package_id, Review.visible.is_(True)
        ).scalar_subquery(),
        "review_count": sa.select(sa.func.count(Review.id)).where(
            Review.package_id == package_id, Review.visible.is_(True)
        ).scalar_subquery(),
        # The package's departures first, then their bookings by index: written as IN so
        # that SQLite does not start from every booking of the status (90 ms against 0.1).
        "popularity": sa.select(sa.func.coalesce(sa.func.sum(Booking.seats), 0))
        .where(Booking.departure_id.in_(
            sa.select(Departure.id).where(Departure.package_id == package_id).correlate_except(Departure)
        ), Booking.status.in_(POPULAR))
        .scalar_subquery(),
        "joint": sa.select(ItineraryStop.day_id)
        .join(ItineraryDay, ItineraryStop.day_id == ItineraryDay.id)
        .join(Attraction, ItineraryStop.attraction_id == Attraction.id)
        .join(Package, Package.id == ItineraryDay.package_id)
        .join(Organisation, Organisation.id == Package.organisation_id)
        .where(ItineraryDay.package_id == package_id, Attraction.region_id != Organisation.region_id)
        .exists(),
        "cover_photo_id": sa.select(PackagePhoto.photo_id)
        .where(PackagePhoto.package_id == package_id)
        .order_by(PackagePhoto.position, PackagePhoto.photo_id)
        .limit(1)
        .scalar_subquery(),
    }


def refresh(session: Session, package_ids: Iterable[int] | None = None, create: bool = True,
            columns: Iterable[str] = COLUMNS) -> int:
    """Recompute the figures of these packages (all when None); creates missing rows
    unless `create` is False (the commit hook: a package made through the ORM gets its
    row when it is added)."""
    ids = None if package_ids is None else sorted(set(package_ids))
    if ids == []:
        return 0
    if create:
        _create_missing(session, ids)
    counted = recomputed(PackageFigures.package_id)
    update = sa.update(PackageFigures).values({name: counted[name] for name in columns})
    if ids is not None:
        update = update.where(PackageFigures.package_id.in_(ids))
    return session.execute(
        update.execution_options(synchronize_session=False)
    ).rowcount


def _without_figures() -> sa.Select:
    """Packages that have no row of figures."""
    return sa.select(Package.id).where(
        ~sa.select(PackageFigures.package_id).where(PackageFigures.package_id == Package.id).exists()
    )


def _create_missing(session: Session, ids: list[int] | None) -> None:
    missing = _without_figures()
    if ids is not None:
        missing = missing.where(Package.id.in_(ids))
    session.execute(sa.insert(PackageFigures).from_select(["package_id"], missing))


def touch(session: Session, *, packages: Iterable[int] = (), departures: Iterable[int] = ()) -> None:
    """Note packages (or the packages of departures) whose figures this transaction changes
    with statements the session hook cannot see."""
    session.info.setdefault(_PACKAGES, set()).update(packages)
    session.info.setdefault(_DEPARTURES, set()).update(departures)


def roll_dates(session: Session) -> int:
    """Recompute the packages whose next date has passed (run hourly by the scheduler)."""
    stale = list(session.scalars(
        sa.select(PackageFigures.package_id).where(PackageFigures.next_date < timeutil.today())
    ))
    return refresh(session, stale)


def drift(session: Session) -> list[tuple[int, str, object, object]]:
    """(package id, column, stored, counted) of every figure that differs from a recount."""
    counted = recomputed(PackageFigures.package_id)
    rows = session.execute(
        sa.select(PackageFigures, *(counted[name].label(f"c_{name}") for name in COLUMNS))
    ).all()
    found = []
    for row in rows:
        figures = row[0]
        for name in COLUMNS:
            stored, value = getattr(figures, name), getattr(row, f"c_{name}")
            if name == "rating":
                same = (stored is None) == (value is None) and (
                    stored is None or abs(float(stored) - float(value)) < 1e-9)
            elif name == "joint":
                same = bool(stored) == bool(value)
            else:
                same = stored == value
            if not same:
                found.append((figures.package_id, name, stored, value))
    missing = session.scalars(_without_figures())
    found += [(package_id, "row", None, "missing") for package_id in missing]
    return found


def repair(session: Session) -> list[tuple[int, str, object, object]]:
    found = drift(session)
    if found:
        refresh(session, {package_id for package_id, *_ in found})
    return found


# The session hook ------------------------------------------------------------------------

def _note(session: Session, instance) -> None:
    info = session.info
    if isinstance(instance, Booking | Departure):
        departure_id = instance.departure_id if isinstance(instance, Booking) else instance.id
        if departure_id is not None:
            info.setdefault(_DEPARTURES, set()).add(departure_id)
    elif isinstance(instance, Review | PriceCategory | PackagePhoto | ItineraryDay):
        if instance.package_id is not None:
            info.setdefault(_PACKAGES, set()).add(instance.package_id)
    elif isinstance(instance, ItineraryStop):
        if instance.day_id is not None:
            info.setdefault(_DAYS, set()).add(instance.day_id)
    elif isinstance(instance, Package):
        if instance.id is not None:
            info.setdefault(_PACKAGES, set()).add(instance.id)
    elif isinstance(instance, Attraction) and instance.id is not None and _changed(instance, "region_id"):
        info.setdefault(_ATTRACTIONS, set()).add(instance.id)


def _changed(instance, name: str) -> bool:
    return sa.inspect(instance).attrs[name].history.has_changes()


@event.listens_for(Session, "before_flush")
def _before_flush(session, flush_context, instances):
    for instance in session.new:
        if isinstance(instance, Package) and instance.figures is None:
            instance.figures = PackageFigures()
    for instance in list(session.dirty) + list(session.deleted):
        if isinstance(instance, Attraction):
            _note(session, instance)  # its region before the flush clears the history


@event.listens_for(Session, "after_flush")
def _after_flush(session, flush_context):
    for instance in list(session.new) + list(session.dirty) + list(session.deleted):
        if not isinstance(instance, Attraction):
            _note(session, instance)


@event.listens_for(Session, "before_commit")
def _before_commit(session):
    if session.new or session.dirty or session.deleted:
        session.flush()  # notes what the flush changes
    if not any(session.info.get(key) for key in (_PACKAGES, _DEPARTURES, _DAYS, _ATTRACTIONS)):
        return
    packages = set(session.info.pop(_PACKAGES, ()))
    seats: set[int] = set()  # packages whose seats changed, and nothing else
    departures = session.info.pop(_DEPARTURES, set())
    days = session.info.pop(_DAYS, set())
    attractions = session.info.pop(_ATTRACTIONS, set())
    unknown = set()
    for departure_id in departures:  # most are in the session already: no query for them
        departure = session.identity_map.get(session.identity_key(Departure, departure_id))
        if departure is not None and "package_id" in sa.inspect(departure).dict:
            seats.add(departure.package_id)
        else:
            unknown.add(departure_id)
    if unknown:
        seats.update(session.scalars(sa.select(Departure.package_id).where(Departure.id.in_(unknown))))
    if days:
        packages.update(session.scalars(sa.select(ItineraryDay.package_id).where(ItineraryDay.id.in_(days))))
    if attractions:
        packages.update(session.scalars(
            sa.select(ItineraryDay.package_id)
            .join(ItineraryStop, ItineraryStop.day_id == ItineraryDay.id)
            .where(ItineraryStop.attraction_id.in_(attractions))
        ))
    refresh(session, packages, create=False)
    refresh(session, seats - packages, create=False, columns=SEAT_COLUMNS)


@event.listens_for(Session, "after_rollback")
def _after_rollback(session):
    for key in (_PACKAGES, _DEPARTURES, _DAYS, _ATTRACTIONS):
        session.info.pop(key, None)
