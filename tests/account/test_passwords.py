"""Password rules and storage: length, the common-password list, argon2id and rehashing."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher

from wisata.extensions import db
from wisata.services import accounts
from wisata.services.passwords import hash_password, needs_rehash, verify_password


def test_common_password_list_has_hundreds_of_lowercase_entries():
    words = accounts.common_passwords()
    assert len(words) >= 500
    assert all(word == word.lower() and word.strip() == word for word in words)
    assert {"bismillah", "sayang123", "indonesia", "12345678", "password"} <= words


@pytest.mark.parametrize(
    ("password", "refused"),
    [
        ("1234567", True),
        ("12345678", True),
        ("Bismillah", True),
        ("SAYANG123", True),
        ("Password1", True),
        ("ayu", True),
        ("ayu@example.com", True),
        ("AYU@EXAMPLE.COM", True),
        ("x" * 128, False),
        ("x" * 129, True),
        ("kopi-tubruk", False),
        ("sate ayam madura", False),
        ("abcdefgh", True),
        ("ijklmnop", False),  # no composition rules: length and guessability only
    ],
)
def test_password_rules(app_ctx, password, refused):
    assert (accounts.password_problem(password, "Ayu@Example.com") is not None) is refused


def test_passwords_are_stored_with_argon2id(client, make, login):
    user = make.user(email="ayu@example.com")
    assert user.password_hash.startswith("$argon2id$")
    assert "correct horse battery" not in user.password_hash


def test_outdated_hash_is_replaced_at_sign_in(client, make, login):
    user = make.user(email="ayu@example.com")
    user.password_hash = PasswordHasher(time_cost=1).hash("kopi luwak pagi")
    db.session.commit()
    old_hash = user.password_hash
    assert needs_rehash(old_hash)

    assert login("ayu@example.com", "kopi luwak pagi").status_code == 303
    db.session.refresh(user)
    assert user.password_hash != old_hash
    assert user.password_hash.startswith("$argon2id$")
    assert not needs_rehash(user.password_hash)
    assert verify_password(user.password_hash, "kopi luwak pagi")
    assert user.last_login_at is not None


def test_current_hash_is_kept_at_sign_in(client, make, login):
    user = make.user(email="ayu@example.com")
    before = user.password_hash
    login("ayu@example.com")
    db.session.refresh(user)
    assert user.password_hash == before


def test_hash_cost_comes_from_the_configuration(app, app_ctx, monkeypatch):
    cheap = hash_password("kopi luwak pagi")
    assert cheap.startswith("$argon2id$v=19$m=8,t=1,p=1$")  # the test configuration's

    for key in ("ARGON2_TIME_COST", "ARGON2_MEMORY_COST", "ARGON2_PARALLELISM"):
        monkeypatch.delitem(app.config, key)
    strong = hash_password("kopi luwak pagi")
    assert strong.startswith("$argon2id$v=19$m=65536,t=3,p=4$")  # what production keeps
    assert needs_rehash(cheap) and verify_password(cheap, "kopi luwak pagi")
