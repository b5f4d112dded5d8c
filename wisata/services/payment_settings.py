"""A partner's ways of being paid: its static QRIS (pasted or read from a photo of the
sticker), and the packages that offer it."""

from __future__ import annotations

import sqlalchemy as sa
from werkzeug.datastructures import FileStorage

from wisata.extensions import db
from wisata.models import Organisation, Package
from wisata.services import photos, qris
from wisata.services.office import audit


def read_qris(payload: str | None, photo: FileStorage | None) -> qris.Qris:
    """The partner's static QRIS from the pasted text or, if none, from the photo; raises
    qris.QrisError with the reason."""
    if not (payload or "").strip() and photo is not None and photo.filename:
        try:
            payload = qris.decode_image(photos.read_limited(photo.stream))
        except photos.PhotoRejected as error:
            raise qris.QrisError(str(error)) from None
    return qris.parse_static(payload or "")


def set_qris(organisation: Organisation, static: qris.Qris | None) -> None:
    """Keep the static QRIS exactly as read (None: stop taking QRIS); the caller commits."""
    organisation.qris_payload = static.payload if static is not None else None
    audit.record("partner.qris_changed" if static else "partner.qris_removed",
                 region_id=organisation.region_id, organisation_id=organisation.id,
                 subject=f"organisation:{organisation.slug}",
                 merchant=static.merchant_name if static else None,
                 nmid=static.national_merchant_id if static else None)


def set_qris_packages(organisation: Organisation, enabled_ids: set[int]) -> None:
    """Offer QRIS on the organisation's packages in `enabled_ids`, not on the others."""
    own = Package.organisation_id == organisation.id
    db.session.execute(sa.update(Package).where(own).values(
        qris_enabled=Package.id.in_(enabled_ids) if enabled_ids else sa.false()
    ).execution_options(synchronize_session=False))
