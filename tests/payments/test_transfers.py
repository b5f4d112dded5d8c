"""Bank transfers that match themselves: a unique amount per unpaid booking (kept by the
database), copy buttons, "I have paid" with a receipt, and the bank statement proposals."""

from __future__ import annotations

import io
import threading

import pytest
import sqlalchemy as sa
from PIL import Image
from sqlalchemy.exc import IntegrityError

from tests.partner.conftest import login
from tests.payments.conftest import booking_url
from wisata.extensions import db
from wisata.models import Booking, BookingStatus, MemberRole, TransferReceipt
from wisata.services import booking as booking_service


def _png(width: int = 720, height: int = 1280) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (20, 120, 200)).save(buffer, "PNG")
    return buffer.getvalue()


PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def test_each_unpaid_transfer_of_a_partner_asks_for_its_own_amount(make, shop, book):
    package = shop["package"]
    departures = [make.departure(package, days_ahead=40 + n, capacity=20) for n in range(4)]
    bookings = [book(adults=2, email=f"t{n}@example.com", departure=departures[n % 4]) for n in range(12)]
    amounts = [b.transfer_amount for b in bookings]
    assert len(set(amounts)) == 12
    assert all(2_500_000 < amount < 2_501_000 for amount in amounts)


def test_the_database_refuses_two_unpaid_bookings_with_one_amount(shop, book):
    first, second = book(email="a@example.com"), book(email="b@example.com")
    with pytest.raises(IntegrityError):
        db.session.execute(sa.update(Booking).where(Booking.id == second.id).values(transfer_amount=first.transfer_amount))
    db.session.rollback()
    # Once the first is paid its amount is free again.
    booking_service.confirm_payment(db.session.get(Booking, first.id))
    db.session.commit()
    db.session.execute(sa.update(Booking).where(Booking.id == second.id).values(transfer_amount=first.transfer_amount))
    db.session.commit()


def test_bookings_racing_get_different_amounts(app, make, shop):
    departure_id = shop["departure"].id
    barrier = threading.Barrier(8)
    statuses = []

    def submit(n: int) -> None:
        client = app.test_client()
        barrier.wait()
        response = client.post(f"/en/departures/{departure_id}/book?adult=1", data={
            "contact_name": f"T {n}", "contact_email": f"race{n}@example.com", "contact_phone": "+6281234567890",
            "origin_country": "ID", "origin_province": "Jambi", "travellers-0": f"T {n}",
            "payment_method": "bank_transfer", "accept_policy": "y", "accept_privacy": "y",
            "idempotency_key": f"race-{n:02d}-" + "x" * 16, "confirm": "1",
        })
        statuses.append(response.status_code)

    threads = [threading.Thread(target=submit, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    db.session.rollback()
    assert statuses == [302] * 8
    amounts = db.session.scalars(sa.select(Booking.transfer_amount)).all()
    assert len(amounts) == 8 and len(set(amounts)) == 8


@pytest.mark.parametrize(("lang", "amount_text"), [("id", "Rp\xa0"), ("en", "IDR\xa0")])
def test_the_booking_page_shows_the_exact_amount_with_copy_buttons(app, shop, book, mailbox, lang, amount_text):
    booking = book(lang=lang)
    html = app.test_client().get(booking_url(booking, lang)).get_data(as_text=True)
    for value in ("8610123456", str(booking.transfer_amount), booking.code):
        assert f'data-copy="{value}"' in html
    assert amount_text in html and "js/copy.js" in html
    assert app.test_client().get("/static/js/copy.js").status_code == 200


@pytest.mark.parametrize("lang", ["id", "en"])
def test_traveller_says_paid_with_a_photo_and_the_partner_sees_it(app, shop, book, owner_client, mailbox, lang):
    booking = book(lang=lang)
    held_until = booking.hold_expires_at
    traveller = app.test_client()
    response = traveller.post(booking_url(booking, lang, "/claim"),
                              data={"receipt": (io.BytesIO(_png()), "bukti.png")},
                              content_type="multipart/form-data")
    assert response.status_code == 303
    db.session.expire_all()
    claimed = db.session.get(Booking, booking.id)
    assert claimed.payment_claimed_at is not None and claimed.hold_expires_at > held_until
    assert claimed.status is BookingStatus.PENDING_PAYMENT  # only the partner confirms
    receipt = db.session.scalar(sa.select(TransferReceipt))
    assert receipt.content_type == "image/webp" and receipt.data[8:12] == b"WEBP"
    assert mailbox.to("ops@tengger.example.com")

    own = traveller.get(booking_url(booking, lang, "/receipt"))
    assert own.status_code == 200 and own.mimetype == "image/webp"
    assert own.headers["X-Content-Type-Options"] == "nosniff" and "no-store" in own.headers["Cache-Control"]
    page = owner_client.get(f"/{lang}/partner/bookings/{booking.code}").get_data(as_text=True)
    assert f"/partner/bookings/{booking.code}/receipt" in page
    assert owner_client.get(f"/{lang}/partner/bookings/{booking.code}/receipt").data == receipt.data


def test_a_pdf_receipt_is_kept_and_downloaded(app, shop, book):
    booking = book()
    client = app.test_client()
    client.post(booking_url(booking, "en", "/claim"), data={"receipt": (io.BytesIO(PDF), "mutasi.pdf")},
                content_type="multipart/form-data")
    response = client.get(booking_url(booking, "en", "/receipt"))
    assert response.status_code == 200 and response.data == PDF
    assert response.mimetype == "application/pdf" and response.headers["Content-Disposition"].startswith("attachment")


@pytest.mark.parametrize(("name", "content", "message"), [
    ("bukti.png", b"<html><script>alert(1)</script></html>", "neither a photo nor a PDF"),
    ("bukti.pdf", b"GIF89a not really a pdf", "neither a photo nor a PDF"),
    ("bukti.exe", b"MZ\x90\x00" + b"\x00" * 100, "neither a photo nor a PDF"),
    ("huge.pdf", b"%PDF-1.4\n" + b"0" * (5 * 1024 * 1024), "at most 5 MB"),
    ("tiny.png", _png(120, 120), "too small"),
])
def test_a_receipt_that_is_not_an_image_or_pdf_is_refused(app, shop, book, name, content, message):
    booking = book()
    response = app.test_client().post(booking_url(booking, "en", "/claim"), data={"receipt": (io.BytesIO(content), name)},
                                      content_type="multipart/form-data")
    assert response.status_code == 400 and message in response.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(Booking, booking.id).payment_claimed_at is None
    assert db.session.scalar(sa.select(sa.func.count(TransferReceipt.id))) == 0


def test_receipts_are_private(app, make, shop, book):
    booking = book()
    client = app.test_client()
    client.post(booking_url(booking, "en", "/claim"), data={"receipt": (io.BytesIO(PDF), "a.pdf")},
                content_type="multipart/form-data")
    assert app.test_client().get(f"/en/bookings/{booking.code}/receipt").status_code == 404
    assert app.test_client().get(f"/en/bookings/{booking.code}/receipt?t=forged").status_code == 404
    other = app.test_client()
    login(other, make.member(make.organisation(name="Lain"), MemberRole.OWNER))
    assert other.get(f"/en/partner/bookings/{booking.code}/receipt").status_code == 404


def test_a_paid_booking_can_no_longer_be_claimed(app, shop, book):
    booking = book()
    booking_service.confirm_payment(booking)
    db.session.commit()
    response = app.test_client().post(booking_url(booking, "en", "/claim"))
    assert response.status_code == 409
