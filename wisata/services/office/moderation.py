"""Package review by the tourism offices: submissions and revisions of published packages.

A package is reviewed by the office of each region it belongs to (the provider's, and the
accepted co-provider's when it is in another region: `listings.reviewing_regions`). Each
office's decision is a PackageApproval; a submission is published, or a revision applied,
once every reviewing office has approved it. Sending back needs a reason and ends the
round at once. Each decision is written under the package's row lock (begin_write), so two
offices deciding at the same moment cannot both miss the last approval, and one office
cannot decide twice (the unique indexes on package_approvals are the backstop).
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from flask import url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from wisata import timeutil
from wisata.database import begin_write
from wisata.errors import DomainError
from wisata.extensions import db
from wisata.i18n import LANGUAGE_NAMES, LANGUAGES, label, money, tr
from wisata.models import (
    Attraction,
    AuditEntry,
    Organisation,
    Package,
    PackageApproval,
    PackageRevision,
    PackageStatus,
    Region,
    ReviewDecision,
    RevisionStatus,
)
from wisata.services import listings, mail
from wisata.services.catalog import card_options
from wisata.services.office import audit, queue
from wisata.services.office.queue import in_region

RECENT_TEXT_FIXES = 20


class ModerationError(DomainError):
    status_code = 409


# --- What waits -------------------------------------------------------------------------

def packages_to_review(region: Region) -> list[Package]:
    """Submissions this office still has to decide, oldest first."""
    return list(db.session.scalars(queue.packages_to_review(region)))


def revisions_to_review(region: Region) -> list[PackageRevision]:
    """Pending revisions this office has not decided yet, oldest first."""
    return list(db.session.scalars(queue.revisions_to_review(region)))


@dataclass
class TextFix:
    entry: AuditEntry
    package: Package | None

    @property
    def fields(self) -> list[str]:
        return listings.change_labels(self.entry.details.get("fields", []))


def recent_text_fixes(region: Region, limit: int = RECENT_TEXT_FIXES) -> list[TextFix]:
    """The latest text fixes partners made to published packages of the region."""
    entries = list(db.session.scalars(
        sa.select(AuditEntry)
        .where(AuditEntry.region_id == region.id, AuditEntry.action == "package.text_edited")
        .order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc()).limit(limit)
    ))
    ids = {e.details.get("package_id") for e in entries}
    packages = {p.id: p for p in db.session.scalars(sa.select(Package).where(Package.id.in_(ids)))} if ids else {}
    return [TextFix(entry, packages.get(entry.details.get("package_id"))) for entry in entries]


# --- Finding, scoped to the office's region ----------------------------------------------

def package_for(region: Region, package_id: int) -> Package | None:
    """A package this office reviews (any status), loaded as the public page needs it."""
    return db.session.execute(
        sa.select(Package).where(Package.id == package_id, in_region(region)).options(*card_options())
    ).unique().scalar_one_or_none()


def revision_for(region: Region, revision_id: int) -> PackageRevision | None:
    return db.session.scalar(
        sa.select(PackageRevision).join(PackageRevision.package)
        .where(PackageRevision.id == revision_id, in_region(region))
        .options(selectinload(PackageRevision.package).options(*card_options()))
    )


def decisions(package: Package, revision: PackageRevision | None = None) -> list[PackageApproval]:
    """The offices' decisions on the current submission (or on `revision`)."""
    query = sa.select(PackageApproval).where(PackageApproval.package_id == package.id)
    if revision is None:
        query = query.where(PackageApproval.revision_id.is_(None),
                            PackageApproval.review_round == package.review_round)
    else:
        query = query.where(PackageApproval.revision_id == revision.id)
    return list(db.session.scalars(query.options(selectinload(PackageApproval.region))
                                   .order_by(PackageApproval.created_at)))


def may_decide(package: Package, region: Region, revision: PackageRevision | None = None) -> bool:
    if revision is None and package.status is not PackageStatus.IN_REVIEW:
        return False
    if revision is not None and revision.status is not RevisionStatus.PENDING:
        return False
    return all(d.region_id != region.id for d in decisions(package, revision))


def missing(package: Package) -> list[str]:
    return listings.missing_for_review(package)


def review_status(package: Package, revision: PackageRevision | None = None) -> list[tuple[Region, PackageApproval | None]]:
    """Each reviewing office with its decision so far (None: not decided yet)."""
    made = {d.region_id: d for d in decisions(package, revision)}
    regions = {r.id: r for r in db.session.scalars(
        sa.select(Region).where(Region.id.in_(listings.reviewing_regions(package))))}
    return [(regions[i], made.get(i)) for i in listings.reviewing_regions(package)]


# --- A revision side by side -----------------------------------------------------------

