"""Routes outside the language prefix: the root redirect, health, robots, sitemap, media."""

from __future__ import annotations

from datetime import date

from flask import (
    Blueprint,
    Response,
    current_app,
    jsonify,
    redirect,
    render_template,
    request,
    send_from_directory,
    url_for,
)
from sqlalchemy import text

from wisata.extensions import db
from wisata.i18n import DEFAULT_LANGUAGE, LANGUAGES
from wisata.services import calendar, catalog

bp = Blueprint("root", __name__)


@bp.get("/")
def index():
    lang = request.accept_languages.best_match(LANGUAGES) or DEFAULT_LANGUAGE
    response = redirect(url_for("public.home", lang=lang))
    response.headers["Vary"] = "Accept-Language"
    return response


@bp.get("/healthz")
def healthz():
    try:
        db.session.execute(text("SELECT 1"))
    except Exception:  # noqa: BLE001 - any database failure means "not healthy"
        current_app.logger.exception("health check failed")
        return jsonify(status="error", database="unavailable"), 503
    return jsonify(status="ok")


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


@bp.get("/sitemap.xml")
def sitemap():
    pages = catalog.sitemap_pages()
    xml = render_template("sitemap.xml", pages=pages, languages=LANGUAGES, today=date.today())
    return Response(xml, mimetype="application/xml")


@bp.get("/media/<path:filename>")
def media(filename: str):
    response = send_from_directory(current_app.config["MEDIA_FOLDER"], filename, max_age=31536000)
    response.headers["X-Content-Type-Options"] = "nosniff"
    if filename.endswith(".svg"):
        response.headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'"
    return response


@bp.get("/events.ics")
def events_ics():
    lang = request.args.get("lang", DEFAULT_LANGUAGE)
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE
    body = calendar.events_calendar(
        catalog.upcoming_events(),
        lang,
        lambda event: url_for("public.event", lang=lang, slug=event.slug, _external=True),
    )
    return Response(body, mimetype="text/calendar", headers={"Content-Disposition": 'inline; filename="events.ics"'})
