"""Demo promotion: one published campaign per region with its packages, events and own
promo code, and a promo code of each scope. Idempotent like the rest of the seed: every
object is found by its natural key (slug, code) before it is made."""

from __future__ import annotations

from datetime import date, datetime, time

import sqlalchemy as sa

from wisata import timeutil
from wisata.extensions import db
from wisata.models import Campaign, Event, Organisation, Package, PromoCode, Region, User

DEMO_DOMAIN = "demo.wisata-malang-jambi.id"

CAMPAIGNS = [
    {
        "slug": "malang-jambi-fair-2027",
        "region": "malang",
        "scene": "festival",
        "title": {"id": "Pameran Malang–Jambi 2027", "en": "Malang–Jambi Fair 2027"},
        "summary": {
            "id": "Paviliun bersama Malang dan Jambi di pameran pariwisata nasional, dengan paket gabungan dan harga pameran.",
            "en": "The joint Malang and Jambi pavilion at the national tourism fair, with joint packages at fair prices.",
        },
        "body": {
            "id": (
                "Dinas pariwisata Kota Malang dan Provinsi Jambi membuka satu paviliun bersama di pameran pariwisata "
                "nasional. Temui mitra dari kedua daerah, cicipi kopi dan kuliner khas, dan pesan paket gabungan "
                "Malang–Jambi dengan kode promo pameran.\n\n"
                "Kode promo berlaku untuk paket mitra Malang Raya, termasuk paket gabungan, sampai akhir kampanye."
            ),
            "en": (
                "The tourism offices of Kota Malang and Jambi Province share one pavilion at the national tourism "
                "fair. Meet partners from both regions, taste their coffee and food, and book a joint Malang–Jambi "
                "package with the fair's promo code.\n\n"
                "The promo code applies to Malang Raya partners' packages, joint ones included, until the campaign ends."
            ),
        },
        "starts": "2027-02-15",
        "ends": "2027-04-30",
        "events": ["paviliun-malang-jambi-pameran-nasional-2027", "pekan-budaya-jambi-di-malang-2027"],
        "packages": ["jejak-pamalayu-singhasari-muaro-jambi", "dua-atap-semeru-kerinci", "sehari-jejak-singhasari"],
        "code": {"code": "FAIR2027", "percent_off": 12, "scope": "region",
                 "description": {"id": "Diskon 12% Pameran Malang–Jambi 2027.", "en": "12% off, Malang–Jambi Fair 2027."}},
    },
    {
        "slug": "jelajah-malang-jambi-2027",
        "region": "jambi",
        "scene": "river",
        "title": {"id": "Jelajah Malang–Jambi 2027", "en": "Explore Malang–Jambi 2027"},
        "summary": {
            "id": "Setahun kampanye Jambi untuk wisatawan dari Malang: candi, sungai dan kebun teh, dengan potongan harga.",
            "en": "Jambi's year-long campaign for travellers from Malang: temples, rivers and tea gardens, with a discount.",
        },
        "body": {
            "id": (
                "Dari Candi Muaro Jambi di tepi Batanghari sampai kebun teh Kayu Aro di kaki Kerinci, Jambi menyambut "
                "wisatawan dari Malang dan dari mana saja. Pilih paket mitra Jambi atau paket gabungan yang "
                "menghubungkan kedua daerah.\n\n"
                "Gunakan kode promo kampanye saat memesan paket mitra Jambi."
            ),
            "en": (
                "From the Muaro Jambi temples on the Batanghari to the Kayu Aro tea gardens below Kerinci, Jambi "
                "welcomes travellers from Malang and everywhere else. Choose a Jambi partner's package or a joint "
                "one that links both regions.\n\n"
                "Use the campaign's promo code when you book a Jambi partner's package."
            ),
        },
        "starts": None,
        "ends": None,
        "events": ["kampanye-jelajah-malang-jambi-2027", "misi-budaya-malang-di-jambi-2027", "festival-batanghari-2027"],
        "packages": ["bersepeda-candi-muaro-jambi", "kriya-kuliner-batik-jambi-topeng-malangan",
                     "liburan-keluarga-batu-muaro-jambi"],
        "code": {"code": "JELAJAH2027", "amount_off": 100_000, "scope": "region",
                 "description": {"id": "Potongan Rp100.000 untuk paket mitra Jambi.",
                                 "en": "Rp100,000 off Jambi partners' packages."}},
    },
]

# One code of each scope that the campaigns do not already show (region codes come with
# the campaigns and the base seed).
SCOPED_CODES = [
    {"code": "WISATA2027", "percent_off": 5, "scope": "all", "office": "malang",
     "description": {"id": "Diskon 5% untuk semua paket.", "en": "5% off every package."}},
    {"code": "BROMOTRAILS15", "percent_off": 15, "scope": "partner", "target": "bromo-trails", "office": "malang",
     "description": {"id": "Diskon 15% untuk paket Bromo Trails.", "en": "15% off Bromo Trails' packages."}},
    {"code": "PUNCAKKERINCI", "amount_off": 200_000, "scope": "package", "target": "pendakian-gunung-kerinci",
     "office": "jambi", "max_uses": 50,
     "description": {"id": "Potongan Rp200.000 untuk pendakian Gunung Kerinci.",
                     "en": "Rp200,000 off the Mount Kerinci climb."}},
]


def _get(model, **key):
    return db.session.scalar(sa.select(model).filter_by(**key))


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _code(data: dict, region: Region, campaign: Campaign | None = None) -> None:
    if _get(PromoCode, code=data["code"]) is not None:
        return
    scope = data["scope"]
    target = data.get("target")
    office = _get(User, email=f"dinas.{region.slug}@{DEMO_DOMAIN}")
    db.session.add(PromoCode(
        code=data["code"], description=data["description"], percent_off=data.get("percent_off"),
        amount_off=data.get("amount_off"), max_uses=data.get("max_uses"),
        region_id=region.id if scope == "region" else None,
        organisation_id=_get(Organisation, slug=target).id if scope == "partner" else None,
        package_id=_get(Package, slug=target).id if scope == "package" else None,
        campaign_id=campaign.id if campaign else None, created_by_id=office.id if office else None,
        valid_until=datetime.combine(date(2027, 12, 31), time(23, 59, 59), tzinfo=timeutil.WIB),
    ))


def seed_promotion(regions: dict[str, Region]) -> None:
    """Campaigns (published) with their codes, and the scoped codes; after the events,
    packages and office accounts are seeded."""
    from wisata.demo.seed import _photo  # the seed's illustrations; seed.py imports this module

    db.session.flush()
    for data in CAMPAIGNS:
        region = regions[data["region"]]
        campaign = _get(Campaign, slug=data["slug"])
        if campaign is None:
            campaign = Campaign(
                slug=data["slug"], region=region, title=data["title"], summary=data["summary"], body=data["body"],
                starts_on=_day(data["starts"]), ends_on=_day(data["ends"]), published=True,
                photo=_photo(f"demo-campaign-{data['slug']}", data["scene"], data["title"]),
                packages=[p for p in (_get(Package, slug=s) for s in data["packages"]) if p is not None],
                events=[e for e in (_get(Event, slug=s) for s in data["events"]) if e is not None],
            )
            db.session.add(campaign)
            db.session.flush()
        _code(data["code"], region, campaign)
    for data in SCOPED_CODES:
        _code(data, regions[data["office"]])
