"""Views of the public site: parse the request, ask the catalogue, render."""

from __future__ import annotations

from flask import Response, abort, render_template, request, url_for

from wisata.i18n import current_language
from wisata.public import bp
from wisata.public.forms import EventFilterForm, PackageSearchForm
from wisata.services import calendar, catalog, referrals, structured_data


@bp.get("/")
def home():
    return render_template(
        "public/home.html",
        featured=catalog.featured_packages(limit=6),
        spotlight=catalog.spotlight_packages(),
        events=catalog.upcoming_events(limit=4),
        regions=catalog.regions(),
    )


FILTER_FIELDS = ("q", "region", "category", "duration", "price_min", "price_max", "date_from", "date_to",
                 "travellers")


@bp.get("/packages")
def packages():
    regions, categories = catalog.regions(), catalog.categories()
    form = PackageSearchForm(regions, categories, formdata=request.args)
    if not form.validate():
        return render_template("public/packages.html", form=form, page=None), 400
    filters = catalog.PackageFilters(
        q=(form.q.data or "").strip(),
        region=form.region.data or "",
        category=form.category.data or "",
        duration=form.duration.data or "",
        price_min=form.price_min.data,
        price_max=form.price_max.data,
        date_from=form.date_from.data,
        date_to=form.date_to.data,
        travellers=form.travellers.data,
        sort=form.sort.data or "soonest",
    )
    page = catalog.search_packages(filters, page=form.page.data or 1)
    if page.page > page.pages:
        abort(404)
    active = sum(1 for name in FILTER_FIELDS if request.args.get(name))
    return render_template("public/packages.html", form=form, page=page, filters=filters, active_filters=active)


@bp.get("/packages/<slug>")
def package(slug: str):
    found = catalog.published_package(slug) or abort(404)
    reviews, rating, review_count = catalog.package_reviews(found)
    departures = catalog.upcoming_departures(found)
    return render_template(
        "public/package.html",
        package=found,
        departures=departures,
        reviews=reviews,
        rating=rating,
        review_count=review_count,
        jsonld=structured_data.tourist_trip(found, departures, rating, review_count),
    )


@bp.get("/attractions")
def attractions():
    regions = catalog.regions()
    region = next((r for r in regions if r.slug == request.args.get("region")), None)
    return render_template(
        "public/attractions.html",
        attractions=catalog.attractions(region=region),
        regions=regions,
        region=region,
    )


@bp.get("/attractions/<slug>")
def attraction(slug: str):
    found = catalog.attraction(slug) or abort(404)
    return render_template(
        "public/attraction.html",
        attraction=found,
        packages=catalog.packages_visiting(found),
        jsonld=structured_data.tourist_attraction(found),
    )


@bp.get("/events")
def events():
    regions = catalog.regions()
    form = EventFilterForm(regions, formdata=request.args)
    if not form.validate():
        return render_template("public/events.html", form=form, events=[]), 400
    region = next((r for r in regions if r.slug == form.region.data), None)
    return render_template("public/events.html", form=form,
                           events=catalog.upcoming_events(region=region, month=form.first_day))


@bp.get("/events/<slug>.ics")
def event_ics(slug: str):
    found = catalog.event(slug) or abort(404)
    lang = current_language()
    body = calendar.event_calendar(found, lang, url_for("public.event", slug=found.slug, _external=True))
    return Response(body, mimetype="text/calendar",
                    headers={"Content-Disposition": f'attachment; filename="{found.slug}.ics"'})


@bp.get("/events/<slug>")
def event(slug: str):
    found = catalog.event(slug) or abort(404)
    referrals.note_event_page(found, request.args.get("via"))
    return render_template(
        "public/event.html",
        event=found,
        packages=catalog.event_packages(found),
        jsonld=structured_data.event(found),
    )


@bp.get("/campaigns/<slug>")
def campaign(slug: str):
    found = catalog.campaign(slug) or abort(404)
    referrals.note_campaign_page(found, request.args.get("via"))
    return render_template(
        "public/campaign.html",
        campaign=found,
        packages=catalog.campaign_packages_of(found),
        events=catalog.campaign_events_of(found),
        promo=catalog.campaign_promo(found),
    )


@bp.get("/regions/<slug>")
def region(slug: str):
    found = next((r for r in catalog.regions() if r.slug == slug), None) or abort(404)
    page = catalog.search_packages(catalog.PackageFilters(region=found.slug), per_page=9)
    return render_template(
        "public/region.html",
        region=found,
        page=page,
        attractions=catalog.attractions(region=found)[:8],
        events=catalog.upcoming_events(limit=3, region=found),
    )


@bp.get("/malang-jambi")
def joint():
    page = catalog.search_packages(catalog.PackageFilters(region=catalog.JOINT), per_page=24)
    return render_template("public/joint.html", page=page, regions=catalog.regions())


@bp.app_template_global()
def closure_notices(attraction=None, package=None, departure=None):
    """Closures a public page warns about: the attraction's, those of the places a package
    visits, or those of the places a departure visits on the day it is there."""
    if departure is not None:
        return catalog.departure_closures(departure)
    if package is not None:
        return catalog.package_closures(package)
    return catalog.closures_ahead([attraction.id]) if attraction is not None else []


@bp.app_template_global()
def nav_regions():
    """Regions for the footer navigation (one small query per page)."""
    return catalog.regions()
