"""Load the demo catalogue into an empty or partly filled database, idempotently.

Every object is found by its natural key (slug, e-mail, code, date) before it is made,
so running the seed twice changes nothing the second time.
"""

from __future__ import annotations

import hashlib
import random
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import sqlalchemy as sa
from flask import current_app

from wisata import timeutil
from wisata.demo import artwork, content, payments, promotion
from wisata.extensions import db
from wisata.models import (
    Attraction,
    AttractionClosure,
    Booking,
    BookingEvent,
    BookingLine,
    BookingStatus,
    CancellationPolicy,
    Category,
    Departure,
    DepartureStatus,
    Event,
    EventKind,
    ItineraryDay,
    ItineraryStop,
    MemberRole,
    Membership,
    Organisation,
    OrganisationKind,
    OrganisationStatus,
    Package,
    PackageApproval,
    PackagePhoto,
    PackageStatus,
    Payment,
    PaymentMethod,
    Photo,
    PriceCategory,
    PromoCode,
    Region,
    Review,
    ReviewDecision,
    Traveller,
    User,
)
from wisata.services.catalog import attraction_search_text, refresh_package_search
from wisata.services.passwords import hash_password

DEMO_PASSWORD = "wisata-demo-2026"
DEMO_DOMAIN = "demo.wisata-malang-jambi.id"
HORIZON_DAYS = 183
TRAVELLER_NAMES = (
    "Ayu Lestari", "Budi Santoso", "Citra Dewi", "Dimas Pratama", "Eka Putri", "Fajar Nugroho",
    "Gita Maharani", "Hendra Wijaya", "Indah Permata", "Joko Susilo", "Kartika Sari",
    "Lukas de Vries", "Maya Anggraini", "Nur Aisyah", "Omar Rahman", "Putu Adi", "Rina Marlina",
    "Sarah Thompson", "Taufik Hidayat", "Wulan Safitri", "Yusuf Hakim", "Zahra Amalia",
)
PROVINCES = ("Jawa Timur", "Jambi", "DKI Jakarta", "Jawa Barat", "Sumatera Barat", "Bali")


def _get(model, **key):
    return db.session.scalar(sa.select(model).filter_by(**key))


def _photo(key: str, scene: str, alt: dict) -> Photo:
    """The demo illustration stored as <media>/<key>.svg (re-drawn if the file is gone)."""
    folder = Path(current_app.config["MEDIA_FOLDER"])
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{key}.svg"
    if not path.exists():
        path.write_text(artwork.render(scene, seed=key), encoding="utf-8")
    photo = _get(Photo, key=key)
    if photo is None:
        photo = Photo(key=key, format="svg", widths=[], width=1200, height=750, alt=alt)
        db.session.add(photo)
    return photo


def seed_regions() -> dict[str, Region]:
    regions = {}
    for position, data in enumerate(content.REGIONS):
        region = _get(Region, slug=data["slug"])
        if region is None:
            region = Region(
                slug=data["slug"], name=data["name"], summary=data["summary"],
                description=data["description"], position=position,
            )
            scene = "volcano" if data["slug"] == "malang" else "temple"
            region.photo = _photo(f"demo-region-{data['slug']}", scene, data["name"])
            db.session.add(region)
        regions[data["slug"]] = region
    return regions


def seed_categories() -> dict[str, Category]:
    categories = {}
    for position, data in enumerate(content.CATEGORIES):
        category = _get(Category, slug=data["slug"])
        if category is None:
            category = Category(slug=data["slug"], name=data["name"], position=position)
            db.session.add(category)
        categories[data["slug"]] = category
    return categories


def seed_attractions(regions, categories) -> dict[str, Attraction]:
    attractions = {}
    for data in content.ATTRACTIONS:
        attraction = _get(Attraction, slug=data["slug"])
        if attraction is None:
            attraction = Attraction(
                slug=data["slug"], region=regions[data["region"]], area=data["area"],
                name=data["name"], summary=data["summary"], description=data["description"],
                practical_info=data["practical_info"], latitude=data["lat"], longitude=data["lng"],
                categories=[categories[c] for c in data["categories"]],
                photo=_photo(f"demo-attraction-{data['slug']}", data["scene"], data["name"]),
            )
            attraction.search_text = attraction_search_text(attraction)
            db.session.add(attraction)
        attractions[data["slug"]] = attraction
    return attractions


