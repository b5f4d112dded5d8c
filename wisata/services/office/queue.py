"""What waits for a tourism office: applications, packages and edits to review, closures
in force; each with its count and its oldest items first."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import aliased, selectinload

from wisata import timeutil
from wisata.extensions import db
from wisata.models import (
    AttractionClosure,
    Organisation,
    OrganisationStatus,
    Package,
    PackageApproval,
    PackageRevision,
    PackageStatus,
    Region,
    RevisionStatus,
)

SHOWN = 10


@dataclass
class Waiting:
    applications: list[Organisation]
    application_count: int
    packages: list[Package]
    package_count: int
    revisions: list[PackageRevision]
    revision_count: int
    closures: list[AttractionClosure]

    @property
    def total(self) -> int:
        return self.application_count + self.package_count + self.revision_count


def in_region(region: Region):
    """Packages the region's office reviews: its partners' and the joint ones they co-run."""
    provider = aliased(Organisation)
    co_provider = aliased(Organisation)
    return sa.or_(
        Package.organisation_id.in_(sa.select(provider.id).where(provider.region_id == region.id)),
        sa.and_(
            Package.co_accepted_at.is_not(None),
            Package.co_organisation_id.in_(sa.select(co_provider.id).where(co_provider.region_id == region.id)),
        ),
    )


def _count(query) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(query.subquery()))


def packages_to_review(region: Region):
    """Statement: submissions this office still has to decide, oldest first."""
    decided = sa.select(PackageApproval.id).where(
        PackageApproval.package_id == Package.id, PackageApproval.revision_id.is_(None),
        PackageApproval.region_id == region.id, PackageApproval.review_round == Package.review_round,
    ).exists()
    return (sa.select(Package)
            .where(Package.status == PackageStatus.IN_REVIEW, in_region(region), ~decided)
            .order_by(Package.submitted_at, Package.id)
            .options(selectinload(Package.organisation), selectinload(Package.co_organisation)))


def revisions_to_review(region: Region):
    """Statement: pending revisions this office has not decided yet, oldest first."""
    decided = sa.select(PackageApproval.id).where(
        PackageApproval.revision_id == PackageRevision.id, PackageApproval.region_id == region.id,
    ).exists()
    return (sa.select(PackageRevision).join(PackageRevision.package)
            .where(PackageRevision.status == RevisionStatus.PENDING, in_region(region), ~decided)
            .order_by(PackageRevision.submitted_at, PackageRevision.id)
            .options(selectinload(PackageRevision.package).selectinload(Package.organisation)))


def waiting(region: Region) -> Waiting:
    applications = (sa.select(Organisation)
                    .where(Organisation.region_id == region.id, Organisation.status == OrganisationStatus.PENDING)
                    .order_by(Organisation.created_at, Organisation.id))
    packages = packages_to_review(region)
    revisions = revisions_to_review(region)
    today = timeutil.today()
    closures = list(db.session.scalars(
        sa.select(AttractionClosure)
        .where(AttractionClosure.ends_on >= today, AttractionClosure.starts_on <= today,
               AttractionClosure.attraction.has(region_id=region.id))
        .order_by(AttractionClosure.ends_on)
        .options(selectinload(AttractionClosure.attraction))
    ))
    return Waiting(
        applications=list(db.session.scalars(applications.limit(SHOWN))),
        application_count=_count(applications),
        packages=list(db.session.scalars(packages.limit(SHOWN))),
        package_count=_count(packages),
        revisions=list(db.session.scalars(revisions.limit(SHOWN))),
        revision_count=_count(revisions),
        closures=closures,
    )
