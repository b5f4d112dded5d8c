"""Promotion by a tourism office: events, campaigns, promo codes, featured packages and the
home page's spotlight.

Every lookup goes through the office's region, so another region's object is simply not
found (the view answers 404) and nothing of it changes. Each decision adds its audit entry
to the change's own transaction; the view commits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import sqlalchemy as sa
from flask_babel import gettext as _
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload
from werkzeug.datastructures import FileStorage

from wisata import timeutil
from wisata.database import begin_write
from wisata.errors import DomainError
from wisata.extensions import db
from wisata.models import (
    Booking,
    Campaign,
    Departure,
    Event,
    EventKind,
    Organisation,
    OrganisationStatus,
    Package,
    PromoCode,
    Region,
    User,
)
from wisata.services import catalog, photos
from wisata.services.office import audit
from wisata.services.partners import slugify, unique_slug

CODE = re.compile(r"[A-Z0-9]{3,32}")
SCOPES = ("all", "region", "partner", "package")
MAX_AMOUNT = 1_000_000_000


class PromotionError(DomainError):
    """A promotion request the rules refuse; str() is shown to the office."""

    status_code = 400


def _texts(obj, names, texts: dict[str, dict[str, str]]) -> None:
    """Set per-language fields; a field with no text in any language is stored as None."""
    for name in names:
        values = {lang: text.strip() for lang, text in texts.get(name, {}).items() if text and text.strip()}
        setattr(obj, name, values or None)


def _slug_for(model, title: dict[str, str]) -> str:
    return unique_slug(model, slugify(title.get("en") or title.get("id") or "")[:80] or model.__tablename__)


def _replace_photo(obj, upload: FileStorage | None) -> None:
    """Put a new photo through the photo pipeline (its checks raise PhotoRejected) and let
    the old one's files go with the commit."""
    if upload is None or not upload.filename:
        return
    old = obj.photo
    obj.photo = photos.store_upload(upload, alt=obj.title)
    if old is not None:
        photos.delete(old)


def _offered_packages(ids) -> list[Package]:
    """The chosen packages, all of which the public must be able to see."""
    ids = set(ids or ())
    if not ids:
        return []
    found = list(db.session.scalars(sa.select(Package).where(Package.id.in_(ids), catalog.publicly_offered())))
    if len(found) != len(ids):
        raise PromotionError(_("Choose packages that are on the public site."))
    return found


def package_choices() -> list[Package]:
    """Packages an event or campaign may point to: those the public can see."""
    return list(db.session.scalars(
        sa.select(Package).where(catalog.publicly_offered())
        .options(selectinload(Package.organisation).selectinload(Organisation.region))
        .order_by(Package.id)
    ))


# Events --------------------------------------------------------------------------------

EVENT_TEXTS = ("title", "summary", "description", "venue")


@dataclass
class EventData:
    kind: EventKind
    texts: dict[str, dict[str, str]]
    starts_at: datetime
    ends_at: datetime
    package_ids: list[int] = field(default_factory=list)


def region_events(region: Region) -> tuple[list[Event], list[Event]]:
    """The region's events: those not over yet (soonest first), then past ones (latest first)."""
    now = timeutil.now()
    query = sa.select(Event).where(Event.region_id == region.id).options(selectinload(Event.packages))
    upcoming = db.session.scalars(query.where(Event.ends_at >= now).order_by(Event.starts_at, Event.id))
    past = db.session.scalars(query.where(Event.ends_at < now).order_by(Event.starts_at.desc(), Event.id))
    return list(upcoming), list(past)


def scoped_event(region: Region, event_id: int) -> Event | None:
    return db.session.scalar(sa.select(Event).where(Event.id == event_id, Event.region_id == region.id))


