"""Routes outside the language prefix: the root redirect, health, robots, sitemap, media."""

from __future__ import annotations

import time

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    g,
    jsonify,
    redirect,
    request,
    send_from_directory,
    url_for,
)
from sqlalchemy import text

from wisata.extensions import db
from wisata.i18n import DEFAULT_LANGUAGE, LANGUAGES
from wisata.services import calendar, catalog, sitemap
from wisata.services.reporting import public as public_figures

bp = Blueprint("root", __name__)


@bp.get("/")
def index():
    lang = request.accept_languages.best_match(LANGUAGES) or DEFAULT_LANGUAGE
    response = redirect(url_for("public.home", lang=lang))
    response.headers["Vary"] = "Accept-Language"
    return response


@bp.get("/healthz")
def healthz():
    """200 when the database answers quickly; 503 when it is down, hangs or is slow.

    Connection and statement timeouts (wisata/database.py) bound the wait, so a database
    that accepts connections and never answers is reported, not waited for."""
    started = time.monotonic()
    try:
        db.session.execute(text("SELECT 1"))
        db.session.rollback()
    except Exception:  # noqa: BLE001 - any database failure means "not healthy"
        current_app.logger.exception("health check failed")
        db.session.rollback()
        return jsonify(status="error", database="unavailable"), 503
    elapsed_ms = round((time.monotonic() - started) * 1000)
    if elapsed_ms > current_app.config["HEALTHZ_SLOW_MS"]:
        current_app.logger.warning("health check: the database took %s ms", elapsed_ms)
        return jsonify(status="slow", database="slow", database_ms=elapsed_ms), 503
    response = jsonify(status="ok")
    response.headers["Server-Timing"] = f"db;dur={elapsed_ms}"
    return response


@bp.get("/robots.txt")
def robots():
    body = "\n".join(
        [
            "User-agent: *",
            *(f"Disallow: /{lang}/{area}/" for lang in LANGUAGES for area in ("partner", "office", "account")),
            "Disallow: /api/",
            f"Sitemap: {url_for('root.sitemap', _external=True)}",
            "",
        ]
    )
    return Response(body, mimetype="text/plain")


@bp.get("/sitemap.xml", endpoint="sitemap")
def sitemap_xml():
    """Every public page, streamed; past the size of one file, the index of the files."""
    files = sitemap.file_count()
    if files > 1:
        return Response(sitemap.index(files), mimetype="application/xml")
    return Response(sitemap.urlset(sitemap.file_pages(1)), mimetype="application/xml")


@bp.get("/sitemap-<int(min=1):number>.xml")
def sitemap_file(number: int):
    """One file of a sitemap too large for one (none while /sitemap.xml holds every page)."""
    files = sitemap.file_count()
    if files == 1 or number > files:
        abort(404)
    return Response(sitemap.urlset(sitemap.file_pages(number)), mimetype="application/xml")


@bp.get("/media/<path:filename>")
def media(filename: str):
    response = send_from_directory(current_app.config["MEDIA_FOLDER"], filename, max_age=31536000)
    response.headers["X-Content-Type-Options"] = "nosniff"
    if filename.endswith(".svg"):
        response.headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'"
    return response


def _feed_language() -> str:
    """The language of a feed outside the language prefix: `?lang=`, Indonesian by default."""
    lang = request.args.get("lang", DEFAULT_LANGUAGE)
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


@bp.get("/events.atom")
def events_atom():
    lang = _feed_language()
    body = calendar.events_feed(
        catalog.events_feed(limit=current_app.config["FEED_EVENTS_LIMIT"]),
        lang,
        url_for("root.events_atom", lang=lang, _external=True),
        url_for("public.events", lang=lang, _external=True),
        lambda event: url_for("public.event", lang=lang, slug=event.slug, _external=True),
    )
    return Response(body, mimetype="application/atom+xml")


@bp.get("/events.ics")
def events_ics():
    lang = _feed_language()
    body = calendar.events_calendar(
        catalog.upcoming_events(limit=current_app.config["FEED_EVENTS_LIMIT"]),
        lang,
        lambda event: url_for("public.event", lang=lang, slug=event.slug, _external=True),
    )
    return Response(body, mimetype="text/calendar", headers={"Content-Disposition": 'inline; filename="events.ics"'})


@bp.get("/figures.csv")
def figures_csv():
    """The open figures' monthly table (`?lang=`, `from`, `to` as on /<lang>/figures)."""
    g.lang = _feed_language()  # headings, labels and a refused period speak it
    period = public_figures.parse_period(request.args.get("from") or None, request.args.get("to") or None)
    body = public_figures.figures_csv(public_figures.open_figures(period, g.lang))
    name = f"figures-{period.first:%Y-%m}-{period.last:%Y-%m}.csv"
    return Response(body, mimetype="text/csv", headers={"Content-Disposition": f'attachment; filename="{name}"'})
