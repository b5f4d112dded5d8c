"""List and detail pages run a fixed number of SQL queries, whatever the catalogue size."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import timedelta

import pytest
import sqlalchemy as sa

from wisata import timeutil
from wisata.extensions import db
from wisata.models import Event, EventKind


@contextmanager
def count_queries():
    statements = []

    def record(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    sa.event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", record)


def _catalogue(make, size: int):
    malang, jambi = make.region("malang"), make.region("jambi")
    attractions = [make.attraction(malang if i % 2 else jambi, slug=f"place-{i}") for i in range(6)]
    agencies = [make.organisation(malang), make.organisation(jambi)]
    packages = []
    for i in range(size):
        package = make.package(agencies[i % 2], attractions=attractions[i % 6:i % 6 + 2],
                               slug=f"trip-{i}", duration_days=1 + i % 3, featured=i % 5 == 0)
        packages.append(package)
        make.departure(package, days_ahead=5 + i % 20)
    event = Event(slug="festival", region=malang, kind=EventKind.FESTIVAL, title={"id": "F", "en": "F"},
                  starts_at=timeutil.now() + timedelta(days=5), ends_at=timeutil.now() + timedelta(days=6),
                  published=True, packages=packages[:size // 2])
    db.session.add(event)
    db.session.commit()


PAGES = [
    "/en/",
    "/en/packages",
    "/en/packages?region=joint&sort=price_asc",
    "/en/packages?q=tour&travellers=2&sort=rating",
    "/en/packages/trip-3",
    "/en/attractions",
    "/en/attractions/place-1",
    "/en/events",
    "/en/events/festival",
    "/sitemap.xml",
]


def _counts(client) -> dict[str, int]:
    counts = {}
    for page in PAGES:
        with count_queries() as statements:
            response = client.get(page)
        assert response.status_code == 200, page
        assert response.headers.get("X-Cache") != "hit", page  # what a page costs to make
        counts[page] = len(statements)
    return counts


@pytest.mark.timeout(600)
def test_query_count_does_not_grow_with_the_catalogue(app, make):
    _catalogue(make, 10)
    small = _counts(app.test_client())
    db.session.commit()
    _catalogue_more = 190
    for i in range(10, 10 + _catalogue_more):
        package = make.package(slug=f"trip-{i}")
        make.departure(package, days_ahead=5 + i % 20)
    large = _counts(app.test_client())
    assert large == small
    assert max(small.values()) <= 16
