"""The cooperation's open figures: /<lang>/figures, /figures.csv and GET /api/v1/figures give
the same numbers, never a partner's revenue, and leave out packages and attractions based on
fewer than 5 bookings."""

from __future__ import annotations

import csv
import io
import itertools
import re
from datetime import UTC, date, datetime

import pytest
from jsonschema import Draft202012Validator

from wisata.extensions import db
from wisata.models import Booking, BookingStatus
from wisata.services.reporting import figures
from wisata.services.reporting.figures import Figures, Period, Row, Totals

PERIOD = "from=2027-01&to=2027-03"
TOTAL_PRICE = 1_234_567  # a booking's price: a partner's revenue, never shown
_codes = itertools.count(1)


def _book(departure, day, status, seats, province):
    created = datetime(2027, 2, day, 3, 0, tzinfo=UTC)
    db.session.add(Booking(
        code=f"F{next(_codes):07d}", departure=departure, status=status, seats=seats, contact_name="Ayu",
        contact_email="ayu@example.com", contact_phone="+6281234567890", origin_country="ID",
        origin_province=province, subtotal=TOTAL_PRICE, total=TOTAL_PRICE, paid_at=created, created_at=created,
    ))


@pytest.fixture
def bookings(make):
    """February 2027: five bookings from Jambi on a Malang trip (2 seats each), four from East
    Java on a Malang–Jambi trip (1 seat each), one unpaid (not a booking)."""
    malang = make.region("malang", name={"id": "Malang Raya", "en": "Malang Raya"}, position=1)
    jambi = make.region("jambi", name={"id": "Jambi", "en": "Jambi"}, position=2)
    bromo = make.attraction(malang, name={"id": "Gunung Bromo", "en": "Mount Bromo"})
    temple = make.attraction(jambi, name={"id": "Candi Muaro Jambi", "en": "Muaro Jambi Temples"})
    agency = make.organisation(malang)
    sunrise = make.package(agency, attractions=[bromo], title={"id": "Matahari Terbit", "en": "Bromo Sunrise"})
    joint = make.package(agency, attractions=[bromo, temple], title={"id": "Jejak Dua", "en": "Two Trails"})
    sunrise_departure, joint_departure = make.departure(sunrise), make.departure(joint)
    for day in range(1, 6):
        _book(sunrise_departure, day, BookingStatus.CONFIRMED, 2, "Jambi")
    for day in range(10, 14):
        _book(joint_departure, day, BookingStatus.COMPLETED, 1, "Jawa Timur")
    _book(joint_departure, 20, BookingStatus.PENDING_PAYMENT, 3, "Jawa Timur")
    db.session.commit()


FEBRUARY = {"bookings": 9, "travellers": 14, "joint_bookings": 4, "travellers_jambi_to_malang": 10,
            "travellers_east_java_to_jambi": 4, "room_nights": 0, "joint_share": round(4 / 9, 4)}
NOTHING = dict.fromkeys(FEBRUARY, 0) | {"joint_share": None}


def test_api_gives_every_month_the_totals_and_each_region(client, bookings):
    data = client.get(f"/api/v1/figures?{PERIOD}&lang=en").get_json()
    assert data["period"] == {"from": "2027-01", "to": "2027-03"}
    assert data["months"] == [{"month": "2027-01", **NOTHING}, {"month": "2027-02", **FEBRUARY},
                              {"month": "2027-03", **NOTHING}]
    assert data["totals"] == FEBRUARY
    malang, jambi = data["regions"]
    assert (malang["slug"], malang["totals"]) == ("malang", FEBRUARY)
    assert (jambi["slug"], jambi["totals"]) == ("jambi", NOTHING)  # the joint trip's provider is in Malang
    assert data["provinces"] == [{"key": "Jambi", "label": "Jambi", "bookings": 5, "travellers": 10},
                                 {"key": "Jawa Timur", "label": "Jawa Timur", "bookings": 4, "travellers": 4}]
    assert [(r["key"], r["bookings"], r["travellers"]) for r in data["countries"]] == [("ID", 9, 14)]


