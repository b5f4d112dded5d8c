"""Constraints the database enforces, on SQLite and on PostgreSQL."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError, StatementError

from wisata.extensions import db
from wisata.i18n import tr
from wisata.models import (
    Booking,
    BookingStatus,
    Departure,
    Package,
    PriceCategory,
    PromoCode,
    Review,
)


def _fails(statement_or_obj):
    with pytest.raises((IntegrityError, StatementError)):
        if isinstance(statement_or_obj, sa.sql.Executable):
            db.session.execute(statement_or_obj)
        else:
            db.session.add(statement_or_obj)
        db.session.flush()
    db.session.rollback()


def test_package_slugs_are_unique(make):
    package = make.package(slug="bromo-sunrise")
    _fails(Package(slug="bromo-sunrise", organisation_id=package.organisation_id, title={"id": "x"}))


def test_departure_capacity_must_be_positive(make):
    departure = make.departure(capacity=5)
    _fails(sa.update(Departure).where(Departure.id == departure.id).values(capacity=0))


def test_seats_held_can_never_exceed_capacity(make):
    departure = make.departure(capacity=5)
    _fails(sa.update(Departure).where(Departure.id == departure.id).values(seats_held=6))
    _fails(sa.update(Departure).where(Departure.id == departure.id).values(seats_held=-1))


def test_capacity_cannot_drop_below_seats_held(make):
    departure = make.departure(capacity=5)
    db.session.execute(sa.update(Departure).where(Departure.id == departure.id).values(seats_held=4))
    db.session.commit()
    _fails(sa.update(Departure).where(Departure.id == departure.id).values(capacity=3))


def test_prices_are_whole_non_negative_rupiah(make):
    package = make.package()
    _fails(PriceCategory(package_id=package.id, code="senior", amount=-1))


def test_price_category_codes_are_unique_per_package(make):
    package = make.package(prices={"adult": 100_000})
    _fails(PriceCategory(package_id=package.id, code="adult", amount=5))


def test_same_departure_slot_is_not_created_twice(make):
    departure = make.departure()
    _fails(Departure(package_id=departure.package_id, date=departure.date,
                     start_time=departure.start_time, capacity=3))


def test_co_provider_differs_from_provider(make):
    package = make.package()
    _fails(sa.update(Package).where(Package.id == package.id).values(co_organisation_id=package.organisation_id))


def test_foreign_keys_are_enforced(make):
    _fails(Departure(package_id=999_999, date=make.departure().date, start_time=make.departure().start_time, capacity=1))


def _booking(departure, **fields):
    values = dict(code="ABC23456", departure_id=departure.id, seats=1, contact_name="Ayu",
                  contact_email="ayu@example.com", contact_phone="+6281234567890",
                  origin_country="ID", subtotal=100, discount=0, total=100)
    values.update(fields)
    return Booking(**values)


def test_booking_total_must_equal_subtotal_minus_discount(make):
    departure = make.departure()
    _fails(_booking(departure, total=50))
    _fails(_booking(departure, discount=200, total=-100))


def test_booking_codes_are_unique(make):
    departure = make.departure()
    db.session.add(_booking(departure))
    db.session.commit()
    _fails(_booking(departure))


def test_booking_status_is_checked(make):
    departure = make.departure()
    db.session.add(_booking(departure))
    db.session.commit()
    table = Booking.__table__
    _fails(sa.text(f"UPDATE {table.name} SET status = 'teleported'"))
    assert db.session.scalar(sa.select(Booking.status)) is BookingStatus.PENDING_PAYMENT


def test_review_rating_is_between_one_and_five(make):
    departure = make.departure()
    booking = _booking(departure)
    db.session.add(booking)
    db.session.commit()
    _fails(Review(booking_id=booking.id, package_id=departure.package_id, rating=6,
                  author_name="Ayu", locale="id", comment="Bagus"))


def test_promo_code_has_exactly_one_kind_of_discount(app_ctx):
    _fails(PromoCode(code="BOTH", percent_off=10, amount_off=10_000))
    _fails(PromoCode(code="NONE"))
    _fails(PromoCode(code="TOOMUCH", percent_off=150))


def test_translated_content_falls_back_to_another_language(app):
    with app.test_request_context("/en/"):
        app.preprocess_request()
        assert tr({"id": "Paket", "en": "Package"}) == "Package"
        assert tr({"id": "Hanya Indonesia"}) == "Hanya Indonesia"
        assert tr(None) == ""


def test_empty_translations_are_not_stored(make):
    package = make.package(title={"id": "Paket", "en": ""})
    db.session.expire_all()
    assert db.session.get(Package, package.id).title == {"id": "Paket"}
