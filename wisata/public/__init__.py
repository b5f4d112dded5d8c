"""The public site: home, packages, attractions, events, in every language."""

from flask import Blueprint

bp = Blueprint("public", __name__)

from wisata.public import booking, figures, pages, payments, phone, routes  # noqa: E402,F401  (registers the views on bp)