@dataclass
class Change:
    """One line of a revision's comparison: a field (and language, or price, or day)."""

    field: str
    part: str
    before: str
    after: str


def changes(revision: PackageRevision) -> list[Change]:
    """What the revision changes in the published package, field by field, per language."""
    current = listings.package_data(revision.package)
    proposed = listings.from_json(revision.data)
    lines: list[Change] = []
    for name in listings.changed_fields(current, proposed):
        title = str(listings.CHANGE_LABELS[name])
        for part, before, after in _compare(name, current, proposed):
            if before != after:
                lines.append(Change(title, part, before, after))
    return lines


def _compare(name: str, current: listings.PackageData, proposed: listings.PackageData):
    if name in listings.TEXT_FIELDS:
        return [(LANGUAGE_NAMES[lang], (current.texts.get(name) or {}).get(lang, ""),
                 (proposed.texts.get(name) or {}).get(lang, "")) for lang in LANGUAGES]
    if name == "prices":
        codes = list(dict.fromkeys([*current.prices, *proposed.prices]))
        return [(label(code), money(current.prices.get(code)), money(proposed.prices.get(code))) for code in codes]
    if name == "itinerary":
        places = _attraction_names(current, proposed)
        count = max(len(current.days), len(proposed.days))
        return [(_("Day %(num)s", num=n + 1), _day_text(current.days, n, places), _day_text(proposed.days, n, places))
                for n in range(count)]
    return [("", _value_text(name, current), _value_text(name, proposed))]


def _value_text(name: str, data: listings.PackageData) -> str:
    if name == "duration":
        return _("%(days)s days, %(nights)s nights", days=data.duration_days, nights=data.duration_nights)
    if name == "group_size":
        return _("%(min)s to %(max)s people", min=data.min_group, max=data.max_group)
    if name == "cancellation_policy":
        return label(data.cancellation_policy)
    if name == "pay_at_meeting_point":
        return _("Yes") if data.pay_at_meeting_point else _("No")
    organisation = db.session.get(Organisation, data.co_organisation_id) if data.co_organisation_id else None
    return organisation.name if organisation else _("None")


def _attraction_names(*versions: listings.PackageData) -> dict[int, str]:
    ids = {i for data in versions for day in data.days for i in day.attraction_ids}
    if not ids:
        return {}
    return {a.id: tr(a.name) for a in db.session.scalars(sa.select(Attraction).where(Attraction.id.in_(ids)))}


def _day_text(days: list[listings.DayData], index: int, places: dict[int, str]) -> str:
    if index >= len(days):
        return ""
    day = days[index]
    parts = [" / ".join(t for t in (day.title.get(lang, "") for lang in LANGUAGES) if t)]
    if day.description:
        parts.append(" / ".join(t for t in (day.description.get(lang, "") for lang in LANGUAGES) if t))
    if day.attraction_ids:
        parts.append(", ".join(places.get(i, "?") for i in day.attraction_ids))
    if day.nights:
        parts.append(ngettext("%(num)s night", "%(num)s nights", day.nights))
    if any(day.accommodation.values()):
        parts.append(" / ".join(t for t in (day.accommodation.get(lang, "") for lang in LANGUAGES) if t))
    return " · ".join(p for p in parts if p)


# --- Decisions on a submission ------------------------------------------------------------

def _lock(package: Package) -> None:
    """Take the package's row and re-read it: the decision is made on the latest state."""
    begin_write()
    db.session.execute(sa.select(Package.id).where(Package.id == package.id).with_for_update())
    db.session.refresh(package)


def _record(package: Package, region: Region, decision: ReviewDecision, reason: str | None = None,
            revision: PackageRevision | None = None) -> None:
    if any(d.region_id == region.id for d in decisions(package, revision)):
        raise ModerationError(_("Your office has already decided on this."))
    approval = PackageApproval(
        package_id=package.id, revision_id=revision.id if revision else None, region_id=region.id,
        review_round=package.review_round, decision=decision, reason=reason, reviewer_id=current_user.id,
    )
    try:
        with db.session.begin_nested():
            db.session.add(approval)
    except IntegrityError:
        raise ModerationError(_("Your office has already decided on this.")) from None


def _approved_by_all(package: Package, revision: PackageRevision | None = None) -> bool:
    approved = {d.region_id for d in decisions(package, revision) if d.decision is ReviewDecision.APPROVED}
    return set(listings.reviewing_regions(package)) <= approved


