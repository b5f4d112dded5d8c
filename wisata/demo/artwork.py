"""Flat, layered landscape posters drawn as SVG for the demo catalogue.

`render(scene, seed)` returns a self-contained SVG document (no text, no scripts, no external
references). The drawing is deterministic: the same scene and seed always give the same
picture, while different seeds shift hues and move things around, so two attractions that
share a scene still look a little different. Only the standard library is used.
"""

from __future__ import annotations

import colorsys
import hashlib
import math
import random

# "temple" is a red-brick candi of the Muaro Jambi kind; "candi" a Javanese andesite temple
# (Singhasari style) for the temples of Malang.
SCENES = (
    "volcano", "summit", "waterfall", "lake", "temple", "tea", "city", "river",
    "beach", "forest", "food", "crafts", "festival", "museum", "orchard", "sky", "candi", "themepark",
)

# The light of the day a picture is "taken" in, picked by the seed: a tint laid over the
# whole scene (colour, opacity), so pictures sharing a scene differ at a glance.
_LIGHTS = (
    ("#ffb38a", 0.16),  # dawn
    ("#ffffff", 0.0),   # plain day
    ("#ffd36b", 0.14),  # golden hour
    ("#5b6bb5", 0.16),  # dusk
    ("#9be0d0", 0.10),  # misty morning
)


def _f(value: float) -> str:
    """A compact number for SVG attributes (one decimal at most)."""
    value = round(value, 1)
    if value == int(value):
        return str(int(value))
    return f"{value:.1f}"


def _p(x: float, y: float) -> str:
    return f"{_f(x)},{_f(y)}"


class _Art:
    """Collects <defs> and drawing elements, with a seeded random source and hue shift."""

    def __init__(self, scene: str, seed: str, width: int, height: int) -> None:
        digest = hashlib.sha256(f"{scene}|{seed}".encode()).hexdigest()
        self.rng = random.Random(int(digest[:16], 16))
        self.uid = "w" + digest[:6]
        self.W, self.H = float(width), float(height)
        self.hue = self.rng.uniform(-13.0, 13.0)
        self.defs: list[str] = []
        self.parts: list[str] = []
        self._count = 0

    # colours and ids -------------------------------------------------------------------
    def c(self, h: float, s: float, lum: float, shift: bool = True) -> str:
        """A hex colour from hue (degrees), saturation and lightness (percent), hue-shifted."""
        hue = ((h + (self.hue if shift else 0.0)) % 360.0) / 360.0
        r, g, b = colorsys.hls_to_rgb(hue, min(max(lum, 0.0), 100.0) / 100.0,
                                      min(max(s, 0.0), 100.0) / 100.0)
        return f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}"

    def _id(self) -> str:
        self._count += 1
        return f"{self.uid}{self._count}"

    @staticmethod
    def _stops(stops) -> str:
        out = []
        for stop in stops:
            offset, colour = stop[0], stop[1]
            opacity = stop[2] if len(stop) > 2 else 1
            extra = f' stop-opacity="{_f(opacity)}"' if opacity != 1 else ""
            out.append(f'<stop offset="{_f(offset)}" stop-color="{colour}"{extra}/>')
        return "".join(out)

    def lin(self, stops, x1=0, y1=0, x2=0, y2=1) -> str:
        gid = self._id()
        self.defs.append(
            f'<linearGradient id="{gid}" x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}">'
            f"{self._stops(stops)}</linearGradient>"
        )
        return f"url(#{gid})"

    def rad(self, stops, cx=0.5, cy=0.5, r=0.5) -> str:
        gid = self._id()
        self.defs.append(
            f'<radialGradient id="{gid}" cx="{cx}" cy="{cy}" r="{r}">'
            f"{self._stops(stops)}</radialGradient>"
        )
        return f"url(#{gid})"

    def clip(self, d: str) -> str:
        cid = self._id()
        self.defs.append(f'<clipPath id="{cid}"><path d="{d}"/></clipPath>')
        return f"url(#{cid})"

    # elements ----------------------------------------------------------------------------
    def el(self, tag: str, **attrs) -> None:
        self.parts.append(f"<{tag}{self._attrs(attrs)}/>")

    @staticmethod
    def _attrs(attrs) -> str:
        out = []
        for key, value in attrs.items():
            if value is None:
                continue
            name = key.rstrip("_").replace("_", "-")
            text = _f(value) if isinstance(value, (int, float)) else str(value)
            out.append(f' {name}="{text}"')
        return "".join(out)

    def open(self, **attrs) -> None:
        self.parts.append(f"<g{self._attrs(attrs)}>")

    def close(self) -> None:
        self.parts.append("</g>")

    def rect(self, x, y, w, h, **attrs) -> None:
        self.el("rect", x=x, y=y, width=w, height=h, **attrs)

    def circle(self, cx, cy, r, **attrs) -> None:
        self.el("circle", cx=cx, cy=cy, r=r, **attrs)

    def ellipse(self, cx, cy, rx, ry, **attrs) -> None:
        self.el("ellipse", cx=cx, cy=cy, rx=rx, ry=ry, **attrs)

    def path(self, d: str, **attrs) -> None:
        self.el("path", d=d, **attrs)

    # shapes ------------------------------------------------------------------------------
    @staticmethod
    def smooth(pts, bottom=None) -> str:
        d = "M" + _p(*pts[0])
        for i in range(1, len(pts) - 1):
            mx = (pts[i][0] + pts[i + 1][0]) / 2
            my = (pts[i][1] + pts[i + 1][1]) / 2
            d += f"Q{_p(*pts[i])} {_p(mx, my)}"
        d += "L" + _p(*pts[-1])
        if bottom is not None:
            d += f"L{_p(pts[-1][0], bottom)}L{_p(pts[0][0], bottom)}Z"
        return d

    def ridge_pts(self, y, amp, n=8, jitter=0.15, x0=None, x1=None):
        r = self.rng
        x0 = -self.W * 0.02 if x0 is None else x0
        x1 = self.W * 1.02 if x1 is None else x1
        f1, f2 = r.uniform(0.8, 2.0), r.uniform(2.4, 4.4)
        p1, p2 = r.uniform(0, 6.3), r.uniform(0, 6.3)
        pts = []
        for i in range(n):
            t = i / (n - 1)
            wave = 0.65 * math.sin(f1 * t * math.pi + p1) + 0.35 * math.sin(f2 * t * math.pi + p2)
            pts.append((x0 + (x1 - x0) * t, y - amp * wave + r.uniform(-jitter, jitter) * amp))
        return pts

    def ridge(self, y, amp, fill, n=8, jitter=0.15, bottom=None, **attrs):
        pts = self.ridge_pts(y, amp, n, jitter)
        d = self.smooth(pts, self.H if bottom is None else bottom)
        self.path(d, fill=fill, **attrs)
        return d, pts

    @staticmethod
    def cone(cx, base_y, peak_y, base_w, top_w, crater=0.0) -> str:
        h = base_y - peak_y
        xl, xr = cx - base_w / 2, cx + base_w / 2
        tl, tr = cx - top_w / 2, cx + top_w / 2
        d = f"M{_p(xl, base_y)}Q{_p(tl - (tl - xl) * 0.38, base_y - h * 0.12)} {_p(tl, peak_y)}"
        if crater:
            d += f"L{_p(tl + top_w * 0.2, peak_y + crater)}L{_p(tr - top_w * 0.25, peak_y + crater * 0.8)}"
            d += f"L{_p(tr, peak_y - h * 0.01)}"
        else:
            d += f"Q{_p(cx, peak_y - h * 0.03)} {_p(tr, peak_y)}"
        d += f"Q{_p(tr + (xr - tr) * 0.38, base_y - h * 0.12)} {_p(xr, base_y)}Z"
        return d

    def gullies(self, cx, base_y, peak_y, base_w, top_w, n, colour, width=2.0, opacity=0.3, shape=None):
        r = self.rng
        h = base_y - peak_y
        d = ""
        for _ in range(n):
            t = r.uniform(-0.5, 0.5)
            x_top = cx + t * top_w * 0.9
            x_bot = cx + t * base_w * r.uniform(0.55, 0.8)
            y_end = base_y - h * r.uniform(0.0, 0.35)
            x_end = x_top + (x_bot - x_top) * (1 - (base_y - y_end) / h * 0.6)
            d += f"M{_p(x_top, peak_y + h * r.uniform(0.02, 0.1))}Q{_p(x_top + (x_end - x_top) * 0.15, peak_y + h * 0.55)} {_p(x_end, y_end)}"
        self.path(d, fill="none", stroke=colour, stroke_width=width, stroke_linecap="round",
                  opacity=opacity, clip_path=self.clip(shape) if shape else None)

    def canopy_d(self, base, r_min, r_max, x0=-20.0, x1=None, bottom=None) -> str:
        """A skyline of rounded tree crowns along y=base, closed down to `bottom`."""
        r = self.rng
        x1 = self.W + 20 if x1 is None else x1
        bottom = self.H + 5 if bottom is None else bottom
        d = f"M{_p(x0, bottom)}L{_p(x0, base)}"
        x = x0
        while x < x1:
            rr = r.uniform(r_min, r_max)
            y = base + r.uniform(-0.5, 0.5) * rr
            d += f"L{_p(x, y)}a{_f(rr)},{_f(rr * 0.85)} 0 0 1 {_p(rr * 1.6, 0)}"
            x += rr * 1.6
        return d + f"L{_p(x, bottom)}Z"

    def shade(self, d_shape, x_from, y_top, x_bottom, y_bottom, opacity=0.2, colour="#1a1030"):
        clip = self.clip(d_shape)
        d = f"M{_p(x_from, y_top - 20)}L{_p(x_bottom, y_bottom + 5)}L{_p(self.W + 10, y_bottom + 5)}L{_p(self.W + 10, y_top - 20)}Z"
        self.path(d, fill=colour, opacity=opacity, clip_path=clip)

    def sky(self, stops) -> None:
        self.rect(0, 0, self.W, self.H, fill=self.lin(stops))

    def sun(self, cx, cy, radius, core, glow, glow_r=None) -> None:
        glow_r = glow_r or radius * 5
        self.circle(cx, cy, glow_r, fill=self.rad([(0, glow, 0.75), (0.4, glow, 0.25), (1, glow, 0)]))
        self.circle(cx, cy, radius, fill=core)

    def cloud(self, cx, cy, size, fill="#ffffff", opacity=0.8) -> None:
        r = self.rng
        self.open(fill=fill, opacity=opacity)
        self.ellipse(cx, cy, size * 1.6, size * 0.42)
        for _ in range(r.randint(2, 3)):
            self.ellipse(cx + r.uniform(-0.9, 0.9) * size, cy - size * r.uniform(0.15, 0.4),
                         size * r.uniform(0.45, 0.8), size * r.uniform(0.3, 0.5))
        self.close()

    def clouds(self, n, y0, y1, fill="#ffffff", opacity=0.8, size=(0.05, 0.09)) -> None:
        r = self.rng
        for _ in range(n):
            self.cloud(r.uniform(0.05, 0.95) * self.W, r.uniform(y0, y1) * self.H,
                       r.uniform(*size) * self.W, fill, opacity * r.uniform(0.7, 1.0))

    def mist(self, y, h, colour="#ffffff", opacity=0.6) -> None:
        self.rect(0, y, self.W, h, fill=self.lin([(0, colour, 0), (0.5, colour, opacity), (1, colour, 0)]))

    def puffs(self, x0, y0, n, rise, drift, r0, colour, opacity=0.8) -> None:
        """A plume: overlapping circles that grow and bend with the wind, one flat tone."""
        r = self.rng
        self.open(fill=colour, opacity=opacity)
        for i in range(n):
            t = i / max(n - 1, 1)
            x = x0 + drift * t ** 1.6 + r.uniform(-0.25, 0.25) * r0
            y = y0 - rise * t - r0 * 0.5
            self.circle(x, y, r0 * (1 + 2.4 * t) * r.uniform(0.85, 1.1))
        self.close()

    def round_tree(self, x, base_y, h, crown, trunk) -> None:
        r = self.rng
        self.rect(x - h * 0.035, base_y - h * 0.55, h * 0.07, h * 0.55, fill=trunk)
        cr = h * 0.3
        self.open(fill=crown)
        self.circle(x, base_y - h * 0.72, cr)
        self.circle(x - cr * 0.7, base_y - h * 0.58, cr * r.uniform(0.65, 0.8))
        self.circle(x + cr * 0.7, base_y - h * 0.6, cr * r.uniform(0.65, 0.8))
        self.close()

    def svg(self) -> str:
        W, H = _f(self.W), _f(self.H)
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="{W}" height="{H}" '
            f'preserveAspectRatio="xMidYMid slice" aria-hidden="true">'
            f'<defs>{"".join(self.defs)}</defs>{"".join(self.parts)}</svg>'
        )


