"""The whole onboarding through the app, with no direct database writes: a new agency in
Jambi from sign-up to a booked package, and a price rise that waits for the office.

Only the CLI (seed-catalogue, create-admin) and HTTP requests change anything; the
database is read to find ids and to check what happened."""

from __future__ import annotations

import io
from datetime import timedelta

import sqlalchemy as sa
from PIL import Image

from tests.account.conftest import link_in
from tests.partner.test_portal import _package_form
from wisata import timeutil
from wisata.extensions import db
from wisata.models import (
    Attraction,
    Booking,
    Organisation,
    OrganisationStatus,
    Package,
    PackageStatus,
    Region,
)

PASSWORD = "pinang masak di tepi batanghari"
ADMIN_PASSWORD = "dinas pariwisata jambi 2026"
AGENCY = "owner@batanghari-wisata.example.com"


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (1200, 800), (120, 80, 20)).save(buffer, "PNG")
    return buffer.getvalue()


def _read(model, *conditions):
    db.session.rollback()  # see what the requests committed
    return db.session.scalar(sa.select(model).where(*conditions))


def _set_up_the_office(runner) -> None:
    assert runner.invoke(args=["seed-catalogue"]).exit_code == 0
    result = runner.invoke(args=["create-admin", "--email", "dinas@jambi.example.id", "--name", "Dinas Pariwisata Jambi",
                                 "--region", "jambi", "--password", ADMIN_PASSWORD])
    assert result.exit_code == 0, result.output


def _register_and_apply(agency, mailbox) -> Organisation:
    assert agency.post("/en/register", data={"name": "Sari Batanghari", "email": AGENCY,
                                            "password": PASSWORD}).status_code == 200
    assert agency.get(link_in(mailbox, AGENCY, "/verify/")).status_code == 303
    assert agency.post("/en/login", data={"email": AGENCY, "password": PASSWORD}).status_code == 303
    jambi = _read(Region, Region.slug == "jambi")
    response = agency.post("/en/partner/apply", data={
        "kind": "agency", "name": "Batanghari Wisata", "legal_name": "PT Batanghari Wisata Nusantara",
        "region_id": str(jambi.id), "address": "Jl. Sultan Thaha 8, Jambi", "email": "halo@batanghari.example.com",
        "phone": "0741 123456", "bank_name": "Bank Jambi", "bank_account_number": "7001234567",
        "bank_account_holder": "PT Batanghari Wisata Nusantara", "nib": "9120001234567", "tdup_number": "TDUP/JMB/2026/081",
    })
    assert response.status_code == 303, response.get_data(as_text=True)
    organisation = _read(Organisation, Organisation.name == "Batanghari Wisata")
    assert organisation.status is OrganisationStatus.PENDING
    return organisation


def _create_and_submit(agency, attraction: Attraction) -> Package:
    form = _package_form(
        [attraction.id], title_id="Jejak Candi Muaro Jambi", title_en="Muaro Jambi Temple Trail",
        summary_id="Sehari di kompleks candi terluas.", summary_en="A day at the widest temple compound.",
        meeting_point_id="Tugu Keris Siginjai", meeting_point_en="Keris Siginjai monument",
        **{"days-0-title_id": "Candi Muaro Jambi", "days-0-title_en": "Muaro Jambi temples"},
    )
    assert agency.post("/en/partner/packages/new", data=form).status_code == 303
    package = _read(Package, Package.slug.is_not(None))
    assert agency.post(f"/en/partner/packages/{package.id}/photos", content_type="multipart/form-data",
                       data={"photo": (io.BytesIO(_png()), "candi.png"), "alt_id": "Candi", "alt_en": "Temple"},
                       ).status_code == 303
    start = timeutil.today() + timedelta(days=10)
    assert agency.post(f"/en/partner/packages/{package.id}/departures", data={
        "series-start": start.isoformat(), "series-end": (start + timedelta(days=30)).isoformat(),
        "series-weekdays": [str(d) for d in range(7)], "series-start_time": "07:00", "series-capacity": "12",
    }).status_code == 303
    assert agency.post(f"/en/partner/packages/{package.id}/submit").status_code == 303
    package = _read(Package, Package.id == package.id)
    assert package.status is PackageStatus.IN_REVIEW, agency.get(f"/en/partner/packages/{package.id}").get_data(as_text=True)
    return package


