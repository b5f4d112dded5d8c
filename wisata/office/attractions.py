"""The office's attraction catalogue: list, create and edit its region's attractions, their
photo, and their closures with the departures each one affects."""

from __future__ import annotations

import math

from flask import abort, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from wtforms import BooleanField, DateField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional, ValidationError

from wisata.extensions import db
from wisata.forms import SiteForm
from wisata.i18n import LANGUAGES, tr
from wisata.office import bp
from wisata.partner.forms import MultiCheckboxField, PhotoForm
from wisata.services.office import attractions as service
from wisata.services.office.attractions import AttractionData, AttractionError, ClosureData
from wisata.services.photos import PhotoRejected

LANGUAGE_LABELS = {"id": _l("Indonesian"), "en": _l("English")}


def _per_language(form_class, name: str, label, field_class=StringField, required=False, max_length=200):
    """Add one field per language (`<name>_<lang>`), so a third language needs no new code."""
    for lang in LANGUAGES:
        validators = [DataRequired() if required else Optional(), Length(max=max_length)]
        title = _l("%(field)s (%(language)s)", field=label, language=LANGUAGE_LABELS.get(lang, lang))
        setattr(form_class, f"{name}_{lang}", field_class(title, validators=validators))


class CoordinateField(StringField):
    """A decimal number typed with a comma or a dot ("-7,9425" or "-7.9425")."""

    def process_formdata(self, valuelist):
        self.data = None
        raw = (valuelist[0] if valuelist else "").strip().replace(",", ".")
        if not raw:
            return
        try:
            value = float(raw)
        except ValueError:
            raise ValueError(_l("Enter a number, such as -7.9425.")) from None
        if not math.isfinite(value):
            raise ValueError(_l("Enter a number, such as -7.9425."))
        self.data = value

    def _value(self):
        return "" if self.data is None else f"{self.data:g}" if isinstance(self.data, float) else str(self.data)


def _within(limit: float):
    def check(form, field):
        if field.data is not None and not -limit <= field.data <= limit:
            raise ValidationError(_l("Enter a value from %(low)s to %(high)s.", low=-limit, high=limit))
    return check


class AttractionForm(SiteForm):
    area = StringField(_l("Area (district or town)"), validators=[Optional(), Length(max=120)])
    categories = MultiCheckboxField(_l("Categories"), coerce=int)
    latitude = CoordinateField(_l("Latitude (−90 to 90)"), validators=[_within(90)])
    longitude = CoordinateField(_l("Longitude (−180 to 180)"), validators=[_within(180)])
    published = BooleanField(_l("Shown on the public site"), default=True)

    def validate_longitude(self, field):
        if (field.data is None) != (self.latitude.data is None):
            raise ValidationError(_l("Give both coordinates, or neither."))


_per_language(AttractionForm, "name", _l("Name"), required=True, max_length=120)
_per_language(AttractionForm, "summary", _l("Summary"), TextAreaField, max_length=300)
_per_language(AttractionForm, "description", _l("Description"), TextAreaField, max_length=5000)
_per_language(AttractionForm, "practical_info", _l("Practical information"), TextAreaField, max_length=3000)


class ClosureForm(SiteForm):
    starts_on = DateField(_l("Closed from"), validators=[DataRequired()])
    ends_on = DateField(_l("Closed until (inclusive)"), validators=[DataRequired()])

    def validate_ends_on(self, field):
        if self.starts_on.data and field.data and field.data < self.starts_on.data:
            raise ValidationError(_l("The closure must end on or after the day it starts."))


_per_language(ClosureForm, "reason", _l("Reason"), TextAreaField, required=True, max_length=500)


def _attraction_or_404(attraction_id: int):
    return service.scoped_attraction(g.region, attraction_id) or abort(404)


def _by_language(form, name: str) -> dict:
    return {lang: (form[f"{name}_{lang}"].data or "").strip() for lang in LANGUAGES}


@bp.get("/attractions")
def attractions():
    q = (request.args.get("q") or "").strip()[:80]
    return render_template("office/attractions.html", attractions=service.attractions_of(g.region, q), q=q)


