"""WSGI entry of the load benchmark (bench/load.py): the real app with production settings,
plus one trivial page served by that same app, to measure every page against.

    BENCH_DATABASE_URL=sqlite:///bench/bench.db SITE_URL=http://127.0.0.1:8000 SECRET_KEY=... \\
        .venv/bin/gunicorn --workers 2 --bind 127.0.0.1:8000 'bench.serve:from_environment()'

Differences from a production start, all for the load driver's sake:
- CSRF protection and rate limits are off: one driver on 127.0.0.1 plays 16 clients, so
  it would be one client over every limit, and it posts forms it did not fetch;
- jobs (the booking e-mails) are queued in the outbox table and not run inline: with
  `JOBS_INLINE` off and no Redis, they wait for `flask jobs worker`, as in production
  where a worker sends them apart from the request.
"""

from __future__ import annotations

import os
import sys
from itertools import count
from pathlib import Path

from flask import Blueprint, Flask, render_template

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import database_url  # noqa: E402
from config import ProductionConfig  # noqa: E402
from wisata import create_app  # noqa: E402

BENCH_FOLDER = Path(__file__).resolve().parent
TRIVIAL_PATH = "/bench/trivial"

trivial_bp = Blueprint("bench", __name__, template_folder=str(BENCH_FOLDER / "templates"))
_served = count(1)


@trivial_bp.get(TRIVIAL_PATH)
def trivial():
    """The yardstick: a route of the same app (same hooks, same Jinja environment) that
    renders a tiny template and asks the database nothing."""
    return render_template("bench/trivial.html", lang="id", name="Wisata Malang–Jambi", served=next(_served))


def bench_settings(url: str, site_url: str, secret_key: str) -> dict:
    """The settings serve.py gives the app on top of ProductionConfig."""
    return dict(
        SQLALCHEMY_DATABASE_URI=database_url(url),
        SITE_URL=site_url,
        SECRET_KEY=secret_key,
        MEDIA_FOLDER=str(BENCH_FOLDER / "media"),
        WTF_CSRF_ENABLED=False,
        RATELIMIT_ENABLED=False,
        JOBS_INLINE=False,
        REDIS_URL=None,  # the embedded default: no Redis, the outbox table holds the jobs
    )


def create_bench_app(url: str, site_url: str, secret_key: str) -> Flask:
    """The app as gunicorn serves it in the benchmark (load.py uses it in-process too, to
    count SQL statements and bytes with the test client)."""
    app = create_app(ProductionConfig, **bench_settings(url, site_url, secret_key))
    app.register_blueprint(trivial_bp)
    return app


def from_environment() -> Flask:
    """gunicorn's entry: BENCH_DATABASE_URL, SITE_URL and SECRET_KEY from the environment."""
    missing = [name for name in ("BENCH_DATABASE_URL", "SITE_URL", "SECRET_KEY") if not os.environ.get(name)]
    if missing:
        raise SystemExit(f"bench/serve.py needs {', '.join(missing)} in the environment")
    return create_bench_app(os.environ["BENCH_DATABASE_URL"], os.environ["SITE_URL"], os.environ["SECRET_KEY"])
