"""Who is signed in: one server-side record per signed-in device, and Flask-Login's loader."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

import sqlalchemy as sa
from flask import Flask, current_app
from flask_babel import lazy_gettext as _l

from wisata import timeutil
from wisata.extensions import db, login_manager
from wisata.models import User, UserSession


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def open_session(user: User, remember: bool = False) -> str:
    """Record a new signed-in device for `user`; returns the identity Flask-Login stores.

    Its life is bounded on the server: the session lifetime, or the remember-me duration.
    """
    token = secrets.token_urlsafe(32)
    seconds = current_app.config["REMEMBER_COOKIE_DURATION" if remember else "PERMANENT_SESSION_LIFETIME"]
    lifetime = seconds if isinstance(seconds, timedelta) else timedelta(seconds=seconds)
    now = timeutil.now()
    db.session.execute(sa.delete(UserSession).where(UserSession.user_id == user.id, UserSession.expires_at <= now))
    db.session.add(UserSession(user_id=user.id, token_hash=_hash(token), expires_at=now + lifetime))
    db.session.flush()
    user.session_token = token
    return user.get_id()


def close_session(user: User) -> None:
    """Sign this device out: its record is deleted, so a copy of its cookies is worthless."""
    token = getattr(user, "session_token", None)
    if token:
        db.session.execute(sa.delete(UserSession).where(UserSession.token_hash == _hash(token)))


def close_all_sessions(user: User) -> None:
    """Sign every device of the account out (after a password change or reset)."""
    db.session.execute(sa.delete(UserSession).where(UserSession.user_id == user.id))


@login_manager.user_loader
def load_user(identity: str) -> User | None:
    """Sessions carry "<user id>:<token>"; the token must name a live session of that user."""
    user_id, _, token = identity.partition(":")
    if not user_id.isdigit() or not token:
        return None
    user = db.session.scalar(
        sa.select(User).join(UserSession, UserSession.user_id == User.id).where(
            User.id == int(user_id),
            UserSession.token_hash == _hash(token),
            UserSession.expires_at > timeutil.now(),
        )
    )
    if user is None or not user.active:
        return None
    user.session_token = token
    return user


def init_app(app: Flask) -> None:
    login_manager.login_view = "account.login"
    login_manager.login_message = _l("Please sign in to see this page.")
    login_manager.login_message_category = "info"
    login_manager.session_protection = "basic"
