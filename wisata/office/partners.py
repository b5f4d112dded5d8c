"""The office's partner pages: its region's organisations, one organisation with its
documents, and the decisions on it (verify, reject, suspend, reinstate)."""

from __future__ import annotations

from flask import flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from wtforms import SelectField, TextAreaField
from wtforms.validators import Length, Optional

from wisata.extensions import db
from wisata.forms import SiteForm
from wisata.i18n import label
from wisata.models import OrganisationStatus
from wisata.office import bp
from wisata.services.office import partners
from wisata.services.partners import PartnerError


class StatusFilterForm(SiteForm):
    class Meta:
        csrf = False

    status = SelectField(_l("Status"), default="", choices=[("", "")] + [(s.value, s.value) for s in OrganisationStatus])


class DecisionForm(SiteForm):
    reason = TextAreaField(_l("Reason (sent to the partner)"),
                           validators=[Optional(), Length(max=partners.REASON_MAX_LENGTH)])


DONE = {
    "verify": _l("%(name)s is verified; the partner is told by e-mail."),
    "reject": _l("The application of %(name)s is rejected; the partner is told by e-mail."),
    "suspend": _l("%(name)s is suspended; its packages are no longer offered."),
    "reinstate": _l("%(name)s is reinstated; its published packages are offered again."),
}


@bp.get("/partners", endpoint="partners")
def partners_list():
    form = StatusFilterForm(request.args)
    form.status.choices = [("", _("All statuses"))] + [(s.value, label(s)) for s in OrganisationStatus]
    if not form.validate():
        return render_template("office/partners.html", form=form, organisations=[]), 400
    status = OrganisationStatus(form.status.data) if form.status.data else None
    return render_template("office/partners.html", form=form,
                           organisations=partners.organisations(g.region, status))


def _page(organisation, failed: tuple[str, DecisionForm] | None = None):
    forms = {name: DecisionForm(formdata=None) for name in partners.available_decisions(organisation)}
    if failed is not None:
        forms[failed[0]] = failed[1]
    return render_template(
        "office/partner.html", organisation=organisation, forms=forms,
        members=partners.members(organisation), package_count=partners.package_count(organisation),
        chse_notice=partners.chse_notice(organisation),
    )


@bp.get("/partners/<int:organisation_id>")
def partner(organisation_id: int):
    return _page(partners.organisation_in(g.region, organisation_id))


def _decide(decision: str):
    def view(organisation_id: int):
        organisation = partners.organisation_in(g.region, organisation_id)
        form = DecisionForm()
        if not form.validate():
            return _page(organisation, (decision, form)), 400
        try:
            partners.decide(organisation, decision, current_user, form.reason.data)
        except PartnerError as error:
            if error.status_code != 400:
                raise  # changed in the meantime: the error page says so
            db.session.rollback()
            form.reason.errors.append(str(error))
            return _page(partners.organisation_in(g.region, organisation_id), (decision, form)), 400
        db.session.commit()
        flash(str(DONE[decision]) % {"name": organisation.name}, "success")
        return redirect(url_for("office.partner", organisation_id=organisation.id), 303)

    view.__name__ = f"{decision}_partner"
    return view


for _decision in partners.DECISIONS:
    bp.add_url_rule(f"/partners/<int:organisation_id>/{_decision}", view_func=_decide(_decision), methods=["POST"])
