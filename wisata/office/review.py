"""Package review: the queue, a submission shown as its public page, revisions side by side.

Every object is found through `g.region` (moderation.package_for / revision_for), so the
other office's packages are a 404; the rules live in wisata/services/office/moderation.py.
"""

from __future__ import annotations

from flask import abort, flash, g, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from wtforms import TextAreaField
from wtforms.validators import DataRequired, Length

from wisata.extensions import db
from wisata.forms import SiteForm
from wisata.models import Package, PackageRevision
from wisata.office import bp
from wisata.services import catalog
from wisata.services.office import moderation


class SendBackForm(SiteForm):
    reason = TextAreaField(_l("Reason (sent to the partner)"), validators=[DataRequired(), Length(max=2000)])


@bp.get("/packages")
def packages():
    return render_template(
        "office/packages.html",
        packages=moderation.packages_to_review(g.region),
        revisions=moderation.revisions_to_review(g.region),
        text_fixes=moderation.recent_text_fixes(g.region),
    )


def _package_or_404(package_id: int) -> Package:
    return moderation.package_for(g.region, package_id) or abort(404)


def _package_page(package: Package, form: SendBackForm, status: int = 200):
    return render_template(
        "office/package.html", package=package, departures=catalog.upcoming_departures(package),
        reviews=[], rating=None, review_count=0, preview=True, form=form,
        missing=moderation.missing(package), offices=moderation.review_status(package),
        may_decide=moderation.may_decide(package, g.region),
    ), status


@bp.get("/packages/<int:package_id>")
def package(package_id: int):
    return _package_page(_package_or_404(package_id), SendBackForm())


@bp.post("/packages/<int:package_id>/approve")
def approve_package(package_id: int):
    published = moderation.approve_package(_package_or_404(package_id), g.region)
    db.session.commit()
    flash(_("Approved: the package is now published.") if published
          else _("Approved. The package goes public once the other office approves it too."), "success")
    return redirect(url_for("office.packages"), 303)


@bp.post("/packages/<int:package_id>/return")
def return_package(package_id: int):
    found = _package_or_404(package_id)
    form = SendBackForm()
    if not form.validate_on_submit():
        return _package_page(found, form, 400)
    moderation.return_package(found, g.region, form.reason.data.strip())
    db.session.commit()
    flash(_("The package is sent back to the partner with your reason."), "success")
    return redirect(url_for("office.packages"), 303)


def _revision_or_404(revision_id: int) -> PackageRevision:
    return moderation.revision_for(g.region, revision_id) or abort(404)


def _revision_page(revision: PackageRevision, form: SendBackForm, status: int = 200):
    return render_template(
        "office/revision.html", revision=revision, package=revision.package, form=form,
        changes=moderation.changes(revision) if revision.status.value == "pending" else [],
        offices=moderation.review_status(revision.package, revision),
        may_decide=moderation.may_decide(revision.package, g.region, revision),
    ), status


@bp.get("/revisions/<int:revision_id>")
def revision(revision_id: int):
    return _revision_page(_revision_or_404(revision_id), SendBackForm())


@bp.post("/revisions/<int:revision_id>/approve")
def approve_revision(revision_id: int):
    applied = moderation.approve_revision(_revision_or_404(revision_id), g.region)
    db.session.commit()
    flash(_("Approved: the changes are now on the site.") if applied
          else _("Approved. The changes go live once the other office approves them too."), "success")
    return redirect(url_for("office.packages"), 303)


@bp.post("/revisions/<int:revision_id>/return")
def return_revision(revision_id: int):
    found = _revision_or_404(revision_id)
    form = SendBackForm()
    if not form.validate_on_submit():
        return _revision_page(found, form, 400)
    moderation.return_revision(found, g.region, form.reason.data.strip())
    db.session.commit()
    flash(_("The changes are sent back to the partner with your reason."), "success")
    return redirect(url_for("office.packages"), 303)
