"""QRIS from the partner's sticker: pasted or photographed in the portal and kept unchanged;
each booking paid by QRIS shows a dynamic code for its exact amount; "I have paid", then the
partner confirms."""

from __future__ import annotations

import io
import re

import pytest
import segno
import sqlalchemy as sa

from tests.partner.conftest import login
from tests.payments.conftest import booking_url
from wisata.demo.payments import demo_qris_payload
from wisata.extensions import db
from wisata.models import Booking, BookingStatus, MemberRole, Organisation, Package, PaymentMethod
from wisata.services import booking as booking_service
from wisata.services import qris

STICKER = demo_qris_payload("Tengger Trails", "Malang")


def _png_of(payload: str) -> bytes:
    buffer = io.BytesIO()
    segno.make(payload, error="m").save(buffer, kind="png", scale=8, border=4)
    return buffer.getvalue()


def _qris_partner(shop):
    shop["organisation"].qris_payload = STICKER
    db.session.commit()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_partner_pastes_its_qris_and_it_is_kept_unchanged(shop, owner_client, lang):
    other = shop["package"]
    response = owner_client.post(f"/{lang}/partner/payment-methods",
                                 data={"payload": f"  {STICKER}\n", "qris_package": [str(other.id)]})
    assert response.status_code == 303
    db.session.expire_all()
    assert db.session.get(Organisation, shop["organisation"].id).qris_payload == STICKER
    page = owner_client.get(f"/{lang}/partner/payment-methods").get_data(as_text=True)
    assert "TENGGER TRAILS" in page and "ID1026000000001" in page and "<svg" in page


def test_partner_uploads_a_photo_of_its_sticker(shop, owner_client):
    response = owner_client.post("/en/partner/payment-methods", data={"photo": (io.BytesIO(_png_of(STICKER)), "qris.png")},
                                 content_type="multipart/form-data")
    assert response.status_code == 303
    db.session.expire_all()
    assert db.session.get(Organisation, shop["organisation"].id).qris_payload == STICKER


@pytest.mark.parametrize(("payload", "message"), [
    (STICKER[:-4] + "0000", "checksum"),
    (STICKER[:40], "cut off"),
    ("hello", "000201"),
    (qris.dynamic_payload(STICKER, 50_000), "fixed amount"),
])
def test_a_code_that_is_not_a_static_qris_is_refused(shop, owner_client, payload, message):
    response = owner_client.post("/en/partner/payment-methods", data={"payload": payload})
    assert response.status_code == 400 and message in response.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(Organisation, shop["organisation"].id).qris_payload is None


def test_a_photo_without_a_code_is_refused(shop, owner_client):
    from PIL import Image
    buffer = io.BytesIO()
    Image.new("RGB", (800, 600), (250, 250, 250)).save(buffer, "PNG")
    response = owner_client.post("/en/partner/payment-methods", data={"photo": (io.BytesIO(buffer.getvalue()), "x.png")},
                                 content_type="multipart/form-data")
    assert response.status_code == 400 and "No QR code could be read" in response.get_data(as_text=True)


def test_staff_cannot_change_the_qris(app, make, shop):
    staff = app.test_client()
    login(staff, make.member(shop["organisation"], MemberRole.STAFF))
    assert staff.get("/en/partner/payment-methods").status_code == 200
    assert staff.post("/en/partner/payment-methods", data={"payload": STICKER}).status_code == 403


def _svg_path(html: str) -> str:
    return re.search(r'<svg[^>]*class="qris-code".*?</svg>', html, re.S).group(0).split("<path", 1)[1]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_booking_by_qris_shows_the_dynamic_code_for_the_exact_amount(app, shop, book, owner_client, mailbox, lang):
    _qris_partner(shop)
    booking = book(lang=lang, method=PaymentMethod.QRIS)
    assert 2_500_000 < booking.transfer_amount < 2_501_000
    traveller = app.test_client()
    html = traveller.get(booking_url(booking, lang)).get_data(as_text=True)
    expected = qris.dynamic_payload(STICKER, booking.transfer_amount)
    assert _svg_path(html) == str(qris.svg(expected)).split("<path", 1)[1]
    assert "TENGGER TRAILS" in html and f'data-copy="{booking.transfer_amount}"' in html
    # The code pays exactly the amount, to the partner's merchant account, unchanged.
    dynamic = qris.parse(expected)
    assert dynamic.dynamic and dynamic.amount == booking.transfer_amount
    static = qris.parse(STICKER)
    assert [f for f in dynamic.fields if f.tag not in ("01", "54", "63")] == [
        f for f in static.fields if f.tag not in ("01", "63")]

    assert traveller.post(booking_url(booking, lang, "/claim")).status_code == 303
    assert owner_client.post(f"/{lang}/partner/bookings/{booking.code}/paid").status_code == 303
    db.session.expire_all()
    paid = db.session.get(Booking, booking.id)
    assert paid.status is BookingStatus.CONFIRMED and paid.payments[0].method is PaymentMethod.QRIS
    assert paid.amount_paid == booking.transfer_amount


def test_qris_is_offered_only_where_the_partner_has_it_on(app, shop):
    departure = shop["departure"]
    url = f"/en/departures/{departure.id}/book?adult=1"
    assert 'value="qris"' not in app.test_client().get(url).get_data(as_text=True)
    _qris_partner(shop)
    assert 'value="qris"' in app.test_client().get(url).get_data(as_text=True)
    db.session.execute(sa.update(Package).values(qris_enabled=False))
    db.session.commit()
    assert 'value="qris"' not in app.test_client().get(url).get_data(as_text=True)
    form = {"contact_name": "Ayu", "contact_email": "ayu@example.com", "contact_phone": "+6281234567890",
            "origin_country": "ID", "origin_province": "Jambi", "travellers-0": "Ayu", "payment_method": "qris",
            "accept_policy": "y", "accept_privacy": "y", "idempotency_key": "q" * 24, "confirm": "1"}
    assert app.test_client().post(url, data=form).status_code == 400
    assert db.session.scalar(sa.select(sa.func.count(Booking.id))) == 0


def test_the_partner_turns_qris_off_per_package_and_altogether(shop, owner_client):
    _qris_partner(shop)
    owner_client.post("/en/partner/payment-methods", data={})  # no package ticked
    db.session.expire_all()
    assert db.session.get(Package, shop["package"].id).qris_enabled is False
    owner_client.post("/en/partner/payment-methods", data={"remove": "y", "qris_package": [str(shop["package"].id)]})
    db.session.expire_all()
    assert db.session.get(Organisation, shop["organisation"].id).qris_payload is None
    assert db.session.get(Package, shop["package"].id).qris_enabled is True


def test_a_qris_booking_after_the_partner_removed_its_qris_still_opens(app, shop, book):
    _qris_partner(shop)
    booking = book(method=PaymentMethod.QRIS)
    shop["organisation"].qris_payload = None
    db.session.commit()
    page = app.test_client().get(booking_url(booking))
    assert page.status_code == 200 and "no longer takes QRIS" in page.get_data(as_text=True)
    booking_service.cancel(db.session.get(Booking, booking.id), reason="other way")
    db.session.commit()
