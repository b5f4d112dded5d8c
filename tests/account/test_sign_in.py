"""Signing in and out, remember-me, session renewal and where sign-in leads."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

import pytest
from itsdangerous import TimestampSigner

from config import TestConfig
from tests.account.conftest import cookie, give_cookie, signed_in
from wisata import create_app
from wisata.extensions import db, limiter


def test_sign_in_then_sign_out_ends_the_session(app, client, make, login):
    make.user(email="ayu@example.com", locale="en")
    response = login("Ayu@Example.com ")
    assert response.status_code == 303
    assert response.headers["Location"] == "/en/account"
    assert signed_in(client)
    stolen = cookie(client, "session")

    assert client.get("/en/logout").status_code == 405  # only a POST signs out
    response = client.post("/en/logout")
    assert response.status_code == 303
    assert not signed_in(client)

    # A copy of the cookie from before the sign-out no longer opens the account.
    replay = app.test_client()
    give_cookie(replay, "session", stolen)
    assert not signed_in(replay)


def test_wrong_password_is_refused_without_a_session(client, make, login):
    make.user(email="ayu@example.com")
    response = login("ayu@example.com", "not the password")
    assert response.status_code == 400
    assert "not correct" in response.get_data(as_text=True)
    with client.session_transaction() as session:
        assert "_user_id" not in session
    assert not signed_in(client)


def test_unknown_address_gets_the_same_answer_as_a_wrong_password(client, make, login):
    make.user(email="ayu@example.com")
    wrong = login("ayu@example.com", "not the password")
    unknown = login("nobody@example.com", "not the password")
    assert wrong.status_code == unknown.status_code == 400
    assert "not correct" in unknown.get_data(as_text=True)


def test_disabled_account_cannot_sign_in(client, make, login):
    make.user(email="ayu@example.com", active=False)
    assert login("ayu@example.com").status_code == 400
    assert not signed_in(client)


def test_sign_in_starts_a_new_session(client, make, login):
    """A session planted before sign-in (session fixation) carries nothing over."""
    make.user(email="ayu@example.com")
    with client.session_transaction() as session:
        session["planted"] = "by someone else"
        session["bookings"] = ["ABC123"]
    login("ayu@example.com")
    with client.session_transaction() as session:
        assert "planted" not in session
        assert session["bookings"] == ["ABC123"]  # bookings this browser could open stay open
        user_id, _, token = session["_user_id"].partition(":")
        assert len(token) >= 40  # a fresh random token naming this device's server-side session


def test_remember_me_cookie_only_when_asked(app, client, make, login):
    make.user(email="ayu@example.com")
    login("ayu@example.com")
    assert cookie(client, "remember_token") is None

    other = app.test_client()
    response = login("ayu@example.com", via=other, remember="y")
    assert "remember_token=" in " ".join(response.headers.getlist("Set-Cookie"))
    remembered = cookie(other, "remember_token")
    assert remembered

    # The cookie alone, in a browser whose session has ended, signs the person in again.
    later = app.test_client()
    give_cookie(later, "remember_token", remembered)
    assert signed_in(later)

    # Signing out deletes it, and a copy of it no longer works.
    other.post("/en/logout")
    assert cookie(other, "remember_token") is None
    again = app.test_client()
    give_cookie(again, "remember_token", remembered)
    assert not signed_in(again)


def test_account_pages_ask_to_sign_in_and_come_back(client, make, login):
    make.user(email="ayu@example.com")
    response = client.get("/id/account/password")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/id/login?next=")
    response = client.post(response.headers["Location"], data={"email": "ayu@example.com",
                                                                "password": "correct horse battery"})
    assert response.headers["Location"] == "/id/account/password"


def test_sign_in_goes_to_the_account_page_in_the_users_language(client, make, login):
    make.user(email="ayu@example.com", locale="id")
    assert login("ayu@example.com", lang="en").headers["Location"] == "/id/account"


@pytest.mark.parametrize(
    "target",
    ["http://evil.example", "//evil.example", "https://evil.example/en/account", "/\\evil.example",
     "\\\\evil.example", "/\t/evil.example", "javascript:alert(1)", "evil.example", "///evil.example"],
)
def test_unsafe_next_is_ignored(client, make, target):
    make.user(email="ayu@example.com", locale="en")
    response = client.post("/en/login", query_string={"next": target},
                           data={"email": "ayu@example.com", "password": "correct horse battery"})
    assert response.status_code == 303
    assert response.headers["Location"] == "/en/account"


def test_safe_next_is_followed(client, make):
    make.user(email="ayu@example.com")
    response = client.post("/en/login", query_string={"next": "/en/packages?q=bromo"},
                           data={"email": "ayu@example.com", "password": "correct horse battery"})
    assert response.headers["Location"] == "/en/packages?q=bromo"


def test_header_offers_sign_in_or_the_account(client, make, login):
    make.user(email="ayu@example.com")
    html = client.get("/en/packages").get_data(as_text=True)
    assert 'href="/en/login?next=/en/packages"' in html
    login("ayu@example.com")
    html = client.get("/en/packages").get_data(as_text=True)
    assert 'href="/en/account"' in html and 'action="/en/logout"' in html


@pytest.fixture
def rate_limited_client(app, database_url, tmp_path):
    """A client of an app with rate limits on; the shared limiter is restored afterwards."""
    saved = dict(limiter.__dict__)
    limited = create_app(TestConfig, SQLALCHEMY_DATABASE_URI=database_url, INSTANCE_PATH=str(tmp_path),
                         RATELIMIT_ENABLED=True, RATELIMIT_STORAGE_URI="memory://",
                         SERVER_NAME="wisata.test")
    yield limited.test_client()
    with limited.app_context():
        db.engine.dispose()
    limiter.__dict__.clear()
    limiter.__dict__.update(saved)


def test_sign_in_is_rate_limited(rate_limited_client, make):
    make.user(email="ayu@example.com")
    answers = [
        rate_limited_client.post("/en/login", data={"email": "ayu@example.com", "password": "guess"}).status_code
        for _ in range(11)
    ]
    assert answers == [400] * 10 + [429]


def test_sessions_end_after_their_lifetime(app, client, make, login, monkeypatch):
    make.user(email="ayu@example.com")
    lifetime = app.permanent_session_lifetime.total_seconds()
    with monkeypatch.context() as patch:
        patch.setattr(TimestampSigner, "get_timestamp", lambda self: int(time.time() - lifetime - 60))
        login("ayu@example.com")  # the session cookie is signed "back then"
    assert not signed_in(client)


def test_remember_me_lasts_thirty_days(client, make, login):
    make.user(email="ayu@example.com")
    response = login("ayu@example.com", remember="y")
    [header] = [h for h in response.headers.getlist("Set-Cookie") if h.startswith("remember_token=")]
    expires = parsedate_to_datetime(re.search(r"Expires=([^;]+)", header).group(1))
    assert abs((expires - datetime.now(UTC)) - timedelta(days=30)) < timedelta(minutes=5)
    assert "HttpOnly" in header and "SameSite=Lax" in header


def test_signing_out_ends_only_this_device(app, make, login):
    from tests.account.conftest import signed_in

    make.user(email="ayu@example.com")
    laptop, phone = app.test_client(), app.test_client()
    login("ayu@example.com", via=laptop)
    login("ayu@example.com", via=phone)
    with laptop.session_transaction() as session:
        copied = dict(session)
    assert laptop.post("/en/logout").status_code in (302, 303)
    assert not signed_in(laptop)
    assert signed_in(phone)
    thief = app.test_client()  # a copy of the laptop's old cookie opens nothing
    with thief.session_transaction() as session:
        session.update(copied)
    assert not signed_in(thief)


def test_server_side_session_life_is_bounded(app, make, login):
    import sqlalchemy as sa

    from tests.account.conftest import signed_in
    from wisata import timeutil
    from wisata.extensions import db
    from wisata.models import UserSession

    make.user(email="ayu@example.com")
    browser = app.test_client()
    login("ayu@example.com", via=browser)
    assert signed_in(browser)
    db.session.execute(sa.update(UserSession).values(expires_at=timeutil.now()))
    db.session.commit()
    assert not signed_in(browser)
