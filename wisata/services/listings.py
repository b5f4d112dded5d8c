"""Partners' listings: saving packages from the portal, submitting them for review, archiving.

Publishing itself is the tourism office's decision (wisata/services/office/moderation.py);
here a package goes from draft to "in review" once it is complete in both languages.

An edit of a published package that changes what a traveller pays or gets waits for the
offices as a PackageRevision while the approved version stays public; small text fixes
(title, summary, description) go live at once and are recorded for the offices to see.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

import sqlalchemy as sa
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import selectinload

from wisata import timeutil
from wisata.errors import DomainError
from wisata.extensions import db
from wisata.models import (
    Attraction,
    CancellationPolicy,
    Departure,
    DepartureStatus,
    ItineraryDay,
    ItineraryStop,
    Organisation,
    Package,
    PackageApproval,
    PackageRevision,
    PackageStatus,
    PriceCategory,
    ReviewDecision,
    RevisionStatus,
    User,
)
from wisata.services.catalog import refresh_package_search
from wisata.services.office import audit
from wisata.services.partners import require_active, slugify, unique_slug

TEXT_FIELDS = ("title", "summary", "description", "inclusions", "exclusions", "meeting_point")
REQUIRED_TEXT = ("title", "summary", "description", "meeting_point")
# What a published package may change without review: words, not the offer.
TEXT_FIXES = ("title", "summary", "description")
# Fields an edit is compared on, in the order the office sees them.
COMPARED = (*TEXT_FIELDS, "duration", "group_size", "cancellation_policy", "pay_at_meeting_point",
            "prices", "itinerary", "co_provider")

CHANGE_LABELS = {
    "title": _l("Title"), "summary": _l("Summary"), "description": _l("Description"),
    "inclusions": _l("Included"), "exclusions": _l("Not included"), "meeting_point": _l("Meeting point"),
    "duration": _l("Duration"), "group_size": _l("Group size"), "cancellation_policy": _l("Cancellation policy"),
    "pay_at_meeting_point": _l("Paying at the meeting point"), "prices": _l("Prices per person"),
    "itinerary": _l("Itinerary"), "co_provider": _l("Co-provider"),
}


def change_labels(names: list[str]) -> list[str]:
    return [str(CHANGE_LABELS.get(name, name)) for name in names]


class ListingError(DomainError):
    status_code = 400


@dataclass
class DayData:
    title: dict
    description: dict
    attraction_ids: list[int] = field(default_factory=list)
    nights: int = 0
    accommodation: dict = field(default_factory=dict)


@dataclass
class PackageData:
    texts: dict[str, dict]  # field -> {"id": ..., "en": ...}
    duration_days: int
    duration_nights: int
    min_group: int
    max_group: int
    cancellation_policy: CancellationPolicy
    pay_at_meeting_point: bool
    prices: dict[str, int]  # code -> amount
    days: list[DayData]
    co_organisation_id: int | None = None


def editable_package(organisation: Organisation, package_id: int) -> Package | None:
    """A package the organisation provides (co-providers see, but do not edit)."""
    return db.session.scalar(
        sa.select(Package)
        .where(Package.id == package_id, Package.organisation_id == organisation.id)
        .options(
            selectinload(Package.days).selectinload(ItineraryDay.stops).selectinload(ItineraryStop.attraction),
            selectinload(Package.prices),
            selectinload(Package.photos),
        )
    )


def visible_packages(organisation: Organisation):
    """Condition: packages the organisation provides or co-provides (accepted)."""
    return sa.or_(
        Package.organisation_id == organisation.id,
        sa.and_(Package.co_organisation_id == organisation.id, Package.co_accepted_at.is_not(None)),
    )


def save_package(organisation: Organisation, data: PackageData, package: Package | None = None,
                 editor: User | None = None) -> Package:
    """Create or update a package from the portal form; the caller commits.

    A published package keeps its approved offer: a change to what travellers pay or get
    becomes the package's pending revision; text fixes go live. A package in review that
    changes goes back to draft, so the offices never approve what they have not seen."""
    if package is None:
        slug = unique_slug(Package, slugify(data.texts["title"].get("en") or data.texts["title"]["id"]))
        package = Package(slug=slug, organisation=organisation, status=PackageStatus.DRAFT)
        db.session.add(package)
    elif package.status is PackageStatus.ARCHIVED:
        raise ListingError(_("An archived package cannot be changed."))
    elif package.status is PackageStatus.PUBLISHED:
        _save_published(package, data, editor)
        return package
    elif package.status is PackageStatus.IN_REVIEW and changed_fields(package_data(package), data):
        package.status = PackageStatus.DRAFT
    apply_data(package, data)
    return package


def apply_data(package: Package, data: PackageData) -> None:
    """Write `data` into the package: the one path for the portal's saves and for an
    office's approval of a revision."""
    for name in TEXT_FIELDS:
        setattr(package, name, dict(data.texts.get(name) or {}))
    package.duration_days = data.duration_days
    package.duration_nights = data.duration_nights
    package.min_group, package.max_group = data.min_group, data.max_group
    package.cancellation_policy = data.cancellation_policy
    package.pay_at_meeting_point = data.pay_at_meeting_point
    if data.co_organisation_id != package.co_organisation_id:
        package.co_organisation_id = data.co_organisation_id
        package.co_accepted_at = None
    _save_prices(package, data.prices)
    _save_days(package, data.days)
    db.session.flush()
    refresh_package_search(package)


