"""Photo uploads: checked by content, re-encoded to WebP in the srcset widths, random names."""

from __future__ import annotations

import io
import os
import re
import struct
import time
import zlib
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
import sqlalchemy as sa
from flask import current_app
from flask_babel import force_locale
from PIL import Image, ImageCms
from werkzeug.datastructures import FileStorage

from wisata.extensions import db
from wisata.media import photo_src, photo_srcset
from wisata.models import PackagePhoto, Photo
from wisata.services import photos
from wisata.services.photos import (
    MAX_BYTES,
    MIN_WIDTH,
    PhotoRejected,
    delete_photo_files,
    store_upload,
)

# --- building uploads -------------------------------------------------------------------


def image_bytes(size=(2000, 1250), fmt="JPEG", mode="RGB", color=(200, 120, 40), **save) -> bytes:
    image = Image.new(mode, size, color)
    out = io.BytesIO()
    image.save(out, fmt, **save)
    return out.getvalue()


def upload(data: bytes, filename="x.jpg", content_type="image/jpeg") -> FileStorage:
    return FileStorage(stream=io.BytesIO(data), filename=filename, content_type=content_type)


def with_ihdr_size(png: bytes, width: int, height: int) -> bytes:
    """The PNG with its IHDR claiming another size (CRC fixed up), pixel data unchanged."""
    assert png[12:16] == b"IHDR"
    ihdr = b"IHDR" + struct.pack(">II", width, height) + png[24:29]
    return png[:12] + ihdr + struct.pack(">I", zlib.crc32(ihdr)) + png[33:]


# --- fixtures and helpers ---------------------------------------------------------------


def media_files() -> set[str]:
    folder = Path(current_app.config["MEDIA_FOLDER"])
    return {p.name for p in folder.iterdir()} if folder.exists() else set()


def photo_count() -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(Photo))


@pytest.fixture
def media(app_ctx):
    """Checks the test leaves no new files in the media folder (stored photos are deleted)."""
    before = media_files()
    stored: list[Photo] = []
    yield stored
    for photo in stored:
        delete_photo_files(photo)
    assert media_files() == before


def store(media, data: bytes, **kwargs) -> Photo:
    photo = store_upload(upload(data, **kwargs))
    media.append(photo)
    return photo


def rejected(data: bytes, reason: str, **kwargs) -> PhotoRejected:
    """Upload `data`, expecting a refusal that leaves no files and no rows."""
    files, rows = media_files(), photo_count()
    with pytest.raises(PhotoRejected) as info:
        store_upload(upload(data, **kwargs))
    assert info.value.reason == reason
    assert str(info.value)
    assert media_files() == files
    assert photo_count() == rows
    return info.value


def stored_files(photo: Photo) -> dict[int, Path]:
    folder = Path(current_app.config["MEDIA_FOLDER"])
    return {w: folder / f"{photo.key}-{w}.webp" for w in photo.widths}


def open_rendition(photo: Photo, width: int) -> Image.Image:
    image = Image.open(stored_files(photo)[width])
    image.load()
    return image


# --- accepted uploads -------------------------------------------------------------------


