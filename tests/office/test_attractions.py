"""The office's attraction catalogue and closures: editing in both languages, the departures
a closure affects, the partners told once, the notices on the public pages, the region scope."""

from __future__ import annotations

import io

import pytest
import sqlalchemy as sa
from PIL import Image

from tests.factories import future
from tests.partner.conftest import login
from wisata import timeutil
from wisata.extensions import db
from wisata.models import (
    Attraction,
    AttractionClosure,
    AuditEntry,
    DepartureStatus,
    ItineraryDay,
    ItineraryStop,
)


def _form(**changes) -> dict:
    form = {
        "name_id": "Air Terjun Coban Pelangi", "name_en": "Coban Pelangi Waterfall",
        "summary_id": "Air terjun dengan pelangi pagi.", "summary_en": "A waterfall with morning rainbows.",
        "description_id": "Jalan kaki 20 menit.", "description_en": "A 20-minute walk.",
        "practical_info_id": "Bawa jas hujan.", "practical_info_en": "Bring a raincoat.",
        "area": "Poncokusumo, Kabupaten Malang", "latitude": "-8,0342", "longitude": "112.8391",
        "published": "y",
    }
    form.update(changes)
    return {k: v for k, v in form.items() if v is not None}


def _attraction_count() -> int:
    return db.session.scalar(sa.select(sa.func.count(Attraction.id)))


def _audit(action: str) -> list[AuditEntry]:
    return list(db.session.scalars(sa.select(AuditEntry).where(AuditEntry.action == action)))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_office_creates_an_attraction_in_both_languages(as_office, make, offices, lang):
    nature = make.category("nature")
    response = as_office().post(f"/{lang}/office/attractions/new", data=_form(categories=[str(nature.id)]))
    assert response.status_code == 303
    attraction = db.session.scalar(sa.select(Attraction))
    assert attraction.slug == "coban-pelangi-waterfall"
    assert attraction.region_id == offices["malang"].id
    assert attraction.name == {"id": "Air Terjun Coban Pelangi", "en": "Coban Pelangi Waterfall"}
    assert (attraction.latitude, attraction.longitude) == (-8.0342, 112.8391)  # comma or dot
    assert [c.slug for c in attraction.categories] == ["nature"]
    assert " pelangi " in attraction.search_text and " poncokusumo " in attraction.search_text
    assert [e.subject for e in _audit("attraction.created")] == [f"attraction:{attraction.id}"]
    page = as_office().get(f"/{lang}/attractions/{attraction.slug}").get_data(as_text=True)
    assert attraction.name[lang] in page


def test_the_slug_stays_unique(as_office, make, offices):
    make.attraction(offices["malang"], slug="coban-pelangi-waterfall")
    assert as_office().post("/en/office/attractions/new", data=_form()).status_code == 303
    assert db.session.scalar(sa.select(Attraction.slug).order_by(Attraction.id.desc()).limit(1)) \
        == "coban-pelangi-waterfall-2"


BAD_INPUT = [
    ({"latitude": "91"}, {"id": "Masukkan nilai dari", "en": "Enter a value from"}),
    ({"longitude": "-180,5"}, {"id": "Masukkan nilai dari", "en": "Enter a value from"}),
    ({"latitude": "nan"}, {"id": "Masukkan angka", "en": "Enter a number"}),
    ({"longitude": "east"}, {"id": "Masukkan angka", "en": "Enter a number"}),
    ({"longitude": ""}, {"id": "keduanya", "en": "Give both coordinates"}),
    ({"name_en": ""}, {"id": "Mohon perbaiki", "en": "Please correct"}),
    ({"name_id": "   "}, {"id": "Mohon perbaiki", "en": "Please correct"}),
]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("changes, message", BAD_INPUT)
def test_bad_attraction_input_is_refused_and_changes_nothing(as_office, make, offices, lang, changes, message):
    existing = make.attraction(offices["malang"], name={"id": "Lama", "en": "Old"}, latitude=-7.9, longitude=112.6)
    client = as_office()
    for url in (f"/{lang}/office/attractions/new", f"/{lang}/office/attractions/{existing.id}"):
        response = client.post(url, data=_form(**changes))
        assert response.status_code == 400, url
        assert message[lang] in response.get_data(as_text=True)
    db.session.expire_all()
    assert _attraction_count() == 1
    assert (existing.name, existing.latitude, existing.longitude) == ({"id": "Lama", "en": "Old"}, -7.9, 112.6)
    assert _audit("attraction.created") == _audit("attraction.updated") == []


