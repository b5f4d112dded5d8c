"""The monthly settlement of joint packages in the portal: page and CSV, the same for the
provider and the co-provider."""

from __future__ import annotations

import re

from flask import Response, abort, g, render_template, request
from flask_babel import gettext as _

from wisata import timeutil
from wisata.partner import bp
from wisata.services import settlement

MONTH = re.compile(r"(20[0-9]{2})-(0[1-9]|1[0-2])")


def _month() -> tuple[int, int]:
    """The month asked for (?month=YYYY-MM), this WIB month by default."""
    raw = request.args.get("month")
    if raw is None:
        today = timeutil.today()
        return today.year, today.month
    found = MONTH.fullmatch(raw)
    if found is None:
        abort(400, description=_("Choose a month as YYYY-MM, for example 2026-12."))
    return int(found[1]), int(found[2])


@bp.get("/settlement")
def settlement_page():
    year, month = _month()
    found = settlement.lines(g.organisation, year, month)
    previous = f"{year - (month == 1)}-{(month - 2) % 12 + 1:02d}"
    following = f"{year + (month == 12)}-{month % 12 + 1:02d}"
    return render_template("partner/settlement.html", lines=found, balances=settlement.balances(found),
                           month=f"{year}-{month:02d}", previous=previous, following=following,
                           unagreed=settlement.unagreed(g.organisation))


@bp.get("/settlement.csv")
def settlement_csv():
    year, month = _month()
    return Response(settlement.csv(settlement.lines(g.organisation, year, month)), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="settlement-{year}-{month:02d}.csv"'})
