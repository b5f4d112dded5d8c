"""Wrong or hostile input gets a localized message and a 4xx, and changes nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa

from config import TestConfig
from wisata import create_app, timeutil
from wisata.extensions import db
from wisata.models import Booking, Departure, DepartureStatus, PackageStatus, PromoCode


@pytest.fixture
def departure(make):
    return make.departure(make.package(max_group=8), capacity=4)


def _form(**changes) -> dict:
    form = {
        "contact_name": "Ayu", "contact_email": "ayu@example.com", "contact_phone": "081234567890",
        "origin_country": "ID", "origin_province": "Jawa Timur", "travellers-0": "Ayu",
        "payment_method": "bank_transfer", "accept_policy": "y", "accept_privacy": "y", "idempotency_key": "i" * 24,
        "confirm": "1",
    }
    form.update(changes)
    return {k: v for k, v in form.items() if v is not None}


def _nothing_booked(departure_id):
    db.session.rollback()
    assert db.session.scalar(sa.select(sa.func.count(Booking.id))) == 0
    assert db.session.get(Departure, departure_id).seats_held == 0


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("adult=-1", "whole number"),
        ("adult=abc", "whole number"),
        ("adult=99999999999999999999", "whole number"),
        ("adult=0&child=0", "at least one traveller"),
        ("adult=0&child=2", "At least one adult"),
        ("adult=9", "At most 8 travellers"),
        ("adult=5", "only 4 seats are left"),
        ("adult=1&senior=1", None),
    ],
)
def test_bad_seat_counts_are_refused(client, departure, query, message):
    for method in ("get", "post"):
        response = getattr(client, method)(f"/en/departures/{departure.id}/book?{query}", data=_form())
        if message is None:  # an unknown category is ignored, not trusted
            assert response.status_code in (200, 302)
            db.session.rollback()
            continue
        assert 400 <= response.status_code < 500
        assert message in response.get_data(as_text=True)
    if message is not None:
        _nothing_booked(departure.id)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"contact_email": "not-an-email"}, "Invalid email address"),
        ({"contact_phone": "12"}, "valid phone number"),
        ({"contact_phone": "+62 812"}, "valid phone number"),
        ({"contact_name": ""}, "This field is required"),
        ({"contact_name": "x" * 500}, "Field cannot be longer than 120 characters"),
        ({"travellers-0": ""}, "This field is required"),
        ({"origin_province": ""}, "Choose the province"),
        ({"origin_country": "XX"}, "Not a valid choice"),
        ({"payment_method": "bitcoin"}, "Not a valid choice"),
        ({"accept_policy": None}, "accept the cancellation policy"),
        ({"idempotency_key": None}, "Please correct the highlighted fields"),
        ({"promo_code": "NOSUCHCODE"}, "promo code is not valid"),
    ],
)
def test_bad_details_are_refused(client, departure, changes, message):
    response = client.post(f"/en/departures/{departure.id}/book?adult=1", data=_form(**changes))
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    _nothing_booked(departure.id)


def test_messages_are_localized(client, departure):
    response = client.post(f"/id/departures/{departure.id}/book?adult=5", data=_form())
    assert response.status_code == 409
    assert "hanya tersisa 4 kursi" in response.get_data(as_text=True)


def test_unknown_departure_is_refused(client):
    response = client.get("/en/departures/999999/book?adult=1")
    assert response.status_code == 409
    assert "does not exist" in response.get_data(as_text=True)
    assert client.get("/en/departures/abc/book").status_code == 404


def test_past_and_closed_departures_cannot_be_booked(client, make):
    package = make.package()
    past = make.departure(package, date=timeutil.today() - timedelta(days=1))
    today = make.departure(package, date=timeutil.today())
    closed = make.departure(package, status=DepartureStatus.CLOSED)
    for departure in (past, today, closed):
        response = client.post(f"/en/departures/{departure.id}/book?adult=1", data=_form())
        assert response.status_code == 409
        assert "can no longer be booked" in response.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count(Booking.id))) == 0


def test_unpublished_package_cannot_be_booked(client, make):
    departure = make.departure(make.package(status=PackageStatus.DRAFT))
    assert client.post(f"/en/departures/{departure.id}/book?adult=1", data=_form()).status_code == 409
    assert client.get(f"/en/packages/{departure.package.slug}").status_code == 404


def test_exhausted_promo_code_is_refused(client, departure):
    db.session.add(PromoCode(code="ONCE", percent_off=10, max_uses=1, used_count=1))
    db.session.commit()
    response = client.post(f"/en/departures/{departure.id}/book?adult=1", data=_form(promo_code="once"))
    assert response.status_code == 400
    _nothing_booked(departure.id)


def test_promo_code_discount_is_computed_on_the_server(client, departure):
    db.session.add(PromoCode(code="HEMAT10", percent_off=10, max_uses=5))
    db.session.commit()
    response = client.post(f"/en/departures/{departure.id}/book?adult=2",
                           data=_form(**{"travellers-1": "Budi", "promo_code": "hemat10", "discount": "999999"}))
    assert response.status_code == 302
    booking = db.session.scalar(sa.select(Booking))
    assert (booking.subtotal, booking.discount, booking.total) == (1_000_000, 100_000, 900_000)
    assert db.session.scalar(sa.select(PromoCode.used_count)) == 1


@pytest.mark.parametrize(
    "query",
    ["price_min=abc", "price_min=-5", "price_max=10&price_min=20", "date_from=2026-13-45",
     "travellers=0", "travellers=1000", "page=0", "page=abc", "sort=hack", "region=atlantis",
     "date_from=2030-01-10&date_to=2030-01-01", "q=" + "x" * 300],
)
def test_bad_filters_give_a_400_with_a_message(client, query):
    response = client.get(f"/en/packages?{query}")
    assert response.status_code == 400
    assert "could not be applied" in response.get_data(as_text=True)


def test_page_past_the_end_is_not_found(client, make):
    make.package()
    assert client.get("/en/packages?page=50").status_code == 404


def test_stale_csrf_token_is_refused_with_a_localized_message(database_url, tmp_path, departure):
    db.session.commit()
    app = create_app(TestConfig, SQLALCHEMY_DATABASE_URI=database_url, WTF_CSRF_ENABLED=True,
                     INSTANCE_PATH=str(tmp_path))
    client = app.test_client()
    response = client.post(f"/id/departures/{departure.id}/book?adult=1", data=_form(csrf_token="stale"))
    assert response.status_code == 400
    assert "Formulir" in response.get_data(as_text=True) or "formulir" in response.get_data(as_text=True)
    _nothing_booked(departure.id)


def test_booking_pages_need_the_right_token(client, make):
    departure = make.departure()
    client.post(f"/en/departures/{departure.id}/book?adult=1", data=_form())
    code = db.session.scalar(sa.select(Booking.code))
    stranger = client.application.test_client()
    assert stranger.get(f"/en/bookings/{code}").status_code == 404
    assert stranger.get(f"/en/bookings/{code}?t=forged").status_code == 404
    assert stranger.get(f"/en/bookings/{code}/voucher?t=forged").status_code == 404
    assert stranger.post(f"/en/bookings/{code}/cancel?t=forged", data={"confirm": "y"}).status_code == 404
    db.session.rollback()
    assert db.session.get(Departure, departure.id).seats_held == 1
