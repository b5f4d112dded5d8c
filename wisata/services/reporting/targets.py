"""The offices' yearly targets and the dashboard's progress against them.

An office sets, edits and removes targets for its own region only (`scoped_target` finds
nothing of another region: 404); one target per region, year and figure. Progress is the
year's actual figure from `figures.compute` for that calendar year and the target's region.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy.exc import IntegrityError

from wisata.errors import DomainError
from wisata.extensions import db
from wisata.models import OfficeTarget, Region, User
from wisata.services.office import audit
from wisata.services.reporting import figures
from wisata.services.reporting.figures import TARGET_METRICS, Period

MIN_YEAR, MAX_YEAR = 2000, 2100  # the table's CHECK constraint
MAX_VALUE = 10**15  # far above any real figure, well inside BIGINT

METRIC_LABELS = {
    "bookings": _l("Bookings"),
    "travellers": _l("Travellers"),
    "revenue": _l("Revenue to partners"),
    "joint_bookings": _l("Malang–Jambi bookings"),
    "travellers_jambi_to_malang": _l("Travellers from Jambi to Malang Raya"),
    "travellers_east_java_to_jambi": _l("Travellers from East Java to Jambi"),
    "room_nights": _l("Hotel room-nights"),
}
MONEY_METRICS = frozenset({"revenue"})


class TargetError(DomainError):
    """A target the rules refuse; str() is shown to the office."""

    status_code = 400


def metric_label(metric: str) -> str:
    label = METRIC_LABELS.get(metric)
    return str(label) if label is not None else metric


def region_targets(region: Region) -> list[OfficeTarget]:
    """The region's targets, latest year first."""
    return list(db.session.scalars(
        sa.select(OfficeTarget).where(OfficeTarget.region_id == region.id)
        .order_by(OfficeTarget.year.desc(), OfficeTarget.metric)
    ))


def scoped_target(region: Region, target_id: int) -> OfficeTarget | None:
    """The target if it is the region's (another office's target is not found)."""
    return db.session.scalar(
        sa.select(OfficeTarget).where(OfficeTarget.id == target_id, OfficeTarget.region_id == region.id)
    )


def save_target(region: Region, year: int, metric: str, value: int, target: OfficeTarget | None = None,
                by: User | None = None) -> OfficeTarget:
    """Create (or change) the region's target for a year and figure; a second target for the
    same year and figure is refused, also when two requests race (the unique constraint)."""
    _check(year, metric, value)
    if _taken(region, year, metric, target):
        raise TargetError(_("There is already a target for “%(metric)s” in %(year)s: edit that one instead.",
                            metric=metric_label(metric), year=year), status_code=409)
    target = target or OfficeTarget(region_id=region.id)
    target.year, target.metric, target.value, target.set_by_id = year, metric, value, by.id if by else None
    try:
        with db.session.begin_nested():
            db.session.add(target)
    except IntegrityError as error:
        raise TargetError(_("Another target for this year and figure was saved meanwhile."), 409) from error
    audit.record("target.set", actor=by, region_id=region.id, subject=f"target:{target.id}",
                 metric=metric, year=year, value=value)
    return target


def _check(year: int, metric: str, value: int) -> None:
    if metric not in TARGET_METRICS:
        raise TargetError(_("Choose one of the figures in the list."))
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise TargetError(_("Choose a year between %(first)s and %(last)s.", first=MIN_YEAR, last=MAX_YEAR))
    if not 0 < value <= MAX_VALUE:
        raise TargetError(_("A target is a whole number greater than zero."))


def _taken(region: Region, year: int, metric: str, target: OfficeTarget | None) -> bool:
    query = sa.select(OfficeTarget.id).where(
        OfficeTarget.region_id == region.id, OfficeTarget.year == year, OfficeTarget.metric == metric)
    if target is not None and target.id is not None:
        query = query.where(OfficeTarget.id != target.id)
    return db.session.scalar(query) is not None


def remove_target(region: Region, target: OfficeTarget, by: User | None = None) -> None:
    audit.record("target.removed", actor=by, region_id=region.id, subject=f"target:{target.id}",
                 metric=target.metric, year=target.year, value=target.value)
    db.session.delete(target)


@dataclass
class Progress:
    """A target and the year's actual figure so far."""

    target: OfficeTarget
    region: Region
    actual: int

    @property
    def ratio(self) -> float:
        return self.actual / self.target.value

    @property
    def bar(self) -> int:
        """How full the progress bar is (0–100; beyond the target it stays full)."""
        return min(100, int(self.ratio * 100))


def progress(period: Period, regions: list[Region], lang: str, *, fresh: bool = False) -> list[Progress]:
    """Each target of `regions` for a year the period touches, with that calendar year's
    actual figure in the target's region (one `compute` per region and year with targets)."""
    by_id = {region.id: region for region in regions}
    targets = db.session.scalars(
        sa.select(OfficeTarget)
        .where(OfficeTarget.region_id.in_(by_id), OfficeTarget.year.between(period.first.year, period.last.year))
        .order_by(OfficeTarget.year, OfficeTarget.region_id, OfficeTarget.metric)
    )
    actuals: dict[tuple[int, int], figures.Totals] = {}
    result = []
    for target in targets:
        key = (target.year, target.region_id)
        if key not in actuals:
            year = Period(date(target.year, 1, 1), date(target.year, 12, 1))
            actuals[key] = figures.counted(year, (target.region_id,), lang, fresh=fresh)[0].totals
        result.append(Progress(target, by_id[target.region_id], getattr(actuals[key], target.metric)))
    return result