def _book(traveller, departure_id: int, key: str) -> Booking:
    assert traveller.get(f"/en/departures/{departure_id}/book?adult=2").status_code == 200
    response = traveller.post(f"/en/departures/{departure_id}/book?adult=2", data={
        "contact_name": "Lukas de Vries", "contact_email": "lukas@example.com", "contact_phone": "+31 6 12345678",
        "origin_country": "NL", "travellers-0": "Lukas de Vries", "travellers-1": "Anna de Vries",
        "payment_method": "bank_transfer", "accept_policy": "y", "accept_privacy": "y", "idempotency_key": key * 24, "confirm": "1",
    })
    assert response.status_code == 302, response.get_data(as_text=True)
    return _read(Booking, Booking.idempotency_key == key * 24)


def test_a_new_jambi_agency_is_onboarded_and_its_price_rise_waits_for_the_office(app, app_ctx, runner, mailbox):
    _set_up_the_office(runner)
    agency, office, traveller = app.test_client(), app.test_client(), app.test_client()
    organisation = _register_and_apply(agency, mailbox)

    # The Jambi office signs in and verifies the agency.
    assert office.post("/en/login", data={"email": "dinas@jambi.example.id", "password": ADMIN_PASSWORD}).status_code == 303
    assert "Batanghari Wisata" in office.get("/en/office/").get_data(as_text=True)
    assert office.post(f"/en/office/partners/{organisation.id}/verify").status_code == 303
    assert _read(Organisation, Organisation.id == organisation.id).status is OrganisationStatus.VERIFIED

    # The agency builds a bilingual package with departures and submits it; the office approves.
    temple = _read(Attraction, Attraction.region.has(slug="jambi"))
    package = _create_and_submit(agency, temple)
    assert "Muaro Jambi Temple Trail" in office.get("/en/office/packages").get_data(as_text=True)
    assert office.get(f"/id/office/packages/{package.id}").status_code == 200
    assert office.post(f"/en/office/packages/{package.id}/approve").status_code == 303
    assert _read(Package, Package.id == package.id).status is PackageStatus.PUBLISHED

    # On the public site in both languages, and bookable at the approved price.
    assert "Muaro Jambi Temple Trail" in traveller.get("/en/packages").get_data(as_text=True)
    assert "Jejak Candi Muaro Jambi" in traveller.get("/id/packages").get_data(as_text=True)
    page = traveller.get(f"/en/packages/{package.slug}").get_data(as_text=True)
    assert "IDR\xa0650,000" in page
    departure = _read(Package, Package.id == package.id).departures[0]
    assert _book(traveller, departure.id, "a").total == 1_300_000

    # The agency raises the price: the approved price stays until the office approves.
    raised = _package_form(
        [temple.id], title_id="Jejak Candi Muaro Jambi", title_en="Muaro Jambi Temple Trail",
        summary_id="Sehari di kompleks candi terluas.", summary_en="A day at the widest temple compound.",
        meeting_point_id="Tugu Keris Siginjai", meeting_point_en="Keris Siginjai monument", price_adult="750000",
        **{"days-0-title_id": "Candi Muaro Jambi", "days-0-title_en": "Muaro Jambi temples"},
    )
    assert agency.post(f"/en/partner/packages/{package.id}", data=raised).status_code == 303
    page = traveller.get(f"/en/packages/{package.slug}").get_data(as_text=True)
    assert "IDR\xa0650,000" in page and "750,000" not in page
    assert _book(traveller, departure.id, "b").total == 1_300_000
    assert "Edit waits for review" in agency.get("/en/partner/packages").get_data(as_text=True)

    queue = office.get("/en/office/packages").get_data(as_text=True)
    revision_link = next(part.split('"')[0] for part in queue.split('href="')[1:] if "/office/revisions/" in part)
    assert "IDR\xa0750,000" in office.get(revision_link).get_data(as_text=True)
    assert office.post(f"{revision_link}/approve").status_code == 303
    assert "IDR\xa0750,000" in traveller.get(f"/en/packages/{package.slug}").get_data(as_text=True)
    assert _book(traveller, departure.id, "c").total == 1_500_000
