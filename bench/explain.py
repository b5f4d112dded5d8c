"""Query plans of the main public and partner queries on a database filled by bench/generate.py.

    .venv/bin/python bench/explain.py --database-url sqlite:///bench/bench.db
    .venv/bin/python bench/explain.py --database-url postgresql://postgres@127.0.0.1:5432/bench

Each query runs the way the app runs it (the service function, in a request context); the
statements it sends are recorded and explained with their own parameters: `EXPLAIN QUERY
PLAN` on SQLite, `EXPLAIN (ANALYZE)` on PostgreSQL (`--no-analyze`: the plan only). Then a
summary: per query its statements, median time over `--runs` (and the time of the last
run's statements in the database), the large tables its plans read whole and where each
statement starts reading; and the partner dashboard, bookings
list and sitemap as pages, through the test client signed in as the owner of the partner
with the most bookings (or `--organisation`), with the page cache off.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import sqlalchemy as sa
from flask import g

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.catalogue import DOMAIN  # noqa: E402
from bench.generate import bench_app  # noqa: E402
from bench.targets import busiest_partner, filter_args, search_word  # noqa: E402
from config import TestConfig  # noqa: E402
from wisata.auth import open_session  # noqa: E402
from wisata.extensions import db  # noqa: E402
from wisata.models import BookingStatus, Organisation, Package, User  # noqa: E402
from wisata.models.catalog import PackageFigures  # noqa: E402
from wisata.services import catalog, reports, sitemap  # noqa: E402

LIST_PAGE = 50
# Tables whose size grows with the business: reading one whole is what a plan must avoid.
LARGE_TABLES = ("bookings", "booking_lines", "booking_events", "travellers", "departures", "packages",
                "package_figures", "reviews")
# A SQLite plan line that reads a table: `SEARCH t USING [COVERING] INDEX i (a=? AND b>?)`, `SCAN t`
SQLITE_ACCESS = re.compile(r"(?:SEARCH|SCAN) (\S+)(?: USING (?:COVERING )?(?:INDEX (\S+)|INTEGER PRIMARY KEY))?(?: (\(.*\)))?")
# A PostgreSQL plan node that reads a table: `Index Scan using i on t`, `Seq Scan on t`, ...
POSTGRESQL_ACCESS = re.compile(r"(?:Seq Scan|Index Only Scan|Index Scan|Bitmap Heap Scan) (?:using (\S+) )?on (\S+)")


@dataclass
class Statement:
    sql: str
    parameters: object
    ms: float


@dataclass
class Recorder:
    """The statements the engine sends while `on`, with how long each took."""

    on: bool = False
    statements: list[Statement] = field(default_factory=list)

    def attach(self, engine: sa.Engine) -> None:
        sa.event.listen(engine, "before_cursor_execute", self._before)
        sa.event.listen(engine, "after_cursor_execute", self._after)

    def _before(self, conn, cursor, statement, parameters, context, executemany):
        context._bench_started = time.perf_counter()

    def _after(self, conn, cursor, statement, parameters, context, executemany):
        if self.on:
            elapsed = (time.perf_counter() - context._bench_started) * 1000
            self.statements.append(Statement(statement, parameters, elapsed))


@dataclass(frozen=True)
class Query:
    name: str
    run: Callable[[], object]


def public_queries(word: str, filters: catalog.PackageFilters) -> list[Query]:
    return [
        Query("list, default sort", lambda: catalog.search_packages(catalog.PackageFilters())),
        Query(f"list page {LIST_PAGE}", lambda: catalog.search_packages(catalog.PackageFilters(), page=LIST_PAGE)),
        Query(f"search “{word}”", lambda: catalog.search_packages(catalog.PackageFilters(q=word))),
        Query("filtered list", lambda: catalog.search_packages(filters)),
        Query("sitemap", lambda: (sitemap.file_count(), sitemap.file_pages(1))),
    ]


def partner_queries(organisation: Organisation) -> list[Query]:
    confirmed = reports.BookingFilters(status=BookingStatus.CONFIRMED)
    return [
        Query("partner: this month", lambda: reports.partner_month(organisation)),
        Query("partner: upcoming departures", lambda: reports.partner_upcoming_departures(organisation)),
        Query("partner: needing action", lambda: reports.partner_bookings_needing_action(organisation)),
        Query("partner: bookings list", lambda: reports.partner_bookings(organisation, reports.BookingFilters()).items),
        Query("partner: bookings, confirmed", lambda: reports.partner_bookings(organisation, confirmed).items),
    ]


def package_filters(args: dict[str, str]) -> catalog.PackageFilters:
    """The load benchmark's filter (bench/targets.py) as the list page parses it."""
    def number(name):
        return int(args[name]) if args.get(name) else None

    def day(name):
        return date.fromisoformat(args[name]) if args.get(name) else None

    return catalog.PackageFilters(
        region=args.get("region", ""), category=args.get("category", ""), price_min=number("price_min"),
        price_max=number("price_max"), date_from=day("date_from"), date_to=day("date_to"),
        travellers=number("travellers"),
    )


