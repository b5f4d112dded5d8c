"""Photo URLs for templates: a plain src and a srcset over the stored widths."""

from __future__ import annotations

from flask import Flask, url_for

from wisata.models import Photo


def photo_src(photo: Photo | None, width: int = 800, external: bool = False) -> str:
    if photo is None:
        return url_for("static", filename="img/placeholder.svg", _external=external)
    if photo.format == "svg":
        return url_for("root.media", filename=f"{photo.key}.svg", _external=external)
    fitting = [w for w in photo.widths if w >= width] or photo.widths
    return url_for("root.media", filename=f"{photo.key}-{min(fitting)}.webp", _external=external)


def photo_srcset(photo: Photo | None) -> str:
    if photo is None or photo.format == "svg":
        return ""
    return ", ".join(
        f"{url_for('root.media', filename=f'{photo.key}-{w}.webp')} {w}w" for w in photo.widths
    )


def init_app(app: Flask) -> None:
    app.jinja_env.globals.update(photo_src=photo_src, photo_srcset=photo_srcset)
