"""Every office route, derived from the URL map: anonymous visitors sign in, travellers and
partners get 403, and the other region's office gets 404 on this region's objects with
nothing changed. A new office route with a new kind of object fails here until it is added."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa

from tests.partner.conftest import login
from wisata import timeutil
from wisata.extensions import db
from wisata.models import (
    AttractionClosure,
    Campaign,
    Event,
    EventKind,
    OfficeTarget,
    PackageRevision,
    PackageStatus,
    PromoCode,
)
from wisata.services import listings


def _office_rules(app):
    return sorted((r for r in app.url_map.iter_rules() if r.endpoint.startswith("office.")),
                  key=lambda r: r.rule)


def _methods(rule):
    return sorted(rule.methods - {"HEAD", "OPTIONS"})


@pytest.fixture
def jambi_objects(make, offices, office_partners):
    """One object of each kind the office pages take, all of the Jambi office."""
    jambi = offices["jambi"]
    partner = office_partners["jambi_verified"]
    in_review = make.package(partner, status=PackageStatus.IN_REVIEW, submitted_at=timeutil.now())
    published = make.package(partner)
    temple = make.attraction(jambi)
    now = timeutil.now()
    proposed = listings.package_data(published)
    proposed.prices = {code: amount + 50_000 for code, amount in proposed.prices.items()}
    revision = make._save(PackageRevision(package=published, data=listings.to_json(proposed),
                                          changed_fields=["prices"]))
    event = make._save(Event(slug="jambi-event", region=jambi, kind=EventKind.FAIR,
                             title={"id": "Festival", "en": "Festival"}, starts_at=now + timedelta(days=9),
                             ends_at=now + timedelta(days=10)))
    campaign = make._save(Campaign(slug="jambi-campaign", region=jambi, title={"id": "K", "en": "C"}))
    promo = make._save(PromoCode(code="JAMBI10", percent_off=10, region_id=jambi.id))
    closure = make._save(AttractionClosure(attraction=temple, starts_on=timeutil.today(),
                                           ends_on=timeutil.today() + timedelta(days=5),
                                           reason={"id": "Pemugaran", "en": "Restoration"}))
    target = make._save(OfficeTarget(region_id=jambi.id, year=2026, metric="travellers", value=1000))
    return {
        "target_id": target.id,
        "organisation_id": office_partners["jambi_pending"].id, "package_id": in_review.id,
        "revision_id": revision.id, "event_id": event.id, "campaign_id": campaign.id,
        "promo_id": promo.id, "attraction_id": temple.id, "closure_id": closure.id,
    }


def _url(rule, values, lang="en"):
    path = rule.rule.replace("<any(id,en):lang>", lang)
    for name in rule.arguments - {"lang"}:
        assert name in values, f"add a Jambi object for <{name}> to jambi_objects"
        path = path.replace(f"<int:{name}>", str(values[name]))
    return path


def _snapshot():
    db.session.rollback()
    return {
        table.name: sorted(map(repr, db.session.execute(sa.select(table)).all()))
        for table in db.metadata.sorted_tables
    }


def test_anonymous_visitors_are_sent_to_sign_in(app, client, jambi_objects):
    for rule in _office_rules(app):
        for method in _methods(rule):
            response = client.open(_url(rule, jambi_objects), method=method)
            assert response.status_code == 302 and "/login" in response.headers["Location"], rule.rule


@pytest.mark.parametrize("who", ["traveller", "partner"])
def test_travellers_and_partners_get_403(app, client, offices, office_partners, jambi_objects, who):
    login(client, offices["traveller"] if who == "traveller" else office_partners["jambi_verified_owner"])
    before = _snapshot()
    for rule in _office_rules(app):
        for method in _methods(rule):
            assert client.open(_url(rule, jambi_objects), method=method,
                               data={"reason": "x"}).status_code == 403, (method, rule.rule)
    assert _snapshot() == before


def test_the_other_office_finds_none_of_this_regions_objects(app, client, offices, jambi_objects):
    login(client, offices["malang_admin"])
    before = _snapshot()
    for rule in _office_rules(app):
        for method in _methods(rule):
            if method != "GET" and not rule.arguments - {"lang"}:
                continue  # an action on the office's own region (creating, clearing its spotlight)
            url = _url(rule, jambi_objects)
            status = client.open(url, method=method, data={"reason": "x"}).status_code
            if rule.arguments - {"lang"}:
                assert status == 404, (method, url, status)
            elif method == "GET":
                assert status == 200, (url, status)
    assert _snapshot() == before


def test_its_own_office_opens_every_page(app, client, offices, jambi_objects):
    login(client, offices["jambi_admin"])
    for rule in _office_rules(app):
        if "GET" in rule.methods:
            for lang in ("id", "en"):
                url = _url(rule, jambi_objects, lang)
                assert client.get(url).status_code == 200, url
