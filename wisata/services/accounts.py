"""Traveller accounts: registration, sign-in, passwords, e-mail addresses and signed links.

The rules live here; the views in wisata.account only read forms and render. Functions
change the session's objects and flush; the view commits once, then sends the e-mails
(so a link is never mailed for a change that was not saved).
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import sqlalchemy as sa
from flask import current_app, request, session, url_for
from flask_babel import gettext as _
from flask_login import login_user, logout_user
from itsdangerous import BadData, URLSafeTimedSerializer
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import contains_eager

from wisata import timeutil
from wisata.auth import close_all_sessions, close_session, open_session
from wisata.errors import DomainError
from wisata.extensions import db
from wisata.i18n import DEFAULT_LANGUAGE, LANGUAGES
from wisata.models import Booking, Departure, User
from wisata.services import access, mail, referrals
from wisata.services.office import audit
from wisata.services.passwords import hash_password, needs_rehash, verify_password

PASSWORD_MIN_LENGTH = 8
PASSWORD_MAX_LENGTH = 128
COMMON_PASSWORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "common_passwords.txt"

VERIFY_SALT = "account-verify-email"
RESET_SALT = "account-password-reset"
EMAIL_CHANGE_SALT = "account-change-email"


class AccountError(DomainError):
    """A rule was not met; the message is shown to the person, with this HTTP status."""

    status_code = 400

    def __init__(self, message: str, status_code: int | None = None, field: str | None = None):
        super().__init__(message)
        self.status_code = status_code or self.status_code
        self.field = field  # the form field the message belongs to, if any


class InvalidLink(AccountError):
    """A signed link that is forged, expired, already used or meant for someone else."""

    status_code = 404


# Addresses and passwords


def normalise_email(value: str | None) -> str:
    """The form in which addresses are stored and compared: trimmed, lower-case."""
    return (value or "").strip().lower()


def find_user(email: str) -> User | None:
    """The account with this address, whatever its case."""
    return db.session.scalar(sa.select(User).where(sa.func.lower(User.email) == normalise_email(email)))


@cache
def common_passwords() -> frozenset[str]:
    """The most common passwords (lower-case), which are refused whatever their case."""
    lines = COMMON_PASSWORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip())


def password_problem(password: str, email: str = "") -> str | None:
    """Why this password is refused, or None. Length and guessability only: no composition rules."""
    if len(password) < PASSWORD_MIN_LENGTH:
        return _("Use at least %(min)d characters.", min=PASSWORD_MIN_LENGTH)
    if len(password) > PASSWORD_MAX_LENGTH:
        return _("Use at most %(max)d characters.", max=PASSWORD_MAX_LENGTH)
    lowered = password.lower()
    email = normalise_email(email)
    if email and lowered in (email, email.partition("@")[0]):
        return _("Do not use your e-mail address as your password.")
    if lowered in common_passwords():
        return _("This password is too common and easy to guess. Choose another one.")
    return None


def _check_password(password: str, email: str) -> None:
    problem = password_problem(password, email)
    if problem:
        raise AccountError(problem, field="password")


def _set_password(user: User, password: str) -> None:
    """Store a new password; every session and remember-me cookie of the account ends."""
    _check_password(password, user.email)
    user.password_hash = hash_password(password)
    close_all_sessions(user)


@cache
def _dummy_hash() -> str:
    return hash_password("not the password of anyone")


# Registration and sign-in


def register_user(name: str, email: str, password: str, locale: str) -> tuple[User | None, bool]:
    """A new, unverified account; or the existing one and False if the address is taken.

    The caller must answer both cases the same way, so the form does not reveal who has an
    account. The password is hashed either way so both take the same time.
    """
    email = normalise_email(email)
    _check_password(password, email)
    password_hash = hash_password(password)
    existing = find_user(email)
    if existing is not None:
        return existing, False
    user = User(email=email, name=name.strip(), password_hash=password_hash,
                locale=locale if locale in LANGUAGES else DEFAULT_LANGUAGE)
    db.session.add(user)
    try:
        db.session.flush()
    except IntegrityError:
        # Registered twice at the same moment: the other request made the account.
        db.session.rollback()
        return find_user(email), False
    return user, True


def authenticate(email: str, password: str) -> User | None:
    """The active account with this address and password, or None.

    An outdated hash (weaker parameters than today's) is replaced by a new one.
    Every attempt is recorded in the audit trail (the caller commits either way).
    """
    user = find_user(email)
    if user is None or not user.password_hash:
        verify_password(_dummy_hash(), password)  # same time whether or not the account exists
        return _sign_in_failed(email, user)
    if not verify_password(user.password_hash, password) or not user.active:
        return _sign_in_failed(email, user)
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.last_login_at = timeutil.now()
    _record_account("account.signed_in", user)
    return user


def _sign_in_failed(email: str, user: User | None) -> None:
    """Record the attempt under the address tried; an office admin's office sees attempts on
    its accounts."""
    tried = normalise_email(email)
    audit.record("account.sign_in_failed", region_id=audit.account_region_id(user),
                 actor_label=tried, email=tried)
    return None


def _record_account(action: str, user: User, **details) -> None:
    audit.record(action, actor=user, region_id=audit.account_region_id(user), subject=f"user:{user.id}", **details)


def start_session(user: User, remember: bool = False) -> None:
    """Sign in on a brand-new session, so a session planted before sign-in is worth nothing.

    Only the bookings this browser may already open, and what brought the visitor (a
    campaign or fair, for the offices' figures), are carried over.
    """
    kept = {key: session[key] for key in (access.SESSION_KEY, referrals.SESSION_KEY) if session.get(key)}
    session.clear()
    session.update(kept)
    open_session(user, remember=remember)
    login_user(user, remember=remember)
    if not remember and _has_remember_cookie():
        session["_remember"] = "clear"  # Flask-Login then deletes the old cookie


def renew_session(user: User) -> None:
    """Sign this browser in again after all the account's sessions were closed."""
    start_session(user, remember=_has_remember_cookie())


def end_session(user: User | None) -> None:
    """Sign this device out: its server-side session is deleted, so a copy of the old
    cookie, or its remember-me cookie, no longer works. Other devices stay signed in."""
    if user is not None and user.is_authenticated:
        close_session(user)
    session.clear()
    logout_user()  # after clear(): it asks Flask-Login to delete the remember-me cookie


def _has_remember_cookie() -> bool:
    return current_app.config.get("REMEMBER_COOKIE_NAME", "remember_token") in request.cookies


def safe_next_url(target: str | None) -> str | None:
    """`target` if it is a path on this site (not //host, not a scheme, no control chars)."""
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")):
        return None
    if "\\" in target or any(ord(c) < 0x21 or ord(c) == 0x7F for c in target):
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return None
    return target


def home_url(user: User) -> str:
    """Where a person lands after signing in, in their own language: the office's home
    for a tourism-office admin, else the account page."""
    lang = user.locale if user.locale in LANGUAGES else DEFAULT_LANGUAGE
    return url_for("office.home" if user.is_office_admin else "account.overview", lang=lang)


# Password and e-mail changes


def change_password(user: User, current_password: str, new_password: str) -> None:
    """Replace the password once the current one is given; other sessions end.

    The caller signs the current browser in again (start_session) with the new version.
    """
    if not verify_password(user.password_hash, current_password):
        raise AccountError(_("Your current password is not correct."), field="current_password")
    _set_password(user, new_password)
    _record_account("account.password_changed", user)


def reset_password(user: User, new_password: str) -> None:
    """Set a new password from a reset link; opening the link also proved the address."""
    _set_password(user, new_password)
    user.email_verified_at = user.email_verified_at or timeutil.now()
    _record_account("account.password_reset", user)


def request_email_change(user: User, password: str, new_email: str) -> str:
    """Check the password and that the new address is free; returns it, normalised.

    Nothing changes yet: the address changes when the link sent to it is opened.
    """
    new_email = normalise_email(new_email)
    if not verify_password(user.password_hash, password):
        raise AccountError(_("Your current password is not correct."), field="current_password")
    if new_email == normalise_email(user.email):
        raise AccountError(_("This is already your e-mail address."), field="email")
    if find_user(new_email) is not None:
        raise AccountError(_("This e-mail address is already used by another account."), field="email")
    return new_email


def confirm_email_change(token: str) -> tuple[User, str]:
    """Apply the change a link from request_email_change asks for; returns the old address."""
    data = _load(EMAIL_CHANGE_SALT, token, _max_age("EMAIL_VERIFY_MAX_AGE"))
    user = _user(data)
    if user is None or normalise_email(user.email) != data.get("old"):
        raise InvalidLink(_("This link has expired or has already been used."))
    new_email = normalise_email(data.get("new"))
    if find_user(new_email) is not None:
        raise AccountError(_("This e-mail address is already used by another account."), 409)
    old_email = user.email
    user.email = new_email
    user.email_verified_at = timeutil.now()
    _record_account("account.email_changed", user, old_email=old_email, email=new_email)
    return user, old_email


def verify_email(token: str) -> User:
    """Mark the address as verified if the link was made for the account's current address."""
    data = _load(VERIFY_SALT, token, _max_age("EMAIL_VERIFY_MAX_AGE"))
    user = _user(data)
    if user is None or normalise_email(user.email) != data.get("email"):
        raise InvalidLink(_("This link has expired or is no longer valid."))
    user.email_verified_at = user.email_verified_at or timeutil.now()
    return user


def set_locale(user: User, locale: str) -> None:
    if locale not in LANGUAGES:
        raise AccountError(_("Choose one of the languages offered."))
    user.locale = locale


# Signed links


def _serializer(salt: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=salt)


def _max_age(setting: str) -> int:
    return int(current_app.config[setting])


def _load(salt: str, token: str, max_age: int) -> dict:
    try:
        data = _serializer(salt).loads(token, max_age=max_age)
    except BadData:
        data = None
    if not isinstance(data, dict):
        raise InvalidLink(_("This link has expired or is no longer valid."))
    return data


def _user(data: dict) -> User | None:
    user_id = data.get("uid")
    user = db.session.get(User, user_id) if isinstance(user_id, int) else None
    return user if user is not None and user.active else None


def _password_fingerprint(user: User) -> str:
    """Changes whenever the password does, without putting the hash itself in a link."""
    key = current_app.config["SECRET_KEY"].encode()
    return hmac.new(key, (user.password_hash or "").encode(), hashlib.sha256).hexdigest()[:24]


def verification_token(user: User) -> str:
    return _serializer(VERIFY_SALT).dumps({"uid": user.id, "email": normalise_email(user.email)})


def email_change_token(user: User, new_email: str) -> str:
    return _serializer(EMAIL_CHANGE_SALT).dumps(
        {"uid": user.id, "old": normalise_email(user.email), "new": normalise_email(new_email)}
    )


def password_reset_token(user: User) -> str:
    """Valid for PASSWORD_RESET_MAX_AGE, and only until the password (or address) changes."""
    return _serializer(RESET_SALT).dumps(
        {"uid": user.id, "email": normalise_email(user.email), "pw": _password_fingerprint(user)}
    )


def verify_password_reset_token(token: str) -> User:
    """The account a reset link is for; InvalidLink if it is expired, used or forged."""
    data = _load(RESET_SALT, token, _max_age("PASSWORD_RESET_MAX_AGE"))
    user = _user(data)
    if (
        user is None
        or normalise_email(user.email) != data.get("email")
        or not hmac.compare_digest(_password_fingerprint(user), str(data.get("pw", "")))
    ):
        raise InvalidLink(_("This link has expired or has already been used."))
    return user


# E-mails (sent after the commit)


def _link(endpoint: str, locale: str, **values) -> str:
    return url_for(endpoint, lang=locale, _external=True, **values)


def send_registration_mail(user: User | None, created: bool, locale: str) -> None:
    """A verification link for a new account; a "you already have an account" note otherwise."""
    if user is None:
        return
    if created:
        send_verification(user, locale)
        return
    mail.send_template(user.email, "account_exists", locale, user=user,
                       login_link=_link("account.login", locale),
                       reset_link=_link("account.forgot_password", locale))


def send_verification(user: User, locale: str | None = None) -> None:
    locale = locale or user.locale
    mail.send_template(user.email, "account_verify", locale, user=user,
                       link=_link("account.verify", locale, token=verification_token(user)),
                       days=_max_age("EMAIL_VERIFY_MAX_AGE") // 86400)


def send_password_reset(email: str, locale: str) -> None:
    """A reset link if an active account has this address; nothing otherwise (and no hint)."""
    user = find_user(email)
    if user is None or not user.active:
        return
    mail.send_template(user.email, "account_password_reset", locale, user=user,
                       link=_link("account.reset_password", locale, token=password_reset_token(user)),
                       minutes=_max_age("PASSWORD_RESET_MAX_AGE") // 60)


def send_password_changed(user: User) -> None:
    mail.send_template(user.email, "account_password_changed", user.locale, user=user,
                       reset_link=_link("account.forgot_password", user.locale))


def send_email_change_link(user: User, new_email: str) -> None:
    mail.send_template(new_email, "account_email_change", user.locale, user=user, new_email=new_email,
                       link=_link("account.confirm_email", user.locale,
                                  token=email_change_token(user, new_email)),
                       days=_max_age("EMAIL_VERIFY_MAX_AGE") // 86400)


def send_email_changed(user: User, old_email: str) -> None:
    """Tell the previous address, so a change nobody asked for does not go unnoticed."""
    mail.send_template(old_email, "account_email_changed", user.locale, user=user, old_email=old_email)


# The account page


@dataclass
class TravellerBookings:
    upcoming: list[Booking]
    past: list[Booking]


def bookings_of(user: User) -> TravellerBookings:
    """The account's own bookings: upcoming (soonest first) and past (latest first)."""
    rows = db.session.scalars(
        sa.select(Booking)
        .join(Booking.departure)
        .where(Booking.user_id == user.id)
        .options(contains_eager(Booking.departure).selectinload(Departure.package))
        .order_by(Departure.date, Departure.start_time, Booking.id)
    ).all()
    today = timeutil.today()
    return TravellerBookings(
        upcoming=[b for b in rows if b.departure.date >= today],
        past=[b for b in reversed(rows) if b.departure.date < today],
    )
