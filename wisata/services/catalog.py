"""Reading the public catalogue: packages with their figures, attractions, events.

Every function here runs a fixed number of queries whatever the catalogue size: lists
load their relations with `selectinload`, figures come from correlated subqueries.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, time, timedelta

import sqlalchemy as sa
from flask import g
from sqlalchemy.orm import Load, aliased, contains_eager, joinedload, selectinload

from wisata import cache as page_cache
from wisata import timeutil
from wisata.extensions import db
from wisata.models import (
    Attraction,
    AttractionClosure,
    Category,
    Departure,
    DepartureStatus,
    Event,
    ItineraryDay,
    ItineraryStop,
    Organisation,
    OrganisationStatus,
    Package,
    PackageFigures,
    PackagePhoto,
    PackageStatus,
    Photo,
    Region,
    Review,
    attraction_categories,
)
from wisata.models.promotion import Campaign, PromoCode, campaign_events, campaign_packages
from wisata.models.promotion import event_packages as event_packages_table
from wisata.services.search import document, search_words

PER_PAGE = 12
SORTS = ("soonest", "price_asc", "price_desc", "popular", "rating")
DURATIONS = {"1": (1, 1), "2-3": (2, 3), "4-6": (4, 6), "7+": (7, 365)}
JOINT = "joint"


@dataclass
class PackageFilters:
    q: str = ""
    region: str = ""  # a region slug, or "joint"
    category: str = ""
    duration: str = ""
    price_min: int | None = None
    price_max: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    travellers: int | None = None
    sort: str = "soonest"


@dataclass
class PackageCard:
    """A package with the figures a list shows (from `package_figures`)."""

    package: Package
    next_date: date | None
    from_price: int | None
    rating: float | None
    review_count: int
    popularity: int
    joint: bool = False
    cover: Photo | None = None

    @property
    def is_joint(self) -> bool:
        return self.joint

    @property
    def regions(self) -> list[Region]:
        """The provider's region, then (for a Malang–Jambi package) the other regions."""
        home = self.package.organisation.region
        if not self.joint:
            return [home]
        return [home] + [region for region in regions() if region.id != home.id]


