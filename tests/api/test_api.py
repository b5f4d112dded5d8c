"""The JSON API answers what its OpenAPI document promises, in both languages."""

from __future__ import annotations

import jsonschema
import pytest
from openapi_spec_validator import validate

from wisata.extensions import db
from wisata.models import Departure


@pytest.fixture
def catalogue(make):
    malang, jambi = make.region("malang"), make.region("jambi")
    bromo = make.attraction(malang, slug="bromo", name={"id": "Gunung Bromo", "en": "Mount Bromo"})
    candi = make.attraction(jambi, slug="candi", name={"id": "Candi Muaro Jambi", "en": "Muaro Jambi Temples"})
    joint = make.package(make.organisation(malang), attractions=[bromo, candi], slug="joint",
                         title={"id": "Jejak Dua Daerah", "en": "Two Regions Trail"})
    make.package(make.organisation(malang), attractions=[bromo], slug="bromo-only")
    departure = make.departure(joint, capacity=4)
    return {"joint": joint, "departure": departure}


def _spec(client):
    return client.get("/api/v1/openapi.json").get_json()


def _check(spec, name, instance):
    schema = {"$ref": f"#/components/schemas/{name}", "components": spec["components"]}
    jsonschema.validate(instance, schema)


def test_openapi_document_is_valid_3_1(client):
    spec = _spec(client)
    assert spec["openapi"] == "3.1.0"
    validate(spec)


def test_packages_list_filters_and_languages(client, catalogue):
    spec = _spec(client)
    data = client.get("/api/v1/packages?region=joint&lang=en").get_json()
    assert data["total"] == 1 and data["items"][0]["title"] == "Two Regions Trail"
    for item in data["items"]:
        _check(spec, "PackageCard", item)
    data = client.get("/api/v1/packages?q=jejak", headers={"Accept-Language": "id"}).get_json()
    assert data["items"][0]["title"] == "Jejak Dua Daerah" and data["items"][0]["joint"] is True


def test_package_detail_shows_live_seats(client, catalogue):
    db.session.execute(db.update(Departure).values(seats_held=4))
    db.session.commit()
    data = client.get("/api/v1/packages/joint?lang=en").get_json()
    _check(_spec(client), "Package", data)
    assert data["departures"][0]["seats_left"] == 0 and data["departures"][0]["status"] == "full"
    assert data["prices"][0] == {"category": "adult", "amount": 500_000, "currency": "IDR"}
    assert data["itinerary"][0]["attractions"] == ["bromo", "candi"]


def test_attractions_and_events(client, catalogue):
    spec = _spec(client)
    for item in client.get("/api/v1/attractions").get_json()["items"]:
        _check(spec, "Attraction", item)
    assert client.get("/api/v1/events").get_json() == {"items": []}


@pytest.mark.parametrize("query", ["price_min=abc", "travellers=0", "sort=x", "page=0", "lang=fr"])
def test_bad_queries_get_a_json_400(client, query):
    response = client.get(f"/api/v1/packages?{query}")
    assert response.status_code == 400
    assert response.is_json and response.get_json()["error"]["code"] == 400


def test_unknown_things_get_a_json_404_in_the_asked_language(client):
    response = client.get("/api/v1/packages/nope?lang=id")
    assert response.status_code == 404 and response.is_json
    assert "tidak ada" in response.get_json()["error"]["message"]
    assert client.get("/api/v1/nothing").status_code == 404
