"""Charts of the office dashboard, drawn on the server as inline SVG.

No script and no external resource: the SVG is markup in the page, coloured by the site's
stylesheet through classes (the Content-Security-Policy forbids inline styles). Each chart
has role="img" with a <title> and a <desc> in the page's language, and its numbers are also
given as a table (`Chart.table`), which is what a screen reader or a printout relies on.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from babel.dates import format_date
from babel.numbers import format_compact_decimal, format_percent
from flask_babel import gettext as _
from markupsafe import Markup, escape

from wisata.services.reporting import exports
from wisata.services.reporting.exports import COUNT, MONEY, RATE, Table
from wisata.services.reporting.figures import Figures

WIDTH, HEIGHT = 640, 280
LEFT, RIGHT, TOP, BOTTOM = 64, 12, 36, 40
TICKS = 5
MAX_X_LABELS = 12


@dataclass
class Chart:
    key: str
    title: str
    svg: Markup
    table: Table


def nice_ceiling(value: float, kind: str) -> float:
    """The top of the axis: 1, 2 or 5 × a power of ten, at least `value`. Counts and money
    get at least 5 so that each of the 5 steps is a whole number."""
    if kind in (COUNT, MONEY):
        value = max(value, TICKS)
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= value)


def tick_label(value: float, kind: str, lang: str) -> str:
    if kind == RATE:
        return format_percent(value, locale=lang)
    return format_compact_decimal(value, locale=lang, fraction_digits=1)


def month_label(month: date, lang: str) -> str:
    return format_date(month, "MMM yy", locale=lang)


def _description(title: str, months: list[date], series: list[tuple[str, list]], kind: str, lang: str) -> str:
    """What the chart shows, in words: the period and each series' highest month."""
    if not months:
        return _("%(title)s: no month to show.", title=title)
    parts = [_("%(title)s: from %(first)s to %(last)s.", title=title,
               first=format_date(months[0], "MMMM y", locale=lang), last=format_date(months[-1], "MMMM y", locale=lang))]
    for name, values in series:
        known = [(v, m) for v, m in zip(values, months, strict=True) if v is not None]
        if known:
            best, month = max(known, key=lambda pair: pair[0])
            parts.append(_("%(series)s: highest %(value)s in %(month)s.", series=name,
                           value=exports.display(best, kind, lang), month=format_date(month, "MMMM y", locale=lang)))
    parts.append(_("The same numbers are in the table below the chart."))
    return " ".join(parts)


def _axes(top_value: float, kind: str, months: list[date], lang: str) -> list[str]:
    """Grid lines with their values, and the months along the bottom."""
    plot_h, plot_w = HEIGHT - TOP - BOTTOM, WIDTH - LEFT - RIGHT
    parts = []
    for step in range(TICKS + 1):
        value = top_value * step / TICKS
        y = TOP + plot_h - plot_h * step / TICKS
        parts.append(f'<line class="chart-rule" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>')
        parts.append(f'<text class="chart-tick" x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">'
                     f'{escape(tick_label(value, kind, lang))}</text>')
    every = max(1, math.ceil(len(months) / MAX_X_LABELS))
    band = plot_w / max(len(months), 1)
    for index, month in enumerate(months):
        if index % every == 0:
            x = LEFT + band * (index + 0.5)
            parts.append(f'<text class="chart-tick" x="{x:.1f}" y="{HEIGHT - BOTTOM + 18}" text-anchor="middle">'
                         f'{escape(month_label(month, lang))}</text>')
    return parts


def _legend(names: list[str]) -> list[str]:
    parts, x = [], LEFT
    for index, name in enumerate(names):
        parts.append(f'<rect class="chart-series-{index + 1}" x="{x}" y="10" width="12" height="12"/>')
        parts.append(f'<text class="chart-legend" x="{x + 16}" y="20">{escape(name)}</text>')
        x += 24 + 7 * len(name)
    return parts


def _svg(key: str, title: str, description: str, body: list[str]) -> Markup:
    return Markup(
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="{key}-title {key}-desc" focusable="false">'
        f'<title id="{key}-title">{escape(title)}</title><desc id="{key}-desc">{escape(description)}</desc>'
        + "".join(body) + "</svg>"
    )


def _scale(values: list[list], kind: str) -> float:
    return nice_ceiling(max((v for vs in values for v in vs if v is not None), default=0), kind)


