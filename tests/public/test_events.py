"""Public events: filters by region and month, the event page's trips, the Atom feed and
the iCalendar files (read back with feedparser and icalendar)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import feedparser
import pytest
from icalendar import Calendar

from wisata import timeutil
from wisata.extensions import db
from wisata.models import Event, EventKind, OrganisationStatus, PackageStatus


def _event(region, slug: str, starts: datetime, hours: int = 4, **fields) -> Event:
    defaults = dict(slug=slug, region=region, kind=EventKind.FESTIVAL, published=True,
                    title={"id": f"Acara {slug}", "en": f"Event {slug}"},
                    summary={"id": f"Ringkasan {slug}", "en": f"Summary {slug}"},
                    venue={"id": "Alun-alun", "en": "Town square"},
                    starts_at=starts, ends_at=starts + timedelta(hours=hours))
    defaults.update(fields)
    event = Event(**defaults)
    db.session.add(event)
    db.session.commit()
    return event


def _month_start(months_ahead: int) -> date:
    today = timeutil.today()
    index = today.month - 1 + months_ahead
    return date(today.year + index // 12, index % 12 + 1, 1)


@pytest.fixture
def calendar_of_events(make):
    malang, jambi = make.region("malang"), make.region("jambi")
    next_month, later = _month_start(1), _month_start(3)
    return {
        "malang_next": _event(malang, "malang-next", timeutil.wib(next_month, time(10, 0))),
        "jambi_next": _event(jambi, "jambi-next", timeutil.wib(next_month + timedelta(days=5), time(9, 0))),
        "jambi_later": _event(jambi, "jambi-later", timeutil.wib(later, time(19, 0))),
        "past": _event(malang, "past", timeutil.now() - timedelta(days=3)),
        "draft": _event(malang, "draft", timeutil.wib(next_month, time(8, 0)), published=False),
        "month": next_month,
    }


def _slugs_on(client, url: str) -> set[str]:
    html = client.get(url).get_data(as_text=True)
    return {slug for slug in ("malang-next", "jambi-next", "jambi-later", "past", "draft")
            if f"/events/{slug}\"" in html}


def test_events_filter_by_region_and_month(client, calendar_of_events):
    month = calendar_of_events["month"].strftime("%Y-%m")
    assert _slugs_on(client, "/en/events") == {"malang-next", "jambi-next", "jambi-later"}
    assert _slugs_on(client, "/en/events?region=jambi") == {"jambi-next", "jambi-later"}
    assert _slugs_on(client, f"/id/events?month={month}") == {"malang-next", "jambi-next"}
    assert _slugs_on(client, f"/en/events?region=malang&month={month}") == {"malang-next"}
    assert _slugs_on(client, "/en/events?region=&month=") == {"malang-next", "jambi-next", "jambi-later"}


def test_an_event_running_into_a_month_is_shown_in_that_month(client, make):
    starts = timeutil.wib(_month_start(2) - timedelta(days=1), time(20, 0))
    _event(make.region("malang"), "across", starts, hours=30)
    assert "/events/across\"" in client.get(f"/en/events?month={_month_start(2):%Y-%m}").get_data(as_text=True)
    assert "/events/across\"" in client.get(f"/en/events?month={_month_start(1):%Y-%m}").get_data(as_text=True)


@pytest.mark.parametrize("query", ["region=bali", "month=2027-13", "month=2027-9", "month=27-09", "month=soon",
                                   "month=2027-09-01", "region=malang&month=1999-12"])
@pytest.mark.parametrize("lang, message", [("en", "Please correct them"), ("id", "Silakan perbaiki")])
def test_bad_event_filters_get_a_localized_400(client, calendar_of_events, query, lang, message):
    response = client.get(f"/{lang}/events?{query}")
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert f'<html lang="{lang}">' in html and message in html
    assert "/events/malang-next\"" not in html


def test_event_page_shows_only_publicly_offered_trips_and_links_its_calendar(client, make):
    malang = make.region("malang")
    agency = make.organisation(malang)
    suspended = make.organisation(malang, status=OrganisationStatus.SUSPENDED)
    shown = make.package(agency, title={"id": "Bromo Pagi", "en": "Bromo Sunrise"})
    draft = make.package(agency, status=PackageStatus.DRAFT, title={"id": "Draf", "en": "Draft Trip"})
    hidden = make.package(suspended, title={"id": "Tersembunyi", "en": "Hidden Trip"})
    _event(malang, "carnival", timeutil.now() + timedelta(days=10), packages=[shown, draft, hidden])
    for lang in ("en", "id"):
        html = client.get(f"/{lang}/events/carnival").get_data(as_text=True)
        assert shown.title[lang] in html
        assert draft.title[lang] not in html and hidden.title[lang] not in html
        assert f"/{lang}/events/carnival.ics" in html
        events_page = client.get(f"/{lang}/events").get_data(as_text=True)
        assert f"/events.atom?lang={lang}" in events_page and f"/events.ics?lang={lang}" in events_page


def test_atom_feed_of_published_events_parses(client, calendar_of_events):
    for lang in ("id", "en"):
        response = client.get(f"/events.atom?lang={lang}" if lang == "en" else "/events.atom")
        assert response.status_code == 200 and response.mimetype == "application/atom+xml"
        feed = feedparser.parse(response.data)
        assert not feed.bozo, feed.bozo_exception
        assert feed.version == "atom10"
        titles = {entry.title for entry in feed.entries}
        word = "Event" if lang == "en" else "Acara"
        assert titles == {f"{word} {slug}" for slug in ("malang-next", "jambi-next", "jambi-later", "past")}
        for entry in feed.entries:
            assert entry.id.startswith("tag:wisata-malang-jambi.id") and entry.updated_parsed
            assert entry.link.startswith(f"http://wisata.test/{lang}/events/")
            assert entry.summary.startswith("Summary" if lang == "en" else "Ringkasan")
    ids = {e.id for e in feedparser.parse(client.get("/events.atom?lang=en").data).entries}
    assert ids == {e.id for e in feedparser.parse(client.get("/events.atom").data).entries}
    assert client.get("/events.atom?lang=xx").status_code == 200  # unknown language: the default


def test_one_event_as_icalendar_in_the_jakarta_zone(client, calendar_of_events):
    event = calendar_of_events["jambi_next"]
    uids = set()
    for lang, title in (("en", "Event jambi-next"), ("id", "Acara jambi-next")):
        response = client.get(f"/{lang}/events/jambi-next.ics")
        assert response.status_code == 200 and response.mimetype == "text/calendar"
        cal = Calendar.from_ical(response.data)
        [entry] = cal.walk("VEVENT")
        assert str(entry["summary"]) == title
        start, end = entry.decoded("dtstart"), entry.decoded("dtend")
        assert str(start.tzinfo) == "Asia/Jakarta" and start.hour == 9
        assert start == event.starts_at and end == event.ends_at
        assert str(entry["url"]) == f"http://wisata.test/{lang}/events/jambi-next"
        assert [tz["tzid"] for tz in cal.walk("VTIMEZONE")] == ["Asia/Jakarta"]
        uids.add(str(entry["uid"]))
    assert len(uids) == 1  # the same event whatever the language
    assert client.get("/en/events/draft.ics").status_code == 404
    assert client.get("/en/events/nothing.ics").status_code == 404
    whole = Calendar.from_ical(client.get("/events.ics?lang=en").data)
    assert str(entry["uid"]) in {str(e["uid"]) for e in whole.walk("VEVENT")}