def seed_organisations(regions) -> dict[str, Organisation]:
    """The verified partners, and one application per region waiting for its office."""
    organisations = {}
    verified = [(data, OrganisationStatus.VERIFIED) for data in content.ORGANISATIONS]
    pending = [(data, OrganisationStatus.PENDING) for data in content.APPLICATIONS]
    for data, status in verified + pending:
        organisation = _get(Organisation, slug=data["slug"])
        if organisation is None:
            fields = {k: v for k, v in data.items() if k not in ("slug", "kind", "region")}
            organisation = Organisation(
                slug=data["slug"], kind=OrganisationKind(data["kind"]), region=regions[data["region"]],
                status=status, verified_at=timeutil.now() if status is OrganisationStatus.VERIFIED else None,
                **fields,
            )
            db.session.add(organisation)
        _documents(organisation)
        organisations[data["slug"]] = organisation
    return organisations


def _documents(organisation: Organisation) -> None:
    """NIB, TDUP and CHSE of a demo partner, filled in once (a database seeded before they
    existed gets them too)."""
    documents = content.ORGANISATION_DOCUMENTS.get(organisation.slug)
    if documents is None or organisation.nib:
        return
    organisation.nib, organisation.tdup_number = documents["nib"], documents["tdup_number"]
    if documents.get("chse_number"):
        organisation.chse_number = documents["chse_number"]
        organisation.chse_expires_on = timeutil.today() + timedelta(days=documents["chse_expires_in_days"])


def _lines(items: dict) -> dict:
    return {lang: "\n".join(values) for lang, values in items.items()}


def seed_packages(organisations, attractions) -> dict[str, Package]:
    packages = {}
    for data in content.PACKAGES + content.PACKAGES_IN_REVIEW:
        package = _get(Package, slug=data["slug"])
        if package is None:
            package = _new_package(data, organisations, attractions)
            db.session.add(package)
            db.session.flush()
            refresh_package_search(package)
        packages[data["slug"]] = package
    return packages


def _submitted_for_review(package: Package, data: dict) -> None:
    """A package the partner submitted some days ago: the offices' review queue."""
    package.status = PackageStatus.IN_REVIEW
    package.review_round = 1
    package.submitted_at = timeutil.now() - timedelta(days=data["submitted_days_ago"], hours=3)


def seed_review_approvals(packages, regions) -> None:
    """A joint package one office has approved and the other has yet to review."""
    for data in content.PACKAGES_IN_REVIEW:
        package = packages[data["slug"]]
        for slug in data.get("approved_by", ()):
            region = regions[slug]
            if _get(PackageApproval, package_id=package.id, region_id=region.id, review_round=1) is None:
                reviewer = _get(User, email=f"dinas.{slug}@{DEMO_DOMAIN}")
                db.session.add(PackageApproval(
                    package_id=package.id, region_id=region.id, review_round=1,
                    decision=ReviewDecision.APPROVED, reviewer_id=reviewer.id if reviewer else None,
                ))


