"""Languages: the URL language prefix, locale selection, localized content and formats."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from urllib.parse import urlencode

from babel.dates import format_date as babel_date
from babel.dates import format_skeleton
from babel.numbers import format_currency, format_decimal
from flask import Flask, abort, g, has_request_context, request, url_for
from flask_babel import force_locale, format_date, format_datetime, format_time, get_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from werkzeug.datastructures import MultiDict

from wisata.timeutil import WIB

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"
LANGUAGE_NAMES = {"id": "Bahasa Indonesia", "en": "English"}
LANG_PREFIX = "/<any({}):lang>".format(",".join(LANGUAGES))


def current_language() -> str:
    return str(get_locale() or DEFAULT_LANGUAGE)


def select_locale() -> str:
    """URL prefix, then the user's setting, then Accept-Language, then Indonesian."""
    lang = g.get("lang")
    if lang:
        return lang
    if not has_request_context():
        return DEFAULT_LANGUAGE
    if current_user and current_user.is_authenticated and current_user.locale in LANGUAGES:
        return current_user.locale
    return request.accept_languages.best_match(LANGUAGES) or DEFAULT_LANGUAGE


def tr(value: Mapping[str, str] | str | None, lang: str | None = None) -> str:
    """The text of a per-language field in the page's language, falling back to another."""
    if not value:
        return ""
    if isinstance(value, str):
        return value
    lang = lang or current_language()
    for candidate in (lang, DEFAULT_LANGUAGE, *LANGUAGES):
        if value.get(candidate):
            return value[candidate]
    return next(iter(value.values()), "")


def money(amount: int | None, lang: str | None = None) -> str:
    """Whole rupiah, formatted for the locale: "Rp 1.250.000" / "IDR 1,250,000"."""
    if amount is None:
        return ""
    return format_currency(
        amount, "IDR", format="¤\xa0#,##0", currency_digits=False, locale=lang or current_language()
    )


def number(value: int | float, lang: str | None = None) -> str:
    return format_decimal(value, locale=lang or current_language())


# One date style for both languages, day first: "18 Juni 2027" / "18 June 2027". The
# patterns are explicit because CLDR's English is month first and its date intervals
# only abbreviate month names.
DATE_LONG = "d MMMM y"
WEEKDAY_DATE = "EEEE, d MMMM y"
# A range by its largest differing part: start pattern, separator, end pattern.
RANGE_PATTERNS = {
    "day": ("d", "–", DATE_LONG),
    "month": ("d MMMM", " – ", DATE_LONG),
    "year": ("d MMM y", " – ", "d MMM y"),
}
# Starts before this hour are the end of the previous evening for the traveller.
OVERNIGHT_UNTIL = 5


def _day(value: date | datetime) -> date:
    """The WIB calendar day of a date or an aware datetime."""
    return value.astimezone(WIB).date() if isinstance(value, datetime) else value


def date_long(value: date | datetime, lang: str | None = None) -> str:
    """"18 Juni 2027" / "18 June 2027"."""
    return babel_date(_day(value), DATE_LONG, locale=lang or current_language())


def weekday_date(value: date | datetime, lang: str | None = None) -> str:
    """"Senin, 7 Desember 2026" / "Monday, 7 December 2026"."""
    return babel_date(_day(value), WEEKDAY_DATE, locale=lang or current_language())


def date_range(start: date | datetime, end: date | datetime, lang: str | None = None) -> str:
    """"18–19 Juni 2027", "30 Juni – 2 Juli 2027", "30 Des 2027 – 2 Jan 2028"."""
    lang = lang or current_language()
    start, end = _day(start), _day(end)
    if start == end:
        return date_long(start, lang)
    if start.year != end.year:
        first, separator, last = RANGE_PATTERNS["year"]
    elif start.month != end.month:
        first, separator, last = RANGE_PATTERNS["month"]
    else:
        first, separator, last = RANGE_PATTERNS["day"]
    return babel_date(start, first, locale=lang) + separator + babel_date(end, last, locale=lang)


def _clock(value: time | datetime, lang: str) -> str:
    """Hours and minutes as the locale writes them: "09.00" / "09:00"."""
    if isinstance(value, datetime):
        value = value.astimezone(WIB).time()
    return format_skeleton("Hm", value, locale=lang)


def time_wib(start: time | datetime, end: time | datetime | None = None, lang: str | None = None) -> str:
    """"09.00 WIB" / "09:00 WIB"; with an end "09.00–17.00 WIB"."""
    lang = lang or current_language()
    clock = _clock(start, lang)
    if end is not None and _clock(end, lang) != clock:
        clock += "–" + _clock(end, lang)
    return f"{clock} WIB"


def date_time(value: datetime, lang: str | None = None) -> str:
    """A moment in WIB, for the text around it to name the zone: "18 Juni 2027, 09.00"."""
    lang = lang or current_language()
    return f"{date_long(value, lang)}, {_clock(value, lang)}"


