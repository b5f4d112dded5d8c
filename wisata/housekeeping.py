"""The periodic work the scheduler runs (see wisata/scheduler.py for how)."""

from __future__ import annotations

from datetime import timedelta

from wisata import jobs, ratelimit
from wisata.extensions import db
from wisata.scheduler import periodic
from wisata.services import booking, deposits, package_figures, photos, privacy


@periodic("retry-jobs", every=timedelta(minutes=1))
def retry_jobs() -> int:
    return jobs.sweep()


@periodic("expire-holds", every=timedelta(minutes=5))
def expire_holds() -> int:
    return booking.expire_holds()


@periodic("complete-trips", every=timedelta(hours=1))
def complete_trips() -> int:
    return booking.complete_past_trips()


@periodic("roll-package-dates", every=timedelta(minutes=15))
def roll_package_dates() -> int:
    """Packages whose next departure date has passed get their next one."""
    return package_figures.roll_dates(db.session)


@periodic("purge-jobs", every=timedelta(days=1))
def purge_jobs() -> int:
    return jobs.purge()


@periodic("purge-rate-limits", every=timedelta(hours=1))
def purge_rate_limits() -> int:
    return ratelimit.purge_expired()


@periodic("remove-orphan-media", every=timedelta(days=1))
def remove_orphan_media() -> int:
    """Files of uploads that were killed half-way or whose photo is gone."""
    return len(photos.remove_orphans(older_than=timedelta(days=1)))


@periodic("erase-kept-contacts", every=timedelta(days=1))
def erase_kept_contacts() -> int:
    """Contact details a deleted account's bookings kept until their trip was over."""
    return privacy.erase_kept_contacts()


@periodic("balance-reminders", every=timedelta(hours=1))
def balance_reminders() -> int:
    """One e-mail per booking a few days before the balance after a deposit is due."""
    return deposits.send_reminders()


@periodic("overdue-balances", every=timedelta(hours=1))
def overdue_balances() -> int:
    """Bookings whose balance was not paid by its due date, cancelled under their policy."""
    return deposits.cancel_overdue()
