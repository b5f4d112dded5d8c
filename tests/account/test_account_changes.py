"""Changing the password and the e-mail address, each after re-entering the password."""

from __future__ import annotations

import sqlalchemy as sa

from tests.account.conftest import cookie, give_cookie, link_in, signed_in
from tests.factories import PASSWORD
from wisata.extensions import db
from wisata.models import UserSession
from wisata.services.passwords import verify_password

NEW = "gudeg jogja manis"


def _change_password(client, current, new=NEW):
    return client.post("/en/account/password", data={"current_password": current, "password": new})


def test_change_password_needs_the_current_one(client, make, login):
    user = make.user(email="ayu@example.com")
    login("ayu@example.com")
    response = _change_password(client, "not my password")
    assert response.status_code == 400
    assert "current password is not correct" in response.get_data(as_text=True)
    db.session.refresh(user)
    assert verify_password(user.password_hash, PASSWORD)


def test_change_password_refuses_a_weak_one(client, make, login):
    user = make.user(email="ayu@example.com")
    login("ayu@example.com")
    assert _change_password(client, PASSWORD, "12345678").status_code == 400
    assert _change_password(client, PASSWORD, "short").status_code == 400
    db.session.refresh(user)
    assert verify_password(user.password_hash, PASSWORD)


def test_change_password_signs_out_other_sessions(app, client, make, login, mailbox):
    user = make.user(email="ayu@example.com")
    phone = app.test_client()
    login("ayu@example.com")
    login("ayu@example.com", via=phone, remember="y")
    phone_remember = cookie(phone, "remember_token")
    assert signed_in(client) and signed_in(phone)

    response = _change_password(client, PASSWORD)
    assert response.status_code == 303
    assert signed_in(client)  # this browser stays signed in, with the new version
    assert not signed_in(phone)
    stale = app.test_client()
    give_cookie(stale, "remember_token", phone_remember)
    assert not signed_in(stale)

    db.session.refresh(user)
    assert db.session.scalar(sa.select(sa.func.count(UserSession.id)).where(UserSession.user_id == user.id)) == 1
    assert verify_password(user.password_hash, NEW)
    assert mailbox.to("ayu@example.com")


def test_change_password_keeps_remember_me_of_this_browser(app, client, make, login, mailbox):
    make.user(email="ayu@example.com")
    login("ayu@example.com", remember="y")
    before = cookie(client, "remember_token")
    _change_password(client, PASSWORD)
    after = cookie(client, "remember_token")
    assert after and after != before
    later = app.test_client()
    give_cookie(later, "remember_token", after)
    assert signed_in(later)


def _change_email(client, email, password=PASSWORD):
    return client.post("/en/account/email", data={"email": email, "current_password": password})


def test_change_email_flow(client, make, login, mailbox):
    user = make.user(email="ayu@example.com")
    login("ayu@example.com")

    response = _change_email(client, " Ayu.Baru@Example.com")
    assert response.status_code == 200
    db.session.refresh(user)
    assert user.email == "ayu@example.com"  # not before the new address is confirmed
    assert mailbox.to("ayu@example.com") == []
    path = link_in(mailbox, "ayu.baru@example.com", "/account/email/confirm/")

    assert client.get(path).status_code == 303
    db.session.refresh(user)
    assert user.email == "ayu.baru@example.com"
    assert user.email_verified_at is not None
    assert mailbox.to("ayu@example.com")  # the old address is told
    assert client.get(path).status_code == 404  # once only

    client.post("/en/logout")
    assert login("ayu@example.com").status_code == 400
    assert login("ayu.baru@example.com").status_code == 303


def test_change_email_needs_the_password(client, make, login, mailbox):
    user = make.user(email="ayu@example.com")
    login("ayu@example.com")
    response = _change_email(client, "new@example.com", "wrong password")
    assert response.status_code == 400
    assert "current password is not correct" in response.get_data(as_text=True)
    assert mailbox.messages == []
    db.session.refresh(user)
    assert user.email == "ayu@example.com"


def test_change_email_refuses_a_taken_or_invalid_address(client, make, login, mailbox):
    make.user(email="ayu@example.com")
    make.user(email="budi@example.com")
    login("ayu@example.com")
    assert "already used" in _change_email(client, "BUDI@example.com").get_data(as_text=True)
    assert _change_email(client, "BUDI@example.com").status_code == 400
    assert _change_email(client, "not-an-address").status_code == 400
    assert _change_email(client, "ayu@example.com").status_code == 400
    assert mailbox.messages == []


def test_address_taken_before_confirmation_is_refused(client, make, login, mailbox):
    user = make.user(email="ayu@example.com")
    login("ayu@example.com")
    _change_email(client, "new@example.com")
    path = link_in(mailbox, "new@example.com", "/account/email/confirm/")
    make.user(email="new@example.com")
    assert client.get(path).status_code == 409
    db.session.refresh(user)
    assert user.email == "ayu@example.com"


def test_forged_email_change_link_is_refused(client, make):
    make.user(email="ayu@example.com")
    assert client.get("/en/account/email/confirm/not-a-token").status_code == 404
