"""The office's figures dashboard, its CSV, its printed report and the yearly targets.

The page only formats `figures.compute`'s result: the tests build a few bookings, ask
`compute` for the same period and regions, and compare every cell the page (and the CSV)
shows with it."""

from __future__ import annotations

import csv
import io
import itertools
import re
from datetime import UTC, date, datetime
from html.parser import HTMLParser

import pytest
import sqlalchemy as sa

from tests.office.conftest import login
from wisata.extensions import db
from wisata.i18n import money, number
from wisata.models import AuditEntry, Booking, BookingStatus, Campaign, Departure, OfficeTarget
from wisata.services.reporting import exports
from wisata.services.reporting.figures import Period, compute

PERIOD = Period(date(2025, 1, 1), date(2025, 6, 1))
QUERY = "from=2025-01&to=2025-06"
_codes = itertools.count(1)


def utc(*parts) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def _booking(departure, created_at, status, seats, total, origin=("ID", "Jambi"), refund=0, **fields):
    booking = Booking(
        code=f"F{next(_codes):07d}", departure=departure, status=status, seats=seats, contact_name="Ayu",
        contact_email="ayu@example.com", contact_phone="+6281234567890", origin_country=origin[0],
        origin_province=origin[1], subtotal=total, total=total, refund_amount=refund,
        paid_at=created_at if status != BookingStatus.PENDING_PAYMENT else None, created_at=created_at, **fields,
    )
    db.session.add(booking)
    return booking


@pytest.fixture
def bookings(make, offices, office_partners):
    """Bookings in February, March (one on the WIB month boundary) and May 2025 on a Malang
    package and a joint one, and one on a Jambi package; a campaign named like a formula."""
    malang, jambi = offices["malang"], offices["jambi"]
    bromo = make.attraction(malang, name={"id": "Gunung Bromo", "en": "Mount Bromo"})
    muaro = make.attraction(jambi, name={"id": "Candi Muaro Jambi", "en": "Muaro Jambi Temples"})
    agency, jambi_agency = office_partners["malang_verified"], office_partners["jambi_verified"]
    bromo_tour = make.package(agency, [bromo], title={"id": "Paket Bromo", "en": "Bromo Tour"})
    joint = make.package(agency, [bromo, muaro], title={"id": "Paket Bersama", "en": "Joint Tour"})
    kerinci = make.package(jambi_agency, [muaro], title={"id": "Paket Muaro", "en": "Muaro Tour"})
    d1 = make.departure(bromo_tour, date=date(2025, 4, 20), capacity=10)
    d2 = make.departure(joint, date=date(2025, 5, 25), capacity=12)
    d3 = make.departure(kerinci, date=date(2025, 6, 2), capacity=8)
    campaign = make._save(Campaign(slug="rumus", region=malang, title={"id": "=1+2 Jelajah", "en": "=1+2 Explore"}))
    confirmed, completed, cancelled = BookingStatus.CONFIRMED, BookingStatus.COMPLETED, BookingStatus.CANCELLED
    _booking(d1, utc(2025, 2, 10, 3), completed, 2, 1_000_000)
    _booking(d1, utc(2025, 3, 31, 16, 59), completed, 3, 1_500_000, ("ID", "Jawa Timur"))  # 23:59 WIB: March
    _booking(d2, utc(2025, 3, 31, 17, 30), confirmed, 4, 4_000_000, ("SG", None),            # 00:30 WIB: April
             referral_kind="campaign_page", referral_campaign_id=campaign.id)
    _booking(d2, utc(2025, 5, 2, 5), cancelled, 2, 2_000_000, refund=1_000_000)
    _booking(d3, utc(2025, 5, 5, 5), confirmed, 3, 1_800_000, ("ID", "Jawa Timur"))
    db.session.commit()
    return {"malang": malang.id, "jambi": jambi.id}


# --- reading the page ------------------------------------------------------------------