def save_event(region: Region, data: EventData, event: Event | None = None, *,
               upload: FileStorage | None = None, by: User | None = None) -> Event:
    """Create (event None) or change one of the region's events; the caller commits."""
    if data.ends_at < data.starts_at:
        raise PromotionError(_("The end must not be before the start."))
    creating = event is None
    if event is None:
        event = Event(region=region, slug=_slug_for(Event, data.texts["title"]),
                      created_by_id=by.id if by else None)
        db.session.add(event)
    event.kind = data.kind
    _texts(event, EVENT_TEXTS, data.texts)
    event.starts_at, event.ends_at = data.starts_at, data.ends_at
    event.packages = _offered_packages(data.package_ids)
    _replace_photo(event, upload)
    db.session.flush()
    audit.record("event.created" if creating else "event.updated", region_id=region.id,
                 subject=f"event:{event.id}", slug=event.slug)
    return event


def publish_event(region: Region, event: Event, published: bool) -> None:
    if event.published == published:
        return
    event.published = published
    audit.record("event.published" if published else "event.unpublished", region_id=region.id,
                 subject=f"event:{event.id}", slug=event.slug)


# Campaigns -----------------------------------------------------------------------------

CAMPAIGN_TEXTS = ("title", "summary", "body")


@dataclass
class CampaignData:
    texts: dict[str, dict[str, str]]
    starts_on: date | None = None
    ends_on: date | None = None
    both_regions: bool = False
    package_ids: list[int] = field(default_factory=list)
    event_ids: list[int] = field(default_factory=list)


def _campaign_in(region: Region):
    """Campaigns an office runs: its region's, and the joint ones (both regions)."""
    return sa.or_(Campaign.region_id == region.id, Campaign.region_id.is_(None))


def region_campaigns(region: Region) -> list[Campaign]:
    return list(db.session.scalars(
        sa.select(Campaign).where(_campaign_in(region))
        .options(selectinload(Campaign.promo_codes), selectinload(Campaign.region))
        .order_by(Campaign.created_at.desc(), Campaign.id.desc())
    ))


def scoped_campaign(region: Region, campaign_id: int) -> Campaign | None:
    return db.session.scalar(sa.select(Campaign).where(Campaign.id == campaign_id, _campaign_in(region)))


def event_choices() -> list[Event]:
    """Events a campaign may show: published ones, in either region."""
    return list(db.session.scalars(
        sa.select(Event).where(Event.published.is_(True)).options(selectinload(Event.region))
        .order_by(Event.starts_at.desc(), Event.id)
    ))


def _published_events(ids) -> list[Event]:
    ids = set(ids or ())
    if not ids:
        return []
    found = list(db.session.scalars(sa.select(Event).where(Event.id.in_(ids), Event.published.is_(True))))
    if len(found) != len(ids):
        raise PromotionError(_("Choose events that are published."))
    return found


def save_campaign(region: Region, data: CampaignData, campaign: Campaign | None = None, *,
                  upload: FileStorage | None = None, by: User | None = None) -> Campaign:
    """Create (campaign None) or change a campaign of the office; the caller commits."""
    if data.starts_on and data.ends_on and data.ends_on < data.starts_on:
        raise PromotionError(_("The end must not be before the start."))
    creating = campaign is None
    if campaign is None:
        campaign = Campaign(slug=_slug_for(Campaign, data.texts["title"]), created_by_id=by.id if by else None)
        db.session.add(campaign)
    campaign.region_id = None if data.both_regions else region.id
    _texts(campaign, CAMPAIGN_TEXTS, data.texts)
    campaign.starts_on, campaign.ends_on = data.starts_on, data.ends_on
    campaign.packages = _offered_packages(data.package_ids)
    campaign.events = _published_events(data.event_ids)
    _replace_photo(campaign, upload)
    db.session.flush()
    audit.record("campaign.created" if creating else "campaign.updated", region_id=region.id,
                 subject=f"campaign:{campaign.id}", slug=campaign.slug)
    return campaign


def publish_campaign(region: Region, campaign: Campaign, published: bool) -> None:
    if campaign.published == published:
        return
    campaign.published = published
    audit.record("campaign.published" if published else "campaign.unpublished", region_id=region.id,
                 subject=f"campaign:{campaign.id}", slug=campaign.slug)


