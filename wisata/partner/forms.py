"""Forms of the partner portal; bilingual content has an Indonesian and an English field."""

from __future__ import annotations

import re

from flask_babel import lazy_gettext as _l
from wtforms import (
    BooleanField,
    DateField,
    EmailField,
    FieldList,
    FormField,
    IntegerField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
    TimeField,
)
from wtforms.validators import (
    DataRequired,
    Email,
    InputRequired,
    Length,
    NumberRange,
    Optional,
    ValidationError,
)
from wtforms.widgets import CheckboxInput, ListWidget

from wisata.forms import AmountField, SiteForm, SubForm
from wisata.i18n import LABELS
from wisata.public.forms import valid_phone

MAX_PRICE = 1_000_000_000
NIB = re.compile(r"[0-9]{13}")


def _nib(form, field):
    field.data = field.data.replace(" ", "")
    if not NIB.fullmatch(field.data):
        raise ValidationError(_l("The NIB has exactly 13 digits."))


class OrganisationDetailsForm(SiteForm):
    """What the owner keeps up to date: contact, bank account and documents."""

    address = StringField(_l("Address"), validators=[DataRequired(), Length(max=300)])
    email = EmailField(_l("Business e-mail"), validators=[DataRequired(), Length(max=254), Email(check_deliverability=False)])
    phone = StringField(_l("Phone or WhatsApp"), validators=[DataRequired(), Length(max=32), valid_phone])
    website = StringField(_l("Website (optional)"), validators=[Optional(), Length(max=200)])
    bank_name = StringField(_l("Bank"), validators=[DataRequired(), Length(max=80)])
    bank_account_number = StringField(_l("Account number"), validators=[DataRequired(), Length(min=5, max=40)])
    bank_account_holder = StringField(_l("Account holder"), validators=[DataRequired(), Length(max=160)])
    nib = StringField(_l("Business number (NIB)"), validators=[DataRequired(), _nib])
    tdup_number = StringField(_l("Tourism business registration (TDUP) number"),
                              validators=[DataRequired(), Length(max=60)])
    chse_number = StringField(_l("CHSE certificate number (optional)"), validators=[Optional(), Length(max=60)])
    chse_expires_on = DateField(_l("CHSE certificate valid until"), validators=[Optional()])

    DETAILS = ("address", "email", "phone", "website", "bank_name", "bank_account_number", "bank_account_holder",
               "nib", "tdup_number", "chse_number", "chse_expires_on")

    def details(self) -> dict:
        """The fields as the organisation stores them (an empty optional field is None)."""
        return {name: getattr(self, name).data or None for name in self.DETAILS}

    def validate_bank_account_number(self, field):
        field.data = field.data.replace(" ", "").replace("-", "")
        if not field.data.isdigit() or not field.data.isascii():
            raise ValidationError(_l("Use digits only."))

    def validate(self, extra_validators=None) -> bool:
        valid = super().validate(extra_validators)
        # Checked here, not per field: an empty optional field stops its own validators.
        if not self.chse_expires_on.errors and bool(self.chse_expires_on.data) != bool(self.chse_number.data):
            self.chse_expires_on.errors = [*self.chse_expires_on.errors,
                                           _l("Give both the CHSE certificate number and its expiry date, or neither.")]
            return False
        return valid


class OrganisationForm(OrganisationDetailsForm):
    """Applying: the business itself, then the details above."""

    kind = SelectField(_l("Kind of business"), choices=[("agency", _l("Travel agency")), ("hotel", _l("Hotel"))])
    name = StringField(_l("Name shown to travellers"), validators=[DataRequired(), Length(max=160)])
    legal_name = StringField(_l("Registered legal name"), validators=[DataRequired(), Length(max=200)])
    region_id = SelectField(_l("Region"), coerce=int)

    def details(self) -> dict:
        business = {name: getattr(self, name).data for name in ("kind", "name", "legal_name", "region_id")}
        return {**business, **super().details()}


class DayForm(SubForm):
    title_id = StringField(_l("Title (Indonesian)"), validators=[Optional(), Length(max=200)])
    title_en = StringField(_l("Title (English)"), validators=[Optional(), Length(max=200)])
    description_id = TextAreaField(_l("Description (Indonesian)"), validators=[Optional(), Length(max=3000)])
    description_en = TextAreaField(_l("Description (English)"), validators=[Optional(), Length(max=3000)])
    attractions = SelectMultipleField(_l("Attractions visited"), coerce=int, validate_choice=True)
    nights = IntegerField(_l("Nights at the end of this day"), default=0, validators=[InputRequired(), NumberRange(0, 1)])
    accommodation_id = StringField(_l("Where guests sleep (Indonesian)"), validators=[Optional(), Length(max=200)])
    accommodation_en = StringField(_l("Where guests sleep (English)"), validators=[Optional(), Length(max=200)])


