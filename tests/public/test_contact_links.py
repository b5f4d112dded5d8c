"""WhatsApp, share and map links, and the "My bookings" link in the header."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import parse_qs, unquote, urlsplit

from wisata.extensions import db
from wisata.services import access
from wisata.services import booking as booking_service
from wisata.services.contact_links import map_link, phone_digits, share_links, whatsapp_chat


def _hrefs(response, start: str) -> list[str]:
    hrefs = (unescape(h) for h in re.findall(r'href="([^"]+)"', response.get_data(as_text=True)))
    return [h for h in hrefs if h.startswith(start)]


def test_whatsapp_link_has_digits_only_and_encoded_text():
    url = whatsapp_chat("+62 812-3456-7890", "Halo, saya tertarik dengan paket Bromo & Ijen?")
    assert url == "https://wa.me/6281234567890?text=Halo%2C%20saya%20tertarik%20dengan%20paket%20Bromo%20%26%20Ijen%3F"
    assert phone_digits("0812 3456 7890") == "6281234567890"  # a local number is Indonesian
    assert whatsapp_chat("", "Halo") is None


def test_map_link_only_with_coordinates():
    assert map_link(-7.9425, 112.9531) == \
        "https://www.openstreetmap.org/?mlat=-7.94250&mlon=112.95310#map=16/-7.94250/112.95310"
    assert map_link(None, 112.9) is None and map_link(-7.9, None) is None


def test_share_links_are_url_encoded():
    links = {link.network: urlsplit(link.url) for link in share_links("https://x.id/en/packages/a b?c=1&d", "Bromo & Ijen")}
    assert parse_qs(links["Facebook"].query) == {"u": ["https://x.id/en/packages/a b?c=1&d"]}
    assert parse_qs(links["Telegram"].query) == {"url": ["https://x.id/en/packages/a b?c=1&d"], "text": ["Bromo & Ijen"]}
    assert parse_qs(links["X"].query)["text"] == ["Bromo & Ijen"]
    assert parse_qs(links["WhatsApp"].query) == {"text": ["Bromo & Ijen https://x.id/en/packages/a b?c=1&d"]}
    assert all(" " not in u.geturl() and "&d" not in u.query.replace("&text", "") for u in links.values())


def _joint_package(make):
    malang = make.region("malang", name={"id": "Malang Raya", "en": "Malang Raya"})
    jambi = make.region("jambi", name={"id": "Jambi", "en": "Jambi"})
    bromo = make.attraction(malang, slug="bromo", latitude=-7.9425, longitude=112.9531)
    candi = make.attraction(jambi, slug="muaro-jambi")
    package = make.package(make.organisation(malang, phone="+62 812-1111-2222"), attractions=[bromo, candi],
                           slug="bromo-jambi", title={"id": "Bromo dan Jambi", "en": "Bromo and Jambi"})
    return package, bromo, candi


def test_package_page_chats_shares_and_maps_in_both_languages(client, make):
    package, _, _ = _joint_package(make)
    for lang, text in (("id", "Halo, saya tertarik dengan paket Bromo dan Jambi"),
                       ("en", "Hello, I am interested in the package Bromo and Jambi")):
        page = client.get(f"/{lang}/packages/bromo-jambi")
        chats = _hrefs(page, "https://wa.me/62")
        assert chats and all(urlsplit(c).path == "/6281211112222" for c in chats)
        assert parse_qs(urlsplit(chats[0]).query)["text"] == [text]
        shared = _hrefs(page, "https://www.facebook.com/sharer")
        assert parse_qs(urlsplit(shared[0]).query)["u"][0].endswith(f"/{lang}/packages/bromo-jambi")
        assert _hrefs(page, "https://www.openstreetmap.org/?mlat=-7.94250&mlon=112.95310")  # the meeting area


def test_attraction_map_link_only_when_it_has_coordinates(client, make):
    _, bromo, candi = _joint_package(make)
    assert _hrefs(client.get("/id/attractions/bromo"), "https://www.openstreetmap.org/")
    assert not _hrefs(client.get("/id/attractions/muaro-jambi"), "https://www.openstreetmap.org/")


def test_booking_page_chat_carries_the_booking_code(client, make):
    from tests.services.test_booking_rules import _request

    package, _, _ = _joint_package(make)
    booking, _ = booking_service.book_seats(_request(make.departure(package)))
    db.session.commit()
    for lang, start in (("id", "Halo, saya ingin bertanya tentang pemesanan saya "), ("en", "Hello, I have a question")):
        page = client.get(f"/{lang}/bookings/{booking.code}?t={access.booking_token(booking)}")
        assert page.status_code == 200
        text = unquote(urlsplit(_hrefs(page, "https://wa.me/6281211112222")[0]).query)
        assert text.startswith("text=" + start) and booking.code in text


def _my_bookings(response) -> str:
    return unescape(re.search(r'<a class="my-bookings" href="([^"]+)"', response.get_data(as_text=True)).group(1))


def test_my_bookings_in_the_header_finds_or_lists_bookings(client, make):
    make.user(email="ayu@example.com")
    assert _my_bookings(client.get("/id/packages")) == "/id/bookings/find"
    assert _my_bookings(client.get("/en/")) == "/en/bookings/find"
    from tests.factories import PASSWORD
    client.post("/en/login", data={"email": "ayu@example.com", "password": PASSWORD})
    assert _my_bookings(client.get("/id/packages")) == "/id/account#upcoming-title"
