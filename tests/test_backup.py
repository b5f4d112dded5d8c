"""`flask backup` and `flask restore`: a round trip gives back every row and every file."""

from __future__ import annotations

import io
import json
import os
import tarfile
from pathlib import Path

import pytest
import sqlalchemy as sa
from PIL import Image
from werkzeug.datastructures import FileStorage

from wisata import backup
from wisata.extensions import db
from wisata.models import Booking, Organisation, PackagePhoto, PaymentMethod, User
from wisata.services import booking as booking_service
from wisata.services.booking import BookingRequest
from wisata.services.photos import store_upload


@pytest.fixture
def media(app, tmp_path, monkeypatch) -> Path:
    """A media folder of the test's own, so the archive holds only this test's files."""
    folder = tmp_path / "site" / "media"
    monkeypatch.setitem(app.config, "MEDIA_FOLDER", str(folder))
    return folder


@pytest.fixture
def site(make, media):
    """A partner, a package with a stored photo, a departure and a booking on it."""
    package = make.package(make.organisation(name="Tengger Trails"))
    image = io.BytesIO()
    Image.new("RGB", (1200, 800), (200, 120, 40)).save(image, "JPEG")
    photo = store_upload(FileStorage(stream=io.BytesIO(image.getvalue()), filename="bromo.jpg"))
    package.photos.append(PackagePhoto(photo=photo, position=0))
    departure = make.departure(package, capacity=8)
    booking, _ = booking_service.book_seats(BookingRequest(
        departure_id=departure.id, counts={"adult": 2}, contact_name="Ayu Lestari",
        contact_email="ayu@example.com", contact_phone="+6281234567890", origin_country="ID",
        origin_province="Jambi", travellers=["Ayu Lestari", "Budi Santoso"],
        payment_method=PaymentMethod.BANK_TRANSFER, idempotency_key="k" * 20,
    ))
    db.session.commit()
    return booking


def table_contents() -> dict[str, list[tuple]]:
    db.session.rollback()  # read what is committed now
    return {
        table.name: [tuple(row) for row in db.session.execute(
            sa.select(table).order_by(*table.primary_key.columns))]
        for table in db.metadata.sorted_tables
    }