def _save_published(package: Package, data: PackageData, editor: User | None) -> None:
    current = package_data(package)
    changed = changed_fields(current, data)
    fixes = [name for name in changed if name in TEXT_FIXES]
    offer = [name for name in changed if name not in TEXT_FIXES]
    if fixes:
        for name in fixes:
            setattr(package, name, dict(data.texts.get(name) or {}))
        db.session.flush()
        refresh_package_search(package)
        for region_id in reviewing_regions(package):
            audit.record("package.text_edited", region_id=region_id, organisation_id=package.organisation_id,
                         subject=f"package:{package.id}", package_id=package.id, fields=fixes)
    pending = pending_revision(package)
    if offer:
        _propose(package, pending, data, offer, editor)
    elif pending is not None:  # the partner put the approved offer back: nothing to review
        pending.status = RevisionStatus.WITHDRAWN
        pending.decided_at = timeutil.now()
    db.session.flush()


def _propose(package: Package, pending: PackageRevision | None, data: PackageData, offer: list[str],
             editor: User | None) -> None:
    """Make `data` the package's one pending revision. A revision an office has already
    approved is withdrawn rather than changed, so an approval always covers what it saw."""
    if pending is not None and _has_decisions(pending):
        pending.status = RevisionStatus.WITHDRAWN
        pending.decided_at = timeutil.now()
        db.session.flush()
        pending = None
    if pending is None:
        pending = PackageRevision(package_id=package.id, status=RevisionStatus.PENDING)
        db.session.add(pending)
    pending.data = to_json(data)
    pending.changed_fields = offer
    pending.submitted_by_id = editor.id if editor is not None else None
    pending.submitted_at = timeutil.now()


def _has_decisions(revision: PackageRevision) -> bool:
    return db.session.scalar(
        sa.select(sa.func.count(PackageApproval.id)).where(PackageApproval.revision_id == revision.id)
    ) > 0


def reviewing_regions(package: Package) -> list[int]:
    """The regions whose offices review the package: the provider's, and the accepted
    co-provider's when it is in another region."""
    regions = [package.organisation.region_id]
    co_provider = package.co_provider
    if co_provider is not None and co_provider.region_id not in regions:
        regions.append(co_provider.region_id)
    return regions


def pending_revision(package: Package) -> PackageRevision | None:
    return db.session.scalar(
        sa.select(PackageRevision)
        .where(PackageRevision.package_id == package.id, PackageRevision.status == RevisionStatus.PENDING)
        .order_by(PackageRevision.id.desc()).limit(1)
    )


