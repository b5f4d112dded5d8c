"""Languages: the URL language prefix, locale selection, localized content and formats."""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlencode

from babel.numbers import format_currency, format_decimal
from flask import Flask, abort, g, has_request_context, request, url_for
from flask_babel import format_date, format_datetime, format_time, get_locale
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
        tr=tr, money=money, number=number, label=label, wib_date=lambda dt: dt.astimezone(WIB).date()
    )
    app.jinja_env.globals.update(
        LANGUAGES=LANGUAGES,
        LANGUAGE_NAMES=LANGUAGE_NAMES,
        alternate_url=alternate_url,
        current_url=current_url,
        current_language=current_language,
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
}


def label(value) -> str:
    """The translated label of an enum value or code."""
    key = getattr(value, "value", value)
    return str(LABELS.get(key, key))
