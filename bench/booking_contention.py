"""Benchmark: many travellers booking the same departure at once.

Prints the booking throughput and latency with N threads firing at one departure, on the
database given by BENCH_DATABASE_URL (default: a fresh SQLite file), and checks that the
seats sold never exceed the capacity.

    .venv/bin/python bench/booking_contention.py
    BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test .venv/bin/python bench/booking_contention.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flask_migrate import upgrade  # noqa: E402

from config import TestConfig, normalise_database_url  # noqa: E402
from tests.factories import Factory  # noqa: E402
from wisata import create_app  # noqa: E402
from wisata.extensions import db  # noqa: E402
from wisata.models import Departure  # noqa: E402

THREADS = int(os.environ.get("BENCH_THREADS", "16"))
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "400"))
CAPACITY = int(os.environ.get("BENCH_CAPACITY", "300"))


def main() -> None:
    folder = tempfile.mkdtemp()
    url = normalise_database_url(os.environ.get("BENCH_DATABASE_URL") or f"sqlite:///{folder}/bench.db")
    app = create_app(TestConfig, SQLALCHEMY_DATABASE_URI=url, INSTANCE_PATH=folder)
    with app.app_context():
        if url.startswith("postgresql"):
            db.session.execute(db.text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
            db.session.commit()
        upgrade()
        departure = Factory(db.session).departure(capacity=CAPACITY)
        departure_id = departure.id
        package_max = departure.package.max_group

    latencies: list[float] = []
    statuses: list[int] = []
    counter = iter(range(REQUESTS))
    lock = threading.Lock()

    def worker() -> None:
        client = app.test_client()
        while True:
            with lock:
                n = next(counter, None)
            if n is None:
                return
            form = {"contact_name": "Bench", "contact_email": f"b{n}@example.com",
                    "contact_phone": "+6281234567890", "origin_country": "ID", "origin_province": "Jambi",
                    "travellers-0": "Bench", "payment_method": "bank_transfer", "accept_policy": "y", "accept_privacy": "y",
                    "idempotency_key": f"bench-{n:06d}-" + "x" * 10, "confirm": "1"}
            start = time.perf_counter()
            response = client.post(f"/en/departures/{departure_id}/book?adult=1", data=form)
            elapsed = time.perf_counter() - start
            with lock:
                latencies.append(elapsed)
                statuses.append(response.status_code)

    began = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    total = time.perf_counter() - began

    with app.app_context():
        held = db.session.get(Departure, departure_id).seats_held
    latencies.sort()
    print(f"database        {url.split('://')[0]}")
    print(f"threads         {THREADS}  requests {REQUESTS}  capacity {CAPACITY} (max group {package_max})")
    print(f"booked          {statuses.count(302)}  sold out {statuses.count(409)}  other {len(statuses) - statuses.count(302) - statuses.count(409)}")
    print(f"seats held      {held}  (never above capacity: {held <= CAPACITY})")
    print(f"throughput      {len(statuses) / total:.1f} requests/s over {total:.2f} s")
    print(f"latency p50     {statistics.median(latencies) * 1000:.1f} ms")
    print(f"latency p95     {latencies[int(len(latencies) * 0.95)] * 1000:.1f} ms")


if __name__ == "__main__":
    main()
