"""Who may open which partner route: the permission matrix."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from tests.partner.conftest import login
from wisata.extensions import db
from wisata.models import Booking, Membership, PackageStatus

FORM = {"reason": "Gunung sedang erupsi", "capacity": "20", "status": "", "q": ""}


@pytest.fixture
def objects(make, partners):
    package = make.package(partners["ours"], status=PackageStatus.PUBLISHED)
    departure = make.departure(package, capacity=10)
    booking = Booking(code="PERM2345", departure=departure, seats=1, contact_name="Ayu",
                      contact_email="ayu@example.com", contact_phone="+6281234567890",
                      origin_country="ID", subtotal=500_000, total=500_000)
    db.session.add(booking)
    db.session.commit()
    return {"package": package.id, "departure": departure.id, "booking": booking.code}


def routes(o):
    """(method, path, is_object_route) for every partner route."""
    p, d, b = o["package"], o["departure"], o["booking"]
    return [
        ("get", "/en/partner/", False),
        ("get", "/en/partner/packages", False),
        ("get", "/en/partner/packages/new", False),
        ("get", "/en/partner/bookings", False),
        ("get", "/en/partner/team", False),
        ("get", "/en/partner/organisation", False),
        ("post", "/en/partner/organisation", False),
        ("get", f"/en/partner/packages/{p}", True),
        ("post", f"/en/partner/packages/{p}", True),
        ("get", f"/en/partner/packages/{p}/preview", True),
        ("post", f"/en/partner/packages/{p}/submit", True),
        ("post", f"/en/partner/packages/{p}/archive", True),
        ("post", f"/en/partner/packages/{p}/photos", True),
        ("post", f"/en/partner/packages/{p}/photos/1/delete", True),
        ("get", f"/en/partner/packages/{p}/departures", True),
        ("post", f"/en/partner/packages/{p}/departures", True),
        ("post", f"/en/partner/departures/{d}/capacity", True),
        ("post", f"/en/partner/departures/{d}/close", True),
        ("post", f"/en/partner/departures/{d}/reopen", True),
        ("post", f"/en/partner/departures/{d}/cancel", True),
        ("get", f"/en/partner/departures/{d}/manifest", True),
        ("get", f"/en/partner/departures/{d}/manifest.csv", True),
        ("get", f"/en/partner/bookings/{b}", True),
        ("post", f"/en/partner/bookings/{b}/paid", True),
        ("post", f"/en/partner/bookings/{b}/cancel", True),
        ("post", "/en/partner/team/1/remove", True),
        ("post", f"/en/partner/invitations/{p}/accept", True),
    ]


def _state():
    db.session.rollback()
    return (
        db.session.execute(sa.text("SELECT status, title FROM packages")).all(),
        db.session.execute(sa.text("SELECT capacity, status, seats_held FROM departures")).all(),
        db.session.execute(sa.text("SELECT status FROM bookings")).all(),
        db.session.execute(sa.text("SELECT count(*) FROM memberships")).scalar(),
    )


def test_anonymous_visitors_are_sent_to_sign_in(app, objects):
    client = app.test_client()
    before = _state()
    for method, path, _ in routes(objects):
        response = getattr(client, method)(path, data=FORM)
        assert response.status_code == 302, path
        assert "/en/login" in response.headers["Location"], path
    assert _state() == before


def test_travellers_are_forbidden(app, objects, partners):
    client = app.test_client()
    login(client, partners["traveller"])
    before = _state()
    for method, path, _ in routes(objects):
        assert getattr(client, method)(path, data=FORM).status_code == 403, path
    assert _state() == before


def test_another_partner_never_sees_our_objects(app, objects, partners):
    client = app.test_client()
    login(client, partners["other"])
    before = _state()
    for method, path, is_object in routes(objects):
        response = getattr(client, method)(path, data=FORM)
        body = response.get_data(as_text=True)
        if is_object:
            assert response.status_code == 404, path
        else:
            assert response.status_code in (200, 400), path
        assert "Ayu" not in body and "ayu@example.com" not in body, path
    assert _state() == before


def test_rightful_staff_may_use_every_route(app, objects, partners):
    client = app.test_client()
    login(client, partners["owner"])
    for method, path, _ in routes(objects):
        if path.endswith(("/cancel", "/archive", "/remove", "/accept", "/submit", "/delete")):
            continue  # changing actions are walked in test_portal; here: no 403/404
        response = getattr(client, method)(path, data=FORM)
        assert response.status_code in (200, 302, 303, 400), (path, response.status_code)


def test_pending_organisation_cannot_publish(app, make, partners):
    client = app.test_client()
    login(client, partners["newcomer"])
    package = make.package(partners["pending"], status=PackageStatus.DRAFT)
    assert client.get("/en/partner/").status_code == 200
    response = client.post(f"/en/partner/packages/{package.id}/submit", follow_redirects=True)
    assert "must be verified" in response.get_data(as_text=True)
    db.session.rollback()
    assert db.session.scalar(sa.text(f"SELECT status FROM packages WHERE id = {package.id}")) == "draft"


def test_losing_membership_takes_effect_on_the_next_request(app, objects, partners):
    client = app.test_client()
    login(client, partners["staff"])
    assert client.get("/en/partner/bookings").status_code == 200
    db.session.execute(sa.delete(Membership).where(Membership.user_id == partners["staff"].id))
    db.session.commit()
    assert client.get("/en/partner/bookings").status_code == 403


def test_only_owners_manage_the_team(app, partners):
    client = app.test_client()
    login(client, partners["staff"])
    response = client.post("/en/partner/team", data={"email": "new@example.com", "role": "staff"})
    assert response.status_code == 403
