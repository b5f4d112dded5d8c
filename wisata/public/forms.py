"""Forms of the public site."""

from __future__ import annotations

from datetime import datetime

import phonenumbers
from flask_babel import lazy_gettext as _l
from wtforms import (
    BooleanField,
    DateField,
    EmailField,
    FieldList,
    HiddenField,
    IntegerField,
    RadioField,
    SelectField,
    StringField,
    TelField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Email, Length, NumberRange, Optional, ValidationError

from wisata.forms import AmountField, SiteForm
from wisata.geo import PROVINCES, countries
from wisata.i18n import tr
from wisata.services.catalog import DURATIONS, JOINT, SORTS
from wisata.services.privacy import CONTACT_KINDS

MAX_PRICE = 1_000_000_000


class PackageSearchForm(SiteForm):
    """The package list's filters, read from the query string."""

    class Meta:
        csrf = False

    q = StringField(_l("Search"), validators=[Optional(), Length(max=100)])
    region = SelectField(_l("Region"), choices=[], validate_choice=True, default="")
    category = SelectField(_l("Category"), choices=[], default="")
    duration = SelectField(_l("Duration"), choices=[], default="")
    price_min = AmountField(_l("Price from (Rp)"), validators=[Optional(), NumberRange(0, MAX_PRICE)])
    price_max = AmountField(_l("Price up to (Rp)"), validators=[Optional(), NumberRange(0, MAX_PRICE)])
    date_from = DateField(_l("Departing from"), validators=[Optional()])
    date_to = DateField(_l("Departing until"), validators=[Optional()])
    travellers = IntegerField(_l("Travellers"), validators=[Optional(), NumberRange(1, 30)])
    sort = SelectField(_l("Sort by"), choices=[], default="soonest")
    page = IntegerField(validators=[Optional(), NumberRange(1, 10_000)])

    def __init__(self, regions, categories, **kwargs):
        super().__init__(**kwargs)
        self.region.choices = [("", _l("All regions"))] + [
            (r.slug, tr(r.name)) for r in regions
        ] + [(JOINT, _l("Malang–Jambi joint packages"))]
        self.category.choices = [("", _l("All categories"))] + [
            (c.slug, tr(c.name)) for c in categories
        ]
        self.duration.choices = [("", _l("Any length"))] + [
            (key, DURATION_LABELS[key]) for key in DURATIONS
        ]
        self.sort.choices = [(key, SORT_LABELS[key]) for key in SORTS]

    def validate_price_max(self, field):
        if field.data is not None and self.price_min.data is not None and field.data < self.price_min.data:
            raise ValidationError(_l("The highest price must not be below the lowest."))

    def validate_date_to(self, field):
        if field.data and self.date_from.data and field.data < self.date_from.data:
            raise ValidationError(_l("The end date must not be before the start date."))


DURATION_LABELS = {
    "1": _l("Day trip"),
    "2-3": _l("2–3 days"),
    "4-6": _l("4–6 days"),
    "7+": _l("7 days or more"),
}
SORT_LABELS = {
    "soonest": _l("Soonest departure"),
    "price_asc": _l("Price: low to high"),
    "price_desc": _l("Price: high to low"),
    "popular": _l("Most popular"),
    "rating": _l("Best rated"),
}


def valid_phone(form, field):
    """A phone or WhatsApp number, Indonesian by default; stored as E.164."""
    try:
        number = phonenumbers.parse(field.data or "", "ID")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValidationError(_l("Enter a valid phone number, for example 0812 3456 7890 or +60 12 345 6789."))
    field.data = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


class OneValueField(StringField):
    """A text field sent once: a second value (a second field of the same name) is refused,
    never silently dropped, so a booking cannot carry two promo codes."""

    def process_formdata(self, valuelist):
        if len(valuelist) > 1:
            self.data = ""
            raise ValueError(_l("Enter one promo code only."))
        super().process_formdata(valuelist)


class BookingForm(SiteForm):
    """Contact, travellers and payment for a booking; counts come from the query string."""

    contact_name = StringField(_l("Your full name"), validators=[DataRequired(), Length(max=120)])
    contact_email = EmailField(_l("E-mail"), validators=[DataRequired(), Length(max=254), Email(check_deliverability=False)])
    contact_phone = TelField(_l("Phone or WhatsApp"), validators=[DataRequired(), Length(max=32), valid_phone])
    origin_country = SelectField(_l("Country you live in"), default="ID")
    origin_province = SelectField(_l("Province (for travellers from Indonesia)"), default="")
    travellers = FieldList(StringField(_l("Full name"), validators=[DataRequired(), Length(max=120)]))
    promo_code = OneValueField(_l("Promo code (optional)"), validators=[Optional(), Length(max=32)])
    payment_method = RadioField(_l("How will you pay?"), validators=[DataRequired()])
    accept_policy = BooleanField(_l("I have read and accept the cancellation policy"), validators=[DataRequired()])
    accept_privacy = BooleanField(
        _l("I agree that my details are used for this booking and, anonymously, for the offices' statistics"),
        validators=[DataRequired()])
    idempotency_key = HiddenField(validators=[DataRequired(), Length(min=16, max=64)])

    def __init__(self, lang: str, seats: int, payment_choices, **kwargs):
        super().__init__(**kwargs)
        self.origin_country.choices = list(countries(lang))
        self.origin_province.choices = [("", _l("Choose a province"))] + [(p, p) for p in PROVINCES]
        self.payment_method.choices = payment_choices
        if not self.payment_method.data and len(payment_choices) == 1:
            self.payment_method.data = payment_choices[0][0]
        while len(self.travellers.entries) < seats:
            self.travellers.append_entry()
        while len(self.travellers.entries) > seats:
            self.travellers.pop_entry()

    def validate_origin_province(self, field):
        if self.origin_country.data == "ID" and not field.data:
            raise ValidationError(_l("Choose the province you live in."))


class FindBookingForm(SiteForm):
    code = StringField(_l("Booking code"), validators=[DataRequired(), Length(max=20)])
    email = EmailField(_l("E-mail used for the booking"), validators=[DataRequired(), Length(max=254)])


class CancelForm(SiteForm):
    confirm = BooleanField(_l("Yes, cancel this booking"), validators=[DataRequired()])


class ReviewForm(SiteForm):
    rating = RadioField(_l("Your rating"), choices=[(str(n), str(n)) for n in range(5, 0, -1)],
                        validators=[DataRequired()])
    comment = TextAreaField(_l("Your review"), validators=[DataRequired(), Length(min=10, max=2000)])


class EventFilterForm(SiteForm):
    """The events list's filters, read from the query string: a region and a month."""

    class Meta:
        csrf = False

    region = SelectField(_l("Region"), choices=[], validate_choice=True, default="")
    month = StringField(_l("Month"), validators=[Optional(), Length(max=7)])

    def __init__(self, regions, **kwargs):
        super().__init__(**kwargs)
        self.region.choices = [("", _l("All regions"))] + [(r.slug, tr(r.name)) for r in regions]
        self.first_day = None  # of the chosen month, once validated

    def validate_month(self, field):
        try:
            month = datetime.strptime(field.data, "%Y-%m").date() if field.data else None
        except ValueError:
            month = None
        if field.data and (month is None or len(field.data) != 7 or not 2000 <= month.year <= 2100):
            raise ValidationError(_l("Choose a month, for example 2027-09."))
        self.first_day = month


class ContactForm(SiteForm):
    """A message or complaint for one of the two tourism offices."""

    name = StringField(_l("Your name"), validators=[DataRequired(), Length(max=120)])
    email = EmailField(_l("E-mail"), validators=[DataRequired(), Length(max=254), Email(check_deliverability=False)])
    region = SelectField(_l("Which office"), validators=[DataRequired()])
    kind = SelectField(_l("What is it about?"), choices=list(CONTACT_KINDS.items()), validators=[DataRequired()])
    booking_code = StringField(_l("Booking code (optional)"), validators=[Optional(), Length(max=20)])
    message = TextAreaField(_l("Your message"), validators=[DataRequired(), Length(min=10, max=5000)])

    def __init__(self, regions, **kwargs):
        super().__init__(**kwargs)
        self.region.choices = [(r.slug, tr(r.name)) for r in regions]
