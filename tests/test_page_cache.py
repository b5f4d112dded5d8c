"""The page cache: anonymous public pages served from the cache until a commit changes what
they show, whoever makes it (a traveller booking, a partner, an office), in both languages."""

from __future__ import annotations

import gzip
import time
from datetime import timedelta
from types import SimpleNamespace

import pytest
import sqlalchemy as sa

from tests.office.test_review import _published_through_the_portal
from tests.partner.conftest import login
from tests.partner.test_portal import _package_form
from tests.public.test_query_counts import count_queries
from wisata import cache as page_cache
from wisata import jobs, timeutil
from wisata.extensions import db
from wisata.models import (
    AuditEntry,
    CacheVersion,
    Campaign,
    Event,
    EventKind,
    Package,
    PackageRevision,
    Region,
)
from wisata.services.office import audit

LANGS = ["id", "en"]
SEATS_LEFT = {"id": "Sisa {} kursi", "en": "{} seats left"}


@pytest.fixture
def site(make):
    malang = make.region("malang", name={"id": "Malang Raya", "en": "Malang Raya"})
    jambi = make.region("jambi", name={"id": "Jambi", "en": "Jambi"})
    bromo = make.attraction(malang, slug="coban-rondo", name={"id": "Coban Rondo", "en": "Rondo Falls"})
    agency = make.organisation(malang, name="Tengger Trails")
    owner = make.member(agency, email="owner@tengger.example.com")
    package = make.package(agency, attractions=[bromo], slug="bromo-sunrise",
                           title={"id": "Matahari Terbit Bromo", "en": "Bromo Sunrise"})
    departure = make.departure(package, days_ahead=20, capacity=3)
    soon = timeutil.now() + timedelta(days=10)
    event = Event(slug="festival-bromo", region=malang, kind=EventKind.FESTIVAL, published=True,
                  title={"id": "Festival Kasada", "en": "Kasada Festival"}, starts_at=soon,
                  ends_at=soon + timedelta(days=1), packages=[package])
    campaign = Campaign(slug="jelajah", region=malang, published=True, title={"id": "Jelajah", "en": "Explore"},
                        packages=[package], events=[event])
    db.session.add_all([event, campaign])
    db.session.commit()
    return SimpleNamespace(malang=malang, jambi=jambi, bromo=bromo, agency=agency, owner=owner, package=package,
                           departure=departure, event=event, campaign=campaign,
                           office=make.user(email="dinas@malang.example.id", office_region=malang))


def _pages(lang: str) -> list[str]:
    return [
        f"/{lang}/", f"/{lang}/packages", f"/{lang}/packages?region=joint&sort=price_asc",
        f"/{lang}/packages/bromo-sunrise", f"/{lang}/attractions", f"/{lang}/attractions/coban-rondo",
        f"/{lang}/events", f"/{lang}/events/festival-bromo.ics", f"/{lang}/regions/malang", f"/{lang}/malang-jambi", f"/{lang}/figures",
        f"/{lang}/about", f"/{lang}/privacy", f"/events.atom?lang={lang}", f"/events.ics?lang={lang}",
        f"/figures.csv?lang={lang}", "/sitemap.xml", f"/api/v1/packages?lang={lang}",
        f"/api/v1/packages/bromo-sunrise?lang={lang}", f"/api/v1/attractions?lang={lang}",
        f"/api/v1/events?lang={lang}", f"/api/v1/figures?lang={lang}", "/api/v1/openapi.json",
    ]


def _version() -> int:
    db.session.rollback()
    return db.session.scalar(sa.select(CacheVersion.value).where(CacheVersion.name == "public"))


def _text(client, url: str, cache: str | None = None, **kwargs) -> str:
    response = client.get(url, **kwargs)
    assert response.status_code == 200, url
    if cache is not None:
        assert response.headers.get("X-Cache") == cache, url
    return response.get_data(as_text=True)


