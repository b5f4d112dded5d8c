"""The office dashboard's tables, defined once from a `Figures` (figures.compute's result).

The page, the printed report and the CSV all take their tables from `table(...)`: the page
formats each value with Babel for its locale (`display`), the CSV writes the same value as a
plain number (`plain`), so a spreadsheet and the screen never disagree. Nothing here
computes a figure: every value is read from `Figures`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from babel.dates import format_date
from babel.numbers import format_decimal, format_percent
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from wisata.i18n import money, number
from wisata.services.reporting.figures import Figures, Row, Totals
from wisata.services.reports import spreadsheet_csv

# How a value is shown: text, a month, a count, rupiah, a decimal (averages), a fraction (rates).
TEXT, MONTH, COUNT, MONEY, DECIMAL, RATE = "text", "month", "count", "money", "decimal", "rate"


@dataclass(frozen=True)
class Measure:
    """One figure of `Totals`: its attribute, its label and how it is shown."""

    name: str
    label: object
    kind: str


# The figures of a month or a period, in the order every table and summary shows them.
MEASURES = (
    Measure("bookings", _l("Bookings"), COUNT),
    Measure("travellers", _l("Travellers"), COUNT),
    Measure("revenue", _l("Revenue to partners"), MONEY),
    Measure("cancellations", _l("Cancellations"), COUNT),
    Measure("cancellation_rate", _l("Cancellation rate"), RATE),
    Measure("refunds", _l("Refunds"), MONEY),
    Measure("average_group", _l("Average group size"), DECIMAL),
    Measure("average_lead_days", _l("Average lead time (days)"), DECIMAL),
    Measure("departures_run", _l("Departures run"), COUNT),
    Measure("fill_rate", _l("Fill rate"), RATE),
    Measure("joint_bookings", _l("Malang–Jambi bookings"), COUNT),
    Measure("joint_share", _l("Malang–Jambi share"), RATE),
    Measure("travellers_jambi_to_malang", _l("Travellers from Jambi to Malang Raya"), COUNT),
    Measure("travellers_east_java_to_jambi", _l("Travellers from East Java to Jambi"), COUNT),
    Measure("room_nights", _l("Hotel room-nights"), COUNT),
)
MEASURE_BY_NAME = {measure.name: measure for measure in MEASURES}

# The breakdowns: table name -> (attribute of Figures, title, heading of the label column).
BREAKDOWNS = {
    "provinces": ("provinces", _l("Travellers by province"), _l("Province")),
    "countries": ("countries", _l("Travellers by country"), _l("Country")),
    "packages": ("packages", _l("Top packages"), _l("Package")),
    "partners": ("partners", _l("Top partners"), _l("Partner")),
    "attractions": ("attractions", _l("Attractions visited"), _l("Attraction")),
    "campaigns": ("campaigns", _l("Bookings brought by campaigns"), _l("Campaign")),
    "events": ("events", _l("Bookings brought by event pages and fair kits"), _l("Event page or fair kit")),
    "promo_codes": ("promo_codes", _l("Bookings with promo codes"), _l("Promo code")),
}
TABLE_NAMES = ("months", *BREAKDOWNS)


@dataclass
class Table:
    """A table as the page and the CSV show it: values unformatted, `kinds` says how."""

    name: str
    title: str
    headers: list[str]
    kinds: list[str]
    rows: list[list]
    total: list | None = None


def measure_value(totals: Totals, name: str):
    return getattr(totals, name)


def table(figures: Figures, name: str) -> Table:
    """The table `name` (one of TABLE_NAMES) of the figures, headers in the current language."""
    if name == "months":
        return _months_table(figures)
    attribute, title, label_heading = BREAKDOWNS[name]
    rows: list[Row] = getattr(figures, attribute)
    with_revenue = name == "partners"
    headers = [str(label_heading), _("Bookings"), _("Travellers")] + ([_("Revenue to partners")] if with_revenue else [])
    kinds = [TEXT, COUNT, COUNT] + ([MONEY] if with_revenue else [])
    body = [[row.label or row.key, row.bookings, row.travellers] + ([row.revenue] if with_revenue else [])
            for row in rows]
    return Table(name, str(title), headers, kinds, body)


def _months_table(figures: Figures) -> Table:
    headers = [_("Month"), *(str(measure.label) for measure in MEASURES)]
    kinds = [MONTH, *(measure.kind for measure in MEASURES)]
    rows = [[month, *(measure_value(totals, m.name) for m in MEASURES)] for month, totals in figures.months]
    total = [_("Total"), *(measure_value(figures.totals, m.name) for m in MEASURES)]
    return Table("months", _("Month by month"), headers, kinds, rows, total)


def tables(figures: Figures) -> list[Table]:
    return [table(figures, name) for name in TABLE_NAMES]


def display(value, kind: str, lang: str) -> str:
    """A value as the page shows it, formatted for the locale; "–" for a rate or average
    that does not exist (nothing to divide by)."""
    if value is None:
        return "–"
    if kind == MONTH and isinstance(value, date):
        return format_date(value, "MMMM y", locale=lang)
    if kind == MONEY:
        return money(value, lang)
    if kind == COUNT:
        return number(value, lang)
    if kind == DECIMAL:
        return format_decimal(round(value, 1), format="#,##0.0", locale=lang)
    if kind == RATE:
        return format_percent(value, format="#,##0.0%", locale=lang)
    return str(value)


def plain(value, kind: str) -> object:
    """A value as the CSV holds it: whole numbers as they are, a month as YYYY-MM, an
    average with one decimal, a rate as a percentage with one decimal (point as separator)."""
    if value is None:
        return ""
    if kind == MONTH and isinstance(value, date):
        return value.strftime("%Y-%m")
    if kind == DECIMAL:
        return f"{value:.1f}"
    if kind == RATE:
        return f"{value * 100:.1f}"
    return value


def csv_headers(data: Table) -> list[str]:
    """The page's headers, a rate's marked as a percentage."""
    return [f"{header} (%)" if kind == RATE else header for header, kind in zip(data.headers, data.kinds, strict=True)]


def table_csv(data: Table) -> str:
    """The table for spreadsheets: UTF-8 with a byte-order mark, formula-safe cells."""
    lines = [*data.rows, *([data.total] if data.total else [])]
    return spreadsheet_csv([csv_headers(data), *([plain(v, k) for v, k in zip(line, data.kinds, strict=True)] for line in lines)])


def summary(totals: Totals) -> list[tuple[str, object, str]]:
    """The period's totals as (label, value, kind), for the page's and the report's summary."""
    return [(str(m.label), measure_value(totals, m.name), m.kind) for m in MEASURES]

