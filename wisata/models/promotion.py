"""Promotion by the tourism offices: events and promo codes."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from wisata.models.base import Base, TimestampMixin, enum_column
from wisata.models.media import Photo

if TYPE_CHECKING:
    from wisata.models.catalog import Package, Region


class EventKind(enum.Enum):
    FESTIVAL = "festival"
    FAIR = "fair"
    CULTURAL_EXCHANGE = "cultural_exchange"
    CAMPAIGN = "campaign"


event_packages = sa.Table(
    "event_packages",
    Base.metadata,
    sa.Column("event_id", sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("package_id", sa.ForeignKey("packages.id", ondelete="CASCADE"), primary_key=True),
)


class Event(TimestampMixin, Base):
    __tablename__ = "events"
    __table_args__ = (sa.CheckConstraint("ends_at >= starts_at", name="period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(sa.String(100), unique=True)
    region_id: Mapped[int] = mapped_column(sa.ForeignKey("regions.id"), index=True)
    kind: Mapped[EventKind] = enum_column(EventKind, "event_kind")
    title: Mapped[dict]
    summary: Mapped[dict | None]
    description: Mapped[dict | None]
    venue: Mapped[dict | None]
    starts_at: Mapped[datetime] = mapped_column(index=True)
    ends_at: Mapped[datetime]
    photo_id: Mapped[int | None] = mapped_column(sa.ForeignKey("photos.id"))
    published: Mapped[bool] = mapped_column(default=False)
    created_by_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("users.id", ondelete="SET NULL")
    )

    region: Mapped[Region] = relationship()
    photo: Mapped[Photo | None] = relationship()
    packages: Mapped[list[Package]] = relationship(secondary=event_packages)


class PromoCode(TimestampMixin, Base):
    __tablename__ = "promo_codes"
    __table_args__ = (
        sa.CheckConstraint(
            "(percent_off IS NULL) <> (amount_off IS NULL)", name="one_discount"
        ),
        sa.CheckConstraint("percent_off IS NULL OR (percent_off BETWEEN 1 AND 100)", name="percent"),
        sa.CheckConstraint("amount_off IS NULL OR amount_off > 0", name="amount"),
        sa.CheckConstraint("max_uses IS NULL OR used_count <= max_uses", name="uses"),
        sa.CheckConstraint("used_count >= 0", name="used_count"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(sa.String(32), unique=True)
    description: Mapped[dict | None]
    percent_off: Mapped[int | None]
    amount_off: Mapped[int | None] = mapped_column(sa.BigInteger)
    valid_from: Mapped[datetime | None]
    valid_until: Mapped[datetime | None]
    max_uses: Mapped[int | None]
    used_count: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)
    # Scope: everything (none set), one region, one partner or one package; at most one.
    region_id: Mapped[int | None] = mapped_column(sa.ForeignKey("regions.id"))
    organisation_id: Mapped[int | None] = mapped_column(sa.ForeignKey("organisations.id"))
    package_id: Mapped[int | None] = mapped_column(sa.ForeignKey("packages.id"))
    campaign_id: Mapped[int | None] = mapped_column(sa.ForeignKey("campaigns.id", ondelete="SET NULL"))
    created_by_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("users.id", ondelete="SET NULL")
    )


campaign_packages = sa.Table(
    "campaign_packages",
    Base.metadata,
    sa.Column("campaign_id", sa.ForeignKey("campaigns.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("package_id", sa.ForeignKey("packages.id", ondelete="CASCADE"), primary_key=True),
)

campaign_events = sa.Table(
    "campaign_events",
    Base.metadata,
    sa.Column("campaign_id", sa.ForeignKey("campaigns.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("event_id", sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
)


class Campaign(TimestampMixin, Base):
    """A promotion page run by a tourism office (or both): a text, its packages and events,
    and its own promo code if it has one (`PromoCode.campaign_id`)."""

    __tablename__ = "campaigns"
    __table_args__ = (sa.CheckConstraint("ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on",
                                         name="period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(sa.String(100), unique=True)
    region_id: Mapped[int | None] = mapped_column(sa.ForeignKey("regions.id"), index=True)
    title: Mapped[dict]
    summary: Mapped[dict | None]
    body: Mapped[dict | None]
    photo_id: Mapped[int | None] = mapped_column(sa.ForeignKey("photos.id"))
    starts_on: Mapped[date | None]
    ends_on: Mapped[date | None]
    published: Mapped[bool] = mapped_column(default=False)
    created_by_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("users.id", ondelete="SET NULL")
    )

    region: Mapped[Region | None] = relationship()
    photo: Mapped[Photo | None] = relationship()
    packages: Mapped[list[Package]] = relationship(secondary=campaign_packages)
    events: Mapped[list[Event]] = relationship(secondary=campaign_events)
    promo_codes: Mapped[list[PromoCode]] = relationship(foreign_keys="PromoCode.campaign_id", viewonly=True)
