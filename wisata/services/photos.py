"""Photo uploads: checked by content, size-limited, re-encoded to WebP, stored under random names.

An upload is never stored or served as it came. Its bytes are read up to a limit, opened
with Pillow (the file name and content type are ignored), refused unless they decode as a
JPEG, PNG or WebP image of sensible dimensions, and then re-encoded: EXIF orientation
applied, colours converted to sRGB, transparency flattened on white, metadata dropped, and
one WebP file written per width in `WIDTHS` as <MEDIA_FOLDER>/<key>-<width>.webp, where
<key> is random (see `wisata.media` for the URLs).

Every way an upload can be bad (not an image, truncated, too many bytes, too many pixels,
too small) raises `PhotoRejected`, whose text can be shown to the user, so a form shows an
error instead of the site answering 500.
"""

from __future__ import annotations

import io
import secrets
import struct
import warnings
from pathlib import Path
from typing import BinaryIO

from flask import current_app
from flask_babel import gettext as _
from PIL import Image, ImageCms, ImageOps
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
    data = read_limited(stream)
    image = decode_image(data)
    key = secrets.token_hex(16)
    folder = media_folder()
    sizes = write_renditions(image, folder, key)
    width, height = sizes[-1]
    photo = Photo(
        format="webp", key=key, widths=[w for w, _h in sizes], width=width, height=height, alt=alt
    )
    try:
        db.session.add(photo)
        db.session.flush()
    except BaseException:
        _remove_files(folder, key, [w for w, _h in sizes])
        raise
    return photo


def delete_photo_files(photo: Photo) -> None:
    """Remove a photo's files from the media folder; files already gone are ignored."""
    folder = media_folder(create=False)
    if photo.format == "svg":
        (folder / f"{photo.key}.svg").unlink(missing_ok=True)
    else:
        _remove_files(folder, photo.key, photo.widths or [])


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
    """Decode an upload into an upright, metadata-free RGB image, or raise `PhotoRejected`.

    The pixel count is checked from the header before any pixel is decoded; Pillow's own
    decompression-bomb warning is turned into an error as a second guard.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data), formats=ALLOWED_FORMATS) as image:
                check_header(image)
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


def _normalise(image: Image.Image) -> Image.Image:
    """Apply EXIF orientation, convert to sRGB RGB on white, drop metadata, check size."""
    image = ImageOps.exif_transpose(image)
    image = _to_srgb(image)
    image = _to_rgb(image)
    image.info = {}
    width, height = image.size
    if width < MIN_WIDTH:
        raise PhotoRejected(
            _("The photo is too small: at least %(px)s pixels wide.", px=MIN_WIDTH), "too_small"
        )
    if height > width * MAX_TALLNESS:
        raise PhotoRejected(
            _("The photo is too tall: at most %(n)s times as tall as it is wide.", n=MAX_TALLNESS),
            "too_tall",
        )
    return image


def _to_srgb(image: Image.Image) -> Image.Image:
    """Convert an RGB or CMYK image with an embedded colour profile to sRGB.

    The profile is dropped with the rest of the metadata, so without this, photos taken in
    e.g. Display P3 would look washed out. An unusable profile is ignored.
    """
    icc = image.info.get("icc_profile")
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
    if image.mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        # 16-bit grey (PNG): scale to 8 bits; a plain convert would clip it to white.
        image = image.convert("I").point(lambda v: v * (1 / 256)).convert("L")
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


def write_renditions(image: Image.Image, folder: Path, key: str) -> list[tuple[int, int]]:
    """Write <key>-<width>.webp for each rendition size; return the sizes written.

    If any write fails, the files already written are removed and the error re-raised.
    """
    sizes = rendition_sizes(*image.size)
    written: list[int] = []
    try:
        for width, height in sizes:
            resized = image if (width, height) == image.size else image.resize(
                (width, height), Image.Resampling.LANCZOS
            )
            path = folder / f"{key}-{width}.webp"
            with open(path, "xb") as out:
                written.append(width)
                resized.save(out, "WEBP", **WEBP_OPTIONS)
    except BaseException:
        _remove_files(folder, key, written)
        raise
    return sizes


def _remove_files(folder: Path, key: str, widths: list[int]) -> None:
    for width in widths:
        (folder / f"{key}-{width}.webp").unlink(missing_ok=True)
