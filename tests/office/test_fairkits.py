"""Fair kits: a printable A4 flyer and poster for the office's fairs, with a QR code to the
campaign page (or the fair's page) that marks the visit as the fair's."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from wisata import timeutil
from wisata.models import Campaign, Event, EventKind, OrganisationStatus


def _event(make, region, slug, kind=EventKind.FAIR, **fields):
    now = timeutil.now()
    fields.setdefault("published", True)
    return make._save(Event(slug=slug, region=region, kind=kind, title={"id": f"Pameran {slug}", "en": f"Fair {slug}"},
                            venue={"id": "JCC Senayan", "en": "Jakarta Convention Center"},
                            starts_at=now + timedelta(days=30), ends_at=now + timedelta(days=32), **fields))


@pytest.fixture
def fair(make, offices):
    malang = offices["malang"]
    offered = make.package(make.organisation(malang), title={"id": "Paket Bromo", "en": "Bromo Trip"},
                           prices={"adult": 750_000})
    hidden = make.package(make.organisation(malang, status=OrganisationStatus.SUSPENDED),
                          title={"id": "Paket Tersembunyi", "en": "Hidden Trip"})
    event = _event(make, malang, "ittf", packages=[offered, hidden])
    return {"event": event, "offered": offered, "hidden": hidden}


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("kit", ["flyer", "poster"])
def test_kit_of_a_fair_without_campaign_points_at_its_page(as_office, fair, lang, kit):
    event = fair["event"]
    response = as_office().get(f"/{lang}/office/events/{event.id}/{kit}")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert f'<html lang="{lang}">' in html and "css/fairkit.css" in html
    assert event.title[lang] in html and event.venue[lang] in html
    office = {"id": "Dinas Pariwisata", "en": "Tourism Office of"}[lang]
    assert html.count(office) == 2  # both offices' names, as text logos
    url = f"http://wisata.test/{lang}/events/ittf?via=fair-{event.id}"
    assert url.replace("&", "&amp;") in html or url in html  # printed as text
    assert "<svg" in html and "<path" in html  # the QR code, inline


def test_flyer_lists_only_publicly_offered_packages_with_from_prices(as_office, fair):
    html = as_office().get(f"/en/office/events/{fair['event'].id}/flyer").get_data(as_text=True)
    assert "Bromo Trip" in html and "Hidden Trip" not in html
    assert re.search(r"from\s+IDR\s*750,000", html)


def test_kit_of_a_fair_with_a_campaign_points_at_the_campaign(make, as_office, fair, offices):
    event = fair["event"]
    campaign_package = make.package(make.organisation(offices["jambi"]), title={"id": "Candi", "en": "Temple Walk"})
    make._save(Campaign(slug="malang-jambi-2027", region=offices["malang"], title={"id": "Ayo", "en": "Come"},
                        published=True, events=[event], packages=[campaign_package]))
    make._save(Campaign(slug="draft", region=offices["malang"], title={"id": "D", "en": "D"}, events=[event]))
    html = as_office().get(f"/id/office/events/{event.id}/flyer").get_data(as_text=True)
    assert f"http://wisata.test/id/campaigns/malang-jambi-2027?via=fair-{event.id}" in html
    assert "Temple Walk" not in html and "Candi" in html and "Paket Bromo" not in html


def test_qr_link_marks_the_visit_as_the_fairs(client, as_office, fair):
    """The printed URL, opened, is recorded as the fair's kit (see tests/services/test_referrals.py)."""
    html = as_office().get(f"/en/office/events/{fair['event'].id}/poster").get_data(as_text=True)
    url = re.search(r'class="kit-url">([^<]+)<', html).group(1)
    assert client.get(url.replace("http://wisata.test", "")).status_code == 200
    with client.session_transaction() as session:
        assert session["referral"]["kind"] == "fair_kit" and session["referral"]["event_id"] == fair["event"].id


def test_unpublished_fair_kit_warns_before_printing(make, as_office, offices):
    draft = _event(make, offices["malang"], "draft-fair", published=False)
    html = as_office().get(f"/en/office/events/{draft.id}/flyer").get_data(as_text=True)
    assert "not public yet" in html


def test_an_event_that_is_not_a_fair_has_no_kit(make, as_office, offices):
    festival = _event(make, offices["malang"], "festival", kind=EventKind.FESTIVAL)
    client = as_office()
    assert client.get(f"/en/office/events/{festival.id}/flyer").status_code == 404
    assert client.get(f"/en/office/events/{festival.id}/poster").status_code == 404


def test_the_other_offices_fair_is_not_found(make, as_office, offices):
    jambi_fair = _event(make, offices["jambi"], "jambi-fair")
    client = as_office("malang")
    for kit in ("flyer", "poster"):
        assert client.get(f"/en/office/events/{jambi_fair.id}/{kit}").status_code == 404
    assert as_office("jambi").get(f"/en/office/events/{jambi_fair.id}/flyer").status_code == 200


def test_events_list_links_the_kits_of_fairs_only(make, as_office, fair, offices):
    festival = _event(make, offices["malang"], "festival", kind=EventKind.FESTIVAL)
    html = as_office().get("/en/office/events").get_data(as_text=True)
    assert f"/en/office/events/{fair['event'].id}/flyer" in html
    assert f"/en/office/events/{fair['event'].id}/poster" in html
    assert f"/en/office/events/{festival.id}/flyer" not in html


def test_print_stylesheet_sets_a4(app):
    with app.open_resource("../static/css/fairkit.css") as css:
        assert b"@page { size: A4" in css.read()
