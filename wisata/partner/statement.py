"""The bank statement in the portal: uploaded, matched against the transfers awaited, and
the proposals confirmed in one click (see wisata.services.reconciliation)."""

from __future__ import annotations

import re

from flask import abort, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user

from wisata.extensions import db, limiter
from wisata.partner import bp
from wisata.partner.bookings import _booking_or_404, _record
from wisata.partner.payment_forms import StatementForm
from wisata.services import money, reconciliation, statements
from wisata.services.statements import StatementError

# A proposal as the statement page sends it back: booking code and amount credited.
PROPOSAL = re.compile(r"([A-Z0-9]{4,12}):([0-9]{1,15})")


@bp.route("/statement", methods=["GET", "POST"])
@limiter.limit("30 per hour", methods=["POST"])
def statement():
    form = StatementForm()
    awaited = reconciliation.unpaid_transfers(g.organisation)
    if request.method == "GET" or not form.validate():
        status = 400 if request.method == "POST" else 200
        return render_template("partner/statement.html", form=form, reading=None, awaited=awaited), status
    try:
        reading = reconciliation.read(g.organisation, form.statement.data.stream.read(statements.MAX_BYTES + 1))
    except StatementError as error:
        form.statement.errors = [str(error)]
        return render_template("partner/statement.html", form=form, reading=None, awaited=awaited), 400
    return render_template("partner/statement.html", form=form, reading=reading, awaited=awaited,
                           reference=reconciliation.reference)


@bp.post("/statement/confirm")
def confirm_statement():
    chosen = request.form.getlist("match")
    parsed = [PROPOSAL.fullmatch(value) for value in chosen]
    if not chosen or not all(parsed) or len(chosen) > 500:
        abort(400, description=_("Choose at least one proposed booking to confirm."))
    proposals = [(m.group(1), int(m.group(2)), request.form.get(f"ref-{m.group(1)}", "")[:money.REFERENCE_LENGTH])
                 for m in parsed]
    outcome = reconciliation.confirm(g.organisation, proposals, actor_id=current_user.id)
    for code in outcome.confirmed:
        booking = _booking_or_404(code, manage=True)
        _record("booking.paid", booking, source="statement")
    db.session.commit()
    if outcome.confirmed:
        flash(ngettext("%(num)s booking confirmed: %(codes)s.", "%(num)s bookings confirmed: %(codes)s.",
                       len(outcome.confirmed), codes=", ".join(outcome.confirmed)), "success")
    if outcome.already_paid:
        flash(_("Already confirmed before: %(codes)s.", codes=", ".join(outcome.already_paid)), "success")
    if outcome.refused:
        flash(_("Not confirmed, because the booking no longer awaits this amount: %(codes)s. Open each "
                "booking to check.", codes=", ".join(outcome.refused)), "error")
    return redirect(url_for("partner.statement"), 303)