def approve_package(package: Package, region: Region) -> bool:
    """This office approves the submission; the last approval publishes the package (True)."""
    _lock(package)
    if package.status is not PackageStatus.IN_REVIEW:
        raise ModerationError(_("This package is no longer waiting for review."))
    still_missing = missing(package)
    if still_missing:
        raise ModerationError(_("The package is not complete yet: %(missing)s.", missing="; ".join(still_missing)))
    _record(package, region, ReviewDecision.APPROVED)
    _audit("package.approved", package, region)
    if not _approved_by_all(package):
        _tell_partners(package, "package_approved", office=region)
        return False
    published = db.session.execute(
        sa.update(Package)
        .where(Package.id == package.id, Package.status == PackageStatus.IN_REVIEW,
               Package.review_round == package.review_round)
        .values(status=PackageStatus.PUBLISHED)
        .execution_options(synchronize_session=False)
    ).rowcount == 1
    if not published:
        raise ModerationError(_("This package is no longer waiting for review."))
    db.session.refresh(package)
    _audit("package.published", package, region)
    _tell_partners(package, "package_published", office=region)
    return True


def return_package(package: Package, region: Region, reason: str) -> None:
    """This office sends the submission back to the partner as a draft, with its reason."""
    _lock(package)
    if package.status is not PackageStatus.IN_REVIEW:
        raise ModerationError(_("This package is no longer waiting for review."))
    _record(package, region, ReviewDecision.RETURNED, reason=reason)
    db.session.execute(
        sa.update(Package)
        .where(Package.id == package.id, Package.status == PackageStatus.IN_REVIEW)
        .values(status=PackageStatus.DRAFT)
        .execution_options(synchronize_session=False)
    )
    db.session.refresh(package)
    _audit("package.returned", package, region, reason=reason)
    _tell_partners(package, "package_returned", office=region, reason=reason)


# --- Decisions on a revision of a published package ---------------------------------------

def _lock_revision(revision: PackageRevision) -> Package:
    package = revision.package
    _lock(package)
    db.session.refresh(revision)
    if revision.status is not RevisionStatus.PENDING or package.status is not PackageStatus.PUBLISHED:
        raise ModerationError(_("This edit is no longer waiting for review."))
    return package


def approve_revision(revision: PackageRevision, region: Region) -> bool:
    """This office approves the edit; the last approval applies it to the package (True)."""
    package = _lock_revision(revision)
    _record(package, region, ReviewDecision.APPROVED, revision=revision)
    _audit("revision.approved", package, region, revision_id=revision.id)
    if not _approved_by_all(package, revision):
        _tell_partners(package, "package_revision_approved", office=region, revision=revision, done=False)
        return False
    _close(revision, RevisionStatus.APPROVED)
    listings.apply_data(package, listings.from_json(revision.data))
    _audit("revision.applied", package, region, revision_id=revision.id, fields=revision.changed_fields)
    _tell_partners(package, "package_revision_approved", office=region, revision=revision, done=True)
    return True


def return_revision(revision: PackageRevision, region: Region, reason: str) -> None:
    """This office sends the edit back; the approved version stays as it is."""
    package = _lock_revision(revision)
    _record(package, region, ReviewDecision.RETURNED, reason=reason, revision=revision)
    _close(revision, RevisionStatus.RETURNED, reason=reason)
    _audit("revision.returned", package, region, revision_id=revision.id, reason=reason)
    _tell_partners(package, "package_revision_returned", office=region, revision=revision, reason=reason)


def _close(revision: PackageRevision, status: RevisionStatus, reason: str | None = None) -> None:
    closed = db.session.execute(
        sa.update(PackageRevision)
        .where(PackageRevision.id == revision.id, PackageRevision.status == RevisionStatus.PENDING)
        .values(status=status, reason=reason, decided_at=timeutil.now())
        .execution_options(synchronize_session=False)
    ).rowcount == 1
    if not closed:
        raise ModerationError(_("This edit is no longer waiting for review."))
    db.session.refresh(revision)


# --- Records and messages ----------------------------------------------------------------

def _audit(action: str, package: Package, region: Region, **details) -> None:
    audit.record(action, region_id=region.id, organisation_id=package.organisation_id,
                 subject=f"package:{package.id}", package_id=package.id, round=package.review_round, **details)


def _partners(package: Package) -> list[Organisation]:
    found = [package.organisation]
    if package.co_provider is not None:
        found.append(package.co_provider)
    return found


def _tell_partners(package: Package, template: str, **context) -> None:
    """E-mail each provider of the package in its own language (queued with the decision)."""
    for organisation in _partners(package):
        locale = organisation.locale or "id"
        link = url_for("partner.edit_package", package_id=package.id, lang=locale, _external=True) \
            if organisation.id == package.organisation_id else url_for("partner.packages", lang=locale, _external=True)
        public = url_for("public.package", slug=package.slug, lang=locale, _external=True)
        mail.send_template(organisation.email, template, locale, package=package, organisation=organisation,
                           link=link, public_link=public, **context)
