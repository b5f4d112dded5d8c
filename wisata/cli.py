"""Flask commands: `flask --app wsgi seed-demo`, `create-admin`, `translate ...`."""

from __future__ import annotations

import subprocess
import sys

import click
import sqlalchemy as sa
from flask import Flask
from flask.cli import AppGroup

from wisata import PROJECT_ROOT, timeutil
from wisata.extensions import db
from wisata.models import Package, Region, User
from wisata.services.passwords import hash_password

translate = AppGroup("translate", help="Extract, update and compile the interface translations.")


def _pybabel(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", *args], check=True, cwd=PROJECT_ROOT)


@translate.command("extract")
def translate_extract():
    """Extract messages into messages.pot and merge them into every catalog."""
    # Babel skips folders starting with "_" by default; templates/_macros must be read.
    _pybabel("extract", "-F", "babel.cfg", "-k", "_l", "--no-location", "--sort-output", "--ignore-dirs", ".*",
             "-o", "translations/messages.pot", ".")
    _pybabel("update", "-i", "translations/messages.pot", "-d", "translations", "--no-fuzzy-matching")


@translate.command("compile")
def translate_compile():
    """Compile the catalogs (.po into .mo)."""
    _pybabel("compile", "-d", "translations")


@click.command("seed-demo")
@click.option("--if-empty", is_flag=True, help="Only seed when there are no packages yet.")
def seed_demo(if_empty: bool):
    """Fill the database with the demo catalogue and accounts (safe to run twice)."""
    from wisata.demo.seed import DEMO_PASSWORD
    from wisata.demo.seed import seed_demo as run_seed

    if if_empty and db.session.scalar(sa.select(sa.func.count(Package.id))):
        click.echo("The database already has packages; nothing seeded.")
        return
    accounts = run_seed()
    click.echo(f"Demo content is in place. Demo accounts (password: {DEMO_PASSWORD}):")
    for role, email in accounts:
        click.echo(f"  {role:<55} {email}")


@click.command("create-admin")
@click.option("--email", required=True)
@click.option("--name", required=True)
@click.option("--region", "region_slug", required=True, help="Region slug of the tourism office.")
@click.password_option()
def create_admin(email: str, name: str, region_slug: str, password: str):
    """Create (or promote) a tourism-office admin for a region."""
    region = db.session.scalar(sa.select(Region).where(Region.slug == region_slug))
    if region is None:
        raise click.BadParameter(f"no region {region_slug!r}", param_hint="--region")
    if not 8 <= len(password) <= 128:
        raise click.BadParameter("the password must have 8 to 128 characters")
    email = email.strip().lower()
    user = db.session.scalar(sa.select(User).where(User.email == email))
    if user is None:
        user = User(email=email, name=name, email_verified_at=timeutil.now())
        db.session.add(user)
    user.password_hash = hash_password(password)
    user.office_region = region
    db.session.commit()
    click.echo(f"{email} is now an office admin for {region_slug}.")


bookings = AppGroup("bookings", help="Booking housekeeping, to run from cron.")


@bookings.command("expire")
def bookings_expire():
    """Release the seats of unpaid bookings whose hold has run out."""
    from wisata.services.booking import expire_holds

    click.echo(f"{expire_holds()} unpaid booking(s) expired.")


@bookings.command("complete")
def bookings_complete():
    """Mark confirmed bookings whose trip has ended as completed (opens reviews)."""
    from wisata.services.booking import complete_past_trips

    click.echo(f"{complete_past_trips()} booking(s) completed.")


def init_app(app: Flask) -> None:
    app.cli.add_command(bookings)
    app.cli.add_command(translate)
    app.cli.add_command(seed_demo)
    app.cli.add_command(create_admin)