class Page(HTMLParser):
    """The tables (by their data-table name: header and body/foot rows of cell texts), the
    summary (term -> value) and the inline SVGs of a page."""

    def __init__(self, html: str):
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self.summary: dict[str, str] = {}
        self.svgs = re.findall(r"<svg\b.*?</svg>", html, flags=re.S)
        self._table = self._cell = self._term = None
        self._in_summary = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table" and attrs.get("data-table"):
            self._table = self.tables.setdefault(attrs["data-table"], [])
        elif tag == "tr" and self._table is not None:
            self._table.append([])
        elif tag in ("td", "th") and self._table is not None:
            self._cell = ""
        elif tag == "dl" and "figures-summary" in (attrs.get("class") or ""):
            self._in_summary = True
        elif tag in ("dt", "dd") and self._in_summary:
            self._cell = ""

    def handle_data(self, data):
        if self._cell is not None:
            self._cell += data

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._table is not None and self._cell is not None:
            self._table[-1].append(self._cell.strip())
            self._cell = None
        elif tag == "table":
            self._table = None
        elif tag == "dt" and self._in_summary:
            self._term, self._cell = self._cell.strip(), None
        elif tag == "dd" and self._in_summary:
            self.summary[self._term], self._cell = self._cell.strip(), None
        elif tag == "dl":
            self._in_summary = False


def _expected(figures, name: str, lang: str) -> list[list[str]]:
    """The table as compute's result gives it, each value formatted for `lang`."""
    table = exports.table(figures, name)
    lines = [*table.rows, *([table.total] if table.total else [])]
    return [table.headers] + [[exports.display(v, k, lang) for v, k in zip(line, table.kinds, strict=True)]
                              for line in lines]


# --- the dashboard -----------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["id", "en"])
def test_dashboard_shows_the_figures_compute_gives(as_office, bookings, lang):
    page = as_office().get(f"/{lang}/office/figures?{QUERY}&region=both")
    assert page.status_code == 200
    shown = Page(page.text)
    figures = compute(PERIOD, (bookings["malang"], bookings["jambi"]), lang)
    assert figures.totals.bookings == 4 and figures.totals.travellers == 12  # the data is what we meant
    for name in exports.TABLE_NAMES:
        expected = _expected(figures, name, lang) if exports.table(figures, name).rows else []
        assert shown.tables.get(name, []) == expected, name
    for label, value, kind in exports.summary(figures.totals):
        assert shown.summary[label] == exports.display(value, kind, lang)
    revenue = {"id": "Rp\xa09.300.000", "en": "IDR\xa09,300,000"}[lang]
    assert money(figures.totals.revenue, lang) == revenue  # formatted with Babel for the page's locale
    assert shown.summary[dict(id="Pendapatan mitra", en="Revenue to partners")[lang]] == revenue


def test_own_region_is_the_default_and_the_other_region_is_apart(as_office, bookings):
    client = as_office()
    own = Page(client.get(f"/en/office/figures?{QUERY}").text)
    other = Page(client.get(f"/en/office/figures?{QUERY}&region=other").text)
    assert own.summary["Bookings"] == number(compute(PERIOD, (bookings["malang"],), "en").totals.bookings, "en") == "3"
    assert other.summary["Bookings"] == number(compute(PERIOD, (bookings["jambi"],), "en").totals.bookings, "en") == "1"


def test_default_period_is_the_last_twelve_months(as_office, bookings):
    page = as_office().get("/id/office/figures")
    assert page.status_code == 200
    months = Page(page.text).tables.get("months") or []
    assert len(months) in (0, 14)  # header, 12 months, total (or no table if all empty)
    assert 'name="from"' in page.text and 'name="region"' in page.text


BAD_QUERIES = ["from=2025-13&to=2025-12", "from=2025-06&to=2025-01", "from=2020-01&to=2025-01",
               "from=abc", "to=2025-1", "region=mars", "from=2025-01-01", "from=%00"]


@pytest.mark.parametrize("query", BAD_QUERIES)
@pytest.mark.parametrize("path", ["/figures", "/figures.csv", "/figures/report"])
def test_bad_period_or_region_is_a_localized_400(as_office, offices, query, path):
    response = as_office().get(f"/id/office{path}?{query}")
    assert response.status_code == 400
    assert "text/html" in response.content_type and 'lang="id"' in response.text


def test_unknown_csv_table_is_400(as_office, offices):
    assert as_office().get("/en/office/figures.csv?table=users").status_code == 400


@pytest.mark.parametrize("who", ["traveller", "partner"])
def test_travellers_and_partners_get_403(client, offices, office_partners, who):
    login(client, offices["traveller"] if who == "traveller" else office_partners["malang_verified_owner"])
    for path in ("/figures", "/figures.csv", "/figures/report", "/targets"):
        assert client.get(f"/en/office{path}").status_code == 403, path


