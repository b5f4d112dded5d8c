"""Figures for the partner dashboard and exports for spreadsheets."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import sqlalchemy as sa
from flask_babel import gettext as _
from sqlalchemy.orm import selectinload

from wisata import timeutil
from wisata.extensions import db
from wisata.i18n import label
from wisata.models import Booking, BookingStatus, Departure, DepartureStatus, Organisation, Package
from wisata.services.booking import normalise_code
from wisata.services.listings import visible_packages
from wisata.services.search import normalise


@dataclass
class MonthFigures:
    bookings: int
    travellers: int
    revenue: int  # confirmed and completed
    awaiting_payment: int


def _organisation_departures(organisation: Organisation) -> sa.Select:
    """Ids of the departures of the packages the organisation provides or co-provides.

    Every query of the organisation's bookings starts here (`Booking.departure_id IN ...`):
    from its packages to their departures to their bookings, through the index on
    bookings (departure_id, status, created_at), so a partner's page reads that partner's
    bookings and never every booking on the site, whatever the planner knows of the tables
    (SQLite without statistics would otherwise start from the status index)."""
    packages = sa.select(Package.id).where(visible_packages(organisation))
    return sa.select(Departure.id).where(Departure.package_id.in_(packages))


def _month_start() -> datetime:
    today = timeutil.today()
    return datetime(today.year, today.month, 1, tzinfo=timeutil.WIB)


def partner_month(organisation: Organisation) -> MonthFigures:
    """This month's bookings (by booking date) on the organisation's packages."""
    paid = (BookingStatus.CONFIRMED, BookingStatus.COMPLETED)
    row = db.session.execute(
        sa.select(
            sa.func.count(Booking.id),
            sa.func.coalesce(sa.func.sum(Booking.seats), 0),
            sa.func.coalesce(sa.func.sum(sa.case((Booking.status.in_(paid), Booking.total), else_=0)), 0),
            sa.func.coalesce(sa.func.sum(sa.case(
                (Booking.status == BookingStatus.PENDING_PAYMENT, Booking.total), else_=0)), 0),
        )
        .where(
            Booking.departure_id.in_(_organisation_departures(organisation)),
            Booking.status.in_([BookingStatus.PENDING_PAYMENT, *paid]),
            Booking.created_at >= _month_start(),
        )
    ).one()
    return MonthFigures(*row)


def partner_upcoming_departures(organisation: Organisation, days: int = 30) -> list[Departure]:
    today = timeutil.today()
    return list(db.session.scalars(
        sa.select(Departure)
        .join(Package, Departure.package_id == Package.id)
        .where(
            visible_packages(organisation),
            Departure.date >= today,
            Departure.date <= today + timedelta(days=days),
            Departure.status != DepartureStatus.CANCELLED,
        )
        .options(selectinload(Departure.package))
        .order_by(Departure.date, Departure.start_time)
        .limit(20)
    ))


def partner_bookings_needing_action(organisation: Organisation) -> list[Booking]:
    """Unpaid bookings, those the traveller says are paid first, then oldest hold first."""
    return list(db.session.scalars(
        sa.select(Booking)
        .where(Booking.departure_id.in_(_organisation_departures(organisation)),
               Booking.status == BookingStatus.PENDING_PAYMENT)
        .options(selectinload(Booking.departure).selectinload(Departure.package))
        .order_by(Booking.payment_claimed_at.is_(None), Booking.hold_expires_at.is_(None), Booking.hold_expires_at, Booking.id)
        .limit(30)
    ))


@dataclass(frozen=True)
class BookingFilters:
    status: BookingStatus | None = None
    words: str = ""
    departs_from: date | None = None
    departs_until: date | None = None


def _soonest_first(today: date) -> tuple:
    """Upcoming departures first, soonest first (next week's travellers lead the list),
    then past ones, most recent first."""
    upcoming = Departure.date >= today
    return (sa.case((upcoming, 0), else_=1), sa.case((upcoming, Departure.date)),
            Departure.date.desc(), Departure.start_time, Booking.id)


def partner_bookings(organisation: Organisation, filters: BookingFilters, page: int = 1, per_page: int = 25):
    """One page of the bookings on the organisation's packages, soonest departure first."""
    query = (
        sa.select(Booking)
        .join(Departure, Booking.departure_id == Departure.id)
        .where(Booking.departure_id.in_(_organisation_departures(organisation)))
        .options(selectinload(Booking.departure).selectinload(Departure.package))
    )
    if filters.status:
        query = query.where(Booking.status == filters.status)
    if filters.words:
        query = query.where(sa.or_(
            Booking.code == normalise_code(filters.words),
            sa.func.lower(Booking.contact_name).contains(normalise(filters.words), autoescape=True),
        ))
    if filters.departs_from:
        query = query.where(Departure.date >= filters.departs_from)
    if filters.departs_until:
        query = query.where(Departure.date <= filters.departs_until)
    return db.paginate(query.order_by(*_soonest_first(timeutil.today())),
                       page=page, per_page=per_page, error_out=False)


# A cell starting with one of these is run as a formula by spreadsheet programs.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value) -> str:
    """The value as text a spreadsheet shows and never evaluates."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def spreadsheet_csv(rows: Iterable[Iterable]) -> str:
    """CSV for spreadsheet programs: UTF-8 mark first, every cell through `spreadsheet_cell`."""
    out = io.StringIO()
    writer = csv.writer(out)
    for row in rows:
        writer.writerow([spreadsheet_cell(value) for value in row])
    return "\ufeff" + out.getvalue()


def manifest_csv(bookings: Iterable[Booking]) -> str:
    """A departure's manifest, one row per traveller; a booking's total and payment only on
    its first traveller's row, so a column sum is the departure's total."""
    header = [_("Booking code"), _("Status"), _("Traveller"), _("Category"), _("Contact"),
              _("Phone or WhatsApp"), _("E-mail"), _("Total"), _("Paid")]
    rows = [
        [booking.code, label(booking.status), traveller.full_name, label(traveller.category_code),
         booking.contact_name, booking.contact_phone, booking.contact_email,
         *((booking.total, _("yes") if booking.paid_at else _("no")) if index == 0 else ("", ""))]
        for booking in bookings
        for index, traveller in enumerate(booking.travellers)
    ]
    return spreadsheet_csv([header, *rows])
