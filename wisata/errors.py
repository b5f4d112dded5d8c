"""Localized error pages (HTML) and JSON errors for the API."""

from __future__ import annotations

from flask import Flask, g, render_template, request
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, InternalServerError

from wisata.extensions import db
from wisata.i18n import LANGUAGES


class DomainError(Exception):
    """A request the rules refuse. `str(error)` is the localized message for the person,
    `status_code` the HTTP status (4xx). Services raise it (or a subclass); views let it
    through, and one handler per audience rolls back and answers: a page for HTML, JSON
    for the API. A view that wants to show the message inside its own form catches it."""

    status_code = 400

    def __init__(self, message: str, status_code: int | None = None):
        super().__init__(message)
        if status_code is not None:
            self.status_code = status_code


def error_title(error: HTTPException) -> str:
    titles = {
        400: _("The request could not be understood"),
        403: _("You may not open this page"),
        404: _("Page not found"),
        405: _("This action is not allowed here"),
        409: _("This has changed in the meantime"),
        413: _("The upload is too large"),
        429: _("Too many requests"),
    }
    return titles.get(error.code, _("Something went wrong"))


def error_message(error: HTTPException) -> str:
    """Our own (localized) description if the view gave one, else a general one."""
    if isinstance(error, CSRFError):
        return _("The form has expired or was sent from elsewhere. Please reload the page and try again.")
    if error.description and error.description != type(error).description:
        return str(error.description)
    messages = {
        400: _("Please check what you entered and try again."),
        403: _("Your account does not have access to this page."),
        404: _("The page you are looking for does not exist or is no longer available."),
        405: _("Please use the links and buttons on the site."),
        413: _("Please choose a smaller file."),
        429: _("Please wait a moment before trying again."),
    }
    return messages.get(error.code, _("We are sorry: an error occurred on our side. Please try again later."))


def _language_from_path() -> None:
    """Error pages raised before routing still speak the language of the URL."""
    first = request.path.strip("/").split("/", 1)[0]
    if "lang" not in g and first in LANGUAGES:
        g.lang = first


def _render(error: HTTPException):
    _language_from_path()
    if request.path.startswith("/api/"):
        return {"error": {"code": error.code, "message": error_message(error)}}, error.code
    template = "errors/404.html" if error.code == 404 else "errors/error.html"
    return render_template(template, error=error), error.code


def _domain_http_error(error: DomainError) -> HTTPException:
    http_error = HTTPException(description=str(error))
    http_error.code = error.status_code
    return http_error


SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
}


def init_app(app: Flask) -> None:
    app.jinja_env.globals.update(error_title=error_title, error_message=error_message)

    @app.after_request
    def secure_headers(response):
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.errorhandler(HTTPException)
    def handle_http(error: HTTPException):
        return _render(error)

    @app.errorhandler(CSRFError)
    def handle_csrf(error: CSRFError):
        return _render(error)

    @app.errorhandler(DomainError)
    def handle_domain(error: DomainError):
        db.session.rollback()
        return _render(_domain_http_error(error))

    @app.errorhandler(Exception)
    def handle_unexpected(error: Exception):
        app.logger.exception("unhandled error on %s", request.path)
        db.session.rollback()
        return _render(InternalServerError())
