"""Bank transfers that match themselves: a unique amount per unpaid transfer, the traveller's
"I have paid" with a receipt, and the receipt's checks.

Each unpaid bank-transfer booking of a partner asks for its own amount: the total plus a
code of 1 to 999 rupiah (the "kode unik" Indonesian shops use), so the partner recognises
a transfer on its statement by the amount alone. The database refuses two unpaid bookings
of one partner with the same amount (a partial unique index); the choice is serialised per
partner (an advisory lock on PostgreSQL, SQLite's single writer), so two bookings racing for
an amount never both pick it.
"""

from __future__ import annotations

import io
import secrets
from datetime import timedelta

import sqlalchemy as sa
from flask_babel import gettext as _
from werkzeug.datastructures import FileStorage

from wisata import timeutil
from wisata.database import begin_write
from wisata.errors import DomainError
from wisata.extensions import db
from wisata.models import Booking, BookingStatus, TransferReceipt
from wisata.services import payments, photos

CODES = range(1, 1000)
CLAIMABLE = (BookingStatus.PENDING_PAYMENT, BookingStatus.CONFIRMED)
RECEIPT_MAX_BYTES = 5 * 1024 * 1024
PDF_MAGIC = b"%PDF-"
# How long saying "I have paid" keeps the seats (once), so the partner has time to look.
CLAIM_HOLD = timedelta(hours=48)


class ReceiptRejected(DomainError):
    """A receipt that cannot be kept; `str(error)` is the localized reason."""

    status_code = 400


def unique_amount(organisation_id: int, total: int) -> int | None:
    """A free amount between total + 1 and total + 999 for the partner's next unpaid
    transfer, or None if every one is taken. Call inside the booking's write transaction."""
    if db.session.get_bind().dialect.name == "postgresql":
        key = sa.func.hashtext(f"transfer-amounts:{organisation_id}")
        db.session.execute(sa.select(sa.func.pg_advisory_xact_lock(key)))
    taken = set(db.session.scalars(sa.select(Booking.transfer_amount).where(
        Booking.payee_organisation_id == organisation_id, Booking.status == BookingStatus.PENDING_PAYMENT,
        Booking.transfer_amount.between(total + CODES.start, total + CODES.stop - 1),
    )))
    free = [total + code for code in CODES if total + code not in taken]
    return secrets.choice(free) if free else None


def may_claim(booking: Booking) -> bool:
    """Whether the traveller can say "I have paid" (a transfer the partner checks by hand):
    the booking awaits its payment, or its deposit is paid and the balance is not."""
    from wisata.services import money  # money imports the payment options too

    return (booking.status in CLAIMABLE and money.due_now(booking) > 0
            and payments.option(booking.payment_method).paid_by_traveller_claim)


def claim_paid(booking: Booking, upload: FileStorage | None = None) -> bool:
    """The traveller says the money is sent, with a receipt if given; the caller commits.
    The first claim keeps the seats `CLAIM_HOLD` longer. Returns whether it is the first."""
    receipt = read_receipt(upload) if upload is not None and upload.filename else None
    begin_write()
    db.session.refresh(booking)
    if not may_claim(booking):
        raise DomainError(_("This booking is not awaiting a transfer."), 409)
    first = booking.payment_claimed_at is None  # cleared by each payment recorded
    values = {"payment_claimed_at": booking.payment_claimed_at or timeutil.now()}
    if first and booking.hold_expires_at is not None:
        values["hold_expires_at"] = max(booking.hold_expires_at, timeutil.now() + CLAIM_HOLD)
    result = db.session.execute(
        sa.update(Booking).where(Booking.id == booking.id, Booking.status == booking.status)
        .values(**values).execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        raise DomainError(_("This booking was changed in the meantime. Please reload the page."), 409)
    if receipt is not None:
        content_type, data = receipt
        db.session.execute(sa.delete(TransferReceipt).where(TransferReceipt.booking_id == booking.id))
        db.session.add(TransferReceipt(booking_id=booking.id, content_type=content_type, size=len(data),
                                       data=data, uploaded_at=timeutil.now()))
    db.session.flush()
    db.session.refresh(booking)
    return first


def read_receipt(upload: FileStorage) -> tuple[str, bytes]:
    """The receipt as (content type, bytes): a photo or screenshot passes the photo checks
    and is re-encoded (nothing of the uploaded file is kept but its pixels), a PDF is
    recognised by its first bytes; anything else is refused."""
    stream = getattr(upload, "stream", None)
    if stream is None:
        raise _not_a_receipt()
    try:
        data = photos.read_limited(stream, RECEIPT_MAX_BYTES)
    except photos.PhotoRejected:
        raise ReceiptRejected(_("The file is too large: at most %(mb)s MB.",
                                mb=RECEIPT_MAX_BYTES // (1024 * 1024))) from None
    if data.startswith(PDF_MAGIC):
        return "application/pdf", data
    try:
        image = photos.decode_image(data)
    except photos.PhotoRejected as error:
        raise (_not_a_receipt() if error.reason == "not_image" else ReceiptRejected(str(error))) from None
    buffer = io.BytesIO()
    image.save(buffer, "WEBP", **photos.WEBP_OPTIONS)
    return "image/webp", buffer.getvalue()


def _not_a_receipt() -> ReceiptRejected:
    return ReceiptRejected(_("This file is neither a photo nor a PDF. Upload a photo or screenshot of the "
                             "transfer (JPEG, PNG or WebP) or the bank's PDF."))


def receipt_of(booking: Booking) -> TransferReceipt | None:
    return db.session.scalar(sa.select(TransferReceipt).where(TransferReceipt.booking_id == booking.id)
                             .options(sa.orm.undefer(TransferReceipt.data)))