class PackageForm(SiteForm):
    title_id = StringField(_l("Title (Indonesian)"), validators=[DataRequired(), Length(max=200)])
    title_en = StringField(_l("Title (English)"), validators=[Optional(), Length(max=200)])
    summary_id = TextAreaField(_l("Summary (Indonesian)"), validators=[DataRequired(), Length(max=300)])
    summary_en = TextAreaField(_l("Summary (English)"), validators=[Optional(), Length(max=300)])
    description_id = TextAreaField(_l("Description (Indonesian)"), validators=[Optional(), Length(max=5000)])
    description_en = TextAreaField(_l("Description (English)"), validators=[Optional(), Length(max=5000)])
    inclusions_id = TextAreaField(_l("Included, one per line (Indonesian)"), validators=[Optional(), Length(max=3000)])
    inclusions_en = TextAreaField(_l("Included, one per line (English)"), validators=[Optional(), Length(max=3000)])
    exclusions_id = TextAreaField(_l("Not included, one per line (Indonesian)"), validators=[Optional(), Length(max=3000)])
    exclusions_en = TextAreaField(_l("Not included, one per line (English)"), validators=[Optional(), Length(max=3000)])
    meeting_point_id = StringField(_l("Meeting point (Indonesian)"), validators=[Optional(), Length(max=300)])
    meeting_point_en = StringField(_l("Meeting point (English)"), validators=[Optional(), Length(max=300)])
    duration_days = IntegerField(_l("Days"), default=1, validators=[InputRequired(), NumberRange(1, 21)])
    duration_nights = IntegerField(_l("Nights"), default=0, validators=[InputRequired(), NumberRange(0, 20)])
    min_group = IntegerField(_l("Smallest group"), default=1, validators=[InputRequired(), NumberRange(1, 100)])
    max_group = IntegerField(_l("Largest group"), default=10, validators=[InputRequired(), NumberRange(1, 100)])
    cancellation_policy = SelectField(_l("Cancellation policy"), default="moderate")
    pay_at_meeting_point = BooleanField(_l("Travellers may pay at the meeting point"))
    price_adult = AmountField(_l("Adult price (Rp)"), validators=[InputRequired(), NumberRange(0, MAX_PRICE)])
    price_child = AmountField(_l("Child price (Rp, optional)"), validators=[Optional(), NumberRange(0, MAX_PRICE)])
    co_organisation_id = SelectField(_l("Co-provider from the other region (joint package)"), coerce=int, default=0)
    days = FieldList(FormField(DayForm), min_entries=1, max_entries=21)

    def validate_max_group(self, field):
        if self.min_group.data and field.data is not None and field.data < self.min_group.data:
            raise ValidationError(_l("The largest group must not be smaller than the smallest."))

    def validate_duration_nights(self, field):
        if self.duration_days.data and field.data is not None and field.data > self.duration_days.data:
            raise ValidationError(_l("A trip cannot have more nights than days."))


class PhotoForm(SiteForm):
    alt_id = StringField(_l("What the photo shows (Indonesian)"), validators=[Optional(), Length(max=200)])
    alt_en = StringField(_l("What the photo shows (English)"), validators=[Optional(), Length(max=200)])


class DepartureForm(SiteForm):
    date = DateField(_l("Date"), validators=[DataRequired()])
    start_time = TimeField(_l("Start time (WIB)"), validators=[DataRequired()])
    capacity = IntegerField(_l("Seats"), validators=[InputRequired(), NumberRange(1, 1000)])


class MultiCheckboxField(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


WEEKDAYS = [(0, _l("Monday")), (1, _l("Tuesday")), (2, _l("Wednesday")), (3, _l("Thursday")),
            (4, _l("Friday")), (5, _l("Saturday")), (6, _l("Sunday"))]


class SeriesForm(SiteForm):
    start = DateField(_l("From"), validators=[DataRequired()])
    end = DateField(_l("Until"), validators=[DataRequired()])
    weekdays = MultiCheckboxField(_l("On these days"), choices=WEEKDAYS, coerce=int, validators=[DataRequired()])
    start_time = TimeField(_l("Start time (WIB)"), validators=[DataRequired()])
    capacity = IntegerField(_l("Seats"), validators=[InputRequired(), NumberRange(1, 1000)])


class CapacityForm(SiteForm):
    capacity = IntegerField(_l("Seats"), validators=[InputRequired(), NumberRange(1, 1000)])


class ReasonForm(SiteForm):
    reason = TextAreaField(_l("Reason (sent to the travellers)"), validators=[DataRequired(), Length(max=500)])


class InviteForm(SiteForm):
    email = EmailField(_l("E-mail"), validators=[DataRequired(), Length(max=254), Email(check_deliverability=False)])
    role = SelectField(_l("Role"), choices=[(r, LABELS[r]) for r in ("staff", "owner")], default="staff")


class BookingFilterForm(SiteForm):
    class Meta:
        csrf = False

    status = SelectField(_l("Status"), default="")
    q = StringField(_l("Code or name"), validators=[Optional(), Length(max=60)])
    date_from = DateField(_l("Departing from"), validators=[Optional()])
    date_to = DateField(_l("Departing until"), validators=[Optional()])
    page = IntegerField(validators=[Optional(), NumberRange(1, 100_000)])

    def validate_date_to(self, field):
        if field.data and self.date_from.data and field.data < self.date_from.data:
            raise ValidationError(_l("The end date must not be before the start date."))