def _book(client, lang: str, departure_id: int, seats: int = 1, n: int = 0):
    data = {
        "contact_name": "Ayu Lestari", "contact_email": f"ayu{n}@example.com", "contact_phone": "081234567890",
        "origin_country": "ID", "origin_province": "Jawa Timur", "payment_method": "bank_transfer",
        "accept_policy": "y", "accept_privacy": "y", "idempotency_key": f"key-{n}-" + "k" * 16, "confirm": "1",
        **{f"travellers-{i}": f"Traveller {i}" for i in range(seats)},
    }
    response = client.post(f"/{lang}/departures/{departure_id}/book?adult={seats}", data=data)
    assert response.status_code == 302, response.get_data(as_text=True)


@pytest.mark.parametrize("lang", LANGS)
def test_second_request_is_a_hit_with_the_same_answer(app, site, lang):
    assert set(app.view_functions) >= page_cache.PAGES
    visitor = app.test_client()
    for url in _pages(lang):
        first = visitor.get(url)
        body = first.get_data()  # read to the end, as a browser does (the sitemap is streamed)
        second = visitor.get(url)
        assert first.status_code == second.status_code == 200, url
        assert (first.headers["X-Cache"], second.headers["X-Cache"]) == ("miss", "hit"), url
        assert second.get_data() == body, url
        assert second.headers["Content-Type"] == first.headers["Content-Type"], url
        assert second.headers["ETag"] == first.headers["ETag"], url
    html = _text(visitor, f"/{lang}/packages/bromo-sunrise", "hit")
    assert f'<html lang="{lang}">' in html and SEATS_LEFT[lang].format(3) in html


def test_each_language_and_each_accept_language_of_the_api_has_its_own_entry(app, site):
    visitor = app.test_client()
    assert 'lang="id"' in _text(visitor, "/id/events", "miss")
    assert 'lang="en"' in _text(visitor, "/en/events", "miss")
    indonesian = visitor.get("/api/v1/events", headers={"Accept-Language": "id"}).get_json()
    english = visitor.get("/api/v1/events", headers={"Accept-Language": "en"})
    assert english.headers["X-Cache"] == "miss"
    assert indonesian["items"][0]["title"] == "Festival Kasada"
    assert english.get_json()["items"][0]["title"] == "Kasada Festival"


@pytest.mark.parametrize("lang", LANGS)
def test_a_booking_through_the_site_changes_seats_left_on_the_package_page_and_the_list(app, site, lang):
    visitor, traveller = app.test_client(), app.test_client()
    page, listing = f"/{lang}/packages/bromo-sunrise", f"/{lang}/packages?travellers=3"
    for _ in range(2):
        assert SEATS_LEFT[lang].format(3) in _text(visitor, page)
        assert "bromo-sunrise" in _text(visitor, listing)
    assert visitor.get(page).headers["X-Cache"] == "hit"

    _book(traveller, lang, site.departure.id)

    html = _text(visitor, page, "miss")
    assert SEATS_LEFT[lang].format(2) in html and SEATS_LEFT[lang].format(3) not in html
    assert "bromo-sunrise" not in _text(visitor, listing, "miss")  # no departure with 3 seats left
    api = visitor.get(f"/api/v1/packages/bromo-sunrise?lang={lang}").get_json()
    assert [d["seats_left"] for d in api["departures"]] == [2]
    # The traveller, back on the page with the booking remembered in the session, sees it too.
    assert SEATS_LEFT[lang].format(2) in _text(traveller, page)


