"""The office's home: only office admins enter; it lists what waits for their region."""

from __future__ import annotations

from datetime import timedelta

from tests.factories import PASSWORD
from tests.partner.conftest import login
from wisata import timeutil
from wisata.models import AttractionClosure, PackageStatus


def test_only_office_admins_enter(client, offices, office_partners):
    assert client.get("/en/office/").status_code == 302
    login(client, offices["traveller"])
    assert client.get("/en/office/").status_code == 403
    login(client, office_partners["malang_verified_owner"])
    assert client.get("/en/office/").status_code == 403


def test_home_lists_what_waits_for_this_region_only(client, as_office, make, offices, office_partners):
    package = make.package(office_partners["malang_verified"], status=PackageStatus.IN_REVIEW,
                           title={"id": "Paket Menunggu", "en": "Waiting Trip"}, submitted_at=timeutil.now())
    make.package(office_partners["jambi_verified"], status=PackageStatus.IN_REVIEW,
                 title={"id": "Paket Jambi", "en": "Jambi Trip"}, submitted_at=timeutil.now())
    semeru = make.attraction(offices["malang"], name={"id": "Gunung Semeru", "en": "Mount Semeru"})
    make._save(AttractionClosure(attraction=semeru, starts_on=timeutil.today() - timedelta(days=1),
                                 ends_on=timeutil.today() + timedelta(days=30),
                                 reason={"id": "Status waspada", "en": "Volcano alert"}))
    for lang, words in (("en", ("Waiting for you", "Volcano alert")), ("id", ("Status waspada",))):
        html = as_office().get(f"/{lang}/office/").get_data(as_text=True)
        assert all(word in html for word in words)
        assert "Baru malang" in html and "Baru jambi" not in html
        assert package.title[lang] in html and "Jambi Trip" not in html and "Paket Jambi" not in html


def test_signing_in_takes_an_office_admin_to_the_office(client, offices):
    response = client.post("/en/login", data={"email": "dinas@malang.example.id", "password": PASSWORD})
    assert response.status_code in (302, 303)
    assert response.headers["Location"].endswith("/id/office/")  # in the admin's own language
