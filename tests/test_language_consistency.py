"""Each page in one language: form messages (WTForms' own included), dates and times.

Forms are sent with errors in Indonesian and must show no English message; pages in
either language must not show the other language's month or weekday names.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from types import SimpleNamespace

import pytest
from flask_babel import force_locale
from werkzeug.datastructures import MultiDict
from wtforms import DateField, FormField, IntegerField

from tests.factories import future
from tests.partner.conftest import login
from wisata.forms import AmountField, SiteForm, SubForm
from wisata.i18n import date_long, date_range, date_time, departure_when, time_wib, weekday_date
from wisata.models import MemberRole
from wisata.timeutil import WIB

# WTForms' and our own English messages that a form with errors could show.
ENGLISH_MESSAGES = (
    "This field is required", "Not a valid", "Invalid email address", "Invalid input",
    "Number must be", "Field cannot be longer", "Field must be", "Invalid Choice",
    "Please correct", "Enter an amount", "Whole rupiah",
)
ENGLISH_MONTHS = ("January", "February", "March", "April", "June", "July", "August",
                  "September", "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
INDONESIAN_MONTHS = ("Januari", "Februari", "Maret", "Mei", "Juni", "Juli", "Agustus",
                     "Oktober", "Desember")
INDONESIAN_WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def _text(response) -> str:
    """The page's visible text, tags and attribute values aside."""
    html = response.get_data(as_text=True)
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"<[^>]+>", " ", html)


def _words_in(text: str, words) -> list[str]:
    return [w for w in words if re.search(rf"\b{w}\b", text)]


def _assert_indonesian(response) -> None:
    text = _text(response)
    assert [m for m in ENGLISH_MESSAGES if m in text] == []
    assert _words_in(text, ENGLISH_MONTHS + ENGLISH_WEEKDAYS) == []


def _assert_english(response) -> None:
    assert _words_in(_text(response), INDONESIAN_MONTHS + INDONESIAN_WEEKDAYS) == []


@pytest.fixture
def organisation(make):
    return make.organisation(make.region("malang"), name="Tengger Trails")


@pytest.fixture
def owner(make, organisation):
    return make.member(organisation, MemberRole.OWNER, email="owner@tengger.example.com")


@pytest.fixture
def trip(make, organisation):
    """A departure that leaves just after midnight: the overnight wording shows."""
    return make.departure(make.package(organisation), date=future(30), at=time(0, 30))


# Forms sent with errors, in Indonesian.

def test_booking_details_with_empty_fields_speak_indonesian(client, trip):
    response = client.post(f"/id/departures/{trip.id}/book?adult=1",
                           data={"contact_email": "bukan-email", "idempotency_key": "k" * 20})
    assert response.status_code == 400
    assert "Kolom ini wajib diisi." in _text(response)
    assert "Alamat e-mail tidak valid." in _text(response)
    _assert_indonesian(response)


def test_package_search_with_a_bad_amount_speaks_indonesian(client, trip):
    response = client.get("/id/packages?price_min=12.5&price_max=lima")
    assert response.status_code in (200, 400)
    text = _text(response)
    assert "Hanya rupiah utuh" in text and "Masukkan jumlah dalam rupiah utuh" in text
    _assert_indonesian(response)


def test_package_form_with_errors_speaks_indonesian(client, owner):
    login(client, owner)
    response = client.post("/id/partner/packages/new", data={
        "duration_days": "dua", "price_adult": "8.450.000,50", "title_id": "x" * 300,
        "days-0-nights": "",
    })
    assert response.status_code == 400
    text = _text(response)
    assert "Bukan bilangan bulat yang valid." in text and "Hanya rupiah utuh" in text
    assert "Isian maksimal 200 karakter." in text
    _assert_indonesian(response)


def test_departure_form_with_errors_speaks_indonesian(client, owner, organisation, make):
    package = make.package(organisation)
    login(client, owner)
    response = client.post(f"/id/partner/packages/{package.id}/departures",
                           data={"one-date": "besok", "one-start_time": "", "one-capacity": "0"})
    assert response.status_code == 400
    text = _text(response)
    assert "Kolom ini wajib diisi." in text
    assert "Angka harus antara 1 dan 1000." in text
    _assert_indonesian(response)


@pytest.mark.parametrize(("path", "data"), [
    ("/id/register", {"email": "bukan-email", "name": "", "password": ""}),
    ("/id/login", {"email": "", "password": ""}),
])
def test_account_forms_with_errors_speak_indonesian(client, path, data):
    response = client.post(path, data=data)
    assert response.status_code in (200, 400)
    _assert_indonesian(response)


# Pages with dates, in both languages.

@pytest.mark.parametrize("lang", ["id", "en"])
def test_package_and_booking_pages_keep_to_one_language(client, trip, lang):
    package = trip.package
    pages = [f"/{lang}/packages/{package.slug}", f"/{lang}/departures/{trip.id}/book?adult=1"]
    for path in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        (_assert_indonesian if lang == "id" else _assert_english)(response)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_event_shows_its_range_and_times(client, make, lang):
    from wisata.models import Event, EventKind

    region = make.region("malang")
    event = make._save(Event(
        slug="festival-malang", region=region, kind=EventKind.FESTIVAL, published=True,
        title={"id": "Festival Malang", "en": "Malang Festival"}, summary={"id": "R", "en": "S"},
        starts_at=datetime(2027, 6, 30, 9, 0, tzinfo=WIB), ends_at=datetime(2027, 7, 2, 17, 0, tzinfo=WIB),
    ))
    response = client.get(f"/{lang}/events/{event.slug}")
    assert response.status_code == 200
    expected = {"id": "30 Juni – 2 Juli 2027, 09.00–17.00 WIB", "en": "30 June – 2 July 2027, 09:00–17:00 WIB"}
    assert expected[lang] in re.sub(r"\s+,", ",", " ".join(_text(response).split()))


