"""The cooperation's open figures page: parse the period, ask the reporting service, render."""

from __future__ import annotations

from flask import render_template, request

from wisata.i18n import current_language
from wisata.public import bp
from wisata.services.reporting import public
from wisata.services.reporting.public import FiguresError


@bp.get("/figures")
def figures():
    chosen = {"first": request.args.get("from", ""), "last": request.args.get("to", "")}
    context = dict(chosen=chosen, measures=public.MEASURES)
    try:
        period = public.parse_period(chosen["first"] or None, chosen["last"] or None)
    except FiguresError as error:
        return render_template("public/figures.html", data=None, error=str(error), **context), 400
    data = public.open_figures(period, current_language())
    return render_template("public/figures.html", data=data, error=None, **context)
