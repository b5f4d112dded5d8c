"""The audit trail: one row per decision or sensitive change, written in the change's own
transaction, read by the offices for their region, never edited from the site."""

from __future__ import annotations

import sqlalchemy as sa
from flask import has_request_context, request
from flask_login import current_user

from wisata.extensions import db
from wisata.models import AuditEntry, Region, User


def record(action: str, *, actor: User | None = None, region_id: int | None = None,
           organisation_id: int | None = None, subject: str | None = None, **details) -> AuditEntry:
    """Add an entry to the current transaction. `actor` defaults to the signed-in user;
    the address is the client's (behind the configured proxies, see wisata/deployment.py)."""
    if actor is None and has_request_context() and current_user.is_authenticated:
        actor = current_user._get_current_object()
    entry = AuditEntry(
        action=action,
        actor_id=actor.id if actor is not None else None,
        actor_label=actor.email if actor is not None else details.pop("actor_label", None),
        region_id=region_id,
        organisation_id=organisation_id,
        subject=subject,
        details={k: v for k, v in details.items() if v is not None},
        ip=request.remote_addr if has_request_context() else None,
    )
    db.session.add(entry)
    return entry


def entries_for(region: Region, action: str | None = None, page: int = 1, per_page: int = 50):
    """The region's entries, newest first (a page of them)."""
    query = sa.select(AuditEntry).where(AuditEntry.region_id == region.id)
    if action:
        query = query.where(AuditEntry.action == action)
    return db.paginate(query.order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc()),
                       page=page, per_page=per_page, error_out=False)
