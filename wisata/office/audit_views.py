"""The audit trail page: the region's entries, newest first, filtered by action. Read only:
no route of the site changes an entry."""

from __future__ import annotations

from flask import g, render_template, request
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from wtforms import IntegerField, SelectField
from wtforms.validators import NumberRange, Optional, Regexp

from wisata.forms import SiteForm
from wisata.office import bp
from wisata.services.office import audit


class AuditFilterForm(SiteForm):
    class Meta:
        csrf = False

    # Any well-formed code is accepted (a bookmarked filter may outlive its entries).
    action = SelectField(_l("Action"), default="", validate_choice=False,
                         validators=[Optional(), Regexp(audit.ACTION_CODE.pattern + "$")])
    page = IntegerField(_l("Page"), default=1, validators=[Optional(), NumberRange(1, 100_000)])


@bp.get("/audit", endpoint="audit")
def audit_trail():
    form = AuditFilterForm(request.args)
    form.action.choices = [("", _("All actions"))] + sorted(
        ((code, audit.action_label(code)) for code in audit.actions_in(g.region)), key=lambda c: c[1].lower()
    )
    if not form.validate():
        return render_template("office/audit.html", form=form, page=None), 400
    page = audit.entries_for(g.region, form.action.data or None, form.page.data or 1)
    return render_template("office/audit.html", form=form, page=page,
                           action_label=audit.action_label, detail_label=audit.detail_label)
