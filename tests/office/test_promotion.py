"""The office's promotion: events, campaigns, promo codes, featured packages and spotlight.

Every action goes through the office's pages, in both languages; the other region's office
gets 404 and changes nothing; travellers and partners get 403."""

from __future__ import annotations

import io
import threading
from datetime import time, timedelta

import pytest
import sqlalchemy as sa
from PIL import Image
from werkzeug.datastructures import MultiDict

from tests.factories import future
from tests.partner.conftest import login
from wisata import timeutil
from wisata.extensions import db
from wisata.models import (
    AuditEntry,
    Booking,
    BookingStatus,
    Campaign,
    Event,
    EventKind,
    OrganisationStatus,
    Package,
    PackageStatus,
    PromoCode,
    Region,
    User,
)
from wisata.services import booking as booking_service
from wisata.services import ledger
from wisata.services.booking import BookingError, BookingRequest
from wisata.services.office import promotion

TEXT = {
    "en": {"saved": "The event is saved", "published": "The event is on the public site.",
           "order": "The end must not be before the start.", "code": "This code is already in use."},
    "id": {"saved": "Acara tersimpan", "published": "Acara tampil di situs publik.",
           "order": "Akhir tidak boleh sebelum awal.", "code": "Kode ini sudah dipakai."},
}


def _photo_bytes(width=800, height=500) -> io.BytesIO:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (30, 120, 90)).save(out, "JPEG")
    out.seek(0)
    return out


def _event_form(**changes) -> dict:
    form = {
        "kind": "fair", "title_id": "Pameran Wisata Malang–Jambi", "title_en": "Malang–Jambi Travel Fair",
        "summary_id": "Pameran bersama dua daerah.", "summary_en": "A joint fair of both regions.",
        "description_id": "Stan mitra dan pertunjukan.", "description_en": "Partner stands and shows.",
        "venue_id": "Gedung Olah Raga, Jambi", "venue_en": "Sports hall, Jambi",
        "starts_at": f"{future(30).isoformat()}T09:00", "ends_at": f"{future(32).isoformat()}T17:00",
    }
    form.update(changes)
    return form


def _audit(action: str) -> list[AuditEntry]:
    return list(db.session.scalars(sa.select(AuditEntry).where(AuditEntry.action == action)))


def _event(make, region, **fields) -> Event:
    defaults = dict(slug=f"event-{region.slug}", region=region, kind=EventKind.FESTIVAL,
                    title={"id": "Festival", "en": "Festival"}, summary={"id": "Ringkas", "en": "Short"},
                    starts_at=timeutil.now() + timedelta(days=5), ends_at=timeutil.now() + timedelta(days=6))
    defaults.update(fields)
    return make._save(Event(**defaults))


# Permissions ---------------------------------------------------------------------------

OFFICE_PAGES = ["events", "events/new", "campaigns", "campaigns/new", "promo-codes", "promo-codes/new", "featured"]


def test_only_office_admins_open_the_promotion_pages(client, offices, office_partners):
    for page in OFFICE_PAGES:
        assert client.get(f"/en/office/{page}").status_code == 302, page
    for user in (offices["traveller"], office_partners["malang_verified_owner"]):
        login(client, user)
        for page in OFFICE_PAGES:
            assert client.get(f"/en/office/{page}").status_code == 403, page
        assert client.post("/en/office/events/new", data=_event_form()).status_code == 403
    assert db.session.scalar(sa.select(sa.func.count(Event.id))) == 0
    login(client, offices["malang_admin"])
    for lang in ("en", "id"):
        for page in OFFICE_PAGES:
            assert client.get(f"/{lang}/office/{page}").status_code == 200, page