def test_editing_refreshes_the_search_of_the_packages_that_visit(as_office, make, offices, office_partners):
    place = make.attraction(offices["malang"], name={"id": "Tempat Lama", "en": "Old Place"})
    package = make.package(office_partners["malang_verified"], attractions=[place])
    response = as_office().post(f"/id/office/attractions/{place.id}",
                                data=_form(name_id="Candi Badut", name_en="Badut Temple", published=None))
    assert response.status_code == 303
    db.session.expire_all()
    assert place.name["en"] == "Badut Temple" and not place.published
    assert place.slug.startswith("attraction-")  # links stay valid
    assert " badut " in package.search_text
    assert [e.subject for e in _audit("attraction.updated")] == [f"attraction:{place.id}"]


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (1200, 800), (20, 120, 110)).save(buffer, "PNG")
    return buffer.getvalue()


def test_the_photo_goes_through_the_photo_pipeline(as_office, make, offices):
    place = make.attraction(offices["malang"])
    client = as_office()
    url = f"/en/office/attractions/{place.id}/photo"
    response = client.post(url, data={"photo": (io.BytesIO(b"<script>"), "x.jpg")},
                           content_type="multipart/form-data", follow_redirects=True)
    assert "not a photo" in response.get_data(as_text=True)
    db.session.expire_all()
    assert place.photo is None
    response = client.post(url, data={"photo": (io.BytesIO(_png()), "x.png"), "alt_id": "Air", "alt_en": "Water"},
                           content_type="multipart/form-data")
    assert response.status_code == 303
    db.session.expire_all()
    assert place.photo.format == "webp" and place.photo.alt == {"id": "Air", "en": "Water"}


# ---------------------------------------------------------------- closures

@pytest.fixture
def semeru_trips(make, offices, office_partners):
    """Semeru closed from day 10 to day 20; trips on it before, during and after."""
    semeru = make.attraction(offices["malang"], slug="gunung-semeru",
                             name={"id": "Gunung Semeru", "en": "Mount Semeru"})
    elsewhere = make.attraction(offices["jambi"], slug="kerinci")
    day_trip = make.package(office_partners["malang_verified"], attractions=[semeru], slug="semeru-day")
    # A joint three-day trip run from Jambi that is on Semeru on its second day.
    joint = make.package(office_partners["jambi_verified"], attractions=[elsewhere], slug="semeru-joint",
                         duration_days=3, co_organisation_id=office_partners["malang_verified"].id,
                         co_accepted_at=timeutil.now())
    second_day = db.session.scalar(sa.select(ItineraryDay).where(ItineraryDay.package_id == joint.id,
                                                                  ItineraryDay.day_number == 2))
    make._save(ItineraryStop(day_id=second_day.id, attraction_id=semeru.id, position=0))
    other = make.package(office_partners["malang_verified"], attractions=[elsewhere], slug="not-semeru")
    departures = {
        "before": make.departure(day_trip, days_ahead=9),
        "first_day": make.departure(day_trip, days_ahead=10),
        "last_day": make.departure(day_trip, days_ahead=20, seats_held=3),
        "after": make.departure(day_trip, days_ahead=21),
        "cancelled": make.departure(day_trip, days_ahead=15, status=DepartureStatus.CANCELLED),
        "joint_day2_on_start": make.departure(joint, days_ahead=9),
        "joint_day2_on_end": make.departure(joint, days_ahead=19),
        "joint_day2_after": make.departure(joint, days_ahead=20),
        "joint_day1_before": make.departure(joint, days_ahead=8),
        "elsewhere": make.departure(other, days_ahead=15),
    }
    office_partners["jambi_verified"].locale = "en"
    db.session.commit()
    return {"semeru": semeru, "departures": departures, "day_trip": day_trip, "joint": joint}


def _closure_form(**changes) -> dict:
    form = {"starts_on": future(10).isoformat(), "ends_on": future(20).isoformat(),
            "reason_id": "Status waspada erupsi", "reason_en": "Eruption alert"}
    form.update(changes)
    return form


