"""Demo bookings in every payment state, on one partner's trip, booked by the demo traveller.

Sign in as bromo-trails@demo.wisata-malang-jambi.id to see them in the portal (bookings,
refunds), or as wisatawan@demo.wisata-malang-jambi.id to see them as the traveller.
"""

from __future__ import annotations

import random
from datetime import timedelta

import sqlalchemy as sa

from wisata import timeutil
from wisata.extensions import db
from wisata.models import (
    Booking,
    BookingEvent,
    BookingStatus,
    Departure,
    DepartureStatus,
    Organisation,
    Package,
    PaymentMethod,
    Refund,
    TransferReceipt,
    User,
)
from wisata.services import qris

PARTNER_PACKAGE = "sunrise-bromo-jip-dari-malang"
QRIS_PARTNER = "bromo-trails"
# A Jambi partner's trip that asks for a 30% deposit, the balance 14 days before departure.
DEPOSIT_PACKAGE = "danau-gunung-tujuh-kebun-teh-kayu-aro"
JOINT_SHARE = 40
DEPOSIT_STATES = {"DPAYDEPO": "deposit awaited", "DPAYDPOK": "deposit paid"}
TRAVELLER = "wisatawan@demo.wisata-malang-jambi.id"
# A made-up one-page PDF, as a traveller's bank would send ("bukti transfer").
DEMO_RECEIPT = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] >> endobj\n"
                b"trailer << /Root 1 0 R >>\n%%EOF\n")
# code: (status, how it is paid, what happened to the money)
STATES = {
    "DPAYWAIT": (BookingStatus.PENDING_PAYMENT, PaymentMethod.BANK_TRANSFER, "unpaid"),
    "DPAYSAID": (BookingStatus.PENDING_PAYMENT, PaymentMethod.BANK_TRANSFER, "claimed"),
    "DPAYCASH": (BookingStatus.PENDING_PAYMENT, PaymentMethod.AT_MEETING_POINT, "unpaid"),
    "DPAYQRIS": (BookingStatus.PENDING_PAYMENT, PaymentMethod.QRIS, "unpaid"),
    "DPAYQROK": (BookingStatus.CONFIRMED, PaymentMethod.QRIS, "paid"),
    "DPAYPAID": (BookingStatus.CONFIRMED, PaymentMethod.BANK_TRANSFER, "paid"),
    "DPAYOWED": (BookingStatus.CANCELLED, PaymentMethod.BANK_TRANSFER, "refund owed"),
    "DPAYBACK": (BookingStatus.CANCELLED, PaymentMethod.BANK_TRANSFER, "refund paid"),
    "DPAYGONE": (BookingStatus.EXPIRED, PaymentMethod.BANK_TRANSFER, "unpaid"),
}


def _tlv(tag: str, value: str) -> str:
    return f"{tag}{len(value):02d}{value}"


def demo_qris_payload(name: str, city: str) -> str:
    """A static QRIS made up for the demo (a bank's merchant account and the national QRIS
    template with a made-up NMID), with its checksum: it validates, but pays no one."""
    body = "".join((
        _tlv("00", "01"), _tlv("01", "11"),
        _tlv("26", _tlv("00", "ID.CO.BANKJATIM.WWW") + _tlv("01", "936001140000654321")
             + _tlv("02", "000654321") + _tlv("03", "UMI")),
        _tlv("51", _tlv("00", "ID.CO.QRIS.WWW") + _tlv("02", "ID1026000000001") + _tlv("03", "UMI")),
        _tlv("52", "4722"), _tlv("53", "360"), _tlv("58", "ID"), _tlv("59", name.upper()[:25]),
        _tlv("60", city.upper()[:15]), _tlv("61", "65111"),
    )) + "6304"
    return body + qris.checksum(body)


def seed_payment_states(packages: dict[str, Package]) -> None:
    from wisata.demo.seed import _demo_booking  # seed.py imports this module

    partner = db.session.scalar(sa.select(Organisation).where(Organisation.slug == QRIS_PARTNER))
    if partner is not None and partner.qris_payload is None:
        partner.qris_payload = demo_qris_payload(partner.name, "Malang")
    traveller = db.session.scalar(sa.select(User).where(User.email == TRAVELLER))
    if traveller is None:
        return
    db.session.flush()
    package = packages.get(PARTNER_PACKAGE)
    departures = _later_departures(package)
    for index, (code, (status, method, money)) in enumerate(STATES.items()):
        if not departures or db.session.scalar(sa.select(Booking.id).where(Booking.code == code)):
            continue
        departure = departures[index % len(departures)]
        booking = _traveller_booking(_demo_booking, departure, code, traveller, method)
        _settle(booking, status, money)
        if status not in (BookingStatus.PENDING_PAYMENT, BookingStatus.CONFIRMED):
            departure.seats_held -= booking.seats
    _seed_deposits(packages.get(DEPOSIT_PACKAGE), traveller, _demo_booking)
    # The joint packages' revenue split: the co-provider gets 40% of the money received.
    for joint in packages.values():
        if joint.co_organisation_id and joint.co_accepted_at and joint.co_share_percent is None:
            joint.co_share_percent = JOINT_SHARE


