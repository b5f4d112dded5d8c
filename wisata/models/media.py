"""Photos: stored under random names in the media folder, never served as uploaded."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from wisata.models.base import Base, TimestampMixin


class Photo(TimestampMixin, Base):
    __tablename__ = "photos"
    __table_args__ = (sa.CheckConstraint("format IN ('svg', 'webp')", name="format"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Random storage key: files are <key>.svg, or <key>-<width>.webp for each width.
    key: Mapped[str] = mapped_column(sa.String(64), unique=True)
    format: Mapped[str] = mapped_column(sa.String(8))
    widths: Mapped[list[int]] = mapped_column(sa.JSON, default=list)
    width: Mapped[int] = mapped_column(default=1200)
    height: Mapped[int] = mapped_column(default=750)
    alt: Mapped[dict | None]