def explain(connection: sa.Connection, statement: Statement, analyze: bool) -> list[str]:
    """The plan of one recorded statement, as indented lines."""
    if connection.dialect.name == "sqlite":
        rows = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement.sql, statement.parameters).all()
        depth = {0: -1}
        lines = []
        for node, parent, _, detail in rows:
            depth[node] = depth.get(parent, -1) + 1
            lines.append("  " * depth[node] + detail)
        return lines
    options = "ANALYZE, COSTS OFF" if analyze else "COSTS OFF"
    lines = connection.exec_driver_sql(f"EXPLAIN ({options}) " + statement.sql, statement.parameters).scalars().all()
    connection.rollback()
    return lines


def whole_tables(plan: list[str]) -> set[str]:
    """The large tables a plan reads from end to end (SQLite `SCAN t`, PostgreSQL `Seq Scan on t`)."""
    read = set()
    for line in plan:
        words = line.replace("->", "").split()
        if words[:1] == ["SCAN"] and len(words) > 1:
            read.add(words[1])
        elif words[:3] == ["Seq", "Scan", "on"]:
            read.add(words[3])
    return read & set(LARGE_TABLES)


def starts_from(plan: list[str]) -> str:
    """Where a plan starts reading: its first table access, as `table index (condition)`."""
    for line in plan:
        if found := SQLITE_ACCESS.match(line.strip()):
            return " ".join(filter(None, found.groups()))
        if found := POSTGRESQL_ACCESS.search(line):
            index, table = found.groups()
            return " ".join(filter(None, (table, index)))
    return "-"


def measure(recorder: Recorder, action: Callable[[], object], runs: int) -> tuple[list[float], list[Statement]]:
    """Milliseconds of each run (the first is a warm-up, not counted) and the last run's statements."""
    timings = []
    for _ in range(runs + 1):
        recorder.statements = []
        recorder.on = True
        began = time.perf_counter()
        action()
        timings.append((time.perf_counter() - began) * 1000)
        recorder.on = False
    return timings[1:], recorder.statements


def the_partner(slug: str | None) -> tuple[Organisation, int]:
    if slug:
        organisation = db.session.scalar(sa.select(Organisation).where(Organisation.slug == slug))
        if organisation is None:
            raise SystemExit(f"no organisation {slug!r}")
        return organisation, -1
    organisation_id, bookings = busiest_partner()
    return db.session.get(Organisation, organisation_id), bookings


def public_targets(lang: str) -> tuple[str, catalog.PackageFilters]:
    """The search word and filter of the load benchmark: from the most reviewed offered package."""
    package_id, title = db.session.execute(
        sa.select(Package.id, Package.title).join(PackageFigures, PackageFigures.package_id == Package.id)
        .where(catalog.publicly_offered(), PackageFigures.next_date.is_not(None))
        .order_by(PackageFigures.review_count.desc(), PackageFigures.popularity.desc(), Package.id).limit(1)
    ).one()
    return search_word(title, lang), package_filters(filter_args(package_id))


