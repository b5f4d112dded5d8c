"""The phone journey of issue 10: on a 390×844 phone, in Indonesian, from the home page to a
booked Malang–Jambi package, the book button always in reach and axe content on every page.

Screenshots of every step go to tests/browser/screenshots/ (ignored by git) for a person
to look at after `make test`. Skipped without Debian's chromium, like test_phone.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.test_phone import CHROMIUM, server  # noqa: F401  (the live-site fixture)
from wisata import timeutil

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")

PHONE = {"width": 390, "height": 844}
SHOTS = Path(__file__).parent / "screenshots"


@pytest.fixture
def phone(server):  # noqa: F811
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        context = browser.new_context(viewport=PHONE, locale="id-ID", is_mobile=True, has_touch=True,
                                      extra_http_headers={"Accept-Language": "id-ID,id;q=0.9"})
        page = context.new_page()
        page.set_default_timeout(15_000)
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        yield page
        browser.close()
        assert errors == []


@pytest.fixture
def joint_trip(make):
    malang = make.region("malang", name={"id": "Malang Raya", "en": "Malang Raya"})
    jambi = make.region("jambi", name={"id": "Jambi", "en": "Jambi"})
    bromo = make.attraction(malang, slug="bromo", name={"id": "Gunung Bromo", "en": "Mount Bromo"},
                            latitude=-7.9425, longitude=112.9531)
    temple = make.attraction(jambi, slug="muaro-jambi", name={"id": "Candi Muaro Jambi", "en": "Muaro Jambi Temples"})
    partner = make.organisation(jambi, name="Batanghari Tours")
    package = make.package(
        make.organisation(malang, name="Tengger Trails"), attractions=[bromo, temple], slug="bromo-muaro-jambi",
        co_organisation=partner, co_accepted_at=timeutil.now(), featured=True, duration_days=4, duration_nights=3,
        title={"id": "Bromo dan Candi Muaro Jambi", "en": "Bromo and Muaro Jambi"},
        summary={"id": "Matahari terbit di Bromo, lalu candi di tepi Batanghari.", "en": "Bromo sunrise, then temples."},
        meeting_point={"id": "Stasiun Malang", "en": "Malang station"},
    )
    for days, capacity in ((10, 8), (17, 8), (40, 6), (45, 2)):
        make.departure(package, days_ahead=days, capacity=capacity)
    return package


def _serious(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    found = Axe().run(page).response["violations"]
    return [f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes'][:3]]}"
            for v in found if v["impact"] in ("serious", "critical")]


def _step(page, name: str) -> None:
    """Every page visited: a screenshot for people, axe for the machine."""
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)
    assert _serious(page) == [], f"{name}: {page.url}"


def _in_view(locator, viewport=PHONE) -> bool:
    box = locator.bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= viewport["height"]


@pytest.mark.timeout(300)
def test_phone_traveller_books_a_joint_trip_in_indonesian(server, phone, joint_trip):  # noqa: F811
    page = phone
    page.goto(server + "/")
    page.wait_for_url("**/id/")
    _step(page, "01-home")

    page.get_by_role("link", name="Bromo dan Candi Muaro Jambi").first.click()
    page.wait_for_url("**/id/packages/bromo-muaro-jambi")
    _step(page, "02-package")
    # The first screen says what the trip is, its price from, the next dates and how to book.
    for first_screen in (page.get_by_role("heading", name="Bromo dan Candi Muaro Jambi", level=1),
                         page.locator(".badge-joint").first, page.locator(".price-from"),
                         page.locator(".next-dates li").nth(2), page.locator(".trip-glance .btn-primary")):
        assert _in_view(first_screen)
    bar = page.locator(".book-bar")
    height = page.evaluate("document.documentElement.scrollHeight")
    for y in range(0, height, PHONE["height"] // 2):
        page.evaluate(f"window.scrollTo(0, {y})")
        assert _in_view(bar.get_by_role("link", name="Pilih tanggal")), f"the book bar is out of reach at {y}px"
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    _step(page, "03-package-end")

    bar.get_by_role("link", name="Pilih tanggal").click()
    picker = page.locator(".date-picker")
    assert picker.locator("a.date-choice").count() == 4
    _step(page, "04-date-picker")
    picker.locator("a.date-choice").nth(1).click()
    page.wait_for_url("**/id/departures/*/book")
    _step(page, "05-travellers")
    page.locator("#count-adult").fill("2")
    with page.expect_navigation():
        page.locator("form.panel button[type=submit]").click()
    _step(page, "06-details")

    with page.expect_navigation():  # sent empty: the errors, in Indonesian, must be accessible too
        page.locator("main form button[type=submit]").last.click()
    assert page.locator(".error").count() > 0
    _step(page, "07-details-with-errors")

    page.locator("#contact_name").focus()
    page.keyboard.type("Dewi Lestari")
    page.keyboard.press("Tab")
    page.keyboard.type("dewi@example.com")
    page.keyboard.press("Tab")
    page.keyboard.type("0812 3456 7890")
    page.locator("#origin_country").select_option("ID")
    if page.locator("#origin_province").is_visible():
        page.locator("#origin_province").select_option(index=1)
    page.locator("#travellers-0").fill("Dewi Lestari")
    page.locator("#travellers-1").fill("Budi Santoso")
    page.locator("input[name=payment_method]").first.check()
    for box in ("#accept_policy", "#accept_privacy"):
        if page.locator(box).count():
            page.locator(box).focus()
            page.keyboard.press("Space")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").last.click()
    _step(page, "08-review")
    assert "1.000.000" in page.inner_text("main")  # 2 adults at Rp 500.000, counted by the server

    page.locator("main form button[type=submit]").last.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/id/bookings/*")
    _step(page, "09-booking")
    assert page.get_by_role("link", name="Tanya penyelenggara lewat WhatsApp").is_visible()
    assert page.get_by_role("link", name="Pesanan saya").is_visible()
