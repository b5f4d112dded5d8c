"""Fill an empty database with a large, consistent catalogue for benchmarks.

    .venv/bin/python bench/generate.py --database-url sqlite:///bench/bench.db \
        --packages 5000 --departures 50000 --bookings 200000 --partners 2000 --seed 1

Runs the migrations, seeds regions, categories and attractions with the demo seed's own
functions, then writes partners, packages, departures, bookings (with lines, travellers and
history), promotion and reviews with SQLAlchemy Core bulk inserts. Departures run from 24
months ago to 6 months ahead of today; the same seed on the same day gives the same data.
`Departure.seats_held` and `PromoCode.used_count` are counted from the bookings as they are
made, so `flask bookings check` finds no drift.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bookings import BookingMaker  # noqa: E402
from bench.catalogue import CatalogueMaker  # noqa: E402
from config import Config, normalise_database_url  # noqa: E402
from wisata.extensions import db  # noqa: E402
from wisata.models import Booking, Organisation, Package, PromoCode  # noqa: E402
from wisata.services import package_figures  # noqa: E402

BATCH = 5000


@dataclass(frozen=True)
class Sizes:
    packages: int = 5000
    departures: int = 50000
    bookings: int = 200000
    partners: int = 2000


class Writer:
    """Rows buffered per table and inserted in batches, parent tables first (so a booking's
    departure is written before the booking, in the same flush)."""

    def __init__(self, connection: sa.Connection):
        self.connection = connection
        self.rows: dict[str, list[dict]] = defaultdict(list)
        self.written: Counter[str] = Counter()

    def add(self, table: sa.Table, row: dict) -> None:
        self.rows[table.name].append(row)

    def flush_if_full(self) -> None:
        if any(len(rows) >= BATCH for rows in self.rows.values()):
            self.flush()

    def flush(self) -> None:
        insert = self._copy if self.connection.dialect.name == "postgresql" else self._insert
        for table in db.metadata.sorted_tables:
            rows = self.rows.pop(table.name, None)
            if rows:
                insert(table, rows)
                self.written[table.name] += len(rows)

    def _insert(self, table: sa.Table, rows: list[dict]) -> None:
        for start in range(0, len(rows), BATCH):
            self.connection.execute(table.insert(), rows[start:start + BATCH])

    def _copy(self, table: sa.Table, rows: list[dict]) -> None:
        """PostgreSQL's COPY, several times faster than INSERTs. Each value goes through its
        column type's bind processing (enums to their values, JSON, UTC times) as an INSERT
        would, and columns left out get their Python defaults (timestamps)."""
        dialect = self.connection.dialect
        given = list(rows[0])
        defaults = [c for c in table.c if c.name not in given and c.default is not None and c.default.is_callable]
        columns = [table.c[name] for name in given] + defaults
        processors = [c.type._cached_bind_processor(dialect) for c in columns]
        names = ", ".join(f'"{c.name}"' for c in columns)
        cursor = self.connection.connection.driver_connection.cursor()
        with cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
            for row in rows:
                values = [row[name] for name in given] + [c.default.arg(None) for c in defaults]
                copy.write_row([p(v) if p and v is not None else v for p, v in zip(processors, values, strict=True)])


class Progress:
    def __init__(self):
        self.began = self.last = time.perf_counter()

    def step(self, message: str) -> None:
        now = time.perf_counter()
        print(f"{now - self.began:7.1f}s  {message} ({now - self.last:.1f}s)", flush=True)
        self.last = now


def ensure_empty() -> None:
    for model in (Organisation, Package, Booking, PromoCode):
        if db.session.scalar(sa.select(sa.func.count()).select_from(model)):
            raise SystemExit(f"The database already has {model.__tablename__}: give an empty one.")


def generate(sizes: Sizes, seed: int = 1, progress: Progress | None = None) -> Counter[str]:
    """Write the catalogue into the app's database (in an app context); returns rows per table."""
    progress = progress or Progress()
    ensure_empty()
    catalogue = CatalogueMaker(seed)
    catalogue.seed_reference_data()
    progress.step("regions, categories and attractions (demo seed)")
    with db.engine.begin() as connection:
        writer = Writer(connection)
        catalogue.add_partners(writer, sizes.partners)
        catalogue.add_packages(writer, sizes.packages)
        catalogue.add_promotion(writer)
        writer.flush()
        progress.step(f"{sizes.partners} partners, {sizes.packages} packages, promotion")
        bookings = BookingMaker(catalogue, seed)
        bookings.run(writer, sizes.departures, sizes.bookings, progress)
        writer.flush()
        bookings.store_promo_uses(connection)
        progress.step(f"{sizes.departures} departures, {sizes.bookings} bookings, reviews")
        _advance_sequences(connection)
    _analyze()
    progress.step("statistics (ANALYZE)")
    with Session(db.engine) as session:
        # The cards' figures, counted once from what was written (the app keeps them after).
        package_figures.refresh(session)
        session.commit()
    progress.step("package figures")
    _analyze()
    progress.step("statistics (ANALYZE)")
    return writer.written


