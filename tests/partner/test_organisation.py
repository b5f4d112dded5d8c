"""The partner's documents: asked when applying, kept up to date on the organisation page."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from tests.factories import future
from tests.partner.conftest import login
from wisata.extensions import db
from wisata.models import AuditEntry, Organisation, OrganisationStatus


def _application(region_id: int, **changes) -> dict:
    form = {
        "kind": "agency", "name": "Kerinci Adventure", "legal_name": "CV Kerinci Adventure",
        "region_id": str(region_id), "address": "Jl. Sultan Thaha 5, Jambi", "email": "halo@kerinci.example.id",
        "phone": "0741 123456", "bank_name": "Bank Jambi", "bank_account_number": "0012345678",
        "bank_account_holder": "CV Kerinci Adventure", "nib": "9120001234567", "tdup_number": "503/TDUP/2024",
    }
    form.update(changes)
    return form


def _details(organisation: Organisation, **changes) -> dict:
    form = {name: getattr(organisation, name) or "" for name in (
        "address", "email", "phone", "website", "bank_name", "bank_account_number", "bank_account_holder",
        "nib", "tdup_number", "chse_number")}
    form["chse_expires_on"] = organisation.chse_expires_on.isoformat() if organisation.chse_expires_on else ""
    form.update(changes)
    return form


def _organisations() -> list[Organisation]:
    db.session.rollback()
    return list(db.session.scalars(sa.select(Organisation).where(Organisation.name == "Kerinci Adventure")))


@pytest.mark.parametrize(("changes", "message"), [
    ({"nib": "912000123456"}, "exactly 13 digits"),
    ({"nib": "٩١٢٠٠٠١٢٣٤٥٦٧"}, "exactly 13 digits"),  # Arabic-Indic digits are not an NIB
    ({"nib": ""}, "This field is required"),
    ({"tdup_number": ""}, "This field is required"),
    ({"chse_number": "CHSE-9"}, "or neither"),
    ({"chse_expires_on": future(200).isoformat()}, "or neither"),
    ({"chse_number": "CHSE-9", "chse_expires_on": "31-02-2026"}, "Not a valid date"),
])
def test_application_documents_are_checked(client, make, changes, message):
    jambi = make.region("jambi")
    login(client, make.user())
    response = client.post("/en/partner/apply", data=_application(jambi.id, **changes))
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert _organisations() == []


def test_application_keeps_documents_and_the_applicants_language(client, make):
    jambi = make.region("jambi")
    login(client, make.user())
    response = client.post("/en/partner/apply", data=_application(
        jambi.id, nib="9120 0012 3456 7", chse_number="CHSE-9", chse_expires_on=future(200).isoformat()))
    assert response.status_code == 303
    [organisation] = _organisations()
    assert (organisation.nib, organisation.tdup_number, organisation.chse_number) == (
        "9120001234567", "503/TDUP/2024", "CHSE-9")
    assert organisation.chse_expires_on == future(200) and organisation.locale == "en"
    assert organisation.status is OrganisationStatus.PENDING


@pytest.mark.parametrize("lang", ["id", "en"])
def test_owner_changes_bank_account_and_the_office_sees_it(client, partners, lang):
    organisation = partners["ours"]
    login(client, partners["owner"])
    assert client.get(f"/{lang}/partner/organisation").status_code == 200
    response = client.post(f"/{lang}/partner/organisation", data=_details(
        organisation, bank_account_number="9876543210", nib="9120001234567", tdup_number="TDUP-1",
        phone="0341 555 777"))
    assert response.status_code == 303
    db.session.rollback()
    organisation = db.session.get(Organisation, organisation.id, populate_existing=True)
    assert (organisation.bank_account_number, organisation.nib) == ("9876543210", "9120001234567")
    [entry] = db.session.scalars(sa.select(AuditEntry)).all()
    assert entry.action == "partner.details_changed" and entry.region_id == organisation.region_id
    assert entry.details["fields"] == ["bank_account_number", "nib", "tdup_number"]  # the phone is no concern


def test_a_pending_applicants_changes_are_not_audited(client, partners):
    organisation = partners["pending"]
    login(client, partners["newcomer"])
    response = client.post("/en/partner/organisation", data=_details(
        organisation, bank_account_number="9876543210", nib="9120001234567", tdup_number="TDUP-1"))
    assert response.status_code == 303
    db.session.rollback()
    assert db.session.scalars(sa.select(AuditEntry)).all() == []


def test_staff_read_the_details_but_cannot_change_them(client, partners):
    organisation = partners["ours"]
    login(client, partners["staff"])
    html = client.get("/en/partner/organisation").get_data(as_text=True)
    assert organisation.bank_account_number in html and "<form method=\"post\" class=\"panel\"" not in html
    response = client.post("/en/partner/organisation", data=_details(organisation, bank_account_number="5555555555"))
    assert response.status_code == 403
    db.session.rollback()
    assert db.session.get(Organisation, organisation.id, populate_existing=True).bank_account_number == "1234567890"


def test_bad_details_are_a_400_and_change_nothing(client, partners):
    organisation = partners["ours"]
    login(client, partners["owner"])
    response = client.post("/id/partner/organisation", data=_details(
        organisation, bank_account_number="12345x", nib="123", tdup_number="T"))
    assert response.status_code == 400
    assert "13 angka" in response.get_data(as_text=True)
    db.session.rollback()
    assert db.session.get(Organisation, organisation.id, populate_existing=True).nib is None
    assert db.session.scalars(sa.select(AuditEntry)).all() == []