def _attraction_form(attraction=None) -> AttractionForm:
    data = None
    if attraction is not None and request.method == "GET":
        data = {f"{name}_{lang}": (getattr(attraction, name) or {}).get(lang, "")
                for name in service.TEXT_FIELDS for lang in LANGUAGES}
        data.update(area=attraction.area or "", latitude=attraction.latitude, longitude=attraction.longitude,
                    published=attraction.published, categories=[c.id for c in attraction.categories])
    form = AttractionForm(data=data)
    form.categories.choices = [(c.id, tr(c.name)) for c in service.categories()]
    return form


def _save(form: AttractionForm, attraction=None):
    if not form.validate_on_submit():
        return None
    data = AttractionData(
        texts={name: _by_language(form, name) for name in service.TEXT_FIELDS},
        area=form.area.data or "", category_ids=list(form.categories.data or []),
        latitude=form.latitude.data, longitude=form.longitude.data, published=form.published.data,
    )
    try:
        saved = service.save_attraction(g.region, data, attraction)
    except AttractionError as error:
        db.session.rollback()
        form.form_errors.append(str(error))
        return None
    db.session.commit()
    return saved


@bp.route("/attractions/new", methods=["GET", "POST"])
def attraction_new():
    form = _attraction_form()
    saved = _save(form)
    if saved is not None:
        flash(_("The attraction is saved."), "success")
        return redirect(url_for("office.attraction", attraction_id=saved.id), 303)
    status = 400 if request.method == "POST" else 200
    return render_template("office/attraction_form.html", form=form, attraction=None), status


@bp.route("/attractions/<int:attraction_id>", methods=["GET", "POST"])
def attraction(attraction_id: int):
    found = _attraction_or_404(attraction_id)
    form = _attraction_form(found)
    if _save(form, found) is not None:
        flash(_("Changes saved."), "success")
        return redirect(url_for("office.attraction", attraction_id=found.id), 303)
    status = 400 if request.method == "POST" else 200
    return render_template("office/attraction_form.html", form=form, attraction=found, photo_form=PhotoForm(),
                           closures=service.closures_of(found)), status


@bp.post("/attractions/<int:attraction_id>/photo")
def attraction_photo(attraction_id: int):
    found = _attraction_or_404(attraction_id)
    form, upload = PhotoForm(), request.files.get("photo")
    back = url_for("office.attraction", attraction_id=found.id) + "#photo"
    if not form.validate() or upload is None or not upload.filename:
        flash(_("Choose a photo to upload."), "error")
        return redirect(back, 303)
    try:
        service.replace_photo(found, upload, alt={lang: form[f"alt_{lang}"].data or "" for lang in LANGUAGES})
    except PhotoRejected as error:
        db.session.rollback()
        flash(str(error), "error")
        return redirect(back, 303)
    db.session.commit()
    flash(_("Photo added."), "success")
    return redirect(back, 303)


@bp.route("/attractions/<int:attraction_id>/closures/new", methods=["GET", "POST"])
def attraction_closure_new(attraction_id: int):
    found = _attraction_or_404(attraction_id)
    form = ClosureForm()
    if form.validate_on_submit():
        data = ClosureData(form.starts_on.data, form.ends_on.data, _by_language(form, "reason"))
        try:
            closure = service.add_closure(found, data, actor=current_user._get_current_object())
        except AttractionError as error:
            db.session.rollback()
            form.form_errors.append(str(error))
        else:
            db.session.commit()
            flash(_("The closure is saved; the partners of the affected departures are told."), "success")
            return redirect(url_for("office.attraction_closure", attraction_id=found.id, closure_id=closure.id), 303)
    status = 400 if request.method == "POST" else 200
    return render_template("office/closure_form.html", form=form, attraction=found), status


def _closure_or_404(attraction_id: int, closure_id: int):
    found = _attraction_or_404(attraction_id)
    return found, service.scoped_closure(found, closure_id) or abort(404)


@bp.get("/attractions/<int:attraction_id>/closures/<int:closure_id>")
def attraction_closure(attraction_id: int, closure_id: int):
    found, closure = _closure_or_404(attraction_id, closure_id)
    departures = service.affected_departures(closure)
    return render_template("office/closure.html", attraction=found, closure=closure, departures=departures)


@bp.post("/attractions/<int:attraction_id>/closures/<int:closure_id>/end")
def attraction_closure_end(attraction_id: int, closure_id: int):
    found, closure = _closure_or_404(attraction_id, closure_id)
    service.end_closure(closure)
    db.session.commit()
    flash(_("The closure is ended."), "success")
    return redirect(url_for("office.attraction", attraction_id=found.id) + "#closures", 303)
