"""The generated catalogue: partners and their owners, packages, events, campaigns, codes.

Regions, categories and attractions come from the demo seed; everything else is made
from the word lists in bench/words.py, in both languages, with ids assigned here so the
rows can be written in bulk.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from types import SimpleNamespace

from bench import words
from wisata import timeutil
from wisata.demo.seed import seed_attractions, seed_categories, seed_regions
from wisata.extensions import db
from wisata.models import (
    Campaign,
    CancellationPolicy,
    Event,
    EventKind,
    ItineraryDay,
    MemberRole,
    Membership,
    Organisation,
    OrganisationKind,
    OrganisationStatus,
    Package,
    PackageStatus,
    PriceCategory,
    PromoCode,
    User,
)
from wisata.models.catalog import ItineraryStop
from wisata.models.promotion import campaign_events, campaign_packages, event_packages
from wisata.services.catalog import refresh_package_search
from wisata.services.passwords import hash_password

DOMAIN = "bench.wisata-malang-jambi.id"
PASSWORD = "wisata-bench-2026"
EVENTS, CAMPAIGNS, PROMO_CODES = 150, 24, 60


def pair(entry: tuple[str, str]) -> dict:
    return {"id": entry[0], "en": entry[1]}


@dataclass
class PackageInfo:
    """What the booking maker needs of a package."""

    id: int
    region_ids: tuple[int, ...]  # provider's first
    adult: int
    child: int | None
    policy: CancellationPolicy
    pay_at_meeting_point: bool
    max_group: int
    days: int
    start: time
    offered: bool


class CatalogueMaker:
    def __init__(self, seed: int):
        self.rng = random.Random(f"catalogue-{seed}")
        self.now = timeutil.now()
        self.today = timeutil.today()
        self.packages: list[PackageInfo] = []
        self.office_ids: dict[int, int] = {}  # region id -> office admin id
        self.traveller_ids: list[int] = []
        self.campaigns: list[int] = []
        self.events: list[int] = []
        self.fairs: list[int] = []
        self.promo_codes: list[tuple[int, int | None, int | None, int | None]] = []  # id, region, %, amount

    # Reference data -------------------------------------------------------------------

    def seed_reference_data(self) -> None:
        regions = seed_regions()
        attractions = seed_attractions(regions, seed_categories())
        db.session.commit()
        self.regions = {slug: SimpleNamespace(id=r.id, name=dict(r.name)) for slug, r in regions.items()}
        self.region_ids = [r.id for r in self.regions.values()]
        self.region_by_id = {r.id: r for r in self.regions.values()}
        self.attractions: dict[int, list[SimpleNamespace]] = {r: [] for r in self.region_ids}
        for attraction in attractions.values():
            self.attractions[attraction.region_id].append(SimpleNamespace(
                id=attraction.id, name=dict(attraction.name), region=self.region_by_id[attraction.region_id]))
        self.password_hash = hash_password(PASSWORD)
        # End the session's read transaction: the bulk writes go through their own
        # connection, and a snapshot kept open here would hide them from this session.
        db.session.commit()

    # Partners ---------------------------------------------------------------------------

    def add_partners(self, writer, count: int) -> None:
        """Organisations in every region (a few pending or suspended), each with its owner;
        the two offices' admins; traveller accounts."""
        self.organisations: list[SimpleNamespace] = []
        user_id = 0
        for region in self.regions.values():
            user_id += 1
            self.office_ids[region.id] = user_id
            writer.add(User.__table__, self._user(user_id, f"dinas.{self._slug(region)}@{DOMAIN}",
                                                  f"Dinas Pariwisata {region.name['id']}", region.id))
        for n in range(1, count + 1):
            user_id += 1
            organisation = self._organisation(n)
            writer.add(Organisation.__table__, organisation)
            writer.add(User.__table__, self._user(user_id, f"{organisation['slug']}@{DOMAIN}",
                                                  f"{organisation['name']} (owner)", None))
            writer.add(Membership.__table__, {"user_id": user_id, "organisation_id": n, "role": MemberRole.OWNER})
        for n in range(count):  # as many traveller accounts as partners
            user_id += 1
            self.traveller_ids.append(user_id)
            writer.add(User.__table__, self._user(user_id, f"traveller{n}@{DOMAIN}", self._person(), None))

    @staticmethod
    def _slug(region) -> str:
        return region.name["en"].split()[0].lower()

    def _user(self, id_: int, email: str, name: str, office_region_id: int | None) -> dict:
        return {"id": id_, "email": email, "name": name, "password_hash": self.password_hash,
                "locale": "id", "active": True, "email_verified_at": self.now,
                "office_region_id": office_region_id}

    def _person(self) -> str:
        return f"{self.rng.choice(words.FIRST_NAMES)} {self.rng.choice(words.LAST_NAMES)}"

    def _organisation(self, n: int) -> dict:
        rng = self.rng
        kind = OrganisationKind.HOTEL if rng.random() < 0.4 else OrganisationKind.AGENCY
        word = rng.choice(words.ORGANISATION_WORDS)
        name = (f"{rng.choice(words.HOTEL_PREFIXES)} {word} {n}" if kind is OrganisationKind.HOTEL
                else f"{word} {rng.choice(words.AGENCY_SUFFIXES)} {n}")
        roll = rng.random()
        status = (OrganisationStatus.PENDING if roll < 0.03 else
                  OrganisationStatus.SUSPENDED if roll < 0.06 else OrganisationStatus.VERIFIED)
        region_id = self.region_ids[n % len(self.region_ids)]
        self.organisations.append(SimpleNamespace(id=n, kind=kind, status=status, name=name,
                                                  region=self.region_by_id[region_id]))
        slug = name.lower().replace(" ", "-")
        return {
            "id": n, "slug": slug, "kind": kind, "name": name, "legal_name": f"PT {name}",
            "region_id": region_id, "address": f"Jl. {word} No. {n}", "email": f"info@{slug}.example.id",
            "phone": f"+62812{n:08d}", "website": None,
            "description": {"id": f"{name}, mitra wisata sejak {2010 + n % 15}.",
                            "en": f"{name}, a tourism partner since {2010 + n % 15}."},
            "bank_name": rng.choice(("BRI", "BNI", "Mandiri", "BCA", "Bank Jambi")),
            "bank_account_number": f"{n:010d}", "bank_account_holder": f"PT {name}", "status": status,
            "verified_at": None if status is OrganisationStatus.PENDING else self.now - timedelta(days=400),
            "status_reason": "Bench: documents expired" if status is OrganisationStatus.SUSPENDED else None,
            "nib": f"{n:013d}", "tdup_number": f"TDUP-{n:06d}", "locale": "id",
            "created_at": self.now - timedelta(days=420 + n % 300),
        }

    # Packages ---------------------------------------------------------------------------

    def add_packages(self, writer, count: int) -> None:
        """Published packages (and a few drafts, in review or archived) by verified partners
        and some by suspended ones, about one in six a joint Malang–Jambi itinerary."""
        providers = [o for o in self.organisations if o.status is not OrganisationStatus.PENDING]
        by_region = {r: [o for o in providers if o.region.id == r and o.status is OrganisationStatus.VERIFIED]
                     for r in self.region_ids}
        for n in range(1, count + 1):
            provider = self.rng.choice(providers)
            self._package(writer, n, provider, by_region)

    def _package(self, writer, n: int, provider, by_region) -> None:
        rng = self.rng
        joint = rng.random() < 0.16
        others = [r for r in self.region_ids if r != provider.region.id]
        other = rng.choice(others) if joint else None
        co = rng.choice(by_region[other]) if joint and rng.random() < 0.6 and by_region[other] else None
        days = rng.choice((1, 1, 1, 2, 2, 3, 3, 4, 5))
        nights = days - 1 if provider.kind is OrganisationKind.HOTEL or days > 1 else 0
        place, theme = pair(rng.choice(words.PLACES)), pair(rng.choice(words.THEMES))
        adjective = pair(rng.choice(words.ADJECTIVES))
        title = {"id": f"{theme['id']} {place['id']} {adjective['id']}",
                 "en": f"{adjective['en']} {place['en']} {theme['en']}"}
        sentences = rng.sample(words.SENTENCES, 3)
        summary = {lang: sentences[0][i].format(place=place[lang], days=days) for i, lang in enumerate(("id", "en"))}
        description = {lang: " ".join(s[i].format(place=place[lang], days=days) for s in sentences)
                       for i, lang in enumerate(("id", "en"))}
        status = self._package_status(provider)
        itinerary = self._itinerary(writer, n, days, nights, provider, other)
        ns = SimpleNamespace(title=title, summary=summary, description=description, days=itinerary,
                             organisation=provider)
        refresh_package_search(ns)
        adult = rng.randrange(150_000, 4_000_000, 25_000)
        child = adult * rng.choice((60, 70, 75)) // 100 if rng.random() < 0.7 else None
        policy = rng.choice(list(CancellationPolicy))
        at_meeting_point = rng.random() < 0.2
        min_group, max_group = rng.choice((1, 1, 2)), rng.choice((6, 8, 10, 12, 15, 20))
        slug = f"{title['en'].lower().replace(' ', '-').replace('–', '-')}-{n}"
        writer.add(Package.__table__, {
            "id": n, "slug": slug[:100], "organisation_id": provider.id, "co_organisation_id": co.id if co else None,
            "co_accepted_at": self.now - timedelta(days=300) if co else None, "submitted_at": None,
            "title": title, "summary": summary, "description": description,
            "inclusions": self._lines(words.INCLUSIONS), "exclusions": self._lines(words.EXCLUSIONS),
            "meeting_point": pair(rng.choice(words.MEETING_POINTS)), "duration_days": days,
            "duration_nights": nights, "min_group": min_group, "max_group": max_group,
            "cancellation_policy": policy, "pay_at_meeting_point": at_meeting_point, "status": status,
            "featured": rng.random() < 0.01, "spotlight": False, "review_round": 1,
            "search_text": ns.search_text, "created_at": self.now - timedelta(days=400),
        })
        prices = [("adult", adult)] + ([("child", child)] if child else [])
        for position, (code, amount) in enumerate(prices):
            writer.add(PriceCategory.__table__, {"package_id": n, "code": code, "amount": amount, "position": position})
        regions = (provider.region.id,) + ((other,) if other else ()) + ((co.region.id,) if co and co.region.id != other else ())
        offered = status is PackageStatus.PUBLISHED and provider.status is OrganisationStatus.VERIFIED
        self.packages.append(PackageInfo(
            id=n, region_ids=regions, adult=adult, child=child, policy=policy,
            pay_at_meeting_point=at_meeting_point, max_group=max_group, days=days,
            start=time(rng.choice((4, 6, 7, 8, 9, 13))), offered=offered))

    def _package_status(self, provider) -> PackageStatus:
        roll = self.rng.random()
        if provider.status is OrganisationStatus.SUSPENDED or roll > 0.04:
            return PackageStatus.PUBLISHED
        return (PackageStatus.DRAFT, PackageStatus.IN_REVIEW, PackageStatus.ARCHIVED)[int(roll * 75) % 3]

    def _lines(self, entries) -> dict:
        chosen = self.rng.sample(entries, min(3, len(entries)))
        return {"id": "\n".join(e[0] for e in chosen), "en": "\n".join(e[1] for e in chosen)}

    def _itinerary(self, writer, package_id: int, days: int, nights: int, provider, other) -> list:
        """Days with one to three stops in the provider's region; a joint package spends its
        middle (or only) day's last stop in the other region."""
        itinerary = []
        for number in range(1, days + 1):
            day_id = package_id * 10 + number
            region = other if other and number == (days + 1) // 2 else None
            stops = self.rng.sample(self.attractions[provider.region.id], self.rng.randint(1, 2))
            if region:
                stops.append(self.rng.choice(self.attractions[region]))
            title = pair(self.rng.choice(words.DAY_TITLES))
            night = 1 if number <= nights else 0
            writer.add(ItineraryDay.__table__, {
                "id": day_id, "package_id": package_id, "day_number": number, "title": title,
                "description": {"id": f"Hari {number}: {title['id']}.", "en": f"Day {number}: {title['en']}."},
                "nights": night,
                "accommodation": {"id": f"Menginap di {provider.name}", "en": f"Night at {provider.name}"}
                if night else None,
            })
            for position, stop in enumerate(stops):
                writer.add(ItineraryStop.__table__, {"day_id": day_id, "attraction_id": stop.id, "position": position})
            itinerary.append(SimpleNamespace(title=title, stops=[SimpleNamespace(attraction=s) for s in stops]))
        return itinerary

    # Promotion --------------------------------------------------------------------------

    def add_promotion(self, writer) -> None:
        """Events (every kind, fairs among them) and campaigns over the 30 months, with
        their packages, and promo codes (some for a region, some a campaign's own)."""
        offered = [p.id for p in self.packages if p.offered]
        for n in range(1, EVENTS + 1):
            self._event(writer, n, offered)
        for n in range(1, CAMPAIGNS + 1):
            self._campaign(writer, n, offered)
        for n in range(1, PROMO_CODES + 1):
            self._promo_code(writer, n)

    def _event(self, writer, n: int, offered: list[int]) -> None:
        kind = list(EventKind)[n % len(EventKind)]
        region_id = self.region_ids[n % len(self.region_ids)]
        starts = datetime.combine(self.today - timedelta(days=730 - n * 6), time(2), tzinfo=UTC)
        place = pair(self.rng.choice(words.PLACES))
        writer.add(Event.__table__, {
            "id": n, "slug": f"bench-{kind.value.replace('_', '-')}-{n}", "region_id": region_id, "kind": kind,
            "title": {"id": f"{kind.value.title()} {place['id']} {n}", "en": f"{place['en']} {kind.value} {n}"},
            "summary": pair(self.rng.choice(words.SENTENCES)), "description": None, "venue": place,
            "starts_at": starts, "ends_at": starts + timedelta(days=self.rng.randint(0, 3)),
            "published": True, "created_by_id": self.office_ids[region_id],
        })
        for package_id in self.rng.sample(offered, min(3, len(offered))):
            writer.add(event_packages, {"event_id": n, "package_id": package_id})
        self.events.append(n)
        if kind is EventKind.FAIR:
            self.fairs.append(n)

    def _campaign(self, writer, n: int, offered: list[int]) -> None:
        region_id = None if n % 4 == 0 else self.region_ids[n % len(self.region_ids)]
        starts = self.today - timedelta(days=730 - n * 30)
        theme = pair(self.rng.choice(words.THEMES))
        writer.add(Campaign.__table__, {
            "id": n, "slug": f"bench-campaign-{n}", "region_id": region_id,
            "title": {"id": f"Kampanye {theme['id']} {n}", "en": f"{theme['en']} campaign {n}"},
            "summary": pair(self.rng.choice(words.SENTENCES)), "body": None,
            "starts_on": starts, "ends_on": starts + timedelta(days=90), "published": True,
            "created_by_id": self.office_ids[region_id or self.region_ids[0]],
        })
        for package_id in self.rng.sample(offered, min(5, len(offered))):
            writer.add(campaign_packages, {"campaign_id": n, "package_id": package_id})
        writer.add(campaign_events, {"campaign_id": n, "event_id": 1 + n % EVENTS})
        self.campaigns.append(n)

    def _promo_code(self, writer, n: int) -> None:
        region_id = None if n % 3 == 0 else self.region_ids[n % len(self.region_ids)]
        percent = self.rng.choice((5, 10, 15, 20)) if n % 2 else None
        amount = None if percent else self.rng.choice((50_000, 100_000, 150_000))
        campaign_id = self.campaigns[n % len(self.campaigns)] if n % 5 == 0 else None
        writer.add(PromoCode.__table__, {
            "id": n, "code": f"BENCH{n:03d}", "description": {"id": f"Promo {n}", "en": f"Offer {n}"},
            "percent_off": percent, "amount_off": amount, "valid_from": None, "valid_until": None,
            "max_uses": None, "used_count": 0, "active": True, "region_id": region_id,
            "organisation_id": None, "package_id": None, "campaign_id": campaign_id,
            "created_by_id": self.office_ids[region_id or self.region_ids[0]],
        })
        self.promo_codes.append((n, region_id, percent, amount))