def bar_chart(key: str, title: str, months: list[date], series: list[tuple[str, list]], kind: str,
              lang: str) -> Markup:
    """Bars per month, one bar per series side by side."""
    top_value = _scale([values for _name, values in series], kind)
    plot_h, band = HEIGHT - TOP - BOTTOM, (WIDTH - LEFT - RIGHT) / max(len(months), 1)
    width = band * 0.8 / max(len(series), 1)
    body = _axes(top_value, kind, months, lang) + (_legend([n for n, _v in series]) if len(series) > 1 else [])
    for s_index, (name, values) in enumerate(series):
        for m_index, (month, value) in enumerate(zip(months, values, strict=True)):
            height = plot_h * (value or 0) / top_value
            x = LEFT + band * (m_index + 0.1) + width * s_index
            body.append(
                f'<rect class="chart-bar chart-series-{s_index + 1}" x="{x:.1f}" y="{TOP + plot_h - height:.1f}" '
                f'width="{width:.1f}" height="{height:.1f}"><title>{escape(name)}, {escape(month_label(month, lang))}: '
                f'{escape(exports.display(value, kind, lang))}</title></rect>'
            )
    return _svg(key, title, _description(title, months, series, kind, lang), body)


def line_chart(key: str, title: str, months: list[date], series: list[tuple[str, list]], kind: str,
               lang: str) -> Markup:
    """A line per series; a month without a value (nothing to divide by) breaks the line."""
    top_value = _scale([values for _name, values in series], kind)
    plot_h, band = HEIGHT - TOP - BOTTOM, (WIDTH - LEFT - RIGHT) / max(len(months), 1)
    body = _axes(top_value, kind, months, lang) + _legend([n for n, _v in series])
    for s_index, (name, values) in enumerate(series):
        points = [(LEFT + band * (i + 0.5), TOP + plot_h - plot_h * v / top_value, m, v)
                  for i, (m, v) in enumerate(zip(months, values, strict=True)) if v is not None]
        for run in _runs(values, points):
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y, _m, _v in run)
            body.append(f'<polyline class="chart-line chart-series-{s_index + 1}" points="{path}"/>')
        for x, y, month, value in points:
            body.append(f'<circle class="chart-dot chart-series-{s_index + 1}" cx="{x:.1f}" cy="{y:.1f}" r="3.5">'
                        f'<title>{escape(name)}, {escape(month_label(month, lang))}: '
                        f'{escape(exports.display(value, kind, lang))}</title></circle>')
    return _svg(key, title, _description(title, months, series, kind, lang), body)


def _runs(values: list, points: list) -> list[list]:
    """The points split where a month has no value."""
    runs, current, point_index = [], [], 0
    for value in values:
        if value is None:
            runs, current = runs + ([current] if current else []), []
        else:
            current.append(points[point_index])
            point_index += 1
    return runs + ([current] if current else [])


# The dashboard's charts: (key, drawing, measures shown, how their values are shown).
CHARTS = (
    ("chart-bookings", bar_chart, ("bookings", "travellers"), COUNT),
    ("chart-revenue", bar_chart, ("revenue",), MONEY),
    ("chart-flows", bar_chart, ("travellers_jambi_to_malang", "travellers_east_java_to_jambi"), COUNT),
    ("chart-rates", line_chart, ("cancellation_rate", "fill_rate", "joint_share"), RATE),
    ("chart-room-nights", bar_chart, ("room_nights",), COUNT),
)


def chart_titles() -> dict[str, str]:
    """The charts' titles in the current language."""
    return {
        "chart-bookings": _("Bookings and travellers per month"),
        "chart-revenue": _("Revenue to partners per month"),
        "chart-flows": _("Travellers between the two regions per month"),
        "chart-rates": _("Cancellation rate, fill rate and Malang–Jambi share per month"),
        "chart-room-nights": _("Hotel room-nights per month"),
    }


def dashboard_charts(figures: Figures, lang: str) -> list[Chart]:
    """Every chart of the dashboard, each with the table of its numbers."""
    titles, months = chart_titles(), [month for month, _totals in figures.months]
    charts = []
    for key, draw, names, kind in CHARTS:
        measures = [exports.MEASURE_BY_NAME[name] for name in names]
        series = [(str(m.label), [getattr(totals, m.name) for _month, totals in figures.months]) for m in measures]
        numbers = Table(key, titles[key], [_("Month"), *(name for name, _values in series)],
                        [exports.MONTH, *(m.kind for m in measures)],
                        [[month, *values] for month, *values in zip(months, *(v for _n, v in series), strict=True)])
        charts.append(Chart(key, titles[key], draw(key, titles[key], months, series, kind, lang), numbers))
    return charts
