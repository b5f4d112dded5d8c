"""Deposits: a package may ask for a share of the total to confirm a booking, the balance
being due a number of days before departure.

The deposit is fixed when the booking is made (`Booking.deposit_amount`, `balance_due_on`);
a booking made after the balance's due date pays in full. One reminder is sent a few days
before the due date. An unpaid balance follows the package's cancellation policy: the day
after the due date the booking is cancelled as if the traveller had cancelled that day, so
the traveller gets back the policy's share of what was paid, and the seats go back on sale.
"""

from __future__ import annotations

from datetime import date, timedelta

import sqlalchemy as sa
from flask_babel import gettext as _

from wisata import timeutil
from wisata.database import begin_write
from wisata.errors import DomainError
from wisata.extensions import db
from wisata.models import Booking, BookingStatus, Organisation, Package
from wisata.services import money

REMINDER_DAYS = 3  # the reminder goes this many days before the balance is due
PERCENT_RANGE = (10, 90)
DAYS_RANGE = (1, 90)


def terms_for(package: Package, total: int, departure_date: date, today: date) -> tuple[int | None, date | None]:
    """(deposit, balance due date) for a booking made today, or (None, None): pay in full."""
    if not package.deposit_percent or not package.balance_due_days:
        return None, None
    due_on = departure_date - timedelta(days=package.balance_due_days)
    deposit = -(-total * package.deposit_percent // 100)  # whole rupiah, rounded up
    if due_on <= today or not 0 < deposit < total:
        return None, None
    return deposit, due_on


def set_terms(organisation: Organisation, terms: dict[int, tuple[int | None, int | None]]) -> None:
    """Set the deposit terms of the organisation's packages: {package id: (percent, days)},
    (None, None) for none. Bookings already made keep theirs. The caller commits."""
    low, high = PERCENT_RANGE
    first, last = DAYS_RANGE
    for package_id, (percent, days) in terms.items():
        if (percent is None) != (days is None):
            raise DomainError(_("Give both the deposit and the days before departure, or neither."))
        if percent is not None and not (low <= percent <= high and first <= days <= last):
            raise DomainError(_("A deposit is %(low)s to %(high)s%% of the total, due in full %(first)s to "
                                "%(last)s days before departure.", low=low, high=high, first=first, last=last))
        db.session.execute(
            sa.update(Package).where(Package.id == package_id, Package.organisation_id == organisation.id)
            .values(deposit_percent=percent, balance_due_days=days).execution_options(synchronize_session=False)
        )


def _balance_open():
    return sa.and_(Booking.status == BookingStatus.CONFIRMED, Booking.balance_due_on.is_not(None),
                   Booking.paid_at.is_(None))


def send_reminders(today: date | None = None) -> int:
    """Remind each traveller whose balance is due within `REMINDER_DAYS`, once per booking."""
    from wisata.services import notifications

    today = today or timeutil.today()
    due = db.session.scalars(sa.select(Booking.id).where(
        _balance_open(), Booking.balance_reminded_at.is_(None),
        Booking.balance_due_on <= today + timedelta(days=REMINDER_DAYS), Booking.balance_due_on >= today,
    ).order_by(Booking.id)).all()
    sent = 0
    for booking_id in due:
        begin_write()
        marked = db.session.execute(
            sa.update(Booking).where(Booking.id == booking_id, _balance_open(), Booking.balance_reminded_at.is_(None))
            .values(balance_reminded_at=timeutil.now()).execution_options(synchronize_session=False)
        ).rowcount
        if marked:
            booking = db.session.get(Booking, booking_id, populate_existing=True)
            notifications.balance_due(booking, money.outstanding(booking))
            sent += 1
        db.session.commit()
    return sent


def cancel_overdue(today: date | None = None) -> int:
    """Cancel the bookings whose balance is still unpaid after its due date, under the
    package's cancellation policy; returns how many."""
    from wisata.services import booking as booking_service
    from wisata.services import notifications

    today = today or timeutil.today()
    overdue = db.session.scalars(sa.select(Booking.id).where(_balance_open(), Booking.balance_due_on < today)
                                 .order_by(Booking.id)).all()
    cancelled = 0
    for booking_id in overdue:
        booking = db.session.get(Booking, booking_id, populate_existing=True)
        try:
            booking_service.cancel(booking, reason=_balance_reason(booking), today=today)
        except booking_service.BookingError:
            db.session.rollback()
            continue
        notifications.balance_overdue(booking)
        db.session.commit()
        cancelled += 1
    return cancelled


def _balance_reason(booking: Booking) -> str:
    return f"balance not paid by {booking.balance_due_on.isoformat()}"
