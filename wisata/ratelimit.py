"""Rate-limit counters in the database, for a site that runs without Redis.

Flask-Limiter keeps its counters in a `limits` storage. The in-memory one is per process,
so with four gunicorn workers every limit was four times as generous. This storage keeps
fixed-window counters in the `rate_limit_counters` table, shared by every worker and
machine; with `REDIS_URL` set, Redis is used instead (`RATELIMIT_STORAGE_URI`).
"""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa
from flask import Flask
from limits.storage import Storage
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError

from wisata import timeutil
from wisata.extensions import db
from wisata.models import RateLimitCounter

counters = RateLimitCounter.__table__


class DatabaseStorage(Storage):
    """`wisata-sql://`: the app's own database. Each call runs in its own short
    transaction on its own connection, apart from the request's session."""

    STORAGE_SCHEME = ["wisata-sql"]

    def __init__(self, uri: str | None = None, wrap_exceptions: bool = False, **options):
        super().__init__(uri, wrap_exceptions=wrap_exceptions, **options)

    @property
    def base_exceptions(self):
        return SQLAlchemyError

    def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        now = timeutil.now()
        ends = now + timedelta(seconds=expiry)
        dialect = postgresql if db.engine.dialect.name == "postgresql" else sqlite
        insert = dialect.insert(counters).values(key=key, count=amount, expires_at=ends)
        lapsed = counters.c.expires_at <= now
        statement = insert.on_conflict_do_update(
            index_elements=[counters.c.key],
            set_={
                "count": sa.case((lapsed, amount), else_=counters.c.count + amount),
                "expires_at": sa.case((lapsed, insert.excluded.expires_at), else_=counters.c.expires_at),
            },
        ).returning(counters.c.count)
        with db.engine.begin() as connection:
            return connection.execute(statement).scalar_one()

    def _row(self, key: str):
        with db.engine.connect() as connection:
            return connection.execute(
                sa.select(counters.c.count, counters.c.expires_at).where(
                    counters.c.key == key, counters.c.expires_at > timeutil.now()
                )
            ).first()

    def get(self, key: str) -> int:
        row = self._row(key)
        return row.count if row else 0

    def get_expiry(self, key: str) -> float:
        row = self._row(key)
        return (row.expires_at if row else timeutil.now()).timestamp()

    def check(self) -> bool:
        try:
            with db.engine.connect() as connection:
                connection.execute(sa.text("SELECT 1"))
        except SQLAlchemyError:
            return False
        return True

    def reset(self) -> int | None:
        with db.engine.begin() as connection:
            return connection.execute(sa.delete(counters)).rowcount

    def clear(self, key: str) -> None:
        with db.engine.begin() as connection:
            connection.execute(sa.delete(counters).where(counters.c.key == key))


def purge_expired() -> int:
    """Delete lapsed counters (the scheduler runs this); returns how many."""
    with db.engine.begin() as connection:
        return connection.execute(sa.delete(counters).where(counters.c.expires_at <= timeutil.now())).rowcount


def init_app(app: Flask) -> None:
    """The storage class registers itself with `limits` when this module is imported;
    warn when a production site would count per process."""
    if app.config.get("RATELIMIT_STORAGE_URI", "").startswith("memory") and not (app.debug or app.testing):
        app.logger.warning("rate limits are counted per process (memory://); use wisata-sql:// or Redis")