AFFECTED = ("first_day", "last_day", "joint_day2_on_start", "joint_day2_on_end")


def test_a_closure_lists_exactly_the_affected_departures_and_tells_their_partners_once(
        as_office, semeru_trips, office_partners, mailbox):
    semeru = semeru_trips["semeru"]
    client = as_office()
    response = client.post(f"/en/office/attractions/{semeru.id}/closures/new", data=_closure_form())
    assert response.status_code == 303
    closure = db.session.scalar(sa.select(AttractionClosure))
    assert closure.notified_at is not None
    html = client.get(response.headers["Location"]).get_data(as_text=True)
    listed = html.split("Departures that visit the place")[1]
    assert listed.count("<tr>") - 1 == len(AFFECTED)  # the header row, then one per departure
    assert "semeru-day" not in listed and listed.count("Tour Package") == len(AFFECTED)
    assert "3 / 10" in listed  # seats sold
    malang_mail = mailbox.to(office_partners["malang_verified"].email)
    jambi_mail = mailbox.to(office_partners["jambi_verified"].email)
    assert len(malang_mail) == 1 and len(jambi_mail) == 1
    assert "Gunung Semeru" in malang_mail[0]["Subject"]  # in the partner's language
    assert "Mount Semeru" in jambi_mail[0]["Subject"] and "Eruption alert" in mailbox.body(jambi_mail[0])
    assert mailbox.body(malang_mail[0]).count(" WIB: ") == 4  # its own trip and the joint one
    assert mailbox.body(jambi_mail[0]).count(" WIB: ") == 2
    assert len(mailbox.messages) == 2
    assert [e.subject for e in _audit("closure.created")] == [f"attraction:{semeru.id}"]


def test_affected_departures_follow_the_day_the_trip_is_there(app_ctx, semeru_trips):
    from wisata.services.office.attractions import affected_departures

    closure = AttractionClosure(attraction=semeru_trips["semeru"], starts_on=future(10), ends_on=future(20),
                                reason={"id": "x", "en": "x"})
    db.session.add(closure)
    db.session.flush()
    by_id = {d.id: name for name, d in semeru_trips["departures"].items()}
    assert sorted(by_id[d.id] for d in affected_departures(closure)) == sorted(AFFECTED)


@pytest.mark.parametrize("lang, intro, reason", [
    ("en", "This place is closed for a while", "Eruption alert"),
    ("id", "Tempat ini ditutup untuk sementara", "Status waspada erupsi"),
])
def test_the_public_pages_show_the_notice_during_the_period_and_not_after(
        client, make, semeru_trips, lang, intro, reason):
    semeru, departures = semeru_trips["semeru"], semeru_trips["departures"]
    closure = make._save(AttractionClosure(attraction=semeru, starts_on=future(10), ends_on=future(20),
                                           reason={"id": "Status waspada erupsi", "en": "Eruption alert"}))
    attraction_page = client.get(f"/{lang}/attractions/gunung-semeru").get_data(as_text=True)
    assert intro in attraction_page and reason in attraction_page
    assert reason in client.get(f"/{lang}/packages/semeru-day").get_data(as_text=True)
    assert reason in client.get(f"/{lang}/packages/semeru-joint").get_data(as_text=True)
    assert reason not in client.get(f"/{lang}/packages/not-semeru").get_data(as_text=True)
    for name in AFFECTED:
        for step in ("", "?adult=1"):
            page = client.get(f"/{lang}/departures/{departures[name].id}/book{step}")
            assert page.status_code == 200 and reason in page.get_data(as_text=True), name
    for name in ("before", "after", "joint_day2_after", "joint_day1_before"):
        page = client.get(f"/{lang}/departures/{departures[name].id}/book")
        assert page.status_code == 200 and reason not in page.get_data(as_text=True), name
    closure.starts_on, closure.ends_on = future(-20), future(-1)  # over
    db.session.commit()
    assert reason not in client.get(f"/{lang}/attractions/gunung-semeru").get_data(as_text=True)
    assert reason not in client.get(f"/{lang}/packages/semeru-day").get_data(as_text=True)


