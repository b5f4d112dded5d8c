"""What the load benchmark (bench/load.py) asks for, picked from the benchmark database:
real pages, a busy partner, open departures to book, and the seat-ledger check after.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlencode

import sqlalchemy as sa

from bench.catalogue import PASSWORD
from bench.generate import bench_app, database_url
from wisata import timeutil
from wisata.extensions import db
from wisata.models import (
    Attraction,
    Booking,
    Category,
    Departure,
    DepartureStatus,
    ItineraryDay,
    Job,
    JobStatus,
    MemberRole,
    Membership,
    Organisation,
    Package,
    PriceCategory,
    Region,
    User,
)
from wisata.models.catalog import ItineraryStop, PackageFigures, attraction_categories
from wisata.services import ledger
from wisata.services.catalog import publicly_offered

DEEP_PAGE = 50
BOOKABLE_DEPARTURES = 500
FILTER_TRAVELLERS = 2


@dataclass(frozen=True)
class Page:
    name: str
    path: str
    audience: str  # "public", "partner", "office" (signed in as them) or "booking"


@dataclass
class Targets:
    backend: str
    lang: str
    package_slug: str
    attraction_slug: str
    search_word: str
    filter_args: dict[str, str]
    deep_page: int
    partner_email: str
    partner_bookings: int
    office_email: str
    departures: list[tuple[int, int]]  # (departure id, seats to book), most seats left first
    counts: dict[str, int] = field(default_factory=dict)
    matches: dict[str, int] = field(default_factory=dict)  # packages the search and the filter find
    server_version: str = ""
    # Travellers' addresses differ from run to run: the site limits the unpaid bookings of one address.
    run_id: str = field(default_factory=lambda: secrets.token_hex(4))
    password: str = PASSWORD

    @property
    def summary(self) -> str:
        return ", ".join(f"{n:,} {name}" for name, n in self.counts.items())

    @property
    def described(self) -> str:
        return (f"package {self.package_slug}; attraction {self.attraction_slug}; search "
                f"“{self.search_word}” ({self.matches.get('search', '?')} packages); filter "
                f"{urlencode(self.filter_args)} ({self.matches.get('filter', '?')} packages); list page "
                f"{self.deep_page}; partner {self.partner_email} ({self.partner_bookings:,} bookings); "
                f"office {self.office_email}; {len(self.departures)} departures to book")

    def booking_form(self, number: int, seats: int, source: str = "load") -> bytes:
        """A complete final booking step, as the review page posts it; `source` and `number`
        make its traveller and its idempotency key unique."""
        form = {
            "contact_name": f"Load Test {number}",
            "contact_email": f"{source}-{self.run_id}-{number}@example.com",
            "contact_phone": "+6281234567890", "origin_country": "ID", "origin_province": "Jambi",
            "payment_method": "bank_transfer", "accept_policy": "y", "accept_privacy": "y",
            "idempotency_key": f"{source}-{self.run_id}-{number:08d}", "confirm": "1",
        }
        form.update({f"travellers-{i}": f"Traveller {number}-{i + 1}" for i in range(seats)})
        return urlencode(form).encode()


def pages_for(targets: Targets, lang: str) -> list[Page]:
    """Issue 9's pages, in the order of the table."""
    ics = "/events.ics" if lang == "id" else f"/events.ics?lang={lang}"
    return [
        Page("home", f"/{lang}/", "public"),
        Page("list", f"/{lang}/packages", "public"),
        Page(f"list page {targets.deep_page}", f"/{lang}/packages?page={targets.deep_page}", "public"),
        Page("search", f"/{lang}/packages?{urlencode({'q': targets.search_word})}", "public"),
        Page("filter", f"/{lang}/packages?{urlencode(targets.filter_args)}", "public"),
        Page("detail", f"/{lang}/packages/{targets.package_slug}", "public"),
        Page("attractions", f"/{lang}/attractions", "public"),
        Page("attraction", f"/{lang}/attractions/{targets.attraction_slug}", "public"),
        Page("events", f"/{lang}/events", "public"),
        Page("sitemap", "/sitemap.xml", "public"),
        Page("events.ics", ics, "public"),
        Page("API list", f"/api/v1/packages?lang={lang}", "public"),
        Page("partner dashboard", f"/{lang}/partner/", "partner"),
        Page("partner bookings", f"/{lang}/partner/bookings", "partner"),
        Page("office figures", f"/{lang}/office/figures", "office"),
    ]