# scenes --------------------------------------------------------------------------------

def _volcano(a: _Art) -> None:
    """Bromo smoking above the sea of sand, Batok in front, Semeru far behind."""
    W, H, r, c = a.W, a.H, a.rng, a.c
    a.sky([(0, c(228, 45, 32)), (0.45, c(275, 32, 58)), (0.72, c(345, 62, 78)), (1, c(32, 88, 82))])
    sx = W * r.uniform(0.1, 0.28)
    a.sun(sx, H * 0.5, H * 0.045, c(45, 100, 93), c(38, 100, 80), H * 0.4)
    a.clouds(3, 0.08, 0.3, "#ffffff", 0.3)
    scx = W * r.uniform(0.8, 0.9)
    a.path(a.cone(scx, H * 0.66, H * 0.17, W * 0.6, W * 0.018), fill=c(250, 24, 66))
    a.puffs(scx, H * 0.17, 7, H * 0.1, W * 0.06, H * 0.012, c(250, 20, 86), 0.7)
    a.ridge(H * 0.55, H * 0.035, c(258, 24, 50), n=10)
    bcx = W * r.uniform(0.54, 0.6)
    bromo = a.cone(bcx, H * 0.75, H * 0.42, W * 0.56, W * 0.15, crater=H * 0.035)
    a.path(bromo, fill=c(18, 14, 50))
    a.gullies(bcx, H * 0.75, H * 0.42, W * 0.56, W * 0.15, 16, c(15, 20, 32), 2.5, 0.35, bromo)
    a.shade(bromo, bcx + W * 0.03, H * 0.42, bcx + W * 0.1, H * 0.75, 0.18)
    a.puffs(bcx - W * 0.01, H * 0.43, 12, H * 0.36, W * r.uniform(0.12, 0.22), H * 0.03, "#f4f0f2", 0.85)
    kcx = bcx - W * r.uniform(0.24, 0.28)
    batok = a.cone(kcx, H * 0.77, H * 0.37, W * 0.36, W * 0.012)
    a.path(batok, fill=c(95, 20, 40))
    a.gullies(kcx, H * 0.77, H * 0.37, W * 0.36, W * 0.01, 22, c(100, 30, 22), 3, 0.45, batok)
    a.shade(batok, kcx + W * 0.005, H * 0.37, kcx + W * 0.05, H * 0.77, 0.22)
    a.rect(0, H * 0.72, W, H * 0.28, fill=a.lin([(0, c(30, 30, 78)), (1, c(25, 28, 58))]))
    a.mist(H * 0.68, H * 0.08, "#fff3ea", 0.75)
    d = ""
    for i in range(7):
        y = H * (0.77 + i * 0.035)
        x0 = W * r.uniform(-0.1, 0.3)
        d += f"M{_p(x0, y)}q{_p(W * 0.25, -H * 0.02)} {_p(W * 0.5, 0)}t{_p(W * 0.5, 0)}"
    a.path(d, fill="none", stroke=c(35, 40, 88), stroke_width=2, opacity=0.5)
    px = W * r.uniform(0.72, 0.86)
    a.path(f"M{_p(px, H * 0.745)}h{_f(W * 0.06)}v{_f(-H * 0.02)}l{_p(-W * 0.01, -H * 0.015)}h{_f(-W * 0.04)}"
           f"l{_p(-W * 0.01, H * 0.015)}Z", fill=c(20, 25, 30), opacity=0.7)
    for _ in range(3):
        jx = W * r.uniform(0.15, 0.9)
        a.rect(jx, H * r.uniform(0.8, 0.9), W * 0.012, H * 0.01, rx=2, fill=c(10, 30, 25), opacity=0.6)
    a.ridge(H * 0.93, H * 0.04, c(25, 25, 42), n=6, opacity=0.85)


def _summit(a: _Art) -> None:
    """A tall lone cone at sunrise above a sea of clouds."""
    W, H, r, c = a.W, a.H, a.rng, a.c
    a.sky([(0, c(215, 55, 45)), (0.4, c(30, 70, 74)), (0.7, c(22, 90, 70)), (1, c(40, 90, 80))])
    cx = W * r.uniform(0.45, 0.62)
    side = r.choice((-1, 1))
    sx = cx + side * W * r.uniform(0.2, 0.3)
    a.sun(sx, H * 0.36, H * 0.05, c(48, 100, 94), c(40, 100, 75), H * 0.45)
    a.clouds(3, 0.08, 0.25, "#fff4e0", 0.45)
    a.ridge(H * 0.58, H * 0.06, c(260, 25, 58), n=9)
    peak = H * r.uniform(0.14, 0.2)
    mountain = a.cone(cx, H * 0.78, peak, W * 0.95, W * 0.03)
    a.path(mountain, fill=a.lin([(0, c(265, 28, 38)), (1, c(250, 30, 26))]))
    a.gullies(cx, H * 0.78, peak, W * 0.95, W * 0.03, 16, c(250, 35, 18), 2.5, 0.35, mountain)
    lit = c(25, 70, 62)
    a.shade(mountain, cx + W * 0.005, peak, cx + W * 0.06, H * 0.78, 0.25,
            "#1a1030" if side < 0 else lit)
    a.puffs(cx, peak + H * 0.01, 7, H * 0.08, W * 0.06 * -side, H * 0.01, "#f6ecea", 0.6)
    a.open(fill="#ffffff", opacity=0.85)
    for i in range(14):
        a.ellipse(W * (i / 13) + r.uniform(-20, 20), H * r.uniform(0.64, 0.7), W * r.uniform(0.07, 0.12),
                  H * r.uniform(0.04, 0.07))
    a.close()
    a.mist(H * 0.6, H * 0.16, "#fff1e6", 0.8)
    a.ridge(H * 0.82, H * 0.05, c(250, 28, 22), n=7)
    d, pts = a.ridge(H * 0.92, H * 0.04, c(245, 30, 13), n=6)
    tree = ""
    for _ in range(12):
        x = W * r.uniform(0, 1)
        y = H * r.uniform(0.88, 0.95)
        h = H * r.uniform(0.05, 0.1)
        tree += f"M{_p(x, y - h)}l{_p(h * 0.25, h)}h{_f(-h * 0.5)}Z"
    a.path(tree, fill=c(245, 30, 13))


def _waterfall(a: _Art) -> None:
    """A tall fall dropping through a green gorge into a pool, spray and ferns."""
    W, H, r, c = a.W, a.H, a.rng, a.c
    a.sky([(0, c(195, 55, 72)), (1, c(160, 40, 90))])
    a.path(a.canopy_d(H * 0.1, H * 0.03, H * 0.06), fill=c(150, 22, 60))
    gap = W * r.uniform(0.45, 0.55)
    top = H * 0.16
    fw = W * 0.08
    a.rect(gap - fw * 2, top, fw * 4, H * 0.7, fill=c(165, 20, 16))
    rock = a.lin([(0, c(150, 16, 34)), (1, c(160, 20, 20))], 0, 0, 1, 0)
    rock2 = a.lin([(0, c(160, 20, 20)), (1, c(150, 16, 34))], 0, 0, 1, 0)
    for side, fill in ((-1, rock), (1, rock2)):
        edge = W + 5 if side > 0 else -5
        d = f"M{_p(edge, top - H * 0.05)}L{_p(gap + side * fw * 0.55, top)}"
        for k in range(1, 7):
            t = k / 6
            d += f"L{_p(gap + side * fw * (0.55 + 0.9 * t ** 1.5 + r.uniform(0, 0.25)), top + (H * 0.8 - top) * t)}"
        d += f"L{_p(edge, H * 0.85)}Z"
        a.path(d, fill=fill)
        ledges = ""
        for _ in range(6):
            y = H * r.uniform(0.25, 0.75)
            x = gap + side * W * r.uniform(0.12, 0.4)
            ledges += f"M{_p(x, y)}h{_f(side * W * r.uniform(0.05, 0.15))}"
        a.path(ledges, stroke=c(160, 20, 14), stroke_width=4, opacity=0.45, stroke_linecap="round")
        x0, x1 = (-20, gap - fw * 0.45) if side < 0 else (gap + fw * 0.45, W + 20)
        a.path(a.canopy_d(top - H * 0.03, H * 0.025, H * 0.05, x0, x1, top + H * 0.05), fill=c(115, 40, 32))
        vines = ""
        for _ in range(7):
            x = r.uniform(x0 + 20, x1 - 20)
            vines += f"M{_p(x, top)}q{_p(r.uniform(-8, 8), H * 0.08)} {_p(r.uniform(-6, 6), H * r.uniform(0.1, 0.3))}"
        a.path(vines, fill="none", stroke=c(110, 45, 34), stroke_width=3, opacity=0.8, stroke_linecap="round")
    water = a.lin([(0, "#ffffff"), (0.6, c(190, 60, 88)), (1, "#ffffff")])
    a.path(f"M{_p(gap - fw * 0.5, top)}h{_f(fw)}Q{_p(gap + fw * 0.55, H * 0.45)} {_p(gap + fw * 0.8, H * 0.8)}"
           f"h{_f(-fw * 1.65)}Q{_p(gap - fw * 0.55, H * 0.45)} {_p(gap - fw * 0.5, top)}Z", fill=water)
    d = ""
    for _ in range(9):
        x = gap + r.uniform(-0.4, 0.4) * fw
        d += f"M{_p(x, top + H * r.uniform(0, 0.1))}v{_f(H * r.uniform(0.25, 0.55))}"
    a.path(d, stroke=c(195, 50, 78), stroke_width=3, opacity=0.6, stroke_linecap="round")
    a.ellipse(gap, H * 0.9, W * 0.5, H * 0.13, fill=a.lin([(0, c(175, 45, 55)), (1, c(185, 50, 35))]))
    a.open(fill="#ffffff", opacity=0.55)
    for _ in range(12):
        a.circle(gap + r.uniform(-1.4, 1.4) * fw, H * r.uniform(0.76, 0.83), H * r.uniform(0.03, 0.06))
    a.close()
    a.ellipse(gap, H * 0.8, W * 0.3, H * 0.12, fill=a.rad([(0, "#ffffff", 0.7), (1, "#ffffff", 0)]))
    d = ""
    for _ in range(6):
        x, y = gap + r.uniform(-0.35, 0.35) * W, H * r.uniform(0.86, 0.97)
        d += f"M{_p(x, y)}h{_f(W * r.uniform(0.03, 0.08))}"
    a.path(d, stroke="#ffffff", stroke_width=2, opacity=0.5, stroke_linecap="round")
    fern = ""
    for _ in range(12):
        x = W * r.choice((r.uniform(-0.02, 0.22), r.uniform(0.78, 1.02)))
        y = H * r.uniform(0.92, 1.02)
        hgt = H * r.uniform(0.12, 0.24)
        lean = r.uniform(-0.6, 0.6) * hgt
        fern += f"M{_p(x, y)}q{_p(lean * 0.2 - 10, -hgt * 0.6)} {_p(lean, -hgt)}q{_p(-lean * 0.3 + 14, hgt * 0.4)} {_p(-lean + 16, hgt)}Z"
    a.path(fern, fill=c(110, 45, 24))
    a.ellipse(W * r.uniform(0.3, 0.4), H * 0.98, W * 0.06, H * 0.035, fill=c(200, 8, 30))
    a.ellipse(W * r.uniform(0.6, 0.7), H * 0.99, W * 0.08, H * 0.04, fill=c(200, 8, 24))


