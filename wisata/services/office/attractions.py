"""The attraction catalogue kept by the tourism offices, and closures of attractions.

A closure (an eruption alert on Semeru, a temple under restoration) affects the departures
whose itinerary is at the place on a date within the period: day N of a departure is on its
date + N - 1 (`catalog.visit_date`, `_back`). Their partners are told when the closure is made; the
public pages show the notice (wisata.services.catalog) and booking stays possible.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

import sqlalchemy as sa
from flask_babel import gettext as _
from sqlalchemy.orm import selectinload

from wisata import timeutil
from wisata.errors import DomainError
from wisata.extensions import db
from wisata.i18n import LANGUAGES
from wisata.models import (
    Attraction,
    AttractionClosure,
    Category,
    Departure,
    DepartureStatus,
    ItineraryDay,
    ItineraryStop,
    Organisation,
    Package,
    PackagePhoto,
    Region,
    User,
)
from wisata.services import mail, photos
from wisata.services.catalog import refresh_attraction_search
from wisata.services.office import audit
from wisata.services.partners import slugify, unique_slug
from wisata.services.search import search_words

TEXT_FIELDS = ("name", "summary", "description", "practical_info")
# Long enough for any restoration; keeps the dates a closure is compared with in range.
MAX_CLOSURE = timedelta(days=731)


class AttractionError(DomainError):
    status_code = 400


@dataclass
class AttractionData:
    texts: dict[str, dict]  # field -> {"id": ..., "en": ...}
    area: str = ""
    category_ids: list[int] = field(default_factory=list)
    latitude: float | None = None
    longitude: float | None = None
    published: bool = True


@dataclass
class ClosureData:
    starts_on: date
    ends_on: date
    reason: dict  # {"id": ..., "en": ...}


def scoped_attraction(region: Region, attraction_id: int) -> Attraction | None:
    """An attraction of the office's region; another region's is simply not found."""
    return db.session.scalar(
        sa.select(Attraction)
        .where(Attraction.id == attraction_id, Attraction.region_id == region.id)
        .options(selectinload(Attraction.categories), selectinload(Attraction.photo))
    )


def scoped_closure(attraction: Attraction, closure_id: int) -> AttractionClosure | None:
    return db.session.scalar(sa.select(AttractionClosure).where(
        AttractionClosure.id == closure_id, AttractionClosure.attraction_id == attraction.id))


def attractions_of(region: Region, q: str = "") -> list[Attraction]:
    """The region's attractions, published or not, whose text has every word of `q`."""
    query = (sa.select(Attraction).where(Attraction.region_id == region.id)
             .options(selectinload(Attraction.categories)).order_by(Attraction.slug))
    for word in search_words(q):
        query = query.where(Attraction.search_text.contains(f" {word}", autoescape=True))
    return list(db.session.scalars(query))


def categories() -> list[Category]:
    return list(db.session.scalars(sa.select(Category).order_by(Category.position, Category.id)))


def save_attraction(region: Region, data: AttractionData, attraction: Attraction | None = None) -> Attraction:
    """Create or update an attraction of the region, audited; the caller commits."""
    name = data.texts["name"]
    if not all(name.get(lang) for lang in LANGUAGES):
        raise AttractionError(_("Give the name in every language."))
    created = attraction is None
    if created:
        base = slugify(name.get("en") or name[LANGUAGES[0]])
        attraction = Attraction(slug=unique_slug(Attraction, base), region=region)
        db.session.add(attraction)
    for text in TEXT_FIELDS:
        value = {lang: v for lang, v in (data.texts.get(text) or {}).items() if v}
        setattr(attraction, text, value or None)
    attraction.area = data.area or None
    attraction.latitude, attraction.longitude = data.latitude, data.longitude
    attraction.published = data.published
    wanted = set(data.category_ids)
    attraction.categories = [c for c in categories() if c.id in wanted]
    db.session.flush()
    refresh_attraction_search(attraction)
    audit.record("attraction.created" if created else "attraction.updated", region_id=region.id,
                 subject=f"attraction:{attraction.id}", slug=attraction.slug)
    return attraction


def replace_photo(attraction: Attraction, upload, alt: dict) -> None:
    """Store the upload through the photo pipeline (raises PhotoRejected) and show it instead
    of the old one; the old file goes unless a package gallery still shows it."""
    old = attraction.photo
    attraction.photo = photos.store_upload(upload, alt=alt)
    if old is not None and not _in_a_gallery(old.id):
        photos.delete(old)
    audit.record("attraction.updated", region_id=attraction.region_id,
                 subject=f"attraction:{attraction.id}", photo=attraction.photo.id)


