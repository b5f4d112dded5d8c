"""The office's figures: the dashboard, a CSV of each of its tables, the printable report,
and the yearly targets. Views parse the query string or form, ask
wisata/services/reporting (figures.compute gives every number), and only format."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from flask import Response, abort, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from wtforms import IntegerField, SelectField, StringField
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, ValidationError

from wisata import timeutil
from wisata.extensions import db
from wisata.forms import SiteForm, parse_rupiah
from wisata.i18n import current_language, number, tr
from wisata.models import OfficeTarget, Region
from wisata.office import bp
from wisata.services import catalog
from wisata.services.reporting import charts, exports, figures, targets
from wisata.services.reporting.public import FiguresError, parse_period

REGION_CHOICES = ("own", "other", "both")

# The offices as their letterheads name them, for the printed report; a region without an
# entry (a third one, added as data) is named from the region's own name.
OFFICE_NAMES = {
    "malang": "Pemerintah Kota Malang · Dinas Pariwisata",
    "jambi": "Pemerintah Provinsi Jambi · Dinas Pariwisata",
}


@dataclass
class Selection:
    """The period and regions asked for in the query string."""

    period: figures.Period
    region: str
    regions: list[Region]

    @property
    def region_ids(self) -> tuple[int, ...]:
        return tuple(sorted(r.id for r in self.regions))

    @property
    def query(self) -> dict[str, str]:
        return {"from": self.period.first.strftime("%Y-%m"), "to": self.period.last.strftime("%Y-%m"),
                "region": self.region}


def _selection() -> Selection:
    """The period (`from`, `to`: YYYY-MM) and `region` (own, other, both) of the request;
    FiguresError (400) for anything else."""
    period = parse_period(request.args.get("from") or None, request.args.get("to") or None)
    choice = request.args.get("region") or "own"
    if choice not in REGION_CHOICES:
        raise FiguresError(_("Choose the region: ours, the other one or both."))
    everyone = catalog.regions()
    chosen = {"own": [g.region], "other": [r for r in everyone if r.id != g.region.id], "both": everyone}[choice]
    return Selection(period, choice, chosen)


def _region_labels() -> dict[str, str]:
    others = ", ".join(tr(r.name) for r in catalog.regions() if r.id != g.region.id)
    return {"own": _("Our region (%(region)s)", region=tr(g.region.name)),
            "other": _("The other region (%(region)s)", region=others), "both": _("Both regions")}


def _fresh() -> bool:
    """`fresh=1`: count the figures again now instead of showing those of a few minutes ago."""
    return request.args.get("fresh") == "1"


def _context(chosen: Selection) -> dict:
    """Everything the dashboard and the report show, from one `compute`."""
    lang = current_language()
    data, counted_at = figures.counted(chosen.period, chosen.region_ids, lang, fresh=_fresh())
    return dict(
        chosen=chosen, data=data, counted_at=counted_at, summary=exports.summary(data.totals), tables=exports.tables(data),
        charts=charts.dashboard_charts(data, lang),
        progress=targets.progress(chosen.period, chosen.regions, lang, fresh=_fresh()),
        show=partial(exports.display, lang=lang), metric_label=targets.metric_label,
        money_metrics=targets.MONEY_METRICS, region_labels=_region_labels(), error=None,
    )


@bp.get("/figures", endpoint="figures")
def figures_dashboard():
    try:
        chosen = _selection()
    except FiguresError as error:
        return render_template("office/figures.html", chosen=None, error=str(error),
                               region_labels=_region_labels()), 400
    return render_template("office/figures.html", **_context(chosen))



@bp.get("/figures.csv")
def figures_csv():
    name = request.args.get("table") or "months"
    if name not in exports.TABLE_NAMES:
        raise FiguresError(_("There is no such table."))
    chosen = _selection()
    data, _counted_at = figures.counted(chosen.period, chosen.region_ids, current_language(), fresh=_fresh())
    regions = "-".join(r.slug for r in sorted(chosen.regions, key=lambda r: r.id))
    filename = f"figures-{name.replace('_', '-')}-{regions}-{chosen.query['from']}_{chosen.query['to']}.csv"
    return Response(exports.table_csv(exports.table(data, name)), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@bp.get("/figures/report")
def figures_report():
    context = _context(_selection())
    return render_template("office/report.html", offices=[office_name(r) for r in catalog.regions()],
                           author=office_name(g.region), generated=timeutil.now(), **context)


def office_name(region: Region) -> str:
    return OFFICE_NAMES.get(region.slug) or _("Tourism office of %(region)s", region=tr(region.name))


# Targets --------------------------------------------------------------------------------


class TargetForm(SiteForm):
    year = IntegerField(_l("Year"), validators=[InputRequired(), NumberRange(targets.MIN_YEAR, targets.MAX_YEAR)])
    metric = SelectField(_l("Figure"), validators=[DataRequired()])
    value = StringField(_l("Target"), validators=[DataRequired(), Length(max=30)])

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.metric.choices = [(m, targets.metric_label(m)) for m in figures.TARGET_METRICS]

    def validate_value(self, field):
        try:
            amount = parse_rupiah(field.data or "")
        except ValueError:
            amount = None
        if amount is None or not 0 < amount <= targets.MAX_VALUE:
            raise ValidationError(_l("Enter a whole number greater than zero, for example 1.200 or 8.450.000."))
        field.amount = amount


def _target_form(target: OfficeTarget | None = None) -> TargetForm:
    form = TargetForm()
    if request.method == "GET":
        form.year.data = target.year if target else timeutil.today().year
        if target is not None:
            form.metric.data, form.value.data = target.metric, number(target.value)
    return form


def _save(form: TargetForm, target: OfficeTarget | None = None) -> tuple[OfficeTarget | None, int]:
    """Save a valid POST: (the target, 200); a refused one is shown inside the form (None, 4xx)."""
    if not form.validate_on_submit():
        return None, 400 if request.method == "POST" else 200
    try:
        saved = targets.save_target(g.region, form.year.data, form.metric.data, form.value.amount, target,
                                    by=current_user._get_current_object())
    except targets.TargetError as error:
        db.session.rollback()
        form.form_errors.append(str(error))
        return None, error.status_code
    db.session.commit()
    return saved, 200


@bp.route("/targets", methods=["GET", "POST"], endpoint="targets")
def targets_page():
    form = _target_form()
    saved, status = _save(form)
    if saved is not None:
        flash(_("The target is saved."), "success")
        return redirect(url_for("office.targets"), 303)
    return render_template("office/targets.html", form=form, targets=targets.region_targets(g.region),
                           metric_label=targets.metric_label, money_metrics=targets.MONEY_METRICS), status



@bp.route("/targets/<int:target_id>", methods=["GET", "POST"], endpoint="targets_edit")
def target_edit(target_id: int):
    found = targets.scoped_target(g.region, target_id) or abort(404)
    form = _target_form(found)
    saved, status = _save(form, found)
    if saved is not None:
        flash(_("Changes saved."), "success")
        return redirect(url_for("office.targets"), 303)
    return render_template("office/targets.html", form=form, target=found), status


@bp.post("/targets/<int:target_id>/delete", endpoint="targets_delete")
def target_delete(target_id: int):
    found = targets.scoped_target(g.region, target_id) or abort(404)
    targets.remove_target(g.region, found, by=current_user._get_current_object())
    db.session.commit()
    flash(_("The target is removed."), "success")
    return redirect(url_for("office.targets"), 303)
