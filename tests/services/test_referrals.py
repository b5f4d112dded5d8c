"""Referrals: the last campaign page, event page or fair kit QR code a visitor opened in the
30 days before booking is carried onto the booking, for the offices' figures."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
import sqlalchemy as sa

from wisata import timeutil
from wisata.extensions import db
from wisata.models import Booking, Campaign, Event, EventKind
from wisata.services import referrals


@pytest.fixture
def promoted(make):
    """A bookable departure, a published campaign with it, a fair the campaign links, a fair
    of its own (no campaign) and a festival."""
    malang = make.region("malang")
    departure = make.departure(make.package(make.organisation(malang)))
    now = timeutil.now()

    def event(slug, kind):
        return make._save(Event(slug=slug, region=malang, kind=kind, title={"id": slug, "en": slug},
                                starts_at=now + timedelta(days=20), ends_at=now + timedelta(days=22), published=True))

    fair, lone_fair, festival = event("fair", EventKind.FAIR), event("lone-fair", EventKind.FAIR), \
        event("festival", EventKind.FESTIVAL)
    campaign = make._save(Campaign(slug="visit", region=malang, title={"id": "Kunjungi", "en": "Visit"},
                                   published=True, packages=[departure.package], events=[fair]))
    return {"departure": departure, "campaign": campaign, "fair": fair, "lone_fair": lone_fair,
            "festival": festival}


def _book(client, departure) -> Booking:
    response = client.post(f"/en/departures/{departure.id}/book?adult=1", data={
        "contact_name": "Ayu", "contact_email": "ayu@example.com", "contact_phone": "081234567890",
        "origin_country": "ID", "origin_province": "Jambi", "travellers-0": "Ayu",
        "payment_method": "bank_transfer", "accept_policy": "y", "accept_privacy": "y", "idempotency_key": "r" * 24, "confirm": "1",
    })
    assert response.status_code == 302, response.get_data(as_text=True)
    db.session.rollback()
    return db.session.scalar(sa.select(Booking))


def _referral(booking: Booking) -> tuple:
    return booking.referral_kind, booking.referral_campaign_id, booking.referral_event_id


def test_campaign_page_visit_is_carried_onto_the_booking(client, promoted):
    assert client.get("/en/campaigns/visit").status_code == 200
    booking = _book(client, promoted["departure"])
    assert _referral(booking) == ("campaign_page", promoted["campaign"].id, None)


def test_event_page_visit_is_carried_onto_the_booking(client, promoted):
    assert client.get("/id/events/festival").status_code == 200
    booking = _book(client, promoted["departure"])
    assert _referral(booking) == ("event_page", None, promoted["festival"].id)


def test_fair_kit_qr_to_the_campaign_counts_as_the_fairs(client, promoted):
    fair = promoted["fair"]
    assert client.get(f"/en/campaigns/visit?via=fair-{fair.id}").status_code == 200
    booking = _book(client, promoted["departure"])
    assert _referral(booking) == ("fair_kit", promoted["campaign"].id, fair.id)


def test_fair_kit_qr_to_a_fair_without_campaign_counts_as_the_fairs(client, promoted):
    lone = promoted["lone_fair"]
    assert client.get(f"/en/events/lone-fair?via=fair-{lone.id}").status_code == 200
    booking = _book(client, promoted["departure"])
    assert _referral(booking) == ("fair_kit", None, lone.id)


def test_the_last_page_seen_wins(client, promoted):
    client.get(f"/en/campaigns/visit?via=fair-{promoted['fair'].id}")
    client.get("/en/events/festival")
    booking = _book(client, promoted["departure"])
    assert _referral(booking) == ("event_page", None, promoted["festival"].id)


def test_a_visit_older_than_30_days_brings_nothing(client, promoted):
    client.get("/en/campaigns/visit")
    with client.session_transaction() as session:
        session[referrals.SESSION_KEY] = {**session[referrals.SESSION_KEY],
                                          "at": int(time.time() - referrals.KEEP.total_seconds() - 60)}
    booking = _book(client, promoted["departure"])
    assert _referral(booking) == (None, None, None)


def test_a_visit_of_29_days_ago_still_counts(client, promoted):
    client.get("/en/campaigns/visit")
    with client.session_transaction() as session:
        session[referrals.SESSION_KEY] = {**session[referrals.SESSION_KEY],
                                          "at": int(time.time() - timedelta(days=29).total_seconds())}
    assert _referral(_book(client, promoted["departure"]))[0] == "campaign_page"


def test_a_booking_without_a_visit_has_no_referral(client, promoted):
    assert _referral(_book(client, promoted["departure"])) == (None, None, None)


@pytest.mark.parametrize("via", [
    "fair-abc", "fair-²", "fair-", "fair--1", "fair-99999999999999999999999999", "fair-1\x00", "<script>",
    "fair-" + "9" * 500, "FESTIVAL", "fair-{festival}", "fair-{lone_fair}",
])
def test_a_bad_or_unknown_via_is_ignored(client, promoted, via):
    """Not a fair, not this campaign's fair, or not a number: an ordinary campaign visit."""
    via = via.format(**{name: obj.id for name, obj in promoted.items()})
    assert client.get("/en/campaigns/visit", query_string={"via": via}).status_code in (200, 400)
    booking = _book(client, promoted["departure"])
    assert booking.referral_kind in (None, "campaign_page") and booking.referral_event_id is None


def test_a_fair_via_on_another_events_page_is_an_event_page_visit(client, promoted):
    client.get(f"/en/events/festival?via=fair-{promoted['fair'].id}")
    assert _referral(_book(client, promoted["departure"])) == ("event_page", None, promoted["festival"].id)


def test_unpublished_campaign_is_not_noted(client, promoted):
    campaign = promoted["campaign"]
    campaign.published = False
    db.session.commit()
    assert client.get("/en/campaigns/visit").status_code == 404
    assert _referral(_book(client, promoted["departure"])) == (None, None, None)


def test_a_deleted_campaign_leaves_the_booking_without_referral(client, promoted):
    client.get("/en/campaigns/visit")
    db.session.delete(promoted["campaign"])
    db.session.commit()
    assert _referral(_book(client, promoted["departure"])) == (None, None, None)


def test_a_tampered_session_value_is_ignored(client, promoted):
    with client.session_transaction() as session:
        session[referrals.SESSION_KEY] = {"kind": "campaign_page", "campaign_id": "1; DROP", "at": "now"}
    assert _referral(_book(client, promoted["departure"])) == (None, None, None)


def test_a_referral_survives_signing_in(client, make):
    from tests.factories import PASSWORD
    from wisata.services import referrals

    make.user(email="ayu@example.com")
    with client.session_transaction() as session:
        session[referrals.SESSION_KEY] = {"kind": "campaign_page", "campaign_id": 7, "event_id": None,
                                          "at": "2026-11-29T00:00:00+00:00"}
    response = client.post("/en/login", data={"email": "ayu@example.com", "password": PASSWORD})
    assert response.status_code in (302, 303)
    with client.session_transaction() as session:
        assert session[referrals.SESSION_KEY]["campaign_id"] == 7
