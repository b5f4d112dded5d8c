"""Money in the portal: refunds owed, a traveller's transfer receipt, the ways of being paid."""

from __future__ import annotations

import sqlalchemy as sa
from flask import abort, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from wisata.errors import DomainError
from wisata.extensions import db
from wisata.models import Package
from wisata.partner import bp, require_owner
from wisata.partner.bookings import _booking_or_404, _record, render_booking
from wisata.partner.payment_forms import MidtransForm, QrisForm, RefundRecordForm
from wisata.public.payments import receipt_response
from wisata.services import (
    deposits,
    money,
    notifications,
    online_payments,
    payment_settings,
    qris,
    settlement,
    transfers,
)
from wisata.services.office import audit


@bp.get("/refunds")
def refunds():
    return render_template("partner/refunds.html", owed=money.refunds_owed(g.organisation),
                           paid=money.refunds_paid(g.organisation), form=RefundRecordForm())


@bp.post("/bookings/<code>/refund")
def record_refund(code: str):
    booking = _booking_or_404(code, manage=True)
    form = RefundRecordForm()
    if not form.validate():
        return render_booking(booking, 400, refund_form=form)
    try:
        refund = money.record_refund(booking, form.reference.data, actor_id=current_user.id)
    except DomainError as error:
        db.session.rollback()
        flash(str(error), "error")
        return redirect(url_for("partner.booking_detail", code=booking.code), 303)
    notifications.refund_paid(booking, refund)
    _record("booking.refund_paid", booking, amount=refund.amount, reference=refund.reference)
    db.session.commit()
    flash(_("Refund of booking %(code)s recorded as paid; the traveller is notified.", code=booking.code), "success")
    return redirect(url_for("partner.booking_detail", code=booking.code), 303)


@bp.get("/bookings/<code>/receipt")
def booking_receipt(code: str):
    booking = _booking_or_404(code, manage=True)
    kept = transfers.receipt_of(booking) or abort(404)
    return receipt_response(kept, booking.code)


@bp.route("/payment-methods", methods=["GET", "POST"])
def payment_methods():
    """How travellers pay the organisation: its QRIS and the packages offering it. The
    owner changes it; staff read it."""
    form = QrisForm()
    if request.method == "POST":
        require_owner()
        if not form.validate():
            return _payment_methods_page(form), 400
        if form.remove.data:
            payment_settings.set_qris(g.organisation, None)
        elif (form.payload.data or "").strip() or form.photo.data:
            try:
                static = payment_settings.read_qris(form.payload.data, form.photo.data)
            except qris.QrisError as error:
                (form.payload if (form.payload.data or "").strip() else form.photo).errors = [str(error)]
                return _payment_methods_page(form), 400
            payment_settings.set_qris(g.organisation, static)
        payment_settings.set_qris_packages(g.organisation, {int(v) for v in request.form.getlist("qris_package")
                                                            if v.isascii() and v.isdigit() and len(v) < 10})
        try:
            deposits.set_terms(g.organisation, _deposit_terms())
            settlement.propose_shares(g.organisation, _shares())
        except DomainError as error:
            db.session.rollback()
            return _payment_methods_page(form, deposit_error=str(error)), 400
        db.session.commit()
        flash(_("Your ways of being paid are saved."), "success")
        return redirect(url_for("partner.payment_methods"), 303)
    return _payment_methods_page(form)


def _shares() -> dict[int, int | None]:
    """{joint package id: proposed co-provider share} from the form; not a number: refused."""
    ids = db.session.scalars(sa.select(Package.id).where(Package.organisation_id == g.organisation.id,
                                                         Package.co_organisation_id.is_not(None),
                                                         Package.co_accepted_at.is_(None))).all()
    shares = {}
    for package_id in ids:
        value = request.form.get(f"share-{package_id}", "").strip()
        if value and not (value.isascii() and value.isdigit() and len(value) <= 3):
            raise DomainError(_("A share is a whole percentage from 0 to 100."))
        shares[package_id] = int(value) if value else None
    return shares


def _midtrans_form() -> MidtransForm:
    account = online_payments.account_of(g.organisation.id)
    form = MidtransForm(formdata=None, obj=account)
    if account is None:
        form.enabled.data = True
    return form


def _deposit_terms() -> dict[int, tuple[int | None, int | None]]:
    """{package id: (deposit percent, balance due days)} from the form; not a number: refused."""
    ids = db.session.scalars(sa.select(Package.id).where(Package.organisation_id == g.organisation.id)).all()
    terms = {}
    for package_id in ids:
        values = [request.form.get(f"{name}-{package_id}", "").strip() for name in ("deposit", "balance_days")]
        if not all(v == "" or (v.isascii() and v.isdigit() and len(v) <= 3) for v in values):
            raise DomainError(_("Write the deposit and the days as whole numbers."))
        terms[package_id] = tuple(int(v) if v else None for v in values)
    return terms


def _payment_methods_page(form: QrisForm, deposit_error: str | None = None, midtrans_form: MidtransForm | None = None):
    static = qris.parse_static(g.organisation.qris_payload) if g.organisation.qris_payload else None
    packages = db.session.scalars(sa.select(Package).where(Package.organisation_id == g.organisation.id)
                                  .order_by(Package.id)).all()
    return render_template("partner/payment_methods.html", form=form, static=static, packages=packages,
                           deposit_error=deposit_error, reminder_days=deposits.REMINDER_DAYS,
                           midtrans_form=midtrans_form or _midtrans_form(), account=online_payments.account_of(g.organisation.id),
                           preview=qris.svg(static.payload, _("Your QRIS code")) if static else None)


@bp.post("/payment-methods/midtrans")
def midtrans_account():
    require_owner()
    form = MidtransForm()
    if form.validate():
        try:
            online_payments.save_account(g.organisation, form.server_key.data or "", form.client_key.data,
                                         form.production.data, form.enabled.data)
        except DomainError as error:
            db.session.rollback()
            form.server_key.errors = [str(error)]
        else:
            audit.record("partner.gateway_changed", region_id=g.organisation.region_id,
                         organisation_id=g.organisation.id, subject=f"organisation:{g.organisation.slug}",
                         production=form.production.data, enabled=form.enabled.data)
            db.session.commit()
            flash(_("Your Midtrans account is saved."), "success")
            return redirect(url_for("partner.payment_methods"), 303)
    return _payment_methods_page(QrisForm(formdata=None), midtrans_form=form), 400