def _lake(a: _Art) -> None:
    """A caldera lake ringed by forested peaks, mirroring the hills."""
    W, H, r, c = a.W, a.H, a.rng, a.c
    a.sky([(0, c(205, 60, 62)), (1, c(190, 45, 88))])
    a.clouds(4, 0.08, 0.3, "#ffffff", 0.85)
    lake_y = H * 0.6
    d1, _ = a.ridge(H * 0.36, H * 0.09, c(200, 25, 60), n=8, bottom=lake_y)
    d2, _ = a.ridge(H * 0.47, H * 0.07, c(150, 30, 40), n=9, bottom=lake_y)
    d3, _ = a.ridge(H * 0.55, H * 0.035, c(140, 40, 26), n=12, bottom=lake_y)
    a.rect(0, lake_y, W, H - lake_y, fill=a.lin([(0, c(195, 45, 58)), (1, c(205, 55, 32))]))
    a.open(transform=f"matrix(1,0,0,-1,0,{_f(2 * lake_y)})", opacity=0.35)
    a.path(d1, fill=c(200, 25, 50))
    a.path(d2, fill=c(150, 30, 30))
    a.path(d3, fill=c(140, 40, 18))
    a.close()
    d = ""
    for _ in range(9):
        x, y = W * r.uniform(0.05, 0.9), H * r.uniform(0.64, 0.95)
        d += f"M{_p(x, y)}h{_f(W * r.uniform(0.04, 0.12))}"
    a.path(d, stroke="#ffffff", stroke_width=2, opacity=0.4, stroke_linecap="round")
    a.mist(lake_y - H * 0.04, H * 0.08, c(190, 40, 90), 0.4)
    dark = c(130, 35, 16)
    a.path(f"M-5,{_f(H * 0.7)}Q{_p(W * 0.15, H * 0.72)} {_p(W * 0.3, H * 0.9)}L{_p(W * 0.35, H + 5)}L-5,{_f(H + 5)}Z",
           fill=dark)
    a.path(f"M{_f(W + 5)},{_f(H * 0.78)}Q{_p(W * 0.85, H * 0.8)} {_p(W * 0.72, H + 5)}L{_p(W + 5, H + 5)}Z", fill=dark)
    trees = ""
    for _ in range(12):
        if r.random() < 0.5:
            x = W * r.uniform(0, 0.24)
            base = H * 0.7 + (x / (W * 0.3)) ** 2 * H * 0.2 + H * r.uniform(0.01, 0.12)
        else:
            x = W * r.uniform(0.8, 1.0)
            base = H * 0.78 + ((W - x) / (W * 0.28)) ** 2 * H * 0.22 + H * r.uniform(0.01, 0.1)
        h = H * r.uniform(0.14, 0.26)
        trees += f"M{_p(x, base - h)}l{_p(h * 0.2, h)}h{_f(-h * 0.4)}Z"
    a.path(trees, fill=c(135, 40, 12))


def _temple(a: _Art) -> None:
    """A stepped red-brick temple of the Muaro Jambi kind among tall trees and brick mounds."""
    W, H, r, c = a.W, a.H, a.rng, a.c
    if r.random() < 0.5:
        a.sky([(0, c(190, 45, 72)), (0.7, c(40, 70, 88)), (1, c(30, 70, 84))])
    else:
        a.sky([(0, c(215, 45, 58)), (0.6, c(25, 70, 78)), (1, c(35, 85, 72))])
    sx = W * r.choice((r.uniform(0.08, 0.25), r.uniform(0.7, 0.9)))
    a.sun(sx, H * r.uniform(0.18, 0.3), H * 0.06, c(45, 100, 94), c(40, 100, 85), H * 0.35)
    a.clouds(r.randint(1, 3), 0.08, 0.25, "#ffffff", 0.6)
    a.open(fill=c(135, 30, 32))
    for i in range(16):
        a.circle(W * i / 15 + r.uniform(-20, 20), H * r.uniform(0.47, 0.52), H * r.uniform(0.06, 0.11))
    a.close()
    a.rect(0, H * 0.56, W, H * 0.44, fill=a.lin([(0, c(95, 40, 52)), (1, c(100, 45, 34))]))
    pid = a._id()
    brick, mortar = c(12, 58, 44), c(18, 40, 62)
    a.defs.append(
        f'<pattern id="{pid}" width="34" height="14" patternUnits="userSpaceOnUse">'
        f'<rect width="34" height="14" fill="{brick}"/>'
        f'<path d="M0,7H34M0,14H34M8,0V7M25,7V14" stroke="{mortar}" stroke-width="1.2"/></pattern>'
    )
    cx = W * r.uniform(0.4, 0.6)
    base_y = H * r.uniform(0.78, 0.83)
    tier_w, tier_h = W * r.uniform(0.44, 0.56), H * r.uniform(0.085, 0.105)
    y = base_y
    tiers = r.randint(4, 5)
    shade = c(5, 50, 22)
    for i in range(tiers):
        w = tier_w * (1 - i * 0.17)
        h = tier_h * (1 - i * 0.1)
        y -= h
        a.rect(cx - w / 2, y, w, h, fill=f"url(#{pid})")
        a.rect(cx + w * 0.18, y, w * 0.32, h, fill=shade, opacity=0.22)
        a.rect(cx - w / 2 - 4, y, w + 8, h * 0.14, fill=c(15, 45, 58))
    top_w = tier_w * (1 - tiers * 0.17)
    ruin = f"M{_p(cx - top_w / 2, y)}"
    for k in range(7):
        ruin += f"L{_p(cx - top_w / 2 + top_w * (k + 0.5) / 7, y - H * r.uniform(0.0, 0.05))}"
    ruin += f"L{_p(cx + top_w / 2, y)}Z"
    a.path(ruin, fill=f"url(#{pid})")
    stair_w = W * 0.07
    a.rect(cx - stair_w / 2, y + H * 0.01, stair_w, base_y - y - H * 0.01, fill=c(14, 45, 52))
    d = ""
    for k in range(14):
        yy = y + H * 0.02 + (base_y - y) * k / 14
        d += f"M{_p(cx - stair_w / 2, yy)}h{_f(stair_w)}"
    a.path(d, stroke=c(10, 50, 30), stroke_width=2, opacity=0.5)
    a.rect(cx - tier_w * 0.56, base_y, tier_w * 1.12, H * 0.015, fill=c(20, 30, 40), opacity=0.5)
    a.path(f"M{_p(cx - stair_w / 2, base_y)}L{_p(cx - W * 0.18, H)}H{_f(cx + W * 0.18)}L{_p(cx + stair_w / 2, base_y)}Z",
           fill=c(35, 30, 62), opacity=0.6)
    trunk = c(25, 30, 22)
    xs = [W * r.uniform(0.02, 0.08), W * r.uniform(0.9, 0.97)]
    extra = W * r.choice((r.uniform(0.12, 0.16), r.uniform(0.84, 0.88)))
    if r.random() < 0.5 and abs(extra - cx) > tier_w * 0.5 + W * 0.1:
        xs.append(extra)
    for x in xs:
        a.round_tree(x, H * r.uniform(0.86, 0.98), H * r.uniform(0.42, 0.62), c(120, 35, 24), trunk)


