"""Who is signed in: Flask-Login's user loader and role helpers."""

from __future__ import annotations

from flask import Flask
from flask_babel import lazy_gettext as _l

from wisata.extensions import db, login_manager
from wisata.models import User


@login_manager.user_loader
def load_user(identity: str) -> User | None:
    """Sessions carry "<id>:<session_version>"; a bumped version signs the session out."""
    user_id, _, version = identity.partition(":")
    if not user_id.isdigit() or not version.isdigit():
        return None
    user = db.session.get(User, int(user_id))
    if user is None or user.session_version != int(version) or not user.active:
        return None
    return user


def init_app(app: Flask) -> None:
    login_manager.login_view = "account.login"
    login_manager.login_message = _l("Please sign in to see this page.")
    login_manager.login_message_category = "info"
    login_manager.session_protection = "basic"
