"""The office's promotion pages: events, campaigns, promo codes, featured packages and the
spotlight. Views parse the form, call wisata.services.office.promotion, commit once."""

from __future__ import annotations

from flask import abort, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from wisata.extensions import db
from wisata.i18n import LANGUAGES, tr
from wisata.models import EventKind
from wisata.office import bp
from wisata.office.forms import SCOPE_LABELS, CampaignForm, EventForm, PromoForm
from wisata.services.office import promotion
from wisata.services.office.promotion import CampaignData, EventData, PromoData, PromotionError
from wisata.services.photos import PhotoRejected
from wisata.timeutil import WIB


def _both(form, name: str) -> dict[str, str]:
    return {lang: (form[f"{name}_{lang}"].data or "").strip() for lang in LANGUAGES}


def _fill(form, obj, names) -> None:
    """Put an object's per-language texts into the form's fields (on GET)."""
    for name in names:
        for lang in LANGUAGES:
            form[f"{name}_{lang}"].data = (getattr(obj, name) or {}).get(lang, "")


def _package_choices():
    return [(p.id, f"{tr(p.title)} · {p.organisation.name}") for p in promotion.package_choices()]


def _saved(form, save):
    """Run `save` for a valid POST; show a refused change inside the form (None)."""
    if not form.validate_on_submit():
        return None
    try:
        saved = save()
    except (PromotionError, PhotoRejected) as error:
        db.session.rollback()
        form.form_errors.append(str(error))
        return None
    db.session.commit()
    return saved


def _status() -> int:
    return 400 if request.method == "POST" else 200


# Events --------------------------------------------------------------------------------


@bp.get("/events")
def events():
    upcoming, past = promotion.region_events(g.region)
    return render_template("office/events.html", upcoming=upcoming, past=past)


def _event_form(event=None) -> EventForm:
    form = EventForm(_package_choices())
    if event is not None and request.method == "GET":
        _fill(form, event, promotion.EVENT_TEXTS)
        form.kind.data = event.kind.value
        form.starts_at.data = event.starts_at.astimezone(WIB).replace(tzinfo=None)
        form.ends_at.data = event.ends_at.astimezone(WIB).replace(tzinfo=None)
        form.packages.data = [p.id for p in event.packages]
    return form


def _event_data(form: EventForm) -> EventData:
    return EventData(
        kind=EventKind(form.kind.data),
        texts={name: _both(form, name) for name in promotion.EVENT_TEXTS},
        starts_at=form.starts_at.data.replace(tzinfo=WIB),
        ends_at=form.ends_at.data.replace(tzinfo=WIB),
        package_ids=form.packages.data or [],
    )


@bp.route("/events/new", methods=["GET", "POST"])
def event_new():
    form = _event_form()
    saved = _saved(form, lambda: promotion.save_event(
        g.region, _event_data(form), upload=request.files.get("photo"), by=current_user))
    if saved is not None:
        flash(_("The event is saved. Publish it when it is ready."), "success")
        return redirect(url_for("office.event", event_id=saved.id), 303)
    return render_template("office/event_form.html", form=form, event=None), _status()


@bp.route("/events/<int:event_id>", methods=["GET", "POST"])
def event(event_id: int):
    found = promotion.scoped_event(g.region, event_id) or abort(404)
    form = _event_form(found)
    saved = _saved(form, lambda: promotion.save_event(
        g.region, _event_data(form), found, upload=request.files.get("photo"), by=current_user))
    if saved is not None:
        flash(_("Changes saved."), "success")
        return redirect(url_for("office.event", event_id=found.id), 303)
    return render_template("office/event_form.html", form=form, event=found), _status()


@bp.post("/events/<int:event_id>/publish")
def event_publish(event_id: int):
    return _publish_event(event_id, True, _("The event is on the public site."))


@bp.post("/events/<int:event_id>/unpublish")
def event_unpublish(event_id: int):
    return _publish_event(event_id, False, _("The event is no longer shown on the public site."))


def _publish_event(event_id: int, published: bool, message: str):
    found = promotion.scoped_event(g.region, event_id) or abort(404)
    promotion.publish_event(g.region, found, published)
    db.session.commit()
    flash(message, "success")
    return redirect(url_for("office.event", event_id=found.id), 303)


# Campaigns -----------------------------------------------------------------------------


@bp.get("/campaigns")
def campaigns():
    return render_template("office/campaigns.html", campaigns=promotion.region_campaigns(g.region))


def _campaign_form(campaign=None) -> CampaignForm:
    events = [(e.id, f"{tr(e.title)} · {tr(e.region.name)}") for e in promotion.event_choices()]
    form = CampaignForm(_package_choices(), events)
    if campaign is not None and request.method == "GET":
        _fill(form, campaign, promotion.CAMPAIGN_TEXTS)
        form.reach.data = "both" if campaign.region_id is None else "own"
        form.starts_on.data, form.ends_on.data = campaign.starts_on, campaign.ends_on
        form.packages.data = [p.id for p in campaign.packages]
        form.events.data = [e.id for e in campaign.events]
    return form


def _campaign_data(form: CampaignForm) -> CampaignData:
    return CampaignData(
        texts={name: _both(form, name) for name in promotion.CAMPAIGN_TEXTS},
        starts_on=form.starts_on.data, ends_on=form.ends_on.data, both_regions=form.reach.data == "both",
        package_ids=form.packages.data or [], event_ids=form.events.data or [],
    )


@bp.route("/campaigns/new", methods=["GET", "POST"])
def campaign_new():
    form = _campaign_form()
    saved = _saved(form, lambda: promotion.save_campaign(
        g.region, _campaign_data(form), upload=request.files.get("photo"), by=current_user))
    if saved is not None:
        flash(_("The campaign is saved. Publish it when it is ready."), "success")
        return redirect(url_for("office.campaign", campaign_id=saved.id), 303)
    return render_template("office/campaign_form.html", form=form, campaign=None), _status()


