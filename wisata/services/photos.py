"""Photo uploads: checked by content, size-limited, re-encoded to WebP, stored under random names.

An upload is never stored or served as it came. Its bytes are read up to a limit, opened
with Pillow (the file name and content type are ignored), refused unless they decode as a
JPEG, PNG or WebP image of sensible dimensions, and then re-encoded: EXIF orientation
applied, colours converted to sRGB, transparency flattened on white, metadata dropped, and
one WebP file written per width in `WIDTHS` as <MEDIA_FOLDER>/<key>-<width>.webp, where
<key> is random (see `wisata.media` for the URLs).

Big photos are cheap: a JPEG is decoded at a reduced scale, the image is shrunk to the
largest width before orientation and colour work, and each smaller width is made from
the next larger one. Files are written under temporary names and renamed into place once
the database row is flushed; a deleted photo's files go when the deletion is committed;
`remove_orphans` sweeps what a killed process or a rolled-back upload left behind.

Every way an upload can be bad (not an image, truncated, too many bytes, too many pixels,
too small) raises `PhotoRejected`, whose text can be shown to the user, so a form shows an
error instead of the site answering 500.
"""

from __future__ import annotations

import io
import re
import secrets
import struct
import time
import warnings
from datetime import timedelta
from pathlib import Path
from typing import BinaryIO

import sqlalchemy as sa
from flask import current_app
from flask_babel import gettext as _
from PIL import Image, ImageCms
from sqlalchemy import event
from sqlalchemy.orm import Session
from werkzeug.datastructures import FileStorage

from wisata.extensions import db
from wisata.models import Photo

WIDTHS = (480, 960, 1600)  # the srcset widths, in pixels
MAX_BYTES = 8 * 1024 * 1024  # below MAX_CONTENT_LENGTH, so the form can say why
MAX_PIXELS = 40_000_000  # checked from the header, before decoding
MIN_WIDTH = 400
MAX_TALLNESS = 10  # height / width; keeps every stored file within WebP's 16383 px limit

ALLOWED_FORMATS = ("JPEG", "PNG", "WEBP")
# Pillow reports JPEGs with a multi-picture extension (many cameras) as "MPO".
_ACCEPTED_FORMATS = {*ALLOWED_FORMATS, "MPO"}
WEBP_OPTIONS = {"quality": 80, "method": 4}
REDUCING_GAP = 2.0  # shrink by a whole factor first, then resample the last 2x (as Image.thumbnail)
PARTIAL_SUFFIX = ".part"
# <key>.svg, <key>-<width>.webp, and .<key>-<width>.webp.part while an upload is written.
_MEDIA_NAME = re.compile(r"\.?(?P<key>[0-9A-Za-z_-]+?)(?:\.svg|-[0-9]+\.webp(?:\.part)?)")
_DELETED_KEY = "wisata.deleted_photos"
_ORIENTATION = 0x0112
_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180, 4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE, 6: Image.Transpose.ROTATE_270, 7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_SWAPS_SIDES = {5, 6, 7, 8}
_READ_CHUNK = 64 * 1024
_DECODE_ERRORS = (
    OSError,  # includes Image.UnidentifiedImageError and "image file is truncated"
    SyntaxError,
    ValueError,
    EOFError,
    IndexError,
    KeyError,
    struct.error,  # malformed EXIF or chunk data
    Image.DecompressionBombError,
    Image.DecompressionBombWarning,
)


class PhotoRejected(Exception):
    """An upload that cannot be stored; `str(error)` is a localized message for the user.

    `reason` is a stable code for programs and tests: "not_image", "too_many_bytes",
    "too_many_pixels", "too_small" or "too_tall".
    """

    def __init__(self, message: str, reason: str):
        super().__init__(message)
        self.reason = reason


def _not_a_photo() -> PhotoRejected:
    return PhotoRejected(
        _("This file is not a photo. Upload a JPEG, PNG or WebP image."), "not_image"
    )


