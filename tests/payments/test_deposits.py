"""Deposits: a package asks for a share of the total to confirm, the balance is due some days
before departure, with one reminder; an unpaid balance cancels under the package's policy."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
import sqlalchemy as sa

from tests.payments.conftest import booking_url
from wisata import jobs
from wisata.extensions import db
from wisata.models import Booking, BookingStatus, CancellationPolicy, Departure, Package, Payment
from wisata.services import booking as booking_service
from wisata.services import deposits, ledger, money


def _deposit(shop, percent=30, days=14):
    shop["package"].deposit_percent, shop["package"].balance_due_days = percent, days
    db.session.commit()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_partner_sets_a_deposit_per_package(shop, owner_client, lang):
    package = shop["package"]
    response = owner_client.post(f"/{lang}/partner/payment-methods",
                                 data={f"deposit-{package.id}": "30", f"balance_days-{package.id}": "14"})
    assert response.status_code == 303
    db.session.expire_all()
    assert (db.session.get(Package, package.id).deposit_percent, db.session.get(Package, package.id).balance_due_days) == (30, 14)


@pytest.mark.parametrize("values", [("5", "14"), ("30", ""), ("", "14"), ("95", "14"), ("30", "0"), ("abc", "3"),
                                    ("30", "9" * 12)])
def test_bad_deposit_terms_are_refused_and_change_nothing(shop, owner_client, values):
    package = shop["package"]
    response = owner_client.post("/en/partner/payment-methods",
                                 data={f"deposit-{package.id}": values[0], f"balance_days-{package.id}": values[1]})
    assert response.status_code == 400 and 'role="alert"' in response.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(Package, package.id).deposit_percent is None


@pytest.mark.parametrize("lang", ["id", "en"])
def test_deposit_confirms_then_the_balance_pays_in_full(app, shop, book, owner_client, mailbox, lang):
    _deposit(shop)
    booking = book(lang=lang)
    assert booking.deposit_amount == 750_000 and booking.balance_due_on == shop["departure"].date - timedelta(days=14)
    code = booking.transfer_amount - booking.total
    traveller = app.test_client()
    page = traveller.get(booking_url(booking, lang)).get_data(as_text=True)
    assert f'data-copy="{750_000 + code}"' in page

    owner_client.post(f"/{lang}/partner/bookings/{booking.code}/paid")
    db.session.expire_all()
    confirmed = db.session.get(Booking, booking.id)
    assert confirmed.status is BookingStatus.CONFIRMED and confirmed.paid_at is None
    assert confirmed.amount_paid == 750_000 + code and money.outstanding(confirmed) == 1_750_000
    assert traveller.get(booking_url(booking, lang, "/voucher")).status_code == 200
    [mail] = mailbox.to("ayu@example.com")
    assert ("Rp\xa01.750.000" if lang == "id" else "IDR\xa01,750,000") in mailbox.body(mail)
    assert 'data-copy="1750000"' in traveller.get(booking_url(booking, lang)).get_data(as_text=True)

    owner_client.post(f"/{lang}/partner/bookings/{booking.code}/paid", data={"reference": "balance"})
    db.session.expire_all()
    paid = db.session.get(Booking, booking.id)
    assert [p.amount for p in paid.payments] == [750_000 + code, 1_750_000]
    assert paid.paid_at is not None and money.outstanding(paid) == 0 and money.check() == []
    assert owner_client.post(f"/{lang}/partner/bookings/{booking.code}/paid").status_code == 303  # nothing more
    assert db.session.scalar(sa.select(sa.func.count(Payment.id))) == 2


def test_a_booking_made_after_the_balance_date_pays_in_full(make, shop, book):
    _deposit(shop, days=14)
    booking = book(departure=make.departure(shop["package"], days_ahead=10))
    assert booking.deposit_amount is None and booking.balance_due_on is None
    assert money.due_now(booking) == booking.transfer_amount


def test_one_reminder_before_the_balance_is_due(shop, book, mailbox):
    _deposit(shop)
    booking = book()
    booking_service.confirm_payment(booking)
    db.session.commit()
    due = booking.balance_due_on
    assert deposits.send_reminders(today=due - timedelta(days=deposits.REMINDER_DAYS + 1)) == 0
    assert deposits.send_reminders(today=due - timedelta(days=deposits.REMINDER_DAYS)) == 1
    assert deposits.send_reminders(today=due - timedelta(days=1)) == 0  # once per booking
    jobs.dispatch_committed()  # in production the outbox's sweep sends them
    [reminder] = [m for m in mailbox.to("ayu@example.com") if "balance" in m["Subject"]]
    assert "1,750,000" in reminder["Subject"] and "8610123456" in mailbox.body(reminder)


def test_an_unpaid_balance_cancels_under_the_policy(shop, book, mailbox):
    shop["package"].cancellation_policy = CancellationPolicy.STRICT  # 50% back 14 to 29 days before
    _deposit(shop, days=20)
    booking, settled = book(email="late@example.com"), book(email="ontime@example.com")
    for made in (booking, settled):
        booking_service.confirm_payment(made)
        db.session.commit()
    booking_service.confirm_payment(settled)  # the balance too
    db.session.commit()
    due = booking.balance_due_on
    assert deposits.cancel_overdue(today=due) == 0
    assert deposits.cancel_overdue(today=due + timedelta(days=1)) == 1
    jobs.dispatch_committed()
    db.session.expire_all()
    cancelled = db.session.get(Booking, booking.id)
    # Cancelled 19 days before departure: half of what was paid (the deposit) back.
    assert cancelled.status is BookingStatus.CANCELLED and cancelled.refund_amount == cancelled.amount_paid // 2
    assert db.session.get(Booking, settled.id).status is BookingStatus.CONFIRMED
    assert db.session.get(Departure, shop["departure"].id).seats_held == settled.seats
    assert ledger.check() == [] and money.check() == []
    assert any("balance was not paid" in m["Subject"] for m in mailbox.to("late@example.com"))
    assert mailbox.to("ops@tengger.example.com")


def test_the_statement_proposes_the_deposit(shop, book, owner_client):
    _deposit(shop)
    booking = book()
    deposit = money.due_now(booking)
    data = f"Tanggal,Keterangan,Kredit\n01/12/2026,TRSF CR AYU,{deposit}\n".encode()
    page = owner_client.post("/en/partner/statement", data={"statement": (io.BytesIO(data), "m.csv")},
                             content_type="multipart/form-data").get_data(as_text=True)
    assert f'value="{booking.code}:{deposit}"' in page
    owner_client.post("/en/partner/statement/confirm", data={"match": f"{booking.code}:{deposit}"})
    db.session.expire_all()
    assert db.session.get(Booking, booking.id).status is BookingStatus.CONFIRMED


def test_the_reminder_and_overdue_tasks_are_scheduled(app):
    from wisata import housekeeping  # noqa: F401 - registers the tasks
    from wisata.scheduler import TASKS

    assert {"balance-reminders", "overdue-balances"} <= set(TASKS)
