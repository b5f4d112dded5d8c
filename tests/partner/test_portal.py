"""A partner from application to a published package with departures and a paid booking."""

from __future__ import annotations

import io
from datetime import timedelta

import sqlalchemy as sa
from PIL import Image

from tests.partner.conftest import login
from wisata import timeutil
from wisata.extensions import db
from wisata.models import (
    Booking,
    BookingStatus,
    Departure,
    DepartureStatus,
    MemberRole,
    Membership,
    Organisation,
    OrganisationStatus,
    Package,
    PackageStatus,
)


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (1200, 800), (20, 120, 110)).save(buffer, "PNG")
    return buffer.getvalue()


def _package_form(attraction_ids, **changes):
    form = {
        "title_id": "Pesona Kawah Bromo", "title_en": "Bromo Crater Wonders",
        "summary_id": "Matahari terbit di Penanjakan.", "summary_en": "Sunrise at Penanjakan.",
        "description_id": "Perjalanan sehari ke Bromo.", "description_en": "A day trip to Bromo.",
        "inclusions_id": "Jip\nSarapan", "inclusions_en": "Jeep\nBreakfast",
        "exclusions_id": "Tiket pesawat", "exclusions_en": "Flights",
        "meeting_point_id": "Alun-Alun Tugu", "meeting_point_en": "Alun-Alun Tugu square",
        "duration_days": "1", "duration_nights": "0", "min_group": "1", "max_group": "12",
        "cancellation_policy": "moderate", "price_adult": "650000", "price_child": "400000",
        "co_organisation_id": "0",
        "days-0-title_id": "Bromo", "days-0-title_en": "Bromo",
        "days-0-attractions": [str(i) for i in attraction_ids], "days-0-nights": "0",
    }
    form.update(changes)
    return form


def test_partner_from_application_to_a_paid_booking(app, make, mailbox):
    malang = make.region("malang")
    bromo = make.attraction(malang, slug="gunung-bromo")
    office = make.user(email="dinas@malang.example.com", office_region_id=malang.id)
    applicant = make.user(email="hotel@example.com")
    client = app.test_client()
    login(client, applicant)

    # Apply: pending until the office verifies; the office is told.
    response = client.post("/id/partner/apply", data={
        "kind": "hotel", "name": "Hotel Lembah Ijen", "legal_name": "PT Lembah Ijen Sejahtera",
        "region_id": str(malang.id), "address": "Jl. Ijen 12, Malang", "email": "halo@ijen.example.com",
        "phone": "0341 123456", "bank_name": "Bank Jatim", "bank_account_number": "0123 4567 89",
        "bank_account_holder": "PT Lembah Ijen Sejahtera", "nib": "9120 0012 3456 7", "tdup_number": "503/12/TDUP/2024",
    })
    assert response.status_code == 303
    organisation = db.session.scalar(sa.select(Organisation).where(Organisation.name == "Hotel Lembah Ijen"))
    assert organisation.status is OrganisationStatus.PENDING
    assert organisation.bank_account_number == "0123456789"
    assert (organisation.nib, organisation.chse_number, organisation.locale) == ("9120001234567", None, "id")
    assert db.session.scalar(sa.select(Membership.role).where(Membership.user_id == applicant.id)) is MemberRole.OWNER
    assert mailbox.to(office.email)

    # A draft package with photo and departures; submitting waits for verification.
    response = client.post("/en/partner/packages/new", data=_package_form([bromo.id]))
    assert response.status_code == 303
    package = db.session.scalar(sa.select(Package))
    assert package.status is PackageStatus.DRAFT and package.title["en"] == "Bromo Crater Wonders"
    assert [s.attraction_id for s in package.days[0].stops] == [bromo.id]
    response = client.post(f"/en/partner/packages/{package.id}/photos",
                           data={"photo": (io.BytesIO(_png()), "bromo.png"), "alt_id": "Kawah", "alt_en": "Crater"},
                           content_type="multipart/form-data")
    assert response.status_code == 303
    db.session.refresh(package)
    assert len(package.photos) == 1 and package.photos[0].photo.format == "webp"

    start = timeutil.today() + timedelta(days=7)
    response = client.post(f"/en/partner/packages/{package.id}/departures", data={
        "series-start": start.isoformat(), "series-end": (start + timedelta(days=90)).isoformat(),
        "series-weekdays": ["5"], "series-start_time": "04:00", "series-capacity": "8",
    })
    assert response.status_code == 303
    departures = db.session.scalars(sa.select(Departure).where(Departure.package_id == package.id)).all()
    assert 12 <= len(departures) <= 14 and all(d.date.weekday() == 5 for d in departures)

    client.post(f"/en/partner/packages/{package.id}/submit")
    db.session.refresh(package)
    assert package.status is PackageStatus.DRAFT  # not verified yet

    organisation.status = OrganisationStatus.VERIFIED  # the office's verification
    db.session.commit()
    client.post(f"/en/partner/packages/{package.id}/submit")
    db.session.refresh(package)
    assert package.status is PackageStatus.IN_REVIEW
    package.status = PackageStatus.PUBLISHED  # the office's review
    db.session.commit()

    # A traveller books; the partner sees it, marks it paid, and the manifest lists it.
    traveller = app.test_client()
    departure = departures[0]
    response = traveller.post(f"/en/departures/{departure.id}/book?adult=2", data={
        "contact_name": "Lukas de Vries", "contact_email": "lukas@example.com",
        "contact_phone": "+31 6 12345678", "origin_country": "NL", "travellers-0": "Lukas de Vries",
        "travellers-1": "Anna de Vries", "payment_method": "bank_transfer", "accept_policy": "y", "accept_privacy": "y",
        "idempotency_key": "walk" * 6, "confirm": "1",
    })
    assert response.status_code == 302
    code = db.session.scalar(sa.select(Booking.code))
    assert mailbox.to("halo@ijen.example.com")
    dashboard = client.get("/en/partner/").get_data(as_text=True)
    assert code in dashboard
    assert client.post(f"/en/partner/bookings/{code}/paid").status_code == 303
    db.session.rollback()
    assert db.session.scalar(sa.select(Booking.status)) is BookingStatus.CONFIRMED
    csv = client.get(f"/en/partner/departures/{departure.id}/manifest.csv")
    assert csv.status_code == 200 and "Anna de Vries" in csv.get_data(as_text=True)
    assert "Lukas de Vries" in client.get(f"/id/partner/departures/{departure.id}/manifest").get_data(as_text=True)


