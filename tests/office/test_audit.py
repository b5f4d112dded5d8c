"""The audit trail: what is recorded, in the change's own transaction, and what each office reads."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from tests.factories import PASSWORD
from tests.office.conftest import login
from wisata.extensions import db
from wisata.models import AuditEntry, Booking, MemberRole, Membership, User
from wisata.services import accounts
from wisata.services.office import audit


def _entries(action: str) -> list[AuditEntry]:
    db.session.rollback()
    return list(db.session.scalars(sa.select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)))


def _trail(client, lang: str = "en", query: str = "") -> str:
    response = client.get(f"/{lang}/office/audit{query}")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_sign_ins_and_failed_sign_ins_are_recorded(app, client, offices):
    admin = offices["malang_admin"]
    client.post("/en/login", data={"email": admin.email, "password": "wrong password"})
    client.post("/en/login", data={"email": "nobody@example.com", "password": "wrong password"})
    assert client.post("/en/login", data={"email": admin.email, "password": PASSWORD}).status_code == 303
    app.test_client().post("/en/login", data={"email": offices["traveller"].email, "password": PASSWORD})

    failed = _entries("account.sign_in_failed")
    assert [(e.details["email"], e.actor_id, e.region_id) for e in failed] == [
        (admin.email, None, offices["malang"].id), ("nobody@example.com", None, None)]
    signed_in = _entries("account.signed_in")
    assert [(e.actor_id, e.region_id) for e in signed_in] == [
        (admin.id, offices["malang"].id), (offices["traveller"].id, None)]
    assert all(e.ip == "127.0.0.1" for e in failed + signed_in)

    for lang, words in (("en", ("Failed sign-in", "Signed in")), ("id", ("Gagal masuk", "Masuk"))):
        html = _trail(client, lang)
        assert all(word in html for word in words) and admin.email in html and "127.0.0.1" in html
        assert "nobody@example.com" not in html and offices["traveller"].email not in html  # no office's


def test_password_change_is_recorded(client, offices):
    admin = offices["malang_admin"]
    login(client, admin)
    response = client.post("/en/account/password", data={
        "current_password": PASSWORD, "password": "a new and long passphrase", "confirm": "a new and long passphrase"})
    assert response.status_code == 303, response.get_data(as_text=True)
    [entry] = _entries("account.password_changed")
    assert (entry.actor_id, entry.region_id, entry.subject) == (admin.id, offices["malang"].id, f"user:{admin.id}")
    assert "Password changed" in _trail(client)


def test_partner_decision_is_recorded_and_shown_to_its_office_only(app, as_office, mailbox, offices,
                                                                    office_partners):
    organisation = office_partners["malang_pending"]
    malang = as_office()
    malang.post(f"/en/office/partners/{organisation.id}/reject", data={"reason": "NIB tidak terbaca"})
    html = _trail(malang, "id")
    assert "Pendaftaran mitra ditolak" in html and "NIB tidak terbaca" in html and f"organisation:{organisation.id}" in html
    jambi = app.test_client()
    login(jambi, offices["jambi_admin"])
    assert "NIB tidak terbaca" not in _trail(jambi)


def test_member_removed_and_booking_marked_paid_are_recorded_for_the_partners_region(app, make, as_office, offices,
                                                                                   office_partners):
    agency = office_partners["malang_verified"]
    owner = office_partners["malang_verified_owner"]
    colleague = make.member(agency, MemberRole.STAFF, email="rina@agency.example.com")
    departure = make.departure(make.package(agency), capacity=5)
    booking = Booking(code="AUDT2345", departure=departure, seats=1, contact_name="Ayu",
                      contact_email="ayu@example.com", contact_phone="+6281234567890",
                      origin_country="ID", subtotal=500_000, total=500_000)
    make._save(booking)
    departure.seats_held = 1
    make._save(departure)
    partner = app.test_client()
    login(partner, owner)
    membership_id = db.session.scalar(sa.select(Membership.id).where(Membership.user_id == colleague.id))
    assert partner.post(f"/en/partner/team/{membership_id}/remove").status_code == 303
    assert partner.post("/en/partner/bookings/AUDT2345/paid").status_code == 303

    [removed] = _entries("partner.member_removed")
    assert (removed.actor_id, removed.region_id, removed.organisation_id) == (owner.id, offices["malang"].id, agency.id)
    assert removed.details == {"member": "rina@agency.example.com", "role": "staff"}
    [paid] = _entries("booking.paid")
    assert (paid.region_id, paid.subject, paid.details["code"]) == (offices["malang"].id, "booking:AUDT2345", "AUDT2345")

    html = _trail(as_office())
    assert "Member removed from a partner" in html and "Booking marked paid" in html and "AUDT2345" in html
    assert "AUDT2345" not in _trail(as_office("jambi"))


def test_filter_by_action_pagination_and_unknown_actions(as_office, offices):
    malang = offices["malang"]
    for n in range(audit.PER_PAGE + 1):
        audit.record("account.sign_in_failed", region_id=malang.id, actor_label=f"tried{n}@example.com")
    audit.record("campaign.launched_somewhere", region_id=malang.id, actor_label="dinas@malang.example.id")
    db.session.commit()
    client = as_office()
    first = _trail(client)
    assert "campaign.launched_somewhere" in first  # an action without a label shows its code
    assert "tried50@example.com" in first and "tried0@example.com" not in first  # newest first, 50 a page
    assert "tried0@example.com" in _trail(client, query="?page=2")
    filtered = _trail(client, query="?action=campaign.launched_somewhere")
    assert "campaign.launched_somewhere" in filtered and "tried50@example.com" not in filtered
    for bad in ("?action=DROP%20TABLE", "?page=0", "?page=x", f"?action={'a' * 100}%00"):
        assert client.get(f"/en/office/audit{bad}").status_code == 400, bad


def test_audit_entries_cannot_be_changed_from_the_site(app, as_office, offices):
    rules = [r for r in app.url_map.iter_rules() if r.endpoint.startswith("office.audit")]
    assert rules and all(r.methods <= {"GET", "HEAD", "OPTIONS"} for r in rules)
    client = as_office()
    for method in ("post", "put", "patch", "delete"):
        assert getattr(client, method)("/en/office/audit").status_code == 405


@pytest.mark.parametrize("who", ["traveller", "partner"])
def test_only_office_admins_read_the_trail(app, offices, office_partners, who):
    client = app.test_client()
    login(client, offices["traveller"] if who == "traveller" else office_partners["malang_verified_owner"])
    assert client.get("/en/office/audit").status_code == 403
    assert "/en/login" in app.test_client().get("/en/office/audit").headers["Location"]


def test_email_change_and_password_reset_are_recorded(client, offices):
    admin = offices["malang_admin"]
    reset = accounts.password_reset_token(admin)
    response = client.post(f"/en/password/reset/{reset}", data={
        "password": "a new and long passphrase", "confirm": "a new and long passphrase"})
    assert response.status_code == 303
    db.session.rollback()
    change = accounts.email_change_token(db.session.get(User, admin.id), "kepala@malang.example.id")
    assert client.get(f"/en/account/email/confirm/{change}").status_code == 303
    [reset_entry] = _entries("account.password_reset")
    [changed] = _entries("account.email_changed")
    assert reset_entry.region_id == changed.region_id == offices["malang"].id
    assert changed.details == {"old_email": "dinas@malang.example.id", "email": "kepala@malang.example.id"}
