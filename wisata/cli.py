"""Flask commands: `flask --app wsgi seed-demo`, `create-admin`, `translate ...`."""

from __future__ import annotations

import subprocess
import sys

import click
import sqlalchemy as sa
from flask import Flask
from flask.cli import AppGroup, with_appcontext

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
@with_appcontext
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


@click.command("seed-catalogue")
@with_appcontext
def seed_catalogue():
    """Load the regions, categories and attractions (no demo partners, accounts or bookings).

    The first step on a production database, before `create-admin`; safe to run twice."""
    from wisata.demo.seed import seed_attractions, seed_categories, seed_regions

    attractions = seed_attractions(seed_regions(), seed_categories())
    db.session.commit()
    click.echo(f"Regions, categories and {len(attractions)} attractions are in place.")


@click.command("create-admin")
@with_appcontext
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


@bookings.command("check")
@click.option("--fix", is_flag=True, help="Set each drifted counter to the recomputed value.")
def bookings_check(fix: bool):
    """Recompute seats held and promo-code uses from the bookings; report any drift.

    Exits with status 1 when drift is found and not fixed."""
    from wisata.services import ledger

    drift = ledger.repair() if fix else ledger.check()
    for found in drift:
        click.echo(str(found))
    if not drift:
        click.echo("No drift: every counter matches the bookings.")
    elif fix:
        db.session.commit()
        click.echo(f"{len(drift)} drifted counter(s) repaired.")
    else:
        click.echo(f"{len(drift)} drifted counter(s) found; run with --fix to repair them.")
        raise SystemExit(1)


jobs_group = AppGroup("jobs", help="The outbox of background jobs (e-mails and other slow work).")


@jobs_group.command("run")
def jobs_run():
    """Run the jobs that are due now, then stop (the embedded default's cron or catch-up)."""
    from wisata import jobs

    click.echo(f"{jobs.run_due(limit=10_000)} job(s) done.")


@jobs_group.command("worker")
@click.option("--burst", is_flag=True, help="Stop when the queue is empty.")
def jobs_worker(burst: bool):
    """Run jobs as they come: from Redis (RQ) when REDIS_URL is set, else from the database."""
    from wisata import jobs

    jobs.work(burst=burst)


@click.command("scheduler")
@with_appcontext
@click.option("--once", is_flag=True, help="Run the tasks that are due, then stop (for cron).")
def scheduler_command(once: bool):
    """Run the periodic work (expire holds, complete trips, retry jobs, clean up).

    Safe to run on several machines at once: each run of a task is claimed by one."""
    from wisata import housekeeping, scheduler  # noqa: F401 - housekeeping registers the tasks

    if once:
        ran = scheduler.run_due()
        click.echo(f"ran: {', '.join(ran) or 'nothing was due'}")
        return
    scheduler.loop()


def init_app(app: Flask) -> None:
    app.cli.add_command(jobs_group)
    app.cli.add_command(scheduler_command)
    app.cli.add_command(bookings)
    app.cli.add_command(translate)
    app.cli.add_command(seed_demo)
    app.cli.add_command(seed_catalogue)
    app.cli.add_command(create_admin)
