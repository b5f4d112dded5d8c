"""In-process figures of the load benchmark: SQL statements, bytes and time of one request
at a time, through the test client of the app exactly as bench/serve.py configures it, on
the same database."""

from __future__ import annotations

import time
from contextlib import contextmanager
from dataclasses import dataclass

import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient

from bench.drivers import BROWSER_ENCODINGS, median_ms
from bench.serve import create_bench_app
from bench.targets import Page, Targets
from wisata.extensions import db

WARM_RUNS = 3


@dataclass
class Measured:
    status: int
    sql_cold: int  # statements of the first request in a fresh process
    sql_warm: int  # statements of a repeat
    bytes: int  # the body as sent to a browser that accepts gzip and Brotli
    alone_ms: float  # median of the repeats


class StatementCounter:
    """Counts what the engine sends (every statement, as tests/public/test_query_counts.py)."""

    def __init__(self, engine: sa.Engine):
        self.count = 0
        self.engine = engine
        sa.event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, *args) -> None:
        self.count += 1

    def remove(self) -> None:
        sa.event.remove(self.engine, "before_cursor_execute", self._seen)


@contextmanager
def fresh_app(url: str, site_url: str):
    """A new app (empty per-process caches) with its statement counter."""
    app = create_bench_app(url, site_url, secret_key="bench-in-process")
    with app.app_context():
        counter = StatementCounter(db.engine)
    try:
        yield app, counter
    finally:
        with app.app_context():
            counter.remove()
            db.engine.dispose()


def signed_in_client(app: Flask, page: Page, targets: Targets) -> FlaskClient:
    client = app.test_client()
    email = {"partner": targets.partner_email, "office": targets.office_email}.get(page.audience)
    if email:
        response = client.post(f"/{targets.lang}/login", data={"email": email, "password": targets.password})
        if response.status_code not in (302, 303):
            raise RuntimeError(f"signing in as {email} answered {response.status_code}")
    return client


def measure_pages(url: str, site_url: str, pages: list[Page], targets: Targets) -> dict[str, Measured]:
    found = {}
    headers = {"Accept-Encoding": BROWSER_ENCODINGS}
    for page in pages:
        with fresh_app(url, site_url) as (app, counter):
            client = signed_in_client(app, page, targets)
            counter.count = 0
            # buffered: a streamed body (the sitemap) is read, and its statements counted, here
            response = client.get(page.path, headers=headers, buffered=True)
            cold, status = counter.count, response.status_code
            timings = []
            for _ in range(WARM_RUNS):
                counter.count = 0
                began = time.perf_counter()
                response = client.get(page.path, headers=headers, buffered=True)
                timings.append(time.perf_counter() - began)
            found[page.name] = Measured(status, cold, counter.count, len(response.get_data()), median_ms(timings))
    return found


def measure_booking(url: str, site_url: str, targets: Targets, lang: str) -> Measured:
    """The final booking step (the review page's confirm), as the pages: a first booking in
    a fresh process, then repeats (each on the next open departure)."""
    with fresh_app(url, site_url) as (app, counter):
        client = app.test_client()
        statements, timings, statuses = [], [], []
        for number, (departure_id, seats) in enumerate(targets.departures[:1 + WARM_RUNS]):
            counter.count = 0
            began = time.perf_counter()
            response = client.post(f"/{lang}/departures/{departure_id}/book?adult={seats}",
                                   data=targets.booking_form(number, seats, "alone"), buffered=True,
                                   headers={"Content-Type": "application/x-www-form-urlencoded"})
            timings.append(time.perf_counter() - began)
            statements.append(counter.count)
            statuses.append(response.status_code)
        failed = next((status for status in statuses if status not in (302, 303)), None)
        return Measured(failed or 200, statements[0], statements[-1], 0, median_ms(timings[1:] or timings))
