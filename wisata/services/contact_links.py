"""Links that put a traveller in touch: WhatsApp click-to-chat, share links, map links.

Only addresses are built here; nothing is loaded from these services when a page is shown
(the site's CSP forbids it), so a link costs the traveller nothing until they follow it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, urlencode

INDONESIA = "62"


def phone_digits(phone: str) -> str:
    """A phone number as wa.me wants it: the E.164 digits, no '+', spaces or dashes.
    Numbers are stored in E.164; an older local one ("0812…") is read as Indonesian."""
    digits = re.sub(r"\D", "", phone or "")
    if digits.startswith("0"):
        digits = INDONESIA + digits[1:]
    return digits


def whatsapp_chat(phone: str, text: str) -> str | None:
    """A click-to-chat link to `phone` with `text` prefilled, or None without a number."""
    digits = phone_digits(phone)
    if not digits:
        return None
    return f"https://wa.me/{digits}?text={quote(text, safe='')}"


@dataclass(frozen=True)
class ShareLink:
    network: str
    url: str


def share_links(url: str, title: str) -> list[ShareLink]:
    """Share addresses of the usual networks for a page at `url` called `title`."""
    return [
        ShareLink("WhatsApp", "https://wa.me/?" + urlencode({"text": f"{title} {url}"}, quote_via=quote)),
        ShareLink("Facebook", "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url}, quote_via=quote)),
        ShareLink("X", "https://x.com/intent/tweet?" + urlencode({"url": url, "text": title}, quote_via=quote)),
        ShareLink("Telegram", "https://t.me/share/url?" + urlencode({"url": url, "text": title}, quote_via=quote)),
    ]


def map_link(latitude: float | None, longitude: float | None, zoom: int = 16) -> str | None:
    """An OpenStreetMap link centred on a point, or None when the place has no coordinates."""
    if latitude is None or longitude is None:
        return None
    lat, lon = f"{latitude:.5f}", f"{longitude:.5f}"
    return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map={zoom}/{lat}/{lon}"