def _new_package(data, organisations, attractions) -> Package:
    package = Package(
        slug=data["slug"],
        organisation=organisations[data["provider"]],
        co_organisation=organisations[data["co_provider"]] if data["co_provider"] else None,
        co_accepted_at=timeutil.now() if data["co_provider"] else None,
        title=data["title"], summary=data["summary"], description=_with_season_notes(data),
        inclusions=_lines(data["inclusions"]), exclusions=_lines(data["exclusions"]),
        meeting_point=data["meeting_point"], duration_days=data["duration_days"],
        duration_nights=data["duration_nights"], min_group=data["min_group"],
        max_group=data["max_group"],
        cancellation_policy=CancellationPolicy(data["cancellation_policy"]),
        pay_at_meeting_point=data["pay_at_meeting_point"], featured=data["featured"],
        status=PackageStatus.PUBLISHED,
    )
    for number, day in enumerate(data["days"], start=1):
        package.days.append(
            ItineraryDay(
                day_number=number, title=day["title"], description=day["description"],
                nights=day["nights"], accommodation=day["accommodation"],
                stops=[
                    ItineraryStop(attraction=attractions[slug], position=i)
                    for i, slug in enumerate(day["attractions"])
                ],
            )
        )
    for position, price in enumerate(data["prices"]):
        package.prices.append(PriceCategory(code=price["code"], amount=price["amount"], position=position))
    cover = _photo(f"demo-package-{data['slug']}", data["scene"], data["title"])
    gallery = [cover]
    for day in data["days"]:
        for slug in day["attractions"]:
            photo = attractions[slug].photo
            if photo not in gallery and len(gallery) < 5:
                gallery.append(photo)
    package.photos = [PackagePhoto(photo=p, position=i) for i, p in enumerate(gallery)]
    if "submitted_days_ago" in data:
        _submitted_for_review(package, data)
    return package


def _visited(data) -> list[str]:
    return [slug for day in data["days"] for slug in day["attractions"]]


def _with_season_notes(data) -> dict:
    """The description, followed by the season note of each attraction the trip visits."""
    notes = [content.SEASON_NOTES[slug] for slug in dict.fromkeys(_visited(data)) if slug in content.SEASON_NOTES]
    return {lang: "\n\n".join([text, *(note[lang] for note in notes)]) for lang, text in data["description"].items()}


def _closed_days(data, today: date) -> list[tuple[date, date]]:
    """The demo closures (start, end) of the attractions the trip visits: no departure falls
    in them, as a partner would not sell a trip up a closed trail."""
    visited = set(_visited(data))
    return [(today + timedelta(days=c["starts_in_days"]), today + timedelta(days=c["ends_in_days"]))
            for c in content.CLOSURES if c["attraction"] in visited]


