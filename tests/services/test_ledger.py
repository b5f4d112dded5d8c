"""The seat and promo counters follow the bookings, under races, and `bookings check` audits them."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
import sqlalchemy as sa

from tests.partner.conftest import login
from wisata import timeutil
from wisata.extensions import db
from wisata.models import (
    SEAT_HOLDING,
    Booking,
    BookingStatus,
    Departure,
    DepartureStatus,
    PromoCode,
)
from wisata.services import booking as service
from wisata.services import departures as departure_service
from wisata.services import ledger
from wisata.services.booking import BookingError, BookingRequest


def _book(departure, seats=1, n=0, promo="", email=None) -> Booking:
    booking, _ = service.book_seats(BookingRequest(
        departure_id=departure.id, counts={"adult": seats}, contact_name="Ayu",
        contact_email=email or f"t{n}-{departure.id}@example.com", contact_phone="+6281234567890",
        origin_country="ID", origin_province="Jambi", travellers=[f"T{i}" for i in range(seats)],
        promo_code=promo, idempotency_key=f"ledger-{departure.id}-{n}-" + "k" * 12,
    ))
    db.session.commit()
    return booking


def _fresh(model, id_):
    db.session.rollback()  # look at what other transactions wrote
    return db.session.get(model, id_, populate_existing=True)


def _run_in_threads(app, jobs) -> list[BaseException]:
    """Run each job in its own thread and app context, all at once; the errors raised."""
    barrier = threading.Barrier(len(jobs))
    errors: list[BaseException] = []

    def run(job):
        with app.app_context():
            barrier.wait()
            try:
                job()
            except BaseException as error:  # noqa: BLE001 - the test reports every failure
                errors.append(error)
            finally:
                db.session.remove()

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return errors


def test_completed_trip_gives_its_seats_back(make):
    departure = make.departure(capacity=6)
    booking = _book(departure, seats=2)
    service.confirm_payment(booking)
    db.session.commit()
    trip_ended = departure.date + timedelta(days=departure.package.duration_days)

    assert service.complete_past_trips(today=trip_ended) == 1
    assert _fresh(Booking, booking.id).status is BookingStatus.COMPLETED
    assert _fresh(Departure, departure.id).seats_held == 0
    assert ledger.check() == []


@pytest.mark.parametrize("ending", ["cancel", "expire"])
def test_promo_use_is_given_back_when_the_booking_ends(make, ending):
    db.session.add(PromoCode(code="SEKALI", percent_off=10, max_uses=1))
    db.session.commit()
    departure = make.departure(capacity=6)
    booking = _book(departure, promo="sekali")
    with pytest.raises(BookingError, match="promo"):
        _book(departure, n=1, promo="sekali")
    db.session.rollback()

    if ending == "cancel":
        service.cancel(booking)
        db.session.commit()
    else:
        service.expire_holds(now=timeutil.now() + timedelta(days=30))
    assert db.session.scalar(sa.select(PromoCode.used_count)) == 0
    assert _book(departure, n=2, promo="sekali").discount == 50_000
    assert ledger.check() == []


def test_completed_booking_keeps_its_promo_use(make):
    db.session.add(PromoCode(code="HEMAT", percent_off=10))
    db.session.commit()
    departure = make.departure()
    booking = _book(departure, promo="hemat")
    service.confirm_payment(booking)
    db.session.commit()
    service.complete_past_trips(today=departure.date + timedelta(days=5))
    assert _fresh(PromoCode, booking.promo_code_id).used_count == 1
    assert ledger.check() == []


def test_regional_promo_code_applies_only_to_trips_of_its_region(make):
    malang, jambi = make.region("malang"), make.region("jambi")
    db.session.add(PromoCode(code="JAMBI10", percent_off=10, region_id=jambi.id))
    db.session.commit()
    malang_trip = make.departure(make.package(make.organisation(malang)))
    jambi_trip = make.departure(make.package(make.organisation(jambi)))
    joint_trip = make.departure(make.package(make.organisation(malang), co_organisation=make.organisation(jambi),
                                             co_accepted_at=timeutil.now()))

    with pytest.raises(BookingError, match="promo"):
        _book(malang_trip, promo="jambi10")
    db.session.rollback()
    assert _book(jambi_trip, promo="jambi10").discount == 50_000
    assert _book(joint_trip, promo="jambi10").discount == 50_000
    assert _fresh(Departure, malang_trip.id).seats_held == 0


def test_promo_scope_is_shown_on_the_details_step(client, make):
    jambi = make.region("jambi")
    db.session.add(PromoCode(code="JAMBI10", percent_off=10, region_id=jambi.id))
    db.session.commit()
    departure = make.departure()  # a Malang partner's trip
    form = {"contact_name": "Ayu", "contact_email": "ayu@example.com", "contact_phone": "081234567890",
            "origin_country": "ID", "origin_province": "Jambi", "travellers-0": "Ayu",
            "payment_method": "bank_transfer", "accept_policy": "y", "accept_privacy": "y", "idempotency_key": "p" * 24,
            "promo_code": "JAMBI10"}
    for lang, message in (("en", "This promo code is not valid."), ("id", "Kode promo ini tidak berlaku.")):
        response = client.post(f"/{lang}/departures/{departure.id}/book?adult=1", data=form)
        assert response.status_code == 400
        assert message in response.get_data(as_text=True)


@pytest.mark.postgres_only
def test_expiry_and_cancellations_at_once_never_deadlock(app, make):
    """`bookings expire` and travellers cancelling the same departures' bookings at once."""
    departures = [make.departure(make.package(), capacity=40) for _ in range(3)]
    bookings = [_book(departures[n % 3], n=n) for n in range(60)]
    db.session.execute(sa.update(Booking).values(hold_expires_at=timeutil.now() - timedelta(minutes=1)))
    db.session.commit()
    ids = [b.id for b in bookings]

    def cancel_some(chunk):
        def job():
            for booking_id in reversed(chunk):  # against the expiry's order
                try:
                    service.cancel(db.session.get(Booking, booking_id))
                    db.session.commit()
                except BookingError:
                    db.session.rollback()  # expired first
        return job

    jobs = [service.expire_holds, service.expire_holds] + [cancel_some(ids[i::6]) for i in range(6)]
    errors = _run_in_threads(app, jobs)

    assert errors == []
    db.session.rollback()
    statuses = set(db.session.scalars(sa.select(Booking.status)))
    assert statuses <= {BookingStatus.EXPIRED, BookingStatus.CANCELLED}
    assert [_fresh(Departure, d.id).seats_held for d in departures] == [0, 0, 0]
    assert ledger.check() == []