# Events --------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "id"])
def test_office_creates_edits_publishes_and_unpublishes_an_event(client, as_office, make, offices,
                                                                 office_partners, lang):
    trip = make.package(office_partners["jambi_verified"], title={"id": "Candi Muaro", "en": "Muaro Temples"})
    draft = make.package(office_partners["jambi_verified"], status=PackageStatus.DRAFT)
    office = as_office("jambi")
    form = {**_event_form(packages=[trip.id]), "photo": (_photo_bytes(), "fair.jpg")}
    response = office.post(f"/{lang}/office/events/new", data=form, content_type="multipart/form-data")
    assert response.status_code == 303
    event = db.session.scalar(sa.select(Event))
    assert event.region_id == offices["jambi"].id and not event.published
    assert event.title == {"id": "Pameran Wisata Malang–Jambi", "en": "Malang–Jambi Travel Fair"}
    assert event.starts_at == timeutil.wib(future(30), time(9, 0))
    assert [p.id for p in event.packages] == [trip.id] and event.photo is not None
    assert TEXT[lang]["saved"] in office.get(response.headers["Location"]).get_data(as_text=True)
    assert office.get(f"/{lang}/events/{event.slug}").status_code == 404  # not published yet

    # A draft package is not on the list of choices: refused, nothing changes.
    refused = office.post(f"/{lang}/office/events/{event.id}", data=_event_form(packages=[draft.id], title_en="X"))
    assert refused.status_code == 400
    db.session.refresh(event)
    assert event.title["en"] == "Malang–Jambi Travel Fair"

    edited = office.post(f"/{lang}/office/events/{event.id}", data=_event_form(title_en="Travel Fair 2027"))
    assert edited.status_code == 303
    assert office.post(f"/{lang}/office/events/{event.id}/publish").status_code == 303
    db.session.refresh(event)
    assert event.title["en"] == "Travel Fair 2027" and event.published and event.packages == []
    assert TEXT[lang]["published"] in office.get(f"/{lang}/office/events/{event.id}").get_data(as_text=True)
    assert office.get(f"/{lang}/events/{event.slug}").status_code == 200

    assert office.post(f"/{lang}/office/events/{event.id}/unpublish").status_code == 303
    db.session.refresh(event)
    assert not event.published
    for action in ("event.created", "event.updated", "event.published", "event.unpublished"):
        [entry] = _audit(action)
        assert entry.region_id == offices["jambi"].id and entry.subject == f"event:{event.id}"
        assert entry.actor_id == offices["jambi_admin"].id


@pytest.mark.parametrize("lang", ["en", "id"])
def test_event_ending_before_it_starts_is_refused(as_office, offices, lang):
    office = as_office()
    response = office.post(f"/{lang}/office/events/new", data=_event_form(
        starts_at=f"{future(5).isoformat()}T10:00", ends_at=f"{future(5).isoformat()}T09:00"))
    assert response.status_code == 400
    assert TEXT[lang]["order"] in response.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count(Event.id))) == 0


def test_event_photo_goes_through_the_photo_checks(as_office, offices):
    office = as_office()
    form = {**_event_form(), "photo": (io.BytesIO(b"not a photo at all"), "fair.jpg")}
    response = office.post("/en/office/events/new", data=form, content_type="multipart/form-data")
    assert response.status_code == 400
    assert "This file is not a photo" in response.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count(Event.id))) == 0


def test_office_lists_its_region_events_upcoming_first(as_office, make, offices):
    _event(make, offices["malang"], slug="past", title={"id": "Lalu", "en": "Gone"},
           starts_at=timeutil.now() - timedelta(days=9), ends_at=timeutil.now() - timedelta(days=8))
    _event(make, offices["malang"], slug="soon", title={"id": "Segera", "en": "Soon"})
    _event(make, offices["jambi"], slug="theirs", title={"id": "Jambi", "en": "Theirs"})
    html = as_office().get("/en/office/events").get_data(as_text=True)
    assert html.index("Soon") < html.index("Gone") and "Theirs" not in html


def test_other_region_office_gets_404_on_an_event_and_nothing_changes(as_office, make, offices):
    event = _event(make, offices["malang"], published=True)
    office = as_office("jambi")
    assert office.get(f"/en/office/events/{event.id}").status_code == 404
    assert office.post(f"/en/office/events/{event.id}", data=_event_form()).status_code == 404
    assert office.post(f"/en/office/events/{event.id}/unpublish").status_code == 404
    db.session.refresh(event)
    assert event.published and event.title["en"] == "Festival" and _audit("event.unpublished") == []


