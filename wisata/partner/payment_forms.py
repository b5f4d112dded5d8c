"""Forms of the partner portal's money pages: payments received, refunds paid back."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField, FileRequired
from wtforms import BooleanField, PasswordField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from wisata.forms import SiteForm
from wisata.services.money import REFERENCE_LENGTH


class PaymentRecordForm(SiteForm):
    reference = StringField(_l("Reference (optional: the bank's transaction number, a note)"),
                            validators=[Optional(), Length(max=REFERENCE_LENGTH)])


class RefundRecordForm(SiteForm):
    reference = StringField(_l("Reference of your transfer (optional)"),
                            validators=[Optional(), Length(max=REFERENCE_LENGTH)])


class StatementForm(SiteForm):
    statement = FileField(_l("Bank statement (CSV)"), validators=[FileRequired(_l("Choose the CSV file of your statement."))])


class QrisForm(SiteForm):
    payload = TextAreaField(_l("Text of your QRIS code"), validators=[Optional(), Length(max=2000)])
    photo = FileField(_l("Or a photo of your QRIS sticker"))
    remove = BooleanField(_l("Stop taking QRIS payments"))


class MidtransForm(SiteForm):
    server_key = PasswordField(_l("Server key"), validators=[Optional(), Length(max=100)])
    client_key = StringField(_l("Client key"), validators=[DataRequired(), Length(max=100)])
    production = BooleanField(_l("Production (real payments); unticked: sandbox for trying"))
    enabled = BooleanField(_l("Offer “Pay online” to travellers"), default=True)
