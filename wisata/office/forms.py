"""Forms of the office's promotion pages (events, campaigns, promo codes); bilingual
content has an Indonesian and an English field, as in the partner portal."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField
from wtforms import (
    DateField,
    DateTimeLocalField,
    IntegerField,
    RadioField,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Length, NumberRange, Optional, ValidationError

from wisata.forms import AmountField, SiteForm
from wisata.i18n import label
from wisata.models import EventKind
from wisata.partner.forms import MultiCheckboxField
from wisata.services.office.promotion import CODE, MAX_AMOUNT, SCOPES, normalise_code


def _later_or_equal(form, field, start_name: str):
    start = getattr(form, start_name).data
    if field.data and start and field.data < start:
        raise ValidationError(_l("The end must not be before the start."))


class EventForm(SiteForm):
    kind = SelectField(_l("Kind of event"), choices=[])
    title_id = StringField(_l("Title (Indonesian)"), validators=[DataRequired(), Length(max=200)])
    title_en = StringField(_l("Title (English)"), validators=[DataRequired(), Length(max=200)])
    summary_id = TextAreaField(_l("Summary (Indonesian)"), validators=[DataRequired(), Length(max=300)])
    summary_en = TextAreaField(_l("Summary (English)"), validators=[DataRequired(), Length(max=300)])
    description_id = TextAreaField(_l("Description (Indonesian)"), validators=[Optional(), Length(max=5000)])
    description_en = TextAreaField(_l("Description (English)"), validators=[Optional(), Length(max=5000)])
    venue_id = StringField(_l("Venue (Indonesian)"), validators=[DataRequired(), Length(max=300)])
    venue_en = StringField(_l("Venue (English)"), validators=[Optional(), Length(max=300)])
    starts_at = DateTimeLocalField(_l("Starts (WIB)"), format="%Y-%m-%dT%H:%M", validators=[DataRequired()])
    ends_at = DateTimeLocalField(_l("Ends (WIB)"), format="%Y-%m-%dT%H:%M", validators=[DataRequired()])
    packages = MultiCheckboxField(_l("Trips around this event"), coerce=int, validate_choice=True)
    photo = FileField(_l("Photo"))

    def __init__(self, package_choices, **kwargs):
        super().__init__(**kwargs)
        self.kind.choices = [(kind.value, label(kind)) for kind in EventKind]
        self.packages.choices = package_choices

    def validate_ends_at(self, field):
        _later_or_equal(self, field, "starts_at")


class CampaignForm(SiteForm):
    title_id = StringField(_l("Title (Indonesian)"), validators=[DataRequired(), Length(max=200)])
    title_en = StringField(_l("Title (English)"), validators=[DataRequired(), Length(max=200)])
    summary_id = TextAreaField(_l("Summary (Indonesian)"), validators=[DataRequired(), Length(max=300)])
    summary_en = TextAreaField(_l("Summary (English)"), validators=[DataRequired(), Length(max=300)])
    body_id = TextAreaField(_l("Text (Indonesian)"), validators=[Optional(), Length(max=10000)])
    body_en = TextAreaField(_l("Text (English)"), validators=[Optional(), Length(max=10000)])
    reach = RadioField(_l("Run by"), default="own", validators=[DataRequired()],
                       choices=[("own", _l("Our office")), ("both", _l("Both offices (Malang–Jambi)"))])
    starts_on = DateField(_l("From (optional)"), validators=[Optional()])
    ends_on = DateField(_l("Until (optional)"), validators=[Optional()])
    packages = MultiCheckboxField(_l("Packages"), coerce=int, validate_choice=True)
    events = MultiCheckboxField(_l("Events"), coerce=int, validate_choice=True)
    photo = FileField(_l("Photo"))

    def __init__(self, package_choices, event_choices, **kwargs):
        super().__init__(**kwargs)
        self.packages.choices = package_choices
        self.events.choices = event_choices

    def validate_ends_on(self, field):
        _later_or_equal(self, field, "starts_on")


SCOPE_LABELS = {
    "all": _l("Every package"),
    "region": _l("Packages of our region's partners"),
    "partner": _l("One partner's packages"),
    "package": _l("One package"),
}


class PromoForm(SiteForm):
    code = StringField(_l("Code"), validators=[DataRequired(), Length(max=32)])
    description_id = StringField(_l("Description (Indonesian)"), validators=[Optional(), Length(max=300)])
    description_en = StringField(_l("Description (English)"), validators=[Optional(), Length(max=300)])
    discount = RadioField(_l("Discount"), default="percent", validators=[DataRequired()],
                          choices=[("percent", _l("A percentage")), ("amount", _l("An amount in rupiah"))])
    percent_off = IntegerField(_l("Percent off"), validators=[Optional(), NumberRange(1, 100)])
    amount_off = AmountField(_l("Amount off (Rp)"), validators=[Optional(), NumberRange(1, MAX_AMOUNT)])
    valid_from = DateField(_l("Valid from (optional)"), validators=[Optional()])
    valid_until = DateField(_l("Valid until (optional)"), validators=[Optional()])
    max_uses = IntegerField(_l("Usage limit (optional)"), validators=[Optional(), NumberRange(1, 1_000_000)])
    scope = SelectField(_l("Applies to"), default="all", choices=[(s, SCOPE_LABELS[s]) for s in SCOPES])
    organisation_id = SelectField(_l("Partner"), coerce=int, default=0)
    package_id = SelectField(_l("Package"), coerce=int, default=0)
    campaign_id = SelectField(_l("Campaign (optional)"), coerce=int, default=0)

    def __init__(self, partners, packages, campaigns, **kwargs):
        super().__init__(**kwargs)
        self.organisation_id.choices = [(0, "—")] + partners
        self.package_id.choices = [(0, "—")] + packages
        self.campaign_id.choices = [(0, "—")] + campaigns

    def validate_code(self, field):
        field.data = normalise_code(field.data)
        if not CODE.fullmatch(field.data):
            raise ValidationError(_l("Use 3 to 32 letters A–Z and digits 0–9."))

    def validate_percent_off(self, field):
        if self.discount.data == "percent" and field.data is None:
            raise ValidationError(_l("Enter the percentage."))

    def validate_amount_off(self, field):
        if self.discount.data != "amount":
            return
        if field.data is None:
            raise ValidationError(_l("Enter an amount in whole rupiah, for example 50.000."))

    def validate_valid_until(self, field):
        _later_or_equal(self, field, "valid_from")

    def validate_organisation_id(self, field):
        if self.scope.data == "partner" and not field.data:
            raise ValidationError(_l("Choose the partner."))

    def validate_package_id(self, field):
        if self.scope.data == "package" and not field.data:
            raise ValidationError(_l("Choose the package."))
