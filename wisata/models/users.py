"""Users: travellers, partner staff (through memberships) and tourism-office admins."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

import sqlalchemy as sa
from flask_login import UserMixin
from sqlalchemy.orm import Mapped, mapped_column, relationship

from wisata.models.base import Base, TimestampMixin, utcnow

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
        """Flask-Login's identity: the user and the token of this device's session."""
        return f"{self.id}:{getattr(self, 'session_token', '')}"

    def __repr__(self) -> str:
        return f"<User {self.email}>"


class UserSession(Base):
    """One signed-in device. Signing out deletes it; a password change deletes them all.

    Only a hash of the token is stored: the token itself lives in the browser's signed
    session (and remember-me) cookie.
    """

    __tablename__ = "user_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(index=True)
