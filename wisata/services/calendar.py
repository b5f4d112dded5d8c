"""Calendar files: a booked trip and the public events as iCalendar, the events as Atom."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime, timedelta

from flask_babel import force_locale
from flask_babel import gettext as _
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


def _event_entry(event: Event, lang: str, link: str) -> CalendarEvent:
    """One event; its UID stays the same whatever changes, so calendars update it in place."""
    entry = CalendarEvent()
    entry.add("uid", f"event-{event.slug}@wisata-malang-jambi.id")  # slugs never change
    entry.add("dtstamp", event.updated_at or timeutil.now())
    entry.add("last-modified", event.updated_at or timeutil.now())
    entry.add("dtstart", event.starts_at.astimezone(timeutil.WIB))
    entry.add("dtend", event.ends_at.astimezone(timeutil.WIB))
    entry.add("summary", tr(event.title, lang))
    entry.add("location", tr(event.venue, lang))
    entry.add("description", tr(event.summary, lang))
    entry.add("url", link)
    return entry


def events_calendar(events: list[Event], lang: str, link_for) -> bytes:
    cal = _calendar("Wisata Malang–Jambi")
    for event in events:
        cal.add_component(_event_entry(event, lang, link_for(event)))
    cal.add_missing_timezones()
    return cal.to_ical()


def event_calendar(event: Event, lang: str, link: str) -> bytes:
    """One event as its own iCalendar file."""
    cal = _calendar(tr(event.title, lang))
    cal.add_component(_event_entry(event, lang, link))
    cal.add_missing_timezones()
    return cal.to_ical()


ATOM = "http://www.w3.org/2005/Atom"


def events_feed(events: list[Event], lang: str, feed_url: str, page_url: str, link_for) -> bytes:
    """Published events as an Atom feed, in `lang`. Built with ElementTree, so every text
    is escaped."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": lang})
    _text(feed, "id", feed_url)
    _text(feed, "title", "Wisata Malang–Jambi: " + _feed_title(lang))
    updated = max((e.updated_at for e in events if e.updated_at), default=timeutil.now())
    _text(feed, "updated", updated.isoformat())
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=feed_url, type="application/atom+xml")
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", href=page_url, type="text/html")
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _text(author, "name", "Wisata Malang–Jambi")
    for event in events:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        _text(entry, "id", f"tag:wisata-malang-jambi.id,2026:event-{event.id}")
        _text(entry, "title", tr(event.title, lang))
        _text(entry, "updated", (event.updated_at or event.created_at).isoformat())
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=link_for(event), type="text/html")
        _text(entry, "summary", tr(event.summary, lang))
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def _text(parent: ET.Element, name: str, text: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}{name}").text = text


def _feed_title(lang: str) -> str:
    with force_locale(lang):
        return _("Events")
