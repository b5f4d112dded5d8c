"""The sitemap (every public page in both languages, streamed, an index past the size of a
file) and the events feeds, bounded and in a fixed number of queries."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from datetime import timedelta

import pytest
from flask import url_for

from tests.public.test_query_counts import count_queries
from wisata import timeutil
from wisata.extensions import db
from wisata.models import Event, EventKind, OrganisationStatus, PackageStatus
from wisata.models.promotion import Campaign
from wisata.services import sitemap

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
SITE = "http://wisata.test"


@pytest.fixture
def no_page_cache(app, monkeypatch):
    """Every request reaches its view: what a page costs to make, and what it is under a
    setting the test changes (the page cache's keys do not hold settings)."""
    monkeypatch.setitem(app.config, "PAGE_CACHE_ENABLED", False)


def _event(region, slug: str, published: bool = True, days: int = 5) -> Event:
    event = Event(slug=slug, region=region, kind=EventKind.FESTIVAL, title={"id": f"Festival {slug}", "en": slug},
                  summary={"id": "Ringkasan", "en": "Summary"},
                  starts_at=timeutil.now() + timedelta(days=days), ends_at=timeutil.now() + timedelta(days=days + 1),
                  published=published)
    db.session.add(event)
    db.session.commit()
    return event


def _campaign(region, slug: str, published: bool = True) -> Campaign:
    campaign = Campaign(slug=slug, region=region, title={"id": slug, "en": slug}, published=published)
    db.session.add(campaign)
    db.session.commit()
    return campaign


@pytest.fixture
def catalogue(make):
    malang = make.region("malang")
    agency = make.organisation(malang)
    pending = make.organisation(malang, status=OrganisationStatus.PENDING)
    make.package(agency, slug="kawah-ijen")
    make.package(agency, slug="draft-trip", status=PackageStatus.DRAFT)
    make.package(agency, slug="archived-trip", status=PackageStatus.ARCHIVED)
    make.package(pending, slug="unverified-trip")
    make.attraction(malang, slug="bromo")
    make.attraction(malang, slug="hidden-place", published=False)
    _event(malang, "flower-carnival")
    _event(malang, "draft-festival", published=False)
    _campaign(malang, "visit-jambi")
    _campaign(malang, "secret-campaign", published=False)
    return malang


def _urls(xml: bytes) -> dict[str, dict[str, str]]:
    """Each <url>'s loc -> {hreflang: href} of its alternates (and every loc is unique)."""
    root = ET.fromstring(xml)
    assert root.tag == f"{{{NS['s']}}}urlset"
    urls = {}
    for entry in root.findall("s:url", NS):
        loc = entry.findtext("s:loc", namespaces=NS)
        assert loc not in urls, loc
        urls[loc] = {link.get("hreflang"): link.get("href") for link in entry.findall("x:link", NS)}
    return urls


def _sitemap_files(client) -> list[bytes]:
    """The bodies of every sitemap file: /sitemap.xml, or each file its index lists."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.get_data())
    if root.tag == f"{{{NS['s']}}}urlset":
        return [response.get_data()]
    assert root.tag == f"{{{NS['s']}}}sitemapindex"
    files = []
    for loc in root.findall("s:sitemap/s:loc", NS):
        part = client.get(loc.text.removeprefix(SITE))
        assert part.status_code == 200, loc.text
        assert part.mimetype == "application/xml"
        files.append(part.get_data())
    return files


def test_every_public_page_in_both_languages_with_alternates(client, catalogue):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200 and response.mimetype == "application/xml"
    urls = _urls(response.get_data())
    for path in ("", "packages", "malang-jambi", "attractions", "events", "figures", "about", "contact",
                 "privacy", "regions/malang", "packages/kawah-ijen", "attractions/bromo",
                 "events/flower-carnival", "campaigns/visit-jambi"):
        twins = {lang: f"{SITE}/{lang}/{path}" for lang in ("id", "en")}
        for loc in twins.values():
            assert urls[loc] == twins, loc  # each language's URL names both twins
    for page in urls:
        assert client.get(page.removeprefix(SITE)).status_code == 200, page


def test_only_what_the_public_may_see(client, catalogue):
    xml = client.get("/sitemap.xml").get_data(as_text=True)
    for hidden in ("draft-trip", "archived-trip", "unverified-trip", "hidden-place", "draft-festival",
                   "secret-campaign"):
        assert hidden not in xml


def test_lastmod_is_when_the_page_last_changed(client, make):
    package = make.package(slug="kawah-ijen")
    root = ET.fromstring(client.get("/sitemap.xml").get_data())
    entry = next(e for e in root.findall("s:url", NS) if e.findtext("s:loc", namespaces=NS).endswith("/kawah-ijen"))
    assert entry.findtext("s:lastmod", namespaces=NS) == package.updated_at.isoformat(timespec="seconds")
    home = next(e for e in root.findall("s:url", NS) if e.findtext("s:loc", namespaces=NS) == f"{SITE}/id/")
    assert home.find("s:lastmod", NS) is None  # a fixed page has no date of its own


def test_the_sitemap_is_streamed_in_pieces(client, make, monkeypatch):
    monkeypatch.setattr(sitemap, "URLS_PER_CHUNK", 4)
    for n in range(5):
        make.package(slug=f"trip-{n}")
    response = client.get("/sitemap.xml")
    assert response.is_streamed
    pieces = list(response.response)
    assert len(pieces) > 3
    assert len(_urls(b"".join(pieces))) == 2 * (len(sitemap.FIXED_PAGES) + 1 + 5)  # + the region


def test_past_the_limit_the_sitemap_is_an_index_and_every_url_is_in_one_file(app, client, catalogue, make,
                                                                                monkeypatch, no_page_cache):
    for n in range(12):
        make.package(slug=f"trip-{n}")
    whole = _urls(client.get("/sitemap.xml").get_data())
    assert client.get("/sitemap-1.xml").status_code == 404  # one file: no parts

    monkeypatch.setitem(app.config, "SITEMAP_URLS_PER_FILE", 10)
    files = _sitemap_files(client)
    assert len(files) == -(-len(whole) // 10) > 1
    seen = Counter()
    for body in files:
        urls = _urls(body)
        assert len(urls) <= 10
        seen.update(list(urls))
        for loc, alternates in urls.items():
            assert alternates == whole[loc]
    assert set(seen) == set(whole) and set(seen.values()) == {1}
    for missing in (f"/sitemap-{len(files) + 1}.xml", "/sitemap-0.xml", "/sitemap-x.xml",
                    "/sitemap-99999999999999999999999.xml"):
        assert client.get(missing).status_code == 404, missing


def test_an_index_is_valid_xml_pointing_at_its_files(app, client, make, monkeypatch, no_page_cache):
    make.package(slug="kawah-ijen")
    monkeypatch.setitem(app.config, "SITEMAP_URLS_PER_FILE", 4)
    root = ET.fromstring(client.get("/sitemap.xml").get_data())
    locs = [loc.text for loc in root.findall("s:sitemap/s:loc", NS)]
    assert locs == [f"{SITE}/sitemap-{n}.xml" for n in range(1, len(locs) + 1)]
    assert client.get("/robots.txt").get_data(as_text=True).count(f"Sitemap: {SITE}/sitemap.xml") == 1


def _sitemap_queries(client, app, monkeypatch) -> dict[str, int]:
    counts = {}
    for limit in (50_000, 6):
        monkeypatch.setitem(app.config, "SITEMAP_URLS_PER_FILE", limit)
        for path in ("/sitemap.xml", "/sitemap-2.xml"):
            with count_queries() as statements:
                response = client.get(path)
                response.get_data()
            counts[f"{limit} {path}"] = (response.status_code, len(statements))
    return counts


def test_queries_do_not_grow_with_the_catalogue(app, client, make, monkeypatch, no_page_cache):
    malang = make.region("malang")
    for n in range(3):
        make.package(slug=f"trip-{n}")
        make.attraction(malang)
        _event(malang, f"event-{n}")
    small = _sitemap_queries(client, app, monkeypatch)
    for n in range(3, 40):
        make.package(slug=f"trip-{n}")
        make.attraction(malang)
        _event(malang, f"event-{n}")
        _campaign(malang, f"campaign-{n}")
    assert _sitemap_queries(client, app, monkeypatch) == small
    assert max(count for _, count in small.values()) <= 4


@pytest.mark.parametrize("slug", ['a<b>&"c\'d', "dua kata", "kawah ijen/bromo", "péndakian-ñ", "x;y=z?q#f"])
def test_a_hostile_slug_cannot_break_the_xml(client, make, slug):
    make.package(slug=slug)
    urls = _urls(client.get("/sitemap.xml").get_data())
    with client.application.test_request_context():
        expected = {lang: url_for("public.package", lang=lang, slug=slug, _external=True) for lang in ("id", "en")}
    assert urls[expected["en"]] == expected


def test_control_characters_in_a_slug_are_quoted_not_written(app):
    """A NUL, a newline or an XML special character from the database ends up percent-quoted
    (no database needed: PostgreSQL refuses a NUL in text, but the sitemap must not rely on that)."""
    with app.test_request_context():
        body = "".join(sitemap.urlset([sitemap.Page("public.package", 'a\x00b\n<c>&\x1f"')]))
    urls = _urls(body.encode())
    assert f"{SITE}/en/packages/a%00b%0A%3Cc%3E&%1F%22" in urls


def test_events_feeds_are_bounded_and_in_a_fixed_number_of_queries(app, client, make, monkeypatch, no_page_cache):
    malang = make.region("malang")
    monkeypatch.setitem(app.config, "FEED_EVENTS_LIMIT", 5)

    def costs():
        found = {}
        for path in ("/events.atom?lang=en", "/events.ics?lang=en"):
            with count_queries() as statements:
                response = client.get(path)
            assert response.status_code == 200
            found[path] = (len(statements), response.get_data(as_text=True))
        return found

    for n in range(2):
        _event(malang, f"early-{n}", days=n + 1)
    few = costs()
    for n in range(2, 12):
        _event(malang, f"later-{n}", days=n + 1)
    many = costs()
    assert {path: count for path, (count, _) in few.items()} == {path: count for path, (count, _) in many.items()}
    atom, ics = many["/events.atom?lang=en"][1], many["/events.ics?lang=en"][1]
    assert len(ET.fromstring(atom.encode()).findall("{http://www.w3.org/2005/Atom}entry")) == 5
    assert ics.count("BEGIN:VEVENT") == 5
    assert "early-0" in ics and "later-11" not in ics  # the soonest events