def last_returned_revision(package: Package) -> PackageRevision | None:
    """The latest revision an office sent back, if nothing newer was proposed since."""
    latest = db.session.scalar(
        sa.select(PackageRevision).where(PackageRevision.package_id == package.id)
        .order_by(PackageRevision.id.desc()).limit(1)
    )
    return latest if latest is not None and latest.status is RevisionStatus.RETURNED else None


def return_reason(package: Package) -> PackageApproval | None:
    """Why an office sent the package's last submission back (while it is a draft again)."""
    if package.status is not PackageStatus.DRAFT or not package.review_round:
        return None
    return db.session.scalar(
        sa.select(PackageApproval)
        .where(PackageApproval.package_id == package.id, PackageApproval.revision_id.is_(None),
               PackageApproval.review_round == package.review_round,
               PackageApproval.decision == ReviewDecision.RETURNED)
        .limit(1)
    )


def review_flags(packages: list[Package]) -> tuple[set[int], set[int]]:
    """Of `packages`: the ids with an edit waiting for review, and the drafts an office sent back."""
    ids = [p.id for p in packages]
    if not ids:
        return set(), set()
    pending = set(db.session.scalars(sa.select(PackageRevision.package_id).where(
        PackageRevision.package_id.in_(ids), PackageRevision.status == RevisionStatus.PENDING)))
    returned = set(db.session.scalars(sa.select(PackageApproval.package_id).join(Package).where(
        PackageApproval.package_id.in_(ids), PackageApproval.revision_id.is_(None),
        PackageApproval.review_round == Package.review_round, Package.status == PackageStatus.DRAFT,
        PackageApproval.decision == ReviewDecision.RETURNED)))
    return pending, returned


def package_data(package: Package) -> PackageData:
    """The package as the portal's form gives it: what an edit is compared with."""
    prices = {p.code: p.amount for p in package.prices}
    return PackageData(
        texts={name: dict(getattr(package, name) or {}) for name in TEXT_FIELDS},
        duration_days=package.duration_days, duration_nights=package.duration_nights,
        min_group=package.min_group, max_group=package.max_group,
        cancellation_policy=package.cancellation_policy, pay_at_meeting_point=package.pay_at_meeting_point,
        prices=prices,
        days=[DayData(title=dict(d.title or {}), description=dict(d.description or {}),
                      attraction_ids=[s.attraction_id for s in d.stops], nights=d.nights,
                      accommodation=dict(d.accommodation or {})) for d in package.days],
        co_organisation_id=package.co_organisation_id,
    )


def proposed_data(package: Package) -> PackageData:
    """What the portal's form shows: the pending revision if there is one, else the package."""
    pending = pending_revision(package) if package.status is PackageStatus.PUBLISHED else None
    return from_json(pending.data) if pending is not None else package_data(package)


def to_json(data: PackageData) -> dict:
    stored = asdict(data)
    stored["cancellation_policy"] = data.cancellation_policy.value
    return stored


def from_json(stored: dict) -> PackageData:
    values = dict(stored)
    values["cancellation_policy"] = CancellationPolicy(values["cancellation_policy"])
    values["days"] = [DayData(**day) for day in values["days"]]
    return PackageData(**values)


def _comparable(data: PackageData) -> dict:
    """Each compared field's value, with empty texts dropped so "" and absent are equal."""
    def text(value):
        return {lang: words for lang, words in (value or {}).items() if words}

    return {
        **{name: text(data.texts.get(name)) for name in TEXT_FIELDS},
        "duration": (data.duration_days, data.duration_nights),
        "group_size": (data.min_group, data.max_group),
        "cancellation_policy": data.cancellation_policy,
        "pay_at_meeting_point": bool(data.pay_at_meeting_point),
        "prices": {code: amount for code, amount in data.prices.items() if amount is not None},
        "itinerary": [(text(d.title), text(d.description), list(d.attraction_ids), d.nights, text(d.accommodation))
                      for d in data.days],
        "co_provider": data.co_organisation_id,
    }


