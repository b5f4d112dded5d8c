"""The benchmark's catalogue generator (bench/generate.py), on a small run: its counters agree
with its bookings and everything the public is offered can be booked."""

from __future__ import annotations

import sqlalchemy as sa

from bench.generate import Progress, Sizes, generate
from wisata.extensions import db
from wisata.models import (
    Booking,
    BookingLine,
    BookingStatus,
    Departure,
    Organisation,
    Package,
    PriceCategory,
    PromoCode,
    Traveller,
)
from wisata.services import ledger
from wisata.services.catalog import PackageFilters, publicly_offered, search_packages
from wisata.services.search import normalise

SMALL = Sizes(packages=30, departures=150, bookings=400, partners=12)


class Quiet(Progress):
    def step(self, message: str) -> None:
        pass


def _count(query) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(query.subquery()))


def test_small_catalogue_is_consistent(app_ctx):
    written = generate(SMALL, seed=3, progress=Quiet())

    assert written["packages"] == SMALL.packages and written["organisations"] == SMALL.partners
    assert written["departures"] == SMALL.departures and written["bookings"] == SMALL.bookings
    # seats_held = seats of pending and confirmed bookings; used_count = bookings using the code
    assert ledger.check() == []
    assert db.session.scalar(sa.select(sa.func.sum(Departure.seats_held))) > 0
    assert db.session.scalar(sa.select(sa.func.sum(PromoCode.used_count))) > 0
    offered = sa.select(Package.id).where(publicly_offered())
    assert _count(offered) > 0
    without_prices = offered.where(~sa.exists().where(PriceCategory.package_id == Package.id))
    without_departures = offered.where(~sa.exists().where(Departure.package_id == Package.id))
    assert _count(without_prices) == 0 and _count(without_departures) == 0


def test_bookings_add_up(app_ctx):
    generate(SMALL, seed=4, progress=Quiet())

    lines = sa.select(sa.func.sum(BookingLine.quantity * BookingLine.unit_price)).where(
        BookingLine.booking_id == Booking.id).scalar_subquery()
    seats = sa.select(sa.func.sum(BookingLine.quantity)).where(BookingLine.booking_id == Booking.id).scalar_subquery()
    travellers = sa.select(sa.func.count()).where(Traveller.booking_id == Booking.id).scalar_subquery()
    wrong = sa.select(Booking.id).where(sa.or_(Booking.subtotal != lines, Booking.seats != seats,
                                               Booking.seats != travellers))
    assert _count(wrong) == 0
    statuses = set(db.session.scalars(sa.select(Booking.status).distinct()))
    assert statuses == set(BookingStatus)
    refunded = sa.select(Booking.id).where(Booking.status == BookingStatus.CANCELLED, Booking.refund_amount > 0)
    assert _count(refunded) > 0
    taken = sa.select(Departure.id).where(Departure.capacity < sa.select(sa.func.coalesce(sa.func.sum(Booking.seats), 0))
                                          .where(Booking.departure_id == Departure.id,
                                                 Booking.status.in_(ledger.PROMO_USING)).scalar_subquery())
    assert _count(taken) == 0


def test_generated_packages_are_searchable_in_both_languages(app_ctx):
    generate(SMALL, seed=5, progress=Quiet())

    package = db.session.scalar(sa.select(Package).where(publicly_offered()).order_by(Package.id))
    assert set(package.title) == {"id", "en"} and package.search_text.startswith(" ")
    for lang in ("id", "en"):
        assert f" {normalise(package.title[lang])} " in package.search_text
    assert package.organisation.status.value == "verified"
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Organisation)) == SMALL.partners
    found = search_packages(PackageFilters(q=package.title["en"]), per_page=100)
    assert package.id in [card.package.id for card in found.items]
