"""Money after booking: a payment recorded by the partner confirms the booking and sends the
voucher; a refund owed stays on the partner's list until it is recorded as paid."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from tests.partner.conftest import login
from tests.payments.conftest import booking_url
from wisata.extensions import db
from wisata.models import Booking, BookingStatus, MemberRole, Payment, PaymentMethod, Refund
from wisata.services import booking as booking_service
from wisata.services import money

SUBJECTS = {
    "en": {"paid": "Payment received", "refund": "Your refund for booking"},
    "id": {"paid": "Pembayaran diterima", "refund": "Pengembalian dana pemesanan"},
}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_partner_records_the_payment_and_the_traveller_gets_the_voucher(app, shop, book, owner_client,
                                                                          mailbox, lang):
    booking = book(lang=lang)
    traveller = app.test_client()

    # Before payment: what to pay, no voucher; the voucher's link leads back to the booking.
    page = traveller.get(booking_url(booking, lang)).get_data(as_text=True)
    assert "8610123456" in page and "/voucher" not in page
    voucher = traveller.get(booking_url(booking, lang, "/voucher"))
    assert voucher.status_code == 303 and f"/{lang}/bookings/{booking.code}" in voucher.location

    response = owner_client.post(f"/{lang}/partner/bookings/{booking.code}/paid",
                                 data={"reference": "  BCA   TRF 0193  "})
    assert response.status_code == 303
    db.session.expire_all()
    paid = db.session.get(Booking, booking.id)
    [payment] = paid.payments
    # A transfer pays the total and its few rupiah of unique code.
    assert 2_500_000 < paid.transfer_amount < 2_501_000
    assert (payment.amount, payment.method, payment.reference) == (paid.transfer_amount, PaymentMethod.BANK_TRANSFER,
                                                                   "BCA TRF 0193")
    assert payment.recorded_by_id == shop["owner"].id
    assert paid.status is BookingStatus.CONFIRMED and paid.amount_paid == paid.transfer_amount
    assert paid.paid_at == payment.received_at and paid.hold_expires_at is None

    [mail] = [m for m in mailbox.to("ayu@example.com") if SUBJECTS[lang]["paid"] in m["Subject"]]
    body = mailbox.body(mail)
    assert booking.code in mail["Subject"] and "BCA TRF 0193" in body and f"/{lang}/bookings/{booking.code}/voucher" in body

    voucher = traveller.get(booking_url(booking, lang, "/voucher"))
    assert voucher.status_code == 200 and "<svg" in voucher.get_data(as_text=True)
    assert "/voucher" in traveller.get(booking_url(booking, lang)).get_data(as_text=True)
    partner_page = owner_client.get(f"/{lang}/partner/bookings/{booking.code}").get_data(as_text=True)
    assert "BCA TRF 0193" in partner_page and "Rina Owner" in partner_page


def test_a_payment_is_recorded_once_however_often_it_is_sent(shop, book, owner_client):
    booking = book()
    for _attempt in range(3):
        assert owner_client.post(f"/en/partner/bookings/{booking.code}/paid").status_code == 303
    db.session.expire_all()
    assert db.session.scalar(sa.select(sa.func.count(Payment.id))) == 1
    assert db.session.get(Booking, booking.id).amount_paid == booking.transfer_amount
    assert money.check() == []


def test_a_reference_too_long_is_refused_and_changes_nothing(shop, book, owner_client):
    booking = book()
    response = owner_client.post(f"/id/partner/bookings/{booking.code}/paid", data={"reference": "x" * 101})
    assert response.status_code == 400 and "100" in response.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(Booking, booking.id).status is BookingStatus.PENDING_PAYMENT
    assert db.session.scalar(sa.select(sa.func.count(Payment.id))) == 0


def test_an_expired_booking_cannot_be_paid(shop, book, owner_client):
    booking = book()
    booking_service.expire_holds(now=booking.hold_expires_at)
    db.session.commit()
    assert owner_client.post(f"/en/partner/bookings/{booking.code}/paid").status_code == 303
    db.session.expire_all()
    assert db.session.get(Booking, booking.id).status is BookingStatus.EXPIRED
    assert db.session.scalar(sa.select(sa.func.count(Payment.id))) == 0


@pytest.mark.parametrize("lang", ["id", "en"])
def test_refund_owed_is_listed_until_the_partner_records_it(app, shop, book, owner_client, mailbox, lang):
    booking = book(lang=lang)
    booking_service.confirm_payment(booking, reference="first")
    db.session.commit()
    traveller = app.test_client()
    traveller.post(booking_url(booking, lang, "/cancel"), data={"confirm": "y"})
    db.session.expire_all()
    cancelled = db.session.get(Booking, booking.id)
    # 30 days ahead: the whole total back (not the transfer's few rupiah of code).
    assert cancelled.status is BookingStatus.CANCELLED and cancelled.refund_amount == 2_500_000

    refunds = owner_client.get(f"/{lang}/partner/refunds").get_data(as_text=True)
    assert booking.code in refunds
    assert booking.code in owner_client.get(f"/{lang}/partner/bookings/{booking.code}").get_data(as_text=True)

    response = owner_client.post(f"/{lang}/partner/bookings/{booking.code}/refund", data={"reference": "MANDIRI 77"})
    assert response.status_code == 303
    db.session.expire_all()
    [refund] = db.session.scalars(sa.select(Refund)).all()
    assert (refund.booking_id, refund.amount, refund.reference) == (booking.id, 2_500_000, "MANDIRI 77")
    [mail] = [m for m in mailbox.to("ayu@example.com") if SUBJECTS[lang]["refund"] in m["Subject"]]
    assert "MANDIRI 77" in mailbox.body(mail)

    page = owner_client.get(f"/{lang}/partner/refunds").get_data(as_text=True)
    owed, paid = page.split('id="owed-title"')[1].split('id="paid-title"')
    assert booking.code not in owed and booking.code in paid and "MANDIRI 77" in paid
    page = traveller.get(booking_url(booking, lang)).get_data(as_text=True)
    assert "MANDIRI 77" in page

    # The same request again records nothing more.
    assert owner_client.post(f"/{lang}/partner/bookings/{booking.code}/refund").status_code == 303
    db.session.expire_all()
    assert db.session.scalar(sa.select(sa.func.count(Refund.id))) == 1


def test_an_unpaid_cancellation_owes_no_refund(shop, book, owner_client):
    booking = book()
    booking_service.cancel(booking, reason="changed plans")
    db.session.commit()
    assert booking.refund_amount == 0
    assert booking.code not in owner_client.get("/en/partner/refunds").get_data(as_text=True)
    assert owner_client.post(f"/en/partner/bookings/{booking.code}/refund").status_code == 303
    assert db.session.scalar(sa.select(sa.func.count(Refund.id))) == 0


def test_a_partner_cancellation_refunds_what_was_paid(shop, book, owner_client):
    booking = book()
    booking_service.confirm_payment(booking)
    db.session.commit()
    owner_client.post(f"/en/partner/bookings/{booking.code}/cancel", data={"reason": "Bromo closed"})
    db.session.expire_all()
    assert db.session.get(Booking, booking.id).refund_amount == 2_500_000
    assert booking.code in owner_client.get("/en/partner/refunds").get_data(as_text=True)


def test_other_partners_and_the_co_provider_cannot_touch_the_money(app, make, shop, book):
    jambi = make.region("jambi")
    co_provider = make.organisation(jambi, name="Batanghari Tours")
    stranger_org = make.organisation(jambi, name="Lain Lagi")
    package = shop["package"]
    package.co_organisation_id = co_provider.id
    package.co_accepted_at = package.created_at
    db.session.commit()
    booking = book()
    booking_service.confirm_payment(booking)
    booking_service.cancel(booking, by_partner=True, reason="Bromo closed")
    db.session.commit()
    for organisation in (co_provider, stranger_org):
        client = app.test_client()
        login(client, make.member(organisation, MemberRole.OWNER))
        assert client.post(f"/en/partner/bookings/{booking.code}/refund").status_code == 404
        assert booking.code not in client.get("/en/partner/refunds").get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count(Refund.id))) == 0


def test_money_at_the_meeting_point_gets_the_voucher_once_the_seats_are_kept(app, shop, book):
    booking = book(method=PaymentMethod.AT_MEETING_POINT)
    client = app.test_client()
    assert client.get(booking_url(booking, "en", "/voucher")).status_code == 303
    keep = f"/en/bookings/{booking.code}/keep?t={booking_service.keep_seats_token(booking)}"
    assert client.post(keep).status_code == 303
    voucher = client.get(booking_url(booking, "en", "/voucher"))
    assert voucher.status_code == 200 and "IDR\xa02,500,000 still to pay" in voucher.get_data(as_text=True)


def test_no_voucher_for_a_cancelled_booking(app, shop, book):
    booking = book()
    booking_service.cancel(booking, reason="changed plans")
    db.session.commit()
    assert app.test_client().get(booking_url(booking, "en", "/voucher")).status_code == 404