# --- the CSV ----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_csv_holds_the_dashboards_table(as_office, bookings, lang):
    client = as_office()
    shown = Page(client.get(f"/{lang}/office/figures?{QUERY}&region=both").text).tables
    figures = compute(PERIOD, (bookings["malang"], bookings["jambi"]), lang)
    for name in exports.TABLE_NAMES:
        response = client.get(f"/{lang}/office/figures.csv?table={name}&{QUERY}&region=both")
        assert response.status_code == 200 and response.mimetype == "text/csv"
        assert f'filename="figures-{name.replace("_", "-")}-malang-jambi-2025-01_2025-06.csv"' in \
            response.headers["Content-Disposition"]
        assert response.data.startswith("\ufeff".encode())
        header, *rows = list(csv.reader(io.StringIO(response.data.decode("utf-8-sig"))))
        table = exports.table(figures, name)
        assert header == [h + (" (%)" if k == exports.RATE else "") for h, k in zip(table.headers, table.kinds,
                                                                                    strict=True)]
        if table.rows:
            assert shown[name][0] == table.headers
            assert len(rows) == len(shown[name]) - 1
            for csv_row, page_row in zip(rows, shown[name][1:], strict=True):
                assert _as_shown(csv_row, table.kinds, lang) == page_row[1:], name


def _as_shown(row: list[str], kinds: list[str], lang: str) -> list[str]:
    """The CSV's plain numbers as the page shows them (the first column is the label)."""
    shown = []
    for value, kind in zip(row[1:], kinds[1:], strict=True):
        if value == "":
            shown.append("–")
        elif kind in (exports.COUNT, exports.MONEY):
            shown.append(money(int(value), lang) if kind == exports.MONEY else number(int(value), lang))
        else:
            shown.append(exports.display(float(value) / (100 if kind == exports.RATE else 1), kind, lang))
    return shown


def test_csv_cells_are_never_formulas(as_office, bookings):
    body = as_office().get(f"/en/office/figures.csv?table=campaigns&{QUERY}").data.decode("utf-8-sig")
    assert list(csv.reader(io.StringIO(body)))[1][0] == "'=1+2 Explore"


# --- charts and report ------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["id", "en"])
def test_charts_are_accessible_svg_without_script_or_external_resources(as_office, bookings, lang):
    page = Page(as_office().get(f"/{lang}/office/figures?{QUERY}").text)
    title = {"id": "Pemesanan dan wisatawan per bulan", "en": "Bookings and travellers per month"}[lang]
    assert len(page.svgs) == 5
    assert any(f">{title}</title>" in svg for svg in page.svgs)
    for svg in page.svgs:
        assert 'role="img"' in svg and "<title id=" in svg and "<desc id=" in svg
        assert not re.search(r"<script|<foreignObject|href=|url\(|https?:|on\w+=", svg, flags=re.I)
    month = {"id": "Mar 25", "en": "Mar 25"}[lang]
    assert f">{month}</text>" in page.svgs[0]


def test_printable_report_has_both_offices_the_period_and_the_tables(as_office, bookings):
    response = as_office().get(f"/id/office/figures/report?{QUERY}&region=both")
    assert response.status_code == 200
    text = response.text
    assert "Pemerintah Kota Malang · Dinas Pariwisata" in text and "Pemerintah Provinsi Jambi · Dinas Pariwisata" in text
    assert "Januari 2025" in text and "Juni 2025" in text and "Dibuat pada" in text
    shown = Page(text)
    assert len(shown.svgs) == 5 and set(shown.tables) == set(exports.TABLE_NAMES) - {"promo_codes", "events"}


def test_the_stylesheet_prints_the_report_on_a4(app):
    with app.open_resource("../static/css/site.css") as css:
        stylesheet = css.read().decode()
    assert re.search(r"@page\s*\{[^}]*size:\s*A4", stylesheet)


# --- targets ----------------------------------------------------------------------------------


def _targets():
    db.session.rollback()
    return sorted((t.region_id, t.year, t.metric, t.value) for t in db.session.scalars(sa.select(OfficeTarget)))


def _post_target(client, lang="en", url="/office/targets", **fields):
    return client.post(f"/{lang}{url}", data={"year": "2025", "metric": "travellers", "value": "10", **fields})


