"""What brought a traveller to book: the last campaign page, event page or fair kit QR code
seen in this browser session in the last 30 days, for the offices' figures.

The session keeps {kind, campaign_id | event_id, at}; the last touch wins. A fair kit's QR
code opens the campaign page (or, for a fair without a campaign, the event page) with
`?via=fair-<event id>`; a `via` that names no fair of that page is ignored, never an error.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import sqlalchemy as sa
from flask import session

from wisata import timeutil
from wisata.extensions import db
from wisata.models import Campaign, Event, EventKind
from wisata.models.promotion import campaign_events

SESSION_KEY = "referral"
KEEP = timedelta(days=30)
CAMPAIGN_PAGE, EVENT_PAGE, FAIR_KIT = "campaign_page", "event_page", "fair_kit"
FAIR_PREFIX = "fair-"
# Event ids are bounded like every id in URLs; longer text is not worth parsing.
MAX_VIA_LENGTH = len(FAIR_PREFIX) + 19


@dataclass(frozen=True)
class Referral:
    kind: str
    campaign_id: int | None = None
    event_id: int | None = None


def fair_via(event: Event) -> str:
    """The `via` value a fair kit's QR code carries."""
    return f"{FAIR_PREFIX}{event.id}"


def _fair_id(via: str | None) -> int | None:
    if not via or len(via) > MAX_VIA_LENGTH or not via.startswith(FAIR_PREFIX):
        return None
    digits = via.removeprefix(FAIR_PREFIX)
    # isdigit() alone takes "²" and other digits int() refuses: ASCII only.
    return int(digits) if digits.isascii() and digits.isdigit() and int(digits) < 2**63 else None


def _fair_of_campaign(campaign: Campaign, via: str | None) -> int | None:
    """The fair named by `via`, if the campaign links it (Campaign.events)."""
    fair_id = _fair_id(via)
    if fair_id is None:
        return None
    return db.session.scalar(
        sa.select(Event.id)
        .join(campaign_events, campaign_events.c.event_id == Event.id)
        .where(campaign_events.c.campaign_id == campaign.id, Event.id == fair_id, Event.kind == EventKind.FAIR)
    )


def _remember(referral: Referral) -> None:
    session[SESSION_KEY] = {"kind": referral.kind, "campaign_id": referral.campaign_id,
                            "event_id": referral.event_id, "at": int(timeutil.now().timestamp())}


def note_campaign_page(campaign: Campaign, via: str | None = None) -> None:
    """A visitor opened a published campaign page (through a fair kit, if `via` names one of
    the campaign's fairs)."""
    fair_id = _fair_of_campaign(campaign, via)
    if fair_id is not None:
        _remember(Referral(FAIR_KIT, campaign_id=campaign.id, event_id=fair_id))
    else:
        _remember(Referral(CAMPAIGN_PAGE, campaign_id=campaign.id))


def note_event_page(event: Event, via: str | None = None) -> None:
    """A visitor opened a published event page (through its own fair kit, if `via` says so)."""
    from_kit = event.kind is EventKind.FAIR and _fair_id(via) == event.id
    _remember(Referral(FAIR_KIT if from_kit else EVENT_PAGE, event_id=event.id))


def _from_session() -> Referral | None:
    """The session's referral if it is well formed and at most 30 days old."""
    stored = session.get(SESSION_KEY)
    if not isinstance(stored, dict) or stored.get("kind") not in (CAMPAIGN_PAGE, EVENT_PAGE, FAIR_KIT):
        return None
    at, ids = stored.get("at"), (stored.get("campaign_id"), stored.get("event_id"))
    if not isinstance(at, int) or not all(i is None or isinstance(i, int) for i in ids):
        return None
    if timeutil.now().timestamp() - at > KEEP.total_seconds():
        return None
    return Referral(stored["kind"], *ids)


def current() -> Referral | None:
    """The referral a booking made now carries: the session's, if its campaign and event
    still exist (a deleted one would break the booking's foreign keys)."""
    referral = _from_session()
    if referral is None:
        return None
    for model, object_id in ((Campaign, referral.campaign_id), (Event, referral.event_id)):
        if object_id is not None and db.session.scalar(sa.select(model.id).where(model.id == object_id)) is None:
            return None
    return referral
