"""A tourist's whole journey through the app, in each language."""

from __future__ import annotations

import re

import pytest
import sqlalchemy as sa

from wisata import timeutil
from wisata.extensions import db
from wisata.models import (
    Booking,
    BookingStatus,
    Departure,
    OrganisationKind,
    OrganisationStatus,
    PaymentMethod,
)

TEXT = {
    "id": {"found": "paket ditemukan", "review": "Pesan sekarang", "subject": "Pemesanan Anda",
           "cancelled": "dibatalkan"},
    "en": {"found": "package found", "review": "Book now", "subject": "Your booking",
           "cancelled": "cancelled"},
}


@pytest.fixture
def trip(make):
    malang = make.region("malang", name={"id": "Malang Raya", "en": "Malang Raya"})
    jambi = make.region("jambi", name={"id": "Jambi", "en": "Jambi"})
    bromo = make.attraction(malang, slug="gunung-bromo", name={"id": "Gunung Bromo", "en": "Mount Bromo"})
    temple = make.attraction(jambi, slug="candi-muaro-jambi",
                             name={"id": "Candi Muaro Jambí", "en": "Muaro Jambi Temples"})
    agency = make.organisation(malang, name="Tengger Trails", email="ops@tengger.example.com")
    partner = make.organisation(jambi, name="Batanghari Tours", kind=OrganisationKind.HOTEL,
                                email="ops@batanghari.example.com")
    package = make.package(
        agency, attractions=[bromo, temple], co_organisation=partner, co_accepted_at=timeutil.now(),
        slug="bromo-muaro",
        title={"id": "Jejak Bromo dan Muaro Jambi", "en": "Bromo and Muaro Jambi Trail"},
        meeting_point={"id": "Stasiun Malang", "en": "Malang station"},
        prices={"adult": 1_250_000, "child": 750_000},
    )
    make.package(agency, attractions=[bromo], slug="bromo-only",
                 title={"id": "Matahari Terbit Bromo", "en": "Bromo Sunrise"})
    departure = make.departure(package, days_ahead=30, capacity=6)
    return package, departure


@pytest.mark.parametrize("lang", ["id", "en"])
def test_whole_journey(app, client, mailbox, trip, lang):
    package, departure = trip
    text = TEXT[lang]

    # Search is case- and accent-insensitive and finds words in either language.
    html = client.get(f"/{lang}/packages?q=MUARO+jambi").get_data(as_text=True)
    assert "1 " + text["found"] in html and "bromo-muaro" in html and "bromo-only" not in html
    html = client.get(f"/{lang}/packages?q=candi+muaro+jambi").get_data(as_text=True)
    assert "bromo-muaro" in html

    # Filters combine: joint packages with seats for 3 people.
    html = client.get(f"/{lang}/packages?region=joint&travellers=3").get_data(as_text=True)
    assert "bromo-muaro" in html and "bromo-only" not in html

    # Detail page: itinerary, both providers, prices, the departure with seats left.
    html = client.get(f"/{lang}/packages/bromo-muaro").get_data(as_text=True)
    assert "Tengger Trails" in html and "Batanghari Tours" in html
    assert f"/{lang}/departures/{departure.id}/book" in html
    assert '"@type": "TouristTrip"' in html

    # Seats, then details, then the review with the server's total.
    response = client.get(f"/{lang}/departures/{departure.id}/book?adult=2&child=1")
    assert response.status_code == 200
    form = {
        "contact_name": "Ayu Lestari", "contact_email": "Ayu@Example.com",
        "contact_phone": "0812 3456 7890", "origin_country": "ID", "origin_province": "Jawa Timur",
        "travellers-0": "Ayu Lestari", "travellers-1": "Budi Santoso", "travellers-2": "Citra",
        "payment_method": "bank_transfer", "accept_policy": "y", "accept_privacy": "y", "idempotency_key": "k" * 24,
        "promo_code": "",
        # A tampered price is ignored: the server computes the total.
        "total": "1",
    }
    url = f"/{lang}/departures/{departure.id}/book?adult=2&child=1"
    review = client.post(url, data=form)
    assert review.status_code == 200
    html = review.get_data(as_text=True)
    assert text["review"] in html
    assert ("Rp\xa03.250.000" if lang == "id" else "IDR\xa03,250,000") in html

    response = client.post(url, data={**form, "confirm": "1"})
    assert response.status_code == 302
    booking = db.session.scalar(sa.select(Booking))
    assert booking.total == 3_250_000 and booking.seats == 3
    assert booking.status is BookingStatus.PENDING_PAYMENT
    assert booking.contact_phone == "+6281234567890" and booking.locale == lang
    assert db.session.get(Departure, departure.id).seats_held == 3

    # The confirmation e-mail, in the booking's language, and the partners' notice.
    [mail] = mailbox.to("ayu@example.com")
    assert text["subject"] in mail["Subject"] and booking.code in mail["Subject"]
    body = mailbox.body(mail)
    assert "BCA" in body and booking.code in body
    assert mailbox.to("ops@tengger.example.com") and mailbox.to("ops@batanghari.example.com")

    # The signed link in the e-mail opens the booking page from any browser.
    link = re.search(r"http://wisata\.test(/\S+/bookings/\S+)", body).group(1)
    stranger = app.test_client()
    page = stranger.get(link)
    assert page.status_code == 200
    assert booking.code in page.get_data(as_text=True)
    assert stranger.get(f"/{lang}/bookings/{booking.code}").status_code == 404

    # No voucher before payment: its link leads back to what to pay. The trip as iCalendar.
    voucher = stranger.get(link.replace(f"/bookings/{booking.code}", f"/bookings/{booking.code}/voucher"))
    assert voucher.status_code == 303 and f"/bookings/{booking.code}?t=" in voucher.location
    ics = stranger.get(link.replace(f"/bookings/{booking.code}", f"/bookings/{booking.code}/trip.ics"))
    assert ics.status_code == 200 and b"BEGIN:VEVENT" in ics.data and booking.code.encode() in ics.data

    # Cancellation releases the seats.
    cancel = stranger.post(link.replace(f"/bookings/{booking.code}", f"/bookings/{booking.code}/cancel"),
                           data={"confirm": "y"})
    assert cancel.status_code == 303
    db.session.expire_all()
    assert db.session.get(Booking, booking.id).status is BookingStatus.CANCELLED
    assert db.session.get(Departure, departure.id).seats_held == 0
    assert any(text["cancelled"] in m["Subject"] for m in mailbox.to("ayu@example.com"))


