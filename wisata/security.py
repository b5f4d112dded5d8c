"""Request-level guards against hostile input, so no view has to think about it:

- a Host header that is not a host name gets a 400 (before, an over-long one left Flask
  without a URL adapter and the error page itself failed with a 500);
- control characters in the path, the query string or a form's names and values get a
  400 (a NUL reaches PostgreSQL as an error; CR/LF only make sense inside a text area);
- `<int:...>` in a route accepts ASCII digits up to the largest 32-bit id, so a huge id is
  a 404 instead of an integer overflow in the database.
"""

from __future__ import annotations

import re

from flask import Flask, abort, request
from flask_babel import gettext as _
from werkzeug.routing import IntegerConverter

MAX_ID = 2**31 - 1  # ids are 32-bit INTEGER columns on PostgreSQL
MAX_HOST_LENGTH = 255
BAD_HOST_KEY = "wisata.bad_host"

_LABEL = r"[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?"
_HOST = re.compile(rf"(?:{_LABEL}(?:\.{_LABEL})*\.?|\[[0-9A-Fa-f:.]+\])(?::[0-9]{{1,5}})?")
# C0 control characters; TAB is harmless everywhere, CR/LF only in form values (text areas).
_CONTROL_IN_LINE = re.compile(r"[\x00-\x08\x0a-\x1f]")
_CONTROL_IN_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class IdConverter(IntegerConverter):
    """The app's `int` converter: ASCII digits only ("٣" is not 3) and at most MAX_ID."""

    regex = r"[0-9]+"

    def __init__(self, map, fixed_digits: int = 0, min: int | None = None, max: int | None = MAX_ID,
                 signed: bool = False) -> None:
        super().__init__(map, fixed_digits=fixed_digits, min=min, max=max, signed=signed)


def valid_host(host: str) -> bool:
    """A DNS name or IP literal, with an optional port, of sensible length."""
    name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
    return len(name) <= MAX_HOST_LENGTH and _HOST.fullmatch(host) is not None


class HostGuard:
    """WSGI middleware: a request whose Host is not a host name is answered by the app with
    a localized 400. The bad value is replaced before Flask sees it (URLs on the error page
    need a host Flask can work with) and the request is marked for `refuse_bad_host`."""

    def __init__(self, wsgi_app, fallback_host: str):
        self.wsgi_app = wsgi_app
        self.fallback_host = fallback_host

    def __call__(self, environ, start_response):
        host = environ.get("HTTP_HOST")
        if host is not None and not valid_host(host):
            environ["HTTP_HOST"] = self.fallback_host
            environ[BAD_HOST_KEY] = True
        return self.wsgi_app(environ, start_response)


def has_control_characters() -> bool:
    """Whether the path, a query parameter or a form field carries a control character."""
    if _CONTROL_IN_LINE.search(request.path):
        return True
    for key, value in request.args.items(multi=True):
        if _CONTROL_IN_LINE.search(key) or _CONTROL_IN_LINE.search(value):
            return True
    for key, value in request.form.items(multi=True):
        if _CONTROL_IN_LINE.search(key) or _CONTROL_IN_TEXT.search(value):
            return True
    return any(_CONTROL_IN_LINE.search(key) for key in request.files)


def init_app(app: Flask) -> None:
    """Call before the blueprints are registered (their `<int:...>` rules use the converter)
    and before a ProxyFix wraps the app, so the host checked is the one the proxy vouches for."""
    app.url_map.converters["int"] = IdConverter
    app.wsgi_app = HostGuard(app.wsgi_app, app.config.get("SERVER_NAME") or "localhost")

    @app.before_request
    def refuse_hostile_input():
        if request.environ.get(BAD_HOST_KEY):
            abort(400, description=_("The request names a host that is not valid."))
        if has_control_characters():
            abort(400, description=_("The request contains control characters that are not allowed."))