def files_in(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def back_up(runner, path: Path) -> None:
    result = runner.invoke(args=["backup", "--output", str(path)])
    assert result.exit_code == 0, result.output
    assert path.is_file()


def test_restore_gives_back_every_row_and_every_file(runner, site, media, tmp_path):
    booking_id = site.id
    rows, files = table_contents(), files_in(media)
    assert rows["bookings"] and rows["photos"] and len(files) >= 2
    archive = tmp_path / "backups" / "site.tar.gz"
    back_up(runner, archive)

    booking_service.cancel(db.session.get(Booking, booking_id), reason="changed plans")
    db.session.get(Booking, booking_id).departure.package.organisation.name = "Renamed"
    db.session.add(User(email="late@example.com", name="Came after the backup"))
    db.session.commit()
    sorted(media.iterdir())[0].unlink()
    (media / "stray.webp").write_bytes(b"not in the backup")
    assert table_contents() != rows and files_in(media) != files

    result = runner.invoke(args=["restore", str(archive), "--yes"])
    assert result.exit_code == 0, result.output
    assert "db upgrade" not in result.output  # same schema version
    assert table_contents() == rows
    assert files_in(media) == files
    assert db.session.get(Booking, booking_id).status.value == "pending_payment"


def test_manifest_describes_the_backup(runner, site, media, tmp_path):
    (media / ".abc-480.webp.part").write_bytes(b"an upload being written")
    archive = tmp_path / "site.tar.gz"
    back_up(runner, archive)
    with tarfile.open(archive) as tar:
        names = tar.getnames()
        manifest = json.load(tar.extractfile("manifest.json"))
    kind = db.engine.url.get_backend_name()
    assert manifest["database"] == kind and backup.DATABASE_MEMBERS[kind] in names
    assert manifest["alembic_revision"] == db.session.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
    assert manifest["counts"]["bookings"] == 1 and manifest["counts"]["photos"] == 1
    assert manifest["created_at"].endswith("+00:00")
    assert any(name.startswith("media/") and name.endswith(".webp") for name in names)
    assert not any(name.endswith(".part") for name in names)


def test_restore_refuses_without_yes_and_changes_nothing(runner, site, tmp_path):
    archive = tmp_path / "site.tar.gz"
    back_up(runner, archive)
    db.session.get(Organisation, site.departure.package.organisation_id).name = "Renamed"
    db.session.commit()
    rows = table_contents()

    result = runner.invoke(args=["restore", str(archive)])
    assert result.exit_code != 0
    assert "--yes" in result.output
    assert table_contents() == rows


def _rewritten(source: Path, target: Path, change) -> Path:
    """A copy of the archive with `change(name, data)` applied to each member's bytes."""
    with tarfile.open(source) as old, tarfile.open(target, "w:gz") as new:
        for member in old.getmembers():
            data = old.extractfile(member).read() if member.isfile() else None
            if data is not None:
                data = change(member.name, data)
                if data is None:
                    continue
                member.size = len(data)
            new.addfile(member, io.BytesIO(data) if data is not None else None)
    return target


def _damaged_archives(good: Path, folder: Path) -> dict[str, Path]:
    data = good.read_bytes()
    (folder / "truncated.tar.gz").write_bytes(data[: len(data) // 2])
    (folder / "noise.tar.gz").write_bytes(b"\x1f\x8b" + bytes(range(256)) * 8)
    kind = db.engine.url.get_backend_name()
    other = "postgresql" if kind == "sqlite" else "sqlite"
    member = backup.DATABASE_MEMBERS[kind]
    return {
        "does not exist": folder / "missing.tar.gz",
        "not a readable backup archive": folder / "truncated.tar.gz",
        "not a readable backup archive ": folder / "noise.tar.gz",
        "no readable manifest.json": _rewritten(
            good, folder / "no-manifest.tar.gz", lambda name, d: None if name == "manifest.json" else d),
        "checksum does not match": _rewritten(
            good, folder / "tampered.tar.gz", lambda name, d: d[:-1] + bytes([d[-1] ^ 1]) if name == member else d),
        f"holds a {other} database": _rewritten(
            good, folder / "other-kind.tar.gz",
            lambda name, d: d.replace(f'"database": "{kind}"'.encode(), f'"database": "{other}"'.encode())),
    }


def test_missing_or_damaged_archives_are_refused_and_change_nothing(runner, site, media, tmp_path):
    good = tmp_path / "good.tar.gz"
    back_up(runner, good)
    db.session.get(Organisation, site.departure.package.organisation_id).name = "Renamed"
    db.session.commit()
    rows, files = table_contents(), files_in(media)

    for message, archive in _damaged_archives(good, tmp_path).items():
        result = runner.invoke(args=["restore", str(archive), "--yes"])
        assert result.exit_code == 1, (archive.name, result.output)
        assert message.strip() in result.output, (archive.name, result.output)
        assert table_contents() == rows and files_in(media) == files


def test_keep_deletes_only_the_oldest_archives(runner, site, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    old = [folder / f"wisata-2026010{day}-020000.tar.gz" for day in range(1, 4)]
    for path in old:
        path.write_bytes(b"old")
    (folder / "notes.txt").write_text("not a backup")

    result = runner.invoke(args=["backup", "--output", str(folder), "--keep", "2"])
    assert result.exit_code == 0, result.output
    kept = sorted(p.name for p in folder.iterdir())
    assert len(kept) == 3 and kept[:2] == ["notes.txt", old[-1].name]
    assert kept[2].startswith("wisata-2") and kept[2] > old[-1].name  # today's


@pytest.mark.skipif(not os.environ.get("TEST_DATABASE_URL", "").startswith("postgres"),
                    reason="pg_dump serves PostgreSQL only")
def test_backup_without_pg_dump_says_what_to_install(runner, site, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # a folder without pg_dump
    result = runner.invoke(args=["backup", "--output", str(tmp_path / "site.tar.gz")])
    assert result.exit_code == 1
    assert "pg_dump was not found" in result.output
    assert not (tmp_path / "site.tar.gz").exists()
