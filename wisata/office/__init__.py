"""The tourism offices' area: verify partners, review packages, publish events and
promotions, keep the attraction catalogue, read the audit trail.

Every request passes `load_office`: anonymous visitors go to the sign-in page, a signed-in
user who is not an office admin gets 403, and `g.region` is the region the admin works
for. Views query through `g.region` (`scoped_*` helpers in wisata/services/office), so an
object of the other region's office is simply not found (404).
"""

from flask import Blueprint, abort, current_app, g, request
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from wisata.extensions import login_manager

bp = Blueprint("office", __name__)

# The office's sections: (list endpoint, title, prefix of the section's endpoints).
SECTIONS = (
    ("office.home", _l("Overview"), "office.home"),
    ("office.partners", _l("Partners"), "office.partner"),
    ("office.packages", _l("Packages"), "office.package"),
    ("office.events", _l("Events"), "office.event"),
    ("office.campaigns", _l("Campaigns"), "office.campaign"),
    ("office.promo_codes", _l("Promo codes"), "office.promo"),
    ("office.featured", _l("Featured"), "office.featured"),
    ("office.attractions", _l("Attractions"), "office.attraction"),
    ("office.audit", _l("Audit trail"), "office.audit"),
    ("office.figures", _l("Figures"), "office.figures"),
    ("office.targets", _l("Targets"), "office.targets"),
)


@bp.before_request
def load_office():
    if not current_user.is_authenticated:
        return login_manager.unauthorized()
    if not current_user.is_office_admin:
        abort(403)
    g.region = current_user.office_region
    return None


@bp.context_processor
def office_navigation():
    endpoint = request.endpoint or ""
    sections = [
        (target, title, endpoint.startswith(prefix))
        for target, title, prefix in SECTIONS
        if target in current_app.view_functions
    ]
    return {"office_sections": sections, "has_endpoint": lambda name: name in current_app.view_functions}


from wisata.office import (  # noqa: E402,F401  # noqa: E402,F401
    attractions,  # noqa: E402,F401
    audit_views,
    fairkits,
    figures,
    partners,
    promotion,  # noqa: E402,F401
    review,
    routes,
)
