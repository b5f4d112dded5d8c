"""The domain model; importing this package registers every table on the metadata."""

from wisata.models.base import Base
from wisata.models.bookings import (
    SEAT_HOLDING,
    Booking,
    BookingEvent,
    BookingLine,
    BookingStatus,
    PaymentMethod,
    Traveller,
)
from wisata.models.catalog import (
    Attraction,
    AttractionClosure,
    CancellationPolicy,
    Category,
    Departure,
    DepartureStatus,
    ItineraryDay,
    ItineraryStop,
    Package,
    PackageApproval,
    PackageFigures,
    PackagePhoto,
    PackageRevision,
    PackageStatus,
    PriceCategory,
    Region,
    ReviewDecision,
    RevisionStatus,
    attraction_categories,
)
from wisata.models.media import Photo
from wisata.models.office import AuditEntry, OfficeTarget
from wisata.models.ops import CacheVersion, Job, JobStatus, PeriodicRun, RateLimitCounter
from wisata.models.partners import (
    MemberRole,
    Membership,
    Organisation,
    OrganisationKind,
    OrganisationStatus,
)
from wisata.models.payments import (
    GatewayAccount,
    GatewayCheckout,
    GatewayNotification,
    Payment,
    Refund,
    TransferReceipt,
)
from wisata.models.promotion import Campaign, Event, EventKind, PromoCode
from wisata.models.reviews import Review
from wisata.models.users import User, UserSession

__all__ = [
    "SEAT_HOLDING", "Attraction", "AttractionClosure", "AuditEntry", "Base", "CacheVersion", "Campaign", "Booking", "BookingEvent", "BookingLine",
    "BookingStatus", "CancellationPolicy", "Category", "Departure", "DepartureStatus", "Event", "GatewayAccount", "GatewayCheckout", "GatewayNotification",
    "EventKind", "ItineraryDay", "Job", "JobStatus", "ItineraryStop", "MemberRole", "OfficeTarget", "Membership", "Organisation",
    "OrganisationKind", "OrganisationStatus", "Package", "PackageApproval", "PackageFigures", "PackagePhoto", "PackageRevision", "PackageStatus",
    "Payment", "PaymentMethod", "PeriodicRun", "Photo", "PriceCategory", "PromoCode", "RateLimitCounter", "Refund", "Region", "Review", "ReviewDecision", "RevisionStatus", "TransferReceipt", "Traveller", "User", "UserSession",
    "attraction_categories",
]