# The date and time filters, exact strings.

@pytest.mark.parametrize(("lang", "expected"), [("id", "18 Juni 2027"), ("en", "18 June 2027")])
def test_date_long(app, lang, expected):
    assert date_long(date(2027, 6, 18), lang) == expected


def test_date_long_has_no_zero_padding_and_takes_the_wib_day(app):
    assert date_long(date(2027, 6, 8), "id") == "8 Juni 2027"
    # 20:00 UTC on 7 June is already 8 June in Malang and Jambi.
    assert date_long(datetime(2027, 6, 7, 20, 0, tzinfo=UTC), "en") == "8 June 2027"


@pytest.mark.parametrize(("start", "end", "id_text", "en_text"), [
    (date(2027, 6, 18), date(2027, 6, 18), "18 Juni 2027", "18 June 2027"),
    (date(2027, 6, 18), date(2027, 6, 19), "18–19 Juni 2027", "18–19 June 2027"),
    (date(2027, 6, 30), date(2027, 7, 2), "30 Juni – 2 Juli 2027", "30 June – 2 July 2027"),
    (date(2027, 12, 30), date(2028, 1, 2), "30 Des 2027 – 2 Jan 2028", "30 Dec 2027 – 2 Jan 2028"),
])
def test_date_range(app, start, end, id_text, en_text):
    assert date_range(start, end, "id") == id_text
    assert date_range(start, end, "en") == en_text


def test_time_wib(app):
    assert time_wib(time(9, 0), lang="id") == "09.00 WIB"
    assert time_wib(time(9, 0), lang="en") == "09:00 WIB"
    assert time_wib(datetime(2027, 6, 18, 2, 0, tzinfo=UTC), lang="id") == "09.00 WIB"
    assert time_wib(time(9, 0), time(17, 30), lang="id") == "09.00–17.30 WIB"


def test_weekday_date_and_date_time(app):
    assert weekday_date(date(2026, 12, 7), "id") == "Senin, 7 Desember 2026"
    assert weekday_date(date(2026, 12, 7), "en") == "Monday, 7 December 2026"
    moment = datetime(2026, 12, 7, 2, 5, tzinfo=UTC)
    assert (date_time(moment, "id"), date_time(moment, "en")) == ("7 Desember 2026, 09.05", "7 December 2026, 09:05")


def test_departure_when_says_an_overnight_start_plainly(app):
    with app.test_request_context("/"):
        overnight = SimpleNamespace(date=date(2026, 12, 3), start_time=time(0, 30))
        assert departure_when(overnight, "id") == "berangkat Rabu malam, 2 Des, dijemput 00.30"
        assert departure_when(overnight, "en") == "leaves Wednesday night, 2 Dec, pick-up 00:30"
        at_five = SimpleNamespace(date=date(2026, 12, 7), start_time=time(5, 0))
        assert departure_when(at_five, "id") == "Senin, 7 Desember 2026, 05.00 WIB"
        assert departure_when(at_five, "en") == "Monday, 7 December 2026, 05:00 WIB"


class _Nested(SubForm):
    count = IntegerField()


class _DatedForm(SiteForm):
    class Meta:
        csrf = False

    day = DateField()
    nested = FormField(_Nested)


@pytest.mark.parametrize(("lang", "date_message", "number_message"), [
    ("id", "Bukan tanggal yang valid.", "Bukan bilangan bulat yang valid."),
    ("en", "Not a valid date value.", "Not a valid integer value."),
])
def test_wtforms_messages_follow_the_page_language_in_nested_forms_too(app, lang, date_message,
                                                                       number_message):
    with app.test_request_context(f"/{lang}/"), force_locale(lang):
        form = _DatedForm(formdata=MultiDict({"day": "besok", "nested-count": "dua"}))
        assert not form.validate()
        assert form.day.errors == [date_message]
        assert form.nested.count.errors == [number_message]


# AmountField.

class _PriceForm(SiteForm):
    class Meta:
        csrf = False

    price = AmountField()


@pytest.mark.parametrize("typed", ["8450000", "8.450.000", "8,450,000", "Rp 8.450.000", "Rp8.450.000",
                                   "IDR 8,450,000", "rp. 8.450.000", " 8.450.000 "])
def test_amount_field_takes_amounts_as_people_type_them(app, typed):
    with app.test_request_context("/"):
        form = _PriceForm(formdata=MultiDict({"price": typed}))
        assert form.validate(), form.errors
        assert form.price.data == 8_450_000


@pytest.mark.parametrize(("typed", "message"), [
    ("8.450.000,50", "Whole rupiah only"), ("12.5", "Whole rupiah only"), ("8,450,000.00", "Whole rupiah only"),
    ("8.450,000", "Enter an amount"), ("-5", "Enter an amount"), ("lima ribu", "Enter an amount"),
    ("84.50.000", "Enter an amount"), ("9" * 40, "Enter an amount"),
])
def test_amount_field_refuses_what_is_not_whole_rupiah(app, typed, message):
    with app.test_request_context("/"), force_locale("en"):
        form = _PriceForm(formdata=MultiDict({"price": typed}))
        assert not form.validate()
        assert message in form.price.errors[0]


def test_amount_field_shows_what_was_typed_or_the_saved_amount(app):
    with app.test_request_context("/"):
        assert _PriceForm(data={"price": 8_450_000}).price._value() == "8450000"
        typed = _PriceForm(formdata=MultiDict({"price": "Rp 8.450.000"}))
        assert typed.price._value() == "Rp 8.450.000"