# Campaigns -----------------------------------------------------------------------------


def _campaign_form(**changes) -> dict:
    form = {"title_id": "Jelajah Malang–Jambi", "title_en": "Explore Malang–Jambi",
            "summary_id": "Dua daerah, satu perjalanan.", "summary_en": "Two regions, one trip.",
            "body_id": "Paragraf satu.\n\nParagraf dua.", "body_en": "First paragraph.\n\nSecond paragraph.",
            "reach": "own", "starts_on": future(1).isoformat(), "ends_on": future(60).isoformat()}
    form.update(changes)
    return form


@pytest.mark.parametrize("lang", ["en", "id"])
def test_campaign_page_shows_its_text_packages_events_and_promo_code(client, as_office, make, offices,
                                                                       office_partners, lang):
    trip = make.package(office_partners["malang_verified"], title={"id": "Bromo Pagi", "en": "Bromo Sunrise"})
    pending_trip = make.package(office_partners["malang_verified"], title={"id": "Paket Ditunda", "en": "Held Trip"})
    event = _event(make, offices["malang"], published=True, title={"id": "Karnaval", "en": "Carnival"})
    office = as_office()
    response = office.post(f"/{lang}/office/campaigns/new",
                           data=_campaign_form(packages=[trip.id, pending_trip.id], events=[event.id]))
    assert response.status_code == 303
    campaign = db.session.scalar(sa.select(Campaign))
    assert campaign.region_id == offices["malang"].id and not campaign.published
    assert client.get(f"/{lang}/campaigns/{campaign.slug}").status_code == 404
    assert f"/campaigns/{campaign.slug}" not in client.get("/sitemap.xml").get_data(as_text=True)

    code = office.post(f"/{lang}/office/promo-codes/new", data={
        "code": "jelajah27", "discount": "percent", "percent_off": "15", "scope": "all",
        "campaign_id": str(campaign.id)})
    assert code.status_code == 303
    assert office.post(f"/{lang}/office/campaigns/{campaign.id}/publish").status_code == 303
    # A package that leaves the public site leaves the campaign page too.
    db.session.get(Package, pending_trip.id).status = PackageStatus.ARCHIVED
    db.session.commit()

    html = client.get(f"/{lang}/campaigns/{campaign.slug}").get_data(as_text=True)
    for text in (campaign.title[lang], campaign.summary[lang], trip.title[lang], event.title[lang], "JELAJAH27"):
        assert text in html
    assert "Held Trip" not in html and "Paket Ditunda" not in html
    assert f"/{lang}/campaigns/{campaign.slug}" in client.get("/sitemap.xml").get_data(as_text=True)

    # A paused code is not shown.
    promo = db.session.scalar(sa.select(PromoCode))
    assert office.post(f"/{lang}/office/promo-codes/{promo.id}/pause").status_code == 303
    assert "JELAJAH27" not in client.get(f"/{lang}/campaigns/{campaign.slug}").get_data(as_text=True)

    assert office.post(f"/{lang}/office/campaigns/{campaign.id}/unpublish").status_code == 303
    assert client.get(f"/{lang}/campaigns/{campaign.slug}").status_code == 404
    assert [len(_audit(a)) for a in ("campaign.created", "campaign.published", "campaign.unpublished")] == [1, 1, 1]


def test_joint_campaign_is_run_by_both_offices_and_a_regional_one_by_its_own(as_office, make, offices):
    office = as_office()
    assert office.post("/en/office/campaigns/new", data=_campaign_form(reach="both")).status_code == 303
    assert office.post("/en/office/campaigns/new", data=_campaign_form(title_en="Malang Only")).status_code == 303
    joint, malang_only = db.session.scalars(sa.select(Campaign).order_by(Campaign.id)).all()
    assert joint.region_id is None and malang_only.region_id == offices["malang"].id

    jambi = as_office("jambi")
    assert jambi.get(f"/en/office/campaigns/{joint.id}").status_code == 200
    assert jambi.get(f"/en/office/campaigns/{malang_only.id}").status_code == 404
    assert jambi.post(f"/en/office/campaigns/{malang_only.id}", data=_campaign_form(title_en="Hijacked")).status_code == 404
    assert jambi.post(f"/en/office/campaigns/{malang_only.id}/publish").status_code == 404
    db.session.refresh(malang_only)
    assert malang_only.title["en"] == "Malang Only" and not malang_only.published