def _booking_form(n: int) -> dict:
    return {
        "contact_name": f"Traveller {n}", "contact_email": f"race{n}@example.com",
        "contact_phone": "+6281234567890", "origin_country": "ID", "origin_province": "Jambi",
        "payment_method": "bank_transfer", "accept_policy": "y", "accept_privacy": "y", "travellers-0": f"Traveller {n}",
        "idempotency_key": f"race-{n:04d}-" + "x" * 12, "confirm": "1",
    }


def test_departure_cancelled_while_bookings_pour_in(app, make):
    agency = make.organisation()
    departure = make.departure(make.package(agency), capacity=40)
    departure_id = departure.id  # the threads must not touch this session's objects
    for n in range(3):
        _book(departure, n=100 + n)
    partner = app.test_client()
    login(partner, make.member(agency))
    answers = []

    def book(n):
        def job():
            response = app.test_client().post(f"/en/departures/{departure_id}/book?adult=1", data=_booking_form(n))
            answers.append(response.status_code)
        return job

    def cancel():
        response = partner.post(f"/en/partner/departures/{departure_id}/cancel", data={"reason": "Erupsi Bromo"})
        answers.append(response.status_code)

    errors = _run_in_threads(app, [book(n) for n in range(10)] + [cancel])

    assert errors == []
    assert 500 not in answers and set(answers) <= {302, 303, 409}
    assert _fresh(Departure, departure_id).status is DepartureStatus.CANCELLED
    assert db.session.get(Departure, departure_id).seats_held == 0
    holding = db.session.scalars(sa.select(Booking).where(Booking.status.in_(SEAT_HOLDING))).all()
    assert holding == []
    assert ledger.check() == []