@pytest.mark.parametrize("lang", LANGS)
def test_a_partners_edit_shows_once_the_office_approves_it(app, make, site, lang):
    partner, package, bromo = _published_through_the_portal(app, make, {"malang_verified_owner": site.owner})
    visitor, office = app.test_client(), app.test_client()
    login(office, site.office)
    page = f"/{lang}/packages/{package.slug}"
    old, new = {"id": ("Rp\xa0650.000", "Rp\xa0720.000"), "en": ("IDR\xa0650,000", "IDR\xa0720,000")}[lang]
    assert old in _text(visitor, page, "miss")
    version = _version()

    edit = _package_form([bromo.id], price_adult="720000")
    assert partner.post(f"/{lang}/partner/packages/{package.id}", data=edit).status_code == 303
    # Waiting for review changes nothing public: the version stays and the page is a hit.
    assert _version() == version
    html = _text(visitor, page, "hit")
    assert old in html and new not in html

    revision = db.session.scalar(sa.select(PackageRevision))
    assert office.post(f"/{lang}/office/revisions/{revision.id}/approve").status_code == 303
    html = _text(visitor, page, "miss")
    assert new in html and old not in html
    assert _text(visitor, page, "hit") == html


@pytest.mark.parametrize("lang", LANGS)
def test_an_event_unpublished_by_the_office_leaves_every_page(app, site, lang):
    visitor, office = app.test_client(), app.test_client()
    login(office, site.office)
    title = site.event.title[lang]
    pages = [f"/{lang}/events", f"/{lang}/", f"/events.atom?lang={lang}", f"/api/v1/events?lang={lang}"]
    for _ in range(2):
        for url in pages:
            assert title in _text(visitor, url)
        assert visitor.get(f"/{lang}/events/festival-bromo").status_code == 200
    assert visitor.get(f"/{lang}/events").headers["X-Cache"] == "hit"

    assert office.post(f"/{lang}/office/events/{site.event.id}/unpublish").status_code == 303

    for url in pages:
        assert title not in _text(visitor, url, "miss"), url
    assert visitor.get(f"/{lang}/events/festival-bromo").status_code == 404
    assert visitor.get(f"/{lang}/events/festival-bromo").status_code == 404


@pytest.mark.parametrize("lang", LANGS)
def test_a_departure_cancelled_by_the_partner_leaves_the_package_page(app, site, lang):
    visitor, partner = app.test_client(), app.test_client()
    login(partner, site.owner)
    book = f"/{lang}/departures/{site.departure.id}/book"
    assert book in _text(visitor, f"/{lang}/packages/bromo-sunrise")
    assert book in _text(visitor, f"/{lang}/packages/bromo-sunrise", "hit")

    response = partner.post(f"/{lang}/partner/departures/{site.departure.id}/cancel", data={"reason": "Erupsi"})
    assert response.status_code == 303

    assert book not in _text(visitor, f"/{lang}/packages/bromo-sunrise", "miss")


@pytest.mark.parametrize("lang", LANGS)
def test_a_renamed_region_shows_on_every_page_read_from_the_fragment_cache(app, site, lang):
    visitor = app.test_client()
    assert "Malang Raya" in _text(visitor, f"/{lang}/about", "miss")
    assert "Malang Raya" in _text(visitor, f"/{lang}/attractions", "miss")  # its regions from the cache
    region = db.session.get(Region, site.malang.id)
    region.name = {"id": "Malang Raya Baru", "en": "Greater Malang"}
    db.session.commit()
    expected = {"id": "Malang Raya Baru", "en": "Greater Malang"}[lang]
    assert expected in _text(visitor, f"/{lang}/about", "miss")
    assert expected in _text(visitor, f"/{lang}/attractions", "miss")


@pytest.mark.parametrize("lang", LANGS)
def test_a_signed_in_traveller_is_never_served_nor_stored(app, make, site, lang):
    visitor, member = app.test_client(), app.test_client()
    login(member, make.user(email="traveller@example.com", name="Sari"))
    page = f"/{lang}/packages/bromo-sunrise"
    _text(visitor, page, "miss")
    for _ in range(2):
        response = member.get(page)
        assert response.status_code == 200 and "X-Cache" not in response.headers
        assert "/logout" in response.get_data(as_text=True)  # the signed-in header
    assert "/logout" not in _text(visitor, page, "hit")


