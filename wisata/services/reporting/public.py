"""The cooperation's open figures: what the public page, /figures.csv and GET /api/v1/figures
show, made from `figures.compute` by one function, `open_figures`, so the three agree.

Only headline numbers: bookings, travellers, joint bookings and share, the two flows,
room-nights, travellers by province and country. Never a partner's revenue, and a package
or attraction based on fewer than PUBLIC_MINIMUM bookings is left out (suppressed), as
statistics offices do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from wisata import timeutil
from wisata.errors import DomainError
from wisata.i18n import tr
from wisata.services import catalog
from wisata.services.reporting import figures
from wisata.services.reporting.figures import MAX_MONTHS, PUBLIC_MINIMUM, Period, Row, Totals
from wisata.services.reports import spreadsheet_csv

DEFAULT_MONTHS = 12
MONTH = re.compile(r"\A([0-9]{4})-([0-9]{2})\Z")

# The public measures (attributes of Totals), in the order every table shows them.
MEASURES = {
    "bookings": _l("Bookings"),
    "travellers": _l("Travellers"),
    "joint_bookings": _l("Malang–Jambi bookings"),
    "travellers_jambi_to_malang": _l("Travellers from Jambi to Malang Raya"),
    "travellers_east_java_to_jambi": _l("Travellers from East Java to Jambi"),
    "room_nights": _l("Hotel room-nights"),
}


class FiguresError(DomainError):
    status_code = 400


@dataclass
class Area:
    """Both regions together (key "all") or one region (its slug), month by month."""

    key: str
    name: str
    months: list[tuple[date, Totals]]
    totals: Totals


@dataclass
class Breakdown:
    """A ranking with the rows based on fewer than PUBLIC_MINIMUM bookings left out."""

    rows: list[Row]
    suppressed: int = 0


@dataclass
class OpenFigures:
    period: Period
    areas: list[Area]
    provinces: list[Row] = field(default_factory=list)
    countries: list[Row] = field(default_factory=list)
    packages: Breakdown = field(default_factory=lambda: Breakdown([]))
    attractions: Breakdown = field(default_factory=lambda: Breakdown([]))
    minimum: int = PUBLIC_MINIMUM
    counted_at: datetime | None = None  # the oldest of the counts shown


def _month(text: str) -> date:
    match = MONTH.match(text)
    if not match or not (2000 <= int(match[1]) <= 2100 and 1 <= int(match[2]) <= 12):
        raise FiguresError(_("Give months as YYYY-MM, for example 2026-01."))
    return date(int(match[1]), int(match[2]), 1)


def _add_months(month: date, count: int) -> date:
    index = month.year * 12 + month.month - 1 + count
    return date(index // 12, index % 12 + 1, 1)


def parse_period(first: str | None, last: str | None) -> Period:
    """The period from `from`/`to` (YYYY-MM, each optional): by default the last 12 months
    up to this one (WIB); a bad month, an end before the start or more than 36 months is a 400."""
    end = _month(last) if last else timeutil.today().replace(day=1)
    start = _month(first) if first else _add_months(end, 1 - DEFAULT_MONTHS)
    if start > end:
        raise FiguresError(_("The first month must not be after the last."))
    if len(Period(start, end).months) > MAX_MONTHS:
        raise FiguresError(_("Choose at most %(num)s months.", num=MAX_MONTHS))
    return Period(start, end)


def _public(rows: list[Row]) -> Breakdown:
    """Rows about at least PUBLIC_MINIMUM bookings, without revenue; the others counted."""
    shown = [Row(r.key, r.label, r.bookings, r.travellers) for r in rows if r.bookings >= PUBLIC_MINIMUM]
    return Breakdown(shown, len(rows) - len(shown))


def _without_revenue(rows: list[Row]) -> list[Row]:
    return [Row(r.key, r.label, r.bookings, r.travellers) for r in rows]


def open_figures(period: Period, lang: str) -> OpenFigures:
    """The public figures of the period: both regions together, then each region."""
    regions = catalog.regions()
    together, counted_at = figures.counted(period, tuple(r.id for r in regions), lang)
    areas = [Area("all", _("Both regions"), together.months, together.totals)]
    for region in regions:
        each, at = figures.counted(period, (region.id,), lang)
        counted_at = min(counted_at, at)
        areas.append(Area(region.slug, tr(region.name, lang), each.months, each.totals))
    return OpenFigures(
        period=period, areas=areas, counted_at=counted_at,
        provinces=_without_revenue(together.provinces), countries=_without_revenue(together.countries),
        packages=_public(together.packages), attractions=_public(together.attractions),
    )


def month_values(totals: Totals) -> dict:
    """One month's (or the period's) public numbers, the joint share as a fraction."""
    values = {name: getattr(totals, name) for name in MEASURES}
    values["joint_share"] = round(totals.joint_share, 4) if totals.joint_share is not None else None
    return values


def figures_csv(data: OpenFigures) -> str:
    """The monthly table of every area, then each area's total (labels in the current language)."""
    header = [_("Area"), _("Month"), *(str(label) for label in MEASURES.values()), _("Malang–Jambi share")]
    rows = []
    for area in data.areas:
        lines = [(month.strftime("%Y-%m"), totals) for month, totals in area.months]
        for month, totals in [*lines, (_("Total"), area.totals)]:
            values = month_values(totals)
            rows.append([area.name, month, *(values[name] for name in MEASURES), values["joint_share"]])
    return spreadsheet_csv([header, *rows])
