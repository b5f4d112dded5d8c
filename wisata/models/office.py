"""The tourism offices' records: the audit trail and the yearly targets."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from wisata.models.base import Base, TimestampMixin, utcnow


class AuditEntry(Base):
    """Who did what, when, from which address: office decisions, membership changes,
    sign-ins (failed ones too), password and e-mail changes, staff's booking changes.

    Written by the services in the same transaction as the change; the site only ever
    reads it (the offices see their region's entries), never edits it."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"), index=True)
    actor_label: Mapped[str | None] = mapped_column(sa.String(254))  # the e-mail, kept if the user goes
    action: Mapped[str] = mapped_column(sa.String(64), index=True)
    region_id: Mapped[int | None] = mapped_column(sa.ForeignKey("regions.id"), index=True)
    organisation_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("organisations.id", ondelete="SET NULL"), index=True
    )
    subject: Mapped[str | None] = mapped_column(sa.String(120))  # "booking:WJ7K2M9Q", "package:12"
    details: Mapped[dict] = mapped_column(sa.JSON, default=dict)
    ip: Mapped[str | None] = mapped_column(sa.String(45))


class OfficeTarget(TimestampMixin, Base):
    """A yearly target an office sets for one of its figures (see
    wisata/services/reporting/figures.py TARGET_METRICS), shown as progress on the dashboard."""

    __tablename__ = "office_targets"
    __table_args__ = (
        sa.UniqueConstraint("region_id", "year", "metric"),
        sa.CheckConstraint("value > 0", name="value"),
        sa.CheckConstraint("year BETWEEN 2000 AND 2100", name="year"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    region_id: Mapped[int] = mapped_column(sa.ForeignKey("regions.id"), index=True)
    year: Mapped[int]
    metric: Mapped[str] = mapped_column(sa.String(40))
    value: Mapped[int] = mapped_column(sa.BigInteger)
    set_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
