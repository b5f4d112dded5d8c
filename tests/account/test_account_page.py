"""The account page: the traveller's own bookings, upcoming and past, and preferences."""

from __future__ import annotations

import itertools
from datetime import timedelta

from wisata import timeutil
from wisata.extensions import db
from wisata.models import PaymentMethod
from wisata.services import booking as booking_service
from wisata.services.booking import BookingRequest

_keys = itertools.count()


def _book(departure, user=None, email="ayu@example.com"):
    booking, _ = booking_service.book_seats(BookingRequest(
        departure_id=departure.id, counts={"adult": 1}, contact_name="Ayu", contact_email=email,
        contact_phone="+6281234567890", origin_country="ID", origin_province="Jambi",
        travellers=["Ayu"], payment_method=PaymentMethod.BANK_TRANSFER,
        user_id=user.id if user else None, idempotency_key=f"account-{next(_keys)}-" + "k" * 16,
    ))
    db.session.commit()
    return booking


def test_account_page_lists_only_the_users_own_bookings(client, make, login):
    ayu = make.user(email="ayu@example.com")
    budi = make.user(email="budi@example.com")
    soon = make.departure(make.package(title={"id": "Bromo Pagi", "en": "Bromo Sunrise"}), days_ahead=10)
    later = make.departure(make.package(title={"id": "Candi Muaro", "en": "Muaro Temples"}), days_ahead=40)
    gone = make.departure(make.package(title={"id": "Kerinci", "en": "Kerinci Lake"}), days_ahead=5)
    upcoming_late = _book(later, ayu)
    upcoming_soon = _book(soon, ayu)
    past = _book(gone, ayu)
    gone.date = timeutil.today() - timedelta(days=30)
    db.session.commit()
    others = _book(soon, budi, email="budi@example.com")
    anonymous = _book(soon, None, email="someone@example.com")  # at most 3 unpaid per address

    login("ayu@example.com")
    response = client.get("/en/account")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    upcoming, past_html = html.split("Past trips", 1)
    assert upcoming.index(upcoming_soon.code) < upcoming.index(upcoming_late.code)
    assert past.code in past_html and past.code not in upcoming
    assert f'href="/en/bookings/{upcoming_soon.code}"' in html
    assert others.code not in html and anonymous.code not in html

    # The link opens the booking for its owner, and only for them.
    assert client.get(f"/en/bookings/{upcoming_soon.code}").status_code == 200
    assert client.get(f"/en/bookings/{others.code}").status_code == 404


def test_account_page_needs_sign_in(client):
    response = client.get("/en/account")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/en/login?next=")


def test_preferences_change_the_language(client, make, login):
    user = make.user(email="ayu@example.com", locale="en")
    login("ayu@example.com")
    response = client.post("/en/account/preferences", data={"locale": "id"})
    assert response.status_code == 303
    assert response.headers["Location"] == "/id/account"
    db.session.refresh(user)
    assert user.locale == "id"
    assert '<html lang="id">' in client.get("/id/account").get_data(as_text=True)

    client.post("/id/logout")
    assert client.post("/en/login", data={"email": "ayu@example.com", "password": "correct horse battery"}
                       ).headers["Location"] == "/id/account"


def test_unknown_language_is_refused(client, make, login):
    user = make.user(email="ayu@example.com", locale="en")
    login("ayu@example.com")
    assert client.post("/en/account/preferences", data={"locale": "fr"}).status_code == 400
    db.session.refresh(user)
    assert user.locale == "en"


def test_account_pages_speak_both_languages(client, make, login):
    make.user(email="ayu@example.com")
    login("ayu@example.com")
    for path in ("/account", "/account/password", "/account/email"):
        for lang in ("id", "en"):
            response = client.get(f"/{lang}{path}")
            assert response.status_code == 200
            assert f'<html lang="{lang}">' in response.get_data(as_text=True)
    for path in ("/login", "/register", "/password/forgot"):
        client.post("/en/logout")
        assert client.get(f"/id{path}").status_code == 200