def _later_departures(package: Package | None) -> list[Departure]:
    """Open departures three weeks ahead or more with room, soonest first."""
    if package is None:
        return []
    return list(db.session.scalars(
        sa.select(Departure).where(Departure.package_id == package.id, Departure.status == DepartureStatus.OPEN,
                                   Departure.date >= timeutil.today() + timedelta(days=21),
                                   Departure.capacity - Departure.seats_held >= 4)
        .order_by(Departure.date)
    ))


def _traveller_booking(make_booking, departure: Departure, code: str, traveller: User,
                       method: PaymentMethod) -> Booking:
    """A paid, confirmed demo booking of the demo traveller, with the given code."""
    booking = make_booking(departure, 2, random.Random(code), BookingStatus.CONFIRMED)
    booking.code, booking.user_id, booking.payment_method = code, traveller.id, method
    for payment in booking.payments:
        payment.method = method
    booking.contact_name, booking.contact_email, booking.locale = traveller.name, traveller.email, "id"
    return booking


def _seed_deposits(package: Package | None, traveller: User, make_booking) -> None:
    """The deposit package's terms, a booking awaiting its deposit and one whose balance is due."""
    departures = _later_departures(package)
    if not departures:
        return
    package.deposit_percent, package.balance_due_days = 30, 14
    for index, (code, state) in enumerate(DEPOSIT_STATES.items()):
        if db.session.scalar(sa.select(Booking.id).where(Booking.code == code)):
            continue
        departure = departures[index % len(departures)]
        booking = _traveller_booking(make_booking, departure, code, traveller, PaymentMethod.BANK_TRANSFER)
        booking.deposit_amount = -(-booking.total * 30 // 100)
        booking.balance_due_on = departure.date - timedelta(days=14)
        booking.paid_at = None
        booking.transfer_amount = booking.total + 300 + index * 11
        if state == "deposit awaited":
            _settle(booking, BookingStatus.PENDING_PAYMENT, "unpaid")
            booking.transfer_amount = booking.total + 300 + index * 11
        else:
            booking.amount_paid = booking.deposit_amount + booking.transfer_amount - booking.total
            booking.payments[0].amount = booking.amount_paid


def _settle(booking: Booking, status: BookingStatus, money: str) -> None:
    """Turn a paid, confirmed demo booking into the state asked for, with its history."""
    made = booking.created_at
    if money in ("unpaid", "claimed"):
        booking.payments, booking.amount_paid, booking.paid_at = [], 0, None
        booking.history = booking.history[:1]
        if status is BookingStatus.PENDING_PAYMENT and booking.payment_method is not PaymentMethod.AT_MEETING_POINT:
            # Each unpaid transfer its own amount: the total and a code (see services.transfers).
            booking.transfer_amount = booking.total + 100 + len(booking.code) * 7 + sum(map(ord, booking.code)) % 800
        if money == "claimed":
            booking.payment_claimed_at = timeutil.now() - timedelta(hours=3)
            booking.receipt = TransferReceipt(content_type="application/pdf", size=len(DEMO_RECEIPT),
                                              data=DEMO_RECEIPT, uploaded_at=booking.payment_claimed_at)
        if status is BookingStatus.PENDING_PAYMENT:
            # Held long enough to be seen after `make run`; money at the meeting point: until the trip.
            booking.hold_expires_at = (None if booking.payment_method is PaymentMethod.AT_MEETING_POINT
                                       else timeutil.now() + timedelta(days=2))
    if status is BookingStatus.EXPIRED:
        booking.history.append(BookingEvent(from_status=BookingStatus.PENDING_PAYMENT, to_status=status,
                                            at=made + timedelta(days=1), note="hold expired"))
    if status is BookingStatus.CANCELLED:
        cancelled = made + timedelta(days=2)
        booking.refund_amount, booking.cancelled_at = booking.total, cancelled
        booking.cancel_reason = "Dibatalkan oleh wisatawan"
        booking.history.append(BookingEvent(from_status=BookingStatus.CONFIRMED, to_status=status, at=cancelled,
                                            note=booking.cancel_reason))
        if money == "refund paid":
            booking.refund = Refund(amount=booking.total, reference="demo transfer", paid_at=cancelled + timedelta(days=1))
    booking.status = status