def seed_departures(packages) -> None:
    """Departures over the next six months on each package's weekdays outside the closures of
    the places it visits, some nearly full."""
    today = timeutil.today()
    for data in content.PACKAGES + content.PACKAGES_IN_REVIEW:
        package = packages[data["slug"]]
        # A package in review has departures ready, but nobody could book them yet.
        bookable = package.status is PackageStatus.PUBLISHED
        existing = set(
            db.session.execute(
                sa.select(Departure.date, Departure.start_time).where(Departure.package_id == package.id)
            ).all()
        )
        rng = random.Random(data["slug"])
        start = time.fromisoformat(data["start_time"])
        closed = _closed_days(data, today)
        for offset in range(3, HORIZON_DAYS):
            day = today + timedelta(days=offset)
            if day.weekday() not in data["weekdays"] or (day, start) in existing:
                continue
            # A trip of several days must not run into a closure either.
            last = day + timedelta(days=data["duration_days"] - 1)
            if any(day <= end and last >= begin for begin, end in closed):
                continue
            capacity = max(4, data["capacity"] + rng.choice((-4, -2, 0, 0, 2, 4)))
            departure = Departure(package=package, date=day, start_time=start, capacity=capacity)
            db.session.add(departure)
            roll = rng.random() if bookable else 1.0
            if roll < 0.12:
                _demo_booking(departure, capacity - rng.choice((1, 2)), rng, BookingStatus.CONFIRMED)
            elif roll < 0.45:
                _demo_booking(departure, rng.randint(1, max(1, capacity // 3)), rng, BookingStatus.CONFIRMED)


def _demo_booking(departure: Departure, seats: int, rng: random.Random, status: BookingStatus,
                  when: datetime | None = None) -> Booking:
    """A demo booking that holds (or, completed, once held) its seats like a real one."""
    package = departure.package
    adult = next(p for p in package.prices if p.code == "adult")
    child = next((p for p in package.prices if p.code == "child"), None)
    children = rng.randint(0, seats // 3) if child and seats > 1 else 0
    counts = [(adult, seats - children)] + ([(child, children)] if children else [])
    total = sum(p.amount * n for p, n in counts)
    # Bookings for coming trips were made over the past two months, not all at seed time.
    when = when or timeutil.now() - timedelta(days=rng.randint(0, 60), hours=rng.randint(0, 23))
    seed = f"{package.slug}:{departure.date}:{seats}:{status.value}"
    code = "D" + hashlib.sha256(seed.encode()).hexdigest()[:7].upper()
    names = rng.sample(TRAVELLER_NAMES, k=min(seats, len(TRAVELLER_NAMES)))
    contact = names[0]
    domestic = rng.random() < 0.8
    booking = Booking(
        code=code, departure=departure, status=status, seats=seats, contact_name=contact,
        contact_email=f"{contact.split()[0].lower()}.{code.lower()}@example.com",
        contact_phone="+62812" + str(rng.randint(10_000_000, 99_999_999)),
        origin_country="ID" if domestic else rng.choice(("MY", "SG", "NL", "AU", "DE", "JP")),
        origin_province=rng.choice(PROVINCES) if domestic else None,
        locale="id" if domestic else "en", payment_method=PaymentMethod.BANK_TRANSFER,
        subtotal=total, discount=0, total=total, amount_paid=total, paid_at=when,
        payee_organisation_id=package.organisation_id,
        created_at=when,
    )
    booking.payments = [Payment(amount=total, method=PaymentMethod.BANK_TRANSFER, reference="demo", received_at=when)]
    booking.lines = [BookingLine(category_code=p.code, quantity=n, unit_price=p.amount) for p, n in counts]
    booking.travellers = [
        Traveller(position=i, full_name=names[i % len(names)] if i < len(names) else f"{contact} +{i}",
                  category_code=p.code)
        for i, p in enumerate(p for p, n in counts for _ in range(n))
    ]
    booking.history = [
        BookingEvent(from_status=None, to_status=BookingStatus.PENDING_PAYMENT, at=booking.created_at),
        BookingEvent(from_status=BookingStatus.PENDING_PAYMENT, to_status=BookingStatus.CONFIRMED,
                     at=booking.created_at, note="demo"),
    ]
    if status is BookingStatus.COMPLETED:
        booking.history.append(BookingEvent(from_status=BookingStatus.CONFIRMED, to_status=status,
                                            at=booking.created_at))
    else:
        departure.seats_held = (departure.seats_held or 0) + seats
    db.session.add(booking)
    return booking


def seed_reviews(packages) -> None:
    """Each review belongs to a completed booking on a past departure, as in real life."""
    for index, data in enumerate(content.REVIEWS):
        package = packages[data["package"]]
        day = timeutil.today() - timedelta(days=20 + 9 * index)
        departure = _get(Departure, package_id=package.id, date=day)
        if departure is None:
            departure = Departure(package=package, date=day, start_time=time(7, 0), capacity=12,
                                  status=DepartureStatus.CLOSED)
            db.session.add(departure)
        rng = random.Random(f"review-{index}")
        when = datetime.combine(day, time(10), tzinfo=UTC)
        seed = f"{package.slug}:{departure.date}:2:completed"
        code = "D" + hashlib.sha256(seed.encode()).hexdigest()[:7].upper()
        if _get(Booking, code=code) is not None:
            continue
        booking = _demo_booking(departure, 2, rng, BookingStatus.COMPLETED, when=when)
        booking.contact_name = data["name"]
        booking.origin_country = data["country"]
        booking.origin_province = data["province"]
        booking.locale = data["locale"]
        db.session.add(Review(
            booking=booking, package_id=package.id, rating=data["rating"], author_name=data["name"],
            origin_country=data["country"], locale=data["locale"], comment=data["comment"],
            created_at=when + timedelta(days=3),
        ))


def seed_events(regions, packages) -> None:
    for data in content.EVENTS:
        if _get(Event, slug=data["slug"]) is not None:
            continue
        starts = datetime.fromisoformat(data["starts"]).replace(tzinfo=timeutil.WIB)
        ends = datetime.fromisoformat(data["ends"]).replace(tzinfo=timeutil.WIB)
        db.session.add(Event(
            slug=data["slug"], region=regions[data["region"]], kind=EventKind(data["kind"]),
            title=data["title"], summary=data["summary"], description=data["description"],
            venue=data["venue"], starts_at=starts, ends_at=ends, published=True,
            photo=_photo(f"demo-event-{data['slug']}", data["scene"], data["title"]),
            packages=[packages[s] for s in data["related_packages"]],
        ))


def seed_promo_codes(regions) -> None:
    for data in content.PROMO_CODES:
        if _get(PromoCode, code=data["code"]) is None:
            db.session.add(PromoCode(
                code=data["code"], description=data["description"], percent_off=data["percent_off"],
                amount_off=data["amount_off"], region_id=regions[data["region"]].id,
                valid_until=datetime.combine(timeutil.today() + timedelta(days=365), time(), tzinfo=UTC),
            ))


def _user(email: str, name: str, **fields) -> tuple[User, bool]:
    user = _get(User, email=email)
    if user is not None:
        return user, False
    user = User(email=email, name=name, password_hash=hash_password(DEMO_PASSWORD),
                email_verified_at=timeutil.now(), **fields)
    db.session.add(user)
    return user, True


def seed_accounts(regions, organisations) -> list[tuple[str, str]]:
    """Demo accounts for every role; returns (role, e-mail) to print."""
    accounts = []
    for slug, region in regions.items():
        email = f"dinas.{slug}@{DEMO_DOMAIN}"
        _user(email, f"Dinas Pariwisata {content_name(region)}", office_region=region, locale="id")
        accounts.append((f"office admin ({slug})", email))
    for slug, organisation in organisations.items():
        email = f"{slug}@{DEMO_DOMAIN}"
        user, created = _user(email, f"{organisation.name} (owner)")
        if created:
            user.memberships.append(Membership(organisation=organisation, role=MemberRole.OWNER))
        accounts.append((f"partner owner: {organisation.name}", email))
    email = f"wisatawan@{DEMO_DOMAIN}"
    _user(email, "Rani Wisatawan", locale="id")
    accounts.append(("traveller", email))
    return accounts


def content_name(region: Region) -> str:
    return region.name.get("id", region.slug)


def seed_closures(attractions) -> None:
    """Closures the offices declared, dated from the seed day; found again by attraction and
    reason, so a later seed does not add another."""
    today = timeutil.today()
    for data in content.CLOSURES:
        attraction = attractions[data["attraction"]]
        known = db.session.scalars(sa.select(AttractionClosure.reason)
                                   .where(AttractionClosure.attraction_id == attraction.id)).all()
        if data["reason"] in known:
            continue
        office = _get(User, email=f"dinas.{data['office']}@{DEMO_DOMAIN}")
        db.session.add(AttractionClosure(
            attraction=attraction, reason=data["reason"], created_by_id=office.id if office else None,
            starts_on=today + timedelta(days=data["starts_in_days"]),
            ends_on=today + timedelta(days=data["ends_in_days"]),
        ))


def seed_demo() -> list[tuple[str, str]]:
    """Load everything; returns the demo accounts."""
    regions = seed_regions()
    categories = seed_categories()
    attractions = seed_attractions(regions, categories)
    organisations = seed_organisations(regions)
    db.session.flush()
    packages = seed_packages(organisations, attractions)
    seed_departures(packages)
    seed_reviews(packages)
    seed_events(regions, packages)
    seed_promo_codes(regions)
    accounts = seed_accounts(regions, organisations)
    promotion.seed_promotion(regions)  # campaigns and scoped codes need the office accounts
    db.session.flush()
    seed_review_approvals(packages, regions)
    seed_closures(attractions)
    payments.seed_payment_states(packages)
    db.session.commit()
    return accounts
