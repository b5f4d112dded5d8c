"""Reference data for a traveller's origin: countries (names from Babel) and provinces."""

from __future__ import annotations

from functools import cache

from babel import Locale

PROVINCES = (
    "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi", "Bengkulu",
    "Sumatera Selatan", "Kepulauan Bangka Belitung", "Lampung", "Banten", "DKI Jakarta",
    "Jawa Barat", "Jawa Tengah", "DI Yogyakarta", "Jawa Timur", "Bali", "Nusa Tenggara Barat",
    "Nusa Tenggara Timur", "Kalimantan Barat", "Kalimantan Tengah", "Kalimantan Selatan",
    "Kalimantan Timur", "Kalimantan Utara", "Sulawesi Utara", "Gorontalo", "Sulawesi Tengah",
    "Sulawesi Barat", "Sulawesi Selatan", "Sulawesi Tenggara", "Maluku", "Maluku Utara",
    "Papua", "Papua Barat", "Papua Barat Daya", "Papua Tengah", "Papua Pegunungan", "Papua Selatan",
)


@cache
def countries(lang: str) -> tuple[tuple[str, str], ...]:
    """(ISO code, localized name) of every country, Indonesia first, then by name."""
    territories = Locale.parse(lang).territories
    names = {
        code: name for code, name in territories.items()
        if len(code) == 2 and code.isalpha() and code not in ("ZZ", "EU", "EZ", "UN", "QO", "XA", "XB")
    }
    rest = sorted((item for item in names.items() if item[0] != "ID"), key=lambda item: item[1])
    return (("ID", names["ID"]), *rest)


def country_name(code: str, lang: str) -> str:
    return dict(countries(lang)).get(code, code)