def _candi(a: _Art) -> None:
    """A tall Javanese andesite candi (Singhasari style): base, body with Kala door, tiered roof."""
    W, H, r, c = a.W, a.H, a.rng, a.c
    a.sky([(0, c(205, 55, 66)), (0.75, c(45, 55, 88)), (1, c(40, 60, 86))])
    a.sun(W * r.choice((r.uniform(0.08, 0.25), r.uniform(0.75, 0.92))), H * 0.2, H * 0.05, "#fffbea",
          c(45, 100, 88), H * 0.3)
    a.clouds(r.randint(2, 3), 0.06, 0.25, "#ffffff", 0.85)
    a.path(a.cone(W * r.uniform(0.15, 0.85), H * 0.62, H * 0.22, W * 0.9, W * 0.05), fill=c(220, 22, 68))
    a.mist(H * 0.45, H * 0.15, "#ffffff", 0.5)
    a.ridge(H * 0.6, H * 0.03, c(120, 28, 45), n=8)
    a.rect(0, H * 0.7, W, H * 0.3, fill=a.lin([(0, c(95, 40, 48)), (1, c(100, 45, 32))]))
    stone, dark, light = c(210, 8, 42, False), c(210, 10, 26, False), c(205, 8, 55, False)
    pid = a._id()
    a.defs.append(
        f'<pattern id="{pid}" width="40" height="12" patternUnits="userSpaceOnUse">'
        f'<rect width="40" height="12" fill="{stone}"/><path d="M0,12H40M14,0V6M32,6V12" stroke="{dark}" '
        f'stroke-width="1" opacity="0.45"/><rect y="3" width="40" height="3" fill="#4a6b3a" opacity="0.08"/></pattern>'
    )
    fill = f"url(#{pid})"
    cx = W * r.uniform(0.42, 0.58)
    gy = H * 0.84
    s = H * r.uniform(0.95, 1.05)
    split = cx + s * 0.04

    def block(x, y, w, h):
        a.rect(x, y, w, h, fill=fill)
        a.rect(split, y, x + w - split, h, fill="#0d1420", opacity=0.2)

    bw, bh = s * 0.62, s * 0.11
    block(cx - bw / 2, gy - bh, bw, bh)
    a.rect(cx - bw / 2 - 6, gy - bh, bw + 12, bh * 0.16, fill=light)
    a.rect(cx - s * 0.07, gy - bh, s * 0.14, bh, fill=dark, opacity=0.5)
    a.path(f"M{_p(cx - s * 0.07, gy)}L{_p(cx - s * 0.13, gy + H * 0.06)}H{_f(cx + s * 0.13)}L{_p(cx + s * 0.07, gy)}Z",
           fill=c(35, 20, 60), opacity=0.7)
    y = gy - bh
    body_w, body_h = s * 0.36, s * 0.26
    block(cx - body_w / 2, y - body_h, body_w, body_h)
    a.rect(cx - body_w / 2 - 8, y - body_h, body_w + 16, s * 0.02, fill=light)
    a.rect(cx - body_w / 2 - 8, y - s * 0.02, body_w + 16, s * 0.02, fill=light)
    a.path(f"M{_p(cx - s * 0.045, y)}V{_f(y - body_h * 0.55)}a{_f(s * 0.045)},{_f(s * 0.045)} 0 0 1 {_f(s * 0.09)},0V{_f(y)}Z",
           fill="#1c1f24")
    kala = y - body_h * 0.55 - s * 0.075
    a.path(f"M{_p(cx - s * 0.07, kala + s * 0.02)}Q{_p(cx, kala - s * 0.05)} {_p(cx + s * 0.07, kala + s * 0.02)}"
           f"Q{_p(cx, kala + s * 0.04)} {_p(cx - s * 0.07, kala + s * 0.02)}Z", fill=dark)
    for side in (-1, 1):
        nx = cx + side * body_w * 0.3
        a.rect(nx - s * 0.03, y - body_h * 0.7, s * 0.06, body_h * 0.42, fill=dark, opacity=0.55)
    y -= body_h
    w = body_w * 0.95
    for k in range(3):
        h = s * (0.085 - k * 0.012)
        block(cx - w / 2, y - h, w, h)
        a.rect(cx - w / 2 - 5, y - h, w + 10, h * 0.18, fill=light)
        pins = ""
        for px in (cx - w / 2 + 4, cx + w / 2 - 4, cx):
            pins += f"M{_p(px - s * 0.018, y - h)}l{_p(s * 0.018, -s * 0.04)}l{_p(s * 0.018, s * 0.04)}Z"
        a.path(pins, fill=stone)
        y -= h
        w *= 0.74
    block(cx - w * 0.45, y - s * 0.04, w * 0.9, s * 0.04)
    a.path(f"M{_p(cx - s * 0.03, y - s * 0.04)}l{_p(s * 0.03, -s * 0.06)}l{_p(s * 0.03, s * 0.06)}Z", fill=stone)
    for x in (W * r.uniform(0.03, 0.15), W * r.uniform(0.85, 0.97)):
        base = H * r.uniform(0.9, 0.98)
        h = H * r.uniform(0.28, 0.38)
        a.path(f"M{_p(x, base)}q{_p(-h * 0.05, -h * 0.4)} {_p(-h * 0.2, -h * 0.6)}M{_p(x, base)}q{_p(h * 0.05, -h * 0.45)} {_p(h * 0.22, -h * 0.62)}",
               fill="none", stroke=c(25, 25, 30), stroke_width=7, stroke_linecap="round")
        a.open(fill=c(120, 35, 30))
        for dx, dy, rr in ((-0.22, -0.66, 0.2), (0.22, -0.68, 0.22), (0, -0.8, 0.22)):
            a.circle(x + dx * h, base + dy * h, rr * h)
        a.close()
        flowers = ""
        for _ in range(9):
            fx, fy = x + r.uniform(-0.35, 0.35) * h, base - h * r.uniform(0.6, 0.95)
            flowers += f"M{_p(fx, fy)}h0"
        a.path(flowers, stroke="#fff6e8", stroke_width=_f(h * 0.05), stroke_linecap="round")
        a.path(flowers, stroke=c(45, 95, 60, False), stroke_width=_f(h * 0.018), stroke_linecap="round")


def _tea(a: _Art) -> None:
    """Rows of clipped tea bushes over rolling hills, a mountain in the haze."""
    W, H, r, c = a.W, a.H, a.rng, a.c
    a.sky([(0, c(200, 50, 74)), (1, c(60, 40, 92))])
    a.sun(W * r.uniform(0.15, 0.85), H * 0.16, H * 0.04, "#fffbe8", c(50, 100, 88), H * 0.25)
    mx = W * r.uniform(0.3, 0.7)
    a.path(a.cone(mx, H * 0.5, H * 0.12, W * 0.9, W * 0.05), fill=c(215, 25, 70))
    a.mist(H * 0.28, H * 0.25, "#ffffff", 0.7)
    greens = [(95, 38, 52), (100, 45, 42), (105, 50, 32)]
    for layer, (h, s, lum) in enumerate(greens):
        y = H * (0.45 + layer * 0.16)
        d, pts = a.ridge(y, H * 0.065, c(h, s, lum), n=5, jitter=0.05)
        clip = a.clip(d)
        rows = ""
        gap = H * (0.028 + layer * 0.012)
        for k in range(1, 9):
            shifted = [(x, yy + gap * k) for x, yy in pts]
            rows += a.smooth(shifted)
        a.path(rows, fill="none", stroke=c(h + 5, s + 10, lum - 10), stroke_width=_f(gap * 0.55),
               stroke_linecap="round", stroke_dasharray=f"{_f(gap * 1.6)} {_f(gap * 0.5)}",
               clip_path=clip)
        a.mist(y - H * 0.04, H * 0.06, "#ffffff", 0.35)
    for _ in range(r.randint(2, 4)):
        x, y = W * r.uniform(0.2, 0.8), H * r.uniform(0.8, 0.9)
        s = H * 0.03
        a.rect(x - s * 0.2, y - s * 0.2, s * 0.4, s * 0.9, fill=c(r.choice((0, 200, 330)), 55, 50, False))
        a.path(f"M{_p(x - s * 0.55, y - s * 0.15)}L{_p(x, y - s * 0.75)}L{_p(x + s * 0.55, y - s * 0.15)}Z",
               fill=c(45, 60, 75, False))
    a.round_tree(W * r.uniform(0.05, 0.2), H * 0.95, H * 0.5, c(110, 35, 22), c(25, 30, 20))


def _city(a: _Art) -> None:
    """A hillside of brightly painted houses above a river, Kampung Warna-Warni style."""
    W, H, r = a.W, a.H, a.rng
    c = a.c
    a.sky([(0, c(200, 70, 62)), (1, c(190, 60, 86))])
    a.clouds(3, 0.06, 0.18, "#ffffff", 0.9)
    a.path(f"M-5,{_f(H * 0.2)}Q{_p(W * 0.5, H * 0.08)} {_p(W + 5, H * 0.22)}V{_f(H * 0.78)}H-5Z", fill=c(90, 30, 45))
    palette = [(355, 75, 60), (25, 90, 60), (48, 95, 58), (140, 55, 50), (190, 70, 50),
               (220, 65, 60), (280, 50, 62), (320, 65, 65)]
    bodies: dict[int, str] = {}
    roofs = ""
    windows = ""
    rows = 6
    for row in range(rows):
        y = round(H * (0.19 + row * 0.095))
        x = -round(W * r.uniform(0, 0.06))
        hh = round(H * r.uniform(0.075, 0.09))
        while x < W:
            w = round(W * r.uniform(0.05, 0.095))
            k = r.randrange(len(palette))
            bodies[k] = bodies.get(k, "") + f"M{_p(x, y)}h{_f(w - 3)}v{_f(hh)}h{_f(-(w - 3))}Z"
            roofs += f"M{_p(x - 3, y)}L{_p(x + w * 0.5, y - hh * 0.35)}L{_p(x + w, y)}Z"
            for wx in range(1 if w < W * 0.07 else 2):
                windows += f"M{_p(x + w * (0.2 + wx * 0.4), y + hh * 0.3)}h{_f(w * 0.18)}v{_f(hh * 0.3)}h{_f(-w * 0.18)}Z"
            x += w
    for k, d in bodies.items():
        a.path(d, fill=c(*palette[k], shift=False))
    a.path(roofs, fill=c(10, 55, 40, False))
    a.path(windows, fill="#fff7e6", opacity=0.75)
    a.rect(0, H * 0.78, W, H * 0.22, fill=a.lin([(0, c(185, 45, 45)), (1, c(195, 55, 28))]))
    d = ""
    for _ in range(8):
        d += f"M{_p(W * r.uniform(0, 0.95), H * r.uniform(0.8, 0.98))}h{_f(W * r.uniform(0.03, 0.1))}"
    a.path(d, stroke="#ffffff", stroke_width=2, opacity=0.35, stroke_linecap="round")
    a.rect(0, H * 0.76, W, H * 0.025, fill=c(30, 15, 55, False))
    strings = ""
    for k in range(2):
        y = H * (0.3 + k * 0.25)
        strings += f"M-5,{_f(y)}Q{_p(W * 0.5, y + H * 0.06)} {_p(W + 5, y)}"
    a.path(strings, fill="none", stroke="#ffffff", stroke_width=1.5, opacity=0.6)
    flags = ""
    for k in range(2):
        y0 = H * (0.3 + k * 0.25)
        for j in range(1, 16):
            t = j / 16
            x, y = W * t, y0 + H * 0.06 * 2 * t * (1 - t) * 1.0
            flags += f"M{_p(x - 8, y)}h16l-8,14Z"
    a.path(flags, fill="#ffffff", opacity=0.85)