def test_double_submitted_form_makes_one_booking(client, trip):
    package, departure = trip
    url = f"/en/departures/{departure.id}/book?adult=1"
    form = {
        "contact_name": "Sarah", "contact_email": "sarah@example.com", "contact_phone": "+61 412 345 678",
        "origin_country": "AU", "travellers-0": "Sarah Thompson", "payment_method": "bank_transfer",
        "accept_policy": "y", "accept_privacy": "y", "idempotency_key": "same-key-" + "x" * 16, "confirm": "1",
    }
    first = client.post(url, data=form)
    second = client.post(url, data=form)
    assert first.status_code == second.status_code == 302
    assert first.headers["Location"] == second.headers["Location"]
    assert db.session.scalar(sa.select(sa.func.count(Booking.id))) == 1
    assert db.session.get(Departure, departure.id).seats_held == 1


def test_find_booking_by_code_and_email(client, trip):
    package, departure = trip
    url = f"/id/departures/{departure.id}/book?adult=1"
    client.post(url, data={
        "contact_name": "Budi", "contact_email": "budi@example.com", "contact_phone": "081234567890",
        "origin_country": "ID", "origin_province": "Jambi", "travellers-0": "Budi",
        "payment_method": "bank_transfer", "accept_policy": "y", "accept_privacy": "y", "idempotency_key": "b" * 24, "confirm": "1",
    })
    code = db.session.scalar(sa.select(Booking.code))
    other = client.application.test_client()
    wrong = other.post("/id/bookings/find", data={"code": code, "email": "someone@example.com"})
    assert wrong.status_code == 404
    right = other.post("/id/bookings/find", data={"code": code.lower(), "email": "BUDI@example.com"})
    assert right.status_code == 303
    assert other.get(right.headers["Location"]).status_code == 200


def test_pay_at_meeting_point_only_where_allowed(client, make):
    package = make.package(pay_at_meeting_point=False)
    departure = make.departure(package)
    response = client.post(f"/en/departures/{departure.id}/book?adult=1", data={
        "contact_name": "Omar", "contact_email": "omar@example.com", "contact_phone": "+60123456789",
        "origin_country": "MY", "travellers-0": "Omar", "payment_method": PaymentMethod.AT_MEETING_POINT.value,
        "accept_policy": "y", "accept_privacy": "y", "idempotency_key": "m" * 24, "confirm": "1",
    })
    assert response.status_code == 400
    assert db.session.scalar(sa.select(sa.func.count(Booking.id))) == 0


def _form(n: int = 0, **changes) -> dict:
    form = {
        "contact_name": "Ayu Lestari", "contact_email": f"ayu{n}@example.com", "contact_phone": "081234567890",
        "origin_country": "ID", "origin_province": "Jawa Timur", "travellers-0": "Ayu Lestari",
        "payment_method": "bank_transfer", "accept_policy": "y", "accept_privacy": "y", "idempotency_key": f"key-{n}-" + "k" * 16,
        "confirm": "1",
    }
    form.update(changes)
    return form


@pytest.mark.parametrize(("lang", "message"), [("en", "whole number"), ("id", "bilangan bulat")])
def test_unicode_digits_in_seat_counts_are_refused(client, trip, lang, message):
    _, departure = trip
    for query in ("adult=²", "adult=１", "adult=٣"):
        response = client.get(f"/{lang}/departures/{departure.id}/book?{query}")
        assert response.status_code == 400
        assert message in response.get_data(as_text=True)


