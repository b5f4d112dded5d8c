"""The read-only JSON API under /api/v1/, described by /api/v1/openapi.json."""

from flask import Blueprint

bp = Blueprint("api", __name__)

from wisata.api import routes  # noqa: E402,F401  (registers the views on bp)
