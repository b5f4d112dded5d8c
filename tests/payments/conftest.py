"""Payment fixtures: a partner with an owner, a bookable trip, and a booking helper."""

from __future__ import annotations

import itertools

import pytest

from tests.partner.conftest import login
from wisata.extensions import db
from wisata.models import CancellationPolicy, MemberRole, PaymentMethod
from wisata.services import access
from wisata.services import booking as booking_service
from wisata.services.booking import BookingRequest

_keys = itertools.count(1)


@pytest.fixture
def shop(make):
    """A verified partner in Malang with its owner, a published package and a departure."""
    organisation = make.organisation(make.region("malang"), name="Tengger Trails", email="ops@tengger.example.com",
                                     bank_name="BCA", bank_account_number="8610123456",
                                     bank_account_holder="PT Tengger Trails")
    owner = make.member(organisation, MemberRole.OWNER, email="owner@tengger.example.com", name="Rina Owner")
    package = make.package(organisation, max_group=20, pay_at_meeting_point=True,
                           cancellation_policy=CancellationPolicy.MODERATE,
                           prices={"adult": 1_250_000, "child": 750_000})
    departure = make.departure(package, days_ahead=30, capacity=20)
    return {"organisation": organisation, "owner": owner, "package": package, "departure": departure}


@pytest.fixture
def book(shop):
    def book(adults: int = 2, lang: str = "en", method: PaymentMethod = PaymentMethod.BANK_TRANSFER,
             email: str = "ayu@example.com", departure=None):
        booking, _new = booking_service.book_seats(BookingRequest(
            departure_id=(departure or shop["departure"]).id, counts={"adult": adults},
            contact_name="Ayu Lestari", contact_email=email, contact_phone="+6281234567890",
            origin_country="ID", origin_province="Jambi", travellers=[f"Traveller {n}" for n in range(adults)],
            locale=lang, payment_method=method, idempotency_key=f"pay-{next(_keys)}".ljust(20, "x"),
        ))
        db.session.commit()
        return booking
    return book


@pytest.fixture
def owner_client(app, shop):
    client = app.test_client()
    login(client, shop["owner"])
    return client


def booking_url(booking, lang: str = "en", suffix: str = "") -> str:
    return f"/{lang}/bookings/{booking.code}{suffix}?t={access.booking_token(booking)}"
