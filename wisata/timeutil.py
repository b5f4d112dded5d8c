"""Time in the site's zone: both regions use WIB (Asia/Jakarta, UTC+7)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

WIB = ZoneInfo("Asia/Jakarta")


def now() -> datetime:
    return datetime.now(UTC)


def today() -> date:
    """Today's date in WIB."""
    return datetime.now(WIB).date()


def wib(day: date, at: time) -> datetime:
    """An aware datetime for a WIB wall-clock date and time."""
    return datetime.combine(day, at, tzinfo=WIB)
