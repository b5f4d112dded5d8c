"""The catalogue: regions, attractions, packages with itineraries and prices, departures."""

from __future__ import annotations

import enum
from datetime import date, datetime, time
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from wisata.models.base import Base, TimestampMixin, enum_column, utcnow
from wisata.models.media import Photo

if TYPE_CHECKING:
    from wisata.models.partners import Organisation


class Region(Base):
    """Malang Raya, Jambi, ...: data, not an enum, so a third region is a row."""

    __tablename__ = "regions"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(sa.String(40), unique=True)
    name: Mapped[dict]
    summary: Mapped[dict | None]
    description: Mapped[dict | None]
    position: Mapped[int] = mapped_column(default=0)
    photo_id: Mapped[int | None] = mapped_column(sa.ForeignKey("photos.id"))

    photo: Mapped[Photo | None] = relationship()


class Category(Base):
    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(sa.String(40), unique=True)
    name: Mapped[dict]
    position: Mapped[int] = mapped_column(default=0)


attraction_categories = sa.Table(
    "attraction_categories",
    Base.metadata,
    sa.Column("attraction_id", sa.ForeignKey("attractions.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("category_id", sa.ForeignKey("categories.id", ondelete="CASCADE"), primary_key=True),
)


class Attraction(TimestampMixin, Base):
    __tablename__ = "attractions"
    __table_args__ = (
        sa.CheckConstraint("latitude BETWEEN -90 AND 90", name="latitude"),
        sa.CheckConstraint("longitude BETWEEN -180 AND 180", name="longitude"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(sa.String(80), unique=True)
    region_id: Mapped[int] = mapped_column(sa.ForeignKey("regions.id"), index=True)
    area: Mapped[str | None] = mapped_column(sa.String(120))
    name: Mapped[dict]
    summary: Mapped[dict | None]
    description: Mapped[dict | None]
    practical_info: Mapped[dict | None]
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    photo_id: Mapped[int | None] = mapped_column(sa.ForeignKey("photos.id"))
    published: Mapped[bool] = mapped_column(default=True)
    search_text: Mapped[str] = mapped_column(sa.Text, default="")

    region: Mapped[Region] = relationship()
    photo: Mapped[Photo | None] = relationship()
    categories: Mapped[list[Category]] = relationship(
        secondary=attraction_categories, order_by=Category.position
    )
    # Closures not yet over are what pages show; loaded with a criterion (see catalog).
    closures: Mapped[list[AttractionClosure]] = relationship(
        viewonly=True, order_by="(AttractionClosure.starts_on, AttractionClosure.id)"
    )


class PackageStatus(enum.Enum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    PUBLISHED = "published"
    ARCHIVED = "archived"


class CancellationPolicy(enum.Enum):
    """Refund tiers live in wisata.services.pricing.REFUND_TIERS."""

    FLEXIBLE = "flexible"
    MODERATE = "moderate"
    STRICT = "strict"


class Package(TimestampMixin, Base):
    __tablename__ = "packages"
    __table_args__ = (
        sa.CheckConstraint("duration_days >= 1", name="duration_days"),
        sa.CheckConstraint("duration_nights >= 0", name="duration_nights"),
        sa.CheckConstraint("min_group >= 1 AND max_group >= min_group", name="group_size"),
        sa.CheckConstraint("co_organisation_id <> organisation_id", name="co_provider"),
        sa.CheckConstraint("co_share_percent BETWEEN 0 AND 100", name="co_share"),
        sa.CheckConstraint("(deposit_percent IS NULL AND balance_due_days IS NULL) OR (deposit_percent BETWEEN 10 "
                           "AND 90 AND balance_due_days BETWEEN 1 AND 90)", name="deposit"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(sa.String(100), unique=True)
    organisation_id: Mapped[int] = mapped_column(sa.ForeignKey("organisations.id"), index=True)
    co_organisation_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("organisations.id"), index=True
    )
    # A co-provider is invited first; the package shows it once it has accepted.
    co_accepted_at: Mapped[datetime | None]
    submitted_at: Mapped[datetime | None]
    title: Mapped[dict]
    summary: Mapped[dict | None]
    description: Mapped[dict | None]
    inclusions: Mapped[dict | None]  # one item a line
    exclusions: Mapped[dict | None]
    meeting_point: Mapped[dict | None]
    duration_days: Mapped[int] = mapped_column(default=1)
    duration_nights: Mapped[int] = mapped_column(default=0)
    min_group: Mapped[int] = mapped_column(default=1)
    max_group: Mapped[int] = mapped_column(default=10)
    cancellation_policy: Mapped[CancellationPolicy] = enum_column(
        CancellationPolicy, "cancellation_policy", default=CancellationPolicy.MODERATE
    )
    pay_at_meeting_point: Mapped[bool] = mapped_column(default=False)
    # Whether travellers may pay this package by the partner's QRIS (when it has one).
    qris_enabled: Mapped[bool] = mapped_column(default=True, server_default=sa.true())
    # A deposit (percent of the total) confirms a booking; the balance is due this many days
    # before departure. Both None: paid in full (wisata.services.deposits).
    deposit_percent: Mapped[int | None]
    balance_due_days: Mapped[int | None]
    # A joint package's revenue split: the co-provider's share of the money received, in
    # percent, proposed by the provider and agreed when the co-provider accepts.
    co_share_percent: Mapped[int | None]
    status: Mapped[PackageStatus] = enum_column(
        PackageStatus, "package_status", default=PackageStatus.DRAFT, index=True
    )
    featured: Mapped[bool] = mapped_column(default=False)
    # The home page's spotlight: chosen by a tourism office, at most one per region.
    spotlight: Mapped[bool] = mapped_column(default=False)
    # Each submission for review is a new round; approvals count for the current round.
    review_round: Mapped[int] = mapped_column(default=0)
    search_text: Mapped[str] = mapped_column(sa.Text, default="")

    organisation: Mapped[Organisation] = relationship(foreign_keys=[organisation_id])
    co_organisation: Mapped[Organisation | None] = relationship(foreign_keys=[co_organisation_id])
    days: Mapped[list[ItineraryDay]] = relationship(
        back_populates="package", cascade="all, delete-orphan", order_by="ItineraryDay.day_number"
    )
    prices: Mapped[list[PriceCategory]] = relationship(
        back_populates="package", cascade="all, delete-orphan", order_by="PriceCategory.position"
    )
    photos: Mapped[list[PackagePhoto]] = relationship(
        cascade="all, delete-orphan", order_by="(PackagePhoto.position, PackagePhoto.photo_id)"
    )
    departures: Mapped[list[Departure]] = relationship(
        back_populates="package", order_by="(Departure.date, Departure.start_time)"
    )
    figures: Mapped[PackageFigures | None] = relationship(
        back_populates="package", uselist=False, cascade="all, delete-orphan", passive_deletes=True
    )

    @property
    def co_provider(self) -> Organisation | None:
        """The co-provider, once it has accepted the invitation."""
        return self.co_organisation if self.co_accepted_at else None

    @property
    def is_published(self) -> bool:
        return self.status is PackageStatus.PUBLISHED

    @property
    def regions(self) -> list[Region]:
        """Regions the itinerary visits, the provider's first (needs days and stops loaded)."""
        found = {self.organisation.region_id: self.organisation.region}
        for day in self.days:
            for stop in day.stops:
                found.setdefault(stop.attraction.region_id, stop.attraction.region)
        return list(found.values())

    @property
    def is_joint(self) -> bool:
        """A package whose itinerary spans two regions is a Malang–Jambi package."""
        return len(self.regions) > 1

    @property
    def cover(self) -> Photo | None:
        return self.photos[0].photo if self.photos else None


class PackageFigures(Base):
    """What a package card shows that is counted from other tables, kept up to date in the
    transactions that change those tables (`wisata.services.package_figures`), so that a
    list of packages reads one row per package instead of computing five aggregates."""

    __tablename__ = "package_figures"
    __table_args__ = (
        sa.Index("ix_package_figures_next_date", "next_date"),
        sa.Index("ix_package_figures_from_price", "from_price"),
        sa.Index("ix_package_figures_popularity", "popularity"),
        sa.Index("ix_package_figures_rating", "rating"),
    )

    package_id: Mapped[int] = mapped_column(sa.ForeignKey("packages.id", ondelete="CASCADE"), primary_key=True)
    # The next open departure from today with at least one seat left.
    next_date: Mapped[date | None]
    # The lowest adult price.
    from_price: Mapped[int | None] = mapped_column(sa.BigInteger)
    # Visible reviews: their average and number.
    rating: Mapped[float | None]
    review_count: Mapped[int] = mapped_column(default=0)
    # Seats of the package's bookings that are awaiting payment, confirmed or completed.
    popularity: Mapped[int] = mapped_column(default=0)
    # The itinerary visits a region other than the provider's (a Malang–Jambi package).
    joint: Mapped[bool] = mapped_column(default=False)
    cover_photo_id: Mapped[int | None] = mapped_column(sa.ForeignKey("photos.id", ondelete="SET NULL"))

    package: Mapped[Package] = relationship(back_populates="figures")
    cover: Mapped[Photo | None] = relationship()


class PackagePhoto(Base):
    __tablename__ = "package_photos"

    package_id: Mapped[int] = mapped_column(
        sa.ForeignKey("packages.id", ondelete="CASCADE"), primary_key=True
    )
    photo_id: Mapped[int] = mapped_column(
        sa.ForeignKey("photos.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(default=0)

    photo: Mapped[Photo] = relationship()


class ItineraryDay(Base):
    __tablename__ = "itinerary_days"
    __table_args__ = (
        sa.UniqueConstraint("package_id", "day_number"),
        sa.CheckConstraint("day_number >= 1", name="day_number"),
        sa.CheckConstraint("nights >= 0", name="nights"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[int] = mapped_column(sa.ForeignKey("packages.id", ondelete="CASCADE"))
    day_number: Mapped[int]
    title: Mapped[dict]
    description: Mapped[dict | None]
    nights: Mapped[int] = mapped_column(default=0)
    accommodation: Mapped[dict | None]

    package: Mapped[Package] = relationship(back_populates="days")
    stops: Mapped[list[ItineraryStop]] = relationship(
        cascade="all, delete-orphan", order_by="ItineraryStop.position"
    )


class ItineraryStop(Base):
    __tablename__ = "itinerary_stops"

    day_id: Mapped[int] = mapped_column(
        sa.ForeignKey("itinerary_days.id", ondelete="CASCADE"), primary_key=True
    )
    attraction_id: Mapped[int] = mapped_column(
        sa.ForeignKey("attractions.id"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(default=0)

    attraction: Mapped[Attraction] = relationship()


class PriceCategory(Base):
    """A price per traveller category (adult, child, ...) in whole rupiah."""

    __tablename__ = "price_categories"
    __table_args__ = (
        sa.UniqueConstraint("package_id", "code"),
        sa.CheckConstraint("amount >= 0 AND amount <= 1000000000", name="amount"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[int] = mapped_column(sa.ForeignKey("packages.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(sa.String(20))
    amount: Mapped[int] = mapped_column(sa.BigInteger)
    position: Mapped[int] = mapped_column(default=0)

    package: Mapped[Package] = relationship(back_populates="prices")


class DepartureStatus(enum.Enum):
    OPEN = "open"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class Departure(TimestampMixin, Base):
    """A package on a date and time (WIB) with a number of seats.

    `seats_held` counts the seats of pending and confirmed bookings. It only changes
    through a conditional UPDATE in wisata.services.booking, which is what keeps a
    departure from being overbooked on SQLite as on PostgreSQL; the CHECK is the backstop.
    """

    __tablename__ = "departures"
    __table_args__ = (
        sa.UniqueConstraint("package_id", "date", "start_time"),
        sa.CheckConstraint("capacity > 0 AND capacity <= 1000", name="capacity"),
        sa.CheckConstraint("seats_held >= 0 AND seats_held <= capacity", name="seats_held"),
        # A package's open departures from a date: its page, its next date, the date filters.
        sa.Index("ix_departures_package_status_date", "package_id", "status", "date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[int] = mapped_column(sa.ForeignKey("packages.id"), index=True)
    date: Mapped[date] = mapped_column(index=True)
    start_time: Mapped[time]
    capacity: Mapped[int]
    seats_held: Mapped[int] = mapped_column(default=0)
    status: Mapped[DepartureStatus] = enum_column(
        DepartureStatus, "departure_status", default=DepartureStatus.OPEN
    )

    package: Mapped[Package] = relationship(back_populates="departures")

    @property
    def seats_left(self) -> int:
        return self.capacity - self.seats_held

    @property
    def is_full(self) -> bool:
        return self.seats_left <= 0


class ReviewDecision(enum.Enum):
    APPROVED = "approved"
    RETURNED = "returned"


class PackageApproval(Base):
    """A tourism office's decision on a package submission (or on a revision of a
    published package). A joint package needs the approval of each provider's office."""

    __tablename__ = "package_approvals"
    __table_args__ = (
        sa.UniqueConstraint("package_id", "revision_id", "region_id", "review_round"),
        # NULLs are distinct in the constraint above: one decision per office and round on
        # a submission (revision_id NULL) needs its own partial index (migration 0009).
        sa.Index("uq_package_approvals_submission", "package_id", "region_id", "review_round", unique=True,
                 sqlite_where=sa.text("revision_id IS NULL"), postgresql_where=sa.text("revision_id IS NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[int] = mapped_column(sa.ForeignKey("packages.id", ondelete="CASCADE"), index=True)
    revision_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("package_revisions.id", ondelete="CASCADE"), index=True
    )
    region_id: Mapped[int] = mapped_column(sa.ForeignKey("regions.id"))
    review_round: Mapped[int] = mapped_column(default=0)
    decision: Mapped[ReviewDecision] = enum_column(ReviewDecision, "review_decision")
    reason: Mapped[str | None] = mapped_column(sa.Text)
    reviewer_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    region: Mapped[Region] = relationship()


class RevisionStatus(enum.Enum):
    PENDING = "pending"
    APPROVED = "approved"
    RETURNED = "returned"
    WITHDRAWN = "withdrawn"


class PackageRevision(Base):
    """An edit of a published package that changes what a traveller pays or gets (prices,
    itinerary, inclusions, policy, group size). It waits for review in `data` (the whole
    proposed package, as the portal's form gives it) while the approved version stays public."""

    __tablename__ = "package_revisions"
    # One pending revision per package (migration 0009): a new edit replaces it.
    __table_args__ = (
        sa.Index("uq_package_revisions_pending", "package_id", unique=True,
                 sqlite_where=sa.text("status = 'pending'"), postgresql_where=sa.text("status = 'pending'")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[int] = mapped_column(sa.ForeignKey("packages.id", ondelete="CASCADE"), index=True)
    data: Mapped[dict] = mapped_column(sa.JSON)
    changed_fields: Mapped[list] = mapped_column(sa.JSON, default=list)
    status: Mapped[RevisionStatus] = enum_column(
        RevisionStatus, "revision_status", default=RevisionStatus.PENDING, index=True
    )
    submitted_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    submitted_at: Mapped[datetime] = mapped_column(default=utcnow)
    decided_at: Mapped[datetime | None]
    reason: Mapped[str | None] = mapped_column(sa.Text)

    package: Mapped[Package] = relationship()


class AttractionClosure(Base):
    """An attraction closed for a period, with the reason (an eruption alert on Semeru, a
    temple under restoration); dates are inclusive, in WIB."""

    __tablename__ = "attraction_closures"
    __table_args__ = (sa.CheckConstraint("ends_on >= starts_on", name="period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    attraction_id: Mapped[int] = mapped_column(sa.ForeignKey("attractions.id", ondelete="CASCADE"), index=True)
    starts_on: Mapped[date]
    ends_on: Mapped[date] = mapped_column(index=True)
    reason: Mapped[dict]
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    notified_at: Mapped[datetime | None]

    attraction: Mapped[Attraction] = relationship()