def test_campaign_ending_before_it_starts_is_refused(as_office, offices):
    response = as_office().post("/id/office/campaigns/new", data=_campaign_form(
        starts_on=future(10).isoformat(), ends_on=future(9).isoformat()))
    assert response.status_code == 400 and "Akhir tidak boleh sebelum awal." in response.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count(Campaign.id))) == 0


# Promo codes ---------------------------------------------------------------------------


def _create_code(office, lang="en", **fields) -> PromoCode:
    data = {"code": "HEMAT10", "discount": "percent", "percent_off": "10", "scope": "all"}
    data.update(fields)
    response = office.post(f"/{lang}/office/promo-codes/new", data=data)
    assert response.status_code == 303, response.get_data(as_text=True)
    return db.session.scalar(sa.select(PromoCode).where(PromoCode.code == data["code"].strip().upper()))


def _request(departure, promo: str, n: int = 0, seats: int = 1) -> BookingRequest:
    return BookingRequest(
        departure_id=departure.id, counts={"adult": seats}, contact_name="Ayu",
        contact_email=f"t{n}@example.com", contact_phone="+6281234567890", origin_country="ID",
        origin_province="Jambi", travellers=[f"T{i}" for i in range(seats)], promo_code=promo,
        idempotency_key=f"promo-{departure.id}-{n}-" + "k" * 12,
    )


def _covers(code: str, package: Package) -> bool:
    try:
        booking_service.find_promo(code, package)
    except BookingError:
        return False
    return True


@pytest.mark.parametrize("lang", ["en", "id"])
def test_office_creates_codes_with_a_percentage_or_an_amount(as_office, offices, lang):
    office = as_office()
    percent = _create_code(office, lang, code=" hemat10 ", description_id="Diskon", description_en="Discount")
    amount = _create_code(office, lang, code="POTONG50", discount="amount", amount_off="50.000",
                          max_uses="20", valid_from=future(0).isoformat(), valid_until=future(30).isoformat())
    assert (percent.percent_off, percent.amount_off, percent.created_by_id) == (10, None, offices["malang_admin"].id)
    assert (amount.percent_off, amount.amount_off, amount.max_uses) == (None, 50_000, 20)
    assert amount.valid_until.astimezone(timeutil.WIB).date() == future(30)
    assert amount.valid_from == timeutil.wib(future(0), time())
    html = office.get(f"/{lang}/office/promo-codes").get_data(as_text=True)
    assert "HEMAT10" in html and "POTONG50" in html
    assert len(_audit("promo.created")) == 2

    duplicate = office.post(f"/{lang}/office/promo-codes/new",
                            data={"code": "Hemat10", "discount": "percent", "percent_off": "5", "scope": "all"})
    assert duplicate.status_code == 400 and TEXT[lang]["code"] in duplicate.get_data(as_text=True)


@pytest.mark.parametrize("fields", [
    {"code": "AB"}, {"code": "HEMAT-10"}, {"code": "X" * 33}, {"percent_off": "0"}, {"percent_off": "101"},
    {"percent_off": ""}, {"discount": "amount", "amount_off": "50.5"}, {"discount": "amount", "amount_off": "lima"},
    {"discount": "amount", "amount_off": ""}, {"scope": "partner"}, {"scope": "package"}, {"scope": "everything"},
    {"max_uses": "0"}, {"valid_from": future(5).isoformat(), "valid_until": future(4).isoformat()},
    {"valid_until": "2027-02-30"}, {"campaign_id": "999"},
])
def test_bad_promo_code_forms_are_refused_and_nothing_is_made(as_office, offices, fields):
    data = {"code": "HEMAT10", "discount": "percent", "percent_off": "10", "scope": "all", **fields}
    response = as_office().post("/en/office/promo-codes/new", data=data)
    assert response.status_code == 400
    assert db.session.scalar(sa.select(sa.func.count(PromoCode.id))) == 0


