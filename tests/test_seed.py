"""The demo content: rich enough, consistent, and idempotent."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
import sqlalchemy as sa
from markupsafe import escape

from wisata import timeutil
from wisata.extensions import db
from wisata.models import (
    Attraction,
    AttractionClosure,
    Booking,
    Departure,
    Event,
    Organisation,
    OrganisationKind,
    OrganisationStatus,
    Package,
    PackageApproval,
    PackageStatus,
    Photo,
    PromoCode,
    Region,
    Review,
    User,
)
from wisata.services.booking import seats_held_by_bookings

COUNTED = (Region, Attraction, Organisation, Package, Departure, Booking, Review, Event, PromoCode, User, Photo,
           AttractionClosure, PackageApproval)


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


def test_every_demo_partner_has_its_documents(seeded):
    organisations = db.session.scalars(sa.select(Organisation)).all()
    assert all(re.fullmatch(r"[0-9]{13}", o.nib) and o.tdup_number for o in organisations)
    certified = [o for o in organisations if o.chse_number]
    assert 0 < len(certified) < len(organisations)
    soon = timeutil.today() + timedelta(days=60)
    assert any(timeutil.today() < o.chse_expires_on <= soon for o in certified), "one CHSE expires soon"


def test_each_office_finds_its_work_waiting(seeded):
    from wisata.services.listings import missing_for_review
    from wisata.services.office import queue

    for region in db.session.scalars(sa.select(Region)):
        waiting = queue.waiting(region)
        assert waiting.application_count >= 1, region.slug
        assert all(o.status is OrganisationStatus.PENDING and o.nib and o.tdup_number
                   for o in waiting.applications)
        assert waiting.package_count >= 1, region.slug
        for package in waiting.packages:
            assert package.submitted_at is not None and missing_for_review(package) == []
            assert package.status is PackageStatus.IN_REVIEW
    joint = db.session.scalar(sa.select(Package).where(Package.slug == "dua-gunung-api-bromo-kerinci"))
    jambi, malang = (db.session.scalar(sa.select(Region).where(Region.slug == s)) for s in ("jambi", "malang"))
    assert joint.is_joint and joint in queue.waiting(jambi).packages
    assert joint not in queue.waiting(malang).packages  # Malang approved; Jambi still has to


def test_semeru_is_closed_now_and_a_temple_soon(client, seeded):
    today = timeutil.today()
    closures = {c.attraction.slug: c for c in db.session.scalars(sa.select(AttractionClosure))}
    semeru = closures["gunung-semeru"]
    assert semeru.starts_on <= today and semeru.ends_on >= today + timedelta(days=21)
    assert semeru.reason["id"] and semeru.reason["en"]
    assert closures["candi-jago"].starts_on > today
    departure = db.session.scalar(
        sa.select(Departure).join(Package).where(Package.slug == "kemah-ranu-kumbolo",
                                                 Departure.date.between(today + timedelta(days=4), semeru.ends_on))
        .order_by(Departure.date).limit(1))
    for lang in ("id", "en"):
        reason = str(escape(semeru.reason[lang]))
        assert reason in client.get(f"/{lang}/attractions/gunung-semeru").get_data(as_text=True)
        assert reason in client.get(f"/{lang}/packages/kemah-ranu-kumbolo").get_data(as_text=True)
        page = client.get(f"/{lang}/departures/{departure.id}/book")
        assert page.status_code == 200 and reason in page.get_data(as_text=True)


def test_the_demo_office_sees_its_work_on_its_home(client, seeded):
    response = client.post("/en/login", data={"email": "dinas.malang@demo.wisata-malang-jambi.id",
                                              "password": "wisata-demo-2026"})
    assert response.status_code in (302, 303)
    html = client.get("/en/office/").get_data(as_text=True)
    assert "Kawi Heritage Tours" in html and "Sunset at the Polowijen Culture Village" in html
    assert "Mount Semeru (Mahameru)" in html
