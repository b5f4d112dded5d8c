"""Benchmark: the offices' figures on a database filled by bench/generate.py.

Times `wisata.services.reporting.figures.compute` for the last 12 months and each region
choice (the office's own region, the other one, both), then the dashboard page itself
through the test client signed in as an office admin; prints min/median/max in ms and the
number of SQL statements of one run.

    .venv/bin/python bench/figures_dashboard.py --database-url sqlite:///bench/bench.db
    .venv/bin/python bench/figures_dashboard.py --database-url postgresql://postgres@127.0.0.1:5432/bench
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.catalogue import DOMAIN, PASSWORD  # noqa: E402
from bench.generate import bench_app  # noqa: E402
from config import TestConfig  # noqa: E402
from wisata import timeutil  # noqa: E402
from wisata.auth import open_session  # noqa: E402
from wisata.extensions import db  # noqa: E402
from wisata.models import Region, User  # noqa: E402
from wisata.services.passwords import hash_password  # noqa: E402
from wisata.services.reporting import figures  # noqa: E402

CHOICES = ("own", "other", "both")


class StatementCounter:
    """Counts the statements the engine sends while it is switched on."""

    def __init__(self, engine: sa.Engine):
        self.count = 0
        sa.event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, *args) -> None:
        self.count += 1


def last_months(count: int) -> figures.Period:
    this = timeutil.today().replace(day=1)
    months = this.year * 12 + this.month - 1 - (count - 1)
    return figures.Period(date(months // 12, months % 12 + 1, 1), this)


def office_admin() -> User:
    """The first office admin, or a new one for the first region."""
    admin = db.session.scalar(sa.select(User).where(User.office_region_id.is_not(None)).order_by(User.id))
    if admin is None:
        region = db.session.scalar(sa.select(Region).order_by(Region.position, Region.id))
        admin = User(email=f"dinas.bench@{DOMAIN}", name="Bench office", password_hash=hash_password(PASSWORD),
                     office_region_id=region.id, email_verified_at=timeutil.now())
        db.session.add(admin)
        db.session.commit()
    return admin


def region_ids(admin: User) -> dict[str, tuple[int, ...]]:
    everyone = db.session.scalars(sa.select(Region.id).order_by(Region.id)).all()
    own = admin.office_region_id
    return {"own": (own,), "other": tuple(r for r in everyone if r != own), "both": tuple(everyone)}


def measure(runs: int, action, counter: StatementCounter) -> tuple[list[float], int]:
    """Milliseconds of each run, and the statements of the last one."""
    timings = []
    for _ in range(runs):
        counter.count = 0
        began = time.perf_counter()
        action()
        timings.append((time.perf_counter() - began) * 1000)
    return timings, counter.count


def report(label: str, timings: list[float], statements: int) -> None:
    print(f"{label:<28} {min(timings):9.1f} {statistics.median(timings):9.1f} {max(timings):9.1f} {statements:6d}",
          flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default="sqlite:///bench/bench.db")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--months", type=int, default=12)
    args = parser.parse_args(argv)
    app = bench_app(args.database_url, config=TestConfig)
    period = last_months(args.months)
    with app.app_context():
        counter = StatementCounter(db.engine)
        admin = office_admin()
        choices = region_ids(admin)
        identity = open_session(admin)
        db.session.commit()
        bookings = db.session.scalar(sa.text("SELECT count(*) FROM bookings"))
        email = admin.email
    backend = sa.engine.make_url(app.config["SQLALCHEMY_DATABASE_URI"]).get_backend_name()
    print(f"{backend}: "
          f"{bookings} bookings; period {period.first:%Y-%m} to {period.last:%Y-%m}; {args.runs} runs; "
          f"office admin {email}")
    print(f"{'':<28} {'min ms':>9} {'median':>9} {'max ms':>9} {'SQL':>6}")
    for choice in CHOICES:
        def compute(ids=choices[choice]):
            with app.test_request_context("/en/"):
                figures.compute(period, ids, "en")
                db.session.remove()

        report(f"compute ({choice})", *measure(args.runs, compute, counter))
    client = app.test_client()
    with client.session_transaction() as session:
        session["_user_id"], session["_fresh"] = identity, True
    for choice in CHOICES:
        url = f"/en/office/figures?from={period.first:%Y-%m}&to={period.last:%Y-%m}&region={choice}"

        def page(url=url):
            response = client.get(url)
            if response.status_code != 200:
                raise SystemExit(f"{url} answered {response.status_code}")

        report(f"dashboard page ({choice})", *measure(args.runs, page, counter))


if __name__ == "__main__":
    main()