def test_package_form_rejects_bad_input_and_changes_nothing(app, make, partners):
    client = app.test_client()
    login(client, partners["owner"])
    bromo = make.attraction(make.region("malang"))
    for changes in ({"title_id": ""}, {"price_adult": "-5"}, {"price_adult": "abc"},
                    {"max_group": "0"}, {"duration_nights": "5"}, {"days-0-attractions": ["999999"]},
                    {"cancellation_policy": "never"}, {"co_organisation_id": "424242"}):
        response = client.post("/en/partner/packages/new", data=_package_form([bromo.id], **changes))
        assert response.status_code == 400, changes
    assert db.session.scalar(sa.select(sa.func.count(Package.id))) == 0


def test_uploads_that_are_not_images_are_refused(app, make, partners):
    client = app.test_client()
    login(client, partners["owner"])
    package = make.package(partners["ours"])
    response = client.post(f"/en/partner/packages/{package.id}/photos",
                           data={"photo": (io.BytesIO(b"<?php echo 'hi'; ?>"), "photo.jpg")},
                           content_type="multipart/form-data", follow_redirects=True)
    assert response.status_code == 200
    assert "not a photo" in response.get_data(as_text=True)
    db.session.refresh(package)
    assert package.photos == []


def test_capacity_never_below_seats_held(app, make, partners):
    client = app.test_client()
    login(client, partners["owner"])
    departure = make.departure(make.package(partners["ours"]), capacity=10)
    db.session.execute(sa.update(Departure).where(Departure.id == departure.id).values(seats_held=6))
    db.session.commit()
    response = client.post(f"/en/partner/departures/{departure.id}/capacity", data={"capacity": "5"},
                           follow_redirects=True)
    assert "cannot be below the 6 seats" in response.get_data(as_text=True)
    db.session.rollback()
    assert db.session.get(Departure, departure.id).capacity == 10
    client.post(f"/en/partner/departures/{departure.id}/capacity", data={"capacity": "6"})
    db.session.rollback()
    assert db.session.get(Departure, departure.id).capacity == 6


def test_bad_series_is_refused(app, make, partners):
    client = app.test_client()
    login(client, partners["owner"])
    package = make.package(partners["ours"])
    start = timeutil.today() + timedelta(days=10)
    for data in ({"series-end": (start - timedelta(days=1)).isoformat()}, {"series-weekdays": []},
                 {"series-capacity": "0"}, {"series-start": "2020-01-01"}):
        form = {"series-start": start.isoformat(), "series-end": (start + timedelta(days=30)).isoformat(),
                "series-weekdays": ["5"], "series-start_time": "07:00", "series-capacity": "10", **data}
        assert client.post(f"/en/partner/packages/{package.id}/departures", data=form).status_code == 400
    assert db.session.scalar(sa.select(sa.func.count(Departure.id))) == 0


