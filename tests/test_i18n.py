"""Language routing, the switcher, alternates and the Indonesian catalog."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, "/id/"),
        ("en-US,en;q=0.9", "/en/"),
        ("id-ID,id;q=0.9,en;q=0.8", "/id/"),
        ("fr-FR,fr;q=0.9", "/id/"),
        ("fr;q=0.9,en;q=0.5", "/en/"),
    ],
)
def test_root_redirects_by_accept_language(client, header, expected):
    headers = {"Accept-Language": header} if header else {}
    response = client.get("/", headers=headers)
    assert response.status_code == 302
    assert response.headers["Location"].endswith(expected)
    assert "Accept-Language" in response.headers["Vary"]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_pages_declare_their_language_and_alternates(client, lang):
    html = client.get(f"/{lang}/packages?q=bromo").get_data(as_text=True)
    assert f'<html lang="{lang}">' in html
    for other in ("id", "en"):
        assert re.search(rf'<link rel="alternate" hreflang="{other}" href="[^"]*/{other}/packages\?q=bromo"', html)


def test_switcher_keeps_the_visitor_on_the_same_page(client):
    html = client.get("/id/packages?region=joint&page=1").get_data(as_text=True)
    switch = re.search(r'<nav class="lang-switch".*?</nav>', html, re.S).group(0)
    assert 'href="/en/packages?region=joint&amp;page=1"' in switch
    assert 'aria-current="true" lang="id"' in switch


def test_unknown_language_is_not_found(client):
    assert client.get("/fr/packages").status_code == 404
    assert client.get("/xx/").status_code == 404


def test_interface_text_differs_between_languages(client):
    id_html = client.get("/id/packages").get_data(as_text=True)
    en_html = client.get("/en/packages").get_data(as_text=True)
    assert "Paket wisata" in id_html and "Tour packages" in en_html
    assert "Tour packages" not in id_html


def test_money_is_formatted_per_locale(app):
    from wisata.i18n import money

    assert money(1250000, "id") == "Rp\xa01.250.000"
    assert money(1250000, "en") == "IDR\xa01,250,000"


def _catalog():
    with open(ROOT / "translations/id/LC_MESSAGES/messages.po", "rb") as f:
        return read_po(f)


def test_indonesian_catalog_is_complete():
    catalog = _catalog()
    missing = [
        m.id for m in catalog
        if m.id and (m.fuzzy or not (all(m.string) if isinstance(m.string, tuple) else m.string))
    ]
    assert missing == []


def test_every_interface_string_is_in_the_catalog():
    """A string added to the code but not extracted into the catalog fails here."""
    method_map = [
        ("wisata/**.py", "python"),
        ("templates/**.html", "jinja2"),
        ("templates/**.txt", "jinja2"),
    ]
    keywords = {"_": None, "gettext": None, "ngettext": (1, 2), "_l": None, "lazy_gettext": None}
    catalog = _catalog()
    known = {m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id}
    found = set()
    for _file, _line, message, _comments, _ctx in extract_from_dir(
        str(ROOT), method_map, keywords=keywords, options_map={"templates/**.html": {}},
        directory_filter=lambda path: not os.path.basename(path).startswith("."),  # _macros/ too
    ):
        found.add(message if isinstance(message, str) else message[0])
    assert sorted(found - known) == []


def test_macros_and_plurals_are_translated(client, make):
    make.package(duration_days=3, duration_nights=2)
    id_html = client.get("/id/packages").get_data(as_text=True)
    assert "3 hari, 2 malam" in id_html and "days" not in id_html
    assert "3 days, 2 nights" in client.get("/en/packages").get_data(as_text=True)
