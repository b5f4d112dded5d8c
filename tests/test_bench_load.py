"""The load benchmark (bench/load.py) end to end on a tiny catalogue: gunicorn and wrk for
one second per run, every page of issue 9 in the table, bookings made under load and the
seat-ledger check after them. Skipped where wrk is not installed (`make wrk`)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from bench import generate, load
from bench.drivers import wrk_available
from bench.targets import check_ledger

pytestmark = pytest.mark.skipif(not wrk_available(), reason="wrk is not installed (make wrk)")

PAGES = ["home", "list", "list page 3", "search", "filter", "detail", "attractions", "attraction", "events",
         "sitemap", "events.ics", "API list", "partner dashboard", "partner bookings", "office figures",
         "booking creation"]


@pytest.fixture(scope="module")
def tiny_catalogue(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('bench') / 'bench.db'}"
    generate.main(["--database-url", url, "--packages", "40", "--departures", "300", "--bookings", "600",
                   "--partners", "12", "--seed", "2"])
    return url


def test_every_page_is_timed_and_bookings_never_overbook(tiny_catalogue):
    report = load.run(load.parse_args(["--database-url", tiny_catalogue, "--duration", "1", "--driver", "wrk"]))

    # with 40 packages the list has no page 50: its last page is asked instead
    names = [row.page.name for row in report.rows]
    assert names[:2] == PAGES[:2] and names[3:] == PAGES[3:] and names[2] in ("list page 3", "list page 4")
    for row in report.rows:
        assert row.measured.status == 200, row.page.name
        assert row.run.ok > 0 and row.trivial.ok > 0, row.page.name
        assert row.run.p95_ms is not None and row.run.p50_ms <= row.run.p95_ms <= row.run.p99_ms
        assert row.measured.sql_cold > 0, row.page.name
        if row.page.audience != "booking":
            assert row.run.failed == 0, (row.page.name, row.run.failures)
            assert row.measured.bytes > 0
            assert f"| {row.page.name} | " in report.text
    booking = report.rows[-1]
    assert report.ledger_ok and report.passed
    assert "no departure holds more seats than its capacity" in report.text
    assert "no drift" in report.text and "Ledger check passed" in report.text
    assert f"| booking creation | {booking.run.rate:.1f} | " in report.text


def test_ledger_check_reports_drift(tiny_catalogue):
    engine = sa.create_engine(generate.database_url(tiny_catalogue))
    with engine.begin() as connection:
        departure = connection.execute(sa.text(
            "SELECT id FROM departures WHERE seats_held > 0 ORDER BY id LIMIT 1")).scalar_one()
        connection.execute(sa.text("UPDATE departures SET seats_held = seats_held - 1 WHERE id = :id"),
                           {"id": departure})
    try:
        found = check_ledger(tiny_catalogue)
        assert not found.ok and [d.id for d in found.drift if d.kind == "departure"] == [departure]
        assert "FAILED" in found.describe()
    finally:
        with engine.begin() as connection:
            connection.execute(sa.text("UPDATE departures SET seats_held = seats_held + 1 WHERE id = :id"),
                               {"id": departure})
        engine.dispose()