def _river(a: _Art) -> None:
    """A wide river at dusk, an S-curved footbridge and a tall tower (Batanghari)."""
    W, H, r, c = a.W, a.H, a.rng, a.c
    a.sky([(0, c(250, 40, 30)), (0.45, c(310, 40, 55)), (0.8, c(20, 85, 68)), (1, c(38, 95, 75))])
    sx = W * r.uniform(0.25, 0.45)
    a.sun(sx, H * 0.5, H * 0.06, c(45, 100, 88), c(30, 100, 65), H * 0.45)
    a.clouds(3, 0.1, 0.3, c(330, 50, 70), 0.4)
    horizon = H * 0.55
    city = f"M-5,{_f(horizon)}"
    x = -5
    while x < W:
        w = W * r.uniform(0.02, 0.06)
        h = H * r.uniform(0.01, 0.06)
        city += f"V{_f(horizon - h)}H{_f(x + w)}"
        x += w
    city += f"V{_f(horizon)}Z"
    a.path(city, fill=c(270, 30, 25))
    dx = W * r.uniform(0.55, 0.7)
    a.path(f"M{_p(dx - 30, horizon - H * 0.04)}a30,30 0 0 1 60,0Z", fill=c(270, 30, 25))
    a.rect(0, horizon, W, H - horizon, fill=a.lin([(0, c(25, 70, 62)), (0.5, c(300, 30, 40)), (1, c(250, 40, 20))]))
    a.rect(sx - W * 0.05, horizon, W * 0.1, H * 0.4, fill=a.lin([(0, c(45, 100, 85), 0.8), (1, c(45, 100, 85), 0)]))
    d = ""
    for _ in range(14):
        y = H * r.uniform(0.58, 0.98)
        d += f"M{_p(W * r.uniform(0, 1), y)}h{_f(W * r.uniform(0.02, 0.08))}"
    a.path(d, stroke=c(40, 90, 80), stroke_width=2, opacity=0.45, stroke_linecap="round")
    tx = W * r.uniform(0.78, 0.86)
    ty = H * 0.6
    tw = W * 0.035
    a.path(f"M{_p(tx - tw, ty)}L{_p(tx - tw * 0.6, H * 0.22)}h{_f(tw * 1.2)}L{_p(tx + tw, ty)}Z", fill=c(265, 30, 18))
    a.path(f"M{_p(tx - tw * 0.8, H * 0.22)}h{_f(tw * 1.6)}l{_p(-tw * 0.2, -H * 0.03)}h{_f(-tw * 1.2)}Z", fill=c(265, 30, 18))
    a.path(f"M{_p(tx - tw * 0.5, H * 0.19)}q{_p(tw * 0.5, -H * 0.12)} {_p(tw, 0)}Z", fill=c(265, 30, 18))
    a.path(f"M{_p(tx, H * 0.08)}v{_f(-H * 0.04)}", stroke=c(265, 30, 18), stroke_width=3)
    d = ""
    for k in range(5):
        d += f"M{_p(tx - tw * 0.25, H * (0.27 + k * 0.06))}h{_f(tw * 0.5)}"
    a.path(d, stroke=c(45, 100, 75), stroke_width=4, opacity=0.9)
    p0, p1, p2, p3 = (-10, H * 0.8), (W * 0.25, H * 0.66), (W * 0.45, H * 0.82), (W * 0.6, H * 0.68)
    q1, q2, q3 = (2 * p3[0] - p2[0], 2 * p3[1] - p2[1]), (W * 0.76, H * 0.6), (tx - tw, H * 0.6)
    curve = []
    for seg in ((p0, p1, p2, p3), (p3, q1, q2, q3)):
        for k in range(14):
            t = k / 14
            weights = ((1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t ** 3)
            curve.append(tuple(sum(w * pt[i] for w, pt in zip(weights, seg, strict=True)) for i in range(2)))
    deck = "M" + "L".join(_p(x, y) for x, y in curve)
    roof = "M" + "L".join(_p(x, y - H * 0.045) for x, y in curve)
    dark = c(260, 30, 15)
    a.path(deck, fill="none", stroke=c(300, 25, 30), stroke_width=26, opacity=0.3, transform=f"translate(0,{_f(H * 0.03)})")
    posts = "".join(f"M{_p(x, y)}v{_f(-H * 0.045)}" for x, y in curve[::2])
    piers = "".join(f"M{_p(x, y)}v{_f(H * 0.07)}" for x, y in curve[3::5])
    a.path(piers, stroke=dark, stroke_width=7, opacity=0.8)
    a.path(posts, stroke=dark, stroke_width=2.5)
    a.path(roof, fill="none", stroke=dark, stroke_width=7, stroke_linejoin="round")
    a.path(deck, fill="none", stroke=dark, stroke_width=10, stroke_linejoin="round")
    a.path(roof, fill="none", stroke=c(45, 100, 75), stroke_width=3, stroke_dasharray="2 22",
           stroke_linecap="round", transform=f"translate(0,{_f(H * 0.012)})")
    boat = ""
    for _ in range(2):
        bx, by = W * r.uniform(0.05, 0.6), H * r.uniform(0.86, 0.95)
        boat += f"M{_p(bx, by)}h{_f(W * 0.08)}l{_p(-W * 0.01, H * 0.015)}h{_f(-W * 0.06)}Z"
        boat += f"M{_p(bx + W * 0.02, by)}v{_f(-H * 0.025)}h{_f(W * 0.025)}v{_f(H * 0.025)}Z"
    a.path(boat, fill=c(260, 35, 12))


def _beach(a: _Art) -> None:
    """A southern-coast beach: surf, a rocky islet with a small shrine, palms."""
    W, H, r, c = a.W, a.H, a.rng, a.c
    a.sky([(0, c(200, 70, 60)), (1, c(185, 60, 88))])
    a.sun(W * r.uniform(0.6, 0.85), H * 0.18, H * 0.05, "#fffbe6", c(50, 100, 85), H * 0.3)
    a.clouds(4, 0.08, 0.3, "#ffffff", 0.9)
    horizon = H * 0.5
    a.rect(0, horizon, W, H * 0.5, fill=a.lin([(0, c(205, 70, 40)), (0.6, c(180, 65, 45)), (1, c(170, 60, 62))]))
    ix = W * r.uniform(0.25, 0.4)
    a.path(f"M{_p(ix - W * 0.12, horizon + H * 0.12)}Q{_p(ix - W * 0.1, horizon - H * 0.06)} {_p(ix, horizon - H * 0.07)}"
           f"Q{_p(ix + W * 0.1, horizon - H * 0.05)} {_p(ix + W * 0.11, horizon + H * 0.12)}Z", fill=c(30, 20, 30))
    a.path(f"M{_p(ix - W * 0.11, horizon - H * 0.02)}Q{_p(ix, horizon - H * 0.12)} {_p(ix + W * 0.1, horizon - H * 0.03)}"
           f"Q{_p(ix, horizon - H * 0.06)} {_p(ix - W * 0.11, horizon - H * 0.02)}Z", fill=c(120, 40, 30))
    roof = c(15, 35, 20)
    base = horizon - H * 0.08
    a.rect(ix - W * 0.012, base - H * 0.02, W * 0.024, H * 0.03, fill=c(20, 15, 45))
    for k in range(3):
        w = W * (0.04 - k * 0.01)
        y = base - H * (0.03 + k * 0.025)
        a.path(f"M{_p(ix - w / 2, y + H * 0.012)}L{_p(ix - w * 0.3, y - H * 0.012)}h{_f(w * 0.6)}L{_p(ix + w / 2, y + H * 0.012)}Z",
               fill=roof)
    bridge = f"M{_p(ix + W * 0.08, horizon + H * 0.08)}L{_p(ix + W * 0.3, H * 0.76)}"
    a.path(bridge, stroke=c(30, 30, 70), stroke_width=9)
    a.path(bridge, stroke=c(25, 30, 40), stroke_width=9, stroke_dasharray="3 18", transform="translate(0,-9)")
    d = ""
    for k in range(6):
        y = horizon + H * (0.05 + k * 0.05)
        x0 = -W * r.uniform(0.02, 0.12)
        d += f"M{_p(x0, y)}q{_p(W * 0.06, -H * 0.012)} {_p(W * 0.12, 0)}t" + " ".join([_p(W * 0.12, 0)] * 9)
    a.path(d, fill="none", stroke="#ffffff", stroke_width=2.5, opacity=0.35)
    a.path(f"M-5,{_f(H * 0.74)}Q{_p(W * 0.3, H * 0.7)} {_p(W * 0.55, H * 0.76)}T{_p(W + 5, H * 0.73)}V{_f(H + 5)}H-5Z",
           fill="#ffffff", opacity=0.8)
    a.path(f"M-5,{_f(H * 0.77)}Q{_p(W * 0.3, H * 0.73)} {_p(W * 0.55, H * 0.79)}T{_p(W + 5, H * 0.76)}V{_f(H + 5)}H-5Z",
           fill=a.lin([(0, c(40, 55, 80)), (1, c(35, 50, 70))]))
    for px in (W * r.uniform(0.78, 0.86), W * r.uniform(0.9, 0.98), W * r.uniform(0.02, 0.1)):
        by = H * r.uniform(0.9, 0.98)
        h = H * r.uniform(0.45, 0.6)
        lean = r.uniform(-0.15, 0.15) * W
        tx, ty = px + lean, by - h
        a.path(f"M{_p(px, by)}Q{_p(px + lean * 0.2, by - h * 0.6)} {_p(tx, ty)}", fill="none",
               stroke=c(30, 35, 30), stroke_width=_f(W * 0.012), stroke_linecap="round")
        fronds = ""
        for ang in (-160, -125, -95, -60, -25, 10, 170):
            rad = math.radians(ang + r.uniform(-8, 8))
            length = H * r.uniform(0.16, 0.22)
            ex, ey = tx + math.cos(rad) * length, ty + math.sin(rad) * length * 0.7 + length * 0.25
            mx, my = tx + math.cos(rad) * length * 0.5, ty + math.sin(rad) * length * 0.5 - length * 0.1
            fronds += f"M{_p(tx, ty)}Q{_p(mx, my - 10)} {_p(ex, ey)}Q{_p(mx, my + 8)} {_p(tx, ty)}Z"
        a.path(fronds, fill=c(120, 45, 25))


def _forest(a: _Art) -> None:
    """Layered rainforest canopy in mist, emergent trees, birds, light shafts."""
    W, H, r, c = a.W, a.H, a.rng, a.c
    a.sky([(0, c(170, 25, 82)), (1, c(140, 20, 90))])
    shafts = ""
    for _ in range(4):
        x = W * r.uniform(0.1, 0.9)
        shafts += f"M{_p(x, 0)}L{_p(x + W * 0.05, 0)}L{_p(x + W * 0.2, H)}L{_p(x + W * 0.08, H)}Z"
    layers = [(150, 18, 68), (145, 25, 52), (140, 32, 38), (135, 38, 26), (130, 42, 15)]
    for i, (h, s, lum) in enumerate(layers):
        base = H * (0.3 + i * 0.14)
        d = a.canopy_d(base, H * 0.035 * (1 + i * 0.3), H * 0.06 * (1 + i * 0.3))
        if i == 2:
            for _ in range(2):
                ex = W * r.uniform(0.1, 0.9)
                eh = H * r.uniform(0.22, 0.3)
                a.path(f"M{_p(ex, base)}V{_f(base - eh)}", stroke=c(h, s, lum - 8), stroke_width=7)
                a.ellipse(ex, base - eh, W * 0.08, H * 0.05, fill=c(h, s, lum))
        a.path(d, fill=c(h, s, lum))
        if i < 4:
            a.mist(base - H * 0.02, H * 0.1, "#ffffff", 0.5 - i * 0.08)
    a.path(shafts, fill="#fffbe0", opacity=0.12)
    birds = ""
    for _ in range(r.randint(3, 5)):
        bx, by, s = W * r.uniform(0.3, 0.8), H * r.uniform(0.08, 0.28), W * r.uniform(0.01, 0.02)
        birds += f"M{_p(bx - s, by)}q{_p(s * 0.5, -s * 0.6)} {_p(s, 0)}q{_p(s * 0.5, -s * 0.6)} {_p(s, 0)}"
    a.path(birds, fill="none", stroke=c(140, 30, 20), stroke_width=2.5, stroke_linecap="round")


def _food(a: _Art) -> None:
    """A top-down table: bakso, a dark rawon, a yellow gulai, rice on a banana leaf."""
    W, H, r, c = a.W, a.H, a.rng, a.c
    a.rect(0, 0, W, H, fill=a.lin([(0, c(28, 45, 42)), (1, c(22, 50, 30))], 0, 0, 1, 1))
    d = ""
    for k in range(1, 8):
        d += f"M{_p(W * k / 8 + r.uniform(-10, 10), 0)}V{_f(H)}"
    a.path(d, stroke=c(20, 40, 20), stroke_width=3, opacity=0.6)
    d = ""
    for _ in range(24):
        x, y = W * r.uniform(0, 1), H * r.uniform(0, 1)
        d += f"M{_p(x, y)}q{_p(6, H * 0.06)} 0,{_f(H * 0.12)}"
    a.path(d, fill="none", stroke=c(30, 40, 55), stroke_width=1.5, opacity=0.35)
    lx, ly = W * r.uniform(0.62, 0.72), H * r.uniform(0.55, 0.65)
    a.path(f"M{_p(lx - W * 0.2, ly + H * 0.25)}Q{_p(lx - W * 0.2, ly - H * 0.35)} {_p(lx + W * 0.25, ly - H * 0.3)}"
           f"Q{_p(lx + W * 0.25, ly + H * 0.3)} {_p(lx - W * 0.2, ly + H * 0.25)}Z", fill=c(115, 50, 32))
    a.path(f"M{_p(lx - W * 0.2, ly + H * 0.25)}L{_p(lx + W * 0.25, ly - H * 0.3)}", stroke=c(100, 45, 55), stroke_width=3)
    s = min(W, H)

    def bowl(x, y, rr, rim, soup):
        a.circle(x + rr * 0.06, y + rr * 0.08, rr * 1.02, fill="#000000", opacity=0.25)
        a.circle(x, y, rr, fill=rim)
        a.circle(x, y, rr * 0.8, fill=soup)

    bx, by = W * r.uniform(0.2, 0.28), H * r.uniform(0.3, 0.38)
    bowl(bx, by, s * 0.2, "#f7f3ea", c(38, 55, 68))
    a.circle(bx, by, s * 0.2, fill="none", stroke=c(215, 60, 45, False), stroke_width=5, opacity=0.8)
    noodles = ""
    for _ in range(6):
        x, y = bx + r.uniform(-0.1, 0.05) * s, by + r.uniform(-0.1, 0.1) * s
        noodles += f"M{_p(x, y)}q{_p(s * 0.03, -s * 0.03)} {_p(s * 0.06, 0)}t{_p(s * 0.06, 0)}"
    a.path(noodles, fill="none", stroke=c(48, 85, 75), stroke_width=3, stroke_linecap="round")
    for k in range(4):
        ang = k * 1.6 + r.uniform(0, 0.4)
        x, y = bx + math.cos(ang) * s * 0.08, by + math.sin(ang) * s * 0.08
        a.circle(x, y, s * 0.045, fill=c(25, 40, 35))
        a.circle(x - s * 0.012, y - s * 0.012, s * 0.012, fill="#ffffff", opacity=0.35)
    greens = ""
    for _ in range(10):
        greens += f"M{_p(bx + r.uniform(-0.13, 0.13) * s, by + r.uniform(-0.13, 0.13) * s)}h4v4h-4Z"
    a.path(greens, fill=c(110, 60, 40))
    rx_, ry_ = W * r.uniform(0.48, 0.55), H * r.uniform(0.68, 0.76)
    bowl(rx_, ry_, s * 0.17, c(200, 10, 88), c(20, 40, 14))
    a.path(f"M{_p(rx_ - s * 0.06, ry_)}l{_p(s * 0.03, -s * 0.02)}l{_p(s * 0.04, s * 0.01)}l{_p(-s * 0.02, s * 0.03)}Z"
           f"M{_p(rx_ + s * 0.02, ry_ - s * 0.06)}l{_p(s * 0.04, 0)}l{_p(0, s * 0.03)}l{_p(-s * 0.04, 0)}Z", fill=c(15, 45, 28))
    sprouts = ""
    for _ in range(8):
        x, y = rx_ + r.uniform(0.0, 0.08) * s, ry_ + r.uniform(0.0, 0.08) * s
        sprouts += f"M{_p(x, y)}l{_p(s * 0.03, s * 0.01)}"
    a.path(sprouts, stroke="#f4f0dc", stroke_width=2.5, stroke_linecap="round")
    a.circle(rx_ - s * 0.05, ry_ + s * 0.06, s * 0.03, fill="#ffffff")
    a.circle(rx_ - s * 0.05, ry_ + s * 0.06, s * 0.017, fill=c(30, 90, 55))
    gx, gy = W * r.uniform(0.75, 0.82), H * r.uniform(0.25, 0.32)
    bowl(gx, gy, s * 0.16, "#f3efe6", c(42, 85, 55))
    a.ellipse(gx, gy, s * 0.09, s * 0.04, fill=c(35, 25, 80), transform=f"rotate(-20 {_p(gx, gy)})")
    a.circle(gx + s * 0.07, gy + s * 0.05, s * 0.015, fill=c(5, 80, 45))
    a.circle(lx, ly, s * 0.11, fill="#fbfaf5")
    a.circle(lx, ly - s * 0.02, s * 0.07, fill="#ffffff")
    a.circle(W * 0.1, H * 0.78, s * 0.07, fill="#ffffff", opacity=0.9)
    a.circle(W * 0.1, H * 0.78, s * 0.055, fill=c(25, 70, 38))
    a.circle(W * 0.1 - s * 0.02, H * 0.78 - s * 0.02, s * 0.015, fill="#ffffff", opacity=0.4)
    a.circle(W * 0.38, H * 0.16, s * 0.05, fill="#ffffff")
    a.circle(W * 0.38, H * 0.16, s * 0.037, fill=c(5, 80, 45))
    a.path(f"M{_p(W * 0.34, H * 0.9)}l{_p(W * 0.12, -H * 0.2)}M{_p(W * 0.36, H * 0.92)}l{_p(W * 0.12, -H * 0.2)}",
           stroke="#d9dde0", stroke_width=6, stroke_linecap="round")


def _crafts(a: _Art) -> None:
    """A batik ground (kawung-like) with a Topeng Malangan mask at its centre."""
    W, H, r, c = a.W, a.H, a.rng, a.c
    pid = a._id()
    ground, ink, gold = c(15, 55, 22), c(35, 70, 60), c(45, 90, 58)
    a.defs.append(
        f'<pattern id="{pid}" width="60" height="60" patternUnits="userSpaceOnUse">'
        f'<rect width="60" height="60" fill="{ground}"/>'
        f'<g fill="{ink}" opacity="0.75"><ellipse cx="30" cy="12" rx="8" ry="12"/><ellipse cx="30" cy="48" rx="8" ry="12"/>'
        f'<ellipse cx="12" cy="30" rx="12" ry="8"/><ellipse cx="48" cy="30" rx="12" ry="8"/></g>'
        f'<circle cx="30" cy="30" r="3" fill="{gold}"/><circle cx="0" cy="0" r="4" fill="{gold}"/>'
        f'<circle cx="60" cy="0" r="4" fill="{gold}"/><circle cx="0" cy="60" r="4" fill="{gold}"/><circle cx="60" cy="60" r="4" fill="{gold}"/></pattern>'
    )
    a.rect(0, 0, W, H, fill=f"url(#{pid})")
    band = c(200, 55, 28)
    a.path(f"M0,{_f(H * 0.65)}L{_f(W)},{_f(H * 0.35)}V{_f(H * 0.62)}L0,{_f(H * 0.92)}Z", fill=band, opacity=0.9)
    d = ""
    for k in range(12):
        x = W * k / 11
        y = H * 0.785 - H * 0.3 * k / 11
        d += f"M{_p(x - 24, y)}q24,-30 48,0q-24,30 -48,0Z"
    a.path(d, fill=c(45, 80, 62), opacity=0.8)
    cx, cy = W * 0.5, H * 0.52
    s = H * 0.33
    a.circle(cx, cy, s * 1.35, fill=a.rad([(0, c(45, 90, 70), 0.9), (1, c(45, 90, 70), 0)]))
    face = c(r.choice((0, 8, 140, 355)), r.choice((55, 65)), 48)
    a.path(f"M{_p(cx - s * 0.75, cy - s * 0.35)}Q{_p(cx - s * 0.8, cy + s * 0.55)} {_p(cx, cy + s * 0.95)}"
           f"Q{_p(cx + s * 0.8, cy + s * 0.55)} {_p(cx + s * 0.75, cy - s * 0.35)}Z", fill="#000000", opacity=0.25,
           transform=f"translate({_f(s * 0.06)},{_f(s * 0.06)})")
    a.path(f"M{_p(cx - s * 0.75, cy - s * 0.35)}Q{_p(cx - s * 0.8, cy + s * 0.55)} {_p(cx, cy + s * 0.95)}"
           f"Q{_p(cx + s * 0.8, cy + s * 0.55)} {_p(cx + s * 0.75, cy - s * 0.35)}Z", fill=face)
    a.path(f"M{_p(cx - s * 0.85, cy - s * 0.3)}Q{_p(cx, cy - s * 0.5)} {_p(cx + s * 0.85, cy - s * 0.3)}"
           f"L{_p(cx + s * 0.7, cy - s * 0.7)}Q{_p(cx, cy - s * 1.35)} {_p(cx - s * 0.7, cy - s * 0.7)}Z", fill=gold)
    curls = ""
    for k in range(7):
        x = cx - s * 0.6 + s * 1.2 * k / 6
        y = cy - s * 0.72 - math.sin(math.pi * k / 6) * s * 0.2
        curls += f"M{_p(x - s * 0.06, y)}a{_f(s * 0.06)},{_f(s * 0.06)} 0 1 1 {_f(s * 0.12)},0"
    a.path(curls, fill="none", stroke=c(10, 70, 35), stroke_width=4)
    a.circle(cx, cy - s * 0.55, s * 0.09, fill=c(10, 75, 45))
    dark = "#1d1410"
    a.path(f"M{_p(cx - s * 0.55, cy - s * 0.1)}Q{_p(cx - s * 0.3, cy - s * 0.32)} {_p(cx - s * 0.08, cy - s * 0.12)}"
           f"Q{_p(cx - s * 0.3, cy - s * 0.22)} {_p(cx - s * 0.55, cy - s * 0.1)}Z"
           f"M{_p(cx + s * 0.55, cy - s * 0.1)}Q{_p(cx + s * 0.3, cy - s * 0.32)} {_p(cx + s * 0.08, cy - s * 0.12)}"
           f"Q{_p(cx + s * 0.3, cy - s * 0.22)} {_p(cx + s * 0.55, cy - s * 0.1)}Z", fill=dark)
    for side in (-1, 1):
        ex = cx + side * s * 0.3
        a.ellipse(ex, cy + s * 0.02, s * 0.15, s * 0.07, fill="#fbf6ea")
        a.circle(ex, cy + s * 0.02, s * 0.045, fill=dark)
    a.path(f"M{_p(cx, cy - s * 0.05)}Q{_p(cx - s * 0.1, cy + s * 0.3)} {_p(cx - s * 0.04, cy + s * 0.32)}"
           f"H{_f(cx + s * 0.04)}Q{_p(cx + s * 0.1, cy + s * 0.3)} {_p(cx, cy - s * 0.05)}Z", fill="#000000", opacity=0.18)
    moustache = ""
    for side in (-1, 1):
        moustache += (f"M{_p(cx + side * s * 0.03, cy + s * 0.37)}Q{_p(cx + side * s * 0.2, cy + s * 0.3)} "
                      f"{_p(cx + side * s * 0.3, cy + s * 0.4)}q{_p(side * s * 0.05, s * 0.03)} {_p(side * s * 0.07, -s * 0.05)}")
    a.path(moustache, fill="none", stroke=dark, stroke_width=_f(s * 0.05), stroke_linecap="round")
    a.ellipse(cx, cy + s * 0.56, s * 0.13, s * 0.05, fill=c(0, 75, 42, False))
    a.path(f"M{_p(cx - s * 0.1, cy + s * 0.56)}h{_f(s * 0.2)}", stroke="#fbf6ea", stroke_width=_f(s * 0.02))
    ears = ""
    for side in (-1, 1):
        x = cx + side * s * 0.78
        ears += (f"M{_p(x, cy - s * 0.3)}q{_p(side * s * 0.25, s * 0.05)} {_p(side * s * 0.12, s * 0.4)}"
                 f"q{_p(-side * s * 0.02, -s * 0.2)} {_p(-side * s * 0.1, -s * 0.25)}Z")
    a.path(ears, fill=gold)
    a.path(f"M{_p(cx - s * 0.82, cy - s * 0.31)}Q{_p(cx, cy - s * 0.52)} {_p(cx + s * 0.82, cy - s * 0.31)}",
           fill="none", stroke=c(10, 70, 35), stroke_width=_f(s * 0.04))
    a.path(f"M{_p(cx - s * 0.55, cy + s * 0.2)}q{_p(s * 0.05, s * 0.08)} {_p(s * 0.12, s * 0.06)}"
           f"M{_p(cx + s * 0.55, cy + s * 0.2)}q{_p(-s * 0.05, s * 0.08)} {_p(-s * 0.12, s * 0.06)}",
           fill="none", stroke=gold, stroke_width=4, stroke_linecap="round")


def _festival(a: _Art) -> None:
    """A festival night: fireworks, strings of lanterns and pennants over a crowd."""
    W, H, r, c = a.W, a.H, a.rng, a.c
    a.sky([(0, c(240, 55, 14)), (0.7, c(280, 45, 28)), (1, c(330, 45, 38))])
    stars = ""
    for _ in range(30):
        stars += f"M{_p(W * r.uniform(0, 1), H * r.uniform(0, 0.5))}h2v2h-2Z"
    a.path(stars, fill="#ffffff", opacity=0.6)
    for _ in range(3):
        fx, fy = W * r.uniform(0.1, 0.9), H * r.uniform(0.12, 0.35)
        rr = H * r.uniform(0.1, 0.17)
        hue = r.choice((0, 45, 190, 300, 130))
        colour = c(hue, 95, 65, False)
        a.circle(fx, fy, rr * 1.2, fill=a.rad([(0, colour, 0.35), (1, colour, 0)]))
        d = ""
        dots = ""
        for k in range(18):
            ang = 2 * math.pi * k / 18
            x1, y1 = fx + math.cos(ang) * rr * 0.3, fy + math.sin(ang) * rr * 0.3
            x2, y2 = fx + math.cos(ang) * rr, fy + math.sin(ang) * rr
            d += f"M{_p(x1, y1)}L{_p(x2, y2)}"
            dots += f"M{_p(x2 + math.cos(ang) * 8, y2 + math.sin(ang) * 8)}h3v3h-3Z"
        a.path(d, stroke=colour, stroke_width=3, stroke_linecap="round")
        a.path(dots, fill="#fff6d8")
    for row in range(2):
        y0 = H * (0.42 + row * 0.12)
        sag = H * (0.1 + row * 0.04)
        a.path(f"M-5,{_f(y0)}Q{_p(W * 0.5, y0 + sag * 2)} {_p(W + 5, y0)}", fill="none", stroke="#2a1a10", stroke_width=2)
        n = 9 + row * 2
        flags = ""
        for k in range(1, n):
            t = k / n
            x = W * t
            y = y0 + sag * 4 * t * (1 - t)
            if row == 0:
                lc = c(r.choice((0, 15, 35, 350)), 90, 55, False)
                a.circle(x, y + H * 0.04, H * 0.05, fill=a.rad([(0, "#ffd27a", 0.6), (1, "#ffd27a", 0)]))
                a.ellipse(x, y + H * 0.04, H * 0.028, H * 0.035, fill=lc)
                a.rect(x - H * 0.012, y + H * 0.001, H * 0.024, H * 0.008, fill="#3a2410")
            else:
                flags += f"M{_p(x - W * 0.02, y)}L{_p(x + W * 0.02, y)}L{_p(x, y + H * 0.06)}Z"
        if flags:
            a.path(flags, fill=c(r.choice((0, 45, 200)), 80, 55, False))
    a.rect(0, H * 0.86, W, H * 0.14, fill=c(270, 40, 12))
    crowd = ""
    x = -10.0
    while x < W:
        hr = H * r.uniform(0.022, 0.03)
        y = H * r.uniform(0.8, 0.86)
        crowd += f"M{_p(x, y + hr * 4)}q0,{_f(-hr * 2.6)} {_p(hr * 1.4, -hr * 2.6)}t{_p(hr * 1.4, hr * 2.6)}Z"
        crowd += f"M{_p(x + hr * 1.4 + hr, y - hr * 0.5)}a{_f(hr)},{_f(hr)} 0 1 0 {_f(-2 * hr)},0a{_f(hr)},{_f(hr)} 0 1 0 {_f(2 * hr)},0Z"
        x += hr * r.uniform(2.0, 2.8)
    a.path(crowd, fill=c(270, 40, 10))


def _museum(a: _Art) -> None:
    """A classic colonnaded building with a pediment, palms and a vintage car."""
    W, H, r, c = a.W, a.H, a.rng, a.c
    a.sky([(0, c(205, 65, 65)), (1, c(40, 60, 88))])
    a.clouds(3, 0.06, 0.2, "#ffffff", 0.9)
    a.rect(0, H * 0.78, W, H * 0.22, fill=c(100, 35, 45))
    cx = W * 0.5
    wall, light, shadow = c(40, 45, 90), c(40, 60, 96), c(30, 25, 70)
    bw = W * 0.7
    a.rect(cx - bw / 2, H * 0.4, bw, H * 0.38, fill=wall)
    win = ""
    for k in range(4):
        for side in (-1, 1):
            x = cx + side * (W * 0.2 + k * W * 0.035)
            win += f"M{_p(x - W * 0.01, H * 0.5)}h{_f(W * 0.02)}v{_f(H * 0.12)}h{_f(-W * 0.02)}Z"
    a.path(win, fill=c(200, 30, 35))
    a.rect(cx - bw / 2 - 6, H * 0.37, bw + 12, H * 0.035, fill=c(10, 45, 45))
    pw = W * 0.34
    a.rect(cx - pw / 2, H * 0.36, pw, H * 0.42, fill=light)
    a.path(f"M{_p(cx - pw / 2 - 15, H * 0.36)}L{_p(cx, H * 0.2)}L{_p(cx + pw / 2 + 15, H * 0.36)}Z", fill=c(40, 40, 86))
    a.path(f"M{_p(cx - pw / 2 + 15, H * 0.345)}L{_p(cx, H * 0.245)}L{_p(cx + pw / 2 - 15, H * 0.345)}Z", fill=shadow,
           opacity=0.35)
    a.circle(cx, H * 0.3, H * 0.025, fill=c(45, 80, 60))
    a.rect(cx - pw / 2 - 15, H * 0.36, pw + 30, H * 0.02, fill=shadow)
    a.rect(cx - W * 0.035, H * 0.55, W * 0.07, H * 0.19, fill=c(20, 45, 28), rx=_f(W * 0.035))
    cols = ""
    n = 6
    for k in range(n):
        x = cx - pw / 2 + pw * (k + 0.5) / n
        cols += f"M{_p(x - W * 0.011, H * 0.39)}h{_f(W * 0.022)}v{_f(H * 0.35)}h{_f(-W * 0.022)}Z"
    a.path(cols, fill="#fffdf7")
    a.path(cols, fill=shadow, opacity=0.25, transform=f"translate({_f(W * 0.007)},0)")
    a.path(cols, fill="#fffdf7")
    for k in range(3):
        w = pw + 40 + k * 40
        a.rect(cx - w / 2, H * (0.74 + k * 0.015), w, H * 0.016, fill=c(35, 15, 80 - k * 6))
    for px in (W * r.uniform(0.04, 0.1), W * r.uniform(0.9, 0.96)):
        by, h = H * 0.86, H * r.uniform(0.5, 0.6)
        a.path(f"M{_p(px, by)}V{_f(by - h)}", stroke=c(30, 25, 35), stroke_width=10)
        fr = ""
        for ang in (-170, -140, -110, -70, -40, -10):
            rad = math.radians(ang)
            ex, ey = px + math.cos(rad) * H * 0.15, by - h + math.sin(rad) * H * 0.05 + H * 0.09
            fr += f"M{_p(px, by - h)}Q{_p(px + math.cos(rad) * H * 0.09, by - h - H * 0.05)} {_p(ex, ey)}"
        a.path(fr, fill="none", stroke=c(120, 45, 28), stroke_width=9, stroke_linecap="round")
    vx = W * r.uniform(0.62, 0.72)
    vy = H * 0.9
    car = c(r.choice((0, 200, 140)), 60, 40, False)
    a.path(f"M{_p(vx, vy)}h{_f(W * 0.16)}v{_f(-H * 0.04)}q{_f(-W * 0.01)},{_f(-H * 0.02)} {_f(-W * 0.04)},{_f(-H * 0.02)}"
           f"l{_p(-W * 0.02, -H * 0.04)}h{_f(-W * 0.05)}l{_p(-W * 0.015, H * 0.04)}q{_f(-W * 0.03)},0 {_f(-W * 0.035)},{_f(H * 0.06)}Z",
           fill=car)
    for wx in (vx + W * 0.03, vx + W * 0.125):
        a.circle(wx, vy, H * 0.025, fill="#1e1e24")
        a.circle(wx, vy, H * 0.01, fill="#c9c9d2")


def _orchard(a: _Art) -> None:
    """Rows of apple trees heavy with red fruit below a highland mountain."""
    W, H, r, c = a.W, a.H, a.rng, a.c
    a.sky([(0, c(205, 60, 68)), (1, c(55, 50, 90))])
    a.clouds(3, 0.06, 0.22, "#ffffff", 0.9)
    a.path(a.cone(W * r.uniform(0.35, 0.65), H * 0.5, H * 0.15, W * 1.0, W * 0.06), fill=c(220, 25, 62))
    a.mist(H * 0.35, H * 0.2, "#ffffff", 0.5)
    a.ridge(H * 0.45, H * 0.04, c(100, 30, 52), n=8)
    a.ridge(H * 0.55, H * 0.03, c(95, 40, 42), n=8)
    a.rect(0, H * 0.62, W, H * 0.38, fill=a.lin([(0, c(90, 45, 45)), (1, c(95, 50, 30))]))
    rows = [(0.6, 0.09, 8), (0.74, 0.14, 6), (0.92, 0.22, 4)]
    for y_frac, size, n in rows:
        base = H * y_frac
        hh = H * size * 1.6
        off = r.uniform(0, 1)
        apples = ""
        for k in range(n):
            x = W * (k + off * 0.8) / (n - 0.5)
            a.ellipse(x, base, hh * 0.35, hh * 0.06, fill="#000000", opacity=0.18)
            a.rect(x - hh * 0.035, base - hh * 0.45, hh * 0.07, hh * 0.45, fill=c(25, 35, 25))
            a.open(fill=c(105, 45, 30 + r.uniform(-3, 3)))
            a.circle(x, base - hh * 0.62, hh * 0.3)
            a.circle(x - hh * 0.22, base - hh * 0.48, hh * 0.2)
            a.circle(x + hh * 0.22, base - hh * 0.5, hh * 0.21)
            a.close()
            for _ in range(4 if size < 0.1 else 6):
                ang = r.uniform(0, 6.28)
                dist = r.uniform(0.05, 0.3) * hh
                ax, ay = x + math.cos(ang) * dist, base - hh * 0.55 + math.sin(ang) * dist * 0.7
                apples += f"M{_p(ax, ay)}h0"
        a.path(apples, stroke=c(358, 80, 50, False), stroke_width=_f(hh * 0.07), stroke_linecap="round")
    bx = W * r.uniform(0.4, 0.6)
    a.path(f"M{_p(bx - W * 0.04, H * 0.9)}h{_f(W * 0.08)}l{_p(-W * 0.01, H * 0.07)}h{_f(-W * 0.06)}Z", fill=c(35, 55, 45))
    a.path(f"M{_p(bx - W * 0.03, H * 0.9)}a{_f(W * 0.03)},{_f(H * 0.07)} 0 0 1 {_f(W * 0.06)},0", fill="none",
           stroke=c(30, 50, 35), stroke_width=4)
    fruit = ""
    for k in range(5):
        ar = W * 0.01
        fx = bx - W * 0.028 + k * W * 0.014
        fruit += f"M{_p(fx - ar, H * 0.9)}a{_f(ar)},{_f(ar)} 0 1 0 {_f(2 * ar)},0a{_f(ar)},{_f(ar)} 0 1 0 {_f(-2 * ar)},0Z"
    a.path(fruit, fill=c(355, 85, 48, False))


def _sky(a: _Art) -> None:
    """A paraglider over green hills and a valley town, clouds around."""
    W, H, r, c = a.W, a.H, a.rng, a.c
    a.sky([(0, c(210, 75, 52)), (1, c(195, 60, 86))])
    a.sun(W * r.uniform(0.7, 0.9), H * 0.15, H * 0.04, "#fffbea", c(50, 100, 88), H * 0.22)
    a.clouds(5, 0.08, 0.45, "#ffffff", 0.9, (0.05, 0.1))
    a.path(a.cone(W * r.uniform(0.15, 0.35), H * 0.62, H * 0.3, W * 0.8, W * 0.05), fill=c(215, 25, 64))
    a.ridge(H * 0.6, H * 0.05, c(110, 30, 50), n=8)
    a.mist(H * 0.55, H * 0.1, "#ffffff", 0.55)
    _, pts = a.ridge(H * 0.72, H * 0.03, c(100, 40, 42), n=8)
    town = ""
    for _ in range(40):
        x, y = W * r.uniform(0.3, 0.95), H * r.uniform(0.74, 0.82)
        town += f"M{_p(x, y)}h{_f(W * 0.01)}v{_f(H * 0.012)}h{_f(-W * 0.01)}Z"
    a.path(town, fill="#fff4e8", opacity=0.85)
    a.path(town, fill=c(10, 55, 50, False), opacity=0.5, transform=f"translate(0,{_f(-H * 0.006)})")
    a.ridge(H * 0.86, H * 0.05, c(105, 45, 30), n=6)
    a.path(f"M{_p(W * 0.5, H + 5)}Q{_p(W * 0.75, H * 0.8)} {_p(W + 5, H * 0.82)}V{_f(H + 5)}Z", fill=c(110, 45, 22))
    wx = W * 0.9
    a.path(f"M{_p(wx, H * 0.83)}V{_f(H * 0.7)}", stroke="#e8e8e8", stroke_width=4)
    a.path(f"M{_p(wx, H * 0.7)}l{_p(-W * 0.05, H * 0.01)}v{_f(H * 0.015)}l{_p(W * 0.05, H * 0.01)}Z", fill=c(25, 95, 55, False))
    for gx, gy, s, hue in ((W * r.uniform(0.45, 0.62), H * r.uniform(0.2, 0.3), W * 0.11, r.choice((0, 30, 200, 320))),
                           (W * r.uniform(0.15, 0.3), H * r.uniform(0.35, 0.45), W * 0.045, r.choice((50, 140, 270)))):
        outer = ((gx - s, gy + s * 0.12), (gx, gy - s * 0.45), (gx + s, gy + s * 0.12))
        inner = ((gx - s * 0.92, gy + s * 0.2), (gx, gy - s * 0.05), (gx + s * 0.92, gy + s * 0.2))
        canopy = (f"M{_p(*outer[0])}Q{_p(*outer[1])} {_p(*outer[2])}L{_p(*inner[2])}"
                  f"Q{_p(*inner[1])} {_p(*inner[0])}Z")
        a.path(canopy, fill=c(hue, 85, 55, False))
        a.path(f"M{_p(*inner[0])}Q{_p(*inner[1])} {_p(*inner[2])}", fill="none", stroke="#000000",
               stroke_width=_f(s * 0.05), opacity=0.15)

        def quad(pts, t):
            return tuple((1 - t) ** 2 * pts[0][i] + 2 * t * (1 - t) * pts[1][i] + t * t * pts[2][i] for i in range(2))

        cells = ""
        for k in range(1, 8):
            cells += f"M{_p(*quad(outer, k / 8))}L{_p(*quad(inner, k / 8))}"
        a.path(cells, stroke="#ffffff", stroke_width=2, opacity=0.7)
        px, py = gx, gy + s * 0.85
        a.path(f"M{_p(gx - s * 0.92, gy + s * 0.2)}L{_p(px, py)}L{_p(gx + s * 0.92, gy + s * 0.2)}"
               f"M{_p(gx - s * 0.4, gy)}L{_p(px, py)}L{_p(gx + s * 0.4, gy)}",
               fill="none", stroke="#3a3a48", stroke_width=1, opacity=0.7)
        a.path(f"M{_p(px - s * 0.06, py)}h{_f(s * 0.12)}l{_p(-s * 0.02, s * 0.1)}h{_f(-s * 0.08)}Z", fill="#30303c")
        a.circle(px, py - s * 0.03, s * 0.035, fill=c(45, 90, 55, False))


def _themepark(a: _Art) -> None:
    """A family park below green hills: a Ferris wheel, a roller-coaster track and, now and
    then, a dinosaur looking over the trees."""
    W, H, r = a.W, a.H, a.rng
    c = a.c
    a.sky([(0, c(205, 70, 65)), (1, c(195, 60, 88))])
    a.clouds(3, 0.08, 0.25, "#ffffff", 0.9)
    a.ridge(H * 0.5, H * 0.08, c(120, 30, 52))
    a.ridge(H * 0.62, H * 0.05, c(110, 40, 42))
    cx, cy, radius = W * r.uniform(0.22, 0.38), H * 0.42, H * r.uniform(0.22, 0.27)
    a.path(f"M{_p(cx, cy)}L{_p(cx - radius * 0.45, H * 0.8)}M{_p(cx, cy)}L{_p(cx + radius * 0.45, H * 0.8)}",
           stroke=c(220, 20, 30, False), stroke_width=8, stroke_linecap="round")
    a.circle(cx, cy, radius, fill="none", stroke=c(350, 70, 55), stroke_width=6)
    spokes, cabins = "", ""
    count = r.randint(8, 12)
    for k in range(count):
        angle = 2 * math.pi * k / count
        x, y = cx + radius * math.cos(angle), cy + radius * math.sin(angle)
        spokes += f"M{_p(cx, cy)}L{_p(x, y)}"
        cabins += f"M{_p(x - 11, y)}h22v18h-22Z"
    a.path(spokes, stroke=c(220, 20, 40, False), stroke_width=2, opacity=0.7)
    a.path(cabins, fill=c(45, 90, 58))
    waves = r.uniform(1.5, 2.5)
    pts = [(W * (0.5 + 0.5 * k / 12), H * (0.66 - 0.2 * math.sin(k / 12 * math.pi * waves) ** 2)) for k in range(13)]
    a.path("".join(f"M{_p(x, y)}V{_f(H * 0.8)}" for x, y in pts[1::2]), stroke=c(220, 15, 45, False), stroke_width=3)
    a.path(a.smooth(pts), fill="none", stroke=c(10, 75, 50), stroke_width=7, stroke_linecap="round")
    if r.random() < 0.6:
        dx, base = W * r.uniform(0.62, 0.85), H * 0.72
        a.path(f"M{_p(dx - 90, base)}Q{_p(dx - 40, base - 70)} {_p(dx + 10, base - 60)}L{_p(dx + 40, base - 150)}"
               f"q18,-14 30,0l-20,22L{_p(dx + 40, base - 40)}L{_p(dx + 45, base)}h-20l-6,-30h-40l-6,30h-20Z",
               fill=c(95, 35, 30))
    a.rect(0, H * 0.78, W, H * 0.22, fill=a.lin([(0, c(100, 45, 45)), (1, c(95, 40, 32))]))
    a.path(a.canopy_d(H * 0.8, W * 0.02, W * 0.04), fill=c(130, 45, 28))


def _frame(a: _Art) -> None:
    """Each seed sees its scene from its own spot: mirrored or not, and a little closer at a
    different place, so places sharing a scene (four candi of Malang) do not look alike."""
    r = a.rng
    zoom = r.uniform(1.0, 1.3)
    move = f"translate({_p(-r.uniform(0, a.W * (zoom - 1)), -r.uniform(0, a.H * (zoom - 1)))}) scale({zoom:.2f})"
    if r.random() < 0.5:
        move = f"translate({_f(a.W)},0) scale(-1,1) {move}"
    a.parts = [f'<g transform="{move}">', *a.parts, "</g>"]


def _motif(a: _Art) -> None:
    """The seed's own touch: a day-light tint and a small rosette (its petal count, place and
    colour from the seed) in a top corner."""
    r = a.rng
    colour, opacity = r.choice(_LIGHTS)
    if opacity:
        a.rect(0, 0, a.W, a.H, fill=colour, opacity=opacity)
    petals, size = r.randint(4, 9), a.H * 0.045
    cx = a.W * (0.06 if r.random() < 0.5 else 0.94)
    cy = a.H * 0.09
    a.open(fill=a.c(r.uniform(0, 360), 60, 70, False), opacity=0.55)
    for k in range(petals):
        angle = 2 * math.pi * k / petals
        a.ellipse(cx + size * 0.6 * math.cos(angle), cy + size * 0.6 * math.sin(angle), size * 0.45, size * 0.45)
    a.close()
    a.circle(cx, cy, size * 0.3, fill="#ffffff", opacity=0.8)


_DRAW = {
    "volcano": _volcano, "summit": _summit, "waterfall": _waterfall, "lake": _lake,
    "temple": _temple, "tea": _tea, "city": _city, "river": _river, "beach": _beach,
    "forest": _forest, "food": _food, "crafts": _crafts, "festival": _festival,
    "museum": _museum, "orchard": _orchard, "sky": _sky, "candi": _candi, "themepark": _themepark,
}


def render(scene: str, seed: str, width: int = 1200, height: int = 750) -> str:
    """The SVG illustration for `scene` (one of SCENES), varied deterministically by `seed`."""
    if scene not in _DRAW:
        raise ValueError(f"unknown scene {scene!r}; expected one of {', '.join(SCENES)}")
    if int(width) <= 0 or int(height) <= 0:
        raise ValueError("width and height must be positive")
    art = _Art(scene, str(seed), int(width), int(height))
    _DRAW[scene](art)
    _frame(art)
    _motif(art)
    return art.svg()
