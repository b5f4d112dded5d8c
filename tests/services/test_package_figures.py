"""A package's figures (package_figures) follow every change of what they count, in the
same transaction, and `bookings check` finds and repairs any drift."""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa

from tests.services.test_ledger import _book
from wisata import timeutil
from wisata.extensions import db
from wisata.models import (
    Booking,
    BookingStatus,
    DepartureStatus,
    ItineraryDay,
    ItineraryStop,
    PackageFigures,
    PackagePhoto,
    Photo,
    Review,
)
from wisata.services import booking as booking_service
from wisata.services import departures as departure_service
from wisata.services import ledger, package_figures


def _figures(package) -> PackageFigures:
    db.session.rollback()  # what is committed
    return db.session.get(PackageFigures, package.id, populate_existing=True)


def test_new_package_gets_its_figures_at_the_first_commit(make):
    package = make.package(prices={"adult": 450_000, "child": 300_000})
    figures = _figures(package)
    assert (figures.from_price, figures.next_date, figures.popularity, figures.review_count) == (450_000, None, 0, 0)
    assert ledger.check() == []


def test_bookings_change_popularity_and_the_next_date(make):
    package = make.package()
    soon = make.departure(package, days_ahead=5, capacity=2)
    later = make.departure(package, days_ahead=9, capacity=4)
    assert _figures(package).next_date == soon.date

    first = _book(soon, seats=2, n=1)  # the soonest is now full
    figures = _figures(package)
    assert (figures.popularity, figures.next_date) == (2, later.date)

    booking_service.cancel(first, actor_id=None, reason="plans changed")
    db.session.commit()
    figures = _figures(package)
    assert (figures.popularity, figures.next_date) == (0, soon.date)
    assert ledger.check() == []


def test_each_package_counts_only_its_own_bookings(make):
    first, second = make.package(slug="first"), make.package(slug="second")
    _book(make.departure(first, days_ahead=5), seats=2, n=1)
    _book(make.departure(second, days_ahead=6), seats=3, n=2)
    assert (_figures(first).popularity, _figures(second).popularity) == (2, 3)
    assert ledger.check() == []


def test_departure_cancelled_or_closed_moves_the_next_date(make):
    package = make.package()
    soon = make.departure(package, days_ahead=5)
    later = make.departure(package, days_ahead=9)
    departure_service.set_status(soon, DepartureStatus.CLOSED)
    db.session.commit()
    assert _figures(package).next_date == later.date
    departure_service.cancel(later, actor_id=None, reason="weather")
    db.session.commit()
    assert _figures(package).next_date is None
    assert ledger.check() == []


def test_reviews_prices_photos_and_itinerary(make):
    malang, jambi = make.region("malang"), make.region("jambi")
    agency = make.organisation(malang)
    bromo = make.attraction(malang, slug="bromo")
    candi = make.attraction(jambi, slug="candi")
    package = make.package(agency, attractions=[bromo], prices={"adult": 900_000})
    past = make.departure(package, days_ahead=-3)
    trip = Booking(code="FIGR2345", departure=past, seats=1, contact_name="Ayu", contact_email="a@example.com",
                   contact_phone="+6281234567890", origin_country="ID", subtotal=1, total=1,
                   status=BookingStatus.COMPLETED)
    db.session.add(Review(booking=trip, package_id=package.id, rating=4, author_name="Ayu", locale="id",
                          comment="Bagus sekali"))
    db.session.commit()
    figures = _figures(package)
    assert (figures.rating, figures.review_count, figures.joint, figures.popularity) == (4.0, 1, False, 1)

    review = db.session.scalar(sa.select(Review).where(Review.package_id == package.id))
    review.visible = False
    package.prices[0].amount = 750_000
    day = db.session.scalar(sa.select(ItineraryDay).where(ItineraryDay.package_id == package.id))
    db.session.add(ItineraryStop(day_id=day.id, attraction_id=candi.id, position=5))
    db.session.commit()
    figures = _figures(package)
    assert (figures.rating, figures.review_count, figures.from_price, figures.joint) == (None, 0, 750_000, True)

    photos = [Photo(key=f"figures-{i}", format="svg", widths=[]) for i in range(2)]
    db.session.add_all(photos)
    db.session.flush()
    db.session.add_all([PackagePhoto(package_id=package.id, photo_id=p.id, position=i + 1)
                        for i, p in enumerate(photos)])
    db.session.commit()
    assert _figures(package).cover_photo_id == photos[0].id
    link = db.session.get(PackagePhoto, (package.id, photos[1].id))
    link.position = 0
    db.session.commit()
    assert _figures(package).cover_photo_id == photos[1].id
    assert ledger.check() == []


def test_next_date_rolls_with_the_calendar(make, monkeypatch):
    package = make.package()
    soon = make.departure(package, days_ahead=1)
    later = make.departure(package, days_ahead=3)
    assert _figures(package).next_date == soon.date
    tomorrow = timeutil.today() + timedelta(days=2)
    monkeypatch.setattr(timeutil, "today", lambda: tomorrow)
    assert [d.kind for d in ledger.check()] == ["package"]
    assert package_figures.roll_dates(db.session) == 1
    db.session.commit()
    assert _figures(package).next_date == later.date


def test_drift_is_reported_and_repaired(make, runner):
    package = make.package(prices={"adult": 500_000})
    make.departure(package, days_ahead=4)
    db.session.execute(sa.update(PackageFigures).values(from_price=1, popularity=99, next_date=None))
    db.session.commit()
    result = runner.invoke(args=["bookings", "check"])
    assert result.exit_code == 1
    assert "from_price stored 1, recomputed 500000" in result.output
    result = runner.invoke(args=["bookings", "check", "--fix"])
    assert "3 drifted counter(s) repaired" in result.output
    assert runner.invoke(args=["bookings", "check"]).exit_code == 0


def test_a_rolled_back_change_leaves_nothing_to_refresh(make):
    package = make.package(prices={"adult": 500_000})
    package.prices[0].amount = 1
    db.session.flush()
    db.session.rollback()
    assert not any(key.startswith("figures.") and value for key, value in db.session.info.items())
    assert _figures(package).from_price == 500_000
