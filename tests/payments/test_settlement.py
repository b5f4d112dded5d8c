"""The revenue split of joint packages: a share proposed by the provider, agreed when the
co-provider accepts, and the monthly settlement (page and CSV) in both portals."""

from __future__ import annotations

import csv
import io

import pytest

from tests.partner.conftest import login
from wisata import timeutil
from wisata.extensions import db
from wisata.i18n import tr
from wisata.models import MemberRole, Package
from wisata.services import booking as booking_service
from wisata.services import money


@pytest.fixture
def joint(app, make, shop):
    """Shop's package made joint with a Jambi co-provider that has not accepted yet."""
    co = make.organisation(make.region("jambi"), name="Batanghari Tours")
    co_owner = make.member(co, MemberRole.OWNER)
    package = shop["package"]
    package.co_organisation_id = co.id
    db.session.commit()
    client = app.test_client()
    login(client, co_owner)
    return {"co": co, "client": client, "package": package}


def _accept(joint, share: str):
    return joint["client"].post(f"/en/partner/invitations/{joint['package'].id}/accept", data={"share": share})


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_share_is_proposed_then_agreed_on_acceptance(shop, joint, owner_client, lang):
    package_id = joint["package"].id
    assert owner_client.post(f"/{lang}/partner/payment-methods", data={f"share-{package_id}": "40"}).status_code == 303
    dashboard = joint["client"].get(f"/{lang}/partner/").get_data(as_text=True)
    assert "40%" in dashboard
    assert _accept(joint, "40").status_code == 303
    db.session.expire_all()
    package = db.session.get(Package, package_id)
    assert package.co_accepted_at is not None and package.co_share_percent == 40
    # Agreed: the provider can no longer change it on its own.
    owner_client.post(f"/{lang}/partner/payment-methods", data={f"share-{package_id}": "10"})
    db.session.expire_all()
    assert db.session.get(Package, package_id).co_share_percent == 40


def test_accepting_a_share_changed_meanwhile_is_refused(shop, joint, owner_client):
    package_id = joint["package"].id
    owner_client.post("/en/partner/payment-methods", data={f"share-{package_id}": "40"})
    owner_client.post("/en/partner/payment-methods", data={f"share-{package_id}": "25"})
    assert _accept(joint, "40").status_code == 303
    db.session.expire_all()
    assert db.session.get(Package, package_id).co_accepted_at is None


@pytest.mark.parametrize("share", ["101", "-5", "abc", "9" * 10])
def test_a_bad_share_is_refused(shop, joint, owner_client, share):
    response = owner_client.post("/en/partner/payment-methods", data={f"share-{joint['package'].id}": share})
    assert response.status_code == 400
    db.session.expire_all()
    assert db.session.get(Package, joint["package"].id).co_share_percent is None


@pytest.mark.parametrize("lang", ["id", "en"])
def test_monthly_settlement_in_both_portals(app, make, shop, joint, book, owner_client, lang):
    package_id = joint["package"].id
    owner_client.post(f"/{lang}/partner/payment-methods", data={f"share-{package_id}": "40"})
    _accept(joint, "40")
    paid, refunded = book(email="a@example.com"), book(email="b@example.com")
    for booking in (paid, refunded):
        booking_service.confirm_payment(booking)
        db.session.commit()
    booking_service.cancel(refunded, by_partner=True, reason="Banjir")
    db.session.commit()
    money.record_refund(refunded, reference="TRF back")
    db.session.commit()
    month = timeutil.today().strftime("%Y-%m")

    for client in (owner_client, joint["client"]):
        page = client.get(f"/{lang}/partner/settlement?month={month}")
        assert page.status_code == 200
        html = page.get_data(as_text=True)
        assert paid.code in html and refunded.code in html and "Batanghari Tours" in html
        rows = list(csv.reader(io.StringIO(
            client.get(f"/{lang}/partner/settlement.csv?month={month}").get_data(as_text=True).lstrip("\ufeff"))))
        # spreadsheet_csv writes a leading "-" as text ('-…), so no cell is read as a formula.
        body = [[cell.removeprefix("'") for cell in row] for row in rows[1:]]
        assert len(body) == 3  # two payments, one refund
        amounts = sorted(int(row[6]) for row in body)
        assert amounts == sorted([paid.transfer_amount, refunded.transfer_amount, -2_500_000])
        for row in body:
            amount, share, co_amount, provider_amount = int(row[6]), int(row[7]), int(row[8]), int(row[9])
            assert share == 40 and co_amount == (1 if amount >= 0 else -1) * (abs(amount) * 40 // 100)
            assert co_amount + provider_amount == amount


def test_other_partners_see_nothing_and_bad_months_are_refused(app, make, shop, joint, book, owner_client):
    owner_client.post("/en/partner/payment-methods", data={f"share-{joint['package'].id}": "40"})
    _accept(joint, "40")
    booking = book()
    booking_service.confirm_payment(booking)
    db.session.commit()
    stranger = app.test_client()
    login(stranger, make.member(make.organisation(name="Lain"), MemberRole.OWNER))
    assert booking.code not in stranger.get("/en/partner/settlement").get_data(as_text=True)
    for month in ("2026-13", "26-01", "x", "2026-1"):
        assert owner_client.get(f"/en/partner/settlement?month={month}").status_code == 400
        assert owner_client.get(f"/en/partner/settlement.csv?month={month}").status_code == 400


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_joint_package_accepted_without_a_share_is_named_on_the_settlement(shop, joint, owner_client, lang):
    """Accepted before shares existed: the settlement says which package it leaves out."""
    package = joint["package"]
    package.co_accepted_at = timeutil.now()
    db.session.commit()
    page = owner_client.get(f"/{lang}/partner/settlement")
    assert page.status_code == 200
    assert tr(package.title, lang) in page.get_data(as_text=True)