def changed_fields(current: PackageData, proposed: PackageData) -> list[str]:
    """The names (from COMPARED) of the fields `proposed` changes."""
    before, after = _comparable(current), _comparable(proposed)
    return [name for name in COMPARED if before[name] != after[name]]


def _save_prices(package: Package, prices: dict[str, int]) -> None:
    existing = {p.code: p for p in package.prices}
    package.prices = [
        existing.get(code) or PriceCategory(code=code)
        for code, amount in prices.items() if amount is not None
    ]
    for position, price in enumerate(package.prices):
        price.amount = prices[price.code]
        price.position = position


def _save_days(package: Package, days: list[DayData]) -> None:
    ids = {i for day in days for i in day.attraction_ids}
    attractions = {
        a.id: a for a in db.session.scalars(sa.select(Attraction).where(Attraction.id.in_(ids)))
    } if ids else {}
    existing = {d.day_number: d for d in package.days}
    new_days = []
    for number, data in enumerate(days, start=1):
        day = existing.get(number) or ItineraryDay(day_number=number)
        day.title, day.description = dict(data.title), dict(data.description)
        day.nights, day.accommodation = data.nights, dict(data.accommodation)
        day.stops = [
            ItineraryStop(attraction=attractions[i], position=p)
            for p, i in enumerate(dict.fromkeys(data.attraction_ids)) if i in attractions
        ]
        new_days.append(day)
    package.days = new_days


def missing_for_review(package: Package) -> list[str]:
    """What the package still lacks before the office can review it, in plain words."""
    missing = []
    for name in REQUIRED_TEXT:
        value = getattr(package, name) or {}
        if not value.get("id"):
            missing.append(_("Indonesian text: %(field)s", field=FIELD_LABELS[name]()))
        if not value.get("en"):
            missing.append(_("English text: %(field)s", field=FIELD_LABELS[name]()))
    if not any(p.code == "adult" for p in package.prices):
        missing.append(_("An adult price"))
    if len(package.days) != package.duration_days or not all(d.title.get("id") for d in package.days):
        missing.append(_("A title for every day of the itinerary"))
    elif not all(d.title.get("en") for d in package.days):
        missing.append(_("An English title for every day of the itinerary"))
    if not package.photos:
        missing.append(_("At least one photo"))
    if not _has_upcoming_departure(package):
        missing.append(_("An upcoming departure"))
    return missing


def _has_upcoming_departure(package: Package) -> bool:
    return db.session.scalar(
        sa.select(Departure.id).where(Departure.package_id == package.id, Departure.date >= timeutil.today(),
                                      Departure.status == DepartureStatus.OPEN).limit(1)
    ) is not None


FIELD_LABELS = {
    "title": lambda: _("title"),
    "summary": lambda: _("summary"),
    "description": lambda: _("description"),
    "meeting_point": lambda: _("meeting point"),
}


def submit_for_review(package: Package) -> None:
    require_active(package.organisation)
    if not package.organisation.is_verified:
        raise ListingError(_("Your organisation must be verified by the tourism office before it can publish."))
    if package.status not in (PackageStatus.DRAFT,):
        raise ListingError(_("Only a draft can be submitted for review."))
    missing = missing_for_review(package)
    if missing:
        raise ListingError(_("The package is not complete yet: %(missing)s.", missing="; ".join(missing)))
    package.status = PackageStatus.IN_REVIEW
    package.submitted_at = timeutil.now()
    package.review_round += 1  # approvals of an earlier submission no longer count
    db.session.flush()


def archive(package: Package) -> None:
    package.status = PackageStatus.ARCHIVED
    package.featured = False
    pending = pending_revision(package)
    if pending is not None:
        pending.status = RevisionStatus.WITHDRAWN
        pending.decided_at = timeutil.now()
    db.session.flush()


def attraction_choices() -> list[Attraction]:
    return list(db.session.scalars(
        sa.select(Attraction).where(Attraction.published.is_(True))
        .options(selectinload(Attraction.region)).order_by(Attraction.region_id, Attraction.slug)
    ))