def has_catalogue(url: str) -> bool:
    """Whether the database at `url` exists and holds generated packages."""
    target = sa.engine.make_url(database_url(url))
    if target.get_backend_name() == "sqlite" and not (target.database and Path(target.database).exists()):
        return False  # connecting would create an empty file
    engine = sa.create_engine(target)
    try:
        with engine.connect() as connection:
            return bool(connection.execute(sa.select(sa.func.count()).select_from(Package.__table__)).scalar())
    except sa.exc.SQLAlchemyError:
        return False
    finally:
        engine.dispose()


def pick_targets(url: str, lang: str) -> Targets:
    """Targets from the database at `url` (migrated first, as the generator does)."""
    app = bench_app(url)
    with app.app_context():
        package_id, slug, title = db.session.execute(
            sa.select(Package.id, Package.slug, Package.title)
            .join(PackageFigures, PackageFigures.package_id == Package.id)
            .where(publicly_offered(), PackageFigures.next_date.is_not(None))
            .order_by(PackageFigures.review_count.desc(), PackageFigures.popularity.desc(), Package.id)
            .limit(1)
        ).one()
        partner_id, partner_bookings = busiest_partner()
        targets = Targets(
            backend=db.engine.dialect.name, lang=lang, package_slug=slug,
            attraction_slug=busiest_attraction(), search_word=search_word(title, lang),
            filter_args=filter_args(package_id), deep_page=DEEP_PAGE,
            partner_email=owner_email(partner_id), partner_bookings=partner_bookings,
            office_email=db.session.scalar(
                sa.select(User.email).where(User.office_region_id.is_not(None)).order_by(User.id).limit(1)),
            departures=bookable_departures(),
            server_version=server_version(),
            counts={name: db.session.scalar(sa.select(sa.func.count()).select_from(model))
                    for name, model in (("packages", Package), ("departures", Departure), ("bookings", Booking),
                                        ("partners", Organisation))},
        )
        db.session.rollback()
    client = app.test_client()
    for name, args in (("search", {"q": targets.search_word}), ("filter", targets.filter_args), ("list", {})):
        found = client.get(f"/api/v1/packages?{urlencode(args)}").get_json()
        targets.matches[name] = found["total"]
        if name == "list":
            targets.deep_page = min(DEEP_PAGE, max(found["pages"], 1))
    with app.app_context():
        db.engine.dispose()
    return targets


def server_version() -> str:
    if db.engine.dialect.name == "postgresql":
        return "PostgreSQL " + db.session.scalar(sa.text("SHOW server_version")).split()[0]
    return "SQLite " + db.session.scalar(sa.text("SELECT sqlite_version()"))


def busiest_partner() -> tuple[int, int]:
    """The organisation whose packages have the most bookings, and how many."""
    bookings = sa.func.count(Booking.id)
    return db.session.execute(
        sa.select(Package.organisation_id, bookings)
        .join(Departure, Departure.package_id == Package.id)
        .join(Booking, Booking.departure_id == Departure.id)
        .group_by(Package.organisation_id)
        .order_by(bookings.desc(), Package.organisation_id)
        .limit(1)
    ).one()


def owner_email(organisation_id: int) -> str:
    return db.session.scalar(
        sa.select(User.email).join(Membership, Membership.user_id == User.id)
        .where(Membership.organisation_id == organisation_id, Membership.role == MemberRole.OWNER)
        .order_by(User.id).limit(1)
    )


def busiest_attraction() -> str:
    """The published attraction most packages visit (its page lists them)."""
    stops = sa.func.count(ItineraryStop.day_id)
    return db.session.scalar(
        sa.select(Attraction.slug).join(ItineraryStop, ItineraryStop.attraction_id == Attraction.id)
        .where(Attraction.published.is_(True))
        .group_by(Attraction.id, Attraction.slug).order_by(stops.desc(), Attraction.id).limit(1)
    )


def search_word(title: dict, lang: str) -> str:
    """The longest word of a package's title: a word travellers type, and that matches."""
    words = re.findall(r"[^\W\d_]{4,}", title.get(lang) or next(iter(title.values())))
    return max(words, key=len) if words else ""