def test_same_form_from_another_browser_never_opens_the_booking(app, client, trip, make):
    package, departure = trip
    url = f"/en/departures/{departure.id}/book?adult=1"
    first = client.post(url, data=_form())
    assert first.status_code == 302
    code = db.session.scalar(sa.select(Booking.code))

    stranger = app.test_client()
    replay = stranger.post(url, data=_form())  # the very same form, from elsewhere
    html = replay.get_data(as_text=True)
    assert replay.status_code == 200 and "already made" in html and "/en/bookings/find" in html
    assert code not in html and "Ayu Lestari" not in html and "ayu0@example.com" not in html
    assert stranger.get(f"/en/bookings/{code}").status_code == 404

    other = make.departure(package, days_ahead=40)
    response = stranger.post(f"/id/departures/{other.id}/book?adult=1", data=_form(contact_email="eve@example.com"))
    assert response.status_code == 409
    html = response.get_data(as_text=True)
    assert "Formulir ini sudah pernah dikirim" in html and code not in html
    assert db.session.scalar(sa.select(sa.func.count(Booking.id))) == 1


def test_final_booking_step_is_rate_limited(app_with, app_ctx, trip):
    _, departure = trip
    db.session.execute(sa.update(Departure).values(capacity=50))
    db.session.commit()
    client = app_with(RATELIMIT_ENABLED=True).test_client()
    url = f"/en/departures/{departure.id}/book?adult=1"
    review_step = {k: v for k, v in _form().items() if k != "confirm"}
    reviews = [client.post(url, data=review_step) for _ in range(12)]
    assert {r.status_code for r in reviews} == {200}  # choosing and reviewing are not counted
    answers = [client.post(url, data=_form(n)).status_code for n in range(11)]
    assert answers == [302] * 10 + [429]
    db.session.rollback()
    assert db.session.scalar(sa.select(sa.func.count(Booking.id))) == 10


@pytest.mark.parametrize("lang", ["id", "en"])
def test_pay_at_meeting_point_seats_are_kept_by_confirming_the_address(app, client, mailbox, make, lang):
    departure = make.departure(make.package(pay_at_meeting_point=True))
    response = client.post(f"/{lang}/departures/{departure.id}/book?adult=1",
                           data=_form(payment_method=PaymentMethod.AT_MEETING_POINT.value))
    assert response.status_code == 302
    booking = db.session.scalar(sa.select(Booking))
    assert booking.hold_expires_at is not None
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert ("Amankan kursi saya" if lang == "id" else "Keep my seats") in page

    body = mailbox.body(mailbox.to("ayu0@example.com")[0])
    link = re.search(rf"http://wisata\.test(/{lang}/bookings/{booking.code}/keep\?t=\S+)", body).group(1)
    stranger = app.test_client()
    assert 'method="post"' in stranger.get(link).get_data(as_text=True)
    db.session.rollback()
    assert db.session.get(Booking, booking.id).hold_expires_at is not None  # a GET changes nothing
    assert stranger.get(link.replace("?t=", "?t=x")).status_code == 404

    kept = stranger.post(link)
    assert kept.status_code == 303
    db.session.rollback()
    assert db.session.get(Booking, booking.id).hold_expires_at is None
    page = stranger.get(kept.headers["Location"]).get_data(as_text=True)
    assert ("hingga hari perjalanan" if lang == "id" else "held until the trip") in page
    assert stranger.post(link).status_code == 303  # a second click is harmless


def test_bank_transfer_email_has_no_keep_seats_link(client, mailbox, trip):
    _, departure = trip
    client.post(f"/en/departures/{departure.id}/book?adult=1", data=_form())
    assert "/keep?" not in mailbox.body(mailbox.to("ayu0@example.com")[0])


def test_suspended_partners_trips_are_not_offered(app, client, trip):
    package, departure = trip
    booked = client.post(f"/en/departures/{departure.id}/book?adult=1", data=_form())
    package.organisation.status = OrganisationStatus.SUSPENDED
    db.session.commit()

    assert client.get("/en/packages/bromo-muaro").status_code == 404
    assert "bromo-muaro" not in client.get("/en/packages").get_data(as_text=True)
    assert "bromo-muaro" not in client.get("/en/malang-jambi").get_data(as_text=True)
    assert "bromo-muaro" not in client.get("/sitemap.xml").get_data(as_text=True)
    assert client.get("/api/v1/packages/bromo-muaro").status_code == 404
    assert all(p["slug"] != "bromo-muaro" for p in client.get("/api/v1/packages").get_json()["items"])
    response = client.post(f"/en/departures/{departure.id}/book?adult=1", data=_form(1))
    assert response.status_code == 409 and "no longer offered" in response.get_data(as_text=True)
    assert client.get(booked.headers["Location"]).status_code == 200  # existing bookings stay
