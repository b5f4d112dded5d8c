"""About, contact (with its complaint form), privacy, and consent on the booking form."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from wisata import timeutil
from wisata.extensions import db
from wisata.models import Booking

PAGES = {
    "about": {"id": "Dinas Pariwisata Kota Malang", "en": "the tourism office of Kota Malang"},
    "contact": {"id": "kontak.malang@wisata-malang-jambi.id", "en": "kontak.jambi@wisata-malang-jambi.id"},
    "privacy": {"id": "UU PDP", "en": "10 years, as the law requires the partners to keep their books"},
}


@pytest.fixture
def regions(make):
    return make.region("malang"), make.region("jambi")


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("page", sorted(PAGES))
def test_trust_pages_in_each_language(client, regions, page, lang):
    response = client.get(f"/{lang}/{page}")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert f'<html lang="{lang}"' in html and PAGES[page][lang] in html
    for linked in ("about", "contact", "privacy"):  # the footer links the three pages
        assert f'href="/{lang}/{linked}"' in html


def test_privacy_notice_names_controllers_and_rights(client, regions):
    html = client.get("/en/privacy").get_data(as_text=True)
    for words in ("joint controllers", "hide small numbers", "withdraw your consent", "personal data request"):
        assert words in html


def _message(**fields):
    return {"name": "Rina Wati", "email": "rina@example.com", "region": "jambi", "kind": "booking",
            "booking_code": "ABCD2345", "message": "The guide never came to the meeting point.", **fields}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_contact_form_mails_the_chosen_office_and_the_sender(client, regions, mailbox, lang):
    response = client.post(f"/{lang}/contact", data=_message())
    assert response.status_code == 303
    [office] = mailbox.to("kontak.jambi@wisata-malang-jambi.id")
    assert "Pengaduan tentang pemesanan" in office["Subject"]  # the office reads Indonesian
    assert "ABCD2345" in mailbox.body(office) and "rina@example.com" in mailbox.body(office)
    [copy] = mailbox.to("rina@example.com")
    copy_words = {"id": "salinan", "en": "copy"}[lang]
    assert copy_words in copy["Subject"] and "never came" in mailbox.body(copy)
    assert not mailbox.to("kontak.malang@wisata-malang-jambi.id")


def test_contact_address_is_configurable(app, client, regions, mailbox):
    saved = app.config["CONTACT_EMAILS"]
    app.config["CONTACT_EMAILS"] = {**saved, "jambi": "pengaduan@jambi.example"}
    try:
        assert client.post("/en/contact", data=_message()).status_code == 303
    finally:
        app.config["CONTACT_EMAILS"] = saved
    assert len(mailbox.to("pengaduan@jambi.example")) == 1


@pytest.mark.parametrize("bad, lang, words", [
    ({"email": "not-an-address"}, "en", "Invalid email address"),
    ({"region": "bali"}, "en", "Not a valid choice"),
    ({"kind": "spam"}, "id", "Pilihan tidak valid"),
    ({"message": "short"}, "en", "between 10 and 5000 characters"),
    ({"name": ""}, "id", "Kolom ini wajib diisi"),
])
def test_contact_form_refuses_bad_input(client, regions, mailbox, bad, lang, words):
    response = client.post(f"/{lang}/contact", data=_message(**bad))
    assert response.status_code == 400
    assert words in response.get_data(as_text=True)
    assert mailbox.messages == []


def test_contact_form_is_rate_limited(app_with, make, regions):
    client = app_with(RATELIMIT_ENABLED=True).test_client()
    statuses = [client.post("/en/contact", data=_message()).status_code for _ in range(6)]
    assert statuses == [303] * 5 + [429]


@pytest.fixture
def departure(make, regions):
    return make.departure(make.package(organisation=make.organisation(regions[0])), days_ahead=20)


def _booking_form(**fields):
    return {"contact_name": "Ayu Lestari", "contact_email": "ayu@example.com", "contact_phone": "0812 3456 7890",
            "origin_country": "ID", "origin_province": "Jambi", "travellers-0": "Ayu Lestari",
            "payment_method": "bank_transfer", "accept_policy": "y", "accept_privacy": "y",
            "idempotency_key": "t" * 24, "promo_code": "", "confirm": "1", **fields}


@pytest.mark.parametrize("lang, words", [("en", "Please agree to the use of your details"),
                                         ("id", "Mohon setujui penggunaan data Anda")])
def test_booking_without_consent_is_refused(client, departure, lang, words):
    form = _booking_form()
    del form["accept_privacy"]
    response = client.post(f"/{lang}/departures/{departure.id}/book?adult=1", data=form)
    assert response.status_code == 400
    assert words in response.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Booking)) == 0


def test_booking_form_links_the_privacy_notice(client, departure):
    html = client.get(f"/en/departures/{departure.id}/book?adult=1").get_data(as_text=True)
    assert 'name="accept_privacy"' in html and 'href="/en/privacy"' in html


def test_consent_time_is_stored_on_the_booking(client, departure):
    before = timeutil.now()
    response = client.post(f"/en/departures/{departure.id}/book?adult=1", data=_booking_form())
    assert response.status_code == 302
    booking = db.session.scalar(sa.select(Booking))
    assert before <= booking.consented_at <= timeutil.now()
