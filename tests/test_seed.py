"""The demo content: rich enough, consistent, and idempotent."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
import sqlalchemy as sa

from wisata import timeutil
from wisata.extensions import db
from wisata.models import (
    Attraction,
    Booking,
    Departure,
    Event,
    Organisation,
    OrganisationKind,
    Package,
    PackageStatus,
    Photo,
    PromoCode,
    Region,
    Review,
    User,
)
from wisata.services.booking import seats_held_by_bookings

COUNTED = (Region, Attraction, Organisation, Package, Departure, Booking, Review, Event, PromoCode, User, Photo)


def _counts():
    return {m.__name__: db.session.scalar(sa.select(sa.func.count()).select_from(m)) for m in COUNTED}


@pytest.fixture
def seeded(seeded_demo):
    """seed-demo's output; the rows are seeded once for the module and put back per test."""
    return seeded_demo


@pytest.mark.timeout(300)
def test_seed_twice_duplicates_nothing(runner, seeded):
    before = _counts()
    result = runner.invoke(args=["seed-demo"])
    assert result.exit_code == 0, result.output
    db.session.rollback()
    assert _counts() == before
    assert "already has packages" in runner.invoke(args=["seed-demo", "--if-empty"]).output


def test_seed_reads_like_a_real_catalogue(seeded):
    for region in db.session.scalars(sa.select(Region)):
        attractions = db.session.scalar(sa.select(sa.func.count(Attraction.id)).where(Attraction.region_id == region.id))
        assert attractions >= 12, region.slug
        kinds = set(db.session.scalars(sa.select(Organisation.kind).where(Organisation.region_id == region.id)))
        assert kinds == {OrganisationKind.AGENCY, OrganisationKind.HOTEL}
    assert db.session.scalar(sa.select(sa.func.count(Organisation.id))) >= 6
    packages = db.session.scalars(sa.select(Package).where(Package.status == PackageStatus.PUBLISHED)).all()
    assert len(packages) >= 14
    assert sum(p.is_joint for p in packages) >= 4
    assert all(p.title.get("id") and p.title.get("en") for p in packages)
    assert db.session.scalar(sa.select(sa.func.count(Event.id))) >= 6


def test_seeded_departures_cover_six_months_and_hold_real_bookings(seeded):
    today = timeutil.today()
    departures = db.session.scalars(sa.select(Departure).where(Departure.date >= today)).all()
    assert max(d.date for d in departures) >= today + timedelta(days=150)
    assert any(0 < d.seats_left <= 2 for d in departures), "some departures are nearly full"
    assert len({d.capacity for d in departures}) > 3
    for departure in departures:
        assert departure.seats_held == seats_held_by_bookings(departure.id)


def test_seed_prints_demo_accounts_for_every_role(seeded):
    assert "dinas.malang@" in seeded and "dinas.jambi@" in seeded and "wisatawan@" in seeded
    assert "partner owner" in seeded
    assert db.session.scalar(sa.select(sa.func.count(User.id)).where(User.office_region_id.is_not(None))) == 2


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_link_on_the_home_page_answers(client, seeded, lang):
    html = client.get(f"/{lang}/").get_data(as_text=True)
    links = set(re.findall(r'(?:href|src)="(/[^"#]*)"', html))
    assert len(links) > 20
    for link in sorted(links):
        # The partner portal sends an anonymous visitor to the sign-in page.
        response = client.get(link.replace("&amp;", "&"), follow_redirects=True)
        assert response.status_code == 200, link


def test_home_shows_the_same_content_in_both_languages(client, seeded):
    id_html = client.get("/id/").get_data(as_text=True)
    en_html = client.get("/en/").get_data(as_text=True)
    id_packages = re.findall(r'href="/id/packages/([^"]+)"', id_html)
    en_packages = re.findall(r'href="/en/packages/([^"]+)"', en_html)
    assert id_packages and id_packages == en_packages
    joint = db.session.scalars(sa.select(Package)).all()
    assert any(p.is_joint and p.slug in id_packages for p in joint)


def test_seed_catalogue_loads_places_without_demo_accounts(runner, app_ctx):
    from wisata.models import Attraction, Organisation, Region, User

    result = runner.invoke(args=["seed-catalogue"])
    assert result.exit_code == 0, result.output
    assert {r.slug for r in db.session.scalars(sa.select(Region))} == {"malang", "jambi"}
    assert db.session.scalar(sa.select(sa.func.count(Attraction.id))) > 30
    assert db.session.scalar(sa.select(sa.func.count(User.id))) == 0
    assert db.session.scalar(sa.select(sa.func.count(Organisation.id))) == 0
    result = runner.invoke(args=["create-admin", "--email", "kepala@dinas.example.id", "--name", "Dinas",
                                 "--region", "jambi", "--password", "kuat-sekali-2026"])
    assert result.exit_code == 0, result.output
