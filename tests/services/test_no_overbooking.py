"""No departure is ever overbooked: concurrent requests against a real database."""

from __future__ import annotations

import threading

import pytest
import sqlalchemy as sa

from wisata.extensions import db
from wisata.models import Booking, BookingStatus, Departure
from wisata.services.ledger import seats_held_by_bookings


def _form(n: int, seats: int) -> dict:
    form = {
        "contact_name": f"Traveller {n}", "contact_email": f"t{n}@example.com",
        "contact_phone": "+6281234567890", "origin_country": "ID", "origin_province": "Jambi",
        "payment_method": "bank_transfer", "accept_policy": "y", "accept_privacy": "y",
        "idempotency_key": f"concurrent-{n:04d}-" + "x" * 12, "confirm": "1",
    }
    for i in range(seats):
        form[f"travellers-{i}"] = f"Traveller {n}.{i}"
    return form


def _fire(app, departure_id: int, requests: int, seats: int) -> list[tuple[int, str]]:
    """Send `requests` bookings at once from separate threads; (status, body) of each."""
    barrier = threading.Barrier(requests)
    results: list[tuple[int, str]] = [None] * requests  # type: ignore[list-item]

    def book(n: int) -> None:
        client = app.test_client()
        barrier.wait()
        response = client.post(f"/en/departures/{departure_id}/book?adult={seats}", data=_form(n, seats))
        results[n] = (response.status_code, response.get_data(as_text=True))

    threads = [threading.Thread(target=book, args=(n,)) for n in range(requests)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


@pytest.mark.parametrize(("capacity", "requests", "seats"), [(3, 24, 1), (7, 16, 2)])
def test_last_seats_are_sold_once(app, make, capacity, requests, seats):
    departure = make.departure(capacity=capacity)
    departure_id = departure.id
    db.session.commit()

    results = _fire(app, departure_id, requests, seats)

    sold = [r for r in results if r[0] == 302]
    refused = [r for r in results if r[0] != 302]
    assert len(sold) == capacity // seats
    assert all(status == 409 for status, _ in refused), {s for s, _ in refused}
    assert all("sold out" in body or "only 1 seats are left" in body for _, body in refused)

    db.session.rollback()  # end the test's read snapshot: look at what the threads wrote
    held = db.session.get(Departure, departure_id).seats_held
    assert held == seats * len(sold) <= capacity
    assert held == seats_held_by_bookings(departure_id)
    statuses = db.session.scalars(sa.select(Booking.status).where(Booking.departure_id == departure_id)).all()
    assert statuses == [BookingStatus.PENDING_PAYMENT] * len(sold)


def test_same_form_sent_at_once_from_many_threads_makes_one_booking(app, make):
    departure = make.departure(capacity=10)
    departure_id = departure.id
    barrier = threading.Barrier(8)
    answers = []

    def submit():
        client = app.test_client()
        barrier.wait()
        response = client.post(f"/en/departures/{departure_id}/book?adult=1", data=_form(1, 1))
        answers.append((response.status_code, response.get_data(as_text=True)))

    threads = [threading.Thread(target=submit) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    db.session.rollback()  # end the test's read snapshot: look at what the threads wrote
    assert db.session.scalar(sa.select(sa.func.count(Booking.id))) == 1
    assert db.session.get(Departure, departure_id).seats_held == 1
    # One browser made the booking; the others (other browsers) are told it exists, no more.
    code = db.session.scalar(sa.select(Booking.code))
    assert sorted(status for status, _ in answers) == [200] * 7 + [302]
    assert all("already made" in body and code not in body for status, body in answers if status == 200)
