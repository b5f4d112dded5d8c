"""Wisata Malang–Jambi: the application factory."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from flask import Flask

import config as config_module
from wisata import database, deployment, i18n
from wisata.extensions import babel, compress, csrf, db, limiter, login_manager, migrate
from wisata.services import package_figures  # noqa: F401 - registers the session hook keeping the figures

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def create_app(config_object: type | None = None, **overrides) -> Flask:
    """Create the app; `overrides` are settings applied last (tests use them)."""
    app = deployment.SiteFlask(
        __name__,
        instance_path=os.environ.get("INSTANCE_PATH") or str(PROJECT_ROOT / "instance"),
        template_folder=str(PROJECT_ROOT / "templates"),
        static_folder=str(PROJECT_ROOT / "static"),
    )
    configure(app, config_object or config_module.config_for_environment(), overrides)
    register_extensions(app)
    register_blueprints(app)
    register_commands(app)
    return app


def configure(app: Flask, config_object: type, overrides: dict) -> None:
    app.config.from_object(config_object)
    app.config.update(overrides)
    deployment.check_required(app, getattr(config_object, "REQUIRED", ()))
    deployment.apply_site_url(app)
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = config_module.instance_secret_key(app.instance_path)
    if not app.config.get("SQLALCHEMY_DATABASE_URI"):
        app.config["SQLALCHEMY_DATABASE_URI"] = f"sqlite:///{Path(app.instance_path) / 'wisata.db'}"
    if not app.config.get("MEDIA_FOLDER"):
        app.config["MEDIA_FOLDER"] = str(Path(app.instance_path) / "media")
    database.configure_engine(app)
    if not app.debug and not app.testing:
        logging.basicConfig(level=logging.INFO)


def register_extensions(app: Flask) -> None:
    from wisata import assets, auth, cache, jobs, media, ratelimit, security

    security.init_app(app)  # first: before ProxyFix wraps the app and before any route
    cache.init_app(app)  # next: a page served from the cache skips everything after
    deployment.init_app(app)
    db.init_app(app)
    database.init_app(app)
    migrate.init_app(app, db, directory=str(PROJECT_ROOT / "migrations"))
    csrf.init_app(app)
    babel.init_app(
        app,
        locale_selector=i18n.select_locale,
        default_translation_directories=str(PROJECT_ROOT / "translations"),
    )
    ratelimit.init_app(app)
    limiter.init_app(app)
    login_manager.init_app(app)
    auth.init_app(app)
    i18n.init_app(app)
    media.init_app(app)
    compress.init_app(app)
    assets.init_app(app)
    jobs.init_app(app)


def register_blueprints(app: Flask) -> None:
    from wisata import errors, root, webhooks  # noqa: F401 - webhooks adds its views to root.bp
    from wisata.account import bp as account_bp
    from wisata.api import bp as api_bp
    from wisata.office import bp as office_bp
    from wisata.partner import bp as partner_bp
    from wisata.public import bp as public_bp

    app.register_blueprint(root.bp)
    app.register_blueprint(public_bp, url_prefix=i18n.LANG_PREFIX)
    app.register_blueprint(account_bp, url_prefix=i18n.LANG_PREFIX)
    app.register_blueprint(partner_bp, url_prefix=i18n.LANG_PREFIX + "/partner")
    app.register_blueprint(office_bp, url_prefix=i18n.LANG_PREFIX + "/office")
    app.register_blueprint(api_bp, url_prefix="/api/v1")
    errors.init_app(app)


def register_commands(app: Flask) -> None:
    from wisata import backup, cli

    cli.init_app(app)
    backup.init_app(app)