def test_packages_and_attractions_under_five_bookings_are_suppressed(client, bookings):
    data = client.get(f"/api/v1/figures?{PERIOD}&lang=en").get_json()
    assert [(r["label"], r["bookings"], r["travellers"]) for r in data["packages"]["items"]] == [
        ("Bromo Sunrise", 5, 10)]
    assert data["packages"]["suppressed"] == 1
    assert [(r["label"], r["bookings"]) for r in data["attractions"]["items"]] == [("Mount Bromo", 9)]
    assert data["attractions"]["suppressed"] == 1
    assert data["minimum_bookings"] == 5
    html = client.get(f"/en/figures?{PERIOD}").get_data(as_text=True)
    assert "Bromo Sunrise" in html and "Mount Bromo" in html
    assert "Two Trails" not in html and "Muaro Jambi Temples" not in html
    assert "1 more with fewer than 5 bookings is not shown." in html


def test_no_revenue_anywhere(client, bookings):
    api = client.get(f"/api/v1/figures?{PERIOD}").get_data(as_text=True)
    page = client.get(f"/id/figures?{PERIOD}").get_data(as_text=True)
    sheet = client.get(f"/figures.csv?{PERIOD}").get_data(as_text=True)
    assert "revenue" not in api and "refund" not in api
    for body in (api, page, sheet):
        assert not re.search(r"1[.,\s]?234[.,\s]?567", body)
        assert "ayu@example.com" not in body and "Ayu" not in body


def _csv(client, query):
    response = client.get(f"/figures.csv?{query}")
    assert response.mimetype == "text/csv"
    body = response.get_data(as_text=True)
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body.removeprefix("\ufeff"))))


def _page_rows(html):
    """{(area heading, month label): [cells]} of the page's monthly tables."""
    found = {}
    for area, table in re.findall(r'<h2 id="area-[^"]+">([^<]+)</h2>(.*?)</table>', html, re.S):
        for month, cells in re.findall(r'<tr><th scope="row">([^<]+)</th>(.*?)</tr>', table, re.S):
            found[(area, month)] = re.findall(r"<td>([^<]*)</td>", cells)
    return found


def test_page_csv_and_api_agree(client, bookings):
    api = client.get(f"/api/v1/figures?{PERIOD}&lang=en").get_json()
    header, *rows = _csv(client, f"{PERIOD}&lang=en")
    page = _page_rows(client.get(f"/en/figures?{PERIOD}").get_data(as_text=True))
    assert header[:2] == ["Area", "Month"] and len(rows) == 3 * 4  # 3 areas x (3 months + total)
    names = ["bookings", "travellers", "joint_bookings", "travellers_jambi_to_malang",
             "travellers_east_java_to_jambi", "room_nights"]
    areas = [("Both regions", api)] + [(r["name"], r) for r in api["regions"]]
    expected = []
    for name, area in areas:
        for month in area["months"]:
            expected.append([name, month["month"], *(str(month[n]) for n in names)])
        expected.append([name, "Total", *(str(area["totals"][n]) for n in names)])
    assert [row[:8] for row in rows] == expected
    assert rows[1][8] == str(FEBRUARY["joint_share"]) and rows[0][8] == ""
    assert page[("Both regions", "Feb 2027")] == ["9", "14", "4", "10", "4", "0", "44%"]
    assert page[("Malang Raya", "Total")] == ["9", "14", "4", "10", "4", "0", "44%"]
    assert page[("Jambi", "Jan 2027")] == ["0"] * 6 + ["–"]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_page_in_both_languages(client, bookings, lang):
    response = client.get(f"/{lang}/figures?{PERIOD}")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert f'<html lang="{lang}">' in html
    assert {"id": "Data terbuka", "en": "Open figures"}[lang] in html
    assert {"id": "Kedua wilayah", "en": "Both regions"}[lang] in html
    assert f"/figures.csv?lang={lang}&amp;from=2027-01&amp;to=2027-03" in html


