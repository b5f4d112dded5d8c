"""Localized error pages and the health check."""

from __future__ import annotations

import pytest

from config import TestConfig
from wisata import create_app


@pytest.mark.parametrize(("lang", "text"), [("id", "Halaman tidak ditemukan"), ("en", "Page not found")])
def test_not_found_page_is_localized(client, lang, text):
    response = client.get(f"/{lang}/packages/no-such-trip")
    assert response.status_code == 404
    html = response.get_data(as_text=True)
    assert text in html
    assert f'<html lang="{lang}">' in html


def test_unknown_path_outside_a_language_is_not_found(client):
    assert client.get("/no-such-page").status_code == 404


@pytest.mark.parametrize(("lang", "text"), [("id", "Terjadi kesalahan"), ("en", "Something went wrong")])
def test_server_error_page_is_localized_and_hides_details(database_url, tmp_path, lang, text):
    app = create_app(TestConfig, SQLALCHEMY_DATABASE_URI=database_url, INSTANCE_PATH=str(tmp_path))

    @app.get("/<lang>/boom")
    def boom():
        raise RuntimeError("secret internals")

    response = app.test_client().get(f"/{lang}/boom")
    assert response.status_code == 500
    html = response.get_data(as_text=True)
    assert text in html
    assert "secret internals" not in html


def test_health_check_reports_ok_after_querying_the_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}


def test_health_check_reports_a_broken_database(tmp_path):
    app = create_app(TestConfig, SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp_path}/missing/dir/db.sqlite")
    response = app.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.get_json()["status"] == "error"


def test_robots_txt_points_at_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Sitemap: http://wisata.test/sitemap.xml" in response.get_data(as_text=True)
    assert "Disallow: /id/partner/" in response.get_data(as_text=True)
