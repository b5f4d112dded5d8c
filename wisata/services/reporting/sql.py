"""SQL building blocks of the figures: the bookings in scope, facts about each package,
month buckets in WIB and the measures summed per group.

Everything here builds statements; the database does the counting. Each statement's shape
depends only on the period and regions, never on the data, so `compute` runs a fixed
number of them whatever the number of bookings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import aliased
from sqlalchemy.sql.expression import FunctionElement

from wisata import timeutil
from wisata.extensions import db
from wisata.models import (
    Attraction,
    Booking,
    BookingStatus,
    Departure,
    ItineraryDay,
    ItineraryStop,
    Organisation,
    OrganisationKind,
    Package,
    Region,
)

# The regions and provinces of the flows the agreement is about (regions are data: by slug).
MALANG, JAMBI = "malang", "jambi"
JAMBI_PROVINCE, EAST_JAVA_PROVINCE = "Jambi", "Jawa Timur"

FIRM = (BookingStatus.CONFIRMED, BookingStatus.COMPLETED)
# Pending and expired bookings never count: they are left out of every statement (as NOT IN,
# which SQLite does not answer through the status index: scanning the period is faster).
NOT_COUNTED = (BookingStatus.PENDING_PAYMENT, BookingStatus.EXPIRED)
NOT_FIRM = tuple(status for status in BookingStatus if status not in FIRM)

firm = Booking.status.in_(FIRM)
# Confirming is paying (services.booking.confirm_payment: in full, or the deposit), so a
# cancellation of a firm booking is a cancelled booking that had been paid, even only its
# deposit; an unpaid hold cancelled is not one.
cancelled_after_paying = sa.and_(Booking.status == BookingStatus.CANCELLED,
                                 sa.or_(Booking.paid_at.is_not(None), Booking.amount_paid > 0))
paid = sa.or_(firm, cancelled_after_paying)


class lead_days(FunctionElement):
    """Whole days from the WIB date a booking was made to its departure's date."""

    type = sa.Integer()
    inherit_cache = True


@compiles(lead_days, "sqlite")
def _lead_days_sqlite(element, compiler, **kw):
    # SQLite keeps naive UTC text; WIB is UTC+7 all year round (no daylight saving).
    created, day = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"CAST(ROUND(julianday({day}) - julianday(date({created}, '+7 hours'))) AS INTEGER)"


@compiles(lead_days)
def _lead_days_default(element, compiler, **kw):
    created, day = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"({day} - CAST(({created} AT TIME ZONE 'Asia/Jakarta') AS DATE))"