def filter_args(package_id: int) -> dict[str, str]:
    """Region, category, price, dates and seats around one package's next departure with
    room, so the filtered list is not empty."""
    today = timeutil.today()
    region = db.session.scalar(
        sa.select(Region.slug).join(Organisation, Organisation.region_id == Region.id)
        .join(Package, Package.organisation_id == Organisation.id).where(Package.id == package_id)
    )
    category = db.session.scalar(
        sa.select(Category.slug)
        .join(attraction_categories, attraction_categories.c.category_id == Category.id)
        .join(ItineraryStop, ItineraryStop.attraction_id == attraction_categories.c.attraction_id)
        .join(ItineraryDay, ItineraryDay.id == ItineraryStop.day_id)
        .where(ItineraryDay.package_id == package_id).order_by(Category.position, Category.id).limit(1)
    )
    price = db.session.scalar(sa.select(PackageFigures.from_price).where(PackageFigures.package_id == package_id))
    departs = db.session.scalar(
        sa.select(Departure.date).where(
            Departure.package_id == package_id, Departure.date > today, Departure.status == DepartureStatus.OPEN,
            Departure.capacity - Departure.seats_held >= FILTER_TRAVELLERS,
        ).order_by(Departure.date).limit(1)
    ) or today + timedelta(days=30)
    args = {"region": region}
    if category:
        args["category"] = category
    if price:
        args |= {"price_min": str(price // 2 // 1000 * 1000), "price_max": str(price * 2)}
    args |= {"date_from": max(departs - timedelta(days=7), today + timedelta(days=1)).isoformat(),
             "date_to": (departs + timedelta(days=7)).isoformat(), "travellers": str(FILTER_TRAVELLERS)}
    return args


def bookable_departures() -> list[tuple[int, int]]:
    """Open departures of offered packages with an adult price and room for one group of
    the package's smallest size; most seats left first."""
    seats_left = Departure.capacity - Departure.seats_held
    seats = sa.case((Package.min_group > 1, Package.min_group), else_=1)
    has_adult = sa.select(PriceCategory.id).where(
        PriceCategory.package_id == Package.id, PriceCategory.code == "adult").exists()
    return [tuple(row) for row in db.session.execute(
        sa.select(Departure.id, seats)
        .join(Package, Departure.package_id == Package.id)
        .where(publicly_offered(), has_adult, Departure.status == DepartureStatus.OPEN,
               Departure.date > timeutil.today(), seats_left >= seats, seats <= Package.max_group)
        .order_by(seats_left.desc(), Departure.id)
        .limit(BOOKABLE_DEPARTURES)
    )]


@dataclass
class LedgerCheck:
    overbooked: list[tuple[int, int, int]]  # departure id, seats held, capacity
    drift: list[ledger.Drift]
    queued_jobs: int

    @property
    def ok(self) -> bool:
        return not self.overbooked and not self.drift

    def describe(self) -> str:
        over = ("no departure holds more seats than its capacity" if not self.overbooked else
                f"{len(self.overbooked)} OVERBOOKED departures: " +
                ", ".join(f"{d} ({held}/{capacity})" for d, held, capacity in self.overbooked[:10]))
        drift = ("`flask bookings check`: no drift, every counter matches the bookings" if not self.drift else
                 f"`flask bookings check`: {len(self.drift)} drifted counters: " +
                 "; ".join(str(d) for d in self.drift[:10]))
        return (f"Seat ledger after the run: {over}; {drift}. {self.queued_jobs:,} jobs (booking e-mails) "
                f"wait in the outbox, queued and not sent. Ledger check {'passed' if self.ok else 'FAILED'}.")


def check_ledger(url: str) -> LedgerCheck:
    app = bench_app(url)
    with app.app_context():
        overbooked = [tuple(row) for row in db.session.execute(
            sa.select(Departure.id, Departure.seats_held, Departure.capacity)
            .where(Departure.seats_held > Departure.capacity).order_by(Departure.id)
        )]
        found = ledger.check()
        queued = db.session.scalar(sa.select(sa.func.count(Job.id)).where(Job.status == JobStatus.PENDING))
        db.session.rollback()
        db.engine.dispose()
    return LedgerCheck(overbooked, found, queued)
