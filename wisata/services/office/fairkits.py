"""Fair kits: what an office prints for a tourism fair (a flyer and a poster with a QR code).

The QR code opens the campaign that links the fair (Campaign.events) or, for a fair without
a published campaign, the fair's own page, with `?via=fair-<event id>`, so bookings that
arrive through it count as the fair's (wisata.services.referrals).
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from wisata.extensions import db
from wisata.models import Campaign, Event, EventKind, Region
from wisata.models.promotion import campaign_events
from wisata.services import catalog
from wisata.services.office.promotion import scoped_event
from wisata.services.referrals import fair_via

KIT_PACKAGES = 6  # what fits an A4 flyer beside the QR code


@dataclass
class FairKit:
    event: Event
    campaign: Campaign | None  # the page the QR code opens, else the event's page
    packages: list[catalog.PackageCard]  # publicly offered, with their "from" prices
    regions: list[Region]  # the cooperating offices, named on the kit
    via: str

    @property
    def target_is_public(self) -> bool:
        return self.campaign is not None or self.event.published

    @property
    def lowest_price(self) -> int | None:
        prices = [card.from_price for card in self.packages if card.from_price is not None]
        return min(prices) if prices else None


def _campaign_of(event: Event) -> Campaign | None:
    """The published campaign that links the fair (the first made, if several do)."""
    return db.session.scalar(
        sa.select(Campaign)
        .join(campaign_events, campaign_events.c.campaign_id == Campaign.id)
        .where(campaign_events.c.event_id == event.id, Campaign.published.is_(True))
        .order_by(Campaign.id).limit(1)
    )


def fair_kit(region: Region, event_id: int) -> FairKit | None:
    """The kit of one of the region's fairs; None for another region's event or not a fair."""
    event = scoped_event(region, event_id)
    if event is None or event.kind is not EventKind.FAIR:
        return None
    campaign = _campaign_of(event)
    packages = catalog.campaign_packages_of(campaign) if campaign else catalog.event_packages(event)
    return FairKit(event, campaign, packages[:KIT_PACKAGES], catalog.regions(), fair_via(event))
