"""The cooperation's figures for a period of months and a set of regions.

One function, `compute`, gives every number; the office dashboard, its CSV and printed
report, the public page, `/figures.csv` and `GET /api/v1/figures` only format its result.

Definitions (every date in WIB, UTC+7):
- A booking counts in the month it was *made* (`created_at`), and for the regions of its
  package: the provider's region and, once accepted, the co-provider's.
- *Bookings* are firm bookings: confirmed or completed. Pending (unpaid) and expired ones
  are not bookings; *cancellations* are bookings made in the month and cancelled since;
  the *cancellation rate* is cancellations / (bookings + cancellations).
- *Travellers*: the seats of bookings. *Revenue to partners*: what partners keep, the
  total less refunds of every paid booking (confirmed, completed, or cancelled after paying).
  *Refunds*: refund amounts of cancelled bookings.
- *Average group size*: travellers / bookings; *lead time*: days from the day a booking
  was made to its departure, averaged over bookings.
- *Departures run* count in the month of their date: not cancelled, on or before today,
  with at least one booking; *fill rate*: their travellers / their capacity.
- A *joint* (Malang–Jambi) package is one whose itinerary visits attractions of more than
  one region; *joint share*: bookings on joint packages / bookings.
- *Flows*: travellers from Jambi province (origin ID/"Jambi") on packages visiting Malang
  Raya, and from East Java (ID/"Jawa Timur") on packages visiting Jambi.
- *Room-nights* through hotel partners: for bookings on packages a hotel provides or
  co-provides, the package's nights × rooms, rooms = ceil(travellers / 2) (double rooms).
- *Attractions visited*: travellers of bookings whose itinerary includes the attraction.
- *Referrals*: bookings (and travellers) brought by each campaign page, event page and
  fair kit (`Booking.referral_*`), and by each promo code.
- Public figures never show a per-partner or per-package number based on fewer than
  `PUBLIC_MINIMUM` bookings (suppressed, as statistics offices do) and never a partner's revenue.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime

import sqlalchemy as sa
from flask import current_app

from wisata import cache, timeutil
from wisata.models import Booking, Departure, DepartureStatus
from wisata.services.reporting import breakdowns, rows, sql

PUBLIC_MINIMUM = 5
MAX_MONTHS = 36

# The figures an office may set a yearly target for (key -> attribute of Totals).
TARGET_METRICS = ("bookings", "travellers", "revenue", "joint_bookings", "travellers_jambi_to_malang",
                  "travellers_east_java_to_jambi", "room_nights")


@dataclass(frozen=True)
class Period:
    """Whole months, from the month of `first` to the month of `last` (both the 1st)."""

    first: date
    last: date

    @property
    def months(self) -> list[date]:
        months, month = [], self.first
        while month <= self.last:
            months.append(month)
            month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        return months


@dataclass
class Totals:
    """The figures of one month, or of the whole period."""

    bookings: int = 0
    travellers: int = 0
    revenue: int = 0
    cancellations: int = 0
    refunds: int = 0
    joint_bookings: int = 0
    lead_days_total: int = 0
    departures_run: int = 0
    departure_travellers: int = 0
    departure_capacity: int = 0
    travellers_jambi_to_malang: int = 0
    travellers_east_java_to_jambi: int = 0
    room_nights: int = 0

    @property
    def cancellation_rate(self) -> float | None:
        decided = self.bookings + self.cancellations
        return self.cancellations / decided if decided else None

    @property
    def average_group(self) -> float | None:
        return self.travellers / self.bookings if self.bookings else None

    @property
    def average_lead_days(self) -> float | None:
        return self.lead_days_total / self.bookings if self.bookings else None

    @property
    def fill_rate(self) -> float | None:
        return self.departure_travellers / self.departure_capacity if self.departure_capacity else None

    @property
    def joint_share(self) -> float | None:
        return self.joint_bookings / self.bookings if self.bookings else None


@dataclass
class Row:
    """One line of a ranking or breakdown: a label (already in the page's language where
    it is content), bookings, travellers and, where it applies, revenue."""

    key: str
    label: str
    bookings: int
    travellers: int
    revenue: int | None = None


@dataclass
class Figures:
    period: Period
    region_ids: tuple[int, ...]
    months: list[tuple[date, Totals]] = field(default_factory=list)
    totals: Totals = field(default_factory=Totals)
    provinces: list[Row] = field(default_factory=list)   # Indonesian travellers by province
    countries: list[Row] = field(default_factory=list)   # by country code, key = ISO code
    packages: list[Row] = field(default_factory=list)    # top 10 by travellers
    partners: list[Row] = field(default_factory=list)    # top 10 by bookings, with revenue
    attractions: list[Row] = field(default_factory=list)  # top 10 by travellers
    campaigns: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)      # event pages and fair kits
    promo_codes: list[Row] = field(default_factory=list)


def counted(period: Period, region_ids: tuple[int, ...], lang: str, *, fresh: bool = False) -> tuple[Figures, datetime]:
    """`compute`'s figures and when they were counted: counted again at most every
    FIGURES_CACHE_SECONDS (a year of a large catalogue takes about a second), or at once
    with `fresh`. The dashboard, its CSVs and the printed report of the same choice agree."""
    key = f"figures:{period.first}:{period.last}:{','.join(map(str, sorted(region_ids)))}:{lang}"
    return cache.kept(key, current_app.config["FIGURES_CACHE_SECONDS"],
                      lambda: compute(period, tuple(region_ids), lang), fresh=fresh)


def compute(period: Period, region_ids: tuple[int, ...], lang: str, *, today: date | None = None) -> Figures:
    """Every figure for the period and regions (an empty set of regions has none); content
    labels in `lang`. Departures run are those up to `today` (by default today in WIB).

    Where the definitions above leave a choice:
    - a cancellation is a cancelled booking that had been paid (confirming is paying, so
      it was firm); an unpaid hold that is cancelled counts nowhere, like an expired one;
    - each booking is brought by one referral: a fair kit's booking is the fair's (an
      "fair:<id>" row in `events`), not its campaign page's, even though it carries both;
    - partners are those of the chosen regions; provinces leave out bookings without one.

    A fixed number of statements, each aggregated in the database, whatever the data size:
    one over the period's bookings, one over its departures, one for each kind of label."""
    region_ids = tuple(region_ids)
    figures = Figures(period=period, region_ids=region_ids)
    months = period.months
    if not months:
        return figures
    scope = sql.Scope.of(months, region_ids)
    groups = breakdowns.read(scope)
    per_month = [Totals() for _ in months]
    for index, _, _, values in groups["month"]:
        per_month[index] = Totals(**values)
    _add_departures(scope, per_month, today or timeutil.today())
    figures.months = list(zip(months, per_month, strict=True))
    figures.totals = _sum(per_month)
    _add_rows(figures, groups, lang)
    return figures