def test_jpeg_becomes_webp_in_every_srcset_width(media):
    photo = store(media, image_bytes((2000, 1250)))

    assert photo.id is not None  # flushed
    assert photo.format == "webp"
    assert photo.widths == [480, 960, 1600]
    assert (photo.width, photo.height) == (1600, 1000)
    for width, path in stored_files(photo).items():
        assert path.exists()
        image = open_rendition(photo, width)
        assert image.format == "WEBP"
        assert image.size == (width, width * 1250 // 2000)
        assert image.mode == "RGB"
        r, g, b = image.getpixel((10, 10))
        assert abs(r - 200) < 12 and abs(g - 120) < 12 and abs(b - 40) < 12


def test_png_with_transparency_is_flattened_on_white(media):
    image = Image.new("RGBA", (1000, 600), (0, 0, 0, 0))
    image.paste((0, 0, 255, 255), (0, 0, 500, 600))
    out = io.BytesIO()
    image.save(out, "PNG")

    photo = store(media, out.getvalue(), filename="logo.png", content_type="image/png")

    assert photo.widths == [480, 960]
    assert (photo.width, photo.height) == (960, 576)
    stored = open_rendition(photo, 960)
    assert stored.format == "WEBP"
    assert stored.size == (960, 576)
    assert all(c > 240 for c in stored.getpixel((900, 300)))  # was transparent
    r, g, b = stored.getpixel((100, 300))
    assert b > 200 and r < 40 and g < 40


def test_webp_upload_is_accepted(media):
    photo = store(media, image_bytes((1700, 1000), "WEBP"), filename="a.webp")
    assert photo.widths == [480, 960, 1600]


def test_photo_narrower_than_the_smallest_width_is_kept_at_its_own_width(media):
    photo = store(media, image_bytes((420, 300)))
    assert photo.widths == [420]
    assert (photo.width, photo.height) == (420, 300)
    assert open_rendition(photo, 420).size == (420, 300)


def test_sixteen_bit_grey_png_is_not_clipped_to_white(media):
    photo = store(media, image_bytes((600, 400), "PNG", mode="I;16", color=20000))

    r, g, b = open_rendition(photo, 480).getpixel((10, 10))
    assert abs(r - 20000 // 256) < 6 and r == g == b


def test_cmyk_jpeg_is_accepted_as_rgb(media):
    photo = store(media, image_bytes((800, 600), mode="CMYK", color=(0, 0, 0, 0)))
    image = open_rendition(photo, 480)
    assert image.mode == "RGB"
    assert all(c > 240 for c in image.getpixel((10, 10)))


def test_alt_text_is_kept_and_the_caller_commits(media):
    alt = {"id": "Candi Singosari", "en": "Singosari temple"}
    photo = store_upload(upload(image_bytes((900, 600))), alt=alt)
    media.append(photo)
    assert store(media, image_bytes((900, 600))).alt is None
    db.session.commit()
    assert photo_count() == 2
    assert db.session.get(Photo, photo.id).alt == alt


def test_keys_are_random_and_never_the_file_name(media):
    data = image_bytes((1000, 700))
    first = store(media, data, filename="holiday.jpg")
    second = store(media, data, filename="holiday.jpg")

    assert first.key != second.key
    for photo in (first, second):
        assert re.fullmatch(r"[0-9a-f]{32}", photo.key)
        assert "holiday" not in photo.key
    assert not any("holiday" in name for name in media_files())


def test_exif_orientation_is_applied_and_metadata_stripped(media):
    image = Image.new("RGB", (2000, 1000), (10, 200, 10))
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to display
    exif[0x010F] = "SecretCam"  # Make
    exif[0x8825] = {2: (7.0, 58.0, 0.0)}  # GPS IFD
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes(), icc_profile=icc, comment=b"SecretComment")

    photo = store(media, out.getvalue())

    assert photo.widths == [480, 960]  # upright: 1000 wide, 2000 tall
    assert (photo.width, photo.height) == (960, 1920)
    for width, path in stored_files(photo).items():
        stored = open_rendition(photo, width)
        assert stored.size == (width, width * 2)
        assert not stored.getexif()
        assert "icc_profile" not in stored.info
        assert "xmp" not in stored.info
        raw = path.read_bytes()
        for marker in (b"SecretCam", b"SecretComment", b"EXIF", b"ICCP", b"XMP "):
            assert marker not in raw


def test_stored_photo_is_served_as_webp(client, media):
    photo = store(media, image_bytes((2000, 1250)))
    db.session.commit()

    response = client.get(photo_src(photo, 800))
    body = response.get_data()
    response.close()

    assert response.status_code == 200
    assert response.mimetype == "image/webp"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert Image.open(io.BytesIO(body)).size == (960, 600)
    assert photo_srcset(photo).count("w,") == 2


# --- refused uploads --------------------------------------------------------------------


def test_text_file_named_like_a_jpeg_is_refused(media):
    rejected(b"Hello, I am definitely a photo.\n" * 50, "not_image", filename="photo.jpg")
    with force_locale("en"):
        error = rejected(b"plain text", "not_image", filename="photo.jpg")
    assert str(error) == "This file is not a photo. Upload a JPEG, PNG or WebP image."


def test_empty_upload_and_missing_file_are_refused(media):
    rejected(b"", "not_image")
    with pytest.raises(PhotoRejected):
        store_upload(None)


def test_png_header_followed_by_garbage_is_refused(media):
    png = image_bytes((800, 600), "PNG")
    rejected(png[:33] + os.urandom(4000), "not_image", filename="x.png")


def test_truncated_jpeg_is_refused(media):
    jpeg = image_bytes((1200, 900), quality=95)
    noisy = Image.frombytes("RGB", (1200, 900), os.urandom(1200 * 900 * 3))
    out = io.BytesIO()
    noisy.save(out, "JPEG", quality=95)
    for data in (jpeg, out.getvalue()):
        rejected(data[: len(data) // 2], "not_image")


@pytest.mark.parametrize("fmt", ["GIF", "BMP", "TIFF", "ICO"])
def test_other_image_formats_are_refused(media, fmt):
    size = (256, 256) if fmt == "ICO" else (800, 600)
    rejected(image_bytes(size, fmt), "not_image", filename="x.jpg")


def test_svg_is_refused(media):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><script/></svg>'
    rejected(svg, "not_image", filename="x.svg", content_type="image/svg+xml")


def test_too_many_bytes_are_refused_without_reading_everything(media):
    data = image_bytes((800, 600), "PNG")
    data += b"\0" * (MAX_BYTES + 1 - len(data))
    stream = io.BytesIO(data + b"\0" * 1024 * 1024)
    with pytest.raises(PhotoRejected) as info:
        store_upload(FileStorage(stream=stream, filename="x.png"))
    assert info.value.reason == "too_many_bytes"
    assert stream.tell() <= MAX_BYTES + 1
    with force_locale("en"):
        error = rejected(data, "too_many_bytes")
    assert str(error) == "The photo is too large: at most 8 MB."


def test_exactly_max_bytes_is_accepted(media):
    data = image_bytes((800, 600), "PNG")
    photo = store(media, data + b"\0" * (MAX_BYTES - len(data)))
    assert photo.widths == [480]


@pytest.mark.parametrize("size", [(50_000, 50_000), (20_000, 20_000), (8000, 5001)])
def test_decompression_bomb_declared_in_the_header_is_refused(media, size):
    png = image_bytes((64, 64), "PNG", mode="L", color=0)
    rejected(with_ihdr_size(png, *size), "too_many_pixels", filename="x.png")


def test_real_highly_compressible_bomb_is_refused(media):
    data = image_bytes((8000, 8000), "PNG", mode="1", color=0, optimize=True)
    assert len(data) < 100_000  # 64 megapixels in a small file
    with force_locale("en"):
        error = rejected(data, "too_many_pixels")
    assert str(error) == "The photo is too large: at most 40 megapixels."


def test_pillow_decompression_bomb_warning_is_a_refusal(media, monkeypatch):
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1_000_000)
    rejected(image_bytes((1200, 1000)), "too_many_pixels")  # 1.2 MP: Pillow warns
    rejected(image_bytes((1500, 1500)), "too_many_pixels")  # over twice: Pillow raises


def test_too_small_photo_is_refused(media):
    with force_locale("en"):
        error = rejected(image_bytes((MIN_WIDTH - 1, 300)), "too_small")
    assert str(error) == "The photo is too small: at least 400 pixels wide."


def test_too_tall_photo_is_refused(media):
    rejected(image_bytes((400, 4100), "PNG"), "too_tall")


# --- failures and deletion --------------------------------------------------------------


def test_files_already_written_are_removed_when_writing_fails(media, monkeypatch):
    key = "f" * 32
    monkeypatch.setattr(photos, "secrets", SimpleNamespace(token_hex=lambda n: key))
    folder = Path(current_app.config["MEDIA_FOLDER"])
    folder.mkdir(parents=True, exist_ok=True)
    blocker = folder / f"{key}-960.webp"
    blocker.write_bytes(b"someone else's")
    try:
        with pytest.raises(FileExistsError):
            store_upload(upload(image_bytes((2000, 1250))))
        assert not (folder / f"{key}-480.webp").exists()
        assert blocker.read_bytes() == b"someone else's"
        assert photo_count() == 0
    finally:
        blocker.unlink()


def test_delete_photo_files_removes_them_and_ignores_missing(media):
    photo = store(media, image_bytes((2000, 1250)))
    files = stored_files(photo)
    assert all(path.exists() for path in files.values())

    delete_photo_files(photo)
    assert not any(path.exists() for path in files.values())
    delete_photo_files(photo)  # already gone: fine


def test_a_deleted_photo_is_no_longer_served_and_its_files_are_gone(client, media, make):
    photo = store(media, image_bytes((2000, 1250)))
    package = make.package()
    package.photos.append(PackagePhoto(photo=photo, position=0))
    db.session.commit()
    url, files = photo_src(photo, 800), stored_files(photo)
    assert client.get(url).status_code == 200

    photos.delete(photo)
    db.session.rollback()  # not committed: nothing is lost
    assert all(path.exists() for path in files.values())

    photos.delete(photo)
    db.session.commit()
    assert not any(path.exists() for path in files.values())
    assert client.get(url).status_code == 404
    db.session.refresh(package)
    assert package.photos == []


def test_partner_deleting_a_photo_removes_its_files(app, media, make):
    from tests.partner.conftest import login
    from wisata.models import MemberRole

    organisation = make.organisation()
    owner = make.member(organisation, MemberRole.OWNER)
    package = make.package(organisation)
    photo = store(media, image_bytes((1000, 700)))
    package.photos.append(PackagePhoto(photo=photo, position=0))
    db.session.commit()
    client = app.test_client()
    login(client, owner)
    response = client.post(f"/en/partner/packages/{package.id}/photos/{photo.id}/delete")
    assert response.status_code == 303
    assert not any(path.exists() for path in stored_files(photo).values())
    assert client.get(photo_src(photo, 480)).status_code == 404
    assert photo_count() == 0


def test_no_file_has_its_final_name_before_the_row_is_flushed(media, monkeypatch):
    seen_at_flush = []
    real_flush = db.session.flush

    def flush(*args, **kwargs):
        seen_at_flush.append(media_files())
        return real_flush(*args, **kwargs)

    monkeypatch.setattr(db.session, "flush", flush)
    photo = store(media, image_bytes((2000, 1250)))
    assert seen_at_flush
    finals = {f"{photo.key}-{w}.webp" for w in photo.widths}
    assert not finals & seen_at_flush[-1]
    assert all(name.endswith(".part") for name in seen_at_flush[-1] if photo.key in name)
    assert finals <= media_files() and not any(name.endswith(".part") for name in media_files())


def test_a_failed_flush_leaves_no_file_behind(media, monkeypatch):
    files = media_files()

    def failing_flush(*args, **kwargs):
        raise RuntimeError("database gone")

    monkeypatch.setattr(db.session, "flush", failing_flush)
    with pytest.raises(RuntimeError):
        store_upload(upload(image_bytes((2000, 1250))))
    assert media_files() == files


def test_remove_orphans_sweeps_unreferenced_old_files_only(media):
    kept = store(media, image_bytes((1000, 700)))
    db.session.add(Photo(key="demo-bromo", format="svg", widths=[]))
    db.session.commit()
    folder = Path(current_app.config["MEDIA_FOLDER"])
    old = ["ab" * 16 + "-480.webp", "." + "cd" * 16 + "-960.webp.part", "ef" * 8 + ".svg"]
    young = ["01" * 16 + "-480.webp"]
    others = ["demo-bromo.svg", "README.txt"]
    for name in old + young + others:
        (folder / name).write_bytes(b"x")
    an_hour_ago = time.time() - 3600
    for name in old + others + [f"{kept.key}-{w}.webp" for w in kept.widths]:
        os.utime(folder / name, (an_hour_ago, an_hour_ago))

    removed = photos.remove_orphans(older_than=timedelta(minutes=30))

    assert sorted(removed) == sorted(old)
    assert all((folder / name).exists() for name in young + others)
    assert all(path.exists() for path in stored_files(kept).values())
    for name in young + others:
        (folder / name).unlink()


def test_a_forty_megapixel_png_gives_every_width_with_its_colours(media):
    image = Image.new("RGB", (8000, 5000), (20, 120, 110))
    image.paste((230, 40, 40), (0, 0, 4000, 5000))
    out = io.BytesIO()
    image.save(out, "PNG")

    photo = store(media, out.getvalue(), filename="big.png")

    assert photo.widths == [480, 960, 1600]
    for width in photo.widths:
        rendition = open_rendition(photo, width)
        assert rendition.size == (width, width * 5 // 8)
        left, right = rendition.getpixel((width // 8, 10)), rendition.getpixel((width * 7 // 8, 10))
        assert abs(left[0] - 230) < 12 and abs(left[1] - 40) < 12
        assert abs(right[1] - 120) < 12 and abs(right[2] - 110) < 12


def test_a_sideways_jpeg_decoded_at_reduced_scale_is_still_upright_and_sharp(media):
    image = Image.new("RGB", (6000, 4000), (10, 200, 10))
    image.paste((0, 0, 250), (0, 0, 6000, 2000))  # top half blue before rotation
    exif = Image.Exif()
    exif[0x0112] = 6
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes(), quality=92)

    photo = store(media, out.getvalue())

    assert photo.widths == [480, 960, 1600]
    upright = open_rendition(photo, 1600)
    assert upright.size == (1600, 2400)
    r, g, b = upright.getpixel((1500, 1200))  # the blue half is on the right once upright
    assert b > 200 and g < 40
