"""Bookings, their lines per price category, travellers and status history."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from wisata.models.base import Base, TimestampMixin, enum_column, utcnow

if TYPE_CHECKING:
    from wisata.models.catalog import Departure
    from wisata.models.payments import Payment, Refund, TransferReceipt
    from wisata.models.promotion import PromoCode
    from wisata.models.users import User


class BookingStatus(enum.Enum):
    PENDING_PAYMENT = "pending_payment"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"
    EXPIRED = "expired"
    COMPLETED = "completed"


# Bookings in these states hold seats on their departure.
SEAT_HOLDING = (BookingStatus.PENDING_PAYMENT, BookingStatus.CONFIRMED)


class PaymentMethod(enum.Enum):
    BANK_TRANSFER = "bank_transfer"
    AT_MEETING_POINT = "at_meeting_point"
    QRIS = "qris"
    ONLINE = "online"  # a payment gateway's hosted page (virtual account, QRIS, e-wallet)


class Booking(TimestampMixin, Base):
    __tablename__ = "bookings"
    __table_args__ = (
        sa.CheckConstraint("seats > 0", name="seats"),
        sa.CheckConstraint("subtotal >= 0 AND discount >= 0 AND total >= 0", name="amounts"),
        sa.CheckConstraint("discount <= subtotal AND total = subtotal - discount", name="total"),
        sa.CheckConstraint("refund_amount >= 0 AND refund_amount <= total", name="refund"),
        # A departure's bookings, by status and date made: the partner portal's queries go
        # packages -> departures -> bookings through it (and everything by departure alone).
        sa.Index("ix_bookings_departure_status_created", "departure_id", "status", "created_at"),
        # An address's bookings by status (the limit of unpaid bookings per address counts them).
        sa.Index("ix_bookings_contact_email_status", "contact_email", "status"),
        sa.CheckConstraint("amount_paid >= 0", name="amount_paid"),
        sa.CheckConstraint("deposit_amount IS NULL OR (deposit_amount > 0 AND deposit_amount < total "
                           "AND balance_due_on IS NOT NULL)", name="deposit"),
        # The total plus a code of 1 to 999 rupiah (the "kode unik").
        sa.CheckConstraint("transfer_amount > total AND transfer_amount < total + 1000", name="transfer_amount"),
        # No two unpaid bookings of a partner ask for the same amount, so a transfer names its booking.
        sa.Index("uq_bookings_pending_transfer_amount", "payee_organisation_id", "transfer_amount", unique=True,
                 sqlite_where=sa.text("status = 'pending_payment' AND transfer_amount IS NOT NULL"),
                 postgresql_where=sa.text("status = 'pending_payment' AND transfer_amount IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(sa.String(12), unique=True)
    departure_id: Mapped[int] = mapped_column(sa.ForeignKey("departures.id"))
    user_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[BookingStatus] = enum_column(
        BookingStatus, "booking_status", default=BookingStatus.PENDING_PAYMENT, index=True
    )
    seats: Mapped[int]
    contact_name: Mapped[str] = mapped_column(sa.String(120))
    contact_email: Mapped[str] = mapped_column(sa.String(254))
    contact_phone: Mapped[str] = mapped_column(sa.String(32))
    origin_country: Mapped[str] = mapped_column(sa.String(2))
    origin_province: Mapped[str | None] = mapped_column(sa.String(60))
    locale: Mapped[str] = mapped_column(sa.String(8), default="id")
    payment_method: Mapped[PaymentMethod] = enum_column(
        PaymentMethod, "payment_method", default=PaymentMethod.BANK_TRANSFER
    )
    subtotal: Mapped[int] = mapped_column(sa.BigInteger)
    discount: Mapped[int] = mapped_column(sa.BigInteger, default=0)
    total: Mapped[int] = mapped_column(sa.BigInteger)
    refund_amount: Mapped[int] = mapped_column(sa.BigInteger, default=0)
    promo_code_id: Mapped[int | None] = mapped_column(sa.ForeignKey("promo_codes.id"))
    hold_expires_at: Mapped[datetime | None]
    # The sum of the booking's payments (wisata.models.payments), and when it first covered
    # what the booking costs.
    amount_paid: Mapped[int] = mapped_column(sa.BigInteger, default=0, server_default="0")
    paid_at: Mapped[datetime | None]
    # The organisation the traveller pays (the package's provider when booked).
    payee_organisation_id: Mapped[int | None] = mapped_column(sa.ForeignKey("organisations.id"), index=True)
    # A transfer's or QRIS payment's exact amount: the total and a unique code (see
    # wisata.services.transfers).
    transfer_amount: Mapped[int | None] = mapped_column(sa.BigInteger)
    # When the traveller said "I have paid" (a transfer the partner has still to find).
    payment_claimed_at: Mapped[datetime | None]
    # A deposit confirms the booking; the rest is due by `balance_due_on`, with one reminder
    # before (wisata.services.deposits).
    deposit_amount: Mapped[int | None] = mapped_column(sa.BigInteger)
    balance_due_on: Mapped[date | None] = mapped_column(index=True)
    balance_reminded_at: Mapped[datetime | None]
    cancelled_at: Mapped[datetime | None]
    cancel_reason: Mapped[str | None] = mapped_column(sa.String(500))
    # When the traveller agreed to the privacy notice on the booking form (None: booked before
    # the notice, or by the demo seed).
    consented_at: Mapped[datetime | None]
    # One booking per submitted form, however often it is sent.
    idempotency_key: Mapped[str | None] = mapped_column(sa.String(64), unique=True)
    # What brought the traveller (the last campaign or event page, or a fair kit's QR code,
    # seen in the 30 days before booking), for the offices' figures.
    referral_kind: Mapped[str | None] = mapped_column(sa.String(20))
    # Set when the traveller deleted their account before the trip: the contact details
    # are kept for the partner until this day, then erased by the scheduler.
    erase_contact_on: Mapped[date | None] = mapped_column(index=True)
    referral_campaign_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("campaigns.id", ondelete="SET NULL"), index=True
    )
    referral_event_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("events.id", ondelete="SET NULL"), index=True
    )

    departure: Mapped[Departure] = relationship()
    user: Mapped[User | None] = relationship()
    promo_code: Mapped[PromoCode | None] = relationship()
    lines: Mapped[list[BookingLine]] = relationship(
        back_populates="booking", cascade="all, delete-orphan", order_by="BookingLine.id"
    )
    travellers: Mapped[list[Traveller]] = relationship(
        back_populates="booking", cascade="all, delete-orphan", order_by="Traveller.position"
    )
    history: Mapped[list[BookingEvent]] = relationship(
        back_populates="booking", cascade="all, delete-orphan", order_by="BookingEvent.id"
    )
    payments: Mapped[list[Payment]] = relationship(
        back_populates="booking", cascade="all, delete-orphan", order_by="Payment.id"
    )
    refund: Mapped[Refund | None] = relationship(back_populates="booking", cascade="all, delete-orphan")
    receipt: Mapped[TransferReceipt | None] = relationship(back_populates="booking", cascade="all, delete-orphan")

    @property
    def holds_seats(self) -> bool:
        return self.status in SEAT_HOLDING


class BookingLine(Base):
    """Seats of one price category, with the unit price charged at booking time."""

    __tablename__ = "booking_lines"
    __table_args__ = (
        sa.UniqueConstraint("booking_id", "category_code"),
        sa.CheckConstraint("quantity > 0", name="quantity"),
        sa.CheckConstraint("unit_price >= 0", name="unit_price"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    booking_id: Mapped[int] = mapped_column(sa.ForeignKey("bookings.id", ondelete="CASCADE"))
    category_code: Mapped[str] = mapped_column(sa.String(20))
    quantity: Mapped[int]
    unit_price: Mapped[int] = mapped_column(sa.BigInteger)

    booking: Mapped[Booking] = relationship(back_populates="lines")

    @property
    def amount(self) -> int:
        return self.quantity * self.unit_price


class Traveller(Base):
    __tablename__ = "travellers"
    __table_args__ = (sa.UniqueConstraint("booking_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    booking_id: Mapped[int] = mapped_column(sa.ForeignKey("bookings.id", ondelete="CASCADE"))
    position: Mapped[int]
    full_name: Mapped[str] = mapped_column(sa.String(120))
    category_code: Mapped[str] = mapped_column(sa.String(20))

    booking: Mapped[Booking] = relationship(back_populates="travellers")


class BookingEvent(Base):
    """One status transition of a booking: who, when, from what to what, and why."""

    __tablename__ = "booking_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    booking_id: Mapped[int] = mapped_column(
        sa.ForeignKey("bookings.id", ondelete="CASCADE"), index=True
    )
    from_status: Mapped[BookingStatus | None] = enum_column(
        BookingStatus, "booking_event_from", nullable=True
    )
    to_status: Mapped[BookingStatus] = enum_column(BookingStatus, "booking_event_to")
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    note: Mapped[str | None] = mapped_column(sa.String(500))

    booking: Mapped[Booking] = relationship(back_populates="history")