def test_bad_closures_are_refused_and_change_nothing(as_office, semeru_trips, mailbox):
    url = f"/id/office/attractions/{semeru_trips['semeru'].id}/closures/new"
    client = as_office()
    for changes in ({"reason_en": ""}, {"ends_on": future(9).isoformat()}, {"starts_on": "kemarin"},
                    {"starts_on": future(-5).isoformat(), "ends_on": future(-1).isoformat()},
                    {"starts_on": "0001-01-01"}, {"ends_on": "9999-12-31"}):
        response = client.post(url, data=_closure_form(**changes))
        assert response.status_code == 400, changes
        html = response.get_data(as_text=True)
        assert any(words in html for words in ("Mohon perbaiki", "sudah lewat", "paling lama dua tahun")), changes
    assert db.session.scalar(sa.select(sa.func.count(AttractionClosure.id))) == 0
    assert mailbox.messages == [] and _audit("closure.created") == []


def test_ending_a_closure_early(as_office, make, semeru_trips):
    semeru = semeru_trips["semeru"]
    running = make._save(AttractionClosure(attraction=semeru, starts_on=future(-3), ends_on=future(20),
                                           reason={"id": "a", "en": "a"}))
    coming = make._save(AttractionClosure(attraction=semeru, starts_on=future(30), ends_on=future(40),
                                          reason={"id": "b", "en": "b"}))
    client = as_office()
    for closure in (running, coming):
        url = f"/en/office/attractions/{semeru.id}/closures/{closure.id}/end"
        assert client.post(url).status_code == 303
    db.session.expire_all()
    assert running.ends_on == timeutil.today()
    assert db.session.get(AttractionClosure, coming.id) is None
    assert len(_audit("closure.ended")) == 2
    running.ends_on = future(-1)
    db.session.commit()
    response = client.post(f"/en/office/attractions/{semeru.id}/closures/{running.id}/end")
    assert response.status_code == 409 and "already over" in response.get_data(as_text=True)


def test_the_other_office_gets_404_and_changes_nothing(as_office, make, semeru_trips, mailbox):
    semeru = semeru_trips["semeru"]
    closure = make._save(AttractionClosure(attraction=semeru, starts_on=future(-3), ends_on=future(20),
                                           reason={"id": "a", "en": "a"}))
    client = as_office("jambi")
    base = f"/en/office/attractions/{semeru.id}"
    for method, url, data in (
        ("get", base, None), ("post", base, _form()), ("post", f"{base}/photo", {}),
        ("get", f"{base}/closures/new", None), ("post", f"{base}/closures/new", _closure_form()),
        ("get", f"{base}/closures/{closure.id}", None), ("post", f"{base}/closures/{closure.id}/end", None),
    ):
        assert getattr(client, method)(url, data=data).status_code == 404, (method, url)
    listing = client.get("/en/office/attractions").get_data(as_text=True)
    assert "Mount Semeru" not in listing and "Place" in listing  # its own region's attraction (kerinci)
    db.session.expire_all()
    assert semeru.name["en"] == "Mount Semeru" and closure.ends_on == future(20)
    assert db.session.scalar(sa.select(sa.func.count(AttractionClosure.id))) == 1
    assert mailbox.messages == [] and db.session.scalar(sa.select(sa.func.count(AuditEntry.id))) == 0


def test_travellers_and_partners_get_403(client, offices, office_partners, make):
    place = make.attraction(offices["malang"])
    for user in (offices["traveller"], office_partners["malang_verified_owner"]):
        login(client, user)
        for url in ("/en/office/attractions", f"/en/office/attractions/{place.id}", "/en/office/attractions/new"):
            assert client.get(url).status_code == 403
        assert client.post("/en/office/attractions/new", data=_form()).status_code == 403
    assert _attraction_count() == 1


def test_search_by_name(as_office, make, offices):
    make.attraction(offices["malang"], name={"id": "Candi Jago", "en": "Jago Temple"},
                    search_text=" candi jago jago temple ")
    make.attraction(offices["malang"], name={"id": "Pantai", "en": "Beach"}, search_text=" pantai beach ")
    html = as_office().get("/en/office/attractions?q=Jágo").get_data(as_text=True)
    assert "Jago Temple" in html and "Beach" not in html


def test_anonymous_visitors_go_to_sign_in(client, offices):
    response = client.get("/en/office/attractions")
    assert response.status_code == 302 and "/login" in response.headers["Location"]