def test_code_for_another_regions_partner_or_package_is_refused(as_office, make, offices, office_partners):
    theirs = make.package(office_partners["jambi_verified"])
    office = as_office()
    for fields in ({"scope": "partner", "organisation_id": str(office_partners["jambi_verified"].id)},
                   {"scope": "partner", "organisation_id": str(office_partners["malang_pending"].id)},
                   {"scope": "package", "package_id": str(theirs.id)}):
        data = {"code": "LINTAS", "discount": "percent", "percent_off": "10", **fields}
        assert office.post("/en/office/promo-codes/new", data=data).status_code == 400
    assert db.session.scalar(sa.select(sa.func.count(PromoCode.id))) == 0


def test_scope_is_enforced_at_booking(as_office, make, offices, office_partners):
    ours = office_partners["malang_verified"]
    other_malang = make.organisation(offices["malang"], name="Lain Malang")
    jambi = office_partners["jambi_verified"]
    trip = make.package(ours)
    second_trip = make.package(ours)
    other_trip = make.package(other_malang)
    jambi_trip = make.package(jambi)
    joint = make.package(jambi, co_organisation=ours, co_accepted_at=timeutil.now())
    invited = make.package(jambi, co_organisation=ours)  # not accepted yet
    office = as_office()
    _create_code(office, code="SEMUA", scope="all")
    _create_code(office, code="MALANG", scope="region")
    _create_code(office, code="MITRA", scope="partner", organisation_id=str(ours.id))
    _create_code(office, code="SATU", scope="package", package_id=str(trip.id))

    covered = {code: {p.id for p in (trip, second_trip, other_trip, jambi_trip, joint, invited) if _covers(code, p)}
               for code in ("SEMUA", "MALANG", "MITRA", "SATU")}
    assert covered["SEMUA"] == {trip.id, second_trip.id, other_trip.id, jambi_trip.id, joint.id, invited.id}
    assert covered["MALANG"] == {trip.id, second_trip.id, other_trip.id, joint.id}
    assert covered["MITRA"] == {trip.id, second_trip.id, joint.id}
    assert covered["SATU"] == {trip.id}

    with pytest.raises(BookingError):
        booking_service.book_seats(_request(make.departure(jambi_trip), "MITRA"))
    db.session.rollback()
    assert db.session.scalar(sa.select(sa.func.count(Booking.id))) == 0


def test_paused_expired_not_yet_valid_and_used_up_codes_are_refused(as_office, make, offices, office_partners):
    trip = make.package(office_partners["malang_verified"])
    departure = make.departure(trip, capacity=10)
    office = as_office()
    paused = _create_code(office, code="JEDA")
    _create_code(office, code="LAMA", valid_until=future(-1).isoformat())
    _create_code(office, code="NANTI", valid_from=future(1).isoformat())
    _create_code(office, code="HARIINI", valid_from=future(0).isoformat(), valid_until=future(0).isoformat())
    _create_code(office, code="SEKALI", max_uses="1")

    assert office.post(f"/id/office/promo-codes/{paused.id}/pause").status_code == 303
    assert not _covers("JEDA", trip)
    assert office.post(f"/en/office/promo-codes/{paused.id}/resume").status_code == 303
    assert _covers("JEDA", trip)
    assert [len(_audit(a)) for a in ("promo.paused", "promo.resumed")] == [1, 1]
    assert not _covers("LAMA", trip) and not _covers("NANTI", trip) and _covers("HARIINI", trip)

    booking_service.book_seats(_request(departure, "sekali"))
    db.session.commit()
    with pytest.raises(BookingError):
        booking_service.book_seats(_request(departure, "SEKALI", n=1))
    db.session.rollback()