def _in_a_gallery(photo_id: int) -> bool:
    return db.session.scalar(sa.select(PackagePhoto.photo_id).where(PackagePhoto.photo_id == photo_id)
                             .limit(1)) is not None


def closures_of(attraction: Attraction) -> list[AttractionClosure]:
    return list(db.session.scalars(
        sa.select(AttractionClosure).where(AttractionClosure.attraction_id == attraction.id)
        .order_by(AttractionClosure.starts_on.desc(), AttractionClosure.id.desc())
    ))


def affected_departures(closure: AttractionClosure) -> list[Departure]:
    """Open departures from today on whose itinerary is at the place during the closure."""
    visiting_days = db.session.execute(
        sa.select(ItineraryDay.package_id, ItineraryDay.day_number)
        .join(ItineraryStop, ItineraryStop.day_id == ItineraryDay.id)
        .where(ItineraryStop.attraction_id == closure.attraction_id)
    ).all()
    if not visiting_days:
        return []
    # Day N is at the place on date + N - 1, so the departure date lies N - 1 days before.
    by_day = defaultdict(set)
    for package_id, day_number in visiting_days:
        by_day[day_number].add(package_id)
    on_a_closed_day = sa.or_(*(
        sa.and_(Departure.package_id.in_(package_ids),
                Departure.date.between(_back(closure.starts_on, n), _back(closure.ends_on, n)))
        for n, package_ids in by_day.items()
    ))
    return list(db.session.scalars(
        sa.select(Departure)
        .where(on_a_closed_day, Departure.status == DepartureStatus.OPEN, Departure.date >= timeutil.today())
        .order_by(Departure.date, Departure.start_time, Departure.id)
        .options(selectinload(Departure.package).selectinload(Package.organisation),
                 selectinload(Departure.package).selectinload(Package.co_organisation))
    ))


def _back(day: date, day_number: int) -> date:
    """The departure date whose day `day_number` falls on `day` (see catalog.visit_date)."""
    return day - timedelta(days=day_number - 1)


def partners_of(departures: list[Departure]) -> dict[Organisation, list[Departure]]:
    """Each partner running some of the departures (provider or co-provider), with them."""
    running: dict[Organisation, list[Departure]] = {}
    for departure in departures:
        package = departure.package
        for organisation in (package.organisation, package.co_provider):
            if organisation is not None:
                running.setdefault(organisation, []).append(departure)
    return running


def add_closure(attraction: Attraction, data: ClosureData, actor: User | None = None) -> AttractionClosure:
    """Close the attraction for the period, tell the partners of the affected departures
    (e-mails queued in this transaction) and record it; the caller commits."""
    if data.ends_on < data.starts_on:
        raise AttractionError(_("The closure must end on or after the day it starts."))
    if data.ends_on < timeutil.today():
        raise AttractionError(_("The closure must not be over already."))
    if data.ends_on - data.starts_on > MAX_CLOSURE:
        raise AttractionError(_("A closure lasts at most two years; declare a new one after that."))
    if not all((data.reason.get(lang) or "").strip() for lang in LANGUAGES):
        raise AttractionError(_("Give the reason in every language."))
    closure = AttractionClosure(attraction=attraction, starts_on=data.starts_on, ends_on=data.ends_on,
                                reason=dict(data.reason), created_by_id=actor.id if actor else None)
    db.session.add(closure)
    db.session.flush()
    departures = affected_departures(closure)
    for organisation, theirs in partners_of(departures).items():
        mail.send_template(organisation.email, "closure_partner_notice", organisation.locale,
                           closure=closure, organisation=organisation, departures=theirs)
        closure.notified_at = timeutil.now()
    audit.record("closure.created", region_id=attraction.region_id, subject=f"attraction:{attraction.id}",
                 closure=closure.id, starts_on=closure.starts_on.isoformat(),
                 ends_on=closure.ends_on.isoformat(), departures=len(departures))
    return closure


def end_closure(closure: AttractionClosure) -> None:
    """End a closure early: one in force ends today, one not started yet is deleted."""
    today = timeutil.today()
    if closure.ends_on < today:
        raise AttractionError(_("This closure is already over."), 409)
    subject = f"attraction:{closure.attraction_id}"
    region_id = closure.attraction.region_id
    if closure.starts_on > today:
        audit.record("closure.ended", region_id=region_id, subject=subject, closure=closure.id, deleted=True)
        db.session.delete(closure)
    else:
        closure.ends_on = today
        audit.record("closure.ended", region_id=region_id, subject=subject, closure=closure.id,
                     ends_on=today.isoformat())
    db.session.flush()