def run_queries(app, recorder: Recorder, queries: list[Query], lang: str, runs: int, analyze: bool,
                show_plans: bool) -> list[tuple[str, int, float, float, list[str], set[str]]]:
    summary = []
    for query in queries:
        with app.test_request_context(f"/{lang}/"):
            g.lang = lang
            timings, statements = measure(recorder, query.run, runs)
            selects = [s for s in statements if s.sql.lstrip().upper().startswith(("SELECT", "WITH"))]
            with db.engine.connect() as connection:
                plans = [explain(connection, statement, analyze) for statement in selects]
            db.session.remove()
        median = statistics.median(timings)
        scanned = set().union(*(whole_tables(plan) for plan in plans))
        starts = list(dict.fromkeys(starts_from(plan) for plan in plans))
        in_database = sum(statement.ms for statement in statements)
        summary.append((query.name, len(statements), median, in_database, starts, scanned))
        if show_plans:
            print(f"\n=== {query.name}: {len(statements)} statements, median {median:.1f} ms")
            for statement, plan in zip(selects, plans, strict=True):
                print(f"--- {statement.ms:.1f} ms: {' '.join(statement.sql.split())[:160]}")
                print("\n".join(plan))
    return summary


def run_pages(app, recorder: Recorder, organisation: Organisation, lang: str, runs: int) -> list[tuple]:
    with app.app_context():
        owner = db.session.scalar(sa.select(User).where(User.email == f"{organisation.slug}@{DOMAIN}"))
        identity = open_session(owner)
        db.session.commit()
    signed_in = app.test_client()
    with signed_in.session_transaction() as session:
        session["_user_id"], session["_fresh"] = identity, True
    anonymous = app.test_client()
    pages = [
        (signed_in, f"/{lang}/partner/"),
        (signed_in, f"/{lang}/partner/bookings"),
        (signed_in, f"/{lang}/partner/bookings?status=confirmed"),
        (signed_in, f"/{lang}/partner/bookings?page=3"),
        (anonymous, "/sitemap.xml"),
    ]
    results = []
    for client, path in pages:
        def get(client=client, path=path):
            response = client.get(path)
            if response.status_code != 200:
                raise SystemExit(f"{path} answered {response.status_code}")
            response.get_data()

        timings, statements = measure(recorder, get, runs)
        results.append((path, min(timings), statistics.median(timings), max(timings), len(statements)))
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default="sqlite:///bench/bench.db")
    parser.add_argument("--organisation", help="the partner's slug (default: the one with most bookings)")
    parser.add_argument("--lang", default="en", choices=("id", "en"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-analyze", dest="analyze", action="store_false",
                        help="PostgreSQL: plans without running the statements")
    parser.add_argument("--summary", action="store_true", help="only the summary and the pages, no plans")
    args = parser.parse_args(argv)
    app = bench_app(args.database_url, config=TestConfig)
    app.config["PAGE_CACHE_ENABLED"] = False  # what the sitemap costs to make, not to fetch
    recorder = Recorder()
    with app.app_context():
        recorder.attach(db.engine)
        organisation, bookings = the_partner(args.organisation)
        word, filters = public_targets(args.lang)
        db.session.expunge_all()
        db.session.remove()
    backend = sa.engine.make_url(app.config["SQLALCHEMY_DATABASE_URI"]).get_backend_name()
    print(f"{backend}: partner {organisation.slug} ({bookings if bookings >= 0 else '?'} bookings); "
          f"search “{word}”; filter {filters}")
    queries = public_queries(word, filters) + partner_queries(organisation)
    summary = run_queries(app, recorder, queries, args.lang, args.runs, args.analyze, not args.summary)
    print(f"\n{'query':<30} {'SQL':>4} {'median ms':>10} {'in SQL':>7}  {'large tables read whole':<24} "
          "statements start from")
    for name, count, median, in_database, starts, scanned in summary:
        print(f"{name:<30} {count:>4} {median:>10.1f} {in_database:>7.1f}  {', '.join(sorted(scanned)) or '-':<24} "
              f"{'; '.join(starts)}")
    print(f"\n{'page':<44} {'min ms':>8} {'median':>8} {'max ms':>8} {'SQL':>4}")
    for path, low, median, high, count in run_pages(app, recorder, organisation, args.lang, args.runs):
        print(f"{path:<44} {low:>8.1f} {median:>8.1f} {high:>8.1f} {count:>4}")


if __name__ == "__main__":
    main()
