"""Downloading one's data, and deleting one's account (UU PDP: access and deletion)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
import sqlalchemy as sa

from tests.account.conftest import signed_in
from tests.factories import PASSWORD
from wisata import timeutil
from wisata.extensions import db
from wisata.models import AuditEntry, Booking, BookingStatus, MemberRole, Review, User, UserSession
from wisata.services import privacy


@pytest.fixture
def departures(make):
    organisation = make.organisation()
    package = make.package(organisation=organisation)
    return {"future": make.departure(package, days_ahead=20),
            "past": make.departure(package, date=timeutil.today() - timedelta(days=30)),
            "owner": make.member(organisation)}


def _book(client, departure, email, name, key, lang="en"):
    form = {"contact_name": name, "contact_email": email, "contact_phone": "0812 3456 7890",
            "origin_country": "ID", "origin_province": "Jambi", "travellers-0": name,
            "payment_method": "bank_transfer", "accept_policy": "y", "accept_privacy": "y",
            "idempotency_key": key * 24, "promo_code": "", "confirm": "1"}
    assert client.post(f"/{lang}/departures/{departure.id}/book?adult=1", data=form).status_code == 302
    return db.session.scalar(sa.select(Booking).where(Booking.idempotency_key == key * 24))


def _past_trip(booking):
    """Move a booking onto the past departure, taken and completed."""
    booking.status = BookingStatus.COMPLETED
    db.session.add(Review(booking_id=booking.id, package_id=booking.departure.package_id, rating=5,
                          author_name=booking.contact_name, origin_country="ID", locale="en",
                          comment="A wonderful day in the hills."))
    db.session.commit()


@pytest.fixture
def traveller(client, make, login, departures):
    user = make.user("ayu@example.com", name="Ayu Lestari")
    login(user.email)
    future = _book(client, departures["future"], user.email, "Ayu Lestari", "a")
    past = _book(client, departures["future"], user.email, "Ayu Lestari", "b")
    past.departure_id = departures["past"].id
    _past_trip(past)
    return user, future, past


def test_download_contains_exactly_the_users_data(app, client, make, login, departures, traveller):
    user, future, past = traveller
    other = app.test_client()
    _book(other, departures["future"], "someone@example.com", "Someone Else", "c")
    response = client.get("/en/account/data.json")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.get_data(as_text=True))
    assert data["account"]["email"] == "ayu@example.com"
    assert sorted(b["code"] for b in data["bookings"]) == sorted([future.code, past.code])
    assert data["bookings"][0]["travellers"] == ["Ayu Lestari"]
    assert data["bookings"][0]["contact"]["phone"] == "+6281234567890"
    assert [r["comment"] for r in data["reviews"]] == ["A wonderful day in the hills."]
    assert "Someone Else" not in response.get_data(as_text=True)
    assert db.session.scalar(sa.select(AuditEntry.subject).where(AuditEntry.action == "account.data_downloaded")) \
        == f"user:{user.id}"


def test_download_needs_sign_in(client):
    assert client.get("/en/account/data.json").status_code == 302


@pytest.mark.parametrize("lang, words", [("en", "Your password is not correct."),
                                         ("id", "Kata sandi Anda tidak benar.")])
def test_deletion_needs_the_password(client, traveller, lang, words):
    response = client.post(f"/{lang}/account/delete", data={"password": "wrong password", "confirm": "y"})
    assert response.status_code == 400 and words in response.get_data(as_text=True)
    assert db.session.scalar(sa.select(User).where(User.email == "ayu@example.com")) is not None
    assert signed_in(client)


def test_deletion_anonymises_signs_out_and_keeps_the_partners_books(app, client, login, departures, traveller):
    user, future, past = traveller
    user_id = user.id
    response = client.post("/id/account/delete", data={"password": PASSWORD, "confirm": "y"})
    assert response.status_code == 303
    db.session.expire_all()
    assert db.session.get(User, user_id) is None
    assert db.session.scalar(sa.select(sa.func.count()).select_from(UserSession)) == 0
    assert not signed_in(client)

    past, future = db.session.get(Booking, past.id), db.session.get(Booking, future.id)
    assert past.user_id is None and future.user_id is None
    assert "ayu" not in past.contact_email and past.contact_phone == "—"
    assert [t.full_name for t in past.travellers] == ["—"]
    assert past.total == 500_000 and past.origin_province == "Jambi"
    assert db.session.scalar(sa.select(Review.author_name)) == "—"
    # The trip to come: the partner must still reach the traveller, until the trip is over.
    assert future.contact_email == "ayu@example.com" and future.travellers[0].full_name == "Ayu Lestari"
    trip_ends = future.departure.date + timedelta(days=future.departure.package.duration_days)
    assert future.erase_contact_on == trip_ends
    assert privacy.erase_kept_contacts(today=trip_ends - timedelta(days=1)) == 0
    assert privacy.erase_kept_contacts(today=trip_ends) == 1
    db.session.expire_all()
    future = db.session.get(Booking, future.id)
    assert "ayu" not in future.contact_email and [t.full_name for t in future.travellers] == ["—"]
    assert future.erase_contact_on is None and future.total > 0
    assert db.session.scalar(sa.select(AuditEntry).where(AuditEntry.action == "account.deleted")) is not None

    partner = app.test_client()
    login(departures["owner"].email, via=partner)
    page = partner.get(f"/en/partner/bookings/{past.code}")
    assert page.status_code == 200 and "500,000" in page.get_data(as_text=True)


@pytest.mark.parametrize("lang, words", [("en", "You are the only owner of"), ("id", "Anda satu-satunya pemilik")])
def test_the_only_owner_cannot_delete_their_account(client, make, login, lang, words):
    owner = make.member(make.organisation(name="Batu Adventures"), role=MemberRole.OWNER)
    login(owner.email)
    response = client.post(f"/{lang}/account/delete", data={"password": PASSWORD, "confirm": "y"})
    assert response.status_code == 409
    html = response.get_data(as_text=True)
    assert words in html and "Batu Adventures" in html
    assert db.session.get(User, owner.id) is not None