def test_use_is_given_back_when_a_booking_using_the_office_code_is_cancelled(as_office, make, offices,
                                                                            office_partners):
    departure = make.departure(make.package(office_partners["malang_verified"]), capacity=10)
    office = as_office()
    promo = _create_code(office, code="SATUKALI", max_uses="1")
    booking, _created = booking_service.book_seats(_request(departure, "SATUKALI"))
    db.session.commit()
    html = office.get(f"/en/office/promo-codes/{promo.id}").get_data(as_text=True)
    assert booking.code in html and "1 / 1" in html

    booking_service.cancel(booking)
    db.session.commit()
    db.session.refresh(promo)
    assert promo.used_count == 0 and booking.status is BookingStatus.CANCELLED
    again, _created = booking_service.book_seats(_request(departure, "SATUKALI", n=1))
    db.session.commit()
    assert again.discount == 50_000 and ledger.check() == []


def _booking_post(client, departure, promo_field):
    data = MultiDict({
        "contact_name": "Ayu Lestari", "contact_email": "ayu@example.com", "contact_phone": "0812 3456 7890",
        "origin_country": "ID", "origin_province": "Jawa Timur", "travellers-0": "Ayu Lestari",
        "payment_method": "bank_transfer", "accept_policy": "y", "accept_privacy": "y", "idempotency_key": "s" * 24,
    })
    for value in promo_field:
        data.add("promo_code", value)
    return client.post(f"/en/departures/{departure.id}/book?adult=1", data=data)


def test_a_booking_takes_one_promo_code_only(client, as_office, make, offices, office_partners):
    departure = make.departure(make.package(office_partners["malang_verified"]), capacity=10)
    office = as_office()
    _create_code(office, code="SATU")
    _create_code(office, code="DUA", discount="amount", amount_off="25.000")
    assert _booking_post(client, departure, ["SATU"]).status_code == 200  # the review step
    stacked = _booking_post(client, departure, ["SATU,DUA"])
    assert stacked.status_code == 400 and "This promo code is not valid." in stacked.get_data(as_text=True)
    two_fields = _booking_post(client, departure, ["SATU", "DUA"])
    assert two_fields.status_code == 400 and "Enter one promo code only." in two_fields.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count(Booking.id))) == 0


def test_other_region_office_gets_404_on_a_code_and_nothing_changes(as_office, make, offices, office_partners):
    promo = _create_code(as_office(), code="MALANGKU", scope="region")
    everything = _create_code(as_office(), code="SEMUAKU", scope="all")
    jambi = as_office("jambi")
    assert "<code>MALANGKU</code>" not in jambi.get("/en/office/promo-codes").get_data(as_text=True)
    for code in (promo, everything):
        assert jambi.get(f"/en/office/promo-codes/{code.id}").status_code == 404
        assert jambi.post(f"/en/office/promo-codes/{code.id}/pause").status_code == 404
        db.session.refresh(code)
        assert code.active
    assert _audit("promo.paused") == []


# Featured and spotlight ----------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "id"])
def test_featured_and_one_spotlight_per_region(client, as_office, make, offices, office_partners, lang):
    first = make.package(office_partners["malang_verified"], title={"id": "Bromo Pagi", "en": "Bromo Sunrise"})
    second = make.package(office_partners["malang_verified"], title={"id": "Kota Batu", "en": "Batu Town"})
    theirs = make.package(office_partners["jambi_verified"], title={"id": "Kerinci", "en": "Kerinci"},
                          spotlight=True)
    office = as_office()
    html = office.get(f"/{lang}/office/featured").get_data(as_text=True)
    assert first.title[lang] in html and "Kerinci" not in html

    assert office.post(f"/{lang}/office/featured/{second.id}/feature").status_code == 303
    assert office.post(f"/{lang}/office/featured/{first.id}/spotlight").status_code == 303
    assert office.post(f"/{lang}/office/featured/{second.id}/spotlight").status_code == 303
    spotlit = set(db.session.scalars(sa.select(Package.id).where(Package.spotlight.is_(True))))
    assert spotlit == {second.id, theirs.id}  # the other region's choice is untouched
    assert db.session.get(Package, second.id).featured

    home = client.get(f"/{lang}/").get_data(as_text=True)
    spotlight = home[:home.index('id="featured-title"')]
    assert second.title[lang] in spotlight and "Kerinci" in spotlight and first.title[lang] not in spotlight
    assert second.title[lang] in home[home.index('id="featured-title"'):]

    assert office.post(f"/{lang}/office/featured/{second.id}/unfeature").status_code == 303
    assert office.post(f"/{lang}/office/featured/spotlight/clear").status_code == 303
    assert set(db.session.scalars(sa.select(Package.id).where(Package.spotlight.is_(True)))) == {theirs.id}
    assert not db.session.get(Package, second.id).featured
    assert [len(_audit(a)) for a in ("package.featured", "package.spotlight")] == [2, 3]


