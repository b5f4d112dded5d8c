"""Forms of the account pages. Password rules are wisata.services.accounts'; these only ask."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, EmailField, PasswordField, SelectField, StringField
from wtforms.validators import DataRequired, Email, Length, ValidationError

from wisata.forms import SiteForm
from wisata.i18n import LANGUAGE_NAMES, LANGUAGES
from wisata.services import accounts

REQUIRED = _l("Please fill in this field.")
TOO_LONG = _l("This is too long.")
EMAIL_ATTRS = {"autocomplete": "email", "autocapitalize": "none", "spellcheck": "false"}


def _email_field(label, **attrs) -> EmailField:
    return EmailField(
        label,
        filters=[accounts.normalise_email],
        validators=[
            DataRequired(REQUIRED),
            Length(max=254, message=TOO_LONG),
            Email(message=_l("Enter a valid e-mail address, like name@example.com."),
                  check_deliverability=False),
        ],
        render_kw={**EMAIL_ATTRS, **attrs},
    )


def _password_field(label, autocomplete: str) -> PasswordField:
    return PasswordField(label, validators=[DataRequired(REQUIRED)],
                         render_kw={"autocomplete": autocomplete})


def _acceptable(password: str, email: str) -> None:
    problem = accounts.password_problem(password or "", email)
    if problem:
        raise ValidationError(problem)


class LoginForm(SiteForm):
    email = EmailField(_l("E-mail"), filters=[accounts.normalise_email],
                       validators=[DataRequired(REQUIRED), Length(max=254, message=TOO_LONG)],
                       render_kw=EMAIL_ATTRS)
    password = _password_field(_l("Password"), "current-password")
    remember = BooleanField(_l("Keep me signed in on this device for 30 days"))


class RegisterForm(SiteForm):
    name = StringField(_l("Your name"), validators=[DataRequired(REQUIRED), Length(max=120, message=TOO_LONG)],
                       render_kw={"autocomplete": "name"})
    email = _email_field(_l("E-mail"))
    password = _password_field(_l("Password"), "new-password")

    def validate_password(self, field):
        _acceptable(field.data, self.email.data or "")


class ForgotPasswordForm(SiteForm):
    email = _email_field(_l("E-mail"))


class NewPasswordForm(SiteForm):
    """A new password for the account whose address is `email` (from a reset link)."""

    password = _password_field(_l("New password"), "new-password")

    def __init__(self, email: str, **kwargs):
        super().__init__(**kwargs)
        self.account_email = email

    def validate_password(self, field):
        _acceptable(field.data, self.account_email)


class ChangePasswordForm(NewPasswordForm):
    current_password = _password_field(_l("Current password"), "current-password")


class ChangeEmailForm(SiteForm):
    email = _email_field(_l("New e-mail address"))
    current_password = _password_field(_l("Current password"), "current-password")


class PreferencesForm(SiteForm):
    locale = SelectField(_l("Language of the site and of our e-mails"),
                         choices=[(code, LANGUAGE_NAMES[code]) for code in LANGUAGES],
                         validators=[DataRequired(REQUIRED)])


class DeleteAccountForm(SiteForm):
    password = PasswordField(_l("Your password"), validators=[DataRequired(REQUIRED), Length(max=1024, message=TOO_LONG)],
                             render_kw={"autocomplete": "current-password"})
    confirm = BooleanField(_l("Yes, delete my account"), validators=[DataRequired(REQUIRED)])
