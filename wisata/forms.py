"""The base class of every form of the site.

Single-line text (names, titles, addresses, e-mail addresses...) ends up in places where
a line break does harm: an e-mail subject, a CSV cell, a header. So one rule, applied
here once: in every single-line text field, including those nested in FieldList and
FormField, whitespace is trimmed and any run of it (line breaks included) becomes one
space. Text areas keep their lines; passwords are taken exactly as typed.
"""

from __future__ import annotations

from collections.abc import Iterator

from flask_wtf import FlaskForm
from wtforms import Field, FieldList, FormField, PasswordField, StringField, TextAreaField


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


class SiteForm(FlaskForm):
    """FlaskForm whose single-line text fields never hold a line break."""

    def process(self, *args, **kwargs) -> None:
        super().process(*args, **kwargs)
        for field in leaf_fields(self):
            if is_single_line(field) and isinstance(field.data, str):
                field.data = single_line(field.data)
