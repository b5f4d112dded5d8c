"""Rate limits without Redis: counters in the database, shared by every worker."""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa

from wisata import ratelimit, timeutil
from wisata.extensions import db
from wisata.models import RateLimitCounter


def _find(client):
    return client.post("/en/bookings/find", data={"code": "ABCDEFGH", "email": "x@example.com"}).status_code


def test_counters_live_in_the_database(app_with, app_ctx):
    client = app_with(RATELIMIT_ENABLED=True).test_client()
    assert [_find(client) for _ in range(3)] == [404] * 3
    [counter] = db.session.scalars(sa.select(RateLimitCounter))
    assert counter.count == 3 and counter.expires_at > timeutil.now()


def test_a_count_made_by_another_worker_is_honoured(app_with, app_ctx):
    client = app_with(RATELIMIT_ENABLED=True).test_client()
    assert _find(client) == 404
    # Another process (or machine) used up the budget meanwhile.
    db.session.execute(sa.update(RateLimitCounter).values(count=10))
    db.session.commit()
    assert _find(client) == 429


def test_a_window_that_ended_starts_again(app_with, app_ctx):
    client = app_with(RATELIMIT_ENABLED=True).test_client()
    assert _find(client) == 404
    db.session.execute(sa.update(RateLimitCounter).values(
        count=10, expires_at=timeutil.now() - timedelta(seconds=1)))
    db.session.commit()
    assert _find(client) == 404
    assert db.session.scalar(sa.select(RateLimitCounter.count)) == 1
    assert ratelimit.purge_expired() == 0
    db.session.execute(sa.update(RateLimitCounter).values(expires_at=timeutil.now() - timedelta(seconds=1)))
    db.session.commit()
    assert ratelimit.purge_expired() == 1
