"""Two app processes and a worker against one PostgreSQL and one Redis, as in production:
seats, rate limits and e-mails stay right across processes."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import sqlalchemy as sa

from wisata.extensions import db
from wisata.models import Booking, BookingStatus, Departure

requests = pytest.importorskip("requests")

ROOT = Path(__file__).resolve().parent.parent
pytestmark = [pytest.mark.postgres_only, pytest.mark.timeout(180)]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def site(database_url, mailbox, tmp_path, redis_url):
    """Two gunicorn processes behind a (pretend) proxy, and one job worker."""
    env = {
        **os.environ,
        "WISATA_ENV": "production", "SECRET_KEY": "multi-process-test-secret",
        "SITE_URL": "http://wisata.test", "DATABASE_URL": database_url, "REDIS_URL": redis_url,
        "MAIL_SERVER": "127.0.0.1", "MAIL_PORT": str(mailbox.port), "TRUSTED_PROXIES": "1",
        "INSTANCE_PATH": str(tmp_path / "instance"), "JOBS_INLINE": "0",
    }
    ports = [_free_port(), _free_port()]
    processes = [
        subprocess.Popen([sys.executable, "-m", "gunicorn", "--workers", "1", "--threads", "4",
                          "--bind", f"127.0.0.1:{port}", "wsgi:app"],
                         cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for port in ports
    ]
    processes.append(subprocess.Popen([sys.executable, "-m", "flask", "--app", "wsgi", "jobs", "worker"],
                                      cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    try:
        bases = [f"http://127.0.0.1:{port}" for port in ports]
        deadline = time.monotonic() + 60
        for base in bases:
            while True:
                try:
                    if requests.get(f"{base}/healthz", timeout=5).status_code == 200:
                        break
                except requests.RequestException:
                    pass  # still booting
                assert time.monotonic() < deadline, "the app processes did not start"
                time.sleep(0.2)
        yield bases
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


def _csrf(html: str) -> str:
    return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html).group(1)


def _book(base: str, departure_id: int, n: int) -> int:
    """One traveller from their own address books two seats, all the way through."""
    browser = requests.Session()
    browser.headers["X-Forwarded-For"] = f"198.51.100.{n}"
    url = f"{base}/en/departures/{departure_id}/book?adult=2"
    page = browser.get(url, timeout=30).text
    key = re.search(r'name="idempotency_key"[^>]*value="([^"]+)"', page).group(1)
    form = {
        "csrf_token": _csrf(page), "idempotency_key": key, "contact_name": f"Traveller {n}",
        "contact_email": f"traveller{n}@example.com", "contact_phone": "0812 3456 7890",
        "origin_country": "ID", "origin_province": "Jambi", "travellers-0": f"Traveller {n}",
        "travellers-1": f"Companion {n}", "payment_method": "bank_transfer", "accept_policy": "y", "accept_privacy": "y",
        "promo_code": "", "confirm": "1",
    }
    for field in re.findall(r'<input[^>]*type="checkbox"[^>]*name="([^"]+)"', page):
        form.setdefault(field, "y")  # every consent box the form asks for
    return browser.post(url, data=form, allow_redirects=False, timeout=30).status_code


def test_seats_rate_limits_and_mails_hold_across_processes(site, make, mailbox):
    departure_id = make.departure(make.package(max_group=8), days_ahead=20, capacity=10).id

    # Twelve travellers want two seats each, spread over both processes at once.
    with ThreadPoolExecutor(max_workers=12) as pool:
        answers = list(pool.map(lambda n: _book(site[n % 2], departure_id, n), range(12)))
    assert sorted(answers) == [302] * 5 + [409] * 7
    db.session.rollback()
    assert db.session.get(Departure, departure_id, populate_existing=True).seats_held == 10
    booked = list(db.session.scalars(sa.select(Booking).where(Booking.status == BookingStatus.PENDING_PAYMENT)))
    assert len(booked) == 5

    # The worker sends each traveller exactly one confirmation, with links to the site.
    deadline = time.monotonic() + 30
    while sum(len(mailbox.to(b.contact_email)) for b in booked) < 5 and time.monotonic() < deadline:
        time.sleep(0.2)
    for booking in booked:
        [mail] = mailbox.to(booking.contact_email)
        assert f"http://wisata.test/en/bookings/{booking.code}" in mailbox.body(mail)

    # One client, both processes: the limit (10 a minute) is counted once, in Redis.
    browser = requests.Session()
    browser.headers["X-Forwarded-For"] = "203.0.113.77"
    token = _csrf(browser.get(f"{site[0]}/en/bookings/find", timeout=10).text)
    statuses = [
        browser.post(f"{site[n % 2]}/en/bookings/find", timeout=10,
                     data={"csrf_token": token, "code": "ABCDEFGH", "email": "x@example.com"}).status_code
        for n in range(11)
    ]
    assert statuses == [404] * 10 + [429]
    other = requests.Session()
    other.headers["X-Forwarded-For"] = "203.0.113.78"
    token = _csrf(other.get(f"{site[1]}/en/bookings/find", timeout=10).text)
    assert other.post(f"{site[1]}/en/bookings/find", timeout=10,
                      data={"csrf_token": token, "code": "ABCDEFGH", "email": "x@example.com"}).status_code == 404
