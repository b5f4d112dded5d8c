"""Forgotten passwords: the same answer for everyone, a one-hour, single-use link."""

from __future__ import annotations

import time

import pytest
from itsdangerous import TimestampSigner

from tests.account.conftest import link_in, signed_in
from tests.factories import PASSWORD
from wisata.extensions import db
from wisata.services import accounts
from wisata.services.passwords import verify_password

NEW = "rendang padang pedas"


def _forgot(client, email):
    return client.post("/en/password/forgot", data={"email": email})


def test_full_reset_flow(app, client, make, mailbox, login):
    user = make.user(email="ayu@example.com", email_verified_at=None)
    elsewhere = app.test_client()
    login("ayu@example.com", via=elsewhere)

    assert _forgot(client, " AYU@example.com").status_code == 200
    path = link_in(mailbox, "ayu@example.com", "/password/reset/")
    assert client.get(path).status_code == 200
    response = client.post(path, data={"password": NEW})
    assert response.status_code == 303
    assert response.headers["Location"] == "/en/login"

    db.session.refresh(user)
    assert verify_password(user.password_hash, NEW)
    assert user.email_verified_at is not None  # opening the link proved the address
    assert login("ayu@example.com", PASSWORD).status_code == 400
    assert login("ayu@example.com", NEW).status_code == 303
    assert not signed_in(elsewhere)  # sessions from before the reset are over
    # The notice goes out in the account's language (Indonesian by default).
    assert any("telah diubah" in m["Subject"] for m in mailbox.to("ayu@example.com"))

    # The link works once.
    assert client.get(path).status_code == 404
    assert client.post(path, data={"password": "another new password"}).status_code == 404
    db.session.refresh(user)
    assert verify_password(user.password_hash, NEW)


def test_unknown_address_gets_the_same_answer(client, make, mailbox):
    make.user(email="ayu@example.com")
    known = _forgot(client, "ayu@example.com")
    unknown = _forgot(client, "nobody@example.com")
    assert known.status_code == unknown.status_code == 200
    assert (known.get_data(as_text=True).replace("ayu@example.com", "EMAIL")
            == unknown.get_data(as_text=True).replace("nobody@example.com", "EMAIL"))
    assert mailbox.to("nobody@example.com") == []
    assert len(mailbox.to("ayu@example.com")) == 1


def test_invalid_address_is_a_form_error(client):
    assert _forgot(client, "not an address").status_code == 400


def test_expired_link_is_refused(client, make, monkeypatch):
    user = make.user(email="ayu@example.com")
    an_hour_ago = int(time.time()) - 3601
    with monkeypatch.context() as patch:
        patch.setattr(TimestampSigner, "get_timestamp", lambda self: an_hour_ago)
        token = accounts.password_reset_token(user)
    response = client.post(f"/en/password/reset/{token}", data={"password": NEW})
    assert response.status_code == 404
    assert "expired" in response.get_data(as_text=True)
    db.session.refresh(user)
    assert verify_password(user.password_hash, PASSWORD)


def test_link_dies_when_the_password_changes_otherwise(client, make, login):
    user = make.user(email="ayu@example.com")
    token = accounts.password_reset_token(user)
    login("ayu@example.com")
    client.post("/en/account/password", data={"current_password": PASSWORD, "password": NEW})
    assert client.get(f"/en/password/reset/{token}").status_code == 404


@pytest.mark.parametrize("tamper", [
    lambda t: t[:-2] + ("xy" if not t.endswith("xy") else "zz"),
    lambda t: "x" + t,
    lambda t: "nonsense",
    lambda t: "a" * 2000,
])
def test_forged_link_is_refused(client, make, tamper):
    user = make.user(email="ayu@example.com")
    token = tamper(accounts.password_reset_token(user))
    assert client.get(f"/en/password/reset/{token}").status_code == 404
    assert client.post(f"/en/password/reset/{token}", data={"password": NEW}).status_code == 404
    db.session.refresh(user)
    assert verify_password(user.password_hash, PASSWORD)


def test_link_of_another_kind_is_refused(client, make):
    user = make.user(email="ayu@example.com")
    assert client.get(f"/en/password/reset/{accounts.verification_token(user)}").status_code == 404


def test_weak_new_password_is_refused(client, make):
    user = make.user(email="ayu@example.com")
    token = accounts.password_reset_token(user)
    response = client.post(f"/en/password/reset/{token}", data={"password": "indonesia"})
    assert response.status_code == 400
    db.session.refresh(user)
    assert verify_password(user.password_hash, PASSWORD)
    assert client.get(f"/en/password/reset/{token}").status_code == 200  # still usable
