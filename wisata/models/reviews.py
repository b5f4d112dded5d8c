"""Reviews: one per completed booking, shown on the package."""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from wisata.models.base import Base, TimestampMixin

if TYPE_CHECKING:
    from wisata.models.bookings import Booking


class Review(TimestampMixin, Base):
    __tablename__ = "reviews"
    __table_args__ = (
        sa.CheckConstraint("rating BETWEEN 1 AND 5", name="rating"),
        sa.Index("ix_reviews_package_visible_created", "package_id", "visible", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    booking_id: Mapped[int] = mapped_column(
        sa.ForeignKey("bookings.id", ondelete="CASCADE"), unique=True
    )
    package_id: Mapped[int] = mapped_column(sa.ForeignKey("packages.id"), index=True)
    rating: Mapped[int]
    author_name: Mapped[str] = mapped_column(sa.String(120))
    origin_country: Mapped[str | None] = mapped_column(sa.String(2))
    locale: Mapped[str] = mapped_column(sa.String(8))
    comment: Mapped[str] = mapped_column(sa.Text)
    visible: Mapped[bool] = mapped_column(default=True)

    booking: Mapped[Booking] = relationship()