@pytest.mark.parametrize("lang", LANGS)
def test_a_flashed_message_is_shown_not_lost_nor_cached(app, site, lang):
    visitor = app.test_client()
    _text(visitor, f"/{lang}/contact", "miss")
    _text(visitor, f"/{lang}/contact", "hit")
    thanks = {"id": "Terima kasih", "en": "Thank you"}[lang]
    sent = visitor.post(f"/{lang}/contact", data={
        "name": "Ayu", "email": "ayu@example.com", "region": "malang", "kind": "question",
        "message": "Apakah ada paket untuk keluarga?",
    })
    assert sent.status_code == 303
    shown = visitor.get(f"/{lang}/contact")
    assert shown.status_code == 200 and "X-Cache" not in shown.headers
    assert thanks in shown.get_data(as_text=True)
    assert thanks not in _text(visitor, f"/{lang}/contact", "hit")
    assert thanks not in _text(app.test_client(), f"/{lang}/contact", "hit")


@pytest.mark.parametrize("lang", LANGS)
def test_a_page_with_a_csrf_token_is_never_stored(app_with, app_ctx, site, lang):
    visitor = app_with(WTF_CSRF_ENABLED=True).test_client()
    for _ in range(3):  # the second time the token is in the session already: still not stored
        html = _text(visitor, f"/{lang}/contact", "miss")
        assert 'name="csrf_token"' in html
    _text(visitor, f"/{lang}/packages", "miss")
    _text(visitor, f"/{lang}/packages", "hit")


@pytest.mark.parametrize("lang", LANGS)
def test_event_and_campaign_pages_reach_their_view_to_note_the_referral(app, site, lang):
    site.event.kind = EventKind.FAIR
    db.session.commit()
    visitor = app.test_client()
    for url, kind in ((f"/{lang}/events/festival-bromo", "event_page"), (f"/{lang}/campaigns/jelajah", "campaign_page"),
                      (f"/{lang}/events/festival-bromo?via=fair-{site.event.id}", "fair_kit"),
                      (f"/{lang}/campaigns/jelajah?via=fair-{site.event.id}", "fair_kit")):
        for _ in range(2):
            with visitor.session_transaction() as session:
                session.pop("referral", None)
            response = visitor.get(url)
            assert response.status_code == 200 and "X-Cache" not in response.headers
            with visitor.session_transaction() as session:
                assert session["referral"]["kind"] == kind, url


@pytest.mark.parametrize("lang", LANGS)
def test_head_and_get_share_one_entry(app, site, lang):
    visitor = app.test_client()
    head = visitor.head(f"/{lang}/packages/bromo-sunrise")
    assert head.status_code == 200 and head.headers["X-Cache"] == "miss" and head.get_data() == b""
    get = visitor.get(f"/{lang}/packages/bromo-sunrise")
    assert get.headers["X-Cache"] == "hit" and int(head.headers["Content-Length"]) == len(get.get_data())
    again = visitor.head(f"/{lang}/packages/bromo-sunrise")
    assert again.headers["X-Cache"] == "hit" and again.get_data() == b""


@pytest.mark.parametrize("lang", LANGS)
def test_if_none_match_gets_a_304_until_the_page_changes(app, site, lang):
    visitor = app.test_client()
    page = f"/{lang}/packages/bromo-sunrise"
    etag = visitor.get(page).headers["ETag"]
    for expected in ("hit", "hit"):
        response = visitor.get(page, headers={"If-None-Match": etag})
        assert response.status_code == 304 and response.get_data() == b""
        assert response.headers["X-Cache"] == expected and response.headers["ETag"] == etag
    _book(app.test_client(), lang, site.departure.id)
    changed = visitor.get(page, headers={"If-None-Match": etag})
    assert changed.status_code == 200 and changed.headers["ETag"] != etag
    assert SEATS_LEFT[lang].format(2) in changed.get_data(as_text=True)


