"""Backups: `flask backup` writes one .tar.gz with the database and the media folder,
`flask restore` puts one back.

An archive holds `manifest.json` (when, which database, schema revision, a few row counts,
the database file's SHA-256), the database (`database.sqlite3`, made with SQLite's online
backup API so a running site can be backed up; or `database.dump`, `pg_dump --format=custom`)
and the media files under `media/`. A restore reads and checks the whole archive before it
changes anything, so a truncated or foreign file leaves the site as it was.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
import zlib
from datetime import UTC, datetime
from pathlib import Path

import click
import sqlalchemy as sa
from alembic.script import ScriptDirectory
from flask import Flask, current_app
from flask.cli import with_appcontext

from wisata.extensions import db
from wisata.models import Booking, Departure, Organisation, Package, Photo, User

FORMAT = 1
MANIFEST = "manifest.json"
DATABASE_MEMBERS = {"sqlite": "database.sqlite3", "postgresql": "database.dump"}
COUNTED = {"users": User, "organisations": Organisation, "packages": Package,
           "departures": Departure, "bookings": Booking, "photos": Photo}
ARCHIVE_PREFIX = "wisata-"
ARCHIVE_SUFFIX = ".tar.gz"
# One transaction: a dump that fails half-way leaves the database as it was.
PG_RESTORE_OPTIONS = ("--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction",
                      "--exit-on-error")


class BackupError(click.ClickException):
    """A backup or restore that cannot go on; click prints it and exits with status 1."""


def database_kind() -> str:
    kind = db.engine.url.get_backend_name()
    if kind not in DATABASE_MEMBERS:
        raise BackupError(f"backups support SQLite and PostgreSQL, not {kind}")
    return kind


def _sqlite_path() -> Path:
    name = db.engine.url.database
    if not name or name == ":memory:":
        raise BackupError("the database is in memory; there is no file to back up or restore")
    return Path(name)


def _analyse() -> None:
    """Fresh planner statistics: a restored PostgreSQL database has none until autovacuum
    comes by, and the figures' queries then took minutes instead of a second."""
    with db.engine.connect() as connection:
        connection.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")
    db.engine.dispose()


def _pg_command(tool: str, *args: str) -> tuple[list[str], dict[str, str]]:
    """The command line and environment for a PostgreSQL client tool on the app's database.

    The password goes in PGPASSWORD rather than on the command line, where `ps` shows it.
    """
    executable = shutil.which(tool)
    if executable is None:
        raise BackupError(f"{tool} was not found; install the PostgreSQL client (apt-get install postgresql-client)")
    url = db.engine.url.set(drivername="postgresql")  # libpq knows no "+psycopg"
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    env.setdefault("PGCONNECT_TIMEOUT", "10")
    dbname = url.set(password=None).render_as_string(hide_password=False)
    return [executable, *args, f"--dbname={dbname}"], env


def _run(command: list[str], env: dict[str, str]) -> None:
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BackupError(f"{Path(command[0]).name} failed: {result.stderr.strip() or result.returncode}")


def dump_database(kind: str, target: Path) -> None:
    if kind == "sqlite":
        source = sqlite3.connect(_sqlite_path())
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)  # consistent even while the site writes
        finally:
            destination.close()
            source.close()
    else:
        command, env = _pg_command("pg_dump", "--format=custom", "--no-owner", f"--file={target}")
        _run(command, env)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for chunk in iter(lambda: file.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _revision() -> str | None:
    return db.session.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()


def _code_revision() -> str | None:
    """The newest migration of the code that runs now."""
    return ScriptDirectory(current_app.extensions["migrate"].directory).get_current_head()


def row_counts() -> dict[str, int]:
    return {name: db.session.scalar(sa.select(sa.func.count()).select_from(model))
            for name, model in COUNTED.items()}


def _archive_path(output: str | None) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    name = f"{ARCHIVE_PREFIX}{stamp}{ARCHIVE_SUFFIX}"
    if output is None:
        return Path(current_app.instance_path) / "backups" / name
    path = Path(output)
    return path / name if path.is_dir() else path


def write_backup(archive: Path) -> dict:
    """Write the archive (beside, then renamed, so a half-written one never looks finished)."""
    kind = database_kind()
    media = Path(current_app.config["MEDIA_FOLDER"])
    archive.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=archive.parent, prefix=".backup-") as staging:
        dumped = Path(staging) / DATABASE_MEMBERS[kind]
        dump_database(kind, dumped)
        manifest = {
            "format": FORMAT, "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "database": kind, "alembic_revision": _revision(), "counts": row_counts(),
            "database_sha256": _sha256(dumped),
        }
        db.session.rollback()  # end the read transaction the counts opened
        partial = Path(staging) / "archive.partial"
        with tarfile.open(partial, "w:gz") as tar:
            _add_bytes(tar, MANIFEST, json.dumps(manifest, indent=2).encode())
            tar.add(dumped, arcname=dumped.name)
            if media.is_dir():
                tar.add(media, arcname="media", filter=_regular_files_only)
        os.replace(partial, archive)
    return manifest


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = len(data), int(datetime.now(UTC).timestamp()), 0o644
    tar.addfile(info, io.BytesIO(data))


def _regular_files_only(info: tarfile.TarInfo) -> tarfile.TarInfo | None:
    """Files and folders; not links, nor hidden names (uploads still being written)."""
    hidden = Path(info.name).name.startswith(".")
    return info if (info.isfile() or info.isdir()) and not hidden else None