@dataclass
class Page:
    items: list
    page: int
    per_page: int
    total: int
    pages: int = field(init=False)

    def __post_init__(self):
        self.pages = max(1, math.ceil(self.total / self.per_page))

    @property
    def has_prev(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.pages


def publicly_offered():
    """The one rule for a package the public may see and book: published, by a verified
    provider and, once a co-provider has accepted a joint package, a verified co-provider."""
    return _PUBLICLY_OFFERED


def _verified(organisation_id):
    organisation = aliased(Organisation)  # never correlated with an Organisation the query joins
    return (
        sa.select(organisation.id)
        .where(organisation.id == organisation_id, organisation.status == OrganisationStatus.VERIFIED)
        .exists()
    )


# Built once: the expression holds no value that changes, and building it (two aliases, two
# subqueries) cost more than running it on every catalogue query.
_PUBLICLY_OFFERED = sa.and_(
    Package.status == PackageStatus.PUBLISHED,
    _verified(Package.organisation_id),
    sa.or_(Package.co_organisation_id.is_(None), Package.co_accepted_at.is_(None),
           _verified(Package.co_organisation_id)),
)


def card_options():
    """Relations a package page needs, loaded in two queries: the package with its
    provider, co-provider, figures, photos and prices joined, then its itinerary with the
    places it visits, their regions and their closures not yet over."""
    return (
        joinedload(Package.organisation).joinedload(Organisation.region),
        joinedload(Package.co_organisation).joinedload(Organisation.region),
        joinedload(Package.figures),
        joinedload(Package.photos).joinedload(PackagePhoto.photo),
        joinedload(Package.prices),
        selectinload(Package.days)
        .joinedload(ItineraryDay.stops)
        .joinedload(ItineraryStop.attraction)
        .options(
            joinedload(Attraction.region),
            joinedload(Attraction.closures.and_(AttractionClosure.ends_on >= timeutil.today())),
        ),
    )


# What a card shows of a package (its long texts and search text are not read for a list).
CARD_COLUMNS = (Package.id, Package.slug, Package.title, Package.summary, Package.duration_days,
                Package.duration_nights, Package.organisation_id, Package.co_organisation_id, Package.status)


def _card_query(*columns):
    """Packages the public can see, each with its provider, region, figures and cover in
    the same row; anything else a card would read raises instead of loading lazily."""
    return (
        sa.select(Package, *columns)
        .join(Organisation, Package.organisation_id == Organisation.id)
        .join(PackageFigures, PackageFigures.package_id == Package.id)
        .where(publicly_offered())
        .options(
            contains_eager(Package.organisation).load_only(
                Organisation.id, Organisation.slug, Organisation.name, Organisation.region_id, raiseload=True
            ).joinedload(Organisation.region),
            contains_eager(Package.figures).joinedload(PackageFigures.cover),
            Load(Package).load_only(*CARD_COLUMNS, raiseload=True),
            Load(Package).raiseload("*"),
        )
    )


def _departure_condition(filters: PackageFilters):
    conditions = [
        Departure.package_id == Package.id,
        Departure.status == DepartureStatus.OPEN,
        Departure.date >= max(filters.date_from or date.min, timeutil.today()),
        Departure.capacity - Departure.seats_held >= (filters.travellers or 1),
    ]
    if filters.date_to:
        conditions.append(Departure.date <= filters.date_to)
    return sa.and_(*conditions)


def _next_date(filters: PackageFilters):
    """The next date a card shows: the stored one, or with date or seat filters the next
    departure that matches them."""
    if filters.date_from or filters.date_to or filters.travellers:
        return sa.select(sa.func.min(Departure.date)).where(_departure_condition(filters)).scalar_subquery()
    return PackageFigures.next_date


def _stop_in(*conditions):
    return (
        sa.select(ItineraryStop.day_id)
        .join(ItineraryDay, ItineraryStop.day_id == ItineraryDay.id)
        .join(Attraction, ItineraryStop.attraction_id == Attraction.id)
        .where(ItineraryDay.package_id == Package.id, *conditions)
        .exists()
    )


def _filter_conditions(filters: PackageFilters) -> list:
    conditions = []
    for word in search_words(filters.q):
        conditions.append(Package.search_text.contains(f" {word}", autoescape=True))
    if filters.region == JOINT:
        conditions.append(PackageFigures.joint.is_(True))
    elif filters.region:
        region_id = sa.select(Region.id).where(Region.slug == filters.region).scalar_subquery()
        conditions.append(
            sa.or_(Organisation.region_id == region_id, _stop_in(Attraction.region_id == region_id))
        )
    if filters.category:
        category_id = sa.select(Category.id).where(Category.slug == filters.category).scalar_subquery()
        conditions.append(
            _stop_in(
                sa.select(attraction_categories.c.attraction_id)
                .where(
                    attraction_categories.c.attraction_id == Attraction.id,
                    attraction_categories.c.category_id == category_id,
                )
                .exists()
            )
        )
    if filters.duration in DURATIONS:
        low, high = DURATIONS[filters.duration]
        conditions.append(Package.duration_days.between(low, high))
    if filters.price_min is not None:
        conditions.append(PackageFigures.from_price >= filters.price_min)
    if filters.price_max is not None:
        conditions.append(PackageFigures.from_price <= filters.price_max)
    if filters.date_from or filters.date_to or filters.travellers:
        conditions.append(sa.select(Departure.id).where(_departure_condition(filters)).exists())
    return conditions


def search_packages(filters: PackageFilters, page: int = 1, per_page: int = PER_PAGE) -> Page:
    """Published packages matching the filters, sorted, one page of them: two queries (the
    number of matches, then the page with everything its cards show)."""
    conditions = _filter_conditions(filters)
    total = db.session.scalar(
        sa.select(sa.func.count(Package.id))
        .join(Organisation, Package.organisation_id == Organisation.id)
        .join(PackageFigures, PackageFigures.package_id == Package.id)
        .where(publicly_offered(), *conditions)
    )
    next_date = _next_date(filters)
    order = {
        "soonest": (next_date.is_(None), next_date, Package.id),
        "price_asc": (PackageFigures.from_price.is_(None), PackageFigures.from_price, Package.id),
        "price_desc": (PackageFigures.from_price.is_(None), PackageFigures.from_price.desc(), Package.id),
        "popular": (PackageFigures.popularity.desc(), Package.id),
        "rating": (sa.func.coalesce(PackageFigures.rating, 0).desc(), PackageFigures.review_count.desc(),
                   Package.id),
    }[filters.sort if filters.sort in SORTS else "soonest"]
    rows = db.session.execute(
        _card_query(next_date.label("next_date") if next_date is not PackageFigures.next_date else sa.null())
        .where(*conditions)
        .order_by(*order)
        .limit(per_page)
        .offset((page - 1) * per_page)
    ).all()
    return Page(_cards(rows), page, per_page, total or 0)


def package_cards(*conditions, order=(), limit: int | None = None) -> list[PackageCard]:
    """Published packages matching `conditions`, with the figures a card shows (one query)."""
    next_date = PackageFigures.next_date
    rows = db.session.execute(
        _card_query(sa.null())
        .where(*conditions)
        .order_by(*order, next_date.is_(None), next_date, Package.id)
        .limit(limit)
    ).all()
    return _cards(rows)


def _cards(rows) -> list[PackageCard]:
    cards = []
    for package, next_date in rows:
        figures = package.figures
        cards.append(PackageCard(
            package, next_date if next_date is not None else figures.next_date, figures.from_price,
            figures.rating, figures.review_count, figures.popularity, figures.joint, figures.cover,
        ))
    return cards


def featured_packages(limit: int = 6) -> list[PackageCard]:
    """Featured packages, Malang–Jambi ones first, for the home page."""
    return package_cards(Package.featured.is_(True), order=(PackageFigures.joint.desc(),), limit=limit)


def spotlight_packages() -> list[PackageCard]:
    """The home page's spotlight: at most one package per region, chosen by its office."""
    return package_cards(Package.spotlight.is_(True), order=(Organisation.region_id,))


def published_package(slug: str) -> Package | None:
    return db.session.execute(
        sa.select(Package)
        .where(Package.slug == slug, publicly_offered())
        .options(*card_options())
    ).unique().scalar_one_or_none()


def upcoming_departures(package: Package, limit: int = 24) -> list[Departure]:
    """Open and full departures from today on (a full one is shown as full, not hidden)."""
    return list(
        db.session.scalars(
            sa.select(Departure)
            .where(
                Departure.package_id == package.id,
                Departure.date >= timeutil.today(),
                Departure.status != DepartureStatus.CANCELLED,
            )
            .order_by(Departure.date, Departure.start_time)
            .limit(limit)
        )
    )


def package_reviews(package: Package, limit: int = 20) -> tuple[list[Review], float | None, int]:
    """The latest visible reviews, the average rating and the number of reviews (the last
    two from the package's figures, loaded with it)."""
    visible = (Review.package_id == package.id, Review.visible.is_(True))
    reviews = list(
        db.session.scalars(
            sa.select(Review).where(*visible).order_by(Review.created_at.desc(), Review.id.desc()).limit(limit)
        )
    ) if limit else []
    figures = package.figures
    if figures is None:
        return reviews, None, 0
    return reviews, figures.rating, figures.review_count


def regions() -> list[Region]:
    """All regions; once per request (the footer and the view both need them), kept in the
    page cache between requests until a commit changes what public pages show."""
    if "regions" not in g:
        g.regions = page_cache.fragment("regions", lambda: list(db.session.scalars(
            sa.select(Region).options(joinedload(Region.photo)).order_by(Region.position, Region.id)
        )))
    return g.regions


def categories() -> list[Category]:
    """All categories, kept in the page cache like `regions`."""
    return page_cache.fragment("categories", lambda: list(db.session.scalars(
        sa.select(Category).order_by(Category.position, Category.id)
    )))


def attractions(region: Region | None = None) -> list[Attraction]:
    query = (
        sa.select(Attraction)
        .where(Attraction.published.is_(True))
        .options(
            joinedload(Attraction.region),
            joinedload(Attraction.photo),
            selectinload(Attraction.categories),
        )
        .order_by(Attraction.region_id, Attraction.slug)
    )
    if region is not None:
        query = query.where(Attraction.region_id == region.id)
    return list(db.session.scalars(query))


def attraction(slug: str) -> Attraction | None:
    return db.session.scalar(
        sa.select(Attraction)
        .where(Attraction.slug == slug, Attraction.published.is_(True))
        .options(joinedload(Attraction.region), joinedload(Attraction.photo), selectinload(Attraction.categories))
    )


def packages_visiting(attraction_: Attraction) -> list[PackageCard]:
    visits = (
        sa.select(ItineraryDay.package_id)
        .join(ItineraryStop, ItineraryStop.day_id == ItineraryDay.id)
        .where(ItineraryStop.attraction_id == attraction_.id)
    )
    return package_cards(Package.id.in_(visits))


def event_packages(event_: Event) -> list[PackageCard]:
    related = sa.select(event_packages_table.c.package_id).where(
        event_packages_table.c.event_id == event_.id
    )
    return package_cards(Package.id.in_(related))


def upcoming_events(limit: int | None = None, region: Region | None = None,
                    month: date | None = None) -> list[Event]:
    """Published events that have not ended yet, soonest first; in `region`, and running
    at some time during the month starting on `month`, if given."""
    query = (
        sa.select(Event)
        .where(Event.published.is_(True), Event.ends_at >= timeutil.now())
        .options(joinedload(Event.region), joinedload(Event.photo))
        .order_by(Event.starts_at, Event.id)
        .limit(limit)
    )
    if region is not None:
        query = query.where(Event.region_id == region.id)
    if month is not None:
        following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        query = query.where(Event.starts_at < timeutil.wib(following, time()),
                            Event.ends_at >= timeutil.wib(month, time()))
    return list(db.session.scalars(query))


def events_feed(limit: int = 50) -> list[Event]:
    """Published events, the latest changed first (the Atom feed)."""
    return list(db.session.scalars(
        sa.select(Event).where(Event.published.is_(True))
        .order_by(Event.updated_at.desc(), Event.id.desc()).limit(limit)
    ))


def event(slug: str) -> Event | None:
    return db.session.scalar(
        sa.select(Event)
        .where(Event.slug == slug, Event.published.is_(True))
        .options(joinedload(Event.region), joinedload(Event.photo))
    )


def campaign(slug: str) -> Campaign | None:
    return db.session.scalar(
        sa.select(Campaign)
        .where(Campaign.slug == slug, Campaign.published.is_(True))
        .options(selectinload(Campaign.region), selectinload(Campaign.photo))
    )


def campaign_packages_of(campaign_: Campaign) -> list[PackageCard]:
    """The campaign's packages the public can see and book."""
    related = sa.select(campaign_packages.c.package_id).where(campaign_packages.c.campaign_id == campaign_.id)
    return package_cards(Package.id.in_(related))


def campaign_events_of(campaign_: Campaign) -> list[Event]:
    """The campaign's published events that have not ended yet, soonest first."""
    related = sa.select(campaign_events.c.event_id).where(campaign_events.c.campaign_id == campaign_.id)
    return list(db.session.scalars(
        sa.select(Event)
        .where(Event.id.in_(related), Event.published.is_(True), Event.ends_at >= timeutil.now())
        .options(joinedload(Event.region), joinedload(Event.photo))
        .order_by(Event.starts_at, Event.id)
    ))


def promo_usable():
    """The one rule for a promo code that can be used now: active, within its dates and
    not used up (which packages it covers is the booking's check)."""
    now = timeutil.now()
    return sa.and_(
        PromoCode.active.is_(True),
        sa.or_(PromoCode.valid_from.is_(None), PromoCode.valid_from <= now),
        sa.or_(PromoCode.valid_until.is_(None), PromoCode.valid_until >= now),
        sa.or_(PromoCode.max_uses.is_(None), PromoCode.used_count < PromoCode.max_uses),
    )


def campaign_promo(campaign_: Campaign) -> PromoCode | None:
    """The campaign's own promo code, if one can be used now."""
    return db.session.scalar(
        sa.select(PromoCode).where(PromoCode.campaign_id == campaign_.id, promo_usable())
        .order_by(PromoCode.id).limit(1)
    )


def refresh_package_search(package: Package) -> None:
    """Recompute the package's search text from its content in every language."""
    extra = []
    for day in package.days:
        extra.extend((day.title or {}).values())
        for stop in day.stops:
            extra.extend(stop.attraction.name.values())
            extra.extend(stop.attraction.region.name.values())
    extra.extend(package.organisation.region.name.values())
    extra.append(package.organisation.name)
    package.search_text = document(
        package.title, package.summary, package.description, extra=extra
    )


def attraction_search_text(attraction_: Attraction) -> str:
    return document(attraction_.name, attraction_.summary, attraction_.description, extra=[attraction_.area or ""])


def refresh_attraction_search(attraction_: Attraction) -> None:
    """Recompute the attraction's search text, and that of the packages that visit it
    (their search text holds the names of the places they visit)."""
    attraction_.search_text = attraction_search_text(attraction_)
    visiting = (
        sa.select(ItineraryDay.package_id)
        .join(ItineraryStop, ItineraryStop.day_id == ItineraryDay.id)
        .where(ItineraryStop.attraction_id == attraction_.id)
    )
    for package in db.session.scalars(sa.select(Package).where(Package.id.in_(visiting))):
        refresh_package_search(package)


def visit_date(departure_date: date, day_number: int) -> date:
    """The one rule for when a trip is at a place: day N of a departure is its date + N - 1."""
    return departure_date + timedelta(days=day_number - 1)


def closures_ahead(attraction_ids) -> list[AttractionClosure]:
    """Closures in force or coming (not yet over) of these attractions, soonest first."""
    ids = set(attraction_ids)
    if not ids:
        return []
    return list(db.session.scalars(
        sa.select(AttractionClosure)
        .where(AttractionClosure.attraction_id.in_(ids), AttractionClosure.ends_on >= timeutil.today())
        .order_by(AttractionClosure.starts_on, AttractionClosure.id)
        .options(selectinload(AttractionClosure.attraction))
    ))


def package_closures(package: Package) -> list[AttractionClosure]:
    """Closures in force or coming of the places the package visits (its days loaded; with
    `card_options` the closures come loaded too)."""
    attractions = [stop.attraction for day in package.days for stop in day.stops]
    if not all("closures" in sa.inspect(a).dict for a in attractions):
        return closures_ahead(a.id for a in attractions)
    found = {closure.id: closure for a in attractions for closure in a.closures}
    return sorted(found.values(), key=lambda c: (c.starts_on, c.id))


def departure_closures(departure: Departure) -> list[AttractionClosure]:
    """Closures of a place the trip visits on the very day it is there."""
    visits = [(stop.attraction_id, visit_date(departure.date, day.day_number))
              for day in departure.package.days for stop in day.stops]
    return [closure for closure in closures_ahead(a for a, _ in visits)
            if any(a == closure.attraction_id and closure.starts_on <= day <= closure.ends_on
                   for a, day in visits)]