def test_office_sets_edits_and_removes_a_target_audited(as_office, offices):
    client = as_office()
    assert _post_target(client, value="8.450.000", metric="revenue").status_code == 303
    malang = offices["malang"].id
    assert _targets() == [(malang, 2025, "revenue", 8_450_000)]
    target = db.session.scalar(sa.select(OfficeTarget))
    form = client.get(f"/id/office/targets/{target.id}")
    assert form.status_code == 200 and 'value="8.450.000"' in form.text
    assert _post_target(client, url=f"/office/targets/{target.id}", value="9,000,000",
                        metric="revenue").status_code == 303
    assert _targets() == [(malang, 2025, "revenue", 9_000_000)]
    assert client.post(f"/en/office/targets/{target.id}/delete").status_code == 303
    assert _targets() == []
    actions = db.session.scalars(sa.select(AuditEntry.action).where(AuditEntry.region_id == malang)
                                 .order_by(AuditEntry.id)).all()
    assert [a for a in actions if a.startswith("target.")] == ["target.set", "target.set", "target.removed"]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_second_target_for_the_same_year_and_figure_is_refused_kindly(as_office, offices, lang):
    client = as_office()
    _post_target(client, lang)
    response = _post_target(client, lang, value="20")
    assert response.status_code == 409
    assert {"id": "Sudah ada target", "en": "There is already a target"}[lang] in response.text
    assert _targets() == [(offices["malang"].id, 2025, "travellers", 10)]


@pytest.mark.parametrize("fields", [{"value": "0"}, {"value": "-5"}, {"value": "1,5"}, {"value": "abc"},
                                    {"value": str(2**70)}, {"year": "1999"}, {"year": "²"}, {"metric": "users"},
                                    {"value": "1\x00"}])
def test_bad_target_input_is_400_and_changes_nothing(as_office, offices, fields):
    response = _post_target(as_office(), "id", **fields)
    assert response.status_code == 400 and 'lang="id"' in response.text
    assert _targets() == []


def test_the_other_offices_targets_are_not_found(make, as_office, offices):
    jambi_target = make._save(OfficeTarget(region_id=offices["jambi"].id, year=2025, metric="bookings", value=50))
    client = as_office("malang")
    before = _targets()
    assert client.get(f"/en/office/targets/{jambi_target.id}").status_code == 404
    assert _post_target(client, url=f"/office/targets/{jambi_target.id}", value="1").status_code == 404
    assert client.post(f"/en/office/targets/{jambi_target.id}/delete").status_code == 404
    assert _targets() == before
    assert "No target yet." in client.get("/en/office/targets").text


def test_dashboard_shows_progress_towards_each_target_of_the_period(as_office, bookings, offices):
    client = as_office()
    _post_target(client, metric="travellers", value="10")
    _post_target(client, metric="revenue", value="10.000.000")
    _post_target(client, metric="bookings", value="5", year="2024")  # not a year of the period
    actual = compute(Period(date(2025, 1, 1), date(2025, 12, 1)), (bookings["malang"],), "id").totals
    page = client.get(f"/id/office/figures?{QUERY}").text
    assert f"{number(actual.travellers, 'id')} dari 10 (" in page
    assert f"{money(actual.revenue, 'id')} dari {money(10_000_000, 'id')} (" in page
    assert page.count("<progress") == 2


# --- counted every few minutes -------------------------------------------------------------


@pytest.mark.parametrize("lang", ["id", "en"])
def test_figures_are_counted_again_every_few_minutes_or_at_once_on_demand(app, as_office, bookings, monkeypatch,
                                                                          lang):
    """A year of a large catalogue takes a second to count: the dashboard shows figures at
    most FIGURES_CACHE_SECONDS old, says when they were counted, and counts again on demand;
    its CSV shows the same count as the page."""
    monkeypatch.setitem(app.config, "FIGURES_CACHE_SECONDS", 300)
    client = as_office()
    url = f"/{lang}/office/figures?{QUERY}&region=both"
    bookings_label = dict(id="Pemesanan", en="Bookings")[lang]
    first = client.get(url)
    assert Page(first.text).summary[bookings_label] == "4"
    assert 'id="counted-at"' in first.text and "fresh=1" in first.text

    departure = db.session.scalar(sa.select(Booking.departure_id).order_by(Booking.id).limit(1))
    _booking(db.session.get(Departure, departure), utc(2025, 2, 11, 3), BookingStatus.CONFIRMED, 1, 500_000)
    db.session.commit()

    assert Page(client.get(url).text).summary[bookings_label] == "4"  # as counted a moment ago
    months = client.get(f"/{lang}/office/figures.csv?{QUERY}&region=both&table=months").text
    assert Page(client.get(url + "&fresh=1").text).summary[bookings_label] == "5"
    assert Page(client.get(url).text).summary[bookings_label] == "5"  # the new count is kept
    assert client.get(f"/{lang}/office/figures.csv?{QUERY}&region=both&table=months").text != months
