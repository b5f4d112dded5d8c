"""The base class of every form of the site.

Single-line text (names, titles, addresses, e-mail addresses...) ends up in places where
a line break does harm: an e-mail subject, a CSV cell, a header. So one rule, applied
here once: in every single-line text field, including those nested in FieldList and
FormField, whitespace is trimmed and any run of it (line breaks included) becomes one
space. Text areas keep their lines; passwords are taken exactly as typed.

WTForms' own messages ("This field is required." ...) come in the page's language:
WTForms ships no Indonesian catalog, so every form looks them up in the site's own.
Rupiah amounts go through AmountField, which takes them as people type them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flask_babel import get_translations
from flask_babel import lazy_gettext as _l
from flask_babel import lazy_ngettext as ngettext  # named so that pybabel extracts plurals
from flask_wtf import FlaskForm
from wtforms import Field, FieldList, Form, FormField, PasswordField, StringField, TextAreaField
from wtforms.widgets import TextInput

# WTForms' messages that our forms can show, listed so that `flask translate extract`
# keeps them in the catalog; the Indonesian text lives in translations/id.
WTFORMS_MESSAGES = (
    _l("This field is required."),
    _l("Invalid input."),
    _l("Invalid email address."),
    _l("Invalid URL."),
    _l("Not a valid choice."),
    _l("Invalid Choice: could not coerce."),
    _l("Invalid choice(s): one or more data inputs could not be coerced."),
    _l("Not a valid integer value."),
    _l("Not a valid decimal value."),
    _l("Not a valid date value."),
    _l("Not a valid datetime value."),
    _l("Not a valid time value."),
    _l("Number must be at least %(min)s."),
    _l("Number must be at most %(max)s."),
    _l("Number must be between %(min)s and %(max)s."),
    _l("Field must be equal to %(other_name)s."),
    _l("Field must be between %(min)d and %(max)d characters long."),
    ngettext("Field must be at least %(min)d character long.",
             "Field must be at least %(min)d characters long.", 1),
    ngettext("Field cannot be longer than %(max)d character.",
             "Field cannot be longer than %(max)d characters.", 1),
    ngettext("'%(value)s' is not a valid choice for this field.",
             "'%(value)s' are not valid choices for this field.", 1),
)


class SiteCatalog:
    """WTForms' translations interface over the site's catalog for the current page."""

    def gettext(self, string: str) -> str:
        return get_translations().gettext(string)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return get_translations().ngettext(singular, plural, n)


class LocalizedMessages:
    """Meta mixin: the form's messages through SiteCatalog."""

    def get_translations(self, form):
        return SiteCatalog()


def single_line(value: str) -> str:
    """`value` on one line: trimmed, each run of whitespace made one space."""
    return " ".join(value.split())


def is_single_line(field: Field) -> bool:
    return isinstance(field, StringField) and not isinstance(field, TextAreaField | PasswordField)


def leaf_fields(fields) -> Iterator[Field]:
    """Every field of a form, descending into FieldList entries and FormField subforms."""
    for field in fields:
        if isinstance(field, FieldList):
            yield from leaf_fields(field.entries)
        elif isinstance(field, FormField):
            yield from leaf_fields(field.form)
        else:
            yield field


class SubForm(Form):
    """A form nested in a SiteForm (FormField, FieldList): its messages localized too."""

    class Meta(LocalizedMessages):
        pass


class SiteForm(FlaskForm):
    """FlaskForm whose single-line text fields never hold a line break and whose
    messages are in the page's language."""

    class Meta(LocalizedMessages):
        pass

    def process(self, *args, **kwargs) -> None:
        super().process(*args, **kwargs)
        for field in leaf_fields(self):
            if is_single_line(field) and isinstance(field.data, str):
                field.data = single_line(field.data)


# "Rp 8.450.000", "IDR 8,450,000", "8450000": an optional currency, then digits grouped by
# thousands with dots or with commas (never both), or not grouped at all.
_CURRENCY = re.compile(r"^(rp|idr)\.?\s*", re.IGNORECASE)
_WHOLE = re.compile(r"\d{1,15}|\d{1,3}(\.\d{3}){1,4}|\d{1,3}(,\d{3}){1,4}")
_DECIMAL = re.compile(r"[\d.,]*\d[.,]\d{1,2}")


def parse_rupiah(text: str) -> int:
    """Whole rupiah as typed in either language; ValueError with a message to show."""
    amount = _CURRENCY.sub("", text.strip().replace("\xa0", " "))
    if _WHOLE.fullmatch(amount):
        return int(re.sub(r"[.,]", "", amount))
    if _DECIMAL.fullmatch(amount):
        raise ValueError(_l("Whole rupiah only, without cents: for example 8.450.000."))
    raise ValueError(_l("Enter an amount in whole rupiah, for example 8.450.000."))


class AmountField(StringField):
    """An amount in whole rupiah; `data` is an int (None when left empty). Range checks
    are ordinary validators (NumberRange)."""

    widget = TextInput()

    def __init__(self, label=None, validators=None, **kwargs):
        render_kw = {"inputmode": "numeric", "autocomplete": "off", **kwargs.pop("render_kw", {})}
        super().__init__(label, validators, render_kw=render_kw, **kwargs)

    def process_formdata(self, valuelist):
        self.data = None
        if valuelist and valuelist[0].strip():
            self.data = parse_rupiah(valuelist[0])

    def _value(self) -> str:
        if self.raw_data:
            return self.raw_data[0]
        return "" if self.data is None else str(self.data)
