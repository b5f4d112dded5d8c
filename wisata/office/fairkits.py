"""Fair kits of the office's fairs: a printable A4 flyer and poster with a QR code."""

from __future__ import annotations

import segno
from flask import abort, g, render_template, url_for

from wisata.office import bp
from wisata.services.office.fairkits import FairKit, fair_kit


def _target_url(kit: FairKit) -> str:
    if kit.campaign is not None:
        return url_for("public.campaign", slug=kit.campaign.slug, via=kit.via, _external=True)
    return url_for("public.event", slug=kit.event.slug, via=kit.via, _external=True)


def _render(event_id: int, template: str, scale: int):
    kit = fair_kit(g.region, event_id) or abort(404)
    url = _target_url(kit)
    qr = segno.make(url, error="m").svg_inline(scale=scale, dark="#1d2626", omitsize=True)
    return render_template(template, kit=kit, url=url, qr_svg=qr)


@bp.get("/events/<int:event_id>/flyer")
def event_flyer(event_id: int):
    return _render(event_id, "office/fairkit_flyer.html", scale=4)


@bp.get("/events/<int:event_id>/poster")
def event_poster(event_id: int):
    return _render(event_id, "office/fairkit_poster.html", scale=10)