def test_cancelling_a_departure_notifies_its_travellers(app, make, partners, mailbox):
    client = app.test_client()
    login(client, partners["owner"])
    departure = make.departure(make.package(partners["ours"]), capacity=5)
    app.test_client().post(f"/id/departures/{departure.id}/book?adult=1", data={
        "contact_name": "Ayu", "contact_email": "ayu@example.com", "contact_phone": "081234567890",
        "origin_country": "ID", "origin_province": "Jambi", "travellers-0": "Ayu",
        "payment_method": "bank_transfer", "accept_policy": "y", "accept_privacy": "y", "idempotency_key": "c" * 24, "confirm": "1",
    })
    response = client.post(f"/en/partner/departures/{departure.id}/cancel", data={"reason": "Erupsi Bromo"})
    assert response.status_code == 303
    db.session.rollback()
    assert db.session.get(Departure, departure.id).status is DepartureStatus.CANCELLED
    assert db.session.get(Departure, departure.id).seats_held == 0
    assert db.session.scalar(sa.select(Booking.status)) is BookingStatus.CANCELLED
    assert any("Erupsi Bromo" in mailbox.body(m) for m in mailbox.to("ayu@example.com"))


def test_joint_package_invitation_and_shared_bookings(app, make, partners):
    ours, theirs = app.test_client(), app.test_client()
    login(ours, partners["owner"])
    login(theirs, partners["other"])
    package = make.package(partners["ours"], co_organisation=partners["theirs"])
    assert f"/en/partner/invitations/{package.id}/accept" in theirs.get("/en/partner/").get_data(as_text=True)
    assert theirs.post(f"/en/partner/invitations/{package.id}/accept").status_code == 303
    db.session.refresh(package)
    assert package.co_accepted_at is not None
    departure = make.departure(package)
    manifest = theirs.get(f"/en/partner/departures/{departure.id}/manifest")
    assert manifest.status_code == 200
    # The co-provider sees but does not edit the package, nor take its payments.
    assert theirs.get(f"/en/partner/packages/{package.id}").status_code == 404
    app.test_client().post(f"/en/departures/{departure.id}/book?adult=1", data={
        "contact_name": "Ayu", "contact_email": "ayu@example.com", "contact_phone": "081234567890",
        "origin_country": "ID", "origin_province": "Jambi", "travellers-0": "Ayu",
        "payment_method": "bank_transfer", "accept_policy": "y", "accept_privacy": "y", "idempotency_key": "j" * 24, "confirm": "1",
    })
    code = db.session.scalar(sa.select(Booking.code))
    assert code in theirs.get("/en/partner/bookings").get_data(as_text=True)
    assert theirs.post(f"/en/partner/bookings/{code}/paid").status_code == 404
    assert ours.post(f"/en/partner/bookings/{code}/paid").status_code == 303


def test_owner_invites_staff_who_joins_with_the_emailed_link(app, make, partners, mailbox):
    owner, newcomer = app.test_client(), app.test_client()
    login(owner, partners["owner"])
    colleague = make.user(email="rina@example.com")
    login(newcomer, colleague)
    assert newcomer.get("/en/partner/").status_code == 403

    response = owner.post("/en/partner/team", data={"email": "Rina@Example.com", "role": "staff"})
    assert response.status_code == 303
    body = mailbox.body(mailbox.to("rina@example.com")[-1])
    path = "/" + body.split("http://wisata.test/", 1)[1].split()[0]

    stranger = app.test_client()
    login(stranger, partners["traveller"])
    assert stranger.get(path).status_code == 400  # the link is for Rina only
    assert stranger.post(path).status_code == 400
    assert stranger.get("/en/partner/").status_code == 403

    page = newcomer.get(path)  # opening the link changes nothing: it asks
    assert page.status_code == 200 and "Accept the invitation" in page.get_data(as_text=True)
    assert newcomer.get("/en/partner/").status_code == 403
    assert newcomer.post(path).status_code == 303
    assert newcomer.get("/en/partner/bookings").status_code == 200
    membership = db.session.scalar(sa.select(Membership).where(Membership.user_id == colleague.id))
    assert membership.role is MemberRole.STAFF and membership.organisation_id == partners["ours"].id

    # The owner removes her again: the next request is refused.
    assert owner.post(f"/en/partner/team/{membership.id}/remove").status_code == 303
    assert newcomer.get("/en/partner/bookings").status_code == 403
    assert owner.post("/en/partner/team", data={"email": "bad", "role": "staff"}).status_code == 400


def test_too_large_upload_is_refused_with_a_localized_413(app, make, partners):
    client = app.test_client()
    login(client, partners["owner"])
    package = make.package(partners["ours"])
    response = client.post(f"/id/partner/packages/{package.id}/photos",
                           data={"photo": (io.BytesIO(b"\0" * (13 * 1024 * 1024)), "big.jpg")},
                           content_type="multipart/form-data")
    assert response.status_code == 413
    assert '<html lang="id">' in response.get_data(as_text=True)
    db.session.refresh(package)
    assert package.photos == []
