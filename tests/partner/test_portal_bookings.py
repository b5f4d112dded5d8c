"""The portal's bookings list (soonest departure first, paged, filtered by departure dates)
and the manifest (one total per booking, a column to tick who is present)."""

from __future__ import annotations

import csv
import io
import re
from datetime import timedelta

import pytest

from tests.factories import future
from tests.partner.conftest import login
from wisata import timeutil
from wisata.extensions import db
from wisata.models import PaymentMethod
from wisata.partner.bookings import PER_PAGE
from wisata.services import booking as booking_service
from wisata.services.booking import BookingRequest

CODE = re.compile(r'class="code" href="[^"]*/bookings/([A-Z0-9-]+)"')


def _book(departure, name: str, travellers: int = 1):
    booking, _new = booking_service.book_seats(BookingRequest(
        departure_id=departure.id, counts={"adult": travellers}, contact_name=name,
        contact_email=f"{name.lower().replace(' ', '.')}@example.com", contact_phone="+6281234567890",
        origin_country="ID", origin_province="Jawa Timur",
        travellers=[f"{name} {n}" for n in range(1, travellers + 1)],
        payment_method=PaymentMethod.BANK_TRANSFER, idempotency_key=f"key-{name}".ljust(20, "x"),
    ))
    db.session.commit()
    return booking


def _move_to_past(departure, days_ago: int) -> None:
    departure.date = timeutil.today() - timedelta(days=days_ago)
    db.session.commit()


@pytest.fixture
def owner_client(app, partners):
    client = app.test_client()
    login(client, partners["owner"])
    return client


def _codes(client, query: str = "", lang: str = "en") -> list[str]:
    response = client.get(f"/{lang}/partner/bookings{query}")
    assert response.status_code == 200
    return CODE.findall(response.get_data(as_text=True))


def test_bookings_list_upcoming_soonest_first_then_past_most_recent_first(make, partners, owner_client):
    package = make.package(partners["ours"], max_group=30)
    far = _book(make.departure(package, days_ahead=60), "Far Away")
    next_week = _book(make.departure(package, days_ahead=7), "Next Week")
    long_ago_departure = make.departure(package, days_ahead=3)
    long_ago = _book(long_ago_departure, "Long Ago")
    last_week_departure = make.departure(package, days_ahead=4)
    last_week = _book(last_week_departure, "Last Week")
    _move_to_past(long_ago_departure, 90)
    _move_to_past(last_week_departure, 7)

    assert _codes(owner_client) == [next_week.code, far.code, last_week.code, long_ago.code]


def test_bookings_are_paged_and_filters_survive_paging(make, partners, owner_client):
    departure = make.departure(make.package(partners["ours"], max_group=60), capacity=60)
    made = [_book(departure, f"Traveller {n:02d}").code for n in range(PER_PAGE + 2)]

    first, second = _codes(owner_client), _codes(owner_client, "?page=2")

    assert len(first) == PER_PAGE and len(second) == 2
    assert sorted(first + second) == sorted(made)
    page = owner_client.get("/id/partner/bookings?status=pending_payment").get_data(as_text=True)
    assert "status=pending_payment" in page and "page=2" in page  # the next link keeps the filter
    assert _codes(owner_client, "?page=99") == []


def test_bookings_filtered_by_departure_dates(make, partners, owner_client):
    package = make.package(partners["ours"])
    soon = _book(make.departure(package, days_ahead=5), "Soon")
    later = _book(make.departure(package, days_ahead=40), "Later")
    start, end = future(30).isoformat(), future(50).isoformat()

    assert _codes(owner_client, f"?date_from={start}") == [later.code]
    assert _codes(owner_client, f"?date_to={start}") == [soon.code]
    assert _codes(owner_client, f"?date_from={start}&date_to={end}&q=later") == [later.code]
    assert _codes(owner_client, f"?date_from={start}&q=soon") == []


@pytest.mark.parametrize("query", ["?date_from=2027-02-30", "?date_to=tomorrow", "?date_from=2027-05-02&date_to=2027-05-01",
                                   "?page=0", "?page=x", "?date_from=%00"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_bad_dates_or_pages_get_a_localized_400(owner_client, query, lang):
    response = owner_client.get(f"/{lang}/partner/bookings{query}")

    assert response.status_code == 400
    assert f'lang="{lang}"' in response.get_data(as_text=True)


def test_indonesian_date_range_error_is_in_indonesian(owner_client):
    page = owner_client.get("/id/partner/bookings?date_from=2027-05-02&date_to=2027-05-01").get_data(as_text=True)

    assert "Tanggal akhir" in page or "tanggal akhir" in page


def test_manifest_shows_each_bookings_total_once_and_a_present_column(make, partners, owner_client):
    departure = make.departure(make.package(partners["ours"], prices={"adult": 650_000}), capacity=10)
    _book(departure, "Ayu Lestari", travellers=3)
    _book(departure, "Budi Santoso", travellers=2)

    page = owner_client.get(f"/id/partner/departures/{departure.id}/manifest").get_data(as_text=True)

    assert page.count('class="booking-total"') == 2
    assert page.count("1.950.000") == 1 and page.count("1.300.000") == 1
    assert "Hadir" in page and page.count('class="tick-box"') == 5


def test_manifest_csv_carries_each_bookings_total_on_its_first_row_only(make, partners, owner_client):
    departure = make.departure(make.package(partners["ours"], prices={"adult": 650_000}), capacity=10)
    _book(departure, "Ayu Lestari", travellers=3)
    _book(departure, "Budi Santoso", travellers=2)

    body = owner_client.get(f"/en/partner/departures/{departure.id}/manifest.csv").get_data(as_text=True)

    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff"))))[1:]
    assert len(rows) == 5
    assert sum(int(row[7]) for row in rows if row[7]) == 5 * 650_000
    assert [bool(row[7]) for row in rows] == [True, False, False, True, False]
