"""schema.org JSON-LD for search engines: TouristTrip, Event, TouristAttraction."""

from __future__ import annotations

from flask import url_for

from wisata import timeutil
from wisata.i18n import tr
from wisata.media import photo_src
from wisata.models import Attraction, Departure, Event, Package


def _image(photo) -> str | None:
    return photo_src(photo, 1200, external=True) if photo else None


def tourist_trip(package: Package, departures: list[Departure], rating: float | None, review_count: int) -> dict:
    adult = next((p for p in package.prices if p.code == "adult"), None)
    data = {
        "@context": "https://schema.org",
        "@type": "TouristTrip",
        "name": tr(package.title),
        "description": tr(package.summary),
        "url": url_for("public.package", slug=package.slug, _external=True),
        "image": _image(package.cover),
        "provider": {"@type": "TravelAgency", "name": package.organisation.name},
        "itinerary": {
            "@type": "ItemList",
            "itemListElement": [
                {"@type": "ListItem", "position": day.day_number, "name": tr(day.title)} for day in package.days
            ],
        },
        "offers": [
            {
                "@type": "Offer",
                "price": adult.amount if adult else None,
                "priceCurrency": "IDR",
                "availability": "https://schema.org/SoldOut" if d.is_full else "https://schema.org/InStock",
                "validFrom": timeutil.wib(d.date, d.start_time).isoformat(),
                "url": url_for("public.book", departure_id=d.id, _external=True),
            }
            for d in departures[:10]
        ],
    }
    if rating is not None and review_count:
        data["aggregateRating"] = {"@type": "AggregateRating", "ratingValue": round(rating, 1),
                                   "reviewCount": review_count}
    return data


def event(event_: Event) -> dict:
    return {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": tr(event_.title),
        "description": tr(event_.summary),
        "startDate": event_.starts_at.astimezone(timeutil.WIB).isoformat(),
        "endDate": event_.ends_at.astimezone(timeutil.WIB).isoformat(),
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "eventStatus": "https://schema.org/EventScheduled",
        "location": {"@type": "Place", "name": tr(event_.venue), "address": tr(event_.region.name)},
        "image": _image(event_.photo),
        "organizer": {"@type": "GovernmentOrganization", "name": "Dinas Pariwisata " + tr(event_.region.name, "id")},
        "url": url_for("public.event", slug=event_.slug, _external=True),
    }


def tourist_attraction(attraction: Attraction) -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": "TouristAttraction",
        "name": tr(attraction.name),
        "description": tr(attraction.summary),
        "image": _image(attraction.photo),
        "url": url_for("public.attraction", slug=attraction.slug, _external=True),
        "address": {"@type": "PostalAddress", "addressLocality": attraction.area, "addressCountry": "ID"},
    }
    if attraction.latitude is not None:
        data["geo"] = {"@type": "GeoCoordinates", "latitude": attraction.latitude,
                       "longitude": attraction.longitude}
    return data
