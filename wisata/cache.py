"""Caching of anonymous public pages, and of the fragments nearly every page reads.

Pages and fragments live in Flask-Caching: in each process by default (SimpleCache), in
Redis with `REDIS_URL`. They are stored under the current value of `cache_versions.public`,
which every transaction that changes what public pages show raises just before it commits,
in that same transaction: a session hook notes inserts, updates and deletes of the public
tables (through the ORM's flush or as UPDATE/DELETE/INSERT statements run by the session).
The next request reads the new value (one small SELECT) and looks under another key, so a
change reaches every worker at its commit, whatever cache each one keeps. Keys also carry
today's date (WIB) and the release (code and templates), and a page lives at most
`PAGE_CACHE_SECONDS`, for what changes with the clock alone.

A page is served from the cache to an anonymous visitor with no flashed message waiting,
before any other work of the request; it is stored only if it is a 200 that set no cookie,
left the session alone and holds no CSRF token. So a view that writes to the session for
some query parameters only never has those answers stored (the query string is part of
the key), and its writes always happen. Bodies are stored as sent, compressed for each
Accept-Encoding, with an ETag so a phone revalidates with a 304 instead of a download.
"""

from __future__ import annotations

import hashlib
import itertools
import time
from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import click
import sqlalchemy as sa
from flask import Flask, current_app, g, has_app_context, request, session
from flask.cli import AppGroup
from flask_caching import Cache
from redis.exceptions import RedisError
from sqlalchemy import event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from werkzeug.wsgi import ClosingIterator

from wisata import timeutil
from wisata.extensions import db
from wisata.i18n import DEFAULT_LANGUAGE, LANGUAGES
from wisata.models import CacheVersion
from wisata.services import package_figures  # noqa: F401 - its before_commit hook must run before ours

cache = Cache()

VERSION_NAME = "public"

# Tables whose rows public pages, feeds and the API show (or count, like the open figures).
PUBLIC_TABLES = frozenset({
    "attraction_categories", "attraction_closures", "attractions", "bookings", "campaign_events",
    "campaign_packages", "campaigns", "categories", "departures", "event_packages", "events",
    "itinerary_days", "itinerary_stops", "organisations", "package_figures", "package_photos",
    "packages", "photos", "price_categories", "promo_codes", "regions", "reviews",
})

# GET views whose answer is the same for every anonymous visitor: never a booking's pages,
# the booking steps with their one-time keys, or anything behind a sign-in; nor the event
# and campaign pages, which note every visit in the session as the referral a booking
# made next will carry (services/referrals.py), so each visit must reach its view.
PAGES = frozenset({
    "public.home", "public.packages", "public.package", "public.attractions", "public.attraction",
    "public.events", "public.event_ics", "public.region", "public.joint", "public.figures",
    "public.about", "public.privacy_notice", "public.contact",
    "root.sitemap", "root.sitemap_file", "root.events_atom", "root.events_ics", "root.figures_csv",
    "api.packages", "api.package", "api.attractions", "api.events", "api.figures", "api.openapi",
})
# Headers a stored page does not keep: recomputed, or about this one answer.
UNSTORED_HEADERS = frozenset({"content-length", "date", "set-cookie", "x-cache"})

_CHANGED = "cache.public_changed"  # session.info: this transaction changes public rows
_RAISED = "cache.version_raised"  # session.info: this transaction raised the version
_VERSION = "_cache_version"  # g: the version read in this transaction
_LOOKUP = "_page_cache"  # g: (key, etag) of a page looked up and missed, or HIT
HIT = "hit"

T = TypeVar("T")


# Which transactions change public pages --------------------------------------------------

def _public(instance) -> bool:
    return getattr(type(instance), "__tablename__", None) in PUBLIC_TABLES


def _changes_public_rows(session: Session) -> bool:
    """Whether the session holds changes to public rows not yet committed."""
    if session.info.get(_CHANGED):
        return True
    pending = itertools.chain(session.new, session.deleted, (o for o in session.dirty if session.is_modified(o)))
    return any(_public(instance) for instance in pending)


@event.listens_for(Session, "after_flush")
def _note_flush(session, flush_context):
    if not session.info.get(_CHANGED) and _changes_public_rows(session):
        session.info[_CHANGED] = True


@event.listens_for(Session, "do_orm_execute")
def _note_statement(state):
    if state.is_insert or state.is_update or state.is_delete:
        table = getattr(state.statement, "table", None)
        if getattr(table, "name", None) in PUBLIC_TABLES:
            state.session.info[_CHANGED] = True


@event.listens_for(Session, "before_commit")
def _raise_version(session):
    if session.new or session.dirty or session.deleted:
        session.flush()  # notes what the flush changes
    if session.info.pop(_CHANGED, False):
        raise_version(session)
        session.info[_RAISED] = True


