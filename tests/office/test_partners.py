"""The office's partner pages and decisions: verify, reject, suspend, reinstate."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa

from tests.office.conftest import login
from tests.public.test_journey import _form as booking_form
from tests.services.test_ledger import _run_in_threads
from wisata import timeutil
from wisata.extensions import db
from wisata.models import (
    AuditEntry,
    Booking,
    Departure,
    Organisation,
    OrganisationStatus,
    Package,
    PackageStatus,
)

DECISIONS = ("verify", "reject", "suspend", "reinstate")
ACTIONS = {"verify": "partner.verified", "reject": "partner.rejected", "suspend": "partner.suspended",
           "reinstate": "partner.reinstated"}

SUBJECTS = {
    "id": {"reject": "tidak diterima", "verify": "telah diverifikasi", "suspend": "dibekukan",
           "reinstate": "diaktifkan kembali"},
    "en": {"reject": "was not accepted", "verify": "is verified", "suspend": "is suspended",
           "reinstate": "is reinstated"},
}


def _status(organisation_id: int) -> OrganisationStatus:
    db.session.rollback()  # see what the requests committed
    return db.session.get(Organisation, organisation_id, populate_existing=True).status


def _audit(action: str | None = None) -> list[AuditEntry]:
    db.session.rollback()
    query = sa.select(AuditEntry).order_by(AuditEntry.id)
    if action:
        query = query.where(AuditEntry.action == action)
    return list(db.session.scalars(query))


def _decide(client, organisation, decision: str, reason: str = "", lang: str = "en"):
    return client.post(f"/{lang}/office/partners/{organisation.id}/{decision}", data={"reason": reason})


def test_list_puts_pending_first_then_the_rest_oldest_first(as_office, make, offices, office_partners):
    older = make.organisation(offices["malang"], name="Sudah Lama", status=OrganisationStatus.PENDING,
                              created_at=timeutil.now() - timedelta(days=30))
    make.organisation(offices["malang"], name="Dibekukan", status=OrganisationStatus.SUSPENDED,
                      created_at=timeutil.now() - timedelta(days=90))
    client = as_office()
    for lang, heading in (("en", "Partners"), ("id", "Mitra")):
        html = client.get(f"/{lang}/office/partners").get_data(as_text=True)
        assert heading in html and "Baru jambi" not in html and "Lama jambi" not in html
        order = [html.index(name) for name in ("Sudah Lama", "Baru malang", "Dibekukan", "Lama malang")]
        assert order == sorted(order), order
    html = client.get("/en/office/partners?status=suspended").get_data(as_text=True)
    assert "Dibekukan" in html and "Baru malang" not in html and older.name not in html
    assert client.get("/en/office/partners?status=nonsense").status_code == 400


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ("expires in 10 days", "9120001234567", "TDUP-77", "2 packages", "Members")),
    ("id", ("berakhir dalam 10 hari", "9120001234567", "TDUP-77", "2 paket", "Anggota")),
])
def test_partner_page_shows_what_the_partner_entered_and_its_documents(as_office, make, offices, office_partners,
                                                                       lang, words):
    organisation = office_partners["malang_pending"]
    organisation.nib, organisation.tdup_number = "9120001234567", "TDUP-77"
    organisation.chse_number, organisation.chse_expires_on = "CHSE-1", timeutil.today() + timedelta(days=10)
    organisation.website = "https://baru.example.id"
    make._save(organisation)
    make.package(organisation, status=PackageStatus.DRAFT)
    make.package(organisation, status=PackageStatus.DRAFT)
    html = as_office().get(f"/{lang}/office/partners/{organisation.id}").get_data(as_text=True)
    assert all(word in html for word in words), [w for w in words if w not in html]
    for value in (organisation.legal_name, organisation.address, organisation.email, organisation.phone,
                  organisation.bank_account_number, "https://baru.example.id",
                  office_partners["malang_pending_owner"].email):
        assert value in html
    assert 'name="reason"' in html and "/verify" in html and "/reject" in html and "/suspend" not in html

    organisation.chse_expires_on = timeutil.today() - timedelta(days=1)
    make._save(organisation)
    html = as_office().get(f"/{lang}/office/partners/{organisation.id}").get_data(as_text=True)
    assert ("kedaluwarsa" if lang == "id" else "expired") in html


@pytest.mark.parametrize("office_lang", ["id", "en"])
def test_every_decision_is_made_recorded_and_mailed_in_the_partners_language(as_office, make, mailbox, offices,
                                                                              office_partners, office_lang):
    partner_lang = "en" if office_lang == "id" else "id"  # not the office's language
    organisation = office_partners["malang_pending"]
    organisation.locale = partner_lang
    make._save(organisation)
    owner = office_partners["malang_pending_owner"]
    client = as_office()
    steps = [("reject", "Dokumen NIB tidak terbaca", OrganisationStatus.REJECTED),
             ("verify", "", OrganisationStatus.VERIFIED),
             ("suspend", "Keluhan wisatawan belum ditanggapi", OrganisationStatus.SUSPENDED),
             ("reinstate", "Keluhan sudah diselesaikan", OrganisationStatus.VERIFIED)]
    for number, (decision, reason, status) in enumerate(steps, start=1):
        response = _decide(client, organisation, decision, reason, office_lang)
        assert response.status_code == 303, decision
        assert _status(organisation.id) is status
        entries = _audit(ACTIONS[decision])
        assert len(entries) == 1
        entry = entries[0]
        assert (entry.region_id, entry.organisation_id, entry.actor_id) == (
            offices["malang"].id, organisation.id, offices["malang_admin"].id)
        assert entry.details.get("reason") == (reason or None)
        assert len(mailbox.messages) == number  # one message, to the organisation and its owners
        message = mailbox.messages[-1]
        assert organisation.email in message["To"] and owner.email in message["To"]
        assert SUBJECTS[partner_lang][decision] in message["Subject"]
        body = mailbox.body(message)
        assert (not reason or reason in body) and f"/{partner_lang}/partner/" in body
        assert offices["malang_admin"].email in body  # how to reach the office
    db.session.rollback()
    organisation = db.session.get(Organisation, organisation.id, populate_existing=True)
    assert organisation.verified_by_id == offices["malang_admin"].id and organisation.verified_at is not None
    assert organisation.status_reason == "Keluhan sudah diselesaikan" and organisation.status_changed_at is not None


@pytest.mark.parametrize(("lang", "message"), [("en", "Give the partner a reason"), ("id", "Berikan alasan")])
@pytest.mark.parametrize("decision", ["reject", "suspend", "reinstate"])
def test_a_reason_is_required_and_nothing_changes_without_it(as_office, make, mailbox, office_partners, offices,
                                                              decision, lang, message):
    key = {"reject": "malang_pending", "suspend": "malang_verified"}.get(decision)
    organisation = office_partners[key] if key else make.organisation(
        offices["malang"], status=OrganisationStatus.SUSPENDED)
    before = organisation.status
    response = _decide(as_office(), organisation, decision, "   ", lang)
    assert response.status_code == 400
    assert message in response.get_data(as_text=True) and f'<html lang="{lang}">' in response.get_data(as_text=True)
    assert _status(organisation.id) is before and _audit() == [] and mailbox.messages == []


def test_a_decision_that_no_longer_applies_is_a_409(as_office, mailbox, office_partners):
    organisation = office_partners["malang_verified"]
    for decision in ("verify", "reject", "reinstate"):
        response = _decide(as_office(), organisation, decision, "alasan", "id")
        assert response.status_code == 409
        assert "sudah berubah" in response.get_data(as_text=True)
    assert _status(organisation.id) is OrganisationStatus.VERIFIED and _audit() == [] and mailbox.messages == []


@pytest.mark.parametrize("decision", ["verify", "reject"])
def test_two_admins_deciding_at_once_make_one_decision(app, make, mailbox, offices, office_partners, decision):
    organisation_id = office_partners["malang_pending"].id
    colleague = make.user(email="dinas2@malang.example.id", office_region=offices["malang"])
    clients = [app.test_client(), app.test_client()]
    login(clients[0], offices["malang_admin"])
    login(clients[1], colleague)
    answers = []

    def decide(client):
        def job():
            response = client.post(f"/en/office/partners/{organisation_id}/{decision}", data={"reason": "NIB palsu"})
            answers.append(response.status_code)
        return job

    assert _run_in_threads(app, [decide(client) for client in clients]) == []
    assert sorted(answers) == [303, 409]
    assert _status(organisation_id) is {"verify": OrganisationStatus.VERIFIED, "reject": OrganisationStatus.REJECTED}[decision]
    assert len(_audit()) == 1 and len(mailbox.messages) == 1


def _partner_routes(organisation_id: int) -> list[tuple[str, str]]:
    return [("get", "/en/office/partners"), ("get", f"/en/office/partners/{organisation_id}")] + [
        ("post", f"/en/office/partners/{organisation_id}/{decision}") for decision in DECISIONS
    ]


def _all_statuses():
    db.session.rollback()
    return db.session.execute(sa.select(Organisation.id, Organisation.status).order_by(Organisation.id)).all()


def test_the_other_regions_office_gets_404_and_nothing_changes(as_office, mailbox, office_partners):
    client = as_office("jambi")
    before = _all_statuses()
    for key in ("malang_pending", "malang_verified"):
        for method, path in _partner_routes(office_partners[key].id)[1:]:
            response = getattr(client, method)(path, data={"reason": "bukan wilayah kami"})
            assert response.status_code == 404, path
            assert office_partners[key].name not in response.get_data(as_text=True)
    assert _all_statuses() == before and _audit() == [] and mailbox.messages == []


def test_travellers_and_partners_get_403_and_anonymous_visitors_sign_in(app, offices, office_partners):
    organisation = office_partners["malang_pending"]
    before = _all_statuses()
    anonymous = app.test_client()
    for method, path in _partner_routes(organisation.id):
        response = getattr(anonymous, method)(path, data={"reason": "x"})
        assert response.status_code == 302 and "/en/login" in response.headers["Location"], path
    for user in (offices["traveller"], office_partners["malang_pending_owner"], office_partners["malang_verified_owner"]):
        client = app.test_client()
        login(client, user)
        for method, path in _partner_routes(organisation.id):
            assert getattr(client, method)(path, data={"reason": "x"}).status_code == 403, path
    assert _all_statuses() == before and _audit() == []


@pytest.fixture
def offered(make, offices, office_partners):
    """A published trip of the Malang agency with a departure, booked once already."""
    agency = office_partners["malang_verified"]
    package = make.package(agency, slug="sunrise-bromo", title={"id": "Matahari Terbit Bromo", "en": "Bromo Sunrise"})
    departure = make.departure(package, capacity=8)
    return agency, package, departure


def test_suspending_takes_the_partners_trips_off_at_once_and_keeps_its_bookings(app, client, as_office, offered,
                                                                               office_partners):
    agency, package, departure = offered
    traveller = app.test_client()
    booked = traveller.post(f"/en/departures/{departure.id}/book?adult=1", data=booking_form())
    assert booked.status_code in (302, 303)
    assert "sunrise-bromo" in traveller.get("/en/packages").get_data(as_text=True)

    assert _decide(as_office(), agency, "suspend", "Izin usaha sedang diperiksa").status_code == 303

    assert "sunrise-bromo" not in traveller.get("/en/packages").get_data(as_text=True)
    assert traveller.get("/en/packages/sunrise-bromo").status_code == 404
    assert traveller.get("/api/v1/packages/sunrise-bromo").status_code == 404
    assert all(p["slug"] != "sunrise-bromo" for p in traveller.get("/api/v1/packages").get_json()["items"])
    refused = traveller.post(f"/en/departures/{departure.id}/book?adult=1", data=booking_form(1))
    assert refused.status_code == 409
    db.session.rollback()
    assert db.session.scalar(sa.select(sa.func.count(Booking.id))) == 1
    assert traveller.get(booked.headers["Location"]).status_code == 200  # the booking stays served

    assert _decide(as_office(), agency, "reinstate", "Izin sudah lengkap").status_code == 303
    assert "sunrise-bromo" in traveller.get("/en/packages").get_data(as_text=True)


@pytest.mark.parametrize(("lang", "banner", "refusal"), [
    ("en", "has suspended your organisation", "Your organisation is suspended"),
    ("id", "telah membekukan organisasi Anda", "Organisasi Anda dibekukan"),
])
def test_members_of_a_suspended_partner_serve_their_bookings_but_offer_nothing_new(
        app, make, as_office, offered, office_partners, offices, lang, banner, refusal):
    agency, package, departure = offered
    traveller = app.test_client()
    booked = traveller.post(f"/en/departures/{departure.id}/book?adult=1", data=booking_form())
    code = booked.headers["Location"].split("/bookings/", 1)[1].split("?")[0].split("/")[0]
    draft = make.package(agency, status=PackageStatus.DRAFT)
    _decide(as_office(), agency, "suspend", "Izin usaha sedang diperiksa")

    member = app.test_client()
    login(member, office_partners["malang_verified_owner"])
    home = member.get(f"/{lang}/partner/")
    assert home.status_code == 200
    html = home.get_data(as_text=True)
    assert banner in html and "Izin usaha sedang diperiksa" in html and offices["malang_admin"].email in html
    assert code in member.get(f"/{lang}/partner/bookings").get_data(as_text=True)
    assert member.get(f"/{lang}/partner/bookings/{code}").status_code == 200
    assert member.get(f"/{lang}/partner/departures/{departure.id}/manifest").status_code == 200
    assert member.post(f"/{lang}/partner/bookings/{code}/paid").status_code == 303  # still serves travellers

    day = (timeutil.today() + timedelta(days=40)).isoformat()
    refused = [
        member.post(f"/{lang}/partner/packages/{draft.id}/submit"),
        member.post(f"/{lang}/partner/packages/{package.id}/departures",
                    data={"one-date": day, "one-start_time": "05:00", "one-capacity": "10"}),
        member.post(f"/{lang}/partner/team", data={"email": "baru@example.com", "role": "staff"}),
    ]
    for response in refused:
        assert response.status_code == 403
        assert refusal in response.get_data(as_text=True)
    db.session.rollback()
    assert db.session.get(Package, draft.id, populate_existing=True).status is PackageStatus.DRAFT
    assert db.session.scalar(sa.select(sa.func.count(Departure.id)).where(Departure.package_id == package.id)) == 1


def test_a_rejected_applicant_still_enters_the_portal_and_is_told_why(app, as_office, office_partners):
    organisation = office_partners["malang_pending"]
    _decide(as_office(), organisation, "reject", "NIB tidak sesuai nama usaha")
    member = app.test_client()
    login(member, office_partners["malang_pending_owner"])
    html = member.get("/en/partner/").get_data(as_text=True)
    assert "has not accepted your application" in html and "NIB tidak sesuai nama usaha" in html
    response = member.post("/en/partner/team", data={"email": "baru@example.com", "role": "staff"})
    assert response.status_code == 403

