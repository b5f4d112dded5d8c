"""The tourism offices' records: the audit trail."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from wisata.models.base import Base, utcnow


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