@event.listens_for(Session, "after_commit")
def _committed(session):
    _forget_version()
    if session.info.pop(_RAISED, False):
        _forget_process_version()  # this process sees its own change at once


@event.listens_for(Session, "after_rollback")
def _rolled_back(session):
    session.info.pop(_CHANGED, None)
    session.info.pop(_RAISED, None)
    _forget_version()


def _forget_version() -> None:
    if has_app_context():
        g.pop(_VERSION, None)


def raise_version(session: Session) -> None:
    """Raise the public version in the session's transaction (the hook does it at commit).

    Last in the transaction, so every writer takes this row's lock after its others."""
    raised = session.execute(
        sa.update(CacheVersion).where(CacheVersion.name == VERSION_NAME)
        .values(value=CacheVersion.value + 1).execution_options(synchronize_session=False)
    )
    if raised.rowcount == 0:  # a database whose row was removed: put it back
        dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
        insert = dialect.insert(CacheVersion).values(name=VERSION_NAME, value=1)
        session.execute(insert.on_conflict_do_update(
            index_elements=[CacheVersion.name], set_={"value": CacheVersion.value + 1}))


def current_version() -> int:
    """The public version, read once per transaction of the request, and at most every
    PAGE_CACHE_VERSION_SECONDS by each process: a page served from the cache then costs no
    database round trip at all, and a change committed by another process shows within
    that time (this process's own commits show at once)."""
    if _VERSION not in g:
        setattr(g, _VERSION, _process_version())
    return g.get(_VERSION)


def _process_version() -> int:
    app = current_app._get_current_object()
    seconds = app.config.get("PAGE_CACHE_VERSION_SECONDS", 0)
    known = app.extensions.get("page_cache_version")
    now = time.monotonic()
    if seconds > 0 and known is not None and now - known[1] < seconds:
        return known[0]
    value = db.session.scalar(sa.select(CacheVersion.value).where(CacheVersion.name == VERSION_NAME)) or 0
    app.extensions["page_cache_version"] = (value, now)
    return value


def _forget_process_version() -> None:
    if has_app_context():
        current_app.extensions.pop("page_cache_version", None)


# The cache itself, which may be away (Redis down): then everything is rendered ------------

def _get(key: str):
    try:
        return cache.get(key)
    except RedisError:
        current_app.logger.warning("page cache unavailable", exc_info=True)
        return None


def _set(key: str, value, timeout: int | None = None) -> None:
    try:
        cache.set(key, value, timeout=timeout or current_app.config["PAGE_CACHE_SECONDS"])
    except RedisError:
        current_app.logger.warning("page cache unavailable", exc_info=True)


def _enabled() -> bool:
    return bool(current_app.config.get("PAGE_CACHE_ENABLED"))


# Fragments ---------------------------------------------------------------------------------

def fragment(name: str, load: Callable[[], list[T]]) -> list[T]:
    """`load()`, a list of ORM objects, kept under the public version between requests.

    Objects from the cache are merged into the session without a query, so they behave
    as loaded (lazy loads, relationships); a transaction with public changes of its own
    loads afresh."""
    if not _enabled() or _changes_public_rows(db.session()):
        return load()
    key = f"fragment:{name}:{current_version()}"
    stored = _get(key)
    if stored is None:
        loaded = load()
        _set(key, loaded)
        return loaded
    return [db.session.merge(instance, load=False) for instance in stored]


# Results that may be a few minutes old, and say so ----------------------------------------

def kept(key: str, seconds: int, load: Callable[[], T], *, fresh: bool = False) -> tuple[T, datetime]:
    """`load()` and when it was made, kept `seconds` under `key` whatever commits meanwhile
    (so every worker and every page asking within that time gets the same result); `fresh`
    (or `seconds` <= 0) makes it again. For work too heavy to redo on every request whose
    page shows its time, like the offices' figures."""
    if seconds <= 0:
        return load(), timeutil.now()
    key = f"kept:{key}"
    stored = None if fresh else _get(key)
    if stored is not None:
        return stored
    made = (load(), timeutil.now())
    _set(key, made, timeout=seconds)
    return made


# Pages -------------------------------------------------------------------------------------

def _anonymous() -> bool:
    """No signed-in user (nor a remember-me cookie that would sign one in) and no flashed
    message waiting: the visitor sees what every anonymous visitor sees. A request without
    a session cookie is not made to open (and Vary on) an empty session."""
    config = current_app.config
    if config.get("REMEMBER_COOKIE_NAME", "remember_token") in request.cookies:
        return False
    if config["SESSION_COOKIE_NAME"] not in request.cookies:
        return True
    return "_user_id" not in session and "_flashes" not in session


