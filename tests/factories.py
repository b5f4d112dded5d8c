"""Builders of test data, each returning a committed object with sensible defaults."""

from __future__ import annotations

import itertools
from datetime import date, time, timedelta

from wisata import timeutil
from wisata.models import (
    Attraction,
    Category,
    Departure,
    ItineraryDay,
    ItineraryStop,
    MemberRole,
    Membership,
    Organisation,
    OrganisationKind,
    OrganisationStatus,
    Package,
    PackageStatus,
    PriceCategory,
    Region,
    User,
)
from wisata.services.catalog import refresh_package_search
from wisata.services.passwords import hash_password

_counter = itertools.count(1)
PASSWORD = "correct horse battery"


class Factory:
    def __init__(self, session):
        self.session = session

    def _save(self, obj):
        self.session.add(obj)
        self.session.commit()
        return obj

    def region(self, slug: str | None = None, **fields) -> Region:
        slug = slug or f"region-{next(_counter)}"
        existing = self.session.query(Region).filter_by(slug=slug).one_or_none()
        if existing:
            return existing
        fields.setdefault("name", {"id": slug.title(), "en": slug.title()})
        return self._save(Region(slug=slug, **fields))

    def category(self, slug: str = "nature", **fields) -> Category:
        existing = self.session.query(Category).filter_by(slug=slug).one_or_none()
        if existing:
            return existing
        fields.setdefault("name", {"id": slug.title(), "en": slug.title()})
        return self._save(Category(slug=slug, **fields))

    def attraction(self, region: Region | None = None, **fields) -> Attraction:
        n = next(_counter)
        fields.setdefault("slug", f"attraction-{n}")
        fields.setdefault("name", {"id": f"Tempat {n}", "en": f"Place {n}"})
        return self._save(Attraction(region=region or self.region("malang"), **fields))

    def organisation(self, region: Region | None = None, **fields) -> Organisation:
        n = next(_counter)
        defaults = dict(
            slug=f"org-{n}", kind=OrganisationKind.AGENCY, name=f"Agency {n}",
            legal_name=f"PT Agency {n}", address="Jl. Ijen 1, Malang", email=f"org{n}@example.com",
            phone="+6281234567890", bank_name="BCA", bank_account_number="1234567890",
            bank_account_holder=f"PT Agency {n}", status=OrganisationStatus.VERIFIED,
        )
        defaults.update(fields)
        return self._save(Organisation(region=region or self.region("malang"), **defaults))

    def user(self, email: str | None = None, password: str = PASSWORD, **fields) -> User:
        email = email or f"user{next(_counter)}@example.com"
        fields.setdefault("name", "Test User")
        fields.setdefault("email_verified_at", timeutil.now())
        return self._save(User(email=email, password_hash=hash_password(password), **fields))

    def member(self, organisation: Organisation, role: MemberRole = MemberRole.OWNER, **fields) -> User:
        user = self.user(**fields)
        self._save(Membership(user=user, organisation=organisation, role=role))
        return user

    def package(self, organisation: Organisation | None = None, attractions=(), prices=None,
                **fields) -> Package:
        n = next(_counter)
        defaults = dict(
            slug=f"package-{n}",
            title={"id": f"Paket Wisata {n}", "en": f"Tour Package {n}"},
            summary={"id": "Ringkasan paket.", "en": "Package summary."},
            duration_days=1, status=PackageStatus.PUBLISHED, max_group=20,
        )
        defaults.update(fields)
        package = Package(organisation=organisation or self.organisation(), **defaults)
        package.days = [
            ItineraryDay(
                day_number=1, title={"id": "Hari pertama", "en": "First day"},
                stops=[ItineraryStop(attraction=a, position=i) for i, a in enumerate(attractions)],
            )
        ]
        for day in range(2, package.duration_days + 1):
            package.days.append(ItineraryDay(day_number=day, title={"id": f"Hari {day}", "en": f"Day {day}"}))
        prices = prices or {"adult": 500_000, "child": 300_000}
        package.prices = [PriceCategory(code=c, amount=a, position=i) for i, (c, a) in enumerate(prices.items())]
        self.session.add(package)
        self.session.flush()
        refresh_package_search(package)
        return self._save(package)

    def departure(self, package: Package | None = None, days_ahead: int = 14, capacity: int = 10,
                  at: time = time(7, 0), **fields) -> Departure:
        day = fields.pop("date", None) or timeutil.today() + timedelta(days=days_ahead)
        return self._save(Departure(package=package or self.package(), date=day, start_time=at,
                                    capacity=capacity, **fields))


def future(days: int) -> date:
    return timeutil.today() + timedelta(days=days)
