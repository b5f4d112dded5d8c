"""Settings that depend on where the site runs: its public URL, the proxies in front of
it, secure cookies and HSTS, and the checks that stop a production start half-configured."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

HSTS = "max-age=31536000; includeSubDomains"


class ConfigurationError(RuntimeError):
    """The app refuses to start: a setting production needs is missing or wrong."""


def check_required(app: Flask, required: tuple[str, ...]) -> None:
    missing = [name for name in required if not app.config.get(name)]
    if missing:
        raise ConfigurationError(
            f"WISATA_ENV=production needs {', '.join(missing)} in the environment "
            "(see deploy/wisata.env.example)."
        )


def apply_site_url(app: Flask) -> None:
    """SITE_URL pins the host and scheme of absolute links; https turns on Secure cookies."""
    site_url = app.config.get("SITE_URL")
    if not site_url:
        return
    parts = urlsplit(site_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigurationError(f"SITE_URL must look like https://example.org, not {site_url!r}")
    app.config.setdefault("SERVER_NAME", None)
    app.config["SERVER_NAME"] = app.config["SERVER_NAME"] or parts.netloc
    app.config["PREFERRED_URL_SCHEME"] = parts.scheme
    if parts.path.strip("/"):
        app.config["APPLICATION_ROOT"] = parts.path.rstrip("/")
    if parts.scheme == "https":
        app.config["SESSION_COOKIE_SECURE"] = True
        app.config["REMEMBER_COOKIE_SECURE"] = True
    else:
        app.config["REMEMBER_COOKIE_SECURE"] = app.config.get("SESSION_COOKIE_SECURE", False)


def init_app(app: Flask) -> None:
    proxies = app.config.get("TRUSTED_PROXIES", 0)
    if proxies:
        # Only the last `proxies` hops are believed: a client cannot forge its address.
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies, x_host=proxies)

    if app.config.get("PREFERRED_URL_SCHEME") == "https" and app.config.get("SITE_URL"):
        @app.after_request
        def strict_transport(response):
            response.headers.setdefault("Strict-Transport-Security", HSTS)
            return response


class SiteFlask(Flask):
    """Absolute links always use the scheme of SITE_URL, not the one a request came in on
    (a proxy that forgot X-Forwarded-Proto must not put http:// links in e-mails)."""

    def url_for(self, endpoint: str, *, _anchor=None, _method=None, _scheme=None,
                _external=None, **values) -> str:
        if _external and _scheme is None and self.config.get("SITE_URL"):
            _scheme = self.config["PREFERRED_URL_SCHEME"]
        return super().url_for(endpoint, _anchor=_anchor, _method=_method, _scheme=_scheme,
                               _external=_external, **values)