def _too_many_pixels() -> PhotoRejected:
    return PhotoRejected(
        _("The photo is too large: at most %(mp)s megapixels.", mp=MAX_PIXELS // 1_000_000),
        "too_many_pixels",
    )


def store_upload(file_storage: FileStorage | None, alt: dict | None = None) -> Photo:
    """Check an uploaded file, write its WebP renditions and add a `Photo` for it.

    The photo is added to the session and flushed (so it has an id); the caller commits.
    Raises `PhotoRejected` for anything that is not an acceptable photo; in that case, and
    if writing fails, no files are left behind.
    """
    stream = getattr(file_storage, "stream", None)
    if stream is None:
        raise _not_a_photo()
    renditions = make_renditions(decode_image(read_limited(stream)))
    key = secrets.token_hex(16)
    folder = media_folder()
    width, height = renditions[-1].size
    photo = Photo(format="webp", key=key, widths=[r.width for r in renditions], width=width, height=height,
                  alt=alt)
    staged: list[tuple[Path, Path]] = []
    published: list[Path] = []
    try:
        staged = _stage(renditions, folder, key)
        db.session.add(photo)
        db.session.flush()
        for temporary, final in staged:
            temporary.replace(final)
            published.append(final)
    except BaseException:
        for path in [temporary for temporary, _final in staged] + published:
            path.unlink(missing_ok=True)
        raise
    return photo


def _stage(renditions: list[Image.Image], folder: Path, key: str) -> list[tuple[Path, Path]]:
    """Write each rendition under a temporary name; returns (temporary, final) paths.

    Partial files are removed if writing fails; a final name already taken is an error.
    """
    staged: list[tuple[Path, Path]] = []
    try:
        for image in renditions:
            final = folder / f"{key}-{image.width}.webp"
            temporary = folder / f".{final.name}{PARTIAL_SUFFIX}"
            with open(temporary, "xb") as out:
                staged.append((temporary, final))
                image.save(out, "WEBP", **WEBP_OPTIONS)
            if final.exists():
                raise FileExistsError(final)
    except BaseException:
        for temporary, _final in staged:
            temporary.unlink(missing_ok=True)
        raise
    return staged


def delete(photo: Photo) -> None:
    """Delete a photo; its files are removed once the deletion is committed."""
    db.session.delete(photo)
    db.session.info.setdefault(_DELETED_KEY, []).append(photo)


@event.listens_for(Session, "after_commit")
def _remove_files_of_deleted_photos(session: Session) -> None:
    for photo in session.info.pop(_DELETED_KEY, []):
        if sa.inspect(photo).was_deleted:  # not if a savepoint brought it back
            delete_photo_files(photo)


def delete_photo_files(photo: Photo) -> None:
    """Remove a photo's files from the media folder; files already gone are ignored."""
    folder = media_folder(create=False)
    if photo.format == "svg":
        (folder / f"{photo.key}.svg").unlink(missing_ok=True)
    else:
        _remove_files(folder, photo.key, photo.widths or [])


def remove_orphans(older_than: timedelta) -> list[str]:
    """Delete media files (and partial uploads) that no `Photo` references and that are
    older than `older_than` (younger ones may belong to an upload under way). Files not
    named like ours are left alone. Returns the names removed."""
    folder = media_folder(create=False)
    if not folder.is_dir():
        return []
    keys = set(db.session.scalars(sa.select(Photo.key)))
    cutoff = time.time() - older_than.total_seconds()
    removed = []
    for path in folder.iterdir():
        match = _MEDIA_NAME.fullmatch(path.name)
        if match and match["key"] not in keys and path.is_file() and path.stat().st_mtime < cutoff:
            path.unlink(missing_ok=True)
            removed.append(path.name)
    return removed


def media_folder(create: bool = True) -> Path:
    """The folder photos are stored in (app.config["MEDIA_FOLDER"])."""
    folder = Path(current_app.config["MEDIA_FOLDER"])
    if create:
        folder.mkdir(parents=True, exist_ok=True)
    return folder


def read_limited(stream: BinaryIO, limit: int = MAX_BYTES) -> bytes:
    """Read the whole stream, refusing it as soon as it is longer than `limit` bytes."""
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = stream.read(min(_READ_CHUNK, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            raise PhotoRejected(
                _("The photo is too large: at most %(mb)s MB.", mb=limit // (1024 * 1024)),
                "too_many_bytes",
            )
    return b"".join(chunks)


def decode_image(data: bytes) -> Image.Image:
    """Decode an upload into an upright, metadata-free RGB image no wider than the largest
    rendition needs, or raise `PhotoRejected`.

    The pixel count is checked from the header before any pixel is decoded; Pillow's own
    decompression-bomb warning is turned into an error as a second guard.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data), formats=ALLOWED_FORMATS) as image:
                check_header(image)
                check_shape(*_upright_size(image))
                # A JPEG can be decoded at 1/2, 1/4 or 1/8 scale for almost nothing; keep
                # the side that becomes the width at least as wide as the largest rendition.
                sideways = _orientation(image) in _SWAPS_SIDES
                image.draft(image.mode, (1, max(WIDTHS)) if sideways else (max(WIDTHS), 1))
                image.load()
                return _normalise(image)
        except PhotoRejected:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise _too_many_pixels() from None
        except _DECODE_ERRORS:
            raise _not_a_photo() from None


def check_header(image: Image.Image) -> None:
    """Refuse an opened (not yet decoded) image by its format and declared dimensions."""
    if image.format not in _ACCEPTED_FORMATS:
        raise _not_a_photo()
    width, height = image.size
    if width <= 0 or height <= 0:
        raise _not_a_photo()
    if width * height > MAX_PIXELS:
        raise _too_many_pixels()


def check_shape(width: int, height: int) -> None:
    """Refuse a photo too narrow or too tall, by its upright size."""
    if width < MIN_WIDTH:
        raise PhotoRejected(
            _("The photo is too small: at least %(px)s pixels wide.", px=MIN_WIDTH), "too_small"
        )
    if height > width * MAX_TALLNESS:
        raise PhotoRejected(
            _("The photo is too tall: at most %(n)s times as tall as it is wide.", n=MAX_TALLNESS),
            "too_tall",
        )


def _orientation(image: Image.Image) -> int:
    try:
        return int(image.getexif().get(_ORIENTATION, 1))
    except _DECODE_ERRORS:
        return 1


def _upright_size(image: Image.Image) -> tuple[int, int]:
    width, height = image.size
    return (height, width) if _orientation(image) in _SWAPS_SIDES else (width, height)


def _normalise(image: Image.Image) -> Image.Image:
    """Shrink to the largest rendition, then apply EXIF orientation, convert to sRGB RGB on
    white and drop metadata: the costly steps work on at most that many pixels."""
    orientation = _orientation(image)
    icc = image.info.get("icc_profile")
    image = _resizable(image)
    upright_width = image.height if orientation in _SWAPS_SIDES else image.width
    largest = rendition_sizes(upright_width, 1)[-1][0]
    if largest < upright_width:
        scale = largest / upright_width
        image = image.resize((max(1, round(image.width * scale)), max(1, round(image.height * scale))),
                             Image.Resampling.LANCZOS, reducing_gap=REDUCING_GAP)
    if orientation in _TRANSPOSE:
        image = image.transpose(_TRANSPOSE[orientation])
    image = _to_rgb(_to_srgb(image, icc))
    image.info = {}
    return image


def _resizable(image: Image.Image) -> Image.Image:
    """The image in a mode Pillow resizes with filtering (not palette, 1-bit or 16-bit)."""
    if image.mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        # 16-bit grey (PNG): scale to 8 bits; a plain convert would clip it to white.
        return image.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    if image.mode == "P":
        return image.convert("RGBA" if "transparency" in image.info else "RGB")
    if image.mode in ("1", "PA"):
        return image.convert("LA" if image.mode == "PA" else "L")
    return image


def make_renditions(image: Image.Image) -> list[Image.Image]:
    """One image per rendition size, smallest first; each made from the next larger one."""
    sizes = rendition_sizes(*image.size)
    renditions = [image]
    for size in reversed(sizes[:-1]):
        renditions.insert(0, renditions[0].resize(size, Image.Resampling.LANCZOS))
    return renditions


def _to_srgb(image: Image.Image, icc: bytes | None) -> Image.Image:
    """Convert an RGB or CMYK image with an embedded colour profile to sRGB.

    The profile is dropped with the rest of the metadata, so without this, photos taken in
    e.g. Display P3 would look washed out. An unusable profile is ignored.
    """
    if not icc or image.mode not in ("RGB", "CMYK"):
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        srgb = ImageCms.createProfile("sRGB")
        return ImageCms.profileToProfile(image, source, srgb, outputMode="RGB")
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return image


def _to_rgb(image: Image.Image) -> Image.Image:
    """An RGB copy of the image, transparent areas painted white."""
    has_alpha = image.mode in ("RGBA", "LA", "PA", "La", "RGBa") or (
        image.mode == "P" and "transparency" in image.info
    )
    if not has_alpha:
        return image.convert("RGB")
    rgba = image.convert("RGBA")
    background = Image.new("RGB", rgba.size, (255, 255, 255))
    background.paste(rgba, mask=rgba.getchannel("A"))
    return background


def rendition_sizes(width: int, height: int) -> list[tuple[int, int]]:
    """The (width, height) of each file to write: the WIDTHS that fit, smallest first.

    An image narrower than the smallest width is stored once, at its own size.
    """
    widths = [w for w in WIDTHS if w <= width] or [width]
    return [(w, max(1, round(height * w / width))) for w in widths]


def _remove_files(folder: Path, key: str, widths: list[int]) -> None:
    for width in widths:
        (folder / f"{key}-{width}.webp").unlink(missing_ok=True)
