"""Static files are fingerprinted and cached for a year; pages without a form go out compressed."""

from __future__ import annotations

import gzip
import re


def test_static_links_carry_a_fingerprint_and_are_kept_a_year(client):
    html = client.get("/en/").get_data(as_text=True)
    css = re.search(r'href="(/static/css/site\.css\?v=[0-9a-f]{10})"', html).group(1)
    response = client.get(css)
    assert response.status_code == 200
    assert response.cache_control.max_age == 365 * 24 * 3600 and response.cache_control.immutable
    # Without the fingerprint the browser must ask again.
    assert not client.get("/static/css/site.css").cache_control.immutable


def test_a_changed_file_gets_a_new_fingerprint(app, tmp_path, monkeypatch):
    import os

    from wisata import assets

    (tmp_path / "a.css").write_text("body{}")
    monkeypatch.setattr(app, "static_folder", str(tmp_path))
    first = assets.fingerprint(app, "a.css")
    (tmp_path / "a.css").write_text("body{color:red}")
    os.utime(tmp_path / "a.css", (1, 1))
    assert assets.fingerprint(app, "a.css") != first


def test_pages_without_a_form_are_compressed(client, make):
    make.package()
    plain = client.get("/en/packages")
    packed = client.get("/en/packages", headers={"Accept-Encoding": "gzip"})
    assert packed.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in packed.headers["Vary"]
    assert gzip.decompress(packed.get_data()) == plain.get_data()
    assert client.get("/sitemap.xml", headers={"Accept-Encoding": "gzip"}).headers["Content-Encoding"] == "gzip"


def test_pages_with_a_csrf_token_are_not_compressed(app_with):
    client = app_with(WTF_CSRF_ENABLED=True).test_client()
    response = client.get("/en/login", headers={"Accept-Encoding": "gzip, br"})
    assert response.status_code == 200
    assert "Content-Encoding" not in response.headers
    assert 'name="csrf_token"' in response.get_data(as_text=True)
