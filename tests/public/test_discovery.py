"""Filters, sorting, pagination, region pages, structured data, sitemap and calendar."""

from __future__ import annotations

import json
import re
from datetime import timedelta

import pytest
import sqlalchemy as sa

from wisata import timeutil
from wisata.extensions import db
from wisata.models import Booking, BookingStatus, Departure, Event, EventKind, Review


@pytest.fixture
def catalogue(make):
    malang, jambi = make.region("malang"), make.region("jambi")
    nature = make.category("nature")
    heritage = make.category("heritage")
    bromo = make.attraction(malang, slug="bromo", categories=[nature])
    candi = make.attraction(jambi, slug="candi", categories=[heritage])
    agency = make.organisation(malang)
    cheap = make.package(agency, attractions=[bromo], slug="cheap", prices={"adult": 300_000})
    long = make.package(agency, attractions=[bromo, candi], slug="joint-long", duration_days=6,
                        prices={"adult": 6_000_000})
    pricey = make.package(agency, attractions=[bromo], slug="pricey", duration_days=2, prices={"adult": 2_000_000})
    make.departure(cheap, days_ahead=40, capacity=2)
    make.departure(long, days_ahead=10, capacity=20)
    make.departure(pricey, days_ahead=20, capacity=20)
    past = make.departure(pricey, days_ahead=-10, capacity=5)
    trip = Booking(code="REVW2345", departure=past, seats=1, contact_name="Ayu", contact_email="a@example.com",
                   contact_phone="+6281234567890", origin_country="ID", subtotal=1, total=1,
                   status=BookingStatus.COMPLETED)
    db.session.add(Review(booking=trip, package_id=pricey.id, rating=5, author_name="Ayu", locale="id",
                          comment="Mantap sekali"))
    db.session.commit()
    return {"cheap": cheap, "long": long, "pricey": pricey}


def _slugs(client, query):
    html = client.get(f"/en/packages?{query}").get_data(as_text=True)
    return re.findall(r'class="card-title"><a href="/en/packages/([^"]+)"', html)


def test_filters_combine(client, catalogue):
    assert _slugs(client, "region=joint") == ["joint-long"]
    assert set(_slugs(client, "region=jambi")) == {"joint-long"}
    assert set(_slugs(client, "category=heritage")) == {"joint-long"}
    assert _slugs(client, "duration=2-3") == ["pricey"]
    assert set(_slugs(client, "price_min=1000000&price_max=3000000")) == {"pricey"}
    d = timeutil.today()
    assert _slugs(client, f"date_from={(d + timedelta(days=15)).isoformat()}&date_to={(d + timedelta(days=25)).isoformat()}") == ["pricey"]
    assert set(_slugs(client, "travellers=3")) == {"joint-long", "pricey"}
    assert _slugs(client, "region=malang&duration=1&travellers=2") == ["cheap"]


def test_sorting(client, catalogue):
    assert _slugs(client, "sort=soonest") == ["joint-long", "pricey", "cheap"]
    assert _slugs(client, "sort=price_asc") == ["cheap", "pricey", "joint-long"]
    assert _slugs(client, "sort=price_desc") == ["joint-long", "pricey", "cheap"]
    assert _slugs(client, "sort=rating")[0] == "pricey"


def test_pagination_links_carry_rel_and_filters(client, make):
    agency = make.organisation(make.region("malang"))
    for i in range(14):
        make.package(agency, slug=f"p-{i:02d}")
    html = client.get("/en/packages?sort=price_asc").get_data(as_text=True)
    assert re.search(r'<a rel="next" href="/en/packages\?sort=price_asc&amp;page=2"', html)
    assert '<link rel="next"' in html
    html = client.get("/en/packages?sort=price_asc&page=2").get_data(as_text=True)
    assert 'rel="prev"' in html and 'rel="next"' not in html.split("<main")[1]


def test_full_departure_is_shown_as_full(client, make):
    package = make.package(slug="full-trip")
    departure = make.departure(package, capacity=2)
    db.session.execute(sa.update(Departure).where(Departure.id == departure.id).values(seats_held=2))
    db.session.commit()
    html = client.get("/en/packages/full-trip").get_data(as_text=True)
    assert "Full" in html and f'href="/en/departures/{departure.id}/book"' not in html


def test_region_and_joint_pages(client, catalogue):
    assert "joint-long" in client.get("/id/regions/jambi").get_data(as_text=True)
    assert client.get("/id/regions/atlantis").status_code == 404
    html = client.get("/en/malang-jambi").get_data(as_text=True)
    assert "joint-long" in html and "/en/packages/cheap" not in html


def test_structured_data_and_open_graph(client, catalogue, make):
    html = client.get("/en/packages/pricey").get_data(as_text=True)
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "TouristTrip" and data["offers"][0]["priceCurrency"] == "IDR"
    assert data["aggregateRating"]["ratingValue"] == 5
    assert '<meta property="og:title"' in html
    html = client.get("/en/attractions/bromo").get_data(as_text=True)
    assert '"@type": "TouristAttraction"' in html


def test_sitemap_covers_both_languages(client, catalogue):
    xml = client.get("/sitemap.xml").get_data(as_text=True)
    assert "http://wisata.test/id/packages/cheap" in xml and "http://wisata.test/en/packages/cheap" in xml
    assert 'hreflang="en"' in xml and "/id/regions/malang" in xml


def test_events_calendar(client, make):
    region = make.region("malang")
    db.session.add(Event(slug="flower-carnival", region=region, kind=EventKind.FESTIVAL,
                         title={"id": "Karnaval Bunga", "en": "Flower Carnival"},
                         starts_at=timeutil.now() + timedelta(days=3), ends_at=timeutil.now() + timedelta(days=4),
                         published=True))
    db.session.add(Event(slug="draft-event", region=region, kind=EventKind.FAIR, title={"id": "Draf"},
                         starts_at=timeutil.now() + timedelta(days=3), ends_at=timeutil.now() + timedelta(days=4)))
    db.session.commit()
    ics = client.get("/events.ics?lang=en").get_data(as_text=True)
    assert "SUMMARY:Flower Carnival" in ics and "Draf" not in ics
    assert "SUMMARY:Karnaval Bunga" in client.get("/events.ics").get_data(as_text=True)
    html = client.get("/en/events/flower-carnival").get_data(as_text=True)
    assert '"@type": "Event"' in html
    assert client.get("/en/events/draft-event").status_code == 404
