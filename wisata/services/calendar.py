"""iCalendar files: a booked trip, and the public events calendar."""

from __future__ import annotations

from datetime import datetime, timedelta

from icalendar import Calendar
from icalendar import Event as CalendarEvent

from wisata import timeutil
from wisata.i18n import tr
from wisata.models import Booking, Event

PRODID = "-//Wisata Malang-Jambi//wisata-malang-jambi.id//"


def _calendar(name: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Asia/Jakarta")
    return cal


def booking_calendar(booking: Booking, link: str) -> bytes:
    departure = booking.departure
    package = departure.package
    lang = booking.locale
    cal = _calendar(tr(package.title, lang))
    entry = CalendarEvent()
    entry.add("uid", f"booking-{booking.code}@wisata-malang-jambi.id")
    entry.add("dtstamp", timeutil.now())
    starts = timeutil.wib(departure.date, departure.start_time)
    entry.add("dtstart", starts)
    end_day = departure.date + timedelta(days=package.duration_days - 1)
    entry.add("dtend", datetime.combine(end_day, datetime.max.time(), tzinfo=timeutil.WIB).replace(microsecond=0)
              if package.duration_days > 1 else starts + timedelta(hours=10))
    entry.add("summary", f"{tr(package.title, lang)} ({booking.code})")
    entry.add("location", tr(package.meeting_point, lang))
    entry.add("description", link)
    entry.add("url", link)
    cal.add_component(entry)
    return cal.to_ical()


def events_calendar(events: list[Event], lang: str, link_for) -> bytes:
    cal = _calendar("Wisata Malang–Jambi")
    for event in events:
        entry = CalendarEvent()
        entry.add("uid", f"event-{event.slug}@wisata-malang-jambi.id")
        entry.add("dtstamp", event.updated_at or timeutil.now())
        entry.add("dtstart", event.starts_at.astimezone(timeutil.WIB))
        entry.add("dtend", event.ends_at.astimezone(timeutil.WIB))
        entry.add("summary", tr(event.title, lang))
        entry.add("location", tr(event.venue, lang))
        entry.add("description", tr(event.summary, lang))
        entry.add("url", link_for(event))
        cal.add_component(entry)
    return cal.to_ical()
