"""Portal home, applying to become a partner, the team and co-provider invitations."""

from __future__ import annotations

from flask import abort, flash, g, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user

from wisata.extensions import db
from wisata.i18n import current_language, tr
from wisata.models import MemberRole
from wisata.partner import ORG_SESSION_KEY, bp, require_owner
from wisata.partner.forms import InviteForm, OrganisationDetailsForm, OrganisationForm
from wisata.services import catalog, partners, reports
from wisata.services.partners import PartnerError, ShareChanged


@bp.get("/")
def dashboard():
    return render_template(
        "partner/dashboard.html",
        figures=reports.partner_month(g.organisation),
        departures=reports.partner_upcoming_departures(g.organisation),
        pending=reports.partner_bookings_needing_action(g.organisation),
        invitations=partners.pending_co_invitations(g.organisation),
    )


@bp.post("/switch/<int:organisation_id>")
def switch(organisation_id: int):
    if not any(m.organisation_id == organisation_id for m in g.memberships):
        abort(404)
    session[ORG_SESSION_KEY] = organisation_id
    return redirect(url_for("partner.dashboard"), 303)


@bp.route("/apply", methods=["GET", "POST"])
def apply():
    form = OrganisationForm()
    form.region_id.choices = [(r.id, tr(r.name)) for r in catalog.regions()]
    if form.validate_on_submit():
        organisation = partners.apply(current_user, form.details(), current_language())
        partners.notify_offices_of_application(organisation)
        db.session.commit()
        session[ORG_SESSION_KEY] = organisation.id
        flash(_("Thank you! Your application is sent. The tourism office of your region will verify it; "
                "meanwhile you can prepare your packages."), "success")
        return redirect(url_for("partner.dashboard"), 303)
    return render_template("partner/apply.html", form=form), 400 if form.is_submitted() else 200


@bp.route("/organisation", methods=["GET", "POST"])
def organisation():
    """The organisation's details: the owner updates them, staff read them."""
    form = OrganisationDetailsForm(obj=g.organisation if request.method == "GET" else None)
    if request.method == "GET":
        return render_template("partner/organisation.html", form=form)
    require_owner()
    if not form.validate():
        return render_template("partner/organisation.html", form=form), 400
    changed = partners.update_details(g.organisation, form.details())
    db.session.commit()
    flash(_("Your details are saved.") if changed else _("Nothing was changed."), "success")
    return redirect(url_for("partner.organisation"), 303)


@bp.route("/team", methods=["GET", "POST"])
def team():
    form = InviteForm()
    if request.method == "POST":
        require_owner()
        if form.validate():
            try:
                partners.invite_member(g.organisation, form.email.data, MemberRole(form.role.data),
                                       current_language(), invited_by=current_user)
            except PartnerError as error:
                db.session.rollback()
                form.email.errors.append(str(error))
                return render_template("partner/team.html", form=form), error.status_code
            db.session.commit()
            flash(_("Invitation sent to %(email)s.", email=form.email.data), "success")
            return redirect(url_for("partner.team"), 303)
        return render_template("partner/team.html", form=form), 400
    return render_template("partner/team.html", form=form)


@bp.post("/team/<int:membership_id>/remove")
def remove_member(membership_id: int):
    require_owner()
    partners.remove_member(g.organisation, membership_id, current_user)
    db.session.commit()
    flash(_("The member is removed."), "success")
    return redirect(url_for("partner.team"), 303)


@bp.route("/join/<token>", methods=["GET", "POST"])
def join(token: str):
    """The link of an invitation e-mail: GET shows it, the Accept button POSTs."""
    try:
        invitation = partners.open_invitation(token, current_user)
    except PartnerError as error:
        return render_template("partner/join.html", error=str(error)), error.status_code
    if request.method == "GET":
        return render_template("partner/join.html", invitation=invitation, token=token)
    membership = partners.accept_invitation(invitation, current_user)
    db.session.commit()
    session[ORG_SESSION_KEY] = membership.organisation_id
    flash(_("Welcome to %(name)s!", name=membership.organisation.name), "success")
    return redirect(url_for("partner.dashboard"), 303)


@bp.post("/invitations/<int:package_id>/<any(accept, decline):answer>")
def answer_invitation(package_id: int, answer: str):
    seen = request.form.get("share", "")
    share = int(seen) if seen.isascii() and seen.isdigit() and len(seen) <= 3 else None
    try:
        package = partners.answer_co_invitation(g.organisation, package_id, accept=answer == "accept",
                                                share_seen=share)
    except ShareChanged as error:
        db.session.rollback()
        flash(str(error), "error")
        return redirect(url_for("partner.dashboard"), 303)
    db.session.commit()
    if answer == "accept":
        flash(_("You now co-run %(title)s.", title=tr(package.title)), "success")
    return redirect(url_for("partner.dashboard"), 303)
