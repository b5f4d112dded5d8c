"""The site's own pages: who runs it, how to reach the offices, the privacy notice."""

from __future__ import annotations

from flask import flash, redirect, render_template, url_for
from flask_babel import gettext as _

from wisata.extensions import db, limiter
from wisata.i18n import current_language
from wisata.public import bp
from wisata.public.forms import ContactForm
from wisata.services import catalog, privacy

# Each message e-mails an address of the sender's choosing (the copy): few per client.
CONTACT_LIMIT = "5 per hour"


@bp.get("/about")
def about():
    return render_template("public/about.html", regions=catalog.regions())


@bp.get("/privacy")
def privacy_notice():
    return render_template("public/privacy.html")


@bp.route("/contact", methods=["GET", "POST"])
@limiter.limit(CONTACT_LIMIT, methods=["POST"])
def contact():
    regions = catalog.regions()
    form = ContactForm(regions)
    offices = [(region, privacy.office_address(region)) for region in regions]
    if not form.validate_on_submit():
        status = 400 if form.is_submitted() else 200
        return render_template("public/contact.html", form=form, offices=offices), status
    region = next(r for r in regions if r.slug == form.region.data)
    privacy.send_contact_message(privacy.ContactMessage(
        name=form.name.data.strip(), email=form.email.data.strip(), region=region, kind=form.kind.data,
        message=form.message.data.strip(), locale=current_language(),
        booking_code=(form.booking_code.data or "").strip(),
    ))
    db.session.commit()
    flash(_("Thank you: your message is sent to the office, and a copy to %(email)s.", email=form.email.data),
          "success")
    return redirect(url_for(".contact"), 303)
