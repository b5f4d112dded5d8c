"""The breakdowns' rows, labelled: (key, label, bookings, travellers, revenue) tuples, largest
first. Revenue is given for partners only (public figures never show a partner's revenue).

One label statement per kind of thing, whatever the number of rows.
"""

from __future__ import annotations

from collections import defaultdict

import sqlalchemy as sa
from flask_babel import force_locale
from flask_babel import gettext as _

from wisata.extensions import db
from wisata.geo import country_name
from wisata.i18n import tr
from wisata.models import Attraction, Campaign, Event, Organisation, Package, PromoCode
from wisata.services.referrals import CAMPAIGN_PAGE, EVENT_PAGE, FAIR_KIT

# An event row's key says how the booking came: its event page, or its fair kit's QR code.
EVENT_KEY_PREFIX = {EVENT_PAGE: "event", FAIR_KIT: "fair"}


def _labels(column_key, column_label, ids, lang: str | None = None) -> dict[int, tuple[str, str]]:
    """{id: (key, label)} of the things with these ids; content labels in `lang`."""
    table_id = column_key.class_.id
    found = db.session.execute(sa.select(table_id, column_key, column_label).where(table_id.in_(set(ids))))
    return {id_: (key, tr(label, lang) if lang else label) for id_, key, label in found}


def _ranked(rows, labels, by: str, revenue: bool = False) -> list[tuple]:
    """Rows of the groups whose thing still exists, by `by` (largest first, then id)."""
    ranked = sorted((row for row in rows if row[0] in labels), key=lambda row: (-row[3][by], row[0]))
    return [(*labels[id_], values["bookings"], values["travellers"], values["revenue"] if revenue else None)
            for id_, _kind, _text2, values in ranked]


def origins(rows, lang: str) -> tuple[list[tuple], list[tuple]]:
    """(provinces of Indonesian travellers, countries), each by travellers."""
    by_country: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    provinces = []
    for _id, country, province, values in rows:
        by_country[country][0] += values["bookings"]
        by_country[country][1] += values["travellers"]
        if country == "ID" and province:
            provinces.append((province, province, values["bookings"], values["travellers"], None))
    countries = [(code, country_name(code, lang), bookings, travellers, None)
                 for code, (bookings, travellers) in by_country.items() if bookings]
    order = lambda row: (-row[3], row[0])  # noqa: E731 - the same order for both lists
    return sorted(provinces, key=order), sorted(countries, key=order)


def packages(rows, lang: str) -> list[tuple]:
    return _ranked(rows, _labels(Package.slug, Package.title, [r[0] for r in rows], lang), "travellers")


def partners(rows) -> list[tuple]:
    return _ranked(rows, _labels(Organisation.slug, Organisation.name, [r[0] for r in rows]), "bookings",
                   revenue=True)


def attractions(rows, lang: str) -> list[tuple]:
    return _ranked(rows, _labels(Attraction.slug, Attraction.name, [r[0] for r in rows], lang), "travellers")


def promo_codes(rows) -> list[tuple]:
    return _ranked(rows, _labels(PromoCode.code, PromoCode.code, [r[0] for r in rows]), "bookings")


def referrals(rows, lang: str) -> tuple[list[tuple], list[tuple]]:
    """(campaigns, events): a campaign row per campaign page, an event row per event page
    ("event:<id>", the event's title) and per fair kit ("fair:<id>", "<title> (fair kit)")."""
    by_campaign = [row for row in rows if row[1] == CAMPAIGN_PAGE]
    by_event = [row for row in rows if row[1] in EVENT_KEY_PREFIX]
    campaigns = _ranked(by_campaign, _labels(Campaign.slug, Campaign.title, [r[0] for r in by_campaign], lang),
                        "bookings")
    titles = _labels(Event.slug, Event.title, [r[0] for r in by_event], lang)
    events = sorted((row for row in by_event if row[0] in titles),
                    key=lambda row: (-row[3]["bookings"], row[0], row[1]))
    return campaigns, [(f"{EVENT_KEY_PREFIX[kind]}:{id_}", _event_label(titles[id_][1], kind, lang),
                        values["bookings"], values["travellers"], None) for id_, kind, _text2, values in events]


def _event_label(title: str, kind: str, lang: str) -> str:
    """The event's title; a fair kit's row says so, as both rows of a fair share the title."""
    if kind != FAIR_KIT:
        return title
    with force_locale(lang):
        return _("%(event)s (fair kit)", event=title)