@pytest.mark.parametrize("lang", LANGS)
def test_compressed_pages_are_stored_per_encoding(app, site, lang):
    visitor = app.test_client()
    for page in (f"/{lang}/packages/bromo-sunrise", "/sitemap.xml"):  # made whole, and streamed
        plain = visitor.get(page).get_data()
        zipped = visitor.get(page, headers={"Accept-Encoding": "gzip"})
        assert zipped.headers["X-Cache"] == "miss" and zipped.headers["Content-Encoding"] == "gzip"
        assert gzip.decompress(zipped.get_data()) == plain
        again = visitor.get(page, headers={"Accept-Encoding": "gzip"})
        assert again.headers["X-Cache"] == "hit" and again.headers["Content-Encoding"] == "gzip"
        assert gzip.decompress(again.get_data()) == plain
        assert "Accept-Encoding" in again.headers["Vary"]
        assert "Date" not in again.headers  # the server's own, not the stored answer's
        unzipped = visitor.get(page)
        assert unzipped.headers["X-Cache"] == "hit" and "Content-Encoding" not in unzipped.headers
        assert unzipped.get_data() == plain and unzipped.headers["ETag"] != again.headers["ETag"]


@pytest.mark.parametrize("lang", LANGS)
def test_bad_input_is_answered_not_stored(app, site, lang):
    visitor = app.test_client()
    for _ in range(2):
        response = visitor.get(f"/{lang}/packages?price_min=lots")
        assert response.status_code == 400 and response.headers["X-Cache"] == "miss"
        assert visitor.get(f"/{lang}/packages/no-such-trip").status_code == 404


@pytest.mark.parametrize("lang", LANGS)
def test_two_workers_with_their_own_caches_see_a_change_at_its_commit(app_with, app_ctx, site, lang):
    """Like two gunicorn workers: one database, a cache in each process."""
    worker_a, worker_b = app_with(), app_with()
    a, b = worker_a.test_client(), worker_b.test_client()
    page = f"/{lang}/packages/bromo-sunrise"
    for client in (a, b):
        _text(client, page, "miss")
        assert SEATS_LEFT[lang].format(3) in _text(client, page, "hit")

    _book(worker_a.test_client(), lang, site.departure.id)

    for client in (b, a):
        assert SEATS_LEFT[lang].format(2) in _text(client, page, "miss")
        assert SEATS_LEFT[lang].format(2) in _text(client, page, "hit")


@pytest.mark.parametrize("lang", LANGS)
def test_each_worker_trusts_the_version_it_read_for_a_second(app_with, app_ctx, site, lang):
    """With PAGE_CACHE_VERSION_SECONDS a hit costs no database round trip: the worker that
    commits a change shows it at once, another within that time."""
    worker_a, worker_b = (app_with(PAGE_CACHE_VERSION_SECONDS=1) for _ in range(2))
    a, b = worker_a.test_client(), worker_b.test_client()
    page = f"/{lang}/packages/bromo-sunrise"
    for client in (a, b):
        _text(client, page, "miss")
    with worker_b.app_context(), count_queries() as statements:
        assert SEATS_LEFT[lang].format(3) in _text(b, page, "hit")
    assert statements == []

    _book(a, lang, site.departure.id)
    assert SEATS_LEFT[lang].format(2) in _text(a, page)  # its own commit: at once
    time.sleep(1.05)
    assert SEATS_LEFT[lang].format(2) in _text(b, page, "miss")  # the other's: within a second


@pytest.mark.parametrize("lang", LANGS)
def test_workers_share_pages_through_redis(app_with, app_ctx, redis_url, site, lang):
    settings = {"CACHE_TYPE": "RedisCache", "CACHE_REDIS_URL": redis_url}
    worker_a, worker_b = app_with(**settings), app_with(**settings)
    a, b = worker_a.test_client(), worker_b.test_client()
    page = f"/{lang}/packages/bromo-sunrise"
    html = _text(a, page, "miss")
    assert _text(b, page, "hit") == html  # stored by the other worker

    _book(worker_b.test_client(), lang, site.departure.id)

    assert SEATS_LEFT[lang].format(2) in _text(a, page, "miss")
    assert SEATS_LEFT[lang].format(2) in _text(b, page, "hit")


