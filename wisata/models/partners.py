"""Partner organisations (travel agencies and hotels) and their members."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from wisata.models.base import Base, TimestampMixin, enum_column, utcnow

if TYPE_CHECKING:
    from wisata.models.catalog import Region
    from wisata.models.users import User


class OrganisationKind(enum.Enum):
    AGENCY = "agency"
    HOTEL = "hotel"


class OrganisationStatus(enum.Enum):
    PENDING = "pending"
    VERIFIED = "verified"
    SUSPENDED = "suspended"
    REJECTED = "rejected"


class MemberRole(enum.Enum):
    OWNER = "owner"
    STAFF = "staff"


class Organisation(TimestampMixin, Base):
    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(sa.String(80), unique=True)
    kind: Mapped[OrganisationKind] = enum_column(OrganisationKind, "organisation_kind")
    name: Mapped[str] = mapped_column(sa.String(160))
    legal_name: Mapped[str] = mapped_column(sa.String(200))
    region_id: Mapped[int] = mapped_column(sa.ForeignKey("regions.id"), index=True)
    address: Mapped[str] = mapped_column(sa.String(300))
    email: Mapped[str] = mapped_column(sa.String(254))
    phone: Mapped[str] = mapped_column(sa.String(32))
    website: Mapped[str | None] = mapped_column(sa.String(200))
    description: Mapped[dict | None]
    bank_name: Mapped[str] = mapped_column(sa.String(80))
    bank_account_number: Mapped[str] = mapped_column(sa.String(40))
    bank_account_holder: Mapped[str] = mapped_column(sa.String(160))
    # The partner's static QRIS (its sticker's text), kept exactly as read: each booking's
    # dynamic QRIS is made from it (wisata.services.qris). None: no QRIS.
    qris_payload: Mapped[str | None] = mapped_column(sa.String(512))
    status: Mapped[OrganisationStatus] = enum_column(
        OrganisationStatus, "organisation_status", default=OrganisationStatus.PENDING, index=True
    )
    verified_at: Mapped[datetime | None]
    verified_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    # The office's last decision and why (a rejection or suspension is explained to the partner).
    status_reason: Mapped[str | None] = mapped_column(sa.Text)
    status_changed_at: Mapped[datetime | None]
    # The documents an Indonesian tourism office checks: business number (NIB, 13 digits),
    # tourism business registration (TDUP), and the optional CHSE certificate.
    nib: Mapped[str | None] = mapped_column(sa.String(13))
    tdup_number: Mapped[str | None] = mapped_column(sa.String(60))
    chse_number: Mapped[str | None] = mapped_column(sa.String(60))
    chse_expires_on: Mapped[date | None]
    # The language the partner is written to in (decisions, notices).
    locale: Mapped[str] = mapped_column(sa.String(8), default="id")

    region: Mapped[Region] = relationship()
    members: Mapped[list[Membership]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan"
    )

    @property
    def is_verified(self) -> bool:
        return self.status is OrganisationStatus.VERIFIED


class Membership(TimestampMixin, Base):
    __tablename__ = "memberships"
    __table_args__ = (sa.UniqueConstraint("user_id", "organisation_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int] = mapped_column(
        sa.ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[MemberRole] = enum_column(MemberRole, "member_role", default=MemberRole.STAFF)

    user: Mapped[User] = relationship(back_populates="memberships")
    organisation: Mapped[Organisation] = relationship(back_populates="members")


class Invitation(Base):
    """A link e-mailed to join an organisation. Only the token's hash is stored. It can be
    used once (`used_at`), and is void once revoked (`revoked_at`: the person was invited
    anew or removed from the team) or past `expires_at`."""

    __tablename__ = "invitations"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        sa.ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    email: Mapped[str] = mapped_column(sa.String(254), index=True)
    role: Mapped[MemberRole] = enum_column(MemberRole, "member_role")
    token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    invited_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]

    organisation: Mapped[Organisation] = relationship()
