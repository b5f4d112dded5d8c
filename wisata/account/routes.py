"""Account views: each reads its form, calls wisata.services.accounts, commits, answers."""

from __future__ import annotations

import json

from flask import Response, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from flask_wtf import FlaskForm

from wisata.account import bp
from wisata.account.forms import (
    ChangeEmailForm,
    ChangePasswordForm,
    DeleteAccountForm,
    ForgotPasswordForm,
    LoginForm,
    NewPasswordForm,
    PreferencesForm,
    RegisterForm,
)
from wisata.extensions import db, limiter
from wisata.i18n import current_language
from wisata.services import accounts, privacy
from wisata.services.accounts import AccountError

FORM_LIMIT = "10/minute"


def _page(template: str, **context):
    """A form page: 200 when first shown, 400 when a sent form was not accepted."""
    return render_template(template, **context), 400 if request.method == "POST" else 200


def _refused(error: AccountError, template: str, form: FlaskForm, **context):
    """Show a rule the service refused next to its field (or above the form); nothing is saved."""
    db.session.rollback()
    if error.field and error.field in form:
        form[error.field].errors.append(str(error))
    else:
        context["error"] = str(error)
    return render_template(template, form=form, **context), error.status_code


def _bad_link(error: AccountError):
    db.session.rollback()
    return render_template("account/invalid_link.html", message=str(error)), error.status_code


def _signed_in_home() -> str:
    return url_for(".overview" if current_user.is_authenticated else ".login")


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(FORM_LIMIT, methods=["POST"])
def login():
    next_url = accounts.safe_next_url(request.args.get("next"))
    if current_user.is_authenticated and request.method == "GET":
        return redirect(next_url or accounts.home_url(current_user))
    form = LoginForm()
    if not form.validate_on_submit():
        return _page("account/login.html", form=form)
    user = accounts.authenticate(form.email.data, form.password.data)
    if user is None:
        db.session.commit()  # the failed attempt's audit entry
        return _page("account/login.html", form=form,
                     error=_("The e-mail address or the password is not correct."))
    accounts.start_session(user, remember=form.remember.data)
    db.session.commit()
    return redirect(next_url or accounts.home_url(user), 303)


@bp.post("/logout")
def logout():
    accounts.end_session(current_user._get_current_object())
    db.session.commit()
    flash(_("You are signed out."), "success")
    return redirect(url_for("public.home"), 303)


@bp.route("/register", methods=["GET", "POST"])
@limiter.limit(FORM_LIMIT, methods=["POST"])
def register():
    if current_user.is_authenticated:
        return redirect(url_for(".overview"))
    form = RegisterForm()
    if not form.validate_on_submit():
        return _page("account/register.html", form=form)
    try:
        user, created = accounts.register_user(form.name.data, form.email.data, form.password.data,
                                               current_language())
    except AccountError as error:
        return _refused(error, "account/register.html", form)
    accounts.send_registration_mail(user, created, current_language())
    db.session.commit()
    return render_template("account/check_email.html", email=form.email.data, purpose="register")


@bp.get("/verify/<token>")
def verify(token: str):
    try:
        accounts.verify_email(token)
    except AccountError as error:
        return _bad_link(error)
    db.session.commit()
    flash(_("Thank you: your e-mail address is confirmed."), "success")
    return redirect(_signed_in_home(), 303)


@bp.post("/account/verify")
@login_required
@limiter.limit("5/hour", methods=["POST"])
def resend_verification():
    if current_user.email_verified_at is None:
        accounts.send_verification(current_user, current_language())
        db.session.commit()
        flash(_("We have sent a new link to %(email)s.", email=current_user.email), "success")
    return redirect(url_for(".overview"), 303)


@bp.route("/password/forgot", methods=["GET", "POST"])
@limiter.limit(FORM_LIMIT, methods=["POST"])
def forgot_password():
    form = ForgotPasswordForm()
    if not form.validate_on_submit():
        return _page("account/forgot_password.html", form=form)
    accounts.send_password_reset(form.email.data, current_language())
    db.session.commit()
    return render_template("account/check_email.html", email=form.email.data, purpose="reset")