def test_featured_refuses_other_regions_and_hidden_packages(as_office, make, offices, office_partners):
    theirs = make.package(office_partners["jambi_verified"])
    draft = make.package(office_partners["malang_verified"], status=PackageStatus.DRAFT)
    suspended = make.organisation(offices["malang"], status=OrganisationStatus.SUSPENDED)
    hidden = make.package(suspended)
    office = as_office()
    for package in (theirs, draft, hidden):
        assert office.post(f"/en/office/featured/{package.id}/feature").status_code == 404
        assert office.post(f"/en/office/featured/{package.id}/spotlight").status_code == 404
    assert db.session.scalar(sa.select(sa.func.count(Package.id)).where(
        sa.or_(Package.featured.is_(True), Package.spotlight.is_(True)))) == 0


# Demo data -----------------------------------------------------------------------------


@pytest.mark.timeout(300)
def test_demo_has_a_campaign_per_region_and_codes_of_every_scope(client, runner, seeded_demo):
    campaigns = list(db.session.scalars(sa.select(Campaign).where(Campaign.published.is_(True))))
    assert {c.region.slug for c in campaigns} == {"malang", "jambi"}
    for campaign in campaigns:
        html = client.get(f"/en/campaigns/{campaign.slug}").get_data(as_text=True)
        [code] = campaign.promo_codes
        assert campaign.title["en"] in html and code.code in html and campaign.events and campaign.packages
    codes = list(db.session.scalars(sa.select(PromoCode)))
    assert any(c.region_id for c in codes) and any(c.organisation_id for c in codes)
    assert any(c.package_id for c in codes)
    assert any(not (c.region_id or c.organisation_id or c.package_id) for c in codes)
    for region in ("malang", "jambi"):
        login(client, db.session.scalar(sa.select(User).where(User.email == f"dinas.{region}@demo.wisata-malang-jambi.id")))
        listed = client.get("/en/office/promo-codes").get_data(as_text=True)
        assert listed.count("<code>") >= 2

    before = (db.session.scalar(sa.select(sa.func.count(Campaign.id))), len(codes))
    assert runner.invoke(args=["seed-demo"]).exit_code == 0
    db.session.rollback()
    assert (db.session.scalar(sa.select(sa.func.count(Campaign.id))),
            db.session.scalar(sa.select(sa.func.count(PromoCode.id)))) == before


@pytest.mark.timeout(120)
def test_spotlight_chosen_at_once_by_two_admins_stays_one(app, make, offices, office_partners):
    packages = [make.package(office_partners["malang_verified"]) for _ in range(4)]
    ids, region_id = [p.id for p in packages], offices["malang"].id
    errors = []

    def choose(package_id):
        with app.app_context():
            try:
                for _ in range(5):
                    region = db.session.get(Region, region_id)
                    promotion.set_spotlight(region, db.session.get(Package, package_id))
                    db.session.commit()
            except Exception as error:  # noqa: BLE001 - reported below
                errors.append(error)
            finally:
                db.session.remove()

    threads = [threading.Thread(target=choose, args=(package_id,)) for package_id in ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    db.session.rollback()
    assert errors == []
    assert db.session.scalar(sa.select(sa.func.count(Package.id)).where(Package.spotlight.is_(True))) == 1
