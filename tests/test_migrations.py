"""The migrations build exactly the schema the models describe."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from wisata.extensions import db
from wisata.models.base import include_migration_object


def test_models_and_migrations_match(app_ctx):
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": include_migration_object})
        diff = compare_metadata(context, db.metadata)
    assert diff == []


@pytest.mark.postgres_only
def test_search_has_a_trigram_index_on_postgresql(app_ctx):
    """Substring search on PostgreSQL uses an index, not a scan of every package."""
    with db.engine.connect() as conn:
        indexes = set(conn.scalars(db.text("SELECT indexname FROM pg_indexes WHERE tablename IN ('packages', 'attractions')")))
    assert {"ix_packages_search_trgm", "ix_attractions_search_trgm"} <= indexes


def test_migrations_go_down_and_up_again_on_a_database_with_data(app, app_ctx, runner):
    """A site with data upgrades (SQLite copies changed tables: other rows refer to them)."""
    from flask_migrate import downgrade, upgrade

    assert runner.invoke(args=["seed-demo"]).exit_code == 0
    # Rows that refer to changed tables: with foreign keys enforced while SQLite copied a
    # table, dropping the old copy deleted them by cascade (a site lost its reviews).
    tables = ("packages", "bookings", "booking_lines", "travellers", "booking_events", "reviews",
              "departures", "itinerary_days", "price_categories")
    before = {name: _rows(name) for name in tables}
    assert before["reviews"] and before["travellers"]  # the demo has some to lose
    db.session.remove()
    downgrade(revision="0013")
    upgrade()
    db.session.remove()
    assert {name: _rows(name) for name in tables} == before
    if db.engine.dialect.name == "sqlite":
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []


def _rows(table: str) -> int:
    return db.session.scalar(db.select(db.func.count()).select_from(db.text(table)))