@bp.route("/password/reset/<token>", methods=["GET", "POST"])
@limiter.limit(FORM_LIMIT, methods=["POST"])
def reset_password(token: str):
    try:
        user = accounts.verify_password_reset_token(token)
    except AccountError as error:
        return _bad_link(error)
    form = NewPasswordForm(user.email)
    if not form.validate_on_submit():
        return _page("account/reset_password.html", form=form)
    try:
        accounts.reset_password(user, form.password.data)
    except AccountError as error:
        return _refused(error, "account/reset_password.html", form)
    accounts.send_password_changed(user)
    db.session.commit()
    flash(_("Your new password is set. Sign in with it."), "success")
    return redirect(url_for(".login"), 303)


def _overview(preferences: PreferencesForm, status: int = 200):
    bookings = accounts.bookings_of(current_user)
    return render_template("account/overview.html", bookings=bookings, preferences=preferences), status


@bp.get("/account")
@login_required
def overview():
    return _overview(PreferencesForm(locale=current_user.locale))


@bp.post("/account/preferences")
@login_required
def preferences():
    form = PreferencesForm()
    if not form.validate_on_submit():
        return _overview(form, 400)
    accounts.set_locale(current_user, form.locale.data)
    db.session.commit()
    flash(_("Your preferences are saved."), "success")
    return redirect(accounts.home_url(current_user), 303)


@bp.route("/account/password", methods=["GET", "POST"])
@login_required
@limiter.limit(FORM_LIMIT, methods=["POST"])
def change_password():
    user = current_user._get_current_object()
    form = ChangePasswordForm(user.email)
    if not form.validate_on_submit():
        return _page("account/change_password.html", form=form)
    try:
        accounts.change_password(user, form.current_password.data, form.password.data)
    except AccountError as error:
        return _refused(error, "account/change_password.html", form)
    accounts.renew_session(user)
    accounts.send_password_changed(user)
    db.session.commit()
    flash(_("Your password is changed. Any other device signed in to your account has been signed out."),
          "success")
    return redirect(url_for(".overview"), 303)


@bp.route("/account/email", methods=["GET", "POST"])
@login_required
@limiter.limit(FORM_LIMIT, methods=["POST"])
def change_email():
    user = current_user._get_current_object()
    form = ChangeEmailForm()
    if not form.validate_on_submit():
        return _page("account/change_email.html", form=form)
    try:
        new_email = accounts.request_email_change(user, form.current_password.data, form.email.data)
    except AccountError as error:
        return _refused(error, "account/change_email.html", form)
    accounts.send_email_change_link(user, new_email)
    db.session.commit()
    return render_template("account/check_email.html", email=new_email, purpose="email_change")


@bp.get("/account/email/confirm/<token>")
def confirm_email(token: str):
    try:
        user, old_email = accounts.confirm_email_change(token)
    except AccountError as error:
        return _bad_link(error)
    accounts.send_email_changed(user, old_email)
    db.session.commit()
    flash(_("Your e-mail address is now %(email)s.", email=user.email), "success")
    return redirect(_signed_in_home(), 303)


@bp.get("/account/data.json")
@login_required
def download_data():
    """Everything held about the account, as a file to keep (UU PDP: the right of access)."""
    data = privacy.personal_data(current_user._get_current_object())
    db.session.commit()  # the download's audit entry
    return Response(json.dumps(data, ensure_ascii=False, indent=2), mimetype="application/json",
                    headers={"Content-Disposition": 'attachment; filename="wisata-my-data.json"',
                             "Cache-Control": "no-store"})


@bp.route("/account/delete", methods=["GET", "POST"])
@login_required
@limiter.limit(FORM_LIMIT, methods=["POST"])
def delete_account():
    user = current_user._get_current_object()
    form = DeleteAccountForm()
    if not form.validate_on_submit():
        return _page("account/delete.html", form=form)
    try:
        privacy.delete_account(user, form.password.data)
    except AccountError as error:
        return _refused(error, "account/delete.html", form)
    accounts.end_session(None)
    db.session.commit()
    flash(_("Your account is deleted and you are signed out."), "success")
    return redirect(url_for("public.home"), 303)
