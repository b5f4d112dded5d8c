"""Helpers for the account tests: sign in, read links from the e-mails, move cookies."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from tests.factories import PASSWORD

HOST = "wisata.test"  # the tests' SERVER_NAME, which the cookies belong to


@pytest.fixture
def login(client):
    """Sign in through the form; returns the response."""

    def sign_in(email: str, password: str = PASSWORD, lang: str = "en", via=None, **fields):
        return (via or client).post(f"/{lang}/login", data={"email": email, "password": password, **fields})

    return sign_in


def link_in(mailbox, address: str, part: str) -> str:
    """The path of the last link containing `part` in the e-mails sent to `address`."""
    links = [
        url
        for message in mailbox.to(address)
        for url in re.findall(r"https?://\S+", mailbox.body(message))
        if part in url
    ]
    assert links, f"no link with {part!r} was e-mailed to {address}"
    return urlsplit(links[-1]).path


def cookie(client, name: str) -> str | None:
    found = client.get_cookie(name, domain=HOST)
    return found.value if found else None


def give_cookie(client, name: str, value: str) -> None:
    client.set_cookie(name, value, domain=HOST)


def signed_in(client, lang: str = "en") -> bool:
    """Whether the client's cookies open the account page (else: redirected to sign-in)."""
    response = client.get(f"/{lang}/account")
    assert response.status_code in (200, 302)
    return response.status_code == 200