def _page_key() -> tuple[str, str] | None:
    """(cache key, ETag) of this request's page, or None if it is not to be cached."""
    if (not _enabled() or request.method not in ("GET", "HEAD") or request.endpoint not in PAGES
            or not _anonymous() or _changes_public_rows(db.session())):
        return None
    lang = g.get("lang") or request.accept_languages.best_match(LANGUAGES) or DEFAULT_LANGUAGE
    # HEAD is answered by the GET view, its body left out when sent: one entry for both.
    parts = (current_version(), timeutil.today().isoformat(), "GET", request.host, request.full_path, lang,
             request.headers.get("Accept-Encoding", "").replace(" ", "").lower())
    digest = hashlib.sha256("\n".join(map(str, parts)).encode()).hexdigest()
    return f"page:{digest}", digest[:32]


def _conditional(response, etag: str):
    """A 304 without the body when the client holds this page already (If-None-Match).
    Werkzeug's make_conditional would also add a Date header, which gunicorn sends too."""
    response.set_etag(etag)
    if request.if_none_match.contains_weak(etag):
        response.status_code = 304
    return response


def _serve(entry, etag: str):
    status, headers, body = entry
    response = current_app.response_class(body, status=status, headers=headers)
    response.headers["X-Cache"] = HIT
    return _conditional(response, etag)


def _storable(response) -> bool:
    return (
        response.status_code == 200
        and not response.direct_passthrough
        and "Set-Cookie" not in response.headers
        and not session.modified
        and current_app.config.get("WTF_CSRF_FIELD_NAME", "csrf_token") not in g
        and not response.cache_control.no_store
        and not response.cache_control.private
    )


def serve_from_cache():
    """before_request: answer from the cache when it holds this page."""
    found = _page_key()
    if found is None:
        return None
    key, etag = found
    entry = _get(key)
    if entry is not None:
        setattr(g, _LOOKUP, HIT)
        return _serve(entry, etag)
    setattr(g, _LOOKUP, found)
    return None


def store_in_cache(response):
    """after_request (the last to run, so the body is as sent): keep a page looked up and
    missed, if it may be shown to every anonymous visitor."""
    found = g.pop(_LOOKUP, None)
    if found is None or found == HIT:
        return response
    key, etag = found
    response.headers["X-Cache"] = "miss"
    if not _storable(response):
        return response
    response.set_etag(etag)
    headers = [(name, value) for name, value in response.headers.items()
               if name.lower() not in UNSTORED_HEADERS]
    if response.is_streamed:
        _store_when_sent(response, key, headers)
    else:
        _set(key, (response.status_code, headers, response.get_data()))
    return _conditional(response, etag)


def _store_when_sent(response, key: str, headers: list) -> None:
    """A streamed body (the sitemap) still goes out as it is made; the cache keeps a copy
    once all of it is sent (a client that leaves half-way leaves nothing stored)."""
    source, status = response.response, response.status_code
    backend, timeout, logger = cache.cache, current_app.config["PAGE_CACHE_SECONDS"], current_app.logger

    def stream():
        sent = []
        for chunk in source:
            chunk = chunk.encode() if isinstance(chunk, str) else chunk
            sent.append(chunk)
            yield chunk
        try:
            backend.set(key, (status, headers, b"".join(sent)), timeout=timeout)
        except RedisError:
            logger.warning("page cache unavailable", exc_info=True)

    # The source is closed whatever happens (it may hold the request context), even when
    # nothing was read.
    response.response = ClosingIterator(stream(), getattr(source, "close", None))


@lru_cache(maxsize=1)
def release(root: Path) -> str:
    """A fingerprint of the code, templates, catalogs and static files this process serves,
    so a deployment never serves pages (or unpickles objects) of the one before it."""
    digest = hashlib.sha256()
    for folder, pattern in (("wisata", "*.py"), ("templates", "*"), ("translations", "*.mo"), ("static", "*")):
        for path in sorted((root / folder).rglob(pattern)):
            if path.is_file():
                digest.update(path.relative_to(root).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


cache_group = AppGroup("cache", help="The cache of public pages.")


@cache_group.command("clear")
def clear_command():
    """Forget every stored page and fragment: after a restore, whose database may count
    versions again that Redis still holds pages of."""
    cache.clear()
    click.echo("The page cache is empty.")


def init_app(app: Flask) -> None:
    """Call right after the security guards: a page served from the cache skips the rest."""
    root = Path(app.root_path).parent
    app.config.setdefault("CACHE_KEY_PREFIX", f"wisata:{release(root)}:")
    cache.init_app(app)
    app.before_request(serve_from_cache)
    app.after_request(store_in_cache)
    app.cli.add_command(cache_group)
