"""The partner dashboard and bookings list at any size: a fixed number of queries however
many bookings the partner has, and never a booking of another partner in a figure or a list."""

from __future__ import annotations

import re
from itertools import count

import pytest

from tests.partner.conftest import login
from tests.public.test_query_counts import count_queries
from wisata import timeutil
from wisata.extensions import db
from wisata.models import PaymentMethod
from wisata.services import booking as booking_service
from wisata.services import reports
from wisata.services.booking import BookingRequest

CODE = re.compile(r'href="/(?:en|id)/partner/bookings/([A-Z0-9-]+)"')
ADULT = 500_000  # the factory's adult price
_keys = count(1)

PAGES = ("/en/partner/", "/en/partner/bookings", "/en/partner/bookings?status=pending_payment",
         "/en/partner/bookings?status=confirmed", "/id/partner/bookings?q=tamu")


def _book(departure, name: str, travellers: int = 1, paid: bool = False):
    booking, _new = booking_service.book_seats(BookingRequest(
        departure_id=departure.id, counts={"adult": travellers}, contact_name=name,
        contact_email=f"tamu{next(_keys)}@example.com", contact_phone="+6281234567890",
        origin_country="ID", origin_province="Jambi", travellers=[f"{name} {n}" for n in range(travellers)],
        payment_method=PaymentMethod.BANK_TRANSFER, idempotency_key=f"scale-{next(_keys)}".ljust(20, "x"),
    ))
    if paid:
        booking_service.confirm_payment(booking)
    db.session.commit()
    return booking


def _costs(client) -> dict[str, int]:
    costs = {}
    for page in PAGES:
        client.get(page)  # the same state for each count (sessions touched, caches warm)
        with count_queries() as statements:
            response = client.get(page)
        assert response.status_code == 200, page
        costs[page] = len(statements)
    return costs


@pytest.fixture
def owner_client(app, partners):
    client = app.test_client()
    login(client, partners["owner"])
    return client


def test_dashboard_and_bookings_list_cost_the_same_with_5_and_50_bookings(make, partners, owner_client):
    ours, theirs = partners["ours"], partners["theirs"]
    packages = [make.package(ours, max_group=30),
                make.package(theirs, co_organisation_id=ours.id, co_accepted_at=timeutil.now(), max_group=30)]
    departures = [make.departure(package, days_ahead=days, capacity=60)
                  for package in packages for days in (5, 12, 40)]
    for n in range(5):
        _book(departures[n % len(departures)], f"Tamu {n}", paid=n % 2 == 0)
    few = _costs(owner_client)

    for n in range(5, 50):
        _book(departures[n % len(departures)], f"Tamu {n}", travellers=1 + n % 2, paid=n % 3 == 0)
    many = _costs(owner_client)

    assert many == few
    assert len(set(CODE.findall(owner_client.get("/en/partner/bookings?page=2").get_data(as_text=True)))) == 25
    assert max(few.values()) <= 12


def test_bookings_of_other_partners_are_never_counted(app, make, partners, owner_client):
    ours, theirs = partners["ours"], partners["theirs"]
    own = make.departure(make.package(ours), days_ahead=10, capacity=30)
    # A joint package we co-run (accepted): its bookings are ours to see as well.
    co_run = make.departure(make.package(theirs, co_organisation_id=ours.id, co_accepted_at=timeutil.now()),
                            days_ahead=11, capacity=30)
    # A joint package we were invited to and have not accepted: not ours yet.
    invited = make.departure(make.package(theirs, co_organisation_id=ours.id), days_ahead=12, capacity=30)
    foreign = make.departure(make.package(theirs), days_ahead=13, capacity=30)

    mine = [_book(own, "Kami Satu"), _book(own, "Kami Dua", travellers=2, paid=True), _book(co_run, "Kami Tiga")]
    others = [_book(invited, "Lain Satu"), _book(foreign, "Lain Dua", travellers=3),
              _book(foreign, "Lain Tiga", paid=True)]

    assert reports.partner_month(ours) == reports.MonthFigures(
        bookings=3, travellers=4, revenue=2 * ADULT, awaiting_payment=2 * ADULT)
    assert reports.partner_month(theirs) == reports.MonthFigures(
        bookings=4, travellers=6, revenue=ADULT, awaiting_payment=5 * ADULT)

    dashboard = owner_client.get("/en/partner/").get_data(as_text=True)
    assert set(CODE.findall(dashboard)) == {mine[0].code, mine[2].code}  # awaiting payment
    listed = set(CODE.findall(owner_client.get("/en/partner/bookings").get_data(as_text=True)))
    assert listed == {b.code for b in mine}
    confirmed = set(CODE.findall(owner_client.get("/en/partner/bookings?status=confirmed").get_data(as_text=True)))
    assert confirmed == {mine[1].code}
    for booking in others:
        assert owner_client.get(f"/en/partner/bookings/{booking.code}").status_code == 404

    their_client = app.test_client()
    login(their_client, partners["other"])
    theirs_listed = set(CODE.findall(their_client.get("/en/partner/bookings").get_data(as_text=True)))
    assert theirs_listed == {mine[2].code, *(b.code for b in others)}  # they provide the joint package
