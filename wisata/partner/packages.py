"""Packages in the portal: create and edit in both languages, photos, review, archive."""

from __future__ import annotations

import sqlalchemy as sa
from flask import abort, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy.orm import selectinload

from wisata.extensions import db
from wisata.i18n import label, tr
from wisata.models import CancellationPolicy, Package, PackagePhoto, PackageStatus
from wisata.partner import bp
from wisata.partner.forms import PackageForm, PhotoForm
from wisata.services import catalog, listings, partners, photos
from wisata.services.listings import DayData, ListingError, PackageData
from wisata.services.photos import PhotoRejected


def _package_or_404(package_id: int) -> Package:
    return listings.editable_package(g.organisation, package_id) or abort(404)


@bp.get("/packages")
def packages():
    rows = db.session.scalars(
        sa.select(Package)
        .where(listings.visible_packages(g.organisation))
        .options(selectinload(Package.organisation), selectinload(Package.co_organisation))
        .order_by(Package.status, Package.id.desc())
    )
    rows = list(rows)
    pending, returned = listings.review_flags(rows)
    return render_template("partner/packages.html", packages=rows, pending=pending, returned=returned)


def _form(package: Package | None = None) -> PackageForm:
    form = PackageForm(data=_form_data(package)) if package is not None and request.method == "GET" else PackageForm()
    form.cancellation_policy.choices = [(p.value, label(p)) for p in CancellationPolicy]
    form.co_organisation_id.choices = [(0, _("None: we run it alone"))] + [
        (o.id, f"{o.name} ({tr(o.region.name)})") for o in partners.co_provider_choices(g.organisation)
    ]
    choices = [(a.id, f"{tr(a.name)} · {tr(a.region.name)}") for a in listings.attraction_choices()]
    days = form.duration_days.data or 1
    while len(form.days.entries) < min(days, 21):
        form.days.append_entry()
    while len(form.days.entries) > days and len(form.days.entries) > 1:
        form.days.pop_entry()
    for entry in form.days.entries:
        entry.form.attractions.choices = choices
    return form


def _form_data(package: Package) -> dict:
    """The form's values: the package, or the edit of it that waits for review."""
    proposed = listings.proposed_data(package)
    data = {f"{name}_{lang}": (proposed.texts.get(name) or {}).get(lang, "")
            for name in listings.TEXT_FIELDS for lang in ("id", "en")}
    data.update(
        duration_days=proposed.duration_days, duration_nights=proposed.duration_nights,
        min_group=proposed.min_group, max_group=proposed.max_group,
        cancellation_policy=proposed.cancellation_policy.value,
        pay_at_meeting_point=proposed.pay_at_meeting_point,
        price_adult=proposed.prices.get("adult"), price_child=proposed.prices.get("child"),
        co_organisation_id=proposed.co_organisation_id or 0,
        days=[{
            "title_id": d.title.get("id", ""), "title_en": d.title.get("en", ""),
            "description_id": d.description.get("id", ""), "description_en": d.description.get("en", ""),
            "attractions": d.attraction_ids, "nights": d.nights,
            "accommodation_id": d.accommodation.get("id", ""), "accommodation_en": d.accommodation.get("en", ""),
        } for d in proposed.days],
    )
    return data


def _package_data(form: PackageForm) -> PackageData:
    def both(name, source=form):
        return {lang: (getattr(source, f"{name}_{lang}").data or "").strip() for lang in ("id", "en")}

    days = [
        DayData(title=both("title", e.form), description=both("description", e.form),
                attraction_ids=list(e.form.attractions.data or []), nights=e.form.nights.data or 0,
                accommodation=both("accommodation", e.form))
        for e in form.days.entries[: form.duration_days.data]
    ]
    return PackageData(
        texts={name: both(name) for name in listings.TEXT_FIELDS},
        duration_days=form.duration_days.data, duration_nights=form.duration_nights.data,
        min_group=form.min_group.data, max_group=form.max_group.data,
        cancellation_policy=CancellationPolicy(form.cancellation_policy.data),
        pay_at_meeting_point=form.pay_at_meeting_point.data,
        prices={"adult": form.price_adult.data, "child": form.price_child.data},
        days=days, co_organisation_id=form.co_organisation_id.data or None,
    )


def _save(form: PackageForm, package: Package | None):
    if not form.validate_on_submit():
        return None
    try:
        saved = listings.save_package(g.organisation, _package_data(form), package, editor=current_user)
    except ListingError as error:
        db.session.rollback()
        flash(str(error), "error")
        return None
    db.session.commit()
    return saved


