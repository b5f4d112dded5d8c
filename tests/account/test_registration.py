"""Creating an account and confirming its e-mail address."""

from __future__ import annotations

import time

import pytest
import sqlalchemy as sa
from itsdangerous import TimestampSigner

from tests.account.conftest import link_in
from tests.factories import PASSWORD
from wisata.extensions import db
from wisata.models import User
from wisata.services import accounts
from wisata.services.passwords import verify_password

NEW_PASSWORD = "kopi luwak di pagi hari"


def _register(client, email="Ayu.Lestari@Example.com ", password=NEW_PASSWORD, lang="en", name="Ayu Lestari"):
    return client.post(f"/{lang}/register", data={"name": name, "email": email, "password": password})


def _user(email: str) -> User | None:
    db.session.expire_all()
    return db.session.scalar(sa.select(User).where(User.email == email))


def test_register_sends_a_link_that_verifies_the_address(client, mailbox):
    response = _register(client)
    assert response.status_code == 200
    assert "ayu.lestari@example.com" in response.get_data(as_text=True)

    user = _user("ayu.lestari@example.com")  # stored trimmed and lower-case
    assert user is not None and user.email_verified_at is None
    assert user.password_hash.startswith("$argon2id$")
    assert user.locale == "en"

    path = link_in(mailbox, "ayu.lestari@example.com", "/verify/")
    assert path.startswith("/en/verify/")
    response = client.get(path)
    assert response.status_code == 303
    assert _user("ayu.lestari@example.com").email_verified_at is not None

    # The new account signs in with its password.
    response = client.post("/en/login", data={"email": "ayu.lestari@example.com", "password": NEW_PASSWORD})
    assert response.status_code == 303


def test_registering_on_the_indonesian_site_stores_indonesian(client, mailbox):
    assert _register(client, email="budi@example.com", lang="id").status_code == 200
    assert _user("budi@example.com").locale == "id"
    assert link_in(mailbox, "budi@example.com", "/verify/").startswith("/id/verify/")


def test_registering_a_taken_address_looks_the_same_and_changes_nothing(client, make, mailbox):
    owner = make.user(email="ayu@example.com")
    fresh = _register(client, email="new@example.com")
    taken = _register(client, email="AYU@example.com", password="another fine passphrase")

    assert taken.status_code == fresh.status_code == 200
    strip = lambda r, email: r.get_data(as_text=True).replace(email, "EMAIL")  # noqa: E731
    assert strip(taken, "ayu@example.com") == strip(fresh, "new@example.com")
    assert db.session.scalar(sa.select(sa.func.count()).select_from(User)) == 2
    db.session.refresh(owner)
    assert verify_password(owner.password_hash, PASSWORD)
    # The owner is told, with a way in, instead of getting a verification link.
    [message] = mailbox.to("ayu@example.com")
    assert "/password/forgot" in mailbox.body(message) and "/verify/" not in mailbox.body(message)


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("short12", "at least 8"),
        ("x" * 129, "at most 128"),
        ("bismillah", "too common"),
        ("Sayang123", "too common"),
        ("INDONESIA", "too common"),
        ("12345678", "too common"),
        ("ayu.lestari", "e-mail"),
        ("Ayu.Lestari@Example.com", "e-mail"),
        ("", "fill in"),
    ],
)
def test_weak_passwords_are_refused(client, mailbox, password, reason):
    response = _register(client, password=password)
    assert response.status_code == 400
    assert reason in response.get_data(as_text=True)
    assert _user("ayu.lestari@example.com") is None
    assert mailbox.messages == []


@pytest.mark.parametrize("email", ["not-an-address", "ayu@", "a" * 250 + "@example.com", ""])
def test_invalid_addresses_are_refused(client, email):
    response = _register(client, email=email)
    assert response.status_code == 400
    assert db.session.scalar(sa.select(sa.func.count()).select_from(User)) == 0


def test_verification_link_expires_after_three_days(client, make, monkeypatch):
    user = make.user(email="ayu@example.com", email_verified_at=None)
    three_days_ago = int(time.time()) - 3 * 24 * 3600 - 1
    with monkeypatch.context() as patch:
        patch.setattr(TimestampSigner, "get_timestamp", lambda self: three_days_ago)
        token = accounts.verification_token(user)
    assert client.get(f"/en/verify/{token}").status_code == 404
    db.session.refresh(user)
    assert user.email_verified_at is None


def test_forged_verification_link_is_refused(client, make):
    user = make.user(email="ayu@example.com", email_verified_at=None)
    token = accounts.verification_token(user)
    forged = token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB")
    assert client.get(f"/en/verify/{forged}").status_code == 404
    # A link of another kind, signed with the same key, is no verification link either.
    assert client.get(f"/en/verify/{accounts.password_reset_token(user)}").status_code == 404
    db.session.refresh(user)
    assert user.email_verified_at is None


def test_unverified_user_can_ask_for_a_new_link(client, make, mailbox, login):
    make.user(email="ayu@example.com", email_verified_at=None)
    login("ayu@example.com")
    assert "not confirmed yet" in client.get("/en/account").get_data(as_text=True)
    assert client.post("/en/account/verify").status_code == 303
    client.get(link_in(mailbox, "ayu@example.com", "/verify/"))
    assert _user("ayu@example.com").email_verified_at is not None
    assert "not confirmed yet" not in client.get("/en/account").get_data(as_text=True)