def test_csv_speaks_the_language_asked(client, bookings):
    assert _csv(client, f"{PERIOD}&lang=id")[0][:3] == ["Wilayah", "Bulan", "Pemesanan"]
    assert _csv(client, f"{PERIOD}&lang=en")[0][:3] == ["Area", "Month", "Bookings"]


def test_default_period_is_the_last_twelve_months(client, app_ctx):
    data = client.get("/api/v1/figures").get_json()
    assert len(data["months"]) == 12
    from wisata import timeutil
    assert data["period"]["to"] == timeutil.today().strftime("%Y-%m")


@pytest.mark.parametrize("query", [
    "from=2027-13", "from=27-01", "to=2027-1", "from=abc", "from=2027-03&to=2027-01", "from=2020-01&to=2023-01",
    "from=%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%97-01", "from=1999-12", "to=99999-01",
])
def test_a_bad_period_is_a_localized_400(client, app_ctx, query):
    page = client.get(f"/id/figures?{query}")
    assert page.status_code == 400
    assert re.search(r"YYYY-MM|tidak boleh setelah|paling banyak 36 bulan", page.get_data(as_text=True))
    english = client.get(f"/en/figures?{query}").get_data(as_text=True)
    assert re.search(r"YYYY-MM|must not be after|at most 36 months", english)
    api = client.get(f"/api/v1/figures?{query}&lang=en")
    assert api.status_code == 400 and api.get_json()["error"]["code"] == 400
    assert client.get(f"/figures.csv?{query}&lang=en").status_code == 400


def test_thirty_six_months_is_the_most(client, app_ctx):
    assert client.get("/api/v1/figures?from=2024-01&to=2026-12").status_code == 200
    assert client.get("/api/v1/figures?from=2024-01&to=2027-01").status_code == 400


def test_api_response_matches_its_openapi_schema(client, bookings):
    document = client.get("/api/v1/openapi.json").get_json()
    assert "/figures" in document["paths"]
    schema = {"$ref": "#/components/schemas/Figures", "components": document["components"]}
    for query in (PERIOD, ""):
        data = client.get(f"/api/v1/figures?{query}").get_json()
        errors = list(Draft202012Validator(schema).iter_errors(data))
        assert not errors, errors
    assert set(document["components"]["schemas"]["Figures"]["required"]) <= set(data)


def test_footer_links_the_open_figures(client, app_ctx):
    assert 'href="/en/figures"' in client.get("/en/").get_data(as_text=True)


def test_csv_cells_cannot_run_as_formulas(client, app_ctx, monkeypatch):
    """A region named like a formula (an office types region names) stays text."""
    from wisata.services import catalog

    class Region:
        id, slug, name = 1, "x", {"id": "=HYPERLINK(1)", "en": "=HYPERLINK(1)"}

    monkeypatch.setattr(catalog, "regions", lambda: [Region()])
    rows = _csv(client, "from=2027-01&to=2027-01&lang=en")
    assert rows[3][0] == "'=HYPERLINK(1)"


def test_suppression_is_applied_to_what_compute_gives(client, app_ctx, monkeypatch):
    """However compute ranks them, a package or attraction of 4 bookings is never shown."""
    period = Period(date(2027, 1, 1), date(2027, 1, 1))

    def compute(period, region_ids, lang):
        rows = [Row("big", "Big Trip", 5, 12, revenue=9_999_999), Row("small", "Small Trip", 4, 40, revenue=7)]
        return Figures(period, region_ids, months=[(period.first, Totals(bookings=9))], totals=Totals(bookings=9),
                       packages=rows, attractions=list(rows), partners=rows)

    monkeypatch.setattr(figures, "compute", compute)
    data = client.get("/api/v1/figures?from=2027-01&to=2027-01").get_json()
    assert data["packages"] == {"items": [{"key": "big", "label": "Big Trip", "bookings": 5, "travellers": 12}],
                                "suppressed": 1}
    assert data["attractions"]["suppressed"] == 1
    html = client.get("/en/figures?from=2027-01&to=2027-01").get_data(as_text=True)
    assert "Big Trip" in html and "Small Trip" not in html and "9,999,999" not in html
    assert period.months == [date(2027, 1, 1)]
