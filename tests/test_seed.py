"""The demo content: rich enough, consistent, and idempotent."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

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
    ItineraryDay,
    ItineraryStop,
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
    for lang in ("id", "en"):
        reason = str(escape(semeru.reason[lang]))
        assert reason in client.get(f"/{lang}/attractions/gunung-semeru").get_data(as_text=True)
        assert reason in client.get(f"/{lang}/packages/kemah-ranu-kumbolo").get_data(as_text=True)


def test_no_demo_departure_runs_into_a_closure(seeded):
    """A partner does not sell a trip up a closed trail: no departure of a package visiting a
    closed place overlaps the closure (multi-day trips included)."""
    checked = 0
    for closure in db.session.scalars(sa.select(AttractionClosure)):
        departures = db.session.scalars(
            sa.select(Departure).join(Package).join(ItineraryDay).join(ItineraryStop)
            .where(ItineraryStop.attraction_id == closure.attraction_id, Departure.date <= closure.ends_on)
        ).unique().all()
        for departure in departures:
            last_day = departure.date + timedelta(days=departure.package.duration_days - 1)
            assert last_day < closure.starts_on or departure.date > closure.ends_on, departure.package.slug
        checked += 1
    assert checked >= 2
    after = db.session.scalar(
        sa.select(sa.func.min(Departure.date)).join(Package).where(Package.slug == "kemah-ranu-kumbolo"))
    semeru = db.session.scalar(sa.select(AttractionClosure).join(Attraction).where(Attraction.slug == "gunung-semeru"))
    assert after > semeru.ends_on  # the camping trip is sold again once the trail reopens


NEW_PLACES = ("jatim-park-1", "jatim-park-2", "jatim-park-3", "candi-badut", "kampung-kayutangan-heritage",
              "kebun-teh-kayu-aro", "danau-gunung-tujuh", "kampung-batik-seberang-kota")


def test_the_places_visitors_ask_for_are_there_and_sold(client, seeded):
    attractions = {a.slug: a for a in db.session.scalars(sa.select(Attraction).where(Attraction.slug.in_(NEW_PLACES)))}
    assert set(attractions) == set(NEW_PLACES)
    for attraction in attractions.values():
        assert attraction.latitude and attraction.longitude
        assert all(attraction.name.get(lang) and attraction.description.get(lang) for lang in ("id", "en"))
    visited = set(db.session.scalars(
        sa.select(Attraction.slug).join(ItineraryStop).join(ItineraryDay).join(Package)
        .where(Package.status == PackageStatus.PUBLISHED)))
    assert set(NEW_PLACES) <= visited
    for slug in ("sehari-keluarga-jatim-park-batu", "jalan-kaki-candi-badut-kayutangan", "kelas-batik-jambi-danau-sipin"):
        for lang in ("id", "en"):
            assert client.get(f"/{lang}/packages/{slug}").status_code == 200


@pytest.mark.parametrize("slug, words", [
    ("kemah-ranu-kumbolo", {"id": "ditutup", "en": "closed"}),
    ("sunrise-bromo-jip-dari-malang", {"id": "musim hujan", "en": "rainy season"}),
    ("pendakian-gunung-kerinci", {"id": "SIMAKSI", "en": "permit"}),
])
def test_mountain_packages_carry_their_season_note(client, seeded, slug, words):
    package = db.session.scalar(sa.select(Package).where(Package.slug == slug))
    for lang, word in words.items():
        assert word in package.description[lang].split("\n\n")[-1]
        assert str(escape(package.description[lang].split("\n\n")[-1])) in client.get(
            f"/{lang}/packages/{slug}").get_data(as_text=True)


def test_every_attraction_has_its_own_picture(app, seeded):
    photos = db.session.execute(sa.select(Attraction.slug, Photo.key).join(Photo, Attraction.photo_id == Photo.id)).all()
    assert len(photos) == db.session.scalar(sa.select(sa.func.count(Attraction.id)))
    assert len({key for _slug, key in photos}) == len(photos)
    folder = Path(app.config["MEDIA_FOLDER"])
    drawings = {(folder / f"{key}.svg").read_text(encoding="utf-8") for _slug, key in photos}
    assert len(drawings) == len(photos)


def test_the_demo_office_sees_its_work_on_its_home(client, seeded):
    response = client.post("/en/login", data={"email": "dinas.malang@demo.wisata-malang-jambi.id",
                                              "password": "wisata-demo-2026"})
    assert response.status_code in (302, 303)
    html = client.get("/en/office/").get_data(as_text=True)
    assert "Kawi Heritage Tours" in html and "Sunset at the Polowijen Culture Village" in html
    assert "Mount Semeru (Mahameru)" in html


def test_home_has_a_hero_image_slot_and_lazy_pictures_below_it(client, seeded):
    html = client.get("/id/").get_data(as_text=True)

    hero = re.search(r'<img class="hero-img"[^>]*>', html)
    assert hero and 'loading="lazy"' not in hero.group(0) and 'alt=""' in hero.group(0)
    below = [img for img in re.findall(r"<img [^>]*>", html) if "/media/" in img and "hero-img" not in img]
    assert below and all('loading="lazy"' in img and 'width="' in img and 'height="' in img for img in below)
