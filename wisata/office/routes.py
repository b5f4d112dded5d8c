"""The office's home: what waits for it, oldest first."""

from __future__ import annotations

from flask import g, render_template

from wisata.office import bp
from wisata.services.office import queue


@bp.get("/")
def home():
    return render_template("office/home.html", waiting=queue.waiting(g.region))
