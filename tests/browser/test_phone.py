"""In a real browser on a phone-sized screen: browse and book, partly by keyboard.

Uses Debian's Chromium (`apt-get install chromium`) through Playwright; skipped when it
is not installed.
"""

from __future__ import annotations

import shutil
import threading

import pytest
from werkzeug.serving import make_server

from config import TestConfig
from wisata import create_app

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")

PHONE = {"width": 360, "height": 740}


@pytest.fixture
def server(database_url, tmp_path, app):
    site = create_app(TestConfig, SQLALCHEMY_DATABASE_URI=database_url, INSTANCE_PATH=str(tmp_path),
                      MEDIA_FOLDER=app.config["MEDIA_FOLDER"])
    httpd = make_server("127.0.0.1", 0, site, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


@pytest.fixture
def page(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],
        )
        context = browser.new_context(viewport=PHONE, locale="en-GB", is_mobile=True, has_touch=True)
        page = context.new_page()
        page.set_default_timeout(15_000)
        errors = []
        page.on("console", lambda message: message.type == "error" and errors.append(message.text))
        page.on("pageerror", lambda error: errors.append(str(error)))
        yield page
        browser.close()
        # Nothing blocked by the Content-Security-Policy, no script errors, no missing files.
        assert errors == []


def _fits_the_screen(page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    culprits = page.evaluate(
        """() => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
            .slice(0, 3).map(e => e.tagName + '.' + e.className + ':' + Math.round(e.getBoundingClientRect().width) + ' parent ' + e.parentElement.className + ' ' + getComputedStyle(e.parentElement).overflowX + ' ' + Math.round(e.parentElement.getBoundingClientRect().width))"""
    ) if width > PHONE["width"] else []
    assert width <= PHONE["width"], f"{page.url} is {width}px wide: {culprits}"


@pytest.fixture
def trip(make):
    malang = make.region("malang", name={"id": "Malang Raya", "en": "Malang Raya"})
    bromo = make.attraction(malang, slug="bromo", name={"id": "Gunung Bromo", "en": "Mount Bromo"})
    package = make.package(make.organisation(malang, name="Tengger Trails"), attractions=[bromo],
                           slug="bromo-sunrise", featured=True,
                           title={"id": "Matahari Terbit Bromo", "en": "Bromo Sunrise"},
                           meeting_point={"id": "Stasiun Malang", "en": "Malang station"})
    make.departure(package, capacity=8)
    return package


@pytest.mark.timeout(180)
def test_phone_visitor_books_a_trip(server, page, trip):
    for path in ("/en/packages", "/id/packages?region=joint", "/en/attractions", "/en/events", "/en/malang-jambi",
                 "/en/bookings/find", "/en/login", "/en/register"):
        page.goto(server + path)
        _fits_the_screen(page)
    page.goto(server + "/")
    page.wait_for_url("**/en/")  # the redirect by Accept-Language
    _fits_the_screen(page)

    # Keyboard: the first Tab reaches the skip link, Enter moves to the content.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"

    page.get_by_role("link", name="Bromo Sunrise").first.click()
    page.wait_for_url("**/en/packages/bromo-sunrise")
    _fits_the_screen(page)
    page.locator("main").get_by_role("link", name="Book the departure").first.click()
    page.wait_for_url("**/en/departures/*/book")
    _fits_the_screen(page)
    page.get_by_label("Adult").fill("2")
    # Each step posts back to the same address: wait for the next page, not for a URL.
    with page.expect_navigation():
        page.get_by_role("button", name="Continue").click()

    _fits_the_screen(page)
    page.get_by_label("Your full name").fill("Sarah Thompson")
    page.get_by_label("E-mail").fill("sarah@example.com")
    page.get_by_label("Phone or WhatsApp").fill("+61 412 345 678")
    page.get_by_label("Country you live in").select_option("AU")
    page.get_by_label("Traveller 1").fill("Sarah Thompson")
    page.get_by_label("Traveller 2").fill("James Thompson")
    page.get_by_label("Bank transfer").check()
    page.get_by_label("I have read and accept the cancellation policy").focus()
    page.keyboard.press("Space")
    page.get_by_label("I agree that my details are used for this booking").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Review the booking").click()

    _fits_the_screen(page)
    assert "IDR\xa01,000,000" in page.inner_text("main")
    page.get_by_role("button", name="Book now").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/en/bookings/*")
    _fits_the_screen(page)
    assert page.get_by_text("Awaiting payment", exact=True).is_visible()
    assert page.get_by_role("term").filter(has_text="Transfer reference").is_visible()


@pytest.mark.timeout(120)
def test_language_switcher_keeps_the_page(server, page, trip):
    page.goto(server + "/en/packages/bromo-sunrise")
    page.get_by_role("link", name="ID", exact=True).click()
    page.wait_for_url("**/id/packages/bromo-sunrise")
    assert page.locator("html").get_attribute("lang") == "id"
    assert page.get_by_role("heading", name="Matahari Terbit Bromo").is_visible()
    _fits_the_screen(page)


@pytest.mark.timeout(180)
def test_partner_portal_on_a_phone(server, page, make):
    from tests.factories import PASSWORD
    from wisata.models import MemberRole

    malang = make.region("malang", name={"id": "Malang Raya", "en": "Malang Raya"})
    organisation = make.organisation(malang, name="Tengger Trails")
    make.member(organisation, MemberRole.OWNER, email="owner@tengger.example.com")
    make.attraction(malang, slug="bromo", name={"id": "Gunung Bromo", "en": "Mount Bromo"})

    page.goto(server + "/id/partner/")
    page.wait_for_url("**/id/login**")
    page.get_by_label("E-mail").fill("owner@tengger.example.com")
    page.locator("input[type=password]").fill(PASSWORD)
    page.locator("form button[type=submit]").last.click()
    page.wait_for_url("**/id/partner/")
    assert page.get_by_text("Tengger Trails").first.is_visible()
    _fits_the_screen(page)
    for path in ("/id/partner/packages/new", "/id/partner/bookings", "/id/partner/team",
                 "/en/partner/packages/new"):
        page.goto(server + path)
        _fits_the_screen(page)
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("#title_id").is_visible() and page.locator("#days-0-title_id").is_visible()


@pytest.mark.timeout(240)
def test_office_on_a_phone(server, page, make, app):
    """Every office page fits a phone; an application is verified with the keyboard."""
    from tests.factories import PASSWORD
    from wisata.extensions import db
    from wisata.models import MemberRole, Organisation, OrganisationStatus

    jambi = make.region("jambi", name={"id": "Jambi", "en": "Jambi"})
    make.region("malang", name={"id": "Malang Raya", "en": "Malang Raya"})
    make.user(email="dinas@jambi.example.id", office_region=jambi)
    applicant = make.organisation(jambi, name="Batanghari Tours", status=OrganisationStatus.PENDING,
                                  nib="1234567890123", tdup_number="TDUP-1")
    make.member(applicant, MemberRole.OWNER)

    page.goto(server + "/en/office/")
    page.wait_for_url("**/en/login**")
    page.get_by_label("E-mail").fill("dinas@jambi.example.id")
    page.locator("input[type=password]").fill(PASSWORD)
    page.locator("form button[type=submit]").last.click()
    page.wait_for_url("**/office/")
    lists = sorted(r.rule for r in app.url_map.iter_rules()
                   if r.endpoint.startswith("office.") and r.arguments == {"lang"} and "GET" in r.methods
                   and not r.rule.endswith(".csv"))  # a download, not a page
    from tests.browser.test_phone_journey import _serious

    serious = {}
    for rule in [*lists, "/<any(id,en):lang>/figures"]:
        for lang in ("id", "en"):
            page.goto(server + rule.replace("<any(id,en):lang>", lang))
            _fits_the_screen(page)
            if found := _serious(page):
                serious[page.url] = found
    assert serious == {}  # axe: no serious or critical accessibility violation

    page.goto(server + f"/en/office/partners/{applicant.id}")
    _fits_the_screen(page)
    verify = page.locator(f"form[action$='/partners/{applicant.id}/verify'] button[type=submit]")
    verify.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    _fits_the_screen(page)
    db.session.rollback()
    assert db.session.get(Organisation, applicant.id).status is OrganisationStatus.VERIFIED
