"""Every page of the partner portal on a 360 px phone, signed in as an owner with real work
(packages, departures, bookings with long names and large sums): nothing scrolls sideways.

The pages are derived from the URL map, so a new portal page is checked without editing
this test; a path parameter the test cannot fill fails it loudly.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.browser import test_phone
from tests.browser.test_phone import CHROMIUM, _fits_the_screen
from tests.factories import PASSWORD
from wisata import timeutil
from wisata.extensions import db
from wisata.models import MemberRole, PaymentMethod
from wisata.models.partners import Invitation
from wisata.services import booking as booking_service
from wisata.services.booking import BookingRequest
from wisata.services.partners import _token_hash

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")

TOKEN = "phone-check-invitation-token"

# The browser fixtures are the phone journey's own.
server, page = test_phone.server, test_phone.page


@pytest.fixture
def busy_owner(make):
    """An owner whose organisation has a joint package, departures and bookings, and an
    invitation waiting from another organisation."""
    malang, jambi = make.region("malang"), make.region("jambi")
    ours = make.organisation(malang, name="Tengger Trails & Heritage Homestays of Kabupaten Malang")
    theirs = make.organisation(jambi, name="Batanghari Tours")
    owner = make.member(ours, MemberRole.OWNER, email="owner.with.a.rather.long.address@tengger-trails.example.com")
    make.member(ours, MemberRole.STAFF, email="staff@tengger-trails.example.com")
    package = make.package(ours, co_organisation=theirs, co_accepted_at=timeutil.now(), duration_days=3,
                           title={"id": "Jejak Pamalayu: Dari Candi Singhasari ke Muaro Jambi dan Kembali",
                                  "en": "The Pamalayu Trail: From Singhasari's Temples to Muaro Jambi and Back"},
                           prices={"adult": 12_450_000, "child": 9_875_000}, max_group=40)
    departure = make.departure(package, capacity=40)
    for n in range(3):
        made, _new = booking_service.book_seats(BookingRequest(
            departure_id=departure.id, counts={"adult": 3, "child": 1},
            contact_name=f"Raden Ayu Kusumawardhani Prawirodirdjo {n}",
            contact_email=f"kusumawardhani.prawirodirdjo.{n}@example.com", contact_phone="+62 812 3456 7890",
            origin_country="ID", origin_province="Jawa Timur",
            travellers=[f"Traveller With A Very Long Javanese Name Number {n}-{k}" for k in range(4)],
            payment_method=PaymentMethod.BANK_TRANSFER, idempotency_key=f"phone-portal-{n}".ljust(20, "x"),
        ))
        if n:
            booking_service.confirm_payment(made)
    db.session.add(Invitation(organisation_id=theirs.id, email=owner.email, role=MemberRole.STAFF,
                              token_hash=_token_hash(TOKEN), expires_at=timeutil.now() + timedelta(days=3)))
    db.session.commit()
    return {"owner": owner, "package_id": package.id, "departure_id": departure.id, "code": made.code,
            "token": TOKEN}


def _portal_paths(app, objects) -> list[str]:
    """Every GET page of the partner blueprint, path parameters filled with the owner's objects."""
    values = {"package_id": objects["package_id"], "departure_id": objects["departure_id"],
              "code": objects["code"], "token": objects["token"]}
    paths = []
    with app.test_request_context():
        from flask import url_for

        for rule in sorted(app.url_map.iter_rules(), key=lambda r: r.rule):
            if (not rule.endpoint.startswith("partner.") or "GET" not in rule.methods or rule.rule.endswith(".csv")
                    or rule.rule.endswith("/receipt")):  # files, not pages
                continue
            missing = rule.arguments - {"lang"} - values.keys()
            assert not missing, f"fill {missing} for {rule.rule}"
            for lang in ("id", "en"):
                paths.append(url_for(rule.endpoint, lang=lang, **{k: values[k] for k in rule.arguments - {"lang"}}))
    return paths


def _widest_culprits(page) -> list[str]:
    """The elements that stick out of the screen and are not inside a scrolling box."""
    return page.evaluate("""() => [...document.querySelectorAll('body *')].filter(e => {
        if (e.getBoundingClientRect().right <= window.innerWidth + 1) return false;
        for (let p = e.parentElement; p; p = p.parentElement)
            if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX) && p !== document.body
                && p !== document.documentElement) return false;
        return true;
    }).slice(-4).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))""")


def _serious(page) -> list[str]:
    from tests.browser.test_phone_journey import _serious as axe_serious

    return axe_serious(page)


def _check(page) -> None:
    try:
        _fits_the_screen(page)
    except AssertionError as error:
        raise AssertionError(f"{error} sticking out: {_widest_culprits(page)}") from None


@pytest.mark.timeout(300)
def test_no_portal_page_scrolls_sideways_on_a_phone(app, server, page, busy_owner):
    paths = _portal_paths(app, busy_owner)
    assert len(paths) >= 2 * 12

    page.goto(server + "/en/login")
    page.get_by_label("E-mail").fill(busy_owner["owner"].email)
    page.get_by_label("Password").fill(PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name="Sign in").click()

    serious = {}
    for path in paths:
        response = page.goto(server + path)
        assert response.status < 500, path
        _check(page)
        if found := _serious(page):
            serious[path] = found
    assert serious == {}  # axe: no serious or critical accessibility violation
    # The bookings list with every filter filled in.
    page.goto(server + "/id/partner/bookings?status=confirmed&q=Raden&date_from=2026-01-01&date_to=2036-12-31")
    _check(page)