# Promo codes ---------------------------------------------------------------------------


@dataclass
class PromoData:
    code: str
    percent_off: int | None = None
    amount_off: int | None = None
    description: dict[str, str] = field(default_factory=dict)
    valid_from: date | None = None
    valid_until: date | None = None
    max_uses: int | None = None
    scope: str = "all"
    organisation_id: int | None = None
    package_id: int | None = None
    campaign_id: int | None = None


def normalise_code(text: str) -> str:
    return (text or "").strip().upper()


def _partners_of(region: Region):
    return sa.select(Organisation.id).where(Organisation.region_id == region.id)


def _promo_of(region: Region):
    """Codes the office runs: scoped to its region, one of its partners or one of their
    packages; for a code that covers everything, the office whose admin made it."""
    unscoped = sa.and_(PromoCode.region_id.is_(None), PromoCode.organisation_id.is_(None),
                       PromoCode.package_id.is_(None))
    return sa.or_(
        PromoCode.region_id == region.id,
        PromoCode.organisation_id.in_(_partners_of(region)),
        PromoCode.package_id.in_(sa.select(Package.id).where(Package.organisation_id.in_(_partners_of(region)))),
        sa.and_(unscoped, PromoCode.created_by_id.in_(sa.select(User.id).where(User.office_region_id == region.id))),
    )


def region_promo_codes(region: Region) -> list[PromoCode]:
    return list(db.session.scalars(
        sa.select(PromoCode).where(_promo_of(region)).order_by(PromoCode.created_at.desc(), PromoCode.id.desc())
    ))


def scoped_promo(region: Region, promo_id: int) -> PromoCode | None:
    return db.session.scalar(sa.select(PromoCode).where(PromoCode.id == promo_id, _promo_of(region)))


def partner_choices(region: Region) -> list[Organisation]:
    """Partners a code may be limited to: the region's verified ones."""
    return list(db.session.scalars(
        sa.select(Organisation)
        .where(Organisation.region_id == region.id, Organisation.status == OrganisationStatus.VERIFIED)
        .order_by(Organisation.name, Organisation.id)
    ))


def region_packages(region: Region) -> list[Package]:
    """The region's partners' packages the public can see (for codes, featured, spotlight)."""
    return list(db.session.scalars(
        sa.select(Package)
        .where(Package.organisation_id.in_(_partners_of(region)), catalog.publicly_offered())
        .options(selectinload(Package.organisation))
        .order_by(Package.id)
    ))


def scoped_offered_package(region: Region, package_id: int) -> Package | None:
    return db.session.scalar(sa.select(Package).where(
        Package.id == package_id, Package.organisation_id.in_(_partners_of(region)), catalog.publicly_offered()
    ))


def _scope(region: Region, data: PromoData) -> dict:
    """The scope columns of a new code, each target checked against the office's region."""
    if data.scope == "region":
        return {"region_id": region.id}
    if data.scope == "partner":
        if data.organisation_id not in {o.id for o in partner_choices(region)}:
            raise PromotionError(_("Choose one of your region's verified partners."))
        return {"organisation_id": data.organisation_id}
    if data.scope == "package":
        if data.package_id is None or scoped_offered_package(region, data.package_id) is None:
            raise PromotionError(_("Choose one of your region's packages."))
        return {"package_id": data.package_id}
    if data.scope != "all":
        raise PromotionError(_("Choose what the code applies to."))
    return {}


def _check_discount(data: PromoData) -> None:
    if (data.percent_off is None) == (data.amount_off is None):
        raise PromotionError(_("Give either a percentage or an amount off."))
    if data.percent_off is not None and not 1 <= data.percent_off <= 100:
        raise PromotionError(_("The percentage must be between 1 and 100."))
    if data.amount_off is not None and not 1 <= data.amount_off <= MAX_AMOUNT:
        raise PromotionError(_("Enter an amount in whole rupiah, for example 50.000."))
    if data.valid_from and data.valid_until and data.valid_until < data.valid_from:
        raise PromotionError(_("The end must not be before the start."))