def prune(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` archives named by `backup` in `folder`."""
    archives = sorted(folder.glob(f"{ARCHIVE_PREFIX}*{ARCHIVE_SUFFIX}"))
    old = archives[:-keep] if keep > 0 else []
    for path in old:
        path.unlink()
    return old


def restore_archive(archive: Path) -> dict:
    """Check the whole archive, then replace the database and the media folder with its own."""
    kind = database_kind()
    media = Path(current_app.config["MEDIA_FOLDER"])
    media.parent.mkdir(parents=True, exist_ok=True)
    # Staged beside the media folder, so swapping it in is a rename on one file system.
    with tempfile.TemporaryDirectory(dir=media.parent, prefix=".restore-") as staging:
        staging = Path(staging)
        manifest = _unpack(archive, staging, kind)
        dumped = staging / DATABASE_MEMBERS[kind]
        # Built first, so a missing pg_restore stops the restore before anything changes.
        pg_restore = _pg_command("pg_restore", *PG_RESTORE_OPTIONS) if kind == "postgresql" else None
        db.session.remove()
        db.engine.dispose()  # no pooled connection may keep the old database open
        if pg_restore:
            _run([*pg_restore[0], str(dumped)], pg_restore[1])
        else:
            _replace_sqlite_file(dumped)
        _analyse()
        (staging / "media").mkdir(exist_ok=True)
        if media.exists():
            os.replace(media, staging / "replaced-media")  # deleted with the staging folder
        os.replace(staging / "media", media)
    return manifest


def _unpack(archive: Path, staging: Path, kind: str) -> dict:
    if not archive.is_file():
        raise BackupError(f"{archive} does not exist or is not a file")
    try:
        with tarfile.open(archive, "r:gz") as tar:
            tar.extractall(staging, filter=_known_member)
    except (tarfile.TarError, OSError, EOFError, zlib.error) as error:
        raise BackupError(f"{archive} is not a readable backup archive: {error}") from error
    try:
        manifest = json.loads((staging / MANIFEST).read_text())
    except (OSError, ValueError) as error:
        raise BackupError(f"{archive} has no readable {MANIFEST}; it was not made by `flask backup`") from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(f"{archive} is a backup in an unknown format")
    if manifest.get("database") != kind:
        raise BackupError(f"{archive} holds a {manifest.get('database')} database, but this site uses {kind}")
    dumped = staging / DATABASE_MEMBERS[kind]
    if not dumped.is_file() or _sha256(dumped) != manifest.get("database_sha256"):
        raise BackupError(f"the database in {archive} is missing or damaged (its checksum does not match)")
    if (staging / "media").exists() and not (staging / "media").is_dir():
        raise BackupError(f"{archive} holds no media folder")
    return manifest


def _known_member(member: tarfile.TarInfo, path: str) -> tarfile.TarInfo | None:
    """Refuse links and paths leaving the folder (tarfile's data filter); skip unknown names."""
    member = tarfile.data_filter(member, path)
    top = member.name.split("/", 1)[0]
    return member if top in {MANIFEST, "media", *DATABASE_MEMBERS.values()} else None


def _replace_sqlite_file(dumped: Path) -> None:
    """Put the restored file in place by a rename, so the database is never half-written."""
    path = _sqlite_path()
    incoming = path.with_name(path.name + ".restoring")
    try:
        shutil.copyfile(dumped, incoming)
        with incoming.open("rb+") as file:
            os.fsync(file.fileno())
        # The old file's write-ahead log would be replayed onto the new file: remove it first.
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(incoming, path)
    finally:
        incoming.unlink(missing_ok=True)


@click.command("backup")
@click.option("--output", type=click.Path(dir_okay=True, file_okay=True),
              help="Archive file, or a folder for wisata-<time>.tar.gz (default: <instance>/backups).")
@click.option("--keep", type=click.IntRange(min=1), help="Then delete all but the newest N archives in that folder.")
@with_appcontext
def backup_command(output: str | None, keep: int | None):
    """Back up the database and the media files into one .tar.gz."""
    archive = _archive_path(output)
    manifest = write_backup(archive)
    counts = ", ".join(f"{n} {name}" for name, n in manifest["counts"].items())
    click.echo(f"Backed up the {manifest['database']} database ({counts}) and the media files to {archive}")
    if keep:
        for path in prune(archive.parent, keep):
            click.echo(f"Deleted the old backup {path}")


@click.command("restore")
@click.argument("archive", type=click.Path(dir_okay=False))
@click.option("--yes", is_flag=True, help="Confirm that the current database and media files are replaced.")
@with_appcontext
def restore_command(archive: str, yes: bool):
    """Replace the database and the media files with those of a backup archive.

    Stop the web, worker and scheduler services first.
    """
    if not yes:
        raise BackupError("restore replaces the whole database and every media file; "
                          "stop the site, then run it again with --yes")
    manifest = restore_archive(Path(archive))
    click.echo(f"Restored the backup of {manifest['created_at']} (schema revision {manifest['alembic_revision']}).")
    if manifest["alembic_revision"] != _code_revision():
        click.echo("The backup is from another version: run `flask --app wsgi db upgrade` before starting the site.")


def init_app(app: Flask) -> None:
    app.cli.add_command(backup_command)
    app.cli.add_command(restore_command)
