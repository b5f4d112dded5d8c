"""The traveller's payment forms: "I have paid", with the transfer's receipt."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField

from wisata.forms import SiteForm


class ClaimPaidForm(SiteForm):
    receipt = FileField(_l("Receipt of the transfer (optional)"))