def test_pages_are_rendered_when_redis_is_down(app_with, app_ctx, site):
    visitor = app_with(CACHE_TYPE="RedisCache", CACHE_REDIS_URL="redis://127.0.0.1:9/0").test_client()
    for lang in LANGS:
        for _ in range(2):
            assert SEATS_LEFT[lang].format(3) in _text(visitor, f"/{lang}/packages/bromo-sunrise", "miss")


def test_sessions_jobs_and_audit_entries_do_not_raise_the_version(app, client, make, site):
    version = _version()
    response = client.post("/en/login", data={"email": site.owner.email, "password": "correct horse battery"})
    assert response.status_code in (302, 303)
    assert client.post("/en/logout").status_code in (302, 303)
    audit.record("test.noted")
    job = jobs.enqueue("mail", to=["ayu@example.com"], subject="Halo", text="Halo")
    db.session.commit()
    assert jobs.run(job.id)
    assert db.session.scalar(sa.select(sa.func.count(AuditEntry.id))) >= 2  # sign-in, sign-out, ours
    assert _version() == version

    package = db.session.get(Package, site.package.id)
    package.summary = {"id": "Ringkasan baru.", "en": "New summary."}
    audit.record("package.text_edited", package_id=package.id)
    db.session.commit()
    assert _version() == version + 1  # one change, one raise, in its own transaction


def test_a_statement_on_a_public_table_raises_the_version(app, site):
    version = _version()
    db.session.execute(sa.update(Package).where(Package.id == site.package.id).values(featured=True))
    db.session.commit()
    assert _version() == version + 1
    db.session.rollback()
    db.session.execute(sa.update(Package).values(featured=False))
    db.session.rollback()
    assert _version() == version + 1  # rolled back: nothing changed


@pytest.mark.parametrize("lang", LANGS)
def test_a_hit_runs_one_statement(app, site, lang):
    visitor = app.test_client()
    for url in (f"/{lang}/", f"/{lang}/packages", f"/{lang}/packages/bromo-sunrise", "/sitemap.xml"):
        visitor.get(url).get_data()
        with count_queries() as statements:
            response = visitor.get(url)
        assert response.headers["X-Cache"] == "hit"
        queries = [s for s in statements if s.split()[0].upper() not in ("BEGIN", "COMMIT", "ROLLBACK")]
        assert len(queries) == 1 and "cache_versions" in queries[0], (url, queries)


def test_the_cache_can_be_turned_off(app_with, app_ctx, site):
    visitor = app_with(PAGE_CACHE_ENABLED=False).test_client()
    for _ in range(2):
        response = visitor.get("/en/packages/bromo-sunrise")
        assert response.status_code == 200 and "X-Cache" not in response.headers


def test_a_streamed_sitemap_is_stored_once_wholly_sent(app, site):
    visitor = app.test_client()
    left = visitor.get("/sitemap.xml", buffered=False)
    assert left.headers["X-Cache"] == "miss" and "Content-Length" not in left.headers
    left.close()  # the client went away before reading it
    whole = visitor.get("/sitemap.xml", buffered=False)
    assert whole.headers["X-Cache"] == "miss"
    body = whole.get_data()
    assert b"/en/packages/bromo-sunrise" in body
    again = visitor.get("/sitemap.xml")
    assert again.headers["X-Cache"] == "hit" and again.get_data() == body



def test_the_clear_command_empties_the_cache(app, runner, site):
    visitor = app.test_client()
    _text(visitor, "/id/", "miss")
    _text(visitor, "/id/", "hit")
    result = runner.invoke(args=["cache", "clear"])
    assert result.exit_code == 0, result.output
    _text(visitor, "/id/", "miss")
