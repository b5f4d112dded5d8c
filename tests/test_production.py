"""Production settings: the site URL pins links, proxies, secure cookies, timeouts, health."""

from __future__ import annotations

import socket
import threading
import time

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import OperationalError

from config import ProductionConfig
from wisata import create_app
from wisata.deployment import ConfigurationError
from wisata.extensions import db


def test_production_refuses_to_start_without_secret_key_or_site_url(database_url):
    for missing in ("SECRET_KEY", "SITE_URL"):
        settings = {"SECRET_KEY": "s" * 32, "SITE_URL": "https://wisata.example.id",
                    "SQLALCHEMY_DATABASE_URI": database_url, missing: None}
        with pytest.raises(ConfigurationError, match=missing):
            create_app(ProductionConfig, **settings)


def test_production_starts_with_them_and_pins_links_to_the_site_url(database_url):
    app = create_app(ProductionConfig, SECRET_KEY="s" * 32, SITE_URL="https://wisata.example.id",
                     SQLALCHEMY_DATABASE_URI=database_url)
    assert app.config["SERVER_NAME"] == "wisata.example.id"
    assert app.config["SESSION_COOKIE_SECURE"] and app.config["REMEMBER_COOKIE_SECURE"]
    with app.app_context():
        db.engine.dispose()


def test_reset_link_ignores_a_forged_host_header(client, make, mailbox):
    make.user(email="ayu@example.com")
    response = client.post("/en/password/forgot", data={"email": "ayu@example.com"},
                           headers={"Host": "evil.example"})
    assert response.status_code == 200
    body = mailbox.body(mailbox.to("ayu@example.com")[-1])
    assert "http://wisata.test/en/password/reset/" in body
    assert "evil.example" not in body


def test_links_take_host_and_scheme_from_site_url(app_with, make, mailbox):
    make.user(email="budi@example.com")
    site = app_with(SITE_URL="https://wisata.example.id", SERVER_NAME=None,
                    MAIL_SERVER="127.0.0.1", MAIL_PORT=mailbox.port)
    response = site.test_client().post("http://upstream:8000/en/password/forgot",
                                       data={"email": "budi@example.com"})
    assert response.status_code == 200
    body = mailbox.body(mailbox.to("budi@example.com")[-1])
    assert "https://wisata.example.id/en/password/reset/" in body
    assert "upstream" not in body


def test_https_site_sends_secure_cookies_and_hsts(app_with):
    site = app_with(SITE_URL="https://wisata.example.id", SERVER_NAME=None)
    response = site.test_client().get("https://wisata.example.id/en/login")
    assert response.headers["Strict-Transport-Security"].startswith("max-age=")
    assert all("Secure" in cookie for cookie in response.headers.getlist("Set-Cookie"))


def test_plain_http_site_sends_no_hsts(client):
    assert "Strict-Transport-Security" not in client.get("/en/").headers


def _remote_addr_app(app_with, proxies: int):
    site = app_with(TRUSTED_PROXIES=proxies)
    site.add_url_rule("/_test/ip", "test_ip", lambda: __import__("flask").request.remote_addr)
    return site.test_client()


def test_only_the_configured_proxies_are_believed(app_with):
    headers = {"X-Forwarded-For": "6.6.6.6, 203.0.113.9"}  # a forged hop, then the real client
    behind_nginx = _remote_addr_app(app_with, 1)
    assert behind_nginx.get("/_test/ip", headers=headers).get_data(as_text=True) == "203.0.113.9"
    exposed = _remote_addr_app(app_with, 0)
    assert exposed.get("/_test/ip", headers=headers).get_data(as_text=True) == "127.0.0.1"


def test_rate_limits_count_each_client_behind_the_proxy(app_with):
    client = app_with(TRUSTED_PROXIES=1, RATELIMIT_ENABLED=True).test_client()

    def find(ip):
        return client.post("/en/bookings/find", data={"code": "ABCDEFGH", "email": "x@example.com"},
                           headers={"X-Forwarded-For": ip}).status_code

    assert [find("203.0.113.1") for _ in range(11)] == [404] * 10 + [429]
    assert find("203.0.113.2") == 404  # another traveller behind the same proxy


def test_a_statement_past_its_deadline_is_cancelled(app_with, database_url):
    site = app_with(DB_STATEMENT_TIMEOUT_MS=300)
    slow = ("SELECT pg_sleep(3)" if database_url.startswith("postgresql") else
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c")
    with site.app_context():
        started = time.monotonic()
        with pytest.raises(OperationalError):
            db.session.execute(sa.text(slow))
        db.session.rollback()
        assert time.monotonic() - started < 2
        assert db.session.execute(sa.text("SELECT 1")).scalar() == 1  # the connection still works


@pytest.mark.postgres_only
def test_postgresql_sessions_do_not_jit_compile_page_queries(app_ctx):
    assert db.session.execute(sa.text("SHOW jit")).scalar() == "off"


@pytest.fixture
def silent_database():
    """A server on 127.0.0.1 that accepts connections and never says a word."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    accepted = []
    stop = threading.Event()

    def accept():
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join()
    for conn in accepted:
        conn.close()
    server.close()


def test_health_check_fails_fast_when_the_database_hangs(app_with, silent_database):
    site = app_with(SQLALCHEMY_DATABASE_URI=f"postgresql+psycopg://wisata@127.0.0.1:{silent_database}/wisata",
                    DB_CONNECT_TIMEOUT=1)
    started = time.monotonic()
    response = site.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.get_json()["status"] == "error"
    assert time.monotonic() - started < 5


def test_health_check_reports_a_slow_database(app_with):
    response = app_with(HEALTHZ_SLOW_MS=-1).test_client().get("/healthz")
    assert response.status_code == 503
    assert response.get_json()["status"] == "slow"


def test_health_check_says_how_long_the_database_took(client):
    response = client.get("/healthz")
    assert response.get_json() == {"status": "ok"}
    assert response.headers["Server-Timing"].startswith("db;dur=")
