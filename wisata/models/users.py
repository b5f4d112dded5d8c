"""Users: travellers, partner staff (through memberships) and tourism-office admins."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

import sqlalchemy as sa
from flask_login import UserMixin
from sqlalchemy.orm import Mapped, mapped_column, relationship

from wisata.models.base import Base, TimestampMixin

if TYPE_CHECKING:
    from wisata.models.catalog import Region
    from wisata.models.partners import Membership


class User(UserMixin, TimestampMixin, Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(sa.String(254), unique=True)
    name: Mapped[str] = mapped_column(sa.String(120))
    password_hash: Mapped[str | None] = mapped_column(sa.String(255))
    locale: Mapped[str] = mapped_column(sa.String(8), default="id")
    active: Mapped[bool] = mapped_column(default=True)
    email_verified_at: Mapped[datetime | None]
    last_login_at: Mapped[datetime | None]
    # Bumped on password change or logout-everywhere; part of the session's identity.
    session_version: Mapped[int] = mapped_column(default=1)
    # Set for a tourism-office admin: the region whose office they work for.
    office_region_id: Mapped[int | None] = mapped_column(sa.ForeignKey("regions.id"), index=True)

    office_region: Mapped[Region | None] = relationship()
    memberships: Mapped[list[Membership]] = relationship(
        back_populates="user", cascade="all, delete-orphan"
    )

    @property
    def is_active(self) -> bool:  # Flask-Login
        return self.active

    @property
    def is_office_admin(self) -> bool:
        return self.office_region_id is not None

    def get_id(self) -> str:
        return f"{self.id}:{self.session_version}"

    def __repr__(self) -> str:
        return f"<User {self.email}>"