def month_starts(months: list[date]) -> list[date]:
    """The first day of each month and of the month after the last (the end bound)."""
    last = months[-1]
    return [*months, date(last.year + last.month // 12, last.month % 12 + 1, 1)]


def month_bucket(column, bounds: list):
    """The index of the month a value falls in, given ascending bounds (start of each month
    and the end): the CASE the database groups by. Rows outside are filtered by the caller."""
    return sa.case(*[(column < bound, index) for index, bound in enumerate(bounds[1:])])


def instants(days: list[date]) -> list[datetime]:
    """Midnight WIB of each day, as the UTC instants `created_at` is compared with."""
    return [timeutil.wib(day, time(0)) for day in days]


def _visits(slug: str):
    return sa.func.max(sa.case((Region.slug == slug, 1), else_=0))


def package_facts(region_ids: tuple[int, ...]):
    """One row per package of the regions (its provider's, or its accepted co-provider's):
    whether its itinerary is joint, whether it visits Malang / Jambi, whether a hotel provides
    it, and its nights (the itinerary's, or the package's duration when the days give none)."""
    provider, co = aliased(Organisation), aliased(Organisation)
    nights = (sa.select(ItineraryDay.package_id, sa.func.sum(ItineraryDay.nights).label("nights"))
              .group_by(ItineraryDay.package_id).subquery())
    visits = (
        sa.select(ItineraryDay.package_id,
                  sa.func.count(sa.distinct(Attraction.region_id)).label("regions"),
                  _visits(MALANG).label("malang"), _visits(JAMBI).label("jambi"))
        .join(ItineraryStop, ItineraryStop.day_id == ItineraryDay.id)
        .join(Attraction, Attraction.id == ItineraryStop.attraction_id)
        .join(Region, Region.id == Attraction.region_id)
        .group_by(ItineraryDay.package_id).subquery()
    )
    accepted = Package.co_accepted_at.is_not(None)
    hotel = sa.or_(provider.kind == OrganisationKind.HOTEL, sa.and_(accepted, co.kind == OrganisationKind.HOTEL))
    return (
        sa.select(
            Package.id.label("package_id"),
            sa.case((sa.func.coalesce(visits.c.regions, 0) > 1, 1), else_=0).label("joint"),
            sa.func.coalesce(visits.c.malang, 0).label("visits_malang"),
            sa.func.coalesce(visits.c.jambi, 0).label("visits_jambi"),
            sa.case((hotel, 1), else_=0).label("hotel"),
            sa.case((sa.func.coalesce(nights.c.nights, 0) > 0, nights.c.nights),
                    else_=Package.duration_nights).label("nights"),
        )
        .join(provider, provider.id == Package.organisation_id)
        .outerjoin(co, co.id == Package.co_organisation_id)
        .outerjoin(nights, nights.c.package_id == Package.id)
        .outerjoin(visits, visits.c.package_id == Package.id)
        .where(sa.or_(provider.region_id.in_(region_ids), sa.and_(accepted, co.region_id.in_(region_ids))))
        .subquery("facts")
    )


def _when(condition, value=1):
    return sa.case((condition, value), else_=0)


# The per-booking numbers of `Scope.bookings`, each summed per group; the names of Totals.
MONTH_MEASURES = ("bookings", "travellers", "revenue", "cancellations", "refunds", "joint_bookings",
                  "lead_days_total", "travellers_jambi_to_malang", "travellers_east_java_to_jambi", "room_nights")


def _booking_numbers(facts) -> list:
    """What each counted booking adds to each measure (0 where it does not count)."""
    from_id = sa.and_(firm, Booking.origin_country == "ID")
    return [
        _when(firm).label("bookings"),
        _when(firm, Booking.seats).label("travellers"),
        _when(paid, Booking.total - Booking.refund_amount).label("revenue"),
        _when(cancelled_after_paying).label("cancellations"),
        _when(Booking.status == BookingStatus.CANCELLED, Booking.refund_amount).label("refunds"),
        _when(sa.and_(firm, facts.joint == 1)).label("joint_bookings"),
        _when(firm, lead_days(Booking.created_at, Departure.date)).label("lead_days_total"),
        _when(sa.and_(from_id, Booking.origin_province == JAMBI_PROVINCE, facts.visits_malang == 1),
              Booking.seats).label("travellers_jambi_to_malang"),
        _when(sa.and_(from_id, Booking.origin_province == EAST_JAVA_PROVINCE, facts.visits_jambi == 1),
              Booking.seats).label("travellers_east_java_to_jambi"),
        # Double rooms: ceil(travellers / 2) = (travellers + 1) // 2.
        _when(sa.and_(firm, facts.hotel == 1), facts.nights * ((Booking.seats + 1) // 2)).label("room_nights"),
    ]


@dataclass(frozen=True)
class Scope:
    """The counted bookings (firm, or cancelled) made in the period on the regions' packages,
    as a CTE of one row per booking with its month and what it adds to each measure: the
    database builds it once per statement, and every grouping reads it."""

    months: list[date]
    region_ids: tuple[int, ...]
    facts: sa.Subquery
    bookings: sa.CTE

    @classmethod
    def of(cls, months: list[date], region_ids: tuple[int, ...]) -> Scope:
        bounds = instants(month_starts(months))
        facts = package_facts(region_ids)
        bookings = (
            sa.select(month_bucket(Booking.created_at, bounds).label("month"), Departure.package_id,
                      *_booking_numbers(facts.c), Booking.origin_country, Booking.origin_province,
                      Booking.referral_kind, Booking.referral_campaign_id, Booking.referral_event_id,
                      Booking.promo_code_id)
            .join(Departure, Departure.id == Booking.departure_id)
            .join(facts, facts.c.package_id == Departure.package_id)
            .where(Booking.created_at >= bounds[0], Booking.created_at < bounds[-1],
                   Booking.status.not_in(NOT_COUNTED))
            .cte("scoped")
        )
        return cls(months, region_ids, facts, bookings)

    @staticmethod
    def execute(statement) -> sa.Result:
        return db.session.execute(statement)



def sums(source, *names: str) -> list:
    """SUM of each named measure of `source` (a CTE with those columns) over a group."""
    return [sa.func.coalesce(sa.func.sum(getattr(source.c, name)), 0).label(name) for name in names]
