"""Fixtures: one app and one migrated database per test session, emptied after each test.

Set TEST_DATABASE_URL (e.g. postgresql://postgres@127.0.0.1:5432/test) to run the suite
against PostgreSQL; by default it runs against a SQLite file in a temporary folder.
"""

from __future__ import annotations

import os

import pytest
import sqlalchemy as sa
from flask import g, has_app_context
from flask.testing import FlaskClient
from flask_migrate import upgrade

from config import TestConfig, normalise_database_url
from tests import factories
from tests.mailbox import Mailbox
from wisata import create_app
from wisata.cache import cache as page_cache
from wisata.extensions import db


def _database_url(tmp_path_factory) -> str:
    url = os.environ.get("TEST_DATABASE_URL")
    if url:
        return normalise_database_url(url)
    return f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.db'}"


def _reset_postgres(url: str) -> None:
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("DROP SCHEMA public CASCADE"))
        conn.execute(sa.text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(scope="session")
def database_url(tmp_path_factory):
    url = _database_url(tmp_path_factory)
    if url.startswith("postgresql"):
        _reset_postgres(url)
    return url


class FreshClient(FlaskClient):
    """A test client whose requests start with an empty `g`, as separate requests do.

    Tests keep an app context pushed (to build data); Flask reuses it for requests, so
    without this, per-request caches on `g` (locale, signed-in user) would leak between them.
    """

    def open(self, *args, **kwargs):
        if has_app_context():
            g.__dict__.clear()
        return super().open(*args, **kwargs)


@pytest.fixture(scope="session")
def app(database_url, tmp_path_factory):
    instance = tmp_path_factory.mktemp("instance")
    app = create_app(
        TestConfig,
        SQLALCHEMY_DATABASE_URI=database_url,
        MEDIA_FOLDER=str(instance / "media"),
        SERVER_NAME="wisata.test",
    )
    app.test_client_class = FreshClient
    with app.app_context():
        upgrade()
    yield app
    with app.app_context():
        db.engine.dispose()


@pytest.fixture(autouse=True)
def _clean_database(request):
    """Empty every table after each test that used the database."""
    yield
    if "app" not in request.fixturenames:
        return
    with request.getfixturevalue("app").app_context():
        _empty_every_table()


def _empty_every_table() -> None:
    db.session.remove()
    tables = [t for t in reversed(db.metadata.sorted_tables)]
    with db.engine.begin() as conn:
        # DELETE, children first: on tables of a few rows it takes 10 ms where PostgreSQL's
        # TRUNCATE of every table took 190 ms (new files for each table and index).
        for table in tables:
            conn.execute(table.delete())
    page_cache.clear()  # pages and fragments of the rows just removed behind the app's back


@pytest.fixture
def app_ctx(app):
    with app.app_context():
        yield
        db.session.remove()


@pytest.fixture
def client(app, app_ctx):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def make(app_ctx):
    """Builders for test data: make.package(...), make.departure(...), ..."""
    return factories.Factory(db.session)


@pytest.fixture(scope="module")
def demo_rows(app):
    """The demo data, seeded once per module and kept as rows: (seed-demo's output, rows).

    Seeding draws dozens of images and builds months of bookings (seconds); putting its rows
    back takes a fraction of that. Use `seeded_demo`, not this.
    """
    with app.app_context():
        result = app.test_cli_runner().invoke(args=["seed-demo"])
        assert result.exit_code == 0, result.output
        rows = {table: [dict(row._mapping) for row in db.session.execute(sa.select(table))]
                for table in db.metadata.sorted_tables}
        _empty_every_table()  # each test starts from empty tables, as everywhere else
    return result.output, rows


@pytest.fixture
def seeded_demo(app_ctx, demo_rows):
    """The demo data in the database for this test (the usual clean-up empties it after).

    The same rows the seed wrote, ids included, so a test sees exactly what a test that
    seeded for itself would see, and whatever it changes is gone before the next test.
    """
    output, rows = demo_rows
    with db.engine.begin() as conn:
        for table, table_rows in rows.items():  # parents before children
            if table_rows:
                conn.execute(table.insert(), table_rows)
        if conn.dialect.name == "postgresql":
            _advance_sequences(conn, rows)
    return output


def _advance_sequences(conn, tables) -> None:
    """Move each id sequence past the rows put back with their ids, as inserting would have."""
    for table in tables:
        for column in table.primary_key.columns:
            sequence = conn.scalar(sa.text("SELECT pg_get_serial_sequence(:t, :c)"),
                                   {"t": table.name, "c": column.name})
            if sequence:
                conn.execute(sa.text(f"SELECT setval('{sequence}', (SELECT coalesce(max({column.name}), 0) + 1 "
                                     f"FROM {table.name}), false)"))


@pytest.fixture
def mailbox(app):
    """A local SMTP server the app sends to during the test."""
    box = Mailbox()
    port = box.start()
    saved = {k: app.config.get(k) for k in ("MAIL_SERVER", "MAIL_PORT")}
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=port)
    yield box
    app.config.update(saved)
    box.stop()


def pytest_collection_modifyitems(config, items):
    if os.environ.get("TEST_DATABASE_URL", "").startswith("postgres"):
        return
    skip = pytest.mark.skip(reason="needs TEST_DATABASE_URL pointing at PostgreSQL")
    for item in items:
        if "postgres_only" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def app_with(database_url, tmp_path):
    """Build another app on the test database with other settings: `app_with(SITE_URL=...)`.

    The limiter is one shared object that each app initialises; it is restored afterwards."""
    from wisata.extensions import limiter

    saved = dict(limiter.__dict__)
    built = []

    def build(**overrides):
        settings = {"SQLALCHEMY_DATABASE_URI": database_url, "MEDIA_FOLDER": str(tmp_path / "media"),
                    "SERVER_NAME": "wisata.test"}
        settings.update(overrides)
        other = create_app(TestConfig, **settings)
        other.test_client_class = FreshClient
        built.append(other)
        return other

    yield build
    for other in built:
        with other.app_context():
            db.session.remove()
            db.engine.dispose()
    limiter.__dict__.clear()
    limiter.__dict__.update(saved)


REDIS_TEST_URL = "redis://127.0.0.1:6379/13"


@pytest.fixture
def redis_url():
    """A flushed Redis database on 127.0.0.1 for the test; skipped where there is no Redis,
    except on CI, which must have one."""
    redis = pytest.importorskip("redis")
    client = redis.Redis.from_url(REDIS_TEST_URL)
    try:
        client.ping()
    except redis.exceptions.ConnectionError:
        if os.environ.get("CI") == "true":
            raise
        pytest.skip("no Redis at 127.0.0.1:6379")
    client.flushdb()
    yield REDIS_TEST_URL
    client.flushdb()