def create_promo(region: Region, data: PromoData, by: User | None = None) -> PromoCode:
    """A new code run by the office; the caller commits."""
    code = normalise_code(data.code)
    if not CODE.fullmatch(code):
        raise PromotionError(_("Use 3 to 32 letters A–Z and digits 0–9."))
    _check_discount(data)
    if data.campaign_id and scoped_campaign(region, data.campaign_id) is None:
        raise PromotionError(_("Choose one of your campaigns."))
    promo = PromoCode(
        code=code, description=data.description or None, percent_off=data.percent_off,
        amount_off=data.amount_off, max_uses=data.max_uses, campaign_id=data.campaign_id or None,
        created_by_id=by.id if by else None,
        valid_from=timeutil.wib(data.valid_from, time()) if data.valid_from else None,
        # Valid through the whole last day, in WIB.
        valid_until=timeutil.wib(data.valid_until + timedelta(days=1), time()) - timedelta(seconds=1)
        if data.valid_until else None,
        **_scope(region, data),
    )
    try:
        with db.session.begin_nested():  # a code taken meanwhile by another request
            db.session.add(promo)
            db.session.flush()
    except IntegrityError:
        raise PromotionError(_("This code is already in use.")) from None
    audit.record("promo.created", region_id=region.id, subject=f"promo:{promo.id}", code=promo.code)
    return promo


def set_promo_active(region: Region, promo: PromoCode, active: bool) -> None:
    if promo.active == active:
        return
    promo.active = active
    audit.record("promo.resumed" if active else "promo.paused", region_id=region.id,
                 subject=f"promo:{promo.id}", code=promo.code)


def promo_bookings(promo: PromoCode, limit: int = 200) -> list[Booking]:
    """The bookings that used the code, newest first."""
    return list(db.session.scalars(
        sa.select(Booking).where(Booking.promo_code_id == promo.id)
        .options(selectinload(Booking.departure).selectinload(Departure.package))
        .order_by(Booking.created_at.desc(), Booking.id.desc()).limit(limit)
    ))


# Featured packages and the spotlight ---------------------------------------------------


def set_featured(region: Region, package: Package, featured: bool) -> None:
    if package.featured == featured:
        return
    package.featured = featured
    audit.record("package.featured", region_id=region.id, organisation_id=package.organisation_id,
                 subject=f"package:{package.id}", featured=featured)


def set_spotlight(region: Region, package: Package | None) -> None:
    """Put `package` (one of the region's, or None) in the region's spotlight.

    One UPDATE over all the region's packages: the chosen one on, every other off. Two
    admins of the office choosing at once queue on the same rows, so at most one stays chosen
    (on SQLite, the write lock is taken first, so the update never fails half-way)."""
    begin_write()
    chosen = Package.id == package.id if package is not None else sa.false()
    # The rows first, in one order: two UPDATEs scanning them in different orders (an index
    # or the table) would each hold a row the other waits for.
    db.session.execute(
        sa.select(Package.id).where(Package.organisation_id.in_(_partners_of(region)))
        .order_by(Package.id).with_for_update()
    )
    db.session.execute(
        sa.update(Package)
        .where(Package.organisation_id.in_(_partners_of(region)))
        .values(spotlight=chosen, updated_at=Package.updated_at)  # not an edit of the package
        .execution_options(synchronize_session="fetch")
    )
    audit.record("package.spotlight", region_id=region.id,
                 organisation_id=package.organisation_id if package else None,
                 subject=f"package:{package.id}" if package else None, spotlight=package is not None)


def scope_target(promo: PromoCode) -> tuple[str, object | None]:
    """What a code applies to: ("all", None), ("region", Region), ("partner", Organisation)
    or ("package", Package)."""
    if promo.package_id is not None:
        return "package", db.session.get(Package, promo.package_id)
    if promo.organisation_id is not None:
        return "partner", db.session.get(Organisation, promo.organisation_id)
    if promo.region_id is not None:
        return "region", db.session.get(Region, promo.region_id)
    return "all", None