def _analyze() -> None:
    """Fresh planner statistics: without them PostgreSQL plans the aggregates (the package
    figures', the offices' figures) as if the tables were empty: minutes, not a second."""
    with db.engine.begin() as connection:
        connection.execute(sa.text("ANALYZE"))


def _advance_sequences(connection: sa.Connection) -> None:
    """Rows were written with explicit ids: PostgreSQL's sequences must start after them."""
    if connection.dialect.name != "postgresql":
        return
    for table in db.metadata.sorted_tables:
        if "id" in table.c and table.c.id.primary_key and isinstance(table.c.id.type, sa.Integer):
            connection.execute(sa.text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
            ))


def database_url(url: str) -> str:
    """The URL to give the app: a relative SQLite path is taken from the current directory
    (Flask-SQLAlchemy would put it under the instance folder)."""
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url[len(prefix):].startswith("/"):
        url = prefix + str(Path(url[len(prefix):]).resolve())
    return normalise_database_url(url)


def bench_app(url: str, config=Config, reset: bool = False):
    """The app on the benchmark's database (migrated; emptied first with `reset`), with
    room for long statements."""
    from flask_migrate import upgrade

    from wisata import create_app

    folder = Path(__file__).resolve().parent
    app = create_app(
        config, SQLALCHEMY_DATABASE_URI=database_url(url),
        SECRET_KEY="bench", MEDIA_FOLDER=str(folder / "media"),
        # Bulk inserts and the counters' statements run longer than a request may.
        DB_STATEMENT_TIMEOUT_MS=3_600_000,
    )
    with app.app_context():
        if reset:
            _drop_everything()
        upgrade()
    return app


def _drop_everything() -> None:
    with db.engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(sa.text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
            return
    db.drop_all()
    with db.engine.begin() as connection:
        connection.execute(sa.text("DROP TABLE IF EXISTS alembic_version"))


def ensure_database(url: str) -> None:
    """Create the PostgreSQL database named in `url` if it does not exist yet (a fresh
    machine has only `postgres` and `test`)."""
    if not url.startswith(("postgres://", "postgresql")):
        return
    import sqlalchemy as sa

    from config import normalise_database_url

    target = sa.engine.make_url(normalise_database_url(url))
    engine = sa.create_engine(target.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        exists = connection.execute(sa.text("SELECT 1 FROM pg_database WHERE datname = :name"),
                                    {"name": target.database}).scalar()
        if not exists:
            connection.exec_driver_sql(f'CREATE DATABASE "{target.database}"')
    engine.dispose()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", required=True)
    defaults = Sizes()
    for name in ("packages", "departures", "bookings", "partners"):
        parser.add_argument(f"--{name}", type=int, default=getattr(defaults, name))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--reset", action="store_true", help="drop every table of the database first")
    args = parser.parse_args(argv)
    sizes = Sizes(args.packages, args.departures, args.bookings, args.partners)
    ensure_database(args.database_url)
    progress = Progress()
    app = bench_app(args.database_url, reset=args.reset)
    progress.step("migrations")
    with app.app_context():
        written = generate(sizes, args.seed, progress)
    total = sum(written.values())
    print(f"{total} rows in {time.perf_counter() - progress.began:.1f}s:",
          ", ".join(f"{name} {n}" for name, n in sorted(written.items()) if n))


if __name__ == "__main__":
    main()