def _as_rows(tuples: list[tuple]) -> list[Row]:
    return [Row(*values) for values in tuples]


def _add_rows(figures: Figures, groups: dict[str, list], lang: str) -> None:
    as_rows = _as_rows
    provinces, countries = rows.origins(groups["origin"], lang)
    campaigns, events = rows.referrals(groups["referral"], lang)
    figures.provinces, figures.countries = as_rows(provinces), as_rows(countries)
    figures.packages = as_rows(rows.packages(groups["package"], lang))
    figures.partners = as_rows(rows.partners(groups["partner"]))
    figures.attractions = as_rows(rows.attractions(groups["attraction"], lang))
    figures.campaigns, figures.events = as_rows(campaigns), as_rows(events)
    figures.promo_codes = as_rows(rows.promo_codes(groups["promo"]))


def _add_departures(scope: sql.Scope, per_month: list[Totals], today: date) -> None:
    """Departures run in each month of their date: not cancelled, not after `today`, with
    a firm booking; their travellers (every firm booking on them) and their capacity."""
    bounds = sql.month_starts(scope.months)
    run = (
        sa.select(Departure.date, Departure.capacity, sa.func.sum(Booking.seats).label("travellers"))
        .join(Booking, Booking.departure_id == Departure.id)
        .join(scope.facts, scope.facts.c.package_id == Departure.package_id)
        # NOT IN: from the period's departures to their bookings, not through the status index.
        .where(Booking.status.not_in(sql.NOT_FIRM), Departure.status != DepartureStatus.CANCELLED,
               Departure.date >= bounds[0], Departure.date < bounds[-1], Departure.date <= today)
        .group_by(Departure.id, Departure.date, Departure.capacity)
        .subquery()
    )
    bucket = sql.month_bucket(run.c.date, bounds).label("month")
    statement = (sa.select(bucket, sa.func.count().label("runs"), sa.func.sum(run.c.travellers).label("travellers"),
                           sa.func.sum(run.c.capacity).label("capacity")).group_by(bucket))
    for row in scope.execute(statement):
        totals = per_month[row.month]
        totals.departures_run = int(row.runs)
        totals.departure_travellers = int(row.travellers)
        totals.departure_capacity = int(row.capacity)


def _sum(per_month: list[Totals]) -> Totals:
    """The period's totals: every field of Totals adds up over months."""
    return Totals(**{f.name: sum(getattr(t, f.name) for t in per_month) for f in fields(Totals)})