@bp.route("/packages/new", methods=["GET", "POST"])
def new_package():
    form = _form()
    saved = _save(form, None)
    if saved is not None:
        flash(_("The package is saved as a draft. Add photos and departures, then submit it for review."), "success")
        return redirect(url_for("partner.edit_package", package_id=saved.id), 303)
    status = 400 if request.method == "POST" else 200
    return render_template("partner/package_form.html", form=form, package=None), status


@bp.route("/packages/<int:package_id>", methods=["GET", "POST"])
def edit_package(package_id: int):
    package = _package_or_404(package_id)
    was_in_review = package.status is PackageStatus.IN_REVIEW
    form = _form(package)
    saved = _save(form, package)
    if saved is not None:
        flash(_saved_message(saved, was_in_review), "success")
        return redirect(url_for("partner.edit_package", package_id=package.id), 303)
    status = 400 if request.method == "POST" else 200
    return render_template("partner/package_form.html", form=form, package=package, photo_form=PhotoForm(),
                           missing=listings.missing_for_review(package), review=_review_state(package)), status


def _saved_message(package: Package, was_in_review: bool) -> str:
    if package.status is PackageStatus.PUBLISHED and listings.pending_revision(package) is not None:
        return _("Changes saved. The changes to what travellers pay or get wait for the tourism office's "
                 "review; until then the approved version stays on the site.")
    if was_in_review and package.status is PackageStatus.DRAFT:
        return _("Changes saved. The package is a draft again: submit it for review once it is ready.")
    return _("Changes saved.")


def _review_state(package: Package) -> dict:
    """What the offices decided or still have to decide, for the partner to see."""
    pending = listings.pending_revision(package) if package.is_published else None
    return {
        "returned": listings.return_reason(package),
        "pending": pending,
        "pending_fields": listings.change_labels(pending.changed_fields) if pending else [],
        "revision_returned": listings.last_returned_revision(package) if package.is_published else None,
    }


@bp.get("/packages/<int:package_id>/preview")
def preview_package(package_id: int):
    package = _package_or_404(package_id)
    package = db.session.execute(
        sa.select(Package).where(Package.id == package.id).options(*catalog.card_options())
    ).unique().scalar_one()
    return render_template("public/package.html", package=package, departures=catalog.upcoming_departures(package),
                           reviews=[], rating=None, review_count=0, preview=True)


@bp.post("/packages/<int:package_id>/submit")
def submit_package(package_id: int):
    package = _package_or_404(package_id)
    try:
        listings.submit_for_review(package)
    except ListingError as error:
        db.session.rollback()
        flash(str(error), "error")
        return redirect(url_for("partner.edit_package", package_id=package.id), 303)
    db.session.commit()
    flash(_("Submitted. The tourism office reviews the package before it is published."), "success")
    return redirect(url_for("partner.edit_package", package_id=package.id), 303)


@bp.post("/packages/<int:package_id>/archive")
def archive_package(package_id: int):
    package = _package_or_404(package_id)
    listings.archive(package)
    db.session.commit()
    flash(_("The package is archived: it is no longer shown or bookable."), "success")
    return redirect(url_for("partner.packages"), 303)


@bp.post("/packages/<int:package_id>/photos")
def upload_photo(package_id: int):
    package = _package_or_404(package_id)
    form = PhotoForm()
    upload = request.files.get("photo")
    if not form.validate() or upload is None or not upload.filename:
        flash(_("Choose a photo to upload."), "error")
        return redirect(url_for("partner.edit_package", package_id=package.id) + "#photos", 303)
    try:
        photo = photos.store_upload(upload, alt={"id": form.alt_id.data or "", "en": form.alt_en.data or ""})
    except PhotoRejected as error:
        db.session.rollback()
        flash(str(error), "error")
        return redirect(url_for("partner.edit_package", package_id=package.id) + "#photos", 303)
    package.photos.append(PackagePhoto(photo=photo, position=len(package.photos)))
    db.session.commit()
    flash(_("Photo added."), "success")
    return redirect(url_for("partner.edit_package", package_id=package.id) + "#photos", 303)


@bp.post("/packages/<int:package_id>/photos/<int:photo_id>/delete")
def delete_photo(package_id: int, photo_id: int):
    package = _package_or_404(package_id)
    link = next((p for p in package.photos if p.photo_id == photo_id), None) or abort(404)
    package.photos.remove(link)
    photos.delete(link.photo)
    db.session.commit()
    flash(_("Photo removed."), "success")
    return redirect(url_for("partner.edit_package", package_id=package.id) + "#photos", 303)
