"""Traveller accounts: sign-in and out, registration, passwords, e-mail, the account page."""

from flask import Blueprint

bp = Blueprint("account", __name__)

from wisata.account import routes  # noqa: E402,F401  (registers the views on bp)