def departure_when(departure, lang: str | None = None) -> str:
    """When a departure leaves, said the way travellers think of it: a start before
    05:00 is the night of the previous day ("berangkat Rabu malam, 2 Des, dijemput
    00.30"), anything else its day and time ("Senin, 7 Desember 2026, 09.00 WIB")."""
    lang = lang or current_language()
    if departure.start_time.hour >= OVERNIGHT_UNTIL:
        return f"{weekday_date(departure.date, lang)}, {time_wib(departure.start_time, lang=lang)}"
    eve = departure.date - timedelta(days=1)
    with force_locale(lang):
        return _("leaves %(weekday)s night, %(date)s, pick-up %(time)s",
                 weekday=babel_date(eve, "EEEE", locale=lang), date=babel_date(eve, "d MMM", locale=lang),
                 time=_clock(departure.start_time, lang))


def current_url(lang: str | None = None, external: bool = False, **query_changes) -> str:
    """The current page's URL, in `lang` if given, its query string kept (with
    `query_changes` replacing values). The path is built from the route's own values
    only and the query string is encoded apart, so a query parameter named like a
    url_for argument (`lang`, `_external`, `endpoint`, a path parameter...) is just text."""
    rule = request.url_rule
    if not request.endpoint or rule is None or "lang" not in rule.arguments:
        return url_for("public.home", lang=lang or current_language(), _external=external)
    values = dict(request.view_args or {})
    if lang:
        values["lang"] = lang
    query = MultiDict(request.args)
    for name, value in query_changes.items():
        query.setlist(name, [str(value)])
    url = url_for(request.endpoint, **values, _external=external)
    return f"{url}?{urlencode(list(query.items(multi=True)))}" if query else url


def alternate_url(lang: str, external: bool = False) -> str:
    """The current page in another language, query string kept."""
    return current_url(lang, external=external)


def init_app(app: Flask) -> None:
    """Route every page under /<lang>/ and make the helpers available to templates."""

    from wisata.services.pricing import refund_tiers

    @app.url_value_preprocessor
    def pull_lang(endpoint, values):
        if values and "lang" in values:
            lang = values.pop("lang")
            if lang not in LANGUAGES:
                abort(404)
            g.lang = lang

    @app.url_defaults
    def add_lang(endpoint, values):
        if "lang" in values or not app.url_map.is_endpoint_expecting(endpoint, "lang"):
            return
        values["lang"] = g.get("lang") or current_language()

    app.jinja_env.filters.update(
        tr=tr, money=money, number=number, label=label, wib_date=lambda dt: dt.astimezone(WIB).date(),
        date_long=date_long, date_range=date_range, date_time=date_time, time_wib=time_wib, weekday_date=weekday_date,
        departure_when=departure_when,
    )
    app.jinja_env.globals.update(
        LANGUAGES=LANGUAGES,
        LANGUAGE_NAMES=LANGUAGE_NAMES,
        alternate_url=alternate_url,
        current_url=current_url,
        current_language=current_language,
        date_range=date_range,
        format_date=format_date,
        format_datetime=format_datetime,
        format_time=format_time,
        refund_tiers=refund_tiers,
    )


# Names of statuses and kinds shown to people, marked for translation once.
LABELS = {
    "agency": _l("Travel agency"),
    "owner": _l("Owner"),
    "staff": _l("Staff"),
    "hotel": _l("Hotel"),
    "pending": _l("Pending verification"),
    "verified": _l("Verified"),
    "suspended": _l("Suspended"),
    "rejected": _l("Rejected"),
    "approved": _l("Approved"),
    "returned": _l("Sent back"),
    "withdrawn": _l("Withdrawn"),
    "draft": _l("Draft"),
    "in_review": _l("In review"),
    "published": _l("Published"),
    "archived": _l("Archived"),
    "open": _l("Open"),
    "closed": _l("Closed"),
    "cancelled": _l("Cancelled"),
    "pending_payment": _l("Awaiting payment"),
    "confirmed": _l("Confirmed"),
    "expired": _l("Expired"),
    "completed": _l("Completed"),
    "festival": _l("Festival"),
    "fair": _l("Tourism fair"),
    "cultural_exchange": _l("Cultural exchange"),
    "campaign": _l("Campaign"),
    "adult": _l("Adult"),
    "child": _l("Child"),
    "flexible": _l("Flexible"),
    "moderate": _l("Moderate"),
    "strict": _l("Strict"),
    "bank_transfer": _l("Bank transfer"),
    "at_meeting_point": _l("Pay at the meeting point"),
    "qris": _l("QRIS (any banking or e-wallet app)"),
    "online": _l("Online: virtual account, QRIS or e-wallet (Midtrans)"),
}


def label(value) -> str:
    """The translated label of an enum value or code."""
    key = getattr(value, "value", value)
    return str(LABELS.get(key, key))
