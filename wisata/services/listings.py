"""Partners' listings: saving packages from the portal, submitting them for review, archiving.

Publishing itself is the tourism office's decision (moderation); here a package goes
from draft to "in review" once it is complete in both languages.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlalchemy as sa
from flask_babel import gettext as _
from sqlalchemy.orm import selectinload

from wisata import timeutil
from wisata.errors import DomainError
from wisata.extensions import db
from wisata.models import (
    Attraction,
    CancellationPolicy,
    ItineraryDay,
    ItineraryStop,
    Organisation,
    Package,
    PackageStatus,
    PriceCategory,
)
from wisata.services.catalog import refresh_package_search
from wisata.services.partners import slugify, unique_slug

TEXT_FIELDS = ("title", "summary", "description", "inclusions", "exclusions", "meeting_point")
REQUIRED_TEXT = ("title", "summary", "description", "meeting_point")


class ListingError(DomainError):
    status_code = 400


@dataclass
class DayData:
    title: dict
    description: dict
    attraction_ids: list[int] = field(default_factory=list)
    nights: int = 0
    accommodation: dict = field(default_factory=dict)


@dataclass
class PackageData:
    texts: dict[str, dict]  # field -> {"id": ..., "en": ...}
    duration_days: int
    duration_nights: int
    min_group: int
    max_group: int
    cancellation_policy: CancellationPolicy
    pay_at_meeting_point: bool
    prices: dict[str, int]  # code -> amount
    days: list[DayData]
    co_organisation_id: int | None = None


def editable_package(organisation: Organisation, package_id: int) -> Package | None:
    """A package the organisation provides (co-providers see, but do not edit)."""
    return db.session.scalar(
        sa.select(Package)
        .where(Package.id == package_id, Package.organisation_id == organisation.id)
        .options(
            selectinload(Package.days).selectinload(ItineraryDay.stops).selectinload(ItineraryStop.attraction),
            selectinload(Package.prices),
            selectinload(Package.photos),
        )
    )


def visible_packages(organisation: Organisation):
    """Condition: packages the organisation provides or co-provides (accepted)."""
    return sa.or_(
        Package.organisation_id == organisation.id,
        sa.and_(Package.co_organisation_id == organisation.id, Package.co_accepted_at.is_not(None)),
    )


def save_package(organisation: Organisation, data: PackageData, package: Package | None = None) -> Package:
    """Create or update a package from the portal form; the caller commits."""
    if package is None:
        slug = unique_slug(Package, slugify(data.texts["title"].get("en") or data.texts["title"]["id"]))
        package = Package(slug=slug, organisation=organisation, status=PackageStatus.DRAFT)
        db.session.add(package)
    elif package.status is PackageStatus.ARCHIVED:
        raise ListingError(_("An archived package cannot be changed."))
    for name in TEXT_FIELDS:
        setattr(package, name, dict(data.texts.get(name) or {}))
    package.duration_days = data.duration_days
    package.duration_nights = data.duration_nights
    package.min_group, package.max_group = data.min_group, data.max_group
    package.cancellation_policy = data.cancellation_policy
    package.pay_at_meeting_point = data.pay_at_meeting_point
    if data.co_organisation_id != package.co_organisation_id:
        package.co_organisation_id = data.co_organisation_id
        package.co_accepted_at = None
    _save_prices(package, data.prices)
    _save_days(package, data.days)
    db.session.flush()
    refresh_package_search(package)
    return package


def _save_prices(package: Package, prices: dict[str, int]) -> None:
    existing = {p.code: p for p in package.prices}
    package.prices = [
        existing.get(code) or PriceCategory(code=code)
        for code, amount in prices.items() if amount is not None
    ]
    for position, price in enumerate(package.prices):
        price.amount = prices[price.code]
        price.position = position


def _save_days(package: Package, days: list[DayData]) -> None:
    ids = {i for day in days for i in day.attraction_ids}
    attractions = {
        a.id: a for a in db.session.scalars(sa.select(Attraction).where(Attraction.id.in_(ids)))
    } if ids else {}
    existing = {d.day_number: d for d in package.days}
    new_days = []
    for number, data in enumerate(days, start=1):
        day = existing.get(number) or ItineraryDay(day_number=number)
        day.title, day.description = dict(data.title), dict(data.description)
        day.nights, day.accommodation = data.nights, dict(data.accommodation)
        day.stops = [
            ItineraryStop(attraction=attractions[i], position=p)
            for p, i in enumerate(dict.fromkeys(data.attraction_ids)) if i in attractions
        ]
        new_days.append(day)
    package.days = new_days


def missing_for_review(package: Package) -> list[str]:
    """What the package still lacks before the office can review it, in plain words."""
    missing = []
    for name in REQUIRED_TEXT:
        value = getattr(package, name) or {}
        if not value.get("id"):
            missing.append(_("Indonesian text: %(field)s", field=FIELD_LABELS[name]()))
        if not value.get("en"):
            missing.append(_("English text: %(field)s", field=FIELD_LABELS[name]()))
    if not any(p.code == "adult" for p in package.prices):
        missing.append(_("An adult price"))
    if len(package.days) != package.duration_days or not all(d.title.get("id") for d in package.days):
        missing.append(_("A title for every day of the itinerary"))
    if not package.photos:
        missing.append(_("At least one photo"))
    return missing


FIELD_LABELS = {
    "title": lambda: _("title"),
    "summary": lambda: _("summary"),
    "description": lambda: _("description"),
    "meeting_point": lambda: _("meeting point"),
}


def submit_for_review(package: Package) -> None:
    if not package.organisation.is_verified:
        raise ListingError(_("Your organisation must be verified by the tourism office before it can publish."))
    if package.status not in (PackageStatus.DRAFT,):
        raise ListingError(_("Only a draft can be submitted for review."))
    missing = missing_for_review(package)
    if missing:
        raise ListingError(_("The package is not complete yet: %(missing)s.", missing="; ".join(missing)))
    package.status = PackageStatus.IN_REVIEW
    package.submitted_at = timeutil.now()
    db.session.flush()


def archive(package: Package) -> None:
    package.status = PackageStatus.ARCHIVED
    package.featured = False
    db.session.flush()


def attraction_choices() -> list[Attraction]:
    return list(db.session.scalars(
        sa.select(Attraction).where(Attraction.published.is_(True))
        .options(selectinload(Attraction.region)).order_by(Attraction.region_id, Attraction.slug)
    ))