def test_booking_arriving_during_a_departure_cancellation_is_refused(app, make, monkeypatch):
    """A booking sent after the cancellation has read the departure's bookings: it must not
    slip in between and keep its seats on the cancelled departure."""
    departure = make.departure(capacity=10)
    departure_id = departure.id
    _book(departure)
    cancel_booking, late = service.cancel, {}

    def cancel_while_someone_books(booking, **kwargs):
        if not late:  # once, in the middle of the departure's cancellation
            def book():
                response = app.test_client().post(f"/en/departures/{departure_id}/book?adult=1",
                                                  data=_booking_form(1))
                late["status"] = response.status_code
            late["thread"] = threading.Thread(target=book)
            late["thread"].start()
            late["thread"].join(timeout=2)  # it waits for the departure's lock, if it is taken
        return cancel_booking(booking, **kwargs)

    monkeypatch.setattr(service, "cancel", cancel_while_someone_books)
    departure_service.cancel(departure, None, "Erupsi Bromo")
    db.session.commit()
    late["thread"].join(timeout=60)

    assert late["status"] == 409
    assert _fresh(Departure, departure_id).seats_held == 0
    assert db.session.scalars(sa.select(Booking.status)).all() == [BookingStatus.CANCELLED]
    assert ledger.check() == []


def test_departure_cancelled_meanwhile_cannot_be_reopened(app, make):
    departure = make.departure()
    departure.status  # noqa: B018 - the partner's page has loaded it, open
    with db.engine.begin() as other:  # another request cancels it meanwhile
        other.execute(sa.update(Departure).values(status=DepartureStatus.CANCELLED))
    with pytest.raises(departure_service.DepartureError):
        departure_service.set_status(departure, DepartureStatus.OPEN)
    assert _fresh(Departure, departure.id).status is DepartureStatus.CANCELLED


def _corrupt(make):
    db.session.add(PromoCode(code="BROMO10", percent_off=10))
    db.session.commit()
    departure = make.departure(make.package(slug="bromo-sunrise"), capacity=10)
    _book(departure, seats=2, promo="bromo10")
    kept = make.departure(capacity=10)
    _book(kept, seats=3)
    db.session.execute(sa.update(Departure).where(Departure.id == departure.id).values(seats_held=7))
    db.session.execute(sa.update(PromoCode).values(used_count=4))
    db.session.commit()
    return departure, kept


def test_check_reports_drift_and_fails(runner, make):
    departure, _ = _corrupt(make)
    result = runner.invoke(args=["bookings", "check"])
    assert result.exit_code == 1
    assert f"departure {departure.id} (bromo-sunrise {departure.date.isoformat()})" in result.output
    assert "seats_held stored 7, recomputed 2" in result.output
    promo_id = db.session.scalar(sa.select(PromoCode.id).where(PromoCode.code == "BROMO10"))
    assert f"promo {promo_id} (BROMO10): used_count stored 4, recomputed 1" in result.output
    assert "2 drifted counter(s) found" in result.output
    assert _fresh(Departure, departure.id).seats_held == 7  # nothing changed


def test_check_fix_repairs_the_counters(runner, make):
    departure, kept = _corrupt(make)
    result = runner.invoke(args=["bookings", "check", "--fix"])
    assert result.exit_code == 0, result.output
    assert "2 drifted counter(s) repaired" in result.output
    assert _fresh(Departure, departure.id).seats_held == 2
    assert db.session.get(Departure, kept.id).seats_held == 3
    assert db.session.scalar(sa.select(PromoCode.used_count)) == 1
    again = runner.invoke(args=["bookings", "check"])
    assert again.exit_code == 0 and "No drift" in again.output