@bp.route("/campaigns/<int:campaign_id>", methods=["GET", "POST"])
def campaign(campaign_id: int):
    found = promotion.scoped_campaign(g.region, campaign_id) or abort(404)
    form = _campaign_form(found)
    saved = _saved(form, lambda: promotion.save_campaign(
        g.region, _campaign_data(form), found, upload=request.files.get("photo"), by=current_user))
    if saved is not None:
        flash(_("Changes saved."), "success")
        return redirect(url_for("office.campaign", campaign_id=found.id), 303)
    return render_template("office/campaign_form.html", form=form, campaign=found), _status()


@bp.post("/campaigns/<int:campaign_id>/publish")
def campaign_publish(campaign_id: int):
    return _publish_campaign(campaign_id, True, _("The campaign page is on the public site."))


@bp.post("/campaigns/<int:campaign_id>/unpublish")
def campaign_unpublish(campaign_id: int):
    return _publish_campaign(campaign_id, False, _("The campaign page is no longer shown on the public site."))


def _publish_campaign(campaign_id: int, published: bool, message: str):
    found = promotion.scoped_campaign(g.region, campaign_id) or abort(404)
    promotion.publish_campaign(g.region, found, published)
    db.session.commit()
    flash(message, "success")
    return redirect(url_for("office.campaign", campaign_id=found.id), 303)


# Promo codes ---------------------------------------------------------------------------


@bp.get("/promo-codes")
def promo_codes():
    return render_template("office/promo_codes.html", codes=promotion.region_promo_codes(g.region))


def _promo_data(form: PromoForm) -> PromoData:
    percent = form.discount.data == "percent"
    return PromoData(
        code=form.code.data, description={k: v for k, v in _both(form, "description").items() if v},
        percent_off=form.percent_off.data if percent else None,
        amount_off=None if percent else form.amount_off.data,
        valid_from=form.valid_from.data, valid_until=form.valid_until.data, max_uses=form.max_uses.data,
        scope=form.scope.data, organisation_id=form.organisation_id.data or None,
        package_id=form.package_id.data or None, campaign_id=form.campaign_id.data or None,
    )


@bp.route("/promo-codes/new", methods=["GET", "POST"])
def promo_new():
    form = PromoForm(
        [(o.id, o.name) for o in promotion.partner_choices(g.region)],
        [(p.id, f"{tr(p.title)} · {p.organisation.name}") for p in promotion.region_packages(g.region)],
        [(c.id, tr(c.title)) for c in promotion.region_campaigns(g.region)],
    )
    saved = _saved(form, lambda: promotion.create_promo(g.region, _promo_data(form), by=current_user))
    if saved is not None:
        flash(_("The promo code %(code)s is active.", code=saved.code), "success")
        return redirect(url_for("office.promo_code", promo_id=saved.id), 303)
    return render_template("office/promo_form.html", form=form), _status()


@bp.get("/promo-codes/<int:promo_id>")
def promo_code(promo_id: int):
    found = promotion.scoped_promo(g.region, promo_id) or abort(404)
    return render_template("office/promo_code.html", promo=found, bookings=promotion.promo_bookings(found),
                           scope_label=_scope_label(found))


def _scope_label(promo) -> str:
    scope, target = promotion.scope_target(promo)
    name = {"all": None, "region": lambda t: tr(t.name), "partner": lambda t: t.name,
            "package": lambda t: tr(t.title)}[scope]
    return f"{SCOPE_LABELS[scope]}: {name(target)}" if name and target else str(SCOPE_LABELS[scope])


@bp.post("/promo-codes/<int:promo_id>/pause")
def promo_pause(promo_id: int):
    return _set_promo_active(promo_id, False, _("The code is paused: it cannot be used until you resume it."))


@bp.post("/promo-codes/<int:promo_id>/resume")
def promo_resume(promo_id: int):
    return _set_promo_active(promo_id, True, _("The code can be used again."))


def _set_promo_active(promo_id: int, active: bool, message: str):
    found = promotion.scoped_promo(g.region, promo_id) or abort(404)
    promotion.set_promo_active(g.region, found, active)
    db.session.commit()
    flash(message, "success")
    return redirect(url_for("office.promo_code", promo_id=found.id), 303)


# Featured packages and the spotlight ---------------------------------------------------


@bp.get("/featured")
def featured():
    return render_template("office/featured.html", packages=promotion.region_packages(g.region))


def _offered_or_404(package_id: int):
    return promotion.scoped_offered_package(g.region, package_id) or abort(404)


def _back_to_featured(message: str):
    db.session.commit()
    flash(message, "success")
    return redirect(url_for("office.featured"), 303)


@bp.post("/featured/<int:package_id>/feature")
def featured_add(package_id: int):
    promotion.set_featured(g.region, _offered_or_404(package_id), True)
    return _back_to_featured(_("The package is featured on the home page."))


@bp.post("/featured/<int:package_id>/unfeature")
def featured_remove(package_id: int):
    promotion.set_featured(g.region, _offered_or_404(package_id), False)
    return _back_to_featured(_("The package is no longer featured."))


@bp.post("/featured/<int:package_id>/spotlight")
def featured_spotlight(package_id: int):
    promotion.set_spotlight(g.region, _offered_or_404(package_id))
    return _back_to_featured(_("The package is in the home page's spotlight."))


@bp.post("/featured/spotlight/clear")
def featured_spotlight_clear():
    promotion.set_spotlight(g.region, None)
    return _back_to_featured(_("Your region has no package in the spotlight now."))
