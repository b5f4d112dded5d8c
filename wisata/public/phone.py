"""Template helpers of the phone-first public pages: the departure picker, the price from,
and the WhatsApp, share and map links (built by `services.contact_links`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from flask import url_for
from flask_babel import format_date
from flask_babel import gettext as _

from wisata.i18n import tr
from wisata.models import Booking, Departure, DepartureStatus, Package
from wisata.public import bp
from wisata.services import contact_links


def _bookable(departure: Departure) -> bool:
    return departure.status is DepartureStatus.OPEN and not departure.is_full


@bp.app_template_global()
def next_dates(departures: Iterable[Departure], count: int = 3) -> list[Departure]:
    """The first open departures that still have seats (the package page's first screen)."""
    return [d for d in departures if _bookable(d)][:count]


@dataclass
class Month:
    first_day: date
    departures: list[Departure] = field(default_factory=list)

    @property
    def label(self) -> str:
        return format_date(self.first_day, "LLLL y")


@bp.app_template_global()
def departure_months(departures: Iterable[Departure]) -> list[Month]:
    """Departures grouped by month, in date order, for the date picker."""
    months: list[Month] = []
    for departure in departures:
        first = departure.date.replace(day=1)
        if not months or months[-1].first_day != first:
            months.append(Month(first))
        months[-1].departures.append(departure)
    return months


@bp.app_template_global()
def is_bookable(departure: Departure) -> bool:
    return _bookable(departure)


@bp.app_template_global()
def price_from(package: Package) -> int | None:
    """The lowest price per person of a package, or None when it has no price yet."""
    return min((price.amount for price in package.prices), default=None)


@bp.app_template_global()
def package_whatsapp(package: Package) -> str | None:
    """Chat with the package's provider, the package's name prefilled."""
    return contact_links.whatsapp_chat(
        package.organisation.phone,
        _("Hello, I am interested in the package %(title)s", title=tr(package.title)),
    )


@bp.app_template_global()
def booking_whatsapp(booking: Booking) -> str | None:
    """Chat with the provider of a booked trip, the booking code prefilled."""
    package = booking.departure.package
    return contact_links.whatsapp_chat(
        package.organisation.phone,
        _("Hello, I have a question about my booking %(code)s (%(title)s)",
          code=booking.code, title=tr(package.title)),
    )


@bp.app_template_global()
def share_links(endpoint: str, slug: str, title: dict) -> list[contact_links.ShareLink]:
    return contact_links.share_links(url_for(endpoint, slug=slug, _external=True), tr(title))


@bp.app_template_global()
def map_link(place) -> str | None:
    """An OpenStreetMap link for an attraction, or None without coordinates."""
    return contact_links.map_link(place.latitude, place.longitude) if place is not None else None


@bp.app_template_global()
def meeting_point_map(package: Package) -> str | None:
    """The map of a package's meeting point: its first attraction, when it has coordinates."""
    first = next((stop.attraction for day in package.days for stop in day.stops), None)
    return map_link(first)
