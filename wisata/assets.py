"""Static files and compression for slow phone connections.

Static URLs carry a fingerprint of the file (`/static/css/site.css?v=3f2a9c1e`), so a
browser may keep them for a year and still gets a new file the moment it changes.
Responses are compressed (Brotli or gzip) unless they carry a CSRF token: a compressed
page that holds a secret next to text an attacker can reflect into it leaks the secret
through its size (BREACH), so pages with forms go out uncompressed.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from flask import Flask, g, request

from wisata.extensions import compress

YEAR = 365 * 24 * 3600


@lru_cache(maxsize=512)
def _fingerprint(path: str, mtime: float) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:10]


def fingerprint(app: Flask, filename: str) -> str | None:
    path = Path(app.static_folder) / filename
    try:
        return _fingerprint(str(path), path.stat().st_mtime)
    except OSError:
        return None


def init_app(app: Flask) -> None:
    @app.url_defaults
    def add_fingerprint(endpoint, values):
        if endpoint == "static" and "v" not in values and (version := fingerprint(app, values.get("filename", ""))):
            values["v"] = version

    @app.after_request
    def cache_and_compress(response):
        if request.endpoint == "static" and request.args.get("v") and response.status_code in (200, 304):
            response.cache_control.public = True
            response.cache_control.max_age = YEAR
            response.cache_control.immutable = True
            response.cache_control.no_cache = None
        if app.config.get("COMPRESS_REGISTER") is False and app.config["WTF_CSRF_FIELD_NAME"] not in g:
            response = compress.after_request(response)
        return response
