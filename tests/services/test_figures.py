"""The cooperation's figures, checked number by number on bookings built for the purpose.

The scenario (period January to May 2027, "today" 15 June 2027):
- Malang: agency "Bromo Trails" provides P1 (Bromo, 1 day) and the joint P2 (Jodipan and
  Muaro Jambi, 3 days, 2 nights on the itinerary) co-provided by the Jambi hotel "Hotel
  Batanghari" (accepted). The hotel provides P3 (Muaro Jambi, 1 night as the package's
  duration, the days give none), with a Malang agency invited as co-provider but not accepted.
- Bookings in February, March, April and May (none in January), one on each side of the WIB
  month boundary, a cancellation after paying with a partial refund, an unpaid cancellation,
  an expired and a pending booking, and bookings before and after the period.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa

from wisata.extensions import db
from wisata.models import (
    Booking,
    BookingStatus,
    Campaign,
    DepartureStatus,
    Event,
    EventKind,
    ItineraryStop,
    OrganisationKind,
    PromoCode,
)
from wisata.services.reporting.figures import Period, Row, Totals, compute

PERIOD = Period(date(2027, 1, 1), date(2027, 5, 1))
TODAY = date(2027, 6, 15)
MONTHS = [date(2027, m, 1) for m in range(1, 6)]


def utc(*parts) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def _booking(departure, created_at, status, seats, total, origin=("ID", None), refund=0, paid=True,
             **fields) -> Booking:
    country, province = origin
    booking = Booking(
        code=f"B{next(_codes):07d}", departure=departure, status=status, seats=seats,
        contact_name="Ayu", contact_email="ayu@example.com", contact_phone="+6281234567890",
        origin_country=country, origin_province=province, subtotal=total, total=total,
        refund_amount=refund, paid_at=created_at if paid else None, created_at=created_at, **fields,
    )
    db.session.add(booking)
    return booking


_codes = iter(range(1, 10**7))


@pytest.fixture
def world(make):
    malang, jambi = make.region("malang"), make.region("jambi")
    bromo = make.attraction(malang, slug="bromo", name={"id": "Gunung Bromo", "en": "Mount Bromo"})
    jodipan = make.attraction(malang, slug="jodipan", name={"id": "Kampung Jodipan", "en": "Jodipan Village"})
    muaro = make.attraction(jambi, slug="muaro-jambi", name={"id": "Candi Muaro Jambi", "en": "Muaro Jambi Temples"})
    agency = make.organisation(malang, slug="bromo-trails", name="Bromo Trails")
    hotel = make.organisation(jambi, slug="hotel-batanghari", name="Hotel Batanghari", kind=OrganisationKind.HOTEL)
    make.organisation(jambi, slug="jambi-tours", name="Jambi Tours")  # no packages: in no figure
    other_malang = make.organisation(malang, slug="arema-travel", name="Arema Travel")

    p1 = make.package(agency, [bromo], slug="p1", title={"id": "Paket Bromo", "en": "Bromo Tour"})
    p2 = make.package(agency, [jodipan, muaro], slug="p2", duration_days=3, co_organisation=hotel,
                      co_accepted_at=utc(2026, 12, 1), title={"id": "Paket Malang–Jambi", "en": "Malang–Jambi Tour"})
    p2.days[0].nights = p2.days[1].nights = 1
    # Muaro Jambi again on day 2: a booking still visits it once.
    p2.days[1].stops = [ItineraryStop(attraction=muaro, position=0)]
    p3 = make.package(hotel, [muaro], slug="p3", duration_days=2, duration_nights=1, co_organisation=other_malang,
                      title={"id": "Menginap di Jambi", "en": "Stay in Jambi"})

    d1 = make.departure(p1, date=date(2027, 4, 20), capacity=10)
    d2 = make.departure(p2, date=date(2027, 5, 10), capacity=20)
    d3 = make.departure(p3, date=date(2027, 8, 1), capacity=10)            # after today: not run
    d5 = make.departure(p1, date=date(2027, 5, 1), capacity=10)            # only an expired booking
    d6 = make.departure(p1, date=date(2027, 5, 2), capacity=10, status=DepartureStatus.CANCELLED)

    campaign = Campaign(slug="jelajah", title={"id": "Jelajah Malang–Jambi", "en": "Explore Malang–Jambi"},
                        region=malang)
    fair = Event(slug="pameran", region=jambi, kind=EventKind.FAIR, title={"id": "Pameran Wisata", "en": "Travel Fair"},
                 starts_at=utc(2027, 3, 1), ends_at=utc(2027, 3, 3))
    promo = PromoCode(code="JELAJAH10", percent_off=10)
    db.session.add_all([campaign, fair, promo])
    db.session.flush()

    confirmed, completed = BookingStatus.CONFIRMED, BookingStatus.COMPLETED
    cancelled = BookingStatus.CANCELLED
    _booking(d1, utc(2027, 2, 10, 3), confirmed, 2, 1_000_000, ("ID", "Jambi"))
    _booking(d1, utc(2027, 3, 31, 16, 59), completed, 3, 1_500_000, ("ID", "Jawa Timur"))     # 23:59 WIB: March
    _booking(d2, utc(2027, 3, 31, 17, 30), confirmed, 4, 4_000_000, ("ID", "Jawa Timur"),    # 00:30 WIB: April
             referral_kind="campaign_page", referral_campaign_id=campaign.id, promo_code=promo)
    _booking(d2, utc(2027, 4, 15, 5), confirmed, 3, 3_000_000, ("ID", "Jambi"),
             referral_kind="fair_kit", referral_campaign_id=campaign.id, referral_event_id=fair.id)
    _booking(d2, utc(2027, 4, 20, 5), cancelled, 2, 2_000_000, ("MY", None), refund=1_000_000,
             referral_kind="campaign_page", referral_campaign_id=campaign.id, promo_code=promo)
    _booking(d5, utc(2027, 4, 2, 5), BookingStatus.EXPIRED, 1, 500_000, ("ID", "Jambi"), paid=False)
    _booking(d3, utc(2027, 5, 5, 5), BookingStatus.PENDING_PAYMENT, 2, 1_200_000, ("ID", "Jambi"), paid=False)
    _booking(d3, utc(2027, 5, 6, 5), confirmed, 3, 1_800_000, ("SG", None),
             referral_kind="event_page", referral_event_id=fair.id, promo_code=promo)
    _booking(d3, utc(2027, 5, 7, 5), cancelled, 1, 600_000, ("ID", "Jambi"), paid=False)
    _booking(d6, utc(2027, 2, 1, 5), cancelled, 2, 1_000_000, ("ID", "Bali"), refund=1_000_000)
    _booking(d1, utc(2026, 12, 31, 16), confirmed, 1, 500_000, ("ID", "Bali"))     # 23:00 WIB: December
    _booking(d3, utc(2027, 5, 31, 17), confirmed, 1, 600_000, ("ID", "Bali"))      # 00:00 WIB: June
    db.session.commit()
    return {"malang": malang.id, "jambi": jambi.id, "campaign": campaign, "fair": fair}


def _figures(world, *regions, lang="en"):
    return compute(PERIOD, tuple(world[r] for r in regions), lang, today=TODAY)


EMPTY = Totals()
FEBRUARY = Totals(bookings=1, travellers=2, revenue=1_000_000, cancellations=1, refunds=1_000_000,
                  lead_days_total=69, travellers_jambi_to_malang=2)
MARCH = Totals(bookings=1, travellers=3, revenue=1_500_000, lead_days_total=20)
APRIL = Totals(bookings=2, travellers=7, revenue=8_000_000, cancellations=1, refunds=1_000_000, joint_bookings=2,
               lead_days_total=39 + 25, departures_run=1, departure_travellers=6, departure_capacity=10,
               travellers_jambi_to_malang=3, travellers_east_java_to_jambi=4, room_nights=8)
APRIL_WITHOUT_P1_DEPARTURE = Totals(**{**APRIL.__dict__, "departures_run": 0, "departure_travellers": 0,
                                       "departure_capacity": 0})
MAY_P2_DEPARTURE = Totals(departures_run=1, departure_travellers=7, departure_capacity=20)
MAY = Totals(bookings=1, travellers=3, revenue=1_800_000, lead_days_total=87, room_nights=2, departures_run=1,
             departure_travellers=7, departure_capacity=20)


def test_every_month_of_both_regions(world):
    figures = _figures(world, "malang", "jambi")

    assert figures.months == list(zip(MONTHS, [EMPTY, FEBRUARY, MARCH, APRIL, MAY], strict=True))


def test_totals_of_both_regions(world):
    totals = _figures(world, "malang", "jambi").totals

    assert totals == Totals(
        bookings=5, travellers=15, revenue=12_300_000, cancellations=2, refunds=2_000_000, joint_bookings=2,
        lead_days_total=69 + 20 + 64 + 87, departures_run=2, departure_travellers=13, departure_capacity=30,
        travellers_jambi_to_malang=5, travellers_east_java_to_jambi=4, room_nights=10,
    )
    assert (totals.cancellation_rate, totals.average_group, totals.average_lead_days) == (2 / 7, 3, 48)
    assert (totals.fill_rate, totals.joint_share) == (13 / 30, 2 / 5)


def test_a_booking_counts_in_the_wib_month_it_was_made(world):
    months = dict(_figures(world, "malang", "jambi").months)

    # 2027-03-31 16:59Z is 23:59 WIB (March), 17:30Z is 00:30 WIB on 1 April.
    assert (months[date(2027, 3, 1)].travellers, months[date(2027, 4, 1)].travellers) == (3, 7)


def test_own_region_counts_its_providers_and_accepted_co_providers_packages(world):
    malang = _figures(world, "malang")
    jambi = _figures(world, "jambi")

    # Malang: P1 and P2 (its agency provides both); P3's Malang co-provider has not accepted.
    assert malang.months == list(zip(MONTHS, [EMPTY, FEBRUARY, MARCH, APRIL, MAY_P2_DEPARTURE], strict=True))
    # Jambi: P2 (its hotel co-provides) and P3.
    assert jambi.months == list(zip(MONTHS, [EMPTY, EMPTY, EMPTY, APRIL_WITHOUT_P1_DEPARTURE, MAY], strict=True))
    assert [row.key for row in malang.partners] == ["bromo-trails"]
    assert jambi.partners == [Row("hotel-batanghari", "Hotel Batanghari", 3, 10, 9_800_000)]
    assert [row.key for row in malang.packages] == ["p2", "p1"]
    assert [row.key for row in jambi.packages] == ["p2", "p3"]


def test_breakdowns_of_both_regions(world):
    figures = _figures(world, "malang", "jambi")
    campaign, fair = world["campaign"], world["fair"]

    assert figures.provinces == [Row("Jawa Timur", "Jawa Timur", 2, 7), Row("Jambi", "Jambi", 2, 5)]
    assert figures.countries == [Row("ID", "Indonesia", 4, 12), Row("SG", "Singapore", 1, 3)]
    assert figures.packages == [Row("p2", "Malang–Jambi Tour", 2, 7), Row("p1", "Bromo Tour", 2, 5),
                                Row("p3", "Stay in Jambi", 1, 3)]
    assert figures.partners == [Row("bromo-trails", "Bromo Trails", 4, 12, 10_500_000),
                                Row("hotel-batanghari", "Hotel Batanghari", 3, 10, 9_800_000)]
    assert figures.attractions == [Row("muaro-jambi", "Muaro Jambi Temples", 3, 10),
                                   Row("jodipan", "Jodipan Village", 2, 7), Row("bromo", "Mount Bromo", 2, 5)]
    assert figures.campaigns == [Row(campaign.slug, "Explore Malang–Jambi", 1, 4)]
    assert figures.events == [Row(f"event:{fair.id}", "Travel Fair", 1, 3), Row(f"fair:{fair.id}", "Travel Fair (fair kit)", 1, 3)]
    assert figures.promo_codes == [Row("JELAJAH10", "JELAJAH10", 2, 7)]


def test_labels_follow_the_language(world):
    figures = _figures(world, "malang", "jambi", lang="id")

    assert [row.label for row in figures.packages] == ["Paket Malang–Jambi", "Paket Bromo", "Menginap di Jambi"]
    assert [row.label for row in figures.attractions] == ["Candi Muaro Jambi", "Kampung Jodipan", "Gunung Bromo"]
    assert [row.label for row in figures.countries] == ["Indonesia", "Singapura"]
    assert [row.label for row in figures.campaigns] == ["Jelajah Malang–Jambi"]
    assert [row.label for row in figures.events] == ["Pameran Wisata", "Pameran Wisata (kit pameran)"]


def test_no_regions_no_figures(world):
    figures = _figures(world)

    assert figures.months == [(month, EMPTY) for month in MONTHS]
    assert figures.totals == EMPTY
    assert (figures.provinces, figures.packages, figures.partners, figures.events) == ([], [], [], [])


def test_a_period_without_bookings_has_every_month_at_zero(world):
    figures = compute(Period(date(2025, 11, 1), date(2026, 2, 1)), (world["malang"], world["jambi"]), "en",
                      today=TODAY)

    assert [month for month, _ in figures.months] == [date(2025, 11, 1), date(2025, 12, 1), date(2026, 1, 1),
                                                      date(2026, 2, 1)]
    assert all(totals == EMPTY for _, totals in figures.months)
    assert figures.totals == EMPTY


def _statements_of_compute(region_ids) -> int:
    count = 0

    def counted(*args):
        nonlocal count
        count += 1

    sa.event.listen(db.engine, "before_cursor_execute", counted)
    try:
        compute(PERIOD, region_ids, "en", today=TODAY)
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", counted)
    return count


def test_the_number_of_statements_does_not_grow_with_the_bookings(make):
    region = make.region("malang")
    departures = [make.departure(make.package(make.organisation(region)), date=date(2027, 4, day)) for day in (1, 2, 3)]
    for n in range(5):
        _booking(departures[n % 3], utc(2027, 3, 1 + n), BookingStatus.CONFIRMED, 1, 100_000, ("ID", "Jambi"))
    db.session.commit()
    with_five = _statements_of_compute((region.id,))

    provinces = ("Jambi", "Bali", "Jawa Timur", None)
    for n in range(195):
        _booking(departures[n % 3], utc(2027, 1 + n % 5, 1 + n % 28, n % 24), BookingStatus.CONFIRMED, 1 + n % 4,
                 100_000, ("ID" if n % 5 else "SG", provinces[n % 4]))
    db.session.commit()

    assert _statements_of_compute((region.id,)) == with_five
    # The bookings, the departures, and the labels of packages, partners, attractions,
    # campaigns, events and promo codes.
    assert with_five == 8


def test_a_cancelled_booking_whose_deposit_was_paid_counts_as_a_cancellation(make):
    """Paying the deposit confirms a booking: cancelled later, it was firm, not a mere hold."""
    malang = make.region("malang")
    package = make.package(make.organisation(malang))
    departure = make.departure(package, date=date(2027, 3, 10))
    deposit_only = _booking(departure, utc(2027, 2, 1, 3), BookingStatus.CANCELLED, 2, 1_000_000, paid=False,
                            amount_paid=300_000, refund=0)
    _booking(departure, utc(2027, 2, 2, 3), BookingStatus.CANCELLED, 1, 500_000, paid=False)  # a hold let go
    db.session.commit()
    assert deposit_only.paid_at is None
    figures = compute(PERIOD, (malang.id,), "en", today=TODAY)
    assert figures.totals.cancellations == 1
