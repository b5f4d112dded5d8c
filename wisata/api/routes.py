"""JSON views of the public catalogue: packages, departures, attractions, events.

Texts come in the language asked for with `?lang=id|en` (else Accept-Language), with the
same fallback as the site; money is whole rupiah as integers; times are ISO 8601 in WIB.
"""

from __future__ import annotations

from flask import abort, g, jsonify, request, url_for
from werkzeug.datastructures import MultiDict

from wisata import timeutil
from wisata.api import bp
from wisata.api.openapi import document
from wisata.i18n import DEFAULT_LANGUAGE, LANGUAGES, tr
from wisata.public.forms import PackageSearchForm
from wisata.services import catalog
from wisata.services.reporting import public as public_figures


@bp.before_request
def choose_language():
    lang = request.args.get("lang")
    if lang is not None and lang not in LANGUAGES:
        abort(400, description=f"lang must be one of {', '.join(LANGUAGES)}")
    g.lang = lang or request.accept_languages.best_match(LANGUAGES) or DEFAULT_LANGUAGE


def _link(endpoint: str, **values) -> str:
    return url_for(endpoint, lang=g.lang, _external=True, **values)


def _card(card: catalog.PackageCard) -> dict:
    package = card.package
    return {
        "slug": package.slug,
        "title": tr(package.title),
        "summary": tr(package.summary),
        "regions": [r.slug for r in card.regions],
        "joint": card.joint,
        "duration_days": package.duration_days,
        "duration_nights": package.duration_nights,
        "from_price": card.from_price,
        "currency": "IDR",
        "next_departure": card.next_date.isoformat() if card.next_date else None,
        "rating": round(card.rating, 2) if card.rating is not None else None,
        "review_count": card.review_count,
        "url": _link("public.package", slug=package.slug),
    }


@bp.get("/packages")
def packages():
    args = MultiDict((k, v) for k, v in request.args.items(multi=True) if k != "lang")
    form = PackageSearchForm(catalog.regions(), catalog.categories(), formdata=args)
    if not form.validate():
        return jsonify(error={"code": 400, "message": "invalid filters", "fields": form.errors}), 400
    page = catalog.search_packages(
        catalog.PackageFilters(
            q=(form.q.data or "").strip(), region=form.region.data or "", category=form.category.data or "",
            duration=form.duration.data or "", price_min=form.price_min.data, price_max=form.price_max.data,
            date_from=form.date_from.data, date_to=form.date_to.data, travellers=form.travellers.data,
            sort=form.sort.data or "soonest",
        ),
        page=form.page.data or 1,
    )
    return jsonify(items=[_card(c) for c in page.items], page=page.page, pages=page.pages, total=page.total)


@bp.get("/packages/<slug>")
def package(slug: str):
    found = catalog.published_package(slug) or abort(404)
    _, rating, review_count = catalog.package_reviews(found, limit=0)
    return jsonify(
        slug=found.slug,
        title=tr(found.title),
        summary=tr(found.summary),
        description=tr(found.description),
        inclusions=[line for line in tr(found.inclusions).splitlines() if line.strip()],
        exclusions=[line for line in tr(found.exclusions).splitlines() if line.strip()],
        meeting_point=tr(found.meeting_point),
        regions=[r.slug for r in found.regions],
        joint=found.is_joint,
        provider=found.organisation.name,
        co_provider=found.co_provider.name if found.co_provider else None,
        duration_days=found.duration_days,
        duration_nights=found.duration_nights,
        group_size={"min": found.min_group, "max": found.max_group},
        cancellation_policy=found.cancellation_policy.value,
        prices=[{"category": p.code, "amount": p.amount, "currency": "IDR"} for p in found.prices],
        itinerary=[
            {"day": d.day_number, "title": tr(d.title), "description": tr(d.description),
             "attractions": [s.attraction.slug for s in d.stops], "nights": d.nights}
            for d in found.days
        ],
        rating=round(rating, 2) if rating is not None else None,
        review_count=review_count,
        departures=[
            {"id": d.id, "starts_at": timeutil.wib(d.date, d.start_time).isoformat(), "capacity": d.capacity,
             "seats_left": max(d.seats_left, 0), "status": "full" if d.is_full else d.status.value,
             "book_url": _link("public.book", departure_id=d.id)}
            for d in catalog.upcoming_departures(found)
        ],
        url=_link("public.package", slug=found.slug),
    )


@bp.get("/attractions")
def attractions():
    return jsonify(items=[
        {"slug": a.slug, "name": tr(a.name), "summary": tr(a.summary), "region": a.region.slug, "area": a.area,
         "categories": [c.slug for c in a.categories], "latitude": a.latitude, "longitude": a.longitude,
         "url": _link("public.attraction", slug=a.slug)}
        for a in catalog.attractions()
    ])


@bp.get("/events")
def events():
    return jsonify(items=[
        {"slug": e.slug, "title": tr(e.title), "summary": tr(e.summary), "kind": e.kind.value,
         "region": e.region.slug, "venue": tr(e.venue),
         "starts_at": e.starts_at.astimezone(timeutil.WIB).isoformat(),
         "ends_at": e.ends_at.astimezone(timeutil.WIB).isoformat(), "url": _link("public.event", slug=e.slug)}
        for e in catalog.upcoming_events()
    ])


def _rows(rows) -> list[dict]:
    return [{"key": r.key, "label": r.label, "bookings": r.bookings, "travellers": r.travellers} for r in rows]


def _area(area: public_figures.Area) -> dict:
    return {
        "months": [{"month": f"{month:%Y-%m}", **public_figures.month_values(totals)} for month, totals in area.months],
        "totals": public_figures.month_values(area.totals),
    }


@bp.get("/figures")
def figures():
    """The open figures (the same numbers as /<lang>/figures and /figures.csv)."""
    period = public_figures.parse_period(request.args.get("from") or None, request.args.get("to") or None)
    data = public_figures.open_figures(period, g.lang)
    together, *regions = data.areas
    return jsonify(
        period={"from": f"{period.first:%Y-%m}", "to": f"{period.last:%Y-%m}"},
        **_area(together),
        regions=[{"slug": area.key, "name": area.name, **_area(area)} for area in regions],
        countries=_rows(data.countries),
        provinces=_rows(data.provinces),
        packages={"items": _rows(data.packages.rows), "suppressed": data.packages.suppressed},
        attractions={"items": _rows(data.attractions.rows), "suppressed": data.attractions.suppressed},
        minimum_bookings=data.minimum,
        url=_link("public.figures", **{"from": f"{period.first:%Y-%m}", "to": f"{period.last:%Y-%m}"}),
    )


@bp.get("/openapi.json")
def openapi():
    return jsonify(document(url_for("api.packages", _external=True).rsplit("/packages", 1)[0]))
